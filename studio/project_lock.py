"""One render of a project folder at a time, across processes.

``studio make`` in a terminal, a gallery re-render and a queued job may all point at the same
folder. Two renders there at once would overwrite each other's ``project.json`` and interleave
their event logs, so a render holds an exclusive ``flock`` on ``.studio-render.lock`` in the
folder while it runs, and a second one is refused at once with who holds it (never queued
behind it: a person asked for this render and should know why it did not start).

The lock is re-entrant within a thread (``studio make`` takes it before opening the event log,
and ``Pipeline.render`` takes it again), and the kernel drops it when its process dies, so a
killed render never leaves a folder locked.
"""

from __future__ import annotations

import fcntl
import json
import os
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

LOCK_FILE = ".studio-render.lock"


class ProjectBusy(RuntimeError):
    """Another render is working on this project folder."""


_held: dict[Path, int] = {}  # folder -> the thread holding its lock in this process
_guard = threading.Lock()


@contextmanager
def rendering(folder: Path) -> Iterator[None]:
    """Hold the folder's render lock for the block; ``ProjectBusy`` when another render has it."""
    folder = Path(folder).resolve()
    me = threading.get_ident()
    with _guard:
        holder = _held.get(folder)
        if holder is None:
            _held[folder] = me
    if holder == me:  # nested in this thread's own render: the outer block releases it
        yield
        return
    if holder is not None:
        raise ProjectBusy(f"{folder} is being rendered by another thread of this process; wait for it")
    try:
        with _flocked(folder):
            yield
    finally:
        with _guard:
            del _held[folder]


@contextmanager
def _flocked(folder: Path) -> Iterator[None]:
    folder.mkdir(parents=True, exist_ok=True)
    fd = os.open(folder / LOCK_FILE, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        holder = _holder(fd)
        os.close(fd)
        raise ProjectBusy(f"{folder} is being rendered by another process ({holder}); wait for it to finish, "
                          "or stop it, then run this again") from None
    # Who holds it, for the message a second render gets; the lock itself is the flock, not this text.
    os.ftruncate(fd, 0)
    os.pwrite(fd, json.dumps({"pid": os.getpid(), "command": " ".join(sys.argv[:3])}).encode(), 0)
    try:
        yield
    finally:
        fcntl.flock(fd, fcntl.LOCK_UN)
        os.close(fd)


def _holder(fd: int) -> str:
    try:
        record = json.loads(os.pread(fd, 4096, 0) or b"{}")
        return f"pid {int(record['pid'])}, {str(record.get('command') or 'studio')[:80]}"
    except (OSError, ValueError, KeyError, TypeError):
        return "another studio process"


def holder(folder: Path) -> str | None:
    """Who is rendering the folder now (a process, or a thread of this one), or None. A probe for
    messages: the answer may be stale by the time it is read, the lock decides."""
    folder = Path(folder).resolve()
    with _guard:
        if folder in _held:
            return "this process"
    try:
        fd = os.open(folder / LOCK_FILE, os.O_RDWR)
    except OSError:
        return None  # never rendered since locks were taken
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return _holder(fd)
    else:
        fcntl.flock(fd, fcntl.LOCK_UN)
        return None
    finally:
        os.close(fd)
