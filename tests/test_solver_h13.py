"""The solver on kinds of render failure a bench part showed, measured on the rendered mask and
depth (previz). Piles of round things (loaves, apples) each visibly rest on the one below; rows
asked for are never looked at from the floor to hide one thing behind a low one; a small thing
beneath another, grown to be seen in a wide scene, stays beneath it (the other grows with it).
Sentences are our own."""

from __future__ import annotations

import math

import numpy as np

from tests.spatial_support import points_of

CONTACT = 0.04  # metres: a base this near a surface touches it (depth is whole millimetres)


def elevation(camera) -> float:
    """Degrees the camera looks down (negative: up)."""
    (x, y, z), (tx, ty, tz) = camera.position, camera.target
    return math.degrees(math.atan2(y - ty, math.hypot(x - tx, z - tz)))


def named(layout, name: str) -> list:
    found = [o for o in layout.objects if o.name == name]
    assert found, [o.name for o in layout.objects]
    return found


def test_a_pile_of_round_loaves_seen_from_above_rests_each_on_the_one_below(run):
    best, mask, depth, _ = run("a stack of four round loaves, each on the one beneath, by a lighthouse, "
                               "a ring of five fishermen round a bollard")
    loaves = sorted(named(best.layout, "loaf"), key=lambda o: o.position[1])
    assert len(loaves) == 4
    assert elevation(best.camera) > 20.0  # looked down on: the case where the underside hides
    for lower, upper in zip(loaves, loaves[1:]):
        below, above = points_of(best, mask, depth, lower.id), points_of(best, mask, depth, upper.id)
        assert len(below) and len(above)
        base, top = float(above[:, 1].min()), float(above[:, 1].max())
        surface = float(below[below[:, 1] <= base + CONTACT, 1].max())
        # What shows of the upper one reaches down to what shows of the one it rests on.
        assert base - surface <= CONTACT + (top - base) / 6, (upper.id, base, surface)


def test_rows_asked_for_are_not_seen_from_the_floor_to_hide_someone_behind_a_low_thing(run):
    best, mask, depth, _ = run("nine church pews laid out as three rows, three per row, and a tall man mostly hidden "
                               "behind a low crate")
    assert elevation(best.camera) > 0.0
    assert best.camera.position[1] > 1.0
    for pew in named(best.layout, "church pew"):
        assert np.count_nonzero(mask == pew.id) >= 52 * (mask.shape[0] / 512) ** 2, pew.id


def test_a_kitten_grown_to_be_seen_under_a_pew_keeps_the_pew_over_it(run):
    best, mask, depth, _ = run("a kitten asleep beneath a church pew, with a church tower and a goods train behind")
    kitten, = named(best.layout, "kitten")
    pew, = named(best.layout, "church pew")
    assert pew.position[1] == 0.0 and kitten.position[1] == 0.0  # both on the floor: no pew riding on it
    assert kitten.size[1] < pew.size[1]
    # The kitten's ground middle is within the pew's footprint.
    a = math.radians(pew.yaw_deg)
    dx, dz = kitten.position[0] - pew.position[0], kitten.position[2] - pew.position[2]
    x, z = math.cos(a) * dx - math.sin(a) * dz, math.sin(a) * dx + math.cos(a) * dz
    assert abs(x) <= pew.size[0] / 2 and abs(z) <= pew.size[2] / 2
    # Something of the pew is seen above what is seen of the kitten.
    seen, roof = points_of(best, mask, depth, kitten.id), points_of(best, mask, depth, pew.id)
    assert len(seen) and np.count_nonzero(roof[:, 1] > seen[:, 1].max()) >= 5


def test_a_ring_round_something_as_tall_as_them_seen_from_the_floor_shows_it_and_each_of_them(run):
    best, mask, depth, _ = run("seven barrels forming a ring about an eighth barrel, seen from floor level")
    assert elevation(best.camera) < 5.0
    barrels = named(best.layout, "barrel")
    assert len(barrels) == 8
    for thing in barrels:  # the middle one shows through the gap in front, none is straight behind it
        assert np.count_nonzero(mask == thing.id) >= 52 * (mask.shape[0] / 512) ** 2, thing.id
