"""Content-addressed asset store inside the project folder.

An asset lives in ``cache/<kind>/<key>/`` with its files and an ``asset.json``. The folder is
built under a temporary name (``.<key>.<pid>@<host>.<random>``), its files are fsync'd, and it is
renamed into place, so a key either exists complete or not at all, even across a power cut: a
killed task leaves no half asset, and a redelivered task finds the finished one and stops. The
temporary folders a killed task leaves behind are swept on the project's next run.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import tempfile
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from studio import processes
from studio.models import Asset

_TEMP_NAME = re.compile(r"^\.(?P<key>[^.]+)\.(?P<builder>\d+@.+)\.[^.]+$")
_TEMP_FILE = re.compile(r"^\..+\.(tmp|[a-z0-9_]{8})$")  # link()'s and tempfile.mkstemp's names


def cache_key(stage: str, version: int | str, *parts: Any) -> str:
    """Hash of a stage, its version and its inputs (contracts, dicts, config digests)."""
    h = hashlib.sha256(f"{stage}:{version}".encode())
    for part in parts:
        if isinstance(part, BaseModel):
            part = part.model_dump(mode="json")
        h.update(json.dumps(part, sort_keys=True, default=str).encode())
    return h.hexdigest()[:24]


def contents(root: Path, paths: Iterable[str]) -> dict[str, str]:
    """Files named by a request, by content digest ("missing" when absent): a key that includes
    them changes when a reference is replaced in place, not only when its path changes."""
    digests = {}
    for relative in sorted(set(paths)):
        path = Path(root) / relative
        digests[relative] = hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else "missing"
    return digests


def write_atomic(path: Path, data: str | bytes) -> None:
    """Write a file so that readers see the old content or the new one, never a torn one."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data.encode("utf-8") if isinstance(data, str) else data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def fsync_tree(folder: Path) -> None:
    """Flush a folder's files and the folder itself to disk, so a rename publishes whole files."""
    for path in folder.iterdir():
        if path.is_file():
            fd = os.open(path, os.O_RDONLY)
            try:
                os.fsync(fd)
            finally:
                os.close(fd)
    fsync_dir(folder)


def fsync_dir(folder: Path) -> None:
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def project_id(root: Path) -> str:
    """A readable id for a project folder, stable while the folder stays where it is."""
    root = Path(root).resolve()
    return f"{root.name}-{hashlib.sha1(str(root).encode()).hexdigest()[:8]}"


class AssetStore:
    def __init__(self, root: Path) -> None:
        self.root = Path(root)
        self.cache = self.root / "cache"

    def folder(self, kind: str, key: str) -> Path:
        return self.cache / kind / key

    def get(self, kind: str, key: str) -> Asset | None:
        manifest = self.folder(kind, key) / "asset.json"
        if not manifest.exists():
            return None
        return Asset.model_validate_json(manifest.read_text(encoding="utf-8"))

    @contextmanager
    def building(self, kind: str, key: str) -> Iterator[Path]:
        """Yield a private folder to write an asset's files into; publish it on success."""
        parent = self.cache / kind
        parent.mkdir(parents=True, exist_ok=True)
        # The builder's name in the folder's tells a sweep whether the builder is still alive.
        tmp = Path(tempfile.mkdtemp(dir=parent, prefix=f".{key}.{processes.this_process()}."))
        try:
            yield tmp
        except BaseException:
            shutil.rmtree(tmp, ignore_errors=True)
            raise

    def publish(self, tmp: Path, asset: Asset) -> Asset:
        """Move a finished folder into place under its key; the first finished copy wins."""
        target = self.folder(asset.kind, asset.key)
        final = asset.model_copy(
            update={"files": {role: self.relative(target / name) for role, name in asset.files.items()}}
        )
        write_atomic(tmp / "asset.json", final.model_dump_json(indent=2))
        fsync_tree(tmp)
        try:
            os.rename(tmp, target)
        except OSError:
            # Someone else (a redelivered task) published the same key first: theirs is as good.
            shutil.rmtree(tmp, ignore_errors=True)
            existing = self.get(asset.kind, asset.key)
            if existing is None:
                raise
            return existing
        fsync_dir(target.parent)
        return final

    def sweep(self, older_than_s: float = 3600.0) -> list[Path]:
        """Remove temporary folders whose builder is gone: a dead process on this host, or (built
        elsewhere) no change for ``older_than_s``, longer than any task may run; and temporary files
        older than that."""
        swept = []
        now = time.time()
        # Files half written by write_atomic or link (a killed process's) carry no builder's name:
        # age tells. Only names those two make are touched.
        for tmp in [*self.cache.glob("*/.*"), *self.root.rglob(".*")]:
            if tmp.is_file() and _TEMP_FILE.match(tmp.name) and now - tmp.stat().st_mtime > older_than_s:
                tmp.unlink(missing_ok=True)
                swept.append(tmp)
        for tmp in self.cache.glob("*/.*"):
            if not tmp.is_dir():
                continue
            named = _TEMP_NAME.match(tmp.name)
            builder_alive = processes.alive(named["builder"]) if named else None
            if builder_alive is None:
                builder_alive = now - tmp.stat().st_mtime <= older_than_s
            if not builder_alive:
                shutil.rmtree(tmp, ignore_errors=True)
                swept.append(tmp)
        return swept

    def get_record(self, kind: str, key: str) -> dict | None:
        """A small JSON result (a critique, say) stored under a key; None when absent."""
        path = self.cache / kind / f"{key}.json"
        return json.loads(path.read_text(encoding="utf-8")) if path.exists() else None

    def put_record(self, kind: str, key: str, record: dict) -> None:
        write_atomic(self.cache / kind / f"{key}.json", json.dumps(record, sort_keys=True))

    def relative(self, path: Path) -> str:
        return os.path.relpath(path, self.root)

    def path(self, relative: str) -> Path:
        return self.root / relative
