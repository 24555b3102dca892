"""Holding a task: a heartbeat that renews its lease while the work runs."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable

from studio.jobs.store import JobStore

log = logging.getLogger(__name__)


class Heartbeat:
    """Renews ``task_id``'s lease every ``interval_s`` in a thread of its own.

    ``on_overrun`` is called once if the work outlives ``limit_s``: on pools where Celery cannot
    enforce a hard time limit (solo, threads) the worker decides there what an overrun costs."""

    def __init__(self, store: JobStore, task_id: str, holder: str, lease_s: float, interval_s: float,
                 limit_s: float | None = None, on_overrun: Callable[[], None] | None = None) -> None:
        self.store, self.task_id, self.holder = store, task_id, holder
        self.lease_s, self.interval_s = lease_s, interval_s
        self.limit_s, self.on_overrun = limit_s, on_overrun
        self.held = True  # False once the store says the task is no longer ours
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._beat, name=f"heartbeat-{task_id[:8]}", daemon=True)

    def __enter__(self) -> Heartbeat:
        self._started = time.monotonic()
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()

    def _beat(self) -> None:
        while not self._stop.wait(self.interval_s):
            if self.limit_s and self.on_overrun and time.monotonic() - self._started > self.limit_s:
                self.on_overrun()
                return
            try:
                held = self.store.heartbeat(self.task_id, self.lease_s, self.holder)
            except Exception:  # noqa: BLE001 - a missed beat is retried next time; the lease has slack
                log.warning("heartbeat for task %s failed; retrying", self.task_id, exc_info=True)
                continue
            if self.held and not held:
                self.held = False  # requeued or cancelled meanwhile: the work goes on, and is idempotent
                log.warning("task %s is no longer held by %s", self.task_id, self.holder)
