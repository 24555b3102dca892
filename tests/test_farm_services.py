"""The farm against each real service it supports: a broker that is down, RabbitMQ instead of Redis,
the job store on PostgreSQL, Flower watching the workers, and leases swept by `studio status`."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.request
import uuid
from pathlib import Path

import pytest

from studio.jobs import JobStore, database_url
from studio.paths import ROOT
from tests.farm_support import (
    BROKER,
    STORIES,
    job_ids,
    needs_redis,
    studio,
    until,
)

RABBIT = "amqp://guest:guest@127.0.0.1:5672//"
POSTGRES = "postgresql://127.0.0.1/test"


def reachable(port: int) -> bool:
    with socket.socket() as s:
        s.settimeout(1)
        return s.connect_ex(("127.0.0.1", port)) == 0


needs_rabbitmq = pytest.mark.skipif(not reachable(5672), reason="needs RabbitMQ on 127.0.0.1:5672 (.ci/run starts it)")
needs_postgres = pytest.mark.skipif(not reachable(5432), reason="needs PostgreSQL on 127.0.0.1:5432 (.ci/run starts it)")


@pytest.mark.parametrize("broker", ["redis://127.0.0.1:1/0", "amqp://guest:guest@127.0.0.1:1//"])
@pytest.mark.parametrize("command", [
    ["batch", str(STORIES[0]), "--queue"],
    ["make", str(STORIES[0]), "--executor", "celery"],
    ["worker", "--queues", "cpu"],
])
def test_a_broker_that_is_down_is_one_error_line_and_exit_2_within_10_seconds(tmp_path, broker, command):
    env = {**os.environ, "STUDIO_QUEUE__BROKER_URL": broker, "STUDIO_JOBS__DB_URL": f"sqlite:///{tmp_path / 'jobs.db'}"}
    command = [*command, "-o", str(tmp_path / "out")] if command[0] != "worker" else command
    started = time.monotonic()
    result = subprocess.run([sys.executable, "-m", "studio.cli", *command], capture_output=True, text=True, env=env,
                            cwd=ROOT, timeout=60)
    took = time.monotonic() - started
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert result.returncode == 2, result.stderr
    assert len(lines) == 1 and lines[0].startswith("error: cannot reach the broker"), result.stderr
    assert "127.0.0.1:1" in lines[0] and "Traceback" not in result.stderr
    assert took < 10, took
    assert not (tmp_path / "out" / "film.mp4").exists()


@needs_redis
@needs_rabbitmq
def test_the_same_batch_runs_through_rabbitmq(farm, tmp_path):
    from studio.config import load_settings
    from workers.app import build_app

    # What an earlier, interrupted run may have left on the studio's queues.
    build_app(load_settings(queue={"broker_url": RABBIT, "result_backend": "rpc://"})).control.purge()
    env = {**farm.env, "STUDIO_QUEUE__BROKER_URL": RABBIT, "STUDIO_QUEUE__RESULT_BACKEND": "rpc://"}
    farm.start("cpu", 1, env)
    farm.start("film", 4, env)
    result = studio("batch", *map(str, STORIES[:2]), "-o", str(farm.root), "--queue", "--wait", "-q", env=env)
    assert result.returncode == 0, result.stderr
    store = farm.store()
    assert {job.state for job in store.jobs()} == {"done"} and len(store.jobs()) == 2
    for job in store.jobs():
        assert (Path(job.project_dir) / "film.mp4").stat().st_size > 10_000
        assert all(t.state == "succeeded" for t in store.job_tasks(job.id))


@pytest.fixture
def postgres_db():
    """A fresh PostgreSQL database for one test, dropped afterwards."""
    import psycopg

    name = f"studio_test_{uuid.uuid4().hex[:8]}"
    with psycopg.connect("host=127.0.0.1 dbname=test", autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    yield f"postgresql://127.0.0.1/{name}"
    with psycopg.connect("host=127.0.0.1 dbname=test", autocommit=True) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@needs_redis
@needs_postgres
def test_the_job_store_on_postgresql(farm, tmp_path, postgres_db):
    import psycopg

    env = {**farm.env, "STUDIO_JOBS__DB_URL": postgres_db}
    farm.start("cpu", 1, env)
    farm.start("film", 4, env)
    result = studio("batch", str(STORIES[1]), "-o", str(farm.root), "--queue", "--wait", "-q", env=env)
    assert result.returncode == 0, result.stderr
    [job_id] = job_ids(result)
    assert not (farm.root / "jobs.db").exists()
    with psycopg.connect(postgres_db) as db:
        assert db.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
        assert db.execute("SELECT state, shots_done, shots_total FROM jobs WHERE id = %s", [job_id]).fetchone() == \
            ("done", 3, 3)
        states = dict(db.execute("SELECT state, count(*) FROM tasks WHERE job_id = %s GROUP BY state", [job_id]).fetchall())
        assert set(states) == {"succeeded"} and states["succeeded"] >= 3 + 2 + 3
        kinds = {k for (k,) in db.execute("SELECT DISTINCT kind FROM events WHERE job_id = %s", [job_id])}
        assert {"task_started", "task_finished", "asset_rendered", "job_finished"} <= kinds
    listing = json.loads(studio("status", "--json", env=env).stdout)
    assert [row["id"] for row in listing] == [job_id]


@needs_redis
def test_status_requeues_the_tasks_of_dead_workers_within_the_cap(tmp_path):
    import redis

    redis.Redis.from_url(BROKER).flushdb()
    url = database_url(None, tmp_path)
    store = JobStore(url)
    job = store.add_job(title="t", story="/s", project_dir=str(tmp_path / "p"), project_id="p", executor="celery",
                        settings={}, state="running")
    dead_pid = _dead_pid()
    for name, lost in (("young", 0), ("old", 2)):
        store.add_task(task_id=name, job_id=job.id, run_id="r", name="echo", target=name, key=name,
                       project_dir=str(tmp_path / "p"), queue="cpu", payload={"hello": name})
        store.claim(name, worker="gone", lease_s=60, max_deliveries=3, holder=f"{dead_pid}@{socket.gethostname()}")
        with store.writing() as session:
            from studio.jobs.schema import TaskRow

            session.get(TaskRow, name).lost = lost
    env = {**os.environ, "STUDIO_QUEUE__BROKER_URL": BROKER, "STUDIO_JOBS__DB_URL": url}
    result = subprocess.run([sys.executable, "-m", "studio.cli", "status", "--json"], capture_output=True, text=True,
                            env=env, cwd=ROOT, timeout=60)
    assert result.returncode == 0, result.stderr
    young, old = store.task("young"), store.task("old")
    assert young.state == "queued" and young.lost == 1
    assert old.state == "dead" and old.lost == 3 and "worker lost 3 times" in old.error
    queued = [json.loads(m) for m in redis.Redis.from_url(BROKER).lrange("cpu", 0, -1)]
    assert [m["headers"]["id"] for m in queued] == ["young"]


def _dead_pid() -> int:
    process = subprocess.Popen(["true"])
    process.wait()
    return process.pid


@needs_redis
def test_flower_watches_the_same_app(farm, tmp_path):
    pytest.importorskip("flower")
    worker = farm.start("cpu")
    port = _free_port()
    flower = subprocess.Popen([sys.executable, "-m", "celery", "-A", "workers.app", "flower", f"--port={port}",
                               "--address=127.0.0.1"], env={**farm.env, "FLOWER_UNAUTHENTICATED_API": "true"}, cwd=ROOT, stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL)
    try:
        def workers():
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/workers?refresh=1", timeout=5) as response:
                    return json.loads(response.read())
            except OSError:
                return None

        listed = until(lambda: (w := workers()) and worker.name in w and w, timeout=60, what="Flower listing the worker")
        queues = {q["name"] for q in listed[worker.name]["active_queues"]}
        assert queues == {"cpu"}
        assert "studio.render_keyframe" in listed[worker.name]["registered"]
    finally:
        flower.terminate()
        flower.wait(timeout=20)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_cancel_with_the_broker_down_still_cancels_in_the_job_store(tmp_path):
    store = JobStore(database_url(None, tmp_path))
    job = store.add_job(title="film", story="/s.md", project_dir=str(tmp_path / "p"), project_id="p",
                        executor="celery", settings={}, state="queued")
    store.add_task(task_id="t", job_id=job.id, run_id=None, name="echo", target="x", key="k",
                   project_dir=str(tmp_path / "p"), queue="cpu", payload={})
    env = {**os.environ, "STUDIO_QUEUE__BROKER_URL": "redis://127.0.0.1:1/0"}
    started = time.monotonic()
    result = subprocess.run([sys.executable, "-m", "studio.cli", "cancel", job.id[:6], "--root", str(tmp_path)],
                            capture_output=True, text=True, env=env, cwd=ROOT, timeout=60)
    assert result.returncode == 0 and time.monotonic() - started < 10
    assert "not revoked" in result.stderr and "workers will skip them" in result.stderr
    assert store.job(job.id).state == "cancelled" and store.task("t").state == "cancelled"


@needs_redis
def test_a_follower_wakes_when_a_film_ends_not_for_each_task():
    from workers.wakeup import Waiter, channel, ended_channel, notify

    job = uuid.uuid4().hex
    follower = Waiter(BROKER, [ended_channel(job)])
    conductor = Waiter(BROKER, [channel("run-" + job)])
    try:
        notify(BROKER, "run-" + job, job)  # a task of the film finished
        assert conductor.wait(5.0) is True
        assert follower.wait(0.3) is False
        notify(BROKER, "run-" + job, job, ended=True)  # the film's own task ended
        assert follower.wait(5.0) is True
    finally:
        follower.close()
        conductor.close()
