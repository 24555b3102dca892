"""The layout checker reports only what the render shows: facing from the front part the
renderer marks, relations it has no test for as unmeasured, and a camera that stays above the
ground and outside every object. Layouts here are built by hand, so the parser is not involved."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from crews.spatial import SpatialLayoutAgent
from crews.spatial import camera as cam
from crews.spatial.check import HIDDEN_RANGE, check, physical
from renderers.previz import PrevizRenderer
from studio.library import load_catalog
from studio.models import Camera, Layout, LayoutObject, Relation, RenderRequest

FRONT = Camera(position=(0.0, 1.2, 4.0), target=(0.0, 0.5, 0.0), fov_deg=45.0)


def thing(id: int, category: str, x: float, z: float = 0.0, yaw: float = 0.0, size=None, **extra) -> LayoutObject:
    sizes = {"dog": (0.28, 0.78, 1.08), "horse": (0.55, 2.33, 2.35), "box": (0.6, 0.6, 0.6), "vase": (0.3, 0.5, 0.3),
             "house": (6.0, 5.0, 6.0), "cup": (0.09, 0.1, 0.09), "chair": (0.45, 0.9, 0.45)}
    return LayoutObject(id=id, name=category, kind="prop", category=category, position=(x, 0.0, z),
                        size=size or sizes[category], yaw_deg=yaw, **extra)


@pytest.fixture(scope="module")
def renderer() -> PrevizRenderer:
    return PrevizRenderer(supersample=1)


def render(renderer, folder: Path, objects, relations, camera=FRONT, interior=False, size=(320, 240)):
    layout = Layout(location="test", interior=interior, objects=objects, relations=relations)
    request = RenderRequest(shot="t", backend="previz", prompt="", seed=3, width=size[0], height=size[1],
                            camera=camera, layout=layout)
    meta = renderer.render(request, folder)
    mask = np.asarray(Image.open(folder / "mask.png"))
    depth = np.asarray(Image.open(folder / "depth.png"))
    return layout, mask, depth, meta


@pytest.mark.parametrize("yaw, facing", [(-90.0, "left"), (90.0, "right"), (0.0, "camera"), (180.0, "away")])
def test_facing_is_read_from_the_front_part_in_the_render(renderer, tmp_path, yaw, facing):
    others = [f for f in ("left", "right", "camera", "away") if f != facing]
    relations = [Relation(kind="facing", subject=1, value=want) for want in [facing, *others]]
    layout, mask, depth, meta = render(renderer, tmp_path, [thing(1, "dog", 0.0, yaw=yaw)], relations)
    assert meta["front"]["1"]["front"]["pixels"] + meta["front"]["1"]["back"]["pixels"] > 0
    result = check(layout, FRONT, mask, depth, meta)
    assert [r.measured for r in result] == [True, True, True, True]
    assert [r.holds for r in result] == [True, False, False, False], [r.detail for r in result]


def test_facing_without_front_marks_is_unmeasured_not_true(renderer, tmp_path):
    layout, mask, depth, meta = render(renderer, tmp_path, [thing(1, "dog", 0.0, yaw=-90.0)],
                                       [Relation(kind="facing", subject=1, value="left")])
    meta.pop("front")
    (relation,) = check(layout, FRONT, mask, depth, meta)
    assert relation.holds is None and relation.measured is False
    assert "not measured" in relation.detail and "front" in relation.detail


def test_a_relation_kind_without_a_test_and_a_view_without_a_rule_are_unmeasured(renderer, tmp_path):
    relations = [Relation(kind="levitating_over", subject=1, object=2),
                 Relation(kind="view", subject=1, value="diagonal"), Relation(kind="view", subject=1, value="front")]
    layout, mask, depth, meta = render(renderer, tmp_path, [thing(1, "box", -1.0), thing(2, "vase", 1.0)], relations)
    unknown, odd_view, front_view = check(layout, FRONT, mask, depth, meta)
    assert (unknown.holds, unknown.measured) == (None, False) and "levitating_over" in unknown.detail
    assert (odd_view.holds, odd_view.measured) == (None, False) and "diagonal" in odd_view.detail
    assert (front_view.holds, front_view.measured) == (True, True)


def test_a_relation_with_a_thing_out_of_the_frame_is_unmeasured_and_a_hidden_one_fails(renderer, tmp_path):
    relations = [Relation(kind="left_of", subject=1, object=2), Relation(kind="left_of", subject=1, object=3)]
    objects = [thing(1, "box", -0.8), thing(2, "vase", 30.0), thing(3, "cup", 0.8, z=-1.5),
               thing(4, "box", 0.8, z=1.0, size=(1.2, 1.6, 0.2))]
    layout, mask, depth, meta = render(renderer, tmp_path, objects, relations)
    out_of_frame, hidden = check(layout, FRONT, mask, depth, meta)
    assert (out_of_frame.holds, out_of_frame.measured) == (None, False) and "out of the frame" in out_of_frame.detail
    assert (hidden.holds, hidden.measured) == (False, True) and "not visible" in hidden.detail


def test_a_small_thing_near_the_camera_partly_hides_a_large_one_far_away(renderer, tmp_path):
    """Perspective: a vase a metre from the eye hides part of a house 40 m away, neither resized."""
    eye = Camera(position=(0.0, 0.25, 1.0), target=(0.0, 1.2, -40.0), fov_deg=50.0)
    objects = [thing(1, "house", 0.0, z=-40.0), thing(2, "vase", -0.1, z=0.0)]
    layout, mask, depth, meta = render(renderer, tmp_path, objects, [Relation(kind="hidden_by", subject=1, object=2)],
                                       camera=eye)
    (relation,) = check(layout, eye, mask, depth, meta)
    share = meta["pixels"]["1"] / meta["solo_pixels"]["1"]
    assert HIDDEN_RANGE[0] <= share <= HIDDEN_RANGE[1], share
    assert relation.holds is True and relation.measured is True
    assert [o.size for o in layout.objects] == [(6.0, 5.0, 6.0), (0.3, 0.5, 0.3)]


def test_a_wholly_covered_thing_is_not_hidden_by_it(renderer, tmp_path):
    objects = [thing(1, "vase", 0.0, z=-1.0), thing(2, "box", 0.0, z=0.5, size=(1.5, 1.5, 0.3))]
    layout, mask, depth, meta = render(renderer, tmp_path, objects, [Relation(kind="hidden_by", subject=1, object=2)])
    (relation,) = check(layout, FRONT, mask, depth, meta)
    assert meta["pixels"]["1"] == 0
    assert relation.holds is False and relation.measured is True


def test_a_camera_under_the_ground_is_raised_and_the_sky_stays_above_the_horizon(renderer, tmp_path):
    under = Camera(position=(0.0, -0.8, 6.0), target=(0.0, 0.3, 0.0), fov_deg=50.0)
    layout, mask, depth, _ = render(renderer, tmp_path / "under", [thing(1, "box", 0.0)], [], camera=under)
    seen_from_below = physical(layout, under, mask, depth)
    assert seen_from_below["eye_height_m"] < 0 and seen_from_below["sky_above_ground"] is False
    raised, _ = cam.clear_of(under, [])
    assert raised.position[1] >= cam.MIN_EYE
    assert np.allclose(np.subtract(raised.position, raised.target), np.subtract(under.position, under.target))
    layout, mask, depth, _ = render(renderer, tmp_path, [thing(1, "box", 0.0)], [], camera=raised)
    assert physical(layout, raised, mask, depth)["sky_above_ground"] is True
    sky = (depth == 0) & (mask == 0)
    ground = (depth > 0) & (mask == 0)
    assert sky.any() and ground.any()
    # In every column, all sky is above all ground: the horizon is a line with the sky on top.
    for column in range(0, mask.shape[1], 16):
        rows_sky, rows_ground = np.flatnonzero(sky[:, column]), np.flatnonzero(ground[:, column])
        if len(rows_sky) and len(rows_ground):
            assert rows_sky.max() < rows_ground.min()


def test_a_camera_inside_an_object_backs_out_along_its_view():
    inside = Camera(position=(0.0, 1.0, 0.1), target=(0.0, 1.0, -5.0), fov_deg=40.0)
    wardrobe = ((0.0, 0.0, 0.0), (1.2, 2.0, 0.6), 0.0, "wardrobe")
    moved, notes = cam.clear_of(inside, [wardrobe])
    assert not cam.inside(moved.position, *wardrobe[:3])
    assert moved.position[2] > 0.3 + cam.CLEARANCE - 1e-6 and moved.position[0] == 0.0 and moved.target == inside.target
    assert notes and "wardrobe" in notes[0]


def test_fitted_cameras_never_go_below_the_ground():
    corners = cam.box_corners((0.0, 0.0, 0.0), (1.0, 0.3, 1.0), 0.0)
    for elevation in (-30.0, -10.0, 0.0, 6.0):
        camera = cam.fit(corners, 0.0, elevation, 45.0, 1.0, 0.1)
        assert camera.position[1] >= cam.MIN_EYE - 1e-9


def test_a_look_up_too_steep_to_keep_from_the_floor_looks_level_from_low_down():
    # a narrow scene 30 m deep: looking up at it steeply, the camera would back away past where it sees
    # anything; it stays low and looks level rather than rising to look down on it
    corners = cam.box_corners((0.0, 0.0, 0.0), (3.4, 3.1, 30.0), 0.0)
    camera = cam.fit(corners, 0.0, -30.0, 50.0, 1.0, 0.1)
    look = np.subtract(camera.target, camera.position)
    assert look[1] >= -1e-6  # level or looking up, never down
    assert cam.MIN_EYE - 1e-9 <= camera.position[1] <= 3.1  # within the scene's height, above the floor


def test_older_relations_load_and_are_not_measured():
    old = Relation.model_validate({"kind": "left_of", "subject": 1, "object": 2, "holds": True, "detail": ""})
    assert old.measured is False and old.holds is True
    assert Relation(kind="near", subject=1).model_dump()["measured"] is False


def test_every_catalogue_size_is_real_and_says_where_it_comes_from():
    catalog = load_catalog()
    for name, spec in catalog.objects.items():
        assert len(spec.size_source) > 20, name
        width, height, depth = spec.size
        assert 0.004 <= height <= 60.0 and 0.02 <= max(width, depth) <= 60.0, (name, spec.size)
    # A few that people know by heart, within 15% of life.
    known = {"chair": 0.9, "table": 0.75, "door": 2.2, "car": 1.45, "apple": 0.09, "giraffe": 4.9}
    for name, height in known.items():
        assert abs(catalog.get(name).size[1] - height) <= 0.15 * height, name


def agent_render(renderer, folder: Path):
    def render_layout(layout, camera):
        request = RenderRequest(shot="t", backend="previz", prompt="", seed=3, width=256, height=256,
                                camera=camera, layout=layout)
        meta = renderer.render(request, folder)
        return np.asarray(Image.open(folder / "mask.png")), np.asarray(Image.open(folder / "depth.png")), meta
    return render_layout


@pytest.mark.parametrize("prompt", ["a sleepy dog hidden by a green sofa", "a bicycle hidden behind a red car",
                                    "one horse half hidden by the fence", "a lamp hidden by another lamp",
                                    "a brown bear partly hidden by a tent"])
def test_hidden_by_leaves_the_hidden_thing_partly_visible_from_a_camera_above_the_ground(renderer, tmp_path, prompt):
    agent = SpatialLayoutAgent()
    best, _ = agent.run(prompt, agent_render(renderer, tmp_path))
    (hidden,) = [r for r in best.layout.relations if r.kind == "hidden_by"]
    assert hidden.measured and hidden.holds, hidden.detail
    share = int(hidden.detail.split("%")[0]) / 100
    assert HIDDEN_RANGE[0] <= share <= HIDDEN_RANGE[1]
    assert best.camera.position[1] >= cam.MIN_EYE
    boxes = [(o.position, o.size, o.yaw_deg) for o in best.layout.objects]
    assert not any(cam.inside(best.camera.position, *box) for box in boxes)


def test_a_hide_real_sizes_cannot_make_is_reported_and_nothing_is_shrunk(renderer, tmp_path):
    agent = SpatialLayoutAgent()
    best, _ = agent.run("a house hidden by a teacup", agent_render(renderer, tmp_path))
    (hidden,) = [r for r in best.layout.relations if r.kind == "hidden_by"]
    assert hidden.detail.startswith("impossible") and hidden.measured
    house = next(o for o in best.layout.objects if o.category == "house")
    assert house.size == load_catalog().get("house").size
    assert any(note.startswith("impossible") for note in best.layout.notes)


@pytest.mark.parametrize("prompt", ["two cows grazing in a meadow seen from the left", "a car mostly hidden by a bush",
                                    "a small barn behind a wooden fence, from a low angle",
                                    "a wardrobe beside a bed, a lamp hidden by the wardrobe"])
def test_every_layout_camera_is_above_the_ground_outside_objects_with_the_sky_on_top(renderer, tmp_path, prompt):
    best, _ = SpatialLayoutAgent().run(prompt, agent_render(renderer, tmp_path))
    report = best.meta["physical"]
    assert report["eye_height_m"] >= cam.MIN_EYE and report["inside"] == []
    assert report["sky_above_ground"] is not False
    if not best.layout.interior:
        assert report["sky_share"] > 0 and report["sky_above_ground"] is True


def test_a_thing_hidden_behind_the_other_party_of_its_relation_is_unmeasured_in_that_picture(renderer, tmp_path):
    # A cup wholly behind the box it is said to be left of: this picture cannot show "left of".
    objects = [thing(1, "cup", 0.0, z=-1.0), thing(2, "box", 0.0, z=0.5, size=(1.2, 1.2, 0.3))]
    layout, mask, depth, meta = render(renderer, tmp_path, objects, [Relation(kind="left_of", subject=1, object=2)])
    (relation,) = check(layout, FRONT, mask, depth, meta)
    assert meta["pixels"]["1"] == 0 and meta["solo_pixels"]["1"] > 0
    assert (relation.holds, relation.measured) == (None, False) and "hidden behind box" in relation.detail


@pytest.mark.parametrize("prompt", ["a giraffe next to an oak tree, low angle", "a tall lighthouse seen from below"])
def test_a_low_angle_looks_up_at_the_scene_from_above_the_ground(renderer, tmp_path, prompt):
    best, _ = SpatialLayoutAgent().run(prompt, agent_render(renderer, tmp_path))
    eye, target = best.camera.position, best.camera.target
    assert cam.MIN_EYE <= eye[1] < target[1]  # below what it looks at, never below the ground
    assert best.meta["physical"]["sky_above_ground"] is True
