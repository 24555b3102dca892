"""Compact views of the spatial parse for the phrasing tests: which things, how many, how they
relate and which way they face, each as a plain value an assert can compare."""

from __future__ import annotations

from crews.spatial.parse import parse


def nouns(prompt: str) -> list[str]:
    return sorted(e.noun for e in parse(prompt).entities)


def counts(prompt: str) -> dict[str, int]:
    return {e.noun: e.count for e in parse(prompt).entities}


def relations(prompt: str) -> set[tuple[str, str, str | None]]:
    return {(r.subject, r.kind, r.object) for r in parse(prompt).relations}


def facings(prompt: str) -> dict[str, str | None]:
    return {e.noun: e.facing for e in parse(prompt).entities}


def refs(prompt: str) -> set[str]:
    return {e.ref for e in parse(prompt).entities}


def entity(prompt: str, ref: str):
    return next(e for e in parse(prompt).entities if e.ref == ref)
