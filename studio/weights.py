"""Where weights come from: a local folder or the local Hugging Face hub cache, never the network
unless a config says so; and a folder's identity for cache keys, by content."""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from pathlib import Path


class WeightsMissing(RuntimeError):
    """A configured model is not on this machine; the message says what to download where."""


def locate(name: str, setting: str, allow_download: bool = False) -> Path:
    """``name`` is a folder, or a hub id (``org/model``) looked up in the local hub cache only."""
    path = Path(name).expanduser()
    if path.is_dir():
        return path
    if path.is_absolute() or name.startswith((".", "~")) or name.count("/") != 1:
        raise WeightsMissing(f"{setting}: no model folder at {path}; download the weights (e.g. `hf download "
                             f"<org>/<model> --local-dir {path}`) on a machine with internet and copy them here")
    from huggingface_hub import constants, snapshot_download

    try:
        return Path(snapshot_download(name, local_files_only=not allow_download))
    except Exception as exc:  # noqa: BLE001 - any hub failure means the same thing here: not available
        how = "and downloading it failed" if allow_download else "and downloads are off"
        raise WeightsMissing(
            f"{setting}: {name!r} is neither a folder nor in the local hub cache ({constants.HF_HUB_CACHE}) {how}; "
            f"run `hf download {name}` on a machine with internet and copy the cache or folder here "
            f"({type(exc).__name__})") from None


def stamp(name: str | None) -> str | None:
    """A cheap identity of a model folder: its files' names, sizes and modification times. A
    worker compares it with the loaded model's, so weights replaced in place are loaded again
    rather than painting under a new key with the old weights. None when the folder is not here."""
    if not name:
        return None
    try:
        folder = locate(name, "model")
    except WeightsMissing:
        return None
    entries = sorted(f"{p.relative_to(folder).as_posix()}:{p.stat().st_size}:{p.stat().st_mtime_ns}"
                     for p in _model_files(folder))
    return hashlib.sha256("\n".join(entries).encode()).hexdigest()[:16]


def _model_files(folder: Path) -> list[Path]:
    # Dot folders hold a downloader's bookkeeping (`hf download`'s .cache/), not the model.
    return [p for p in folder.rglob("*") if p.is_file() and not any(
        part.startswith(".") for part in p.relative_to(folder).parts)]


def manifest(folder: Path) -> str:
    """A digest of a model folder's files by content, for cache keys: weights replaced in place
    re-render what they painted. File digests are remembered by (path, size, mtime) in the user's
    cache, so a multi-gigabyte folder is read once, not on every run."""
    folder = Path(folder).resolve()
    memo_path = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "studio" / "file-digests.json"
    try:
        memo = json.loads(memo_path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        memo = {}
    changed = False
    entries = []
    for path in sorted(_model_files(folder)):
        stat = path.stat()
        stamp = f"{path}:{stat.st_size}:{stat.st_mtime_ns}"
        if stamp not in memo:
            memo[stamp] = _file_digest(path)
            changed = True
        entries.append(f"{path.relative_to(folder).as_posix()}:{memo[stamp]}")
    if changed:
        try:
            memo_path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=memo_path.parent, prefix=".file-digests.")
            with os.fdopen(fd, "w", encoding="utf-8") as f:
                json.dump(memo, f)
            os.replace(tmp, memo_path)  # last writer wins: every writer's digests are right
        except OSError:
            pass  # a read-only home: digests are recomputed next time, keys are the same
    return hashlib.sha256("\n".join(entries).encode()).hexdigest()[:16]


def digests(folders: dict[str, str | None]) -> dict[str, str]:
    """Named model folders by manifest digest; ``missing:<name>`` where this machine lacks one (a
    conductor without the weights still makes keys, which then follow the names)."""
    found = {}
    for setting, name in folders.items():
        if name:
            try:
                found[setting] = manifest(locate(name, setting))
            except WeightsMissing:
                found[setting] = f"missing:{name}"
    return found


def _file_digest(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        while chunk := f.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()
