"""Decisions that last: a person approves a take or rejects one with a note, the decision is kept in
the project (decisions.json), and every later run (studio make, rerender) honours it. Real films on
small settings; nothing is mocked."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from crews.artist import Artist
from crews.layout import LayoutAgent
from gallery import library
from studio import decisions
from studio.config import load_settings
from studio.decisions import DecisionError, note_to_fixes
from studio.events import Event, EventBus
from studio.models import Asset, Camera, Layout, LayoutObject, Look, Project, RenderRequest, Take
from studio.paths import ROOT
from studio.pipeline import Pipeline, route_fixes
from studio.rerun import RerenderRunning, rerender
from studio.store import cache_key
from tests.farm_support import SMALL, STORIES, needs_redis
from tests.farm_support import studio as farm_studio

HARBOUR = STORIES[0]
SHOT = "sc01-sh02"


@pytest.fixture(scope="module")
def made(tmp_path_factory) -> Path:
    """The Harbour on small settings, two takes per shot (critic.candidates 2), made once."""
    out = tmp_path_factory.mktemp("decisions") / "harbour"
    Pipeline(load_settings(SMALL, critic={"candidates": 2}), out).make(HARBOUR)
    return out


@pytest.fixture
def film(made, tmp_path) -> Path:
    """A copy of the made film of the test's own, to decide on and render again."""
    copy = tmp_path / "harbour"
    shutil.copytree(made, copy)
    return copy


def project(folder: Path) -> Project:
    return Project.model_validate_json((folder / "project.json").read_text())


def events(folder: Path) -> list[dict]:
    return [json.loads(line) for line in (folder / "events.jsonl").read_text().splitlines()]


def in_thread(function, *args):
    """Call ``function`` on a background thread, as a web server does; its result or its exception."""
    outcome: dict = {}

    def run():
        try:
            outcome["result"] = function(*args)
        except BaseException as exc:  # noqa: BLE001 - handed back to the test
            outcome["error"] = exc

    thread = threading.Thread(target=run)
    thread.start()
    thread.join(120)
    if "error" in outcome:
        raise outcome["error"]
    return outcome["result"]


# ------------------------------------------------------------ notes as fixes ---


@pytest.mark.parametrize("note, fixes", [
    ("pull back", [("camera_change", "camera", "pull_back")]),
    ("Wider, please.", [("camera_change", "camera", "pull_back")]),
    ("a bit closer", [("camera_change", "camera", "push_in")]),
    ("push in", [("camera_change", "camera", "push_in")]),
    ("higher", [("camera_change", "camera", "raise")]),
    ("lower the camera", [("camera_change", "camera", "lower")]),
    ("move the camera back", [("camera_change", "camera", "pull_back")]),
    ("new seed", [("seed_change", "seed", "new")]),
    ("try again", [("seed_change", "seed", "new")]),
    ("different", [("seed_change", "seed", "new")]),
    ("too loud", [("volume_change", "volume", "lower")]),
    ("quieter please", [("volume_change", "volume", "lower")]),
    ("remove the lamp", [("layout_change", "lamp", "remove")]),
    ("move the boat a bit further back", [("layout_change", "boat", "move_back")]),
    ("move the chair to the left", [("layout_change", "chair", "move_left")]),
    ("make the sky stormier", [("prompt_edit", "prompt", "make the sky stormier")]),
    ("pull back, and make the sea stormier", [("camera_change", "camera", "pull_back"),
                                              ("prompt_edit", "prompt", "make the sea stormier")]),
    ("make her coat a different colour", [("prompt_edit", "prompt", "make her coat a different colour")]),
    ("", []),
])
def test_a_note_becomes_the_typed_fixes_the_loop_knows(note, fixes):
    found = note_to_fixes(note)
    assert [(f.kind, f.target, f.value) for f in found] == fixes
    assert all(f.reason == note.strip() for f in found)  # the note rides along as the reason


