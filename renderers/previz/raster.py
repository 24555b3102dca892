"""The GL rasteriser: one EGL context per process, a multi-target scene pass, a silhouette atlas.

It knows nothing of layouts: it takes world-space triangles tagged with an object id, a view and
a projection matrix, and a ``Lighting``, and returns numpy arrays (top row first).

A frame is two GL passes into cached framebuffers, then a third for the silhouettes:
1. scene, at ``supersample`` x the size: the meshes with depth test, writing colour and the
   surface (linear depth in metres, object id) to two render targets at once;
2. finish, at the final size: averages the colour samples (anti-aliasing) with the sky gradient
   wherever no surface was drawn, inks outlines at id/depth edges, adds a vignette, and keeps
   one depth/id sample per pixel (ids are never blended);
3. silhouettes: every object alone into its own tile of one atlas (viewport + scissor), read
   back once and thinned to the same sample per pixel that step 2 keeps, so an unoccluded
   object covers exactly as many pixels alone as in the frame.
"""

from __future__ import annotations

import os
import threading
from dataclasses import dataclass

import numpy as np

from renderers.previz.meshes import Geometry

EGL_PACKAGES = "libegl1 libegl-mesa0 libgl1-mesa-dri libgbm1"
MAX_SHADOWS = 32
ATLAS_MAX = 8192  # atlas side in samples (llvmpipe allows 16384); more objects spill into a second atlas
FLOATS_PER_VERTEX = 10  # position 3, normal 3, colour 3, id 1
# Added to the id of a front-part (back-part) face: below the 0.5 that outlines and rounding
# react to, so shading, outlines and the mask are unchanged; the fraction marks the part in the
# surface target.
FRONT_MARK, BACK_MARK = 0.25, 0.125


@dataclass(frozen=True)
class Lighting:
    """Everything that colours a frame except the meshes: light amounts are linear multipliers,
    sky and fog colours 0..1 sRGB."""

    key_dir: tuple[float, float, float]  # unit vector towards the key light
    key_color: tuple[float, float, float]  # key light intensity (linear, may exceed 1)
    sky_fill: tuple[float, float, float]  # ambient from above
    ground_fill: tuple[float, float, float]  # ambient from below
    rim: tuple[float, float, float]  # grazing-angle light that lifts silhouettes off the set
    sky_top: tuple[float, float, float]
    sky_horizon: tuple[float, float, float]
    sky_glow: float = 0.0  # sun or moon halo in the sky, exteriors only
    fog_color: tuple[float, float, float] = (0.8, 0.85, 0.9)
    fog_start: float = 0.0  # metres
    fog_density: float = 0.0  # per metre; 0 disables
    shadow: float = 0.4  # darkness of the soft contact shadows on the floor
    outline: float = 0.55  # ink strength of object outlines
    vignette: float = 0.25


@dataclass(frozen=True)
class Batch:
    """Flat-shaded triangles ready for upload, grouped so each id's triangles are contiguous."""

    vertices: np.ndarray  # (n, 10) float32, the set (id 0) first
    set_vertices: int  # how many of them belong to the set
    ranges: dict[int, tuple[int, int]]  # id -> (first vertex, vertex count) for every object
    shadows: np.ndarray  # (k, 4) float32 floor ellipses: centre x, centre z, radius x, radius z

    @staticmethod
    def build(pieces: list[tuple], shadows: np.ndarray | None = None) -> Batch:
        """``pieces``: (id, geometry) or (id, geometry, part), ``part`` marking the faces of the
        object's front part (1 per face) and back part (-1); they carry id + FRONT_MARK (BACK_MARK),
        so ``Frame.part`` shows where each object's front and back are in the render, and the id
        still rounds to the object's."""
        chunks, ranges, first, set_vertices = [], {}, 0, 0
        for object_id, geometry, *front in sorted(pieces, key=lambda piece: piece[0]):
            chunk = _flat_vertices(geometry, object_id, front[0] if front else None)
            if object_id:
                start, count = ranges.get(object_id, (first, 0))
                ranges[object_id] = (start, count + len(chunk))
            else:
                set_vertices += len(chunk)
            chunks.append(chunk)
            first += len(chunk)
        vertices = np.concatenate(chunks) if chunks else np.zeros((0, FLOATS_PER_VERTEX), np.float32)
        shadows = np.zeros((0, 4), np.float32) if shadows is None else np.asarray(shadows, np.float32)
        return Batch(vertices, set_vertices, ranges, shadows[:MAX_SHADOWS])


