"""Subtitle files: SRT for every player, WebVTT with voice tags for the web.

Both are written from the timeline's cues. The display text is wrapped to at most two lines of
about 42 characters (the common broadcast limit) without ever dropping words; the burned-in
subtitles of the film use the same wrapping, so all three read alike.
"""

from __future__ import annotations

import math
import textwrap
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

import srt
import webvtt

from studio.models import Cue
from studio.store import write_atomic

MAX_LINE_CHARS = 42
MAX_LINES = 2
NARRATOR = "Narrator"  # the WebVTT voice of cues nobody in the story speaks


@dataclass(frozen=True)
class SafeArea:
    """Where burned-in subtitles go in a frame of some shape: type size (pixels per em), the
    longest line in characters, the widest box as a share of the width, and the gap below the
    box as a share of the height. A phone's vertical frame keeps its lower part for the app's
    own controls, so captions sit higher there, in shorter lines."""

    em_px: int
    line_chars: int
    max_width: float
    bottom: float


def safe_area(width: int, height: int) -> SafeArea:
    short = min(width, height)
    em = max(12, round(short * 0.056))
    if width >= height * 1.2:  # wide: the broadcast layout
        return SafeArea(em, MAX_LINE_CHARS, 0.92, 0.05)
    if height >= width * 1.2:  # vertical
        return SafeArea(em, max(16, round(MAX_LINE_CHARS * width / height * 1.4)), 0.9, 0.16)
    return SafeArea(em, max(20, round(MAX_LINE_CHARS * 0.75)), 0.9, 0.08)


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


# ------------------------------------------------------------------- TTML ---

TTML_NS = "http://www.w3.org/ns/ttml"
TTM_NS = "http://www.w3.org/ns/ttml#metadata"
TTS_NS = "http://www.w3.org/ns/ttml#styling"
TTP_NS = "http://www.w3.org/ns/ttml#parameter"
XML_NS = "http://www.w3.org/XML/1998/namespace"


def write_ttml(cues: Iterable[Cue], path: str | Path, title: str = "") -> Path:
    """TTML (IMSC text profile shape): what broadcasters, streaming services and NLEs (Premiere,
    Resolve, Avid) import. Each cue reads as in the SRT, speaker label included, and also names its
    speaker as a ``ttm:agent`` declared in the head, so a player can style or announce speakers."""
    import xml.etree.ElementTree as ET

    path = Path(path)
    for prefix, uri in (("", TTML_NS), ("ttm", TTM_NS), ("tts", TTS_NS), ("ttp", TTP_NS)):
        ET.register_namespace(prefix, uri)
    cues = ordered(cues)
    tt = ET.Element(f"{{{TTML_NS}}}tt", {f"{{{XML_NS}}}lang": "en", f"{{{TTP_NS}}}timeBase": "media"})
    head = ET.SubElement(tt, f"{{{TTML_NS}}}head")
    metadata = ET.SubElement(head, f"{{{TTML_NS}}}metadata")
    if title:
        ET.SubElement(metadata, f"{{{TTM_NS}}}title").text = title
    agents: dict[str, str] = {}
    for name in dict.fromkeys(" ".join((cue.speaker or NARRATOR).split()) for cue in cues):
        agents[name] = f"speaker-{len(agents) + 1}"
        agent = ET.SubElement(metadata, f"{{{TTM_NS}}}agent", {f"{{{XML_NS}}}id": agents[name], "type": "character"})
        ET.SubElement(agent, f"{{{TTM_NS}}}name", {"type": "full"}).text = name
    styling = ET.SubElement(head, f"{{{TTML_NS}}}styling")
    ET.SubElement(styling, f"{{{TTML_NS}}}style", {
        f"{{{XML_NS}}}id": "caption", f"{{{TTS_NS}}}textAlign": "center", f"{{{TTS_NS}}}color": "white",
        f"{{{TTS_NS}}}backgroundColor": "rgba(0,0,0,0.6)", f"{{{TTS_NS}}}fontFamily": "proportionalSansSerif"})
    layout = ET.SubElement(head, f"{{{TTML_NS}}}layout")
    # Inside the title-safe area (10 % in from each edge), at the bottom.
    ET.SubElement(layout, f"{{{TTML_NS}}}region", {
        f"{{{XML_NS}}}id": "bottom", f"{{{TTS_NS}}}origin": "10% 70%", f"{{{TTS_NS}}}extent": "80% 20%",
        f"{{{TTS_NS}}}displayAlign": "after"})
    body = ET.SubElement(tt, f"{{{TTML_NS}}}body", {"region": "bottom", "style": "caption"})
    div = ET.SubElement(body, f"{{{TTML_NS}}}div")
    for number, cue in enumerate(cues, start=1):
        speaker = " ".join((cue.speaker or NARRATOR).split())
        paragraph = ET.SubElement(div, f"{{{TTML_NS}}}p", {
            f"{{{XML_NS}}}id": f"cue{number}", "begin": ttml_timestamp(cue.start), "end": ttml_timestamp(cue.end),
            f"{{{TTM_NS}}}agent": agents[speaker]})
        lines = wrap_caption(display_text(cue))
        paragraph.text = lines[0] if lines else ""
        for line in lines[1:]:
            ET.SubElement(paragraph, f"{{{TTML_NS}}}br").tail = line
    ET.indent(tt)
    write_atomic(path, ET.tostring(tt, encoding="unicode", xml_declaration=True) + "\n")
    return path


def ttml_timestamp(seconds: float) -> str:
    return vtt_timestamp(seconds)  # TTML clock time: hours:minutes:seconds.fraction, as WebVTT's
