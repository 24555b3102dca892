"""Speech with a coqui TTS model (``coqui-tts``): a multi-speaker model speaks each character as one
of its speakers, a cloning model (XTTS) as the reference recording the character is given.

The contract is Piper's: ``render`` writes ``speech.wav`` (16-bit mono, at the model's own rate)
and returns its meta; a voice's rate and pitch are applied as Piper applies them (the model is
asked to speak slower by the pitch ratio, then the audio is resampled up by it). The model is read
from a local folder (``config.json`` beside its checkpoint) or from coqui's local model cache;
nothing is downloaded unless ``allow_download`` says so. It loads once per process, on first use.

XTTS reads reference audio with ``torchaudio.load``, which the studio's torch install cannot do
(torchaudio is pure Python there): its conditioning is computed here from audio decoded by
``studio.audio.read_mono`` instead. Models that clone through a speaker encoder (YourTTS) are given
the recording's path; coqui reads those with librosa.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import numpy as np

from studio.audio import read_mono, shift_pitch, write_wav
from studio.config import ConfigError
from studio.models import SpeechRequest, Voice
from studio.resident import slot
from studio.weights import digests, stamp

COQUI_NAME = re.compile(r"(tts_models|voice_conversion_models)/[^/]+/[^/]+/[^/]+")  # type/language/dataset/model
RECORDINGS = (".wav", ".flac", ".mp3", ".m4a", ".ogg")
CLONE_RATE = 22050  # XTTS reads its reference recordings at this rate
PEAK = 0.9  # coqui models speak at whatever level they learnt: every line is brought to one peak


class CoquiSpeech:
    def __init__(self, model: str = "", device: str = "cpu", threads: int = 1, references: str | None = None,
                 language: str | None = None, vocoder: str | None = None, allow_download: bool = False,
                 **_: Any) -> None:
        self.model = model
        self.device = device
        self.threads = threads
        self.references = references
        self.language = language
        self.vocoder = vocoder
        self.allow_download = allow_download

    @staticmethod
    def model_folders(section: dict[str, Any]) -> dict[str, str]:
        """The model folders the section names, resolved where they can be (``studio doctor``)."""
        speech = CoquiSpeech(**{k: v for k, v in section.items() if k != "backend"})
        folders = {}
        for setting, name in (("voices.model", speech.model), ("voices.vocoder", speech.vocoder)):
            if name:
                try:
                    folders[setting] = str(speech._files(name, setting)[0].parent)
                except ConfigError:
                    folders[setting] = name  # the doctor says what is missing
        return folders

    @staticmethod
    def key_section(section: dict[str, Any]) -> dict[str, Any]:
        """What lines are keyed by: the section without its model folders' paths (their contents
        are keyed by ``fingerprint``) and without settings that do not change the voice."""
        return {k: v for k, v in section.items() if k not in ("model", "vocoder", "allow_download", "threads")}

    @staticmethod
    def fingerprint(section: dict[str, Any]) -> dict[str, str]:
        """The model folders by content, for speech keys: weights replaced in place re-speak."""
        return digests(CoquiSpeech.model_folders(section))

    # --------------------------------------------------------- the model's files

    def _files(self, name: str, setting: str) -> tuple[Path, Path]:
        """(checkpoint, config.json) of a model folder, or of a coqui model name in the local cache."""
        from TTS.utils.manage import ModelManager

        folder = Path(name).expanduser()
        if not folder.is_dir():
            if not COQUI_NAME.fullmatch(name):
                raise ConfigError(
                    f"{setting}: no coqui model folder at {folder}; put a model there (its config.json and .pth "
                    "checkpoint, e.g. tts_models/en/vctk/vits fetched with coqui's `tts --model_name ...` on a "
                    "machine with internet), or name a coqui model in the local cache")
            folder = self._cached(name, setting, ModelManager(progress_bar=False))
        try:
            checkpoint, config = ModelManager._find_files(folder)
        except ValueError:  # no checkpoint, or several, or no config.json
            raise ConfigError(f"{setting}: {folder} is not a coqui model folder: it needs config.json and one "
                              "checkpoint (model.pth, model_file.pth or checkpoint.pth)") from None
        return checkpoint, config

    def _cached(self, name: str, setting: str, manager: Any) -> Path:
        kind, language, dataset, model = name.split("/")
        item = manager.models_dict.get(kind, {}).get(language, {}).get(dataset, {}).get(model)
        if item is None:
            raise ConfigError(f"{setting}: {name!r} is neither a folder nor a coqui model name (`tts --list_models`)")
        if self.allow_download:
            path = Path(manager.download_model(name)[0])
            return path if path.is_dir() else path.parent
        if "repo_id" in item:  # coqui keeps these in the Hugging Face cache
            from huggingface_hub import snapshot_download

            try:
                return Path(snapshot_download(item["repo_id"], allow_patterns=item.get("allow"),
                                              ignore_patterns=item.get("ignore"), local_files_only=True))
            except Exception:  # noqa: BLE001 - any miss means the same here: not on this machine
                where = f"the Hugging Face cache ({item['repo_id']})"
        else:
            folder = Path(manager.output_prefix) / name.replace("/", "--")
            if folder.is_dir():
                return folder
            where = str(folder)
        raise ConfigError(f"{setting}: coqui model {name} is not in the local cache ({where}) and downloads are off "
                          f"(voices.allow_download); fetch it with `tts --model_name {name}` on a machine with "
                          "internet and copy it here, or point the setting at a model folder")

    def _model_files(self) -> tuple[Path, Path]:
        if not self.model:
            raise ConfigError("voices.model is not set: name a coqui model folder (config.json and its checkpoint) "
                              "or a coqui model in the local cache")
        return self._files(self.model, "voices.model")

    def _config(self) -> tuple[Any, Path]:
        """The model's config and folder, without its weights."""
        from TTS.config import load_config

        checkpoint, config = self._model_files()
        return load_config(str(config)), checkpoint.parent

    # ------------------------------------------------------------- the catalogue

    def catalogue(self) -> list[Voice]:
        """The distinct voices on offer, read from the model's files without loading its weights:
        the recordings in ``references`` for a cloning model, else the model's speakers, else its one voice."""
        config, folder = self._config()
        if self.references:
            if not _clones(config):
                raise ConfigError(f"voices.references is set, but {self.model} cannot clone a voice from a recording "
                                  "(XTTS can, and models with a speaker encoder)")
            return [Voice(backend="coqui", voice=path.stem, reference_audio=str(path)) for path in self._recordings()]
        names = _speakers_on_file(config, folder)
        return [Voice(backend="coqui", voice=name) for name in names] or [Voice(backend="coqui", voice=folder.name)]

    def _recordings(self) -> list[Path]:
        folder = Path(self.references or "").expanduser().resolve()
        if not folder.is_dir():
            raise ConfigError(f"voices.references: no folder of reference recordings at {folder}")
        recordings = sorted(p for p in folder.iterdir() if p.suffix.lower() in RECORDINGS)
        if not recordings:
            raise ConfigError(f"voices.references: {folder} holds no recordings ({', '.join(RECORDINGS)})")
        return recordings

    # ----------------------------------------------------------------- speaking

    def spec(self) -> tuple:
        """What identifies the loaded model in the process's ``voices`` slot."""
        return ("coqui", self.model, self.vocoder, self.device, stamp(self.model), stamp(self.vocoder))

    def _load(self) -> Any:
        import torch
        from TTS.utils.synthesizer import Synthesizer

        torch.set_num_threads(self.threads)
        checkpoint, config = self._model_files()
        vocoder = self._files(self.vocoder, "voices.vocoder") if self.vocoder else (None, None)
        return Synthesizer(tts_checkpoint=checkpoint, tts_config_path=config, vocoder_checkpoint=vocoder[0],
                           vocoder_config=vocoder[1], use_cuda=self.device.startswith("cuda"))

    def warm(self) -> None:
        """Load the model now (``studio worker --preload voices``), not on the first line."""
        with slot("voices").using(self.spec(), self._load):
            pass

    def render(self, request: SpeechRequest, out_dir: Path) -> dict:
        # Loaded once per process and dropped when another model is asked for; held for the whole
        # line, since a call changes the model's pace and draws from torch's RNG.
        with slot("voices").using(self.spec(), self._load) as synthesizer:
            return self._speak(synthesizer, request, out_dir)

    def _speak(self, synthesizer: Any, request: SpeechRequest, out_dir: Path) -> dict:
        model = synthesizer.tts_model
        voice = request.voice
        ratio = 2 ** (voice.pitch_semitones / 12)
        pace = ratio / max(voice.rate, 0.1)  # longer by the ratio the pitch shift will take off again
        xtts = synthesizer.tts_config.get("model") == "xtts"
        # A recording is a voice only to a model that clones; any other speaks as its named speaker.
        reference = voice.reference_audio if voice.reference_audio and _clones(synthesizer.tts_config) else None
        speaker = None if reference else _speaker(voice, _speaker_names(model), self.model)
        language = _language(synthesizer, self.language)
        extra = {"speed": 1 / pace} if xtts else {}  # XTTS takes its pace as an argument
        with _seeded(request, self.device), _paced(model, pace):
            if reference and xtts:
                samples = self._clone_xtts(model, Path(reference), request.text, language, extra)
            else:
                samples = synthesizer.tts(text=request.text, speaker_name=speaker, language_name=language,
                                          speaker_wav=reference, split_sentences=True, **extra)
        rate = synthesizer.output_sample_rate
        samples = np.trim_zeros(np.asarray(samples, dtype=np.float32).ravel(), "b")  # coqui pads every sentence
        level = 0.7 * PEAK if any(fix.kind == "volume_change" for fix in request.feedback) else PEAK
        samples = samples * (level / max(float(np.abs(samples).max(initial=0.0)), 0.01))
        write_wav(out_dir / "speech.wav", shift_pitch(samples, ratio, rate), rate)
        meta: dict[str, Any] = {"sample_rate": rate, "voice": voice.voice, "model": Path(self.model).name,
                                "rate": voice.rate, "pitch_semitones": voice.pitch_semitones}
        if speaker is not None:
            meta["speaker"] = speaker
        if reference:
            meta["reference_audio"] = Path(reference).name
        return meta

    def _clone_xtts(self, model: Any, reference: Path, text: str, language: str | None, extra: dict) -> np.ndarray:
        """XTTS speaking ``text`` in the voice of ``reference``: its conditioning computed once per recording
        from audio decoded here (see the module's note), then XTTS's own inference."""
        import torch

        # Kept on the model, so it goes when the slot drops the model: (path, mtime) -> conditioning.
        conditioning = model.__dict__.setdefault("_studio_conditioning", {})
        key = (str(reference), reference.stat().st_mtime_ns)
        if key not in conditioning:
            config = model.config
            audio = read_mono(reference, CLONE_RATE).samples[: CLONE_RATE * int(config.get("max_ref_len", 30))]
            if config.get("sound_norm_refs"):
                audio = audio / max(float(np.abs(audio).max(initial=0.0)), 1e-6) * 0.75
            wav = torch.from_numpy(np.ascontiguousarray(audio))[None, :].to(model.device)
            with torch.inference_mode():
                conditioning[key] = (
                    model.get_gpt_cond_latents(wav, CLONE_RATE, length=config.get("gpt_cond_len", 6),
                                               chunk_length=config.get("gpt_cond_chunk_len", 6)),
                    model.get_speaker_embedding(wav, CLONE_RATE),
                )
        latents, embedding = conditioning[key]
        settings = {name: model.config[name] for name in ("temperature", "length_penalty", "repetition_penalty",
                                                         "top_k", "top_p")}
        out = model.inference(text, language, latents, embedding, enable_text_splitting=True, **settings, **extra)
        wav = out["wav"]
        return wav.cpu().numpy() if hasattr(wav, "cpu") else np.asarray(wav)


