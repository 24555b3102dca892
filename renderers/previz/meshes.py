"""Triangle meshes for the previz: catalog recipes, character figures, stand-in blocks and the set.

Every mesh is in metres, y up, with its front towards +z and one colour per face. The builders
cache plain arrays (``Geometry``) and hand out fresh ``trimesh.Trimesh`` objects, so a caller may
edit what it gets without touching the cache. The renderer works on ``Geometry`` directly.
"""

from __future__ import annotations

import hashlib
import json
import math
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
import trimesh
from trimesh import creation

from studio.library import Catalog, ObjectSpec, Part, load_catalog
from studio.models import RGB, Camera, LayoutObject, Look, RenderRequest

SECTIONS = 14  # sides of a cylinder or cone: round enough for props, still visibly low-poly
SPHERE_SUBDIVISIONS = 2  # 320 faces: a head reads as round, not as a d20
STAND_IN_COLOR: RGB = (196, 186, 168)
PERSON_CATEGORIES = {"person", "man", "woman", "child", "boy", "girl", "character", "figure"}
# Used for a character whose Look the request does not carry, and for anonymous extras.
DEFAULT_LOOK = Look(
    description="an anonymous figure", skin=(214, 170, 140), hair=(70, 55, 45),
    top=(120, 130, 150), bottom=(70, 70, 85),
)


# ------------------------------------------------------------ geometry ---


@dataclass(frozen=True)
class Geometry:
    """An indexed triangle mesh with a colour per face: the unit every builder returns."""

    vertices: np.ndarray  # (n, 3) float64
    faces: np.ndarray  # (m, 3) int64, counter-clockwise seen from outside
    colors: np.ndarray  # (m, 3) uint8

    @staticmethod
    def concat(pieces: list[Geometry]) -> Geometry:
        pieces = [p for p in pieces if len(p.faces)]
        if not pieces:
            return EMPTY
        offsets = np.cumsum([0] + [len(p.vertices) for p in pieces[:-1]])
        return Geometry(
            vertices=np.concatenate([p.vertices for p in pieces]),
            faces=np.concatenate([p.faces + o for p, o in zip(pieces, offsets)]),
            colors=np.concatenate([p.colors for p in pieces]),
        )

    def transformed(self, matrix: np.ndarray) -> Geometry:
        """Apply a 4x4 affine matrix (no mirroring: face winding is kept as is)."""
        vertices = self.vertices @ matrix[:3, :3].T + matrix[:3, 3]
        return Geometry(vertices, self.faces, self.colors)

    @property
    def bounds(self) -> np.ndarray:
        return np.array([self.vertices.min(axis=0), self.vertices.max(axis=0)])

    def triangles(self) -> np.ndarray:
        return self.vertices[self.faces]

    def to_trimesh(self) -> trimesh.Trimesh:
        colors = np.concatenate([self.colors, np.full((len(self.colors), 1), 255, np.uint8)], axis=1)
        return trimesh.Trimesh(
            vertices=self.vertices.copy(), faces=self.faces.copy(), face_colors=colors, process=False
        )


EMPTY = Geometry(np.zeros((0, 3)), np.zeros((0, 3), np.int64), np.zeros((0, 3), np.uint8))


def rotation(degrees_xyz: tuple[float, float, float]) -> np.ndarray:
    """3x3 rotation about x, then y, then z (fixed axes), as a Part's ``rotate_deg`` means it."""
    ax, ay, az = (math.radians(d) for d in degrees_xyz)
    rx = np.array([[1, 0, 0], [0, math.cos(ax), -math.sin(ax)], [0, math.sin(ax), math.cos(ax)]])
    ry = np.array([[math.cos(ay), 0, math.sin(ay)], [0, 1, 0], [-math.sin(ay), 0, math.cos(ay)]])
    rz = np.array([[math.cos(az), -math.sin(az), 0], [math.sin(az), math.cos(az), 0], [0, 0, 1]])
    return rz @ ry @ rx


