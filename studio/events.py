"""Structured events: the one stream the CLI progress, the event log, the job store and the gallery read.

No component prints its own progress; it emits an Event and whoever listens decides how to show it.
Events cross processes through the job store: a worker writes its own (task started, finished,
failed) there, and whoever conducts the film relays them onto its bus, so a film rendered on a
farm shows the same stream as one rendered inline.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, Field

EventKind = Literal[
    "stage_started",
    "stage_finished",
    "asset_cached",
    "asset_rendered",
    "critique",
    "progress",
    "warning",
    "error",
    "usage",  # a model call was made: data holds the project's running totals (calls, tokens, cost)
    # from workers, through the job store
    "task_started",
    "task_finished",
    "task_failed",
    "task_retried",
    "task_skipped",
    # a film job as a whole
    "job_started",
    "job_finished",
]


class Event(BaseModel):
    kind: EventKind
    stage: str
    target: str | None = None  # shot or line id the event is about
    message: str = ""
    total: int | None = None  # with stage_started: how many items the stage will produce
    data: dict = Field(default_factory=dict)
    ts: float = Field(default_factory=time.time)
    id: int | None = None  # its row in the job store, once stored: readers resume after an id
    run: str | None = None  # one execution of the pipeline
    project: str | None = None  # the project folder it is about
    job: str | None = None  # the job in the job store, when there is one


Listener = Callable[[Event], None]


class EventBus:
    """Fans events out to listeners. Stages may run in threads side by side, so emitting is locked:
    listeners see one event at a time, in one order."""

    def __init__(self, run: str | None = None, project: str | None = None, job: str | None = None) -> None:
        self._listeners: list[Listener] = []
        self._lock = threading.RLock()
        self.context = {"run": run, "project": project, "job": job}

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        with self._lock:
            self._listeners.append(listener)
        return lambda: self._remove(listener)

    def _remove(self, listener: Listener) -> None:
        with self._lock:
            self._listeners.remove(listener)

    def emit(self, kind: EventKind, stage: str, target: str | None = None, message: str = "", **fields) -> Event:
        return self.publish(Event(kind=kind, stage=stage, target=target, message=message,
                                  **{**self.context, **fields}))

    def publish(self, event: Event) -> Event:
        """Hand an event made elsewhere (a worker's, read back from the job store) to every listener."""
        with self._lock:
            for listener in list(self._listeners):
                listener(event)
        return event


class EventLog:
    """Appends every event as one JSON line: the project's readable history (``events.jsonl``)."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self._file = path.open("a", encoding="utf-8")

    def __call__(self, event: Event) -> None:
        self._file.write(event.model_dump_json() + "\n")
        self._file.flush()

    def close(self) -> None:
        self._file.close()
