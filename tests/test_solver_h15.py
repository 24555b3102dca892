"""The solver on long low hosts: a chest (a box lying long, flat on top) with many small things on
it is built longer, as a table is, so each of them is drawn big enough to read in a wide scene;
the group on a top too small to read grows its top with it; and someone under a bench sits down
under its seat, the bench drawn big enough to have them there, rather than being drawn at its
foot. Measured on the layout and on the rendered mask and depth (previz). Sentences are our own."""

from __future__ import annotations

import numpy as np
import pytest

from crews.spatial.parse import parse
from crews.spatial.solve import solve
from tests.spatial_support import RUN_SIZE as SIZE
from tests.spatial_support import one, points_of


def named(layout, name: str) -> list:
    found = [o for o in layout.objects if o.name == name]
    assert found, [o.name for o in layout.objects]
    return found


def on_top(thing, host) -> bool:
    """Base on the host's top, middle over its footprint."""
    return (abs(thing.position[1] - (host.position[1] + host.size[1])) < 1e-3
            and abs(thing.position[0] - host.position[0]) <= host.size[0] / 2
            and abs(thing.position[2] - host.position[2]) <= host.size[2] / 2)


def test_a_chest_is_built_longer_for_a_row_of_jars_on_it():
    solution = solve(parse("a sea chest with five ink pots lined up along it."))
    chest, pots = named(solution.layout, "sea chest")[0], named(solution.layout, "ink pot")
    assert len(pots) == 5
    assert chest.size[0] > 1.3 * 0.82  # longer than the catalogue's chest
    assert chest.size[1] == pytest.approx(0.66, abs=0.01)  # no taller: only its length changes
    assert all(on_top(p, chest) for p in pots)
    # One row across the picture, each the catalogue's size or nearly.
    assert len({round(p.position[2], 3) for p in pots}) == 1
    assert all(p.size[0] > 0.7 * 0.33 for p in pots)


def test_a_box_standing_on_end_is_not_built_longer():
    # A wardrobe is furniture; a tall narrow prop (a mirror, a sign) is no box lying long.
    solution = solve(parse("three teacups on top of the mirror."))
    mirror = named(solution.layout, "mirror")[0]
    assert mirror.size[0] == pytest.approx(0.6, abs=0.01)


WIDE = ("four ink pots resting upon the sea chest; eleven geese milling about; four buses parked "
        "end to end; a shepherd with nine lambs; a barn and a church.")


def test_small_things_on_a_chest_in_a_wide_scene_read(run):
    best, mask, depth, _ = run(WIDE)
    chest = one(best.layout, "sea chest")
    pots = named(best.layout, "ink pot")
    assert len(pots) == 4 and all(on_top(p, chest) for p in pots)
    # Each pot covers at least a speck a viewer could point at (a 1/80 of the frame square).
    for pot in pots:
        assert np.count_nonzero(mask == pot.id) >= (SIZE / 80) ** 2 * 1.5, pot.id
    # The chest is drawn bigger than the catalogue's, with them.
    assert chest.size[0] > 1.5 * 0.82


@pytest.mark.parametrize("prompt, person, bench", [
    ("a postman crouching under a park bench.", "postman", "park bench"),
    ("a little girl curled up beneath the garden bench.", "girl", "garden bench"),
])
def test_someone_under_a_bench_sits_beneath_it(prompt, person, bench):
    solution = solve(parse(prompt))
    body, seat = named(solution.layout, person)[0], named(solution.layout, bench)[0]
    assert not any(n.startswith("impossible") for n in solution.layout.notes)
    assert body.pose == "seated"
    assert body.position[1] == pytest.approx(0.0, abs=1e-3)  # on the floor
    assert abs(body.position[0] - seat.position[0]) < seat.size[0] / 2
    assert abs(body.position[2] - seat.position[2]) < seat.size[2] / 2
    # The bench's seat (half its height up) is over the sitting body.
    assert body.size[1] < 0.5 * seat.size[1]


