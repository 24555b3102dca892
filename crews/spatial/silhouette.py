"""Rough silhouettes for the solver: each object as the shapes of its catalog parts.

A tree is a trunk and a canopy, a fence is posts and rails, a bear is a body on four legs:
projected as one bounding box each they would cover far more than they do in the render. The
solver only needs a share ("how much of the vase does the candle cover?"), so each part is
drawn as what it projects to: a box as the rectangle around its corners, a round part (sphere,
capsule, cylinder, cone) as an ellipse, long ones as a chain of ellipses. The critic measures
the real thing on the render afterwards.

An ellipsoid's outline is exact this way: sample points on its surface, project them, and the
ellipse of their covariance scaled to the farthest sample is the projected rim.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from crews.spatial import camera as cam
from studio.library import load_catalog
from studio.models import Camera

GRID = 40  # samples per side over the subject's projected extent
SLABS = 4  # discs a cone is drawn as
PERSON = ("person", "man", "woman", "child", "boy", "girl")
# A standing figure at 1.72 m as (shape, centre, size): legs, torso, arms, head.
FIGURE = [
    ("round", (0.0, 0.47, 0.0), (0.34, 0.94, 0.16)),
    ("round", (0.0, 1.15, 0.0), (0.44, 0.65, 0.25)),
    ("round", (-0.26, 1.07, 0.0), (0.12, 0.7, 0.12)),
    ("round", (0.26, 1.07, 0.0), (0.12, 0.7, 0.12)),
    ("round", (0.0, 1.6, 0.0), (0.24, 0.3, 0.24)),
]


@dataclass(frozen=True)
class Shape:
    """Sample points of one part in units of the object's size (base centre 0, y in [0, 1])."""

    kind: str  # "box": the rectangle around its points; "round": their ellipse
    points: np.ndarray  # (n, 3)
    area: float  # front-view area share, for the centre-height estimate
    centre_y: float


@lru_cache(maxsize=1)
def _sphere_points() -> np.ndarray:
    # 26 directions: the axes, the face diagonals and the corners of a cube, normalised.
    dirs = [(x, y, z) for x in (-1, 0, 1) for y in (-1, 0, 1) for z in (-1, 0, 1) if (x, y, z) != (0, 0, 0)]
    points = np.array(dirs, float)
    return points / np.linalg.norm(points, axis=1, keepdims=True) * 0.5


BOX_CORNERS = np.array([[x, y, z] for x in (-0.5, 0.5) for y in (-0.5, 0.5) for z in (-0.5, 0.5)])


@lru_cache(maxsize=256)
def shapes(category: str) -> tuple[Shape, ...]:
    spec = load_catalog().get(category)
    raw: list[tuple[str, np.ndarray]] = []
    if spec is None:
        if category in PERSON:
            for kind, at, size in FIGURE:
                raw += [(kind, p) for p in _round_points(np.array(size), np.eye(3), np.array(at))]
        else:
            raw.append(("box", BOX_CORNERS + (0.0, 0.5, 0.0)))
    else:
        for part in spec.parts:
            rotation = _rotation(part.rotate_deg)
            size, at = np.array(part.size, float), np.array(part.at, float)
            if part.shape == "box":
                raw.append(("box", (BOX_CORNERS * size) @ rotation.T + at))
            elif part.shape == "cylinder" and abs(part.rotate_deg[0]) % 180 < 1e-6 \
                    and abs(part.rotate_deg[2]) % 180 < 1e-6:
                # Upright: from the side a rectangle, from above a disc. A core box plus its end discs.
                raw.append(("box", (BOX_CORNERS * size * (0.8, 1.0, 0.8)) @ rotation.T + at))
                for end in (-0.5, 0.5):
                    disc = _sphere_points() * (size[0], 0.02 * size[1], size[2]) + (0.0, end * size[1], 0.0)
                    raw.append(("round", disc @ rotation.T + at))
            elif part.shape == "cone":
                raw += [("round", p) for p in _cone_points(size, rotation, at)]
            else:
                raw += [("round", p) for p in _round_points(size, rotation, at)]
    everything = np.concatenate([p for _, p in raw])
    low, high = everything.min(axis=0), everything.max(axis=0)
    extent = np.maximum(high - low, 1e-6)
    base = np.array([(low[0] + high[0]) / 2, low[1], (low[2] + high[2]) / 2])
    out = []
    for kind, points in raw:
        unit = (points - base) / extent
        area = float(np.ptp(unit[:, 0]) * np.ptp(unit[:, 1])) * (1.0 if kind == "box" else math.pi / 4)
        out.append(Shape(kind, unit, area, float(unit[:, 1].mean())))
    return tuple(out)


