"""The layout critic: does each relation hold in the RENDERED frame (mask + depth), not in the plan?

Inputs are what the previz writes: the instance mask (pixel = object id), the depth in
millimetres along the view axis (0 = nothing drawn) and the renderer's visibility numbers
(``visible_fraction`` = pixels in the frame / pixels when drawn alone, ``occluders`` = who
covers each object's silhouette). Mask pixels with their depth are lifted back to 3D points
(``camera.unproject``), so "on top of" and "near" are measured in metres, in the render.

What each kind measures:

- left_of / right_of: every subject instance's mask centroid x is left (right) of every object one;
- between: the subject's centroid x lies between the two objects';
- on_top_of: the subject's lowest visible points rest on the object's surface around them (the
  highest of its points near the subject's footprint that is not above its base: a seat, not
  the backrest), neither floating above it nor sunk into it, and its centroid is higher in the frame;
- under: the subject's top is below the object's top, its base is low, and it stands inside the
  object's footprint in 3D (or the object's surface is right above it: a canopy);
- near: the closest 3D points of the two are within a size-relative distance;
- in_front_of / behind: median depth of the subject's pixels is smaller (larger) than the
  object's; both must show;
- hidden_by: 15-85% of the subject is visible (partly hidden, never wholly), the object is
  its main occluder, and the subject is farther;
- seated_on: a person over the seat's footprint, lower than they stand;
- around: the subject's instances surround the object on the ground plane (no angular gap
  over 180 degrees);
- center / left_side / right_side: the subject's centroid x in the middle band / left / right part;
- facing / facing_toward: the front part's pixels (the renderer marks each object's front part,
  ``meta["front"]``) lifted to 3D against the body's: the direction from body to front, on the
  ground, is the facing the picture shows;
- count: how many of the group's ids have at least ``min_pixels`` pixels;
- view: the azimuth and elevation of the camera the frame was rendered from.

A check that cannot measure (a kind with no test, a view with no rule, no front marked, a front
that the render does not show) says so: ``holds`` None, ``measured`` False and the reason in
``detail``. Nothing is reported as holding without a measurement.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from crews.spatial import camera as cam
from crews.spatial.silhouette import surface
from studio.models import Camera, Fix, Layout, LayoutObject, Relation

MAX_POINTS = 600  # 3D points per object: enough for percentiles and distances, cheap to compare
SITTING_SHARE = 0.58  # seated: the crown at most this share of the standing height above the seat
HIDDEN_RANGE = (0.15, 0.85)  # "hidden by": the share of the subject that must still show
FACING_COS = 0.7  # the measured front within about 45 degrees of the wanted direction
FACING_TOWARD_COS = 0.8  # the measured front within about 37 degrees of the other thing


class Unmeasured(str):
    """A check's answer when the render cannot tell: the reason, in place of holds/detail."""


@dataclass
class Seen:
    """One object as the render shows it."""

    id: int
    pixels: int
    cx: float = math.nan
    cy: float = math.nan
    x0: float = math.nan  # bounding box in pixels
    x1: float = math.nan
    median_depth: float = math.nan  # metres
    points: np.ndarray | None = None  # world points (n, 3) of its visible pixels


