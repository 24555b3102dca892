"""`studio batch` inputs: story files and YAML manifests become one ``FilmOrder`` per film.

A manifest lists films with their own overrides; paths in it are relative to the manifest:

    films:
      - story: stories/a.md
        out: a                  # folder under OUTROOT; default: the story's file name without extension
        cast: casts/a.yaml
        config:                 # any config keys, merged over the batch's --config
          video: {fps: 30}
      - stories/b.fountain      # a bare path: no overrides

A top-level list works too.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ConfigDict, ValidationError

from studio.config import Settings, load_settings
from studio.ingest import InputError

MANIFEST_SUFFIXES = (".yaml", ".yml")


class ManifestFilm(BaseModel):
    model_config = ConfigDict(extra="forbid")

    story: str
    out: str | None = None
    cast: str | None = None
    config: dict[str, Any] = {}


class FilmOrder(BaseModel):
    """One film to make: its story, its project folder and its own settings."""

    model_config = ConfigDict(arbitrary_types_allowed=True)

    story: Path
    out: Path
    settings: Settings


def read_orders(inputs: list[Path], out_root: Path, config: Path | None, overrides: dict[str, Any]) -> list[FilmOrder]:
    """Every film the inputs name, in order; bad input raises ``InputError`` before anything runs."""
    if not inputs:
        raise InputError("give at least one story, screenplay or manifest (see studio batch --help)")
    films: list[ManifestFilm] = []
    bases: list[Path] = []
    for path in inputs:
        if path.suffix.lower() in MANIFEST_SUFFIXES:
            listed = read_manifest(path)
            films += listed
            bases += [path.parent] * len(listed)
        else:
            films.append(ManifestFilm(story=str(path)))
            bases.append(Path.cwd())
    orders = []
    for film, base in zip(films, bases, strict=True):
        story = (base / film.story).resolve()
        out = (out_root / (film.out or story.stem)).resolve()
        cast = str((base / film.cast).resolve()) if film.cast else overrides.get("cast")
        settings = load_settings(config, **{**overrides, **film.config, "cast": cast})
        orders.append(FilmOrder(story=story, out=out, settings=settings))
    seen: dict[Path, Path] = {}
    for order in orders:
        if order.out in seen:
            raise InputError(f"{seen[order.out].name} and {order.story.name} would both go to {order.out}; "
                             "give one of them its own `out:` in a manifest")
        seen[order.out] = order.story
    return orders


def read_manifest(path: Path) -> list[ManifestFilm]:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise InputError(f"cannot read manifest {path}: {' '.join(str(exc).split())}") from None
    if isinstance(data, dict):
        data = data.get("films")
    if not isinstance(data, list) or not data:
        raise InputError(f"manifest {path} must list films (a `films:` list, or a list at the top)")
    films = []
    for number, entry in enumerate(data, 1):
        try:
            films.append(ManifestFilm(story=entry) if isinstance(entry, str) else ManifestFilm.model_validate(entry))
        except ValidationError as exc:
            problem = "; ".join(f"{'.'.join(map(str, e['loc'])) or 'entry'}: {e['msg']}" for e in exc.errors())
            raise InputError(f"manifest {path}, film {number}: {problem}") from None
    return films