def test_someone_under_a_bench_shows_under_its_seat(run):
    best, mask, depth, _ = run("a postman crouching under a park bench.")
    body, seat = one(best.layout, "postman"), one(best.layout, "park bench")
    mine, theirs = points_of(best, mask, depth, body.id), points_of(best, mask, depth, seat.id)
    assert len(mine) >= (SIZE / 40) ** 2
    top = float(np.percentile(mine[:, 1], 98))
    assert (theirs[:, 1] > top).sum() >= 5  # something of the bench is above him
    x, z = float(np.median(mine[:, 0])), float(np.median(mine[:, 2]))
    assert abs(x - seat.position[0]) < seat.size[0] / 2 and abs(z - seat.position[2]) < seat.size[2] / 2


def test_a_chair_is_not_built_round_someone_under_it():
    # A chair is too narrow to be built round a person: it is not grown to have him beneath it.
    solution = solve(parse("a tall man hiding under a kitchen chair."))
    man, chair = named(solution.layout, "man")[0], named(solution.layout, "kitchen chair")[0]
    assert chair.size[0] == pytest.approx(0.45, abs=0.01)
    assert man.pose != "seated"


def test_upright_things_on_a_chest_stand_in_one_line():
    # Two lines would fill the chest's top, the back one hidden behind the front one.
    solution = solve(parse("six thimbles resting upon the blanket chest."))
    chest, thimbles = named(solution.layout, "blanket chest")[0], named(solution.layout, "thimble")
    assert len(thimbles) == 6 and all(on_top(t, chest) for t in thimbles)
    assert len({round(t.position[2], 3) for t in thimbles}) == 1
    xs = sorted(t.position[0] for t in thimbles)
    assert all(b - a >= t.size[0] - 1e-3 for a, b, t in zip(xs, xs[1:], thimbles))  # side by side


def test_upright_things_in_one_line_show_the_top_beneath_each(run):
    best, mask, depth, _ = run("six thimbles resting upon the blanket chest.")
    chest = one(best.layout, "blanket chest")
    top = chest.position[1] + chest.size[1]
    lid = points_of(best, mask, depth, chest.id)
    for t in named(best.layout, "thimble"):
        seen = points_of(best, mask, depth, t.id)
        assert len(seen) >= (SIZE / 80) ** 2
        # The chest's lid shows right round it, just under its base (a sixth of its height
        # lower at most: the lid's edge).
        under = (lid[:, 1] <= top + 0.02) & (lid[:, 1] >= top - 0.02 - t.size[1] / 6)
        near = under & (np.abs(lid[:, 0] - t.position[0]) <= t.size[0] / 2)
        assert near.sum() >= 3, t.id


def test_a_few_cups_on_a_table_keep_their_size():
    solution = solve(parse("three mugs on the kitchen table."))
    mugs = named(solution.layout, "mug")
    table = named(solution.layout, "kitchen table")[0]
    assert table.size[0] == pytest.approx(1.2, abs=0.01)
    assert all(on_top(m, table) for m in mugs)


def test_seen_from_below_things_on_a_top_stand_at_its_front_edge():
    solution = solve(parse("nine jam jars on the kitchen table; a low angle shot."))
    table, jars = named(solution.layout, "kitchen table")[0], named(solution.layout, "jam jar")
    assert all(on_top(j, table) for j in jars)
    front = table.position[2] + table.size[2] / 2
    assert all(front - (j.position[2] + j.size[2] / 2) < 0.05 for j in jars)


def test_seen_from_below_things_on_a_top_show_their_feet_at_its_edge(run):
    best, mask, depth, _ = run("nine jam jars on the kitchen table; a low angle shot.")
    table = one(best.layout, "kitchen table")
    top = table.position[1] + table.size[1]
    for jar in named(best.layout, "jam jar"):
        seen = points_of(best, mask, depth, jar.id)
        assert len(seen) >= (SIZE / 80) ** 2
        # Its lowest visible point is at the top's edge, not cut off higher up.
        assert float(np.percentile(seen[:, 1], 2)) - top < 0.02 + jar.size[1] / 6, jar.id


def test_seen_from_above_things_on_a_top_keep_to_its_middle():
    solution = solve(parse("three jam jars on the kitchen table, seen from high above."))
    table, jars = named(solution.layout, "kitchen table")[0], named(solution.layout, "jam jar")
    assert all(abs(j.position[2] - table.position[2]) < 0.05 for j in jars)
