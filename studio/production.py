"""One film as a job: the conductor that `studio make`, `studio batch` and the film queue share.

A job row holds the story, the project folder and the film's resolved settings; ``conduct`` runs
the pipeline for it under a new run id, through the executor those settings name, and keeps the
row current (state, stage, shots done) while every event goes to the job store and the project's
``events.jsonl``. Whoever calls it (the CLI, or a worker of the film queue) adds its own listeners.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from pathlib import Path

from studio import processes
from studio.config import Queue, Settings
from studio.events import Event, EventBus, EventLog, Listener
from studio.executor import Interrupted, JobCancelled, build_executor
from studio.farm import FarmError
from studio.ingest import InputError
from studio.jobs import EventSink, JobRecord, JobStore, JobStoreError, new_id
from studio.jobs.lease import Heartbeat
from studio.ledger import ModelError
from studio.models import Project
from studio.pipeline import Pipeline, StageError
from studio.project_lock import ProjectBusy
from studio.store import project_id


def create_job(store: JobStore, settings: Settings, story: Path, out: Path, *, state: str = "queued") -> JobRecord:
    """Record a film to make. Paths become absolute: whoever conducts it may start elsewhere."""
    out = Path(out).resolve()
    snapshot = settings.snapshot()
    if settings.cast:
        snapshot["cast"] = str(Path(settings.cast).resolve())
    return store.add_job(title=Path(story).stem, story=str(Path(story).resolve()), project_dir=str(out),
                         project_id=project_id(out), executor=settings.executor.kind, settings=snapshot, state=state)


class JobProgress:
    """Keeps the job row's stage and shot counts current, for `studio status` and progress bars."""

    def __init__(self, store: JobStore, job_id: str) -> None:
        self.store, self.job_id, self.shots_done = store, job_id, 0

    def __call__(self, event: Event) -> None:
        if event.kind == "stage_started":
            fields = {"shots_total": event.total or 0, "shots_done": 0} if event.stage == "keyframes" else {}
            self.shots_done = 0 if fields else self.shots_done
            self.store.update_job(self.job_id, stage=event.stage, **fields)
        elif event.kind == "critique" and event.stage == "keyframes" and event.data.get("final") \
                and event.data.get("usable", True):
            self.shots_done += 1
            self.store.update_job(self.job_id, shots_done=self.shots_done)


def film_task_id(job_id: str) -> str:
    """The id of the task that conducts a job's film, wherever it runs."""
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"studio:{job_id}:film"))


def conduct_here(store: JobStore, job_id: str, listeners: Iterable[Listener] = ()) -> Project:
    """Conduct a film in this process (the CLI), holding its film task as a worker would: if this
    process dies, `studio status` sees the lease lapse, and the farm takes the film over (celery
    executor) or the job is marked failed (inline)."""
    job = store.job(job_id)
    if job is None:
        raise JobStoreError(f"no job {job_id} in the job store")
    queue = Settings.from_snapshot(store.job_settings(job_id)).queue
    task_id = film_task_id(job_id)
    store.add_task(task_id=task_id, job_id=job_id, run_id=None, name="film", target=job.title, key=job_id,
                   project_dir=job.project_dir, queue=queue.queue_for("film"), payload={"job": job_id})
    store.update_job(job_id, task_id=task_id)
    claim = store.claim(task_id, worker=f"cli-{processes.this_process()}", lease_s=queue.lease_s,
                        max_deliveries=queue.max_deliveries)
    if claim.verdict != "run":
        raise JobStoreError(f"job {job_id} is already being conducted ({claim.verdict} {claim.detail})".strip())
    with Heartbeat(store, task_id, claim.holder or "", queue.lease_s, queue.heartbeat_s):
        try:
            project = conduct(store, job_id, listeners)
        except BaseException as exc:
            store.fail(task_id, describe(exc))
            raise
    store.succeed(task_id, {"job": job_id, "state": "done"})
    return project


def conduct(store: JobStore, job_id: str, listeners: Iterable[Listener] = (), farm: Queue | None = None) -> Project:
    """Make the job's film start to end; raises what ended it (the job row says it too).

    ``farm``: the broker settings to send tasks with, when they are this process's to decide (a
    worker conducting a film sends through its own broker, not the one the submitter saw)."""
    job = store.job(job_id)
    if job is None:
        raise JobStoreError(f"no job {job_id} in the job store")
    settings = Settings.from_snapshot(store.job_settings(job_id))
    if farm is not None:
        queue = settings.queue.model_copy(update={"broker_url": farm.broker_url, "result_backend": farm.result_backend,
                                                  "transport_options": farm.transport_options})
        settings = settings.model_copy(update={"queue": queue})
    run_id = new_id()
    if not store.start_job(job_id, run_id):
        raise JobCancelled(f"job {job_id} was cancelled")
    out = Path(job.project_dir)
    out.mkdir(parents=True, exist_ok=True)
    bus = EventBus(run=run_id, project=job.project_id, job=job_id)
    log = EventLog(out / "events.jsonl")
    sink = EventSink(store)
    for listener in (sink, log, JobProgress(store, job_id), *listeners):
        bus.subscribe(listener)
    executor = build_executor(settings, bus=bus, jobs=store, job_id=job_id)
    try:
        bus.emit("job_started", "job", message=job.story, data={"executor": settings.executor.kind})
        pipeline = Pipeline(settings, out, bus, executor)
        # A job made with `studio make --plan` names its plan (JSON) where a story would be.
        project = pipeline.load_plan(job.story) if job.story.endswith(".json") else pipeline.plan(pipeline.ingest(job.story))
        store.update_job(job_id, title=project.title, shots_total=len(project.shots))
        project = pipeline.render(project)
    except JobCancelled:
        bus.emit("job_finished", "job", message="cancelled", data={"state": "cancelled"})
        raise
    except Interrupted as exc:  # not an end: another conductor picks the film up where this one stopped
        store.requeue_job(job_id)
        bus.emit("warning", "job", message=f"{exc}; the film goes back on the queue")
        raise
    except BaseException as exc:
        message = describe(exc)
        store.finish_job(job_id, "failed", message)
        bus.emit("job_finished", "job", message=message, data={"state": "failed"})
        raise
    else:
        store.finish_job(job_id, "done")
        bus.emit("job_finished", "job", message=str(out / "film.mp4"), data={"state": "done"})
        return project
    finally:
        executor.close()
        sink.flush()
        log.close()


def describe(exc: BaseException) -> str:
    """The one line a person reads about why a film stopped."""
    if isinstance(exc, (StageError, InputError, JobCancelled, FarmError, JobStoreError, ModelError, ProjectBusy)):
        return str(exc)
    if isinstance(exc, KeyboardInterrupt):
        return "interrupted"
    return f"internal error: {type(exc).__name__}: {exc}"
