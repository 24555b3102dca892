"""Storyboard sheets as a PDF: a title page, then the shots in film order, 2, 3, 6 or 9 panels to
an A4 landscape page, each its keyframe over the words chosen (shot info, duration, dialogue,
action). For a production wall, a client or a table read.

Story text is any language, so the sheets are set in a Unicode TrueType font (DejaVu Sans, from
the system); without one they fall back to the PDF core font, which has Latin-1 only, and say so.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from fpdf import FPDF
from fpdf.enums import XPos, YPos

from studio.exports.edit import Edit, ExportError, ShotRow
from studio.exports.options import ExportOptions

FONT_DIRS = [Path("/usr/share/fonts/truetype/dejavu"), Path("/usr/share/fonts/dejavu"), Path("/usr/local/share/fonts")]
GRIDS = {2: (2, 1), 3: (3, 1), 6: (3, 2), 9: (3, 3)}  # panels -> (columns, rows)
PAGE_W, PAGE_H, MARGIN, HEADER_H, FOOTER_H, GUTTER = 297.0, 210.0, 10.0, 9.0, 7.0, 6.0
TEXT_SIZES = {2: 10.0, 3: 9.0, 6: 8.0, 9: 7.0}  # points: smaller panels, smaller words


def find_unicode_font() -> tuple[Path, Path] | None:
    """DejaVu Sans regular and bold, from the usual folders or fontconfig."""
    for folder in FONT_DIRS:
        regular, bold = folder / "DejaVuSans.ttf", folder / "DejaVuSans-Bold.ttf"
        if regular.is_file():
            return regular, bold if bold.is_file() else regular
    if shutil.which("fc-match"):
        found = subprocess.run(["fc-match", "-f", "%{file}", "DejaVu Sans"], capture_output=True, text=True).stdout
        if found.endswith(".ttf") and Path(found).is_file() and "DejaVu" in found:
            return Path(found), Path(found)
    return None


class Sheets(FPDF):
    def __init__(self, edit: Edit) -> None:
        super().__init__(orientation="L", unit="mm", format="A4")
        self.edit = edit
        self.set_auto_page_break(False)
        self.set_margins(MARGIN, MARGIN, MARGIN)
        self.set_title(edit.title)
        self.set_creator("studio export")
        font = find_unicode_font()
        self.unicode = font is not None
        if font:
            self.add_font("Sheet", "", str(font[0]))
            self.add_font("Sheet", "B", str(font[1]))
            self.family = "Sheet"
        else:
            self.family = "Helvetica"

    def text_of(self, text: str) -> str:
        """What the font can show: everything with DejaVu; Latin-1 with the core font ("?" for the rest)."""
        return text if self.unicode else text.encode("latin-1", "replace").decode("latin-1")

    def footer(self) -> None:
        if self.page_no() == 1:
            return
        self.set_xy(MARGIN, PAGE_H - MARGIN - FOOTER_H + 2)
        self.set_font(self.family, "", 7)
        self.set_text_color(110)
        self.cell(PAGE_W - 2 * MARGIN, 4, self.text_of(f"{self.edit.title} · storyboard · version {self.edit.version}"
                                                        f" · {self.edit.date} · page {self.page_no()}"), align="C")
        self.set_text_color(0)


def write_pdf(edit: Edit, folder: Path, options: ExportOptions, media_root: Path) -> list[str]:
    pdf = Sheets(edit)
    title_page(pdf, edit, options)
    per_page = options.panels
    for first in range(0, len(edit.shots), per_page):
        panels_page(pdf, edit, edit.shots[first:first + per_page], options)
    pdf.output(str(folder / "storyboard.pdf"))
    if pdf.unicode:
        return []
    return ["pdf: no DejaVu Sans font on this machine, so the sheets use the PDF core font: characters outside "
            "Latin-1 show as '?' (install fonts-dejavu-core)"]


def title_page(pdf: Sheets, edit: Edit, options: ExportOptions) -> None:
    pdf.add_page()
    pdf.set_y(62)
    pdf.set_font(pdf.family, "B", 30)
    pdf.multi_cell(0, 13, pdf.text_of(edit.title), align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(4)
    pdf.set_font(pdf.family, "", 14)
    pdf.cell(0, 8, "Storyboard", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(10)
    pdf.set_font(pdf.family, "", 11)
    minutes, seconds = divmod(round(edit.duration), 60)
    for line in (f"Date: {edit.date}", f"Version: {edit.version}",
                 f"{len(edit.shots)} shots in {len(edit.scenes)} scenes, {minutes}:{seconds:02d}",
                 f"{options.panels} panels per page"):
        pdf.cell(0, 6.5, line, align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)


def panels_page(pdf: Sheets, edit: Edit, rows: list[ShotRow], options: ExportOptions) -> None:
    pdf.add_page()
    columns, grid_rows = GRIDS[options.panels]
    pdf.set_font(pdf.family, "B", 10)
    scenes = list(dict.fromkeys(f"{row.scene}. {row.heading}".strip(". ") for row in rows))
    pdf.set_xy(MARGIN, MARGIN)
    pdf.cell(PAGE_W - 2 * MARGIN, 6, pdf.text_of(" / ".join(scenes)), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    top = MARGIN + HEADER_H
    width = (PAGE_W - 2 * MARGIN - GUTTER * (columns - 1)) / columns
    height = (PAGE_H - top - MARGIN - FOOTER_H - GUTTER * (grid_rows - 1)) / grid_rows
    for i, row in enumerate(rows):
        x = MARGIN + (i % columns) * (width + GUTTER)
        y = top + (i // columns) * (height + GUTTER)
        panel(pdf, edit, row, x, y, width, height, options)


def panel(pdf: Sheets, edit: Edit, row: ShotRow, x: float, y: float, width: float, height: float,
          options: ExportOptions) -> None:
    size = TEXT_SIZES[options.panels]
    line_h = size * 0.45
    # The picture takes the panel's width at the film's shape, leaving room for a few lines of words.
    image_h = min(width * edit.height / edit.width, height - 6 * line_h)
    image_w = image_h * edit.width / edit.height
    pdf.set_draw_color(160)
    pdf.rect(x, y, image_w, image_h)
    if row.image:
        try:
            pdf.image(str(edit.media(row.image)), x=x, y=y, w=image_w, h=image_h)
        except Exception as exc:  # noqa: BLE001 - Pillow's and fpdf's errors alike: the file is not a picture
            raise ExportError(f"pdf: the keyframe of shot {row.number} ({row.image}) cannot be read as a picture "
                              f"({type(exc).__name__}); run `studio make` on the project again") from None
    else:
        pdf.set_xy(x, y + image_h / 2 - 3)
        pdf.set_font(pdf.family, "", size)
        pdf.cell(image_w, 6, "no keyframe", align="C")
    pdf.set_xy(x, y + image_h + 1)
    pdf.set_font(pdf.family, "B", size)
    label = f"Shot {row.number}" + (f" · {row.duration:.1f} s" if options.duration else "")
    if row.verdict != "passed":
        label += f" · {row.verdict}"
    pdf.cell(width, line_h + 0.8, pdf.text_of(label), new_x=XPos.LEFT, new_y=YPos.NEXT)
    pdf.set_font(pdf.family, "", size)
    words = []
    if options.shot_info:
        words.append(" · ".join(part for part in (row.size, row.angle, row.lens, row.move) if part))
    if options.dialogue:
        words.extend(row.dialogue)
    if options.action:
        words.extend(row.action or ([row.description] if not row.dialogue else []))
    bottom = y + height
    for paragraph in words:
        lines = pdf.multi_cell(width, line_h, pdf.text_of(paragraph), align="L", dry_run=True, output="LINES")
        room = int((bottom - pdf.get_y()) // line_h)
        if room <= 0:
            break
        if len(lines) > room:  # what does not fit is cut short, visibly
            lines = lines[:room]
            lines[-1] = lines[-1].rstrip()[: max(len(lines[-1]) - 2, 0)] + ("…" if pdf.unicode else "...")
        for line in lines:
            pdf.set_x(x)
            pdf.cell(width, line_h, line, new_x=XPos.LEFT, new_y=YPos.NEXT)
