"""Occlusion on purpose ("hidden by") and by accident (the one behind in "in front of").

Both work the same way: move the subject's things on the ground plane, re-fit the camera, and
measure with ``silhouette`` how much of one outline the other covers. The critic measures the
render afterwards and its share corrects the target on the next attempt.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import numpy as np

from crews.spatial import camera as cam
from crews.spatial.silhouette import Outline, covered_share, outline
from studio.models import Camera

if TYPE_CHECKING:
    from crews.spatial.solve import Thing

# Share of the hidden thing's rough silhouette the occluder should cover: the middle of the
# 15-85% the critic accepts (its measured share corrects this on the next attempt).
HIDDEN_COVER = 0.5
SEEN_AT_LEAST = 0.2  # "hidden by": at least this share of the hidden thing stays in sight, whatever else is in front
CLOSE_BEHIND = 0.1  # "hidden by": at its closest, the hidden thing stands this share of the larger depth behind
VISIBLE_ENOUGH = 0.4  # "behind" may be covered this much by what is in front, no more
MAX_DEPTH = 55.0  # metres from the eye: the 16-bit millimetre depth image ends at 65.5, so nothing hides past it

Frame = Callable[[], Camera]
Position = Callable[["Thing"], tuple[float, float, float]]


def outlines(camera: Camera, aspect: float, things: list[Thing], position: Position) -> list[Outline]:
    width, height = 400, max(1, int(400 / aspect))
    return [outline(camera, width, height, t.entity.category, position(t), t.size, t.yaw, t.lying) for t in things]


def merged(parts: list[Outline]) -> Outline:
    fields = ("rects", "centres", "inverse", "radius2", "hulls")
    return Outline(*(np.concatenate([getattr(p, f) for p in parts]) for f in fields))


def cover(camera: Camera, aspect: float, subject: list[Thing], occluder: list[Thing], position: Position) -> float:
    """Share of the subject group's outline that the occluder group's outline covers."""
    return covered_share(merged(outlines(camera, aspect, subject, position)),
                         merged(outlines(camera, aspect, occluder, position)))


def _rects(camera: Camera, aspect: float, things: list[Thing], position: Position) -> np.ndarray:
    """(n, 4) pixel rectangles (x0, y0, x1, y1) of the things' boxes: a cheap first test of
    which outlines can overlap (nan where a corner is behind the camera)."""
    if not things:
        return np.zeros((0, 4))
    corners = cam.boxes_corners([position(t) for t in things], [t.size for t in things], [t.yaw for t in things])
    pixels, _ = cam.project(camera, 400, max(1, int(400 / aspect)), corners)
    pixels = pixels.reshape(len(things), 8, 2)
    return np.concatenate([pixels.min(axis=1), pixels.max(axis=1)], axis=1)


def worst_cover(camera: Camera, aspect: float, subject: list[Thing], hiders: list[Thing], position: Position,
                group: list[Thing] | None = None) -> float:
    """The largest share of any one of the subject's things that the hiders' outlines and its
    own group's nearer things cover: a group half hidden may not hide one of its members whole
    (nor may its front row the row behind). ``group``: the things that cover each other, one
    per subject thing, when the subject is a part of each (the foot of each in a row)."""
    group = group or subject
    everyone = subject + hiders + group
    base = len(subject) + len(hiders)
    rects = _rects(camera, aspect, everyone, position)
    shapes: dict[int, Outline] = {}

    def shape(i: int) -> Outline:
        if i not in shapes:
            shapes[i] = outlines(camera, aspect, [everyone[i]], position)[0]
        return shapes[i]

    worst = 0.0
    for k, t in enumerate(subject):
        r = rects[k]
        ahead = list(range(len(subject), base)) + [base + i for i, m in enumerate(group) if m.w < t.w - 1e-6]
        # Only what can overlap it on screen (a box's rectangle holds its outline; nan: test it).
        near = [i for i in ahead if not (rects[i, 2] < r[0] or rects[i, 0] > r[2] or rects[i, 3] < r[1]
                                         or rects[i, 1] > r[3])]
        if near:
            worst = max(worst, covered_share(shape(k), merged([shape(i) for i in near])))
    return worst


def unhide(back: list[Thing], front: list[Thing], movers: list[Thing], subject: list[Thing], other: list[Thing],
           frame: Frame, position: Position, aspect: float) -> None:
    """Slide ``movers`` aside (away from ``other``) while ``front`` covers too much of ``back``."""
    direction = 1.0 if np.mean([t.u for t in subject]) >= np.mean([t.u for t in other]) else -1.0
    step = 0.25 * (front[0].hu + back[0].hu)
    for _ in range(16):
        if cover(frame(), aspect, back, front, position) <= VISIBLE_ENOUGH:
            break
        for t in movers:
            t.u += direction * step


def search_cover(subject: list[Thing], occluder: list[Thing], movers: list[Thing], want: float, flip: float,
                 frame: Frame, position: Position, aspect: float, others: list[Thing] | None = None) -> float:
    """Push the hidden thing back until the occluder can cover enough of it (perspective makes a
    near candle as tall as a far vase), then slide it aside until the cover is as wanted.
    ``others``: what else stands nearer the camera; it is pushed back no farther than where
    they and the occluder together leave SEEN_AT_LEAST of it (of each of its things) in sight (a dog pushed back until
    the lamp on a table covers it vanishes behind the table). Leaves ``movers`` there and
    returns the cover reached."""
    start = [(t.u, t.w) for t in movers]
    centre_u = float(np.mean([t.u for t in subject]) - np.mean([t.u for t in occluder]))
    reach = max(subject[0].hu + occluder[0].hu, 0.05)
    unit = max(2 * occluder[0].hw, 2 * subject[0].hw, 0.15)

    measured: dict[tuple[float, float], float] = {}  # the search's last step repeats an earlier one

    def covered(slide: float, extra: float) -> float:
        for t, (u0, w0) in zip(movers, start):
            t.u, t.w = u0 - centre_u + flip * slide * reach, w0 + extra
        if (slide, extra) not in measured:
            measured[(slide, extra)] = cover(frame(), aspect, subject, occluder, position)
        return measured[(slide, extra)]

    def too_deep() -> bool:
        camera = frame()
        corners = np.concatenate([cam.box_corners(position(t), t.size, t.yaw) for t in subject])
        return float(np.nanmax(cam.project(camera, 100, 100, corners)[1])) > MAX_DEPTH

    def buried() -> bool:  # the occluder and the rest leave too little of it in sight
        limit = max(1.0 - SEEN_AT_LEAST, want)
        if not others and len(subject) < 2:
            return False
        return worst_cover(frame(), aspect, subject, occluder + (others or []), position) > limit

    extra, best = 0.0, covered(0.0, 0.0)
    # What stands right behind is hidden most from a raised camera (its foot behind the other's
    # body) and from a low one looking up past a low occluder: first up to the occluder's back,
    # then farther back.
    gap = min(t.w - t.hw for t in subject) - max(t.w + t.hw for t in occluder) - CLOSE_BEHIND * unit
    closer = [-gap, -gap / 2] if gap > 0.02 and best < want else []
    for pull in closer:
        trial = covered(0.0, pull)
        if trial > best + 0.01 and not buried():
            extra, best = pull, trial
    for factor in (0.5, 1.0, 2.0, 4.0, 8.0, 16.0):
        if best >= want:
            break
        trial = covered(0.0, factor * unit)
        if too_deep():  # perspective has run out of depth image: further back hides nothing honestly
            break
        if trial > best + 0.01:
            if buried():
                break
            extra, best = factor * unit, trial
    slide = 0.0
    if best > want:  # slide aside: cover falls as it slides; bisect for the wanted share
        low, high = 0.0, 1.0
        while high < 8.0 and covered(high, extra) > want:  # perspective: the near one looks wider
            low, high = high, high * 2
        for _ in range(6):
            middle = (low + high) / 2
            if covered(middle, extra) > want:
                low = middle
            else:
                high = middle
        slide = low
    return covered(slide, extra)
