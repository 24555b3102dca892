"""Settings: one pydantic-settings class, read from YAML presets, a --config file and the environment.

Precedence, lowest first: ``configs/default.yaml`` (bundled), the file given with ``--config`` (or,
without one, named by ``STUDIO_CONFIG``), environment variables ``STUDIO_<SECTION>__<KEY>`` (e.g.
``STUDIO_VIDEO__FPS=30``).
Backends are chosen by name (``keyframes.backend: previz``) and built by the registry.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ConfigDict, Field, model_validator
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
    kind: str = "inline"  # inline: in this process; celery: on workers through queue.broker_url


class TimeLimit(BaseModel):
    soft: float  # seconds; the task is told to stop (and its take fails with the reason)
    hard: float  # seconds; the worker process running it is killed

    @model_validator(mode="after")
    def _soft_first(self) -> TimeLimit:
        if not 0 < self.soft <= self.hard:
            raise ValueError(f"a soft time limit ({self.soft} s) must be positive and at most the hard one ({self.hard} s)")
        return self


def _time_limits() -> dict[str, TimeLimit]:
    limits = {"render_keyframe": (120, 180), "synthesize_speech": (120, 180), "critique": (60, 90),
              "render_segment": (300, 420), "join_film": (600, 900), "echo": (10, 15),
              "film": (14_400, 15_000)}
    return {task: TimeLimit(soft=soft, hard=hard) for task, (soft, hard) in limits.items()}


class Queue(BaseModel):
    """The Celery farm: broker, routing, time limits and the delivery guarantees of the job store."""

    broker_url: str = "redis://127.0.0.1:6379/0"  # or amqp://guest:guest@127.0.0.1:5672//
    result_backend: str = "redis://127.0.0.1:6379/1"
    # Redis only: an unacknowledged message goes back on the queue after this long. It must exceed
    # every hard time limit, or a long task would be handed to a second worker while it runs; the
    # job store's leases (below) are what bring back the task of a dead worker sooner.
    visibility_timeout_s: int = 18_000
    max_deliveries: int = 3  # a task whose worker dies this many times is dead-lettered
    lease_s: float = 30.0  # a task whose worker sent no heartbeat for this long is presumed lost
    heartbeat_s: float = 5.0
    retries: int = 3  # for transient errors only (connection lost, rate limited, timed out)
    retry_backoff_s: float = 1.0  # first retry after up to this long; doubles each time, with jitter
    retry_backoff_max_s: float = 60.0
    connect_timeout_s: float = 3.0  # an unreachable broker is reported within about three times this
    # A task still queued this long is sent again (a broker restarted without persistence loses
    # queued messages); claims make the spare copy a no-op.
    resend_after_s: float = 900.0
    task_events: bool = True  # for Flower and `celery events`
    llm_concurrency: int = 8  # threads of a worker for the llm queue (waits on remote models)
    film_concurrency: int = 8  # films conducted at once by one worker for the film queue
    # Task name or backend name -> queue. A backend's entry beats its task's, so a diffusion
    # keyframe goes to the GPU while a previz keyframe stays on the CPU.
    routes: dict[str, str] = {
        "render_keyframe": "cpu", "synthesize_speech": "cpu", "critique": "cpu", "render_segment": "cpu",
        "join_film": "cpu", "echo": "cpu", "film": "film",
        "diffusers": "gpu", "coqui": "gpu", "llm": "llm", "vlm": "llm",
    }
    time_limits: dict[str, TimeLimit] = Field(default_factory=_time_limits)
    transport_options: dict[str, Any] = {}  # passed to kombu (e.g. unacked_restore_interval)

    def warnings(self) -> list[str]:
        """Settings that work but weaken a guarantee; workers and submitters print them."""
        longest = max((limit.hard for limit in self.time_limits.values()), default=0)
        if self.broker_url.startswith("redis") and self.visibility_timeout_s <= longest:
            return [f"queue.visibility_timeout_s ({self.visibility_timeout_s} s) is not above the longest hard time "
                    f"limit ({longest:g} s): Redis will hand a long task to a second worker while the first still "
                    "runs it (the job store's lease makes the second skip it)"]
        return []

    def queue_for(self, task: str, backends: list[str] | tuple[str, ...] = ()) -> str:
        """The queue a task goes to: the first of its backends with a route, else the task's own."""
        for backend in backends:
            if backend in self.routes:
                return self.routes[backend]
        return self.routes.get(task, "cpu")

    def time_limit(self, task: str) -> TimeLimit:
        return self.time_limits.get(task, TimeLimit(soft=300, hard=360))


class Jobs(BaseModel):
    # SQLAlchemy URL of the job store; default: sqlite:///<output root>/jobs.db.
    # postgresql://host/db works as written (psycopg 3).
    db_url: str | None = None


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="STUDIO_", env_nested_delimiter="__", extra="forbid")

    limits: InputLimits = InputLimits()
    planner: Planner = Planner()
    keyframes: Keyframes = Keyframes()
    voices: Voices = Voices()
    critic: Critic = Critic()
    video: Video = Video()
    executor: Executor = Executor()
    queue: Queue = Queue()
    jobs: Jobs = Jobs()
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

    @classmethod
    def from_snapshot(cls, data: dict[str, Any]) -> Settings:
        """Settings exactly as another process resolved them (a queued film's), this environment aside."""
        try:
            return _Snapshot(**data)
        except ValueError as exc:
            raise ConfigError(f"invalid settings snapshot: {exc}") from None

    def snapshot(self) -> dict[str, Any]:
        return self.model_dump(mode="json")

    def digest(self, section: str) -> str:
        """A short hash of one section: part of every cache key that section influences."""
        data = getattr(self, section).model_dump(mode="json")
        return hashlib.sha256(json.dumps(data, sort_keys=True).encode()).hexdigest()[:16]


class _Snapshot(Settings):
    @classmethod
    def settings_customise_sources(cls, settings_cls: type[BaseSettings], init_settings: PydanticBaseSettingsSource,
                                   **_: PydanticBaseSettingsSource) -> tuple[PydanticBaseSettingsSource, ...]:
        return (init_settings,)


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
    path = path or os.environ.get("STUDIO_CONFIG") or None  # how a worker's whole farm shares one file
    data = _read_yaml(DEFAULT_CONFIG) if DEFAULT_CONFIG.exists() else {}
    if path is not None:
        data = _deep_merge(data, _read_yaml(Path(path)))
    data = _deep_merge(data, {k: v for k, v in overrides.items() if v is not None})
    try:
        return Settings(**data)
    except ValueError as exc:
        raise ConfigError(f"invalid config: {exc}") from None
