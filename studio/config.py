"""Settings: one pydantic-settings class, read from YAML presets, a --config file and the environment.

Precedence, lowest first: ``configs/default.yaml`` (bundled), the file given with ``--config`` (or,
without one, named by ``STUDIO_CONFIG``), environment variables ``STUDIO_<SECTION>__<KEY>`` (e.g.
``STUDIO_VIDEO__FPS=30``).
Backends are chosen by name (``keyframes.backend: previz``) and built by the registry.
"""

from __future__ import annotations

import hashlib
import json
import math
import os
from pathlib import Path
from typing import Any, Literal

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


class Price(BaseModel):
    input_per_mtok: float = 0.0  # per million tokens in
    output_per_mtok: float = 0.0


# How a call is made, not what is asked: left out of the keys of plans and verdicts, so that a new
# budget, timeout or price never throws away what was already paid for.
OPERATIONAL = frozenset({"api_key_env", "timeout_s", "retries", "backoff_s", "backoff_max_s", "rpm", "budget_usd",
                         "budget_tokens", "prices", "fallback"})


class Endpoint(BaseModel):
    """An OpenAI-compatible model endpoint as one role uses it. Unset fields come from ``llm``.

    The API key is never a setting: ``api_key_env`` names the environment variable that holds it,
    so no config file, snapshot, log or project ever carries it."""

    base_url: str | None = None  # e.g. https://api.openai.com/v1, http://127.0.0.1:11434/v1 (Ollama)
    model: str | None = None
    api_key_env: str | None = None  # default STUDIO_LLM_API_KEY, then OPENAI_API_KEY
    temperature: float | None = None
    max_tokens: int | None = None
    timeout_s: float | None = None
    retries: int | None = None  # 429, 5xx, timeouts, lost connections; with backoff and jitter
    backoff_s: float | None = None
    backoff_max_s: float | None = None
    rpm: int | None = None  # requests per minute to this endpoint from one process; 0: no limit
    repairs: int | None = None  # follow-up messages carrying validation errors before giving up
    structured: Literal["json_schema", "json_object"] | None = None  # how replies are constrained
    fallback: Literal["none", "offline"] | None = None  # on failure: stop, or the offline agent
    budget_usd: float | None = None  # hard caps for the whole project, all roles together
    budget_tokens: int | None = None
    prices: dict[str, Price] | None = None  # model -> price; a model not listed costs 0


class LLM(Endpoint):
    """Defaults every model-backed role starts from (each role may override any of them)."""

    api_key_env: str | None = "STUDIO_LLM_API_KEY"
    temperature: float | None = 0.2
    max_tokens: int | None = 4096
    timeout_s: float | None = 60.0
    retries: int | None = 4
    backoff_s: float | None = 1.0
    backoff_max_s: float | None = 30.0
    rpm: int | None = 0
    repairs: int | None = 2
    structured: Literal["json_schema", "json_object"] | None = "json_schema"
    fallback: Literal["none", "offline"] | None = "none"
    prices: dict[str, Price] | None = {}


class Role(Endpoint, Section):
    """One agent's or critic's section: its backend, and its endpoint when the backend is a model."""

    backend: str = "offline"


class DirectorRole(Role):
    narrator_rate: float = 0.95


class ScreenwriterRole(Role):
    narrate_action: bool = False  # a screenplay's action lines are silent unless asked for
    max_narration_words: int = 30  # a narration line longer than this is split at sentences


class Crews(BaseModel):
    director: DirectorRole = DirectorRole()
    screenwriter: ScreenwriterRole = ScreenwriterRole()
    layout: Role = Role()
    artist: Role = Role()

    def roles(self) -> dict[str, Role]:
        return {name: getattr(self, name) for name in type(self).model_fields}

    def model_backed(self) -> bool:
        return any(role.backend != "offline" for role in self.roles().values())

    def offline(self) -> Crews:
        """The same crews with every agent offline (their other settings kept)."""
        return self.model_copy(update={name: role.model_copy(update={"backend": "offline"})
                                       for name, role in self.roles().items()})


class Keyframes(Section):
    backend: str = "previz"
    width: int = 800  # rendered larger than the film so camera moves have room
    height: int = 450
    # Shots per task for a backend that paints batches (diffusers): how the work is cut, not what
    # is made, so the pipeline keeps it out of the section that keys and configures the backend.
    batch: int = Field(default=1, ge=1)


class Voices(Section):
    backend: str = "piper"
    voice: str = "joe-us"


class RuleCritic(Section):
    min_visible_fraction: float = 0.25  # of a character's silhouette when rendered alone
    min_pixels: int = 150  # a subject smaller than this in the frame is not "shown"


class VLMCritic(Role):
    backend: str = "vlm"
    threshold: float = 0.6  # every score must reach it for a pass
    max_side: int = 768  # keyframes are sent at most this large (pixels on the long side)


class ConsistencyCritic(Section):
    model: str | None = None  # a CLIP image encoder folder (or a hub id in the local cache)
    threshold: float = 0.8  # cosine similarity of a character's region to their reference
    min_pixels: int = 400  # a smaller region is not judged


