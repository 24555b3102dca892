"""The film, its probe, the ffmpeg yardstick and the storyboard, checked on what they write.

One small timeline (three coloured stills, two tones, two cues, 320x180, 4.5 s) is rendered
once with subtitles and once without; the assertions read the films back with PyAV.
"""

from __future__ import annotations

import math
import re
import wave
from pathlib import Path
from urllib.parse import unquote

import av
import numpy as np
import pytest
from PIL import Image, ImageDraw

from renderers.storyboard import contact_sheet_size, write_storyboard
from renderers.subtitles import write_srt
from renderers.video import LIMIT_CEILING, MIX_RATE, MoviepyAssembler, mix_audio
from renderers.video_ffmpeg import ffmpeg_command, run_command
from studio.config import Video
from studio.models import (
    Asset,
    Beat,
    Camera,
    Character,
    Critique,
    Cue,
    Layout,
    Look,
    Project,
    Scene,
    Script,
    Shot,
    Source,
    Take,
    Takes,
    Timeline,
    TimelineAudio,
    TimelineShot,
    Treatment,
    Voice,
)
from studio.probe import MediaError, check_wav, probe

FILM_SIZE = (320, 180)
STILL_SIZE = (400, 225)
FPS = 24
RED, GREEN, BLUE = (220, 40, 40), (40, 200, 60), (40, 60, 220)

# Shot 2 lasts to 3.5 s: it runs on under shot 3's crossfade (3.0 - 3.5 s).
SHOTS = [
    TimelineShot(shot="sh1", image="stills/sh1.png", start=0.0, duration=1.5, move="push_in", transition_in="cut"),
    TimelineShot(shot="sh2", image="stills/sh2.png", start=1.5, duration=2.0, move="static", transition_in="cut"),
    TimelineShot(
        shot="sh3", image="stills/sh3.png", start=3.0, duration=1.5, move="pan_right",
        transition_in="crossfade", transition_s=0.5,
    ),
]
COLOURS = {"sh1": RED, "sh2": GREEN, "sh3": BLUE}
# Tones at 0.2-1.2 s and 2.2-3.0 s; silence between. The second is at 16 kHz: it must be resampled.
AUDIO = [
    TimelineAudio(line="l1", path="speech/l1.wav", start=0.2, duration=1.0),
    TimelineAudio(line="l2", path="speech/l2.wav", start=2.2, duration=0.8),
]
CUES = [
    Cue(line="l1", start=0.2, end=1.2, speaker="AMARA", text="Hello there."),
    Cue(line="l2", start=2.2, end=3.0, speaker=None, text="The night was quiet."),
]


def make_still(path: Path, colour: tuple[int, int, int], size=STILL_SIZE) -> None:
    """A flat colour with a dark mark in each corner: the centre stays that colour under any move."""
    path.parent.mkdir(parents=True, exist_ok=True)
    image = Image.new("RGB", size, colour)
    draw = ImageDraw.Draw(image)
    for x, y in ((10, 10), (size[0] - 40, 10), (10, size[1] - 40), (size[0] - 40, size[1] - 40)):
        draw.rectangle((x, y, x + 30, y + 30), fill=(20, 20, 20))
    image.save(path)


def write_tone(path: Path, frequency: float, seconds: float, rate: int = 22_050, amplitude: float = 0.5) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    t = np.arange(round(seconds * rate)) / rate
    samples = (amplitude * np.sin(2 * np.pi * frequency * t) * 32767).astype("<i2")
    with wave.open(str(path), "wb") as wav:
        wav.setnchannels(1)
        wav.setsampwidth(2)
        wav.setframerate(rate)
        wav.writeframes(samples.tobytes())


def make_timeline(shots=SHOTS, audio=AUDIO, cues=CUES, duration=4.5) -> Timeline:
    return Timeline(
        width=FILM_SIZE[0], height=FILM_SIZE[1], fps=FPS, duration=duration, shots=shots, audio=audio, cues=cues
    )


