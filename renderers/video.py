"""Assemble the film: stills with camera moves, crossfades, the mixed speech and burned subtitles.

moviepy's compositing (CompositeVideoClip, TextClip, per-frame ``resized``) spends most of a
render in Python. Here one ``VideoClip`` computes each frame directly: find the shot(s) on screen
by bisection, crop a moving box out of the still and resize it with Pillow's C code, blend two
shots during a crossfade, and paste subtitle patches rendered once per cue. moviepy then only
pipes frames to ffmpeg (libx264 + aac), and the result is probed before it is published.
"""

from __future__ import annotations

import bisect
import io
import math
import os
import subprocess
import tempfile
import time
import wave
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from imageio_ffmpeg import get_ffmpeg_exe
from moviepy import VideoClip
from PIL import Image, ImageDraw, ImageFont

from renderers.subtitles import MAX_LINES, display_text, safe_area, wrap_caption
from studio.audio import read_mono
from studio.models import Cue, Timeline, TimelineShot
from studio.probe import MediaError, MediaInfo, probe
from studio.store import write_atomic

MIX_RATE = 44_100  # the rate AAC players expect; speech at 22.05 kHz is upsampled once, here
LIMIT_THRESHOLD = 0.8  # the soft limiter leaves everything below this untouched...
LIMIT_CEILING = 0.98  # ...and bends louder peaks under this, with headroom for the AAC encoder
CAMERA_ZOOM = 1.10  # push-in / pull-out magnification and the pan's crop: noticeable, not a lurch
DOLLY_ZOOM = 1.18  # a dolly travels: it closes in further than a push
HANDHELD = 0.3  # a handheld camera drifts within this share of the slack around the centre
DURATION_TOLERANCE_S = 0.1
DEFAULT_FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")

Box = tuple[float, float, float, float]  # left, top, right, bottom in still pixels


# ------------------------------------------------------------------ audio ---


def mix_audio(timeline: Timeline, project_dir: Path, out_wav: Path) -> Path:
    """Mix every line's wav at its start into one mono 16-bit track exactly as long as the film."""
    mix = np.zeros(round(timeline.duration * MIX_RATE), dtype=np.float32)
    for item in timeline.audio:
        samples = read_mono(Path(project_dir) / item.path, MIX_RATE).samples
        begin = round(item.start * MIX_RATE)
        if begin < 0:  # a line starting before the film: only its audible tail plays
            samples, begin = samples[-begin:], 0
        end = min(len(mix), begin + len(samples))
        if end > begin:
            mix[begin:end] += samples[: end - begin]
    write_wav(out_wav, soft_limit(mix), MIX_RATE)
    return Path(out_wav)


def soft_limit(samples: np.ndarray, threshold: float = LIMIT_THRESHOLD, ceiling: float = LIMIT_CEILING) -> np.ndarray:
    """Bend peaks above ``threshold`` smoothly towards ``ceiling`` so overlapping lines never clip."""
    out = samples.astype(np.float32, copy=True)
    loud = np.abs(out) > threshold
    knee = ceiling - threshold
    excess = (np.abs(out[loud]) - threshold) / knee
    out[loud] = np.sign(out[loud]) * (threshold + knee * np.tanh(excess))
    return out


def write_wav(path: Path, samples: np.ndarray, rate: int) -> None:
    pcm = (np.clip(samples, -1.0, 1.0) * 32767).astype("<i2")
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as wav:
        wav.setnchannels(1)
        wav.setsampwidth(2)
        wav.setframerate(rate)
        wav.writeframes(pcm.tobytes())
    write_atomic(Path(path), buffer.getvalue())


# ----------------------------------------------------------------- camera ---


def smoothstep(u: float) -> float:
    """Ease in and out: the camera starts and stops without a jolt."""
    u = min(max(u, 0.0), 1.0)
    return u * u * (3.0 - 2.0 * u)