def affine(scale=(1.0, 1.0, 1.0), rotate: np.ndarray | None = None, translate=(0.0, 0.0, 0.0)) -> np.ndarray:
    """4x4 matrix: scale first, then rotate, then translate."""
    matrix = np.eye(4)
    matrix[:3, :3] = (np.eye(3) if rotate is None else rotate) @ np.diag(scale)
    matrix[:3, 3] = translate
    return matrix


def yaw(degrees: float) -> np.ndarray:
    return rotation((0.0, degrees, 0.0))


# ---------------------------------------------------------- primitives ---


_Z_TO_Y = rotation((-90.0, 0.0, 0.0))  # trimesh builds round shapes along z; parts stand along y
_LAID = rotation((-90.0, 0.0, 0.0))  # a thing's front turned up, its top away from the camera


@lru_cache(maxsize=None)
def _unit(shape: str) -> tuple[np.ndarray, np.ndarray]:
    """A primitive of extent 1 on every axis, centred on the origin, standing along y."""
    if shape == "box":
        mesh = creation.box(extents=(1.0, 1.0, 1.0))
    elif shape == "sphere":
        mesh = creation.icosphere(subdivisions=SPHERE_SUBDIVISIONS, radius=0.5)
    elif shape == "cylinder":
        mesh = creation.cylinder(radius=0.5, height=1.0, sections=SECTIONS)
        mesh.vertices = mesh.vertices @ _Z_TO_Y.T
    elif shape == "cone":
        mesh = creation.cone(radius=0.5, height=1.0, sections=SECTIONS)
        mesh.vertices = mesh.vertices @ _Z_TO_Y.T - (0.0, 0.5, 0.0)  # apex up, centred
    else:
        raise ValueError(f"no unit primitive for {shape!r}")
    return np.asarray(mesh.vertices, float), np.asarray(mesh.faces, np.int64)


@lru_cache(maxsize=256)
def _capsule(width: float, height: float, depth: float) -> tuple[np.ndarray, np.ndarray]:
    """A capsule filling the box w x h x d: round ends are not a scale of a unit shape."""
    diameter = min(width, depth)
    if height <= diameter * 1.001:  # no straight section left: an ellipsoid fills the box
        vertices, faces = _unit("sphere")
        return vertices * (width, height, depth), faces
    mesh = creation.capsule(height=height - diameter, radius=diameter / 2, count=[SECTIONS, 8])
    vertices = np.asarray(mesh.vertices, float) @ _Z_TO_Y.T
    return vertices * (width / diameter, 1.0, depth / diameter), np.asarray(mesh.faces, np.int64)


def part_geometry(part: Part, color: RGB) -> Geometry:
    if part.shape == "capsule":
        vertices, faces = _capsule(*part.size)
    else:
        vertices, faces = _unit(part.shape)
        vertices = vertices * part.size
    vertices = vertices @ rotation(part.rotate_deg).T + part.at
    colors = np.tile(np.array(part.color or color, np.uint8), (len(faces), 1))
    return Geometry(vertices, faces, colors)


# ------------------------------------------------------------- objects ---


def _spec_geometry(spec: ObjectSpec, color: RGB | None = None) -> Geometry:
    """The recipe as written; ``color`` replaces the object's colour, not a part's own colour."""
    return _recipe(spec.model_dump_json(include={"parts"}), tuple(color or spec.color))


@lru_cache(maxsize=512)
def _recipe(parts_json: str, color: RGB) -> Geometry:
    # Keyed on the recipe's JSON (pydantic models are not hashable); rebuilt once per colour.
    parts = [Part.model_validate(part) for part in json.loads(parts_json)["parts"]]
    return Geometry.concat([part_geometry(part, color) for part in parts])


def object_mesh(spec: ObjectSpec, color: RGB | None = None) -> trimesh.Trimesh:
    """The catalog recipe for ``spec`` as a mesh, base centre at the origin, front +z."""
    return _spec_geometry(spec, color).to_trimesh()


