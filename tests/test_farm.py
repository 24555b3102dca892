"""The farm end to end: real `studio worker` processes on a real Redis, films submitted with
`studio batch --queue`, workers killed mid-task, poison tasks, cancellation, retries."""

from __future__ import annotations

import json
import subprocess
import sys
import wave
from collections import Counter
from pathlib import Path

import av
import numpy as np
from PIL import Image

from studio.config import Settings
from studio.models import Project, RenderRequest, SpeechRequest
from studio.paths import ROOT
from studio.store import cache_key
from studio.tasks import KEYFRAME_VERSION, SPEECH_VERSION
from tests.farm_support import STORIES, job_ids, needs_redis, studio, until, write_manifest

pytestmark = needs_redis


def film_is_whole(project_dir: Path) -> Project:
    """The film plays for its timeline's length, with picture and sound."""
    project = Project.model_validate_json((project_dir / "project.json").read_text())
    with av.open(str(project_dir / "film.mp4")) as container:
        assert container.streams.video and container.streams.audio
        duration = float(container.duration) / av.time_base
    assert abs(duration - project.timeline.duration) < 0.3
    return project


def assets_are_valid(project_dir: Path, settings: Settings) -> int:
    """Every published asset decodes, and every keyframe take's key is its request's: returns how many."""
    count = 0
    for manifest in (project_dir / "cache").glob("*/*/asset.json"):
        asset = json.loads(manifest.read_text())
        assert manifest.parent.name == asset["key"]
        for path in asset["files"].values():
            file = project_dir / path
            if file.suffix == ".png":
                Image.open(file).load()
            elif file.suffix == ".wav":
                with wave.open(str(file)) as wav:
                    assert wav.getnframes() > 0
        count += 1
    project = Project.model_validate_json((project_dir / "project.json").read_text())
    section = settings.keyframes.model_dump(mode="json", exclude={"batch"})  # how tasks are cut: not keyed
    for takes in project.keyframes.values():
        for take in takes.takes:
            assert isinstance(take.request, RenderRequest)
            expected = cache_key("keyframe", KEYFRAME_VERSION, take.request.content(), section)
            assert take.asset.key == expected
    voices = settings.voices.model_dump(mode="json")
    for takes in project.speech.values():
        for take in takes.takes:
            assert isinstance(take.request, SpeechRequest)
            assert take.asset.key == cache_key("speech", SPEECH_VERSION, take.request.content(), voices)
    return count


def test_a_batch_of_three_films_completes_on_two_workers(farm, tmp_path):
    first, second = farm.start("cpu"), farm.start("cpu")
    farm.start("film", 4)
    result = studio("batch", *map(str, STORIES), "-o", str(farm.root), "--queue", "--wait", "-q", env=farm.env)
    assert result.returncode == 0, result.stderr
    store = farm.store()
    jobs = store.jobs()
    assert len(jobs) == 3 and {job.state for job in jobs} == {"done"}
    workers = set()
    for job in jobs:
        project = film_is_whole(Path(job.project_dir))
        assert job.shots_done == job.shots_total == len(project.shots)
        tasks = [t for t in store.job_tasks(job.id) if t.name != "film"]
        assert all(t.state == "succeeded" and t.deliveries == 1 for t in tasks)
        assert all(Path(t.project_dir).is_absolute() for t in tasks)
        workers |= {t.worker for t in tasks}
    assert workers == {first.name, second.name}  # the work was shared
    assert str(farm.root / "harbour" / "film.mp4") in result.stdout


