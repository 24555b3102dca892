"""Layout benchmark: spatial prompts in, accuracy per relation kind out, scored on the render.

    .venv/bin/python bench/layout.py                      # every prompt set, 512x512
    .venv/bin/python bench/layout.py --limit 40           # 40 prompts spread over all sets
    .venv/bin/python bench/layout.py --set counts --out /tmp/lay   # one set, keep the folders
    .venv/bin/python bench/layout.py --score /tmp/lay --set counts # re-score them (same --set/--limit)

It runs ``studio layout --batch PROMPTS.txt --out DIR`` once for all the selected prompts (time
per prompt = wall time / prompts) and scores each output folder against the truth written with
the prompt in ``bench/prompts/*.jsonl``. It is written against the output contract only:

    DIR/NNNN/layout.json  objects [{id, name (singular noun as written), position, size, yaw_deg}],
                          camera {position, target, fov_deg}, relations [...]
    DIR/NNNN/render.png   RGB
    DIR/NNNN/mask.png     8-bit, pixel = object id, 0 = background
    DIR/NNNN/depth.png    16-bit, millimetres from the camera, 0 = no surface

What decides a check is what was rendered: masks and depths. ``layout.json`` is read only to
map names to mask ids, for the camera (to turn pixels and depths into metres, and for the view
checks) and for yaw (facing, which a mask cannot show); planned positions and sizes, and the
implementation's own ``relations[].holds``, are never read. Two conventions are taken from the
previz renderer: depth is measured along the view axis, and ``fov_deg`` is the vertical field
of view. Each rule is described at its function below; the thresholds are named constants.

The exit code is 0 whatever the accuracy (this is a measurement); 2 when ``studio layout`` does
not exist, 1 when the batch command fails. Uses numpy and Pillow only.
"""

from __future__ import annotations

import argparse
import json
import math
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from PIL import Image

ROOT = Path(__file__).resolve().parents[1]
PROMPT_DIR = Path(__file__).resolve().parent / "prompts"

# ----------------------------------------------------------------- thresholds ---
# Pixel thresholds are stated for 512x512 and scaled by area for other sizes.
MIN_PIXELS_512 = 20  # an instance with fewer visible pixels does not count as present
SIDE_LIMIT = 0.4  # "left side of the image": centroid in the left 40% (right: the right 40%)
CENTRE_DX, CENTRE_DY = 1 / 6, 1 / 4  # "centre": centroid in the middle third across, middle half down
TOP_VIEW_ELEVATION = 60.0  # degrees the camera looks down from; at least this is a top view
SIDE_VIEW_AZIMUTH = 45.0  # front within +-45 deg of +z; left/right within 45..135 deg of it
FACING_TOLERANCE = 45.0  # degrees between the object's front and the asked direction
CLOSE_UP_FILL = 0.6  # close-up: the first object spans >= 60% of the frame's width or height
WIDE_FILL = 0.5  # wide shot: every expected object spans <= 50% of the width and of the height
NEAR_GAP_M, NEAR_GAP_SIZE = 0.25, 0.5  # near: 3D box gap <= 0.25 m + 0.5 x the larger object's size
AROUND_MAX_GAP = 150.0  # around: no angular gap wider than this between ring objects (>= 3 of them)
OCCLUSION_EDGE = 0.25  # hidden_by: occluding edge >= 0.25 x sqrt(visible pixels) of the subject

KIND_ORDER = [
    "contract", "objects", "count", "left_of", "right_of", "on_top_of", "under", "in_front_of",
    "behind", "near", "hidden_by", "between", "around", "centre", "image_left", "image_right",
    "facing", "camera",
]


class BenchError(Exception):
    """The command could not be run or failed; the message says what to do."""

    exit_code = 1


class CommandMissing(BenchError):
    """There is no ``studio layout`` (yet)."""

    exit_code = 2


# ------------------------------------------------------------------ prompts ---


