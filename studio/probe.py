"""Check every media file right after it is written: it decodes, it is not empty, it lasts.

A renderer that hands on a file nobody can play fails late and far away (in a player, in a
later stage). ``probe`` decodes the whole file with PyAV so a torn or empty file fails here, with
its name in the message. Images go through Pillow, wavs through the ``wave`` module.
"""

from __future__ import annotations

import wave
from pathlib import Path

import av
from PIL import Image, UnidentifiedImageError
from pydantic import BaseModel

# A stream may end a little before the length its header announces (encoder padding, rounding
# of the last packet); more than this is a truncated file.
DECLARED_LENGTH_TOLERANCE_S = 0.25


class MediaError(ValueError):
    """A media file that does not decode, is empty or lasts no time."""


class VideoInfo(BaseModel):
    width: int
    height: int
    fps: float
    codec: str
    frames: int  # decoded, not declared


class AudioInfo(BaseModel):
    sample_rate: int
    channels: int
    codec: str
    duration_s: float  # decoded samples / sample rate


class MediaInfo(BaseModel):
    path: str
    duration_s: float
    video: VideoInfo | None = None
    audio: AudioInfo | None = None


def probe(path: str | Path, decode_video: bool = True) -> MediaInfo:
    """Decode every frame of the first video and audio streams and describe what was decoded.

    ``decode_video=False`` counts the video's packets instead of decoding them: for a file whose
    video was copied from files that were each decoded when they were written (a joined film),
    what is left to check is that every packet arrived, and that costs no decoding."""
    path = Path(path)
    _require_non_empty(path)
    try:
        with av.open(str(path)) as container:
            video_stream = container.streams.video[0] if container.streams.video else None
            audio_stream = container.streams.audio[0] if container.streams.audio else None
            if video_stream is None and audio_stream is None:
                raise MediaError(f"{path}: no audio or video stream")
            video, audio = _decode(container, video_stream, audio_stream, path, decode_video)
    except MediaError:
        raise
    except (av.FFmpegError, OSError, ValueError) as exc:
        raise MediaError(f"{path}: does not decode: {exc}") from None

    duration = max(info.duration_s for info in (video, audio) if info is not None)
    if duration <= 0:
        raise MediaError(f"{path}: zero duration")
    return MediaInfo(
        path=str(path),
        duration_s=round(duration, 4),
        video=video.info if video else None,
        audio=audio.info if audio else None,
    )


class _Decoded:
    def __init__(self, info: VideoInfo | AudioInfo, duration_s: float) -> None:
        self.info = info
        self.duration_s = duration_s


def _decode(container, video_stream, audio_stream, path: Path,
            decode_video: bool = True) -> tuple[_Decoded | None, _Decoded | None]:
    streams = [s for s in (video_stream, audio_stream) if s is not None]
    for stream in streams:
        stream.thread_type = "AUTO"  # decoding a whole film is the slow part of probing
    frames = 0
    video_end = 0.0
    samples = 0
    for packet in container.demux(*streams):
        if packet.stream is video_stream and not decode_video:
            if packet.size:  # each stream ends with an empty packet that flushes its decoder
                frames += 1
                if packet.pts is not None:
                    video_end = max(video_end, float(packet.pts * packet.time_base))
            continue
        for frame in packet.decode():
            if isinstance(frame, av.VideoFrame):
                frames += 1
                if frame.time is not None:
                    video_end = max(video_end, frame.time)
            else:
                samples += frame.samples

    video = audio = None
    if video_stream is not None:
        if frames == 0:
            raise MediaError(f"{path}: video stream has no decodable frame")
        fps = float(video_stream.average_rate or video_stream.guessed_rate or 0)
        # The last frame is shown for one frame period, so the video lasts until its end.
        duration = video_end + (1 / fps if fps else 0)
        _check_declared_length(path, "video", video_stream, duration)
        info = VideoInfo(
            width=video_stream.codec_context.width,
            height=video_stream.codec_context.height,
            fps=round(fps, 3),
            codec=video_stream.codec_context.name,
            frames=frames,
        )
        video = _Decoded(info, duration)
    if audio_stream is not None:
        rate = audio_stream.codec_context.sample_rate
        if samples == 0 or not rate:
            raise MediaError(f"{path}: audio stream has no decodable sample")
        duration = samples / rate
        _check_declared_length(path, "audio", audio_stream, duration)
        info = AudioInfo(
            sample_rate=rate,
            channels=audio_stream.codec_context.channels,
            codec=audio_stream.codec_context.name,
            duration_s=round(duration, 4),
        )
        audio = _Decoded(info, duration)
    return video, audio


