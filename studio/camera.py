"""The camera's geometry, one copy for the whole project: the previz renderer draws with it, the
Layout agent frames and the critic measures with it.

A look-at camera with GL conventions: it looks along ``forward`` from ``position`` to ``target``,
the top of the frame is +y (towards -z when looking straight down), a dutch angle turns the frame
clockwise about the view axis, and depth is measured along the view axis. Pixels are (x right,
y down) with (0, 0) at the top-left corner of the frame.
"""

from __future__ import annotations

import math
from functools import lru_cache

import numpy as np

from studio.models import Camera


def basis(camera: Camera) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """(eye, right, up, forward): the eye and the unit vectors of the look-at camera (read-only:
    they are shared by every caller asking about the same pose)."""
    return _basis(tuple(camera.position), tuple(camera.target), camera.roll_deg)


@lru_cache(maxsize=4096)  # framing and silhouettes project through the same camera many times
def _basis(position: tuple, target: tuple, roll_deg: float) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    vectors = _look_at(position, target, roll_deg)
    for vector in vectors:
        vector.setflags(write=False)
    return vectors


def _look_at(position: tuple, target: tuple, roll_deg: float) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    eye, target = np.asarray(position, float), np.asarray(target, float)
    forward = target - eye
    forward /= max(np.linalg.norm(forward), 1e-12)
    up = np.array([0.0, 1.0, 0.0])
    if np.linalg.norm(_cross(forward, up)) < 1e-6:
        up = np.array([0.0, 0.0, -1.0])
    right = _cross(forward, up)
    right /= np.linalg.norm(right)
    up = _cross(right, forward)
    if roll_deg:  # a dutch angle: the frame turned clockwise about the view axis
        roll = math.radians(roll_deg)
        right, up = right * math.cos(roll) - up * math.sin(roll), up * math.cos(roll) + right * math.sin(roll)
    return eye, right, up, forward


def _cross(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Cross product of two 3-vectors (``np.cross`` costs 0.1 ms a call, and framing calls it
    thousands of times)."""
    return np.array([a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]])


def project(camera: Camera, width: int, height: int, points) -> tuple[np.ndarray, np.ndarray]:
    """World points (n, 3) -> (pixels (n, 2) x right y down, depth (n,) along the view axis)."""
    eye, right, up, forward = basis(camera)
    rel = np.atleast_2d(np.asarray(points, float)) - eye
    depth = rel @ forward
    f = 1.0 / math.tan(math.radians(camera.fov_deg) / 2.0)
    safe = np.where(depth > 1e-9, depth, np.nan)
    ndc_x = (rel @ right) * f * height / width / safe
    ndc_y = (rel @ up) * f / safe
    return np.stack([(ndc_x + 1.0) * width / 2.0, (1.0 - ndc_y) * height / 2.0], axis=1), depth


def _camera_space(camera: Camera, width: int, height: int, xs: np.ndarray, ys: np.ndarray,
                  depth_m: np.ndarray) -> tuple[tuple[np.ndarray, ...], np.ndarray, np.ndarray]:
    """The camera's basis and each pixel's offsets along its right and up axes at its depth."""
    f = 1.0 / math.tan(math.radians(camera.fov_deg) / 2.0)
    ndc_x = (xs + 0.5) * 2.0 / width - 1.0
    ndc_y = 1.0 - (ys + 0.5) * 2.0 / height
    return basis(camera), ndc_x * depth_m * width / (height * f), ndc_y * depth_m / f


def unproject(camera: Camera, width: int, height: int, xs: np.ndarray, ys: np.ndarray,
              depth_m: np.ndarray) -> np.ndarray:
    """Pixel centres and their view-axis depth -> world points (n, 3): the inverse of ``project``."""
    (eye, right, up, forward), cx, cy = _camera_space(camera, width, height, xs, ys, depth_m)
    return eye + np.outer(cx, right) + np.outer(cy, up) + np.outer(depth_m, forward)


def unproject_height(camera: Camera, width: int, height: int, xs: np.ndarray, ys: np.ndarray,
                     depth_m: np.ndarray) -> np.ndarray:
    """The height (world y) of ``unproject``'s points, to the same bits, without the other two
    coordinates: what the floor test of a whole frame of pixels needs."""
    (eye, right, up, forward), cx, cy = _camera_space(camera, width, height, xs, ys, depth_m)
    return eye[1] + cx * right[1] + cy * up[1] + depth_m * forward[1]