def _clones(config: Any) -> bool:
    """Whether the model can speak in the voice of a recording (XTTS, or a model with a speaker encoder)."""
    return config.get("model") == "xtts" or bool(config.get("model_args", {}).get("speaker_encoder_model_path"))


def _speakers_on_file(config: Any, folder: Path) -> list[str]:
    """A multi-speaker model's speaker names, in id order, from its config and speakers file (no weights)."""
    from TTS.config import get_from_config_or_model_args as setting

    if config.get("model") == "xtts":  # its studio voices, beside the checkpoint
        from TTS.tts.layers.xtts.xtts_manager import SpeakerManager as XttsSpeakers

        path = folder / "speakers_xtts.pth"
        return XttsSpeakers(path).speaker_names if path.is_file() else []
    from TTS.tts.utils.speakers import SpeakerManager

    if setting(config, "use_speaker_embedding"):
        if config.get("speakers"):
            return list(config.speakers)
        file, kind = setting(config, "speaker_file") or setting(config, "speakers_file"), "speaker_id_file_path"
    elif setting(config, "use_d_vector_file"):
        file, kind = setting(config, "d_vector_file"), "d_vectors_file_path"
    else:
        return []
    if not file:
        return []
    for path in file if isinstance(file, list) else [file]:
        if not Path(path).is_file():
            raise ConfigError(f"the coqui model in {folder} names a speakers file that is not there ({path}): coqui "
                              "writes absolute paths into config.json when it downloads a model, so a folder copied "
                              "from elsewhere needs them corrected")
    manager = SpeakerManager(**{kind: file})
    return sorted(manager.name_to_id, key=manager.name_to_id.get)