def test_notes_and_edits_are_cleaned_and_bounded(tmp_path):
    take = fake_take("k1")
    rejection = decisions.reject(tmp_path, "shot", "sh1", take, "pull\x00 back\x1b[31m\n\tnow\u202e")
    assert rejection.note == "pull back[31m now" and rejection.fixes[0].value == "pull_back"
    with pytest.raises(DecisionError, match="at most 2000"):
        decisions.reject(tmp_path, "shot", "sh1", take, "x" * 2001)
    with pytest.raises(DecisionError, match="at most"):
        decisions.edit(tmp_path, "shot", "sh1", "prompt", "y" * 5000)
    with pytest.raises(DecisionError, match="kind"):
        decisions.approve(tmp_path, "scene", "sh1", take)
    with pytest.raises(DecisionError, match="not a shot or line id"):
        decisions.approve(tmp_path, "shot", "../sh1", take)
    with pytest.raises(DecisionError, match="failed take"):
        decisions.approve(tmp_path, "shot", "sh1", take.model_copy(update={"asset": None}))
    with pytest.raises(DecisionError, match="not a line"):
        decisions.approve(tmp_path, "line", "b1", take)  # a keyframe is no line's take
    with pytest.raises(DecisionError, match="no project folder"):
        decisions.approve(tmp_path / "nowhere", "shot", "sh1", take)
    assert [r.key for r in decisions.load(tmp_path).shots["sh1"].rejected] == ["k1"]  # refusals changed nothing


def test_approval_rejection_and_edit_replace_each_other(tmp_path):
    assert decisions.load(tmp_path) == decisions.Decisions()  # no file: no decisions
    a, b = fake_take("a"), fake_take("b")
    decisions.reject(tmp_path, "shot", "sh1", a, "wider")
    decisions.approve(tmp_path, "shot", "sh1", b)
    decision = decisions.approve(tmp_path, "shot", "sh1", a)  # approving a rejected take lifts the rejection
    assert decision.approved.asset.key == "a" and decision.rejected == []
    decisions.reject(tmp_path, "shot", "sh1", a, "closer")  # rejecting the approved take withdraws it
    decision = decisions.load(tmp_path).shots["sh1"]
    assert decision.approved is None and [r.note for r in decision.rejected] == ["closer"]
    decisions.approve(tmp_path, "shot", "sh1", b)
    decision = decisions.edit(tmp_path, "shot", "sh1", "prompt", "a boat at night")  # new words: rendered again
    assert decision.approved is None and decision.edits == {"prompt": "a boat at night"}
    assert decisions.edit(tmp_path, "shot", "sh1", "prompt", "").edits == {}


