"""Wake whoever waits on a film the moment a worker changes one of its tasks.

The job store holds the truth; this only says "look now". On a Redis broker a worker publishes on
the run's channel (``studio:run:<run>``, which its conductor listens to) and the job's
(``studio:job:<job>``, for anyone following the job) when it starts, finishes or fails a task, so
nobody sleeps past a change or polls the store many times a second. When a film's own task ends,
its job's end channel (``studio:job:<job>:ended``) hears it too: ``studio batch --wait`` returns
the moment the last film is done, without waking for every task of every film on the way. On any
other broker the waiting side sleeps a little and looks again.
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Sequence
from functools import lru_cache

log = logging.getLogger(__name__)


def channel(run: str) -> str:
    return f"studio:run:{run}"


def job_channel(job: str) -> str:
    return f"studio:job:{job}"


def ended_channel(job: str) -> str:
    return f"studio:job:{job}:ended"


@lru_cache(maxsize=4)
def _client(url: str, pid: int):
    import redis

    return redis.Redis.from_url(url, socket_connect_timeout=2, socket_timeout=2)


def notify(broker_url: str, run: str | None, job: str | None = None, ended: bool = False) -> None:
    """Tell the conductor of ``run`` and the followers of ``job`` to look at the job store now (best
    effort: they look anyway, a little later); ``ended``: the job's film is over."""
    if not broker_url.startswith("redis"):
        return
    names = [channel(run)] if run else []
    if job:
        names += [job_channel(job), *([ended_channel(job)] if ended else [])]
    try:
        client = _client(broker_url, os.getpid())
        for name in names:
            client.publish(name, "1")
    except Exception:  # noqa: BLE001 - a missed wake-up costs a poll interval, not a result
        log.debug("wake-up for run %s not sent", run, exc_info=True)


class Waiter:
    """What a waiting thread sleeps on (a conductor on its run's channel, a follower on its jobs'
    end channels); one per thread (pub/sub is not thread-safe)."""

    def __init__(self, broker_url: str, channels: Sequence[str]) -> None:
        self.pubsub = None
        if channels and broker_url.startswith("redis"):
            try:
                self.pubsub = _client(broker_url, os.getpid()).pubsub(ignore_subscribe_messages=True)
                self.pubsub.subscribe(*channels)
            except Exception:  # noqa: BLE001 - fall back to sleeping
                self.pubsub = None

    @property
    def wakes(self) -> bool:
        return self.pubsub is not None

    def wait(self, timeout: float) -> bool:
        """Return True when told to look, or False after ``timeout`` seconds."""
        deadline = time.monotonic() + timeout
        if self.pubsub is None:
            time.sleep(timeout)
            return False
        try:
            # A subscription's confirmation also ends a read early: wait out the rest of the time.
            while (left := deadline - time.monotonic()) > 0:
                if self.pubsub.get_message(timeout=left) is not None:
                    while self.pubsub.get_message(timeout=0) is not None:  # one look serves them all
                        pass
                    return True
        except Exception:  # noqa: BLE001
            self.close()
            time.sleep(max(0.0, deadline - time.monotonic()))
        return False

    def close(self) -> None:
        if self.pubsub is not None:
            try:
                self.pubsub.close()
            except Exception:  # noqa: BLE001
                pass
            self.pubsub = None