class Frame:
    """The render, indexed by object id."""

    def __init__(self, layout: Layout, camera: Camera, mask: np.ndarray, depth: np.ndarray, meta: dict | None):
        self.layout, self.camera = layout, camera
        self.mask = np.asarray(mask)
        self.depth_m = np.asarray(depth, dtype=np.float64) / 1000.0
        self.meta = meta or {}
        self.height, self.width = self.mask.shape[:2]
        self.min_pixels = max(6, round(0.0002 * self.width * self.height))
        self.objects = {o.id: o for o in layout.objects}
        self.groups: dict[str, list[LayoutObject]] = {}
        for obj in layout.objects:
            self.groups.setdefault(obj.group or f"#{obj.id}", []).append(obj)
        self._seen: dict[int, Seen] = {}
        self._flat = self.mask.ravel()
        order = np.argsort(self._flat, kind="stable")
        counts = np.bincount(self._flat, minlength=256)
        self._pixel_index = np.split(order, np.cumsum(counts)[:-1])  # id -> flat pixel indices

    def seen(self, object_id: int) -> Seen:
        if object_id in self._seen:
            return self._seen[object_id]
        flat = self._pixel_index[object_id] if 0 <= object_id < len(self._pixel_index) else np.zeros(0, int)
        seen = Seen(object_id, int(len(flat)))
        if len(flat):
            ys, xs = np.divmod(flat, self.width)
            seen.cx, seen.cy = float(xs.mean()), float(ys.mean())
            seen.x0, seen.x1 = float(xs.min()), float(xs.max())
            depth = self.depth_m.ravel()[flat]
            good = depth > 0
            if good.any():
                seen.median_depth = float(np.median(depth[good]))
                pick = np.flatnonzero(good)
                if len(pick) > MAX_POINTS:
                    pick = pick[np.linspace(0, len(pick) - 1, MAX_POINTS).astype(int)]
                seen.points = cam.unproject(self.camera, self.width, self.height, xs[pick].astype(float),
                                            ys[pick].astype(float), depth[pick])
        self._seen[object_id] = seen
        return seen

    def group_of(self, object_id: int) -> list[LayoutObject]:
        obj = self.objects.get(object_id)
        if obj is None:
            return []
        return self.groups.get(obj.group or f"#{obj.id}", [obj])

    def visible(self, object_id: int) -> bool:
        return self.seen(object_id).pixels >= self.min_pixels

    def group_pixels(self, object_id: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """All (xs, ys, depth) pixels of a group."""
        flats = [self._pixel_index[o.id] for o in self.group_of(object_id)]
        flat = np.concatenate(flats) if flats else np.zeros(0, int)
        ys, xs = np.divmod(flat, self.width)
        return xs, ys, self.depth_m.ravel()[flat]


def check(layout: Layout, camera: Camera, mask: np.ndarray, depth: np.ndarray, meta: dict | None = None,
          kinds: set[str] | None = None) -> list[Relation]:
    """Every relation of the layout with ``holds``, ``measured`` and ``detail`` from the render
    (``kinds``: only those kinds; the others come back as they were)."""
    frame = Frame(layout, camera, mask, depth, meta)
    checked = []
    for relation in layout.relations:
        if kinds is not None and relation.kind not in kinds:
            checked.append(relation)
            continue
        checked.append(measure(frame, relation))
    return checked


def measure(frame: Frame, relation: Relation) -> Relation:
    """One relation checked on the frame: measured, or marked unmeasured with the reason."""
    answer = CHECKS.get(relation.kind, _unknown)(frame, relation)
    # What the plan said of it (it contradicts the prompt, or could not be met) stays in front.
    prefix = f"{relation.detail}; " if relation.detail.startswith(("contradictory", "impossible")) else ""
    if isinstance(answer, Unmeasured):
        reason = f"{prefix}not measured: {answer}"
        return relation.model_copy(update={"holds": None, "measured": False, "detail": reason})
    holds, detail = answer
    return relation.model_copy(update={"holds": bool(holds), "measured": True, "detail": prefix + detail})


def physical(layout: Layout, camera: Camera, mask: np.ndarray, depth: np.ndarray) -> dict:
    """The camera's physical sanity, from its pose and the render: the eye's height above the
    ground, any object it is inside, and, where the sky shows, whether every column has all its
    sky above all its floor (a level horizon with the sky on top, not a view from under the floor)."""
    eye = np.asarray(camera.position, float)
    inside = [f"{o.name} #{o.id}" for o in layout.objects if cam.inside(eye, o.position, o.size, o.yaw_deg, margin=0.0)]
    mask, depth = np.asarray(mask), np.asarray(depth)
    sky = (depth == 0) & (mask == 0)
    ground = (depth > 0) & (mask == 0)
    if ground.any():  # the floor only: hills and walls of the set may rise above the horizon
        # Every pixel lifted at once (columns and rows broadcast; the same arithmetic per pixel as
        # lifting the set's pixels one list at a time), then kept where the set is.
        height, width = mask.shape
        heights = cam.unproject_height(camera, width, height, np.arange(width, dtype=float)[None, :],
                                       np.arange(height, dtype=float)[:, None], depth.astype(float) / 1000.0)
        ground &= np.abs(heights) < 0.05 + 0.002 * depth / 1000.0
    horizon: bool | None = None
    if sky.any() and ground.any():
        # Per column: the lowest sky row and the highest floor row (first True from each end).
        lowest_sky = mask.shape[0] - 1 - np.argmax(sky[::-1], axis=0)
        highest_ground = np.argmax(ground, axis=0)
        both = sky.any(axis=0) & ground.any(axis=0)
        horizon = bool((lowest_sky[both] < highest_ground[both]).all())
    return {"eye_height_m": round(float(eye[1]), 3), "inside": inside, "sky_share": round(float(sky.mean()), 3),
            "sky_above_ground": horizon}


# ------------------------------------------------------------------ checks --


def _missing(frame: Frame, *ids: int | None, party_may_hide: bool = True) -> str | Unmeasured | None:
    """Why a relation cannot be seen: a thing out of the frame (drawn alone it covers nothing:
    the shot does not frame it, so the relation is not measured in this picture), or hidden."""
    solo = frame.meta.get("solo_pixels")
    for object_id in ids:
        if object_id is None:
            continue
        name = frame.objects[object_id].name if object_id in frame.objects else str(object_id)
        group = frame.group_of(object_id)
        if solo is not None and group and all(int(solo.get(str(o.id), 0)) < frame.min_pixels for o in group):
            return Unmeasured(f"{name} is out of the frame (drawn alone it covers < {frame.min_pixels} px)")
        hidden = [o.id for o in group if not frame.visible(o.id)]
        if hidden:
            # Covered by the other party of the relation itself (a chair behind the one sitting on
            # it), or by an actor (a film's close-up in front of the set): this picture cannot show
            # the relation, which is not a failure of it.
            parties = {str(o.id) for other in ids if other is not None and other != object_id
                       for o in frame.group_of(other)}
            covers: dict[str, int] = {}
            for hidden_id in hidden:
                for by, n in frame.meta.get("occluders", {}).get(str(hidden_id), {}).items():
                    covers[by] = covers.get(by, 0) + n
            main = max(covers, key=covers.get, default=None)
            cover = frame.objects.get(int(main)) if main is not None and main.isdigit() else None
            actor = cover is not None and cover.kind == "character"
            if (main in parties or actor) and party_may_hide:
                who = frame.objects[int(main)].name if int(main) in frame.objects else main
                return Unmeasured(f"{name} is hidden behind {who} in this picture")
            return f"{name} not visible (ids {hidden}, < {frame.min_pixels} px)"
    return None


def _centroids(frame: Frame, object_id: int) -> list[float]:
    return [frame.seen(o.id).cx for o in frame.group_of(object_id)]


def check_left_of(frame: Frame, r: Relation, sign: float = 1.0) -> tuple[bool, str] | Unmeasured:
    if (why := _missing(frame, r.subject, r.object)):
        return why if isinstance(why, Unmeasured) else (False, why)
    a, b = _centroids(frame, r.subject), _centroids(frame, r.object)
    if sign > 0:
        holds = max(a) < min(b)
    else:
        holds = min(a) > max(b)
    return holds, f"centroid x: subject {_fmt(a)}, object {_fmt(b)} px"


def check_right_of(frame: Frame, r: Relation) -> tuple[bool, str] | Unmeasured:
    return check_left_of(frame, r, sign=-1.0)


def check_between(frame: Frame, r: Relation) -> tuple[bool, str] | Unmeasured:
    if (why := _missing(frame, r.subject, r.object, r.object2)):
        return why if isinstance(why, Unmeasured) else (False, why)
    x = _centroids(frame, r.subject)
    a, b = _centroids(frame, r.object), _centroids(frame, r.object2)
    low, high = (max(a), min(b)) if np.mean(a) < np.mean(b) else (max(b), min(a))
    return all(low < v < high for v in x), f"centroid x {_fmt(x)} between {low:.0f} and {high:.0f} px"


def _points(frame: Frame, object_id: int) -> np.ndarray:
    pts = [frame.seen(o.id).points for o in frame.group_of(object_id)]
    pts = [p for p in pts if p is not None]
    return np.concatenate(pts) if pts else np.zeros((0, 3))


def check_on_top_of(frame: Frame, r: Relation) -> tuple[bool, str] | Unmeasured:
    if (why := _missing(frame, r.subject, r.object)):
        return why if isinstance(why, Unmeasured) else (False, why)
    supports = [frame.seen(o.id) for o in frame.group_of(r.object)]
    failures = []
    for obj in frame.group_of(r.subject):
        me = frame.seen(obj.id)
        if me.points is None:
            return False, f"{obj.name} has no depth"
        low = float(np.percentile(me.points[:, 1], 3))
        mine_lo, mine_hi = me.points[:, [0, 2]].min(axis=0), me.points[:, [0, 2]].max(axis=0)
        # The support under it: the one whose visible footprint overlaps its own most.
        best, best_overlap = None, 0.0
        for support in supports:
            if support.points is None:
                continue
            lo, hi = support.points[:, [0, 2]].min(axis=0) - 0.05, support.points[:, [0, 2]].max(axis=0) + 0.05
            overlap = float(np.prod(np.clip(np.minimum(hi, mine_hi) - np.maximum(lo, mine_lo), 0.0, None)))
            if overlap > best_overlap:
                best, best_overlap = support, overlap
        if best is None:
            failures.append(f"{obj.name} #{obj.count_index} is over no {frame.objects[r.object].name}")
            continue
        # What holds it up is the support's surface around and under it, which need not be the top
        # of its box (a sofa's seat, not its backrest; a bed's duvet, not its headboard): of the
        # support's points near its footprint, the highest not above its base.
        pts = best.points
        reach = 0.05 + 0.25 * float(np.max(mine_hi - mine_lo))
        near = pts[(pts[:, 0] >= mine_lo[0] - reach) & (pts[:, 0] <= mine_hi[0] + reach) &
                   (pts[:, 2] >= mine_lo[1] - reach) & (pts[:, 2] <= mine_hi[1] + reach)]
        tolerance = 0.03 + 0.06 * max(low, 0.1)
        below = near[near[:, 1] <= low + tolerance]
        if not len(below):  # its surroundings hidden by it: any of the support's surface below it
            below = pts[pts[:, 1] <= low + tolerance]
        if not len(below):
            failures.append(f"{obj.name} #{obj.count_index} base {low:.2f} m below the surface of "
                            f"{frame.objects[r.object].name} (lowest {float(pts[:, 1].min()):.2f} m)")
            continue
        top = float(below[:, 1].max())
        # Feet and legs are thin and a render may not show them: a bird on a rock "floats" by its
        # legs' length. A gap over a quarter of its visible height is not legs.
        legs = 0.25 * float(np.percentile(me.points[:, 1], 97) - low)
        if low - top > tolerance + legs:
            failures.append(f"{obj.name} #{obj.count_index} base {low:.2f} m floats above the surface {top:.2f} m")
        elif len(near) and not (near[:, 1] <= low + tolerance).any():
            failures.append(f"{obj.name} #{obj.count_index} base {low:.2f} m sunk below the surface around it")
        elif me.cy >= best.cy:
            failures.append(f"{obj.name} #{obj.count_index} not above in the frame")
    return not failures, "; ".join(failures) or "rests on the top surface (3D from depth)"


def _ground_axes(frame: Frame) -> tuple[np.ndarray, np.ndarray]:
    """Horizontal unit vectors across the frame and away from the camera (straight down: the frame's top)."""
    _, right, up, forward = cam.basis(frame.camera)
    away = np.array([forward[0], 0.0, forward[2]])
    if np.linalg.norm(away) < 0.1:
        away = np.array([up[0], 0.0, up[2]])
    away /= np.linalg.norm(away)
    return np.array([-away[2], 0.0, away[0]]), away


def check_under(frame: Frame, r: Relation) -> tuple[bool, str] | Unmeasured:
    """Under, physically: the subject's top is below the object's top, its base is low (on the
    floor, not on the seat), and it stands inside the object's footprint in 3D (between a bench's
    legs, beneath a table's top), or the object's surface is seen right above it (a canopy).
    At the object's foot, lower in the frame, is not under it."""
    if (why := _missing(frame, r.subject, r.object)):
        return why if isinstance(why, Unmeasured) else (False, why)
    a_axis, b_axis = _ground_axes(frame)
    failures = []
    covers = [frame.seen(o.id) for o in frame.group_of(r.object) if frame.seen(o.id).points is not None]
    for obj in frame.group_of(r.subject):
        me = frame.seen(obj.id)
        if me.points is None or not covers:
            failures.append(f"{obj.name} #{obj.count_index} has no depth")
            continue
        s_low, s_high = np.percentile(me.points[:, 1], [2, 98])
        sa, sb = me.points @ a_axis, me.points @ b_axis
        size = max(np.ptp(np.percentile(sa, [2, 98])), np.ptp(np.percentile(sb, [2, 98])))
        margin = 0.02 + 0.1 * size
        why = "not under any"
        for cover in covers:
            o_low, o_high = np.percentile(cover.points[:, 1], [2, 98])
            ca, cb = cover.points @ a_axis, cover.points @ b_axis
            a0, a1 = np.percentile(ca, [2, 98])
            b0, b1 = np.percentile(cb, [2, 98])
            inside = a0 - margin <= sa.mean() <= a1 + margin and b0 - margin <= sb.mean() <= b1 + margin
            sa0, sa1 = np.percentile(sa, [2, 98])
            sb0, sb1 = np.percentile(sb, [2, 98])
            roof = (cover.points[:, 1] > s_high) & (ca >= sa0) & (ca <= sa1) & (cb >= sb0 - 0.05) & (cb <= sb1 + 0.05)
            lower = s_high <= o_high - 0.02 and s_low < o_low + 0.3 * (o_high - o_low)
            if lower and (inside or int(np.count_nonzero(roof)) >= 3):
                why = ""
                break
            why = (f"top {s_high:.2f} m vs top {o_high:.2f} m" if not lower else
                   "outside its footprint in 3D (at its foot, not beneath it)")
        if why:
            failures.append(f"{obj.name} #{obj.count_index} {why}")
    if failures:
        # "A couch under a bird": the bird resting on the couch's seat has the couch under it,
        # though the couch's backrest rises above the bird.
        held = check_on_top_of(frame, Relation(kind="on_top_of", subject=r.object, object=r.subject))
        if held is not None and not isinstance(held, Unmeasured) and held[0]:
            return True, "holds it up: it rests on it (3D from depth)"
    return not failures, "; ".join(failures) or "beneath it, inside its footprint (3D from depth)"


def check_seated_on(frame: Frame, r: Relation) -> tuple[bool, str] | Unmeasured:
    """Seated: the person's body stands over the seat's footprint (3D from depth) and reaches no
    higher than 85% of their standing height (``value``, metres), which a standing figure would."""
    if (why := _missing(frame, r.subject, r.object)):
        return why if isinstance(why, Unmeasured) else (False, why)
    me, seat = _points(frame, r.subject), _points(frame, r.object)
    if not len(me) or not len(seat):
        return Unmeasured("no depth for the person or the seat")
    try:
        standing = float(r.value or "")
    except ValueError:
        return Unmeasured("the person's standing height is not given (value)")
    a_axis, b_axis = _ground_axes(frame)
    centre = np.median(me, axis=0)
    ca, cb = seat @ a_axis, seat @ b_axis
    over = (np.percentile(ca, 2) - 0.35 <= centre @ a_axis <= np.percentile(ca, 98) + 0.35
            and np.percentile(cb, 2) - 0.35 <= centre @ b_axis <= np.percentile(cb, 98) + 0.35)
    top = float(np.percentile(me[:, 1], 98))
    # Sitting, the crown is about half the standing height above the seat (sitting height is
    # 0.52 of stature); so a child on a high sofa, feet off the floor, is seated though its head
    # is nearly as high as when it stands, and one standing on the seat is not.
    seat_obj = frame.objects[r.object]
    level = seat_obj.position[1] + surface(seat_obj.category).height * seat_obj.size[1] \
        if not seat_obj.stand_in else 0.0
    low = top <= max(0.85 * standing, level + SITTING_SHARE * standing)
    return over and low, (f"{'over' if over else 'away from'} the seat's footprint; top at {top:.2f} m "
                          f"of a {standing:.2f} m standing height, seat at {level:.2f} m (3D from depth)")


def check_near(frame: Frame, r: Relation) -> tuple[bool, str] | Unmeasured:
    if (why := _missing(frame, r.subject, r.object)):
        return why if isinstance(why, Unmeasured) else (False, why)
    a, b = _points(frame, r.subject), _points(frame, r.object)
    if not len(a) or not len(b):
        return False, "no depth"
    # The root of the least squared distance on the ground: the same number as the least root.
    dx, dz = a[:, None, 0] - b[None, :, 0], a[:, None, 2] - b[None, :, 2]
    distance = float(np.sqrt((dx * dx + dz * dz).min()))
    size = max(max(o.size[0], o.size[2]) for o in frame.group_of(r.subject) + frame.group_of(r.object))
    limit = max(0.5, 0.75 * size)
    return distance <= limit, f"closest points {distance:.2f} m apart (limit {limit:.2f} m)"


def check_in_front_of(frame: Frame, r: Relation, sign: float = 1.0) -> tuple[bool, str] | Unmeasured:
    # Both must show: the one in front wholly hiding the other is this relation's failure.
    if (why := _missing(frame, r.subject, r.object, party_may_hide=False)):
        return why if isinstance(why, Unmeasured) else (False, why)
    da = float(np.median(frame.group_pixels(r.subject)[2]))
    db = float(np.median(frame.group_pixels(r.object)[2]))
    holds = da < db if sign > 0 else da > db
    return holds, f"median depth subject {da:.2f} m, object {db:.2f} m"


def check_behind(frame: Frame, r: Relation) -> tuple[bool, str] | Unmeasured:
    return check_in_front_of(frame, r, sign=-1.0)


def check_hidden_by(frame: Frame, r: Relation) -> tuple[bool, str] | Unmeasured:
    group = frame.group_of(r.subject)
    fractions = frame.meta.get("visible_fraction", {})
    pixels = frame.meta.get("pixels", {})
    solo = frame.meta.get("solo_pixels", {})
    shown = sum(int(pixels.get(str(o.id), frame.seen(o.id).pixels)) for o in group)
    alone = sum(int(solo.get(str(o.id), 0)) for o in group)
    if alone:
        visible = shown / alone
    elif str(r.subject) in fractions:
        visible = float(fractions[str(r.subject)])
    else:  # without its silhouette drawn alone, how much is hidden cannot be told
        return Unmeasured("the renderer gave no solo silhouette to compare the visible pixels with")
    occluders: dict[str, int] = {}
    for o in group:
        for other, n in frame.meta.get("occluders", {}).get(str(o.id), {}).items():
            occluders[other] = occluders.get(other, 0) + n
    cover_ids = {str(o.id) for o in frame.group_of(r.object)}
    main = max((k for k in occluders if k != "0"), key=lambda k: occluders[k], default=None)
    by_object = main in cover_ids
    if shown < frame.min_pixels:
        return False, f"fully hidden ({shown} px visible)"
    farther = True
    if frame.visible(r.object):
        farther = float(np.median(frame.group_pixels(r.subject)[2])) > float(np.median(frame.group_pixels(r.object)[2]))
    low, high = HIDDEN_RANGE
    holds = low <= visible <= high and by_object and farther
    return holds, f"{visible:.0%} visible, main occluder {main}, farther {farther}"


def check_around(frame: Frame, r: Relation) -> tuple[bool, str] | Unmeasured:
    if (why := _missing(frame, r.subject, r.object)):
        return why if isinstance(why, Unmeasured) else (False, why)
    middle = _points(frame, r.object)
    if not len(middle):
        return Unmeasured("the thing in the middle has no depth")
    centre = np.median(middle[:, [0, 2]], axis=0)
    angles = []
    for obj in frame.group_of(r.subject):
        pts = frame.seen(obj.id).points
        if pts is None:
            return Unmeasured(f"{obj.name} #{obj.count_index} has no depth")
        x, z = np.median(pts[:, [0, 2]], axis=0) - centre
        angles.append(math.degrees(math.atan2(x, z)) % 360)
    angles.sort()
    gaps = [b - a for a, b in zip(angles, angles[1:])] + [angles[0] + 360 - angles[-1]]
    widest = max(gaps)
    return widest <= 180.0 + 1e-6 and len(angles) >= 2, f"widest angular gap {widest:.0f} deg over {len(angles)} around"


def _band(frame: Frame, r: Relation, low: float, high: float, what: str) -> tuple[bool, str] | Unmeasured:
    if (why := _missing(frame, r.subject)):
        return why if isinstance(why, Unmeasured) else (False, why)
    # Every instance ("two horses on the left side": both of them), as the picture shows them.
    xs = [frame.seen(o.id).cx / frame.width for o in frame.group_of(r.subject) if frame.visible(o.id)]
    return all(low <= x <= high for x in xs), f"centroids at {_fmt([100 * x for x in xs])}% of the width ({what})"


def check_center(frame: Frame, r: Relation) -> tuple[bool, str] | Unmeasured:
    return _band(frame, r, 0.35, 0.65, "middle band 0.35-0.65")


def check_left_side(frame: Frame, r: Relation) -> tuple[bool, str] | Unmeasured:
    return _band(frame, r, 0.0, 0.4, "left part < 0.40")


def check_right_side(frame: Frame, r: Relation) -> tuple[bool, str] | Unmeasured:
    return _band(frame, r, 0.6, 1.0, "right part > 0.60")


def measured_front(frame: Frame, obj: LayoutObject) -> np.ndarray | Unmeasured:
    """The object's front direction on the ground (unit world (x, 0, z)) as the render shows it:
    from its back part's pixels to its front part's (the renderer marks both), lifted to 3D with
    their depth; with one part hidden, from the body's pixels to the other."""
    marks = frame.meta.get("front")
    if marks is None:
        return Unmeasured("the renderer marked no front part (a render from before front marks)")
    me = frame.seen(obj.id)
    parts = marks.get(str(obj.id), {})

    def lift(x: float, y: float, depth: float) -> np.ndarray:
        return cam.unproject(frame.camera, frame.width, frame.height, np.array([x]), np.array([y]),
                             np.array([depth]))[0]

    ends = {name: lift(float(p["x"]), float(p["y"]), float(p["depth"]))
            for name, p in parts.items() if p.get("pixels", 0) >= 3}
    if not ends or me.points is None:
        fraction = float(frame.meta.get("visible_fraction", {}).get(str(obj.id), 0.0))
        return Unmeasured(f"neither its front nor its back part shows ({fraction:.0%} of it visible)")
    body = lift(me.cx, me.cy, me.median_depth)
    front, back = ends.get("front", body), ends.get("back", body)
    vector = np.array([front[0] - back[0], 0.0, front[2] - back[2]])
    length = float(np.linalg.norm(vector))
    if not np.isfinite(length) or length < 0.005 + 0.02 * max(obj.size[0], obj.size[2]):
        return Unmeasured(f"front and back line up in the render ({length * 100:.1f} cm apart)")
    return vector / length


def _view_components(frame: Frame, vector: np.ndarray) -> tuple[float, float]:
    """(component to image-right, component towards the camera) of a ground direction."""
    _, right, _, forward = cam.basis(frame.camera)
    toward = -np.array([forward[0], 0.0, forward[2]])
    toward = toward / np.linalg.norm(toward) if np.linalg.norm(toward) > 1e-6 else np.array([0.0, 0.0, 1.0])
    side = np.array([right[0], 0.0, right[2]])
    side /= max(np.linalg.norm(side), 1e-9)
    return float(vector @ side), float(vector @ toward)


WANTED = {"left": (-1.0, 0.0), "right": (1.0, 0.0), "camera": (0.0, 1.0), "away": (0.0, -1.0)}


def check_facing(frame: Frame, r: Relation) -> tuple[bool, str] | Unmeasured:
    if (why := _missing(frame, r.subject)):
        return why if isinstance(why, Unmeasured) else (False, why)
    want = r.value or "camera"
    if want not in WANTED:
        return Unmeasured(f"no rule for facing '{want}'")
    results, seen = [], []
    for obj in frame.group_of(r.subject):
        front = measured_front(frame, obj)
        if isinstance(front, Unmeasured):
            return Unmeasured(f"{obj.name} #{obj.count_index}: {front}")
        side, toward = _view_components(frame, front)
        results.append(side * WANTED[want][0] + toward * WANTED[want][1] >= FACING_COS)
        seen.append(f"{side:+.2f} right/{toward:+.2f} toward")
    return all(results), f"front part measured at {', '.join(seen)} (want {want})"


def check_facing_toward(frame: Frame, r: Relation) -> tuple[bool, str] | Unmeasured:
    if (why := _missing(frame, r.subject, r.object)):
        return why if isinstance(why, Unmeasured) else (False, why)
    other = _points(frame, r.object)
    if not len(other):
        return Unmeasured("the other thing has no depth")
    target = np.median(other[:, [0, 2]], axis=0)
    cosines = []
    for obj in frame.group_of(r.subject):
        front = measured_front(frame, obj)
        if isinstance(front, Unmeasured):
            return Unmeasured(f"{obj.name} #{obj.count_index}: {front}")
        pts = frame.seen(obj.id).points
        mine = np.median(pts[:, [0, 2]], axis=0)
        direction = target - mine
        cosines.append(float(front[[0, 2]] @ direction / max(np.linalg.norm(direction), 1e-9)))
    return min(cosines) >= FACING_TOWARD_COS, f"measured front towards the other: cos {_fmt2(cosines)}"


def _fmt2(values: list[float]) -> str:
    return "/".join(f"{v:.2f}" for v in values)


def check_count(frame: Frame, r: Relation) -> tuple[bool, str] | Unmeasured:
    group = frame.group_of(r.subject)
    visible = sum(1 for o in group if frame.visible(o.id))
    wanted = int(r.value) if r.value and r.value.isdigit() else len(group)
    name = group[0].name if group else ""
    return visible == wanted, f"{visible} of {wanted} {name} visible (>= {frame.min_pixels} px)"


def check_view(frame: Frame, r: Relation) -> tuple[bool, str] | Unmeasured:
    eye, target = np.asarray(frame.camera.position), np.asarray(frame.camera.target)
    back = eye - target
    azimuth = math.degrees(math.atan2(back[0], back[2]))
    elevation = math.degrees(math.atan2(back[1], math.hypot(back[0], back[2])))
    want = r.value or "front"
    rules = {
        "top": elevation >= 60,
        "front": abs(azimuth) <= 30 and elevation < 60,
        "left": abs(azimuth + 90) <= 30 and elevation < 60,
        "right": abs(azimuth - 90) <= 30 and elevation < 60,
        "back": abs(abs(azimuth) - 180) <= 30 and elevation < 60,
    }
    pose = f"camera azimuth {azimuth:.0f} deg, elevation {elevation:.0f} deg"
    if want not in rules:
        return Unmeasured(f"no rule for the view '{want}' ({pose})")
    return rules[want], f"{pose}, the camera the frame was rendered from (want {want})"


def _unknown(frame: Frame, r: Relation) -> Unmeasured:
    return Unmeasured(f"no rendered test for '{r.kind}'")


def _fmt(values: list[float]) -> str:
    return "/".join(f"{v:.0f}" for v in values)


CHECKS = {
    "left_of": check_left_of, "right_of": check_right_of, "between": check_between, "on_top_of": check_on_top_of,
    "under": check_under, "near": check_near, "in_front_of": check_in_front_of, "behind": check_behind,
    "hidden_by": check_hidden_by, "around": check_around, "center": check_center, "left_side": check_left_side,
    "right_side": check_right_side, "facing": check_facing, "facing_toward": check_facing_toward,
    "count": check_count, "view": check_view, "seated_on": check_seated_on,
}


def fixes_for(relations: list[Relation]) -> list[Fix]:
    """Typed fixes for each failed relation: layout changes aimed at the relation (its index in
    ``target``: swap sides, more spacing, or, for "hidden by", the visible share measured, so the
    next attempt corrects its cover by the error rather than a fixed step) and camera changes."""
    fixes: list[Fix] = []
    # A thing meant to be hidden that vanished is the "hidden by" fix's business, not the camera's.
    hidden = {r.subject for r in relations if r.kind == "hidden_by"}

    def add(kind: str, target: str, value: str, reason: str) -> None:
        fixes.append(Fix(kind=kind, target=target, value=value, reason=reason))

    for index, r in enumerate(relations):
        if r.holds is not False or r.detail.startswith(("contradictory", "impossible")):
            continue
        if r.kind == "count" and r.subject in hidden:
            continue
        reason, target = f"{r.kind}: {r.detail}", str(index)
        if r.kind == "hidden_by":
            visible = _leading_percent(r.detail)
            if "fully hidden" in r.detail:
                visible = 0.0
            if visible is not None and not HIDDEN_RANGE[0] <= visible <= HIDDEN_RANGE[1]:
                add("layout_change", target, f"visible:{visible:.2f}", reason)
            else:
                add("layout_change", target, "swap_side", reason)
        elif r.kind in ("in_front_of", "behind", "near"):
            add("layout_change", target, "swap_side", reason)
            add("layout_change", target, "more_spacing", reason)
        elif r.kind in ("count", "around", "on_top_of", "under") or "not visible" in r.detail:
            add("camera_change", "camera", "raise", reason)
            add("layout_change", target, "more_spacing", reason)
        else:
            add("layout_change", target, "more_spacing", reason)
    return fixes


def _leading_percent(text: str) -> float | None:
    head = text.split("%")[0].strip()
    return int(head) / 100.0 if head.isdigit() else None