def test_a_worker_killed_holding_a_task_loses_nothing(farm, tmp_path):
    env = {**farm.env, "STUDIO_KEYFRAMES__BACKEND": "tests.faulty_backends:SlowKeyframes",
           "STUDIO_KEYFRAMES__DELAY_S": "2.5", "STUDIO_KEYFRAMES__LOG": str(tmp_path / "renders.log")}
    victim = farm.start("cpu", env=env)
    farm.start("film", 4, env)
    batch = subprocess.Popen([sys.executable, "-m", "studio.cli", "batch", *map(str, STORIES[:2]), "-o", str(farm.root),
                              "--queue", "--wait", "-q"], env=env, cwd=ROOT, stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True)
    store = farm.store()
    log = tmp_path / "renders.log"

    def rendering():  # a keyframe task the victim holds and has started drawing
        drawn = log.read_text().splitlines() if log.exists() else []
        return next((t for j in store.jobs() for t in store.job_tasks(j.id)
                     if t.name == "render_keyframe" and t.state == "running"
                     and f"{Path(t.project_dir).name}:{t.target}:0" in drawn), None)

    held = until(rendering, what="a keyframe task being drawn on the victim")
    victim.kill()
    assert list(farm.root.glob("*/cache/keyframe/.*"))  # it died half way through building an asset
    farm.start("cpu", env=env)  # the rest of the farm carries on
    out, errors = batch.communicate(timeout=300)
    assert batch.returncode == 0, errors
    lost = store.task(held.id)
    assert lost.state == "succeeded" and lost.lost == 1 and lost.deliveries == 2
    settings = Settings.from_snapshot(store.job_settings(lost.job_id))
    for job in store.jobs():
        film_is_whole(Path(job.project_dir))
        assert assets_are_valid(Path(job.project_dir), settings) > 0
    runs = Counter(log.read_text().splitlines())
    killed = f"{Path(lost.project_dir).name}:{lost.target}:0"
    assert runs.pop(killed) == 2 and set(runs.values()) == {1}  # only the killed render ran twice
    # Resubmitted after the crash, every film comes straight from what was finished.
    again = studio("batch", *map(str, STORIES[:2]), "-o", str(farm.root), "--queue", "--wait", "-q", env=env)
    assert again.returncode == 0, again.stderr
    for job_id in job_ids(again):
        assert all(t.state == "succeeded" for t in store.job_tasks(job_id))
        assert store.events(job=job_id, kinds=["asset_rendered"]) == []
    assert Counter(log.read_text().splitlines()) == runs + Counter({killed: 2})  # nothing drawn again
    assert not list(farm.root.glob("*/cache/*/.*"))  # the killed task's half-built folder was swept


def test_a_task_that_kills_its_worker_every_time_is_dead_lettered(farm, tmp_path):
    manifest = write_manifest(tmp_path / "films.yaml", [
        {"story": str(STORIES[0])},
        {"story": str(STORIES[1]), "config": {"critic": {"budget": 1},
                                              "keyframes": {"backend": "tests.faulty_backends:SuicidalKeyframes",
                                                            "poison": "sh02", "log": str(tmp_path / "poison.log")}}},
    ])
    farm.start("cpu")
    farm.start("film", 4)
    result = studio("batch", str(manifest), "-o", str(farm.root), "--queue", "--wait", "-q", env=farm.env)
    assert result.returncode == 1
    store = farm.store()
    healthy, poisoned = sorted(store.jobs(), key=lambda job: job.story != str(STORIES[0]))
    assert healthy.state == "done"
    film_is_whole(Path(healthy.project_dir))
    assert poisoned.state == "failed" and "sc01-sh02" in poisoned.error and "worker lost 3 times" in poisoned.error
    [dead] = [t for t in store.job_tasks(poisoned.id) if t.state == "dead"]
    assert dead.target == "sc01-sh02" and dead.lost == 3 and dead.deliveries == 3
    assert (tmp_path / "poison.log").read_text().splitlines() == ["orchard:sc01-sh02:0"] * 3
    assert f"error: {poisoned.id}" in result.stderr


def test_a_visibility_timeout_shorter_than_a_task_does_not_run_it_twice(farm, tmp_path):
    env = {**farm.env, "STUDIO_KEYFRAMES__BACKEND": "tests.faulty_backends:SlowKeyframes",
           "STUDIO_KEYFRAMES__DELAY_S": "4", "STUDIO_KEYFRAMES__LOG": str(tmp_path / "renders.log"),
           "STUDIO_QUEUE__VISIBILITY_TIMEOUT_S": "1",
           "STUDIO_QUEUE__TRANSPORT_OPTIONS": json.dumps({"unacked_restore_interval": 0.5,
                                                          "unacked_restore_throttle": 1})}
    farm.start("cpu", 1, env)
    farm.start("cpu", 1, env)
    farm.start("film", 4, env)
    result = studio("batch", str(STORIES[1]), "-o", str(farm.root), "--queue", "--wait", "-q", env=env)
    assert result.returncode == 0, result.stderr
    store = farm.store()
    [job] = store.jobs()
    keyframes = [t for t in store.job_tasks(job.id) if t.name == "render_keyframe"]
    assert all(t.deliveries == 1 and t.state == "succeeded" for t in keyframes)
    assert sum(t.duplicates for t in keyframes) >= 1  # Redis did hand a running task out again...
    runs = (tmp_path / "renders.log").read_text().splitlines()
    assert len(runs) == len(set(runs)) == len(keyframes)  # ...and it still ran once
    [film] = [t for t in store.job_tasks(job.id) if t.name == "film"]
    assert film.deliveries == 1 and len(store.events(job=job.id, kinds=["job_started"])) == 1  # one conductor


