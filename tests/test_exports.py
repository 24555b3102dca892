"""`studio export` on a real film (made once from tests/data/the_ferry.fdx), each file opened by its
own format's reader: OTIO, the FCP7 / FCPXML / CMX3600 adapters, pypdf, csv, openpyxl, an XML parser.
And the bad inputs: each one error line, a non-zero exit, and nothing left behind."""

from __future__ import annotations

import csv
import json
import math
import os
import shutil
import socket
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import opentimelineio as otio
import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from studio.exports.edit import lens_mm, load_edit, shot_angle, shot_move, shot_number, shot_size
from studio.exports.shotlist import HEADERS
from studio.exports.timeline import screen_ranges
from studio.models import Project
from studio.project_lock import rendering

HERE = Path(__file__).parent
SMALL = HERE / "data" / "farm" / "small.yaml"
FERRY = HERE / "data" / "the_ferry.fdx"
ALL_FILES = {"film.otio", "film.fcpxml", "film.xml", "film.edl", "storyboard.pdf", "shotlist.csv", "shotlist.xlsx",
             "film.ttml", "manifest.json"}
TTML = "{http://www.w3.org/ns/ttml}"
TTM = "{http://www.w3.org/ns/ttml#metadata}"


def studio(*args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "OMP_NUM_THREADS": "1", "STUDIO_CREWS__SCREENWRITER__NARRATE_ACTION": "true"}
    return subprocess.run([sys.executable, "-m", "studio.cli", *args], capture_output=True, text=True, timeout=600,
                          env=env)


@pytest.fixture(scope="module")
def project(tmp_path_factory) -> Path:
    """A two-scene film with dialogue, narrated action and a dissolve, made from a Final Draft file."""
    out = tmp_path_factory.mktemp("exports") / "ferry"
    made = studio("make", str(FERRY), "-o", str(out), "-c", str(SMALL), "-q")
    assert made.returncode == 0, made.stderr
    exported = studio("export", str(out), "-q")
    assert exported.returncode == 0, exported.stderr
    return out


@pytest.fixture(scope="module")
def film(project) -> Project:
    return Project.model_validate_json((project / "project.json").read_text())


def frame(film: Project) -> float:
    return 1.0 / film.timeline.fps


def leftovers(folder: Path) -> list[str]:
    """Staging folders an export may have left (it must leave none)."""
    return [p.name for p in folder.iterdir() if ".export-" in p.name]


# ------------------------------------------------------------------ OTIO ---


def test_otio_round_trip_has_every_shot_and_line_at_its_time(project, film):
    exports = project / "exports"
    assert {p.name for p in exports.iterdir()} == ALL_FILES
    timeline = otio.adapters.read_from_file(str(exports / "film.otio"))
    [picture] = timeline.video_tracks()
    shots = film.timeline.shots
    assert len(list(picture.find_clips())) == len(shots) == 7
    assert any(shot.transition_in == "crossfade" for shot in shots)  # the dissolve between the scenes
    for (start, end), shot in zip(screen_ranges(picture), shots):
        assert abs(start - shot.start) <= frame(film) and abs(end - (shot.start + shot.duration)) <= frame(film)
    for clip in picture.find_clips():  # stills with handles: more media than the cut uses, at both ends
        available, used = clip.media_reference.available_range, clip.source_range
        assert used.start_time > available.start_time
        assert used.end_time_exclusive() < available.end_time_exclusive()
    sound = {track.name: track for track in timeline.audio_tracks()}
    assert set(sound) == {"Dialogue", "Narration"}
    clips = {c.metadata["studio"]["line"]: (track.name, c, c.range_in_parent())
             for track in sound.values() for c in track.find_clips()}
    assert len(clips) == len(film.timeline.audio) == 7
    for line in film.timeline.audio:
        track, clip, placed = clips[line.line]
        assert abs(placed.start_time.to_seconds() - line.start) <= frame(film)
        assert abs(placed.duration.to_seconds() - line.duration) <= frame(film)
    assert clips["sc01-b02"][0] == "Dialogue" and clips["sc01-b02"][1].metadata["studio"]["speaker"] == "Marco"
    assert clips["sc01-b01"][0] == "Narration"  # the narrated action line
    markers = timeline.tracks.markers
    scenes = [m.name for m in markers if m.metadata["studio"]["kind"] == "scene"]
    assert scenes == ["Scene 1: EXT. FERRY DOCK - DAWN", "Scene 2: INT. FERRY CABIN - DAY"]
    cues = [m for m in markers if m.metadata["studio"]["kind"] == "subtitle"]
    assert len(cues) == len(film.timeline.cues) and "Marco: Is the ferry late again?" in [m.name for m in cues]


