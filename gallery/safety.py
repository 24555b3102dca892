"""What the gallery lets in: files only from inside the served root, a token for every request.

The token is Jupyter's scheme: the server prints a one-time URL carrying it; opening that URL sets
a cookie, and pages send the token back in a header with every state-changing request (a cookie
alone never changes state, so another site cannot do it on a visitor's behalf).
"""

from __future__ import annotations

import hmac
import ipaddress
import secrets
from pathlib import Path
from urllib.parse import unquote

TOKEN_COOKIE = "studio_token"
TOKEN_HEADER = "x-studio-token"


class Refused(Exception):
    """A request the gallery will not serve; the message is safe to show."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status, self.message = status, message


def new_token() -> str:
    return secrets.token_urlsafe(24)


def same_token(given: str | None, token: str) -> bool:
    return bool(given) and hmac.compare_digest(given.encode(), token.encode())


def loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def inside(root: Path, relative: str) -> Path:
    """The file ``relative`` names under ``root``, or ``Refused``: no ``..``, no absolute paths, no
    backslashes, no encoded forms of them (decoded until stable), no symlink leading out."""
    decoded = relative
    for _ in range(3):  # %252e%252e -> %2e%2e -> ..
        decoded = unquote(decoded)
    parts = decoded.split("/")
    if (not decoded or "\\" in decoded or "\x00" in decoded or decoded.startswith("/")
            or any(part in ("", ".", "..") for part in parts) or ":" in parts[0]):
        raise Refused(404, "no such file")
    root = root.resolve()
    path = (root / decoded).resolve()  # follows symlinks: one pointing out lands outside
    if not path.is_relative_to(root) or not path.is_file():
        raise Refused(404, "no such file")
    return path