def _round_points(size: np.ndarray, rotation: np.ndarray, at: np.ndarray) -> list[np.ndarray]:
    """Surface samples of a round part; a long one (a capsule lying along a body) as a chain."""
    segments = max(1, math.ceil(size[1] / max(min(size[0], size[2]), 1e-6) - 0.3))
    points = []
    for k in range(segments):
        offset = ((k + 0.5) / segments - 0.5) * size[1]
        piece = np.array([size[0], size[1] / segments * 1.15, size[2]])
        local = _sphere_points() * piece + (0.0, offset, 0.0)
        points.append(local @ rotation.T + at)
    return points


def _cone_points(size: np.ndarray, rotation: np.ndarray, at: np.ndarray) -> list[np.ndarray]:
    """A cone as stacked discs narrowing to the apex (the part's rotation turns a bowl over)."""
    points = []
    for k in range(SLABS):
        t = (k + 0.5) / SLABS  # from the base to the apex
        width = 1.0 - t
        piece = np.array([size[0] * width, size[1] / SLABS * 1.1, size[2] * width])
        local = _sphere_points() * piece + (0.0, (t - 0.5) * size[1], 0.0)
        points.append(local @ rotation.T + at)
    return points


@lru_cache(maxsize=256)
def centre_height(category: str) -> float:
    """Height of the silhouette's area-weighted centre, as a fraction of the object's height:
    where the median of its pixels sits (a tree's canopy pulls it up to about 0.65)."""
    parts = shapes(category)
    weights = np.array([s.area for s in parts])
    return float((weights * np.array([s.centre_y for s in parts])).sum() / max(weights.sum(), 1e-9))


@dataclass
class Outline:
    """An object's parts on screen: box parts as the convex hulls of their projected corners
    (``hulls`` (n, 8, 2), padded by repeating a vertex; ``rects`` (n, 4) their bounding boxes),
    and ellipses (centre (m, 2), inverse covariance (m, 2, 2), squared radius (m,)). A tent's
    tilted roof panel is a slanted strip, not the rectangle around it."""

    rects: np.ndarray
    centres: np.ndarray
    inverse: np.ndarray
    radius2: np.ndarray
    hulls: np.ndarray | None = None

    @property
    def bounds(self) -> np.ndarray:
        lows, highs = [], []
        if len(self.rects):
            lows.append(self.rects[:, :2].min(axis=0))
            highs.append(self.rects[:, 2:].max(axis=0))
        if len(self.centres):
            reach = np.sqrt(self.radius2[:, None] / np.maximum(np.diagonal(self.inverse, axis1=1, axis2=2), 1e-12))
            lows.append((self.centres - reach).min(axis=0))
            highs.append((self.centres + reach).max(axis=0))
        return np.array([np.min(lows, axis=0), np.max(highs, axis=0)])

    def contains(self, px: np.ndarray, py: np.ndarray) -> np.ndarray:
        inside = np.zeros(len(px), bool)
        if self.hulls is not None and len(self.hulls):
            start, end = self.hulls, np.roll(self.hulls, -1, axis=1)  # (n, 8, 2) each edge's ends
            edge = end - start
            cross = (edge[None, :, :, 0] * (py[:, None, None] - start[None, :, :, 1])
                     - edge[None, :, :, 1] * (px[:, None, None] - start[None, :, :, 0]))  # (N, n, 8)
            inside |= ((cross >= -1e-9).all(axis=2) | (cross <= 1e-9).all(axis=2)).any(axis=1)
        elif len(self.rects):
            r = self.rects
            inside |= ((px[:, None] >= r[:, 0]) & (px[:, None] <= r[:, 2]) &
                       (py[:, None] >= r[:, 1]) & (py[:, None] <= r[:, 3])).any(axis=1)
        if len(self.centres):
            dx = px[:, None] - self.centres[:, 0]
            dy = py[:, None] - self.centres[:, 1]
            a, b, c = self.inverse[:, 0, 0], self.inverse[:, 0, 1], self.inverse[:, 1, 1]
            inside |= (a * dx * dx + 2 * b * dx * dy + c * dy * dy <= self.radius2).any(axis=1)
        return inside


