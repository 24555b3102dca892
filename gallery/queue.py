"""The farm as the gallery shows it: jobs from the job store, their tasks by state and the workers
that ran them; cancelling a job is what `studio cancel` does."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from studio.config import Settings
from studio.jobs.records import database_url

MAX_JOBS = 100


def store_url(settings: Settings, root: Path) -> str | None:
    """The job store's URL, or None when the served root has none (no film was ever queued)."""
    url = database_url(settings.jobs.db_url, root)
    if url.startswith("sqlite:///") and not Path(url.removeprefix("sqlite:///")).is_file():
        return None
    return url


def queue_view(settings: Settings, root: Path) -> dict:
    url = store_url(settings, root)
    if url is None:
        return {"store": None, "jobs": []}
    from studio.jobs import JobStore

    store = JobStore(url)
    rows = []
    for job in store.jobs(limit=MAX_JOBS):
        tasks = store.job_tasks(job.id)
        folder = Path(job.project_dir)
        rows.append({"id": job.id, "title": job.title, "state": job.state, "stage": job.stage,
                     "shots_done": job.shots_done, "shots_total": job.shots_total, "error": job.error,
                     "created_at": job.created_at, "finished": job.finished,
                     "project": folder.name if folder.parent.resolve() == root.resolve() else None,
                     "tasks": dict(Counter(task.state for task in tasks)),
                     "workers": sorted({task.worker for task in tasks if task.worker})})
    return {"store": url.split("://")[0], "jobs": rows}


def cancel(settings: Settings, root: Path, job_id: str) -> dict:
    """Mark the job cancelled and revoke its queued tasks; without a reachable broker the workers
    skip them when they reach them (the job store says the job is cancelled)."""
    from studio.farm import FarmError, build_farm
    from studio.jobs import JobStore

    url = store_url(settings, root)
    if url is None:
        return {"cancelled": False, "reason": "no job store here"}
    store = JobStore(url)
    record = store.find_job(job_id)
    if record.finished:
        return {"cancelled": False, "reason": f"already {record.state}"}
    try:
        revoked = build_farm(settings).cancel(store, record.id)
    except FarmError as exc:
        store.cancel_job(record.id)
        return {"cancelled": True, "revoked": 0, "reason": f"queued tasks not revoked: {exc}"}
    return {"cancelled": True, "revoked": len(revoked)}
