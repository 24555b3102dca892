"""The job store: the source of truth for what a farm is doing, in SQLite (default) or PostgreSQL.

The broker only carries messages; whether a task may run, who holds it, how often its worker has
died and what it produced live here. Every task row has a lease that its worker renews with a
heartbeat: a message delivered while a live lease holds the task is skipped, a task whose lease
lapsed is requeued, and one whose workers died ``max_deliveries`` times is dead-lettered instead
of looping forever.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, case, create_engine, event, func, select, text, update
from sqlalchemy.orm import Session, defer, sessionmaker

from studio import processes
from studio.events import Event
from studio.jobs.records import (
    FINISHED_TASK_STATES,
    Claim,
    JobRecord,
    JobStoreError,
    JobTotals,
    TaskOutcome,
    TaskRecord,
    database_url,  # noqa: F401 - where it used to live
    new_id,
)
from studio.jobs.schema import EventRow, JobRow, TaskRow

MIGRATIONS = Path(__file__).with_name("migrations")


class JobStore:
    def __init__(self, url: str) -> None:
        self.url = url
        if url.startswith("sqlite:///") and url != "sqlite:///:memory:":
            Path(url.removeprefix("sqlite:///")).parent.mkdir(parents=True, exist_ok=True)
        self.engine = _engine(url)
        self._read = sessionmaker(self.engine, expire_on_commit=False)
        # SQLite: a write transaction takes the lock when it begins, not when it first writes, so a
        # read-then-update (a claim) never fails half way because another process wrote meanwhile.
        self._write = sessionmaker(self.engine.execution_options(write=True), expire_on_commit=False)
        try:
            migrate(self.engine)
        except Exception as exc:  # noqa: BLE001 - any driver error means the same to the user
            raise JobStoreError(f"cannot open the job store {_safe(url)}: {_first_line(exc)}") from None

    @contextmanager
    def reading(self) -> Iterator[Session]:
        with self._read.begin() as session:
            yield session

    @contextmanager
    def writing(self) -> Iterator[Session]:
        with self._write.begin() as session:
            yield session

    def close(self) -> None:
        self.engine.dispose()

    # ------------------------------------------------------------------ jobs

    def add_job(self, *, title: str, story: str, project_dir: str, project_id: str, executor: str,
                settings: dict[str, Any], state: str = "queued", job_id: str | None = None) -> JobRecord:
        row = JobRow(id=job_id or new_id(), title=title, story=story, project_dir=project_dir, project_id=project_id,
                     executor=executor, state=state, stage="", shots_total=0, shots_done=0, settings=settings,
                     created_at=time.time())
        with self.writing() as session:
            session.add(row)
            session.flush()
            return JobRecord.model_validate(row)

    def job(self, job_id: str) -> JobRecord | None:
        with self.reading() as session:
            row = session.get(JobRow, job_id)
            return JobRecord.model_validate(row) if row else None

    def job_settings(self, job_id: str) -> dict[str, Any]:
        with self.reading() as session:
            row = session.get(JobRow, job_id)
            if row is None:
                raise JobStoreError(f"no job {job_id} in {_safe(self.url)}")
            return dict(row.settings)

    def find_job(self, prefix: str) -> JobRecord:
        """A job by its id or an unambiguous start of it (people type the first few characters)."""
        with self.reading() as session:
            rows = session.scalars(select(JobRow).where(JobRow.id.startswith(prefix, autoescape=True)).limit(2)).all()
        if not rows:
            raise JobStoreError(f"no job {prefix!r} in {_safe(self.url)}")
        if len(rows) > 1:
            raise JobStoreError(f"job id {prefix!r} is ambiguous; give more of it")
        return JobRecord.model_validate(rows[0])

    def jobs(self, limit: int = 200, ids: Iterable[str] | None = None) -> list[JobRecord]:
        # Followers ask for this several times a second: the settings snapshot stays unread.
        query = select(JobRow).options(defer(JobRow.settings)).order_by(JobRow.created_at.desc()).limit(limit)
        if ids is not None:
            query = query.where(JobRow.id.in_(list(ids)))
        with self.reading() as session:
            return [JobRecord.model_validate(row) for row in session.scalars(query)]

    def update_job(self, job_id: str, **fields: Any) -> None:
        with self.writing() as session:
            session.execute(update(JobRow).where(JobRow.id == job_id).values(**fields))

    def start_job(self, job_id: str, run_id: str) -> bool:
        """Mark a job running under a new run; False when it was cancelled (or is gone) meanwhile."""
        with self.writing() as session:
            row = session.get(JobRow, job_id, with_for_update=True)
            if row is None or row.state == "cancelled":
                return False
            row.state, row.run_id, row.error, row.finished_at = "running", run_id, None, None
            row.started_at = row.started_at or time.time()
            return True

    def finish_job(self, job_id: str, state: str, error: str | None = None) -> None:
        with self.writing() as session:
            row = session.get(JobRow, job_id, with_for_update=True)
            if row is not None and row.state != "cancelled":
                row.state, row.error, row.finished_at = state, error, time.time()

    def cancel_job(self, job_id: str) -> list[str]:
        """Mark a job and its unstarted tasks cancelled; returns the task ids to revoke on the broker."""
        now = time.time()
        with self.writing() as session:
            job = session.get(JobRow, job_id, with_for_update=True)
            if job is None:
                raise JobStoreError(f"no job {job_id}")
            if job.state in ("done", "failed", "cancelled"):
                return []
            job.state, job.finished_at, job.error = "cancelled", now, "cancelled"
            pending = session.scalars(select(TaskRow.id).where(
                TaskRow.job_id == job_id, TaskRow.state.in_(("queued", "retrying")))).all()
            session.execute(update(TaskRow).where(TaskRow.id.in_(pending))
                            .values(state="cancelled", finished_at=now, error="cancelled"))
            return [*pending, *([job.task_id] if job.task_id else [])]

    def totals(self, job_ids: Iterable[str]) -> dict[str, JobTotals]:
        ids = list(job_ids)
        finished = func.sum(case((TaskRow.state.in_(FINISHED_TASK_STATES), 1), else_=0))
        errors = func.sum(case((TaskRow.state.in_(("failed", "dead")), 1), else_=0))
        query = (select(TaskRow.job_id, func.count(), finished, func.sum(TaskRow.deliveries), errors)
                 .where(TaskRow.job_id.in_(ids), TaskRow.name != "film").group_by(TaskRow.job_id))
        with self.reading() as session:
            rows = session.execute(query).all()
        totals = {job_id: JobTotals() for job_id in ids}
        for job_id, count, done, attempts, failed in rows:
            totals[job_id] = JobTotals(tasks=count, finished=done or 0, attempts=attempts or 0, errors=failed or 0)
        return totals

    # ----------------------------------------------------------------- tasks

    def add_task(self, *, task_id: str, job_id: str | None, run_id: str | None, name: str, target: str | None,
                 key: str, project_dir: str, queue: str, payload: dict[str, Any]) -> tuple[TaskRecord, bool]:
        """Record a task before its message is sent. Returns the row and whether it is new: a task id
        already known (a conductor resuming after a crash) keeps its row, state and result."""
        [new] = self.add_tasks([{"task_id": task_id, "name": name, "target": target, "key": key,
                                 "project_dir": project_dir, "queue": queue, "payload": payload}],
                               job_id=job_id, run_id=run_id)
        return self.task(task_id), new

    def add_tasks(self, tasks: list[dict[str, Any]], *, job_id: str | None, run_id: str | None) -> list[bool]:
        """``add_task`` for many tasks of one job in one transaction (a stage sends dozens at once):
        each dict has task_id, name, target, key, project_dir, queue and payload. Returns, in order,
        whether each is new."""
        ids = [task["task_id"] for task in tasks]
        with self.writing() as session:
            known = set(session.scalars(select(TaskRow.id).where(TaskRow.id.in_(ids)))) if ids else set()
            job = session.get(JobRow, job_id) if job_id else None
            state = "cancelled" if job is not None and job.state == "cancelled" else "queued"
            now = time.time()
            session.add_all([
                TaskRow(id=task["task_id"], job_id=job_id, run_id=run_id, name=task["name"], target=task["target"],
                        key=task["key"], project_dir=task["project_dir"], queue=task["queue"], payload=task["payload"],
                        state=state, deliveries=0, lost=0, retries=0, duplicates=0, submitted_at=now)
                for task in tasks if task["task_id"] not in known])
        return [task_id not in known for task_id in ids]

    def resend(self, task_id: str, run_id: str | None) -> bool:
        """A conductor sends a known task again (its earlier run died): only a task nobody holds."""
        with self.writing() as session:
            row = session.get(TaskRow, task_id, with_for_update=True)
            unheld = row is not None and (row.state == "queued" or row.state == "running" and _lapsed(row, time.time()))
            if not unheld:
                return False
            row.run_id, row.state, row.holder = run_id, "queued", None
            return True

    def claim(self, task_id: str, *, worker: str, lease_s: float, max_deliveries: int,
              holder: str | None = None, announce: Event | None = None) -> Claim:
        """Decide what a worker handed this task's message does with it (see the module's docstring).
        On ``run`` the claim names its holder: heartbeats and the outcome are recorded under it, and
        ``announce`` (its data given the delivery number) is stored with it."""
        holder = holder or processes.new_holder()
        now = time.time()
        with self.writing() as session:
            row = session.get(TaskRow, task_id, with_for_update=True)
            if row is None:
                return Claim(verdict="unknown")
            job = session.get(JobRow, row.job_id) if row.job_id else None
            if row.state == "cancelled" or (job is not None and job.state == "cancelled"):
                return Claim(verdict="cancelled")
            if row.state == "succeeded":
                row.duplicates += 1
                return Claim(verdict="done", result=row.result)
            if row.state in ("failed", "dead"):
                return Claim(verdict="finished", detail=row.error or "")
            taking_over = row.state == "running"
            if taking_over and not _lapsed(row, now):
                row.duplicates += 1
                return Claim(verdict="held", detail=row.holder or "")
            if row.name != "film":
                twin = session.scalars(select(TaskRow).where(
                    TaskRow.project_dir == row.project_dir, TaskRow.name == row.name, TaskRow.key == row.key,
                    TaskRow.id != row.id, TaskRow.state == "running", TaskRow.lease_until > now).limit(1)).first()
                if twin is not None and processes.alive(twin.holder) is not False:
                    return Claim(verdict="wait", detail=twin.id)
            if taking_over:  # its last holder died: this delivery is the redelivery that counts
                row.lost += 1
                if row.lost >= max_deliveries:
                    _dead_letter(session, row, now)
                    return Claim(verdict="dead", detail=row.error or "")
            row.state, row.holder, row.worker = "running", holder, worker
            row.deliveries += 1
            row.lease_until, row.heartbeat_at = now + lease_s, now
            row.started_at = now  # this delivery's start: time limits count from here
            if announce is not None:
                announce.data = {**announce.data, "delivery": row.deliveries}
                _insert_events(session, [announce])
            return Claim(verdict="run", deliveries=row.deliveries, holder=holder)

    def heartbeat(self, task_id: str, lease_s: float, holder: str) -> bool:
        """Renew a lease; False when the task is no longer this holder's (requeued, cancelled, timed out)."""
        now = time.time()
        with self.writing() as session:
            result = session.execute(update(TaskRow).where(
                TaskRow.id == task_id, TaskRow.holder == holder, TaskRow.state == "running",
            ).values(lease_until=now + lease_s, heartbeat_at=now))
            return result.rowcount == 1

    def succeed(self, task_id: str, result: dict[str, Any], announce: Event | None = None) -> None:
        """Record a result, unless the task already ended otherwise (timed out, cancelled, dead-lettered).
        A holder that lost its lease may still succeed: its asset is as good as anyone's."""
        with self.writing() as session:
            session.execute(update(TaskRow).where(TaskRow.id == task_id, TaskRow.state.not_in(FINISHED_TASK_STATES))
                            .values(state="succeeded", result=result, error=None, finished_at=time.time()))
            if announce is not None:
                _insert_events(session, [announce])

    def fail(self, task_id: str, error: str, announce: Event | None = None, holder: str | None = None) -> bool:
        """End a task as failed; a film's task takes its job with it. False when it had already ended,
        or (with ``holder``) when it is no longer that holder's: a worker that lost its lease does not
        fail a task someone else now runs."""
        with self.writing() as session:
            row = session.get(TaskRow, task_id, with_for_update=True)
            if row is None or row.state in FINISHED_TASK_STATES:
                return False
            if holder is not None and row.holder != holder:
                return False
            row.state, row.error, row.finished_at = "failed", error, time.time()
            _end_film_job(session, row)
            if announce is not None:
                _insert_events(session, [announce])
            return True

    def release(self, task_id: str, holder: str) -> bool:
        """Give a running task back to the queue unfinished (its worker is stopping)."""
        with self.writing() as session:
            result = session.execute(update(TaskRow).where(
                TaskRow.id == task_id, TaskRow.holder == holder, TaskRow.state == "running",
            ).values(state="queued", holder=None, lease_until=None))
            return result.rowcount == 1

    def retrying(self, task_id: str, error: str, holder: str) -> int | None:
        """A transient error: the task goes back on the queue; returns how many retries it has had,
        or None when the task is no longer this holder's (its lease lapsed and another took it)."""
        with self.writing() as session:
            row = session.get(TaskRow, task_id, with_for_update=True)
            if row is None or row.state != "running" or row.holder != holder:
                return None
            row.state, row.error, row.holder, row.lease_until = "retrying", error, None, None
            row.retries += 1
            return row.retries

    def tasks(self, ids: Iterable[str]) -> list[TaskRecord]:
        with self.reading() as session:
            return [TaskRecord.model_validate(r) for r in session.scalars(select(TaskRow).where(TaskRow.id.in_(list(ids))))]

    def task(self, task_id: str) -> TaskRecord | None:
        with self.reading() as session:
            row = session.get(TaskRow, task_id)
            return TaskRecord.model_validate(row) if row else None

    def job_tasks(self, job_id: str) -> list[TaskRecord]:
        with self.reading() as session:
            rows = session.scalars(select(TaskRow).where(TaskRow.job_id == job_id).order_by(TaskRow.submitted_at))
            return [TaskRecord.model_validate(r) for r in rows]

    def outcomes(self, ids: Iterable[str]) -> list[TaskOutcome]:
        """The tasks among ``ids`` that have finished, with their results."""
        query = (select(TaskRow.id, TaskRow.state, TaskRow.result, TaskRow.error)
                 .where(TaskRow.id.in_(list(ids)), TaskRow.state.in_(FINISHED_TASK_STATES)))
        with self.reading() as session:
            return [TaskOutcome(id=i, state=s, result=r, error=e) for i, s, r, e in session.execute(query)]

    def payload(self, task_id: str) -> dict[str, Any]:
        with self.reading() as session:
            return dict(session.get(TaskRow, task_id).payload)

    def overdue(self, ids: Iterable[str], older_than_s: float) -> list[tuple[str, str]]:
        """(id, queue) of the running tasks among ``ids`` that started more than ``older_than_s`` ago.
        Asked at every sweep of every waiting conductor, so it reads two columns, not whole rows."""
        query = select(TaskRow.id, TaskRow.queue).where(
            TaskRow.id.in_(list(ids)), TaskRow.state == "running", TaskRow.started_at < time.time() - older_than_s)
        with self.reading() as session:
            return [(row.id, row.queue) for row in session.execute(query)]

    def untouched(self, ids: Iterable[str]) -> bool:
        """Whether every task among ``ids`` is still queued and was never delivered."""
        query = select(TaskRow.state, TaskRow.deliveries).where(TaskRow.id.in_(list(ids)))
        with self.reading() as session:
            rows = session.execute(query).all()
        return bool(rows) and all(row.state == "queued" and row.deliveries == 0 for row in rows)

    def lapsed(self, *, job_id: str | None = None, ids: Iterable[str] | None = None) -> list[TaskRecord]:
        """Running tasks whose worker stopped renewing the lease (or, on this host, no longer exists)."""
        now = time.time()
        query = select(TaskRow).where(TaskRow.state == "running")
        if job_id is not None:
            query = query.where(TaskRow.job_id == job_id)
        if ids is not None:
            query = query.where(TaskRow.id.in_(list(ids)))
        with self.reading() as session:
            return [TaskRecord.model_validate(r) for r in session.scalars(query) if _lapsed(r, now)]

    def requeue(self, task_id: str, max_deliveries: int) -> str:
        """Take a lapsed task back from its dead worker. Returns ``requeued`` (its message must be sent
        again), ``dead`` (it has lost its worker ``max_deliveries`` times; dead-lettered), ``failed``
        (a film conducted in a process that died, with no farm to take it over), or ``alive``."""
        now = time.time()
        with self.writing() as session:
            row = session.get(TaskRow, task_id, with_for_update=True)
            if row is None or row.state != "running" or not _lapsed(row, now):
                return "alive"
            row.lost += 1
            job = session.get(JobRow, row.job_id) if row.job_id else None
            if row.name == "film" and job is not None and job.executor == "inline":
                row.state, row.finished_at, row.holder = "failed", now, None
                row.error = "the process conducting this film died; run it again to resume from what is rendered"
                _end_film_job(session, row)
                return "failed"
            if row.lost >= max_deliveries:
                _dead_letter(session, row, now)
                return "dead"
            row.state, row.holder, row.lease_until = "queued", None, None
            return "requeued"

    # ---------------------------------------------------------------- events

    def add_event(self, event: Event) -> int:
        return self.add_events([event])[0]

    def add_events(self, events: list[Event]) -> list[int]:
        """Store events in one transaction (writers queue for SQLite's one lock: fewer is faster)."""
        with self.writing() as session:
            return _insert_events(session, events)

    def last_event_id(self) -> int:
        with self.reading() as session:
            return session.scalar(select(func.max(EventRow.id))) or 0

    def requeue_job(self, job_id: str) -> None:
        """A running job goes back to waiting for a conductor (a cancelled one stays cancelled)."""
        with self.writing() as session:
            session.execute(update(JobRow).where(JobRow.id == job_id, JobRow.state == "running").values(state="queued"))

    def events(self, *, after: int = 0, job: str | None = None, run: str | None = None,
               kinds: Iterable[str] | None = None, jobs: Iterable[str] | None = None, limit: int = 1000) -> list[Event]:
        """Stored events after the id ``after``, oldest first: readers resume where they stopped."""
        query = select(EventRow).where(EventRow.id > after).order_by(EventRow.id).limit(limit)
        if job is not None:
            query = query.where(EventRow.job_id == job)
        if jobs is not None:
            query = query.where(EventRow.job_id.in_(list(jobs)))
        if run is not None:
            query = query.where(EventRow.run_id == run)
        if kinds is not None:
            query = query.where(EventRow.kind.in_(list(kinds)))
        with self.reading() as session:
            return [Event(id=r.id, kind=r.kind, stage=r.stage, target=r.target, message=r.message, total=r.total,
                          data=r.data or {}, ts=r.ts, run=r.run_id, project=r.project_id, job=r.job_id)
                    for r in session.scalars(query)]


