"""Rings around a short thing, measured on the render: the ring leaves its gap on the camera's side,
so what it is around shows (a short stone among tall people), and everyone in it shows too."""

from __future__ import annotations

import numpy as np
import pytest


def visible_pixels(best, mask, name: str) -> list[int]:
    return [int((mask == o.id).sum()) for o in best.layout.objects if o.name == name]


@pytest.mark.parametrize("prompt, centre, members, count", [
    ("a milestone encircled by five tall sentries", "milestone", "sentry", 5),
    ("a crate encircled by five guards", "crate", "guard", 5),
    ("a tree stump with seven scouts around it", "tree stump", "scout", 7),
])
def test_what_a_ring_is_around_shows_through_its_gap(run, prompt, centre, members, count) -> None:
    best, mask, depth, _ = run(prompt)
    [shown] = visible_pixels(best, mask, centre)
    ring = visible_pixels(best, mask, members)
    assert len(ring) == count and min(ring) > 50
    # nobody stands between the camera and the centre (with one straight in front, a third of this)
    assert shown > 0.3 * np.mean(ring), (shown, ring)
    around = [r for r in best.layout.relations if r.kind == "around"]
    assert around and all(r.holds is True and r.measured is not False for r in around)
