"""Framing for the solver and the critic: view axes, the fit of a camera to what it must show,
and keeping the eye above the ground and out of objects.

The projection itself (``basis``, ``project``, ``unproject``) is ``studio.camera``'s, the one the
previz renderer draws with, re-exported here. Azimuth is where the camera stands, seen from the
scene: 0 in front (+z), -90 on the scene's left (-x), +90 on its right, 180 behind.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from studio.camera import basis as basis  # re-exported: the solver and the critic read them from here
from studio.camera import project as project
from studio.camera import unproject as unproject
from studio.camera import unproject_height as unproject_height
from studio.models import Camera


@dataclass(frozen=True)
class ViewAxes:
    """Ground-plane axes of a view: ``right`` is image-right, ``toward`` points at the camera."""

    azimuth_deg: float

    @property
    def right(self) -> np.ndarray:
        a = math.radians(self.azimuth_deg)
        return np.array([math.cos(a), 0.0, -math.sin(a)])

    @property
    def toward(self) -> np.ndarray:
        a = math.radians(self.azimuth_deg)
        return np.array([math.sin(a), 0.0, math.cos(a)])

    def world(self, u: float, w: float) -> tuple[float, float]:
        """View-plane (u right, w away from the camera) -> world (x, z)."""
        point = u * self.right - w * self.toward
        return float(point[0]), float(point[2])

    def yaw_facing(self, direction: str) -> float:
        """World yaw (degrees) that turns an object's front (+z at yaw 0) to ``direction`` as seen."""
        vector = {"left": -self.right, "right": self.right, "camera": self.toward, "away": -self.toward}[direction]
        return round(math.degrees(math.atan2(vector[0], vector[2])), 3)


def box_corners(position, size, yaw_deg: float) -> np.ndarray:
    """The 8 corners of an object's yaw-rotated box (base centre ``position``)."""
    x, y, z = position
    w, h, d = size
    a = math.radians(yaw_deg)
    ex = np.array([math.cos(a), 0.0, -math.sin(a)]) * w / 2
    ez = np.array([math.sin(a), 0.0, math.cos(a)]) * d / 2
    base = np.array([x, y, z])
    corners = []
    for sx in (-1, 1):
        for sz in (-1, 1):
            for top in (0.0, h):
                corners.append(base + sx * ex + sz * ez + np.array([0.0, top, 0.0]))
    return np.array(corners)


# box_corners' corner order: x side, then z side, then bottom and top.
_SIDE_X = np.array([-1.0, -1, -1, -1, 1, 1, 1, 1])[None, :, None]
_SIDE_Z = np.array([-1.0, -1, 1, 1, -1, -1, 1, 1])[None, :, None]
_TOP = np.array([0.0, 1, 0, 1, 0, 1, 0, 1])


def boxes_corners(positions, sizes, yaws_deg) -> np.ndarray:
    """``box_corners`` of n boxes at once, (n * 8, 3) in the same order and to the same bits (the
    same operations in the same order; framing calls this thousands of times per scene)."""
    base = np.asarray(positions, float).reshape(-1, 3)
    size = np.asarray(sizes, float).reshape(-1, 3)
    angles = [math.radians(yaw) for yaw in yaws_deg]
    cos = np.array([math.cos(a) for a in angles])
    sin = np.array([math.sin(a) for a in angles])
    zero = np.zeros(len(angles))
    ex = np.stack([cos, zero, -sin], axis=1) * size[:, :1] / 2
    ez = np.stack([sin, zero, cos], axis=1) * size[:, 2:] / 2
    top = np.zeros((len(angles), 8, 3))
    top[:, :, 1] = _TOP * size[:, 1:2]
    corners = base[:, None, :] + _SIDE_X * ex[:, None, :] + _SIDE_Z * ez[:, None, :] + top
    return corners.reshape(-1, 3)


MIN_EYE = 0.3  # metres above the ground: a camera lower than this is in the grass, or under it
CLEARANCE = 0.15  # metres between the eye and any object's box
FAR_LOOKING_UP = 50.0  # metres: a camera on the floor looking up sees nothing further (the depth image ends at 65)