def test_cancel_revokes_one_job_and_the_others_go_on(farm, tmp_path):
    farm.start("film", 4)
    submitted = studio("batch", *map(str, STORIES[:2]), "-o", str(farm.root), "--queue", env=farm.env)
    assert submitted.returncode == 0, submitted.stderr
    doomed, kept = job_ids(submitted)
    store = farm.store()
    until(lambda: any(t.name == "synthesize_speech" for t in store.job_tasks(doomed)), what="the doomed job's tasks")
    cancelled = studio("cancel", doomed, env=farm.env)
    assert cancelled.returncode == 0, cancelled.stderr
    assert store.job(doomed).state == "cancelled"
    farm.start("cpu")  # only now can anything render
    until(lambda: store.job(kept).finished, what="the other job")
    assert store.job(kept).state == "done"
    film_is_whole(Path(store.job(kept).project_dir))
    assert store.job(doomed).state == "cancelled"
    assert not any(t.state in ("running", "succeeded") for t in store.job_tasks(doomed) if t.name != "film")
    assert not list((Path(store.job(doomed).project_dir) / "cache").glob("keyframe/*/asset.json"))
    assert not (Path(store.job(doomed).project_dir) / "film.mp4").exists()


def test_transient_errors_are_retried_and_permanent_ones_are_not(farm, tmp_path):
    manifest = write_manifest(tmp_path / "films.yaml", [
        {"story": str(STORIES[0]), "config": {"keyframes": {"backend": "tests.faulty_backends:FlakyKeyframes",
                                                            "failures": 2, "log": str(tmp_path / "flaky.log")}}},
        {"story": str(STORIES[1]), "config": {"critic": {"budget": 1},
                                              "keyframes": {"backend": "tests.faulty_backends:BrokenKeyframes",
                                                            "broken": "sh02", "log": str(tmp_path / "broken.log")}}},
        {"story": str(STORIES[2]), "config": {"critic": {"budget": 1}, "queue": {"retries": 1},
                                              "keyframes": {"backend": "tests.faulty_backends:FlakyKeyframes",
                                                            "failures": 9, "log": str(tmp_path / "down.log")}}},
    ])
    env = {**farm.env, "STUDIO_QUEUE__RETRY_BACKOFF_S": "0.2"}
    farm.start("cpu", 1, env)
    farm.start("film", 4, env)
    result = studio("batch", str(manifest), "-o", str(farm.root), "--queue", "--wait", "-q", env=env)
    assert result.returncode == 1
    store = farm.store()
    flaky, broken, down = sorted(store.jobs(), key=lambda job: [str(s) for s in STORIES].index(job.story))
    assert flaky.state == "done"
    film_is_whole(Path(flaky.project_dir))
    for task in (t for t in store.job_tasks(flaky.id) if t.name == "render_keyframe"):
        assert task.state == "succeeded" and task.retries == 2 and task.deliveries == 3
    retried = store.events(job=flaky.id, kinds=["task_retried"])
    assert retried and all("ConnectionError" in e.message for e in retried)
    assert broken.state == "failed" and "sc01-sh02" in broken.error and "ValueError" in broken.error
    [failed] = [t for t in store.job_tasks(broken.id) if t.state == "failed" and t.name != "film"]
    assert failed.retries == 0 and failed.deliveries == 1 and "model rejects this layout" in failed.error
    assert (tmp_path / "broken.log").read_text().splitlines() == ["orchard:sc01-sh02:0"]
    # A transient error that outlasts its retries fails the take too, with the count said.
    assert down.state == "failed"
    for task in (t for t in store.job_tasks(down.id) if t.name == "render_keyframe"):
        assert task.state == "failed" and task.retries == 1 and task.deliveries == 2
        assert task.error.startswith("ConnectionError") and "(after 1 retries)" in task.error


