"""The film as an OpenTimelineIO timeline: the one editorial model every editor format is written from.

* **Picture** (track "Shots"): each shot's keyframe is a still clip held for the shot's time on
  screen. Its media is said to be ``HANDLE_S`` longer at each end than the part used, so an editor
  can trim or extend a cut (a still has as many frames as anyone asks for).
* **Dissolves** are ``Transition``s that start at the cut and last the fade: the outgoing shot is cut
  where the incoming one starts to appear and runs on under the dissolve from its handle. So each
  clip's range on the track, extended by the transition after it, is exactly its time on screen.
* **Sound** (tracks "Dialogue", "Narration"): each recorded line at its place in the film; a line
  that overlaps another of its kind opens a second track of that kind.
* **Markers** on the timeline itself: one per scene (red, its heading) and one per subtitle cue
  (yellow, "Speaker: words", spanning the cue), which editors show as sequence markers.

Every time is put on the film's frame grid; media are named relative to ``media_root`` (the folder
the export is written to), so an export moved together with its project still finds its media.
"""

from __future__ import annotations

import os
from pathlib import Path

import opentimelineio as otio

from studio.exports.edit import AudioClip, Edit

HANDLE_S = 1.0
START_TIMECODE_S = 3600  # editors start a programme at 01:00:00:00
SCENE_COLOR = otio.schema.MarkerColor.RED
CUE_COLOR = otio.schema.MarkerColor.YELLOW


def editor_rate(fps: int) -> int:
    """The film's rate if timecode can count it, else its smallest multiple that can (12 -> 24): a
    still or a recording lands on the same instants, and EDL and FCP timecode need such a rate."""
    for multiple in range(1, 11):
        if otio.opentime.RationalTime.is_valid_timecode_rate(fps * multiple):
            return fps * multiple
    return 24


def build_timeline(edit: Edit, media_root: Path) -> otio.schema.Timeline:
    film_fps, fps = edit.fps, editor_rate(edit.fps)
    edit = edit.model_copy(update={"fps": fps})
    timeline = otio.schema.Timeline(name=edit.title, global_start_time=rt(START_TIMECODE_S * fps, fps))
    timeline.metadata["studio"] = {"title": edit.title, "version": edit.version, "date": edit.date,
                                   "width": edit.width, "height": edit.height, "film_fps": film_fps}
    timeline.tracks.append(picture_track(edit, media_root))
    for track in sound_tracks(edit, media_root):
        timeline.tracks.append(track)
    timeline.tracks.markers.extend(scene_markers(edit) + cue_markers(edit))
    return timeline


def frames(seconds: float, fps: int) -> int:
    return round(seconds * fps)


def rt(count: int, fps: int) -> otio.opentime.RationalTime:
    return otio.opentime.RationalTime(count, fps)


def span(start: int, duration: int, fps: int) -> otio.opentime.TimeRange:
    return otio.opentime.TimeRange(rt(start, fps), rt(duration, fps))


def media_url(edit: Edit, relative: str, media_root: Path) -> str:
    """A project file named from the export folder, with forward slashes (a relative URL)."""
    return Path(os.path.relpath(edit.media(relative), media_root)).as_posix()


def picture_track(edit: Edit, media_root: Path) -> otio.schema.Track:
    fps = edit.fps
    handle = frames(HANDLE_S, fps)
    track = otio.schema.Track(name="Shots", kind=otio.schema.TrackKind.Video)
    rows = {row.id: row for row in edit.shots}
    cursor = 0  # the frame where the next clip starts on the track
    for i, clip in enumerate(edit.video):
        start, end = frames(clip.start, fps), frames(clip.start + clip.duration, fps)
        if start > cursor:
            track.append(otio.schema.Gap(source_range=span(0, start - cursor, fps)))
            cursor = start
        following = edit.video[i + 1] if i + 1 < len(edit.video) else None
        fade = frames(following.transition_s, fps) if following and following.transition_in == "crossfade" else 0
        # The track holds the shot until the next one starts to fade in; the dissolve runs on from there.
        cut = min(end, frames(following.start, fps)) if fade else end
        used = max(cut - cursor, 1)
        reference = otio.schema.ExternalReference(
            target_url=media_url(edit, clip.image, media_root),
            available_range=span(0, used + fade + 2 * handle, fps),
        )
        reference.name = Path(clip.image).name
        item = otio.schema.Clip(name=clip.name, media_reference=reference, source_range=span(handle, used, fps))
        row = rows.get(clip.shot)
        item.metadata["studio"] = {"shot": clip.shot, "still": True,
                                   **(_row_metadata(row) if row else {})}
        track.append(item)
        cursor += used
        if fade:
            track.append(otio.schema.Transition(
                name=f"dissolve to {following.shot}",
                transition_type=otio.schema.TransitionTypes.SMPTE_Dissolve,
                in_offset=rt(0, fps), out_offset=rt(fade, fps)))
    return track