def _flat_vertices(geometry: Geometry, object_id: int, front: np.ndarray | None = None) -> np.ndarray:
    """One vertex per triangle corner, each carrying its face's normal: faceted low-poly shading."""
    triangles = geometry.triangles()
    normals = np.cross(triangles[:, 1] - triangles[:, 0], triangles[:, 2] - triangles[:, 0])
    length = np.linalg.norm(normals, axis=1, keepdims=True)
    normals = np.where(length > 1e-12, normals / np.maximum(length, 1e-12), (0.0, 1.0, 0.0))
    out = np.empty((len(triangles), 3, FLOATS_PER_VERTEX), np.float32)
    out[:, :, 0:3] = triangles
    out[:, :, 3:6] = normals[:, None, :]
    out[:, :, 6:9] = geometry.colors[:, None, :] / 255.0
    out[:, :, 9] = object_id
    if front is not None and len(front) == len(triangles):
        part = np.asarray(front)
        out[:, :, 9] += np.where(part > 0, FRONT_MARK, np.where(part < 0, BACK_MARK, 0.0))[:, None]
    return out.reshape(-1, FLOATS_PER_VERTEX)


@dataclass
class Frame:
    rgb: np.ndarray  # (h, w, 3) uint8
    depth: np.ndarray  # (h, w) float32, metres along the view axis; 0 where nothing was drawn
    ids: np.ndarray  # (h, w) int32; 0 for the set and the sky
    part: np.ndarray | None = None  # (h, w) int8: 1 on its object's front part, -1 on its back part


# -------------------------------------------------------------- shaders ---

SCENE_VS = """
#version 330
invariant gl_Position;  // the silhouette pass must rasterise exactly the same triangles
uniform mat4 u_view;
uniform mat4 u_proj;
in vec3 in_pos;
in vec3 in_normal;
in vec3 in_color;
in float in_id;
out vec3 v_world;
out float v_depth;
flat out vec3 v_normal;
flat out vec3 v_albedo;
flat out float v_id;
void main() {
    vec4 view = u_view * vec4(in_pos, 1.0);
    v_world = in_pos;
    v_depth = -view.z;
    v_normal = in_normal;
    v_albedo = in_color * in_color;  // light in (approximately) linear space: gamma 2
    v_id = in_id;
    gl_Position = u_proj * view;
}
"""

