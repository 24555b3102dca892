"""Proves bench/layout.py's scorer on synthetic output folders whose geometry is known.

    .venv/bin/python bench/layout_selfcheck.py

Each case builds a small scene of axis-aligned boxes, ray-casts it with numpy into mask.png and
depth.png (depth along the view axis, millimetres, as the contract and the previz renderer
have it), writes layout.json, and asserts that the scorer says "holds" for a true statement and
"fails" for a false one. The last cases run the whole bench against fake ``studio layout``
commands: one that does not exist, one that fails and one that writes folders. Takes seconds.
"""

from __future__ import annotations

import contextlib
import importlib.util
import io
import json
import math
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import numpy as np
from PIL import Image

HERE = Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location("layout_bench", HERE / "layout.py")
bench = importlib.util.module_from_spec(_spec)
sys.modules["layout_bench"] = bench  # dataclasses look their module up while the class is built
_spec.loader.exec_module(bench)

SIZE = 160  # small frames keep the check quick; the scorer scales its pixel thresholds
FRONT = {"position": [0.0, 1.6, 6.0], "target": [0.0, 0.5, 0.0], "fov_deg": 50.0}
TOP = {"position": [0.0, 7.0, 0.0], "target": [0.0, 0.0, 0.0], "fov_deg": 50.0}
LEFT = {"position": [-6.0, 1.6, 0.0], "target": [0.0, 0.5, 0.0], "fov_deg": 50.0}
RIGHT = {"position": [6.0, 1.6, 0.0], "target": [0.0, 0.5, 0.0], "fov_deg": 50.0}
BACK = {"position": [0.0, 1.6, -6.0], "target": [0.0, 0.5, 0.0], "fov_deg": 50.0}
CLOSE = {"position": [0.0, 0.3, 1.2], "target": [0.0, 0.3, 0.0], "fov_deg": 50.0}
FAR = {"position": [0.0, 3.0, 25.0], "target": [0.0, 0.5, 0.0], "fov_deg": 50.0}
WORK = Path(tempfile.mkdtemp(prefix="layout-selfcheck-"))


# ------------------------------------------------------------- tiny scenes ---


def box(x: float, z: float, w: float, h: float, d: float, y: float = 0.0):
    """An axis-aligned box standing at (x, y, z) on its base: ((lo), (hi))."""
    return (x - w / 2, y, z - d / 2), (x + w / 2, y + h, z + d / 2)


def thing(id_: int, name: str, *boxes, yaw: float = 0.0) -> dict:
    return {"id": id_, "name": name, "boxes": list(boxes), "yaw": yaw}


def table(id_: int, x: float = 0.0, z: float = 0.0, name: str = "table") -> dict:
    """A top on four legs, so what is under it can be seen."""
    legs = [box(x + sx * 0.55, z + sz * 0.35, 0.08, 0.7, 0.08) for sx in (-1, 1) for sz in (-1, 1)]
    return thing(id_, name, box(x, z, 1.2, 0.05, 0.8, y=0.7), *legs)


def render(objects: list[dict], camera: dict, size: int = SIZE) -> tuple[np.ndarray, np.ndarray]:
    """Ray-casts the boxes. Rays are forward + x*right + y*up, so the hit parameter t is already
    the depth along the view axis."""
    cam = bench.Camera(np.asarray(camera["position"], float), np.asarray(camera["target"], float),
                       camera["fov_deg"])
    rows, cols = np.mgrid[0:size, 0:size]
    tan = math.tan(math.radians(cam.fov_deg) / 2)
    xs = ((2 * (cols + 0.5) / size - 1) * tan).ravel()
    ys = ((1 - 2 * (rows + 0.5) / size) * tan).ravel()
    rays = cam.forward + xs[:, None] * cam.right + ys[:, None] * cam.up
    depth = np.full(size * size, np.inf)
    mask = np.zeros(size * size, np.uint8)
    with np.errstate(divide="ignore", invalid="ignore"):
        for obj in objects:
            for lo, hi in obj["boxes"]:
                t1 = (np.asarray(lo) - cam.eye) / rays
                t2 = (np.asarray(hi) - cam.eye) / rays
                near = np.nanmax(np.minimum(t1, t2), axis=1)
                far = np.nanmin(np.maximum(t1, t2), axis=1)
                hit = (far >= near) & (near > 0) & (near < depth)
                depth[hit] = near[hit]
                mask[hit] = obj["id"]
    depth[np.isinf(depth)] = 0.0
    return mask.reshape(size, size), depth.reshape(size, size)


def write_folder(folder: Path, objects: list[dict], camera: dict | None, size: int = SIZE,
                 mask_mode: str = "L") -> Path:
    """mask.png, depth.png, render.png and layout.json as `studio layout` would write them."""
    folder.mkdir(parents=True, exist_ok=True)
    mask, depth = render(objects, camera or FRONT, size)
    mm = np.clip(np.rint(depth * 1000), 0, 65535).astype(np.uint16)
    Image.fromarray(mm).save(folder / "depth.png")
    Image.fromarray(mask).convert(mask_mode).save(folder / "mask.png")
    shade = (mask.astype(np.int32) * 40 % 256).astype(np.uint8)
    Image.fromarray(np.stack([shade] * 3, axis=-1)).save(folder / "render.png")
    listed = []
    for obj in objects:
        lo = np.min([b[0] for b in obj["boxes"]], axis=0)
        hi = np.max([b[1] for b in obj["boxes"]], axis=0)
        listed.append({"id": obj["id"], "name": obj["name"], "size": (hi - lo).tolist(), "yaw_deg": obj["yaw"],
                       "position": [(lo[0] + hi[0]) / 2, lo[1], (lo[2] + hi[2]) / 2]})
    layout = {"objects": listed, "relations": []}
    if camera is not None:
        layout["camera"] = camera
    (folder / "layout.json").write_text(json.dumps(layout))
    return folder


