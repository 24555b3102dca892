"""The CLI's progress display: a rich bar per stage, built from pipeline events only."""

from __future__ import annotations

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    SpinnerColumn,
    TextColumn,
    TimeElapsedColumn,
)

from studio.events import Event


class ProgressView:
    """A rich progress bar per stage, driven by events."""

    def __init__(self, quiet: bool, console: Console) -> None:
        self.quiet = quiet
        self.progress = Progress(
            SpinnerColumn(), TextColumn("{task.description:<11}"), BarColumn(), MofNCompleteColumn(),
            TextColumn("{task.fields[note]}"), TimeElapsedColumn(), console=console, transient=False,
        )
        self.tasks: dict[str, int] = {}

    def __enter__(self) -> ProgressView:
        if not self.quiet:
            self.progress.start()
        return self

    def __exit__(self, *exc) -> None:
        if not self.quiet:
            self.progress.stop()

    def __call__(self, event: Event) -> None:
        if event.kind == "stage_started":
            self.tasks[event.stage] = self.progress.add_task(event.stage, total=event.total or 1, note="")
            return
        task = self.tasks.get(event.stage)
        if event.kind == "stage_finished" and task is not None:
            self.progress.update(task, completed=self.progress.tasks[task].total, note="")
        elif task is not None and event.kind in ("critique", "asset_rendered", "asset_cached"):
            if event.data.get("final"):  # the item is done: passed, out of attempts, or needs no critic
                self.progress.advance(task)
            verdict = {"critique": "ok" if event.data.get("passed") else "retry"}.get(event.kind)
            self.progress.update(task, note=f"{event.target} {verdict or event.kind.removeprefix('asset_')}")
        elif event.kind == "warning" and not self.quiet:
            self.progress.console.print(f"[yellow]warning:[/] {event.message}")
        elif event.kind == "error" and not self.quiet:
            self.progress.console.print(f"[red]{event.stage}:[/] {event.message}")
