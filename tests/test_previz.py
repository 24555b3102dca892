"""The previz keyframe backend: object library, meshes, and what the rendered PNGs and stats say."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from renderers.previz import PrevizRenderer, project_points, raster
from renderers.previz.meshes import figure_mesh, object_mesh
from studio.library import load_catalog
from studio.models import Camera, Layout, LayoutObject, Look, RenderRequest

WIDTH, HEIGHT = 480, 270
CAMERA = Camera(position=(0.0, 1.6, 6.0), target=(0.0, 1.0, 0.0), fov_deg=45.0)
ANNA = Look(description="Anna", skin=(232, 186, 150), hair=(40, 60, 200), top=(200, 70, 60),
            bottom=(50, 60, 90), height_m=1.7, hair_style="long")
BEN = Look(description="Ben", skin=(150, 100, 70), hair=(30, 25, 20), top=(70, 130, 90),
           bottom=(80, 70, 60), height_m=1.85, build=1.2)


def person(id: int, who: str, x: float, z: float = 0.0, yaw: float = 0.0, height: float = 1.7) -> LayoutObject:
    return LayoutObject(id=id, name=who.title(), kind="character", category="person", character=who,
                        position=(x, 0.0, z), size=(0.5, height, 0.3), yaw_deg=yaw)


def prop(id: int, category: str, position, size, **extra) -> LayoutObject:
    return LayoutObject(id=id, name=extra.pop("name", category), kind="prop", category=category,
                        position=position, size=size, **extra)


def request(objects, interior=True, location=None, camera=CAMERA, seed=7, time_of_day="day") -> RenderRequest:
    location = location or ("room-int-day" if interior else "meadow-ext-day")
    return RenderRequest(shot="sc01-sh01", backend="previz", prompt="", seed=seed, width=WIDTH, height=HEIGHT,
                         camera=camera, layout=Layout(location=location, interior=interior, time_of_day=time_of_day, objects=objects),
                         characters={"anna": ANNA, "ben": BEN})


@pytest.fixture(scope="module")
def renderer() -> PrevizRenderer:
    return PrevizRenderer()


def render(renderer, tmp_path: Path, req: RenderRequest, name: str = "out"):
    """Render into tmp_path/name; return the stats and the three images as arrays."""
    out = tmp_path / name
    stats = renderer.render(req, out)
    rgb, depth, mask = (Image.open(out / f) for f in ("rgb.png", "depth.png", "mask.png"))
    return stats, np.asarray(rgb), np.asarray(depth), np.asarray(mask)


# ---------------------------------------------------------------- catalog ---


def test_catalog_has_at_least_80_objects_and_no_people():
    catalog = load_catalog()
    assert len(catalog.objects) >= 80
    assert not any(spec.group == "person" for spec in catalog.objects.values())


@pytest.mark.parametrize("name", sorted(load_catalog().objects))
def test_every_catalog_entry_builds_a_mesh_the_size_it_declares(name):
    spec = load_catalog().objects[name]
    mesh = object_mesh(spec)
    assert len(mesh.faces) > 0
    np.testing.assert_allclose(mesh.extents, spec.size, rtol=0.05)
    assert abs(mesh.bounds[0][1]) <= 0.02 * spec.size[1] + 1e-3  # stands on y=0


def test_irregular_plurals_are_aliases():
    aliases = {alias for spec in load_catalog().objects.values() for alias in spec.aliases}
    assert {"mice", "sheep", "knives", "shelves", "geese", "oxen"} <= aliases | set(load_catalog().objects)


# ---------------------------------------------------------------- figures ---


def test_the_same_look_always_gives_the_identical_mesh():
    first, second = figure_mesh(ANNA), figure_mesh(ANNA.model_copy(update={"description": "reworded"}))
    np.testing.assert_array_equal(first.vertices, second.vertices)
    np.testing.assert_array_equal(first.faces, second.faces)
    assert first.extents[1] == pytest.approx(ANNA.height_m)


def test_build_widens_the_figure():
    narrow = figure_mesh(BEN.model_copy(update={"build": 0.8}))
    wide = figure_mesh(BEN.model_copy(update={"build": 1.3}))
    assert wide.extents[0] > narrow.extents[0] * 1.2


# ------------------------------------------------------------------ frame ---


def test_characters_left_and_right_land_on_their_side_of_the_mask(renderer, tmp_path):
    _, _, _, mask = render(renderer, tmp_path, request([person(1, "anna", -1.5), person(2, "ben", 1.5)]))
    left, right = np.nonzero(mask == 1)[1], np.nonzero(mask == 2)[1]
    assert len(left) > 500 and len(right) > 500
    assert left.mean() < WIDTH / 2 < right.mean()
    assert set(np.unique(mask)) == {0, 1, 2}


def test_depth_grows_with_distance_from_the_camera(renderer, tmp_path):
    barrel = (0.66, 0.9, 0.64)
    _, _, near, near_mask = render(renderer, tmp_path, request([prop(1, "barrel", (0, 0, 0), barrel)]), "near")
    _, _, far, far_mask = render(renderer, tmp_path, request([prop(1, "barrel", (0, 0, -3), barrel)]), "far")
    near_mm, far_mm = np.median(near[near_mask == 1]), np.median(far[far_mask == 1])
    assert 5000 < near_mm < 6500  # the camera is 6 m in front of the barrel
    assert far_mm - near_mm == pytest.approx(3000, abs=300)


def test_depth_is_uint16_and_zero_only_where_nothing_was_drawn(renderer, tmp_path):
    objects = [person(1, "anna", 0.0)]
    _, _, depth, mask = render(renderer, tmp_path, request(objects, interior=False), "outside")
    assert depth.dtype == np.uint16
    assert (depth[mask > 0] > 0).all()
    sky = depth == 0
    assert sky[:20].all() and not sky[-20:].any()  # sky above, ground below
    assert (mask[sky] == 0).all()
    _, _, inside, _ = render(renderer, tmp_path, request(objects, interior=True), "inside")
    assert (inside > 0).all()  # a room has a surface behind every pixel


def test_identical_requests_give_identical_pngs(renderer, tmp_path):
    req = request([person(1, "anna", -1.0), prop(2, "dog", (1.0, 0, 0.5), (0.28, 0.78, 1.08), yaw_deg=-40)])
    renderer.render(req, tmp_path / "a")
    renderer.render(req, tmp_path / "b")
    for name in ("rgb.png", "depth.png", "mask.png"):
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes()


def test_the_seed_changes_the_light_but_not_the_layout(renderer, tmp_path):
    objects = [person(1, "anna", 0.0), prop(2, "chair", (1.2, 0, 0), (0.45, 0.9, 0.45))]
    _, rgb_a, depth_a, mask_a = render(renderer, tmp_path, request(objects, seed=1), "a")
    _, rgb_b, depth_b, mask_b = render(renderer, tmp_path, request(objects, seed=2), "b")
    np.testing.assert_array_equal(mask_a, mask_b)
    np.testing.assert_array_equal(depth_a, depth_b)
    assert not np.array_equal(rgb_a, rgb_b)


def test_a_stand_in_shows_its_name(renderer, tmp_path):
    block = dict(position=(0.0, 0.0, 0.0), size=(1.0, 1.0, 1.0), stand_in=True)
    _, labelled, _, mask = render(renderer, tmp_path, request([prop(1, "zither", name="zither", **block)]), "label")
    _, plain, _, _ = render(renderer, tmp_path, request([prop(1, "zither", name="", **block)]), "plain")
    (u, v), = project_points(CAMERA, WIDTH, HEIGHT, [(0.0, 0.5, 0.0)])
    area = (slice(int(v) - 8, int(v) + 8), slice(int(u) - 30, int(u) + 30))
    assert (mask[area] == 1).mean() > 0.9  # the label sits on the block
    assert np.abs(labelled[area].astype(int) - plain[area].astype(int)).sum() > 1000
    np.testing.assert_array_equal(labelled[:40], plain[:40])  # and nowhere else


def test_an_unknown_category_becomes_a_block_of_its_size(renderer, tmp_path):
    stats, _, _, mask = render(renderer, tmp_path, request([prop(1, "zither", (0, 0, 0), (1.0, 1.0, 1.0))]))
    rows, columns = np.nonzero(mask == 1)
    corners = [(x, y, z) for x in (-0.5, 0.5) for y in (0.0, 1.0) for z in (-0.5, 0.5)]
    projected = project_points(CAMERA, WIDTH, HEIGHT, corners)
    assert columns.min() == pytest.approx(projected[:, 0].min(), abs=2)
    assert columns.max() == pytest.approx(projected[:, 0].max(), abs=2)
    assert stats["visible_fraction"]["1"] == 1.0


def test_an_occluded_object_reports_who_hides_it(renderer, tmp_path):
    objects = [prop(1, "crate", (0.0, 0, -1.0), (0.64, 0.64, 0.64)), person(2, "anna", 0.1, z=0.5)]
    stats, *_ = render(renderer, tmp_path, request(objects))
    assert stats["visible_fraction"]["1"] < 0.9
    assert stats["occluders"]["1"]["2"] > 100
    assert stats["visible_fraction"]["2"] == 1.0 and stats["occluders"]["2"] == {}
    hidden = stats["solo_pixels"]["1"] - stats["pixels"]["1"]
    assert sum(stats["occluders"]["1"].values()) == hidden


def test_stats_are_json_with_string_keys(renderer, tmp_path):
    stats, *_ = render(renderer, tmp_path, request([person(3, "ben", 0.0)]))
    decoded = json.loads(json.dumps(stats))
    assert decoded["width"] == WIDTH and decoded["height"] == HEIGHT
    assert set(decoded["pixels"]) == set(decoded["solo_pixels"]) == {"3"}
    assert decoded["render_ms"] > 0


def test_a_character_facing_the_camera_shows_a_face_and_turned_away_shows_hair(renderer, tmp_path):
    close = Camera(position=(0.0, 1.55, 1.6), target=(0.0, 1.5, 0.0), fov_deg=35.0)

    def skin_share(yaw: float) -> float:
        _, rgb, _, mask = render(renderer, tmp_path, request([person(1, "anna", 0.0, yaw=yaw)], camera=close), str(yaw))
        head = rgb[: HEIGHT // 2][mask[: HEIGHT // 2] == 1].astype(float)
        to_skin = np.linalg.norm(head / head.sum(1, keepdims=True) - np.array(ANNA.skin) / sum(ANNA.skin), axis=1)
        to_hair = np.linalg.norm(head / head.sum(1, keepdims=True) - np.array(ANNA.hair) / sum(ANNA.hair), axis=1)
        return float((to_skin < to_hair).mean())

    assert skin_share(0.0) > 0.4
    assert skin_share(180.0) < 0.1


def test_exteriors_have_a_sky_and_interiors_a_room(renderer, tmp_path):
    objects = [person(1, "anna", 0.0)]
    _, outside, out_depth, _ = render(renderer, tmp_path, request(objects, interior=False), "outside")
    _, inside, in_depth, _ = render(renderer, tmp_path, request(objects, interior=True), "inside")
    sky = outside[:20].reshape(-1, 3).mean(0)
    assert sky[2] > sky[0] + 30  # blue above the horizon
    assert (out_depth[:20] == 0).all() and (in_depth[:20] > 0).all()
    assert np.abs(outside[:20].astype(int) - inside[:20].astype(int)).mean() > 30


def test_night_is_darker_than_day(renderer, tmp_path):
    objects = [person(1, "anna", 0.0)]
    _, day, _, _ = render(renderer, tmp_path, request(objects, interior=False, location="meadow", time_of_day="day"), "day")
    _, night, _, _ = render(renderer, tmp_path, request(objects, interior=False, location="meadow", time_of_day="night"), "night")
    assert night.mean() < day.mean() * 0.6


def test_a_layout_colour_repaints_the_body_but_not_the_wheels(renderer, tmp_path):
    car = dict(position=(0.0, 0.0, 0.0), size=(1.86, 1.44, 4.34), yaw_deg=90.0)
    _, red, _, mask = render(renderer, tmp_path, request([prop(1, "car", **car)], interior=False), "red")
    _, blue, _, _ = render(renderer, tmp_path, request([prop(1, "car", color=(40, 80, 220), **car)], interior=False), "blue")
    body = mask == 1
    red_mean, blue_mean = red[body].mean(0), blue[body].mean(0)
    assert red_mean[0] > red_mean[2] and blue_mean[2] > blue_mean[0]
    tyres = body & (red.max(axis=2) < 70)  # dark tyres keep their own colour in both renders
    assert tyres.sum() > 50
    assert np.abs(red[tyres].astype(int) - blue[tyres].astype(int)).mean() < 10


def test_the_renderer_takes_its_config_section_and_ignores_unknown_keys():
    renderer = PrevizRenderer(backend="previz", width=800, height=450, supersample=1, some_future_key=True)
    assert renderer.supersample == 1


def test_without_egl_the_error_names_the_packages(monkeypatch):
    import moderngl

    def no_egl(**_):
        raise OSError("libEGL.so.1: cannot open shared object file")

    monkeypatch.setattr(raster, "_gl", None)
    monkeypatch.setattr(moderngl, "create_standalone_context", no_egl)
    with pytest.raises(RuntimeError, match="libegl1 libegl-mesa0 libgl1-mesa-dri libgbm1"):
        raster.gl()


def test_project_points_puts_the_target_at_the_centre():
    (u, v), = project_points(CAMERA, WIDTH, HEIGHT, [CAMERA.target])
    assert (u, v) == pytest.approx((WIDTH / 2, HEIGHT / 2))
    behind = project_points(CAMERA, WIDTH, HEIGHT, [(0.0, 1.6, 8.0)])
    assert np.isnan(behind).all()
