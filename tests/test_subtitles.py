"""SRT and WebVTT files written from timeline cues read back as what was meant."""

from __future__ import annotations

from datetime import timedelta

import pytest
import srt
import webvtt

from renderers.subtitles import MAX_LINE_CHARS, wrap_caption, write_srt, write_vtt
from studio.models import Cue

LONG_TEXT = (
    "I have walked these hills since before the river changed its course, "
    "and never once have I seen the lanterns lit."
)

# Given out of order: the files must still list them by time.
CUES = [
    Cue(line="sc01-b02", start=2.5, end=4.0, speaker=None, text="The wind rose over the hills."),
    Cue(line="sc01-b01", start=0.5, end=2.0, speaker="AMARA", text="Hello."),
    Cue(line="sc01-b03", start=4.25, end=9.125, speaker="Amara", text=LONG_TEXT),
    Cue(line="sc01-b04", start=9.5, end=10.0, speaker="JOHN", text="Fish & chips <now> --> go"),
]
IN_ORDER = sorted(CUES, key=lambda cue: cue.start)


@pytest.fixture
def srt_cues(tmp_path):
    path = write_srt(CUES, tmp_path / "film.srt")
    return list(srt.parse(path.read_text(encoding="utf-8")))


@pytest.fixture
def vtt_captions(tmp_path):
    return webvtt.read(str(write_vtt(CUES, tmp_path / "film.vtt"))).captions


def test_srt_reads_back_every_cue_in_time_order_with_its_times(srt_cues):
    assert [(s.start, s.end) for s in srt_cues] == [
        (timedelta(seconds=cue.start), timedelta(seconds=cue.end)) for cue in IN_ORDER
    ]
    assert [s.index for s in srt_cues] == [1, 2, 3, 4]


def test_srt_prefixes_dialogue_with_the_speaker_and_leaves_narration_bare(srt_cues):
    assert srt_cues[0].content == "AMARA: Hello."
    assert srt_cues[1].content == "The wind rose over the hills."
    assert srt_cues[2].content.startswith("Amara: I have walked")


def test_srt_wraps_a_long_line_to_two_lines_keeping_every_word(srt_cues):
    lines = srt_cues[2].content.split("\n")
    assert len(lines) == 2
    assert " ".join(lines) == f"Amara: {LONG_TEXT}"


def test_vtt_reads_back_every_cue_in_time_order_with_its_times(vtt_captions):
    assert len(vtt_captions) == len(CUES)
    assert [(c.start_in_seconds, c.end_in_seconds) for c in vtt_captions] == [
        (int(cue.start), int(cue.end)) for cue in IN_ORDER
    ]
    assert [c.start for c in vtt_captions][:3] == ["00:00:00.500", "00:00:02.500", "00:00:04.250"]
    assert vtt_captions[2].end == "00:00:09.125"


def test_vtt_opens_each_cue_with_the_speakers_voice_tag(vtt_captions):
    assert [c.voice for c in vtt_captions] == ["AMARA", "Narrator", "Amara", "JOHN"]
    assert vtt_captions[0].raw_text == "<v AMARA>Hello."
    assert vtt_captions[1].text == "The wind rose over the hills."


def test_vtt_escapes_markup_characters_in_the_text(vtt_captions):
    assert vtt_captions[3].raw_text == "<v JOHN>Fish &amp; chips &lt;now&gt; --&gt; go"


def test_wrap_keeps_a_short_line_on_one_line():
    assert wrap_caption("The wind rose.") == ["The wind rose."]


def test_wrap_balances_two_lines_within_the_display_width():
    lines = wrap_caption(LONG_TEXT[:80])
    assert len(lines) == 2
    assert all(len(line) <= MAX_LINE_CHARS for line in lines)
    assert " ".join(lines) == " ".join(LONG_TEXT[:80].split())


def test_wrap_never_drops_words_of_a_line_too_long_for_two_lines():
    text = " ".join([LONG_TEXT] * 3)
    lines = wrap_caption(text)
    assert len(lines) == 2
    assert " ".join(lines) == text


def test_writing_replaces_an_existing_file_and_leaves_no_temporary_file(tmp_path):
    path = tmp_path / "film.srt"
    path.write_text("stale", encoding="utf-8")
    write_srt(CUES[:1], path)
    write_vtt(CUES[:1], tmp_path / "film.vtt")
    assert len(list(srt.parse(path.read_text(encoding="utf-8")))) == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == ["film.srt", "film.vtt"]