def outline(camera: Camera, width: int, height: int, category: str, position, size, yaw_deg: float) -> Outline:
    parts = shapes(category)
    a = math.radians(yaw_deg)
    rotation = np.array([[math.cos(a), 0, math.sin(a)], [0, 1, 0], [-math.sin(a), 0, math.cos(a)]])
    counts = [len(s.points) for s in parts]
    world = np.concatenate([s.points for s in parts]) * np.asarray(size) @ rotation.T + np.asarray(position)
    pixels, _ = cam.project(camera, width, height, world)
    rects, hulls, centres, inverses, radii = [], [], [], [], []
    start = 0
    for shape, n in zip(parts, counts):
        p = pixels[start:start + n]
        start += n
        if not np.isfinite(p).all():
            continue
        if shape.kind == "box":
            rects.append(np.concatenate([p.min(axis=0), p.max(axis=0)]))
            hulls.append(_hull8(p))
            continue
        mean = p.mean(axis=0)
        d = p - mean
        # The 2x2 covariance and its inverse written out (np.cov and np.linalg.inv cost more
        # than the rest of an outline).
        sxx = float(d[:, 0] @ d[:, 0]) / (len(d) - 1) + 1e-6
        syy = float(d[:, 1] @ d[:, 1]) / (len(d) - 1) + 1e-6
        sxy = float(d[:, 0] @ d[:, 1]) / (len(d) - 1)
        det = sxx * syy - sxy * sxy
        inverse = np.array([[syy, -sxy], [-sxy, sxx]]) / det
        radius2 = float(np.einsum("ni,ij,nj->n", d, inverse, d).max())
        centres.append(mean)
        inverses.append(inverse)
        radii.append(radius2)
    return Outline(np.array(rects).reshape(-1, 4), np.array(centres).reshape(-1, 2),
                   np.array(inverses).reshape(-1, 2, 2), np.array(radii), np.array(hulls).reshape(-1, 8, 2))


def _hull8(points: np.ndarray) -> np.ndarray:
    """Convex hull (monotone chain) of up to 8 points, padded to 8 vertices by repeating the last
    (a zero-length edge changes no inside test)."""
    pts = sorted(map(tuple, np.round(points, 6)))
    if len(pts) < 3:
        return np.resize(np.array(pts, float), (8, 2))

    def half(seq):
        chain: list[tuple] = []
        for q in seq:
            while len(chain) >= 2 and ((chain[-1][0] - chain[-2][0]) * (q[1] - chain[-2][1])
                                       - (chain[-1][1] - chain[-2][1]) * (q[0] - chain[-2][0])) <= 0:
                chain.pop()
            chain.append(q)
        return chain

    hull = half(pts)[:-1] + half(pts[::-1])[:-1]
    hull = np.array(hull or pts[:1], float)
    return np.concatenate([hull, np.repeat(hull[-1:], 8 - len(hull), axis=0)]) if len(hull) < 8 else hull[:8]


def covered_share(subject: Outline, occluder: Outline) -> float:
    """Share of the subject's outline that the occluder's outline covers (sampled on a grid)."""
    if not (len(subject.rects) or len(subject.centres)):
        return 0.0
    (x0, y0), (x1, y1) = subject.bounds
    if not (np.isfinite([x0, y0, x1, y1]).all()):
        return 0.0
    px, py = np.meshgrid(np.linspace(x0, x1, GRID), np.linspace(y0, y1, GRID))
    px, py = px.ravel(), py.ravel()
    mine = subject.contains(px, py)
    if not mine.any():
        return 0.0
    return float(occluder.contains(px[mine], py[mine]).sum() / mine.sum())


