"""`studio layout`: one prompt (or a file of them) -> layout.json, render.png, mask.png, depth.png.

The agent plans and checks; the renderer draws; this module reads the prompts, runs the two
together and writes each prompt's folder.
"""

from __future__ import annotations

import json
import time
from pathlib import Path

from studio.ingest import InputError
from studio.models import RenderRequest
from studio.store import write_atomic

LAYOUT_MAX_PROMPT = 2000  # characters: a spatial prompt is a sentence or two, not a story
LAYOUT_MAX_BATCH_BYTES = 20_000_000


def read_prompts(prompt: str | None, batch: Path | None) -> list[str]:
    """The prompts to lay out; bad input raises ``InputError`` (one line, exit 2)."""
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
    if batch.stat().st_size > LAYOUT_MAX_BATCH_BYTES:
        raise InputError(f"{batch}: larger than {LAYOUT_MAX_BATCH_BYTES // 1_000_000} MB; split the batch")
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
    # A line over the limit gets its own error in its folder (``lay_out``); the other lines go on.
    return [" ".join(line.split()) for line in lines]


def lay_out(agent, renderer, prompt: str, folder: Path, size: int) -> dict:
    """Plan, render and check one prompt into ``folder``; returns what layout.json holds."""
    folder.mkdir(parents=True, exist_ok=True)
    refused = ("blank line: nothing to lay out" if not prompt else
               f"the line is {len(prompt)} characters long; the limit is {LAYOUT_MAX_PROMPT} (a scene is a sentence "
               "or two: split it)" if len(prompt) > LAYOUT_MAX_PROMPT else None)
    if refused:
        result = {"prompt": prompt[:200], "error": refused, "objects": [], "relations": [], "notes": [refused],
                  "attempts": 0}
        write_result(folder, result)
        return result
    started = time.perf_counter()

    drawn = []  # each attempt's frame, in memory: only the chosen one is written

    def render(plan, camera):
        request = RenderRequest(shot="layout", backend="previz", prompt=prompt, seed=0, width=size, height=size,
                                camera=camera, layout=plan, controls=["rgb", "depth", "mask"])
        drawn.append(renderer.draw(request))
        return drawn[-1].mask, drawn[-1].depth, drawn[-1].meta

    best, tried = agent.run(prompt, render)
    renderer.save(drawn[best.number], folder)  # attempt n was the n-th drawn
    (folder / "rgb.png").replace(folder / "render.png")
    objects = [{
        "id": o.id, "name": o.name, "category": o.category, "position": list(o.position), "size": list(o.size),
        "yaw_deg": o.yaw_deg, "count_index": o.count_index, "group": o.group, "color": o.color, "stand_in": o.stand_in,
    } for o in best.layout.objects]
    relations = [{
        # ``holds`` as measured, or None with ``measured`` false and the reason in ``detail``.
        "kind": r.kind, "subject": r.subject, "object": r.object, "holds": r.holds, "measured": r.measured,
        "detail": r.detail,
        **({"object2": r.object2} if r.object2 is not None else {}), **({"value": r.value} if r.value is not None else {}),
    } for r in best.layout.relations]
    result = {
        "prompt": prompt, "objects": objects, "camera": best.camera.model_dump(mode="json"), "relations": relations,
        "notes": best.layout.notes, "attempts": len(tried), "interior": best.layout.interior,
        "camera_check": best.meta.get("physical"),
        "image_size": [size, size], "seconds": round(time.perf_counter() - started, 3),
    }
    write_result(folder, result)
    return result


def write_result(folder: Path, result: dict) -> None:
    write_atomic(Path(folder) / "layout.json", json.dumps(result, indent=1))
