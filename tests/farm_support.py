"""Real farms for the farm tests: worker processes started with `studio worker`, a real Redis (or
RabbitMQ) broker, the job store on disk (or PostgreSQL). Nothing here is mocked."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import IO

import pytest

from studio.jobs import JobStore, database_url
from studio.paths import ROOT

DATA = ROOT / "tests" / "data" / "farm"
SMALL = DATA / "small.yaml"
STORIES = [DATA / "harbour.md", DATA / "orchard.fountain", DATA / "library.txt"]
REDIS_DB = 9  # the farm tests' own databases: a studio someone runs here on db 0 is left alone
BROKER = f"redis://127.0.0.1:6379/{REDIS_DB}"
RESULTS = f"redis://127.0.0.1:6379/{REDIS_DB + 1}"


def redis_available() -> bool:
    try:
        import redis

        return bool(redis.Redis(host="127.0.0.1", port=6379, socket_connect_timeout=1).ping())
    except Exception:  # noqa: BLE001
        return False


needs_redis = pytest.mark.skipif(not redis_available(), reason="needs Redis on 127.0.0.1:6379 (.ci/run starts it)")


def flush_broker(url: str = BROKER) -> None:
    import redis

    redis.Redis.from_url(url).flushdb()
    redis.Redis.from_url(RESULTS).flushdb()


def farm_env(tmp: Path, **settings: str) -> dict[str, str]:
    """The environment of every process of one test farm: its broker, short leases, small films."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "OMP_NUM_THREADS": "1", "STUDIO_CONFIG": str(SMALL),
           "STUDIO_QUEUE__BROKER_URL": BROKER, "STUDIO_QUEUE__RESULT_BACKEND": RESULTS,
           "STUDIO_QUEUE__LEASE_S": "4", "STUDIO_QUEUE__HEARTBEAT_S": "0.5", "STUDIO_QUEUE__TASK_EVENTS": "false",
           "STUDIO_JOBS__DB_URL": f"sqlite:///{tmp / 'out' / 'jobs.db'}"}
    env.update(settings)
    return env


def studio(*args: str, env: dict[str, str], timeout: float = 300) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "studio.cli", *args], capture_output=True, text=True, env=env,
                          cwd=ROOT, timeout=timeout)


class Worker:
    """One `studio worker` process (and its pool), in its own process group so a test can kill it
    outright. Started when its Celery node says it is ready; its log is kept for failures."""

    def __init__(self, queues: str, env: dict[str, str], log: Path, concurrency: int = 1, *extra: str,
                 nodes: int = 1) -> None:
        command = [sys.executable, "-m", "studio.cli", "worker", "--queues", queues, "--concurrency", str(concurrency),
                   *extra]
        self.log = log
        self.process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                                        env=env, cwd=ROOT, start_new_session=True)
        self.names: list[str] = []
        sink = log.open("a", encoding="utf-8")
        for line in self.process.stdout:  # blocks on the pipe: the worker's own words are the clock
            sink.write(line)
            sink.flush()
            if line.rstrip().endswith(" ready."):
                self.names.append(line.rstrip().split()[-2])
                if len(self.names) == nodes:  # a worker serving several kinds of queue runs a node per kind
                    break
        else:
            sink.close()
            raise RuntimeError(f"worker for {queues} did not start:\n{log.read_text()}")
        threading.Thread(target=_drain, args=(self.process.stdout, sink), daemon=True).start()

    @property
    def name(self) -> str:
        return self.names[0]

    @property
    def alive(self) -> bool:
        return self.process.poll() is None

    def kill(self) -> None:
        """SIGKILL the worker and its pool, as a machine losing power would."""
        os.killpg(self.process.pid, signal.SIGKILL)
        self.process.wait(timeout=30)

    def stop(self) -> None:
        if self.alive:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.kill()


def _drain(stream: IO[str], sink: IO[str]) -> None:
    for line in stream:
        sink.write(line)
        sink.flush()
    sink.close()


@pytest.fixture
def farm(tmp_path):
    """Start workers with ``farm.start(queues, ...)``; every one is stopped at the end of the test."""
    flush_broker()
    workers: list[Worker] = []

    class Farm:
        env = farm_env(tmp_path)
        root = tmp_path / "out"

        def start(self, queues: str, concurrency: int = 1, env: dict[str, str] | None = None, *extra: str,
                  nodes: int = 1) -> Worker:
            worker = Worker(queues, env or self.env, tmp_path / f"worker-{len(workers)}.log", concurrency, *extra,
                            nodes=nodes)
            workers.append(worker)
            return worker

        def store(self) -> JobStore:
            return JobStore(database_url(self.env["STUDIO_JOBS__DB_URL"], self.root))

    yield Farm()
    for worker in workers:
        worker.stop()


def until(condition: Callable[[], object], timeout: float = 120, what: str = "condition") -> object:
    """Check a condition on real state (the job store) each time a worker announces a change to a
    job's task (the farm's wake-up channels), and at least every half second for changes nobody
    announces; fail the test at the deadline."""
    import redis

    deadline = time.monotonic() + timeout
    with redis.Redis.from_url(BROKER).pubsub(ignore_subscribe_messages=True) as changes:
        changes.psubscribe("studio:job:*")
        while not (value := condition()):
            left = deadline - time.monotonic()
            if left <= 0:
                raise AssertionError(f"timed out after {timeout} s waiting for {what}")
            changes.get_message(timeout=min(left, 0.5))
    return value


def job_ids(result: subprocess.CompletedProcess) -> list[str]:
    return [line.split("\t")[0] for line in result.stdout.splitlines() if "\t" in line]


def write_manifest(path: Path, films: list[dict]) -> Path:
    path.write_text(json.dumps({"films": films}), encoding="utf-8")  # JSON is YAML
    return path
