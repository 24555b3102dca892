"""The film queue's task: one conductor per film, planning it, sending its tasks, assembling it.

Conductors wait on their films' tasks, so they run on their own queue, in threads: a conductor
never holds a slot that the work it waits for needs.
"""

from __future__ import annotations

from celery import Task
from celery.signals import worker_init, worker_shutting_down

from studio import registry
from studio.executor import Interrupted, JobCancelled
from studio.production import conduct, describe
from workers.app import TASK_PREFIX, app, settings_from_environment
from workers.context import TaskContext, open_store
from workers.executor import SHUTTING_DOWN
from workers.tasks import HandBack, StudioTask, run

app_settings = settings_from_environment()


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
        try:  # tasks go out through this worker's broker, whatever the submitter's was
            conduct(store, payload["job"], farm=app_settings.queue)
        except JobCancelled:
            return {"job": payload["job"], "state": "cancelled"}
        except Interrupted as exc:
            raise HandBack(str(exc)) from None
        except Exception as exc:
            raise FilmFailed(describe(exc)) from None
        return {"job": payload["job"], "state": "done"}

    return run(self, "film", payload, context, make)


@worker_shutting_down.connect
def _hand_films_back(**_) -> None:
    # A warm shutdown waits for running tasks: conductors would wait for their films to end. They
    # stop at their next look instead, and their films go back on the queue for another worker.
    SHUTTING_DOWN.set()


@worker_init.connect
def _load_the_agents(**_) -> None:
    # What every conductor resolves by name (agents, the editor, the storyboard and subtitle
    # writers) is imported once at start, not inside the first films, where it holds the GIL.
    s = app_settings
    for role, name in [*((r, c.backend) for r, c in s.crews.roles().items()), ("editor", "offline"),
                       ("output", "storyboard"), ("output", "srt"), ("output", "vtt")]:
        try:
            registry.resolve(role, name)
        except registry.RegistryError:  # a film names its own backends; it will say what is wrong
            pass
