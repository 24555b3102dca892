"""Structured events: the one stream the CLI progress, the event log and (later) the gallery read.

No component prints its own progress; it emits an Event and whoever listens decides how to show it.
"""

from __future__ import annotations

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
]


class Event(BaseModel):
    kind: EventKind
    stage: str
    target: str | None = None  # shot or line id the event is about
    message: str = ""
    total: int | None = None  # with stage_started: how many items the stage will produce
    data: dict = Field(default_factory=dict)
    ts: float = Field(default_factory=time.time)


Listener = Callable[[Event], None]


class EventBus:
    def __init__(self) -> None:
        self._listeners: list[Listener] = []

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener)

    def emit(self, kind: EventKind, stage: str, target: str | None = None, message: str = "", **fields) -> Event:
        event = Event(kind=kind, stage=stage, target=target, message=message, **fields)
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