def stand_in_geometry(size: tuple[float, float, float], color: RGB | None = None) -> Geometry:
    vertices, faces = _unit("box")
    vertices = vertices * size + (0.0, size[1] / 2, 0.0)
    return Geometry(vertices, faces, np.tile(np.array(color or STAND_IN_COLOR, np.uint8), (len(faces), 1)))


def stand_in_mesh(size: tuple[float, float, float], color: RGB | None = None) -> trimesh.Trimesh:
    """A plain block of ``size`` for a noun the library cannot build; the renderer labels it."""
    return stand_in_geometry(size, color).to_trimesh()


# ------------------------------------------------------------- figures ---


def figure_mesh(look: Look) -> trimesh.Trimesh:
    """A stylised low-poly person for ``look``: ``look.height_m`` tall, base at y=0, facing +z."""
    return figure_geometry(look).to_trimesh()


def figure_geometry(look: Look, pose: str = "standing") -> Geometry:
    return _figure(look.model_dump_json(exclude={"description", "reference_image"}), pose)


@lru_cache(maxsize=128)
def _figure(look_json: str, pose: str = "standing") -> Geometry:
    # Keyed on the visual fields only: the same Look always gives the same (cached) mesh.
    look = Look(description="", **json.loads(look_json))
    parts = _figure_parts(look)
    # Designed at 1.72 m; scale to the Look's height so shoe-to-crown (standing) is exactly height_m.
    top = Geometry.concat([part_geometry(part, look.top) for part in parts]).vertices[:, 1].max()
    if pose == "seated":
        parts = _seated(parts)
    geometry = Geometry.concat([part_geometry(part, look.top) for part in parts])
    return geometry.transformed(affine(scale=(look.height_m / top,) * 3))


SEAT_DROP = 0.38  # metres the body above the hips drops when the figure sits (hips from 0.9 to 0.52)


def _seated(parts: list[Part]) -> list[Part]:
    """The standing figure sat down on a seat about 0.45 m high: the body above the legs drops,
    the thighs lie forward along +z, the shins hang to the floor, the shoes point ahead."""
    out = []
    for part in parts:
        x, y, z = part.at
        if part.shape == "box" and y < 0.1:  # shoes, ahead at the shins' feet
            out.append(part.model_copy(update={"at": (x, y, 0.46)}))
        elif part.shape == "capsule" and abs(y - 0.47) < 0.01 and part.size[1] > 0.8:  # a leg: thigh and shin
            width = part.size[0]
            out.append(part.model_copy(update={"size": (width, 0.46, part.size[2]), "at": (x, 0.52, 0.18),
                                               "rotate_deg": (90.0, 0.0, 0.0)}))
            out.append(part.model_copy(update={"size": (width, 0.5, part.size[2]), "at": (x, 0.27, 0.4)}))
        else:
            out.append(part.model_copy(update={"at": (x, y - SEAT_DROP, z)}))
    return out


