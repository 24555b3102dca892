"""Long scene prompts, seventh round: a row said as one thing beside the rest of its kind next
to a crowd, and rings round a centre taller than the ring. Sentences are our own."""

from __future__ import annotations

import numpy as np
import pytest

from crews.spatial.parse import parse
from crews.spatial.solve import solve


def visible_pixels(best, mask, name: str) -> list[int]:
    return [int((mask == o.id).sum()) for o in best.layout.objects if o.name == name]


@pytest.mark.parametrize("prompt, noun, count", [
    ("a crate to the left of four crates in a row, and nine sailors milling about", "crate", 5),
    ("one barrel just left of three barrels in a row; twelve soldiers chatting", "barrel", 4),
])
def test_one_beside_a_row_of_its_kind_next_to_a_crowd_stays_in_that_row(prompt, noun, count):
    # A group of people spread wide is no larger a thing than one person: the one crate beside
    # the row is not a small thing to be brought forward past the others.
    layout = solve(parse(prompt)).layout
    row = [o for o in layout.objects if o.name == noun]
    assert len(row) == count
    depths = [o.position[2] for o in row]
    assert max(depths) - min(depths) < 0.25 * min(o.size[2] for o in row)
    xs = sorted(o.position[0] for o in row)
    assert min(b - a for a, b in zip(xs, xs[1:])) > 0.9 * min(o.size[0] for o in row)


@pytest.mark.parametrize("prompt, members, count", [
    ("eight dogs in a ring around a pine tree", "dog", 8),
    ("nine geese standing in a ring around a willow", "goose", 9),
    ("eight crates in a ring around a tall fir tree", "crate", 8),
])
def test_a_ring_round_a_taller_centre_shows_the_ones_behind_it(run, prompt, members, count):
    # The two nearest the far side stand clear of the tree's crown to either side: each shows at
    # least a third as much as a typical one of the ring, not a sliver past the crown's edge.
    best, mask, depth, _ = run(prompt)
    ring = visible_pixels(best, mask, members)
    assert len(ring) == count and min(ring) > 0.3 * float(np.median(ring)), ring
    around = [r for r in best.layout.relations if r.kind == "around"]
    assert around and all(r.holds is True for r in around)


@pytest.mark.parametrize("prompt, order", [
    ("a wide pond, and from left to right a rooster, a bucket and a goat", ("rooster", "bucket", "goat")),
    ("a big pond; reading left to right, a hen, a bucket and a ram", ("hen", "bucket", "ram")),
])
def test_small_things_in_a_left_to_right_order_keep_it_beside_a_large_one(run, prompt, order):
    # The small ones are not brought forward alone: nearer the camera their columns would slide
    # towards the middle of the picture, past the larger one ordered after them.
    best, mask, depth, _ = run(prompt)
    columns = []
    for name in order:
        [thing] = [o for o in best.layout.objects if o.name == name]
        columns.append(float(np.median(np.nonzero(mask == thing.id)[1])))
    margin = 0.02 * mask.shape[1]
    assert all(b - a > margin for a, b in zip(columns, columns[1:])), columns


@pytest.mark.parametrize("prompt", [
    "a farmer mostly out of sight behind a low crate, and one saucer resting on another",
    "a tall knight half hidden behind a bush; a book lying on top of a second book",
    "a postman mostly out of sight behind a hedge, and four plates piled one on another",
])
def test_a_scene_with_a_pile_is_never_seen_from_below_to_hide_someone(run, prompt):
    # From below a top nothing shows what rests on it: the search for a camera that lets a low
    # thing hide a tall one keeps to cameras looking down when something rests on a top.
    best, mask, depth, _ = run(prompt)
    assert best.camera.position[1] > best.camera.target[1]
    checked = [r for r in best.layout.relations if r.kind in ("hidden_by", "on_top_of")]
    assert checked and all(r.holds is True for r in checked), [r.detail for r in checked]
