"""Seconds per keyframe: the previz against the diffusers backend, side by side in one run.

The shots are the bundled example's own plan (or STORY's). The diffusion pipeline is the tiny
random one the tests build (no weights can be downloaded here), so on the CPU the figure is the
backend's own overhead (previz, control images, resizing) plus a 2-step toy model, not what a real
SD 1.5 or SDXL costs; with a CUDA device present the same pipelines run on it too. Each backend
renders every shot once to warm up (model load, GL context), then REPEATS times, timed; the
ControlNet pipeline also paints the shots four to a call (``keyframes.batch: 4``).

    .venv/bin/python bench/keyframes.py [STORY] [--repeats N] [--steps N]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")
ROOT = Path(__file__).resolve().parents[1]
sys.path[0] = str(ROOT)  # not bench/: its queue.py would shadow the standard library's for torch

from studio import registry  # noqa: E402
from studio.config import load_settings  # noqa: E402
from studio.models import RenderRequest  # noqa: E402
from studio.paths import EXAMPLES  # noqa: E402
from studio.pipeline import Pipeline  # noqa: E402
from tests import tiny_models  # noqa: E402


def requests(story: Path, work: Path) -> list[RenderRequest]:
    settings = load_settings(None)
    pipeline = Pipeline(settings, work / "plan")
    project = pipeline.plan(pipeline.ingest(story))
    artist = pipeline.agent("artist", renderer="previz", width=settings.keyframes.width,
                            height=settings.keyframes.height)
    return [artist.run(shot, project.treatment) for shot in project.shots]


def seconds_per_keyframe(name: str, config: dict, shots: list[RenderRequest], work: Path, repeats: int,
                         batch: int = 1) -> float:
    renderer = registry.build("keyframes", name, config)

    def render_all(prefix: str) -> None:
        for start in range(0, len(shots), batch):
            group = shots[start:start + batch]
            folders = [work / f"{prefix}-{start + i}" for i in range(len(group))]
            if batch == 1:
                renderer.render(group[0], folders[0])
            else:
                renderer.render_batch(group, folders)

    render_all("warm")  # loads, compiles, first allocations
    times = []
    for repeat in range(repeats):
        started = time.perf_counter()
        render_all(str(repeat))
        times.append((time.perf_counter() - started) / len(shots))
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("story", nargs="?", type=Path, default=EXAMPLES / "lighthouse.md")
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--steps", type=int, default=2)
    args = parser.parse_args()
    import torch

    torch.set_num_threads(int(os.environ["OMP_NUM_THREADS"]))
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        shots = requests(args.story, work)
        sd = tiny_models.stable_diffusion(work / "models" / "sd")
        cn = tiny_models.controlnet(work / "models" / "cn")
        devices = ["cpu"] + (["cuda"] if torch.cuda.is_available() else [])
        print(f"{len(shots)} shots of {args.story.name} at {shots[0].width}x{shots[0].height}, "
              f"median of {args.repeats} runs, torch threads {torch.get_num_threads()}")
        previz = seconds_per_keyframe("previz", {}, shots, work / "previz", args.repeats)
        print(f"  previz                                {previz:7.3f} s/keyframe")
        for device in devices:
            for label, config in (("txt2img", {"mode": "txt2img"}), ("controlnet depth", {"controlnet": str(cn)}),
                                  ("img2img", {"mode": "img2img", "strength": 0.6})):
                config = {"model": str(sd), "steps": args.steps, "device": device, **config}
                seconds = seconds_per_keyframe("diffusers", config, shots, work / f"{device}-{label}", args.repeats)
                print(f"  tiny diffusion {label:<19} {device:<4} {seconds:7.3f} s/keyframe "
                      f"({seconds / previz:5.2f}x previz)")
            config = {"model": str(sd), "steps": args.steps, "device": device, "controlnet": str(cn)}
            batched = seconds_per_keyframe("diffusers", config, shots, work / f"{device}-batch", args.repeats, batch=4)
            print(f"  tiny diffusion {'controlnet, 4 a call':<19} {device:<4} {batched:7.3f} s/keyframe "
                  f"({batched / previz:5.2f}x previz)")


if __name__ == "__main__":
    main()
