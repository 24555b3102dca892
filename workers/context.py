"""What travels with every task besides its payload: which job store holds its row, which job and
run it belongs to, and the delivery rules its conductor and its worker must agree on."""

from __future__ import annotations

import os

from pydantic import BaseModel

from studio.config import Queue
from studio.jobs import JobStore


class TaskContext(BaseModel):
    db: str | None = None  # job store URL; None: run the task bare, with no lease
    job: str | None = None
    run: str | None = None
    project: str | None = None
    lease_s: float = 30.0
    heartbeat_s: float = 5.0
    max_deliveries: int = 3
    retries: int = 3
    retry_backoff_s: float = 1.0
    retry_backoff_max_s: float = 60.0

    @classmethod
    def for_run(cls, queue: Queue, db: str, job: str | None, run: str | None, project: str | None) -> TaskContext:
        return cls(db=db, job=job, run=run, project=project, lease_s=queue.lease_s, heartbeat_s=queue.heartbeat_s,
                   max_deliveries=queue.max_deliveries, retries=queue.retries, retry_backoff_s=queue.retry_backoff_s,
                   retry_backoff_max_s=queue.retry_backoff_max_s)


_stores: dict[tuple[str, int], JobStore] = {}


def open_store(url: str) -> JobStore:
    """One store (one connection pool) per URL and process: a forked pool child opens its own."""
    key = (url, os.getpid())
    if key not in _stores:
        _stores[key] = JobStore(url)
    return _stores[key]
