"""Find agents and backends by the names used in config.

The core never imports ``crews/`` or ``renderers/``: it asks the registry for a name, and the
registry imports the dotted path behind it. A config may also name a dotted path directly
(``keyframes.backend: mypackage.render:MyRenderer``), so a new backend is one file and one line of
config, not an edit to the pipeline.
"""

from __future__ import annotations

import importlib
from typing import Any

BUILTIN: dict[str, dict[str, str]] = {
    # Agents: "offline" decides from the text alone; "llm" asks an OpenAI-compatible model (crews/llm).
    "director": {"offline": "crews.director:Director", "llm": "crews.llm.agents:LLMDirector"},
    "screenwriter": {"offline": "crews.screenwriter:Screenwriter", "llm": "crews.llm.agents:LLMScreenwriter"},
    "layout": {"offline": "crews.layout:LayoutAgent", "llm": "crews.llm.agents:LLMLayoutAgent"},
    "spatial": {"offline": "crews.spatial:SpatialLayoutAgent"},  # prompt -> 3D layout, checked on its render
    "artist": {"offline": "crews.artist:Artist", "llm": "crews.llm.agents:LLMArtist"},
    "critic": {"rules": "crews.critic_rules:RuleCritic", "vlm": "crews.critic_vlm:VLMCritic",
               "consistency": "crews.critic_consistency:ConsistencyCritic"},
    "keyframes": {"previz": "renderers.previz:PrevizRenderer", "diffusers": "renderers.diffusion:DiffusionRenderer"},
    "voices": {"piper": "renderers.tts_piper:PiperSpeech", "coqui": "renderers.tts_coqui:CoquiSpeech"},
    "editor": {"offline": "crews.editor:Editor"},
    "video": {"moviepy": "renderers.video:MoviepyAssembler"},
    "executor": {"celery": "workers.executor:CeleryExecutor"},  # "inline" is built in
    "farm": {"celery": "workers.farm:CeleryFarm"},  # submit, cancel, recover, run workers
    "tools": {  # what commands ask of the model-backed crews without importing them
        "estimate": "crews.llm.estimate:estimate",
        "doctor": "crews.llm.doctor:check_endpoints",
        "serve": "gallery.server:serve",  # the web gallery (studio serve)
    },
    "output": {
        "srt": "renderers.subtitles:write_srt",
        "vtt": "renderers.subtitles:write_vtt",
        "ttml": "renderers.subtitles:write_ttml",
        "storyboard": "renderers.storyboard:write_storyboard",
    },
}


class RegistryError(LookupError):
    pass


def register(role: str, name: str, target: str) -> None:
    BUILTIN.setdefault(role, {})[name] = target


def resolve(role: str, name: str) -> Any:
    target = BUILTIN.get(role, {}).get(name, name)
    if ":" not in target:
        known = ", ".join(sorted(BUILTIN.get(role, {}))) or "none"
        raise RegistryError(f"unknown {role} backend {name!r} (known: {known}; or give module:Class)")
    module_name, _, attr = target.partition(":")
    try:
        return getattr(importlib.import_module(module_name), attr)
    except (ImportError, AttributeError) as exc:
        raise RegistryError(f"{role} backend {name!r} -> {target} cannot be loaded: {exc}") from None


def build(role: str, name: str, config: dict[str, Any] | None = None) -> Any:
    """Instantiate a backend from its config section and nothing else."""
    return resolve(role, name)(**(config or {}))
