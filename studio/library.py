"""The object library: which nouns the previz can build, how big they are, which way they face.

Data lives in ``assets/objects/catalog.yaml``; the Layout agent reads names and sizes from here
and the previz renderer reads the mesh recipes. Both see the same ``ObjectSpec``.
"""

from __future__ import annotations

import hashlib
import json
import tempfile
from functools import lru_cache
from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict

from studio.paths import ASSETS
from studio.store import write_atomic

CATALOG = ASSETS / "objects" / "catalog.yaml"


class Part(BaseModel):
    """One primitive of a mesh recipe, in metres, relative to the object's base centre; front is +z."""

    model_config = ConfigDict(extra="forbid")
    shape: Literal["box", "cylinder", "sphere", "cone", "capsule"]
    size: tuple[float, float, float]  # box: w h d; cylinder/cone: diameter, height, diameter; sphere: diameters
    at: tuple[float, float, float] = (0.0, 0.0, 0.0)  # centre of the primitive
    rotate_deg: tuple[float, float, float] = (0.0, 0.0, 0.0)  # about x, y, z
    color: tuple[int, int, int] | None = None  # default: the object's colour


class ObjectSpec(BaseModel):
    model_config = ConfigDict(extra="forbid")
    name: str
    group: Literal["person", "animal", "furniture", "vehicle", "tableware", "plant", "building", "prop", "nature"]
    aliases: list[str] = []  # synonyms and irregular plurals ("mice", "sheep")
    size: tuple[float, float, float]  # w h d in metres of the assembled parts
    size_source: str = ""  # where the size comes from (a standard, a reference, one real model)
    color: tuple[int, int, int]
    surface: bool = False  # things can stand on top of it (table, shelf, bed)
    parts: list[Part]


class Catalog(BaseModel):
    objects: dict[str, ObjectSpec]

    def get(self, name: str) -> ObjectSpec | None:
        return self.objects.get(name)


@lru_cache(maxsize=1)
def load_catalog(path: Path = CATALOG) -> Catalog:
    text = path.read_text(encoding="utf-8")
    # Parsing 2,000 lines of YAML costs a tenth of a second on every run, more than the rest of an
    # unchanged re-run's planning: keep the parsed form as JSON, keyed by the YAML's content.
    parsed = Path(tempfile.gettempdir()) / f"studio-catalog-{hashlib.sha256(text.encode()).hexdigest()[:16]}.json"
    try:
        raw = json.loads(parsed.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        raw = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)) or {}
        try:
            write_atomic(parsed, json.dumps(raw))
        except OSError:
            pass  # a read-only temp dir only costs speed
    return Catalog(objects={name: ObjectSpec(name=name, **spec) for name, spec in raw.items()})
