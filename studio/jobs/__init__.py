"""The job store: jobs, tasks with leases, and events (SQLAlchemy; SQLite by default, PostgreSQL by URL)."""

from studio.jobs.records import Claim, JobRecord, JobTotals, TaskOutcome, TaskRecord
from studio.jobs.store import EventSink, JobStore, JobStoreError, database_url, new_id

__all__ = ["Claim", "EventSink", "JobRecord", "JobStore", "JobStoreError", "JobTotals", "TaskOutcome", "TaskRecord",
           "database_url", "new_id"]
