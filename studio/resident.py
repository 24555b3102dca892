"""The model a worker process keeps loaded: one per slot, reused while it is asked for again.

A diffusion pipeline or a neural voice takes seconds to load and gigabytes to hold, so it stays
in memory between tasks; when a task asks the slot for a different model, the old one is dropped
(and the GPU's cache emptied) before the new one loads, so a worker that switches models never
holds two. Backend instances stay small and cheap to cache: the weights live here, not in them.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Callable, Hashable, Iterator
from contextlib import contextmanager
from typing import Any


class Resident:
    def __init__(self, name: str) -> None:
        self.name = name
        self._spec: Hashable | None = None
        self._model: Any = None
        # Held while a model runs too: pipelines keep per-call state (the scheduler's timesteps),
        # so two threads of one worker take turns instead of corrupting each other's call.
        self._lock = threading.RLock()

    @contextmanager
    def using(self, spec: Hashable, load: Callable[[], Any]) -> Iterator[Any]:
        """The model for ``spec``, loaded by ``load()`` unless it already is; exclusive while in use."""
        with self._lock:
            if self._spec != spec:
                self.release()
                self._model = load()
                self._spec = spec
            yield self._model

    @property
    def spec(self) -> Hashable | None:
        return self._spec

    def release(self) -> None:
        with self._lock:
            if self._model is None:
                return
            self._model, self._spec = None, None
            gc.collect()
            free_accelerator_memory()


def free_accelerator_memory() -> None:
    import sys

    torch = sys.modules.get("torch")  # never imported here just to free memory it cannot hold
    if torch is not None and torch.cuda.is_available():
        torch.cuda.empty_cache()


_SLOTS: dict[str, Resident] = {}
_SLOTS_LOCK = threading.Lock()


def slot(name: str) -> Resident:
    """The process's slot for one kind of model ("keyframes", "voices", "consistency")."""
    with _SLOTS_LOCK:
        return _SLOTS.setdefault(name, Resident(name))
