"""The Celery executor: the pipeline's ``map`` over workers, with the job store as the source of truth.

Each payload becomes a task row (its id derived from the job, the task and the asset key, so a
conductor that resumes after a crash finds the rows of its first life instead of sending the work
twice) and a message on its queue. Results come back through the job store, where the worker
records them; while waiting, the conductor relays the workers' events onto its bus, requeues the
tasks of workers that died (up to ``queue.max_deliveries``), fails tasks past their time limit,
and stops when the job is cancelled.
"""

from __future__ import annotations

import hashlib
import json
import threading
import time
import uuid
from collections.abc import Iterator, Sequence

from studio.config import Settings
from studio.events import EventBus
from studio.executor import Interrupted, JobCancelled, TaskFailed
from studio.jobs import JobStore
from workers.app import build_app, send
from workers.context import TaskContext
from workers.wakeup import Waiter, channel

# Without wake-ups (a broker other than Redis), how often a waiting conductor looks at the job
# store: soon after a result came (the next is likely near), then less and less often.
# Set when the worker this conductor runs in begins a warm shutdown (see workers/film.py).
SHUTTING_DOWN = threading.Event()

POLL_MIN_S, POLL_MAX_S, POLL_GROWTH = 0.01, 0.5, 2.0
RELAY_EVERY_S = 0.25
WORKER_EVENTS = ("task_started", "task_finished", "task_failed", "task_retried", "task_skipped")