def test_exports_name_their_media_relative_so_the_project_can_move(project, tmp_path):
    moved = tmp_path / "elsewhere" / "ferry"
    shutil.copytree(project, moved)
    timeline = otio.adapters.read_from_file(str(moved / "exports" / "film.otio"))
    urls = [clip.media_reference.target_url for clip in timeline.find_clips()]
    assert len(urls) == 14 and not any(os.path.isabs(url) or "://" in url for url in urls)
    assert all((moved / "exports" / url).resolve().is_file() for url in urls)
    assert all(str(project) not in (moved / "exports" / name).read_text(encoding="utf-8")
               for name in ("film.otio", "film.xml", "film.fcpxml", "film.edl"))


# ------------------------------------------------------ editors' formats ---


def test_fcp7_xml_parses_and_its_adapter_reads_back_tracks_dissolve_and_markers(project, film):
    path = project / "exports" / "film.xml"
    assert ET.parse(path).getroot().tag == "xmeml"
    timeline = otio.adapters.read_from_file(str(path), adapter_name="fcp_xml")
    [picture] = timeline.video_tracks()
    assert len(list(picture.find_clips())) == len(film.timeline.shots)
    assert any(isinstance(item, otio.schema.Transition) for item in picture)
    for (start, end), shot in zip(screen_ranges(picture), film.timeline.shots):
        assert abs(start - shot.start) <= frame(film) and abs(end - (shot.start + shot.duration)) <= frame(film)
    assert sum(len(list(t.find_clips())) for t in timeline.audio_tracks()) == len(film.timeline.audio)
    names = [m.name for m in timeline.tracks.markers]
    assert len(names) == 2 + len(film.timeline.cues) and "Scene 2: INT. FERRY CABIN - DAY" in names


def test_fcpxml_parses_and_its_adapter_reads_back_shots_lines_and_markers(project, film):
    path = project / "exports" / "film.fcpxml"
    assert ET.parse(path).getroot().tag == "fcpxml"
    timeline = otio.adapters.read_from_file(str(path), adapter_name="fcpx_xml")
    [picture] = timeline.video_tracks()
    clips = list(picture.find_clips())
    assert len(clips) == len(film.timeline.shots)
    assert abs(picture.duration().to_seconds() - film.timeline.duration) <= frame(film)
    assert sum(len(list(t.find_clips())) for t in timeline.audio_tracks()) == len(film.timeline.audio)
    names = [m.name for clip in clips for m in clip.markers]
    assert len(names) == 2 + len(film.timeline.cues) and "Łucja: Drink it — slowly." in names


def test_edl_is_read_back_by_the_cmx3600_adapter_as_the_picture_cut(project, film):
    path = project / "exports" / "film.edl"
    timeline = otio.adapters.read_from_file(str(path), adapter_name="cmx_3600", rate=24)
    assert len(timeline.tracks) == 1 and not timeline.audio_tracks()
    [picture] = timeline.video_tracks()
    assert len(list(picture.find_clips())) == len(film.timeline.shots)
    assert any(isinstance(item, otio.schema.Transition) for item in picture)
    for (start, end), shot in zip(screen_ranges(picture), film.timeline.shots):
        assert abs(start - shot.start) <= frame(film) and abs(end - (shot.start + shot.duration)) <= frame(film)
    text = path.read_text()
    assert text.count("* LOC:") == 2 and "INT. FERRY CABIN" in text and ".wav" not in text
    manifest = json.loads((project / "exports" / "manifest.json").read_text())
    assert any(note.startswith("edl:") and "sound track" in note for note in manifest["notes"])


# ------------------------------------------------------------ the sheets ---


