"""The render farm as the CLI sees it: check the broker, submit films, cancel jobs, requeue the work of
dead workers, and start workers with the pool each queue needs.

Found through the registry (``farm: celery``), so the CLI never imports Celery itself.
"""

from __future__ import annotations

import ctypes
import os
import signal
import socket
import subprocess
import sys
from collections.abc import Sequence

from studio.config import Settings
from studio.farm import FarmError
from studio.jobs import JobRecord, JobStore, TaskRecord
from studio.production import film_task_id
from studio.store import project_id
from studio.tasks import TASK_THREADS_ENV
from workers.app import QUEUES, broker_name, build_app, first_line, send
from workers.context import TaskContext
from workers.wakeup import Waiter, ended_channel

# One Celery worker per kind of queue, each with the pool its work needs: forked processes for CPU
# rendering (the GL context lives in each child), one unforked process for a GPU (CUDA does not
# survive a fork), threads for work that mostly waits (model APIs, conductors).
POOLS = {"cpu": "prefork", "gpu": "solo", "llm": "threads", "film": "threads"}
# Thread pools that libraries under the backends start: numpy's BLAS, OpenMP, Mesa's llvmpipe (previz).
THREAD_POOL_VARIABLES = ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "LP_NUM_THREADS")


class CeleryFarm:
    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.app = build_app(settings)

    @property
    def broker(self) -> str:
        return broker_name(self.settings.queue.broker_url)

    def check(self) -> None:
        """Raise ``FarmError`` within seconds when the broker cannot be reached."""
        timeout = self.settings.queue.connect_timeout_s
        try:
            with self.app.connection_for_write() as connection:
                connection.ensure_connection(max_retries=1, interval_start=0, interval_step=0.2, interval_max=0.2,
                                             timeout=timeout)
        except Exception as exc:  # noqa: BLE001 - every transport has its own errors; all mean the same here
            raise FarmError(f"cannot reach the broker at {self.broker} ({first_line(exc)}); start it, or point "
                            "queue.broker_url (STUDIO_QUEUE__BROKER_URL) at one") from None

    # ------------------------------------------------------------- films

    def submit(self, store: JobStore, job: JobRecord) -> str:
        """Send a film's conductor to the film queue; the job row says where it stands from now on."""
        task_id = film_task_id(job.id)
        queue = self.settings.queue.queue_for("film")
        store.add_task(task_id=task_id, job_id=job.id, run_id=None, name="film", target=job.title, key=job.id,
                       project_dir=job.project_dir, queue=queue, payload={"job": job.id})
        store.update_job(job.id, task_id=task_id)
        self._send(store, task_id, "film", {"job": job.id}, queue, job)
        return task_id

    def cancel(self, store: JobStore, job_id: str) -> list[str]:
        """Cancel a job: its queued tasks are revoked; running ones finish, and what they make is kept.
        Raises ``FarmError`` when the broker cannot hear the revocation; the job stays cancelled
        in the job store, and workers skip its tasks when they reach them."""
        ids = store.cancel_job(job_id)
        if ids:
            self.check()
            self.app.control.revoke(ids)
        return ids

    def waiter(self, job_ids: Sequence[str]) -> Waiter:
        """What a follower of these jobs sleeps on: it wakes when one of their films ends."""
        return Waiter(self.settings.queue.broker_url, [ended_channel(job) for job in job_ids])

    def recover(self, store: JobStore) -> list[TaskRecord]:
        """Requeue every task whose worker stopped renewing its lease; dead-letter those over the cap."""
        recovered = []
        for row in store.lapsed():
            job = store.job(row.job_id) if row.job_id else None
            settings = Settings.from_snapshot(store.job_settings(job.id)) if job else self.settings
            cap = settings.queue.max_deliveries
            conducted_here = row.name == "film" and job is not None and job.executor == "inline"
            if row.lost + 1 < cap and not conducted_here:
                # Sent before the row is marked: see CeleryExecutor.recover.
                self._send(store, row.id, row.name, store.payload(row.id), row.queue, job, settings)
                recovered.append(row)
            store.requeue(row.id, cap)
        return recovered

    def _send(self, store: JobStore, task_id: str, name: str, payload: dict, queue: str, job: JobRecord | None,
              settings: Settings | None = None) -> None:
        settings = settings or self.settings
        context = TaskContext.for_run(settings.queue, store.url, job.id if job else None, job.run_id if job else None,
                                      project_id(job.project_dir) if job else None)
        send(self.app, settings.queue, name, payload, context.model_dump(), task_id=task_id, queue_name=queue)

    # ----------------------------------------------------------- workers

    def default_queues(self) -> list[str]:
        """The queues this configuration sends work to, and the film queue."""
        s = self.settings
        queue = s.queue
        used = {queue.queue_for("render_keyframe", [s.keyframes.backend]),
                queue.queue_for("synthesize_speech", [s.voices.backend]),
                queue.queue_for("critique", s.critic.backends),
                queue.queue_for("render_segment", [s.video.backend]),
                queue.queue_for("film")}
        if s.crews.model_backed():
            used.add(queue.queue_for("plan"))
        return sorted(used, key=lambda q: (QUEUES.index(_kind(q)) if _kind(q) in QUEUES else 9, q))

    def run_worker(self, queues: Sequence[str], concurrency: int | None, loglevel: str = "INFO",
                   preload: Sequence[str] = (), threads: int | None = None) -> int:
        """Run workers for ``queues`` until stopped: in this process when one pool serves them all,
        else one child process per kind of queue, stopped together."""
        groups: dict[str, list[str]] = {}
        for queue in queues:
            groups.setdefault(_kind(queue), []).append(queue)
        os.environ["STUDIO_PRELOAD"] = ",".join(preload)
        if threads:  # every library that starts threads of its own gets the same budget
            for variable in (TASK_THREADS_ENV, *THREAD_POOL_VARIABLES):
                os.environ[variable] = str(threads)
        if len(groups) == 1:
            [(kind, names)] = groups.items()
            return self._run_node(kind, names, concurrency, loglevel)
        return self._supervise(groups, concurrency, loglevel)

    def _run_node(self, kind: str, queues: list[str], concurrency: int | None, loglevel: str) -> int:
        from workers.app import app  # the app with the tasks registered

        pool = POOLS.get(kind, "prefork")
        os.environ["STUDIO_POOL"] = pool
        if pool == "solo":
            concurrency = 1
        elif pool == "threads":
            concurrency = concurrency or (self.settings.queue.film_concurrency if kind == "film"
                                          else self.settings.queue.llm_concurrency)
        else:
            concurrency = concurrency or os.cpu_count() or 1
        for warning in self.settings.queue.warnings():
            print(f"warning: {warning}", file=sys.stderr)
        argv = ["worker", "-Q", ",".join(queues), "-P", pool, "-c", str(concurrency),
                "-n", f"{kind}-{os.getpid()}@{socket.gethostname()}", "-l", loglevel,
                "--without-mingle", "--without-gossip"]
        if self.settings.queue.task_events:
            argv.append("-E")
        app.worker_main(argv)
        return 0

    def _supervise(self, groups: dict[str, list[str]], concurrency: int | None, loglevel: str) -> int:
        children: list[subprocess.Popen] = []

        def forward(signum, _frame):
            for child in children:
                if child.poll() is None:
                    child.send_signal(signum)

        # Installed first, and the children get sessions of their own: a Ctrl-C reaches each child
        # once (from here), so Celery shuts down warm instead of reading a second SIGINT as "now".
        for signum in (signal.SIGINT, signal.SIGTERM):
            signal.signal(signum, forward)
        for kind, queues in groups.items():
            command = [sys.executable, "-m", "studio.cli", "worker", "--queues", ",".join(queues), "--loglevel", loglevel,
                       "--no-recover"]
            if concurrency and POOLS.get(kind, "prefork") == "prefork":
                command += ["--concurrency", str(concurrency)]
            children.append(subprocess.Popen(command, preexec_fn=_die_with_parent, start_new_session=True))
        code = 0
        try:
            _, status = os.wait()  # the first child to stop stops the node
            code = os.waitstatus_to_exitcode(status)
        except ChildProcessError:
            pass
        forward(signal.SIGTERM, None)
        for child in children:
            child.wait()
        return code


def _kind(queue: str) -> str:
    """``gpu.sdxl`` is a GPU queue: a queue's kind is its name up to the first dot."""
    return queue.split(".", 1)[0]


def _die_with_parent() -> None:
    # A node killed outright (SIGKILL) must not leave its workers running unsupervised.
    PR_SET_PDEATHSIG = 1
    try:
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    except OSError:
        pass