class CeleryExecutor:
    parallel = True

    def __init__(self, settings: Settings, bus: EventBus, jobs: JobStore | None = None, job_id: str | None = None):
        if jobs is None:
            raise ValueError("the Celery executor needs a job store")
        self.settings, self.bus, self.store, self.job_id = settings, bus, jobs, job_id
        self.app = build_app(settings)
        self.context = TaskContext.for_run(settings.queue, jobs.url, job_id, bus.context.get("run"),
                                           bus.context.get("project"))
        self.relay = EventRelay(jobs, bus, job_id, after=jobs.last_event_id())
        self._warned_idle: set[str] = set()
        self._sent: dict[str, float] = {}  # task id -> when its message last went out (monotonic)
        # How often a waiting stage looks for lost workers, overdue tasks and a cancelled job: a
        # sixth of a lease, so a dead worker's task is back within about 1.2 leases, and the store
        # is not asked by every waiting stage of every film every second.
        self.sweep_s = min(5.0, max(0.5, settings.queue.lease_s / 6))

    def map(self, task: str, payloads: Sequence[dict], *, queue: str = "cpu",
            timeout: float | None = None) -> Iterator[tuple[int, dict | TaskFailed]]:
        run = self.context.run  # listening before anything is sent
        waiter = Waiter(self.settings.queue.broker_url, [channel(run)] if run else [])
        try:
            yield from self._map(task, payloads, queue, timeout, waiter)
        finally:
            waiter.close()

    def _map(self, task: str, payloads: Sequence[dict], queue: str, timeout: float | None,
             waiter: Waiter) -> Iterator[tuple[int, dict | TaskFailed]]:
        slots: dict[str, list[int]] = {}
        for index, payload in enumerate(payloads):
            # Two lines with the same words and voice are one asset, one task.
            slots.setdefault(self.task_id(task, payload), []).append(index)
        self.send(task, {task_id: payloads[indices[0]] for task_id, indices in slots.items()}, queue)
        pending = set(slots)
        sent_at = time.monotonic()
        last_sweep = sent_at
        interval = POLL_MIN_S
        while pending:
            outcomes = self.store.outcomes(pending)
            for outcome in outcomes:
                pending.discard(outcome.id)
                for index in slots[outcome.id]:
                    if outcome.state == "succeeded" and outcome.result is not None:
                        yield index, outcome.result
                    else:
                        yield index, TaskFailed(task, payloads[index].get("target"), outcome.error or outcome.state)
            self.relay.pump(every=RELAY_EVERY_S)
            if not pending:
                break
            now = time.monotonic()
            if now - last_sweep >= self.sweep_s:
                last_sweep = now
                self.check_job()
                self.recover(pending)
                self.resend_stale(pending)
                self.enforce(pending, timeout)
                self.warn_if_idle(task, pending, queue, now - sent_at)
            if waiter.wakes:  # a worker says when to look; the timeout keeps the sweeps going
                waiter.wait(self.sweep_s)
            else:
                interval = POLL_MIN_S if outcomes else min(interval * POLL_GROWTH, POLL_MAX_S)
                time.sleep(interval)

    def task_id(self, task: str, payload: dict) -> str:
        """The same in every life of this job's conductor: a resumed conductor finds its rows."""
        return str(uuid.uuid5(uuid.NAMESPACE_URL, f"studio:{self.job_id}:{task}:{_key(payload)}"))

    def send(self, task: str, payloads: dict[str, dict], queue: str) -> None:
        """Record every task (task id -> payload) in one transaction, then send their messages."""
        rows = [{"task_id": task_id, "name": task, "target": payload.get("target"), "key": _key(payload),
                 "project_dir": payload.get("project_dir", ""), "queue": queue, "payload": payload}
                for task_id, payload in payloads.items()]
        new = self.store.add_tasks(rows, job_id=self.job_id, run_id=self.context.run)
        for (task_id, payload), fresh in zip(payloads.items(), new, strict=True):
            # A row from an earlier life of this conductor is sent again only when nobody holds it.
            if fresh or self.store.resend(task_id, self.context.run):
                self.publish(task_id, task, payload, queue)

    def publish(self, task_id: str, task: str, payload: dict, queue: str) -> None:
        send(self.app, self.settings.queue, task, payload, self.context.model_dump(), task_id=task_id, queue_name=queue)
        self._sent[task_id] = time.monotonic()

    def check_job(self) -> None:
        if self.job_id and (job := self.store.job(self.job_id)) is not None and job.state == "cancelled":
            raise JobCancelled(f"job {self.job_id} was cancelled; finished assets are kept")
        if SHUTTING_DOWN.is_set():
            raise Interrupted("the worker conducting this film is shutting down")

    def recover(self, pending: set[str]) -> None:
        """Requeue the tasks whose worker died (lease lapsed); past the cap they are dead-lettered."""
        cap = self.settings.queue.max_deliveries
        for row in self.store.lapsed(ids=pending):
            # The message goes first: if sending fails nothing has changed and the next sweep tries
            # again; a worker that takes it before the row is marked counts the lost worker itself.
            if row.lost + 1 < cap:
                self.publish(row.id, row.name, self.store.payload(row.id), row.queue)
                self.bus.emit("warning", row.name, row.target,
                              f"{row.target or row.id}: worker {row.worker or '?'} was lost; task sent again "
                              f"(delivery {row.deliveries + 1}, at most {cap})")
            self.store.requeue(row.id, cap)

    def resend_stale(self, pending: set[str]) -> None:
        """Send again what has sat queued for ``queue.resend_after_s``: its message may be gone."""
        now = time.monotonic()
        stale = [t for t in pending if now - self._sent.get(t, now) > self.settings.queue.resend_after_s]
        for row in self.store.tasks(stale) if stale else []:
            if row.state in ("queued", "retrying"):
                self.publish(row.id, row.name, self.store.payload(row.id), row.queue)
            else:
                self._sent[row.id] = now

    def enforce(self, pending: set[str], timeout: float | None) -> None:
        if not timeout:
            return
        # A lease's length of grace: the worker enforces the limit itself; this is the backstop for a
        # task that never reports back at all.
        for task_id, queue in self.store.overdue(pending, timeout + self.settings.queue.lease_s):
            if self.store.fail(task_id, f"no result within its time limit of {timeout:g} s") and queue.startswith("cpu"):
                # Only a prefork pool can stop one task; solo and threads workers watch their own.
                self.app.control.revoke(task_id, terminate=True, signal="SIGKILL")

    def warn_if_idle(self, task: str, pending: set[str], queue: str, waited: float) -> None:
        if queue in self._warned_idle or waited < max(10.0, self.settings.queue.lease_s):
            return
        if self.store.untouched(pending):
            self._warned_idle.add(queue)
            self.bus.emit("warning", task, None,
                          f"no worker has taken a task from queue {queue!r} for {waited:.0f} s; "
                          f"start one with: studio worker --queues {queue}")

    def close(self) -> None:
        self.relay.pump()


class EventRelay:
    """Moves the workers' events for this job from the job store onto the conductor's bus, once each,
    in order, from ``after`` on; stages waiting side by side share one relay. By job, not by run: a
    conductor that took a film over also hears from the tasks its predecessor sent."""

    def __init__(self, store: JobStore, bus: EventBus, job: str | None, after: int = 0) -> None:
        self.store, self.bus, self.job = store, bus, job
        self.after = after
        self.last = 0.0
        self._lock = threading.Lock()

    def pump(self, every: float = 0.0) -> None:
        """Relay what arrived since the last pump; at most once per ``every`` seconds."""
        if time.monotonic() - self.last < every or not self._lock.acquire(blocking=False):
            return  # relayed a moment ago, or another stage's thread is relaying right now
        try:
            self.last = time.monotonic()
            for event in self.store.events(after=self.after, job=self.job, kinds=WORKER_EVENTS):
                self.after = max(self.after, event.id or 0)
                self.bus.publish(event)
        finally:
            self._lock.release()


def _key(payload: dict) -> str:
    """The asset's cache key; a critique (keyed inside its task) by a digest of what it judges."""
    if payload.get("key"):
        return payload["key"]
    labels = {k: v for k, v in payload.items() if k != "target"}
    return hashlib.sha256(json.dumps(labels, sort_keys=True).encode()).hexdigest()[:24]


