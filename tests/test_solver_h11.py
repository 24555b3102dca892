"""The solver on crowded scenes seen from low down, measured on the rendered mask and depth
(previz): a pile's lower things show their sides (nothing small is brought in front of them);
Sentences are our own."""

from __future__ import annotations

import numpy as np
import pytest

from tests.spatial_support import points_of


def named(layout, name: str) -> list:
    return [o for o in layout.objects if o.name == name]


def footprint(points: np.ndarray) -> tuple[float, float, float, float]:
    return points[:, 0].min(), points[:, 0].max(), points[:, 2].min(), points[:, 2].max()


def rests_over(upper: np.ndarray, lower: np.ndarray) -> bool:
    """What shows of the upper one has its middle over what shows of the lower one (a quarter
    of its size of slack): the picture shows it resting on that one."""
    x0, x1, z0, z1 = footprint(upper)
    ox0, ox1, oz0, oz1 = footprint(lower)
    slack = 0.25 * max(x1 - x0, z1 - z0)
    cx, cz = (x0 + x1) / 2, (z0 + z1) / 2
    return ox0 - slack <= cx <= ox1 + slack and oz0 - slack <= cz <= oz1 + slack


@pytest.mark.parametrize("prompt, name", [
    ("a big barn; a goat and two buckets; five boxes piled up one on top of another; from a worm's-eye view",
     "box"),
    ("a garden shed; two plant pots; six boxes piled up one on top of another, a worm's-eye view", "box"),
    ("a fire engine; two helmets; four crates piled up one on top of another, seen from down low", "crate"),
])
def test_a_pile_seen_from_low_down_shows_each_resting_on_the_one_below(run, prompt, name):
    best, mask, depth, _ = run(prompt)
    things = sorted(named(best.layout, name), key=lambda o: o.position[1])
    assert len(things) >= 4
    assert len({round(o.position[1], 3) for o in things}) == len(things)  # one column
    pile_ids = {o.id for o in things}
    for lower, upper in zip(things, things[1:]):
        low, high = points_of(best, mask, depth, lower.id), points_of(best, mask, depth, upper.id)
        assert len(low) > 20 and len(high) > 20
        assert rests_over(high, low), (lower.id, upper.id, footprint(low), footprint(high))
    # Nothing else is drawn between the camera and the pile's lowest one.
    eye = np.asarray(best.camera.position)
    for other in best.layout.objects:
        if other.id in pile_ids:
            continue
        nearer = np.linalg.norm(np.subtract(other.position, eye)) < np.linalg.norm(np.subtract(things[0].position, eye))
        beside = abs(other.position[0] - things[0].position[0]) < (other.size[0] + things[0].size[0]) / 2
        assert not (nearer and beside), other.name


def in_sight(mask, thing, size: int) -> bool:
    return (mask == thing.id).sum() >= (size / 80) ** 2


