"""Editor deliverables from a rendered project: ``studio export PROJECT --to ... -o DIR``.

    FORMATS                   name -> what it writes, found by dotted path (like studio.registry)
    parse_formats("otio,pdf") the names asked for, "all" expanded; an unknown one is refused
    export(project, formats, out, options, on_step)   every format, or none of them

Every format is written into a temporary folder beside the destination; only when all of them
were written (and each editor format read back by its own reader) are the files moved into
place, so a failed export leaves nothing behind. Media are named relative to the destination, so
the project folder (with its exports inside) can be moved or shared as a whole.
"""

from __future__ import annotations

import glob
import importlib
import json
import os
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

from pydantic import BaseModel

from studio import processes
from studio.exports.edit import Edit, ExportError, load_edit
from studio.exports.options import ExportOptions
from studio.project_lock import ProjectBusy, rendering

__all__ = ["FORMATS", "ExportError", "ExportOptions", "ExportResult", "export", "parse_formats"]


class ExportFormat(BaseModel):
    name: str
    files: list[str]  # what it writes into the export folder
    writer: str  # module:function(edit, folder, options, media_root) -> notes
    what: str  # one line for --help and the manifest


FORMATS: dict[str, ExportFormat] = {f.name: f for f in [
    ExportFormat(name="otio", files=["film.otio"], writer="studio.exports.editors:write_otio",
                 what="OpenTimelineIO: stills with handles, dialogue and narration tracks, scene and subtitle markers"),
    ExportFormat(name="fcpxml", files=["film.fcpxml"], writer="studio.exports.editors:write_fcpxml",
                 what="FCPXML for Final Cut Pro X / DaVinci Resolve"),
    ExportFormat(name="fcp7", files=["film.xml"], writer="studio.exports.editors:write_fcp7",
                 what="Final Cut Pro 7 XML for Premiere Pro, DaVinci Resolve, Avid (via import)"),
    ExportFormat(name="edl", files=["film.edl"], writer="studio.exports.editors:write_edl",
                 what="CMX3600 EDL: the picture cut, any editor or grading suite"),
    ExportFormat(name="pdf", files=["storyboard.pdf"], writer="studio.exports.boards_pdf:write_pdf",
                 what="storyboard sheets: title page, 2/3/6/9 panels a page"),
    ExportFormat(name="csv", files=["shotlist.csv"], writer="studio.exports.shotlist:write_csv",
                 what="shot list as CSV (UTF-8)"),
    ExportFormat(name="xlsx", files=["shotlist.xlsx"], writer="studio.exports.shotlist:write_xlsx",
                 what="shot list as an Excel workbook"),
    ExportFormat(name="ttml", files=["film.ttml"], writer="studio.exports.captions:write_ttml",
                 what="TTML subtitles with speakers, for broadcast and NLE caption tracks"),
]}
MANIFEST = "manifest.json"


class ExportResult(BaseModel):
    folder: Path
    title: str
    shots: int
    files: list[str]
    notes: list[str]


def parse_formats(text: str) -> list[str]:
    """ "otio, pdf" -> ["otio", "pdf"]; "all" is every format; order and repeats do not matter."""
    asked = [name.strip().lower() for name in text.split(",") if name.strip()]
    if not asked:
        raise ExportError(f"--to {text!r} names no format; use any of {', '.join(FORMATS)} or all")
    unknown = [name for name in asked if name != "all" and name not in FORMATS]
    if unknown:
        raise ExportError(f"--to: unknown format {unknown[0]!r}; use any of {', '.join(FORMATS)} or all "
                          "(comma-separated)")
    return list(FORMATS) if "all" in asked else [name for name in FORMATS if name in asked]


def export(project_dir: Path, formats: list[str], out: Path, options: ExportOptions = ExportOptions(),
           on_step: Callable[[str], None] | None = None) -> ExportResult:
    """Write every format asked for into ``out``, or (on any failure) nothing at all. The project's
    render lock is held meanwhile: no render may replace its media halfway through an export."""
    load_edit(project_dir)  # refuse a folder that is no project before taking its lock (which makes a file)
    try:
        with rendering(project_dir):
            return _export(load_edit(project_dir), formats, out, options, on_step)
    except ProjectBusy as exc:
        raise ExportError(str(exc)) from None  # it names the holder: a render, or another export


def _export(edit: Edit, formats: list[str], out: Path, options: ExportOptions,
            on_step: Callable[[str], None] | None) -> ExportResult:
    if out.exists() and not out.is_dir():
        raise ExportError(f"-o {out} is a file, not a folder")
    out.parent.mkdir(parents=True, exist_ok=True)
    sweep_staging(out)
    staging = Path(tempfile.mkdtemp(dir=out.parent, prefix=f".{out.name}.export-{processes.this_process()}."))
    staging.chmod(0o755)  # mkdtemp makes it private; the exports are shared like the rest of the project
    try:
        files, notes = [], []
        for name in formats:
            if on_step:
                on_step(name)
            spec = FORMATS[name]
            try:
                notes += writer(spec)(edit, staging, options, out.resolve())
            except ExportError:
                raise
            except Exception as exc:  # noqa: BLE001 - a writer's failure is this format's, said in one line
                raise ExportError(f"{name}: {type(exc).__name__}: {exc}") from exc
            missing = [f for f in spec.files if not (staging / f).is_file()]
            if missing:
                raise ExportError(f"{name}: {missing[0]} was not written")
            files += spec.files
        manifest = {"project": os.path.relpath(edit.root.resolve(), out.resolve()), "title": edit.title,
                    "version": edit.version, "date": edit.date, "formats": formats, "files": files, "notes": notes,
                    "options": options.model_dump()}
        (staging / MANIFEST).write_text(json.dumps(manifest, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        publish(staging, out, [*files, MANIFEST])
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return ExportResult(folder=out, title=edit.title, shots=len(edit.shots), files=files, notes=notes)


def sweep_staging(out: Path) -> list[Path]:
    """Remove the staging folders of exports to ``out`` whose process died (killed mid-export):
    the folder names their process, so a live export elsewhere keeps its own."""
    swept = []
    for folder in out.parent.glob(f".{glob.escape(out.name)}.export-*"):
        builder = folder.name.rsplit(".export-", 1)[1].rsplit(".", 1)[0]
        if folder.is_dir() and processes.alive(builder) is False:
            shutil.rmtree(folder, ignore_errors=True)
            swept.append(folder)
    return swept


def writer(spec: ExportFormat) -> Callable:
    module, _, function = spec.writer.partition(":")
    return getattr(importlib.import_module(module), function)


def publish(staging: Path, out: Path, files: list[str]) -> None:
    """A new folder appears whole (one rename); into an existing one each file is replaced whole,
    after every format was written, and files of other formats already there are left alone."""
    if not out.exists():
        os.replace(staging, out)
        return
    for name in files:
        os.replace(staging / name, out / name)
    shutil.rmtree(staging, ignore_errors=True)