def _figure_parts(look: Look) -> list[Part]:
    """Body parts of a 1.72 m figure; ``build`` widens it, short people get a larger head."""
    b = max(0.6, min(1.8, look.build))
    head = max(0.95, min(1.4, (1.72 / max(look.height_m, 0.5)) ** 0.5))  # children read as children
    skin, hair, top, bottom = look.skin, look.hair, look.top, look.bottom
    shoes = (58, 48, 44)
    eye_white, pupil, mouth = (245, 242, 236), (34, 28, 30), (150, 70, 70)
    nose_color = tuple(int(c * 0.9) for c in skin)
    hip_x = 0.095 * b
    shoulder_x = 0.2 * b + 0.035
    neck_top = 1.49
    hy = neck_top + 0.11 * head  # head centre

    def p(shape, size, at, color, rotate=(0.0, 0.0, 0.0)) -> Part:
        return Part(shape=shape, size=size, at=at, color=color, rotate_deg=rotate)

    parts = [
        # Shoes point forward: the first cue of facing in a wide shot.
        p("box", (0.11, 0.07, 0.25), (-hip_x, 0.035, 0.04), shoes),
        p("box", (0.11, 0.07, 0.25), (hip_x, 0.035, 0.04), shoes),
        p("capsule", (0.13 * b, 0.84, 0.14), (-hip_x, 0.47, 0.0), bottom),
        p("capsule", (0.13 * b, 0.84, 0.14), (hip_x, 0.47, 0.0), bottom),
        p("capsule", (0.34 * b, 0.26, 0.21), (0.0, 0.9, 0.0), bottom),  # hips
        p("capsule", (0.4 * b, 0.58, 0.23 * (0.7 + 0.3 * b)), (0.0, 1.17, 0.0), top),  # torso
        # A yoke across the shoulders, so the arms hang from a shoulder line, not from the air.
        p("capsule", (0.12, 2 * shoulder_x + 0.1, 0.17), (0.0, 1.375, 0.0), top, (0.0, 0.0, 90.0)),
        p("capsule", (0.1, 0.62, 0.1), (-shoulder_x - 0.015, 1.1, 0.0), top, (0.0, 0.0, -5.0)),
        p("capsule", (0.1, 0.62, 0.1), (shoulder_x + 0.015, 1.1, 0.0), top, (0.0, 0.0, 5.0)),
        p("sphere", (0.09, 0.1, 0.09), (-shoulder_x - 0.04, 0.77, 0.01), skin),  # hands
        p("sphere", (0.09, 0.1, 0.09), (shoulder_x + 0.04, 0.77, 0.01), skin),
        p("cylinder", (0.1, 0.12, 0.1), (0.0, neck_top - 0.05, 0.0), skin),
    ]
    # Head and face, all scaled about the head centre so a larger head keeps its features.
    face = [
        p("sphere", (0.2, 0.235, 0.22), (0.0, 0.0, 0.0), skin),
        p("sphere", (0.045, 0.04, 0.03), (-0.045, 0.015, 0.095), eye_white),
        p("sphere", (0.045, 0.04, 0.03), (0.045, 0.015, 0.095), eye_white),
        p("sphere", (0.024, 0.026, 0.02), (-0.045, 0.013, 0.108), pupil),
        p("sphere", (0.024, 0.026, 0.02), (0.045, 0.013, 0.108), pupil),
        p("cone", (0.04, 0.05, 0.04), (0.0, -0.015, 0.118), nose_color, (90.0, 0.0, 0.0)),
        p("box", (0.06, 0.014, 0.02), (0.0, -0.06, 0.092), mouth),
        p("sphere", (0.04, 0.06, 0.035), (-0.1, 0.0, 0.0), skin),  # ears
        p("sphere", (0.04, 0.06, 0.035), (0.1, 0.0, 0.0), skin),
    ]
    face += _hair(look.hair_style, hair)
    for part in face:
        parts.append(part.model_copy(update={
            "size": tuple(s * head for s in part.size),
            "at": (part.at[0] * head, hy + part.at[1] * head, part.at[2] * head),
        }))
    return parts


def _hair(style: str, color: RGB) -> list[Part]:
    """Hair around a head centred on the origin; it covers the back so a turned figure reads."""
    if style == "bald":
        return []
    cap = Part(shape="sphere", size=(0.215, 0.17, 0.235), at=(0.0, 0.052, -0.018), color=color)
    if style == "short":
        return [cap]
    if style == "bun":
        return [cap, Part(shape="sphere", size=(0.1, 0.1, 0.1), at=(0.0, 0.1, -0.1), color=color)]
    # Long: a fall of hair down the back to the shoulder blades.
    return [
        cap.model_copy(update={"size": (0.225, 0.175, 0.24)}),
        Part(shape="capsule", size=(0.23, 0.36, 0.1), at=(0.0, -0.1, -0.07), color=color),
    ]


# ---------------------------------------------------------------- sets ---


