"""The storyboard: every shot's chosen keyframe with its lines and the critic's verdict.

Two files in the project folder: ``storyboard.html`` (one card per shot, grouped by scene,
linking the keyframes by relative path so the folder can be moved or zipped) and
``storyboard.png`` (a contact sheet to glance at or attach to a message).
"""

from __future__ import annotations

import io
import math
from functools import lru_cache
from pathlib import Path
from urllib.parse import quote

from PIL import Image, ImageDraw, ImageFont, ImageOps

from studio import boards
from studio.boards import Card, by_scene, environment, first_line
from studio.models import Project
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


def write_storyboard(project: Project, project_dir: Path) -> dict:
    project_dir = Path(project_dir)
    cards = boards.cards(project, project_dir)
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


# ------------------------------------------------------------------- html ---


def storyboard_html(project: Project, cards: list[Card]) -> str:
    """The standalone page: the same cards as the gallery's project page (one template), linking
    keyframes by relative path so the folder can be moved or zipped."""
    page = environment().get_template("storyboard.html")
    return page.render(title=project.title, scenes=by_scene(project, cards), count=len(cards),
                       image_url=lambda path: quote(Path(path).as_posix()), shot_url=None)


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