SCENE_FS = """
#version 330
uniform vec3 u_eye;
uniform vec3 u_key_dir;
uniform vec3 u_key_color;
uniform vec3 u_sky_fill;
uniform vec3 u_ground_fill;
uniform vec3 u_rim;
uniform vec3 u_fog_color;
uniform float u_fog_start;
uniform float u_fog_density;
uniform float u_shadow;
uniform vec4 u_shadows[MAX_SHADOWS];
uniform int u_shadow_count;
in vec3 v_world;
in float v_depth;
flat in vec3 v_normal;
flat in vec3 v_albedo;
flat in float v_id;
layout(location = 0) out vec4 f_color;
layout(location = 1) out vec2 f_surface;  // linear depth (metres), object id

float contact_shadow() {
    // Soft ellipses under grounded objects, on upward set faces only: objects look placed, not pasted.
    float light = 1.0;
    for (int i = 0; i < u_shadow_count; i++) {
        vec2 d = (v_world.xz - u_shadows[i].xy) / u_shadows[i].zw;
        light *= 1.0 - u_shadow * (1.0 - smoothstep(0.35, 1.0, length(d)));
    }
    return light;
}

void main() {
    vec3 n = v_normal;  // flat: every corner carries the same unit face normal
    float lambert = max(dot(n, u_key_dir), 0.0);
    // Toon-ish: two soft bands plus a little of the smooth term, so planes read as planes.
    float key = 0.5 * smoothstep(0.0, 0.12, lambert) + 0.3 * smoothstep(0.4, 0.6, lambert) + 0.2 * lambert;
    if (v_id < 0.5 && n.y > 0.5) key *= contact_shadow();
    vec3 fill = mix(u_ground_fill, u_sky_fill, 0.5 + 0.5 * n.y);
    vec3 to_eye = normalize(u_eye - v_world);
    float grazing = 1.0 - max(dot(n, to_eye), 0.0);
    float rim = v_id > 0.5 ? grazing * grazing * grazing : 0.0;
    vec3 lit = v_albedo * (fill + u_key_color * key) + u_rim * rim;
    vec3 color = sqrt(clamp(lit, 0.0, 1.0));
    float fog = 1.0 - exp(-max(v_depth - u_fog_start, 0.0) * u_fog_density);
    f_color = vec4(mix(color, u_fog_color, fog), 1.0);
    f_surface = vec2(v_depth, v_id);
}
"""

FULLSCREEN_VS = """
#version 330
void main() {
    // One triangle covering the viewport, no vertex buffer needed.
    vec2 corner = vec2((gl_VertexID << 1) & 2, gl_VertexID & 2);
    gl_Position = vec4(corner * 2.0 - 1.0, 0.0, 1.0);
}
"""

FINISH_FS = """
#version 330
uniform sampler2D u_color;
uniform sampler2D u_surface;  // r: linear depth, g: id; depth 0 where nothing was drawn
uniform vec2 u_size;
uniform float u_outline;
uniform float u_vignette;
uniform mat4 u_inverse;
uniform vec3 u_eye;
uniform vec3 u_top;
uniform vec3 u_horizon;
uniform vec3 u_key_dir;
uniform vec3 u_glow_color;
uniform float u_glow;
layout(location = 0) out vec4 f_color;
layout(location = 1) out vec2 f_surface;

// SS (the supersampling factor) is pasted in as a constant so the compiler unrolls every loop
// and keeps the window in registers: with a uniform bound llvmpipe spills it and runs 3x slower.
const int SS = SUPERSAMPLE;
const int N = SS + 2;  // the pixel's samples plus a one-sample border

vec3 sky(vec2 pixel) {
    vec2 ndc = pixel / u_size * 2.0 - 1.0;
    vec4 far = u_inverse * vec4(ndc, 1.0, 1.0);
    vec3 dir = normalize(far.xyz / far.w - u_eye);
    vec3 color = mix(u_horizon, u_top, pow(smoothstep(-0.05, 0.65, dir.y), 0.7));
    float sun = max(dot(dir, u_key_dir), 0.0);
    float sun6 = sun * sun * sun; sun6 *= sun6;
    float sun48 = sun6 * sun6; sun48 *= sun48; sun48 *= sun48;
    return clamp(color + u_glow_color * u_glow * (sun48 + 0.25 * sun6), 0.0, 1.0);
}

void main() {
    // The block of samples behind this pixel plus a one-sample border, read once.
    ivec2 base = ivec2(gl_FragCoord.xy) * SS - 1;
    ivec2 last = textureSize(u_surface, 0) - 1;
    vec2 s[N * N];
    for (int y = 0; y < N; y++)
        for (int x = 0; x < N; x++)
            s[y * N + x] = texelFetch(u_surface, clamp(base + ivec2(x, y), ivec2(0), last), 0).rg;

    // Only pixels that see past the set pay for the sky (most interior pixels never do).
    bool open = false;
    for (int y = 1; y <= SS; y++)
        for (int x = 1; x <= SS; x++)
            open = open || s[y * N + x].r <= 0.0;
    vec3 background = open ? sky(gl_FragCoord.xy) : vec3(0.0);
    vec3 sum = vec3(0.0);
    float inked = 0.0;
    for (int y = 1; y <= SS; y++) {
        for (int x = 1; x <= SS; x++) {
            vec2 c = s[y * N + x];
            sum += c.r > 0.0 ? texelFetch(u_color, base + ivec2(x, y), 0).rgb : background;
            // An outline where the id changes, or where the depth jumps within an object (an arm
            // in front of a body); never inside the set, where the far ground would fray into dashes.
            float tolerance = c.g > 0.5 ? 0.06 * max(c.r, 0.5) : 1e9;
            vec2 right = s[y * N + x + 1], left = s[y * N + x - 1];
            vec2 up = s[(y + 1) * N + x], down = s[(y - 1) * N + x];
            vec4 ids = abs(vec4(right.g, left.g, up.g, down.g) - c.g);
            vec4 depths = abs(vec4(right.r, left.r, up.r, down.r) - c.r);
            bool edge = any(greaterThan(ids, vec4(0.5))) || any(greaterThan(depths, vec4(tolerance)));
            inked += edge ? 1.0 : 0.0;
        }
    }
    float samples = float(SS * SS);
    vec3 color = sum / samples;
    color = mix(color, color * 0.3, u_outline * inked / samples);
    vec2 uv = (gl_FragCoord.xy / u_size - 0.5) * 1.35;
    float r2 = dot(uv, uv);
    color *= 1.0 - u_vignette * r2 * sqrt(sqrt(r2));  // (r)^2.5 without pow
    const int pick = SS / 2 + 1;
    f_color = vec4(color, 1.0);
    f_surface = s[pick * N + pick];
}
"""

