"""One stage (the floor, or a table top): blocks and relations -> positions on the view plane.

Coordinates are the camera's ground-plane axes: ``u`` to image-right, ``w`` away from the
camera. Each relation becomes difference constraints on ``u`` and/or ``w`` (``constraints``):

- left_of / right_of / between: ordered on ``u`` with a gap, same depth if possible;
- in_front_of / behind / hidden_by: ordered on ``w`` with a gap large enough for the critic's
  median-depth test, and a lateral offset so the one behind still shows (or, for hidden_by,
  shows only partly: the solver refines that offset against a projection);
- near: side by side, at most a small gap apart;
- center / left_side / right_side: the block goes in the middle, or before/after every other one.

Hard constraints go in first, in the prompt's order; one that contradicts those before it is
refused and reported. Then soft wishes (same depth, tight "near", offsets), then a default
left-to-right order (prompt order) for every pair nothing separates yet, so nothing overlaps.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np

from crews.spatial.constraints import DiffSystem

BACK_ROW_GROUPS = 4  # this many unrelated groups on the floor stand in two rows


@dataclass
class StageBlock:
    hu: float  # half extent along u (image-right)
    hw: float  # half extent along w (depth)
    height: float  # top of the block above the stage
    order: int  # prompt order, for the default left-to-right reading
    centre: float | None = None  # height of the block's pixel-weighted centre (None: half its height)
    front: bool = False  # kept in the front row (a pile: it reads as resting only with nothing before it)

    @property
    def centre_height(self) -> float:
        return self.height / 2 if self.centre is None else self.centre


@dataclass
class StageRelation:
    kind: str
    a: int
    b: int | None = None
    c: int | None = None  # between: a between b and c
    offset: float | None = None  # in_front_of/behind/hidden_by: lateral offset wanted (None: the default)
    key: int = 0  # caller's index of the relation, for reports
    close: bool = False  # in_front_of/behind: just clear of it (along a wall), not the median-depth separation
    # in_front_of/behind said of one thing's place in the whole scene ("in the background"), paired
    # with each other thing: only the depth order; no step aside from each and no cap on the depth,
    # which, one pair after another, would pin all the others together.
    scene: bool = False


@dataclass
class StageResult:
    u: np.ndarray
    w: np.ndarray
    refused: list[int] = field(default_factory=list)  # keys of hard relations that contradict earlier ones


def gap(a: StageBlock, b: StageBlock, spacing: float) -> float:
    """Clear space between two blocks: proportional to the smaller one, so cups are not a metre
    apart and houses are not 10 cm apart."""
    small = min(max(a.hu, a.hw), max(b.hu, b.hw)) * 2
    return spacing * min(max(0.3 * small + 0.04, 0.06), 1.5)


def depth_separation(front: StageBlock, back: StageBlock, spacing: float, elevation_deg: float) -> float:
    """Centre-to-centre depth so ``back`` is farther by footprint and by the median depth of its
    pixels: from a raised camera a tall thing's pixels are nearer than its base."""
    el = math.radians(elevation_deg)
    footprint = front.hw + back.hw + gap(front, back, spacing)
    margin = 0.08 + 0.1 * max(front.height, back.height)
    rise = (back.centre_height - front.centre_height) * math.sin(el)
    # What the camera sees of a box is mostly its near face: a deep bus "is" at its front bumper.
    faces = back.hw - front.hw
    return max(footprint, ((margin + rise) / max(math.cos(el), 0.15) + faces) * spacing)


def lateral_offset(front: StageBlock, back: StageBlock) -> float:
    """How far aside the front block stands so the back one stays mostly visible: they overlap by
    at most 35% of the narrower width."""
    narrow = 2 * min(front.hu, back.hu)
    return max(front.hu + back.hu - 0.35 * narrow, 0.0)


