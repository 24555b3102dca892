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

    def contains(self, px: np.ndarray, py: np.ndarray, grid: Grid | None = None) -> np.ndarray:
        """Whether each point (px, py) is inside a part; ``grid`` says the points are its nodes,
        which lets each part find the points near it column by column and row by row."""
        inside = np.zeros(len(px), bool)
        if self.hulls is not None and len(self.hulls):
            inside |= _in_hulls(self.hulls, px, py, grid)
        elif len(self.rects):
            r = self.rects
            inside |= ((px[:, None] >= r[:, 0]) & (px[:, None] <= r[:, 2]) &
                       (py[:, None] >= r[:, 1]) & (py[:, None] <= r[:, 3])).any(axis=1)
        if len(self.centres):
            inside |= _in_ellipses(self.centres, self.inverse, self.radius2, px, py, grid)
        return inside


@dataclass(frozen=True)
class Grid:
    """Points on a grid: node k is (xs[columns[k]], ys[rows[k]]), all nodes row by row unless a
    subset is picked."""

    xs: np.ndarray
    ys: np.ndarray
    columns: np.ndarray | None = None
    rows: np.ndarray | None = None

    def __post_init__(self):
        if self.columns is None:  # every node, as np.meshgrid(xs, ys) ravels them
            object.__setattr__(self, "columns", np.tile(np.arange(len(self.xs)), len(self.ys)))
            object.__setattr__(self, "rows", np.repeat(np.arange(len(self.ys)), len(self.xs)))

    @property
    def px(self) -> np.ndarray:
        return self.xs[self.columns]

    @property
    def py(self) -> np.ndarray:
        return self.ys[self.rows]

    def subset(self, keep: np.ndarray) -> Grid:
        return Grid(self.xs, self.ys, self.columns[keep], self.rows[keep])


# Each point is tested only against the parts whose bounds, widened by this many pixels, hold
# it: the same answers as testing every part (a point that far out fails an edge or the ellipse
# by far more than the 1e-9 tolerance) at a fraction of the cost. A part too thin, too short-
# edged or too large for that margin to be sure of (``_well_formed``) is tested everywhere.
NEAR_MARGIN = 2.0
WELL_FORMED = 0.05  # pixels: the shortest edge and the narrowest width of a hull tested by its bounds
WELL_FORMED_SPAN = 4000.0  # pixels: the widest such hull


def _in_hulls(hulls: np.ndarray, px: np.ndarray, py: np.ndarray, grid: Grid | None = None) -> np.ndarray:
    """Whether each point is inside any hull (n, 8, 2), on either winding, within 1e-9."""
    start = hulls
    edge = np.roll(hulls, -1, axis=1) - start  # (n, 8, 2) each edge's vector
    near = _near(hulls.min(axis=1), hulls.max(axis=1), px, py, grid)
    near[:, ~_well_formed(hulls, edge)] = True
    points, parts = np.nonzero(near)
    s, e = start[parts], edge[parts]  # (k, 8, 2) for each (point, hull) pair
    cross = e[:, :, 0] * (py[points, None] - s[:, :, 1]) - e[:, :, 1] * (px[points, None] - s[:, :, 0])
    hit = (cross >= -1e-9).all(axis=1) | (cross <= 1e-9).all(axis=1)
    inside = np.zeros(len(px), bool)
    inside[points[hit]] = True
    return inside


def _well_formed(hulls: np.ndarray, edge: np.ndarray) -> np.ndarray:
    """Hulls whose bounds test is exact: every edge (but the zero-length padding) and the width
    at least WELL_FORMED, the bounds' diagonal at most WELL_FORMED_SPAN. A point NEAR_MARGIN
    outside such a hull is on the outer side of some edge by at least its length times that
    margin times the sine of half the sharpest corner (>= width / diagonal): far past 1e-9."""
    length = np.hypot(edge[:, :, 0], edge[:, :, 1])
    shortest = np.where(length > 0, length, np.inf).min(axis=1)
    diagonal = np.hypot(*(hulls.max(axis=1) - hulls.min(axis=1)).T)
    area2 = np.abs((hulls[:, :, 0] * (hulls[:, :, 1] + edge[:, :, 1]) -
                    hulls[:, :, 1] * (hulls[:, :, 0] + edge[:, :, 0])).sum(axis=1))  # twice the area
    width = area2 / np.maximum(2 * diagonal, 1e-300)  # area / diameter, at most the width
    return (shortest >= WELL_FORMED) & (width >= WELL_FORMED) & (diagonal <= WELL_FORMED_SPAN)


