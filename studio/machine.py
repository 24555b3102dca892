"""What this machine offers the model-backed renderers: accelerators, installed backends, and
whether each model folder the configuration names is here and looks loadable. ``studio doctor``
prints it; nothing here loads weights or touches the network."""

from __future__ import annotations

import json
from importlib import metadata

from pydantic import BaseModel

from studio import registry
from studio.config import Settings
from studio.weights import WeightsMissing, locate

BACKENDS = {"torch": "torch", "diffusers": "diffusers", "transformers": "transformers", "accelerate": "accelerate",
            "coqui TTS": "coqui-tts", "piper": "piper-tts", "xformers": "xformers"}
WEIGHT_FILES = ("*.safetensors", "*.bin", "*.pth", "*.pt", "*.onnx", "*.ckpt")


class Finding(BaseModel):
    topic: str  # "gpu", "backend", or the setting that names a folder
    ok: bool
    detail: str


def accelerators() -> list[Finding]:
    try:
        import torch
    except ImportError:
        return [Finding(topic="gpu", ok=True, detail="torch is not installed: previz and Piper only (CPU)")]
    if not torch.cuda.is_available():
        return [Finding(topic="gpu", ok=True,
                        detail=f"no CUDA device (torch {torch.__version__}): models run on the CPU")]
    found = []
    for index in range(torch.cuda.device_count()):
        props = torch.cuda.get_device_properties(index)
        found.append(Finding(topic="gpu", ok=True, detail=f"cuda:{index} {props.name}, "
                             f"{props.total_memory / 2**30:.1f} GiB VRAM, CUDA {torch.version.cuda}"))
    return found


def installed() -> list[Finding]:
    found = []
    for name, distribution in BACKENDS.items():
        try:
            found.append(Finding(topic="backend", ok=True, detail=f"{name} {metadata.version(distribution)}"))
        except metadata.PackageNotFoundError:
            found.append(Finding(topic="backend", ok=True, detail=f"{name}: not installed"))
    return found


def configured_folders(settings: Settings) -> dict[str, str]:
    """Every model folder the configuration names, by the setting naming it."""
    sections = [("keyframes", settings.keyframes.model_dump(mode="json")),
                ("voices", settings.voices.model_dump(mode="json")),
                *(("critic", {**settings.critic.section(name), "backend": name}) for name in settings.critic.backends)]
    folders: dict[str, str] = {}
    for role, section in sections:  # each backend says which folders it needs (``model_folders``)
        listing = getattr(registry.resolve(role, section["backend"]), "model_folders", None)
        if listing:
            folders.update(listing(section))
    return folders


def check_folder(setting: str, name: str) -> Finding:
    try:
        folder = locate(name, setting)
    except WeightsMissing as exc:
        return Finding(topic=setting, ok=False, detail=str(exc))
    configs = [p for p in (folder / "model_index.json", folder / "config.json") if p.is_file()]
    weights = [p for pattern in WEIGHT_FILES for p in folder.rglob(pattern)]
    if not configs and not weights:
        return Finding(topic=setting, ok=False, detail=f"{folder}: no model_index.json, config.json or weights")
    try:  # a folder of weights alone (IP-Adapter's) has no config to read
        for path in configs:
            json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        return Finding(topic=setting, ok=False, detail=f"{folder}: unreadable {path.name} ({exc})")
    if not weights:
        return Finding(topic=setting, ok=False, detail=f"{folder}: no weight files ({', '.join(WEIGHT_FILES)})")
    size = sum(p.stat().st_size for p in weights)
    return Finding(topic=setting, ok=True, detail=f"{folder}: {len(weights)} weight file(s), {size / 2**20:.0f} MiB")


def report(settings: Settings) -> list[Finding]:
    return [*accelerators(), *installed(),
            *(check_folder(setting, name) for setting, name in configured_folders(settings).items())]
