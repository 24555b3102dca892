"""Celery tasks: thin wrappers that run the plain task functions of ``studio.tasks`` under a lease.

A wrapper asks the job store whether its message may run (see ``JobStore.claim``), keeps the lease
alive with a heartbeat while the function runs, retries transient errors with exponential backoff
and jitter, and records the outcome. The function itself is the one the inline executor calls.
"""

from __future__ import annotations

import gc
import logging
import os
import random
import sys
import time
from collections.abc import Callable
from typing import Any

from celery import Task
from celery.exceptions import Ignore, Reject, SoftTimeLimitExceeded, TimeLimitExceeded

from studio import tasks
from studio.events import Event
from studio.jobs import JobStore
from studio.jobs.lease import Heartbeat
from studio.tasks import TRANSIENT_ERRORS
from workers.app import TASK_PREFIX, app
from workers.context import TaskContext, open_store
from workers.wakeup import notify

log = logging.getLogger(__name__)


class HandBack(Exception):
    """The task stops unfinished and its message goes back on the queue (its worker is stopping)."""


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
                _failed(store, context, self.name, task_id, error, (args or [{}])[0])


def run(task: Task, name: str, payload: dict, context: dict | None,
        function: Callable[[dict], dict] | None = None) -> dict:
    """Run one delivery of a task: ``function`` (by default the studio task of that name)."""
    ctx = TaskContext.model_validate(context or {})
    function = function or tasks.get(name)
    if not ctx.db:
        return function(payload)
    store = open_store(ctx.db)
    task_id = task.request.id
    started = _announcement(ctx, "task_started", name, task_id, task.request.hostname or "", payload)
    while True:
        claim = store.claim(task_id, worker=task.request.hostname or "", lease_s=ctx.lease_s,
                            max_deliveries=ctx.max_deliveries, announce=started)
        if claim.verdict != "wait":
            break
        # The same asset is being made for another job right now: let it finish, then reuse it.
        _wait_for(store, claim.detail, ctx)
    if claim.verdict == "done":
        return claim.result or {}
    if claim.verdict == "unknown":  # a message its job store does not know: left over from a store since removed
        log.warning("task %s is not in the job store %s; skipped", task_id, ctx.db)
        raise Ignore()
    if claim.verdict != "run":
        _event(store, ctx, "task_skipped", name, task_id, claim.detail or claim.verdict, payload,
               verdict=claim.verdict)
        raise Ignore()  # another worker holds it, or it is finished, cancelled or dead-lettered
    notify(task.app.conf.broker_url, None, ctx.job)  # started: for whoever follows the job
    hard_limit, soft_limit = (task.request.timelimit or (None, None))
    hard_limit, soft_limit = hard_limit or task.time_limit, soft_limit or task.soft_time_limit
    if os.environ.get("STUDIO_POOL", "prefork") == "prefork":
        hard_limit = None  # Celery enforces it there, by killing the pool process
    try:
        with Heartbeat(store, task_id, claim.holder or "", ctx.lease_s, ctx.heartbeat_s, hard_limit,
                       lambda: _overrun(store, ctx, name, task_id, hard_limit, payload, claim.holder)):
            result = function(payload)
    except TRANSIENT_ERRORS as exc:
        error = f"{type(exc).__name__}: {exc}"
        if task.request.retries >= ctx.retries:
            _failed(store, ctx, name, task_id, f"{error} (after {ctx.retries} retries)", payload, claim.holder)
            raise
        retries = store.retrying(task_id, error, claim.holder or "")
        if retries is None:  # our lease lapsed and someone else runs it now: theirs to finish
            raise Ignore() from None
        countdown = backoff(task.request.retries, ctx.retry_backoff_s, ctx.retry_backoff_max_s)
        _event(store, ctx, "task_retried", name, task_id, f"{error}; retry {retries} in {countdown:.1f} s", payload)
        raise task.retry(exc=exc, countdown=countdown, max_retries=ctx.retries) from None
    except HandBack:
        store.release(task_id, claim.holder or "")
        raise Reject(requeue=True) from None
    except SoftTimeLimitExceeded:
        _failed(store, ctx, name, task_id, f"soft time limit ({soft_limit} s) exceeded", payload, claim.holder)
        raise
    except Exception as exc:
        if _out_of_memory(exc):
            _release_memory()  # the next task on this worker gets the memory back
        _failed(store, ctx, name, task_id, f"{type(exc).__name__}: {exc}", payload, claim.holder)
        raise
    store.succeed(task_id, result, _announcement(ctx, "task_finished", name, task_id, task.request.hostname or "",
                                                 payload, cached=bool(result.get("cached"))))
    notify(task.app.conf.broker_url, ctx.run, ctx.job, ended=name == "film")
    return result


def backoff(retries: int, base_s: float, maximum_s: float) -> float:
    """Exponential backoff with jitter: half the doubled delay fixed, half random, so retries of
    many tasks spread out instead of hitting a struggling service together."""
    ceiling = min(maximum_s, base_s * 2**retries)
    return ceiling / 2 + random.uniform(0, ceiling / 2)


def _wait_for(store: JobStore, other: str, ctx: TaskContext) -> None:
    deadline = time.monotonic() + ctx.lease_s * 4
    interval = 0.05
    while time.monotonic() < deadline:
        row = store.task(other)
        if row is None or row.finished or (row.lease_until or 0) < time.time():
            return
        time.sleep(interval)
        interval = min(interval * 2, ctx.heartbeat_s)


def _overrun(store: JobStore, ctx: TaskContext, name: str, task_id: str, limit: float, payload: dict,
             holder: str | None) -> None:
    """Past its hard time limit on a pool with no enforcer (solo, threads): fail the take; a solo
    worker exits too, since its one process is stuck (run it under a supervisor that restarts it)."""
    _failed(store, ctx, name, task_id, f"hard time limit ({limit:g} s) exceeded", payload, holder)
    if os.environ.get("STUDIO_POOL") == "solo":
        os._exit(70)


def _failed(store: JobStore, ctx: TaskContext, name: str, task_id: str, error: str, payload: dict,
            holder: str | None = None) -> None:
    store.fail(task_id, error, _announcement(ctx, "task_failed", name, task_id, error, payload), holder=holder)
    notify(app.conf.broker_url, ctx.run, ctx.job, ended=name == "film")


def _announcement(ctx: TaskContext, kind: str, name: str, task_id: str, message: str, payload: dict,
                  **data: Any) -> Event:
    """A worker's event about one task, stored with the change of state it reports."""
    task = name.removeprefix(TASK_PREFIX)
    return Event(kind=kind, stage=task, target=payload.get("target"), message=message,
                 data={"task": task, "task_id": task_id, "target": payload.get("target"), **data},
                 run=ctx.run, project=ctx.project, job=ctx.job)


def _event(store: JobStore, ctx: TaskContext, kind: str, name: str, task_id: str, message: str,
           payload: dict | None = None, **data: Any) -> None:
    store.add_event(_announcement(ctx, kind, name, task_id, message, payload or {}, **data))


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
