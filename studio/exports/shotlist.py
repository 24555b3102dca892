"""The shot list, one row per shot, as CSV (any spreadsheet, scripts) and XLSX (Excel, Numbers,
LibreOffice, Google Sheets): what a first AD and a camera team plan the day from."""

from __future__ import annotations

import csv
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

from studio.exports.edit import Edit, ShotRow
from studio.exports.options import ExportOptions

# (header, width in characters, value of a row)
COLUMNS: list[tuple[str, int, object]] = [
    ("Number", 8, lambda row: row.number),
    ("Scene", 7, lambda row: row.scene),
    ("Size", 13, lambda row: row.size),
    ("Angle", 11, lambda row: row.angle),
    ("Lens", 7, lambda row: row.lens),
    ("Move", 10, lambda row: row.move),
    ("Subjects", 22, lambda row: ", ".join(row.subjects)),
    ("Duration (s)", 12, lambda row: round(row.duration, 2)),
    ("Dialogue", 60, lambda row: "\n".join(row.dialogue)),
    ("Critic verdict", 14, lambda row: row.verdict),
    ("Heading", 30, lambda row: row.heading),
    ("Shot id", 12, lambda row: row.id),
    ("Keyframe", 34, lambda row: row.image or ""),
]
HEADERS = [header for header, _, _ in COLUMNS]


def values(row: ShotRow) -> list:
    return [value(row) for _, _, value in COLUMNS]


def write_csv(edit: Edit, folder: Path, options: ExportOptions, media_root: Path) -> list[str]:
    # UTF-8 with a byte-order mark: Excel then reads names like "Łucja" right; other readers skip it.
    with (folder / "shotlist.csv").open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADERS)
        for row in edit.shots:
            writer.writerow(values(row))
    return []


def write_xlsx(edit: Edit, folder: Path, options: ExportOptions, media_root: Path) -> list[str]:
    book = Workbook()
    sheet = book.active
    sheet.title = "Shot list"
    sheet.append(HEADERS)
    for row in edit.shots:
        sheet.append(values(row))
    for number, (_, width, _) in enumerate(COLUMNS, start=1):
        sheet.column_dimensions[get_column_letter(number)].width = width
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    top = Alignment(vertical="top", wrap_text=True)
    for cells in sheet.iter_rows(min_row=2):
        for cell in cells:
            cell.alignment = top
    duration = HEADERS.index("Duration (s)") + 1
    for (cell,) in sheet.iter_rows(min_row=2, min_col=duration, max_col=duration):
        cell.number_format = "0.00"
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = sheet.dimensions
    about = book.create_sheet("About")
    for key, value in (("Title", edit.title), ("Version", edit.version), ("Date", edit.date),
                       ("Shots", len(edit.shots)), ("Duration (s)", round(edit.duration, 2))):
        about.append([key, value])
    book.save(folder / "shotlist.xlsx")
    return []