def _row_metadata(row) -> dict:
    return {"number": row.number, "scene": row.scene, "size": row.size, "angle": row.angle, "lens": row.lens,
            "move": row.move, "subjects": row.subjects, "dialogue": row.dialogue, "verdict": row.verdict}


def sound_tracks(edit: Edit, media_root: Path) -> list[otio.schema.Track]:
    """Dialogue tracks, then narration tracks; each line on the first of its kind where it fits."""
    fps = edit.fps
    tracks: list[otio.schema.Track] = []
    for kind, title in (("dialogue", "Dialogue"), ("narration", "Narration")):
        lanes: list[tuple[otio.schema.Track, list[int]]] = []  # track, its end frame (a list to update)
        for line in sorted((a for a in edit.audio if a.kind == kind), key=lambda a: a.start):
            start, length = frames(line.start, fps), max(frames(line.duration, fps), 1)
            lane = next((lane for lane in lanes if lane[1][0] <= start), None)
            if lane is None:
                name = title if not lanes else f"{title} {len(lanes) + 1}"
                lane = (otio.schema.Track(name=name, kind=otio.schema.TrackKind.Audio), [0])
                lanes.append(lane)
            track, end = lane
            if start > end[0]:
                track.append(otio.schema.Gap(source_range=span(0, start - end[0], fps)))
            track.append(line_clip(edit, line, length, media_root))
            end[0] = start + length
        tracks.extend(track for track, _ in lanes)
    return tracks


def line_clip(edit: Edit, line: AudioClip, length: int, media_root: Path) -> otio.schema.Clip:
    fps = edit.fps
    reference = otio.schema.ExternalReference(target_url=media_url(edit, line.path, media_root),
                                              available_range=span(0, length, fps))
    reference.name = Path(line.path).name
    clip = otio.schema.Clip(name=f"{line.line} {line.speaker}", media_reference=reference,
                            source_range=span(0, length, fps))
    clip.metadata["studio"] = {"line": line.line, "speaker": line.speaker, "text": line.text, "kind": line.kind}
    return clip


def scene_markers(edit: Edit) -> list[otio.schema.Marker]:
    return [otio.schema.Marker(name=f"Scene {scene.number}: {scene.heading}".strip(),
                               marked_range=span(frames(scene.start, edit.fps), 0, edit.fps), color=SCENE_COLOR,
                               metadata={"studio": {"kind": "scene", "scene": scene.id}})
            for scene in edit.scenes]


def cue_markers(edit: Edit) -> list[otio.schema.Marker]:
    fps = edit.fps
    markers = []
    for cue in edit.cues:
        start = frames(cue.start, fps)
        text = " ".join(cue.text.split())
        markers.append(otio.schema.Marker(
            name=f"{cue.speaker}: {text}" if cue.speaker else text,
            marked_range=span(start, max(frames(cue.end, fps) - start, 1), fps), color=CUE_COLOR,
            metadata={"studio": {"kind": "subtitle", "line": cue.line, "speaker": cue.speaker or ""}}))
    return markers


def screen_ranges(track: otio.schema.Track) -> list[tuple[float, float]]:
    """Each clip's time on screen in seconds: its range on the track, extended into the dissolves
    on either side (a reader's view, used to check a timeline read back from any format)."""
    items = list(track)
    ranges = []
    for i, item in enumerate(items):
        if not isinstance(item, otio.schema.Clip):
            continue
        placed = track.range_of_child_at_index(i)
        start, end = placed.start_time, placed.end_time_exclusive()
        if i > 0 and isinstance(items[i - 1], otio.schema.Transition):
            start -= items[i - 1].in_offset  # the incoming shot shows before the cut
        if i + 1 < len(items) and isinstance(items[i + 1], otio.schema.Transition):
            end += items[i + 1].out_offset
        ranges.append((start.to_seconds(), end.to_seconds()))
    return ranges