@pytest.mark.parametrize("prompt, name, rows", [
    ("six bee boxes set out in two rows of three, seen from a worm's-eye view", "bee box", 2),
    ("nine crates arranged in three rows of three, straight on at eye height", "crate", 3),
    ("a barn and a tractor; six kegs standing in two rows of three, with the camera on the ground "
     "pointing up", "keg", 2),
    ("twelve hay blocks in three rows of four, eye-level view", "hay block", 3),
])
def test_rows_seen_from_low_down_each_show_in_a_gap_of_the_row_in_front(run, prompt, name, rows):
    best, mask, depth, _ = run(prompt)
    things = named(best.layout, name)
    size = mask.shape[0]
    assert all(in_sight(mask, t, size) for t in things), [(t.id, int((mask == t.id).sum())) for t in things]
    # Still rows: that many depths, the same number in each, on the floor.
    depths = sorted({round(t.position[2], 2) for t in things})
    assert len(depths) == rows
    assert all(sum(round(t.position[2], 2) == d for t in things) == len(things) // rows for d in depths)
    assert all(abs(t.position[1]) < 1e-3 for t in things)


def test_rows_seen_from_above_keep_their_straight_columns():
    from crews.spatial.parse import parse
    from crews.spatial.solve import solve
    layout = solve(parse("six bee boxes set out in two rows of three, seen from high above")).layout
    xs = sorted({round(o.position[0], 3) for o in named(layout, "bee box")})
    assert len(xs) == 3  # the row behind stands straight behind the one in front


@pytest.mark.parametrize("prompt, name, centre", [
    ("seven scouts standing round a campfire; five garden sheds strung out in a line; two rangers carrying three "
     "sacks; straight on at eye height", "scout", "campfire"),
    ("a row of four caravans side by side; six geese gathered round a feeding trough; a tractor, from a worm's-eye "
     "view", "goose", "feeding trough"),
    ("eight ducks crowded round a small pond; three rowing boats in a line; two anglers holding two rods; at eye level",
     "duck", "pond"),
])
def test_a_ring_seen_from_low_down_aside_in_a_wide_scene_shows_each_of_it(run, prompt, name, centre):
    best, mask, depth, _ = run(prompt)
    ring, middle = named(best.layout, name), named(best.layout, centre)
    size = mask.shape[0]
    assert len(ring) >= 6 and len(middle) == 1
    assert all(in_sight(mask, t, size) for t in ring), [(t.id, int((mask == t.id).sum())) for t in ring]
    assert in_sight(mask, middle[0], size)
    # Still round it: as far from its middle each, on every side of it.
    mx, mz = middle[0].position[0], middle[0].position[2]
    radii = [np.hypot(t.position[0] - mx, t.position[2] - mz) for t in ring]
    assert max(radii) - min(radii) < 0.05 * max(radii)
    angles = sorted(np.arctan2(t.position[2] - mz, t.position[0] - mx) for t in ring)
    assert max(np.diff(angles + [angles[0] + 2 * np.pi])) < 2 * np.pi / len(ring) + 1e-3


@pytest.mark.parametrize("prompt, name", [
    ("six garden sheds strung out in a line across the picture; eight scouts standing round a campfire; two cooks "
     "and six teacups; straight on at eye height", "teacup"),
    ("five caravans in a row across the picture; a barn; a tractor; seven apples; at eye level", "apple"),
    ("four market stalls side by side; two vans; a bus; eight eggs; eye-level shot", "egg"),
])
def test_small_things_tied_to_nothing_in_a_wide_scene_come_to_the_foreground(run, prompt, name):
    best, mask, depth, _ = run(prompt)
    small = named(best.layout, name)
    size = mask.shape[0]
    assert len(small) >= 6
    assert all(in_sight(mask, t, size) for t in small), [(t.id, int((mask == t.id).sum())) for t in small]
    # In front of everything else, nearer the camera.
    eye = np.asarray(best.camera.position)
    others = [o for o in best.layout.objects if o.name != name]
    nearest_other = min(np.linalg.norm(np.subtract(o.position, eye)) for o in others)
    assert max(np.linalg.norm(np.subtract(t.position, eye)) for t in small) < nearest_other


def test_small_things_beside_what_they_are_said_to_be_beside_stay_there():
    from crews.spatial.parse import parse
    from crews.spatial.solve import solve
    layout = solve(parse("five caravans in a row across the picture; a barn; a tractor; seven apples next to the "
                         "tractor; at eye level")).layout
    tractor, barn = named(layout, "tractor")[0], named(layout, "barn")[0]
    apples = named(layout, "apple")
    across = float(np.mean([a.position[0] for a in apples]))
    assert apples and abs(across - tractor.position[0]) < abs(across - barn.position[0])  # by it, not mid-picture


@pytest.mark.parametrize("prompt, name", [
    ("four crates piled one on top of another, at eye level", "crate"),
    ("three boxes piled one on top of another; a sofa; straight on at eye height", "box"),
    ("five wooden crates piled one on top of another, from a worm's-eye view", "crate"),
])
def test_a_pile_seen_from_its_own_height_shows_how_deep_each_one_is(run, prompt, name):
    best, mask, depth, _ = run(prompt)
    things = sorted(named(best.layout, name), key=lambda o: o.position[1])
    assert len(things) >= 3
    for thing in things:
        points = points_of(best, mask, depth, thing.id)
        x0, x1, z0, z1 = footprint(points)
        # A side shows as well as the front: what is seen of it runs back over half its depth.
        assert max(x1 - x0, z1 - z0) > 0 and min(x1 - x0, z1 - z0) >= 0.5 * min(thing.size[0], thing.size[2])
    for lower, upper in zip(things, things[1:]):
        assert rests_over(points_of(best, mask, depth, upper.id), points_of(best, mask, depth, lower.id))


def test_a_pile_seen_from_above_stays_square():
    from crews.spatial.parse import parse
    from crews.spatial.solve import solve
    layout = solve(parse("four crates piled one on top of another, seen from high above")).layout
    assert all(abs(o.yaw_deg) < 1e-6 for o in named(layout, "crate"))