def test_out_of_memory_on_a_gpu_worker_fails_that_take_and_the_worker_goes_on(farm, tmp_path):
    # No GPU here: the backend raises what torch raises when one runs out of memory (the one mock).
    env = {**farm.env, "STUDIO_KEYFRAMES__BACKEND": "tests.faulty_backends:OutOfMemoryKeyframes",
           "STUDIO_KEYFRAMES__HEAVY": "sh02", "STUDIO_CRITIC__BUDGET": "1",
           "STUDIO_QUEUE__ROUTES": json.dumps({"tests.faulty_backends:OutOfMemoryKeyframes": "gpu.tiny"})}
    gpu = farm.start("gpu.tiny", 1, env, "--preload", "keyframes")  # a queue per model: gpu.<model>
    farm.start("cpu", 1, env)
    farm.start("film", 4, env)
    result = studio("batch", str(STORIES[1]), "-o", str(farm.root), "--queue", "--wait", "-q", env=env)
    assert result.returncode == 1
    store = farm.store()
    [job] = store.jobs()
    assert "sc01-sh02" in job.error and "out of memory" in job.error
    keyframes = [t for t in store.job_tasks(job.id) if t.name == "render_keyframe"]
    assert {t.queue for t in keyframes} == {"gpu.tiny"} and {t.worker for t in keyframes} == {gpu.name}
    assert "(solo)" in gpu.log.read_text()  # the banner: one process that never forks
    [oom] = [t for t in keyframes if t.state == "failed"]
    assert "CUDA out of memory" in oom.error
    others = [t for t in keyframes if t is not oom]
    assert others and all(t.state == "succeeded" for t in others)
    assert any(t.started_at > oom.finished_at for t in others)  # it went on working after the error
    assert gpu.alive


def test_status_lists_jobs_and_tasks(farm, tmp_path):
    farm.start("cpu")
    farm.start("film", 4)
    result = studio("batch", str(STORIES[1]), "-o", str(farm.root), "--queue", "--wait", "-q", env=farm.env)
    assert result.returncode == 0, result.stderr
    [job_id] = job_ids(result)
    listing = json.loads(studio("status", "--json", env=farm.env).stdout)
    [row] = listing
    assert row["id"] == job_id and row["state"] == "done" and row["shots_done"] == row["shots_total"] == 3
    assert row["errors"] == 0 and row["attempts"] == row["tasks"] and row["elapsed_s"] > 0
    detail = json.loads(studio("status", job_id[:5], "--json", env=farm.env).stdout)
    names = {t["name"] for t in detail["tasks"]}
    assert names == {"film", "synthesize_speech", "render_keyframe", "critique", "render_segment", "mix_soundtrack",
                     "join_film"}
    table = studio("status", env=farm.env)
    assert table.returncode == 0 and job_id in table.stdout and "The Orchard" in table.stdout


def test_make_with_the_celery_executor_matches_inline(farm, tmp_path):
    farm.start("cpu", 2)
    queued = studio("make", str(STORIES[0]), "-o", str(tmp_path / "queued"), "--executor", "celery", "-q",
                    env=farm.env)
    assert queued.returncode == 0, queued.stderr
    inline = studio("make", str(STORIES[0]), "-o", str(tmp_path / "inline"), "-q",
                    env={**farm.env, "STUDIO_JOBS__DB_URL": ""})
    assert inline.returncode == 0, inline.stderr
    a, b = film_is_whole(tmp_path / "queued"), film_is_whole(tmp_path / "inline")
    # The same plan and pictures; Piper's speech varies a little from run to run, so timings may too.
    assert [(s.shot, s.move) for s in a.timeline.shots] == [(s.shot, s.move) for s in b.timeline.shots]
    assert [(c.line, c.speaker, c.text) for c in a.timeline.cues] == [(c.line, c.speaker, c.text) for c in b.timeline.cues]
    for shot in a.shots:
        queued_key = a.keyframes[shot.id].best.asset.key
        assert queued_key == b.keyframes[shot.id].best.asset.key
        assert np.array_equal(np.asarray(Image.open(tmp_path / "queued" / "shots" / shot.id / "keyframe.png")),
                              np.asarray(Image.open(tmp_path / "inline" / "shots" / shot.id / "keyframe.png")))
    log = [json.loads(line) for line in (tmp_path / "queued" / "events.jsonl").read_text().splitlines()]
    started = [e for e in log if e["kind"] == "task_started"]
    assert started and all(e["run"] and e["project"] and e["job"] for e in log)  # workers' events, relayed