def cover_box(still_size: tuple[int, int], film_size: tuple[int, int]) -> Box:
    """The largest centred region of the still with the film's aspect ratio."""
    still_w, still_h = still_size
    aspect = film_size[0] / film_size[1]
    width, height = min(still_w, still_h * aspect), min(still_h, still_w / aspect)
    left, top = (still_w - width) / 2, (still_h - height) / 2
    return (left, top, left + width, top + height)


def camera_view(move: str, progress: float, seconds: float = 0.0) -> tuple[float, float, float]:
    """What the camera sees of the cover box ``seconds`` (``progress`` 0..1) into a shot: the share
    of it in view (1 = all) and where, as 0..1 shares of the slack across and down.

    A still cannot show parallax, so moves that differ only by it look alike here: a truck like a
    pan, a dolly like a stronger push, an orbit like a pan that closes in. The same numbers drive
    the ffmpeg benchmark's zoompan expressions (``renderers.video_ffmpeg``), so both films move alike.
    """
    eased = smoothstep(progress)
    tight, closer = 1.0 / CAMERA_ZOOM, 1.0 / DOLLY_ZOOM
    if move == "push_in":
        return 1.0 + (tight - 1.0) * eased, 0.5, 0.5
    if move == "pull_out":
        return tight + (1.0 - tight) * eased, 0.5, 0.5
    if move == "dolly_in":
        return 1.0 + (closer - 1.0) * eased, 0.5, 0.5
    if move == "dolly_out":
        return closer + (1.0 - closer) * eased, 0.5, 0.5
    if move in ("pan_right", "truck_right"):  # the view travels right across the still
        return tight, eased, 0.5
    if move in ("pan_left", "truck_left"):
        return tight, 1.0 - eased, 0.5
    if move == "tilt_up":  # the view travels up
        return tight, 0.5, 1.0 - eased
    if move == "tilt_down":
        return tight, 0.5, eased
    if move == "orbit_right":
        return tight + (closer - tight) * eased, eased, 0.5
    if move == "orbit_left":
        return tight + (closer - tight) * eased, 1.0 - eased, 0.5
    if move == "handheld":
        return tight, 0.5 + HANDHELD * wobble(seconds, 0), 0.5 + HANDHELD * wobble(seconds, 1)
    return 1.0, 0.5, 0.5


def wobble(seconds: float, axis: int) -> float:
    """A hand's drift, -1..1: two slow sines per axis (no randomness: a film renders the same twice)."""
    return (0.6 * math.sin(2 * math.pi * 0.7 * seconds + 1.3 * axis)
            + 0.4 * math.sin(2 * math.pi * 1.9 * seconds + 2.1 * axis))


def camera_box(move: str, progress: float, cover: Box, seconds: float = 0.0) -> Box:
    scale, across, down = camera_view(move, progress, seconds)
    left, top, right, bottom = cover
    width, height = (right - left) * scale, (bottom - top) * scale
    x = left + (right - left - width) * across
    y = top + (bottom - top - height) * down
    return (x, y, x + width, y + height)


@dataclass
class StillShot:
    """One timeline shot: its still, and the film-sized frame the camera sees at any time."""

    spec: TimelineShot
    still: Image.Image
    film_size: tuple[int, int]
    cover: Box = field(init=False)
    _static_frame: Image.Image | None = field(default=None, init=False)

    def __post_init__(self) -> None:
        self.cover = cover_box(self.still.size, self.film_size)

    @property
    def start(self) -> float:
        return self.spec.start

    def frame_at(self, t: float) -> Image.Image:
        if self.spec.move == "static":
            # A static camera sees the same picture all shot long: resize once.
            if self._static_frame is None:
                self._static_frame = self._view(self.cover)
            return self._static_frame
        progress = (t - self.spec.start) / self.spec.duration if self.spec.duration > 0 else 1.0
        return self._view(camera_box(self.spec.move, progress, self.cover, t - self.spec.start))

    def _view(self, box: Box) -> Image.Image:
        # A fractional box keeps slow moves smooth instead of stepping a pixel at a time.
        return self.still.resize(self.film_size, Image.Resampling.BILINEAR, box=box)


