"""Ingest: a story or screenplay file -> ``Source`` (scenes of narration, action and dialogue).

    load_source(path, limits)  checks the file, then parses it by extension
    parse_text(text, format)   parses text already in memory

Every problem with the input is an ``InputError`` whose message is one sentence for the user.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path
from typing import Literal

from studio.config import InputLimits
from studio.ingest.errors import InputError
from studio.ingest.fdx import parse_fdx
from studio.ingest.fountain import parse_fountain
from studio.ingest.prose import MINOR_WORDS, parse_prose
from studio.models import Source

__all__ = ["InputError", "load_source", "parse_text"]

Format = Literal["prose", "fountain", "fdx"]

EXTENSIONS: dict[str, Format] = {
    ".txt": "prose", ".md": "prose", ".markdown": "prose",
    ".fountain": "fountain", ".spmd": "fountain",
    ".fdx": "fdx",  # Final Draft: read to the Fountain contract
}
# Bytes that never occur in text (everything below 0x20 but tab, newline, form feed, carriage return).
_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 12, 13))
_TEXT_BYTES = bytes(b for b in range(256) if b not in _CONTROL_BYTES)
_MAX_CONTROL_RATIO = 0.05

_SCENE_HEADING = re.compile(r"(?:INT|EXT|EST|INT\.?/EXT|I/E)[. ]", re.ASCII)
_CHARACTER_CUE = re.compile(r"@?[A-Z][A-Z0-9 .'’-]{0,40}(?:\s*\([^()\n]{1,20}\))*\s*\^?", re.ASCII)


def load_source(path: str | Path, limits: InputLimits = InputLimits()) -> Source:
    """Read and parse a story file, refusing anything that is not usable text."""
    path = Path(path)
    kind = _check_file(path, limits)
    text = _decode(path, _read(path, limits), limits)
    if kind == "prose" and path.suffix.lower() == ".txt" and looks_like_screenplay(text):
        kind = "fountain"
    source = _parse(text, kind, str(path), None, limits.max_beats)
    beats = sum(len(scene.elements) for scene in source.scenes)
    if beats > limits.max_beats:
        raise InputError(f"{path} has {beats} beats, more than the limit of {limits.max_beats} "
                         "(limits.max_beats); split it into parts")
    return source


def parse_text(text: str, format: Format, path: str = "<text>", title: str | None = None) -> Source:
    """Parse a story held in memory; ``title`` overrides the one found in the text."""
    return _parse(text, format, path, title, None)


def _parse(text: str, format: Format, path: str, title: str | None, max_beats: int | None) -> Source:
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n")).lstrip("\ufeff")
    if not text.strip():
        raise InputError(f"{path} is empty")
    if format == "fountain":
        source = parse_fountain(text, path)
    elif format == "prose":
        source = parse_prose(text, path, max_beats)
    elif format == "fdx":
        source = parse_fdx(text, path)
    else:
        raise InputError(f"unknown story format {format!r}; use 'prose', 'fountain' or 'fdx'")
    return source.model_copy(update={"title": title or source.title or title_from_path(path)})


# ------------------------------------------------------------------ checks ---


def _check_file(path: Path, limits: InputLimits) -> Format:
    """Existence, kind, extension and size, all from the directory entry: nothing is read yet."""
    try:
        if not path.exists():
            raise InputError(f"{path} does not exist")
        if path.is_dir():
            raise InputError(f"{path} is a folder, not a story file")
        if not path.is_file():
            raise InputError(f"{path} is not a regular file")
        size = path.stat().st_size
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc.strerror or exc}") from None
    kind = EXTENSIONS.get(path.suffix.lower())
    if kind is None:
        accepted = ", ".join(EXTENSIONS)
        shown = f"'{path.suffix}'" if path.suffix else "no extension"
        raise InputError(f"{path} has an unsupported extension ({shown}); use one of {accepted}")
    if size > limits.max_bytes:
        raise InputError(f"{path} is {size:,} bytes, larger than the limit of {limits.max_bytes:,} bytes (limits.max_bytes)")
    if size == 0:
        raise InputError(f"{path} is empty")
    return kind


def _read(path: Path, limits: InputLimits) -> bytes:
    try:
        with path.open("rb") as handle:
            data = handle.read(limits.max_bytes + 1)  # the file may have grown since stat
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc.strerror or exc}") from None
    if len(data) > limits.max_bytes:
        raise InputError(f"{path} is larger than the limit of {limits.max_bytes:,} bytes (limits.max_bytes)")
    return data


def _decode(path: Path, data: bytes, limits: InputLimits) -> str:
    if not data:
        raise InputError(f"{path} is empty")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError(f"{path} is encoded as UTF-16; save it as UTF-8")
    control = len(data.translate(None, _TEXT_BYTES))  # how many control bytes
    if b"\x00" in data or control > _MAX_CONTROL_RATIO * len(data):
        raise InputError(f"{path} looks like a binary file, not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        offset = exc.start + (3 if data.startswith(b"\xef\xbb\xbf") else 0)
        raise InputError(f"{path} is not valid UTF-8 (invalid byte 0x{data[offset]:02x} at offset {offset}); "
                         "save it as UTF-8") from None
    if not text.strip():
        raise InputError(f"{path} is empty: it contains only whitespace")
    return text


# --------------------------------------------------------------- detection ---


def looks_like_screenplay(text: str) -> bool:
    """A .txt with scene headings (INT./EXT.) and at least one character cue is a screenplay."""
    lines = text.split("\n")
    headings = cues = 0
    for i, line in enumerate(lines):
        stripped = line.strip()
        if _SCENE_HEADING.match(stripped):
            headings += 1
        elif (
            len(stripped) <= 60 and i + 1 < len(lines) and lines[i + 1].strip()
            and (i == 0 or not lines[i - 1].strip())
            and _CHARACTER_CUE.fullmatch(stripped) and any(c.isalpha() for c in stripped)
        ):
            cues += 1
        if headings and cues:
            return True
    return False


def title_from_path(path: str) -> str:
    """ "the_last_lighthouse.fountain" -> "The Last Lighthouse"."""
    if not path or path.startswith("<"):
        return "Untitled"
    words = re.sub(r"[_\-.]+", " ", Path(path).stem).split()
    if not words:
        return "Untitled"
    return " ".join(
        w if w.isupper() and len(w) > 1 else (w.lower() if i and w.lower() in MINOR_WORDS else w.capitalize())
        for i, w in enumerate(words)
    )