def area_share(camera: Camera, width: int, height: int, category: str, position, size, yaw_deg: float) -> float:
    """The share of the frame its outline covers (for "too small to read"): all its parts, so a
    bicycle's two wheels and frame count, not only its largest part; sampled within the outline's
    bounds, clipped to the frame."""
    shape = outline(camera, width, height, category, position, size, yaw_deg)
    if not (len(shape.rects) or len(shape.centres)):
        return 0.0
    (x0, y0), (x1, y1) = shape.bounds
    if not np.isfinite([x0, y0, x1, y1]).all():
        return 0.0
    x0, x1 = max(x0, 0.0), min(x1, float(width))
    y0, y1 = max(y0, 0.0), min(y1, float(height))
    if x1 <= x0 or y1 <= y0:
        return 0.0
    steps = (np.arange(24) + 0.5) / 24
    px, py = np.meshgrid(x0 + steps * (x1 - x0), y0 + steps * (y1 - y0))
    inside = shape.contains(px.ravel(), py.ravel()).mean()
    return float(inside * (x1 - x0) * (y1 - y0)) / (width * height)


def _rotation(degrees_xyz) -> np.ndarray:
    """About x, then y, then z (fixed axes): the catalog's ``rotate_deg`` convention."""
    ax, ay, az = (math.radians(d) for d in degrees_xyz)
    rx = np.array([[1, 0, 0], [0, math.cos(ax), -math.sin(ax)], [0, math.sin(ax), math.cos(ax)]])
    ry = np.array([[math.cos(ay), 0, math.sin(ay)], [0, 1, 0], [-math.sin(ay), 0, math.cos(ay)]])
    rz = np.array([[math.cos(az), -math.sin(az), 0], [math.sin(az), math.cos(az), 0], [0, 0, 1]])
    return rz @ ry @ rx


# ------------------------------------------------------------------ support --

SURFACE_GRID = 48  # cells per side of an object's footprint when its resting surface is found
SURFACE_LOW = 0.35  # a level lower than this share of the height is a base or a foot, not where things rest
SURFACE_AREA = 0.2  # ... and one covering less than this share of the footprint is a rim or a knob


@dataclass(frozen=True)
class Surface:
    """Where things put on an object rest, in units of its size: ``height`` above its base (1:
    the top of its box), over the footprint rectangle ``x0..x1`` (right), ``z0..z1`` (front,
    +z) about its base centre. A table's top is its whole box; a sofa's is its seat cushions,
    in front of the backrest; a bed's is the duvet, not the headboard."""

    height: float
    x0: float
    x1: float
    z0: float
    z1: float


@lru_cache(maxsize=256)
def _part_boxes(category: str) -> np.ndarray:
    """(n, 6) boxes x0 z0 y0 x1 z1 y1 of the catalog parts, in units of the object's size (base
    centre 0, y in [0, 1]), each the box around its rotated part, as the renderer fits the
    assembled parts to the object's size."""
    spec = load_catalog().get(category)
    if spec is None or not spec.parts:
        return np.array([[-0.5, -0.5, 0.0, 0.5, 0.5, 1.0]])
    boxes = []
    for part in spec.parts:
        corners = (BOX_CORNERS * np.array(part.size, float)) @ _rotation(part.rotate_deg).T + np.array(part.at, float)
        boxes.append(np.concatenate([corners.min(axis=0), corners.max(axis=0)]))
    boxes = np.array(boxes)
    low, high = boxes[:, :3].min(axis=0), boxes[:, 3:].max(axis=0)
    extent = np.maximum(high - low, 1e-6)
    base = np.array([(low[0] + high[0]) / 2, low[1], (low[2] + high[2]) / 2])
    lo, hi = (boxes[:, :3] - base) / extent, (boxes[:, 3:] - base) / extent
    return np.stack([lo[:, 0], lo[:, 2], lo[:, 1], hi[:, 0], hi[:, 2], hi[:, 1]], axis=1)


