"""The layout path's fast forms give the same numbers as the plain ones they replace (no render)."""

from __future__ import annotations

import numpy as np

from crews.spatial.camera import box_corners, boxes_corners
from crews.spatial.silhouette import GRID, Grid, Outline, _hull8, covered_share, outline
from studio.camera import project, unproject, unproject_height
from studio.models import Camera

CAMERA = Camera(position=(1.3, 2.2, 7.9), target=(0.1, 0.6, -0.4), fov_deg=40.0)


def test_boxes_corners_are_box_corners_to_the_bit():
    rng = np.random.default_rng(1)
    positions = rng.uniform(-9, 9, (40, 3))
    sizes = rng.uniform(0.05, 6, (40, 3)).round(4)
    yaws = [0.0, 90.0, -90.0, 180.0] + list(rng.uniform(-180, 180, 36).round(3))
    one_by_one = np.concatenate([box_corners(p, s, y) for p, s, y in zip(positions, sizes, yaws)])
    assert np.array_equal(boxes_corners(positions, sizes, yaws), one_by_one)


def test_unproject_height_is_unprojects_y_to_the_bit():
    rng = np.random.default_rng(2)
    xs, ys = rng.integers(0, 512, 2000).astype(float), rng.integers(0, 384, 2000).astype(float)
    depth = rng.integers(1, 65535, 2000) / 1000.0
    assert np.array_equal(unproject_height(CAMERA, 512, 384, xs, ys, depth),
                          unproject(CAMERA, 512, 384, xs, ys, depth)[:, 1])


def _plain_contains(shape: Outline, px: np.ndarray, py: np.ndarray) -> np.ndarray:
    """Every point against every part, as the outline test was first written."""
    start, end = shape.hulls, np.roll(shape.hulls, -1, axis=1)
    edge = end - start
    cross = (edge[None, :, :, 0] * (py[:, None, None] - start[None, :, :, 1])
             - edge[None, :, :, 1] * (px[:, None, None] - start[None, :, :, 0]))
    inside = ((cross >= -1e-9).all(axis=2) | (cross <= 1e-9).all(axis=2)).any(axis=1)
    dx, dy = px[:, None] - shape.centres[:, 0], py[:, None] - shape.centres[:, 1]
    a, b, c = shape.inverse[:, 0, 0], shape.inverse[:, 0, 1], shape.inverse[:, 1, 1]
    return inside | (a * dx * dx + 2 * b * dx * dy + c * dy * dy <= shape.radius2).any(axis=1)


def test_part_tests_near_each_part_answer_as_testing_every_part():
    # A table (boxes) in front of a horse (a chain of ellipses), and a needle-thin part
    # that must be tested everywhere.
    table = outline(CAMERA, 400, 400, "table", (0.0, 0.0, 1.0), (1.8, 0.75, 1.5), 20.0)
    horse = outline(CAMERA, 400, 400, "horse", (0.4, 0.0, -1.0), (0.6, 1.6, 2.2), -35.0)
    needle = np.array([[[100.0, 100.0], [300.0, 100.0 + 1e-7], [300.0, 100.0 + 1e-7], *[[300.0, 100.0 + 1e-7]] * 5]])
    thin = Outline(np.zeros((1, 4)), np.zeros((0, 2)), np.zeros((0, 2, 2)), np.zeros(0), needle)
    grid = Grid(np.linspace(0, 400, GRID), np.linspace(0, 400, GRID))
    for shape in (table, horse, thin):
        assert np.array_equal(shape.contains(grid.px, grid.py), _plain_contains(shape, grid.px, grid.py))
        assert np.array_equal(shape.contains(grid.px, grid.py, grid), _plain_contains(shape, grid.px, grid.py))
    assert 0.0 < covered_share(horse, table) < 1.0


def test_hull_of_a_projected_box_is_its_outline():
    corners = project(CAMERA, 400, 400, box_corners((0.0, 0.0, 0.0), (1.0, 1.0, 1.0), 30.0))[0]
    hull = _hull8(corners)
    assert len(hull) == 8 and {tuple(p) for p in hull} <= {tuple(p) for p in np.round(corners, 6)}
