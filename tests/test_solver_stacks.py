"""The solver on piles ("stacked one above another", "in a pile"), measured on layout numbers and
on the rendered mask and depth (previz): each thing of a pile rests on the top of the one below
it (no overlap, no gap), centred over it, whatever else the pile stands on, beside or under (a
pile beneath a tree is one column, not a row). Sentences are our own."""

from __future__ import annotations

import math

import numpy as np
import pytest

from crews.spatial import camera as cam
from crews.spatial.parse import parse
from crews.spatial.solve import solve
from tests.spatial_support import RUN_SIZE as SIZE  # the size the shared `run` fixture renders at

CONTACT = 0.015  # metres: a rendered base this close above the surface below rests on it



def pile(layout, name: str) -> list:
    """The things named so, lowest first."""
    return sorted((o for o in layout.objects if o.name == name), key=lambda o: o.position[1])


def assert_piled(things, base: float | None = None) -> None:
    """Each rests exactly on the top of the one below, centred over it, no wider than it."""
    assert len(things) >= 2
    if base is not None:
        assert things[0].position[1] == pytest.approx(base, abs=1e-3)
    for lower, upper in zip(things, things[1:]):
        assert upper.position[1] == pytest.approx(lower.position[1] + lower.size[1], abs=1e-3)
        assert upper.position[0] == pytest.approx(lower.position[0], abs=1e-3)
        assert upper.position[2] == pytest.approx(lower.position[2], abs=1e-3)
        assert upper.size[0] <= lower.size[0] + 1e-6 and upper.size[2] <= lower.size[2] + 1e-6


def points_of(best, mask, depth, object_id: int) -> np.ndarray:
    ys, xs = np.nonzero((mask == object_id) & (depth > 0))
    return cam.unproject(best.camera, SIZE, SIZE, xs.astype(float), ys.astype(float), depth[ys, xs])


def assert_rests_on_render(best, mask, depth, things) -> None:
    """Seen in the picture: what shows of each lower one right beside and below the next one's
    base reaches up to that base (it touches), and none of it rises past the base (no overlap)."""
    for lower, upper in zip(things, things[1:]):
        mine, theirs = points_of(best, mask, depth, upper.id), points_of(best, mask, depth, lower.id)
        assert len(mine) > 20 and len(theirs) > 20, (lower.id, upper.id)
        low = float(mine[:, 1].min())
        x0, x1, z0, z1 = mine[:, 0].min(), mine[:, 0].max(), mine[:, 2].min(), mine[:, 2].max()
        near = (theirs[:, 0] > x0 - 0.05) & (theirs[:, 0] < x1 + 0.05) & \
            (theirs[:, 2] > z0 - 0.05) & (theirs[:, 2] < z1 + 0.05)
        assert near.sum() > 5
        top = float(theirs[near, 1].max())
        # A pixel's size there: the edges of what is seen are whole pixels.
        far = float(np.median(depth[mask == upper.id]))
        pixel = 2 * math.tan(math.radians(best.camera.fov_deg) / 2) * far / SIZE
        assert top <= low + 0.006, (lower.id, upper.id, top, low)  # no overlap (depth is whole mm)
        assert low - top <= max(CONTACT, 1.2 * pixel), (lower.id, upper.id, top, low, pixel)  # and no gap
        # Its middle over the one below, left to right.
        assert theirs[:, 0].min() < (x0 + x1) / 2 < theirs[:, 0].max()


@pytest.mark.parametrize("prompt, name, count", [
    ("three breeze blocks piled one on top of another under an oak", "breeze block", 3),
    ("a pile of four books beneath a bench", "book", 4),
])
def test_a_pile_beneath_something_is_one_column(prompt, name, count):
    solution = solve(parse(prompt))
    things = pile(solution.layout, name)
    assert len(things) == count
    assert_piled(things, base=0.0)


def test_a_pile_too_tall_to_go_beneath_stands_at_its_foot_still_piled():
    solution = solve(parse("four breeze blocks piled one on top of another under a table"))
    things = pile(solution.layout, "breeze block")
    assert len(things) == 4
    assert_piled(things, base=0.0)
    table = next(o for o in solution.layout.objects if o.name == "table")
    # Four half-metre blocks do not fit under a table: none of them is scaled to a sliver.
    assert min(t.size[1] for t in things) > 0.2 or things[-1].position[1] + things[-1].size[1] < table.size[1]


@pytest.mark.parametrize("prompt, name, count, on", [
    ("four bricks stacked one above another on a desk", "brick", 4, "desk"),
    ("three tyres in a pile beside a shed", "tyre", 3, None),
    ("a tower of five crates next to a donkey", "crate", 5, None),
])
def test_a_pile_rests_level_on_level(prompt, name, count, on):
    solution = solve(parse(prompt))
    things = pile(solution.layout, name)
    assert len(things) == count
    base = None
    if on:
        holder = next(o for o in solution.layout.objects if o.name == on)
        base = None if things[0].position[1] < holder.size[1] * 0.5 else things[0].position[1]
        assert things[0].position[1] > 0.3  # on its top, not on the floor
    assert_piled(things, base=base if base is not None else (0.0 if not on else None))


@pytest.mark.parametrize("prompt, name", [
    ("two breeze blocks piled one on top of another under an oak", "breeze block"),
    ("three tyres in a pile beside a shed", "tyre"),
    ("two crates stacked one above the other, eye level", "crate"),
])
def test_a_pile_rests_on_the_render(run, prompt, name):
    best, mask, depth, _ = run(prompt)
    things = pile(best.layout, name)
    assert len(things) >= 2
    assert_piled(things)
    assert_rests_on_render(best, mask, depth, things)


@pytest.mark.parametrize("prompt, name", [
    ("three breeze blocks piled one on top of another, seen from a high angle", "breeze block"),
    ("a pile of six notebooks on a desk, close-up", "notebook"),
])
def test_a_pile_seen_from_above_shows_each_under_the_middle_of_the_next(run, prompt, name):
    """From a camera looking down, the whole top of the highest one shows, and of the one below
    it only its front and the rim of its top round it: that rim shows back to about the middle
    of the one on it (within a quarter of its size), so the picture shows it is held up."""
    best, mask, depth, _ = run(prompt)
    things = pile(best.layout, name)
    assert len(things) >= 3
    assert_piled(things)
    for lower, upper in zip(things, things[1:]):
        mine, theirs = points_of(best, mask, depth, upper.id), points_of(best, mask, depth, lower.id)
        assert len(mine) > 20 and len(theirs) > 20
        x0, x1, z0, z1 = mine[:, 0].min(), mine[:, 0].max(), mine[:, 2].min(), mine[:, 2].max()
        slack = 0.25 * max(x1 - x0, z1 - z0)
        assert theirs[:, 2].min() - slack <= (z0 + z1) / 2 <= theirs[:, 2].max() + slack, (lower.id, upper.id)
        assert theirs[:, 0].min() - slack <= (x0 + x1) / 2 <= theirs[:, 0].max() + slack, (lower.id, upper.id)
