"""Subtitles for an editor's caption track: TTML, written by the same subtitle writer as the film's
SRT and WebVTT (found through the registry: the core does not import renderers)."""

from __future__ import annotations

from pathlib import Path

from studio import registry
from studio.exports.edit import Edit
from studio.exports.options import ExportOptions


def write_ttml(edit: Edit, folder: Path, options: ExportOptions, media_root: Path) -> list[str]:
    registry.resolve("output", "ttml")(edit.cues, folder / "film.ttml", title=edit.title)
    return []