@lru_cache(maxsize=256)
def surface(category: str) -> Surface:
    """The level things rest on: of the tops seen from straight above, the one covering the
    largest share of the footprint (a seat, a mattress, a rail), if it is high enough to be
    the object's upper surface; else the top of the box over the whole footprint."""
    boxes = _part_boxes(category)
    cells = (np.arange(SURFACE_GRID) + 0.5) / SURFACE_GRID - 0.5
    gx, gz = np.meshgrid(cells, cells, indexing="ij")
    covers = ((gx[..., None] >= boxes[:, 0]) & (gx[..., None] <= boxes[:, 3]) &
              (gz[..., None] >= boxes[:, 1]) & (gz[..., None] <= boxes[:, 4]))
    top = np.where(covers, boxes[:, 5], 0.0).max(axis=-1)
    levels = np.round(top * 50) / 50  # levels 2% of the height apart are one surface
    best, best_area = None, 0.0
    for level in np.unique(levels):
        if level < SURFACE_LOW:
            continue
        area = float((np.abs(levels - level) < 0.021).mean())
        if area > best_area + 1e-9:
            best, best_area = float(level), area
    if best is None or best_area < SURFACE_AREA or best >= 0.98:
        return Surface(1.0, -0.5, 0.5, -0.5, 0.5)
    on = np.abs(levels - best) < 0.021
    # The rectangle of it: the columns and rows mostly on that level (a chair's seat in front of
    # its backrest bars, a sofa's cushions between its arms).
    across, along = on.mean(axis=1), on.mean(axis=0)
    xs, zs = cells[across >= 0.5 * across.max()], cells[along >= 0.5 * along.max()]
    half = 0.5 / SURFACE_GRID
    height = float(top[on].max())
    return Surface(height, float(xs.min() - half), float(xs.max() + half), float(zs.min() - half),
                   float(zs.max() + half))


def rest_height(category: str, x0: float, x1: float, z0: float, z1: float) -> float:
    """Height (in units of the object's height) of the highest part under a footprint rectangle
    given in units of the object's size: what a thing put there rests on."""
    boxes = _part_boxes(category)
    over = (boxes[:, 0] < x1) & (boxes[:, 3] > x0) & (boxes[:, 1] < z1) & (boxes[:, 4] > z0)
    return float(boxes[over, 5].max()) if over.any() else 0.0


@lru_cache(maxsize=256)
def stem_reach(category: str) -> float:
    """How far the parts standing on the ground reach from the middle (a tree's trunk, an
    umbrella's pole), in units of the object's larger ground extent: what is under its canopy
    stands beside that."""
    boxes = _part_boxes(category)
    spec = load_catalog().get(category)
    width, _, depth = spec.size if spec else (1.0, 1.0, 1.0)
    grounded = boxes[boxes[:, 2] < 0.05]
    if not len(grounded):
        return 0.0
    reach = np.abs(grounded[:, [0, 3]]).max(axis=1) * width
    reach = np.maximum(reach, np.abs(grounded[:, [1, 4]]).max(axis=1) * depth)
    return float(reach.max() / max(width, depth))


@lru_cache(maxsize=256)
def underside(category: str) -> float:
    """The clear height beneath an object's middle (in units of its height): the lowest bottom
    of the parts over the middle 60% of its footprint (a table's apron, a bed's frame, a chair's
    seat); legs at the edges do not count. 1 if nothing is over it."""
    boxes = _part_boxes(category)
    cells = ((np.arange(12) + 0.5) / 12 - 0.5) * 0.6
    gx, gz = np.meshgrid(cells, cells, indexing="ij")
    covers = ((gx[..., None] >= boxes[:, 0]) & (gx[..., None] <= boxes[:, 3]) &
              (gz[..., None] >= boxes[:, 1]) & (gz[..., None] <= boxes[:, 4]))
    bottoms = np.where(covers, boxes[:, 2], 1.0).min(axis=-1)
    return float(bottoms.min())
