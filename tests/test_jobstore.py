"""The job store's rules, on SQLite and on PostgreSQL: who may run a task, leases, dead letters,
cancellation, events read back in order, and claims racing from many processes."""

from __future__ import annotations

import multiprocessing
import os
import socket
import subprocess
import uuid

import pytest

from studio.events import Event
from studio.jobs import JobStore, database_url
from studio.jobs.schema import TaskRow
from tests.test_farm_services import needs_postgres

HOST = socket.gethostname()


def _dead_holder() -> str:
    process = subprocess.Popen(["true"])
    process.wait()
    return f"{process.pid}@{HOST}"


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=needs_postgres)])
def store(request, tmp_path):
    if request.param == "sqlite":
        yield JobStore(database_url(None, tmp_path))
        return
    import psycopg

    name = f"studio_test_{uuid.uuid4().hex[:8]}"
    with psycopg.connect("host=127.0.0.1 dbname=test", autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    store = JobStore(database_url(f"postgresql://127.0.0.1/{name}", tmp_path))
    yield store
    store.close()
    with psycopg.connect("host=127.0.0.1 dbname=test", autocommit=True) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def add(store: JobStore, task_id: str = "t1", key: str = "k1", job_state: str = "running") -> str:
    job = store.add_job(title="film", story="/s.md", project_dir="/p", project_id="p", executor="celery",
                        settings={"a": 1}, state=job_state)
    store.add_task(task_id=task_id, job_id=job.id, run_id="r", name="render_keyframe", target="sh1", key=key,
                   project_dir="/p", queue="cpu", payload={"x": 1})
    return job.id


def test_a_queued_task_runs_once_and_a_second_delivery_is_held(store):
    add(store)
    assert store.claim("t1", worker="a", lease_s=30, max_deliveries=3, holder="1@elsewhere").verdict == "run"
    held = store.claim("t1", worker="b", lease_s=30, max_deliveries=3, holder="2@elsewhere")
    assert held.verdict == "held" and held.detail == "1@elsewhere"
    row = store.task("t1")
    assert row.state == "running" and row.deliveries == 1 and row.duplicates == 1 and row.worker == "a"


def test_a_second_delivery_to_the_same_process_is_held_too(store):
    add(store)  # a threads pool: one process, two deliveries of one message
    first = store.claim("t1", worker="a", lease_s=30, max_deliveries=3)
    second = store.claim("t1", worker="a", lease_s=30, max_deliveries=3)
    assert first.verdict == "run" and second.verdict == "held" and second.detail == first.holder
    assert store.heartbeat("t1", 30, first.holder) and not store.heartbeat("t1", 30, "someone else")


def test_a_finished_task_hands_back_its_result(store):
    add(store)
    store.claim("t1", worker="a", lease_s=30, max_deliveries=3)
    store.succeed("t1", {"asset": {"key": "k1"}})
    claim = store.claim("t1", worker="b", lease_s=30, max_deliveries=3)
    assert claim.verdict == "done" and claim.result == {"asset": {"key": "k1"}}
    [outcome] = store.outcomes(["t1", "missing"])
    assert outcome.state == "succeeded" and outcome.result == {"asset": {"key": "k1"}}


def test_a_dead_holder_is_taken_over_until_the_cap_then_the_task_is_dead_lettered(store):
    add(store)
    for delivery in range(1, 4):
        assert store.claim("t1", worker="w", lease_s=30, max_deliveries=3, holder=_dead_holder()).verdict == "run"
        assert store.task("t1").deliveries == delivery
    claim = store.claim("t1", worker="w", lease_s=30, max_deliveries=3, holder=_dead_holder())
    row = store.task("t1")
    assert claim.verdict == "dead" and row.state == "dead" and row.lost == 3 and row.error.startswith("worker lost 3 times")
    assert store.claim("t1", worker="w", lease_s=30, max_deliveries=3).verdict == "finished"


def test_a_lapsed_lease_is_requeued_and_a_live_one_is_not(store):
    add(store, "t1", "k1")
    add(store, "t2", "k2")
    store.claim("t1", worker="w", lease_s=-1, max_deliveries=3, holder="1@elsewhere")  # its last beat: a second ago
    store.claim("t2", worker="w", lease_s=60, max_deliveries=3, holder="2@elsewhere")
    assert [row.id for row in store.lapsed()] == ["t1"]
    assert store.requeue("t1", max_deliveries=3) == "requeued"
    assert store.requeue("t2", max_deliveries=3) == "alive"
    row = store.task("t1")
    assert row.state == "queued" and row.lost == 1 and row.holder is None


def test_a_heartbeat_keeps_the_lease_and_fails_once_the_task_is_taken_away(store):
    add(store)
    store.claim("t1", worker="w", lease_s=0.5, max_deliveries=3, holder="1@elsewhere")
    before = store.task("t1").lease_until
    assert store.heartbeat("t1", 30, holder="1@elsewhere")
    assert store.task("t1").lease_until > before + 20
    assert not store.heartbeat("t1", 30, holder="2@elsewhere")


def test_the_same_asset_for_another_job_waits_for_the_one_being_made(store):
    add(store, "t1", "same")
    add(store, "t2", "same")
    store.claim("t1", worker="a", lease_s=30, max_deliveries=3, holder="1@elsewhere")
    claim = store.claim("t2", worker="b", lease_s=30, max_deliveries=3, holder="2@elsewhere")
    assert claim.verdict == "wait" and claim.detail == "t1"
    store.succeed("t1", {"ok": True})
    assert store.claim("t2", worker="b", lease_s=30, max_deliveries=3, holder="2@elsewhere").verdict == "run"


def test_waiting_for_a_twin_does_not_count_as_losing_a_worker(store):
    add(store, "t1", "same")
    add(store, "t2", "same")
    store.claim("t2", worker="b", lease_s=30, max_deliveries=3, holder=_dead_holder())  # its worker died
    store.claim("t1", worker="a", lease_s=30, max_deliveries=3, holder="1@elsewhere")  # meanwhile, the twin
    for _ in range(4):
        assert store.claim("t2", worker="b", lease_s=30, max_deliveries=3).verdict == "wait"
    assert store.task("t2").lost == 0 and store.task("t2").state == "running"


def test_a_film_task_that_ends_badly_takes_its_job_with_it(store):
    job_id = add(store)
    store.add_task(task_id="film", job_id=job_id, run_id=None, name="film", target="film", key=job_id,
                   project_dir="/p", queue="film", payload={"job": job_id})
    for _ in range(3):
        store.claim("film", worker="w", lease_s=30, max_deliveries=3, holder=_dead_holder())
    assert store.claim("film", worker="w", lease_s=30, max_deliveries=3).verdict == "dead"
    job = store.job(job_id)
    assert job.state == "failed" and "worker lost 3 times" in job.error


def test_a_film_conducted_by_a_process_that_died_fails_its_inline_job(store):
    job = store.add_job(title="film", story="/s.md", project_dir="/p", project_id="p", executor="inline",
                        settings={}, state="running")
    store.add_task(task_id="film", job_id=job.id, run_id=None, name="film", target="film", key=job.id,
                   project_dir="/p", queue="film", payload={"job": job.id})
    store.claim("film", worker="cli", lease_s=30, max_deliveries=3, holder=_dead_holder())
    assert store.requeue("film", max_deliveries=3) == "failed"
    assert store.job(job.id).state == "failed" and "died" in store.job(job.id).error


def test_cancelling_a_job_cancels_its_queued_tasks_and_refuses_later_deliveries(store):
    job_id = add(store, "t1", "k1")
    store.add_task(task_id="t2", job_id=job_id, run_id="r", name="critique", target="sh2", key="k2",
                   project_dir="/p", queue="cpu", payload={})
    store.claim("t2", worker="w", lease_s=30, max_deliveries=3)
    revoked = store.cancel_job(job_id)
    assert revoked == ["t1"]
    assert store.job(job_id).state == "cancelled" and store.task("t1").state == "cancelled"
    assert store.claim("t1", worker="w", lease_s=30, max_deliveries=3).verdict == "cancelled"
    assert not store.start_job(job_id, "r2")
    store.finish_job(job_id, "done")  # a conductor finishing late does not undo the cancel
    assert store.job(job_id).state == "cancelled"


def test_transient_retries_are_counted(store):
    add(store)
    claim = store.claim("t1", worker="w", lease_s=30, max_deliveries=3)
    assert store.retrying("t1", "ConnectionError: reset", claim.holder) == 1
    assert store.task("t1").state == "retrying"
    assert store.claim("t1", worker="w", lease_s=30, max_deliveries=3).verdict == "run"
    assert store.task("t1").deliveries == 2 and store.task("t1").retries == 1


def test_events_come_back_in_order_after_an_id(store):
    job_id = add(store)
    ids = [store.add_event(Event(kind="progress", stage="s", message=str(n), job=job_id, run="r")) for n in range(5)]
    assert ids == sorted(ids)
    later = store.events(after=ids[1], job=job_id)
    assert [e.message for e in later] == ["2", "3", "4"] and [e.id for e in later] == ids[2:]
    assert store.events(after=ids[-1], jobs=[job_id]) == []


def test_totals_count_attempts_and_errors(store):
    job_id = add(store, "t1", "k1")
    store.add_task(task_id="t2", job_id=job_id, run_id="r", name="critique", target="sh1", key="k2",
                   project_dir="/p", queue="cpu", payload={})
    store.claim("t1", worker="w", lease_s=30, max_deliveries=3)
    store.succeed("t1", {})
    store.claim("t2", worker="w", lease_s=30, max_deliveries=3)
    store.fail("t2", "ValueError: no")
    totals = store.totals([job_id])[job_id]
    assert (totals.tasks, totals.finished, totals.attempts, totals.errors) == (2, 2, 2, 1)


def test_a_job_is_found_by_the_start_of_its_id(store):
    job_id = add(store)
    assert store.find_job(job_id[:4]).id == job_id
    with pytest.raises(Exception, match="no job"):
        store.find_job("zzzz")


def _claim_in_a_process(url: str, number: int, results) -> None:
    store = JobStore(url)
    # Holders on another host: their liveness is the lease's to tell, not this host's process table.
    results.put(store.claim("race", worker="w", lease_s=30, max_deliveries=3, holder=f"{number}@elsewhere").verdict)


def test_many_processes_claiming_one_task_let_exactly_one_run(store):
    add(store, "race", "k")
    context = multiprocessing.get_context("spawn")
    results = context.Queue()
    processes = [context.Process(target=_claim_in_a_process, args=(store.url, n, results)) for n in range(6)]
    for process in processes:
        process.start()
    verdicts = sorted(results.get(timeout=60) for _ in processes)
    for process in processes:
        process.join(timeout=60)
    assert verdicts == ["held"] * 5 + ["run"]
    with store.reading() as session:
        row = session.get(TaskRow, "race")
        assert row.deliveries == 1 and row.duplicates == 5


def test_the_schema_is_migrated_by_alembic(store):
    from sqlalchemy import inspect, text

    with store.engine.connect() as connection:
        assert connection.execute(text("SELECT version_num FROM alembic_version")).scalar() == "0001"
    assert {"jobs", "tasks", "events"} <= set(inspect(store.engine).get_table_names())
    JobStore(store.url)  # opening again finds it current and changes nothing


def test_a_worker_that_lost_its_lease_cannot_retry_fail_or_release_the_task(store):
    add(store)
    first = store.claim("t1", worker="a", lease_s=-1, max_deliveries=3, holder="1@elsewhere")  # its lease lapsed
    second = store.claim("t1", worker="b", lease_s=30, max_deliveries=3, holder="2@elsewhere")  # and b took over
    assert first.verdict == second.verdict == "run"
    assert store.retrying("t1", "ConnectionError", "1@elsewhere") is None
    assert not store.fail("t1", "ValueError", holder="1@elsewhere")
    assert not store.release("t1", "1@elsewhere")
    row = store.task("t1")
    assert row.state == "running" and row.holder == "2@elsewhere" and row.lost == 1
    assert store.release("t1", "2@elsewhere") and store.task("t1").state == "queued"


def test_a_live_process_on_this_host_keeps_its_task_however_late_its_heartbeat(store):
    add(store)
    store.claim("t1", worker="a", lease_s=-1, max_deliveries=3, holder=f"{os.getpid()}@{HOST}/x")  # stalled, alive
    assert store.lapsed() == []
    assert store.claim("t1", worker="b", lease_s=30, max_deliveries=3, holder="2@elsewhere").verdict == "held"


def test_a_delivery_of_a_finished_task_counts_as_a_duplicate(store):
    add(store)
    store.claim("t1", worker="a", lease_s=30, max_deliveries=3)
    store.succeed("t1", {})
    store.claim("t1", worker="b", lease_s=30, max_deliveries=3)
    assert store.task("t1").duplicates == 1 and store.task("t1").deliveries == 1


def test_a_task_added_after_its_job_was_cancelled_is_born_cancelled(store):
    job_id = add(store)
    store.cancel_job(job_id)
    row, new = store.add_task(task_id="late", job_id=job_id, run_id="r", name="critique", target="sh1", key="k9",
                              project_dir="/p", queue="cpu", payload={})
    assert new and row.state == "cancelled"


def test_a_resumed_conductor_resends_only_what_nobody_holds(store):
    add(store, "t1", "k1")
    add(store, "t2", "k2")
    store.claim("t2", worker="w", lease_s=30, max_deliveries=3, holder="1@elsewhere")
    assert store.resend("t1", "new-run") and store.task("t1").run_id == "new-run"
    assert not store.resend("t2", "new-run")


def test_a_stage_records_its_tasks_in_one_go_and_known_ones_keep_their_rows(store):
    job_id = add(store, "t1", "k1")
    store.claim("t1", worker="w", lease_s=30, max_deliveries=3)
    rows = [{"task_id": task_id, "name": "render_keyframe", "target": target, "key": key, "project_dir": "/p",
             "queue": "cpu", "payload": {"n": n}} for n, (task_id, target, key) in
            enumerate([("t1", "sh1", "k1"), ("t2", "sh2", "k2"), ("t3", "sh3", "k3")])]
    assert store.add_tasks(rows, job_id=job_id, run_id="r2") == [False, True, True]
    assert store.task("t1").state == "running" and store.task("t1").run_id == "r"  # untouched
    assert [(store.task(t).state, store.task(t).target, store.payload(t)) for t in ("t2", "t3")] == [
        ("queued", "sh2", {"n": 1}), ("queued", "sh3", {"n": 2})]
    store.cancel_job(job_id)
    late = [{**rows[0], "task_id": "t4", "key": "k4"}]
    assert store.add_tasks(late, job_id=job_id, run_id="r2") == [True]
    assert store.task("t4").state == "cancelled"