def solve_stage(blocks: list[StageBlock], relations: list[StageRelation], spacing: float = 1.0,
                elevation_deg: float = 20.0, flip: set[int] | None = None, rows: bool = False) -> StageResult:
    n = len(blocks)
    # W holds each block's FRONT face (its centre minus hw), so blocks nothing else places stand
    # on one front line: a bird beside a 7 m truck stands by its bumper, not by its middle, where
    # the truck's front would hide it. Centre-to-centre constraints are converted by ``centres``.
    U, W = DiffSystem(n), DiffSystem(n)
    refused: list[int] = []
    flip = flip or set()

    def centres(edges: list[tuple[int, int, float]]) -> list[tuple[int, int, float]]:
        return [(i, j, c - blocks[j].hw + blocks[i].hw) for i, j, c in edges]

    def sep_u(a: int, b: int) -> float:  # b right of a, clear
        return blocks[a].hu + blocks[b].hu + gap(blocks[a], blocks[b], spacing)

    def same_depth(a: int, b: int) -> None:  # front faces in line
        W.add([(a, b, 0.0), (b, a, 0.0)])

    sides = {(r.a, r.kind) for r in relations if r.kind in ("left_side", "right_side")}
    beside: set[tuple[int, float]] = set()  # (block, side): a "near" partner stands on that side of it
    # ---- hard relations, in prompt order
    for r in relations:
        ok = True
        if r.kind in ("left_of", "right_of"):
            a, b = (r.a, r.b) if r.kind == "left_of" else (r.b, r.a)
            ok = U.add([(a, b, sep_u(a, b))])
        elif r.kind == "between":
            # "Between" says no order; one of the two said to be on a side of the picture does
            # ("a lamp on the right, a stool on the left and a vase between the two").
            b, c = (r.c, r.b) if (r.b, "right_side") in sides or (r.c, "left_side") in sides else (r.b, r.c)
            ok = U.add([(b, r.a, sep_u(b, r.a)), (r.a, c, sep_u(r.a, c))]) or \
                U.add([(c, r.a, sep_u(c, r.a)), (r.a, b, sep_u(r.a, b))])
        elif r.kind in ("in_front_of", "behind", "hidden_by"):
            front, back = (r.a, r.b) if r.kind == "in_front_of" else (r.b, r.a)
            sep = depth_separation(blocks[front], blocks[back], spacing, elevation_deg) if not r.close else \
                blocks[front].hw + blocks[back].hw + (0.1 + 0.2 * min(blocks[front].hw, blocks[back].hw)) * spacing
            ok = W.add(centres([(front, back, sep)]))
        elif r.kind == "near":
            # One thing near two others has one of them on each side: both on the same side,
            # each within a gap of it, would stand in each other (a stool near a ring of
            # singers and near rows of chairs).
            right = r.key not in flip
            if (r.a, 1.0 if right else -1.0) in beside or (r.b, -1.0 if right else 1.0) in beside:
                right = not right
            ok = U.add([(r.a, r.b, sep_u(r.a, r.b))]) if right else U.add([(r.b, r.a, sep_u(r.b, r.a))])
            if not ok and U.add([(r.b, r.a, sep_u(r.b, r.a))] if right else [(r.a, r.b, sep_u(r.a, r.b))]):
                ok, right = True, not right
            if ok:
                beside |= {(r.a, 1.0 if right else -1.0), (r.b, -1.0 if right else 1.0)}
            deep = blocks[r.a].hw + blocks[r.b].hw
            ok = ok or W.add(centres([(r.a, r.b, deep)])) or W.add(centres([(r.b, r.a, deep)]))
        if not ok:
            refused.append(r.key)

    # ---- the picture's sides, before the soft wishes: a thing said to be behind two others
    # stands a set step aside from each, which would pin those two's distance apart and leave no
    # room to put one on the left side and the other on the right.
    # What stands in front of or behind a thing on a side is apart from it in depth, not across.
    right_side = {r.a for r in relations if r.kind == "right_side" and r.key not in refused}
    deep = {frozenset((r.a, r.b)) for r in relations
            if r.kind in ("in_front_of", "behind", "hidden_by") and r.key not in refused and not r.scene}
    for r in relations:
        if r.key in refused:
            continue
        others = [i for i in range(n) if i != r.a and frozenset((r.a, i)) not in deep]
        if r.kind == "left_side":
            for z in others:
                # One thing on the left side and another on the right side: apart by their
                # widths again, so both can sit in the outer parts of one frame.
                far = 3 * (blocks[r.a].hu + blocks[z].hu) if z in right_side else 0.0
                U.add([(r.a, z, max(sep_u(r.a, z), far))]) or U.add([(r.a, z, sep_u(r.a, z))])
        elif r.kind == "right_side":
            for z in others:
                U.add([(z, r.a, sep_u(z, r.a))])

    # ---- soft wishes
    for r in relations:
        if r.key in refused:
            continue
        if r.kind in ("left_of", "right_of", "near"):
            same_depth(r.a, r.b)
        elif r.kind == "between":
            same_depth(r.a, r.b)
            same_depth(r.a, r.c)
        if r.kind == "near":
            # Side by side and close: cap the distance at the gap (either side the hard part chose).
            limit = sep_u(r.a, r.b) * 1.05
            U.add([(r.b, r.a, -limit)]) if U.gap(r.a, r.b) > 0 else U.add([(r.a, r.b, -limit)])
        elif r.kind in ("in_front_of", "behind", "hidden_by") and not r.scene:
            front, back = (r.a, r.b) if r.kind == "in_front_of" else (r.b, r.a)
            mover = r.a  # the subject stands aside; its object keeps its place in any row
            other = r.b
            offset = r.offset if r.offset is not None else lateral_offset(blocks[front], blocks[back])
            sign = -1.0 if r.key in flip else 1.0
            for s in (sign, -sign):
                if U.add([(other, mover, s * offset), (mover, other, -s * offset)]):
                    break
            # Not much deeper than needed: "behind" is just behind, not across the room.
            sep = depth_separation(blocks[front], blocks[back], spacing, elevation_deg) if not r.close else \
                blocks[front].hw + blocks[back].hw + (0.1 + 0.2 * min(blocks[front].hw, blocks[back].hw)) * spacing
            W.add(centres([(back, front, -sep * 1.05)]))

    # The sides are set above: a thing asked for on the right side stays there when the centre's
    # neighbours are spread alternately left and right of it.
    for r in relations:
        if r.key in refused:
            continue
        others = [i for i in range(n) if i != r.a]
        if r.kind == "center":
            free = sorted((z for z in others if not _separated(U, W, blocks, r.a, z)), key=lambda z: blocks[z].order)
            for k, z in enumerate(free):
                left = k % 2 == 0
                (U.add([(z, r.a, sep_u(z, r.a))]) if left else U.add([(r.a, z, sep_u(r.a, z))])) or \
                    (U.add([(r.a, z, sep_u(r.a, z))]) if left else U.add([(z, r.a, sep_u(z, r.a))]))

    # ---- nothing may overlap: order every pair nothing separates yet, left to right as written;
    # many unrelated groups stand in two rows (``_back_row``)
    back = _back_row(blocks, relations) if rows else set()
    pairs = sorted(((a, b) for a in range(n) for b in range(a + 1, n)),
                   key=lambda p: (max(blocks[p[0]].order, blocks[p[1]].order),
                                  min(blocks[p[0]].order, blocks[p[1]].order)))
    for a, b in pairs:
        if _separated(U, W, blocks, a, b):
            continue
        first, second = (a, b) if blocks[a].order <= blocks[b].order else (b, a)
        if (a in back) != (b in back):
            # In different rows: apart in depth, and only in order across (half a clearance).
            near, far = (b, a) if a in back else (a, b)
            depth = blocks[a].hw + blocks[b].hw + gap(blocks[a], blocks[b], spacing)
            if W.add(centres([(near, far, depth)])):
                U.add([(first, second, 0.5 * sep_u(first, second))]) or \
                    U.add([(second, first, 0.5 * sep_u(second, first))])
                continue
        if not (U.add([(first, second, sep_u(first, second))]) or U.add([(second, first, sep_u(second, first))])):
            depth = blocks[a].hw + blocks[b].hw + gap(blocks[a], blocks[b], spacing)
            W.add(centres([(first, second, depth)])) or W.add(centres([(second, first, depth)]))

    fronts = W.solve()
    return StageResult(u=U.solve(), w=fronts + np.array([b.hw for b in blocks]), refused=refused)