def _in_ellipses(centres: np.ndarray, inverse: np.ndarray, radius2: np.ndarray, px: np.ndarray,
                 py: np.ndarray, grid: Grid | None = None) -> np.ndarray:
    """Whether each point is inside any ellipse ((x - c)' inverse (x - c) <= radius2)."""
    a, b, c = inverse[:, 0, 0], inverse[:, 0, 1], inverse[:, 1, 1]
    det = a * c - b * b
    with np.errstate(divide="ignore", invalid="ignore"):
        reach = np.sqrt(radius2[:, None] * np.stack([c, a], axis=1) / det[:, None])  # half extents (x, y)
    reach = np.where(np.isfinite(reach) & (det[:, None] > 0), reach, np.inf)  # degenerate: test everywhere
    near = _near(centres - reach, centres + reach, px, py, grid)
    points, parts = np.nonzero(near)
    dx = px[points] - centres[parts, 0]
    dy = py[points] - centres[parts, 1]
    a, b, c = a[parts], b[parts], c[parts]
    hit = a * dx * dx + 2 * b * dx * dy + c * dy * dy <= radius2[parts]
    inside = np.zeros(len(px), bool)
    inside[points[hit]] = True
    return inside


def _near(low: np.ndarray, high: np.ndarray, px: np.ndarray, py: np.ndarray, grid: Grid | None = None) -> np.ndarray:
    """(points, parts): whether each point is within NEAR_MARGIN of each part's bounds."""
    low, high = low - NEAR_MARGIN, high + NEAR_MARGIN
    if grid is not None:  # the same comparisons, made once per column and per row
        across = (grid.xs[:, None] >= low[:, 0]) & (grid.xs[:, None] <= high[:, 0])
        down = (grid.ys[:, None] >= low[:, 1]) & (grid.ys[:, None] <= high[:, 1])
        return across[grid.columns] & down[grid.rows]
    return ((px[:, None] >= low[:, 0]) & (px[:, None] <= high[:, 0]) &
            (py[:, None] >= low[:, 1]) & (py[:, None] <= high[:, 1]))


@dataclass(frozen=True)
class _Template:
    """A category's shapes laid out for projecting all at once: every sample point in part order,
    and which of them belong to each box part and to each round part."""

    points: np.ndarray  # (n, 3)
    boxes: np.ndarray  # (b, k) indices into ``points``, one row per box part
    rounds: np.ndarray  # (r, m) the same for the round parts


@lru_cache(maxsize=256)
def _template(category: str) -> _Template:
    parts = shapes(category)
    rows: dict[str, list[np.ndarray]] = {"box": [], "round": []}
    start = 0
    for shape in parts:
        rows[shape.kind].append(np.arange(start, start + len(shape.points)))
        start += len(shape.points)
    # Every box part has its 8 corners and every round part the 26 points of ``_sphere_points``.
    boxes = np.array(rows["box"], dtype=np.intp).reshape(-1, len(BOX_CORNERS))
    rounds = np.array(rows["round"], dtype=np.intp).reshape(-1, len(_sphere_points()))
    return _Template(np.concatenate([s.points for s in parts]), boxes, rounds)


def outline(camera: Camera, width: int, height: int, category: str, position, size, yaw_deg: float,
            lying: bool = False) -> Outline:
    template = _template(category)
    a = math.radians(yaw_deg)
    rotation = np.array([[math.cos(a), 0, math.sin(a)], [0, 1, 0], [-math.sin(a), 0, math.cos(a)]])
    points = template.points
    if lying:
        # Laid on its back as the previz lays it: its front up, its top away from the camera.
        points = np.stack([points[:, 0], points[:, 2] + 0.5, 0.5 - points[:, 1]], axis=1)
    world = points * np.asarray(size) @ rotation.T + np.asarray(position)
    pixels, _ = cam.project(camera, width, height, world)
    # A part with any sample behind the camera is left out.
    boxes = pixels[template.boxes]  # (b, k, 2)
    boxes = boxes[np.isfinite(boxes).all(axis=(1, 2))]
    rounds = pixels[template.rounds]  # (r, m, 2)
    rounds = rounds[np.isfinite(rounds).all(axis=(1, 2))]
    rects = np.concatenate([boxes.min(axis=1), boxes.max(axis=1)], axis=1)
    hulls = np.array([_hull8(p) for p in boxes]).reshape(-1, 8, 2)
    centres, inverses, radii = _ellipses(rounds)
    return Outline(rects.reshape(-1, 4), centres, inverses, radii, hulls)