def fit(corners: np.ndarray, azimuth_deg: float, elevation_deg: float, fov_deg: float, aspect: float,
        margin: float, focus: tuple[float, float] = (0.5, 0.5), anchor=None, min_eye: float = MIN_EYE) -> Camera:
    """A camera at (azimuth, elevation) that keeps every corner inside the frame with ``margin``.

    Distance is solved in closed form (the camera slides along its own axis, so each corner's
    image offset is fixed and only its depth changes); then the target is nudged twice so the
    projected extent is centred, perspective making near corners spread more than far ones.
    ``focus`` (fractions of width/height) places the extent's centre off the image centre;
    ``anchor`` (a world point) is aimed at exactly, so it lands in the middle of the frame.

    An eye that would be lower than ``min_eye`` (a low view of a teapot on the floor) looks
    down a little more steeply at the same target, rather than rising with its target: what
    was framed stays in the middle of the picture, not at its bottom edge.
    """
    camera = _fit(corners, azimuth_deg, elevation_deg, fov_deg, aspect, margin, focus, anchor)
    if elevation_deg < 0.0 and camera.position[1] < min_eye - 1e-6:
        low = _looking_up(camera, corners, aspect, margin, min_eye)
        if low is None:  # too wide a scene to look up at from the floor: level with it, still from low down
            level = _fit(corners, azimuth_deg, 0.0, fov_deg, aspect, margin, focus, anchor)
            low = _looking_up(level, corners, aspect, margin, min_eye)
        if low is not None:
            return low
    for _ in range(4):
        eye, target = np.asarray(camera.position, float), np.asarray(camera.target, float)
        if eye[1] >= min_eye - 1e-6:
            return camera
        distance = float(np.linalg.norm(eye - target))
        need = math.degrees(math.asin(min(max((min_eye + 0.01 - target[1]) / max(distance, 1e-6), -1.0), 1.0)))
        elevation_deg = min(max(elevation_deg + 0.5, need), 89.0)
        camera = _fit(corners, azimuth_deg, elevation_deg, fov_deg, aspect, margin, focus, anchor)
    return grounded(camera, min_eye)


def _looking_up(camera: Camera, corners: np.ndarray, aspect: float, margin: float, min_eye: float) -> Camera:
    """A camera looking up (a worm's-eye view) whose eye the fit put under the ground: it keeps
    its angle, the eye rises to ``min_eye`` with its target, and both back away along the ground
    until every corner is in the frame again (from further away, the floor in front sinks
    towards the horizon and into the frame's lower part). None when that takes the scene
    further than FAR_LOOKING_UP (too wide a scene to look up at from the floor)."""
    camera = grounded(camera, min_eye)
    eye, target = np.asarray(camera.position, float), np.asarray(camera.target, float)
    back = eye - target
    back[1] = 0.0
    back = back / max(float(np.linalg.norm(back)), 1e-9)
    width, height = 1000, max(1, int(round(1000 / aspect)))
    low, high = np.array([width, height]) * margin / 2, np.array([width, height]) * (1 - margin / 2)
    step = max(float(np.linalg.norm(eye - target)), 0.5) * 0.15
    for _ in range(60):
        pixels, depth = project(camera, width, height, corners)
        if np.isfinite(pixels).all() and (depth > 0).all() and (pixels >= low).all() and (pixels <= high).all():
            break
        eye, target = eye + back * step, target + back * step
        camera = camera.model_copy(update={"position": _rounded(eye), "target": _rounded(target)})
    else:
        return None
    return camera if float(depth.max()) <= FAR_LOOKING_UP else None