def load_still(path: Path) -> Image.Image:
    try:
        with Image.open(path) as image:
            return image.convert("RGB")
    except (OSError, ValueError) as exc:
        raise MediaError(f"{path}: cannot read keyframe still: {exc}") from None


# -------------------------------------------------------------- subtitles ---


@dataclass
class Caption:
    """A cue rendered once as an RGBA patch, pasted over the frames while the cue is active."""

    start: float
    end: float
    position: tuple[int, int]
    patch: Image.Image


def load_font(font: str | None, size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    for candidate in (font, DEFAULT_FONT):
        if candidate and Path(candidate).is_file():
            return ImageFont.truetype(str(candidate), size)
    return ImageFont.load_default(size=size)


def render_caption(cue: Cue, film_size: tuple[int, int], font: str | None) -> Caption:
    """White text with a dark outline on a translucent box, centred near the bottom."""
    film_w, film_h = film_size
    area = safe_area(film_w, film_h)
    lines = wrap_caption(display_text(cue), area.line_chars, MAX_LINES if area.line_chars >= 30 else MAX_LINES + 1)
    size = area.em_px
    while True:
        face = load_font(font, size)
        stroke = max(1, size // 10)
        widths = [face.getbbox(line, stroke_width=stroke)[2] for line in lines]
        # An unusually long word may still overflow: shrink the type rather than crop words.
        if max(widths, default=0) <= film_w * area.max_width or size <= 10:
            break
        size -= 1
    pad_x, pad_y = round(size * 0.6), round(size * 0.35)
    line_h = round(size * 1.25)
    patch_w = max(widths, default=0) + 2 * pad_x
    patch_h = line_h * len(lines) + 2 * pad_y
    patch = Image.new("RGBA", (patch_w, patch_h), (0, 0, 0, 0))
    draw = ImageDraw.Draw(patch)
    draw.rounded_rectangle((0, 0, patch_w - 1, patch_h - 1), radius=pad_y, fill=(0, 0, 0, 140))
    for row, (line, width) in enumerate(zip(lines, widths)):
        draw.text(
            ((patch_w - width) / 2, pad_y + row * line_h),
            line,
            font=face,
            fill=(255, 255, 255, 255),
            stroke_width=stroke,
            stroke_fill=(0, 0, 0, 255),
        )
    position = ((film_w - patch_w) // 2, film_h - round(film_h * area.bottom) - patch_h)
    return Caption(cue.start, cue.end, position, patch)


# ------------------------------------------------------------- composing ---


class FrameComposer:
    """The frame function of the film's single VideoClip: time in, RGB array out."""

    def __init__(self, shots: list[StillShot], captions: list[Caption], film_size: tuple[int, int]) -> None:
        if not shots:
            raise ValueError("the timeline has no shots")
        self.shots = sorted(shots, key=lambda shot: shot.start)
        self.starts = [shot.start for shot in self.shots]
        self.captions = sorted(captions, key=lambda caption: caption.start)
        self.caption_starts = [caption.start for caption in self.captions]
        self.film_size = film_size

    def __call__(self, t: float) -> np.ndarray:
        frame = self.picture_at(t)
        captions = self.captions_at(t)
        if captions:
            frame = frame.copy()  # shots cache their static frame: never draw on it
            for caption in captions:
                frame.paste(caption.patch, caption.position, caption.patch)
        return np.asarray(frame)

    def picture_at(self, t: float) -> Image.Image:
        index = max(bisect.bisect_right(self.starts, t) - 1, 0)
        shot = self.shots[index]
        frame = shot.frame_at(t)
        fade = shot.spec.transition_s
        if index > 0 and shot.spec.transition_in == "crossfade" and fade > 0 and t < shot.start + fade:
            # The previous shot runs on under the fade (its duration includes the overlap).
            below = self.shots[index - 1].frame_at(t)
            frame = Image.blend(below, frame, (t - shot.start) / fade)
        return frame

    def captions_at(self, t: float) -> list[Caption]:
        last = bisect.bisect_right(self.caption_starts, t)
        return [caption for caption in self.captions[:last] if t < caption.end]


def build_composer(timeline: Timeline, project_dir: Path, burn_subtitles: bool, font: str | None) -> FrameComposer:
    film_size = (timeline.width, timeline.height)
    shots = [StillShot(spec, load_still(Path(project_dir) / spec.image), film_size) for spec in timeline.shots]
    captions = [render_caption(cue, film_size, font) for cue in timeline.cues] if burn_subtitles else []
    return FrameComposer(shots, captions, film_size)


# -------------------------------------------------------------- the film ---


def _concat_quote(path: Path) -> str:
    """A path for ffmpeg's concat list: single quotes closed, escaped and reopened."""
    return str(Path(path).resolve()).replace("'", "'\\''")


def encoder_params(crf: int) -> list[str]:
    """Output options moviepy has no argument for; shared with the ffmpeg benchmark command."""
    return ["-crf", str(crf), "-pix_fmt", "yuv420p", "-movflags", "+faststart"]


def verify_film(path: Path, timeline: Timeline, decode_video: bool = True) -> MediaInfo:
    """Decode the written film and hold it to the timeline: streams, size, duration."""
    info = probe(path, decode_video=decode_video)
    if info.video is None or info.audio is None:
        missing = "video" if info.video is None else "audio"
        raise MediaError(f"{path}: film has no {missing} stream")
    if (info.video.width, info.video.height) != (timeline.width, timeline.height):
        raise MediaError(
            f"{path}: film is {info.video.width}x{info.video.height}, timeline is {timeline.width}x{timeline.height}"
        )
    if abs(info.duration_s - timeline.duration) > DURATION_TOLERANCE_S:
        raise MediaError(f"{path}: film lasts {info.duration_s:.3f} s, timeline says {timeline.duration:.3f} s")
    return info


@contextmanager
def building(target: Path) -> Iterator[Path]:
    """Where to build ``target``: a path in a private folder beside it, moved into place when the
    block ends without error, so a failed render leaves nothing behind."""
    target.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=target.parent, prefix=f".{target.stem}.") as work:
        partial = Path(work) / target.name
        yield partial
        os.replace(partial, target)


def ffmpeg(arguments: list[str], failure: str) -> None:
    """Run FFmpeg quietly; a failure raises ``MediaError`` with ``failure`` and FFmpeg's last words."""
    result = subprocess.run([get_ffmpeg_exe(), "-y", "-v", "error", *arguments], capture_output=True, text=True)
    if result.returncode:
        raise MediaError(f"{failure}: {result.stderr.strip()[-300:]}")


class MoviepyAssembler:
    """The ``video`` backend: a Timeline in, ``film.mp4`` out (H.264 yuv420p + AAC)."""

    def __init__(
        self,
        preset: str = "veryfast",
        crf: int = 23,
        burn_subtitles: bool = True,
        font: str | None = None,
        threads: int = 2,
        **_other_video_settings: object,  # width, fps, ... come from the timeline itself
    ) -> None:
        if font and not Path(font).is_file():
            # Fail at start-up, not with a silently different look at the end of a long run.
            raise ValueError(f"video.font: no font file at {font}")
        self.preset = preset
        self.crf = crf
        self.burn_subtitles = burn_subtitles
        self.font = font
        self.threads = threads

    def render(self, timeline: Timeline, project_dir: Path, out_dir: Path) -> dict:
        started = time.perf_counter()
        with building(Path(out_dir) / "film.mp4") as partial:
            mixed = mix_audio(timeline, project_dir, partial.parent / "mix.wav")
            composer = build_composer(timeline, project_dir, self.burn_subtitles, self.font)
            self.encode(VideoClip(composer, duration=timeline.duration), partial, mixed, timeline.fps)
            info = verify_film(partial, timeline)
        return {
            "duration_s": info.duration_s,
            "render_s": round(time.perf_counter() - started, 3),
            "frames": info.video.frames,
        }

    def render_segment(self, timeline: Timeline, project_dir: Path, out_dir: Path) -> dict:
        """A silent stretch of the film (``segment.mp4``), to be joined with others by ``join``."""
        started = time.perf_counter()
        out_dir = Path(out_dir)
        composer = build_composer(timeline, project_dir, self.burn_subtitles, self.font)
        clip = VideoClip(composer, duration=timeline.duration)
        self.encode(clip, out_dir / "segment.mp4", None, timeline.fps)
        info = probe(out_dir / "segment.mp4")
        expected = round(timeline.duration * timeline.fps)
        if info.video is None or info.video.frames != expected:
            raise MediaError(f"{out_dir / 'segment.mp4'}: {info.video.frames if info.video else 0} frames, expected {expected}")
        return {"frames": expected, "render_s": round(time.perf_counter() - started, 3)}

    def soundtrack(self, timeline: Timeline, project_dir: Path, out_dir: Path) -> dict:
        """The film's mixed speech as AAC (``soundtrack.m4a``), exactly as long as the film. It needs
        no picture, so it is made while the segments render, and ``join`` only copies it."""
        started = time.perf_counter()
        with building(Path(out_dir) / "soundtrack.m4a") as partial:
            mixed = mix_audio(timeline, project_dir, partial.parent / "mix.wav")
            ffmpeg(["-i", str(mixed), "-c:a", "aac", "-b:a", "160k", "-movflags", "+faststart", str(partial)],
                   f"{partial.name}: encoding the soundtrack failed")
            info = probe(partial)
            if info.audio is None or abs(info.duration_s - timeline.duration) > DURATION_TOLERANCE_S:
                raise MediaError(f"{partial.name}: soundtrack lasts {info.duration_s:.3f} s, timeline says "
                                 f"{timeline.duration:.3f} s")
        return {"duration_s": info.duration_s, "render_s": round(time.perf_counter() - started, 3),
                "lines": len(timeline.audio)}

    def join(self, segments: list[Path], soundtrack: Path, timeline: Timeline, out_dir: Path) -> dict:
        """Concatenate segments and lay the soundtrack under them, copying both: nothing is encoded."""
        started = time.perf_counter()
        with building(Path(out_dir) / "film.mp4") as partial:
            listing = partial.parent / "segments.txt"
            listing.write_text("".join(f"file '{_concat_quote(p)}'\n" for p in segments), encoding="utf-8")
            ffmpeg(["-f", "concat", "-safe", "0", "-i", str(listing), "-i", str(soundtrack), "-map", "0:v",
                    "-map", "1:a", "-c", "copy", "-t", f"{timeline.duration:.6f}", "-movflags", "+faststart",
                    str(partial)], f"film.mp4: joining {len(segments)} segments failed")
            # Every segment's frames were decoded when it was written: count them here, decode none.
            info = verify_film(partial, timeline, decode_video=False)
            expected = round(timeline.duration * timeline.fps)
            if abs(info.video.frames - expected) > 1:
                raise MediaError(f"film.mp4: {info.video.frames} frames joined, the timeline has {expected}")
        return {"duration_s": info.duration_s, "render_s": round(time.perf_counter() - started, 3),
                "frames": info.video.frames, "segments": len(segments)}

    def encode(self, clip: VideoClip, path: Path, audio_wav: Path | None, fps: int) -> None:
        # Giving the wav's path (not an AudioClip) lets the encoding ffmpeg read and encode it
        # itself, instead of moviepy streaming it through Python into a temporary file first.
        clip.write_videofile(
            str(path),
            fps=fps,
            codec="libx264",
            audio=str(audio_wav) if audio_wav else False,
            audio_codec="aac",
            preset=self.preset,
            ffmpeg_params=encoder_params(self.crf),
            threads=self.threads,
            logger=None,
        )
