"""What the job store hands out: pydantic records of its rows, the contract for the CLI and the gallery."""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict

JobState = Literal["queued", "running", "done", "failed", "cancelled"]
TaskState = Literal["queued", "running", "retrying", "succeeded", "failed", "dead", "cancelled"]
FINISHED_TASK_STATES = ("succeeded", "failed", "dead", "cancelled")
FINISHED_JOB_STATES = ("done", "failed", "cancelled")


class Record(BaseModel):
    model_config = ConfigDict(from_attributes=True)


class JobRecord(Record):
    id: str
    title: str
    story: str
    project_dir: str
    project_id: str
    executor: str
    state: JobState
    stage: str
    shots_total: int
    shots_done: int
    error: str | None
    run_id: str | None
    task_id: str | None
    created_at: float
    started_at: float | None
    finished_at: float | None

    @property
    def finished(self) -> bool:
        return self.state in FINISHED_JOB_STATES


class TaskRecord(Record):
    id: str
    job_id: str | None
    run_id: str | None
    name: str
    target: str | None
    key: str
    project_dir: str
    queue: str
    state: TaskState
    deliveries: int
    lost: int
    retries: int
    duplicates: int
    holder: str | None
    worker: str | None
    lease_until: float | None
    submitted_at: float
    started_at: float | None
    finished_at: float | None
    error: str | None

    @property
    def finished(self) -> bool:
        return self.state in FINISHED_TASK_STATES


class TaskOutcome(Record):
    """A finished task as its waiter needs it: the result, or why there is none."""

    id: str
    state: TaskState
    result: dict[str, Any] | None
    error: str | None


class JobTotals(BaseModel):
    """A job's tasks counted up, for the status table."""

    tasks: int = 0
    finished: int = 0
    attempts: int = 0  # deliveries to workers, every retry and redelivery included
    errors: int = 0  # tasks that failed or were dead-lettered


class Claim(BaseModel):
    """What a worker may do with a task it was handed."""

    verdict: Literal["run", "done", "held", "wait", "finished", "dead", "cancelled", "unknown"]
    deliveries: int = 0
    holder: str | None = None  # with run: the name the lease is held under
    result: dict[str, Any] | None = None
    detail: str = ""  # the other holder, the error, the other task waited on


class JobStoreError(RuntimeError):
    """The job store cannot be opened or has no such job: one line for the user."""


def database_url(url: str | None, root: Path) -> str:
    """The URL every process uses for one store: absolute paths, an installed PostgreSQL driver."""
    if not url:
        return f"sqlite:///{(Path(root) / 'jobs.db').resolve()}"
    for plain in ("postgresql://", "postgres://"):
        if url.startswith(plain):
            return "postgresql+psycopg://" + url[len(plain):]
    if url.startswith("sqlite:///") and not url.startswith("sqlite:////") and url != "sqlite:///:memory:":
        return f"sqlite:///{Path(url.removeprefix('sqlite:///')).resolve()}"
    return url


def new_id() -> str:
    return uuid.uuid4().hex[:12]