SILHOUETTE_VS = """
#version 330
invariant gl_Position;
uniform mat4 u_view;
uniform mat4 u_proj;
in vec3 in_pos;
void main() { gl_Position = u_proj * (u_view * vec4(in_pos, 1.0)); }  // the scene pass's exact sum
"""

SILHOUETTE_FS = """
#version 330
out float f_cover;
void main() { f_cover = 1.0; }
"""


# -------------------------------------------------------------- context ---


class _GL:
    """The process's GL context, its programs and framebuffers, created on first use."""

    def __init__(self):
        try:
            import moderngl

            self.ctx = moderngl.create_standalone_context(backend="egl")
        except Exception as exc:  # noqa: BLE001 - any failure here means "no usable EGL"
            raise RuntimeError(
                f"the previz renderer needs headless OpenGL through EGL ({exc}); "
                f"on Debian/Ubuntu: apt-get install {EGL_PACKAGES} libgl1"
            ) from exc
        self.lock = threading.Lock()
        self.pid = os.getpid()
        ctx = self.ctx
        self.scene = ctx.program(
            vertex_shader=SCENE_VS, fragment_shader=SCENE_FS.replace("MAX_SHADOWS", str(MAX_SHADOWS))
        )
        self.silhouette = ctx.program(vertex_shader=SILHOUETTE_VS, fragment_shader=SILHOUETTE_FS)
        self.finishers: dict[int, tuple] = {}
        self.targets: dict[tuple, object] = {}

    def finisher(self, ss: int):
        """(program, vertex array) of the finish pass compiled for supersampling factor ``ss``."""
        if ss not in self.finishers:
            source = FINISH_FS.replace("SUPERSAMPLE", str(ss))
            program = self.ctx.program(vertex_shader=FULLSCREEN_VS, fragment_shader=source)
            self.finishers[ss] = (program, self.ctx.vertex_array(program, []))
        return self.finishers[ss]

    def frame_targets(self, width: int, height: int, ss: int):
        """(scene framebuffer at ss x the size, its textures, finished framebuffer at the size)."""
        key = ("frame", width, height, ss)
        if key not in self.targets:
            ctx, size = self.ctx, (width * ss, height * ss)
            textures = [ctx.texture(size, 4), ctx.texture(size, 2, dtype="f4")]
            scene = ctx.framebuffer(color_attachments=textures, depth_attachment=ctx.depth_renderbuffer(size))
            finished = ctx.framebuffer(color_attachments=[
                ctx.renderbuffer((width, height), 4), ctx.renderbuffer((width, height), 2, dtype="f4"),
            ])
            self.targets[key] = (scene, textures, finished)
        return self.targets[key]

    def atlas(self, width: int, height: int):
        key = ("atlas", width, height)
        if key not in self.targets:
            self.targets = {k: v for k, v in self.targets.items() if k[0] != "atlas"}  # one atlas at a time
            self.targets[key] = self.ctx.framebuffer(
                color_attachments=[self.ctx.renderbuffer((width, height), 1, dtype="f1")]
            )
        return self.targets[key]


