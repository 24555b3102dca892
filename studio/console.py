"""What every CLI command shares: the error console, exit codes, and one clean line per failure."""

from __future__ import annotations

import os
import re
import sys
import tempfile
import time
import traceback
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from studio.config import ConfigError, Crews
from studio.executor import JobCancelled
from studio.farm import FarmError
from studio.ingest import InputError
from studio.jobs import JobStoreError
from studio.ledger import ModelError
from studio.project_lock import ProjectBusy
from studio.registry import RegistryError

EXIT_BAD_INPUT = 2  # bad input, bad config, or a service (broker, job store) that cannot be reached
EXIT_FAILED = 1

err = Console(stderr=True, highlight=False, soft_wrap=True)  # a message is one line, for logs and grep

ConfigOption = Annotated[Path | None, typer.Option("--config", "-c", help="YAML file overriding configs/default.yaml.")]
CastOption = Annotated[Path | None, typer.Option("--cast", help="cast.yaml: per character look, voice, reference image.")]
ExecutorOption = Annotated[str | None, typer.Option(
    "--executor", "-x", help="Where tasks run: inline (this process) or celery (`studio worker` processes) "
    "[default: executor.kind].")]
BudgetOption = Annotated[str | None, typer.Option(
    "--budget", help="Hard cap on model spending for this project: money (0.50 or $0.50, in the currency of "
    "llm.prices) or tokens (20000tok). The run stops before a call that could exceed it.")]
RootOption = Annotated[Path, typer.Option("--root", "-r", help="Output root holding jobs.db (unless jobs.db_url is set).")]


@contextmanager
def clean_errors() -> Iterator[None]:
    """Turn every failure into one ``error: ...`` line and an exit code; tracebacks go to a log."""
    from studio.pipeline import StageError

    try:
        yield
    except (InputError, ConfigError, RegistryError, FarmError, JobStoreError) as exc:
        fail(str(exc), EXIT_BAD_INPUT)
    except KeyboardInterrupt:
        fail("interrupted; run the same command again to resume from what is rendered", 130)
    except (StageError, JobCancelled, ModelError, ProjectBusy) as exc:
        fail(str(exc), EXIT_FAILED)
    except Exception as exc:  # noqa: BLE001 - the one place that turns surprises into a clean exit
        log = write_crash_log(traceback.format_exc())
        fail(f"internal error: {type(exc).__name__}: {exc} (traceback in {log})", EXIT_FAILED)


def write_crash_log(text: str) -> Path | str:
    """The traceback, kept in the user's state folder (``$XDG_STATE_HOME/studio``, else
    ``~/.local/state/studio``), one file a crash, and never in the working directory, which may be
    a project or read-only. If no folder can be written, the message says so instead."""
    base = Path(os.environ.get("XDG_STATE_HOME") or Path.home() / ".local" / "state") / "studio"
    for folder in (base, Path(tempfile.gettempdir())):
        log = folder / f"studio-crash-{time.strftime('%Y%m%d-%H%M%S')}-{os.getpid()}.log"
        try:
            folder.mkdir(parents=True, exist_ok=True)
            log.write_text(text, encoding="utf-8")
            return log
        except OSError:
            continue
    return "no log: no writable folder"


def fail(message: str, code: int) -> None:
    print(f"error: {' '.join(message.split())}", file=sys.stderr)
    sys.exit(code)


def budget_settings(budget: str | None) -> dict:
    """``--budget`` as settings overrides: the cap applies to the project, every model role together."""
    if budget is None:
        return {}
    text = budget.strip().lower().replace(",", "").replace("_", "")
    if tokens := re.fullmatch(r"(\d+)(k?)\s*(?:tok|tokens?)", text):
        cap: dict = {"budget_tokens": int(tokens[1]) * (1000 if tokens[2] else 1)}
    elif money := re.fullmatch(r"\$?\s*(\d+(?:\.\d*)?|\.\d+)\s*(?:usd)?", text):
        cap = {"budget_usd": float(money[1])}
    else:
        raise ConfigError(f"--budget {budget!r}: give money (0.50, $0.50) or tokens (20000tok, 20k tokens)")
    return {"llm": cap, "crews": dict.fromkeys(Crews.model_fields, cap), "critic": {"vlm": cap}}
