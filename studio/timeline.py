"""Cut a film's timeline into segments that can be rendered, cached and re-rendered independently.

A segment is a stretch of the film in its own local time: one shot, or the dissolve joining two.
Shifted to start at zero, an unchanged shot gives the same segment (and so the same cache key)
however much the shots before it grew or shrank, which is what lets an edit to one scene
re-encode that scene's changed shots and their dissolves instead of the whole film.
"""

from __future__ import annotations

from pydantic import BaseModel

from studio.models import Timeline


class Segment(BaseModel):
    name: str  # the shot's id, or "a>b" for the dissolve from shot a to shot b
    start_frame: int
    frames: int
    timeline: Timeline  # local: starts at 0, lasts frames / fps


def frames(seconds: float, fps: int) -> int:
    return round(seconds * fps)


def segments(timeline: Timeline) -> list[Segment]:
    """One segment per shot, and one per dissolve (the frames where two shots are both on screen)."""
    fps = timeline.fps
    cuts: list[tuple[int, str]] = [(0, timeline.shots[0].shot)] if timeline.shots else []
    for previous, shot in zip(timeline.shots, timeline.shots[1:]):
        start = frames(shot.start, fps)
        fade = frames(shot.transition_s, fps) if shot.transition_in == "crossfade" else 0
        if fade:
            cuts.append((start, f"{previous.shot}>{shot.shot}"))
        cuts.append((start + fade, shot.shot))
    ends = [begin for begin, _ in cuts[1:]] + [frames(timeline.duration, fps)]
    return [Segment(name=name, start_frame=begin, frames=end - begin, timeline=_local(timeline, begin, end))
            for (begin, name), end in zip(cuts, ends) if end > begin]


def _local(timeline: Timeline, begin: int, end: int) -> Timeline:
    """The shots, lines and cues that touch frames [begin, end), shifted so ``begin`` is time 0."""
    fps = timeline.fps

    def shift(t: float) -> float:
        # The editor puts every time on a frame: whole frames shift exactly, so an unchanged
        # scene gets a bit-identical local timeline (and cache key) wherever it lands in the film.
        return (frames(t, fps) - begin) / fps

    def touches(start: float, stop: float) -> bool:  # in whole frames: float sums would blur the edges
        return frames(start, fps) < end and frames(stop, fps) > begin

    shots = []
    for shot in timeline.shots:
        if touches(shot.start, shot.start + shot.duration):
            # A dissolve that finished before the segment starts is a plain cut here.
            faded = shot.transition_in == "crossfade" and frames(shot.start + shot.transition_s, fps) > begin
            shots.append(shot.model_copy(update={
                "start": shift(shot.start),
                "transition_in": shot.transition_in if faded else "cut",
                "transition_s": shot.transition_s if faded else 0.0,
            }))
    cues = [c.model_copy(update={"start": shift(c.start), "end": shift(c.end)})
            for c in timeline.cues if touches(c.start, c.end)]
    return Timeline(width=timeline.width, height=timeline.height, fps=fps, duration=(end - begin) / fps,
                    shots=shots, audio=[], cues=cues)
