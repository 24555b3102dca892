"""What the faces need from a render farm, whatever runs it (``farm: celery`` in the registry)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from studio.jobs import JobRecord, JobStore, TaskRecord


class Waiter(Protocol):
    def wait(self, timeout: float) -> bool: ...

    def close(self) -> None: ...


class FarmError(RuntimeError):
    """The farm cannot do what was asked: its broker is unreachable, say. One line for the user."""


class Farm(Protocol):
    def check(self) -> None:
        """Raise ``FarmError`` within seconds when the broker cannot be reached."""

    def submit(self, store: JobStore, job: JobRecord) -> str:
        """Queue the job's film; returns the id of its conductor's task."""

    def cancel(self, store: JobStore, job_id: str) -> list[str]:
        """Cancel a job and revoke its queued tasks; returns their ids."""

    def waiter(self, job_ids: Sequence[str]) -> Waiter:
        """What a follower of these jobs sleeps on: ``wait(timeout)`` returns when one of their
        films ends (or after ``timeout``); ``close()`` when done."""

    def recover(self, store: JobStore) -> list[TaskRecord]:
        """Requeue tasks whose worker died (within ``queue.max_deliveries``); returns them."""

    def default_queues(self) -> list[str]: ...

    def run_worker(self, queues: Sequence[str], concurrency: int | None, loglevel: str = "INFO",
                   preload: Sequence[str] = (), threads: int | None = None) -> int:
        """Serve ``queues`` until stopped; returns the exit code."""


def build_farm(settings) -> Farm:
    from studio import registry

    return registry.resolve("farm", "celery")(settings)
