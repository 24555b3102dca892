"""The farm commands: `studio batch`, `studio worker`, `studio status`, `studio cancel`.

They talk to the job store (jobs, tasks, events) and, through the registry's ``farm``, to Celery;
this module never imports Celery itself.
"""

from __future__ import annotations

import inspect
import json
import os
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console
from rich.table import Table

from studio.config import Settings, load_settings
from studio.console import EXIT_FAILED, ConfigOption, ExecutorOption, RootOption, clean_errors, err
from studio.ingest import InputError
from studio.jobs import JobRecord, JobStoreError, JobTotals, database_url

if TYPE_CHECKING:
    from studio.jobs import JobStore

stdout = Console(highlight=False)  # what a command reports (tables) goes to stdout; err is for progress and errors
FOLLOW_INTERVAL_S = 0.5  # a progress display needs no more; the films' conductors must not share cores with it
JOB_EVENTS = ("warning", "error", "job_finished")


def register_farm_commands(app: typer.Typer) -> None:
    for command in (batch, worker, status, cancel):
        summary, _, details = inspect.cleandoc(command.__doc__ or "").partition("\n\n")
        app.command(help=summary, epilog=details or None)(command)


# ----------------------------------------------------------------- batch ---


def batch(
    inputs: Annotated[list[Path], typer.Argument(help="Stories, screenplays, or YAML manifests listing films.",
                                                 show_default=False, metavar="FILE_OR_MANIFEST...")],
    out: Annotated[Path, typer.Option("--out", "-o", help="Output root: one folder per film, and jobs.db.")] = Path("out"),
    queue: Annotated[bool, typer.Option("--queue", help="Submit the films to the farm, print their job ids and return.")] = False,
    wait: Annotated[bool, typer.Option("--wait", help="With --queue: follow every job to its end; exit 1 if any failed.")] = False,
    config: ConfigOption = None,
    executor: ExecutorOption = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress display.")] = False,
) -> None:
    """Make many films: one per story, or per entry of a YAML manifest, into OUTROOT/NAME/.

    **Examples**

        studio batch stories/*.md -o out/season1                 # one after another, here
        studio batch films.yaml -o out/season1 --queue           # submit to the farm; prints job ids
        studio batch films.yaml -o out/season1 --queue --wait    # ...and follow them to the end
        studio status                                            # where every job stands

    **Manifest** (paths relative to it; `config` is merged over --config for that film):

        films:
          - story: stories/a.md
            out: a
            cast: casts/a.yaml
            config: {video: {fps: 30}}
          - stories/b.fountain

    Without --queue the films run here one after another (their tasks inline, or on workers with
    --executor celery); a film that fails does not stop the others, and the exit code is 1 if any did.
    """
    from studio.batch import read_orders
    from studio.cli import check_project_folder
    from studio.ingest import load_source

    with clean_errors():
        if wait and not queue:
            raise InputError("--wait follows queued films: give --queue too (without it, studio batch waits anyway)")
        if queue and executor not in (None, "celery"):
            raise InputError("--queue sends each film's tasks to the farm: --executor must be celery (or left out)")
        settings = load_settings(config)
        kind = "celery" if queue else executor
        overrides = {"executor": {"kind": kind}} if kind else {}
        orders = read_orders(inputs, out, config, overrides)
        for order in orders:  # refuse the whole batch on bad input, before anything is written
            load_source(order.story, order.settings.limits)
            check_project_folder(order.out)
        from studio.jobs import JobStore

        store = JobStore(database_url(settings.jobs.db_url, out))
        if queue:
            jobs = submit(store, settings, orders)
            if wait:
                finished = follow(store, [job.id for job in jobs], settings, quiet)
                sys.exit(report_jobs(finished))
            return
        failed = run_here(store, orders, quiet)
    if failed:
        sys.exit(EXIT_FAILED)


