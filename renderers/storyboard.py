"""The storyboard: every shot's chosen keyframe with its lines and the critic's verdict.

Two files in the project folder: ``storyboard.html`` (one card per shot, grouped by scene,
linking the keyframes by relative path so the folder can be moved or zipped) and
``storyboard.png`` (a contact sheet to glance at or attach to a message).
"""

from __future__ import annotations

import html
import io
import math
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from urllib.parse import quote

from PIL import Image, ImageDraw, ImageFont, ImageOps

from studio.models import Project, Shot, Takes
from studio.probe import check_image
from studio.store import write_atomic

HTML_NAME = "storyboard.html"
PNG_NAME = "storyboard.png"

THUMB_SIZE = (240, 135)
COLUMNS = 4
GAP = 12
CAPTION_H = 40
TITLE_H = 48
PLACEHOLDER_GREY = (128, 128, 128)
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")


@dataclass
class Card:
    """What the storyboard says about one shot, gathered once for both files."""

    shot: Shot
    image: str | None  # keyframe path relative to the project folder, None when there is none
    lines: list[tuple[str | None, str, str]]  # (speaker name, text, beat kind)
    verdict: str  # "passed", "failed" or "no keyframe"
    reasons: list[str]
    takes: int


def write_storyboard(project: Project, project_dir: Path) -> dict:
    project_dir = Path(project_dir)
    cards = [make_card(project, shot, project_dir) for shot in sorted(project.shots, key=lambda s: s.index)]
    write_atomic(project_dir / HTML_NAME, storyboard_html(project, cards))
    sheet = contact_sheet(project.title, cards, project_dir)
    buffer = io.BytesIO()
    sheet.save(buffer, format="PNG", compress_level=1)  # drawn by the conductor of a film: fast over small
    write_atomic(project_dir / PNG_NAME, buffer.getvalue())
    check_image(project_dir / PNG_NAME, expect_size=sheet.size)
    return {
        "storyboard_html": HTML_NAME,
        "storyboard_png": PNG_NAME,
        "shots": len(cards),
        "missing_keyframes": [card.shot.id for card in cards if card.image is None],
    }


# ------------------------------------------------------------------ cards ---


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


# ------------------------------------------------------------------- html ---

CSS = """
body { font-family: system-ui, sans-serif; margin: 2rem; background: #f4f1ec; color: #222; }
h1 { margin-bottom: 0.2rem; } h2 { margin-top: 2.2rem; border-bottom: 2px solid #ccc; }
.grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(300px, 1fr)); gap: 1.2rem; }
.card { background: #fff; border-radius: 8px; box-shadow: 0 1px 4px rgba(0,0,0,.15); overflow: hidden; }
.card img, .card .placeholder { display: block; width: 100%; aspect-ratio: 16 / 9; object-fit: cover; }
.placeholder { background: #808080; color: #eee; display: flex; align-items: center; justify-content: center; }
.body { padding: 0.6rem 0.8rem 0.8rem; }
.id { font-weight: bold; } .type { color: #666; font-size: 0.9em; margin-left: 0.4em; }
.lines { margin: 0.5rem 0; padding-left: 1.1rem; } .lines li { margin: 0.2rem 0; }
.action { font-style: italic; color: #555; list-style: none; margin-left: -1.1rem; }
.verdict { font-size: 0.9em; } .passed { color: #1c7c32; } .failed { color: #b3261e; } .none { color: #777; }
.reasons { margin: 0.2rem 0 0; padding-left: 1.1rem; font-size: 0.85em; color: #b3261e; }
.takes { color: #666; font-size: 0.85em; }
"""


def storyboard_html(project: Project, cards: list[Card]) -> str:
    headings = {scene.id: scene.heading for scene in project.script.scenes} if project.script else {}
    sections = []
    for scene_id in dict.fromkeys(card.shot.scene for card in cards):
        scene_cards = "\n".join(card_html(card) for card in cards if card.shot.scene == scene_id)
        heading = headings.get(scene_id, scene_id)
        sections.append(f"<section>\n<h2>{esc(scene_id)} &middot; {esc(heading)}</h2>\n<div class=\"grid\">\n{scene_cards}\n</div>\n</section>")
    title = esc(project.title)
    return (
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        f"<title>{title} &middot; storyboard</title>\n<style>{CSS}</style>\n</head>\n<body>\n"
        f"<h1>{title}</h1>\n<p>{len(cards)} shots</p>\n" + "\n".join(sections) + "\n</body>\n</html>\n"
    )


