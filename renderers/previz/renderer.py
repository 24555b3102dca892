"""PrevizRenderer: a RenderRequest in; rgb.png, depth.png, mask.png and visibility numbers out.

The request's layout becomes meshes (``meshes``), the shot's time of day becomes a ``Lighting``,
the GL rasteriser (``raster``) draws the frame and every object's solo silhouette, and this
module turns those arrays into files and the numbers the critic reads (who is visible, how much,
and who is in the way).
"""

from __future__ import annotations

import math
import time
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFont

from renderers.previz import raster
from renderers.previz.meshes import Placed, scene_objects, set_geometry
from studio.camera import basis, project
from studio.models import RGB, Camera, RenderRequest
from studio.palettes import palette

NEAR, FAR = 0.05, 400.0  # metres; the exterior ground reaches 150 m, its hills 120 m further
FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")


# --------------------------------------------------------------- camera ---


def camera_matrices(camera: Camera, width: int, height: int) -> tuple[np.ndarray, np.ndarray]:
    """(view, projection) 4x4 matrices for GL, from ``studio.camera``'s basis: the camera looks down its -z."""
    if np.linalg.norm(np.subtract(camera.target, camera.position)) < 1e-9:
        raise ValueError(f"camera position and target coincide at {camera.position}")
    eye, right, up, forward = basis(camera)
    view = np.eye(4)
    view[0, :3], view[1, :3], view[2, :3] = right, up, -forward
    view[:3, 3] = -view[:3, :3] @ eye
    f = 1.0 / math.tan(math.radians(camera.fov_deg) / 2.0)
    proj = np.zeros((4, 4))
    proj[0, 0], proj[1, 1] = f * height / width, f
    proj[2, 2], proj[2, 3] = (FAR + NEAR) / (NEAR - FAR), 2.0 * FAR * NEAR / (NEAR - FAR)
    proj[3, 2] = -1.0
    return view, proj


def project_points(camera: Camera, width: int, height: int, points) -> np.ndarray:
    """World points (n, 3) -> pixel coordinates (n, 2), x right, y down; NaN behind the camera."""
    return project(camera, width, height, points)[0]


# ------------------------------------------------------------- lighting ---


# key (azimuth from the camera's view, elevation, colour x intensity), sky fill, ground fill, rim,
# sky top, sky horizon: tuned by eye for a soft storybook look that still reads at night.
LIGHTS = {
    (False, "day"): ((-35, 50, (1.05, 0.98, 0.88)), (0.42, 0.47, 0.56), (0.24, 0.22, 0.18), (0.10, 0.10, 0.12),
                     (0.36, 0.58, 0.86), (0.80, 0.89, 0.96)),
    (False, "dawn"): ((-60, 18, (1.05, 0.80, 0.62)), (0.38, 0.38, 0.50), (0.22, 0.18, 0.16), (0.16, 0.12, 0.10),
                      (0.45, 0.55, 0.78), (0.98, 0.80, 0.66)),
    (False, "dusk"): ((50, 14, (1.05, 0.66, 0.42)), (0.34, 0.30, 0.45), (0.20, 0.15, 0.13), (0.18, 0.11, 0.08),
                      (0.25, 0.26, 0.50), (0.96, 0.62, 0.44)),
    (False, "night"): ((-30, 40, (0.48, 0.58, 0.85)), (0.20, 0.23, 0.36), (0.08, 0.08, 0.11), (0.16, 0.19, 0.30),
                       (0.04, 0.06, 0.16), (0.16, 0.20, 0.34)),
    # Indoors the ground fill stands in for light bounced off the floor: ceilings are not black.
    (True, "day"): ((-40, 45, (0.92, 0.88, 0.78)), (0.50, 0.49, 0.47), (0.40, 0.36, 0.31), (0.08, 0.08, 0.08),
                    None, None),
    (True, "night"): ((-45, 35, (1.00, 0.74, 0.48)), (0.26, 0.23, 0.28), (0.20, 0.16, 0.13), (0.10, 0.08, 0.06),
                      None, None),
}


def lighting_for(interior: bool, time_of_day: str, seed: int, camera: Camera, ceiling: RGB) -> raster.Lighting:
    key = (interior, time_of_day) if (interior, time_of_day) in LIGHTS else (
        interior, "night" if time_of_day in ("night", "dusk") else "day")
    (azimuth, elevation, key_color), sky_fill, ground_fill, rim, sky_top, sky_horizon = LIGHTS[key]
    # The seed only nudges the light a few degrees: same seed, same frame.
    rng = np.random.default_rng(seed & 0xFFFFFFFF)
    azimuth += rng.uniform(-8.0, 8.0)
    elevation += rng.uniform(-4.0, 4.0)
    # The key is set relative to the camera (front-left by default) so every shot reads, as a
    # cinematographer relights each set-up; continuity of sun direction matters less in previz.
    view_yaw = math.atan2(camera.position[0] - camera.target[0], camera.position[2] - camera.target[2])
    a, e = view_yaw + math.radians(azimuth), math.radians(elevation)
    key_dir = (math.cos(e) * math.sin(a), math.sin(e), math.cos(e) * math.cos(a))
    if interior:
        # Where no wall is drawn (above a low wall, a camera outside the room) show a dim ceiling tone.
        tone = tuple(c / 255.0 * 0.75 for c in ceiling)
        return raster.Lighting(key_dir, key_color, sky_fill, ground_fill, rim, tone, tone, vignette=0.3)
    return raster.Lighting(
        key_dir, key_color, sky_fill, ground_fill, rim, sky_top, sky_horizon, sky_glow=0.5,
        fog_color=sky_horizon, fog_start=20.0, fog_density=0.008,
    )


