"""Celery tasks: thin wrappers that run the plain task functions of ``studio.tasks`` under a lease.

A wrapper asks the job store whether its message may run (see ``JobStore.claim``), keeps the lease
alive with a heartbeat while the function runs, retries transient errors with exponential backoff
and jitter, and records the outcome. The function itself is the one the inline executor calls.
"""

from __future__ import annotations

import gc
import random
import sys
import threading
import time
from collections.abc import Callable
from typing import Any

from celery import Task
from celery.exceptions import Ignore, SoftTimeLimitExceeded, TimeLimitExceeded

from studio import tasks
from studio.events import Event
from studio.jobs import JobStore
from studio.tasks import TRANSIENT_ERRORS
from workers.app import TASK_PREFIX, app
from workers.context import TaskContext, open_store


class StudioTask(Task):
    acks_late = True
    reject_on_worker_lost = True
    typing = False

    def on_failure(self, exc, task_id, args, kwargs, einfo) -> None:
        # Runs in the worker's main process when the hard time limit killed the pool process: the
        # function never got to say so, so the row is failed here (or it would look lost).
        if isinstance(exc, TimeLimitExceeded):
            context = TaskContext.model_validate((kwargs or {}).get("context") or {})
            if context.db:
                store = open_store(context.db)
                error = f"hard time limit ({exc.args[0] if exc.args else '?'} s) exceeded; the process was killed"
                store.fail(task_id, error)
                _event(store, context, "task_failed", self.name, task_id, error)


def run(task: Task, name: str, payload: dict, context: dict | None,
        function: Callable[[dict], dict] | None = None) -> dict:
    """Run one delivery of a task: ``function`` (by default the studio task of that name)."""
    ctx = TaskContext.model_validate(context or {})
    function = function or tasks.get(name)
    if not ctx.db:
        return function(payload)
    store = open_store(ctx.db)
    task_id = task.request.id
    while True:
        claim = store.claim(task_id, worker=task.request.hostname or "", lease_s=ctx.lease_s,
                            max_deliveries=ctx.max_deliveries)
        if claim.verdict != "wait":
            break
        # The same asset is being made for another job right now: let it finish, then reuse it.
        _wait_for(store, claim.detail, ctx)
    if claim.verdict == "done":
        return claim.result or {}
    if claim.verdict == "unknown":  # no row (sent by hand): run it, but nothing to record
        return function(payload)
    if claim.verdict != "run":
        _event(store, ctx, "task_skipped", name, task_id, claim.detail or claim.verdict,
               data={"verdict": claim.verdict, "target": payload.get("target")})
        raise Ignore()  # another worker holds it, or it is finished, cancelled or dead-lettered
    _event(store, ctx, "task_started", name, task_id, task.request.hostname or "",
           data={"delivery": claim.deliveries, "target": payload.get("target")})
    try:
        with Heartbeat(store, task_id, ctx):
            result = function(payload)
    except TRANSIENT_ERRORS as exc:
        error = f"{type(exc).__name__}: {exc}"
        if task.request.retries >= ctx.retries:
            _failed(store, ctx, name, task_id, f"{error} (after {ctx.retries} retries)", payload)
            raise
        retries = store.retrying(task_id, error)
        countdown = backoff(task.request.retries, ctx.retry_backoff_s, ctx.retry_backoff_max_s)
        _event(store, ctx, "task_retried", name, task_id, f"{error}; retry {retries} in {countdown:.1f} s",
               data={"target": payload.get("target")})
        raise task.retry(exc=exc, countdown=countdown, max_retries=ctx.retries) from None
    except SoftTimeLimitExceeded:
        _failed(store, ctx, name, task_id, f"soft time limit ({task.request.timelimit[1]} s) exceeded", payload)
        raise
    except Exception as exc:
        if _out_of_memory(exc):
            _release_memory()  # the next task on this worker gets the memory back
        _failed(store, ctx, name, task_id, f"{type(exc).__name__}: {exc}", payload)
        raise
    store.succeed(task_id, result)
    _event(store, ctx, "task_finished", name, task_id, task.request.hostname or "",
           data={"cached": bool(result.get("cached")), "target": payload.get("target")})
    return result


def backoff(retries: int, base_s: float, maximum_s: float) -> float:
    """Exponential backoff with jitter: half the doubled delay fixed, half random, so retries of
    many tasks spread out instead of hitting a struggling service together."""
    ceiling = min(maximum_s, base_s * 2**retries)
    return ceiling / 2 + random.uniform(0, ceiling / 2)


class Heartbeat:
    """Renews the task's lease every ``heartbeat_s`` while the function runs."""

    def __init__(self, store: JobStore, task_id: str, ctx: TaskContext) -> None:
        self.store, self.task_id, self.ctx = store, task_id, ctx
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._beat, name=f"heartbeat-{task_id[:8]}", daemon=True)

    def __enter__(self) -> Heartbeat:
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()

    def _beat(self) -> None:
        while not self._stop.wait(self.ctx.heartbeat_s):
            try:
                self.store.heartbeat(self.task_id, self.ctx.lease_s)
            except Exception:  # noqa: BLE001 - a missed beat is retried next time; the lease has slack
                pass


def _wait_for(store: JobStore, other: str, ctx: TaskContext) -> None:
    deadline = time.monotonic() + ctx.lease_s * 4
    interval = 0.05
    while time.monotonic() < deadline:
        row = store.task(other)
        if row is None or row.finished or (row.lease_until or 0) < time.time():
            return
        time.sleep(interval)
        interval = min(interval * 2, ctx.heartbeat_s)


def _failed(store: JobStore, ctx: TaskContext, name: str, task_id: str, error: str, payload: dict) -> None:
    store.fail(task_id, error)
    _event(store, ctx, "task_failed", name, task_id, error, data={"target": payload.get("target")})


def _event(store: JobStore, ctx: TaskContext, kind: str, name: str, task_id: str, message: str,
           data: dict[str, Any] | None = None) -> None:
    data = {"task": name.removeprefix(TASK_PREFIX), "task_id": task_id, **(data or {})}
    store.add_event(Event(kind=kind, stage=data["task"], target=data.get("target"), message=message, data=data,
                          run=ctx.run, project=ctx.project, job=ctx.job))


def _out_of_memory(exc: BaseException) -> bool:
    return "OutOfMemory" in type(exc).__name__ or "out of memory" in str(exc).lower()


def _release_memory() -> None:
    gc.collect()
    torch = sys.modules.get("torch")
    if torch is not None and torch.cuda.is_available():
        torch.cuda.empty_cache()


def _define(name: str) -> Task:
    def task(self: Task, payload: dict, context: dict | None = None) -> dict:
        return run(self, name, payload, context)

    task.__name__ = task.__qualname__ = name
    task.__doc__ = tasks.get(name).__doc__
    return app.task(task, bind=True, base=StudioTask, name=f"{TASK_PREFIX}{name}")


TASKS = {name: _define(name) for name in tasks.TASKS}
