"""The Celery app: queues, routing and delivery guarantees. Flower and the celery command use it too:

    celery -A workers.app flower --port=5555
    celery -A workers.app inspect active

Settings come from the same place as everything else (``configs/default.yaml``, the file named
by ``STUDIO_CONFIG``, ``STUDIO_QUEUE__*`` variables); ``studio worker --config F`` sets
``STUDIO_CONFIG`` for the workers it starts.

Queues:
    cpu   previz keyframes, Piper speech, rule critics, film segments and joins (prefork pool)
    gpu   diffusion keyframes, neural TTS (solo pool: one process per GPU, never forked after CUDA)
    llm   model-backed critics and planning calls (threads: they wait on remote models)
    film  conductors: one task per film that plans, sends its tasks and assembles (threads)
"""

from __future__ import annotations

from functools import lru_cache

from celery import Celery
from kombu import Queue
from kombu.exceptions import OperationalError
from kombu.utils.url import maybe_sanitize_url

from studio.config import Queue as QueueSettings
from studio.config import Settings, load_settings
from studio.farm import FarmError

QUEUES = ("cpu", "gpu", "llm", "film")
TASK_PREFIX = "studio."


def configure(app: Celery, queue: QueueSettings, worker: bool = False) -> Celery:
    """``worker``: the app a worker runs, which rides out a broker restart instead of giving up."""
    redis = queue.broker_url.startswith(("redis", "rediss"))
    transport = {"visibility_timeout": queue.visibility_timeout_s} if redis else {}
    if redis:  # an unreachable broker is reported in seconds, not retried for minutes
        transport |= {"socket_connect_timeout": queue.connect_timeout_s, "socket_timeout": max(queue.connect_timeout_s, 10)}
    app.conf.update(
        broker_url=queue.broker_url,
        result_backend=queue.result_backend,
        broker_transport_options={**transport, **queue.transport_options},
        result_backend_transport_options=transport if queue.result_backend.startswith("redis") else {},
        redis_socket_connect_timeout=queue.connect_timeout_s,
        redis_socket_timeout=max(queue.connect_timeout_s, 10),
        broker_connection_timeout=queue.connect_timeout_s,
        broker_connection_retry_on_startup=True,
        broker_connection_max_retries=None if worker else 3,
        task_queues=[Queue(name, routing_key=name) for name in QUEUES],
        task_default_queue="cpu",
        task_routes=(Router(queue),),
        # A message is acknowledged when its task has finished, not when a worker took it, and a
        # worker that dies holding it hands it back; the job store caps how often that can happen.
        task_acks_late=True,
        task_reject_on_worker_lost=True,
        worker_prefetch_multiplier=1,
        task_serializer="json",
        result_serializer="json",
        accept_content=["json"],
        result_accept_content=["json"],
        result_expires=24 * 3600,
        task_annotations={f"{TASK_PREFIX}{task}": {"soft_time_limit": limit.soft, "time_limit": limit.hard}
                          for task, limit in queue.time_limits.items()},
        worker_send_task_events=queue.task_events,
        task_send_sent_event=queue.task_events,
        worker_hijack_root_logger=False,
        worker_cancel_long_running_tasks_on_connection_loss=False,
    )
    return app


class Router:
    """Route a task sent without a queue by its name and its payload's backend (``queue.routes``)."""

    def __init__(self, queue: QueueSettings) -> None:
        self.queue = queue

    def __call__(self, name, args, kwargs, options, task=None, **_):
        if options.get("queue") or not name.startswith(TASK_PREFIX):
            return None
        payload = args[0] if args and isinstance(args[0], dict) else {}
        section = payload.get("section") or {}
        backends = [section["backend"]] if "backend" in section else list(payload.get("critics") or [])
        return {"queue": self.queue.queue_for(name.removeprefix(TASK_PREFIX), backends)}


class BrokerUnavailable(FarmError):
    pass


def send(app: Celery, queue: QueueSettings, name: str, payload: dict, context: dict, *, task_id: str,
         queue_name: str) -> None:
    """Publish one studio task with its time limits; an unreachable broker raises ``BrokerUnavailable``
    after a couple of quick retries, one line for the user."""
    limit = queue.time_limit(name)
    # What Flower and `celery inspect` show of the arguments: the asset, not a page of payload
    # (Celery would otherwise render the whole payload with saferepr for every message).
    shown = {k: payload[k] for k in ("target", "key", "job") if payload.get(k)}
    try:
        app.send_task(f"{TASK_PREFIX}{name}", args=[payload], kwargs={"context": context}, task_id=task_id,
                      argsrepr=repr([shown]), kwargsrepr=repr({"job": context.get("job"), "run": context.get("run")}),
                      queue=queue_name, time_limit=limit.hard, soft_time_limit=limit.soft, retry=True,
                      retry_policy={"max_retries": 2, "interval_start": 0, "interval_step": queue.connect_timeout_s / 2,
                                    "interval_max": queue.connect_timeout_s})
    except OperationalError as exc:
        raise BrokerUnavailable(f"cannot reach the broker at {broker_name(queue.broker_url)}: "
                                f"{first_line(exc)}") from None


def broker_name(url: str) -> str:
    """A broker URL fit for a message: no password."""
    return maybe_sanitize_url(url)


def first_line(exc: BaseException) -> str:
    lines = str(exc).strip().splitlines()
    return lines[0] if lines else type(exc).__name__


def settings_from_environment() -> Settings:
    return load_settings()  # configs/default.yaml, STUDIO_CONFIG, STUDIO_* variables


@lru_cache(maxsize=8)
def app_for(queue_json: str) -> Celery:
    """A configured app per queue settings: the CLI talks to the farm its config names."""
    app = Celery("studio", set_as_current=False)
    return configure(app, QueueSettings.model_validate_json(queue_json))


def build_app(settings: Settings) -> Celery:
    return app_for(settings.queue.model_dump_json())


# The app every worker runs, and that `celery -A workers.app` finds.
app = configure(Celery("studio", include=["workers.tasks", "workers.film", "workers.preload"]),
                settings_from_environment().queue, worker=True)
