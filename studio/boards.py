"""A storyboard card per shot: its chosen keyframe, its lines and the critic's verdict, gathered
once from a project for every view of the storyboard (``storyboard.html``, the contact sheet, the
gallery's project page), which all render it with ``templates/storyboard_cards.html``."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import jinja2

from studio.models import SHOT_ABBREVIATIONS, Project, Shot, Takes

TEMPLATES = Path(__file__).parent / "templates"


def cards(project: Project, project_dir: Path) -> list[Card]:
    return [make_card(project, shot, Path(project_dir)) for shot in sorted(project.shots, key=lambda s: s.index)]


def by_scene(project: Project, cards: list[Card]) -> list[dict]:
    """Cards grouped by scene, in film order: ``[{id, heading, cards}]``."""
    headings = {scene.id: scene.heading for scene in project.script.scenes} if project.script else {}
    return [{"id": scene_id, "heading": headings.get(scene_id, scene_id),
             "cards": [card for card in cards if card.shot.scene == scene_id]}
            for scene_id in dict.fromkeys(card.shot.scene for card in cards)]


def environment(*folders: Path) -> jinja2.Environment:
    """Jinja2 with these template folders before the storyboard's own; always autoescaped."""
    env = jinja2.Environment(loader=jinja2.FileSystemLoader([*folders, TEMPLATES]), autoescape=True,
                             undefined=jinja2.StrictUndefined)
    env.globals["shot_terms"] = shot_terms
    return env


def shot_terms(shot: Shot) -> str:
    """The shot in a board's words: "MCU · low angle · 85mm · push in" (eye level and static unsaid)."""
    terms = [SHOT_ABBREVIATIONS.get(shot.type, shot.type)]
    if shot.angle != "eye_level":
        terms.append(ANGLE_NAMES.get(shot.angle, shot.angle))
    if shot.lens_mm:
        terms.append(f"{shot.lens_mm:.0f}mm")
    if shot.camera.move != "static":
        terms.append(shot.camera.move.replace("_", " "))
    return " · ".join(terms)


ANGLE_NAMES = {"high": "high angle", "low": "low angle", "birds_eye": "bird's eye", "worms_eye": "worm's eye",
               "dutch": "dutch angle"}


@dataclass
class Card:
    """What the storyboard says about one shot, gathered once for both files."""

    shot: Shot
    image: str | None  # keyframe path relative to the project folder, None when there is none
    lines: list[tuple[str | None, str, str]]  # (speaker name, text, beat kind)
    verdict: str  # "passed", "failed" or "no keyframe"
    reasons: list[str]
    takes: int


def make_card(project: Project, shot: Shot, project_dir: Path) -> Card:
    takes = project.keyframes.get(shot.id)
    verdict, reasons = critic_verdict(takes)
    return Card(
        shot=shot,
        image=keyframe_path(takes, project_dir),
        lines=shot_lines(project, shot),
        verdict=verdict,
        reasons=reasons,
        takes=len(takes.takes) if takes else 0,
    )


def keyframe_path(takes: Takes | None, project_dir: Path) -> str | None:
    if takes is None or not takes.usable:
        return None
    path = takes.best.asset.files.get("rgb")
    return path if path and (project_dir / path).is_file() else None


def critic_verdict(takes: Takes | None) -> tuple[str, list[str]]:
    if takes is None or not takes.takes:
        return "no keyframe", []
    if not takes.usable:
        return "failed", [takes.error or "no usable take"]
    best = takes.best
    if best.passed:
        return "passed", []
    reasons = [f"{c.critic}: {reason}" for c in best.critiques if not c.passed for reason in c.reasons or ["failed"]]
    return "failed", reasons + ([best.error] if best.error else [])


def shot_lines(project: Project, shot: Shot) -> list[tuple[str | None, str, str]]:
    if project.script is None:
        return []
    names = {c.id: c.name for c in project.treatment.characters} if project.treatment else {}
    lines = []
    for beat_id in shot.beats:
        try:
            beat = project.script.beat(beat_id)
        except KeyError:
            continue  # a plan edited by hand may name a beat that no longer exists
        if beat.kind == "dialogue":
            speaker = names.get(beat.speaker or "", beat.speaker)
        elif beat.kind == "narration":
            speaker = "Narrator"
        else:
            speaker = None
        lines.append((speaker, beat.text, beat.kind))
    return lines


def first_line(card: Card) -> str:
    if not card.lines:
        return card.shot.description
    speaker, text, _ = card.lines[0]
    return f"{speaker}: {text}" if speaker else text


