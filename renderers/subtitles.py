"""Subtitle files: SRT for every player, WebVTT with voice tags for the web.

Both are written from the timeline's cues. The display text is wrapped to at most two lines of
about 42 characters (the common broadcast limit) without ever dropping words; the burned-in
subtitles of the film use the same wrapping, so all three read alike.
"""

from __future__ import annotations

import math
import textwrap
from collections.abc import Iterable
from datetime import timedelta
from pathlib import Path

import srt
import webvtt

from studio.models import Cue
from studio.store import write_atomic

MAX_LINE_CHARS = 42
MAX_LINES = 2
NARRATOR = "Narrator"  # the WebVTT voice of cues nobody in the story speaks


def display_text(cue: Cue) -> str:
    """The line as a viewer reads it: dialogue carries its speaker ("AMARA: ..."), narration not."""
    text = " ".join(cue.text.split())
    return f"{cue.speaker}: {text}" if cue.speaker else text


def wrap_caption(text: str, width: int = MAX_LINE_CHARS, max_lines: int = MAX_LINES) -> list[str]:
    """Split a line for display: one line if it fits, else lines of about equal length.

    A line too long for ``max_lines`` lines of ``width`` gets longer lines rather than losing
    words: a subtitle must say everything that is spoken.
    """
    words = " ".join(text.split())
    if len(words) <= width:
        return [words] if words else []
    # The narrowest width that still fits in max_lines balances the lines (no long line
    # followed by a stray word), which reads faster than greedy filling.
    for line_width in range(math.ceil(len(words) / max_lines), len(words) + 1):
        lines = textwrap.wrap(words, line_width, break_long_words=False, break_on_hyphens=False)
        if len(lines) <= max_lines:
            return lines
    return [words]


def ordered(cues: Iterable[Cue]) -> list[Cue]:
    return sorted(cues, key=lambda cue: (cue.start, cue.end))


def write_srt(cues: Iterable[Cue], path: str | Path) -> Path:
    """SubRip: numbered cues, the speaker's name leading each dialogue line."""
    path = Path(path)
    subtitles = [
        srt.Subtitle(
            index=number,
            start=timedelta(seconds=cue.start),
            end=timedelta(seconds=cue.end),
            content="\n".join(wrap_caption(display_text(cue))),
        )
        for number, cue in enumerate(ordered(cues), start=1)
    ]
    write_atomic(path, srt.compose(subtitles, reindex=False))
    return path


def write_vtt(cues: Iterable[Cue], path: str | Path) -> Path:
    """WebVTT: each cue opens with a voice span (``<v Amara>``) so players can style and announce speakers."""
    path = Path(path)
    captions = [
        webvtt.Caption(
            start=vtt_timestamp(cue.start),
            end=vtt_timestamp(cue.end),
            text=voice_span(cue.speaker or NARRATOR) + "\n".join(
                escape_vtt(line) for line in wrap_caption(" ".join(cue.text.split()))
            ),
        )
        for cue in ordered(cues)
    ]
    write_atomic(path, webvtt.WebVTT(captions=captions).content)
    return path


def voice_span(name: str) -> str:
    return f"<v {escape_vtt(' '.join(name.split()))}>"


def escape_vtt(text: str) -> str:
    # Cue text is markup: a bare "<" opens a tag and "-->" would end the cue early.
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def vtt_timestamp(seconds: float) -> str:
    millis = round(max(seconds, 0.0) * 1000)
    hours, rest = divmod(millis, 3_600_000)
    minutes, rest = divmod(rest, 60_000)
    secs, millis = divmod(rest, 1000)
    return f"{hours:02d}:{minutes:02d}:{secs:02d}.{millis:03d}"
