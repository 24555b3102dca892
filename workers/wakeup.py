"""Wake whoever waits on a film the moment a worker changes one of its tasks.

The job store holds the truth; this only says "look now". On a Redis broker a worker publishes on
the run's channel (``studio:run:<run>``, which its conductor listens to) and the job's
(``studio:job:<job>``, for anyone following the job) when it starts, finishes or fails a task, so
nobody sleeps past a change or polls the store many times a second. On any other broker the
conductor sleeps a little and looks again.
"""

from __future__ import annotations

import logging
import os
import time
from functools import lru_cache

log = logging.getLogger(__name__)


def channel(run: str) -> str:
    return f"studio:run:{run}"


def job_channel(job: str) -> str:
    return f"studio:job:{job}"


@lru_cache(maxsize=4)
def _client(url: str, pid: int):
    import redis

    return redis.Redis.from_url(url, socket_connect_timeout=2, socket_timeout=2)


def notify(broker_url: str, run: str | None, job: str | None = None) -> None:
    """Tell the conductor of ``run`` and the followers of ``job`` to look at the job store now (best
    effort: they look anyway, a little later)."""
    if not broker_url.startswith("redis"):
        return
    try:
        client = _client(broker_url, os.getpid())
        for name in ([channel(run)] if run else []) + ([job_channel(job)] if job else []):
            client.publish(name, "1")
    except Exception:  # noqa: BLE001 - a missed wake-up costs a poll interval, not a result
        log.debug("wake-up for run %s not sent", run, exc_info=True)


class Waiter:
    """What a conductor's waiting thread sleeps on; one per thread (pub/sub is not thread-safe)."""

    def __init__(self, broker_url: str, run: str | None) -> None:
        self.pubsub = None
        if run and broker_url.startswith("redis"):
            try:
                self.pubsub = _client(broker_url, os.getpid()).pubsub(ignore_subscribe_messages=True)
                self.pubsub.subscribe(channel(run))
            except Exception:  # noqa: BLE001 - fall back to sleeping
                self.pubsub = None

    @property
    def wakes(self) -> bool:
        return self.pubsub is not None

    def wait(self, timeout: float) -> None:
        """Return when a worker says so, or after ``timeout`` seconds."""
        if self.pubsub is None:
            time.sleep(timeout)
            return
        try:
            if self.pubsub.get_message(timeout=timeout) is not None:
                while self.pubsub.get_message(timeout=0) is not None:  # one look serves them all
                    pass
        except Exception:  # noqa: BLE001
            self.close()
            time.sleep(timeout)

    def close(self) -> None:
        if self.pubsub is not None:
            try:
                self.pubsub.close()
            except Exception:  # noqa: BLE001
                pass
            self.pubsub = None
