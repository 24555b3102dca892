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
VISIBLE_ENOUGH = 0.4  # "behind" may be covered this much by what is in front, no more
MAX_DEPTH = 55.0  # metres from the eye: the 16-bit millimetre depth image ends at 65.5, so nothing hides past it

Frame = Callable[[], Camera]
Position = Callable[["Thing"], tuple[float, float, float]]


def cover(camera: Camera, aspect: float, subject: list[Thing], occluder: list[Thing], position: Position) -> float:
    """Share of the subject group's outline that the occluder group's outline covers."""
    width, height = 400, max(1, int(400 / aspect))

    def shapes(things: list[Thing]) -> Outline:
        parts = [outline(camera, width, height, t.entity.category, position(t), t.size, t.yaw) for t in things]
        fields = ("rects", "centres", "inverse", "radius2", "hulls")
        return Outline(*(np.concatenate([getattr(p, f) for p in parts]) for f in fields))

    return covered_share(shapes(subject), shapes(occluder))


def worst_cover(camera: Camera, aspect: float, subject: list[Thing], hiders: list[Thing], position: Position) -> float:
    """The largest share of any one of the subject's things that the hiders' outlines and its
    own group's nearer things cover: a group half hidden may not hide one of its members whole
    (nor may its front row the row behind)."""
    return max((cover(camera, aspect, [t], hiders + [m for m in subject if m.w < t.w - 1e-6], position)
                for t in subject), default=0.0)


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
