"""Run per-shot and per-line work: in this process (the default) or, later, on Celery queues.

Stages never call task functions directly: they hand the executor a task name and JSON payloads
and read back JSON results, so the Celery executor drops in without touching a stage.
"""

from __future__ import annotations

import traceback
from collections.abc import Iterator, Sequence
from typing import Protocol

from studio import tasks


class TaskFailed(Exception):
    """A task raised: the result slot carries this instead of a result."""

    def __init__(self, task: str, target: str | None, message: str, detail: str = "") -> None:
        super().__init__(message)
        self.task, self.target, self.message, self.detail = task, target, message, detail


class Executor(Protocol):
    def map(self, task: str, payloads: Sequence[dict]) -> Iterator[tuple[int, dict | TaskFailed]]:
        """Run ``task`` on every payload; yield ``(index, result)`` as each finishes."""
        ...


class InlineExecutor:
    """Runs tasks one after another in this process: no broker, no workers, the embedded default."""

    def map(self, task: str, payloads: Sequence[dict]) -> Iterator[tuple[int, dict | TaskFailed]]:
        function = tasks.get(task)
        for index, payload in enumerate(payloads):
            try:
                yield index, function(payload)
            except Exception as exc:  # noqa: BLE001 - the stage names the shot and decides
                yield index, TaskFailed(task, payload.get("target"), f"{type(exc).__name__}: {exc}", traceback.format_exc())


def build_executor(kind: str) -> Executor:
    if kind == "inline":
        return InlineExecutor()
    from studio.registry import (
        build,  # an out-of-process executor is a backend like any other
    )

    return build("executor", kind)
