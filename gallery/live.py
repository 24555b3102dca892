"""Server-sent events from a project's ``events.jsonl``: every event's id is its line number, so a
page that reconnects, is refreshed or is opened elsewhere resumes after ``Last-Event-ID`` without
missing or repeating one, whoever writes the log (``studio make``, a worker's conductor, a
re-render started here)."""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import AsyncIterator, Callable
from pathlib import Path

POLL_S = 0.2  # how often an open stream looks for new lines: the log is a file, not a socket
KEEPALIVE_S = 15.0
LIFETIME_S = 300.0
MAX_LINE = 1 << 20


Offset = tuple[int, int]  # (lines read, bytes read)


def read_after(path: Path, after: int, offset: Offset | None = None) -> tuple[list[tuple[int, str]], Offset]:
    """Complete lines numbered above ``after`` (1-based), and where reading stopped (line, byte),
    so the next call starts there instead of at the top of the file."""
    line, position = offset or (0, 0)
    found = []
    try:
        with open(path, "rb") as f:
            f.seek(position)
            for raw in f:
                if not raw.endswith(b"\n"):
                    break  # being written: read it whole next time
                position += len(raw)
                line += 1
                if line > after and len(raw) <= MAX_LINE:
                    found.append((line, raw.decode("utf-8", errors="replace").strip()))
    except FileNotFoundError:
        pass
    return found, (line, position)


def frame(number: int, text: str) -> str:
    try:
        event = json.loads(text)
    except ValueError:
        event = None
    kind = event.get("kind") if isinstance(event, dict) else None
    # The kind names the SSE event; anything odd is a plain message, still numbered, never a stall.
    kind = kind if isinstance(kind, str) and kind.isidentifier() else "message"
    return f"id: {number}\nevent: {kind}\ndata: {text}\n\n"


async def stream(path: Path, after: int, disconnected: Callable[[], object],
                 lifetime_s: float = LIFETIME_S) -> AsyncIterator[str]:
    """The log's events after line ``after``, as they are written, for ``lifetime_s``: then the
    stream ends at an event boundary and the browser reconnects with ``Last-Event-ID`` (so no
    connection lives for ever through proxies and sleeping laptops, and resuming is always exercised)."""
    offset = None
    quiet = 0.0
    ends = time.monotonic() + lifetime_s
    yield "retry: 1000\n\n"
    while not await disconnected() and time.monotonic() < ends:
        lines, offset = await asyncio.to_thread(read_after, path, after, offset)  # file reads off the loop
        if offset[1] > _size(path):  # the log was replaced: read the new one from its top
            offset = None
            continue
        for number, text in lines:
            yield frame(number, text)
            after = number
        if lines:
            quiet = 0.0
        else:
            quiet += POLL_S
            if quiet >= KEEPALIVE_S:
                quiet = 0.0
                yield ": keepalive\n\n"
            await asyncio.sleep(POLL_S)


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0