def card_html(card: Card) -> str:
    shot = card.shot
    if card.image:
        picture = f'<img src="{esc(quote(Path(card.image).as_posix()))}" alt="{esc(shot.id)}" loading="lazy">'
    else:
        picture = '<div class="placeholder">no keyframe</div>'
    lines = "".join(line_html(speaker, text, kind) for speaker, text, kind in card.lines)
    css_class = {"passed": "passed", "failed": "failed"}.get(card.verdict, "none")
    reasons = "".join(f"<li>{esc(reason)}</li>" for reason in card.reasons)
    return (
        f'<article class="card" id="{esc(shot.id)}">{picture}<div class="body">'
        f'<div><span class="id">{esc(shot.id)}</span><span class="type">{esc(shot.type.replace("_", " "))}</span></div>'
        f'<ul class="lines">{lines}</ul>'
        f'<div class="verdict {css_class}">critic: {esc(card.verdict)}</div>'
        + (f'<ul class="reasons">{reasons}</ul>' if reasons else "")
        + f'<div class="takes">{card.takes} take{"" if card.takes == 1 else "s"}</div></div></article>'
    )


def line_html(speaker: str | None, text: str, kind: str) -> str:
    if kind == "action":
        return f'<li class="action">{esc(text)}</li>'
    return f"<li><b>{esc(speaker or '')}</b>: {esc(text)}</li>"


def esc(text: str) -> str:
    return html.escape(text, quote=True)


# ---------------------------------------------------------- contact sheet ---


def contact_sheet_size(shots: int) -> tuple[int, int]:
    columns = min(COLUMNS, max(shots, 1))
    rows = max(1, math.ceil(shots / columns))
    width = columns * THUMB_SIZE[0] + (columns + 1) * GAP
    height = TITLE_H + rows * (THUMB_SIZE[1] + CAPTION_H) + (rows + 1) * GAP
    return width, height


def contact_sheet(title: str, cards: list[Card], project_dir: Path) -> Image.Image:
    sheet = Image.new("RGB", contact_sheet_size(len(cards)), (24, 24, 28))
    draw = ImageDraw.Draw(sheet)
    draw.rectangle((0, 0, sheet.width, TITLE_H), fill=(48, 48, 56))
    draw.text((GAP, TITLE_H // 2), fit_text(draw, title, font(22, bold=True), sheet.width - 2 * GAP),
              font=font(22, bold=True), fill="white", anchor="lm")
    columns = min(COLUMNS, max(len(cards), 1))
    for number, card in enumerate(cards):
        row, column = divmod(number, columns)
        x = GAP + column * (THUMB_SIZE[0] + GAP)
        y = TITLE_H + GAP + row * (THUMB_SIZE[1] + CAPTION_H + GAP)
        sheet.paste(thumbnail(card, project_dir), (x, y))
        label = f"{card.shot.id}  {card.shot.type.replace('_', ' ')}"
        draw.text((x, y + THUMB_SIZE[1] + 4), fit_text(draw, label, font(13, bold=True), THUMB_SIZE[0]),
                  font=font(13, bold=True), fill="white")
        draw.text((x, y + THUMB_SIZE[1] + 22), fit_text(draw, first_line(card), font(12), THUMB_SIZE[0]),
                  font=font(12), fill=(200, 200, 200))
    return sheet


def thumbnail(card: Card, project_dir: Path) -> Image.Image:
    if card.image:
        try:
            with Image.open(project_dir / card.image) as image:
                return ImageOps.fit(image.convert("RGB"), THUMB_SIZE, Image.Resampling.BILINEAR)
        except OSError:
            pass  # an unreadable keyframe gets the placeholder, like a missing one
    placeholder = Image.new("RGB", THUMB_SIZE, PLACEHOLDER_GREY)
    centre = (THUMB_SIZE[0] // 2, THUMB_SIZE[1] // 2)
    ImageDraw.Draw(placeholder).text(centre, "no keyframe", font=font(14), fill=(230, 230, 230), anchor="mm")
    return placeholder


@lru_cache(maxsize=8)
def font(size: int, bold: bool = False) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    path = FONT_DIR / ("DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf")
    return ImageFont.truetype(str(path), size) if path.is_file() else ImageFont.load_default(size=size)


def fit_text(draw: ImageDraw.ImageDraw, text: str, face, width: int) -> str:
    """Shorten with an ellipsis to fit a thumbnail's width (the HTML page has the whole line)."""
    text = " ".join(text.split())
    if draw.textlength(text, font=face) <= width:
        return text
    while text and draw.textlength(text + "…", font=face) > width:
        text = text[:-1]
    return text.rstrip() + "…"