class EventSink:
    """An event-bus listener that stores events (those relayed from workers are stored already).

    Events come in bursts (a result arriving emits several), so they are written a batch at a
    time: at once for the ones a reader waits on (stages, jobs, errors), else at most every
    ``batch_s``. ``flush`` writes what is left."""

    URGENT = ("stage_started", "stage_finished", "job_started", "job_finished", "warning", "error")

    def __init__(self, store: JobStore, batch_s: float = 0.2) -> None:
        self.store, self.batch_s = store, batch_s
        self.pending: list[Event] = []
        self.last = time.monotonic()

    def __call__(self, event: Event) -> None:
        if event.id is not None:
            return
        self.pending.append(event)
        if event.kind in self.URGENT or time.monotonic() - self.last >= self.batch_s:
            self.flush()

    def flush(self) -> None:
        if self.pending:
            batch, self.pending = self.pending, []
            for event, event_id in zip(batch, self.store.add_events(batch), strict=True):
                event.id = event_id
        self.last = time.monotonic()


# ------------------------------------------------------------- internals ---


def _insert_events(session: Session, events: list[Event]) -> list[int]:
    if session.get_bind().dialect.name == "postgresql":
        # Readers resume after the last id they saw, so ids must become visible in order: one
        # writer of events at a time (SQLite has only one writer anyway).
        session.execute(text("SELECT pg_advisory_xact_lock(731502)"))
    rows = [EventRow(job_id=e.job, run_id=e.run, project_id=e.project, kind=e.kind, stage=e.stage, target=e.target,
                     message=e.message, total=e.total, data=e.data, ts=e.ts) for e in events]
    session.add_all(rows)
    session.flush()
    return [row.id for row in rows]