_count = 0


def score(expect: dict, objects: list[dict], camera: dict | None = FRONT, **kw) -> list:
    global _count
    _count += 1
    folder = write_folder(WORK / f"{_count:04d}", objects, camera, **kw)
    return bench.score_folder(expect, folder)


def verdict(checks: list, kind: str) -> bool:
    found = [c for c in checks if c.kind == kind]
    assert len(found) == 1, f"expected one {kind} check, got {found}"
    return found[0].ok


def holds(kind: str, relation: list, objects: list[dict], camera: dict | None = FRONT, **kw) -> None:
    expect = {"objects": names_of(objects), "relations": [relation]}
    checks = score(expect, objects, camera, **kw)
    assert verdict(checks, kind), f"{relation} should hold: {checks}"


def fails(kind: str, relation: list, objects: list[dict], camera: dict | None = FRONT, **kw) -> None:
    expect = {"objects": names_of(objects), "relations": [relation]}
    checks = score(expect, objects, camera, **kw)
    assert not verdict(checks, kind), f"{relation} should fail: {checks}"


def names_of(objects: list[dict]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for obj in objects:
        counts[obj["name"]] = counts.get(obj["name"], 0) + 1
    return counts


# ------------------------------------------------------------------- cases ---


def check_left_right() -> None:
    scene = [thing(1, "cat", box(-1, 0, 0.5, 0.5, 0.5)), thing(2, "dog", box(1, 0, 0.6, 0.7, 0.6))]
    holds("left_of", ["cat", "left_of", "dog"], scene)
    holds("right_of", ["dog", "right_of", "cat"], scene)
    fails("left_of", ["dog", "left_of", "cat"], scene)
    fails("right_of", ["cat", "right_of", "dog"], scene)
    # Several subjects: judged by their mean position.
    cats = [thing(1, "cat", box(-1.5, 0, 0.4, 0.4, 0.4)), thing(3, "cat", box(-0.8, 0, 0.4, 0.4, 0.4))]
    holds("left_of", ["cat", "left_of", "dog"], cats + scene[1:])


def check_depth_order() -> None:
    scene = [thing(1, "ball", box(0.3, 1.2, 0.4, 0.4, 0.4)), thing(2, "box", box(-0.3, -1.0, 0.6, 0.6, 0.6))]
    holds("in_front_of", ["ball", "in_front_of", "box"], scene)
    holds("behind", ["box", "behind", "ball"], scene)
    fails("in_front_of", ["box", "in_front_of", "ball"], scene)
    fails("behind", ["ball", "behind", "box"], scene)


def check_on_top_and_under() -> None:
    cup_on = thing(2, "cup", box(0.1, 0.0, 0.2, 0.2, 0.2, y=0.75))
    holds("on_top_of", ["cup", "on_top_of", "table"], [table(1), cup_on])
    holds("on_top_of", ["cup", "on_top_of", "table"], [table(1), cup_on], TOP)
    holds("on_top_of", ["cup", "on_top_of", "table"], [table(1), cup_on], LEFT)
    fails("on_top_of", ["cup", "on_top_of", "table"], [table(1), thing(2, "cup", box(1.2, 0, 0.2, 0.2, 0.2))])
    fails("on_top_of", ["cup", "on_top_of", "table"], [table(1), thing(2, "cup", box(0, 0, 0.2, 0.2, 0.2, y=1.8))])
    # On a shelf far behind: the cup lines up with the table top in the picture, not in depth.
    fails("on_top_of", ["cup", "on_top_of", "table"], [table(1), thing(2, "cup", box(0, -3.0, 0.2, 0.2, 0.2, y=1.1))])
    fails("on_top_of", ["cup", "on_top_of", "table"], [table(1), thing(2, "cup", box(0, 0, 0.2, 0.2, 0.2))], TOP)

    cat_under = thing(2, "cat", box(0, 0, 0.4, 0.4, 0.3))
    holds("under", ["cat", "under", "table"], [table(1), cat_under])
    # From a camera level with the top only the top's front edge shows above the cat.
    level = {"position": [0.0, 0.72, 5.0], "target": [0.0, 0.72, 0.0], "fov_deg": 50.0}
    holds("under", ["cat", "under", "table"], [table(1), cat_under], level)
    fails("on_top_of", ["cat", "on_top_of", "table"], [table(1), cat_under])
    fails("under", ["cat", "under", "table"], [table(1), thing(2, "cat", box(1.3, 0, 0.4, 0.4, 0.3))])
    fails("under", ["cat", "under", "table"], [table(1), thing(2, "cat", box(0, 0, 0.3, 0.3, 0.3, y=0.75))])
    fails("under", ["cat", "under", "table"], [table(1), thing(2, "cat", box(0, 1.3, 0.4, 0.4, 0.3))])
    # Several apples on one plate: each must be on it.
    plate = thing(1, "plate", box(0, 0, 1.0, 0.05, 1.0))
    apples = [thing(2 + i, "apple", box(x, 0, 0.2, 0.2, 0.2, y=0.05)) for i, x in enumerate((-0.3, 0, 0.3))]
    holds("on_top_of", ["apple", "on_top_of", "plate"], [plate] + apples)
    stray = thing(4, "apple", box(1.2, 0, 0.2, 0.2, 0.2))
    fails("on_top_of", ["apple", "on_top_of", "plate"], [plate] + apples[:2] + [stray])
    # A chair: a cat on its seat is on it (the backrest beside it is no support) and not under it;
    # a cat on the floor against one of its legs is neither on it.
    chair = thing(1, "chair", box(0, 0, 0.5, 0.45, 0.5), box(0, -0.22, 0.5, 0.5, 0.06, y=0.45))
    on_seat = thing(2, "cat", box(0, 0.05, 0.3, 0.25, 0.3, y=0.45))
    holds("on_top_of", ["cat", "on_top_of", "chair"], [chair, on_seat])
    fails("under", ["cat", "under", "chair"], [chair, on_seat])
    fails("on_top_of", ["cat", "on_top_of", "chair"], [chair, thing(2, "cat", box(0.45, 0.1, 0.3, 0.25, 0.3))])


def check_near() -> None:
    dog = thing(2, "dog", box(0.4, 0, 0.6, 0.6, 0.6))
    holds("near", ["cat", "near", "dog"], [thing(1, "cat", box(-0.45, 0, 0.5, 0.5, 0.5)), dog])
    fails("near", ["cat", "near", "dog"], [thing(1, "cat", box(-2.5, 0, 0.5, 0.5, 0.5)),
                                            thing(2, "dog", box(2.0, 0, 0.6, 0.6, 0.6))])
    # Adjacent in the picture but 5 m apart in depth.
    fails("near", ["cat", "near", "dog"], [thing(1, "cat", box(-0.35, 2.0, 0.5, 0.5, 0.5)),
                                            thing(2, "dog", box(1.2, -3.0, 0.9, 0.9, 0.9))])


def check_hidden_by() -> None:
    vase = thing(1, "vase", box(0, -0.5, 0.4, 1.0, 0.4))
    candle = thing(2, "candle", box(-0.15, 0.5, 0.3, 0.6, 0.3))
    holds("hidden_by", ["vase", "hidden_by", "candle"], [vase, candle])
    fails("hidden_by", ["candle", "hidden_by", "vase"], [vase, candle])
    fails("hidden_by", ["vase", "hidden_by", "candle"], [vase, thing(2, "candle", box(1.2, 0.5, 0.3, 0.6, 0.3))])
    # Entirely hidden is not "partly hidden": the vase is not visible, so the check fails.
    fails("hidden_by", ["vase", "hidden_by", "wall"], [thing(1, "vase", box(0, -1, 0.3, 0.3, 0.3)),
                                                       thing(2, "wall", box(0, 0.5, 3, 2, 0.2))])
    # A thin lamp cut across by an armchair in front of it: hidden, though the cut is short.
    holds("hidden_by", ["lamp", "hidden_by", "armchair"], [thing(1, "lamp", box(0, -0.5, 0.1, 1.6, 0.1)),
                                                           thing(2, "armchair", box(0, 0.5, 0.9, 0.8, 0.6))])
    # Side by side and touching in the picture, at the same depth: touching is not hiding.
    fails("hidden_by", ["vase", "hidden_by", "candle"], [thing(1, "vase", box(0, 0, 0.4, 1.0, 0.4)),
                                                         thing(2, "candle", box(0.4, 0, 0.4, 0.6, 0.4))])


def check_between_and_around() -> None:
    a, b = thing(2, "sofa", box(-1.5, 0, 0.8, 0.6, 0.6)), thing(3, "armchair", box(1.5, 0, 0.7, 0.6, 0.6))
    holds("between", ["lamp", "between", "sofa", "armchair"], [thing(1, "lamp", box(0, 0, 0.3, 1.2, 0.3)), a, b])
    fails("between", ["lamp", "between", "sofa", "armchair"], [thing(1, "lamp", box(2.6, 0, 0.3, 1.2, 0.3)), a, b])
    dogs = [thing(2, "dog", box(-1.2, 0, 0.5, 0.5, 0.5)), thing(3, "dog", box(1.2, 0, 0.5, 0.5, 0.5))]
    holds("between", ["cat", "between", "dog", "dog"], [thing(1, "cat", box(0, 0, 0.4, 0.4, 0.4))] + dogs)
    fails("between", ["cat", "between", "dog", "dog"], [thing(1, "cat", box(2.2, 0, 0.4, 0.4, 0.4))] + dogs)

    ring = [thing(2 + i, "chair", box(1.3 * math.cos(t), 1.3 * math.sin(t), 0.45, 0.9, 0.45))
            for i, t in enumerate((0.3, 0.3 + math.pi / 2, 0.3 + math.pi, 0.3 + 3 * math.pi / 2))]
    holds("around", ["chair", "around", "table"], [table(1)] + ring)
    holds("around", ["chair", "around", "table"], [table(1)] + ring, TOP)
    row = [thing(2 + i, "chair", box(x, -1.3, 0.45, 0.9, 0.45)) for i, x in enumerate((-1.5, -0.5, 0.5, 1.5))]
    fails("around", ["chair", "around", "table"], [table(1)] + row)
    # A tall centre: its centroid is high up, the ring stands on the floor; the ground plane decides.
    tree = thing(1, "tree", box(0, 0, 0.3, 2.0, 0.3), box(0, 0, 1.6, 1.6, 1.6, y=2.0))
    kids = [thing(2 + i, "child", box(1.6 * math.cos(t), 1.6 * math.sin(t), 0.35, 1.1, 0.3))
            for i, t in enumerate((0.9, 3.0, 5.1))]
    holds("around", ["child", "around", "tree"], [tree] + kids)


def check_image_regions() -> None:
    holds("centre", ["cat", "centre"], [thing(1, "cat", box(0, 0, 0.6, 0.8, 0.6))])
    fails("centre", ["cat", "centre"], [thing(1, "cat", box(1.6, 0, 0.6, 0.8, 0.6))])
    # On a thirds line is off-centre, not centred.
    fails("centre", ["cat", "centre"], [thing(1, "cat", box(0.95, 0, 0.4, 0.8, 0.4))])
    holds("image_left", ["horse", "image_left"], [thing(1, "horse", box(-1.8, 0, 0.8, 1.0, 0.5))])
    fails("image_left", ["horse", "image_left"], [thing(1, "horse", box(-0.2, 0, 0.8, 1.0, 0.5))])
    holds("image_right", ["car", "image_right"], [thing(1, "car", box(1.8, 0, 0.8, 0.8, 0.8))])
    fails("image_right", ["car", "image_right"], [thing(1, "car", box(-1.8, 0, 0.8, 0.8, 0.8))])


def check_counts_and_names() -> None:
    sheep = [thing(1 + i, "sheep", box(x, 0, 0.5, 0.5, 0.5)) for i, x in enumerate((-1.2, 0, 1.2))]
    assert verdict(score({"objects": {"sheep": 3}}, sheep), "count")
    assert not verdict(score({"objects": {"sheep": 4}}, sheep), "count")
    # One behind a wall and one too small to see do not count.
    hidden = thing(4, "sheep", box(0, -2.5, 0.5, 0.5, 0.5))
    speck = thing(5, "sheep", box(2.0, 0, 0.01, 0.01, 0.01))
    wall = thing(6, "wall", box(0, -1.5, 2, 2, 0.2))
    checks = score({"objects": {"sheep": 3, "wall": 1}}, sheep + [hidden, speck, wall])
    assert verdict(checks, "count"), checks
    # Names: case, underscores and hyphens are forgiven; plural or other words are not.
    assert verdict(score({"objects": {"teddy bear": 1}}, [thing(1, "Teddy_Bear", box(0, 0, 0.5, 0.5, 0.5))]), "objects")
    assert not verdict(score({"objects": {"mouse": 2}}, [thing(1, "mice", box(-0.5, 0, 0.3, 0.3, 0.3)),
                                                         thing(2, "mice", box(0.5, 0, 0.3, 0.3, 0.3))]), "count")


def check_facing() -> None:
    def facing(way: str, yaw: float, camera: dict = FRONT) -> bool:
        return verdict(score({"objects": {"dog": 1}, "facing": [["dog", way]]},
                             [thing(1, "dog", box(0, 0, 0.6, 0.6, 0.6), yaw=yaw)], camera), "facing")

    assert facing("camera", 0) and facing("forward", 10) and not facing("camera", 90)
    assert facing("right", 90) and not facing("left", 90)
    assert facing("left", -90) and facing("left", 270) and not facing("right", -90)
    assert facing("away", 180) and facing("backward", -170) and not facing("away", 0)
    # Seen from the -x side, +z points to the right of the frame.
    assert facing("right", 0, LEFT) and facing("camera", -90, LEFT)


def check_camera_views() -> None:
    def view(name: str, camera: dict, objects=None) -> bool:
        objects = objects or [thing(1, "car", box(0, 0, 0.8, 0.6, 0.8))]
        return verdict(score({"objects": names_of(objects), "camera": name}, objects, camera), "camera")

    assert view("front", FRONT) and not view("top", FRONT) and not view("left", FRONT)
    assert view("top", TOP) and not view("front", TOP)
    assert view("left", LEFT) and not view("right", LEFT)
    assert view("right", RIGHT) and not view("left", RIGHT)
    assert not view("front", BACK) and view("back", BACK)
    assert view("close-up", CLOSE) and not view("close-up", FRONT)
    assert view("wide", FAR) and not view("wide", CLOSE)


def check_contract() -> None:
    cat = [thing(1, "cat", box(0, 0, 0.5, 0.5, 0.5))]
    expect = {"objects": {"cat": 1}, "relations": [["cat", "centre"]]}
    assert verdict(score(expect, cat), "contract")
    # No folder at all: every expected check fails, nothing crashes.
    missing = bench.score_folder(expect, WORK / "nothing-here")
    assert [c.kind for c in missing] == ["contract", "objects", "centre"] and not any(c.ok for c in missing)
    # An RGB mask breaks the contract, yet the rest is still scored.
    checks = score(expect, cat, mask_mode="RGB")
    assert not verdict(checks, "contract") and verdict(checks, "objects") and verdict(checks, "centre")
    # No camera: metric relations fail with a reason instead of raising.
    checks = score({"objects": {"cup": 1, "table": 1}, "relations": [["cup", "on_top_of", "table"]]},
                   [table(1), thing(2, "cup", box(0, 0, 0.2, 0.2, 0.2, y=0.75))], camera=None)
    assert not verdict(checks, "contract") and not verdict(checks, "on_top_of")


# ------------------------------------------------------------- end to end ---

FAKE_MISSING = "import sys; print('No such command layout', file=sys.stderr); sys.exit(2)\n"
FAKE_FAILING = "import sys\nif '--help' in sys.argv: print('--batch --out'); sys.exit(0)\nsys.exit(1)\n"
FAKE_WORKING = """\
import sys
from pathlib import Path
import numpy as np
from PIL import Image
if "--help" in sys.argv:
    print("--batch PROMPTS --out DIR --size N")
    sys.exit(0)
args = sys.argv
assert args[args.index("--size") + 1] == "96", "the bench did not pass --size"
lines = Path(args[args.index("--batch") + 1]).read_text().splitlines()
out = Path(args[args.index("--out") + 1])
for i, _ in enumerate(lines):
    folder = out / f"{i:04d}"
    folder.mkdir(parents=True)
    mask = np.zeros((96, 96), np.uint8)
    mask[40:60, 10:30] = 1
    depth = np.where(mask > 0, 3000, 0).astype(np.uint16)
    Image.fromarray(mask).save(folder / "mask.png")
    Image.fromarray(depth).save(folder / "depth.png")
    Image.new("RGB", (96, 96)).save(folder / "render.png")
    (folder / "layout.json").write_text('{"objects": [{"id": 1, "name": "cat", "position": [0, 0, 0], '
        '"size": [1, 1, 1], "yaw_deg": 0}], "camera": {"position": [0, 1, 5], "target": [0, 1, 0], "fov_deg": 50}}')
"""


def run_main(script: str, *args: str) -> tuple[int, str, str]:
    path = WORK / f"fake{_bump()}.py"
    path.write_text(script)
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = bench.main(["--cli", str(path), *args])
    return code, out.getvalue(), err.getvalue()


def _bump() -> int:
    global _count
    _count += 1
    return _count


def check_end_to_end() -> None:
    code, _, err = run_main(FAKE_MISSING, "--limit", "2")
    assert code == 2 and "not available" in err, (code, err)
    code, _, err = run_main(FAKE_FAILING, "--limit", "2")
    assert code == 1 and "exited with 1" in err, (code, err)
    code, out, err = run_main(FAKE_WORKING, "--set", "composition", "--limit", "4", "--size", "96")
    assert code == 0, (code, err)
    assert "time per prompt" in out and "contract" in out and "failures" in out, out
    # --limit spreads over the sets instead of taking the first prompts of one set.
    spread = {(p["part"], p["set"]) for p in bench.load_prompts(limit=30)}
    assert len(spread) >= 12 and {part for part, _ in spread} == {"dev", "heldout", "heldout2", "heldout3",
                                                                   "heldout4", "heldout5", "heldout6",
                                                                   "heldout7", "heldout8", "heldout9",
                                                                   "heldout10", "heldout11", "heldout12",
                                                                   "heldout13", "heldout14", "heldout15",
                                                                   "heldout16", "heldout17"}, spread
    code, out, err = run_main(FAKE_WORKING, "--part", "heldout", "--limit", "3", "--size", "96")
    assert code == 0 and "HELD-OUT" in out and "development" not in out, (code, out, err)
    # The second to sixteenth and the fresh held-out parts: their own titles, the held-out targets, and with
    # --failures 0 no prompt of them is printed anywhere (their figures are reported; their prompts
    # must stay unseen).
    titles = ("SECOND", "THIRD", "FOURTH", "FIFTH", "SIXTH", "SEVENTH", "EIGHTH", "NINTH", "TENTH", "ELEVENTH",
              "TWELFTH", "THIRTEENTH", "FOURTEENTH", "FIFTEENTH", "SIXTEENTH", "FRESH")
    for part, title in zip(GRAMMAR_PARTS, [f"{t} HELD-OUT" for t in titles], strict=True):
        code, out, err = run_main(FAKE_WORKING, "--part", part, "--limit", "12", "--size", "96", "--failures", "0")
        assert code == 0 and title in out and "development" not in out, (part, code, out, err)
        assert "target" in out and "failures" not in out, out
        assert sum(title in line for line in out.splitlines()) == 1, out  # that part's table only
        shown = (out + err).lower()
        assert not [p for p in part_prompts(part) if p in shown], f"a {part} prompt was printed"


def check_prompt_sets() -> None:
    """The shipped prompts are well formed and name only kinds the scorer knows."""
    prompts = bench.load_prompts()
    assert len(prompts) >= 300, len(prompts)
    assert sum(p["part"] == "heldout" for p in prompts) >= 200
    for p in prompts:
        expect = p["expect"]
        assert expect["objects"] and all(isinstance(n, int) and 1 <= n <= 20 for n in expect["objects"].values()), p
        for relation in expect.get("relations", []):
            subject, kind, *others = relation
            assert kind in bench.RELATIONS, p
            assert len(others) == bench.RELATIONS[kind][1], p
            assert all(n in expect["objects"] for n in [subject] + others), p
        for name, way in expect.get("facing", []):
            assert name in expect["objects"] and way in bench.FACING_ANGLES, p
        assert expect.get("camera", "front") in ("front", "top", "left", "right", "back", "close-up", "wide"), p


def check_heldout_is_apart() -> None:
    """No bench prompt, held-out or dev (nor a held-out grammar's name), appears in the code or the
    tests outside bench/: once it does, its figure measures fit, not generalisation."""
    root = HERE.parent
    files = list((HERE / "prompts" / "heldout").glob("*.jsonl")) + [HERE / "prompts" / "scenes" / "heldout.jsonl"]
    files += [f for part in GRAMMAR_PARTS for f in part_files(part)]
    held = [json.loads(line)["prompt"].lower() for path in files for line in path.read_text().splitlines()
            if line.strip()]
    dev = sorted((HERE / "prompts").glob("*.jsonl")) + [HERE / "prompts" / "scenes" / "dev.jsonl"]
    held += [prompt for path in dev for line in path.read_text().splitlines() if line.strip()
             for prompt in [json.loads(line)["prompt"].lower()] if len(prompt.split()) >= 4]
    # (a dev prompt of three words or fewer, "a cat", is any sentence's words, not a quotation)
    for folder in ("crews", "studio", "renderers", "workers", "tests", "assets", "configs"):
        for path in (root / folder).rglob("*"):
            if path.suffix not in (".py", ".json", ".jsonl", ".yaml", ".yml", ".txt", ".md") or not path.is_file():
                continue
            text = path.read_text(errors="ignore").lower()
            assert "heldout" not in text and "scenes_grammar" not in text, f"{path} mentions a held-out set"
            quoted = [p for p in held if p in text]
            assert not quoted, f"{path} quotes bench prompts: {quoted[:3]}"


# The held-out parts written apart from the implementation, each by its own two grammars in
# bench/prompts (named only here), in the order they were written: each must stay apart from
# every part before it.
GRAMMAR_PARTS = ("heldout2", "heldout3", "heldout4", "heldout5", "heldout6", "heldout7", "heldout8", "heldout9",
                 "heldout10", "heldout11", "heldout12", "heldout13", "heldout14", "heldout15", "heldout16",
                 "heldout17")


def part_grammars(part: str) -> tuple[str, str]:
    return f"{part}_grammar", f"scenes_{part}_grammar"


def part_files(part: str) -> list[Path]:
    """A part's prompt files, layout and scenes ("dev" and "heldout": the hand-written and first parts)."""
    prompts_dir = HERE / "prompts"
    layout = sorted(prompts_dir.glob("*.jsonl")) if part == "dev" else sorted((prompts_dir / part).glob("*.jsonl"))
    return layout + [prompts_dir / "scenes" / f"{part}.jsonl"]


def part_prompts(part: str) -> list[str]:
    return [json.loads(line)["prompt"].lower() for path in part_files(part) for line in path.read_text().splitlines()
            if line.strip()]


def prompt_words(text: str) -> str:
    return " " + " ".join(re.findall(r"[a-z0-9']+", text.lower())) + " "


def check_grammar_parts_are_apart() -> None:
    """Each held-out part written from a grammar stays unseen: no file of the repository outside
    bench/prompts (code, tests, docs, configs, the benches themselves; tracked or not yet) names its
    grammars or quotes any of its prompts, and none of its prompts equals or contains (as whole
    words) a prompt of a part written before it, layout or scene."""
    before = ["dev", "heldout"]
    for part in GRAMMAR_PARTS:
        apart(part, part_grammars(part), part_prompts(part), [f for name in before for f in part_files(name)])
        before.append(part)


def apart(part: str, grammars: tuple[str, ...], fresh: list[str], old_files: list[Path]) -> None:
    """A held-out part written apart stays apart: see check_grammar_parts_are_apart."""
    root = HERE.parent
    assert all((HERE / "prompts" / f"{name}.py").is_file() for name in grammars)
    listed = subprocess.run(["git", "ls-files", "--cached", "--others", "--exclude-standard"], cwd=root,
                            capture_output=True, text=True, check=True).stdout.splitlines()
    prompts_dir = HERE / "prompts"
    scanned = 0
    for name in listed:
        path = root / name
        if not path.is_file() or prompts_dir in path.parents or path.stat().st_size > 2_000_000:
            continue
        try:
            text = path.read_text().lower()
        except (UnicodeDecodeError, OSError):
            continue  # images and other binary files
        scanned += 1
        if path.resolve() != Path(__file__).resolve():
            named = [g for g in grammars if g in text]
            assert not named, f"{name} names the {part} grammar {named[0]}"
        quoted = [p for p in fresh if p in text]
        assert not quoted, f"{name} quotes {len(quoted)} {part} prompt(s)"
    assert scanned > 50, f"only {scanned} files scanned"
    old = [prompt_words(json.loads(line)["prompt"]) for f in old_files for line in f.read_text().splitlines()
           if line.strip()]
    mine = [prompt_words(p) for p in fresh]
    assert len(set(mine)) == len(mine), f"a {part} prompt is there twice"
    clash = sum(any(o in m for o in old) for m in mine)
    assert not clash, f"{clash} {part} prompt(s) equal or contain an earlier prompt"
    # Enough of every kind: at least 40 prompts per relation kind, for facing, for camera views,
    # for counts; at least 40 scenes (check_scene_rules).
    rows = bench.load_prompts(part=part)
    kinds: dict[str, int] = {}
    for row in rows:
        expect = row["expect"]
        for kind in {r[1] for r in expect.get("relations", [])}:
            kinds[kind] = kinds.get(kind, 0) + 1
        for key in ("facing", "camera"):
            kinds[key] = kinds.get(key, 0) + (key in expect)
    kinds["counts"] = sum(row["set"] == "counts" for row in rows)
    short = {k: n for k, n in kinds.items() if n < 40}
    assert set(bench.RELATIONS) <= set(kinds) and not short, short or set(bench.RELATIONS) - set(kinds)


def check_scene_rules() -> None:
    """bench/scenes.py's own checks: rows, grids, stacks, names that are not things, the same
    noun on both sides, a camera under the floor, a low-angle shot."""
    spec = importlib.util.spec_from_file_location("scenes_bench", HERE / "scenes.py")
    scenes = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scenes)

    def kinds(expect: dict, objects: list[dict], camera: dict = TOP) -> dict[str, bool]:
        folder = write_folder(WORK / f"{_bump():04d}", objects, camera)
        checks = scenes.score_scene({"forbidden": [], **expect}, folder)
        return {c.kind: c.ok for c in checks if c.kind not in ("objects", "count", "contract")}

    def crates(spots, name="crate", size=0.4) -> list[dict]:
        return [thing(i + 1, name, box(x, z, size, size, size, y=y)) for i, (x, z, y) in enumerate(spots)]

    line = crates([(x, 0.0, 0.0) for x in (-2, -1, 0, 1, 2)])
    assert kinds({"objects": {"crate": 5}, "arrangements": [["crate", "row"]]}, line, FRONT)["row"]
    tower = crates([(0.0, 0.0, 0.4 * k) for k in range(5)])
    assert not kinds({"objects": {"crate": 5}, "arrangements": [["crate", "row"]]}, tower, FRONT)["row"]
    queue = crates([(0.0, z, 0.0) for z in (-2, -1, 0, 1, 2)])
    assert not kinds({"objects": {"crate": 5}, "arrangements": [["crate", "row"]]}, queue, FRONT)["row"]
    grid = crates([(x, z, 0.0) for z in (-0.8, 0.8) for x in (-1.2, 0, 1.2)])
    assert kinds({"objects": {"crate": 6}, "arrangements": [["crate", "grid", 2, 3]]}, grid)["grid"]
    assert not kinds({"objects": {"crate": 6}, "arrangements": [["crate", "grid", 2, 3]]},
                     crates([(x, 0.0, 0.0) for x in (-2.5, -1.5, -0.5, 0.5, 1.5, 2.5)]))["grid"]
    assert kinds({"objects": {"crate": 3}, "arrangements": [["crate", "stack"]]}, tower[:3], FRONT)["stack"]
    assert not kinds({"objects": {"crate": 3}, "arrangements": [["crate", "stack"]]}, line[:3], FRONT)["stack"]
    # Names: a style word as an object fails, a compound noun passes.
    styled = [thing(1, "office chair", box(-1, 0, 0.5, 0.9, 0.5)), thing(2, "watercolor", box(1, 0, 0.5, 0.5, 0.5))]
    assert not kinds({"objects": {"office chair": 1}, "forbidden": ["watercolor"]}, styled, FRONT)["non_noun"]
    assert not kinds({"objects": {"office chair": 1}}, [styled[0], thing(2, "detailed", box(1, 0, .5, .5, .5))],
                     FRONT)["non_noun"]
    assert kinds({"objects": {"office chair": 1}}, styled[:1], FRONT)["non_noun"]
    # "A lamp hidden by a lamp": two instances, one cut by the other.
    lamps = [thing(1, "lamp", box(0, -0.5, 0.4, 1.0, 0.4)), thing(2, "lamp", box(-0.15, 0.5, 0.3, 0.6, 0.3))]
    assert kinds({"objects": {"lamp": 2}, "relations": [["lamp", "hidden_by", "lamp"]]}, lamps, FRONT)["hidden_by"]
    assert not kinds({"objects": {"lamp": 1}, "relations": [["lamp", "hidden_by", "lamp"]]}, lamps[:1],
                     FRONT)["hidden_by"]
    # Members by position: facing read left to right.
    trio = [thing(i + 1, "horse", box(x, 0, 0.6, 0.6, 0.6), yaw=yaw) for i, (x, yaw) in
            enumerate(((-1.5, -90.0), (0.0, 90.0), (1.5, -90.0)))]
    assert kinds({"objects": {"horse": 3}, "facing": [["horse", ["left", "right", "left"]]]}, trio, FRONT)["facing"]
    assert not kinds({"objects": {"horse": 3}, "facing": [["horse", ["right", "right", "left"]]]}, trio,
                     FRONT)["facing"]
    # A camera under the floor, looking up; a low-angle shot.
    below = {"position": [0.0, -1.0, 6.0], "target": [0.0, 0.5, 0.0], "fov_deg": 50.0}
    assert not kinds({"objects": {"crate": 1}}, line[2:3], below)["camera_sane"]
    assert kinds({"objects": {"crate": 1}}, line[2:3], FRONT)["camera_sane"]
    low = {"position": [0.0, 0.3, 6.0], "target": [0.0, 0.5, 0.0], "fov_deg": 50.0}
    assert kinds({"objects": {"crate": 1}, "camera": "low"}, line[2:3], low)["camera"]
    assert not kinds({"objects": {"crate": 1}, "camera": "low"}, line[2:3], FRONT)["camera"]
    # The shipped scenes are well formed: every named noun is expected, kinds known.
    for row in scenes.load_scenes():
        expect = row["expect"]
        assert len(row["prompt"].split()) >= 8 and expect["objects"], row
        for rel in expect.get("relations", []):
            assert rel[1] in bench.RELATIONS and all(n in expect["objects"] for n in [rel[0]] + rel[2:]), row
        for name, side in expect.get("sides", []):
            assert name in expect["objects"] and side in ("left", "right"), row
        for arrangement in expect.get("arrangements", []):
            assert arrangement[0] in expect["objects"] and arrangement[1] in ("row", "grid", "stack"), row
        for spec in expect["objects"]:  # a wanted thing is never on the bench's not-a-thing lists
            heads = {n.split()[-1] for n in spec.split("|")}
            assert not heads & (scenes.NON_NOUNS | scenes.NOT_THINGS), row
            assert not set(spec.split("|")) & set(expect.get("forbidden", [])), row
        for name, ways in expect.get("facing", []):
            assert expect["objects"][name] == len(ways) and set(ways) <= set(bench.FACING_WAYS), row
    assert sum(r["part"] == "heldout" for r in scenes.load_scenes()) >= 40
    assert sum(r["part"] == "heldout2" for r in scenes.load_scenes()) >= 40
    assert all(r["part"] == "heldout2" for r in scenes.load_scenes("heldout2"))
    assert sum(r["part"] == "heldout3" for r in scenes.load_scenes()) >= 40
    assert all(r["part"] == "heldout3" for r in scenes.load_scenes("heldout3"))
    assert sum(r["part"] == "heldout4" for r in scenes.load_scenes()) >= 40
    assert all(r["part"] == "heldout4" for r in scenes.load_scenes("heldout4"))
    assert sum(r["part"] == "heldout5" for r in scenes.load_scenes()) >= 40
    assert all(r["part"] == "heldout5" for r in scenes.load_scenes("heldout5"))
    assert sum(r["part"] == "heldout6" for r in scenes.load_scenes()) >= 40
    assert all(r["part"] == "heldout6" for r in scenes.load_scenes("heldout6"))
    assert sum(r["part"] == "heldout7" for r in scenes.load_scenes()) >= 40
    assert all(r["part"] == "heldout7" for r in scenes.load_scenes("heldout7"))
    assert sum(r["part"] == "heldout8" for r in scenes.load_scenes()) >= 40
    assert all(r["part"] == "heldout8" for r in scenes.load_scenes("heldout8"))
    assert sum(r["part"] == "heldout9" for r in scenes.load_scenes()) >= 40
    assert all(r["part"] == "heldout9" for r in scenes.load_scenes("heldout9"))
    assert sum(r["part"] == "heldout10" for r in scenes.load_scenes()) >= 40
    assert all(r["part"] == "heldout10" for r in scenes.load_scenes("heldout10"))
    assert sum(r["part"] == "heldout11" for r in scenes.load_scenes()) >= 40
    assert all(r["part"] == "heldout11" for r in scenes.load_scenes("heldout11"))
    assert sum(r["part"] == "heldout12" for r in scenes.load_scenes()) >= 40
    assert all(r["part"] == "heldout12" for r in scenes.load_scenes("heldout12"))
    assert sum(r["part"] == "heldout13" for r in scenes.load_scenes()) >= 40
    assert all(r["part"] == "heldout13" for r in scenes.load_scenes("heldout13"))
    assert sum(r["part"] == "heldout14" for r in scenes.load_scenes()) >= 40
    assert all(r["part"] == "heldout14" for r in scenes.load_scenes("heldout14"))
    assert sum(r["part"] == "heldout15" for r in scenes.load_scenes()) >= 40
    assert all(r["part"] == "heldout15" for r in scenes.load_scenes("heldout15"))
    assert sum(r["part"] == "heldout16" for r in scenes.load_scenes()) >= 40
    assert all(r["part"] == "heldout16" for r in scenes.load_scenes("heldout16"))
    assert sum(r["part"] == "heldout17" for r in scenes.load_scenes()) >= 40
    assert all(r["part"] == "heldout17" for r in scenes.load_scenes("heldout17"))


def main() -> int:
    cases = [check_left_right, check_depth_order, check_on_top_and_under, check_near, check_hidden_by,
             check_between_and_around, check_image_regions, check_counts_and_names, check_facing,
             check_camera_views, check_contract, check_prompt_sets, check_heldout_is_apart,
             check_grammar_parts_are_apart, check_scene_rules, check_end_to_end]
    failed = 0
    for case in cases:
        try:
            case()
            print(f"ok    {case.__name__}")
        except Exception as exc:  # noqa: BLE001 - a crash in the scorer is a failure to report too
            failed += 1
            kind = "" if isinstance(exc, AssertionError) else f"{type(exc).__name__}: "
            print(f"FAIL  {case.__name__}: {kind}{exc}")
    if failed:
        print(f"{len(cases) - failed}/{len(cases)} cases passed; scenes kept in {WORK}")
        return 1
    shutil.rmtree(WORK, ignore_errors=True)
    print(f"all {len(cases)} cases passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
