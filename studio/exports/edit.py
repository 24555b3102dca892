"""The film as every export reads it: ``Edit``, gathered once from a project folder.

A project folder holds the plan, the takes and the timeline in ``project.json`` and readable
copies of the chosen media (``shots/<id>/keyframe.png``, ``voices/<line>.wav``). The exports need
the same few facts about each shot (its number, size, angle, lens, move, lines, verdict, picture)
and each line (its speaker, words, place in the film, sound file), so they are gathered here and
checked here: a folder from an older studio, a film that was never rendered or a missing file is
refused before any export is written.

The shot language a plan may carry (``number``, ``size``, ``angle``, ``lens_mm``, ``move``) is read
with ``getattr``, falling back to what older shots know (``type``, ``camera``): a field added to
``Shot`` later is picked up by its name in ``SHOT_FIELDS`` without touching the exports.
"""

from __future__ import annotations

import hashlib
import math
from datetime import date
from pathlib import Path

from pydantic import BaseModel, ValidationError

from studio.boards import critic_verdict, shot_lines
from studio.ingest.errors import InputError
from studio.models import SHOT_ABBREVIATIONS, Cue, Project, Shot, validation_problems


class ExportError(InputError):
    """An export the studio cannot make; the message is one sentence for the user (exit 2)."""


# What older plans call a shot, in the words of a shot list.
SENSOR_HEIGHT_MM = 24.0  # a full-frame still: the lens a camera operator would reach for
NARRATOR = "Narrator"


class ShotRow(BaseModel):
    """One shot as a shot list row and a storyboard panel."""

    id: str
    number: str
    scene: str  # the scene's number in the film ("1", "2", ...)
    scene_id: str
    heading: str
    size: str
    angle: str
    lens_mm: int | None
    move: str
    subjects: list[str]  # character names
    start: float  # seconds into the film
    duration: float
    dialogue: list[str]  # "Name: words", narration as the narrator's
    action: list[str]
    description: str
    verdict: str  # passed, failed, no keyframe
    reasons: list[str] = []
    image: str | None  # relative to the project folder

    @property
    def lens(self) -> str:
        return f"{self.lens_mm}mm" if self.lens_mm else ""


class VideoClip(BaseModel):
    """A shot on the picture track: its keyframe held for the shot's time on screen."""

    shot: str
    name: str
    image: str  # relative to the project folder
    start: float
    duration: float
    transition_in: str  # cut or crossfade
    transition_s: float


class AudioClip(BaseModel):
    line: str
    kind: str  # dialogue or narration
    speaker: str
    text: str
    path: str  # relative to the project folder
    start: float
    duration: float


class SceneMark(BaseModel):
    id: str
    number: str
    heading: str
    start: float


class Edit(BaseModel):
    """Everything an export needs, with media paths relative to ``root`` and known to exist."""

    root: Path
    title: str
    version: str  # the cut: a short digest of the timeline, so two sheets of one cut say so
    date: str
    fps: int
    width: int
    height: int
    duration: float
    shots: list[ShotRow]
    video: list[VideoClip]
    audio: list[AudioClip]
    scenes: list[SceneMark]
    cues: list[Cue]

    def media(self, relative: str) -> Path:
        return self.root / relative


def load_edit(project_dir: Path) -> Edit:
    """Read and check a rendered project folder; every problem is one ExportError sentence."""
    project = load_project(project_dir)
    timeline = project.timeline
    if timeline is None or not timeline.shots:
        raise ExportError(f"{project_dir} has a plan but no rendered film (no timeline in project.json); "
                          "run `studio make` on it first")
    names = {c.id: c.name for c in project.treatment.characters} if project.treatment else {}
    scene_numbers = {scene.id: str(n) for n, scene in enumerate(project.script.scenes, start=1)}
    headings = {scene.id: scene.heading for scene in project.script.scenes}
    shots = {shot.id: shot for shot in project.shots}
    placed = {s.shot: s for s in timeline.shots}

    rows = [shot_row(project, shot, placed.get(shot.id), names, scene_numbers, headings, project_dir)
            for shot in sorted(project.shots, key=lambda s: s.index)]
    numbers = {row.id: row.number for row in rows}
    video = [VideoClip(shot=s.shot, name=f"{numbers.get(s.shot, s.shot)} {s.shot}",
                       image=_existing(project_dir, [f"shots/{s.shot}/keyframe.png", s.image],
                                       f"the keyframe of {s.shot}"),
                       start=s.start, duration=s.duration, transition_in=s.transition_in, transition_s=s.transition_s)
             for s in timeline.shots]
    audio = [audio_clip(project, line.line, line.path, line.start, line.duration, names, project_dir)
             for line in timeline.audio]
    scenes: list[SceneMark] = []
    for clip in timeline.shots:
        scene_id = shots[clip.shot].scene if clip.shot in shots else ""
        if scene_id and (not scenes or scenes[-1].id != scene_id):
            scenes.append(SceneMark(id=scene_id, number=scene_numbers.get(scene_id, ""),
                                    heading=headings.get(scene_id, "") or scene_id, start=clip.start))
    digest = hashlib.sha256(timeline.model_dump_json().encode()).hexdigest()[:8]
    return Edit(root=project_dir, title=project.title, version=digest, date=date.today().isoformat(),
                fps=timeline.fps, width=timeline.width, height=timeline.height, duration=timeline.duration,
                shots=rows, video=video, audio=audio, scenes=scenes, cues=timeline.cues)


