"""Coqui voices: a multi-speaker model gives each character a speaker of their own, through the real
coqui synthesis path, on a tiny random VITS built here (it babbles, but it babbles in three voices)."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import wave
from pathlib import Path

import numpy as np
import pytest
import yaml

pytest.importorskip("TTS")

from crews.director import Director  # noqa: E402
from renderers.tts_coqui import CoquiSpeech  # noqa: E402
from studio.audio import read_mono, write_wav  # noqa: E402
from studio.config import ConfigError, Queue, load_settings  # noqa: E402
from studio.executor import InlineExecutor  # noqa: E402
from studio.models import Project, Source, SpeechRequest, Voice  # noqa: E402
from studio.pipeline import Pipeline  # noqa: E402
from studio.probe import probe  # noqa: E402
from studio.resident import slot  # noqa: E402

SPEAKERS = ["ann", "bob", "cy"]
STORY = """# The Ferry

The ferry waited at the pier while the fog rolled in.

"Are we late?" Ada asked.

"Not yet," Ben said. "The bell has not rung."
"""


def build_tiny_vits(folder: Path) -> Path:
    """A random multi-speaker VITS small enough to build and speak in a fraction of a second."""
    import torch
    from TTS.tts.configs.shared_configs import CharactersConfig
    from TTS.tts.configs.vits_config import VitsArgs, VitsConfig
    from TTS.tts.models.vits import Vits

    args = VitsArgs(hidden_channels=16, hidden_channels_ffn_text_encoder=32, num_layers_text_encoder=1,
                    num_layers_flow=1, num_layers_posterior_encoder=1, upsample_rates_decoder=[8, 8, 4],
                    upsample_initial_channel_decoder=32, upsample_kernel_sizes_decoder=[16, 16, 8],
                    resblock_kernel_sizes_decoder=[3], resblock_dilation_sizes_decoder=[[1, 3, 5]],
                    init_discriminator=False, use_speaker_embedding=True, speaker_embedding_channels=8)
    characters = CharactersConfig(characters_class="TTS.tts.models.vits.VitsCharacters", pad="_", eos="", bos="",
                                  blank=None, characters="abcdefghijklmnopqrstuvwxyz", punctuations="!'(),-.:;? ")
    config = VitsConfig(model_args=args, use_phonemes=False, text_cleaner="english_cleaners", characters=characters,
                        speakers=SPEAKERS)
    config.audio.hop_length = 256  # the decoder's upsampling: 8 * 8 * 4
    torch.manual_seed(0)
    model = Vits(config)
    folder.mkdir(parents=True, exist_ok=True)
    config.save_json(str(folder / "config.json"))
    torch.save({"model": model.state_dict()}, folder / "model.pth")
    return folder


@pytest.fixture(scope="module")
def model_folder(tmp_path_factory) -> Path:
    return build_tiny_vits(tmp_path_factory.mktemp("coqui") / "tiny-vits")


@pytest.fixture(scope="module")
def speech(model_folder) -> CoquiSpeech:
    return CoquiSpeech(model=str(model_folder))


def say(speech: CoquiSpeech, voice: Voice, folder: Path,
        text: str = "Are we late? Not yet.") -> tuple[dict, np.ndarray]:
    folder.mkdir(parents=True, exist_ok=True)
    meta = speech.render(SpeechRequest(line="l1", text=text, speaker=None, voice=voice), folder)
    samples, rate = read_mono(folder / "speech.wav")
    assert rate == meta["sample_rate"]
    return meta, samples


def test_the_catalogue_is_the_models_speakers_read_without_loading_it(model_folder):
    slot("voices").release()
    speech = CoquiSpeech(model=str(model_folder))
    assert speech.catalogue() == [Voice(backend="coqui", voice=name) for name in SPEAKERS]
    assert slot("voices").spec is None  # the weights load on the first line, not for a listing


def test_a_line_is_a_wav_at_the_models_rate_in_the_speaker_asked_for(speech, tmp_path):
    meta, samples = say(speech, Voice(backend="coqui", voice="bob"), tmp_path)
    with wave.open(str(tmp_path / "speech.wav"), "rb") as wav:
        assert (wav.getframerate(), wav.getnchannels(), wav.getsampwidth()) == (22050, 1, 2)
    assert meta["sample_rate"] == 22050 and meta["speaker"] == "bob"
    assert 0.2 < len(samples) / 22050 < 10 and np.abs(samples).max() > 0.5  # brought to one peak level


def test_the_same_line_in_the_same_voice_sounds_the_same_and_another_attempt_differs(speech, tmp_path):
    voice = Voice(backend="coqui", voice="ann")
    _, first = say(speech, voice, tmp_path / "a")
    _, again = say(speech, voice, tmp_path / "b")
    assert np.array_equal(first, again)
    folder = tmp_path / "retake"
    folder.mkdir()
    speech.render(SpeechRequest(line="l1", text="Are we late? Not yet.", speaker=None, voice=voice, attempt=1), folder)
    assert not np.array_equal(first, read_mono(folder / "speech.wav").samples)


def test_a_slower_voice_takes_longer_over_the_same_words(speech, tmp_path):
    _, slow = say(speech, Voice(backend="coqui", voice="cy", rate=0.8), tmp_path / "slow")
    _, fast = say(speech, Voice(backend="coqui", voice="cy", rate=1.25), tmp_path / "fast")
    assert len(slow) > 1.3 * len(fast)


def test_a_speaker_the_model_does_not_have_is_named_in_one_line(speech, tmp_path):
    with pytest.raises(ConfigError, match="'joe-us' is not a speaker of .*ann, bob, cy"):
        speech.render(SpeechRequest(line="l1", text="Hello.", speaker=None, voice=Voice()), tmp_path)
    meta, _ = say(speech, Voice(backend="coqui", voice="joe-us", speaker_id=2), tmp_path / "by-id")
    assert meta["speaker"] == "cy"


def test_two_characters_get_different_speakers_and_sound_different(speech, tmp_path):
    source = Source(title="The Ferry", format="prose", path="ferry.md", scenes=[{"heading": "Pier", "elements": [
        {"kind": "narration", "text": "The ferry waited."},
        {"kind": "dialogue", "speaker": "Ada", "text": "Are we late?"},
        {"kind": "dialogue", "speaker": "Ben", "text": "Not yet."}]}], characters=["Ada", "Ben"])
    treatment = Director(voices=speech.catalogue()).run(source)
    ada, ben = (treatment.character(name).voice for name in ("ada", "ben"))
    assert treatment.narrator.voice == "ann" and (ada.voice, ben.voice) == ("bob", "cy")
    _, ada_says = say(speech, ada, tmp_path / "ada", "Are we late?")
    _, ben_says = say(speech, ben, tmp_path / "ben", "Are we late?")
    shorter = min(len(ada_says), len(ben_says))
    assert not np.allclose(ada_says[:shorter], ben_says[:shorter], atol=0.05)


def test_a_missing_model_folder_is_one_line_naming_it(tmp_path):
    missing = tmp_path / "no-such-model"
    with pytest.raises(ConfigError) as caught:
        CoquiSpeech(model=str(missing)).catalogue()
    assert str(missing) in str(caught.value) and "\n" not in str(caught.value)
    with pytest.raises(ConfigError, match="voices.model is not set"):
        CoquiSpeech().catalogue()


def test_the_cli_reports_a_missing_model_as_one_error_line(tmp_path):
    (tmp_path / "story.md").write_text(STORY, encoding="utf-8")
    config = tmp_path / "coqui.yaml"
    config.write_text(yaml.safe_dump({"voices": {"backend": "coqui", "model": str(tmp_path / "nowhere")}}))
    result = subprocess.run([sys.executable, "-m", "studio.cli", "make", str(tmp_path / "story.md"), "-o",
                             str(tmp_path / "out"), "-c", str(config), "--quiet"], capture_output=True, text=True,
                            timeout=300)
    lines = result.stderr.strip().splitlines()
    assert result.returncode != 0 and len(lines) == 1, result.stderr
    assert lines[0].startswith("error: voices.model: no coqui model folder at") and "nowhere" in lines[0]


def test_coqui_lines_go_to_the_gpu_queue_and_piper_lines_stay_on_the_cpu():
    queue = Queue()
    assert queue.queue_for("synthesize_speech", ["coqui"]) == "gpu"
    assert queue.queue_for("synthesize_speech", ["piper"]) == "cpu"


def test_the_voices_on_offer_enter_a_model_written_plans_key(model_folder, tmp_path):
    source = Source(title="t", format="prose", path="t.md",
                    scenes=[{"heading": "Pier", "elements": [{"kind": "narration", "text": "Fog."}]}])
    llm = {"crews": {"director": {"backend": "llm"}}}
    piper = Pipeline(load_settings(**llm), tmp_path)
    coqui = Pipeline(load_settings(**llm, voices={"backend": "coqui", "model": str(model_folder)}), tmp_path)
    assert piper.plan_key(source, None) != coqui.plan_key(source, None)
    assert Pipeline(load_settings(), tmp_path).plan_key(source, None) is None  # offline plans are not cached


class RecordingExecutor(InlineExecutor):
    """Runs tasks here, noting the queue each was sent to."""

    def __init__(self) -> None:
        super().__init__()
        self.queues: dict[str, set[str]] = {}

    def map(self, task, payloads, *, queue="cpu", timeout=None):
        self.queues.setdefault(task, set()).add(queue)
        return super().map(task, payloads, queue=queue, timeout=timeout)


def test_a_film_is_made_with_coqui_voices_one_speaker_per_character(model_folder, tmp_path):
    (tmp_path / "story.md").write_text(STORY, encoding="utf-8")
    config = tmp_path / "coqui.yaml"
    config.write_text(yaml.safe_dump({"voices": {"backend": "coqui", "model": str(model_folder)},
                                      "keyframes": {"width": 320, "height": 180},
                                      "video": {"width": 320, "height": 180}}))
    executor = RecordingExecutor()
    out = tmp_path / "out"
    Pipeline(load_settings(config), out, executor=executor).make(tmp_path / "story.md")

    media = probe(out / "film.mp4")
    assert media.audio and media.duration_s > 1.0
    project = Project.model_validate_json((out / "project.json").read_text())
    speakers = {}
    for scene in project.script.scenes:
        for beat in scene.beats:
            if beat.voiced:
                meta = project.speech[beat.id].best.asset.meta
                assert meta["sample_rate"] == 22050 and meta["duration_s"] > 0 and meta["model"] == "tiny-vits"
                speakers.setdefault(beat.speaker or "narrator", set()).add(meta["speaker"])
    assert speakers == {"narrator": {"ann"}, "ada": {"bob"}, "ben": {"cy"}}
    assert executor.queues["synthesize_speech"] == {"gpu"}  # where a farm would send them


# ------------------------------------------------------------ cloning (XTTS)
# No XTTS model can be built or fetched here: these check what this backend does around one (the
# reference decoded by studio.audio, conditioning computed once per recording, XTTS's own
# inference called with it), against a stand-in with XTTS's method names. XTTS itself is untested.


class StandInXtts:
    device = "cpu"
    config = {"temperature": 0.75, "length_penalty": 1.0, "repetition_penalty": 10.0, "top_k": 50, "top_p": 0.85,
              "max_ref_len": 30, "gpt_cond_len": 6, "gpt_cond_chunk_len": 6, "sound_norm_refs": False}

    def __init__(self) -> None:
        self.conditioned: list[int] = []
        self.spoken: list[dict] = []

    def get_gpt_cond_latents(self, audio, rate, length, chunk_length):
        self.conditioned.append(audio.shape[1])
        assert rate == 22050
        return float(audio.abs().mean())

    def get_speaker_embedding(self, audio, rate):
        return float(audio.abs().max())

    def inference(self, text, language, latents, embedding, **settings):
        self.spoken.append({"text": text, "language": language, "latents": latents, **settings})
        return {"wav": 0.3 * np.sin(np.arange(24000) / 24000 * 2 * np.pi * 220)}


class StandInSynthesizer:
    tts_config = {"model": "xtts", "languages": ["en", "fr"]}
    output_sample_rate = 24000

    def __init__(self) -> None:
        self.tts_model = StandInXtts()


def test_a_cloning_model_is_conditioned_once_per_recording_decoded_by_studio_audio(tmp_path):
    reference = tmp_path / "nell.wav"
    write_wav(reference, 0.5 * np.sin(np.arange(16000) / 16000 * 2 * np.pi * 150), 16000)  # 1 s at 16 kHz
    speech = CoquiSpeech(model="xtts-folder")
    stand_in = StandInSynthesizer()
    with slot("voices").using(speech.spec(), lambda: stand_in):  # the slot now holds it: never loaded
        pass
    voice = Voice(backend="coqui", voice="nell", reference_audio=str(reference), pitch_semitones=2.0)
    for n in range(2):
        meta, _ = say(speech, voice, tmp_path / f"line{n}")
    model = stand_in.tts_model
    assert model.conditioned == [22050]  # once, resampled to XTTS's rate
    assert [s["language"] for s in model.spoken] == ["en", "en"]
    assert model.spoken[0]["speed"] == pytest.approx(1 / 2 ** (2 / 12))  # slower, then raised by resampling
    assert meta["reference_audio"] == "nell.wav" and meta["sample_rate"] == 24000 and "speaker" not in meta


def test_a_cloning_models_catalogue_is_its_folder_of_recordings(model_folder, tmp_path):
    folder = tmp_path / "xtts"
    folder.mkdir()
    (folder / "config.json").write_text(json.dumps({"model": "xtts"}))
    (folder / "model.pth").write_bytes(b"")  # never loaded: a listing reads no weights
    recordings = tmp_path / "cast"
    recordings.mkdir()
    for name in ("nell", "abe"):
        write_wav(recordings / f"{name}.wav", np.zeros(100), 16000)
    (recordings / "notes.txt").write_text("not a voice")
    voices = CoquiSpeech(model=str(folder), references=str(recordings)).catalogue()
    assert [(v.voice, Path(v.reference_audio).name) for v in voices] == [("abe", "abe.wav"), ("nell", "nell.wav")]
    with pytest.raises(ConfigError, match="cannot clone"):
        CoquiSpeech(model=str(model_folder), references=str(recordings)).catalogue()


def test_the_models_weights_enter_speech_keys_by_content(model_folder, tmp_path):
    copy = tmp_path / "model"
    shutil.copytree(model_folder, copy)
    section = {"backend": "coqui", "model": str(copy)}
    before = CoquiSpeech.fingerprint(section)
    assert CoquiSpeech.model_folders(section) == {"voices.model": str(copy)}
    checkpoint = next(copy.glob("*.pth"))
    checkpoint.write_bytes(checkpoint.read_bytes() + b"\0")  # retrained in place, same name
    assert CoquiSpeech.fingerprint(section)["voices.model"] != before["voices.model"]
    absent = str(tmp_path / "absent")
    assert CoquiSpeech.fingerprint({**section, "model": absent}) == {"voices.model": f"missing:{absent}"}
    assert CoquiSpeech.key_section(section) == CoquiSpeech.key_section({**section, "model": absent})