def _lapsed(row: TaskRow, now: float) -> bool:
    """Its holder is gone: a dead process on this host at once; elsewhere, no heartbeat for a lease.
    A live process on this host keeps its task however late its heartbeat (it may be stalled)."""
    alive = processes.alive(row.holder)
    if alive is not None:
        return not alive
    return row.lease_until is not None and row.lease_until < now


def _dead_letter(session: Session, row: TaskRow, now: float) -> None:
    row.state, row.finished_at, row.holder = "dead", now, None
    row.error = f"worker lost {row.lost} times; dead-lettered"
    _end_film_job(session, row)


def _end_film_job(session: Session, row: TaskRow) -> None:
    """A film's own task ended badly where its conductor could not say so (its worker died, a hard
    time limit): the job ends with it, or it would stay running for ever."""
    if row.name != "film" or not row.job_id:
        return
    job = session.get(JobRow, row.job_id, with_for_update=True)
    if job is not None and job.state in ("queued", "running"):
        job.state, job.error, job.finished_at = "failed", row.error, time.time()


def _engine(url: str) -> Engine:
    if not url.startswith("sqlite"):
        return create_engine(url, pool_pre_ping=True, pool_size=5, max_overflow=10)
    engine = create_engine(url, connect_args={"timeout": 60, "check_same_thread": False})

    @event.listens_for(engine, "connect")
    def _connect(connection, _record) -> None:
        connection.isolation_level = None  # transactions begin where we say, as we say (below)
        cursor = connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")  # readers never wait for the writer
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute("PRAGMA busy_timeout=10000")  # well under a lease: a wait for the lock never costs one
        cursor.close()

    @event.listens_for(engine, "begin")
    def _begin(connection) -> None:
        connection.exec_driver_sql("BEGIN IMMEDIATE" if connection.get_execution_options().get("write") else "BEGIN")

    return engine


def migrate(engine: Engine) -> None:
    """Bring the database to the newest schema; concurrent openers wait for each other."""
    from alembic import command
    from alembic.config import Config
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory

    head = ScriptDirectory(str(MIGRATIONS)).get_current_head()
    with engine.connect() as connection:
        if MigrationContext.configure(connection).get_current_revision() == head:
            return
    with engine.execution_options(write=True).begin() as connection:
        if connection.dialect.name == "postgresql":
            connection.exec_driver_sql("SELECT pg_advisory_xact_lock(731501)")
        config = Config()
        config.set_main_option("script_location", str(MIGRATIONS))
        config.attributes["connection"] = connection
        command.upgrade(config, "head")


def _safe(url: str) -> str:
    """A URL fit for an error line: no password."""
    from sqlalchemy.engine import make_url

    try:
        return make_url(url).render_as_string(hide_password=True)
    except Exception:  # noqa: BLE001 - a malformed URL is shown as given
        return url


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return text[0] if text else type(exc).__name__
