"""Segmented assembly: the film cut into per-shot segments, each cached, joined without re-encoding."""

from __future__ import annotations

import numpy as np

from renderers.video import MIX_RATE, MoviepyAssembler
from studio.audio import read_mono
from studio.timeline import segments
from tests.test_video import (  # noqa: F401
    CUES,
    FPS,
    SHOTS,
    centre_colour,
    decode_frames,
    frame_at,
    make_timeline,
    project_dir,
)


def test_segments_tile_the_film_frame_by_frame():
    timeline = make_timeline()
    parts = segments(timeline)
    assert [p.name for p in parts] == ["sh1", "sh2", "sh2>sh3", "sh3"]
    assert parts[0].start_frame == 0
    for earlier, later in zip(parts, parts[1:]):
        assert earlier.start_frame + earlier.frames == later.start_frame
    assert sum(p.frames for p in parts) == round(timeline.duration * FPS)


def test_an_unchanged_shot_keeps_its_local_timeline_when_an_earlier_shot_grows():
    longer = [SHOTS[0].model_copy(update={"duration": 2.0})] + [
        s.model_copy(update={"start": s.start + 0.5}) for s in SHOTS[1:]]
    later_cues = [c.model_copy(update={"start": c.start + 0.5, "end": c.end + 0.5}) for c in CUES]
    before = {p.name: p.timeline for p in segments(make_timeline())}
    after = {p.name: p.timeline for p in segments(make_timeline(shots=longer, cues=later_cues, duration=5.0))}
    assert after["sh1"] != before["sh1"]
    for name in ("sh2", "sh2>sh3", "sh3"):
        assert after[name] == before[name]


def test_joined_segments_make_the_same_film_as_one_pass(project_dir, tmp_path):  # noqa: F811
    timeline = make_timeline()
    assembler = MoviepyAssembler(burn_subtitles=True)
    files = []
    for index, part in enumerate(segments(timeline)):
        folder = tmp_path / f"seg{index}"
        folder.mkdir()
        meta = assembler.render_segment(part.timeline, project_dir, folder)
        assert meta["frames"] == part.frames
        files.append(folder / "segment.mp4")
    track = assembler.soundtrack(timeline, project_dir, tmp_path / "sound")
    assert abs(track["duration_s"] - timeline.duration) < 0.1 and track["lines"] == len(timeline.audio)
    result = assembler.join(files, tmp_path / "sound/soundtrack.m4a", timeline, tmp_path / "joined")
    assert abs(result["duration_s"] - timeline.duration) < 0.1
    assert result["frames"] == round(timeline.duration * FPS)
    assembler.render(timeline, project_dir, tmp_path / "one")
    joined, one = decode_frames(tmp_path / "joined/film.mp4"), decode_frames(tmp_path / "one/film.mp4")
    assert len(joined) == len(one)
    for t in (0.5, 2.0, 3.25, 4.0):  # inside shots, and mid-dissolve
        assert np.abs(centre_colour(frame_at(joined, t)) - centre_colour(frame_at(one, t))).max() < 6
    # The copied soundtrack is the one-pass film's speech, in the same place.
    heard = read_mono(tmp_path / "joined/film.mp4", MIX_RATE).samples
    expected = read_mono(tmp_path / "one/film.mp4", MIX_RATE).samples
    assert abs(len(heard) - len(expected)) < MIX_RATE * 0.05
    n = min(len(heard), len(expected))
    loudness = np.sqrt(np.mean(expected[:n] ** 2))
    assert loudness > 0.05  # there is speech to compare
    # Two AAC encodes of one mix differ by a fraction of a percent; a shift by a sample would not.
    assert np.sqrt(np.mean((heard[:n] - expected[:n]) ** 2)) < 0.02 * loudness
