"""Where the things of one group stand relative to each other, and one prop beside another.

Pure geometry on the camera's ground plane (``u`` image-right, ``w`` away from the camera):
rows for counts, layers for a crowded table top, rings for "around". ``place_relative`` is the
film Layout agent's one-prop placement, seen from the default front camera.
"""

from __future__ import annotations

import math

from studio.models import LayoutObject

# Things with room beneath them: fraction of their height that is clear, and whether what goes
# under must fit inside their footprint (a table's legs) or not (a tree's canopy).
CLEARANCE = {"table": (0.85, True), "desk": (0.85, True), "chair": (0.5, True), "stool": (0.6, True),
             "bench": (0.5, True), "bed": (0.3, True), "bridge": (0.67, True), "tree": (0.45, False),
             "palm_tree": (0.55, False), "umbrella": (0.75, False), "armchair": (0.3, True), "piano": (0.45, True),
             "cart": (0.5, True), "streetlight": (0.9, False), "lamp": (0.6, False),
             # A picnic table's is up to its front bench's seat: what is under it stands toward the camera.
             "picnic_table": (0.52, True), "trestle_table": (0.85, True), "grand_piano": (0.62, True),
             "hammock": (0.4, True), "climbing_frame": (0.64, True)}


def group_gap(hu: float, hw: float, height: float, spacing: float) -> float:
    """Clear space between two things of one group: a quarter of their smallest dimension."""
    return spacing * max(0.25 * min(2 * hu, 2 * hw, height) + 0.03, 0.04)


def grid_offsets(n: int, hu: float, hw: float, height: float, rows: int | None, spacing: float,
                 low: bool = False) -> list[tuple[float, float, float]]:
    """(du, dw, dy) per instance: staggered rows, front row first, left to right, so every one
    shows from a raised camera. ``rows``: as the prompt says ("in two rows"), else about square.
    ``low``: the camera looks from about the things' own height (a worm's-eye view, eye level),
    where a row asked for hides the one behind it whatever the aisle: each row stands a share of a step
    aside from the one in front (a half for two rows, a third for three), with room between
    neighbours for the rows behind to show through, so each one shows in a gap."""
    if n == 0:
        return []
    gap = group_gap(hu, hw, height, spacing)
    asked = rows is not None and rows > 1
    rows = rows or (1 if n <= 5 else max(2, round(math.sqrt(n / 1.8))))
    rows = max(1, min(rows, n))
    cols = math.ceil(n / rows)
    step_u = 2 * hu + gap
    # Rows far enough apart that, from the raised camera, the row behind shows above this one;
    # rows asked for ("in three rows of four", "in a 3 by 4 grid") stand in straight columns with
    # a wider aisle between rows than between neighbours, so each row reads as one.
    step_w = max(2 * hw + (max(2 * gap, 0.5 * min(2 * hu, 2 * hw)) if asked else gap), 0.9 * height) * spacing
    low = low and asked  # (rows not asked for are staggered anyway, half a step)
    if low and rows > 1:
        step_u = rows * (2 * hu + gap)
    offsets = []
    for k in range(n):
        r, c = divmod(k, cols)
        in_row = min(cols, n - r * cols)
        stagger = step_u / 2 if rows > 1 and r % 2 == 1 and not asked else 0.0
        if low and rows > 1:
            stagger = step_u * r / rows
        offsets.append(((c - (in_row - 1) / 2) * step_u + stagger, ((rows - 1) / 2 - r) * -step_w, 0.0))
    return offsets


def stack_offsets(heights: list[float]) -> list[tuple[float, float, float]]:
    """(du, dw, dy) per instance of a pile ("five boxes piled on top of each other"), from the
    heights they are drawn at, lowest first: each rests on the top of the one below, centred."""
    offsets, level = [], 0.0
    for height in heights:
        offsets.append((0.0, 0.0, round(level, 6)))
        level += height
    return offsets


