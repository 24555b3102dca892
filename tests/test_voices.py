"""Piper speech: each character sounds different, the same line sounds the same every time."""

from __future__ import annotations

import wave

import numpy as np
import pytest

from renderers.tts_piper import PiperSpeech
from studio.models import SpeechRequest, Voice

TEXT = "The lamp is lit, and the ships are safe tonight."


@pytest.fixture(scope="module")
def speech() -> PiperSpeech:
    return PiperSpeech()


def say(speech: PiperSpeech, voice: Voice, folder) -> tuple[np.ndarray, int]:
    folder.mkdir(parents=True, exist_ok=True)
    meta = speech.render(SpeechRequest(line="l1", text=TEXT, speaker=None, voice=voice), folder)
    with wave.open(str(folder / "speech.wav"), "rb") as wav:
        samples = np.frombuffer(wav.readframes(wav.getnframes()), dtype=np.int16).astype(np.float32)
    assert meta["sample_rate"] == 22050
    return samples / 32768.0, 22050


def median_pitch(samples: np.ndarray, rate: int) -> float:
    """Median fundamental frequency of the voiced frames, by autocorrelation."""
    frame, pitches = 1024, []
    for start in range(0, len(samples) - frame, frame // 2):
        chunk = samples[start:start + frame] - samples[start:start + frame].mean()
        if np.sqrt(np.mean(chunk**2)) < 0.02:
            continue
        corr = np.correlate(chunk, chunk, mode="full")[frame - 1:]
        low, high = rate // 400, rate // 60  # 60-400 Hz
        lag = low + int(np.argmax(corr[low:high]))
        if corr[lag] > 0.3 * corr[0]:
            pitches.append(rate / lag)
    return float(np.median(pitches))


def test_a_higher_voice_is_measurably_higher_and_keeps_its_pace(speech, tmp_path):
    low, rate = say(speech, Voice(pitch_semitones=-3.0), tmp_path / "low")
    high, _ = say(speech, Voice(pitch_semitones=3.5), tmp_path / "high")
    ratio = median_pitch(high, rate) / median_pitch(low, rate)
    assert 1.25 < ratio < 1.7  # 6.5 semitones is 1.46x
    # The length compensation is approximate: Piper stretches phonemes but not its pauses.
    assert abs(len(high) - len(low)) / len(low) < 0.25


def test_a_faster_voice_speaks_the_line_in_less_time(speech, tmp_path):
    # Piper draws each phoneme's length at random, so one take of each can land close together:
    # compare the mean length of five takes at each rate.
    slow = np.mean([len(say(speech, Voice(rate=0.9), tmp_path / f"slow{n}")[0]) for n in range(5)])
    fast = np.mean([len(say(speech, Voice(rate=1.2), tmp_path / f"fast{n}")[0]) for n in range(5)])
    assert fast < 0.93 * slow  # Piper stretches phonemes, not its pauses: less than 0.9/1.2


def test_the_same_line_in_the_same_voice_is_speech_not_silence(speech, tmp_path):
    samples, rate = say(speech, Voice(), tmp_path / "a")
    assert 1.5 < len(samples) / rate < 6.0
    assert np.sqrt(np.mean(samples**2)) > 0.03 and np.abs(samples).max() < 1.0


def tone(frequency: float, rate: int = 22050, seconds: float = 1.0) -> np.ndarray:
    t = np.arange(int(rate * seconds)) / rate
    return (0.5 * np.sin(2 * np.pi * frequency * t)).astype(np.float32)


def dominant_frequency(samples: np.ndarray, rate: int) -> float:
    spectrum = np.abs(np.fft.rfft(samples * np.hanning(len(samples))))
    return float(np.fft.rfftfreq(len(samples), 1 / rate)[np.argmax(spectrum)])


def test_a_pitch_shift_moves_a_tone_and_leaves_no_alias_above_nyquist():
    from studio.audio import shift_pitch

    ratio = 2 ** (4 / 12)
    low = shift_pitch(tone(440), ratio, 22050)
    assert abs(len(low) - 22050 / ratio) < 50
    assert dominant_frequency(low, 22050) == pytest.approx(440 * ratio, rel=0.01)
    # 10 kHz raised by a major third is above the 11.025 kHz limit: it must vanish, not fold back
    # to 9.2 kHz as it does when samples are interpolated linearly.
    high = shift_pitch(tone(10_000), ratio, 22050)
    middle = high[len(high) // 4: -len(high) // 4]  # away from the filter's edges
    assert np.sqrt(np.mean(middle**2)) < 0.02 * np.sqrt(np.mean(tone(10_000) ** 2))


def test_piper_offers_one_voice_the_studio_default(speech):
    assert speech.catalogue() == [Voice()]  # what every character was given before catalogues: keys hold


def test_the_speech_critic_reads_float_and_integer_wavs_alike(speech, tmp_path):
    import av

    from crews.critic_rules import RuleCritic
    from studio.models import Asset

    samples, rate = say(speech, Voice(), tmp_path / "int")
    with av.open(str(tmp_path / "float.wav"), "w", format="wav") as container:  # IEEE float samples
        stream = container.add_stream("pcm_f32le", rate=rate, layout="mono")
        frame = av.AudioFrame.from_ndarray(samples[None, :], format="flt", layout="mono")
        frame.sample_rate = rate
        for packet in [*stream.encode(frame), *stream.encode(None)]:
            container.mux(packet)
    request = SpeechRequest(line="l1", text=TEXT, speaker=None, voice=Voice())
    verdicts = [RuleCritic().speech(request, Asset(key=k, kind="speech", files={"audio": path}), tmp_path)
                for k, path in (("i", "int/speech.wav"), ("f", "float.wav"))]
    assert verdicts[0].passed and verdicts[1].passed
    assert verdicts[0].scores == verdicts[1].scores
