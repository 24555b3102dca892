"""The ``studio`` command line: make a film, or just plan one.

Progress comes from the pipeline's events only; this module never asks a stage how it is doing.
Every expected failure ends as one ``error: ...`` line and a non-zero exit, never a traceback.
"""

from __future__ import annotations

import sys
import time
from collections import Counter
from contextlib import nullcontext
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    SpinnerColumn,
    TextColumn,
    TimeElapsedColumn,
)

from studio.cli_farm import register_farm_commands
from studio.config import load_settings
from studio.console import EXIT_FAILED, CastOption, ConfigOption, ExecutorOption, clean_errors, err
from studio.events import Event, EventBus, EventLog
from studio.ingest import InputError
from studio.progress import ProgressView

app = typer.Typer(
    name="studio",
    help="Turn a story (.txt/.md) or a screenplay (.fountain) into a narrated, subtitled film.",
    add_completion=False,
    pretty_exceptions_enable=False,
    no_args_is_help=True,
    rich_markup_mode="markdown",
)


@app.command(epilog="""
**Examples**

    studio make assets/examples/lighthouse.md
    studio make script.fountain -o out/script --cast cast.yaml
    STUDIO_VIDEO__FPS=30 studio make story.txt -c configs/default.yaml
    studio make story.md --executor celery      # tasks run on `studio worker` processes

Run it again after editing the story: only what changed is rendered.
""")
def make(
    story: Annotated[Path, typer.Argument(help="The story (.txt, .md) or screenplay (.fountain).", show_default=False, metavar="STORY")],
    out: Annotated[Optional[Path], typer.Option("--out", "-o", help="Project folder [default: out/STORY-NAME].")] = None,
    config: ConfigOption = None,
    cast: CastOption = None,
    executor: ExecutorOption = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress display.")] = False,
    json_events: Annotated[bool, typer.Option("--json", help="Stream events as JSON lines on stderr (for scripts and CI).")] = False,
) -> None:
    """Plan and render a film: characters, shots, keyframes, voices, subtitles, storyboard, film.mp4."""
    from studio.pipeline import Pipeline

    from studio.jobs import new_id
    from studio.store import project_id

    out = out or Path("out") / story.stem
    bus = EventBus(run=new_id(), project=project_id(out))
    counts: Counter[str] = Counter()
    bus.subscribe(lambda e: counts.update([e.kind]))
    started = time.perf_counter()
    with clean_errors():
        settings = load_settings(config, cast=str(cast) if cast else None, executor=_executor(executor))
        if settings.executor.kind != "inline" or settings.jobs.db_url:
            project = make_as_job(settings, story, out, quiet, json_events, counts)
        else:
            pipeline = Pipeline(settings, out, bus)
            early: list[Event] = []
            stop_buffering = bus.subscribe(early.append)
            source = pipeline.ingest(story)  # refuse bad input before anything is written
            stop_buffering()
            check_project_folder(out)
            log = EventLog(out / "events.jsonl")
            for event in early:
                log(event)
            bus.subscribe(log)
            if json_events:
                bus.subscribe(print_event)
            with ProgressView(quiet or json_events, err) as view:
                bus.subscribe(view)
                for event in early:  # ingest finished before the display existed
                    view(event)
                project = pipeline.render(pipeline.plan(source))
            log.close()
    elapsed = time.perf_counter() - started
    if not json_events:  # the event stream already said all of this, machine-readably
        report(project, counts, elapsed, out)
    print(out / "film.mp4")


def make_as_job(settings, story: Path, out: Path, quiet: bool, json_events: bool, counts: Counter[str]):
    """`studio make` through the job store: the film's tasks run wherever the executor sends them,
    and `studio status` shows it like any queued film."""
    from studio.farm import build_farm
    from studio.ingest import load_source
    from studio.jobs import JobStore, database_url
    from studio.production import conduct_here, create_job

    load_source(story, settings.limits)  # refuse bad input before anything is written
    check_project_folder(out)
    if settings.executor.kind == "celery":
        build_farm(settings).check()
    store = JobStore(database_url(settings.jobs.db_url, out.resolve().parent))
    job = create_job(store, settings, story, out, state="running")
    if not quiet and not json_events:
        err.print(f"job {job.id} ({settings.executor.kind}): studio status {job.id}")
    listeners = [lambda e: counts.update([e.kind])] + ([print_event] if json_events else [])
    with ProgressView(quiet or json_events, err) as view:
        return conduct_here(store, job.id, listeners=[*listeners, view])


def print_event(event: Event) -> None:
    print(event.model_dump_json(), file=sys.stderr, flush=True)


def _executor(kind: str | None) -> dict | None:
    return {"kind": kind} if kind else None


def check_project_folder(out: Path) -> None:
    """Write only into a new, empty or earlier studio folder: a re-run prunes stale shots there."""
    if out.exists() and not out.is_dir():
        raise InputError(f"--out {out} is a file, not a folder")
    if out.is_dir() and any(out.iterdir()) and not (out / "project.json").exists() and not (out / "events.jsonl").exists():
        raise InputError(f"--out {out} is a folder with other files in it; give a new or empty folder")


