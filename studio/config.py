"""Settings: one pydantic-settings class, read from YAML presets, a --config file and the environment.

Precedence, lowest first: ``configs/default.yaml`` (bundled), the file given with ``--config``,
environment variables ``STUDIO_<SECTION>__<KEY>`` (e.g. ``STUDIO_VIDEO__FPS=30``).
Backends are chosen by name (``keyframes.backend: previz``) and built by the registry.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ConfigDict, Field
from pydantic_settings import (
    BaseSettings,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
)

from studio.paths import CONFIGS

# The bundled preset mirrors the defaults below (a test keeps them equal); an installed wheel
# without the repository falls back to the defaults alone.
DEFAULT_CONFIG = CONFIGS / "default.yaml"


class Section(BaseModel):
    # Backend sections accept backend-specific keys; they reach the backend untouched.
    model_config = ConfigDict(extra="allow")


class InputLimits(BaseModel):
    max_bytes: int = 2_000_000  # about 300k words: a novel, not a library
    max_beats: int = 2_000


class Planner(Section):
    backend: str = "offline"
    narrate_action: bool = False  # a screenplay's action lines are silent unless asked for
    max_narration_words: int = 30  # a narration line longer than this is split at sentences


class Keyframes(Section):
    backend: str = "previz"
    width: int = 800  # rendered larger than the film so camera moves have room
    height: int = 450


class Voices(Section):
    backend: str = "piper"
    voice: str = "joe-us"
    narrator_rate: float = 0.95


class Critic(Section):
    backends: list[str] = ["rules"]
    budget: int = 3  # attempts per asset, the first included
    min_visible_fraction: float = 0.25  # of a character's silhouette when rendered alone
    min_pixels: int = 150  # a subject smaller than this in the frame is not "shown"


class Video(Section):
    backend: str = "moviepy"
    width: int = 640
    height: int = 360
    fps: int = 24
    preset: str = "veryfast"
    crf: int = 23
    crossfade_s: float = 0.5
    action_hold_s: float = 1.2  # a shot with no speech still lasts this long
    line_gap_s: float = 0.25  # silence between two lines in one shot
    shot_pad_s: float = 0.35  # before the first and after the last line of a shot
    burn_subtitles: bool = True
    font: str | None = None  # a .ttf path; default: DejaVu Sans or Pillow's own


class Executor(Section):
    kind: str = "inline"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="STUDIO_", env_nested_delimiter="__", extra="forbid")

    limits: InputLimits = InputLimits()
    planner: Planner = Planner()
    keyframes: Keyframes = Keyframes()
    voices: Voices = Voices()
    critic: Critic = Critic()
    video: Video = Video()
    executor: Executor = Executor()
    cast: str | None = Field(default=None, description="cast.yaml overriding looks and voices")

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        # The environment beats the YAML files, which arrive as init arguments.
        return (env_settings, init_settings)

    def digest(self, section: str) -> str:
        """A short hash of one section: part of every cache key that section influences."""
        data = getattr(self, section).model_dump(mode="json")
        return hashlib.sha256(json.dumps(data, sort_keys=True).encode()).hexdigest()[:16]


class ConfigError(ValueError):
    pass


def _deep_merge(base: dict[str, Any], override: dict[str, Any]) -> dict[str, Any]:
    merged = dict(base)
    for key, value in override.items():
        if isinstance(value, dict) and isinstance(merged.get(key), dict):
            merged[key] = _deep_merge(merged[key], value)
        else:
            merged[key] = value
    return merged


def _read_yaml(path: Path) -> dict[str, Any]:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise ConfigError(f"cannot read config {path}: {exc}") from None
    if not isinstance(data, dict):
        raise ConfigError(f"config {path} must be a mapping of sections, got {type(data).__name__}")
    return data


def load_settings(path: str | Path | None = None, **overrides: Any) -> Settings:
    data = _read_yaml(DEFAULT_CONFIG) if DEFAULT_CONFIG.exists() else {}
    if path is not None:
        data = _deep_merge(data, _read_yaml(Path(path)))
    data = _deep_merge(data, {k: v for k, v in overrides.items() if v is not None})
    try:
        return Settings(**data)
    except ValueError as exc:
        raise ConfigError(f"invalid config: {exc}") from None