def contact_shadows(placed: list[Placed], lighting: raster.Lighting) -> np.ndarray:
    """Floor ellipses (centre x, z, radius x, z) under objects standing on the floor."""
    away = -np.array([lighting.key_dir[0], lighting.key_dir[2]])
    away = away / max(np.linalg.norm(away), 1e-6)
    rows = []
    for item in placed:
        if item.obj.position[1] > 0.25:  # on a table or in the air: its shadow would be elsewhere
            continue
        low, high = item.geometry.bounds
        centre = (low[[0, 2]] + high[[0, 2]]) / 2 + away * min(high[1] - low[1], 2.0) * 0.12
        radius = (high[[0, 2]] - low[[0, 2]]) / 2 * 0.95 + 0.08
        rows.append([centre[0], centre[1], radius[0], radius[1]])
    return np.array(rows, np.float32).reshape(-1, 4)


# ------------------------------------------------------------- renderer ---


class PrevizRenderer:
    """Keyframe backend ``previz``: a flat-shaded 3D layout with exact depth and instance masks.

    Config: ``supersample`` (anti-aliasing factor, default 2). The request sets the image size;
    ``width``, ``height`` and other keys of the keyframes section are accepted and ignored.
    """

    def __init__(self, supersample: int = 2, **_config):
        self.supersample = max(1, int(supersample))

    def warm(self) -> None:
        """Create the process's GL context now (``studio worker --preload keyframes``), so a
        task's time limit is not spent starting EGL, which can take a second on a busy machine."""
        raster.gl()

    def render(self, request: RenderRequest, out_dir: Path) -> dict:
        started = time.perf_counter()
        drawn = self.draw(request)
        self.save(drawn, out_dir)
        return {**drawn.meta, "render_ms": round((time.perf_counter() - started) * 1000.0, 2)}

    def draw(self, request: RenderRequest) -> Drawn:
        """The frame as arrays, nothing written: a caller that draws several candidates (the
        spatial agent's attempts) keeps them in memory and saves only the one it chooses."""
        started = time.perf_counter()
        _check_ids(request)
        width, height, layout = request.width, request.height, request.layout

        placed = scene_objects(request)
        when = layout.time_of_day
        colours = list(layout.palette) if len(layout.palette) >= 4 else palette(layout.interior, when)
        lighting = lighting_for(layout.interior, when, request.seed, request.camera, ceiling=colours[2])
        backdrop = set_geometry(layout.objects, request.camera, layout.interior, colours, layout.location)
        batch = raster.Batch.build(
            [(0, backdrop)] + [(item.obj.id, item.geometry, front_faces(item)) for item in placed],
            shadows=contact_shadows(placed, lighting),
        )
        view, proj = camera_matrices(request.camera, width, height)
        frame = raster.render(batch, view, proj, width, height, lighting, self.supersample)
        solo = raster.silhouettes(batch, view, proj, width, height, self.supersample)

        stats = visibility(frame.ids, solo, [obj.id for obj in layout.objects])
        stats["front"] = front_marks(frame)
        meta = {"width": width, "height": height, **stats,
                "render_ms": round((time.perf_counter() - started) * 1000.0, 2)}
        return Drawn(frame, placed, request.camera, depth=_frozen(depth_mm(frame.depth)),
                     mask=_frozen(frame.ids.astype(np.uint8)), meta=meta)

    @staticmethod
    def save(drawn: Drawn, out_dir: Path) -> None:
        """rgb.png, depth.png (16-bit mm) and mask.png (8-bit ids) into ``out_dir``."""
        out_dir = Path(out_dir)
        out_dir.mkdir(parents=True, exist_ok=True)
        # Fast zlib level: the files are intermediates, and level 6 would double the render time.
        Image.fromarray(drawn.rgb).save(out_dir / "rgb.png", compress_level=1)  # uint8 (h, w, 3): RGB
        Image.fromarray(drawn.depth).save(out_dir / "depth.png", compress_level=1)  # uint16: I;16
        Image.fromarray(drawn.mask).save(out_dir / "mask.png", compress_level=1)  # uint8: L


@dataclass(frozen=True)
class Drawn:
    """One frame in memory, as its files hold it: what ``save`` writes and the critic reads."""

    frame: raster.Frame
    placed: list[Placed]
    camera: Camera
    depth: np.ndarray  # (h, w) uint16 millimetres, 0 where nothing was drawn
    mask: np.ndarray  # (h, w) uint8 object ids, 0 for the set and the sky
    meta: dict

    @cached_property
    def rgb(self) -> np.ndarray:
        """(h, w, 3) uint8: the picture, each stand-in's name written on it only when it is wanted
        (a saved frame; not every attempt the spatial agent draws)."""
        return draw_labels(self.frame, self.placed, self.camera)


