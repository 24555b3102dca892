"""``studio serve``: check the address and token, print the one-time URL, run the app."""

from __future__ import annotations

from pathlib import Path

from gallery.safety import loopback, new_token
from studio.ingest import InputError

MIN_TOKEN = 16


def serve(root: Path, host: str = "127.0.0.1", port: int = 8000, token: str | None = None) -> None:
    if not loopback(host) and not token:
        raise InputError(f"--host {host} is reachable from other machines: give --token (or serve on 127.0.0.1)")
    if token is not None and len(token) < MIN_TOKEN:
        raise InputError(f"--token must be at least {MIN_TOKEN} characters")
    if not Path(root).is_dir():
        raise InputError(f"no folder {root}: make a film first (studio make STORY -o {root}/NAME) or give --root")
    import uvicorn

    from gallery.app import create_app

    token = token or new_token()
    application = create_app(Path(root), token, cookie=f"studio_token_{port}")
    shown = "127.0.0.1" if host in ("0.0.0.0", "::") else host
    shown = f"[{shown}]" if ":" in shown else shown  # an IPv6 address in a URL
    print(f"gallery: http://{shown}:{port}/?token={token}", flush=True)
    uvicorn.run(application, host=host, port=port, log_level="warning")
