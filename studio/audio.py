"""Audio as numbers: any file FFmpeg reads (integer or float wav, m4a, mp3) as float32 mono, and
float32 mono back to a 16-bit wav.

Decoding and resampling go through FFmpeg's libswresample (via PyAV), a band-limited polyphase
resampler: changing a rate never aliases the way interpolating between samples does.
"""

from __future__ import annotations

import wave
from pathlib import Path
from typing import NamedTuple

import av
import numpy as np

from studio.probe import MediaError


class Audio(NamedTuple):
    samples: np.ndarray  # float32, mono, full scale at 1.0
    rate: int


def read_mono(path: str | Path, rate: int | None = None) -> Audio:
    """The first audio stream of ``path``, downmixed to mono, at ``rate`` (default: its own)."""
    try:
        with av.open(str(path)) as container:
            stream = container.streams.audio[0]
            rate = rate or stream.codec_context.sample_rate
            resampler = av.AudioResampler(format="flt", layout="mono", rate=rate)
            chunks = [out.to_ndarray()[0] for frame in container.decode(stream) for out in resampler.resample(frame)]
            chunks += [out.to_ndarray()[0] for out in resampler.resample(None)]
    except (av.FFmpegError, OSError, IndexError) as exc:
        raise MediaError(f"{path}: cannot read audio: {exc}") from None
    return Audio(np.concatenate(chunks) if chunks else np.zeros(0, dtype=np.float32), rate)


def resample(samples: np.ndarray, from_rate: int, to_rate: int) -> np.ndarray:
    """Float mono ``samples`` at ``from_rate`` as the same sound at ``to_rate``."""
    if from_rate == to_rate or len(samples) == 0:
        return samples.astype(np.float32)
    frame = av.AudioFrame.from_ndarray(np.ascontiguousarray(samples, dtype=np.float32)[None, :], format="flt",
                                       layout="mono")
    frame.sample_rate = from_rate
    resampler = av.AudioResampler(format="flt", layout="mono", rate=to_rate)
    chunks = [out.to_ndarray()[0] for out in [*resampler.resample(frame), *resampler.resample(None)]]
    return np.concatenate(chunks) if chunks else np.zeros(0, dtype=np.float32)


def shift_pitch(samples: np.ndarray, ratio: float, rate: int) -> np.ndarray:
    """Float mono speech that sounds ``ratio`` times higher (and shorter) played at ``rate``: resampled
    to ``rate / ratio`` by the band-limited resampler, so a raised voice gains no aliasing hiss. A
    voice backend that wants the original length asks its model to speak slower by ``ratio`` first."""
    if abs(ratio - 1.0) < 1e-3 or len(samples) < 2:
        return samples.astype(np.float32)
    return resample(samples, rate, round(rate / ratio))


def write_wav(path: str | Path, samples: np.ndarray, rate: int) -> None:
    """Float mono samples (full scale at 1.0) as a 16-bit PCM wav, the form every reader here takes."""
    pcm = np.clip(np.round(np.asarray(samples, dtype=np.float32) * 32768.0), -32768, 32767).astype("<i2")
    with wave.open(str(path), "wb") as wav:
        wav.setnchannels(1)
        wav.setsampwidth(2)
        wav.setframerate(rate)
        wav.writeframes(pcm.tobytes())
