"""`studio export`: a rendered project as editor deliverables (studio/exports/)."""

from __future__ import annotations

from contextlib import nullcontext
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

from studio.console import clean_errors, err

DEFAULT_FORMATS = "all"
EPILOG = """
**Examples**

    studio export out/lighthouse                          # every format into out/lighthouse/exports/
    studio export out/lighthouse --to otio,fcp7 -o edit/  # timelines for Resolve / Premiere
    studio export out/lighthouse --to edl                 # the picture cut as a CMX3600 EDL
    studio export out/lighthouse --to pdf --panels 9 --no-action   # storyboard sheets, 9 a page
    studio export out/lighthouse --to csv,xlsx            # the shot list

**Formats** (`--to`, comma-separated; default `all`): `otio` film.otio (OpenTimelineIO),
`fcpxml` film.fcpxml (Final Cut Pro X, Resolve), `fcp7` film.xml (Premiere Pro, Resolve, Avid),
`edl` film.edl (CMX3600, picture only), `pdf` storyboard.pdf, `csv` shotlist.csv,
`xlsx` shotlist.xlsx, `ttml` film.ttml (subtitles with speakers).

Media are referenced relative to the export folder: move the project with its exports and they
still open. Nothing is written unless every format asked for succeeds.
"""


def export(
    project: Annotated[Path, typer.Argument(help="A project folder made by `studio make`.", show_default=False,
                                            metavar="PROJECT")],
    to: Annotated[str, typer.Option("--to", "-t", help="Formats, comma-separated: otio, fcpxml, fcp7, edl, pdf, csv, "
                                    "xlsx, ttml, or all.")] = DEFAULT_FORMATS,
    out: Annotated[Optional[Path], typer.Option("--out", "-o", help="Folder [default: PROJECT/exports].")] = None,
    panels: Annotated[int, typer.Option("--panels", help="Storyboard PDF: panels per page (2, 3, 6 or 9).")] = 6,
    dialogue: Annotated[bool, typer.Option("--dialogue/--no-dialogue", help="PDF: spoken lines.")] = True,
    action: Annotated[bool, typer.Option("--action/--no-action", help="PDF: action lines.")] = True,
    shot_info: Annotated[bool, typer.Option("--shot-info/--no-shot-info", help="PDF: size, angle, lens, move.")] = True,
    duration: Annotated[bool, typer.Option("--duration/--no-duration", help="PDF: seconds on screen.")] = True,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress display.")] = False,
) -> None:
    """Export a rendered project for editors and the production: OTIO, FCP7 XML, FCPXML and EDL
    timelines, storyboard PDF sheets, the shot list (CSV, XLSX) and TTML subtitles."""
    from studio.exports import ExportError, ExportOptions, parse_formats
    from studio.exports import export as run_export

    with clean_errors():
        formats = parse_formats(to)
        if panels not in (2, 3, 6, 9):
            raise ExportError(f"--panels {panels}: use 2, 3, 6 or 9")
        options = ExportOptions(panels=panels, dialogue=dialogue, action=action, shot_info=shot_info,
                                duration=duration)
        folder = out or project / "exports"
        progress = Progress(SpinnerColumn(), TextColumn("export"), BarColumn(), MofNCompleteColumn(),
                            TextColumn("{task.fields[note]}"), TimeElapsedColumn(), console=err, transient=True)
        # A bar only on a terminal: piped or logged output stays one line per message.
        with progress if not quiet and err.is_terminal else nullcontext():
            task = progress.add_task("export", total=len(formats), note="")
            done = []

            def step(name: str) -> None:
                if done:
                    progress.advance(task)
                done.append(name)
                progress.update(task, note=name)

            result = run_export(project, formats, folder, options, on_step=step)
            progress.update(task, completed=len(formats), note="done")
    for note in result.notes:
        err.print(f"[yellow]note:[/] {note}", markup=True)
    if not quiet:
        err.print(f"{result.title}: {len(result.files)} file(s), {result.shots} shots -> {result.folder}")
    for name in result.files:
        print(result.folder / name)


def register_export_command(app: typer.Typer) -> None:
    app.command(epilog=EPILOG)(export)