def _back_row(blocks: list[StageBlock], relations: list[StageRelation]) -> set[int]:
    """Unrelated groups in one left-to-right line make a picture far wider than it is tall: the
    camera steps back until each is a few pixels. From BACK_ROW_GROUPS of them on (nothing said
    of the picture's sides or centre, which read along one line), every second one as written
    stands in a row behind the others, between them: the picture is about half as wide, each
    twice as large, and they still read left to right in the order written."""
    if any(r.kind in ("left_side", "right_side", "center") for r in relations):
        return set()
    n = len(blocks)
    root = list(range(n))

    def find(i: int) -> int:
        while root[i] != i:
            root[i] = root[root[i]]
            i = root[i]
        return i

    for r in relations:
        for other in (r.b, r.c):
            if other is not None:
                root[find(r.a)] = find(other)
    groups: dict[int, list[int]] = {}
    for i in range(n):
        groups.setdefault(find(i), []).append(i)
    if len(groups) < BACK_ROW_GROUPS:
        return set()
    written = sorted(groups.values(), key=lambda members: min(blocks[i].order for i in members))
    return {i for k, members in enumerate(written) if k % 2 and not any(blocks[j].front for j in members)
            for i in members}


def _separated(U: DiffSystem, W: DiffSystem, blocks: list[StageBlock], a: int, b: int) -> bool:
    """Already apart on u (centres) or on w (W holds front faces: b's front at least a's depth behind)."""
    need_u = blocks[a].hu + blocks[b].hu
    return max(U.gap(a, b), U.gap(b, a)) >= need_u - 1e-6 or \
        W.gap(a, b) >= 2 * blocks[a].hw - 1e-6 or W.gap(b, a) >= 2 * blocks[b].hw - 1e-6