def load_project(project_dir: Path) -> Project:
    path = project_dir / "project.json"
    if not project_dir.is_dir():
        raise ExportError(f"{project_dir} is not a folder; give a project folder made by `studio make`")
    if not path.is_file():
        raise ExportError(f"{project_dir} has no project.json: it is not a studio project folder")
    try:
        project = Project.model_validate_json(path.read_bytes())
    except ValidationError as exc:
        problems = validation_problems(exc)
        more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
        raise ExportError(f"{path} is not a project this studio can read ({problems[0]}{more}); it may come from "
                          "an older version: run `studio make` on its story again") from None
    except OSError as exc:
        raise ExportError(f"cannot read {path}: {exc.strerror or exc}") from None
    if project.script is None or not project.shots:
        raise ExportError(f"{path} has no script or no shots: nothing to export")
    return project


def shot_row(project: Project, shot: Shot, placed, names: dict[str, str], scene_numbers: dict[str, str],
             headings: dict[str, str], project_dir: Path) -> ShotRow:
    lines = shot_lines(project, shot)  # the storyboard's own reading of the shot's beats
    dialogue = [f"{speaker}: {text}" for speaker, text, kind in lines if kind != "action"]
    action = [text for _, text, kind in lines if kind == "action"]
    takes = project.keyframes.get(shot.id)
    verdict, reasons = critic_verdict(takes)
    image = next((p for p in (f"shots/{shot.id}/keyframe.png", placed.image if placed else None)
                  if p and (project_dir / p).is_file()), None)
    return ShotRow(
        id=shot.id, number=shot_number(shot), scene=scene_numbers.get(shot.scene, ""), scene_id=shot.scene,
        heading=headings.get(shot.scene, ""), size=shot_size(shot), angle=shot_angle(shot), lens_mm=lens_mm(shot),
        move=shot_move(shot), subjects=[names.get(s, s) for s in shot.subjects],
        start=placed.start if placed else 0.0, duration=placed.duration if placed else 0.0,
        dialogue=dialogue, action=action, description=shot.description, verdict=verdict, reasons=reasons,
        image=image,
    )


def audio_clip(project: Project, line: str, path: str, start: float, duration: float, names: dict[str, str],
               project_dir: Path) -> AudioClip:
    try:
        beat = project.script.beat(line)
        kind = "dialogue" if beat.kind == "dialogue" else "narration"  # a voiced action line is narrated
        speaker = names.get(beat.speaker or "", beat.speaker) if kind == "dialogue" else NARRATOR
        text = beat.text
    except KeyError:
        kind, speaker, text = "narration", NARRATOR, ""
    return AudioClip(line=line, kind=kind, speaker=speaker or NARRATOR, text=text, start=start, duration=duration,
                     path=_existing(project_dir, [f"voices/{line}.wav", path], f"the recording of line {line}"))


def _existing(project_dir: Path, candidates: list[str], what: str) -> str:
    """The first of a medium's paths (readable copy first, then the cache) that is a file."""
    for relative in candidates:
        if relative and (project_dir / relative).is_file():
            return relative
    raise ExportError(f"{what} is missing from {project_dir} ({candidates[0]}); "
                      "run `studio make` on the project again to restore it")


# ------------------------------------------------------- shot language ---
# The plan's own fields (crews/shot_language.py); a plan from before them has a number from its
# place in the film, eye level, and a lens estimated from its field of view.

ANGLE_NAMES = {"eye_level": "eye level", "high": "high", "low": "low", "birds_eye": "bird's eye",
               "worms_eye": "worm's eye", "dutch": "dutch"}


def shot_number(shot: Shot) -> str:
    return shot.label


def shot_size(shot: Shot) -> str:
    return SHOT_ABBREVIATIONS.get(shot.type, _words(shot.type))


def shot_angle(shot: Shot) -> str:
    return ANGLE_NAMES.get(shot.angle, _words(shot.angle))


def lens_mm(shot: Shot) -> int | None:
    if shot.lens_mm:
        return round(shot.lens_mm)
    fov = shot.camera.fov_deg  # vertical, as the previz renders it
    if not 1 < fov < 179:
        return None
    return round(SENSOR_HEIGHT_MM / 2 / math.tan(math.radians(fov) / 2))


def shot_move(shot: Shot) -> str:
    return _words(shot.camera.move)


def _words(value: object) -> str:
    """``push_in`` -> "push in"; an enum or a model field reads as its value."""
    value = getattr(value, "value", value)
    return str(value).replace("_", " ")
