"""Prompt templates (Jinja files in ``crews/prompts/``) and the one way story text enters a prompt.

Instructions live in the templates; the story, the cast and the shot go in the user message as a
fenced JSON block, so that whatever the story says is a string value to adapt, never an order.
"""

from __future__ import annotations

import hashlib
import json
from functools import cache
from pathlib import Path
from typing import Any

import jinja2
from pydantic import BaseModel

TEMPLATES = Path(__file__).resolve().parents[1] / "prompts"

_environment = jinja2.Environment(loader=jinja2.FileSystemLoader(TEMPLATES), undefined=jinja2.StrictUndefined,
                                  autoescape=False, trim_blocks=True, lstrip_blocks=True)


def render(name: str, **values: Any) -> str:
    return _environment.get_template(f"{name}.j2").render(**values).strip()


@cache
def version(name: str, contract: type[BaseModel] | None = None) -> str:
    """A hash of a template's text, the shared rules and the reply's schema (which goes into the
    prompt too): part of the cache keys of what the template produces, so an edit asks again."""
    digest = hashlib.sha256()
    for file in (f"{name}.j2", "_rules.j2"):
        digest.update((TEMPLATES / file).read_bytes())
    if contract is not None:
        digest.update(json.dumps(contract.model_json_schema(), sort_keys=True).encode())
    return digest.hexdigest()[:12]


def quoted(task: str, data: Any) -> str:
    """The user message: one line saying what to do with the data, then the data as JSON."""
    return f"{task}\n\n```json\n{json.dumps(data, indent=1, ensure_ascii=False)}\n```"
