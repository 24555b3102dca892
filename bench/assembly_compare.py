"""moviepy assembly vs one equivalent ffmpeg command, on a 30 s, 12-shot 640x360 timeline.

    .venv/bin/python bench/assembly_compare.py

Both make the same film from the same stills, the same mixed wav and the same subtitles
(camera moves, crossfades, burned captions, H.264 + AAC with the config's preset and crf).
The moviepy time is ``MoviepyAssembler.render`` end to end: audio mix, frames, encoding and the
probe that decodes the result. The ffmpeg time is the command alone (its wav and srt are made
beforehand). Each is run ROUNDS times; the best run counts, as the box may be busy.
"""

from __future__ import annotations

import sys
import tempfile
import time
import wave
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from renderers.subtitles import write_srt  # noqa: E402
from renderers.video import MoviepyAssembler, mix_audio  # noqa: E402
from renderers.video_ffmpeg import ffmpeg_command, run_command  # noqa: E402
from studio.config import Video  # noqa: E402
from studio.models import Cue, Timeline, TimelineAudio, TimelineShot  # noqa: E402
from studio.probe import probe  # noqa: E402

SHOTS = 12
SHOT_S = 2.5  # 12 x 2.5 s = 30 s
STILL_SIZE = (800, 450)
MOVES = ["push_in", "pan_right", "static", "pull_out", "pan_left", "push_in"]
ROUNDS = 2


def make_still(path: Path, seed: int) -> None:
    """A gradient sky, a ground and a few shapes: enough detail for the encoder to work on."""
    rng = np.random.default_rng(seed)
    width, height = STILL_SIZE
    top, bottom = rng.integers(40, 220, 3), rng.integers(20, 160, 3)
    ramp = np.linspace(0, 1, height)[:, None, None]
    pixels = (top * (1 - ramp) + bottom * ramp).repeat(width, axis=1).astype(np.uint8)
    image = Image.fromarray(pixels)
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, height * 0.7, width, height), fill=tuple(int(v) for v in rng.integers(30, 120, 3)))
    for _ in range(8):
        x, y, r = rng.integers(0, width), rng.integers(0, height), rng.integers(15, 70)
        draw.ellipse((x - r, y - r, x + r, y + r), fill=tuple(int(v) for v in rng.integers(0, 255, 3)))
    image.save(path)


def write_line(path: Path, seconds: float, seed: int, rate: int = 22_050) -> None:
    """A speech-like wav: a tone with a syllable-rate wobble."""
    t = np.arange(round(seconds * rate)) / rate
    pitch = 110 + (40 * seed) % 90
    envelope = 0.5 + 0.5 * np.sin(2 * np.pi * 4 * t) ** 2
    samples = (0.4 * envelope * np.sin(2 * np.pi * pitch * t) * 32767).astype("<i2")
    with wave.open(str(path), "wb") as wav:
        wav.setnchannels(1)
        wav.setsampwidth(2)
        wav.setframerate(rate)
        wav.writeframes(samples.tobytes())


def build_project(root: Path, config: Video) -> Timeline:
    shots, audio, cues = [], [], []
    for index in range(SHOTS):
        start = index * SHOT_S
        crossfade_in = index > 0 and index % 3 == 0
        overlap = config.crossfade_s if (index + 1) % 3 == 0 and index + 1 < SHOTS else 0.0
        image = f"stills/sh{index:02d}.png"
        make_still(root / image, index)
        shots.append(
            TimelineShot(
                shot=f"sh{index:02d}", image=image, start=start, duration=SHOT_S + overlap,
                move=MOVES[index % len(MOVES)], transition_in="crossfade" if crossfade_in else "cut",
                transition_s=config.crossfade_s if crossfade_in else 0.0,
            )
        )
        line = f"l{index:02d}"
        write_line(root / f"speech/{line}.wav", 1.6, index)
        audio.append(TimelineAudio(line=line, path=f"speech/{line}.wav", start=start + 0.4, duration=1.6))
        speaker = None if index % 2 else ("AMARA" if index % 4 == 0 else "JOHN")
        text = f"Line {index + 1}: the lanterns were lit one by one along the river road."
        cues.append(Cue(line=line, start=start + 0.4, end=start + 2.0, speaker=speaker, text=text))
    return Timeline(
        width=config.width, height=config.height, fps=config.fps, duration=SHOTS * SHOT_S,
        shots=shots, audio=audio, cues=cues,
    )


def main() -> None:
    config = Video()
    with tempfile.TemporaryDirectory(prefix="assembly-bench-") as folder:
        root = Path(folder)
        (root / "stills").mkdir()
        (root / "speech").mkdir()
        timeline = build_project(root, config)
        assembler = MoviepyAssembler(**config.model_dump())
        mixed = mix_audio(timeline, root, root / "mix.wav")
        srt_path = write_srt(timeline.cues, root / "film.srt")
        command = ffmpeg_command(timeline, root, root / "ffmpeg.mp4", mixed, srt_path, config)

        moviepy_runs, ffmpeg_runs = [], []
        for _ in range(ROUNDS):
            moviepy_runs.append(assembler.render(timeline, root, root / "moviepy")["render_s"])
            ffmpeg_runs.append(run_command(command))
        started = time.perf_counter()
        film = probe(root / "moviepy/film.mp4")
        probe_s = time.perf_counter() - started
        reference = probe(root / "ffmpeg.mp4")

    moviepy_s, ffmpeg_s = min(moviepy_runs), min(ffmpeg_runs)
    print(f"timeline: {timeline.duration:.0f} s, {len(timeline.shots)} shots, {timeline.width}x{timeline.height} "
          f"@ {timeline.fps} fps, preset {config.preset}, crf {config.crf}")
    print(f"moviepy assembly: {moviepy_s:.2f} s  (runs: {', '.join(f'{s:.2f}' for s in moviepy_runs)}; "
          f"includes a {probe_s:.2f} s probe of the film)")
    print(f"ffmpeg command:   {ffmpeg_s:.2f} s  (runs: {', '.join(f'{s:.2f}' for s in ffmpeg_runs)})")
    print(f"ratio moviepy/ffmpeg: {moviepy_s / ffmpeg_s:.2f}")
    print(f"durations: moviepy {film.duration_s:.2f} s, ffmpeg {reference.duration_s:.2f} s")


if __name__ == "__main__":
    main()
