"""End to end through the CLI: both bundled examples become films; re-runs render only what changed."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import av
import numpy as np
import pytest
import srt
import webvtt
from PIL import Image

from studio.models import Project
from studio.paths import EXAMPLES

STUDIO = [sys.executable, "-m", "studio.cli"]


def studio(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([*STUDIO, *args], capture_output=True, text=True, cwd=cwd, timeout=600)


def events(out: Path, run: int = -1) -> list[dict]:
    """Events of one run (the log holds every run; each starts with the ingest stage)."""
    lines = [json.loads(line) for line in (out / "events.jsonl").read_text().splitlines()]
    starts = [i for i, e in enumerate(lines) if e["kind"] == "stage_started" and e["stage"] == "ingest"]
    begin = starts[run]
    end = starts[run + 1] if run + 1 < len(starts) and run != -1 else len(lines)
    return lines[begin:end]


@pytest.fixture(scope="module", params=["lighthouse.md", "the_visit.fountain"])
def film(request, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("film") / Path(request.param).stem
    result = studio("make", str(EXAMPLES / request.param), "-o", str(out), "--quiet")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().endswith("film.mp4")
    return out


def load(out: Path) -> Project:
    return Project.model_validate_json((out / "project.json").read_text())


def test_film_has_h264_video_and_aac_audio_of_the_timelines_length(film):
    project = load(film)
    with av.open(str(film / "film.mp4")) as container:
        video, audio = container.streams.video[0], container.streams.audio[0]
        assert video.codec_context.name == "h264" and audio.codec_context.name == "aac"
        assert (video.codec_context.width, video.codec_context.height) >= (640, 360)
        duration = float(container.duration) / av.time_base
    assert abs(duration - project.timeline.duration) < 0.25


def test_film_has_speech_where_lines_are_spoken_and_varied_pictures(film):
    project = load(film)
    with av.open(str(film / "film.mp4")) as container:
        samples = np.concatenate([f.to_ndarray().mean(axis=0) for f in container.decode(audio=0)])
        rate = container.streams.audio[0].rate
    for cue in project.timeline.cues:
        window = samples[int(cue.start * rate): int(cue.end * rate)]
        assert np.sqrt(np.mean(window**2)) > 0.01, f"silence under cue {cue.line}"
    frames = []
    with av.open(str(film / "film.mp4")) as container:
        for shot in project.timeline.shots:
            middle = shot.start + shot.duration / 2
            container.seek(int(middle / av.time_base), any_frame=False, backward=True)
            frame = next(f for f in container.decode(video=0) if f.time >= middle - 0.05)
            frames.append(frame.to_ndarray(format="rgb24").astype(np.float32))
    assert all(f.std() > 10 for f in frames), "a blank frame"
    distinct = sum(np.abs(a - b).mean() > 4 for a, b in zip(frames, frames[1:]))
    assert distinct >= len(frames) // 2


def test_every_spoken_line_has_exactly_one_cue_in_order_overlapping_its_speech(film):
    project = load(film)
    spoken = [b for s in project.script.scenes for b in s.beats if b.voiced]
    audio = {a.line: a for a in project.timeline.audio}
    cues = list(srt.parse((film / "film.srt").read_text(encoding="utf-8")))
    vtt = webvtt.read(str(film / "film.vtt"))
    assert len(cues) == len(vtt) == len(spoken)
    for beat, cue, caption in zip(spoken, cues, vtt):
        speech = audio[beat.id]
        assert cue.start.total_seconds() < speech.start + speech.duration
        assert cue.end.total_seconds() > speech.start
        assert " ".join(cue.content.split()).endswith(" ".join(beat.text.split())[-12:])
        if beat.kind == "dialogue":
            name = project.treatment.character(beat.speaker).name
            assert cue.content.startswith(f"{name}:")
            assert f"<v {name}>" in caption.raw_text
    starts = [c.start for c in cues]
    assert starts == sorted(starts)


def test_every_character_is_planned_and_visible_where_the_shot_names_them(film):
    project = load(film)
    names = {c.name.lower() for c in project.treatment.characters} | {
        a.lower() for c in project.treatment.characters for a in c.aliases}
    assert {n.lower() for n in project.source.characters} <= names
    speakers = {b.speaker for s in project.script.scenes for b in s.beats if b.speaker}
    on_set = {c for s in project.script.scenes for c in s.characters}
    assert {c.id for c in project.treatment.characters} <= speakers | on_set
    for shot in project.shots:
        mask = np.asarray(Image.open(film / "shots" / shot.id / "mask.png"))
        layout = json.loads((film / "shots" / shot.id / "layout.json").read_text())
        ids = {o["character"]: o["id"] for o in layout["objects"] if o["kind"] == "character"}
        for subject in shot.subjects:
            assert (mask == ids[subject]).sum() > 100, f"{subject} not visible in {shot.id}"
        visible = [r for r in layout["relations"] if r["kind"] == "visible"]
        assert len(visible) == len(shot.subjects)
        if project.keyframes[shot.id].passed:  # layout.json reports the critic's own measurements
            assert all(r["holds"] is True for r in visible)


def test_project_folder_holds_plan_views_and_storyboard(film):
    project = load(film)
    for character in project.treatment.characters:
        assert json.loads((film / "characters" / f"{character.id}.json").read_text())["name"] == character.name
    for shot in project.shots:
        folder = film / "shots" / shot.id
        depth = Image.open(folder / "depth.png")
        assert depth.mode.startswith("I;16") or depth.mode == "I"
        assert Image.open(folder / "keyframe.png").size == (800, 450)
    for line in project.speech:
        assert (film / "voices" / f"{line}.wav").stat().st_size > 1000
    html = (film / "storyboard.html").read_text()
    assert all(shot.id in html for shot in project.shots)
    assert Image.open(film / "storyboard.png").size[0] >= 640


def test_an_unchanged_rerun_renders_nothing(film):
    result = studio("make", str(EXAMPLES / f"{film.name}{'.md' if film.name == 'lighthouse' else '.fountain'}"),
                    "-o", str(film), "--quiet")
    assert result.returncode == 0, result.stderr
    run = events(film)
    assert [e for e in run if e["kind"] == "asset_rendered"] == []
    assert sum(e["kind"] == "asset_cached" for e in run) >= len(load(film).shots)


def test_editing_one_scene_rerenders_only_that_scenes_shots_and_the_film(tmp_path, film):
    if film.name != "lighthouse":
        pytest.skip("one story is enough for the edit test")
    story = tmp_path / "lighthouse.md"
    shutil.copy(EXAMPLES / "lighthouse.md", story)
    out = tmp_path / "out"
    shutil.copytree(film, out)  # the cache of the first run comes along
    before = load(out)
    scene = before.script.scenes[1]
    beat = next(b for b in scene.beats if b.kind == "narration")
    first_sentence = beat.text.split(". ")[0]
    text = story.read_text()
    assert first_sentence in text
    story.write_text(text.replace(first_sentence, first_sentence + " The wind howled", 1))
    result = studio("make", str(story), "-o", str(out), "--quiet")
    assert result.returncode == 0, result.stderr
    after = load(out)
    rendered = [e for e in events(out) if e["kind"] == "asset_rendered"]
    scene_shots = {s.id for s in after.shots if s.scene == scene.id}
    scene_lines = {b.id for b in after.script.scenes[1].beats}
    targets = {e["target"] for e in rendered}
    assert {"film", "soundtrack"} <= targets  # a line spoken anew: the speech is mixed again
    dissolves = {t for t in targets if ">" in t}  # a dissolve segment belongs to both of its shots
    assert all(set(t.split(">")) & scene_shots for t in dissolves)
    assert targets - {"film", "soundtrack"} - dissolves <= scene_shots | scene_lines
    assert targets & scene_lines, "the edited line was not re-spoken"


def test_a_killed_run_resumes_from_what_it_had_rendered(tmp_path):
    out = tmp_path / "out"
    command = [*STUDIO, "make", str(EXAMPLES / "the_visit.fountain"), "-o", str(out), "--json"]
    process = subprocess.Popen(command, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True)
    rendered = 0
    for line in process.stderr:  # blocks on the pipe: the events themselves are the clock
        event = json.loads(line)
        rendered += event["kind"] == "asset_rendered"
        if rendered == 3:
            process.kill()
            break
    process.wait(timeout=60)
    assert rendered == 3 and process.returncode != 0
    result = studio("make", str(EXAMPLES / "the_visit.fountain"), "-o", str(out), "--quiet")
    assert result.returncode == 0, result.stderr
    resumed = events(out)
    assert sum(e["kind"] == "asset_cached" for e in resumed) >= 3
    with av.open(str(out / "film.mp4")) as container:
        assert container.streams.video and container.streams.audio


def test_a_reference_replaced_in_place_rerenders_the_shots_that_use_it(tmp_path, film):
    if film.name != "the_visit":
        pytest.skip("one story is enough")
    reference = tmp_path / "ruth.png"
    Image.new("RGB", (32, 32), (200, 40, 40)).save(reference)
    cast = tmp_path / "cast.yaml"
    cast.write_text(f"ruth: {{reference_image: {reference}}}\n")
    out = tmp_path / "out"
    shutil.copytree(film, out)  # the cache of the first run comes along
    first = studio("make", str(EXAMPLES / "the_visit.fountain"), "-o", str(out), "--cast", str(cast), "--quiet")
    assert first.returncode == 0, first.stderr
    project = load(out)
    with_ruth = {shot for shot, takes in project.keyframes.items() if "ruth" in takes.best.request.characters}
    assert with_ruth  # in this screenplay, every shot of its one scene
    Image.new("RGB", (32, 32), (40, 40, 200)).save(reference)  # the same path, another picture
    second = studio("make", str(EXAMPLES / "the_visit.fountain"), "-o", str(out), "--cast", str(cast), "--quiet")
    assert second.returncode == 0, second.stderr
    run = events(out)
    redrawn = {e["target"] for e in run if e["kind"] == "asset_rendered" and e["stage"] == "keyframes"}
    assert redrawn == with_ruth
    assert not any(e["kind"] == "asset_rendered" and e["stage"] == "speech" for e in run)
