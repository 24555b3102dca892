"""The farm as the gallery shows it: jobs from the job store, their tasks by state and the workers
that ran them; cancelling a job is what `studio cancel` does."""

from __future__ import annotations

import threading
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


class Jobs:
    """The job store, opened when first there (a batch may create it after the server starts) and
    kept: one connection pool for the server's life, not one per request."""

    def __init__(self, settings: Settings, root: Path) -> None:
        self.settings, self.root = settings, root
        self._store = None
        self._lock = threading.Lock()

    def store(self):
        with self._lock:
            if self._store is None and (url := store_url(self.settings, self.root)) is not None:
                from studio.jobs import JobStore

                self._store = JobStore(url)
            return self._store


def queue_view(jobs: Jobs) -> dict:
    store = jobs.store()
    if store is None:
        return {"store": None, "jobs": []}
    rows = []
    for job in store.jobs(limit=MAX_JOBS):
        tasks = store.job_tasks(job.id)
        folder = Path(job.project_dir)
        rows.append({"id": job.id, "title": job.title, "state": job.state, "stage": job.stage,
                     "shots_done": job.shots_done, "shots_total": job.shots_total, "error": job.error,
                     "created_at": job.created_at, "finished": job.finished,
                     "project": folder.name if folder.parent.resolve() == jobs.root.resolve() else None,
                     "tasks": dict(Counter(task.state for task in tasks)),
                     "workers": sorted({task.worker for task in tasks if task.worker})})
    return {"store": store.engine.url.get_backend_name(), "jobs": rows}


def cancel(settings: Settings, jobs: Jobs, job_id: str) -> dict:
    """Mark the job cancelled and revoke its queued tasks; without a reachable broker the workers
    skip them when they reach them (the job store says the job is cancelled)."""
    from studio.farm import FarmError, build_farm

    store = jobs.store()
    if store is None:
        return {"cancelled": False, "reason": "no job store here"}
    record = store.find_job(job_id)
    if record.finished:
        return {"cancelled": False, "reason": f"already {record.state}"}
    try:
        revoked = build_farm(settings).cancel(store, record.id)
    except FarmError as exc:
        store.cancel_job(record.id)
        return {"cancelled": True, "revoked": 0, "reason": f"queued tasks not revoked: {exc}"}
    return {"cancelled": True, "revoked": len(revoked)}
