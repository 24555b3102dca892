"""Who holds a lease or builds an asset, and whether they still live.

A process is named ``pid@host``. A lease holder adds a token of its own (``pid@host/token``): one
process (a threads pool) may run several tasks, and a message delivered twice to the same process
must still find the task held, not free.
"""

from __future__ import annotations

import os
import socket
import uuid

HOST = socket.gethostname()


def this_process() -> str:
    return f"{os.getpid()}@{HOST}"


def new_holder() -> str:
    """A lease holder's name: this process, and one claim in it."""
    return f"{this_process()}/{uuid.uuid4().hex[:8]}"


def alive(holder: str | None) -> bool | None:
    """True or False for a process of this host; None when it runs elsewhere (or the name is not one).

    Hosts are told apart by name: containers that share a host name must not share a job store
    with this rule (give each its own hostname), or a live holder may look dead."""
    process = (holder or "").split("/", 1)[0]
    pid, _, host = process.partition("@")
    if host != HOST or not pid.isdigit():
        return None
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # someone else's process: it exists
        return True
    return True