class Critic(Section):
    backends: list[str] = ["rules"]  # run in order; a model-backed critic only sees takes the others passed
    budget: int = 3  # attempts per asset, the first included
    candidates: int = 1  # keyframe takes rendered per attempt; the best passing one is chosen
    on_error: Literal["fail", "pass"] = "fail"  # a critic that errs or times out: fail the take, or pass it
    rules: RuleCritic = RuleCritic()
    vlm: VLMCritic = VLMCritic()
    consistency: ConsistencyCritic = ConsistencyCritic()

    def section(self, name: str) -> dict[str, Any]:
        """The section a critic is built from: its own (``critic.rules``, ``critic.vlm``); a critic
        named by dotted path gets the keys of ``critic`` no built-in field claims."""
        if name in ("rules", "vlm", "consistency"):
            return getattr(self, name).model_dump(mode="json")
        return dict(self.model_extra or {})


ASPECTS = {"16:9": 16 / 9, "9:16": 9 / 16, "1:1": 1.0}


class Video(Section):
    backend: str = "moviepy"
    # The film's shape: cameras frame each shot for it (not a crop of the wide frame), and the
    # film's and keyframes' sizes follow it (keeping their long side; square keeps their area).
    aspect: Literal["16:9", "9:16", "1:1"] = "16:9"
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
    limits = {"render_keyframe": (120, 180), "render_keyframes": (600, 900), "synthesize_speech": (120, 180), "critique": (60, 90),
              "render_segment": (300, 420), "mix_soundtrack": (300, 420), "join_film": (600, 900), "echo": (10, 15),
              "plan": (3600, 3900), "film": (14_400, 15_000)}
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
        "render_keyframe": "cpu", "render_keyframes": "cpu", "synthesize_speech": "cpu", "critique": "cpu", "render_segment": "cpu",
        "mix_soundtrack": "cpu", "join_film": "cpu", "echo": "cpu", "film": "film", "plan": "llm",
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
    llm: LLM = LLM()
    crews: Crews = Crews()
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

    @model_validator(mode="after")
    def _sizes_for_aspect(self) -> Settings:
        ratio = ASPECTS[self.video.aspect]
        for section, even in ((self.video, True), (self.keyframes, False)):
            section.width, section.height = shaped(section.width, section.height, ratio, even)
        return self

    @model_validator(mode="after")
    def _roles_inherit_llm(self) -> Settings:
        # Each role is handed exactly its own section, so the shared defaults are copied in here.
        for role in [*self.crews.roles().values(), self.critic.vlm]:
            for name in Endpoint.model_fields:
                if getattr(role, name) is None:
                    setattr(role, name, getattr(self.llm, name))
        return self

    def snapshot(self) -> dict[str, Any]:
        return self.model_dump(mode="json")

    def digest(self, section: str) -> str:
        """A short hash of one section: part of every cache key that section influences."""
        data = getattr(self, section).model_dump(mode="json")
        return hashlib.sha256(json.dumps(data, sort_keys=True).encode()).hexdigest()[:16]


def shaped(width: int, height: int, ratio: float, even: bool) -> tuple[int, int]:
    """A frame of ``ratio`` (width / height) from one of any shape: the long side kept, or for a
    square the area. The same answer for a frame already of that shape."""

    def rounded(value: float) -> int:
        return max(2, round(value / 2) * 2) if even else max(1, round(value))

    if abs(width / height - ratio) < 0.01:
        return width, height
    if ratio == 1.0:
        side = rounded(math.sqrt(width * height))
        return side, side
    long = max(width, height)
    return (long, rounded(long / ratio)) if ratio > 1 else (rounded(long * ratio), long)


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


# Short names for the settings operators set most, beside the STUDIO_<SECTION>__<KEY> scheme.
ENDPOINT_ENVIRONMENT = {
    "STUDIO_LLM_BASE_URL": ("llm", "base_url"),
    "STUDIO_LLM_MODEL": ("llm", "model"),
    "STUDIO_VLM_BASE_URL": ("critic", "vlm", "base_url"),
    "STUDIO_VLM_MODEL": ("critic", "vlm", "model"),
}


def _endpoint_environment() -> dict[str, Any]:
    data: dict[str, Any] = {}
    for variable, path in ENDPOINT_ENVIRONMENT.items():
        if value := os.environ.get(variable):
            node = data
            for key in path[:-1]:
                node = node.setdefault(key, {})
            node[path[-1]] = value
    return data


def load_settings(path: str | Path | None = None, **overrides: Any) -> Settings:
    path = path or os.environ.get("STUDIO_CONFIG") or None  # how a worker's whole farm shares one file
    data = _read_yaml(DEFAULT_CONFIG) if DEFAULT_CONFIG.exists() else {}
    if path is not None:
        data = _deep_merge(data, _read_yaml(Path(path)))
    data = _deep_merge(data, _endpoint_environment())
    data = _deep_merge(data, {k: v for k, v in overrides.items() if v is not None})
    try:
        return Settings(**data)
    except ValueError as exc:
        raise ConfigError(f"invalid config: {exc}") from None
