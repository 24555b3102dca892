"""Audio as numbers: any file FFmpeg reads (integer or float wav, m4a, mp3) as float32 mono.

Decoding and resampling go through FFmpeg's libswresample (via PyAV), a band-limited polyphase
resampler: changing a rate never aliases the way interpolating between samples does.
"""

from __future__ import annotations

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
