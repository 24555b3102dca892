"""The solver on "under" with things people put things beneath (a bed on its legs, a hammock, a
picnic table, a trestle table, a climbing frame's deck, a grand piano), measured on the rendered
mask and depth (previz): what is beneath stands on the ground inside the other's footprint, its
top no higher than the underside of the parts over it, and it still shows; a prop too tall for
the gap is laid flat (and said so), and a thing too big even so is said not to fit rather than
drawn beside it as though it were under. Sentences are our own."""

from __future__ import annotations

import math

import numpy as np
import pytest

from crews.spatial.parse import parse
from crews.spatial.silhouette import _part_boxes
from crews.spatial.solve import solve
from tests.spatial_support import RUN_SIZE as SIZE  # the size the shared `run` fixture renders at
from tests.spatial_support import one, points_of

DEPTH_SLACK = 0.012  # metres: depth is whole millimetres and a silhouette's edge a whole pixel


def local(points: np.ndarray, host) -> np.ndarray:
    """World points in the host's own frame, in units of its size (x, z across; base centre 0)."""
    a = math.radians(host.yaw_deg)
    dx, dz = points[:, 0] - host.position[0], points[:, 2] - host.position[2]
    x = math.cos(a) * dx - math.sin(a) * dz
    z = math.sin(a) * dx + math.cos(a) * dz
    return np.stack([x / host.size[0], z / host.size[2]], axis=1)


def ceiling(host, seen: np.ndarray) -> float:
    """Metres above the ground of the lowest underside of the host's parts over where the thing
    is seen (the frame of a bed, the front bench of a picnic table, the deck of a climbing frame)."""
    flat = local(seen, host)
    x0, z0 = flat.min(axis=0)
    x1, z1 = flat.max(axis=0)
    boxes = _part_boxes(host.category)
    over = (boxes[:, 0] < x1) & (boxes[:, 3] > x0) & (boxes[:, 1] < z1) & (boxes[:, 4] > z0)
    assert over.any(), "nothing of the host is above the thing"
    return float(boxes[over, 2].min()) * host.size[1]


def assert_beneath(best, mask, depth, meta, thing: str, host: str) -> tuple:
    """On the ground, within the host's footprint, under its underside, and in sight."""
    a, b = one(best.layout, thing), one(best.layout, host)
    assert a.position[1] == pytest.approx(0.0, abs=1e-3)
    mine = points_of(best, mask, depth, a.id)
    assert len(mine) >= (SIZE / 40) ** 2, len(mine)  # partly visible from the camera
    assert meta["visible_fraction"][str(a.id)] > 0.05
    # Standing on the ground: what shows of it reaches down to near the floor.
    assert float(np.percentile(mine[:, 1], 2)) < 0.1 + 0.15 * a.size[1]
    # Inside the host's footprint on the ground, all of what shows of it.
    flat = local(mine, b)
    assert (np.abs(flat) <= 0.5 + DEPTH_SLACK / min(b.size[0], b.size[2])).mean() > 0.97
    # Lower than whatever of the host is over it: it fits in the gap.
    top = float(np.percentile(mine[:, 1], 98))
    assert top <= ceiling(b, mine) + DEPTH_SLACK, (top, ceiling(b, mine))
    assert a.position[1] + a.size[1] <= ceiling(b, mine) + 1e-3
    return a, b


def relation(layout, kind: str, subject: int):
    return next(r for r in layout.relations if r.kind == kind and r.subject == subject)


@pytest.mark.parametrize("prompt, thing, host", [
    ("a terrier dozing beneath a rope hammock", "terrier", "rope hammock"),
    ("a football left under the jungle gym", "football", "jungle gym"),
    ("a tabby curled up under a grand piano", "tabby", "grand piano"),
    ("a toolbox under a trestle table in a workshop", "toolbox", "trestle table"),
    ("an ice chest stowed underneath a folding table", "ice chest", "folding table"),
])
def test_a_thing_beneath_a_raised_one_stands_in_its_footprint_below_its_underside(run, prompt, thing, host):
    best, mask, depth, meta = run(prompt)
    a, _ = assert_beneath(best, mask, depth, meta, thing, host)
    under = relation(best.layout, "under", a.id)
    assert under.measured and under.holds, under.detail


@pytest.mark.parametrize("prompt, thing, host", [
    ("a guitar stowed beneath a double bed", "guitar", "double bed"),
    ("a rucksack shoved beneath a picnic table", "rucksack", "picnic table"),
])
def test_a_prop_too_tall_for_the_gap_is_laid_flat_beneath_and_said_so(run, prompt, thing, host):
    best, mask, depth, meta = run(prompt)
    a, b = assert_beneath(best, mask, depth, meta, thing, host)
    assert a.pose == "lying"
    assert any(thing in note and "laid flat" in note for note in best.layout.notes)
    under = relation(best.layout, "under", a.id)
    assert under.measured and under.holds, under.detail
    # Lying, it is as long as it stood tall: laid down at its real size, not shrunk to fit.
    standing = solve(parse(f"a {thing} in a room")).layout
    tall = one(standing, thing).size[1]
    assert max(a.size) == pytest.approx(tall, rel=0.01)


def test_what_would_spill_lying_down_stands_smaller_instead():
    layout = solve(parse("an oil lamp set down beneath a bunk")).layout
    lamp, bunk = one(layout, "oil lamp"), one(layout, "bunk")
    assert lamp.pose == "standing"
    assert lamp.size[1] < bunk.size[1] * 0.25  # below the frame on its legs
    assert any("oil lamp" in note and "to fit under" in note for note in layout.notes)


def test_a_thing_too_big_for_the_gap_is_said_not_to_fit(run):
    best, mask, depth, _ = run("a labrador asleep under a cot")
    dog, _ = one(best.layout, "labrador"), one(best.layout, "cot")  # (both there, once each)
    assert dog.size[1] > 0.5  # a dog is not shrunk to a toy to pass under a bed's frame
    under = relation(best.layout, "under", dog.id)
    assert under.detail.startswith("impossible"), under.detail
    assert any("cannot fit under the cot" in note for note in best.layout.notes)
    assert best.score == 1.0  # what real sizes cannot meet is not held against the plan


def test_compound_and_alias_names_resolve_to_things_with_room_beneath():
    spec = parse("a cat under a jungle gym, a dog under a concert grand, a hen under a trestle table, "
                 "a goose under a picnic table, a lamb under a sofa bed")
    categories = {e.noun: e.category for e in spec.entities}
    assert categories["jungle gym"] == "climbing_frame"
    assert categories["concert grand"] == "grand_piano"
    assert categories["trestle table"] == "trestle_table"
    assert categories["picnic table"] == "picnic_table"
    assert categories["sofa bed"] == "bed"
    assert not any(e.stand_in for e in spec.entities)
