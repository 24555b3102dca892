"""The solver on supports, "under", rings and stated camera heights, measured on layout numbers
and on the rendered mask and depth (previz): a labelled block put on a top is smaller than the
top and its top shows round it, a block something is under has room beneath it, a known thing on
a labelled block has the block built to hold it, a looking-up view keeps looking up with its eye
above the floor. Sentences are our own."""

from __future__ import annotations

import math

import numpy as np
import pytest

from crews.spatial import camera as cam
from tests.spatial_support import RUN_SIZE as SIZE  # the size the shared `run` fixture renders at
from tests.spatial_support import one, points_of


def elevation(camera) -> float:
    look = np.subtract(camera.target, camera.position)
    return math.degrees(math.atan2(-look[1], math.hypot(look[0], look[2])))


@pytest.mark.parametrize("prompt, thing, top", [
    ("a snowglobe sitting on a footlocker", "snowglobe", "footlocker"),
    ("a quern set down on a nightstand", "quern", "nightstand"),
])
def test_block_on_a_top_is_smaller_than_the_top_and_the_top_shows_round_it(run, prompt, thing, top):
    best, mask, depth, _ = run(prompt)
    a, b = one(best.layout, thing), one(best.layout, top)
    assert a.position[1] == pytest.approx(b.position[1] + b.size[1], abs=0.02)  # resting on its top
    assert a.size[0] < b.size[0] and a.size[2] < b.size[2]
    # The top's visible surface reaches round the thing's middle, left-right and front-back.
    mine, theirs = points_of(best, mask, depth, a.id), points_of(best, mask, depth, b.id)
    assert len(mine) > 20 and len(theirs) > 20
    cx, cz = (mine[:, 0].min() + mine[:, 0].max()) / 2, (mine[:, 2].min() + mine[:, 2].max()) / 2
    assert theirs[:, 0].min() < cx < theirs[:, 0].max()
    assert theirs[:, 2].min() < cz < theirs[:, 2].max()


def test_known_thing_on_a_block_gets_a_block_wide_enough(run):
    best, mask, depth, _ = run("a bicycle resting on a dais")
    bike, dais = one(best.layout, "bicycle"), one(best.layout, "dais")
    assert dais.size[0] >= bike.size[0] and dais.size[2] >= bike.size[2]
    assert bike.position[1] == pytest.approx(dais.size[1], abs=0.02)


@pytest.mark.parametrize("prompt, thing, roof", [
    ("a kettle sheltering beneath a gazebo", "kettle", "gazebo"),
    ("a hedgehog underneath an awning", "hedgehog", "awning"),
])
def test_thing_under_a_block_stands_within_it_under_its_top(run, prompt, thing, roof):
    best, mask, depth, _ = run(prompt)
    a, b = one(best.layout, thing), one(best.layout, roof)
    assert not b.stand_in  # drawn with room beneath it, not as a solid block
    assert abs(a.position[0] - b.position[0]) + a.size[0] / 2 <= b.size[0] / 2 + 1e-6
    assert abs(a.position[2] - b.position[2]) + a.size[2] / 2 <= b.size[2] / 2 + 1e-6
    mine, theirs = points_of(best, mask, depth, a.id), points_of(best, mask, depth, b.id)
    assert len(mine) > 20
    assert (theirs[:, 1] > mine[:, 1].max()).sum() > 20  # its top passes above the thing
    cx, cz = np.median(mine[:, 0]), np.median(mine[:, 2])
    assert theirs[:, 0].min() < cx < theirs[:, 0].max() and theirs[:, 2].min() < cz < theirs[:, 2].max()


@pytest.mark.parametrize("prompt", [
    "Worm's-eye view: six hens in a row beside a windmill",
    "Filmed from ground level, looking up: a crane beside two vans",
])
def test_stated_low_camera_keeps_looking_up_above_the_floor(run, prompt):
    best, mask, _, _ = run(prompt)
    assert elevation(best.camera) < 0.0
    assert best.camera.position[1] >= cam.MIN_EYE - 1e-6
    assert len(np.unique(mask)) - 1 >= 2  # the things are in the frame