def submit(store: JobStore, settings: Settings, orders) -> list[JobRecord]:
    from studio.farm import build_farm
    from studio.production import create_job

    farm = build_farm(settings)
    farm.check()
    for warning in settings.queue.warnings():
        err.print(f"[yellow]warning:[/] {warning}")
    jobs = []
    for order in orders:
        job = create_job(store, order.settings, order.story, order.out)
        farm.submit(store, job)
        print(f"{job.id}\t{job.story}\t{job.project_dir}", flush=True)
        jobs.append(job)
    return jobs


def run_here(store: JobStore, orders, quiet: bool) -> int:
    """Conduct each film in this process, one after another; returns how many failed."""
    from studio.production import conduct_here, create_job, describe
    from studio.progress import ProgressView

    failed = 0
    for order in orders:
        job = create_job(store, order.settings, order.story, order.out, state="running")
        if not quiet:
            err.print(f"[bold]{order.story.name}[/] -> {order.out}  (job {job.id})")
        try:
            with ProgressView(quiet, err) as view:
                conduct_here(store, job.id, listeners=[view])
        except KeyboardInterrupt:
            raise
        except Exception as exc:  # noqa: BLE001 - one film's failure is that film's, the batch goes on
            failed += 1
            print(f"error: {order.story.name}: {' '.join(describe(exc).split())}", file=sys.stderr)
            continue
        print(order.out / "film.mp4", flush=True)
    return failed


def follow(store: JobStore, job_ids: list[str], settings: Settings, quiet: bool) -> list[JobRecord]:
    """Show every job's progress until all have ended, printing their warnings and errors as they come.
    Meanwhile requeue the work of dead workers, as `studio status` does."""
    from studio.farm import build_farm
    from studio.progress import JobsView

    after = 0
    last_recovery = 0.0
    order = {job_id: n for n, job_id in enumerate(job_ids)}
    waiter = build_farm(settings).waiter(job_ids)  # a film that ends wakes it; otherwise it looks twice a second
    try:
        with JobsView(quiet, err) as view:
            while True:
                jobs = sorted(store.jobs(ids=job_ids), key=lambda job: order[job.id])
                view.show(jobs)
                for event in store.events(after=after, jobs=job_ids, kinds=JOB_EVENTS):
                    after = event.id or after
                    if event.kind != "job_finished" and not quiet:
                        colour = "yellow" if event.kind == "warning" else "red"
                        view.say(f"[{colour}]{event.job}:[/] {event.message}")
                if all(job.finished for job in jobs):
                    return jobs
                if time.monotonic() - last_recovery > settings.queue.heartbeat_s:
                    last_recovery = time.monotonic()
                    recover(store, settings)
                waiter.wait(FOLLOW_INTERVAL_S)
    finally:
        waiter.close()


def report_jobs(jobs: list[JobRecord]) -> int:
    for job in jobs:
        if job.state == "done":
            print(Path(job.project_dir) / "film.mp4")
        else:
            print(f"error: {job.id} {Path(job.story).name}: {job.state}: {' '.join((job.error or '').split())}",
                  file=sys.stderr)
    return 0 if all(job.state == "done" for job in jobs) else EXIT_FAILED


def recover(store: JobStore, settings: Settings) -> int:
    """Requeue tasks whose worker died; with the broker down, say so and carry on."""
    from studio.farm import FarmError, build_farm

    if not store.lapsed():
        return 0
    try:
        return len(build_farm(settings).recover(store))
    except (FarmError, JobStoreError, OSError) as exc:
        err.print(f"[yellow]warning:[/] could not requeue the tasks of lost workers: {exc}")
        return 0


# ---------------------------------------------------------------- worker ---