def _speaker_names(model: Any) -> list[str]:
    manager = getattr(model, "speaker_manager", None)
    return list(manager.speaker_names) if manager is not None else []


def _speaker(voice: Voice, names: list[str], model: str) -> str | None:
    """The model's speaker for ``voice``: its ``speaker_id`` if set, else the speaker named ``voice``."""
    if len(names) <= 1:
        return None  # one voice: nothing to choose
    if voice.speaker_id is not None:
        if not 0 <= voice.speaker_id < len(names):
            raise ConfigError(f"speaker_id {voice.speaker_id} is not one of {model}'s {len(names)} speakers")
        return names[voice.speaker_id]
    if voice.voice not in names:
        shown = ", ".join(names[:8]) + (f" and {len(names) - 8} more" if len(names) > 8 else "")
        raise ConfigError(f"voice {voice.voice!r} is not a speaker of {model} (its speakers: {shown})")
    return voice.voice


def _language(synthesizer: Any, wanted: str | None) -> str | None:
    """The language to speak in: the configured one for a multilingual model (English by default)."""
    config = synthesizer.tts_config
    if config.get("model") == "xtts":
        languages = list(config.get("languages") or [])
    else:
        manager = getattr(synthesizer.tts_model, "language_manager", None)
        languages = list(manager.language_names) if manager is not None and manager.num_languages > 1 else []
    if not languages:
        return None  # one language: coqui refuses to be told it
    if wanted is None:
        return "en" if "en" in languages else languages[0]
    if wanted not in languages:
        raise ConfigError(f"voices.language {wanted!r} is not one the model speaks ({', '.join(languages)})")
    return wanted


@contextmanager
def _seeded(request: SpeechRequest, device: str) -> Iterator[None]:
    """The same text in the same voice at the same attempt sounds the same every time; another attempt
    is a new draw. The seed is scoped: a worker's other users of torch's generator are undisturbed."""
    import torch

    voice = request.voice
    what = (request.text, request.attempt, voice.voice, voice.speaker_id, voice.rate, voice.pitch_semitones)
    seed = int.from_bytes(hashlib.sha256(repr(what).encode()).digest()[:4], "big")
    cuda = [torch.device(device).index or 0] if device.startswith("cuda") else []
    with torch.random.fork_rng(devices=cuda):
        torch.manual_seed(seed)
        yield


@contextmanager
def _paced(model: Any, pace: float) -> Iterator[None]:
    """Models with a duration scale (VITS and its kin) speak ``pace`` times longer for the call; XTTS
    takes a speed argument instead, and other models have no pace to set."""
    base = getattr(model, "length_scale", None)
    if base is not None:
        model.length_scale = base * pace
    try:
        yield
    finally:
        if base is not None:
            model.length_scale = base
