"""The task functions: what a worker does with one payload. Plain functions of JSON in, JSON out.

The inline executor calls them here; Celery task wrappers in ``workers/`` call the same functions.
Each is idempotent: it looks up its cache key first, and a finished asset is returned untouched.
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Callable
from contextlib import ExitStack
from functools import lru_cache
from pathlib import Path
from typing import Any

from studio import probe, registry
from studio.config import OPERATIONAL
from studio.models import Asset, Critique, RenderRequest, SpeechRequest, Timeline
from studio.store import AssetStore, cache_key, contents

TASK_THREADS_ENV = "STUDIO_TASK_THREADS"  # threads one task may use (ffmpeg, onnxruntime), set by a worker
KEYFRAME_VERSION = 1
SPEECH_VERSION = 2
CRITIC_VERSION = 3  # 2: critiques record each check they made; 3: typed fixes, per-critic sections


class TransientError(RuntimeError):
    """A failure that may pass if the task runs again later (a lost connection, a rate limit).

    Backends raise it, or ``ConnectionError`` / ``TimeoutError``, to ask a worker for a retry with
    backoff; any other exception fails the take at once, since running it again would fail again.
    """


TRANSIENT_ERRORS: tuple[type[BaseException], ...] = (TransientError, ConnectionError, TimeoutError)


@lru_cache(maxsize=16)
def _backend(role: str, name: str, config_json: str) -> Any:
    # One instance per process and config: a voice or a GL context loads once, not per task.
    return registry.build(role, name, json.loads(config_json))


def backend(role: str, section: dict[str, Any]) -> Any:
    config = {k: v for k, v in section.items() if k not in ("backend", "backends")}
    # The machine's share, not the film's choice: a worker running several tasks at once gives each
    # a few threads (``studio worker --threads``), and the cache keys, made from the section, stay.
    if threads := os.environ.get(TASK_THREADS_ENV):
        config["threads"] = int(threads)
    return _backend(role, section["backend"], json.dumps(config, sort_keys=True))


def _asset_task(payload: dict, kind: str, build: Callable[[AssetStore, Path], Asset]) -> dict:
    """The shape of every asset task: return the stored asset if its key is done, else build it
    in a private folder and publish it whole."""
    store = AssetStore(Path(payload["project_dir"]))
    if (done := store.get(kind, payload["key"])) is not None:
        return {"asset": done.model_dump(mode="json"), "cached": True}
    with store.building(kind, payload["key"]) as folder:
        asset = store.publish(folder, build(store, folder))
    return {"asset": asset.model_dump(mode="json"), "cached": False}


def render_keyframe(payload: dict) -> dict:
    """payload: project_dir, key, section (keyframes config), request (RenderRequest)."""
    request = RenderRequest.model_validate(payload["request"])

    def build(store: AssetStore, folder: Path) -> Asset:
        started = time.perf_counter()
        meta = backend("keyframes", payload["section"]).render(request.located(store.root), folder)
        return _keyframe(payload["key"], request, folder, meta, time.perf_counter() - started)

    return _asset_task(payload, "keyframe", build)


def render_keyframes(payload: dict) -> dict:
    """payload: project_dir, key (the batch's), section (keyframes config), items ([{key, request,
    target}]). Several shots in one call of a backend that paints batches (``render_batch``): a
    GPU paints a batch in little more than the time of one. Each shot is still its own asset under
    its own key, and a shot already done is not painted again. Returns ``results``, one per item:
    ``{asset, cached}``, or ``{error}`` for a shot that failed (the others keep theirs)."""
    store = AssetStore(Path(payload["project_dir"]))
    items = payload["items"]
    results: list[dict | None] = [None] * len(items)
    todo = []
    for index, item in enumerate(items):
        if (done := store.get("keyframe", item["key"])) is not None:
            results[index] = {"asset": done.model_dump(mode="json"), "cached": True}
        else:
            todo.append(index)
    if todo:
        requests = [RenderRequest.model_validate(items[i]["request"]) for i in todo]
        with ExitStack() as stack:
            folders = [stack.enter_context(store.building("keyframe", items[i]["key"])) for i in todo]
            started = time.perf_counter()
            try:
                metas = backend("keyframes", payload["section"]).render_batch(
                    [request.located(store.root) for request in requests], folders)
            except TRANSIENT_ERRORS:
                raise  # the whole batch is tried again later; what is cached stays cached
            except Exception as exc:  # noqa: BLE001 - the shots fail, the ones found done stay done
                for index in todo:
                    results[index] = {"error": f"{type(exc).__name__}: {exc}"}
                return {"results": results}
            share = (time.perf_counter() - started) / len(todo)
            for index, request, folder, meta in zip(todo, requests, folders, metas):
                try:
                    asset = store.publish(folder, _keyframe(items[index]["key"], request, folder, meta, share))
                except Exception as exc:  # noqa: BLE001 - one bad picture fails its own shot only
                    results[index] = {"error": f"{type(exc).__name__}: {exc}"}
                else:
                    results[index] = {"asset": asset.model_dump(mode="json"), "cached": False}
    return {"results": results}


def _keyframe(key: str, request: RenderRequest, folder: Path, meta: dict, seconds: float) -> Asset:
    for name in ("rgb.png", "depth.png", "mask.png"):
        probe.check_image(folder / name, expect_size=(request.width, request.height))
    meta.update(render_s=round(seconds, 4), attempt=request.attempt, seed=request.seed)
    return Asset(key=key, kind="keyframe", files={"rgb": "rgb.png", "depth": "depth.png", "mask": "mask.png"},
                 meta=meta)


def synthesize_speech(payload: dict) -> dict:
    """payload: project_dir, key, section (voices config), request (SpeechRequest)."""
    request = SpeechRequest.model_validate(payload["request"])

    def build(store: AssetStore, folder: Path) -> Asset:
        started = time.perf_counter()
        meta = backend("voices", payload["section"]).render(request.located(store.root), folder)
        meta.update(duration_s=probe.check_wav(folder / "speech.wav"),
                    render_s=round(time.perf_counter() - started, 4))
        return Asset(key=payload["key"], kind="speech", files={"audio": "speech.wav"}, meta=meta)

    return _asset_task(payload, "speech", build)


def critique(payload: dict) -> dict:
    """payload: project_dir, critics (names, in order), sections (name -> that critic's config),
    on_error (fail | pass), request, asset.

    Critics run in order and stop at the first that fails the take, so a model-backed critic only
    sees what the measured checks passed. A critic that errs is recorded as unavailable (passing or
    failing the take as ``on_error`` says) and never fails the task. A verdict depends only on the
    asset, its request and the critics' config, so it is cached like an asset; one with an
    unavailable critic is not, so that a later run asks again.
    """
    store = AssetStore(Path(payload["project_dir"]))
    # What a verdict depends on: each critic's judging settings and, for a model, its prompt's
    # version; for a critic judging with local weights (an image encoder), their contents.
    critics = {name: registry.resolve("critic", name) for name in payload["critics"]}
    judges = {name: judging(critic, {k: v for k, v in payload["sections"].get(name, {}).items()
                                     if k not in OPERATIONAL}) for name, critic in critics.items()}
    versions = {name: getattr(critic, "template_version", None) for name, critic in critics.items()}
    weights = [critic.fingerprint(payload["sections"].get(name, {}))
               for name, critic in critics.items() if hasattr(critic, "fingerprint")]
    request_type = RenderRequest if payload["asset"]["kind"] == "keyframe" else SpeechRequest
    request = request_type.model_validate(payload["request"])
    # A model critic compares the take with the references: their contents are part of the verdict.
    references = [contents(store.root, request.references())] if request.references() else []
    key = cache_key("critique", CRITIC_VERSION, payload["critics"], judges, versions, payload["on_error"],
                    payload["request"], payload["asset"]["key"], *references, *weights)
    if (done := store.get_record("critique", key)) is not None:
        return done
    asset = Asset.model_validate(payload["asset"])
    critiques: list[Critique] = []
    for name in payload["critics"]:
        try:
            critic = backend("critic", {**payload["sections"].get(name, {}), "backend": name})
            verdict = critic.run(request, asset, Path(payload["project_dir"]))
        except Exception as exc:  # noqa: BLE001 - a critic's failure is a verdict of its own, not the stage's end
            verdict = unavailable(name, exc, passes=payload["on_error"] == "pass")
        critiques.append(verdict)
        if not verdict.passed:
            break
    result = {"critiques": [c.model_dump(mode="json") for c in critiques]}
    if not any(c.unavailable for c in critiques):
        store.put_record("critique", key, result)
    return result


def judging(backend_class: Any, section: dict[str, Any]) -> dict[str, Any]:
    """The part of a section its backend's results are keyed by: all of it, unless the backend
    narrows it (``key_section``: leaving out folder paths keyed by content, and settings that
    change how the work is done but not what it makes)."""
    narrow = getattr(backend_class, "key_section", None)
    return narrow(section) if narrow else section


def unavailable(name: str, exc: BaseException, passes: bool) -> Critique:
    reason = str(exc).splitlines()[0][:300] if str(exc) else type(exc).__name__
    return Critique(critic=name, passed=passes, score=1.0 if passes else 0.0, unavailable=True,
                    reasons=[f"critic {name} unavailable: {reason}"])


def render_segment(payload: dict) -> dict:
    """payload: project_dir, key, section (video config), timeline (the segment's local timeline)."""
    timeline = Timeline.model_validate(payload["timeline"])

    def build(store: AssetStore, folder: Path) -> Asset:
        meta = backend("video", payload["section"]).render_segment(timeline, store.root, folder)
        return Asset(key=payload["key"], kind="segment", files={"video": "segment.mp4"}, meta=meta)

    return _asset_task(payload, "segment", build)


def mix_soundtrack(payload: dict) -> dict:
    """payload: project_dir, key, section (video config), timeline (whole film: its audio and length)."""
    timeline = Timeline.model_validate(payload["timeline"])

    def build(store: AssetStore, folder: Path) -> Asset:
        meta = backend("video", payload["section"]).soundtrack(timeline, store.root, folder)
        return Asset(key=payload["key"], kind="soundtrack", files={"audio": "soundtrack.m4a"}, meta=meta)

    return _asset_task(payload, "soundtrack", build)


def join_film(payload: dict) -> dict:
    """payload: project_dir, key, section (video config), timeline (whole film), segments and
    soundtrack (paths)."""
    timeline = Timeline.model_validate(payload["timeline"])

    def build(store: AssetStore, folder: Path) -> Asset:
        segments = [store.path(p) for p in payload["segments"]]
        meta = backend("video", payload["section"]).join(segments, store.path(payload["soundtrack"]), timeline,
                                                         folder)  # probes its film
        return Asset(key=payload["key"], kind="film", files={"video": "film.mp4"}, meta=meta)

    return _asset_task(payload, "film", build)


def plan(payload: dict) -> dict:
    """payload: project_dir, settings (a snapshot), source (Source), voices (the catalogue the conductor
    listed). A model-backed plan, made where the llm queue's workers are; the plan and every call land
    in the project folder."""
    from studio.config import Settings
    from studio.models import Source, Voice
    from studio.pipeline import Pipeline  # the pipeline sends this task: imported late, not at load

    pipeline = Pipeline(Settings.from_snapshot(payload["settings"]), Path(payload["project_dir"]))
    warnings: list[str] = []  # a fallback's warning belongs in the film's log: the conductor emits it
    pipeline.bus.subscribe(lambda event: warnings.append(event.message) if event.kind == "warning" else None)
    voices = [Voice.model_validate(voice) for voice in payload["voices"]] if "voices" in payload else None
    project = pipeline.plan_here(Source.model_validate(payload["source"]), voices)
    return {"project": project.model_dump(mode="json"), "warnings": warnings}


def echo(payload: dict) -> dict:
    """payload: anything. Returns it: a health check, and the queue benchmark's round trip."""
    return {"echo": payload}


TASKS: dict[str, Callable[[dict], dict]] = {
    "render_keyframe": render_keyframe,
    "render_keyframes": render_keyframes,
    "synthesize_speech": synthesize_speech,
    "critique": critique,
    "render_segment": render_segment,
    "mix_soundtrack": mix_soundtrack,
    "join_film": join_film,
    "plan": plan,
    "echo": echo,
}


def get(name: str) -> Callable[[dict], dict]:
    try:
        return TASKS[name]
    except KeyError:
        raise KeyError(f"unknown task {name!r}; known: {', '.join(TASKS)}") from None