def worker(
    queues: Annotated[str | None, typer.Option("--queues", "-Q", help="Comma-separated queues: cpu, gpu, llm, film "
                                                  "[default: every queue this config sends work to].")] = None,
    concurrency: Annotated[int | None, typer.Option("--concurrency", min=1, help=(
        "Processes of a cpu worker [default: cores]; threads of an llm or film worker when it is the only "
        "kind served [default: queue.llm_concurrency, queue.film_concurrency]."))] = None,
    threads: Annotated[int | None, typer.Option("--threads", min=1, help=(
        "Threads each task may use (video encoding, speech) [default: each backend's own]; give cores / "
        "concurrency, or 1 when several workers share a machine."))] = None,
    cpus: Annotated[str | None, typer.Option("--cpus", help=(
        "Pin this worker (its pool and the encoders it starts) to these CPU cores, e.g. 0 or 2,3: "
        "several workers on one machine then stop competing for the same cores."))] = None,
    config: ConfigOption = None,
    root: RootOption = Path("out"),
    preload: Annotated[str, typer.Option("--preload", help="Backends to load at start, e.g. keyframes,voices.")] = "",
    loglevel: Annotated[str, typer.Option("--loglevel", "-l", help="DEBUG, INFO, WARNING, ERROR.")] = "INFO",
    no_recover: Annotated[bool, typer.Option("--no-recover", hidden=True)] = False,
) -> None:
    """Run a Celery worker for the farm: renders what `studio batch --queue` and `--executor celery` send.

    **Examples**

        studio worker                                  # every queue the config uses (cpu, film)
        studio worker --queues cpu --concurrency 4     # a render node
        studio worker --queues film                    # conductors only (one thread per film)
        studio worker --queues gpu --preload keyframes # one per GPU: models load once, no fork
        celery -A workers.app flower --port=5555       # watch it all in a browser

    Queues of different kinds need different pools (cpu: processes; gpu: one unforked process;
    llm, film: threads), so one command serving several kinds runs one Celery worker per kind.
    On start, tasks whose worker died (their lease lapsed) are requeued, as `studio status` does.
    """
    with clean_errors():
        if config is not None:  # the workers' app reads it too, in this process and its children
            os.environ["STUDIO_CONFIG"] = str(config.resolve())
        settings = load_settings(config)
        from studio.farm import build_farm

        farm = build_farm(settings)
        names = [q.strip() for q in queues.split(",") if q.strip()] if queues else farm.default_queues()
        if not names:
            raise InputError("--queues names no queue")
        farm.check()
        if not no_recover:
            url = database_url(settings.jobs.db_url, root)
            if not url.startswith("sqlite:///") or Path(url.removeprefix("sqlite:///")).exists():
                from studio.jobs import JobStore

                recovered = recover(JobStore(url), settings)
                if recovered:
                    err.print(f"requeued {recovered} task(s) whose worker was lost")
        if cpus:
            pin(cpus)
        roles = [r.strip() for r in preload.split(",") if r.strip()]
        code = farm.run_worker(names, concurrency, loglevel.upper(), roles, threads)
    sys.exit(code)


def pin(cpus: str) -> None:
    try:
        cores = {int(c) for c in cpus.split(",") if c.strip()}
        os.sched_setaffinity(0, cores)  # inherited by the pool's processes and every ffmpeg they start
    except (ValueError, OSError) as exc:
        raise InputError(f"--cpus {cpus}: {exc}; give core numbers such as 0 or 0,1 (this machine has "
                         f"{os.cpu_count()})") from None


# ---------------------------------------------------------------- status ---


def status(
    job: Annotated[str | None, typer.Argument(help="A job id (or its first characters): show its tasks.",
                                                 show_default=False, metavar="JOB")] = None,
    json_out: Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")] = False,
    root: RootOption = Path("out"),
    config: ConfigOption = None,
) -> None:
    """Show the jobs in the job store, or one job's tasks.

    **Examples**

        studio status                  # film, state, shots done/total, attempts, errors, elapsed
        studio status 3fa2             # that job's tasks: queue, state, deliveries, worker, error
        studio status --json | jq '.[] | select(.state == "failed")'
        STUDIO_JOBS__DB_URL=postgresql://db/studio studio status

    Tasks whose worker died are requeued first (within queue.max_deliveries).
    """
    with clean_errors():
        settings = load_settings(config)
        store = open_existing_store(settings, root)
        recover(store, settings)
        if job is None:
            jobs = store.jobs()
            totals = store.totals(j.id for j in jobs)
            if json_out:
                print(json.dumps([job_view(j, totals[j.id]) for j in jobs], indent=1))
            else:
                stdout.print(jobs_table(jobs, totals) if jobs else "no jobs yet")
            return
        record = store.find_job(job)
        tasks = store.job_tasks(record.id)
        if json_out:
            view = job_view(record, store.totals([record.id])[record.id])
            view["tasks"] = [t.model_dump(mode="json") for t in tasks]
            print(json.dumps(view, indent=1))
        else:
            stdout.print(jobs_table([record], store.totals([record.id])))
            stdout.print(tasks_table(tasks))