def _fit(corners: np.ndarray, azimuth_deg: float, elevation_deg: float, fov_deg: float, aspect: float,
         margin: float, focus: tuple[float, float], anchor) -> Camera:
    az, el = math.radians(azimuth_deg), math.radians(elevation_deg)
    back = np.array([math.sin(az) * math.cos(el), math.sin(el), math.cos(az) * math.cos(el)])  # target -> eye
    target = (corners.min(axis=0) + corners.max(axis=0)) / 2.0 if anchor is None else np.asarray(anchor, float)
    tan_y = math.tan(math.radians(fov_deg) / 2.0)
    tan_x = tan_y * aspect
    for _ in range(4):
        camera = _at(target, back, 1.0, fov_deg)
        _, right, up, forward = basis(camera)
        rel = corners - target
        along = rel @ back  # towards the camera
        half_x = (1.0 - margin) * tan_x * 2 * min(focus[0], 1 - focus[0])
        half_y = (1.0 - margin) * tan_y * 2 * min(focus[1], 1 - focus[1])
        need = np.maximum(np.abs(rel @ right) / half_x, np.abs(rel @ up) / half_y) + along
        distance = max(float(need.max()), float(along.max()) + 0.3, 0.5)
        camera = _at(target, back, distance, fov_deg)
        if anchor is not None:
            break
        pixels, depth = project(camera, 1000, int(round(1000 / aspect)), corners)
        if not np.isfinite(pixels).all():
            break
        low, high = pixels.min(axis=0), pixels.max(axis=0)
        centre = (low + high) / 2 / np.array([1000.0, 1000.0 / aspect])
        shift = centre - np.array(focus)
        if np.abs(shift).max() < 0.005:
            break
        # Move the target so the extent's centre lands on the focus point, at the mean depth.
        scale = float(np.median(depth)) * 2.0
        target = target + right * shift[0] * scale * tan_x - up * shift[1] * scale * tan_y
    return camera


def grounded(camera: Camera, min_eye: float = MIN_EYE) -> Camera:
    """The camera raised, with its target, until the eye is ``min_eye`` above the ground: the view
    keeps its direction, so the horizon stays where the view puts it and the sky above it."""
    eye, target = np.asarray(camera.position, float), np.asarray(camera.target, float)
    if eye[1] >= min_eye:
        return camera
    lift = np.array([0.0, min_eye - eye[1], 0.0])
    return camera.model_copy(update={"position": _rounded(eye + lift), "target": _rounded(target + lift)})


def inside(eye, position, size, yaw_deg: float, margin: float = CLEARANCE) -> bool:
    """Whether ``eye`` is within ``margin`` of the yaw-rotated box (base centre ``position``)."""
    a = math.radians(yaw_deg)
    rel = np.asarray(eye, float) - np.asarray(position, float)
    local_x = rel[0] * math.cos(a) - rel[2] * math.sin(a)
    local_z = rel[0] * math.sin(a) + rel[2] * math.cos(a)
    w, h, d = size
    return abs(local_x) <= w / 2 + margin and abs(local_z) <= d / 2 + margin and -margin <= rel[1] <= h + margin


def clear_of(camera: Camera, boxes: list[tuple], min_eye: float = MIN_EYE) -> tuple[Camera, list[str]]:
    """The camera out of every box (``(position, size, yaw_deg, name)``) and above the ground:
    an eye inside something backs away along its view axis (so it sees the same things, from
    further), then rises if it must. Returns the camera and what was corrected."""
    notes: list[str] = []
    camera = grounded(camera, min_eye)
    eye, target = np.asarray(camera.position, float), np.asarray(camera.target, float)
    back = eye - target
    distance = float(np.linalg.norm(back))
    back = back / distance if distance > 1e-9 else np.array([0.0, 0.0, 1.0])
    for _ in range(40):
        hits = [name for position, size, yaw, name in boxes if inside(eye, position, size, yaw)]
        if not hits:
            break
        notes.append(f"camera was inside {hits[0]}: moved back")
        eye = eye + back * 0.25
    else:
        eye = eye + np.array([0.0, 1.0, 0.0])
    if notes:
        camera = grounded(camera.model_copy(update={"position": _rounded(eye)}), min_eye)
    return camera, list(dict.fromkeys(notes))


def _rounded(vector: np.ndarray) -> tuple[float, float, float]:
    return tuple(round(float(v), 4) for v in vector)


def _at(target: np.ndarray, back: np.ndarray, distance: float, fov_deg: float) -> Camera:
    eye = target + back * distance
    return Camera(position=tuple(round(float(v), 4) for v in eye), target=tuple(round(float(v), 4) for v in target),
                  fov_deg=fov_deg)
