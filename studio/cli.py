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
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

from studio.config import ConfigError, load_settings
from studio.events import Event, EventBus, EventLog
from studio.ingest import InputError
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
    story: Annotated[Path, typer.Argument(help="The story (.txt, .md) or screenplay (.fountain).", show_default=False)],
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
        with ProgressView(quiet or json_events) as view:
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
    story: Annotated[Path, typer.Argument(help="The story (.txt, .md) or screenplay (.fountain).", show_default=False)],
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


LAYOUT_MAX_PROMPT = 2000  # characters: a spatial prompt is a sentence or two, not a story


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
    prompt: Annotated[Optional[str], typer.Argument(help="The scene, in words.", show_default=False)] = None,
    out: Annotated[Path, typer.Option("--out", "-o", help="Output folder.")] = Path("out/layout"),
    batch: Annotated[Optional[Path], typer.Option("--batch", "-b", help="A text file of prompts, one a line.")] = None,
    size: Annotated[int, typer.Option("--size", "-s", min=64, max=4096, help="Render width and height in pixels.")] = 512,
    attempts: Annotated[int, typer.Option("--attempts", min=1, max=10, help="Plans tried per prompt when a relation fails.")] = 3,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
) -> None:
    """Lay out a scene described in words (objects, counts, left/right/on/under/behind/hidden by,
    facing, camera view) in 3D, render it, and check every relation on the rendered mask and depth."""
    from studio import registry

    with clean_errors():
        prompts = _layout_prompts(prompt, batch)
        agent = registry.build("spatial", "offline", {"aspect": 1.0, "budget": attempts})
        renderer = registry.build("keyframes", "previz", {})
        started = time.perf_counter()
        held = total = crashed = 0
        progress = Progress(SpinnerColumn(), TextColumn("layout"), BarColumn(), MofNCompleteColumn(),
                            TextColumn("{task.fields[note]}"), TimeElapsedColumn(), console=err, transient=False)
        show = batch is not None and not quiet
        with progress if show else _nothing():
            task = progress.add_task("layout", total=len(prompts), note="")
            for number, text in enumerate(prompts):
                folder = out / f"{number:04d}" if batch is not None else out
                try:
                    result = _layout_one(agent, renderer, text, folder, size)
                except Exception as exc:  # noqa: BLE001 - one bad prompt must not end a batch
                    if batch is None:
                        raise
                    crashed += 1
                    _layout_write(folder, {"prompt": text, "error": f"internal error: {type(exc).__name__}: {exc}",
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


def _layout_prompts(prompt: str | None, batch: Path | None) -> list[str]:
    """The prompts to lay out; bad input raises ``InputError`` (one line, exit 2)."""
    from studio.ingest import InputError

    if (prompt is None) == (batch is None):
        raise InputError("give either a PROMPT or --batch FILE (see studio layout --help)")
    if batch is None:
        text = " ".join(prompt.split())
        if not text:
            raise InputError("the prompt is empty: describe a scene, e.g. \"a cat on the left of a dog\"")
        if len(text) > LAYOUT_MAX_PROMPT:
            raise InputError(f"the prompt is {len(text)} characters long; the limit is {LAYOUT_MAX_PROMPT}")
        return [text]
    if not batch.is_file():
        raise InputError(f"{batch}: no such file" if not batch.exists() else f"{batch}: not a file")
    data = batch.read_bytes()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InputError(f"{batch}: not a UTF-8 text file") from None
    if "\x00" in text or any(ord(c) < 32 and c not in "\t\n\r\f" for c in text):
        raise InputError(f"{batch}: binary data, not a text file of prompts")
    lines = text.splitlines()
    if not any(line.strip() for line in lines):
        raise InputError(f"{batch}: no prompts (the file is empty or blank)")
    if any(len(line) > LAYOUT_MAX_PROMPT for line in lines):
        raise InputError(f"{batch}: a line is longer than {LAYOUT_MAX_PROMPT} characters")
    return [" ".join(line.split()) for line in lines]


def _layout_one(agent, renderer, prompt: str, folder: Path, size: int) -> dict:
    """Plan, render and check one prompt into ``folder``; returns what layout.json holds."""
    import numpy as np
    from PIL import Image

    from studio.models import RenderRequest

    folder.mkdir(parents=True, exist_ok=True)
    if not prompt:
        result = {"prompt": "", "error": "blank line: nothing to lay out", "objects": [], "relations": [],
                  "notes": ["blank line in the batch file"], "attempts": 0}
        _layout_write(folder, result)
        return result
    started = time.perf_counter()

    def render(plan, camera):
        request = RenderRequest(shot="layout", backend="previz", prompt=prompt, seed=0, width=size, height=size,
                                camera=camera, layout=plan, controls=["rgb", "depth", "mask"])
        meta = renderer.render(request, folder)
        with Image.open(folder / "mask.png") as mask, Image.open(folder / "depth.png") as depth:
            return np.asarray(mask), np.asarray(depth), meta

    best, tried = agent.run(prompt, render)
    if best is not tried[-1]:
        render(best.layout, best.camera)  # the files on disk must be the chosen attempt's
    (folder / "rgb.png").replace(folder / "render.png")
    objects = [{
        "id": o.id, "name": o.name, "category": o.category, "position": list(o.position), "size": list(o.size),
        "yaw_deg": o.yaw_deg, "count_index": o.count_index, "group": o.group, "color": o.color, "stand_in": o.stand_in,
    } for o in best.layout.objects]
    relations = [{
        "kind": r.kind, "subject": r.subject, "object": r.object, "holds": bool(r.holds), "detail": r.detail,
        **({"object2": r.object2} if r.object2 is not None else {}), **({"value": r.value} if r.value is not None else {}),
    } for r in best.layout.relations]
    result = {
        "prompt": prompt, "objects": objects, "camera": best.camera.model_dump(mode="json"), "relations": relations,
        "notes": best.layout.notes, "attempts": len(tried), "interior": best.layout.interior,
        "image_size": [size, size], "seconds": round(time.perf_counter() - started, 3),
    }
    _layout_write(folder, result)
    return result


def _layout_write(folder: Path, result: dict) -> None:
    import json

    folder.mkdir(parents=True, exist_ok=True)
    (folder / "layout.json").write_text(json.dumps(result, indent=1), encoding="utf-8")


@contextmanager
def _nothing() -> Iterator[None]:
    yield


class ProgressView:
    """A rich progress bar per stage, driven by events."""

    def __init__(self, quiet: bool) -> None:
        self.quiet = quiet
        self.progress = Progress(
            SpinnerColumn(), TextColumn("{task.description:<11}"), BarColumn(), MofNCompleteColumn(),
            TextColumn("{task.fields[note]}"), TimeElapsedColumn(), console=err, transient=False,
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
