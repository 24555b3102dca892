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
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    SpinnerColumn,
    TextColumn,
    TimeElapsedColumn,
)
from rich.table import Table

from studio import project_lock
from studio.cli_export import register_export_command
from studio.cli_farm import register_farm_commands
from studio.config import load_settings
from studio.console import (
    EXIT_FAILED,
    BudgetOption,
    CastOption,
    ConfigOption,
    ExecutorOption,
    budget_settings,
    clean_errors,
    err,
)
from studio.events import Event, EventBus, EventLog
from studio.ingest import InputError
from studio.progress import ProgressView

app = typer.Typer(
    name="studio",
    help="Turn a story (.txt/.md) or a screenplay (.fountain, .fdx) into a narrated, subtitled film.",
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
    studio make story.md --aspect 9:16 -o out/vertical   # the same film framed for phones
    studio make story.md -c configs/local-llm.yaml --budget 0.50   # agents on a model, at most $0.50
    studio plan story.md -o plan.json && $EDITOR plan.json && studio make --plan plan.json -o out/story

Run it again after editing the story: only what changed is rendered (and, with a model, nothing is
paid for twice).
""")
def make(
    story: Annotated[Optional[Path], typer.Argument(help="The story (.txt, .md) or screenplay (.fountain, .fdx).", show_default=False, metavar="STORY")] = None,
    out: Annotated[Optional[Path], typer.Option("--out", "-o", help="Project folder [default: out/STORY-NAME].")] = None,
    plan_file: Annotated[Optional[Path], typer.Option("--plan", help="Render this plan (`studio plan -o`, perhaps edited by hand) instead of planning a story.")] = None,
    config: ConfigOption = None,
    cast: CastOption = None,
    executor: ExecutorOption = None,
    budget: BudgetOption = None,
    aspect: Annotated[Optional[str], typer.Option("--aspect", help="The film's shape: 16:9, 9:16 (vertical) or 1:1; cameras re-frame each shot for it [default: video.aspect, 16:9].", show_default=False)] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress display.")] = False,
    json_events: Annotated[bool, typer.Option("--json", help="Stream events as JSON lines on stderr (for scripts and CI).")] = False,
) -> None:
    """Plan and render a film: characters, shots, keyframes, voices, subtitles, storyboard, film.mp4."""
    from studio.pipeline import Pipeline

    from studio.jobs import new_id
    from studio.store import project_id

    with clean_errors():
        if (story is None) == (plan_file is None):
            raise InputError("give a STORY, or --plan PLAN.json (not both)")
        out = out or Path("out") / (story or plan_file).stem
    bus = EventBus(run=new_id(), project=project_id(out))
    counts: Counter[str] = Counter()
    bus.subscribe(lambda e: counts.update([e.kind]))
    started = time.perf_counter()
    with clean_errors():
        settings = load_settings(config, cast=str(cast) if cast else None, executor=_executor(executor),
                                 **budget_settings(budget), **aspect_settings(aspect))
        if settings.executor.kind != "inline" or settings.jobs.db_url:
            project = make_as_job(settings, story or plan_file, out, quiet, json_events, counts)
        else:
            pipeline = Pipeline(settings, out, bus)
            early: list[Event] = []
            stop_buffering = bus.subscribe(early.append)
            # Bad input is refused before anything is written.
            planned = pipeline.load_plan(plan_file) if plan_file else None
            source = None if planned else pipeline.ingest(story)
            stop_buffering()
            check_project_folder(out)
            with project_lock.rendering(out):  # refused before its events join another render's log
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
                    project = pipeline.render(planned or pipeline.plan(source))
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

    if story.suffix == ".json":  # a plan: checked before anything is written
        from studio.pipeline import Pipeline

        Pipeline(settings, out).load_plan(story)
    else:
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


def aspect_settings(aspect: str | None) -> dict:
    """``--aspect`` as a settings override; one clear error for a shape the film cannot take."""
    from studio.config import ASPECTS

    if aspect is None:
        return {}
    if aspect.strip() not in ASPECTS:
        raise InputError(f"--aspect {aspect!r}: give one of {', '.join(ASPECTS)}")
    return {"video": {"aspect": aspect.strip()}}


def check_project_folder(out: Path) -> None:
    """Write only into a new, empty or earlier studio folder: a re-run moves stale shots to retired/ there."""
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
    if project.usage.calls or project.usage.cached:
        u = project.usage
        err.print(f"model calls: {u.calls} ({u.cached} from cache), {u.tokens_in} tokens in, {u.tokens_out} out, "
                  f"cost {u.cost:.4f}")
    err.print(f"storyboard: {out / 'storyboard.html'}")


@app.command(epilog="""
**Examples**

    studio plan assets/examples/the_visit.fountain > plan.json
    studio plan story.md -o plan.json            # edit it, then: studio make --plan plan.json
    studio plan story.md | jq '.shots[].type'
    studio plan story.md -c configs/openai.yaml --estimate   # calls, tokens and cost, before any is spent
""")
def plan(
    story: Annotated[Path, typer.Argument(help="The story (.txt, .md) or screenplay (.fountain, .fdx).", show_default=False, metavar="STORY")],
    output: Annotated[Optional[Path], typer.Option("--out", "-o", help="Write the plan to this file [default: print it].")] = None,
    project_dir: Annotated[Optional[Path], typer.Option("--project", "-p", help="Project folder holding the model calls' ledger and cache [default: out/STORY-NAME].")] = None,
    estimate: Annotated[bool, typer.Option("--estimate", help="Print the model calls, tokens and cost the film should take; spend nothing.")] = False,
    config: ConfigOption = None,
    cast: CastOption = None,
    budget: BudgetOption = None,
) -> None:
    """Plan only: the project (treatment, script, shots with layouts and cameras) as JSON."""
    from studio.pipeline import Pipeline

    with clean_errors():
        settings = load_settings(config, cast=str(cast) if cast else None, **budget_settings(budget))
        folder = project_dir or Path("out") / story.stem
        if estimate:
            print_estimate(settings, Pipeline(settings, folder), story)
            return
        pipeline = Pipeline(settings, folder)
        pipeline.bus.subscribe(print_warnings)
        project = pipeline.plan(pipeline.ingest(story))
        text = project.model_dump_json(indent=1)
        if output is None:
            print(text)
            return
        from studio.store import write_atomic

        write_atomic(output, text + "\n")
    err.print(f"plan: {len(project.shots)} shots in {len(project.script.scenes)} scenes -> {output}")


def print_warnings(event: Event) -> None:
    if event.kind == "warning":
        err.print(f"[yellow]warning:[/] {event.message}")


def print_estimate(settings, pipeline, story: Path) -> None:
    """The expected model spend of a film, from the offline plan of its story (which is free)."""
    from studio import registry

    offline = settings.model_copy(update={"crews": settings.crews.offline()})
    source = pipeline.ingest(story)
    draft = type(pipeline)(offline, pipeline.out).plan_here(source)
    lines = registry.resolve("tools", "estimate")(settings, draft)
    if not lines:
        err.print("no model-backed role in this configuration: planning and critics are offline and cost nothing")
        return
    table = Table("role", "model", "calls", "at most", "tokens in", "tokens out", "cost", "at most", box=None)
    for line in lines:
        table.add_row(line.role, line.model, str(line.calls), str(line.max_calls), str(line.tokens_in),
                      str(line.tokens_out), f"{line.cost:.4f}", f"{line.max_cost:.4f}")
    table.add_row("total", "", str(sum(x.calls for x in lines)), str(sum(x.max_calls for x in lines)),
                  str(sum(x.tokens_in for x in lines)), str(sum(x.tokens_out for x in lines)),
                  f"{sum(x.cost for x in lines):.4f}", f"{sum(x.max_cost for x in lines):.4f}")
    console = Console(width=max(Console().width, 110))  # a piped table keeps its columns whole
    console.print(table)
    console.print(f"{len(draft.shots)} shots in {len(draft.script.scenes)} scenes (counted on the offline plan); "
                  "'at most' counts every critic attempt and every repair; cost in the currency of llm.prices; "
                  "no call was made")


@app.command(epilog="""
**Examples**

    studio doctor -c configs/local-llm.yaml
    STUDIO_LLM_BASE_URL=http://127.0.0.1:8080/v1 STUDIO_LLM_MODEL=qwen2.5 studio doctor -c configs/local-llm.yaml
""")
def doctor(config: ConfigOption = None) -> None:
    """Check each configured model endpoint with one cheap call, and this machine's GPUs, backends and
    configured model folders (present, with weights); print what works."""
    from studio import machine, registry

    with clean_errors():
        settings = load_settings(config)
        findings = machine.report(settings)
        checks = registry.resolve("tools", "doctor")(settings)
    for finding in findings:
        print(f"{'ok  ' if finding.ok else 'FAIL'} {finding.topic:<28} {finding.detail}")
    if not checks:
        print("ok   agents, critics              every agent and critic is offline: no endpoint to check")
    for check in checks:
        mark = "ok  " if check.ok else "FAIL"
        print(f"{mark} {check.role:<20} {check.endpoint} {check.model}: {check.detail}")
    if not all(check.ok for check in [*checks, *findings]):
        sys.exit(EXIT_FAILED)


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
                # Measured relations the plan could meet: contradictions and impossibilities are reported apart.
                fair = [r for r in result["relations"] if r.get("measured", True)
                        and not r.get("detail", "").startswith(("contradictory", "impossible"))]
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


@app.command(epilog="""
**Examples**

    studio serve                                  # the projects under out/, on http://127.0.0.1:8000
    studio serve --root renders --port 8080
    studio serve --host 0.0.0.0 --token "$(openssl rand -hex 16)"   # reachable from other machines

Open the address it prints: it carries a token, kept in a cookie; every change needs it. Pages
update live while a film renders (`studio make`, `studio batch`, or a re-render started here).
""")
def serve(
    root: Annotated[Path, typer.Option("--root", "-r", help="The folder holding project folders.")] = Path("out"),
    host: Annotated[str, typer.Option("--host", help="Address to listen on; not loopback needs --token.")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", "-p", min=1, max=65535, help="Port.")] = 8000,
    token: Annotated[Optional[str], typer.Option("--token", help="The access token [default: a new random one].",
                                                 envvar="STUDIO_GALLERY_TOKEN", show_default=False)] = None,
) -> None:
    """Open the web gallery: projects, storyboards, every take with its verdict, live progress, and
    approve / reject with a note / re-render."""
    from studio import registry

    with clean_errors():
        registry.resolve("tools", "serve")(root, host=host, port=port, token=token)


register_farm_commands(app)
register_export_command(app)


def main() -> None:
    app()


if __name__ == "__main__":
    main()