def _quad(corners: list[tuple[float, float, float]], color: RGB) -> Geometry:
    """One-sided quad, visible from where its corners run counter-clockwise.

    The set is made of these so that a camera outside the room sees through a wall (back faces
    are culled), like a dollhouse, instead of seeing the wall's outside.
    """
    faces = np.array([[0, 1, 2], [0, 2, 3]], np.int64)
    return Geometry(np.array(corners, float), faces, np.tile(np.array(color, np.uint8), (2, 1)))


def _wall(start: tuple[float, float], end: tuple[float, float], top: float, color: RGB) -> Geometry:
    """A vertical quad from the floor to ``top`` along (x, z) points, seen from the side where
    ``start`` is on the left and ``end`` on the right."""
    (x0, z0), (x1, z1) = start, end
    return _quad([(x0, 0.0, z0), (x1, 0.0, z1), (x1, top, z1), (x0, top, z0)], color)


def _view_yaw(camera: Camera) -> float:
    """Yaw (degrees) that turns the set's back wall to face the camera, snapped to 90 degrees."""
    dx, dz = camera.target[0] - camera.position[0], camera.target[2] - camera.position[2]
    if abs(dx) < 1e-6 and abs(dz) < 1e-6:
        return 0.0
    return 90.0 * round(math.degrees(math.atan2(-dx, -dz)) / 90.0)


def set_geometry(objects: list[LayoutObject], camera: Camera, interior: bool, palette: list[RGB],
                 location: str = "") -> Geometry:
    """The set (background, id 0): a room open towards the camera, or ground with distant hills."""
    if interior:
        return _room(objects, camera, palette)
    return _ground(camera, palette, location)


def set_mesh(objects: list[LayoutObject], camera: Camera, interior: bool, palette: list[RGB],
             location: str = "") -> trimesh.Trimesh:
    """``set_geometry`` as a mesh (one-sided quads: not watertight, by design)."""
    return set_geometry(objects, camera, interior, palette, location).to_trimesh()


def _room(objects: list[LayoutObject], camera: Camera, palette: list[RGB]) -> Geometry:
    """Floor, three walls and a ceiling around the objects and the camera, back wall facing it."""
    floor, wall, ceiling, accent = palette
    turn = yaw(_view_yaw(camera))  # room frame -> world; the back wall is at -z in the room frame

    def local(x, z):
        return turn.T @ np.array([x, 0.0, z])

    cam = local(camera.position[0], camera.position[2])
    xs, zs, top = [cam[0] - 3.0, cam[0] + 3.0], [cam[2] - 4.0], 2.4
    for obj in objects:
        centre, reach = local(obj.position[0], obj.position[2]), max(obj.size[0], obj.size[2]) / 2
        xs += [centre[0] - reach - 1.2, centre[0] + reach + 1.2]
        zs += [centre[2] - reach - 1.2, centre[2] + reach + 1.0]
        top = max(top, obj.position[1] + obj.size[1] + 0.6)
    left, right, back = min(xs), max(xs), min(zs)
    front = max(zs + [cam[2]]) + 3.0  # open side: the floor runs on behind the camera
    height, skirting, side = top + 0.6, 0.12, _shade(wall, 0.93)
    pieces = [
        _quad([(left, 0, front), (right, 0, front), (right, 0, back), (left, 0, back)], floor),
        _quad([(left, height, back), (right, height, back), (right, height, front), (left, height, front)], ceiling),
        _wall((left, back), (right, back), height, wall),
        _wall((left, front), (left, back), height, side),
        _wall((right, back), (right, front), height, side),
        # Skirting boards in the accent colour, 1 cm proud: they draw where floor meets wall.
        _wall((left, back + 0.01), (right, back + 0.01), skirting, accent),
        _wall((left + 0.01, front), (left + 0.01, back), skirting, accent),
        _wall((right - 0.01, back), (right - 0.01, front), skirting, accent),
    ]
    return Geometry.concat(pieces).transformed(affine(rotate=turn))