_gl: _GL | None = None
_gl_lock = threading.Lock()


def gl() -> _GL:
    """The process's context, created on first use."""
    global _gl
    with _gl_lock:
        if _gl is None:
            _gl = _GL()
        elif _gl.pid != os.getpid():
            # Mesa's render threads do not survive a fork: reusing or replacing the context in
            # the child hangs. Fail loudly instead; pool workers must render only after forking.
            raise RuntimeError("the previz GL context was created before this process forked; "
                               "render in worker processes only (nothing may render in the parent)")
        return _gl


def _mat(matrix: np.ndarray) -> bytes:
    return np.asarray(matrix, np.float32).T.tobytes()  # GL wants column-major


def _set_uniforms(program, values: dict) -> None:
    for name, value in values.items():
        if isinstance(value, np.ndarray):
            program[name].write(value.astype(np.float32).tobytes())
        else:
            program[name].value = value


# -------------------------------------------------------------- passes ----


def render(batch: Batch, view: np.ndarray, proj: np.ndarray, width: int, height: int,
           lighting: Lighting, supersample: int = 2) -> Frame:
    g = gl()
    eye = tuple(np.linalg.inv(view)[:3, 3])
    tiles = shadow_tiles(batch, proj @ view, width * supersample, height * supersample)
    with g.lock, g.ctx:
        ctx = g.ctx
        scene, textures, finished = g.frame_targets(width, height, supersample)
        scene.use()
        ctx.viewport = (0, 0, width * supersample, height * supersample)
        scene.clear(0.0, 0.0, 0.0, 1.0, depth=1.0)
        ctx.enable(ctx.DEPTH_TEST | ctx.CULL_FACE)
        if len(batch.vertices):
            _set_uniforms(g.scene, {
                "u_view": view.T, "u_proj": proj.T, "u_eye": eye, **_shadow_uniforms(batch.shadows[:0]),
                **{f"u_{name}": getattr(lighting, name) for name in (
                    "key_dir", "key_color", "sky_fill", "ground_fill", "rim", "fog_color", "fog_start",
                    "fog_density", "shadow")},
            })
            vbo = ctx.buffer(batch.vertices.tobytes())
            vao = ctx.vertex_array(g.scene, [(vbo, "3f 3f 3f 1f", "in_pos", "in_normal", "in_color", "in_id")])
            # Objects first so the depth test spares the set's fragments behind them (contact
            # shadows fall on the set only); the set is pushed back a hair so a base resting on
            # the floor never loses to the floor.
            vao.render(ctx.TRIANGLES, vertices=len(batch.vertices) - batch.set_vertices, first=batch.set_vertices)
            ctx.polygon_offset = (1.0, 4.0)
            for box, shadows in tiles:
                ctx.scissor = box
                _set_uniforms(g.scene, _shadow_uniforms(shadows))
                vao.render(ctx.TRIANGLES, vertices=batch.set_vertices, first=0)
            ctx.scissor = None
            ctx.polygon_offset = (0.0, 0.0)
            vao.release()
            vbo.release()

        ctx.disable(ctx.DEPTH_TEST | ctx.CULL_FACE)
        finished.use()
        ctx.viewport = (0, 0, width, height)
        textures[0].use(0)
        textures[1].use(1)
        finish, fullscreen = g.finisher(supersample)
        _set_uniforms(finish, {
            "u_color": 0, "u_surface": 1, "u_size": (width, height),
            "u_outline": lighting.outline, "u_vignette": lighting.vignette,
            "u_inverse": np.linalg.inv(proj @ view).T, "u_eye": eye, "u_top": lighting.sky_top,
            "u_horizon": lighting.sky_horizon, "u_key_dir": lighting.key_dir,
            "u_glow_color": tuple(min(1.0, c) for c in lighting.key_color), "u_glow": lighting.sky_glow,
        })
        fullscreen.render(ctx.TRIANGLES, vertices=3)

        rgb = np.frombuffer(finished.read(components=3, attachment=0, alignment=1), np.uint8)
        surface = np.frombuffer(finished.read(components=2, attachment=1, dtype="f4"), np.float32)
    # GL rows run bottom-up; images run top-down.
    rgb = rgb.reshape(height, width, 3)[::-1]
    surface = surface.reshape(height, width, 2)[::-1]
    ids = np.rint(surface[:, :, 1]).astype(np.int32)
    mark = surface[:, :, 1] - ids
    part = np.where(mark > (FRONT_MARK + BACK_MARK) / 2, 1, np.where(mark > BACK_MARK / 2, -1, 0)).astype(np.int8)
    return Frame(rgb=rgb.copy(), depth=surface[:, :, 0].copy(), ids=ids, part=part)