def open_existing_store(settings: Settings, root: Path) -> JobStore:
    from studio.jobs import JobStore

    url = database_url(settings.jobs.db_url, root)
    if url.startswith("sqlite:///") and not Path(url.removeprefix("sqlite:///")).exists():
        raise JobStoreError(f"no job store at {url.removeprefix('sqlite:///')}: give --root OUTROOT (the -o of "
                            "studio batch) or set jobs.db_url (STUDIO_JOBS__DB_URL)")
    return JobStore(url)


def job_view(job: JobRecord, totals: JobTotals) -> dict:
    return {**job.model_dump(mode="json"), "elapsed_s": round(elapsed(job), 1), "attempts": totals.attempts,
            "errors": totals.errors, "tasks": totals.tasks, "tasks_finished": totals.finished}


def elapsed(job: JobRecord) -> float:
    if job.started_at is None:
        return 0.0
    return (job.finished_at or time.time()) - job.started_at


def jobs_table(jobs: list[JobRecord], totals: dict[str, JobTotals]) -> Table:
    table = Table(title=None, show_lines=False)
    for column in ("job", "film", "state", "shots", "attempts", "errors", "elapsed"):
        table.add_column(column, justify="right" if column in ("shots", "attempts", "errors", "elapsed") else "left")
    colours = {"done": "green", "failed": "red", "cancelled": "yellow", "running": "cyan", "queued": "white"}
    for job in jobs:
        total = totals.get(job.id, JobTotals())
        table.add_row(job.id, job.title, f"[{colours[job.state]}]{job.state}[/]" + (f" {job.stage}" if job.state == "running" else ""),
                      f"{job.shots_done}/{job.shots_total}", str(total.attempts), str(total.errors),
                      f"{elapsed(job):.0f} s")
    return table


def tasks_table(tasks) -> Table:
    table = Table(show_lines=False)
    for column in ("task", "target", "queue", "state", "deliveries", "worker", "time", "error"):
        table.add_column(column)
    for task in tasks:
        took = f"{task.finished_at - task.started_at:.1f} s" if task.finished_at and task.started_at else ""
        table.add_row(task.name, task.target or "", task.queue, task.state, str(task.deliveries),
                      (task.worker or "").split("@")[0], took, (task.error or "")[:80])
    return table


# ---------------------------------------------------------------- cancel ---


def cancel(
    job: Annotated[str, typer.Argument(help="The job id (or its first characters).", show_default=False, metavar="JOB")],
    root: RootOption = Path("out"),
    config: ConfigOption = None,
) -> None:
    """Cancel a job: its queued tasks are revoked and it is marked cancelled; other jobs go on.

    **Examples**

        studio cancel 3fa2c1d9e0b4
        studio cancel 3fa2 --root out/season1

    Tasks already running finish, and everything finished stays in the project folder: submitting
    the film again later reuses it.
    """
    with clean_errors():
        settings = load_settings(config)
        store = open_existing_store(settings, root)
        record = store.find_job(job)
        if record.finished:
            err.print(f"job {record.id} had already ended: {record.state}")
            return
        from studio.farm import FarmError, build_farm

        try:
            revoked = build_farm(settings).cancel(store, record.id)
        except FarmError as exc:
            err.print(f"cancelled job {record.id} ({record.title}) in the job store; its queued tasks were not "
                      f"revoked ({exc}), and workers will skip them when they reach them")
            return
        err.print(f"cancelled job {record.id} ({record.title}): {len(revoked)} queued task(s) revoked")