def _frozen(array: np.ndarray) -> np.ndarray:
    """Read-only, as an array read back from its PNG is: a checker must not edit what is saved."""
    array.setflags(write=False)
    return array


def _check_ids(request: RenderRequest) -> None:
    bad = [obj.id for obj in request.layout.objects if not 1 <= obj.id <= 255]
    if bad:
        raise ValueError(f"layout object ids must be 1..255 (0 is the background; mask.png is 8-bit): {bad}")


def depth_mm(depth: np.ndarray) -> np.ndarray:
    """Metres -> uint16 millimetres; 0 only where nothing was drawn, far surfaces saturate."""
    mm = np.clip(np.rint(depth * 1000.0), 1, 65535).astype(np.uint16)
    mm[depth <= 0.0] = 0
    return mm


def visibility(ids: np.ndarray, solo: dict[int, np.ndarray], object_ids: list[int]) -> dict:
    """Pixel counts in the frame and alone, their ratio, and who covers each object's silhouette.

    An occluder ``"0"`` means the set itself (a wall, the floor) hides part of the object.
    """
    counts = np.bincount(ids.ravel(), minlength=256)
    pixels, solo_pixels, fraction, occluders = {}, {}, {}, {}
    for object_id in sorted(set(object_ids)):
        key = str(object_id)
        alone = solo.get(object_id)
        pixels[key] = int(counts[object_id])
        solo_pixels[key] = int(alone.sum()) if alone is not None else 0
        fraction[key] = min(1.0, pixels[key] / solo_pixels[key]) if solo_pixels[key] else 0.0
        covered = np.bincount(ids[alone], minlength=256) if alone is not None else np.zeros(256, int)
        occluders[key] = {str(other): int(n) for other, n in enumerate(covered) if n and other != object_id}
    return {"pixels": pixels, "solo_pixels": solo_pixels, "visible_fraction": fraction, "occluders": occluders}


PART_SHARE = 0.3  # front and back parts: faces in the front (back) 30% of an object's depth


def front_faces(item: Placed) -> np.ndarray:
    """Each face of a placed object: 1 in its front part (a face, a snout, a seat's edge), -1 in
    its back part, 0 between; from its own frame (the yaw turned back, +z is its front)."""
    geometry, obj = item.geometry, item.obj
    if not len(geometry.faces):
        return np.zeros(0, np.int8)
    a = math.radians(obj.yaw_deg)
    forward = np.array([math.sin(a), 0.0, math.cos(a)])
    along = (geometry.vertices - np.asarray(obj.position, float)) @ forward
    centres = along[geometry.faces].mean(axis=1)
    low, high = float(along.min()), float(along.max())
    reach = PART_SHARE * max(high - low, 1e-6)
    return np.where(centres >= high - reach, 1, np.where(centres <= low + reach, -1, 0)).astype(np.int8)


def front_marks(frame: raster.Frame) -> dict[str, dict]:
    """Per object id, where its visible front and back parts are in the render: pixels, centroid
    (x, y) and median depth (metres) of each. The critic reads facing from the two."""
    if frame.part is None:
        return {}
    out: dict[str, dict] = {}
    for name, value in (("front", 1), ("back", -1)):
        marked = (frame.part == value) & (frame.ids > 0)
        ids = frame.ids[marked]
        ys, xs = np.nonzero(marked)
        depth = frame.depth[marked]
        for object_id in np.unique(ids):
            pick = ids == object_id
            out.setdefault(str(int(object_id)), {})[name] = {
                "pixels": int(pick.sum()), "x": round(float(xs[pick].mean()), 2), "y": round(float(ys[pick].mean()), 2),
                "depth": round(float(np.median(depth[pick])), 4)}
    return out


def draw_labels(frame: raster.Frame, placed: list[Placed], camera: Camera) -> np.ndarray:
    """Write each visible stand-in's name at its projected box centre, so the block says what it is."""
    labelled = [item for item in placed if item.label and (frame.ids == item.obj.id).any()]
    if not labelled:
        return frame.rgb
    height, width = frame.ids.shape
    image = Image.fromarray(frame.rgb)
    draw = ImageDraw.Draw(image)
    font = _font(max(12, height // 28))
    for item in labelled:
        x, y, h = item.obj.position[0], item.obj.position[1], item.obj.size[1]
        (u, v), = project_points(camera, width, height, [(x, y + h / 2, item.obj.position[2])])
        if np.isfinite(u) and -width < u < 2 * width and -height < v < 2 * height:
            draw.text((float(u), float(v)), item.label, font=font, fill=(255, 255, 255), anchor="mm",
                      stroke_width=max(2, font.size // 8), stroke_fill=(30, 30, 36))
    return np.asarray(image)


def _font(size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(FONT), size) if FONT.exists() else ImageFont.load_default(size=size)
