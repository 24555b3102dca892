"""Editor timelines: OTIO itself, and FCP7 XML, FCPXML and CMX3600 EDL through OTIO's adapters.

Each format is written from the same timeline (``studio.exports.timeline``), adapted to what the
format can hold, and read back by the same adapter before it counts as written: an export an
editor cannot open is a failed export, not a file. What a format cannot carry is said in a note
(the CLI prints it and ``manifest.json`` keeps it) instead of being dropped silently.
"""

from __future__ import annotations

from pathlib import Path

import opentimelineio as otio

from studio.exports.edit import Edit, ExportError
from studio.exports.options import ExportOptions
from studio.exports.timeline import build_timeline, screen_ranges

EDL_REEL_CHARS = 8  # CMX3600 reel names


def write_otio(edit: Edit, folder: Path, options: ExportOptions, media_root: Path) -> list[str]:
    timeline = build_timeline(edit, media_root)
    _write(timeline, folder / "film.otio", "otio_json")
    return []


def write_fcp7(edit: Edit, folder: Path, options: ExportOptions, media_root: Path) -> list[str]:
    """Final Cut Pro 7 XML (also read by Premiere Pro, DaVinci Resolve and Avid through import):
    it holds every track, dissolves and sequence markers."""
    timeline = build_timeline(edit, media_root)
    # The sequence's frame size: without it an editor makes the sequence its own default size.
    rate = {"timebase": str(round(timeline.duration().rate)), "ntsc": "FALSE"}
    timeline.metadata["fcp_xml"] = {"media": {"video": {"format": {"samplecharacteristics": {
        "width": str(edit.width), "height": str(edit.height), "pixelaspectratio": "square", "rate": rate}}}}}
    _write(timeline, folder / "film.xml", "fcp_xml")
    return []


def write_fcpxml(edit: Edit, folder: Path, options: ExportOptions, media_root: Path) -> list[str]:
    """FCPXML for Final Cut Pro X and Resolve. The adapter writes markers only on clips, so the
    scene and subtitle markers ride on the shot under them; it writes no transitions, so a
    dissolve becomes a cut where the incoming shot begins."""
    timeline = build_timeline(edit, media_root)
    moved = markers_onto_clips(timeline, keep=lambda marker: True)
    dissolves = sum(isinstance(item, otio.schema.Transition) for track in timeline.video_tracks() for item in track)
    _write(timeline, folder / "film.fcpxml", "fcpx_xml")
    notes = []
    if moved:
        notes.append(f"fcpxml: {moved} scene and subtitle markers are on the shot clips under them "
                     "(the FCPXML adapter has no timeline markers)")
    if dissolves:
        notes.append(f"fcpxml: {dissolves} dissolve(s) written as cuts (the FCPXML adapter writes no transitions)")
    return notes


def write_edl(edit: Edit, folder: Path, options: ExportOptions, media_root: Path) -> list[str]:
    """CMX3600: one picture track of events, dissolves included; scene markers as LOC comments on
    the event under them. An EDL has no place for sound files by name or for long text."""
    timeline = build_timeline(edit, media_root)
    sound = timeline.audio_tracks()
    for track in sound:
        timeline.tracks.remove(track)
    cues = sum(1 for marker in timeline.tracks.markers if _kind(marker) == "subtitle")
    markers_onto_clips(timeline, keep=lambda marker: _kind(marker) == "scene")
    for number, clip in enumerate(timeline.find_clips(), start=1):
        # Every keyframe file is called keyframe.png: the reel names the shot instead.
        clip.metadata["cmx_3600"] = {"reel": f"SH{number:04d}"[:EDL_REEL_CHARS]}
    _write(timeline, folder / "film.edl", "cmx_3600")
    notes = []
    if sound:
        notes.append(f"edl: {len(sound)} sound track(s) left out (dialogue and narration are in film.otio, film.xml "
                     "and film.fcpxml); an EDL lists picture events only here")
    if cues:
        notes.append(f"edl: {cues} subtitle markers left out (they are in film.ttml / film.srt); "
                     "scene markers are LOC comments")
    return notes


def markers_onto_clips(timeline: otio.schema.Timeline, keep) -> int:
    """Move the timeline's markers (those ``keep`` accepts; the rest are dropped) onto the picture
    clip under each one, in that clip's own time, for formats that hold markers only on clips."""
    markers = list(timeline.tracks.markers)
    timeline.tracks.markers.clear()
    track = timeline.video_tracks()[0]
    placed = [(i, track.range_of_child_at_index(i)) for i, item in enumerate(track)
              if isinstance(item, otio.schema.Clip)]
    moved = 0
    for marker in markers:
        if not keep(marker):
            continue
        at = marker.marked_range.start_time
        index, where = next(((i, r) for i, r in placed if r.start_time <= at < r.end_time_exclusive()), placed[-1])
        clip = track[index]
        local = at - where.start_time + clip.source_range.start_time
        duration = min(marker.marked_range.duration, clip.source_range.end_time_exclusive() - local)
        clip.markers.append(otio.schema.Marker(name=marker.name, color=marker.color, metadata=marker.metadata,
                                               marked_range=otio.opentime.TimeRange(local, duration)))
        moved += 1
    return moved


def _kind(marker: otio.schema.Marker) -> str:
    return marker.metadata.get("studio", {}).get("kind", "")


def _write(timeline: otio.schema.Timeline, path: Path, adapter: str) -> None:
    """Write with the adapter, then read the file back with it: the shots must all be there."""
    try:
        otio.adapters.write_to_file(timeline, str(path), adapter_name=adapter)
        back = otio.adapters.read_from_file(str(path), adapter_name=adapter)
    except Exception as exc:  # noqa: BLE001 - an adapter's failure is this export's, in its own words
        raise ExportError(f"{path.name}: the {adapter} adapter failed: {type(exc).__name__}: {exc}") from None
    expected = len(screen_ranges(timeline.video_tracks()[0]))
    found = sum(len(screen_ranges(track)) for track in back.video_tracks())
    if found != expected:
        raise ExportError(f"{path.name}: read back with {found} shots instead of {expected}")
