"""The solver on dense scenes, measured on layout numbers and on the rendered mask (previz):
several things on one top each stand on it, in one layer, apart; what is put on a pile rests on
its top one; a thing inside a rim is seen resting; a hidden thing still shows (grown when it is
a speck, on the top its occluder stands on, clear of what else is in front); rows asked for stay
in view next to a "hidden by". Sentences are our own."""

from __future__ import annotations

import itertools
import math

import numpy as np
import pytest

from crews.spatial import camera as cam
from crews.spatial.parse import parse
from crews.spatial.solve import solve
from tests.spatial_support import render_best

SIZE = 256


@pytest.fixture
def run(agent, renderer, tmp_path):
    """prompt -> (best attempt, mask) for the best attempt."""
    def go(prompt: str):
        best, mask, _, _ = render_best(agent, renderer, prompt, tmp_path, SIZE)
        return best, mask
    return go


@pytest.fixture
def run_depth(agent, renderer, tmp_path):
    """prompt -> (best attempt, mask, depth in metres)."""
    def go(prompt: str):
        best, mask, depth, _ = render_best(agent, renderer, prompt, tmp_path, SIZE)
        return best, mask, depth.astype(float) / 1000.0
    return go


def named(layout, name: str):
    return [o for o in layout.objects if o.name == name]


def ground_box(o) -> tuple[float, float, float, float]:
    """x0, x1, z0, z1 of an upright box turned by yaw_deg."""
    a = math.radians(o.yaw_deg)
    w, _, d = o.size
    hx = abs(math.cos(a)) * w / 2 + abs(math.sin(a)) * d / 2
    hz = abs(math.sin(a)) * w / 2 + abs(math.cos(a)) * d / 2
    return o.position[0] - hx, o.position[0] + hx, o.position[2] - hz, o.position[2] + hz


def apart(a, b) -> bool:
    """Their boxes do not interpenetrate (apart on the ground, or one above the other)."""
    ax0, ax1, az0, az1 = ground_box(a)
    bx0, bx1, bz0, bz1 = ground_box(b)
    ground = ax1 <= bx0 + 1e-3 or bx1 <= ax0 + 1e-3 or az1 <= bz0 + 1e-3 or bz1 <= az0 + 1e-3
    height = a.position[1] + a.size[1] <= b.position[1] + 1e-3 or b.position[1] + b.size[1] <= a.position[1] + 1e-3
    return ground or height


def relation(best, kind: str, subject: str):
    ids = {o.id: o.name for o in best.layout.objects}
    return next(r for r in best.layout.relations if r.kind == kind and ids.get(r.subject) == subject)


# ------------------------------------------------------------------ on a top ---


@pytest.mark.parametrize("prompt, support, things", [
    ("a shelf with six books and two vases on it", "shelf", ["book", "vase"]),
    ("a desk with a laptop, a lamp, a mug, a plant, a phone and a book on it", "desk",
     ["laptop", "lamp", "mug", "plant", "phone", "book"]),
    ("a counter with a kettle, a toaster, three mugs, a bowl of apples and a plant on it", "counter",
     ["kettle", "toaster", "mug", "bowl", "plant"]),
    ("a shelf with a clock, two vases, four books and a plant on it", "shelf", ["clock", "vase", "book", "plant"]),
    ("a stool with a cup, a bowl and an apple on it", "stool", ["cup", "bowl", "apple"]),
])
def test_things_on_a_crowded_top_each_stand_on_it_apart(prompt, support, things):
    layout = solve(parse(prompt)).layout
    top = named(layout, support)[0]
    level = top.position[1] + top.size[1]
    x0, x1, z0, z1 = ground_box(top)
    on = [o for name in things for o in named(layout, name)]
    assert len(on) == sum(len(named(layout, n)) for n in things) and on
    for o in on:
        assert o.position[1] == pytest.approx(level, abs=0.02), (o.name, o.position, level)  # one layer, on the top
        ox0, ox1, oz0, oz1 = ground_box(o)
        middle = ((ox0 + ox1) / 2, (oz0 + oz1) / 2)
        assert x0 <= middle[0] <= x1 and z0 <= middle[1] <= z1, (o.name, middle)  # over the top, not off its edge
        assert x0 - 0.01 <= ox0 and ox1 <= x1 + 0.01, (o.name, (ox0, ox1), (x0, x1))
    for a, b in itertools.combinations(on, 2):
        assert apart(a, b), (a.name, a.position, b.name, b.position)


def test_a_top_too_narrow_for_what_stands_on_it_is_built_wider():
    layout = solve(parse("a shelf with six books and two vases on it")).layout
    shelf = named(layout, "shelf")[0]
    books = named(layout, "book")
    assert shelf.size[0] > 1.0  # the catalogue shelf is 1 m wide
    assert len({round(b.position[1], 3) for b in books}) == 1  # not piled up
    assert any("wide" in note for note in layout.notes)


def test_what_is_put_on_a_pile_rests_on_its_top_one(run):
    best, mask = run("a stack of three boxes with a cat on top")
    boxes = sorted(named(best.layout, "box"), key=lambda o: o.position[1])
    cat = named(best.layout, "cat")[0]
    assert len(boxes) == 3
    top = boxes[-1]
    assert cat.position[1] == pytest.approx(top.position[1] + top.size[1], abs=0.01)
    for o in boxes:
        assert apart(cat, o)
    for below, above in zip(boxes, boxes[1:]):
        assert above.position[1] == pytest.approx(below.position[1] + below.size[1], abs=1e-3)  # touching
        # each within the one below, so the rim of the lower one's top shows
        assert above.size[0] < below.size[0] and above.size[2] < below.size[2]
        bx0, bx1, bz0, bz1 = ground_box(below)
        ax0, ax1, az0, az1 = ground_box(above)
        assert bx0 <= ax0 and ax1 <= bx1 and bz0 <= az0 and az1 <= bz1
    assert all((mask == o.id).sum() > 20 for o in [*boxes, cat])
    assert relation(best, "on_top_of", "cat").holds


