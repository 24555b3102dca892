"""Load backends when a worker process starts, not on its first task (``studio worker --preload``).

A GPU worker loads its models once, in the process that will use them: the pool's child for
prefork (never the parent, whose GL or CUDA state would not survive the fork), the worker itself
for the solo and threads pools.
"""

from __future__ import annotations

import os

from celery.signals import worker_init, worker_process_init

from studio import tasks
from workers.app import settings_from_environment

ENV = "STUDIO_PRELOAD"  # comma-separated roles: keyframes, voices
POOL_ENV = "STUDIO_POOL"  # set by `studio worker`: which pool this worker runs


def preload() -> list[str]:
    settings = settings_from_environment()
    loaded = []
    for role in filter(None, os.environ.get(ENV, "").split(",")):
        backend = tasks.backend(role, getattr(settings, role).model_dump(mode="json"))
        if warm := getattr(backend, "warm", None):  # a model-backed backend loads its weights now
            warm()
        loaded.append(role)
    return loaded


@worker_process_init.connect
def _in_pool_child(**_) -> None:
    preload()


@worker_init.connect
def _in_worker(**_) -> None:
    if os.environ.get(POOL_ENV, "prefork") != "prefork":
        preload()
