"""The ``studio`` command line: make a film, or just plan one.

Progress comes from the pipeline's events only; this module never asks a stage how it is doing.
Every expected failure ends as one ``error: ...`` line and a non-zero exit, never a traceback.
"""

from __future__ import annotations

import sys
import time
import traceback
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager, nullcontext
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    SpinnerColumn,
    TextColumn,
    TimeElapsedColumn,
)

from studio.config import ConfigError, load_settings
from studio.events import Event, EventBus, EventLog
from studio.ingest import InputError
from studio.progress import ProgressView
from studio.registry import RegistryError

EXIT_BAD_INPUT = 2
EXIT_FAILED = 1

app = typer.Typer(
    name="studio",
    help="Turn a story (.txt/.md) or a screenplay (.fountain) into a narrated, subtitled film.",
    add_completion=False,
    pretty_exceptions_enable=False,
    no_args_is_help=True,
    rich_markup_mode="markdown",
)
err = Console(stderr=True, highlight=False)

ConfigOption = Annotated[Optional[Path], typer.Option("--config", "-c", help="YAML file overriding configs/default.yaml.")]
CastOption = Annotated[Optional[Path], typer.Option("--cast", help="cast.yaml: per character look, voice, reference image.")]


@app.command(epilog="""
**Examples**

    studio make assets/examples/lighthouse.md
    studio make script.fountain -o out/script --cast cast.yaml
    STUDIO_VIDEO__FPS=30 studio make story.txt -c configs/default.yaml

Run it again after editing the story: only what changed is rendered.
""")
def make(
    story: Annotated[Path, typer.Argument(help="The story (.txt, .md) or screenplay (.fountain).", show_default=False, metavar="STORY")],
    out: Annotated[Optional[Path], typer.Option("--out", "-o", help="Project folder [default: out/STORY-NAME].")] = None,
    config: ConfigOption = None,
    cast: CastOption = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress display.")] = False,
    json_events: Annotated[bool, typer.Option("--json", help="Stream events as JSON lines on stderr (for scripts and CI).")] = False,
) -> None:
    """Plan and render a film: characters, shots, keyframes, voices, subtitles, storyboard, film.mp4."""
    from studio.pipeline import Pipeline

    out = out or Path("out") / story.stem
    bus = EventBus()
    counts: Counter[str] = Counter()
    bus.subscribe(lambda e: counts.update([e.kind]))
    started = time.perf_counter()
    with clean_errors():
        settings = load_settings(config, cast=str(cast) if cast else None)
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
            bus.subscribe(lambda event: print(event.model_dump_json(), file=sys.stderr, flush=True))
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
    studio layout "sixteen sheep in two rows, top view" --out out/sheep --size 768
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


@contextmanager
def clean_errors() -> Iterator[None]:
    """Turn every failure into one ``error: ...`` line and an exit code; tracebacks go to a log."""
    from studio.pipeline import StageError

    try:
        yield
    except (InputError, ConfigError, RegistryError) as exc:
        _fail(str(exc), EXIT_BAD_INPUT)
    except KeyboardInterrupt:
        _fail("interrupted; run the same command again to resume from what is rendered", 130)
    except StageError as exc:
        _fail(str(exc), EXIT_FAILED)
    except Exception as exc:  # noqa: BLE001 - the one place that turns surprises into a clean exit
        log = Path("studio-crash.log").resolve()
        log.write_text(traceback.format_exc(), encoding="utf-8")
        _fail(f"internal error: {type(exc).__name__}: {exc} (traceback in {log})", EXIT_FAILED)


def main() -> None:
    app()


def _fail(message: str, code: int) -> None:
    print(f"error: {' '.join(message.split())}", file=sys.stderr)
    sys.exit(code)


if __name__ == "__main__":
    main()