def report(project, counts: Counter[str], elapsed: float, out: Path) -> None:
    err.print(
        f"[bold]{project.title}[/]: {len(project.shots)} shots, {len(project.speech)} lines, "
        f"{project.timeline.duration:.1f} s film; {counts['asset_rendered']} assets rendered, "
        f"{counts['asset_cached']} from cache, in {elapsed:.1f} s"
    )
    for failure in project.failures:
        err.print(f"[yellow]warning:[/] kept a take that failed the critic: {failure}")
    err.print(f"storyboard: {out / 'storyboard.html'}")


@app.command(epilog="""
**Examples**

    studio plan assets/examples/the_visit.fountain > plan.json
    studio plan story.md | jq '.shots[].type'
""")
def plan(
    story: Annotated[Path, typer.Argument(help="The story (.txt, .md) or screenplay (.fountain).", show_default=False, metavar="STORY")],
    config: ConfigOption = None,
    cast: CastOption = None,
) -> None:
    """Plan only: print the project (treatment, script, shots with layouts and cameras) as JSON."""
    from studio.pipeline import Pipeline

    with clean_errors():
        settings = load_settings(config, cast=str(cast) if cast else None)
        pipeline = Pipeline(settings, Path("out") / story.stem)
        project = pipeline.plan(pipeline.ingest(story))
    print(project.model_dump_json(indent=1))


@app.command(epilog="""
**Examples**

    studio layout "a cat on the left of a dog, and the dog is on a table" --out out/cat
    studio layout "nine lanterns in three rows, top view" --out out/lanterns --size 768
    studio layout --batch prompts.txt --out out/batch

**Output** (one folder per prompt): `layout.json` (objects with integer `id`, `name`, `position`,
`size`, `yaw_deg`; `camera`; `relations`, each with `holds` as measured on the render), `render.png`,
`mask.png` (8-bit, pixel = object id, 0 = background) and `depth.png` (16-bit millimetres from the
camera, 0 = no surface).

**Batch files**: one prompt a line; line *i* (0-based, every line counted) goes to `DIR/NNNN/`
(`0000`, `0001`, ...). A blank line still gets its folder, holding only a `layout.json` with an
`error` note, so folder numbers always match line numbers.
""")
def layout(
    prompt: Annotated[Optional[str], typer.Argument(help="The scene, in words.", show_default=False, metavar="PROMPT")] = None,
    out: Annotated[Path, typer.Option("--out", "-o", help="Output folder.")] = Path("out/layout"),
    batch: Annotated[Optional[Path], typer.Option("--batch", "-b", help="A text file of prompts, one a line.")] = None,
    size: Annotated[int, typer.Option("--size", "-s", min=64, max=4096, help="Render width and height in pixels.")] = 512,
    attempts: Annotated[int, typer.Option("--attempts", min=1, max=10, help="Plans tried per prompt when a relation fails.")] = 3,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
) -> None:
    """Lay out a scene described in words (objects, counts, left/right/on/under/behind/hidden by,
    facing, camera view) in 3D, render it, and check every relation on the rendered mask and depth."""
    from studio import registry
    from studio.layout_run import lay_out, read_prompts, write_result

    with clean_errors():
        prompts = read_prompts(prompt, batch)
        agent = registry.build("spatial", "offline", {"aspect": 1.0, "budget": attempts})
        renderer = registry.build("keyframes", "previz", {})
        started = time.perf_counter()
        held = total = crashed = 0
        progress = Progress(SpinnerColumn(), TextColumn("layout"), BarColumn(), MofNCompleteColumn(),
                            TextColumn("{task.fields[note]}"), TimeElapsedColumn(), console=err, transient=False)
        show = batch is not None and not quiet
        with progress if show else nullcontext():
            task = progress.add_task("layout", total=len(prompts), note="")
            for number, text in enumerate(prompts):
                folder = out / f"{number:04d}" if batch is not None else out
                try:
                    result = lay_out(agent, renderer, text, folder, size)
                except Exception as exc:  # noqa: BLE001 - one bad prompt must not end a batch
                    if batch is None:
                        raise
                    crashed += 1
                    write_result(folder, {"prompt": text, "error": f"internal error: {type(exc).__name__}: {exc}",
                                           "objects": [], "relations": [], "notes": []})
                    result = {"relations": []}
                fair = [r for r in result["relations"] if not r.get("detail", "").startswith("contradictory")]
                held += sum(1 for r in fair if r["holds"])
                total += len(fair)
                progress.update(task, advance=1, note=f"{held}/{total} relations hold")
        elapsed = time.perf_counter() - started
    if not quiet:
        err.print(f"{len(prompts)} prompt(s), {held}/{total} relations hold, "
                  f"{elapsed / max(len(prompts), 1):.2f} s per prompt" + (f", {crashed} failed" if crashed else ""))
    print(out)
    if crashed:
        sys.exit(EXIT_FAILED)


register_farm_commands(app)


def main() -> None:
    app()


if __name__ == "__main__":
    main()
