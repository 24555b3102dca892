"""The film queue's task: one conductor per film, planning it, sending its tasks, assembling it.

Conductors wait on their films' tasks, so they run on their own queue, in threads: a conductor
never holds a slot that the work it waits for needs.
"""

from __future__ import annotations

from celery import Task

from studio.executor import JobCancelled
from studio.production import conduct, describe
from workers.app import TASK_PREFIX, app
from workers.context import TaskContext, open_store
from workers.tasks import StudioTask, run


class FilmFailed(RuntimeError):
    """The film ended without a film; the job row carries the whole reason."""


@app.task(bind=True, base=StudioTask, name=f"{TASK_PREFIX}film")
def film(self: Task, payload: dict, context: dict | None = None) -> dict:
    """payload: job (id). Make that job's film, through the executor its settings name."""
    db = TaskContext.model_validate(context or {}).db
    if not db:
        raise ValueError("a film task needs the job store in its context")
    store = open_store(db)

    def make(payload: dict) -> dict:
        try:
            conduct(store, payload["job"])
        except JobCancelled:
            return {"job": payload["job"], "state": "cancelled"}
        except Exception as exc:
            raise FilmFailed(describe(exc)) from None
        return {"job": payload["job"], "state": "done"}

    return run(self, "film", payload, context, make)
