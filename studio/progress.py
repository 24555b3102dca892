"""The CLI's progress displays: a bar per stage of one film, built from its events; a bar per film
of a batch, built from the job store's rows (the films may be rendering on other machines)."""

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
from studio.jobs import JobRecord


class _Bars:
    """A rich Progress that a ``with`` block starts and stops (unless quiet)."""

    def __init__(self, quiet: bool, console: Console, label_width: int) -> None:
        self.quiet = quiet
        self.progress = Progress(
            SpinnerColumn(), TextColumn(f"{{task.description:<{label_width}}}"), BarColumn(), MofNCompleteColumn(),
            TextColumn("{task.fields[note]}"), TimeElapsedColumn(), console=console, transient=False,
        )

    def __enter__(self):
        if not self.quiet:
            self.progress.start()
        return self

    def __exit__(self, *exc) -> None:
        if not self.quiet:
            self.progress.stop()


# A worker's task and the stage whose bar it moves.
TASK_STAGES = {"render_keyframe": "keyframes", "render_keyframes": "keyframes", "synthesize_speech": "speech", "render_segment": "assemble",
               "mix_soundtrack": "assemble", "join_film": "assemble"}


class ProgressView(_Bars):
    """A rich progress bar per stage, driven by events."""

    def __init__(self, quiet: bool, console: Console) -> None:
        super().__init__(quiet, console, 11)
        self.tasks: dict[str, int] = {}

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
        elif event.kind == "task_started" and (bar := self.tasks.get(TASK_STAGES.get(event.stage, ""))) is not None:
            self.progress.update(bar, note=f"{event.target} on {event.message.split('@')[0]}")  # which worker
        elif event.kind == "usage":  # model calls: one bar of its own, with the running cost
            if "llm" not in self.tasks:
                self.tasks["llm"] = self.progress.add_task("model", total=None, note="")
            d = event.data
            self.progress.update(self.tasks["llm"], completed=d.get("calls", 0),
                                 note=f"{d.get('calls', 0)} calls, {d.get('tokens_in', 0) + d.get('tokens_out', 0)} "
                                      f"tokens, ${d.get('cost', 0.0):.4f} ({event.target})")
        elif event.kind == "warning" and not self.quiet:
            self.progress.console.print(f"[yellow]warning:[/] {event.message}")
        elif event.kind == "error" and not self.quiet:
            self.progress.console.print(f"[red]{event.stage}:[/] {event.message}")


class JobsView(_Bars):
    """One bar per film: shots done of shots planned, its state and stage."""

    def __init__(self, quiet: bool, console: Console) -> None:
        super().__init__(quiet, console, 24)
        self.bars: dict[str, int] = {}

    def show(self, jobs: list[JobRecord]) -> None:
        for job in jobs:
            if job.id not in self.bars:
                self.bars[job.id] = self.progress.add_task(job.title[:24], total=None, note="")
            total = job.shots_total or None
            done = total if job.state == "done" else job.shots_done
            note = job.state if job.finished or job.state == "queued" else f"{job.stage or 'starting'}"
            self.progress.update(self.bars[job.id], description=job.title[:24], total=total, completed=done or 0,
                                 note=f"{job.id} {note}")

    def say(self, message: str) -> None:
        self.progress.console.print(message)
