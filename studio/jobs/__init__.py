"""The job store: jobs, tasks with leases, and events (SQLAlchemy; SQLite by default, PostgreSQL by URL).

Importing the package is cheap: the records, errors and URL rules load at once; the store (and
with it SQLAlchemy and Alembic) loads when first used, so a command that never opens a store
starts fast.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from studio.jobs.records import (
    Claim,
    JobRecord,
    JobStoreError,
    JobTotals,
    TaskOutcome,
    TaskRecord,
    database_url,
    new_id,
)

if TYPE_CHECKING:
    from studio.jobs.store import EventSink, JobStore

__all__ = ["Claim", "EventSink", "JobRecord", "JobStore", "JobStoreError", "JobTotals", "TaskOutcome", "TaskRecord",
           "database_url", "new_id"]


def __getattr__(name: str):
    if name in ("JobStore", "EventSink"):
        from studio.jobs import store

        return getattr(store, name)
    raise AttributeError(f"module 'studio.jobs' has no attribute {name!r}")