def test_storyboard_pdf_has_a_title_page_and_a_panel_per_shot_in_unicode(project, film):
    reader = PdfReader(project / "exports" / "storyboard.pdf")
    assert len(reader.pages) == 1 + math.ceil(7 / 6)  # the default grid: 6 panels a page
    title = reader.pages[0].extract_text()
    edit = load_edit(project)
    assert "The Ferry" in title and f"Version: {edit.version}" in title and f"Date: {edit.date}" in title
    text = "\n".join(page.extract_text() for page in reader.pages[1:])
    assert all(f"Shot {shot.label}" in text for shot in film.shots)
    assert "Łucja: Drink it — slowly." in text  # beyond Latin-1: the Unicode font is embedded
    assert "MS · eye level · 35mm · static" in text and "Fog over the water." in text


@pytest.mark.parametrize("panels, flags, pages", [(2, ["--no-dialogue"], 5), (9, ["--no-action", "--no-shot-info"], 2),
                                                  (3, ["--no-duration"], 4)])
def test_storyboard_grid_presets_and_toggles(project, film, tmp_path, panels, flags, pages):
    result = studio("export", str(project), "--to", "pdf", "--panels", str(panels), *flags, "-o", str(tmp_path / "pdf"))
    assert result.returncode == 0, result.stderr
    reader = PdfReader(tmp_path / "pdf" / "storyboard.pdf")
    assert len(reader.pages) == pages
    text = "\n".join(page.extract_text() for page in reader.pages[1:])
    assert ("Is the ferry late again?" in text) == ("--no-dialogue" not in flags)
    assert ("Fog over the water." in text) == ("--no-action" not in flags)
    assert ("eye level" in text) == ("--no-shot-info" not in flags)
    first = film.shots[0].label
    assert (f"Shot {first} · {film.timeline.shots[0].duration:.1f} s" in text) == ("--no-duration" not in flags)


def test_shot_list_csv_and_xlsx_have_a_row_per_shot_with_the_same_values(project, film):
    with (project / "exports" / "shotlist.csv").open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert list(rows[0]) == HEADERS and HEADERS[:10] == [
        "Number", "Scene", "Size", "Angle", "Lens", "Move", "Subjects", "Duration (s)", "Dialogue", "Critic verdict"]
    numbers = [shot.label for shot in film.shots]
    assert [r["Number"] for r in rows] == numbers == ["1A", "1B", "1C", "2A", "2B", "2C", "2D"]
    assert [r["Scene"] for r in rows] == ["1"] * 3 + ["2"] * 4
    placed = {s.shot: s for s in film.timeline.shots}
    for row in rows:
        assert abs(float(row["Duration (s)"]) - placed[row["Shot id"]].duration) < 0.01
        assert row["Critic verdict"] == "passed" and row["Lens"].endswith("mm") and row["Size"]
    assert rows[1]["Dialogue"] == "Marco: Is the ferry late again?" and rows[1]["Size"] == "MS"
    assert rows[0]["Subjects"] == "Łucja, Marco" and rows[0]["Move"] == "push in"
    sheet = load_workbook(project / "exports" / "shotlist.xlsx")["Shot list"]
    table = [[cell.value for cell in cells] for cells in sheet.iter_rows()]
    assert table[0] == HEADERS and len(table) == 1 + len(rows)
    for values, row in zip(table[1:], rows):
        as_text = ["" if v is None else str(v) for v in values]
        assert as_text[:7] + as_text[8:] == [row[h] for h in HEADERS[:7] + HEADERS[8:]]
        assert float(values[7]) == pytest.approx(float(row["Duration (s)"]))


def test_the_shot_list_speaks_the_plans_shot_language(film):
    planned = film.shots[1].model_copy(update={"number": "12A", "type": "medium_close_up", "angle": "dutch",
                                               "lens_mm": 85.0})
    planned.camera = planned.camera.model_copy(update={"move": "dolly_in"})
    assert (shot_number(planned), shot_size(planned), shot_angle(planned), lens_mm(planned), shot_move(planned)) == (
        "12A", "MCU", "dutch", 85, "dolly in")
    # A plan from before numbers and lenses: its place in the film, and the lens its field of view implies.
    older = film.shots[1].model_copy(update={"number": "", "lens_mm": 0.0})
    assert (shot_number(older), shot_angle(older)) == ("2", "eye level")
    assert lens_mm(older) == round(12 / math.tan(math.radians(older.camera.fov_deg) / 2))


# ------------------------------------------------------------- subtitles ---