def _ground(camera: Camera, palette: list[RGB], location: str) -> Geometry:
    """Ground to 150 m around the camera, and a ring of low hills beyond it."""
    floor, ground = palette[0], palette[1]
    x0, z0, x1, z1 = (camera.position[0] - 150.0, camera.position[2] - 150.0,
                      camera.position[0] + 150.0, camera.position[2] + 150.0)
    pieces = [_quad([(x0, 0, z1), (x1, 0, z1), (x1, 0, z0), (x0, 0, z0)], floor)]
    # The hills give the horizon some shape; placed by the location's hash so a place keeps its
    # skyline from shot to shot.
    rng = np.random.default_rng(int(hashlib.sha256(location.encode()).hexdigest()[:8], 16))
    for angle in np.linspace(0.0, 360.0, 11, endpoint=False) + rng.uniform(0.0, 30.0):
        distance, width = rng.uniform(80.0, 120.0), rng.uniform(40.0, 80.0)
        x = camera.position[0] + distance * math.sin(math.radians(angle))
        z = camera.position[2] + distance * math.cos(math.radians(angle))
        hill = Part(shape="sphere", size=(width, rng.uniform(10.0, 22.0), width * 0.6), at=(x, 0.0, z),
                    rotate_deg=(0.0, float(angle), 0.0))
        pieces.append(part_geometry(hill, _shade(ground, rng.uniform(0.8, 0.95))))
    return Geometry.concat(pieces)


def _shade(color: RGB, factor: float) -> RGB:
    return tuple(int(max(0, min(255, round(c * factor)))) for c in color)


# --------------------------------------------------------------- scene ---


@dataclass(frozen=True)
class Placed:
    """One layout object in world space; ``label`` is set for stand-ins, which show their name."""

    obj: LayoutObject
    geometry: Geometry
    label: str | None = None


def place(geometry: Geometry, obj: LayoutObject, uniform: bool = False) -> Geometry:
    """Fit the mesh's bounding box to ``obj.size`` (height only if ``uniform``), turn, move.

    The box, not the recipe's origin, is what the Layout planned: its base centre goes to
    ``obj.position``, so a dog's long tail does not push it off its mark.
    """
    low, high = geometry.bounds
    extent = np.maximum(high - low, 1e-6)
    scale = np.full(3, obj.size[1] / extent[1]) if uniform else np.asarray(obj.size) / extent
    base = np.array([(low[0] + high[0]) / 2, low[1], (low[2] + high[2]) / 2])
    centred = geometry.transformed(affine(translate=-base))
    return centred.transformed(affine(scale=scale, rotate=yaw(obj.yaw_deg), translate=obj.position))


def scene_objects(request: RenderRequest, catalog: Catalog | None = None) -> list[Placed]:
    """Every layout object as world-space geometry, in id order (the renderer relies on it)."""
    catalog = catalog or load_catalog()
    placed = []
    for obj in sorted(request.layout.objects, key=lambda o: o.id):
        spec = catalog.get(obj.category)
        if obj.stand_in or (obj.kind != "character" and spec is None and obj.category not in PERSON_CATEGORIES):
            placed.append(Placed(obj, place(stand_in_geometry((1.0, 1.0, 1.0), obj.color), obj), label=obj.name))
        elif obj.kind == "character" or obj.category in PERSON_CATEGORIES:
            look = request.characters.get(obj.character or "", DEFAULT_LOOK)
            placed.append(Placed(obj, place(figure_geometry(look, obj.pose), obj, uniform=True)))
        else:
            geometry = _spec_geometry(spec, obj.color)
            if obj.pose == "lying":
                # Laid on its back, front up (a suitcase slid flat under a bed): the layout's size
                # is already the lying box, so the recipe turns before it is fitted to it.
                geometry = geometry.transformed(affine(rotate=_LAID))
            placed.append(Placed(obj, place(geometry, obj)))
    return placed