TIGHT_GAP = 0.01  # metres between things packed as close as they go (on a crowded top)
ONE_LINE_SHARE = 0.85  # ... in one line along it when that leaves them at least this share of the size lines allow


def layer_offsets(n: int, hu: float, hw: float, height: float, fit: tuple[float, float], spacing: float
                  ) -> list[tuple[float, float, float]]:
    """Like ``grid_offsets`` but within ``fit`` (width, depth of a table top): rows wrap to its
    width, and what one layer cannot hold goes on a layer above (twenty books on a table pile up)."""
    width, depth = fit
    # One line along the top when it holds them all, gaps tightened (a line behind hides the
    # top that carries it); else lines one behind another; then a second layer.
    for g in (group_gap(hu, hw, height, spacing), TIGHT_GAP):
        cols, rows = max(1, int((width + g) // (2 * hu + g))), 1
        if cols >= n:
            break
    else:
        for g in (group_gap(hu, hw, height, spacing), TIGHT_GAP):
            cols = max(1, int((width + g) // (2 * hu + g)))
            rows = max(1, int((depth + g) // (2 * hw + g)))
            if cols * rows >= n:
                break
    per_layer = cols * rows
    offsets = []
    for k in range(n):
        layer, rest = divmod(k, per_layer)
        in_layer = min(per_layer, n - layer * per_layer)
        used_cols = min(cols, in_layer)
        used_rows = math.ceil(in_layer / used_cols)
        r, c = divmod(rest, used_cols)
        in_row = min(used_cols, in_layer - r * used_cols)
        offsets.append(((c - (in_row - 1) / 2) * (2 * hu + g), ((used_rows - 1) / 2 - r) * -(2 * hw + g),
                        layer * height))
    return offsets


def one_layer_scale(n: int, hu: float, hw: float, fit: tuple[float, float], minimum: float) -> float:
    """The largest scale (1 at most, ``minimum`` at least) at which ``n`` things of half extents
    (hu, hw) stand in one layer within ``fit`` (width, depth), with the tight gap of
    ``layer_offsets``."""
    width, depth = fit
    g = TIGHT_GAP
    scale = 1.0
    while scale > minimum:
        cols = max(1, int((width + g) // (2 * hu * scale + g)))
        rows = max(1, int((depth + g) // (2 * hw * scale + g)))
        if cols * rows >= n:
            break
        scale = round(scale - 0.02, 4)
    scale = max(scale, minimum)
    # In one line along the top, if that costs little more of their size: a line behind another
    # is hidden by it, and so is the top it stands on.
    line = min(1.0, (width + g) / max(n * 2 * hu, 1e-9) - g / max(2 * hu, 1e-9))
    line = math.floor(line * 50) / 50
    return line if scale > line >= max(ONE_LINE_SHARE * scale, minimum) else scale


def _ring_phase(n: int, centred: bool, peer: bool = False) -> tuple[float, float]:
    """The turn of a ring of ``n`` (radians) that sets its things furthest apart across the
    picture, counting only pairs one of which stands well in front of the other, and that
    smallest distance apart on a circle of radius 1: seen from low down, two things of a ring
    one straight behind the other show as one. ``centred``: round something, which shows
    between the two nearest the camera (neither stands within a quarter step of straight in
    front of it). ``peer``: something about as tall as they are, which would hide one straight
    behind it as well: nor does any stand within a quarter step of straight behind it."""
    best = (-1.0, 0.0)
    step = 2 * math.pi / n
    for k in range(RING_TURNS):
        if centred and not RING_TURNS / 4 <= k <= 3 * RING_TURNS / 4:
            continue
        phase = step * k / RING_TURNS
        angles = [phase + step * i for i in range(n)]
        if peer and min(abs(a - math.pi) for a in angles) < step / 4 - 1e-9:
            continue
        apart = min((abs(math.sin(a) - math.sin(b)) for i, a in enumerate(angles) for b in angles[i + 1:]
                     if abs(math.cos(a) - math.cos(b)) > 0.2), default=2.0)
        if apart > best[0] + 1e-6:
            best = (apart, phase)
    return best[1], best[0]


RING_TURNS = 12  # turns of a ring tried when it is seen from low down
LOW_RING_SHOWS = 0.9  # ... each one stands at least this share of its reach aside from any in front of it
MAX_LOW_RING = 3.0  # ... on a circle at most this many times as wide as it would be


def ring_offsets(n: int, reach: float, inner: float, spacing: float, gap_in_front: bool = False,
                 screen: float = 0.0, low: bool = False, peer: bool = False) -> list[tuple[float, float]]:
    """(du, dw) of ``n`` things on a circle around a centre of radius ``inner`` (0: nothing inside).
    Half a step off the far side, so nobody stands straight behind the centre (a tree would hide
    them); ``gap_in_front``: off the near side instead, so nobody stands straight in front of it (a
    short milestone among tall sentries shows through the gap). ``screen``: the half width of a
    centre taller than the ring; the two nearest its far side stand clear of it to either side
    (their middles a reach past its edge), else from a camera in front that centre hides them.
    ``peer``: the centre is about as tall as they are; seen from low down, nobody stands straight
    behind it either (``_ring_phase``)."""
    radius = max(inner + reach + 0.15 * spacing, n * (2 * reach + 0.1) / (2 * math.pi))
    if screen > 0 and n >= 3 and not gap_in_front:
        radius = max(radius, (screen + reach) * spacing / math.sin(math.pi / n))
    start = (0.0 if gap_in_front else math.pi) + math.pi / n
    if low and not screen and n >= 3:
        # ``low``: the camera looks from about their own height, where nothing of a ring shows
        # over the one in front of it: turned so that each is seen beside the others, and
        # wide enough that each shows (a ring of six has two pairs straight behind each other).
        phase, apart = _ring_phase(n, inner > 0, peer and gap_in_front)
        start = (0.0 if gap_in_front else math.pi) + phase
        radius = min(max(radius, LOW_RING_SHOWS * reach * spacing / max(apart, 1e-6)), MAX_LOW_RING * radius)
    offsets = []
    for k in range(n):
        angle = start + 2 * math.pi * k / n
        offsets.append((radius * math.sin(angle), -radius * math.cos(angle)))
    return offsets


def place_relative(obj: LayoutObject, relation: str, anchor: LayoutObject, gap: float = 0.1) -> None:
    """Put ``obj`` in ``relation`` to an already placed ``anchor``, seen from the default front
    camera: the film's Layout agent blocks props this way around its actors.

    "on_top_of" stacks on the anchor's top (several things on one table are the caller's to
    spread); "under" goes beneath when it fits under the anchor, else at its foot in front.
    """
    ax, ay, az = anchor.position
    aw, ah, ad = anchor.size
    w, h, d = obj.size
    if relation == "on_top_of":
        position = (ax, ay + ah, az)
    elif relation == "under":
        clear = CLEARANCE.get(anchor.category)
        fits = clear is not None and h <= ah * clear[0] and (not clear[1] or (w <= aw and d <= ad))
        position = (ax, ay, az) if fits else (ax, ay, az + ad / 2 + d / 2 + gap)
    elif relation in ("behind", "hidden_by"):
        position = (ax, 0.0, az - ad / 2 - d / 2 - 0.3)
    elif relation == "in_front_of":
        position = (ax, 0.0, az + ad / 2 + d / 2 + 0.3)
    elif relation == "left_of":
        position = (ax - aw / 2 - w / 2 - gap, ay, az)
    elif relation == "right_of":
        position = (ax + aw / 2 + w / 2 + gap, ay, az)
    else:  # near, between, around, ...: beside it, a little back
        position = (ax + aw / 2 + w / 2 + gap, ay, az - 0.2)
    obj.position = tuple(round(v, 3) for v in position)