def load_prompts(set_name: str | None = None, limit: int | None = None) -> list[dict]:
    """Every prompt of the chosen sets (comma-separated; default all), each tagged with its set.

    ``limit`` takes evenly spaced prompts rather than the first N, so a small run still touches
    every set and most relation kinds."""
    files = sorted(PROMPT_DIR.glob("*.jsonl"))
    if set_name:
        wanted = set(set_name.split(","))
        unknown = wanted - {f.stem for f in files}
        if unknown:
            names = ", ".join(f.stem for f in files)
            raise BenchError(f"no prompt set {', '.join(sorted(unknown))}; sets: {names}")
        files = [f for f in files if f.stem in wanted]
    rows = []
    for path in files:
        for line in path.read_text().splitlines():
            if line.strip():
                rows.append({**json.loads(line), "set": path.stem})
    if limit and limit < len(rows):
        rows = [rows[(i * len(rows)) // limit] for i in range(limit)]
    return rows


# --------------------------------------------------------------- the command ---


def layout_command(cli: str) -> list[str]:
    """``python -m studio.cli layout``; a path to a .py file runs that script instead (self-check)."""
    if cli.endswith(".py"):
        return [sys.executable, cli, "layout"]
    return [sys.executable, "-m", cli, "layout"]


def probe_command(command: list[str]) -> str:
    """The command's --help text; BenchError with a clear message when there is no such command."""
    try:
        done = subprocess.run(command + ["--help"], capture_output=True, text=True, cwd=ROOT, timeout=300)
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise BenchError(f"could not run {' '.join(command)} --help: {exc}") from exc
    if done.returncode != 0:
        # Typer draws its errors in a box; keep the words.
        frame = " \u2500\u2502\u256d\u256e\u256f\u2570"
        lines = [line.strip(frame) for line in (done.stderr or done.stdout).splitlines()]
        said = " ".join(line for line in lines if line)[-300:]
        raise CommandMissing(
            f"`studio layout` is not available yet ({said}).\n"
            "The benchmark needs: studio layout --batch PROMPTS.txt --out DIR (issue 4)."
        )
    return done.stdout


def size_arguments(help_text: str, size: int) -> list[str]:
    """The contract names no size option; pass one only if the command offers it."""
    if "--size" in help_text:
        return ["--size", str(size)]
    if "--width" in help_text and "--height" in help_text:
        return ["--width", str(size), "--height", str(size)]
    return []


def run_batch(command: list[str], prompts: list[dict], prompt_file: Path, out_dir: Path, extra: list[str]) -> float:
    """Runs the batch once for all prompts; returns the wall time in seconds."""
    prompt_file.write_text("".join(p["prompt"].replace("\n", " ") + "\n" for p in prompts))
    argv = command + ["--batch", str(prompt_file), "--out", str(out_dir)] + extra
    print("running:", " ".join(argv[1:]), file=sys.stderr, flush=True)
    start = time.perf_counter()
    try:
        done = subprocess.run(argv, cwd=ROOT, timeout=300 + 60 * len(prompts))
    except subprocess.TimeoutExpired as exc:
        raise BenchError(f"the batch timed out after {exc.timeout:.0f} s") from exc
    seconds = time.perf_counter() - start
    if done.returncode != 0:
        raise BenchError(f"the batch command exited with {done.returncode} (its output is above)")
    return seconds


# -------------------------------------------------------------------- scene ---


def normalise(name: str) -> str:
    """'Teddy_Bear' and 'teddy bear' are the same name; plural or other words are not."""
    return " ".join(str(name).lower().replace("_", " ").replace("-", " ").split())


@dataclass
class Camera:
    eye: np.ndarray
    target: np.ndarray
    fov_deg: float
    forward: np.ndarray = field(init=False)
    right: np.ndarray = field(init=False)
    up: np.ndarray = field(init=False)

    def __post_init__(self) -> None:
        # The same basis as the previz renderer: looking straight down, the top of the frame is -z.
        forward = self.target - self.eye
        self.forward = forward / np.linalg.norm(forward)
        up = np.array([0.0, 1.0, 0.0])
        if np.linalg.norm(np.cross(self.forward, up)) < 1e-6:
            up = np.array([0.0, 0.0, -1.0])
        right = np.cross(self.forward, up)
        self.right = right / np.linalg.norm(right)
        self.up = np.cross(self.right, self.forward)

    @classmethod
    def from_json(cls, data) -> Camera | None:
        try:
            eye = np.asarray(data["position"], float)
            target = np.asarray(data["target"], float)
            fov = float(data.get("fov_deg", 45.0))
        except (KeyError, TypeError, ValueError):
            return None
        if eye.shape != (3,) or target.shape != (3,) or np.allclose(eye, target) or not 1 < fov < 179:
            return None
        return cls(eye, target, fov)

    @property
    def elevation_deg(self) -> float:
        """How far the camera looks down: 0 level, 90 straight down."""
        return math.degrees(math.asin(float(np.clip(-self.forward[1], -1, 1))))

    @property
    def azimuth_deg(self) -> float:
        """Where the camera stands around its target: 0 on the +z side, 90 on +x, -90 on -x."""
        offset = self.eye - self.target
        return math.degrees(math.atan2(offset[0], offset[2]))

    def ground_axes(self) -> tuple[np.ndarray, np.ndarray]:
        """Horizontal unit vectors: across the frame (a) and away from the camera (b)."""
        b = np.array([self.forward[0], 0.0, self.forward[2]])
        if np.linalg.norm(b) < 0.1:  # looking (almost) straight down: "away" is the frame's top
            b = np.array([self.up[0], 0.0, self.up[2]])
        b /= np.linalg.norm(b)
        a = np.array([-b[2], 0.0, b[0]])  # b turned a quarter to the right, seen from above
        return a, b

    def unproject(self, us: np.ndarray, vs: np.ndarray, depth: np.ndarray, width: int, height: int) -> np.ndarray:
        """Pixels (column, row) with view-axis depth in metres -> world points (n, 3)."""
        tan = math.tan(math.radians(self.fov_deg) / 2.0)
        xs = (2.0 * (us + 0.5) / width - 1.0) * tan * width / height
        ys = (1.0 - 2.0 * (vs + 0.5) / height) * tan
        rays = self.forward[None, :] + xs[:, None] * self.right[None, :] + ys[:, None] * self.up[None, :]
        return self.eye[None, :] + depth[:, None] * rays


@dataclass
class Instance:
    """One object as rendered: its pixels, and their points in the world when there is a camera."""

    id: int
    name: str
    yaw_deg: float | None
    pixels: int
    box: tuple[int, int, int, int]  # x0, y0, x1, y1 inclusive
    cx: float
    cy: float
    depth: float  # median over its pixels, metres
    points: np.ndarray | None  # (n, 3) world metres

    @property
    def width(self) -> int:
        return self.box[2] - self.box[0] + 1

    @property
    def height(self) -> int:
        return self.box[3] - self.box[1] + 1

    def extent(self) -> tuple[np.ndarray, np.ndarray]:
        """World box of the visible surface (2nd..98th percentile: a stray pixel does not stretch it)."""
        low, high = np.percentile(self.points, [2, 98], axis=0)
        return low, high

    def size(self) -> float:
        low, high = self.extent()
        return float(np.max(high - low))


@dataclass
class Scene:
    folder: Path
    width: int
    height: int
    mask: np.ndarray  # (h, w) ints
    depth: np.ndarray  # (h, w) metres, 0 = nothing
    camera: Camera | None
    instances: dict[str, list[Instance]]  # visible ones, by normalised name
    planned: dict[str, int]  # how many objects layout.json names so, visible or not
    problems: list[str]  # breaches of the output contract

    @property
    def min_pixels(self) -> int:
        return max(4, round(MIN_PIXELS_512 * self.width * self.height / 512**2))

    def visible(self, name: str) -> list[Instance]:
        return self.instances.get(normalise(name), [])


class MissingOutput(Exception):
    pass


def read_image(path: Path) -> Image.Image:
    if not path.is_file():
        raise MissingOutput(f"no {path.name}")
    try:
        image = Image.open(path)
        image.load()
    except OSError as exc:
        raise MissingOutput(f"{path.name} unreadable: {exc}") from exc
    return image


def load_scene(folder: Path) -> Scene:
    """Reads one output folder; MissingOutput when it cannot be scored at all."""
    problems: list[str] = []
    if not folder.is_dir():
        raise MissingOutput(f"no folder {folder.name}")
    try:
        layout = json.loads((folder / "layout.json").read_text())
    except (OSError, ValueError) as exc:
        raise MissingOutput(f"layout.json missing or unreadable: {exc}") from exc
    mask_image = read_image(folder / "mask.png")
    depth_image = read_image(folder / "depth.png")
    try:
        render = read_image(folder / "render.png")
        if render.mode != "RGB":
            problems.append(f"render.png is {render.mode}, not RGB")
    except MissingOutput as exc:
        problems.append(str(exc))
        render = None

    if mask_image.mode != "L":
        problems.append(f"mask.png is {mask_image.mode}, not 8-bit single channel")
    if depth_image.mode not in ("I;16", "I;16B", "I;16L", "I"):
        problems.append(f"depth.png is {depth_image.mode}, not 16-bit")
    mask = np.asarray(mask_image).astype(np.int32)
    if mask.ndim == 3:
        mask = mask[:, :, 0]
    depth = np.asarray(depth_image).astype(np.float64)
    if depth.ndim == 3:
        depth = depth[:, :, 0]
    depth /= 1000.0
    if mask.shape != depth.shape:
        raise MissingOutput(f"mask {mask.shape} and depth {depth.shape} differ in size")
    if render is not None and render.size != (mask.shape[1], mask.shape[0]):
        problems.append(f"render.png is {render.size}, the mask {mask.shape[::-1]}")

    camera = Camera.from_json(layout.get("camera"))
    if camera is None:
        problems.append("layout.json has no usable camera {position, target, fov_deg}")
    objects = layout.get("objects")
    if not isinstance(objects, list):
        raise MissingOutput("layout.json has no objects list")
    problems += check_objects(objects, mask)
    if (mask > 0).any() and (depth[mask > 0] <= 0).mean() > 0.01:
        problems.append("depth is 0 on more than 1% of the masked pixels")

    scene = Scene(folder, mask.shape[1], mask.shape[0], mask, depth, camera, {}, {}, problems)
    for obj in objects:
        if not isinstance(obj, dict) or not isinstance(obj.get("id"), int):
            continue
        name = normalise(obj.get("name", ""))
        scene.planned[name] = scene.planned.get(name, 0) + 1
        instance = make_instance(scene, obj)
        if instance is not None:
            scene.instances.setdefault(name, []).append(instance)
    return scene


def check_objects(objects: list, mask: np.ndarray) -> list[str]:
    """Contract breaches in the objects list: fields, id range, duplicate ids, stray mask ids."""
    problems, ids = [], []
    for obj in objects:
        if not isinstance(obj, dict):
            problems.append("an object is not a JSON object")
            continue
        missing = [k for k in ("id", "name", "position", "size", "yaw_deg") if k not in obj]
        if missing:
            problems.append(f"object {obj.get('name', '?')} lacks {', '.join(missing)}")
        if not isinstance(obj.get("id"), int) or not 1 <= obj["id"] <= 255:
            problems.append(f"object {obj.get('name', '?')} id {obj.get('id')!r} is not an int in 1..255")
        else:
            ids.append(obj["id"])
    if len(ids) != len(set(ids)):
        problems.append("duplicate object ids")
    stray = sorted(set(np.unique(mask).tolist()) - set(ids) - {0})
    if stray:
        problems.append(f"mask ids not in layout.json: {stray[:8]}")
    return problems


def make_instance(scene: Scene, obj: dict) -> Instance | None:
    """The object's rendered footprint; None when fewer than ``min_pixels`` of it are visible."""
    rows, cols = np.nonzero(scene.mask == obj["id"])
    if len(rows) < scene.min_pixels:
        return None
    depths = scene.depth[rows, cols]
    solid = depths > 0
    points = None
    if scene.camera is not None and solid.any():
        points = scene.camera.unproject(cols[solid], rows[solid], depths[solid], scene.width, scene.height)
    yaw = obj.get("yaw_deg")
    return Instance(
        id=obj["id"],
        name=normalise(obj.get("name", "")),
        yaw_deg=float(yaw) if isinstance(yaw, (int, float)) else None,
        pixels=len(rows),
        box=(int(cols.min()), int(rows.min()), int(cols.max()), int(rows.max())),
        cx=float(cols.mean()) + 0.5,
        cy=float(rows.mean()) + 0.5,
        depth=float(np.median(depths[solid])) if solid.any() else 0.0,
        points=points,
    )


# ------------------------------------------------------------------- checks ---


@dataclass
class Check:
    kind: str
    ok: bool
    detail: str = ""


def count_kind(expect: dict) -> str:
    """'count' when the prompt asks for several of a noun, 'objects' when every noun is single."""
    return "count" if any(n > 1 for n in expect["objects"].values()) else "objects"


def check_counts(expect: dict, scene: Scene) -> Check:
    """Every expected noun has exactly the expected number of visible instances of that name."""
    wrong = []
    for name, want in expect["objects"].items():
        seen = len(scene.visible(name))
        if seen != want:
            planned = scene.planned.get(normalise(name), 0)
            wrong.append(f"{name}: {seen} visible of {want} (layout names {planned})")
    if wrong and not any(scene.planned.get(normalise(n)) for n in expect["objects"]):
        wrong.append("names in layout.json: " + (", ".join(sorted(scene.planned)) or "none"))
    return Check(count_kind(expect), not wrong, "; ".join(wrong))


def mean(values) -> float:
    values = list(values)
    return sum(values) / len(values)


def left_of(subjects, objects, scene) -> tuple[bool, str]:
    """Mean centroid x of the subjects left of the mean centroid x of the objects (image)."""
    s, o = mean(i.cx for i in subjects), mean(i.cx for i in objects)
    return s < o, f"x {s:.0f} vs {o:.0f}"


def right_of(subjects, objects, scene) -> tuple[bool, str]:
    s, o = mean(i.cx for i in subjects), mean(i.cx for i in objects)
    return s > o, f"x {s:.0f} vs {o:.0f}"


def in_front_of(subjects, objects, scene) -> tuple[bool, str]:
    """Mean of the subjects' median depths nearer than the objects'."""
    s, o = mean(i.depth for i in subjects), mean(i.depth for i in objects)
    return s < o, f"depth {s:.2f} m vs {o:.2f} m"


def behind(subjects, objects, scene) -> tuple[bool, str]:
    s, o = mean(i.depth for i in subjects), mean(i.depth for i in objects)
    return s > o, f"depth {s:.2f} m vs {o:.2f} m"


def footprint(inst: Instance, camera: Camera) -> tuple[float, float, float, float]:
    """The ground area (a0, a1, b0, b1) its visible surface covers, in the camera's ground axes."""
    a_axis, b_axis = camera.ground_axes()
    a0, a1 = np.percentile(inst.points @ a_axis, [2, 98])
    b0, b1 = np.percentile(inst.points @ b_axis, [2, 98])
    return float(a0), float(a1), float(b0), float(b1)


def ground_centre(inst: Instance, camera: Camera) -> tuple[float, float, float]:
    """Mean ground position (a, b) of the visible surface and its horizontal size."""
    a_axis, b_axis = camera.ground_axes()
    a, b = inst.points @ a_axis, inst.points @ b_axis
    size = max(np.ptp(np.percentile(a, [2, 98])), np.ptp(np.percentile(b, [2, 98])))
    return float(a.mean()), float(b.mean()), float(size)


def over(s: Instance, o: Instance, camera: Camera, slack: float) -> bool:
    """The subject's ground position lies within the object's footprint, give or take
    ``slack`` x the subject's own size (a subject may overhang the edge it sits on)."""
    a, b, size = ground_centre(s, camera)
    a0, a1, b0, b1 = footprint(o, camera)
    margin = 0.02 + slack * size
    return a0 - margin <= a <= a1 + margin and b0 - margin <= b <= b1 + margin


def heights(inst: Instance) -> tuple[float, float]:
    low, high = np.percentile(inst.points[:, 1], [2, 98])
    return float(low), float(high)


def rests_on(s: Instance, o: Instance, camera: Camera) -> tuple[bool, str]:
    """The subject stands on the object, judged in world metres from depth:
    - its lowest visible point is not far above the object's top, so it is not floating (the
      allowance is half its visible height, or its width when that is more: the bottom of a
      round thing is out of sight, and from above only a box's lid shows);
    - that point is raised above the object's base (by 30% of the object's height), so it is
      not on the floor beside or under it;
    - it is over the object's footprint, so it is not on something behind or in front."""
    s_low, s_high = heights(s)
    o_low, o_high = heights(o)
    _, _, s_size = ground_centre(s, camera)
    grounded = s_low <= o_high + 0.1 + max(0.5 * (s_high - s_low), s_size)
    raised = s_low >= o_low + 0.3 * (o_high - o_low) - 0.03
    above = over(s, o, camera, slack=0.5)
    why = [w for w, ok in (("floating", grounded), ("not raised", raised), ("not over it", above)) if not ok]
    measured = f"bottom {s_low:.2f} m, {o.name} {o_low:.2f}..{o_high:.2f} m"
    return not why, measured + (f" ({', '.join(why)})" if why else "")


def roofed(s: Instance, o: Instance, camera: Camera) -> bool:
    """Some of the object's visible surface is above the subject's top, over the subject's
    ground area: a canopy seen from the front covers what stands in front of the trunk."""
    a_axis, b_axis = camera.ground_axes()
    _, s_high = heights(s)
    a0, a1 = np.percentile(s.points @ a_axis, [2, 98])
    b0, b1 = np.percentile(s.points @ b_axis, [2, 98])
    a, b = o.points @ a_axis, o.points @ b_axis
    above = (o.points[:, 1] > s_high) & (a >= a0) & (a <= a1) & (b >= b0 - 0.05) & (b <= b1 + 0.05)
    return int(np.count_nonzero(above)) >= 3


def lies_under(s: Instance, o: Instance, camera: Camera) -> tuple[bool, str]:
    """The subject is under the object: its top is below the object's top, its bottom is low
    (not raised as for on_top_of: a cat on a chair's seat is below the backrest's top, yet not
    under the chair), and either it lies within the object's footprint (tighter than for
    on_top_of: beside is not under) or the object's surface is seen right above it (the far
    half of a canopy is never rendered)."""
    s_low, s_high = heights(s)
    o_low, o_high = heights(o)
    lower = s_high <= o_high - 0.02 and s_low < o_low + 0.3 * (o_high - o_low)
    within = over(s, o, camera, slack=0.1) or roofed(s, o, camera)
    why = [w for w, ok in (("not lower", lower), ("not within its footprint", within)) if not ok]
    return not why, f"top {s_high:.2f} m vs {o.name} top {o_high:.2f} m" + (f" ({', '.join(why)})" if why else "")


def measurable(instances: list[Instance], scene: Scene) -> bool:
    return scene.camera is not None and all(i.points is not None for i in instances)


def each_on_some(test):
    """Lifts a one-to-one test: every subject instance must hold against at least one object."""

    def check(subjects, objects, scene):
        if not measurable(subjects + objects, scene):
            return False, "no camera or no depth: cannot measure in metres"
        details = []
        for s in subjects:
            results = [test(s, o, scene.camera) for o in objects]
            if not any(ok for ok, _ in results):
                details.append(f"#{s.id}: {results[0][1]}")
        return not details, "; ".join(details) or "holds"

    check.__doc__ = test.__doc__
    return check


def box_gap(s: Instance, o: Instance, camera: Camera) -> tuple[bool, str]:
    """Near: the gap between the two world boxes of visible surface is at most
    NEAR_GAP_M + NEAR_GAP_SIZE x the larger object's size (depth keeps two objects that only
    look adjacent in the picture from counting)."""
    s_low, s_high = s.extent()
    o_low, o_high = o.extent()
    per_axis = np.maximum(0.0, np.maximum(s_low - o_high, o_low - s_high))
    gap = float(np.linalg.norm(per_axis))
    limit = NEAR_GAP_M + NEAR_GAP_SIZE * max(s.size(), o.size())
    return gap <= limit, f"gap {gap:.2f} m (limit {limit:.2f} m)"


def neighbours(array: np.ndarray):
    """The array paired with itself one pixel across, then one pixel down: the 4-neighbour edges."""
    yield array[:, :-1], array[:, 1:]
    yield array[:-1, :], array[1:, :]


def occluded_by(s: Instance, o: Instance, scene: Scene) -> tuple[bool, str]:
    """Hidden by: the subject is visible, shares an edge with the object in the mask along which
    the object is the nearer one (an occluding edge of at least OCCLUSION_EDGE x sqrt(subject
    pixels), at least twice as long as any edge where the subject is in front), and its median
    depth is behind the object's."""
    mine, theirs = scene.mask == s.id, scene.mask == o.id
    occluding = exposed = 0
    for (m1, m2), (t1, t2), (d1, d2) in zip(neighbours(mine), neighbours(theirs), neighbours(scene.depth)):
        for edge, d_subject, d_object in ((m1 & t2, d1, d2), (t1 & m2, d2, d1)):
            occluding += int(np.count_nonzero(edge & (d_object < d_subject)))
            exposed += int(np.count_nonzero(edge & (d_object > d_subject)))
    needed = max(3.0, OCCLUSION_EDGE * math.sqrt(s.pixels))
    ok = occluding >= needed and occluding >= 2 * exposed and s.depth > o.depth
    return ok, (f"occluding edge {occluding} px (need {needed:.0f}), exposed {exposed} px, "
                f"depth {s.depth:.2f} vs {o.depth:.2f} m")


def hidden_by(subjects, objects, scene) -> tuple[bool, str]:
    details = []
    for s in subjects:
        results = [occluded_by(s, o, scene) for o in objects]
        if not any(ok for ok, _ in results):
            details.append(f"#{s.id}: {results[0][1]}")
    return not details, "; ".join(details) or "holds"


def between(subjects, firsts, seconds, scene) -> tuple[bool, str]:
    """Every subject's centroid x lies strictly between the two others' (mean) centroids; when
    both are the same noun ("between two dogs"), between its leftmost and rightmost instances."""
    if firsts is seconds:
        if len(firsts) < 2:
            return False, "needs two instances to be between"
        low, high = min(i.cx for i in firsts), max(i.cx for i in firsts)
    else:
        low, high = sorted((mean(i.cx for i in firsts), mean(i.cx for i in seconds)))
    xs = [s.cx for s in subjects]
    return all(low < x < high for x in xs), f"x {', '.join(f'{x:.0f}' for x in xs)} vs {low:.0f}..{high:.0f}"


def around(rings, centres, scene) -> tuple[bool, str]:
    """At least three ring objects whose ground positions surround the centre object's footprint
    centre: seen from it, no angular gap between neighbours exceeds AROUND_MAX_GAP."""
    if not measurable(rings + centres, scene):
        return False, "no camera or no depth: cannot measure in metres"
    if len(rings) < 3:
        return False, f"only {len(rings)} ring objects visible"
    a0, a1, b0, b1 = footprint(centres[0], scene.camera)
    ca, cb = (a0 + a1) / 2, (b0 + b1) / 2
    angles = sorted(math.degrees(math.atan2(b - cb, a - ca)) for a, b, _ in
                    (ground_centre(r, scene.camera) for r in rings))
    gaps = [b - a for a, b in zip(angles, angles[1:])] + [360 - angles[-1] + angles[0]]
    return max(gaps) <= AROUND_MAX_GAP, f"largest angular gap {max(gaps):.0f} deg"


def centre(subjects, scene) -> tuple[bool, str]:
    """Every instance's centroid within the middle third across and the middle half down."""
    ok = all(abs(s.cx / scene.width - 0.5) <= CENTRE_DX and abs(s.cy / scene.height - 0.5) <= CENTRE_DY
             for s in subjects)
    return ok, "centroids " + ", ".join(f"({s.cx / scene.width:.2f}, {s.cy / scene.height:.2f})" for s in subjects)


def image_left(subjects, scene) -> tuple[bool, str]:
    """Every instance's centroid in the left SIDE_LIMIT of the width."""
    xs = [s.cx / scene.width for s in subjects]
    return all(x < SIDE_LIMIT for x in xs), "x " + ", ".join(f"{x:.2f}" for x in xs)


def image_right(subjects, scene) -> tuple[bool, str]:
    xs = [s.cx / scene.width for s in subjects]
    return all(x > 1 - SIDE_LIMIT for x in xs), "x " + ", ".join(f"{x:.2f}" for x in xs)


# kind -> (test, number of nouns after the subject)
RELATIONS = {
    "left_of": (left_of, 1),
    "right_of": (right_of, 1),
    "in_front_of": (in_front_of, 1),
    "behind": (behind, 1),
    "on_top_of": (each_on_some(rests_on), 1),
    "under": (each_on_some(lies_under), 1),
    "near": (each_on_some(box_gap), 1),
    "hidden_by": (hidden_by, 1),
    "between": (between, 2),
    "around": (around, 1),
    "centre": (centre, 0),
    "image_left": (image_left, 0),
    "image_right": (image_right, 0),
}


def check_relation(relation: list[str], scene: Scene) -> Check:
    subject, kind, *others = relation
    if kind not in RELATIONS:
        return Check(kind, False, f"unknown relation kind {kind!r} in the prompt set")
    test, arity = RELATIONS[kind]
    groups = [scene.visible(name) for name in [subject] + others[:arity]]
    missing = [name for name, group in zip([subject] + others, groups) if not group]
    if missing:
        return Check(kind, False, "not visible: " + ", ".join(missing))
    if len(others) == 2 and others[0] == others[1]:
        groups[2] = groups[1]  # "between two dogs": the same instances on both sides
    ok, detail = test(*groups, scene)
    return Check(kind, bool(ok), detail)


FACING_ANGLES = {"camera": 0.0, "forward": 0.0, "right": 90.0, "left": -90.0, "away": 180.0, "backward": 180.0}


def facing_angle(yaw_deg: float, camera: Camera) -> float:
    """Where the object's front points as seen from the camera: 0 towards the viewer, +90 to the
    image's right, -90 to its left, 180 away. Yaw 0 faces +z; positive yaw turns +z towards +x."""
    front = np.array([math.sin(math.radians(yaw_deg)), 0.0, math.cos(math.radians(yaw_deg))])
    a_axis, b_axis = camera.ground_axes()
    return math.degrees(math.atan2(float(front @ a_axis), float(-(front @ b_axis))))


def check_facing(name: str, way: str, scene: Scene) -> Check:
    """Every visible instance of the noun faces the asked way within FACING_TOLERANCE."""
    if scene.camera is None:
        return Check("facing", False, "no camera")
    instances = scene.visible(name)
    if not instances:
        return Check("facing", False, f"not visible: {name}")
    want = FACING_ANGLES[way]
    seen = []
    for inst in instances:
        if inst.yaw_deg is None:
            return Check("facing", False, f"{name} has no yaw_deg")
        seen.append(facing_angle(inst.yaw_deg, scene.camera))
    off = [abs((angle - want + 180) % 360 - 180) for angle in seen]
    return Check("facing", max(off) <= FACING_TOLERANCE,
                 f"{name} faces {', '.join(f'{a:+.0f}' for a in seen)} deg, want {want:+.0f} ({way})")


def frame_fill(inst: Instance, scene: Scene) -> float:
    return max(inst.width / scene.width, inst.height / scene.height)


def check_camera(view: str, expect: dict, scene: Scene) -> Check:
    """View directions from the camera's place around its target (scene axes: front = +z side,
    right = +x side, left = -x side, top = looking down >= TOP_VIEW_ELEVATION); close-up and wide
    shot from how much of the frame the first expected object (or every object) fills."""
    if view in ("close-up", "wide"):
        names = list(expect["objects"])
        if view == "close-up":
            group = scene.visible(names[0])
            fill = max((frame_fill(i, scene) for i in group), default=0.0)
            return Check("camera", fill >= CLOSE_UP_FILL, f"{names[0]} fills {fill:.0%} of the frame")
        fills = [frame_fill(i, scene) for n in names for i in scene.visible(n)]
        if not fills:
            return Check("camera", False, "nothing visible")
        return Check("camera", max(fills) <= WIDE_FILL, f"largest object fills {max(fills):.0%} of the frame")
    camera = scene.camera
    if camera is None:
        return Check("camera", False, "no camera")
    elevation, azimuth = camera.elevation_deg, camera.azimuth_deg
    if elevation >= TOP_VIEW_ELEVATION:
        seen = "top"
    elif abs(azimuth) <= SIDE_VIEW_AZIMUTH:
        seen = "front"
    elif abs(azimuth) >= 180 - SIDE_VIEW_AZIMUTH:
        seen = "back"
    else:
        seen = "right" if azimuth > 0 else "left"
    return Check("camera", seen == view, f"{seen} view (elevation {elevation:.0f}, azimuth {azimuth:+.0f} deg)")


def score_folder(expect: dict, folder: Path) -> list[Check]:
    """All checks for one prompt; every one fails when the folder cannot be read."""
    try:
        scene = load_scene(folder)
    except MissingOutput as exc:
        return [Check(kind, False, str(exc)) for kind in expected_kinds(expect)]
    checks = [Check("contract", not scene.problems, "; ".join(scene.problems)), check_counts(expect, scene)]
    checks += [check_relation(r, scene) for r in expect.get("relations", [])]
    checks += [check_facing(name, way, scene) for name, way in expect.get("facing", [])]
    if "camera" in expect:
        checks.append(check_camera(expect["camera"], expect, scene))
    return checks


def expected_kinds(expect: dict) -> list[str]:
    kinds = ["contract", count_kind(expect)] + [r[1] for r in expect.get("relations", [])]
    kinds += ["facing"] * len(expect.get("facing", []))
    return kinds + (["camera"] if "camera" in expect else [])


# ------------------------------------------------------------------- report ---


def folder_for(out_dir: Path, index: int) -> Path:
    return out_dir / f"{index:04d}"


def score_all(prompts: list[dict], out_dir: Path) -> list[list[Check]]:
    return [score_folder(p["expect"], folder_for(out_dir, i)) for i, p in enumerate(prompts)]


def summarise(prompts: list[dict], results: list[list[Check]]) -> dict[str, dict]:
    """Per kind: checks, passes, prompts involved and the first failures (index, prompt, detail)."""
    table: dict[str, dict] = {}
    for index, (prompt, checks) in enumerate(zip(prompts, results)):
        for kind in {c.kind for c in checks}:
            table.setdefault(kind, {"checks": 0, "passed": 0, "prompts": 0, "failures": []})["prompts"] += 1
        for check in checks:
            row = table[check.kind]
            row["checks"] += 1
            row["passed"] += check.ok
            if not check.ok:
                row["failures"].append((index, prompt["prompt"], check.detail))
    return table


def print_report(prompts, results, seconds: float | None, show_failures: int, out=None) -> None:
    out = out or sys.stdout  # looked up now, so a redirected stdout is honoured
    table = summarise(prompts, results)
    kinds = [k for k in KIND_ORDER if k in table] + sorted(set(table) - set(KIND_ORDER))
    print(f"\n{'kind':<13}{'prompts':>8}{'checks':>8}{'passed':>8}{'accuracy':>10}", file=out)
    for kind in kinds:
        row = table[kind]
        print(f"{kind:<13}{row['prompts']:>8}{row['checks']:>8}{row['passed']:>8}"
              f"{row['passed'] / row['checks']:>10.1%}", file=out)
    scored = [k for k in kinds if k != "contract"]
    whole = sum(all(c.ok for c in checks if c.kind != "contract") for checks in results)
    print(f"{'-' * 47}", file=out)
    print(f"prompts fully right: {whole}/{len(results)} ({whole / max(1, len(results)):.1%})", file=out)
    if scored:
        worst = min(scored, key=lambda k: table[k]["passed"] / table[k]["checks"])
        macro = mean(table[k]["passed"] / table[k]["checks"] for k in scored)
        print(f"mean over kinds: {macro:.1%}; lowest: {worst} "
              f"{table[worst]['passed'] / table[worst]['checks']:.1%}", file=out)
    sets: dict[str, list[bool]] = {}
    for prompt, checks in zip(prompts, results):
        sets.setdefault(prompt["set"], []).append(all(c.ok for c in checks if c.kind != "contract"))
    print("by set: " + ", ".join(f"{s} {sum(v)}/{len(v)}" for s, v in sets.items()), file=out)
    if seconds is not None:
        print(f"time per prompt: {seconds / max(1, len(prompts)):.3f} s "
              f"({seconds:.1f} s for {len(prompts)} prompts, one batch; issue 4 target: under 0.5 s)", file=out)
    if show_failures:
        print_failures(table, kinds, show_failures, out)


def print_failures(table, kinds, limit: int, out) -> None:
    lines = []
    for kind in kinds:
        failures = table[kind]["failures"]
        for index, prompt, detail in failures[:limit]:
            lines.append(f"  [{kind}] {index:04d} {prompt!r}: {detail}")
        if len(failures) > limit:
            lines.append(f"  [{kind}] ... and {len(failures) - limit} more")
    if lines:
        print("\nfailures (first per kind; folder number, prompt, what was measured):", file=out)
        print("\n".join(lines), file=out)


# --------------------------------------------------------------------- main ---


def frame_size(out_dir: Path) -> str:
    """The first rendered mask's size: the command may not honour the asked size."""
    for mask in sorted(out_dir.glob("*/mask.png"))[:1]:
        with Image.open(mask) as image:
            return f"{image.width}x{image.height}"
    return "no frames"


def parse_args(argv=None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--limit", type=int, help="score N prompts, evenly spread over the sets")
    parser.add_argument("--set", help="prompt sets, comma-separated (file names in bench/prompts without .jsonl)")
    parser.add_argument("--size", type=int, default=512, help="frame size, passed on if the command has a size option")
    parser.add_argument("--out", type=Path, help="keep the output folders here (default: a temporary folder)")
    parser.add_argument("--score", type=Path, metavar="DIR", help="score folders already in DIR; run nothing")
    parser.add_argument("--failures", type=int, default=3, help="failing prompts shown per kind")
    parser.add_argument("--cli", default="studio.cli", help=argparse.SUPPRESS)  # the self-check's fake
    return parser.parse_args(argv)


def main(argv=None) -> int:
    args = parse_args(argv)
    try:
        prompts = load_prompts(args.set, args.limit)
        print(f"{len(prompts)} prompts from {', '.join(dict.fromkeys(p['set'] for p in prompts))}", file=sys.stderr)
        if args.score:
            print_report(prompts, score_all(prompts, args.score), None, args.failures)
            return 0
        command = layout_command(args.cli)
        extra = size_arguments(probe_command(command), args.size)
        if not extra:
            print("note: the command has no size option; frames are scored at their rendered size", file=sys.stderr)
        work = Path(tempfile.mkdtemp(prefix="layout-bench-"))
        out_dir = args.out or work / "out"
        if out_dir.exists() and any(out_dir.iterdir()):
            raise BenchError(f"{out_dir} is not empty; pick a new --out folder")
        out_dir.mkdir(parents=True, exist_ok=True)
        try:
            seconds = run_batch(command, prompts, work / "prompts.txt", out_dir, extra)
            print_report(prompts, score_all(prompts, out_dir), seconds, args.failures)
            print(f"frame size: {frame_size(out_dir)} (asked for {args.size}x{args.size})")
        finally:
            shutil.rmtree(work, ignore_errors=True)
        if args.out:
            print(f"outputs kept in {out_dir}")
        return 0
    except BenchError as exc:
        print(f"layout bench: {exc}", file=sys.stderr)
        return exc.exit_code


if __name__ == "__main__":
    sys.exit(main())