def test_a_thing_in_a_carts_bed_is_seen_resting_there(run):
    best, mask = run("a puppet sitting on a wagon")
    eye, target = np.asarray(best.camera.position), np.asarray(best.camera.target)
    look = target - eye
    elevation = math.degrees(math.atan2(-look[1], math.hypot(look[0], look[2])))
    assert elevation > 25.0  # looks down over the bed's front wall
    assert relation(best, "on_top_of", "puppet").holds


# ------------------------------------------------------------------ hidden by ---


def test_a_speck_behind_a_big_thing_is_grown_until_its_visible_part_reads(run):
    best, mask = run("a toad half concealed by a windmill")
    toad = named(best.layout, "toad")[0]
    mill = named(best.layout, "windmill")[0]
    assert toad.size[1] <= 0.5 * mill.size[1]  # the windmill can still hide it
    assert (mask == toad.id).sum() >= 10  # at 256 px: a patch 1/80 of the frame across
    assert relation(best, "hidden_by", "toad").holds


def test_what_a_thing_on_a_top_hides_stands_on_that_top(run):
    best, mask = run("a mouse hidden by a teapot on a table")
    mouse, table = named(best.layout, "mouse")[0], named(best.layout, "table")[0]
    assert mouse.position[1] == pytest.approx(table.size[1], abs=0.02)
    assert (mask == mouse.id).sum() > 0
    assert relation(best, "hidden_by", "mouse").holds


def test_a_hidden_thing_is_not_pushed_back_behind_everything_else(run):
    best, mask = run("a dog hidden by a lamp on a table")
    dog = named(best.layout, "dog")[0]
    assert dog.position[1] == 0.0  # too big for the table: on the floor
    assert (mask == dog.id).sum() >= 30
    assert relation(best, "hidden_by", "dog").holds


def test_a_hidden_thing_is_not_slid_into_what_stands_beside_it(run):
    best, mask = run("a small dog partly hidden behind a large box, with a chair and a table and a lamp next to them")
    on_floor = [o for o in best.layout.objects if o.position[1] == 0.0]
    for a, b in itertools.combinations(on_floor, 2):
        assert apart(a, b), (a.name, a.position, b.name, b.position)
    assert relation(best, "hidden_by", "dog").holds


def test_rows_asked_for_stay_in_view_next_to_a_hidden_pair(run):
    best, mask = run("twelve sheep in three rows of four. A dog partly hidden by a crate.")
    sheep = named(best.layout, "sheep")
    assert len(sheep) == 12
    assert all((mask == o.id).sum() >= 20 for o in sheep)  # no row hidden behind the one in front
    assert relation(best, "hidden_by", "dog").holds


# ------------------------------------------------------------------ close-up ---


def test_a_close_up_of_a_small_thing_fills_the_frame(run):
    best, mask = run("a close-up of a teacup")
    cup = named(best.layout, "teacup")[0]
    rows, cols = np.nonzero(mask == cup.id)
    span = max(np.ptp(rows) + 1, np.ptp(cols) + 1) / SIZE
    assert span >= 0.6  # the camera stops at its closest distance; a longer lens fills the frame
    assert best.camera.fov_deg < 35.0


def test_a_close_up_leaves_only_a_thin_margin_round_its_subject(run):
    best, mask = run("a close-up of a sun hat")
    hat = named(best.layout, "sun hat")[0]
    rows, cols = np.nonzero(mask == hat.id)
    assert max(np.ptp(rows) + 1, np.ptp(cols) + 1) / SIZE >= 0.7  # most of the frame, whatever its drawing


# ------------------------------------------------------------------ rows ---


def test_rows_of_trees_show_the_foot_of_each_row_behind_the_canopies_in_front(agent, renderer, tmp_path):
    best, mask, depth, _ = render_best(agent, renderer, "four rows of three trees", tmp_path, 512)
    depth = depth.astype(float) / 1000.0
    trees = named(best.layout, "tree")
    assert len(trees) == 12
    lowest = []
    for o in trees:
        ys, xs = np.nonzero((mask == o.id) & (depth > 0))
        assert len(ys), o.id
        points = cam.unproject(best.camera, 512, 512, xs.astype(float), ys.astype(float), depth[ys, xs])
        lowest.append(points[:, 1].min())
    # each row's trunks show about as far down as the front row's: not only canopies behind canopies
    assert max(lowest) - min(lowest) <= 0.45 * trees[0].size[1], lowest


def test_a_wall_is_built_as_long_as_the_row_on_its_top(run):
    best, mask = run("ten birds on a wall")
    wall = named(best.layout, "wall")[0]
    birds = named(best.layout, "bird")
    assert len(birds) == 10
    assert all(b.position[1] == pytest.approx(wall.size[1], abs=0.02) for b in birds)  # on its top, not piled
    assert len({round(b.position[2], 3) for b in birds}) == 1  # one row along it, none behind the others
    assert all((mask == b.id).sum() > 0 for b in birds)
    assert relation(best, "on_top_of", "bird").holds


def test_what_is_deeper_than_a_rail_lies_along_it(run):
    best, mask = run("six cats on a fence")
    assert len(named(best.layout, "fence")) == 1
    for cat in named(best.layout, "cat"):
        x0, x1, z0, z1 = ground_box(cat)
        assert z1 - z0 < x1 - x0  # its length along the rail
    assert relation(best, "on_top_of", "cat").holds