def test_a_film_worker_that_stops_hands_its_film_to_another(farm, tmp_path):
    env = {**farm.env, "STUDIO_KEYFRAMES__BACKEND": "tests.faulty_backends:SlowKeyframes",
           "STUDIO_KEYFRAMES__DELAY_S": "1"}
    farm.start("cpu", 1, env)
    leaving = farm.start("film", 4, env)
    submitted = studio("batch", str(STORIES[1]), "-o", str(farm.root), "--queue", env=env)
    [job_id] = job_ids(submitted)
    store = farm.store()
    until(lambda: any(t.name == "render_keyframe" and t.state == "running" for t in store.job_tasks(job_id)),
          what="the film being rendered")
    leaving.stop()  # a warm shutdown: it must not wait for the film to end
    assert leaving.process.returncode == 0
    assert store.job(job_id).state == "queued"
    farm.start("film", 4, env)
    until(lambda: store.job(job_id).finished, what="the film, finished by the other worker")
    assert store.job(job_id).state == "done"
    film_is_whole(Path(store.job(job_id).project_dir))
    [film] = [t for t in store.job_tasks(job_id) if t.name == "film"]
    assert film.deliveries == 2 and film.lost == 0 and film.state == "succeeded"
    assert len(store.events(job=job_id, kinds=["job_started"])) == 2
    keyframes = [t for t in store.job_tasks(job_id) if t.name == "render_keyframe"]
    assert all(t.deliveries == 1 for t in keyframes)  # the second conductor reused the first one's tasks


def test_one_worker_command_serves_cpu_and_film_queues_with_a_node_each(farm, tmp_path):
    both = farm.start("cpu,film", 1, None, nodes=2)
    assert sorted(name.split("-")[0] for name in both.names) == ["cpu", "film"]
    result = studio("batch", str(STORIES[1]), "-o", str(farm.root), "--queue", "--wait", "-q", env=farm.env)
    assert result.returncode == 0, result.stderr
    [job] = farm.store().jobs()
    tasks = farm.store().job_tasks(job.id)
    assert {t.worker.split("-")[0] for t in tasks} == {"cpu", "film"}
    both.stop()
    assert both.process.returncode == 0


def test_soft_and_hard_time_limits_fail_the_take_with_the_reason(farm, tmp_path):
    slow = {"backend": "tests.faulty_backends:SlowKeyframes", "delay_s": 3}
    manifest = write_manifest(tmp_path / "films.yaml", [
        {"story": str(STORIES[1]), "out": "soft", "config": {
            "critic": {"budget": 1}, "keyframes": slow,
            "queue": {"time_limits": {"render_keyframe": {"soft": 1, "hard": 30}}}}},
        # Another story: two films of one story share their keyframes (one waits for the other's),
        # and this test is about each film's own renders meeting its own limits.
        # Its renders outlast the hard limit by far: the pool looks at its clocks once a second, so a
        # kill due at 2 s lands between 2 and 3 s, and a 3 s render could finish first.
        {"story": str(STORIES[2]), "out": "hard", "config": {
            "critic": {"budget": 1}, "keyframes": {**slow, "stubborn": True, "delay_s": 8},
            # The soft limit equals the hard one: a stubborn render ignores it, but only once its loop
            # runs; under a loaded suite the task's start can outlast a 1 s soft limit (seen once).
            "queue": {"time_limits": {"render_keyframe": {"soft": 2, "hard": 2}}}}},
    ])
    # Preloaded: the pool's processes start EGL before any task, so each limit measures the render.
    farm.start("cpu", 2, None, "--preload", "keyframes")
    farm.start("film", 4)
    result = studio("batch", str(manifest), "-o", str(farm.root), "--queue", "--wait", "-q", env=farm.env)
    assert result.returncode == 1
    store = farm.store()
    for job in store.jobs():
        assert job.state == "failed"
        keyframes = [t for t in store.job_tasks(job.id) if t.name == "render_keyframe"]
        assert keyframes and all(t.state == "failed" for t in keyframes), [(t.state, t.error) for t in keyframes]
        kind = Path(job.project_dir).name
        assert all(f"{kind} time limit" in t.error for t in keyframes), [t.error for t in keyframes]
        assert f"{kind} time limit" in job.error and "sc01-sh01" in job.error