@pytest.mark.parametrize("ttml", ["film.ttml", "exports/film.ttml"])  # by studio make, by studio export
def test_ttml_has_a_cue_per_line_with_its_speaker_and_srt_vtt_keep_their_labels(project, film, ttml):
    assert film.outputs.ttml == "film.ttml"
    root = ET.parse(project / ttml).getroot()
    agents = {a.get("{http://www.w3.org/XML/1998/namespace}id"): a.find(f"{TTM}name").text
              for a in root.iter(f"{TTM}agent")}
    paragraphs = list(root.iter(f"{TTML}p"))
    assert len(paragraphs) == len(film.timeline.cues)
    said = {"".join(p.itertext()): agents[p.get(f"{TTM}agent")] for p in paragraphs}
    assert said["Marco: Is the ferry late again?"] == "Marco"
    assert said["Captain: We sail in five minutes."] == "Captain"
    assert "Marco: Is the ferry late again?" in (project / "film.srt").read_text(encoding="utf-8")
    assert "<v Marco>Is the ferry late again?" in (project / "film.vtt").read_text(encoding="utf-8")


# ------------------------------------------------------------ bad input ---


def refused(result: subprocess.CompletedProcess, says: str) -> None:
    assert result.returncode == 2, result.stderr
    assert result.stderr.startswith("error: ") and result.stderr.count("\n") == 1, result.stderr
    assert says in result.stderr and "Traceback" not in result.stderr


def test_an_unknown_format_is_refused_before_anything_is_written(project, tmp_path):
    refused(studio("export", str(project), "--to", "otio,avid", "-o", str(tmp_path / "x")), "unknown format 'avid'")
    assert not (tmp_path / "x").exists() and not leftovers(tmp_path)


def older(data: dict) -> None:
    data["shots"][0].pop("camera")
    data["shots"][0]["framing"] = "wide"  # a field this version does not know


def unrendered(data: dict) -> None:
    data["timeline"] = None


@pytest.mark.parametrize("change, says", [(older, "older version"), (unrendered, "no rendered film")])
def test_a_project_from_an_older_version_or_never_rendered_is_refused(project, tmp_path, change, says):
    old = tmp_path / "old"
    old.mkdir()
    data = json.loads((project / "project.json").read_text())
    change(data)
    (old / "project.json").write_text(json.dumps(data))
    refused(studio("export", str(old)), says)
    assert sorted(p.name for p in old.iterdir()) == ["project.json"]


def test_a_missing_media_file_is_refused_and_nothing_is_exported(project, film, tmp_path):
    copy = tmp_path / "ferry"
    shutil.copytree(project, copy, ignore=shutil.ignore_patterns("exports"))
    line = film.timeline.audio[3]
    (copy / "voices" / f"{line.line}.wav").unlink()
    (copy / line.path).unlink()
    refused(studio("export", str(copy)), f"line {line.line} is missing")
    assert not (copy / "exports").exists() and not leftovers(copy)


def test_a_project_being_rendered_is_not_exported(project, tmp_path):
    with rendering(project):  # as `studio make` holds it
        refused(studio("export", str(project), "--to", "csv", "-o", str(tmp_path / "x")), "is being rendered")
    assert not (tmp_path / "x").exists() and not leftovers(tmp_path)


def test_a_format_failing_late_leaves_no_partial_export_and_keeps_the_earlier_one(project, film, tmp_path):
    copy = tmp_path / "ferry"
    shutil.copytree(project, copy)
    before = {p.name: p.read_bytes() for p in (copy / "exports").iterdir()}
    shot = film.timeline.shots[2].shot
    for picture in (copy / "shots" / shot / "keyframe.png", copy / film.timeline.shots[2].image):
        picture.unlink()  # a hard link: break it before writing, or the project's own file changes
        picture.write_bytes(b"\x89PNG\r\n\x1a\n not a picture")
    fresh = tmp_path / "fresh"
    refused(studio("export", str(copy), "--to", "otio,csv,pdf", "-o", str(fresh)), "pdf:")
    assert not fresh.exists() and not leftovers(tmp_path)
    ended = subprocess.Popen(["true"])
    ended.wait()  # a process that has ended: its pid names an export that died
    killed = copy / f".exports.export-{ended.pid}@{socket.gethostname()}.x1"
    killed.mkdir()  # what an export killed halfway leaves: swept by the next export to the same folder
    refused(studio("export", str(copy), "--to", "otio,pdf"), "pdf:")  # into the existing exports/
    assert {p.name: p.read_bytes() for p in (copy / "exports").iterdir()} == before and not leftovers(copy)
