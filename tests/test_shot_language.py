"""Shot language: notes in a screenplay steer a shot's size, angle, lens, move and number; the
previz frames it so, the animatic plays the move, and a vertical or square film re-frames every
shot in 3D (subjects kept in frame) with its captions inside the frame's safe area."""

from __future__ import annotations

import json
import math
import os
import subprocess
import sys
from pathlib import Path

import av
import numpy as np
import pytest
from PIL import Image

from crews.shot_language import following, fov_for_lens, lens_for_fov, parse_note
from renderers.video import render_caption
from studio import decisions
from studio.ingest import load_source
from studio.models import Cue

HERE = Path(__file__).parent
NOTES = HERE / "data" / "shots" / "kitchen_notes.fountain"
SMALL = HERE / "data" / "farm" / "small.yaml"
ROOT = HERE.parent


def studio(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "studio.cli", *args], capture_output=True, text=True, timeout=600,
                          env={**os.environ, "OMP_NUM_THREADS": "1"}, cwd=ROOT)


@pytest.fixture(scope="module")
def film(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("shots") / "kettle"
    result = studio("make", str(NOTES), "-o", str(out), "-c", str(SMALL), "-q")
    assert result.returncode == 0, result.stderr
    return out


def shots_of(folder: Path) -> dict[str, dict]:
    project = json.loads((folder / "project.json").read_text())
    return {shot["id"]: shot for shot in project["shots"]}


@pytest.mark.parametrize("text, expected", [
    ("MCU ANNA 85mm push in", dict(size="medium_close_up", lens_mm=85.0, move="push_in", subjects=["ANNA"])),
    ("12A: ECU on the ring, 100 mm, dolly out", dict(number="12A", size="extreme_close_up", lens_mm=100.0,
                                                       move="dolly_out", subjects=["ring"])),
    ("3-2 two shot, worm's eye, orbit left", dict(number="3-2", size="two_shot", angle="worms_eye",
                                                   move="orbit_left")),
    ("extreme long shot, overhead, tilt down", dict(size="extreme_wide", angle="birds_eye", move="tilt_down")),
    ("OTS Lee onto Kim, canted, hand-held", dict(size="over_the_shoulder", angle="dutch", move="handheld",
                                                   subjects=["Lee", "Kim"])),
    ("POV truck right", dict(size="pov", move="truck_right")),
])
def test_a_note_reads_as_size_angle_lens_move_number_and_names(text, expected):
    note = parse_note(text)
    for field, value in expected.items():
        assert getattr(note, field) == value, field


def test_lenses_and_numbers_follow_the_conventions_people_use():
    assert round(fov_for_lens(50), 1) == 27.0 and round(fov_for_lens(24), 1) == 53.1  # full-frame vertical
    assert lens_for_fov(fov_for_lens(85)) == 85.0
    assert [following(n) for n in ("12A", "12Z", "12-1", "37")] == ["12B", "12AA", "12-2", "38"]


def test_a_screenplay_note_steers_the_element_it_stands_before():
    source = load_source(NOTES)
    elements = [e for scene in source.scenes for e in scene.elements]
    assert [(e.speaker, e.shot) for e in elements] == [
        (None, "4A: WS 24mm static"), ("ROSA", "MCU ROSA 85mm push in low angle"),
        ("TOM", "CU TOM dutch handheld"), ("ROSA", "OTS ROSA 50mm orbit left"),
        (None, "ELS high angle tilt down"), ("TOM", None)]
    assert elements[1].parenthetical == "without turning" and elements[2].text == "Only for an hour."
    assert not any("\ue002" in e.text or "SHOT" in e.text for e in elements)  # no marker left in the words


def test_notes_change_the_planned_size_lens_move_angle_and_number(tmp_path):
    plain = tmp_path / "plain.fountain"
    plain.write_text("\n".join(line for line in NOTES.read_text().splitlines() if not line.startswith("[[")))
    for story, plan in ((NOTES, tmp_path / "noted.json"), (plain, tmp_path / "plain.json")):
        result = studio("plan", str(story), "-o", str(plan))
        assert result.returncode == 0, result.stderr
    noted = json.loads((tmp_path / "noted.json").read_text())["shots"]
    unnoted = json.loads((tmp_path / "plain.json").read_text())["shots"]
    first, rosa, tom, over, wide = noted[:5]
    assert (first["number"], first["type"], first["lens_mm"], first["camera"]["move"]) == ("4A", "wide", 24.0, "static")
    assert (rosa["type"], rosa["lens_mm"], rosa["angle"], rosa["camera"]["move"]) == (
        "medium_close_up", 85.0, "low", "push_in")
    assert math.isclose(rosa["camera"]["fov_deg"], fov_for_lens(85))
    assert rosa["camera"]["position"][1] < rosa["camera"]["target"][1]  # a low angle looks up
    assert rosa["camera"]["position"][1] >= 0.15  # and stays above the floor
    assert tom["subjects"] == ["tom"] and tom["camera"]["roll_deg"] == 15.0 and tom["camera"]["move"] == "handheld"
    assert over["type"] == "over_the_shoulder" and over["camera"]["move"] == "orbit_left"
    assert wide["type"] == "extreme_wide" and wide["camera"]["position"][1] > 4.0  # high above the set
    assert [s["number"] for s in noted] == ["4A", "4B", "4C", "4D", "4E", "4F"]  # the note's scheme carries on
    # Without notes the plan decides for itself: the same story, other sizes and lenses.
    assert [s["number"] for s in unnoted][:2] == ["1A", "1B"]
    assert (unnoted[1]["type"], unnoted[1]["camera"]["move"]) != ("medium_close_up", "push_in")
    assert all(s["lens_mm"] > 0 and s["angle"] == "eye_level" for s in unnoted)


def test_the_animatic_plays_each_move_and_holds_a_static_shot(film):
    project = json.loads((film / "project.json").read_text())
    with av.open(str(film / "film.mp4")) as container:
        frames = [(f.time, f.to_ndarray(format="rgb24").astype(np.float32)) for f in container.decode(video=0)]

    def at(t: float) -> np.ndarray:
        return min(frames, key=lambda item: abs(item[0] - t))[1]

    change = {}
    for shot in project["timeline"]["shots"]:
        early, late = at(shot["start"] + 0.5), at(shot["start"] + shot["duration"] - 0.1)
        above_captions = slice(0, int(early.shape[0] * 0.55))
        change[shot["move"]] = float(np.abs(early[above_captions] - late[above_captions]).mean())
    assert set(change) == {"static", "push_in", "handheld", "orbit_left", "tilt_down"}
    assert change["static"] < 0.5
    assert all(value > 2.0 for move, value in change.items() if move != "static"), change


def test_a_dutch_angle_turns_the_picture_about_the_view_axis(film, tmp_path):
    from renderers.previz.renderer import PrevizRenderer
    from studio.models import Project

    project = Project.model_validate_json((film / "project.json").read_text())
    dutch = next(s for s in project.shots if s.angle == "dutch")
    request = project.keyframes[dutch.id].best.request
    assert request.camera.roll_deg == 15.0
    # Square, so a turn about the centre stays in frame; wide, so the whole figure and the set show.
    square = request.model_copy(update={"width": 240, "height": 240,
                                        "camera": request.camera.model_copy(update={"fov_deg": 70.0})})
    level = square.model_copy(update={"camera": square.camera.model_copy(update={"roll_deg": 0.0})})
    masks = {}
    for name, asked in (("dutch", square), ("level", level)):
        PrevizRenderer().render(asked, tmp_path / name)
        masks[name] = np.asarray(Image.open(tmp_path / name / "mask.png")) > 0
    assert masks["dutch"].sum() > 2000

    def overlap(degrees: float) -> float:
        turned = np.asarray(Image.fromarray(masks["level"]).rotate(degrees, resample=Image.Resampling.NEAREST))
        return (turned & masks["dutch"]).sum() / (turned | masks["dutch"]).sum()

    scores = {degrees: overlap(degrees) for degrees in range(-30, 31, 3)}
    best = max(scores, key=scores.get)
    assert abs(abs(best) - 15) <= 3 and scores[best] > 0.85 and scores[0] < scores[best] - 0.1, scores


def test_a_vertical_film_reframes_every_shot_and_keeps_each_subject_in_frame(tmp_path):
    out = tmp_path / "vertical"
    result = studio("make", str(ROOT / "assets" / "examples" / "lighthouse.md"), "-o", str(out), "-c", str(SMALL),
                    "--aspect", "9:16", "-q")
    assert result.returncode == 0, result.stderr
    with av.open(str(out / "film.mp4")) as container:
        stream = container.streams.video[0]
        assert (stream.codec_context.width, stream.codec_context.height) == (180, 320)
    project = json.loads((out / "project.json").read_text())
    checked = 0
    for shot in project["shots"]:
        mask = np.asarray(Image.open(out / "shots" / shot["id"] / "mask.png"))
        assert mask.shape == (320, 180)
        layout = json.loads((out / "shots" / shot["id"] / "layout.json").read_text())
        for thing in layout["objects"]:
            if thing.get("character") not in shot["subjects"]:
                continue
            ys, xs = np.nonzero(mask == thing["id"])
            assert len(xs) >= 30, (shot["id"], thing["character"])
            # Cut off at the bottom is a framing (a close-up ends at the chest); at the sides or top, a mistake.
            assert xs.min() > 0 and xs.max() < mask.shape[1] - 1 and ys.min() > 0, (shot["id"], thing["character"])
            checked += 1
    assert checked >= len(project["shots"])
    wide = {s["id"]: s for s in json.loads(studio_plan(tmp_path, "16:9").read_text())["shots"]}
    # Not a crop of the wide film: shots of two people are framed from further back for the tall frame.
    pairs = [s for s in project["shots"] if len(s["subjects"]) == 2 and s["type"] != "establishing"]
    assert pairs and all(distance(s["camera"]) > distance(wide[s["id"]]["camera"]) * 1.2 for s in pairs)


def studio_plan(tmp_path: Path, aspect: str) -> Path:
    plan = tmp_path / f"plan-{aspect.replace(':', 'x')}.json"
    config = tmp_path / "shape.yaml"
    config.write_text(f"video: {{aspect: '{aspect}'}}\n")
    result = studio("plan", str(ROOT / "assets" / "examples" / "lighthouse.md"), "-o", str(plan), "-c", str(config))
    assert result.returncode == 0, result.stderr
    return plan


def distance(camera: dict) -> float:
    return math.dist(camera["position"], camera["target"])


@pytest.mark.parametrize("size, bottom", [((640, 360), 0.05), ((360, 640), 0.16), ((480, 480), 0.08)])
def test_captions_sit_inside_each_shapes_safe_area(size, bottom):
    cue = Cue(line="b1", start=0.0, end=2.0, speaker="ROSA",
              text="An hour is a long time in January, and the kettle has been singing since noon.")
    caption = render_caption(cue, size, None)
    (x, y), (w, h) = caption.position, caption.patch.size
    film_w, film_h = size
    assert x >= film_w * 0.04 and x + w <= film_w * 0.96  # inside the sides' safe margins
    assert film_h - (y + h) == round(film_h * bottom)  # the gap below: larger on a phone's tall frame
    alpha = np.asarray(caption.patch)[..., 3]
    assert alpha.any()  # the words were drawn


def test_a_number_a_person_gives_outlasts_the_next_make(film):
    shot = next(iter(shots_of(film)))
    decisions.edit(film, "shot", shot, "number", "12-1")
    with pytest.raises(decisions.DecisionError):
        decisions.edit(film, "shot", shot, "number", "twelve and a half")
    result = studio("make", str(NOTES), "-o", str(film), "-c", str(SMALL), "-q")
    assert result.returncode == 0, result.stderr
    assert shots_of(film)[shot]["number"] == "12-1"


def test_an_aspect_the_film_cannot_take_is_one_clear_error(tmp_path):
    result = studio("make", str(NOTES), "-o", str(tmp_path / "x"), "--aspect", "4:3")
    assert result.returncode != 0 and "Traceback" not in result.stderr
    assert result.stderr.strip().splitlines() == ["error: --aspect '4:3': give one of 16:9, 9:16, 1:1"]
    assert not (tmp_path / "x").exists()


def test_a_bracketed_note_in_prose_steers_the_paragraph_after_it(tmp_path):
    source = load_source(HERE / "data" / "shots" / "kettle_notes.md")
    elements = [(scene.heading, e.kind, e.speaker, e.shot) for scene in source.scenes for e in scene.elements]
    assert elements == [
        ("Scene 1", "narration", None, "4A: WS 24mm static"),
        ("Scene 1", "dialogue", "Rosa", "MCU Rosa 85mm push in low angle"),
        ("Scene 1", "dialogue", "Tom", None),
        ("Scene 2", "narration", None, "ELS high angle tilt down")]  # carried past the scene break
    link = tmp_path / "link.md"
    link.write_text("She read [Shot in the dark](https://example.org) twice, then slept.\n")
    [scene] = load_source(link).scenes
    assert scene.elements[0].shot is None and "Shot in the dark" in scene.elements[0].text  # a link, not a note
    plan = tmp_path / "plan.json"
    assert studio("plan", str(HERE / "data" / "shots" / "kettle_notes.md"), "-o", str(plan)).returncode == 0
    shots = json.loads(plan.read_text())["shots"]
    noted = {s["note"]: s for s in shots if s["note"]}
    rosa = noted["MCU Rosa 85mm push in low angle"]
    assert (rosa["type"], rosa["lens_mm"], rosa["angle"], rosa["camera"]["move"]) == (
        "medium_close_up", 85.0, "low", "push_in")
    assert noted["4A: WS 24mm static"]["number"] == "4A"