@pytest.mark.parametrize("prompt, thing, top", [
    ("a wall shelf holding five toy boats side by side", "toy boat", "wall shelf"),
    ("six teacups lined up along a windowsill", "teacup", "windowsill"),
])
def test_a_row_on_a_top_stands_on_it_end_to_end(run, prompt, thing, top):
    best, mask, depth, _ = run(prompt)
    things, holder = [o for o in best.layout.objects if o.name == thing], one(best.layout, top)
    assert len(things) >= 5
    for o in things:
        assert o.position[1] > 0.25 * holder.size[1]  # raised off the floor, on the top
        assert abs(o.position[0] - holder.position[0]) <= holder.size[0] / 2 + 1e-6  # its middle over the top
        assert (mask == o.id).sum() > 4  # and in sight
    xs = sorted(o.position[0] for o in things)
    assert xs[-1] - xs[0] > 0.5 * holder.size[0] - max(o.size[0] for o in things)  # spread along it, one row


def test_stated_elevation_is_the_cameras_whatever_the_critic_asks():
    from crews.spatial.parse import parse
    from crews.spatial.solve import Tweaks, solve
    spec = parse("Worm's-eye view: a giraffe near a hut")
    assert spec.camera.elevation_deg is not None and spec.camera.elevation_deg < 0
    camera = solve(spec, Tweaks(elevation_add=24.0)).camera
    assert elevation(camera) == pytest.approx(spec.camera.elevation_deg, abs=0.5)


def test_a_row_of_small_things_on_a_shelf_reads_in_a_wide_scene(run):
    best, mask, depth, _ = run("a barn and a tractor, and a bookshelf holding four thimbles side by side")
    thimbles, shelf = [o for o in best.layout.objects if o.name == "thimble"], one(best.layout, "bookshelf")
    assert len(thimbles) == 4
    min_pixels = (SIZE / 80) ** 2
    for o in thimbles:
        assert o.position[1] > 0.25 * shelf.size[1]
        assert abs(o.position[0] - shelf.position[0]) <= shelf.size[0] / 2 + 1e-6
        assert (mask == o.id).sum() >= min_pixels


def test_worms_eye_view_of_flat_things_does_not_blow_them_up():
    from crews.spatial.parse import parse
    from crews.spatial.solve import solve
    spec = parse("Worm's-eye view: six rugs in two rows beside a lighthouse")
    rugs = [o for o in solve(spec).layout.objects if o.name == "rug"]
    plain = [o for o in solve(parse("six rugs in two rows beside a lighthouse")).layout.objects if o.name == "rug"]
    assert rugs and rugs[0].size[0] <= 1.05 * plain[0].size[0]


def test_thing_under_a_bed_shows_beneath_its_frame(run):
    best, mask, depth, _ = run("a pumpkin tucked underneath a bed")
    pumpkin, bed = one(best.layout, "pumpkin"), one(best.layout, "bed")
    assert abs(pumpkin.position[2] - bed.position[2]) + pumpkin.size[2] / 2 <= bed.size[2] / 2 + 1e-6
    assert (mask == pumpkin.id).sum() >= (SIZE / 80) ** 2  # in sight under the frame, not hidden by it


def test_a_row_grown_to_be_seen_in_a_big_scene_stays_on_its_shelf_grown_at_most_so_much():
    from crews.spatial.parse import parse
    from crews.spatial.solve import MAX_HOLDER_SCALE, solve
    layout = solve(parse("a castle and a lighthouse, and a wall shelf holding four salt shakers side by side")).layout
    shelf = one(layout, "wall shelf")
    shakers = [o for o in layout.objects if o.name == "salt shaker"]
    assert len(shakers) == 4
    assert shelf.size[1] <= 1.0 * MAX_HOLDER_SCALE + 1e-6
    for o in shakers:
        assert o.position[1] == pytest.approx(shelf.position[1] + shelf.size[1], abs=0.02)
        assert abs(o.position[0] - shelf.position[0]) + o.size[0] / 2 <= shelf.size[0] / 2 + 1e-6
