"""Benchmark the demo film, all figures measured side by side in one run.

Prints: time per stage of a first (cold cache) run; the unchanged re-run as a ratio of the first
(target < 0.05); the re-run after editing one scene (target < 1.3/N for N scenes); the assembly
stage against one equivalent ffmpeg command on the same stills and audio (target < 1.5); peak
memory of each run.

    .venv/bin/python bench/demo.py [STORY]
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from renderers.subtitles import write_srt  # noqa: E402
from renderers.video import MoviepyAssembler, mix_audio  # noqa: E402
from renderers.video_ffmpeg import ffmpeg_command, run_command  # noqa: E402
from studio.config import load_settings  # noqa: E402
from studio.models import Project  # noqa: E402


def run(story: Path, out: Path) -> tuple[float, int]:
    """Wall seconds and peak RSS (MiB) of one `studio make` in a fresh process."""
    started = time.perf_counter()
    process = subprocess.Popen([sys.executable, "-m", "studio.cli", "make", str(story), "-o", str(out), "--quiet"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)  # this child's own rusage, not the running maximum
    elapsed = time.perf_counter() - started
    if os.waitstatus_to_exitcode(status):
        sys.exit(f"studio make failed:\n{process.stderr.read().decode()}")
    return elapsed, usage.ru_maxrss // 1024


def stage_times(out: Path) -> dict[str, float]:
    lines = [json.loads(line) for line in (out / "events.jsonl").read_text().splitlines()]
    starts = [i for i, e in enumerate(lines) if e["kind"] == "stage_started" and e["stage"] == "ingest"]
    run = lines[starts[-1]:]
    began: dict[str, float] = {}
    times: dict[str, float] = {}
    for event in run:
        if event["kind"] == "stage_started":
            began[event["stage"]] = event["ts"]
        elif event["kind"] == "stage_finished" and event["stage"] in began:
            times[event["stage"]] = event["ts"] - began[event["stage"]]
    return times


def edit_one_scene(story: Path, project: Project) -> str:
    """Append a sentence to the first narration line of the middle scene."""
    scene = project.script.scenes[len(project.script.scenes) // 2]
    beat = next((b for b in scene.beats if b.kind in ("narration", "action")), scene.beats[0])
    words = beat.text.split()[:4]
    text = story.read_text(encoding="utf-8")
    pattern = r"\s+".join(re.escape(w) for w in words)
    match = re.search(pattern, text)
    if not match:
        sys.exit(f"cannot find {' '.join(words)!r} in {story}")
    story.write_text(text[: match.start()] + "Rain began to fall. " + text[match.start():], encoding="utf-8")
    return scene.id


def assembly_vs_ffmpeg(out: Path) -> tuple[float, float]:
    """One-pass moviepy render of the demo's timeline against one ffmpeg command, same inputs."""
    project = Project.model_validate_json((out / "project.json").read_text())
    settings = load_settings()
    video = settings.video.model_dump()
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        started = time.perf_counter()
        MoviepyAssembler(**video).render(project.timeline, out, tmp)
        moviepy_s = time.perf_counter() - started
        wav = mix_audio(project.timeline, out, tmp / "mix.wav")
        srt_path = tmp / "film.srt"
        write_srt(project.timeline.cues, srt_path)
        command = ffmpeg_command(project.timeline, out, tmp / "ffmpeg.mp4", wav, srt_path, video)
        ffmpeg_s = run_command(command)
    return moviepy_s, ffmpeg_s


def main() -> None:
    story_src = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "assets/examples/lighthouse.md"
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        story = tmp / story_src.name
        shutil.copy(story_src, story)
        out = tmp / "out"
        first, first_mem = run(story, out)
        stages = stage_times(out)
        project = Project.model_validate_json((out / "project.json").read_text())
        cached, cached_mem = run(story, out)
        scenes = len(project.script.scenes)
        edited_scene = edit_one_scene(story, project)
        edited, edited_mem = run(story, out)
        moviepy_s, ffmpeg_s = assembly_vs_ffmpeg(out)
        edited_stages = stage_times(out)

    print(f"demo: {story_src.name}: {scenes} scenes, {len(project.shots)} shots, {len(project.speech)} lines, "
          f"{project.timeline.duration:.1f} s of film")
    print("\nfirst run, seconds per stage")
    for stage, seconds in stages.items():
        print(f"  {stage:<11} {seconds:7.2f}")
    print(f"  {'total':<11} {first:7.2f}   (target < 60 s)   peak RSS {first_mem} MiB")
    print(f"\nunchanged re-run     {cached:6.2f} s  ratio {cached / first:.3f}  (target < 0.05)  peak RSS {cached_mem} MiB")
    target = 1.3 / scenes
    print(f"edited {edited_scene} re-run  {edited:6.2f} s  ratio {edited / first:.3f}  (target < 1.3/{scenes} = {target:.3f})"
          f"  peak RSS {edited_mem} MiB")
    print("  (edited re-run stages: " + ", ".join(f"{k} {v:.2f}" for k, v in edited_stages.items() if v > 0.05) + ")")
    print(f"\nassembly stage (cold: per-shot segments + join): {stages['assemble']:.2f} s; "
          f"one ffmpeg command {ffmpeg_s:.2f} s; ratio {stages['assemble'] / ffmpeg_s:.2f}  (target < 1.5)")
    print(f"one-pass moviepy render of the same timeline: {moviepy_s:.2f} s; ratio {moviepy_s / ffmpeg_s:.2f}")


if __name__ == "__main__":
    main()
