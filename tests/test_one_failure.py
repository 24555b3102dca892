"""One failure is one failure: a failed keyframe, line or critique is recorded on its take, the rest
of the stage goes on, and the run ends naming each failed shot with everything finished kept.
Also: payloads travel as JSON with absolute paths, and half-built assets of killed tasks are swept."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image

from studio.config import load_settings
from studio.executor import InlineExecutor, TaskFailed, TaskTimedOut, deadline
from studio.paths import ROOT
from studio.pipeline import Pipeline
from studio.store import AssetStore
from tests.farm_support import SMALL, STORIES


def make(story: Path, out: Path, **env: str) -> subprocess.CompletedProcess:
    environment = {**os.environ, "STUDIO_CONFIG": str(SMALL), "OMP_NUM_THREADS": "1", **env}
    return subprocess.run([sys.executable, "-m", "studio.cli", "make", str(story), "-o", str(out), "-q"],
                          capture_output=True, text=True, env=environment, cwd=ROOT, timeout=300)


def test_a_critic_that_crashes_on_one_shot_is_recorded_and_the_film_is_still_made(tmp_path):
    out = tmp_path / "film"
    result = make(STORIES[1], out, STUDIO_CRITIC__BACKENDS='["tests.faulty_backends:FailingCritic"]',
                  STUDIO_CRITIC__FRAGILE="sh02", STUDIO_CRITIC__BUDGET="2")
    assert result.returncode == 0, result.stderr
    project = json.loads((out / "project.json").read_text())
    fragile = project["keyframes"]["sc01-sh02"]
    verdicts = [critique for take in fragile["takes"] for critique in take["critiques"]]
    assert [(v["unavailable"], v["passed"]) for v in verdicts] == [(True, False)] * 2  # critic.on_error: fail
    assert verdicts[0]["reasons"] == ["critic tests.faulty_backends:FailingCritic unavailable: critic crashed on sc01-sh02"]
    assert all(t["asset"] and t["error"] is None for t in fragile["takes"]) and fragile["chosen"] is not None
    for shot in ("sc01-sh01", "sc01-sh03"):
        takes = project["keyframes"][shot]["takes"]
        assert len(takes) == 1 and takes[0]["error"] is None and takes[0]["critiques"][0]["passed"]
    assert any(f.startswith("sc01-sh02:") for f in project["failures"])
    assert "kept a take that failed the critic: sc01-sh02" in result.stderr
    assert (out / "film.mp4").stat().st_size > 10_000


def test_a_critic_that_errs_passes_the_take_with_a_warning_when_configured_so(tmp_path):
    out = tmp_path / "film"
    result = make(STORIES[1], out, STUDIO_CRITIC__BACKENDS='["tests.faulty_backends:FailingCritic"]',
                  STUDIO_CRITIC__FRAGILE="sh02", STUDIO_CRITIC__ON_ERROR="pass")
    assert result.returncode == 0, result.stderr
    project = json.loads((out / "project.json").read_text())
    [take] = project["keyframes"]["sc01-sh02"]["takes"]
    assert take["critiques"][0]["unavailable"] and take["critiques"][0]["passed"] and not project["failures"]
    warnings = [json.loads(line)["message"] for line in (out / "events.jsonl").read_text().splitlines()
                if json.loads(line)["kind"] == "warning"]
    assert warnings == ["sc01-sh02: critic tests.faulty_backends:FailingCritic unavailable: critic crashed on "
                        "sc01-sh02; the take passed (critic.on_error)"]


def test_a_shot_that_cannot_be_rendered_ends_the_run_naming_it_and_keeps_the_rest(tmp_path):
    out = tmp_path / "film"
    result = make(STORIES[1], out, STUDIO_KEYFRAMES__BACKEND="tests.faulty_backends:BrokenKeyframes",
                  STUDIO_KEYFRAMES__BROKEN="sh02", STUDIO_CRITIC__BUDGET="2")
    assert result.returncode == 1
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("error: 1 of 3 shots have no usable take"), result.stderr
    assert "sc01-sh02 (keyframe: ValueError: cannot draw sc01-sh02" in lines[0]
    assert not (out / "film.mp4").exists()
    project = json.loads((out / "project.json").read_text())
    broken = project["keyframes"]["sc01-sh02"]
    assert broken["chosen"] is None and len(broken["takes"]) == 2
    assert all(t["asset"] is None and "ValueError" in t["error"] for t in broken["takes"])
    for shot in ("sc01-sh01", "sc01-sh03"):  # the others were made and are kept, on disk and in the plan
        assert Image.open(out / "shots" / shot / "keyframe.png").size == (320, 180)
        assert project["keyframes"][shot]["chosen"] == 0
    assert all((out / "voices" / f"{line}.wav").exists() for line in project["speech"])
    events = [json.loads(line) for line in (out / "events.jsonl").read_text().splitlines()]
    assert any(e["kind"] == "error" and e["target"] == "sc01-sh02" and e["stage"] == "film" for e in events)
    again = make(STORIES[1], out, STUDIO_KEYFRAMES__BACKEND="tests.faulty_backends:BrokenKeyframes",
                 STUDIO_KEYFRAMES__BROKEN="sh02", STUDIO_CRITIC__BUDGET="2")
    assert again.returncode == 1
    rerun = [json.loads(line) for line in (out / "events.jsonl").read_text().splitlines()][len(events):]
    made = {(e["kind"], e["stage"], e["target"]) for e in rerun if e["kind"] in ("asset_rendered", "asset_cached")}
    assert {("asset_cached", "keyframes", "sc01-sh01"), ("asset_cached", "keyframes", "sc01-sh03")} <= made
    assert not [m for m in made if m[0] == "asset_rendered"]  # what was finished is not made again


def test_payloads_carry_absolute_paths(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    pipeline = Pipeline(load_settings(), Path("relative/film"))
    assert pipeline.out == tmp_path / "relative" / "film" and pipeline.out.is_absolute()


def test_inline_payloads_and_results_go_through_json():
    with pytest.raises(TypeError, match="not JSON serializable"):
        list(InlineExecutor().map("echo", [{"path": Path("/x")}]))
    [(index, result)] = list(InlineExecutor().map("echo", [{"n": (1, 2)}]))
    assert index == 0 and result == {"echo": {"n": [1, 2]}}  # a tuple arrives as a list, as it would from a queue


def test_an_inline_task_past_its_time_limit_is_reported_failed_not_waited_on():
    [(_, result)] = list(InlineExecutor().map("echo", [{"target": "sh1"}], timeout=1e-9))
    assert isinstance(result, TaskFailed) and "time limit" in result.message and result.target == "sh1"
    with pytest.raises(TaskTimedOut):
        with deadline(0.05):
            while True:
                pass


def test_half_built_assets_of_dead_builders_are_swept(tmp_path):
    store = AssetStore(tmp_path)
    dead = subprocess.Popen(["true"])
    dead.wait()
    kind = store.cache / "keyframe"
    kind.mkdir(parents=True)
    import socket

    mine = kind / f".aaa.{os.getpid()}@{socket.gethostname()}.x1"
    gone = kind / f".bbb.{dead.pid}@{socket.gethostname()}.x2"
    foreign_old = kind / ".ccc.123@elsewhere.x3"
    foreign_new = kind / ".ddd.124@elsewhere.x4"
    for folder in (mine, gone, foreign_old, foreign_new):
        folder.mkdir()
    os.utime(foreign_old, (0, 0))
    swept = store.sweep(older_than_s=3600)
    assert sorted(p.name for p in swept) == sorted([gone.name, foreign_old.name])
    assert mine.exists() and foreign_new.exists()
    with store.building("keyframe", "eee") as folder:  # what a builder is called, so a sweep can tell
        assert folder.name.startswith(f".eee.{os.getpid()}@")


def test_queue_and_job_store_settings_come_from_the_environment(monkeypatch):
    monkeypatch.setenv("STUDIO_QUEUE__BROKER_URL", "amqp://guest:guest@127.0.0.1:5672//")
    monkeypatch.setenv("STUDIO_QUEUE__RESULT_BACKEND", "rpc://")
    monkeypatch.setenv("STUDIO_QUEUE__VISIBILITY_TIMEOUT_S", "7200")
    monkeypatch.setenv("STUDIO_JOBS__DB_URL", "postgresql://127.0.0.1/test")
    monkeypatch.setenv("STUDIO_EXECUTOR__KIND", "celery")
    settings = load_settings()
    assert settings.queue.broker_url.startswith("amqp://") and settings.queue.result_backend == "rpc://"
    assert settings.queue.visibility_timeout_s == 7200 and settings.executor.kind == "celery"
    assert settings.jobs.db_url == "postgresql://127.0.0.1/test"
    assert settings.queue.queue_for("render_keyframe", ["previz"]) == "cpu"
    assert settings.queue.queue_for("render_keyframe", ["diffusers"]) == "gpu"
    assert settings.queue.queue_for("critique", ["rules", "vlm"]) == "llm"
    assert settings.queue.warnings() == []  # amqp has no visibility timeout to get wrong


def test_a_visibility_timeout_below_a_hard_time_limit_is_warned_about(monkeypatch):
    monkeypatch.setenv("STUDIO_QUEUE__VISIBILITY_TIMEOUT_S", "600")
    [warning] = load_settings().queue.warnings()
    assert "600" in warning and "15000" in warning