def test_decisions_from_many_threads_and_processes_at_once_are_all_kept(tmp_path):
    threads, each = 8, 6
    script = ("import sys; from pathlib import Path\n"
              "from studio import decisions; from tests.test_decisions import fake_take\n"
              "for j in range(%d):\n"
              "    take = fake_take(f'p{sys.argv[1]}-{j}')\n"
              "    decisions.reject(Path(sys.argv[2]), 'shot', f'sh{j %% 3}', take, 'wider')\n") % each
    processes = [subprocess.Popen([sys.executable, "-c", script, str(p), str(tmp_path)], cwd=ROOT) for p in range(2)]

    def decide(t: int) -> None:
        for j in range(each):
            decisions.reject(tmp_path, "shot", f"sh{j % 3}", fake_take(f"t{t}-{j}"), f"note {t} {j}")
            decisions.approve(tmp_path, "line", f"b{t}", fake_take(f"l{t}-{j}", kind="speech"))

    workers = [threading.Thread(target=decide, args=(t,)) for t in range(threads)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    assert [p.wait(60) for p in processes] == [0, 0]
    saved = decisions.load(tmp_path)
    keys = {r.key for decision in saved.shots.values() for r in decision.rejected}
    assert keys == {f"t{t}-{j}" for t in range(threads) for j in range(each)} | {f"p{p}-{j}" for p in range(2)
                                                                                    for j in range(each)}
    assert {target: d.approved.asset.key for target, d in saved.lines.items()} == {
        f"b{t}": f"l{t}-{each - 1}" for t in range(threads)}


# ------------------------------------------------------------- films honour them ---


def test_an_approved_take_stays_chosen_by_the_next_studio_make(film):
    takes = project(film).keyframes[SHOT]
    assert len(takes.takes) == 2
    other = takes.takes[1 - takes.chosen]  # the take the critic loop did not choose
    decisions.approve(film, "shot", SHOT, other)
    before = len(events(film)) if (film / "events.jsonl").exists() else 0
    environment = {**os.environ, "STUDIO_CONFIG": str(SMALL), "STUDIO_CRITIC__CANDIDATES": "2", "OMP_NUM_THREADS": "1"}
    result = subprocess.run([sys.executable, "-m", "studio.cli", "make", str(HARBOUR), "-o", str(film), "-q"],
                            capture_output=True, text=True, env=environment, cwd=ROOT, timeout=300)
    assert result.returncode == 0, result.stderr
    again = project(film).keyframes[SHOT]
    assert again.best.asset.key == other.asset.key and len(again.takes) == 2  # chosen, and no take twice
    rgb = film / other.asset.files["rgb"]
    assert (film / "shots" / SHOT / "keyframe.png").read_bytes() == rgb.read_bytes()
    run = events(film)[before:]
    assert not [e for e in run if e["kind"] == "asset_rendered" and e["stage"] == "keyframes"]  # no keyframe made
    assert any(e["kind"] == "critique" and e["target"] == SHOT and e["data"].get("approved") for e in run)
    assert json.loads((film / "settings.json").read_text())["critic"]["candidates"] == 2


def test_a_rejected_take_is_made_again_from_its_note_and_never_chosen(film):
    first = project(film)
    takes = first.keyframes[SHOT]
    rejected = takes.best
    decisions.reject(film, "shot", SHOT, rejected, "pull back, and make the sea stormier")
    line = next(iter(first.speech))
    decisions.reject(film, "line", line, first.speech[line].best, "too loud")
    bus = EventBus(run="rerun-1")
    heard: list[Event] = []
    bus.subscribe(heard.append)

    again = in_thread(rerender, film, bus)

    saved = project(film)
    assert saved.model_dump() == again.model_dump()
    shot = saved.keyframes[SHOT]
    assert shot.best.asset.key != rejected.asset.key
    assert [t.asset.key for t in shot.takes[:2]] == [t.asset.key for t in takes.takes]  # earlier takes kept, first
    new = shot.takes[2:]
    assert len(new) == 2 and all(t.attempt == rejected.attempt + 1 for t in new)
    assert [(f.kind, f.value) for f in new[0].request.feedback] == [("camera_change", "pull_back"),
                                                                   ("prompt_edit", "make the sea stormier")]
    assert new[0].request.prompt.endswith(", make the sea stormier")
    assert {t.request.revises for t in new} == {rejected.asset.key}  # its lineage names the take the note was on
    parent = [t.asset.key for t in shot.takes].index(rejected.asset.key)
    view = library.shot_view(film, saved, SHOT)
    assert [row["parent"] for row in view["takes"][2:]] == [parent, parent]
    assert view["takes"][parent]["rejected"] == "pull back, and make the sea stormier"
    assert distance(new[0].request.camera) > distance(rejected.request.camera)  # the Layout agent pulled back
    speech = saved.speech[line]
    assert speech.best.asset.key != first.speech[line].best.asset.key
    assert [f.kind for f in speech.best.request.feedback] == ["volume_change"] and len(speech.takes) == 2
    for other in set(saved.keyframes) - {SHOT}:  # the rest is as it was, from the cache
        assert saved.keyframes[other].model_dump() == first.keyframes[other].model_dump()
    assert (film / "shots" / SHOT / "keyframe.png").read_bytes() == (film / shot.best.asset.files["rgb"]).read_bytes()
    logged = [e for e in events(film) if e["run"] == "rerun-1"]
    assert len(logged) == len(heard) > 0  # on the bus and in events.jsonl alike
    rendered = {(e["stage"], e["target"]) for e in logged if e["kind"] == "asset_rendered"}
    assert {("keyframes", SHOT), ("speech", line)} <= rendered
    assert not rendered & {("keyframes", other) for other in set(saved.keyframes) - {SHOT}}

    once_more = in_thread(rerender, film)  # nothing new decided: the same choice, no take twice, nothing made
    assert once_more.keyframes[SHOT].model_dump() == shot.model_dump()
    last_run = events(film)[-1]["run"]
    assert not [e for e in events(film) if e["run"] == last_run and e["kind"] == "asset_rendered"]


def test_an_approved_take_whose_asset_is_gone_is_rendered_again(film):
    takes = project(film).keyframes[SHOT]
    other = takes.takes[1 - takes.chosen]
    decisions.approve(film, "shot", SHOT, other)
    shutil.rmtree(film / "cache" / "keyframe" / other.asset.key)

    again = in_thread(rerender, film)

    run = [e for e in events(film) if e["run"] == events(film)[-1]["run"]]
    assert any(e["kind"] == "warning" and "no longer in the store" in e["message"] for e in run)
    assert any(e["kind"] == "asset_rendered" and e["target"] == SHOT and e["data"]["key"] == other.asset.key
               for e in run)  # normal rendering made it again (same request, same key) ...
    assert again.keyframes[SHOT].best.asset.key == other.asset.key  # ... and the approval holds again
    assert (film / again.keyframes[SHOT].best.asset.files["rgb"]).exists() and (film / "film.mp4").exists()


def test_edited_words_render_the_shot_again(film):
    decisions.edit(film, "shot", SHOT, "prompt", "a fishing boat in a storm, oil painting")
    decisions.edit(film, "shot", "sc01-sh01", "description", "gulls over the pier at dawn")
    again = in_thread(rerender, film)
    assert again.keyframes[SHOT].best.request.prompt == "a fishing boat in a storm, oil painting"
    shot = next(s for s in again.shots if s.id == "sc01-sh01")
    assert shot.description == "gulls over the pier at dawn"
    assert "gulls over the pier at dawn" in again.keyframes["sc01-sh01"].best.request.prompt
    assert len(again.keyframes[SHOT].takes) == 4  # the two earlier takes and the two new ones


def test_rerender_of_a_project_from_before_settings_json_uses_the_default_settings(film):
    (film / "settings.json").unlink()
    before = project(film)
    again = in_thread(rerender, film)
    defaults = load_settings()
    assert json.loads((film / "settings.json").read_text())["keyframes"]["width"] == defaults.keyframes.width
    assert again.keyframes[SHOT].best.request.width == defaults.keyframes.width != 320
    for shot, takes in again.keyframes.items():  # made anew at the new size, the small takes kept on record
        assert [t.asset.key for t in takes.takes[:2]] == [t.asset.key for t in before.keyframes[shot].takes]
    assert (film / "film.mp4").exists()


def test_a_second_rerender_of_the_same_project_is_refused_while_one_runs(film):
    started, release = threading.Event(), threading.Event()
    bus = EventBus()

    def hold(event: Event) -> None:
        if not started.is_set():
            started.set()
            release.wait(30)

    bus.subscribe(hold)
    outcome: dict = {}
    first = threading.Thread(target=lambda: outcome.setdefault("project", rerender(film, bus)))
    first.start()
    assert started.wait(30)
    try:
        with pytest.raises(RerenderRunning):
            rerender(film)
    finally:
        release.set()
        first.join(120)
    assert outcome["project"].outputs.film == "film.mp4"
    assert in_thread(rerender, film).outputs.film == "film.mp4"  # once it is done, the next is welcome


def test_a_target_whose_every_take_is_rejected_gets_a_new_attempt(tmp_path):
    pipeline = Pipeline(load_settings(SMALL, critic={"budget": 1}), tmp_path, EventBus())
    request = lone_request()

    def produce():
        return pipeline.produce("keyframes", "render_keyframe", {"sh1": request},
                                lambda r: cache_key("keyframe", 1, r.model_dump(exclude={"shot"})),
                                route_fixes(Artist(), LayoutAgent()), {"backend": "previz"})["sh1"]

    [take] = produce().takes
    assert take.passed
    # An approval whose asset is gone leaves the rejection not the last word: the plain request is
    # rendered, lands on the rejected key, and (the budget of one spent) another attempt is made.
    decisions.reject(tmp_path, "shot", "sh1", take, "")
    decisions.approve(tmp_path, "shot", "sh1", take.model_copy(update={"asset": take.asset.model_copy(
        update={"key": "gone"})}))
    again = produce()
    assert [t.attempt for t in again.takes] == [0, 1] and again.takes[0].asset.key == take.asset.key
    assert again.chosen == 1 and again.best.asset.key != take.asset.key and again.best.passed


# ------------------------------------------------------------------ helpers ---


def fake_take(key: str, kind: str = "keyframe") -> Take:
    return Take(attempt=0, asset=Asset(key=key, kind=kind, files={}), critiques=[])


def distance(camera) -> float:
    return sum((p - t) ** 2 for p, t in zip(camera.position, camera.target)) ** 0.5


def lone_request() -> RenderRequest:
    """Ada alone on an empty floor, seen straight on: passes the rules critic."""
    look = Look(description="Ada", skin=(200, 160, 130), hair=(40, 30, 20), top=(30, 90, 160), bottom=(50, 50, 60))
    layout = Layout(location="room", interior=True, objects=[
        LayoutObject(id=1, name="Ada", kind="character", category="person", character="ada",
                     position=(0.0, 0.0, 0.0), size=(0.5, 1.7, 0.3))])
    camera = Camera(position=(0.0, 1.3, 4.0), target=(0.0, 1.0, 0.0), fov_deg=40)
    return RenderRequest(shot="sh1", backend="previz", prompt="", seed=1, width=320, height=180,
                         camera=camera, layout=layout, characters={"ada": look})


@needs_redis
def test_a_film_made_on_the_farm_is_made_there_again(farm, monkeypatch):
    worker = farm.start("cpu", 1, farm.env)
    out = farm.root / "harbour"
    made = farm_studio("make", str(ROOT / "tests/data/farm/harbour.md"), "-o", str(out), "--executor", "celery", "-q",
                       env=farm.env)
    assert made.returncode == 0, made.stderr
    project = Project.model_validate_json((out / "project.json").read_text())
    shot = project.shots[1].id
    decisions.reject(out, "shot", shot, project.keyframes[shot].best, "pull back")
    for name, value in farm.env.items():  # this process as the gallery runs: with the farm's broker and store
        if name.startswith("STUDIO_"):
            monkeypatch.setenv(name, value)
    again = rerender(out)
    store = farm.store()
    first, second = sorted(store.jobs(), key=lambda job: job.created_at)
    assert second.state == "done" and second.story == str(out / "project.json")
    painted = [t for t in store.job_tasks(second.id) if t.name == "render_keyframe" and t.state == "succeeded"]
    assert {t.worker for t in painted} == {worker.name} and shot in {t.target for t in painted}  # the others: cached
    takes = again.keyframes[shot]
    assert takes.best.request.feedback[0].value == "pull_back" and len(takes.takes) == 2