def _shadow_uniforms(shadows: np.ndarray) -> dict:
    padded = np.zeros((MAX_SHADOWS, 4), np.float32)
    padded[:, 2:] = 1.0
    padded[: len(shadows)] = shadows
    return {"u_shadows": padded, "u_shadow_count": len(shadows)}


SHADOW_TILES = 4  # the set is drawn in this many x this many scissor tiles, each with its own shadows
SHADOW_REACH = 1e-3  # metres added round each shadow's ellipse when finding the set faces it falls on
SHADOW_PIXELS = 2.0  # samples added round each shadow's projected box
NEAR_W = 0.1  # metres: a shadow box corner nearer the eye than this (the near plane is at 0.05) is not projected


def shadow_tiles(batch: Batch, clip: np.ndarray, width: int, height: int) -> list[tuple[tuple, np.ndarray]]:
    """(scissor box, shadows) per tile of the set pass: each tile with only the contact shadows
    that can reach it, in their order.

    A contact shadow darkens the set's upward faces inside its floor ellipse and multiplies the
    light by exactly 1 everywhere else, so leaving it out where it cannot reach changes no bit
    of the frame, while each set fragment's loop over every shadow is most of the set pass.
    Where a shadow reaches is found conservatively: the upward set faces under its ellipse's
    box, that box from their lowest to their highest point, projected (anything near or behind
    the eye: the whole frame)."""
    shadows = batch.shadows
    whole = [((0, 0, width, height), shadows)]
    if not len(shadows) or not batch.set_vertices:
        return whole
    triangles = batch.vertices[: batch.set_vertices].reshape(-1, 3, FLOATS_PER_VERTEX)
    upward = triangles[triangles[:, 0, 4] > 0.49, :, :3].astype(np.float64)  # the shader's n.y > 0.5
    low, high = upward.min(axis=1), upward.max(axis=1)  # (t, 3) each face's box
    boxes = []
    for cx, cz, rx, rz in shadows.astype(np.float64):
        x0, x1 = cx - rx - SHADOW_REACH, cx + rx + SHADOW_REACH
        z0, z1 = cz - rz - SHADOW_REACH, cz + rz + SHADOW_REACH
        under = (low[:, 0] <= x1) & (high[:, 0] >= x0) & (low[:, 2] <= z1) & (high[:, 2] >= z0)
        if not under.any():
            boxes.append(None)  # it falls on no upward face of the set: it shades nothing
            continue
        y0, y1 = low[under, 1].min() - SHADOW_REACH, high[under, 1].max() + SHADOW_REACH
        corners = np.array([[x, y, z, 1.0] for x in (x0, x1) for y in (y0, y1) for z in (z0, z1)])
        projected = corners @ clip.T
        if (projected[:, 3] <= NEAR_W).any():
            return whole
        ndc = projected[:, :2] / projected[:, 3:]
        xs, ys = (ndc[:, 0] + 1.0) * width / 2.0, (ndc[:, 1] + 1.0) * height / 2.0  # GL window: y up
        boxes.append((xs.min() - SHADOW_PIXELS, ys.min() - SHADOW_PIXELS, xs.max() + SHADOW_PIXELS,
                      ys.max() + SHADOW_PIXELS))
    tiles = []
    for row in range(SHADOW_TILES):
        for column in range(SHADOW_TILES):
            left, right = column * width // SHADOW_TILES, (column + 1) * width // SHADOW_TILES
            bottom, top = row * height // SHADOW_TILES, (row + 1) * height // SHADOW_TILES
            reach = [k for k, box in enumerate(boxes) if box is not None and box[0] <= right and box[2] >= left
                     and box[1] <= top and box[3] >= bottom]
            tiles.append(((left, bottom, right - left, top - bottom), shadows[reach]))
    return tiles