def _check_declared_length(path: Path, kind: str, stream, decoded_s: float) -> None:
    """A file cut short keeps its header: fewer seconds decode than the header promises."""
    if stream.duration is None or stream.time_base is None:
        return
    declared = float(stream.duration * stream.time_base)
    if decoded_s + DECLARED_LENGTH_TOLERANCE_S < declared:
        raise MediaError(f"{path}: truncated {kind}: {decoded_s:.2f} s decode of {declared:.2f} s declared")


def _require_non_empty(path: Path) -> None:
    if not path.is_file():
        raise MediaError(f"{path}: no such file")
    if path.stat().st_size == 0:
        raise MediaError(f"{path}: empty file")


def check_image(
    path: str | Path, expect_size: tuple[int, int] | None = None, mode: str | None = None
) -> tuple[int, int]:
    """Open and fully decode an image; check its size and mode when asked. Returns (width, height)."""
    path = Path(path)
    _require_non_empty(path)
    try:
        with Image.open(path) as image:
            image.verify()  # checks the container; it leaves the image unusable, hence the reopen
        with Image.open(path) as image:
            image.load()  # decodes every pixel: catches truncated data that verify() lets through
            size, actual_mode = image.size, image.mode
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError) as exc:
        raise MediaError(f"{path}: not a readable image: {exc}") from None
    if size[0] == 0 or size[1] == 0:
        raise MediaError(f"{path}: image has no pixels")
    if expect_size is not None and tuple(size) != tuple(expect_size):
        raise MediaError(f"{path}: image is {size[0]}x{size[1]}, expected {expect_size[0]}x{expect_size[1]}")
    if mode is not None and actual_mode != mode:
        raise MediaError(f"{path}: image mode is {actual_mode}, expected {mode}")
    return size


def check_wav(path: str | Path) -> float:
    """Read every sample of a PCM wav and return its duration in seconds."""
    path = Path(path)
    _require_non_empty(path)
    try:
        with wave.open(str(path), "rb") as wav:
            frames, rate = wav.getnframes(), wav.getframerate()
            expected_bytes = frames * wav.getsampwidth() * wav.getnchannels()
            data = wav.readframes(frames)
    except wave.Error:
        # Not integer PCM (float wavs, for one): let FFmpeg judge it.
        return probe(path).duration_s
    except EOFError as exc:
        raise MediaError(f"{path}: not a readable wav: {exc}") from None
    if frames == 0 or rate == 0:
        raise MediaError(f"{path}: wav has no samples")
    if len(data) < expected_bytes:
        raise MediaError(f"{path}: truncated wav: {len(data)} of {expected_bytes} bytes of samples")
    return frames / rate


def check_subtitles(path: str | Path, expect_cues: int) -> int:
    """Parse an .srt, .vtt or .ttml back and hold it to the number of lines it must carry."""
    path = Path(path)
    if not path.is_file():
        raise MediaError(f"{path}: no such file")
    try:
        if path.suffix == ".vtt":
            import webvtt

            count = len(webvtt.read(str(path)))
        elif path.suffix == ".ttml":
            import xml.etree.ElementTree as ET

            count = sum(1 for _ in ET.parse(path).getroot().iter("{http://www.w3.org/ns/ttml}p"))
        else:
            import srt

            count = len(list(srt.parse(path.read_text(encoding="utf-8"))))
    except Exception as exc:  # noqa: BLE001 - any parser failure means a broken file
        raise MediaError(f"{path}: subtitles do not parse: {exc}") from None
    if count != expect_cues:
        raise MediaError(f"{path}: {count} cues written, {expect_cues} lines spoken")
    return count