def _ellipses(rounds: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Each round part's projected rim from its samples (r, m, 2): (centres, inverse covariances,
    squared radii). The covariance and its inverse are written out (np.cov and np.linalg.inv cost
    more than the rest of an outline); the products are batched matmuls, which give the same
    bits as a dot product per part."""
    if not len(rounds):
        return np.zeros((0, 2)), np.zeros((0, 2, 2)), np.zeros(0)
    n = rounds.shape[1]
    mean = rounds.mean(axis=1)
    d = rounds - mean[:, None, :]
    dx, dy = d[:, :, 0], d[:, :, 1]
    sxx = (dx[:, None, :] @ dx[:, :, None])[:, 0, 0] / (n - 1) + 1e-6
    syy = (dy[:, None, :] @ dy[:, :, None])[:, 0, 0] / (n - 1) + 1e-6
    sxy = (dx[:, None, :] @ dy[:, :, None])[:, 0, 0] / (n - 1)
    det = sxx * syy - sxy * sxy
    inverse = np.stack([np.stack([syy, -sxy], axis=1), np.stack([-sxy, sxx], axis=1)], axis=1) / det[:, None, None]
    radius2 = np.einsum("kni,kij,knj->kn", d, inverse, d).max(axis=1)
    return mean, inverse, radius2


def _hull8(points: np.ndarray) -> np.ndarray:
    """Convex hull (monotone chain) of up to 8 points, padded to 8 vertices by repeating the last
    (a zero-length edge changes no inside test)."""
    pts = sorted(map(tuple, np.round(points, 6).tolist()))  # Python floats: the same values, faster sums
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
    grid = Grid(np.linspace(x0, x1, GRID), np.linspace(y0, y1, GRID))
    mine = subject.contains(grid.px, grid.py, grid)
    if not mine.any():
        return 0.0
    return float(occluder.contains(grid.px[mine], grid.py[mine], grid.subset(mine)).sum() / mine.sum())


def area_share(camera: Camera, width: int, height: int, category: str, position, size, yaw_deg: float,
               lying: bool = False) -> float:
    """The share of the frame its outline covers (for "too small to read"): all its parts, so a
    bicycle's two wheels and frame count, not only its largest part; sampled within the outline's
    bounds, clipped to the frame."""
    shape = outline(camera, width, height, category, position, size, yaw_deg, lying)
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
def foot_width(category: str, share: float) -> tuple[float, float]:
    """How wide (x, z, in units of its size) the parts reaching below ``share`` of its height
    are: a tree's trunk, a table's legs' span, a box's whole width."""
    boxes = _part_boxes(category)
    low = boxes[boxes[:, 2] < share]
    if not len(low):
        return 1.0, 1.0
    return (float(min(low[:, 3].max() - low[:, 0].min(), 1.0)), float(min(low[:, 4].max() - low[:, 1].min(), 1.0)))


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


NEST_SHARE = 0.25  # of its height: a flat domed thing sinks this far into the one it is piled on


@lru_cache(maxsize=256)
def nest_share(category: str) -> float:
    """How far (a share of its height) one of a pile sinks into the one below: a cushion's or a
    pillow's top and underside are low domes (every part reaching its top and its bottom a
    sphere, and it is at most half as high as it is wide and deep), so resting on the one below
    it settles into it; with a flat top or base, or round like a ball, 0. Seen from above, a
    dome's rim is what shows of its top and of its underside, each well short of its box."""
    spec = load_catalog().get(category)
    if spec is None or not spec.parts or spec.size[1] > 0.5 * min(spec.size[0], spec.size[2]):
        return 0.0
    boxes = _part_boxes(category)
    top = [p for p, b in zip(spec.parts, boxes) if b[5] > 0.98]
    bottom = [p for p, b in zip(spec.parts, boxes) if b[2] < 0.02]
    rounded = all(p.shape == "sphere" for p in top + bottom) and top and bottom
    return NEST_SHARE if rounded else 0.0


@lru_cache(maxsize=256)
def slab(category: str) -> bool:
    """A flat slab of a thing (a book, a board): a box part spans nearly all of its footprint at its
    base and one at its top, so drawn thicker it stays a slab resting flat on the one below (not
    a dish, whose deeper hollow would show a gap)."""
    spec = load_catalog().get(category)
    if spec is None or not spec.parts:
        return False
    boxes = _part_boxes(category)
    wide = [p.shape == "box" and b[3] - b[0] > 0.9 and b[4] - b[1] > 0.9 for p, b in zip(spec.parts, boxes)]
    return any(w and b[2] < 0.02 for w, b in zip(wide, boxes)) and any(w and b[5] > 0.98 for w, b in zip(wide, boxes))
