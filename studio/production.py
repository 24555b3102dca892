"""One film as a job: the conductor that `studio make`, `studio batch` and the film queue share.

A job row holds the story, the project folder and the film's resolved settings; ``conduct`` runs
the pipeline for it under a new run id, through the executor those settings name, and keeps the
row current (state, stage, shots done) while every event goes to the job store and the project's
``events.jsonl``. Whoever calls it (the CLI, or a worker of the film queue) adds its own listeners.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from studio.config import Settings
from studio.events import Event, EventBus, EventLog, Listener
from studio.executor import JobCancelled, build_executor
from studio.ingest import InputError
from studio.jobs import EventSink, JobRecord, JobStore, JobStoreError, new_id
from studio.models import Project
from studio.pipeline import Pipeline, StageError
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
        elif event.kind == "critique" and event.stage == "keyframes" and event.data.get("final"):
            self.shots_done += 1
            self.store.update_job(self.job_id, shots_done=self.shots_done)


def conduct(store: JobStore, job_id: str, listeners: Iterable[Listener] = ()) -> Project:
    """Make the job's film start to end; raises what ended it (the job row says it too)."""
    job = store.job(job_id)
    if job is None:
        raise JobStoreError(f"no job {job_id} in the job store")
    settings = Settings.from_snapshot(store.job_settings(job_id))
    run_id = new_id()
    if not store.start_job(job_id, run_id):
        raise JobCancelled(f"job {job_id} was cancelled")
    out = Path(job.project_dir)
    out.mkdir(parents=True, exist_ok=True)
    bus = EventBus(run=run_id, project=job.project_id, job=job_id)
    log = EventLog(out / "events.jsonl")
    for listener in (EventSink(store), log, JobProgress(store, job_id), *listeners):
        bus.subscribe(listener)
    executor = build_executor(settings, bus=bus, jobs=store, job_id=job_id)
    try:
        bus.emit("job_started", "job", message=job.story, data={"executor": settings.executor.kind})
        pipeline = Pipeline(settings, out, bus, executor)
        project = pipeline.plan(pipeline.ingest(job.story))
        store.update_job(job_id, title=project.title, shots_total=len(project.shots))
        project = pipeline.render(project)
    except JobCancelled:
        bus.emit("job_finished", "job", message="cancelled", data={"state": "cancelled"})
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
        log.close()


def describe(exc: BaseException) -> str:
    """The one line a person reads about why a film stopped."""
    if isinstance(exc, (StageError, InputError, JobCancelled)):
        return str(exc)
    if isinstance(exc, KeyboardInterrupt):
        return "interrupted"
    return f"internal error: {type(exc).__name__}: {exc}"