def silhouettes(batch: Batch, view: np.ndarray, proj: np.ndarray, width: int, height: int,
                supersample: int = 2) -> dict[int, np.ndarray]:
    """Each object's coverage when drawn alone: id -> (h, w) bool.

    Drawn at the frame's sample resolution with the same matrices and shader arithmetic, then
    thinned to the one sample per pixel that ``render`` keeps, so an unoccluded object covers
    exactly the same pixels alone as in the frame.
    """
    tile = (width * supersample, height * supersample)
    columns = max(1, ATLAS_MAX // tile[0])
    per_atlas = columns * max(1, ATLAS_MAX // tile[1])
    ids = sorted(batch.ranges)
    pick = supersample // 2  # the sample the finish pass keeps, counted from the block's corner
    result = {}
    g = gl()
    with g.lock, g.ctx:
        vbo = g.ctx.buffer(batch.vertices.tobytes()) if ids else None
        for start in range(0, len(ids), per_atlas):
            chunk = ids[start : start + per_atlas]
            atlas = _draw_atlas(g, vbo, batch, chunk, view, proj, tile, min(columns, len(chunk)))
            for index, object_id in enumerate(chunk):
                x, y = (index % columns) * tile[0], (index // columns) * tile[1]
                samples = atlas[y + pick : y + tile[1] : supersample, x + pick : x + tile[0] : supersample]
                result[object_id] = samples[::-1] > 127
        if vbo is not None:
            vbo.release()
    return result


def _draw_atlas(g: _GL, vbo, batch: Batch, ids: list[int], view, proj, tile, columns: int) -> np.ndarray:
    """Draw each id alone into its own tile (viewport + scissor); return the atlas, bottom row first."""
    ctx = g.ctx
    rows = -(-len(ids) // columns)
    atlas = g.atlas(columns * tile[0], rows * tile[1])
    atlas.use()
    ctx.scissor = None
    atlas.clear(0.0, 0.0, 0.0, 0.0)
    # Cull back faces exactly as the frame does; no depth test: the silhouette is all we want.
    ctx.disable(ctx.DEPTH_TEST)
    ctx.enable(ctx.CULL_FACE)
    _set_uniforms(g.silhouette, {"u_view": view.T, "u_proj": proj.T})
    vao = ctx.vertex_array(g.silhouette, [(vbo, "3f 28x", "in_pos")])
    for index, object_id in enumerate(ids):
        box = ((index % columns) * tile[0], (index // columns) * tile[1], *tile)
        ctx.viewport, ctx.scissor = box, box
        first, count = batch.ranges[object_id]
        vao.render(ctx.TRIANGLES, vertices=count, first=first)
    ctx.scissor = None
    vao.release()
    data = np.frombuffer(atlas.read(components=1, alignment=1), np.uint8)
    return data.reshape(rows * tile[1], columns * tile[0])