@pytest.fixture(scope="module")
def project_dir(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("project")
    for shot in SHOTS:
        make_still(root / shot.image, COLOURS[shot.shot])
    write_tone(root / "speech/l1.wav", 440, 1.0)
    write_tone(root / "speech/l2.wav", 660, 0.8, rate=16_000)
    return root


@pytest.fixture(scope="module")
def film(project_dir) -> tuple[Path, dict]:
    result = MoviepyAssembler(burn_subtitles=True).render(make_timeline(), project_dir, project_dir / "out")
    return project_dir / "out/film.mp4", result


@pytest.fixture(scope="module")
def film_without_subtitles(project_dir) -> Path:
    MoviepyAssembler(burn_subtitles=False).render(make_timeline(), project_dir, project_dir / "clean")
    return project_dir / "clean/film.mp4"


def decode_frames(path: Path) -> list[tuple[float, np.ndarray]]:
    with av.open(str(path)) as container:
        return [(frame.time, frame.to_ndarray(format="rgb24")) for frame in container.decode(video=0)]


def frame_at(frames: list[tuple[float, np.ndarray]], t: float) -> np.ndarray:
    return min(frames, key=lambda item: abs(item[0] - t))[1].astype(np.float32)


def centre_colour(frame: np.ndarray) -> np.ndarray:
    h, w, _ = frame.shape
    return frame[h // 3 : h // 2, w // 3 : 2 * w // 3].reshape(-1, 3).mean(axis=0)


def decode_audio(path: Path) -> tuple[np.ndarray, int]:
    with av.open(str(path)) as container:
        stream = container.streams.audio[0]
        chunks = [frame.to_ndarray().mean(axis=0) for frame in container.decode(stream)]
        return np.concatenate(chunks), stream.sample_rate


def rms(samples: np.ndarray, rate: int, start: float, end: float) -> float:
    window = samples[round(start * rate) : round(end * rate)]
    return float(np.sqrt(np.mean(window.astype(np.float64) ** 2)))


# ------------------------------------------------------------------- film ---


def test_film_is_h264_yuv420p_and_aac_at_the_timeline_size_and_duration(film):
    path, _ = film
    with av.open(str(path)) as container:
        video, audio = container.streams.video[0], container.streams.audio[0]
        assert video.codec_context.name == "h264"
        assert video.codec_context.pix_fmt == "yuv420p"
        assert (video.codec_context.width, video.codec_context.height) == FILM_SIZE
        assert audio.codec_context.name == "aac"
        assert container.duration / av.time_base == pytest.approx(4.5, abs=0.1)


def test_render_reports_duration_frames_and_time(film):
    _, result = film
    assert result["duration_s"] == pytest.approx(4.5, abs=0.1)
    assert result["frames"] == 4.5 * FPS
    assert result["render_s"] > 0


def test_middle_of_shot_two_shows_shot_two(film):
    colour = centre_colour(frame_at(decode_frames(film[0]), 2.25))
    assert np.abs(colour - GREEN).max() < 12


def test_crossfade_frame_mixes_the_two_shots(film):
    colour = centre_colour(frame_at(decode_frames(film[0]), 3.25))
    halfway = (np.array(GREEN) + np.array(BLUE)) / 2
    assert np.abs(colour - halfway).max() < 30
    assert np.abs(colour - GREEN).max() > 50 and np.abs(colour - BLUE).max() > 50


def test_camera_move_changes_the_picture_within_a_shot(film):
    frames = decode_frames(film[0])
    # Frames at 0.1 s and 1.1 s of the push-in: the corner marks grow, so the top rows differ.
    early, late = frame_at(frames, 0.1), frame_at(frames, 1.1)
    assert np.abs(early[:40] - late[:40]).mean() > 3


def test_audio_is_loud_where_a_tone_plays_and_silent_in_the_gap(film):
    samples, rate = decode_audio(film[0])
    assert rms(samples, rate, 0.4, 1.0) > 0.2
    assert rms(samples, rate, 2.4, 2.9) > 0.2  # the 16 kHz line, resampled
    assert rms(samples, rate, 1.45, 2.0) < 0.01


def test_burned_subtitle_marks_the_bottom_only_while_its_cue_is_active(film, film_without_subtitles):
    with_text, without_text = decode_frames(film[0]), decode_frames(film_without_subtitles)

    def bottom_and_top_difference(t: float) -> tuple[float, float]:
        difference = np.abs(frame_at(with_text, t) - frame_at(without_text, t))
        return difference[-50:].mean(), difference[:100].mean()

    bottom, top = bottom_and_top_difference(0.7)  # "AMARA: Hello there." on screen
    assert bottom > 10 and top < 2
    bottom, top = bottom_and_top_difference(1.8)  # between the cues
    assert bottom < 2 and top < 2


def test_assembler_takes_the_video_config_section_as_keywords():
    assembler = MoviepyAssembler(**Video(preset="ultrafast", crf=30).model_dump())
    assert (assembler.preset, assembler.crf) == ("ultrafast", 30)


def test_a_missing_still_is_named_in_the_error(project_dir, tmp_path):
    shots = [SHOTS[0].model_copy(update={"image": "stills/nowhere.png"})]
    with pytest.raises(MediaError, match="nowhere.png"):
        MoviepyAssembler().render(make_timeline(shots=shots, duration=1.5), project_dir, tmp_path)
    assert not (tmp_path / "film.mp4").exists()


def test_audio_mix_soft_limits_overlapping_loud_lines(tmp_path):
    write_tone(tmp_path / "a.wav", 300, 1.0, amplitude=0.9)
    write_tone(tmp_path / "b.wav", 300, 1.0, amplitude=0.9)
    audio = [TimelineAudio(line=name, path=f"{name}.wav", start=0.0, duration=1.0) for name in ("a", "b")]
    mixed = mix_audio(make_timeline(audio=audio, duration=1.0), tmp_path, tmp_path / "mix.wav")
    with wave.open(str(mixed)) as wav:
        assert (wav.getframerate(), wav.getnframes()) == (MIX_RATE, MIX_RATE)
        peak = np.abs(np.frombuffer(wav.readframes(wav.getnframes()), "<i2")).max()
    assert 0.9 * 32767 < peak <= LIMIT_CEILING * 32767  # louder than either line, never clipped


# ----------------------------------------------------------------- ffmpeg ---


def test_ffmpeg_command_makes_a_valid_film_of_the_same_duration(project_dir, tmp_path):
    # A 2.2 s cut of the timeline keeps this fast: two shots joined by a crossfade.
    shots = [
        SHOTS[1].model_copy(update={"start": 0.0, "duration": 1.2}),
        SHOTS[2].model_copy(update={"start": 1.0, "duration": 1.2}),
    ]
    timeline = make_timeline(shots=shots, audio=AUDIO[:1], cues=CUES[:1], duration=2.2)
    mixed = mix_audio(timeline, project_dir, tmp_path / "mix.wav")
    srt_path = write_srt(timeline.cues, tmp_path / "film.srt")
    command = ffmpeg_command(timeline, project_dir, tmp_path / "ffmpeg.mp4", mixed, srt_path, Video())
    assert run_command(command) > 0
    info = probe(tmp_path / "ffmpeg.mp4")
    assert (info.video.codec, info.audio.codec) == ("h264", "aac")
    assert (info.video.width, info.video.height) == FILM_SIZE
    assert info.duration_s == pytest.approx(timeline.duration, abs=0.1)


# ------------------------------------------------------------------ probe ---


def test_probe_describes_a_good_film(film):
    info = probe(film[0])
    assert info.video.frames == 4.5 * FPS and info.video.fps == FPS
    assert info.audio.sample_rate == MIX_RATE and info.audio.channels == 1


def test_probe_counts_packets_as_it_decodes_frames(film):
    assert probe(film[0], decode_video=False) == probe(film[0])


@pytest.mark.parametrize("decode_video", [True, False])
def test_probe_rejects_a_truncated_film(film, tmp_path, decode_video):
    data = film[0].read_bytes()
    torn = tmp_path / "torn.mp4"
    torn.write_bytes(data[: len(data) // 2])
    with pytest.raises(MediaError, match="torn.mp4"):
        probe(torn, decode_video=decode_video)


def test_probe_rejects_garbage(tmp_path):
    garbage = tmp_path / "garbage.mp4"
    garbage.write_bytes(np.random.default_rng(0).integers(0, 256, 4096, dtype=np.uint8).tobytes())
    with pytest.raises(MediaError, match="garbage.mp4"):
        probe(garbage)


def test_an_empty_wav_is_rejected(tmp_path):
    empty = tmp_path / "empty.wav"
    write_tone(empty, 440, 0.0)
    with pytest.raises(MediaError, match="empty.wav"):
        check_wav(empty)
    with pytest.raises(MediaError, match="empty.wav"):
        probe(empty)


def test_check_wav_returns_the_duration(project_dir):
    assert check_wav(project_dir / "speech/l2.wav") == pytest.approx(0.8)


# ------------------------------------------------------------- storyboard ---


def storyboard_project(root: Path) -> Project:
    """Three shots over two scenes; sh2 failed its critic once, sh3 has no keyframe at all."""
    look = Look(description="a tall woman", skin=(200, 160, 130), hair=(30, 20, 10), top=(90, 30, 30), bottom=(30, 30, 60))
    amara = Character(id="amara", name="Amara", look=look, voice=Voice())
    beats = [
        Beat(id="sc01-b01", kind="narration", text="Night fell on the village."),
        Beat(id="sc01-b02", kind="dialogue", text="Is anyone <there> & awake?", speaker="amara"),
        Beat(id="sc02-b01", kind="action", text="The door creaks open.", voiced=False),
    ]
    script = Script(
        title="Lanterns",
        scenes=[
            Scene(id="sc01", heading="EXT. VILLAGE - NIGHT", location="village", characters=["amara"], beats=beats[:2]),
            Scene(id="sc02", heading="INT. HUT - NIGHT", location="hut", characters=[], beats=beats[2:]),
        ],
    )

    def shot(shot_id: str, scene: str, index: int, beat_ids: list[str]) -> Shot:
        return Shot(
            id=shot_id, scene=scene, index=index, type="wide", beats=beat_ids, subjects=[],
            camera=Camera(position=(0, 1.6, 5), target=(0, 1, 0)),
            layout=Layout(location=scene, interior=False, objects=[]), description=f"{shot_id} description",
        )

    def take(attempt: int, path: str, passed: bool, reasons: list[str] = ()) -> Take:
        make_still(root / path, (60 + 60 * attempt, 90, 120))
        asset = Asset(key=f"k{attempt}", kind="keyframe", files={"rgb": path})
        critique = Critique(critic="rules", passed=passed, score=0.8 if passed else 0.2, reasons=list(reasons))
        return Take(attempt=attempt, asset=asset, critiques=[critique])

    keyframes = {
        "sc01-sh01": Takes(target="sc01-sh01", takes=[take(0, "cache/keyframe/a b/rgb.png", True)], chosen=0),
        "sc01-sh02": Takes(
            target="sc01-sh02",
            takes=[take(0, "cache/keyframe/c/rgb.png", False, ["amara hidden"]), take(1, "cache/keyframe/d/rgb.png", False, ["amara too small"])],
            chosen=1,
        ),
    }
    return Project(
        title="Lanterns <draft>",
        source=Source(title="Lanterns", format="prose", path="lanterns.txt", scenes=[]),
        treatment=Treatment(
            title="Lanterns", logline="", characters=[amara], locations=[], scene_locations=[], narrator=Voice()
        ),
        script=script,
        shots=[
            shot("sc01-sh01", "sc01", 0, ["sc01-b01"]),
            shot("sc01-sh02", "sc01", 1, ["sc01-b02"]),
            shot("sc02-sh01", "sc02", 2, ["sc02-b01"]),
        ],
        keyframes=keyframes,
    )


@pytest.fixture
def storyboard(tmp_path) -> tuple[Path, dict, str]:
    result = write_storyboard(storyboard_project(tmp_path), tmp_path)
    return tmp_path, result, (tmp_path / "storyboard.html").read_text(encoding="utf-8")


def test_storyboard_html_names_every_shot_and_links_existing_keyframes(storyboard):
    root, _, page = storyboard
    assert all(shot_id in page for shot_id in ("sc01-sh01", "sc01-sh02", "sc02-sh01"))
    sources = [unquote(src) for src in re.findall(r'<img src="([^"]+)"', page)]
    assert sources == ["cache/keyframe/a b/rgb.png", "cache/keyframe/d/rgb.png"]  # the chosen takes
    assert all((root / src).is_file() for src in sources)


def test_storyboard_html_shows_speakers_verdicts_and_takes(storyboard):
    _, _, page = storyboard
    assert "<b>Amara</b>: Is anyone &lt;there&gt; &amp; awake?" in page
    assert "<b>Narrator</b>: Night fell on the village." in page
    assert "rules: amara too small" in page and "2 takes" in page
    assert "Lanterns &lt;draft&gt;" in page and "<draft>" not in page


def test_storyboard_shot_without_keyframe_gets_a_placeholder(storyboard):
    _, result, page = storyboard
    assert result["missing_keyframes"] == ["sc02-sh01"]
    assert page.count('class="placeholder"') == 1


def test_contact_sheet_has_the_expected_size(storyboard):
    root, result, _ = storyboard
    with Image.open(root / result["storyboard_png"]) as sheet:
        assert sheet.size == contact_sheet_size(3)
        # Three cells in one row: 3 thumbnails of 240 px and 4 gaps.
        assert sheet.size[0] == 3 * 240 + 4 * 12
        assert sheet.getpixel((12 + 2 * 252 + 10, 48 + 12 + 10)) == (128, 128, 128)  # placeholder cell
    assert math.isclose(contact_sheet_size(9)[1], contact_sheet_size(12)[1])  # 3 rows either way
