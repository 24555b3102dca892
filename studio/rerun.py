"""Render a project again from what it holds: its plan (``project.json``), the settings it was
rendered with (``settings.json``) and a person's decisions (``decisions.json``).

``rerender`` is what the gallery calls after an approval, a rejection or an edit: the same render
as ``studio make --plan project.json``, inline, in the calling thread. It installs no signal
handler (time limits apply only on the main thread, as for any inline run) and keeps no state
between calls beyond which projects are being rendered, so a web server may call it from a
background thread, again and again.
"""

from __future__ import annotations

import json
import threading
from pathlib import Path

from studio import project_lock
from studio.config import ConfigError, Settings, load_settings
from studio.events import EventBus, EventLog
from studio.executor import InlineExecutor
from studio.ingest import InputError
from studio.jobs import new_id
from studio.models import Project
from studio.pipeline import Pipeline
from studio.production import describe
from studio.store import project_id

SETTINGS = "settings.json"


class RerenderRunning(RuntimeError):
    """This project is being rendered again already, in this process."""


_running: set[Path] = set()
_running_guard = threading.Lock()


def saved_settings(project_dir: Path, inline: bool = True) -> Settings:
    """The settings the project was last rendered with; the default settings for a project from
    before ``settings.json`` was written. ``inline``: with the work in the calling thread,
    whatever executor the project was made with."""
    path = Path(project_dir) / SETTINGS
    if path.exists():
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, ValueError) as exc:
            raise ConfigError(f"cannot read {path}: {exc}") from None
        if not isinstance(data, dict):
            raise ConfigError(f"{path} must hold a mapping of settings")
        settings = Settings.from_snapshot(data)
    else:
        settings = load_settings()
    if not inline:
        return settings
    return settings.model_copy(update={"executor": settings.executor.model_copy(update={"kind": "inline"})})


def rerender(project_dir: Path, bus: EventBus | None = None) -> Project:
    """Render the project's saved plan again with its saved settings, honouring its decisions, and
    return the new project (also written to ``project.json``). Events go to ``bus`` (one made here,
    with a new run id, when none is given) and are appended to the project's ``events.jsonl``.

    Raises ``RerenderRunning`` when this project is already being rendered again in this process,
    ``InputError`` when the folder holds no readable plan, ``ConfigError`` for unreadable settings,
    and whatever ends a render (``StageError``, ``BudgetExceeded``): everything made is kept."""
    out = Path(project_dir).resolve()
    plan = out / "project.json"
    if not plan.is_file():
        raise InputError(f"{out} holds no project.json to render again")
    with _running_guard:
        if out in _running:
            raise RerenderRunning(f"{out.name} is already being rendered again; wait for it to finish")
        _running.add(out)
    try:
        if saved_settings(out, inline=False).executor.kind != "inline":
            return _on_the_farm(out, plan, saved_settings(out, inline=False), bus)
        settings = saved_settings(out)
        bus = bus if bus is not None else EventBus(run=new_id(), project=project_id(out))
        with project_lock.rendering(out):  # a `studio make` on this folder elsewhere: refused, its log untouched
            return _inline(out, plan, settings, bus)
    finally:
        with _running_guard:
            _running.discard(out)


def _inline(out: Path, plan: Path, settings: Settings, bus: EventBus) -> Project:
    """The render in this thread, its events appended to the project's log."""
    log = EventLog(out / "events.jsonl")
    unsubscribe = bus.subscribe(log)
    try:
        bus.emit("progress", "rerender", message=f"rendering {out.name} again: its plan, settings and decisions",
                 data={"run_started": True})  # readers of the log start a new run here, as at ingest
        pipeline = Pipeline(settings, out, bus, InlineExecutor())
        try:
            project = pipeline.render(pipeline.load_plan(plan))
        except Exception as exc:
            bus.emit("error", "rerender", message=describe(exc))
            raise
        bus.emit("progress", "rerender", message=f"{out.name} rendered again", data={"film": project.outputs.film})
        return project
    finally:
        unsubscribe()
        log.close()


def _on_the_farm(out: Path, plan: Path, saved: Settings, bus: EventBus | None) -> Project:
    """A project made through the queue is made there again: a job for its plan in the job store
    beside it, conducted in this thread, its tasks on the workers (as `studio make --plan -o OUT
    --executor celery` does). The broker and job store are this process's own: settings.json
    leaves their passwords out."""
    from studio.jobs import JobStore, database_url
    from studio.production import conduct_here, create_job

    here = load_settings()
    settings = saved.model_copy(update={"queue": here.queue, "jobs": here.jobs})
    store = JobStore(database_url(settings.jobs.db_url, out.parent))
    try:
        job = create_job(store, settings, plan, out, state="running")
        return conduct_here(store, job.id, listeners=[bus.publish] if bus is not None else [])
    finally:
        store.close()
