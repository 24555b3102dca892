"""Run per-shot and per-line work: in this process (the default) or on Celery workers.

Stages never call task functions directly: they hand the executor a task name, JSON payloads, the
queue the work belongs on and its time limit, and read back JSON results, so the Celery executor
(``workers/executor.py``, found through the registry) drops in without touching a stage. The
inline executor sends every payload and result through JSON too: what runs here would travel.
"""

from __future__ import annotations

import json
import signal
import threading
import traceback
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING, Protocol

from studio import registry, tasks

if TYPE_CHECKING:
    from studio.config import Settings
    from studio.events import EventBus
    from studio.jobs import JobStore


class TaskFailed(Exception):
    """A task raised, timed out or lost its worker: the result slot carries this instead of a result."""

    def __init__(self, task: str, target: str | None, message: str, detail: str = "") -> None:
        super().__init__(message)
        self.task, self.target, self.message, self.detail = task, target, message, detail


class JobCancelled(Exception):
    """Someone cancelled the job this run belongs to: stop submitting, keep what is finished."""


class Interrupted(Exception):
    """The process conducting the film is stopping: hand the film back so another conductor resumes it."""


class Executor(Protocol):
    parallel: bool  # True when tasks run elsewhere, so independent stages may wait side by side

    def map(self, task: str, payloads: Sequence[dict], *, queue: str = "cpu",
            timeout: float | None = None) -> Iterator[tuple[int, dict | TaskFailed]]:
        """Run ``task`` on every payload; yield ``(index, result)`` as each finishes.

        ``queue`` names the workers that may run it; a task with no result ``timeout`` seconds
        after it started is reported as a ``TaskFailed``, never waited on forever."""
        ...

    def close(self) -> None: ...


class InlineExecutor:
    """Runs tasks one after another in this process: no broker, no workers, the embedded default."""

    parallel = False

    def map(self, task: str, payloads: Sequence[dict], *, queue: str = "cpu",
            timeout: float | None = None) -> Iterator[tuple[int, dict | TaskFailed]]:
        function = tasks.get(task)
        for index, payload in enumerate(payloads):
            payload = json.loads(json.dumps(payload))  # a payload that would not travel fails here, loudly
            try:
                with deadline(timeout):
                    result = function(payload)
                yield index, json.loads(json.dumps(result))
            except Exception as exc:  # noqa: BLE001 - the stage names the shot and decides
                yield index, TaskFailed(task, payload.get("target"), f"{type(exc).__name__}: {exc}",
                                        traceback.format_exc())

    def close(self) -> None:
        pass


class TaskTimedOut(Exception):
    pass


@contextmanager
def deadline(seconds: float | None) -> Iterator[None]:
    """Interrupt the block after ``seconds`` (main thread only: the only one signals reach).

    Python code is interrupted at once; a call stuck inside C code is interrupted when it returns.
    """
    if not seconds or threading.current_thread() is not threading.main_thread():
        yield
        return

    def expire(signum, frame):
        raise TaskTimedOut(f"no result within its time limit of {seconds:g} s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def build_executor(settings: Settings, *, bus: EventBus, jobs: JobStore | None = None,
                   job_id: str | None = None) -> Executor:
    """The executor ``executor.kind`` names; an out-of-process one is a backend like any other."""
    kind = settings.executor.kind
    if kind == "inline":
        return InlineExecutor()
    return registry.resolve("executor", kind)(settings=settings, bus=bus, jobs=jobs, job_id=job_id)
