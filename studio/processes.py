"""Which process holds a lease or builds an asset: ``pid@host`` names, and whether one still lives."""

from __future__ import annotations

import os
import socket

HOST = socket.gethostname()


def this_process() -> str:
    return f"{os.getpid()}@{HOST}"


def alive(holder: str | None) -> bool | None:
    """True or False for a process of this host; None when it runs elsewhere (or the name is not one)."""
    pid, _, host = (holder or "").partition("@")
    if host != HOST or not pid.isdigit():
        return None
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # someone else's process: it exists
        return True
    return True
