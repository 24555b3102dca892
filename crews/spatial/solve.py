"""``SceneSpec`` -> (``Layout``, ``Camera``): real sizes, no overlaps, every relation true from the camera.

The solver works on the camera's ground plane (``u`` image-right, ``w`` away from the camera;
see ``camera.ViewAxes``), so "left of" means left in the picture whichever side the camera
stands on. In order:

1. things: one per counted instance, with its catalog size (scaled for hypernyms and "big"),
   and a yaw from "facing ...";
2. structure: "on" stacks a thing on its support's top, "under" puts it beneath (or, when it
   cannot fit, at the foot of the other, or turns the stack round), "around" rings it;
3. blocks: each free-standing entity with everything stacked on, under and around it; counts
   stand in staggered rows so every instance shows;
4. stages: the floor and every table top are solved with difference constraints (``stage``);
5. the camera is fitted to the boxes; "hidden by" depth and offset are searched against the
   projected outlines of the catalog parts (``occlusion``, ``silhouette``);
   things too small to read at that distance are scaled up once and the scene solved again.

Deterministic: no randomness, prompt order breaks every tie.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np

from crews.spatial import camera as cam
from crews.spatial.arrange import (
    CLEARANCE,
    TIGHT_GAP,
    grid_offsets,
    layer_offsets,
    one_layer_scale,
    ring_offsets,
    stack_offsets,
)
from crews.spatial.lexicon import SEATED_DEPTH, SEATED_HEIGHT
from crews.spatial.occlusion import HIDDEN_COVER, SEEN_AT_LEAST, search_cover, unhide, worst_cover
from crews.spatial.silhouette import (
    area_share,
    centre_height,
    foot_width,
    _part_boxes,
    NEST_SHARE,
    nest_share,
    outline,
    rest_height,
    slab,
    stem_reach,
    surface,
    underside,
)
from crews.spatial.spec import EntitySpec, RelationSpec, SceneSpec
from crews.spatial.stage import StageBlock, StageRelation, solve_stage
from crews.spatial.stage import gap as stage_gap
from studio import wordnet
from studio.library import load_catalog
from studio.models import Camera, Layout, LayoutObject, Relation

AZIMUTH = {"front": 0.0, "left": -90.0, "right": 90.0, "back": 180.0, "top": 0.0}
PERSON = {"person", "man", "woman", "child", "boy", "girl"}
OUTDOOR_GROUPS = {"vehicle", "building", "nature"}
OUTDOOR = {"tree", "pine_tree", "palm_tree", "bush", "grass", "horse", "cow", "sheep", "zebra", "giraffe",
           "elephant", "deer", "pig", "goose", "duck", "chicken", "bear", "fox", "streetlight", "traffic_light",
           "stop_sign", "fire_hydrant", "snowman", "kite", "flag", "fence", "well", "tent", "cactus"}
PORTABLE_GROUPS = {"tableware", "prop"}
MIN_IMAGE_AREA = 0.0012  # a thing whose largest part covers less of the frame is scaled up (once) so it reads
MAX_VISIBILITY_SCALE = 6.0
RETREAT = 1.15  # the camera stepped back this much further after things were grown to be seen: grow again
THIN_LAYER = 0.3  # a pile's thing lower than this share of its width and depth is a thin layer (a book)
MAX_THICKEN = 2.5  # ... drawn at most this much thicker when the largest size still shows it as a sliver
OVER_TABLES = {"table", "desk", "trestle_table", "picnic_table"}  # a person under one: it is drawn big enough
MAX_OVER_GROW = 3.5
MAX_SITTING_OVER_GROW = 4.0  # ... one who would need more sits beneath it, the table grown at most this much
RING_PEER = 1.1  # a centre at most this much taller than the things in a ring round it counts as no taller
MAX_HOST_GROW = 3.5  # a thing beneath another, grown to be seen, grows it with it at most this much (not a person)
SIDE_VIEW_STEEPEST = 40.0  # degrees: rows shown over rows raise a camera said to look from a side no higher
SIDE_VIEW_WORDS = ("front", "face on", "head on", "straight on", "side", "behind", "back", "rear", "eye level",
                   "profile")
MAX_HOLDER_SCALE = 2.0  # a top grown with the row on it to be seen grows at most this much (it is seen anyway)
SIDE_SHARE = 0.3  # "on the left side": each instance's centre within this share of the frame from its edge
DEPTH_LIMIT = 60.0  # metres; the 16-bit millimetre depth image ends at 65.5
DEPTH_END = 65.535  # metres: there
# Props never laid on their side to fit beneath something (they would spill, or go out): a
# smaller one stands there instead.
KEPT_UPRIGHT = {"lantern", "candle", "vase", "bucket", "cup", "mug", "glass", "teapot", "jug", "pot", "bowl",
                "cake", "table_lamp"}
UNDER_ELEVATION = 10.0  # degrees: the camera's pitch for a scene of things beneath others
UNDER_INSET = 0.1  # a thing between another's legs stands this share of its half depth inside its front edge
# Relations the parse spreads from one thing's place in the scene to each other thing.
SCENE_DEPTH_PHRASES = ("in the background", "in the foreground")
MIN_UNDER_SCALE = 0.45  # a thing is scaled down at most this much to fit under another (else: at its foot)
# ... a young animal further: the catalogue's is a grown one (a Labrador-sized dog), and its young
# are a third of that (a pup or a kitten beneath a bed's frame, where a grown dog would not go).
MIN_UNDER_SCALE_YOUNG = 0.28
# ... and a kind drawn with its head's mesh (a steamer trunk as a chest) has a guessed size, not its own
MIN_UNDER_SCALE_NAMED = 0.3
# The previz's seated figure (renderers/previz/meshes.py, _seated): thighs' underside 0.455 m up
# of its 1.34 m seated height, at the 1.72 m it is designed at.
SEATED_THIGHS = 0.455 / 1.34
PERSON_HEIGHT = 1.72  # metres: the height the previz's figure is designed at (SEATED_DEPTH is for it)
ON_A_TOP = {"lamp": "table_lamp"}  # the kind a thing is when it stands on a top
WIDE_SPAN = 0.42  # a wide shot: no one thing spans more of the frame than this
LENGTHWISE = {"wall", "fence"}  # built to any length: one as long as the row along it
ROWS_COVER = 0.85  # rows asked for: the row in front may cover at most this share of the foot of a thing behind it
STEM_SHARE = 0.3  # a foot at most this share of a thing's width is a stem (a trunk, a pole)
ROWS_FOOT = 0.3  # ... its foot: this share of its height from its base
ROWS_SPREAD = (1.25, 1.5, 1.75, 2.0)  # rows whose feet the camera cannot rise to see stand this much further apart
MIN_FOV = 4.0  # degrees: the longest lens a close-up of a small thing takes
CLOSE_UP_TRIES = 5  # lens narrowings for a close-up's drawn subject to fill its frame
CLOSE_UP_SHORT = 0.95  # ... while it spans less than this share of what the framing leaves it
CLOSE_UP_BOX = 1.6  # ... its box spanning at most this share of the frame (run out of it) for that
LOW_EYE = 5.0  # degrees: the camera's elevation when small things stand in front of large ones
SMALL_SHARE = 0.2  # a thing smaller than this share of the scene's largest stands in front of the large ones
FORWARD_SHARE = 0.6  # ... by this share of the largest thing's size
HIDDEN_ROOM = 0.5  # a thing grown to be seen while hidden stays within this share of its occluder's height and width
MAX_OCCLUDER_GROW = 3.0  # ... and its occluders grow with it at most this much when that is still too small
RECESS_SEEN = 0.7  # a thing inside a rim: the camera sees the floor from this share of the way to it from the rim
# degrees: from lower, the rows of a group on the floor stand staggered, each seen in a gap, and a
# ring is turned and widened so that each of it is seen beside the others
LOW_ROWS = 15.0
NEAR_AREA = 0.0003  # share of the frame: a free group whose largest thing covers less is brought near the camera
NEAR_SHARE = 0.35  # ... this share of the camera's distance in front of the scene's front line
NEAR_GAIN = 0.8  # ... kept when that takes it at most this share of its distance from the eye (refitted)
PILE_TURN = 30.0  # degrees a pile seen from low down is turned, so that each one's side shows
PILE_COVER = 0.01  # share of a pile's thing a small thing brought forward may cover (its side shows what it rests on)
STACK_TAPER = 0.94  # each thing of a pile is this much narrower and shallower than the one below
MAX_PILE_TAPER = 0.4  # ... widened for a camera looking down on it: its top one at most this much narrower
CLASH = 0.005  # metres two boxes may overlap before they run into each other
TOP_RIM = 0.03  # metres of a labelled block's top left clear in front of and behind what stands on it
TOP_GAP = 0.01  # metres between groups packed on a crowded top
RAIL_OVERHANG = 1.2  # a thing grown on a rail stays at most this many times the rail's depth across
HIDER_SHARE = 0.6  # a named kind drawn with a generic mesh, said to hide something, stands this share of its height
MAX_HIDER_GROW = 4.0  # ... grown at most this much (a police box drawn as a box; pampas grass as grass)
MAX_LENGTHEN = 8.0  # a fence or a wall too short for what stands on it is built at most this much longer
MAX_TOP_GROW = 1.8  # a top too narrow for what stands on it is built at most this much wider
MIN_GROWN_TOP = 0.6  # metres: narrower furniture (a stool, a chair) keeps its size
OBLONG = 1.2  # a prop this many times longer than deep, flat on top (a chest), is built in lengths as furniture is
MIN_BOX_SIDE = 0.25  # metres: ... neither its height nor its depth less (a folded blanket, a screen)
ROOFED = "table"  # the shape of a labelled block with something beneath it: a top on four legs
STAND_IN_BLOCK = (0.5, 0.5, 0.5)  # a stand-in's size when its noun gives none
ON_TOP_SHARE = 0.6  # a stand-in (its size a guess) put on a top covers at most this share of it each way
MIN_ROW_SCALE = 0.02  # ... one row of them on a top, as far as it takes: off the top's end it would stand on nothing
MIN_TOP_SCALE = 0.4  # several upright things on one top are scaled down at most this much to stand in one layer


@dataclass
class Tweaks:
    """What the critic's feedback changes between attempts."""

    spacing: float = 1.0
    elevation_add: float = 0.0
    flip: set[int] = field(default_factory=set)  # relation indices whose side choice is swapped
    hidden_target: dict[int, float] = field(default_factory=dict)  # relation index -> box coverage wanted
    scale: dict[str, float] = field(default_factory=dict)  # entity ref -> extra scale
    thicken: dict[str, float] = field(default_factory=dict)  # entity ref -> extra height (a pile's thin layers)


@dataclass
class Thing:
    entity: EntitySpec
    index: int  # count index within its entity
    id: int
    size: tuple[float, float, float]
    yaw: float
    hu: float = 0.0
    hw: float = 0.0
    u: float = 0.0
    w: float = 0.0
    y: float = 0.0
    lying: bool = False  # laid on its back to fit beneath something (``size`` is the lying box)


@dataclass
class Member:
    thing: Thing
    du: float
    dw: float
    dy: float


@dataclass
class Block:
    ref: str
    members: list[Member]
    hu: float = 0.0
    hw: float = 0.0
    height: float = 0.0
    centre: float = 0.0  # pixel-weighted centre height of its silhouette

    def measure(self) -> Block:
        # Extents about the block's centre (members may sit off-centre: a ring, a stack)
        if self.members:
            lo_u = min(m.du - m.thing.hu for m in self.members)
            hi_u = max(m.du + m.thing.hu for m in self.members)
            lo_w = min(m.dw - m.thing.hw for m in self.members)
            hi_w = max(m.dw + m.thing.hw for m in self.members)
            cu, cw = (lo_u + hi_u) / 2, (lo_w + hi_w) / 2
            for m in self.members:
                m.du -= cu
                m.dw -= cw
            self.hu, self.hw = (hi_u - lo_u) / 2, (hi_w - lo_w) / 2
            self.height = max(m.dy + m.thing.size[1] for m in self.members)
            weights = [m.thing.size[0] * m.thing.size[1] for m in self.members]
            centres = [m.dy + centre_height(m.thing.entity.category) * m.thing.size[1] for m in self.members]
            self.centre = sum(w * c for w, c in zip(weights, centres)) / max(sum(weights), 1e-9)
        return self


@dataclass
class Solution:
    layout: Layout
    camera: Camera
    things: list[Thing]
    contradictions: list[int]  # indices into spec.relations
    relation_keys: list[int | None] = field(default_factory=list)  # layout relation -> spec relation index


# ------------------------------------------------------------------ public --


def solve(spec: SceneSpec, tweaks: Tweaks | None = None, aspect: float = 1.0) -> Solution:
    tweaks = tweaks or Tweaks()
    solver = _Solver(spec, tweaks, aspect)
    solution = solver.run()
    # Too small to read at this distance (a mouse beside an elephant), or too big for its occluder
    # to hide (a tree behind a sink): rescale those things once and solve again.
    small = solver.too_small(solution)
    grown_with = solver.grown_with
    rescale = {**small, **solver.shrink, **solver.too_far(solution)}
    thicken = {ref: tweaks.thicken.get(ref, 1.0) * factor for ref, factor in solver.thicken.items()}
    if rescale:
        scale = {ref: tweaks.scale.get(ref, 1.0) * factor for ref, factor in rescale.items()}
        solver = _Solver(spec, Tweaks(**{**tweaks.__dict__, "scale": {**tweaks.scale, **scale},
                                         "thicken": {**tweaks.thicken, **thicken}}), aspect)
        first = solution
        solution = solver.run()
        retreat = _distance(solution.camera) / max(_distance(first.camera), 1e-6)
        if retreat > RETREAT:
            # Many small groups grown side by side widen the scene, and the camera steps back by
            # as much: what was grown is barely larger in the frame than before. Those still too
            # small grow once more, by no more than the camera stepped back (the large ones,
            # not grown, are what the picture is now framed on).
            again = {ref: min(factor, retreat) for ref, factor in solver.too_small(solution).items()}
            if again:
                regrown = {ref: round(min(rescale.get(ref, 1.0) * again.get(ref, 1.0),
                                          max(rescale.get(ref, 1.0), MAX_VISIBILITY_SCALE)), 2)
                           for ref in {**rescale, **again}}
                rescaled = {ref: tweaks.scale.get(ref, 1.0) * factor for ref, factor in regrown.items()}
                trier = _Solver(spec, Tweaks(**{**tweaks.__dict__, "scale": {**tweaks.scale, **rescaled},
                                                "thicken": {**tweaks.thicken, **thicken}}), aspect)
                trial = trier.run()
                # Kept only when nothing that read before is lost by it: a thing that cannot grow
                # (held small on a top) shrinks in the frame as the camera steps back again.
                before, after = solver.areas(solution), trier.areas(trial)
                if not any(after[ref] < MIN_IMAGE_AREA <= before[ref] * 2 and after[ref] < 0.7 * before[ref]
                           for ref in after):
                    rescale, scale, solver, solution = regrown, rescaled, trier, trial
                    grown_with = {**grown_with, **trier.grown_with}
        notes = [f"'{spec.entity(ref).noun}' scaled x{factor:.2f} " + _why_scaled(spec, ref, factor, grown_with,
                                                                                  solver.shrink)
                 for ref, factor in rescale.items()]
        notes += [f"'{spec.entity(ref).noun}' drawn x{factor:.2f} thicker so that each of the pile shows"
                  for ref, factor in solver.tweaks.thicken.items() if factor > 1 and ref in thicken]
        far = solver.too_far(solution) if solver.centres_past_range(solution) else {}
        if far:
            # Things still past the depth image's end (many spread wide, the small ones grown to
            # be seen): everything smaller by the same factor, so that the picture stays as it is
            # and the camera comes within the range. (A back corner past DEPTH_LIMIT is out of
            # sight: not worth every small thing's size.)
            factor = min(far.values())
            scale = {e.ref: scale.get(e.ref, tweaks.scale.get(e.ref, 1.0)) * factor for e in spec.entities}
            smaller = _Solver(spec, Tweaks(**{**tweaks.__dict__, "scale": {**tweaks.scale, **scale}}), aspect)
            trial = smaller.run()
            if not smaller.too_far(trial):  # (kept only when the camera did come within the range)
                solution = trial
                notes.append(f"the whole scene scaled x{factor:.2f} so that it fits the depth range")
        solution.layout.notes.extend(notes)
    return solution


def _clear_depth(blocks: list[StageBlock], u: np.ndarray, w: np.ndarray, i: int, want: float,
                 spacing: float) -> float:
    """The nearest depth from ``want`` back towards where block ``i`` stands that it can take
    without standing inside another block across from it: two groups the stage set one behind
    the other, each brought to the front line, would otherwise be drawn through each other (a
    ring of people standing among rows of chairs)."""
    block = blocks[i]
    spans = sorted((w[j] - blocks[j].hw - block.hw - stage_gap(block, blocks[j], spacing),
                    w[j] + blocks[j].hw + block.hw + stage_gap(block, blocks[j], spacing))
                   for j in range(len(blocks))
                   if j != i and abs(u[j] - u[i]) < blocks[j].hu + block.hu)
    depth = want
    for low, high in spans:
        if low < depth < high:
            depth = high
    return min(depth, w[i])


# ------------------------------------------------------------------ solver --


class _Solver:
    def __init__(self, spec: SceneSpec, tweaks: Tweaks, aspect: float):
        self.catalog = load_catalog()
        self.spec, self.tweaks, self.aspect = _under_kinds(_on_top_kinds(spec, self.catalog)), tweaks, aspect
        self.axes = cam.ViewAxes(AZIMUTH[spec.camera.view])
        self.guessed = {e.ref for e in spec.entities if e.stand_in}  # labelled blocks: their sizes are guesses
        self.sitting: set[str] = set()  # people sitting on the floor beneath furniture (``_furniture_over_person``)
        self.notes: list[str] = list(spec.notes)
        self.refused: list[int] = []
        self.things: dict[str, list[Thing]] = {}
        self.support: dict[str, str] = {}  # ref -> the ref it stands on
        self.beneath: dict[str, str] = {}  # ref -> the ref it stands under
        self.ring: dict[str, str] = {}  # ref -> the ref it stands around
        self.at_foot: set[int] = set()  # "under" relations placed at the other's foot instead
        self.shrink: dict[str, float] = {}  # ref -> scale so that its occluder can hide it
        self.grown_with: dict[str, str] = {}  # ref -> the one it grows with (``too_small``): held beneath, or hidden
        self.thicken: dict[str, float] = {}  # ref -> extra height of a pile's thin layers, to be seen
        self.impossible: dict[int, str] = {}  # relation index -> why real sizes cannot make it hold
        self._frames: dict[tuple, Camera] = {}  # placement -> its fitted camera (``_frame``)
        self._boxes: dict[tuple, np.ndarray] = {}  # a thing's placement -> its box corners (``_corners``)
        self._grown: set[str] = set()  # tops already built wider (``_grow_top``)
        self._rows_seen: dict[tuple, float] = {}  # placement -> ``_rows_cover``
        self.elevation = self._elevation()

    # ---- 1. things

    def run(self) -> Solution:
        self._make_things()
        self._structure()
        self._place()
        if any(r.kind == "facing_toward" for r in self.spec.relations):
            self._face_toward()
            self._place()  # footprints turned: place again with the new yaws
            self._face_toward()
        self._turn_rings()
        self._bring_near()
        self._look_into()
        self._show_rows()
        self._unhide()
        camera = self._hide()
        if self._show_piles(camera):
            camera = self._frame()
        layout, keys = self._layout()
        return Solution(layout, camera, self.all_things(), sorted(set(self.refused)), keys)

    def all_things(self) -> list[Thing]:
        return [t for e in self.spec.entities for t in self.things[e.ref]]

    def _base_size(self, entity: EntitySpec) -> tuple[float, float, float]:
        if entity.size is not None:
            size = entity.size
        else:
            spec = self.catalog.get(entity.category)
            size = spec.size if spec else (0.5, 0.5, 0.5)
        scale = entity.scale * self.tweaks.scale.get(entity.ref, 1.0)
        if self._seated(entity):
            size = (size[0], size[1] * SEATED_HEIGHT, max(size[2], SEATED_DEPTH))
        size = (size[0], size[1] * self.tweaks.thicken.get(entity.ref, 1.0), size[2])
        return tuple(round(v * scale, 4) for v in size)

    def _seated(self, entity: EntitySpec) -> bool:
        return entity.pose == "seated" and any(r.kind == "seated_on" and r.subject == entity.ref
                                               for r in self.spec.relations)

    def _make_things(self) -> None:
        next_id = 1
        for entity in self.spec.entities:
            size = self._base_size(entity)
            yaw = self.axes.yaw_facing(entity.facing) if entity.facing else 0.0
            things = []
            for k in range(entity.count):
                if next_id > 255:
                    self.notes.append(f"too many objects: {entity.noun} #{k + 1} and after not placed "
                                      "(mask ids end at 255)")
                    break
                thing = Thing(entity, k, next_id, size, yaw)
                self._footprint(thing)
                things.append(thing)
                next_id += 1
            self.things[entity.ref] = things
        self._grow_hiders()

    def _grow_hiders(self) -> None:
        """A kind the catalog has no mesh of its own for is drawn with its head's (a police box as
        a box, pampas grass as grass), at that mesh's size: a guess. Said to hide something, it is
        known to be about as tall as what it hides: it is grown (within MAX_HIDER_GROW) to stand
        HIDER_SHARE of that height, rather than the hiding said to be impossible."""
        for relation in self.spec.relations:
            if relation.kind != "hidden_by" or not relation.object or relation.object == relation.subject:
                continue
            hider, hidden = self.spec.entity(relation.object), self.things[relation.subject]
            things = self.things[relation.object]
            if not things or not hidden or not (self._named_kind(relation.object) or hider.stand_in
                                                and hider.size is None and hider.scale == 1.0):
                continue
            factor = HIDER_SHARE * hidden[0].size[1] / max(things[0].size[1], 1e-6)
            if factor <= 1.0 or factor > MAX_HIDER_GROW:
                continue
            self._grow(things, factor, f"'{hider.noun}' built x{factor:.2f} to hide the "
                                       f"{self.spec.entity(relation.subject).noun}")

    def _footprint(self, thing: Thing) -> None:
        w, _, d = thing.size
        a = math.radians(thing.yaw)
        ex = np.array([math.cos(a), 0.0, -math.sin(a)])
        ez = np.array([math.sin(a), 0.0, math.cos(a)])
        thing.hu = abs(ex @ self.axes.right) * w / 2 + abs(ez @ self.axes.right) * d / 2
        thing.hw = abs(ex @ self.axes.toward) * w / 2 + abs(ez @ self.axes.toward) * d / 2

    # ---- 2. structure: stacks, things beneath, rings

    def _structure(self) -> None:
        sides: dict[str, set[str]] = {}
        for relation in self.spec.relations:
            if relation.kind in ("left_side", "right_side"):
                sides.setdefault(relation.subject, set()).add(relation.kind)
        for index, relation in enumerate(self.spec.relations):
            # Said to be on the left of the picture and on its right ("from the left of the
            # picture to the right"): the group spans the picture, on neither side alone.
            if relation.kind in ("left_side", "right_side") and len(sides[relation.subject]) == 2:
                self._refuse(index, f"{relation.subject} is on both sides of the picture: spread across it")
        for index, relation in enumerate(self.spec.relations):
            a, b = relation.subject, relation.object
            if relation.kind == "on_top_of":
                self._stack(index, a, b)
            elif relation.kind == "under":
                self._under(index, a, b)
            elif relation.kind == "seated_on":
                # The seated body stands where the seat does (its box holds the seat's front), so it
                # moves with the seat as things beneath do.
                if a in self.support or a in self.beneath or a in self.ring or self._root(b) == a:
                    self._refuse(index, f"{a} already rests on something else")
                else:
                    self.beneath[a] = b
            elif relation.kind == "around":
                if a in self.support or a in self.beneath or a in self.ring or self._root(b) == a:
                    self._refuse(index, f"'{relation.phrase}': {a} is already placed elsewhere")
                else:
                    self.ring[a] = b
        # A small thing related to something on a table goes on the table too ("a cup left of a
        # plate on the table"); people, furniture and animals stay on the floor.
        for relation in self.spec.relations:
            if relation.kind not in ("left_of", "right_of", "near", "in_front_of", "behind", "hidden_by", "between"):
                continue
            if relation.phrase in SCENE_DEPTH_PHRASES:
                continue  # one thing's place in the whole scene, said of each other thing: no pair on a top
            refs = [r for r in (relation.subject, relation.object, relation.object2) if r]
            holders = {self.support[r] for r in refs if r in self.support}
            if len(holders) != 1:
                continue
            holder = holders.pop()
            for ref in refs:
                # What a thing on a top hides stands on that top too: on the floor behind it, the
                # top itself hides it (a mouse hidden by a teapot on a table).
                hides = relation.kind == "hidden_by" and ref == relation.subject and self._small_on(ref, holder)
                if ref not in self.support and ref not in self.beneath and ref not in self.ring \
                        and ref != holder and (self._portable(ref, holder) or self._walkable(ref, holder) or hides) \
                        and not self._has_children(ref):
                    self.support[ref] = holder
        for index, relation in enumerate(self.spec.relations):
            # In front of or behind what it rests on (or what rests on it): the two share a
            # place, and moving the one on top aside to "show" the other would take it off its
            # top (a row of jars on a shelf said to stand behind that shelf).
            a, b = relation.subject, relation.object
            if relation.kind in ("in_front_of", "behind") and b and index not in self.refused \
                    and (self._above(a, b) or self._above(b, a)):
                self._refuse(index, f"{a} rests on {b}" if self._above(a, b) else f"{b} rests on {a}")
        self._fit_stand_ins_on_tops()

    def _fit_stand_ins_on_tops(self) -> None:
        """A labelled block on a top is as big as a guess: one as big as the top it stands on
        hides all of that top, so nothing in the picture shows it holds it up. What is put on a
        top is smaller than it: such a block is scaled down (evenly) to cover at most
        ON_TOP_SHARE of the top's surface each way. A known thing on a labelled block (a statue
        on a plinth) has the block built wide and deep enough to hold it with a rim round it."""
        for ref, holder in self.support.items():
            entity, things, tops = self.spec.entity(ref), self.things[ref], self.things[holder]
            if not things or not tops or entity.arrangement == "stack":
                continue
            _, _, half_u, half_w = self._surface(tops[0])
            t = things[0]
            host = self.spec.entity(holder)
            if not entity.stand_in:
                if not host.stand_in or len(things) > 1 or self._has_children(ref):
                    continue
                rim = max(0.05, 0.15 * max(t.hu, t.hw))
                grow_u, grow_w = (t.hu + rim) / max(half_u, 1e-6), (t.hw + rim) / max(half_w, 1e-6)
                if max(grow_u, grow_w) <= 1.0:
                    continue
                for top in tops:
                    along = abs(self._local_axes(top)[0] @ self.axes.right) > 0.7
                    hx, hz = (grow_u, grow_w) if along else (grow_w, grow_u)
                    top.size = (round(top.size[0] * max(hx, 1.0), 4), top.size[1], round(top.size[2] * max(hz, 1.0), 4))
                    self._footprint(top)
                continue
            # Several share the top's length (``_grid`` lines them up, ``_grow_top`` lengthens
            # it): only the depth is asked of each.
            across = ON_TOP_SHARE * half_u / max(t.hu, 1e-6) if len(things) == 1 else math.inf
            factor = min(1.0, across, ON_TOP_SHARE * half_w / max(t.hw, 1e-6))
            if factor >= 0.999:
                continue
            for thing in things:
                thing.size = tuple(round(v * factor, 4) for v in thing.size)
                self._footprint(thing)
            self.notes.append(f"'{entity.noun}' scaled x{factor:.2f} to stand on the {self.spec.entity(holder).noun}")

    def _stack(self, index: int, a: str, b: str) -> None:
        if a in self.support or a in self.beneath or a in self.ring:
            self._refuse(index, f"{a} already rests on something else")
        elif self._root(b) == a or self._above(b, a):
            self._refuse(index, f"{a} on {b} would stack {a} on itself")
        else:
            self.support[a] = b
            if self.spec.entity(a).noun == self.spec.entity(b).noun and self.things[a] and self.things[b]:
                # "one saucer laid flat on a second": a pile of two, the one on top a little
                # smaller (as ``_taper`` builds a pile) so the rim of the one below shows round it.
                self._taper([self.things[b][0]] + self.things[a])

    def _under(self, index: int, a: str, b: str) -> None:
        fits, _ = self._fits_under(a, b)
        free = a not in self.support and a not in self.beneath and a not in self.ring and self._root(b) != a
        if not fits and free:
            fits = self._stand_in_over(a, b) or self._shrink_under(a, b) or self._furniture_over_person(a, b)
        if fits and free:
            self.beneath[a] = b
        elif (self._bigger(a, b) or self._taller(a, b) and self._fits_on(b, a)) and b not in self.support \
                and b not in self.beneath \
                and b not in self.ring \
                and self._root(a) != b:
            self.support[b] = a  # "an elephant under a mouse": the mouse rides on the elephant
        else:
            self.at_foot.add(index)  # "a cat under a car": at its foot, in front, lower in the frame
            clear = CLEARANCE.get(self.spec.entity(b).category)
            if free and not fits and clear and self.things[a] and self.things[b] and not self.spec.entity(b).stand_in:
                # Something with room beneath it that this is too big for even laid flat or at the
                # smallest plausible size: said, not drawn beside it as though it were under.
                fraction, _ = self._clearance(b, clear)
                gap = self.things[b][0].size[1] * fraction
                why = (f"impossible: the {self.spec.entity(a).noun} ({self.things[a][0].size[1]:.2f} m high) cannot "
                       f"fit under the {self.spec.entity(b).noun} ({gap:.2f} m clear beneath it); drawn at its foot")
                self.impossible[index] = why
                self.notes.append(why)

    def _shrink_under(self, a: str, b: str) -> bool:
        """Make ``a`` fit beneath ``b`` (between a bench's legs, under a table's top): turn it a
        quarter when that lets it in (a skateboard lies along the bench), else scale it down, by
        at most MIN_UNDER_SCALE. Under means inside the footprint, so the foot is the last resort."""
        clear = CLEARANCE.get(self.spec.entity(b).category)
        things, tops = self.things[a], self.things[b]
        if not clear or not things or not tops or self._bigger(a, b) or self.spec.entity(a).category in PERSON:
            return False
        fraction, inside = self._clearance(b, clear)
        top, under = tops[0], things[0]
        side, high = self._under_columns(a, b)
        best: tuple[float, float, bool] | None = None
        turns = [0.0] if things[0].entity.facing else [0.0, 90.0]
        # A prop too tall for the gap is laid flat before it is shrunk (a suitcase slid under a
        # bed lies on its back); only when lying lets it in at a larger size than standing does.
        lays = [False, True] if self._layable(a) else [False]
        for lying in lays:
            size = self._laid(under.size) if lying else under.size
            for turn in turns:
                probe = Thing(under.entity, 0, 0, size, under.yaw + turn)
                self._footprint(probe)
                factor = top.size[1] * fraction * 0.95 / max(size[1] * high, 1e-6)
                if inside:
                    factor = min(factor, top.hu * 0.9 / max(probe.hu * side, 1e-6),
                                 top.hw * 0.9 / max(probe.hw, 1e-6))
                if best is None or (min(factor, 1.0) if lying else factor) > best[0] + 1e-6:
                    best = (factor, turn, lying)
        factor, turn, lying = best
        if factor < (MIN_UNDER_SCALE_YOUNG if self._young(a) else
                     MIN_UNDER_SCALE_NAMED if self._named_kind(a) else MIN_UNDER_SCALE):
            return False
        factor = min(factor, 1.0)
        noun, host = self.spec.entity(a).noun, self.spec.entity(b).noun
        for thing in things:
            thing.yaw = round(thing.yaw + turn, 3)
            thing.lying = lying
            size = self._laid(thing.size) if lying else thing.size
            thing.size = tuple(round(v * factor, 4) for v in size)
            self._footprint(thing)
        if lying:
            self.notes.append(f"'{noun}' laid flat to fit under the {host}")
        if factor < 0.999:
            self.notes.append(f"'{noun}' scaled x{factor:.2f} to fit under the {host}")
        return True

    def _stand_in_over(self, a: str, b: str) -> bool:
        """A labelled block's size is a guess; what is said to be beneath it is known (a dog under
        an unknown stand, a crate under an unknown trestle): the block is built big enough to have
        it beneath, rather than the known thing shrunk to the guess or set riding on top of it."""
        host = self.spec.entity(b)
        things, tops = self.things[a], self.things[b]
        clear = CLEARANCE.get(host.category)
        if b not in self.guessed or a in self.guessed or not clear or not things or not tops \
                or any(self.support.get(r) == b for r in self.support):
            return False
        fraction, inside = self._clearance(b, clear)
        factor = self._over_factor(things[0], a, b, fraction, sides=inside)
        if factor <= 1.0 or factor > MAX_LENGTHEN:
            return False
        self._grow(tops, factor, f"'{host.noun}' built x{factor:.2f} to have the {self.spec.entity(a).noun} "
                                 "beneath it")
        return True

    def _over_factor(self, body: Thing, a: str, b: str, fraction: float, sides: bool) -> float:
        """How much ``b`` must grow to have ``body`` (one of ``a``) beneath it: its clearance
        (``fraction`` of its height) over the body's height, and with ``sides`` its width and depth
        round the body's too."""
        top = self.things[b][0]
        side, high = self._under_columns(a, b)
        factor = 1.05 * body.size[1] * high / max(top.size[1] * fraction, 1e-6)
        if sides:
            factor = max(factor, 1.05 * body.hu * side / max(top.hu * 0.95, 1e-6),
                         1.05 * body.hw / max(top.hw * 0.95, 1e-6))
        return factor

    def _grow(self, things: list[Thing], factor: float, note: str) -> None:
        """A thing's pieces grown by ``factor`` (a host to have something beneath it, a hider to hide
        it), and the note that says so."""
        for thing in things:
            thing.size = tuple(round(v * factor, 4) for v in thing.size)
            self._footprint(thing)
        self.notes.append(note)

    def _young(self, ref: str) -> bool:
        """An animal named as a young one (WordNet files it under "young": a pup, a foal, a lamb)."""
        entity = self.spec.entity(ref)
        spec = self.catalog.get(entity.category)
        return bool(spec and spec.group == "animal" and not entity.proper and wordnet.is_kind_of(entity.noun, "young"))

    def _furniture_over_person(self, a: str, b: str) -> bool:
        """Someone ducking, sitting or hiding under a table: the table is drawn big enough to have
        them beneath it (by at most MAX_OVER_GROW), since a person is never shrunk to fit and at
        its foot they would not be under it. So too under other long furniture with room between
        its legs (a bench, a cart): no one stands beneath that, so they sit on the floor beneath
        it (below), and it is drawn as much bigger as that takes."""
        host = self.spec.entity(b)
        things, tops = self.things[a], self.things[b]
        clear = CLEARANCE.get(host.category)
        spec = self.catalog.get(host.category)
        long_legged = bool(clear and clear[1] and spec and spec.group == "furniture"
                           and tops and tops[0].size[0] >= MIN_GROWN_TOP)
        if self.spec.entity(a).category not in PERSON or not (host.category in OVER_TABLES or long_legged) \
                or not clear \
                or not things or not tops or host.stand_in or any(self.support.get(r) == b for r in self.support):
            return False
        fraction, _ = self._clearance(b, clear)
        under = things[0]

        def needed(body: Thing) -> float:
            return self._over_factor(body, a, b, fraction, sides=True)

        factor = needed(under)
        if (factor > MAX_OVER_GROW or host.category not in OVER_TABLES) and not self._seated(self.spec.entity(a)):
            # No one stands beneath a table: one it would have to be built past that to stand
            # over (a picnic table's benches leave less than half its height) sits on the floor
            # beneath it, the lowest figure drawn (curled up, crouched, hiding).
            w, h, d = under.size
            sitting = Thing(under.entity, 0, 0, (w, h * SEATED_HEIGHT, max(d, SEATED_DEPTH * h / PERSON_HEIGHT)),
                            under.yaw)
            self._footprint(sitting)
            factor = needed(sitting)
            if factor > MAX_SITTING_OVER_GROW:
                return False
            for thing in things:
                thing.size = sitting.size
                self._footprint(thing)
            self.sitting.add(a)
            self.notes.append(f"'{self.spec.entity(a).noun}' drawn sitting on the floor beneath the {host.noun}")
        elif factor > MAX_OVER_GROW:
            return False
        self._grow(tops, factor, f"'{host.noun}' drawn x{factor:.2f} to have the {self.spec.entity(a).noun} "
                                 "beneath it")
        return True

    def _named_kind(self, ref: str) -> bool:
        """A kind the catalog draws with its head's mesh (a police box as a box, a steamer trunk as a
        chest), at that mesh's size: the size is a guess for the kind named."""
        entity = self.spec.entity(ref)
        return entity.noun.replace(" ", "_") != entity.category and entity.category not in PERSON \
            and entity.size is None and entity.scale == 1.0 and self.catalog.get(entity.category) is not None

    def _layable(self, ref: str) -> bool:
        """A catalogued prop taller than it is deep can be laid on its back; animals, people,
        furniture and labelled blocks keep standing (the previz has no lying model of them)."""
        entity = self.spec.entity(ref)
        spec = self.catalog.get(entity.category)
        things = self.things[ref]
        return bool(spec and spec.group in ("prop", "tableware") and entity.category not in KEPT_UPRIGHT
                    and not entity.stand_in and entity.arrangement != "stack"
                    and things and things[0].size[1] > things[0].size[2] * 1.2)

    @staticmethod
    def _laid(size: tuple[float, float, float]) -> tuple[float, float, float]:
        return size[0], size[2], size[1]

    def _fits_under(self, a: str, b: str) -> tuple[bool, float]:
        entity_b = self.spec.entity(b)
        clear = CLEARANCE.get(entity_b.category)
        if not clear or not self.things[a] or not self.things[b]:
            return False, 0.0
        top = self.things[b][0]
        under = self.things[a][0]
        fraction, inside = self._clearance(b, clear)
        side, high = self._under_columns(a, b)
        width_ok = not inside or (under.hu * 2 * side <= top.hu * 2 * 0.95 and under.hw <= top.hw * 0.95)
        return under.size[1] * high <= top.size[1] * fraction and width_ok, fraction

    def _under_columns(self, a: str, b: str) -> tuple[int, int]:
        """How the things of ``a`` stand beneath each thing of ``b``: (side by side, one above
        another). A pile under a tree is one column as high as the pile, not a row."""
        per_support = math.ceil(len(self.things[a]) / max(len(self.things[b]), 1))
        if self.spec.entity(a).arrangement == "stack":
            return 1, per_support
        return per_support, 1

    def _clearance(self, ref: str, clear: tuple[float, bool]) -> tuple[float, bool]:
        """The clear share of its height beneath a thing with legs: as its catalogue parts build
        it (a bed's frame on its legs, an armchair's base nearly on the floor), where parts are
        over its middle; a canopy's is its own (its trunk stands in the middle)."""
        fraction, inside = clear
        entity = self.spec.entity(ref)
        if inside and not entity.stand_in:
            built = underside(entity.category)
            if built > 0.02:
                fraction = min(fraction, built * 0.97)
        return fraction, inside

    def _fits_on(self, a: str, b: str) -> bool:
        """``a`` can ride on ``b``: its footprint fits on ``b``'s (a cat on a lamp), or it is not
        furniture (a bed stands on a floor, never on a dog; a toy bus may ride a zebra)."""
        if not self.things[a] or not self.things[b]:
            return False
        mine, theirs = self.things[a][0], self.things[b][0]
        spec = self.catalog.get(self.spec.entity(a).category)
        return (mine.hu <= theirs.hu * 1.2 and mine.hw <= theirs.hw * 1.2) or not (spec and spec.group == "furniture")

    def _bigger(self, a: str, b: str) -> bool:
        sa = self.things[a][0].size if self.things[a] else (0, 0, 0)
        sb = self.things[b][0].size if self.things[b] else (0, 0, 0)
        return sa[0] * sa[1] * sa[2] > sb[0] * sb[1] * sb[2]

    def _taller(self, a: str, b: str) -> bool:
        """Too tall to stand at the other's foot and still be below it in the frame."""
        if not self.things[a] or not self.things[b]:
            return False
        return self.things[a][0].size[1] > 0.6 * self.things[b][0].size[1]

    def _portable(self, ref: str, holder: str) -> bool:
        entity = self.spec.entity(ref)
        spec = self.catalog.get(entity.category)
        small_plant = entity.category in ("flower", "potted_plant", "mushroom", "grass", "cactus")
        if entity.category in PERSON or not (small_plant or (spec and spec.group in PORTABLE_GROUPS)
                                                 or (entity.stand_in and max(self.things[ref][0].size) < 0.6)):
            return False
        top = self.things[holder][0] if self.things[holder] else None
        mine = self.things[ref][0] if self.things[ref] else None
        return bool(top and mine and mine.hu <= top.hu and mine.hw <= top.hw)

    def _small_on(self, ref: str, holder: str) -> bool:
        """``ref`` is no person and no furniture, and all of it fits on half of ``holder``'s top."""
        entity = self.spec.entity(ref)
        spec = self.catalog.get(entity.category)
        top, mine = self.things[holder], self.things[ref]
        if entity.category in PERSON or (spec and spec.group == "furniture") or not top or not mine:
            return False
        return len(mine) * 4 * mine[0].hu * mine[0].hw <= 0.5 * 4 * top[0].hu * top[0].hw \
            and mine[0].hu <= top[0].hu and mine[0].hw <= top[0].hw

    def _walkable(self, ref: str, holder: str) -> bool:
        """``holder`` is a floor for ``ref``: a pier, a bridge's deck or a stage with room for
        it several times over, so someone beside people standing on it stands on it too."""
        top, mine = self.things[holder], self.things[ref]
        if not top or not mine or self.spec.entity(holder).stand_in:
            return False
        area = surface(self.spec.entity(holder).category)
        room = (area.x1 - area.x0) * top[0].size[0] * (area.z1 - area.z0) * top[0].size[2]
        return room >= max(4.0, 8 * 4 * mine[0].hu * mine[0].hw) and mine[0].hu <= top[0].hu \
            and mine[0].hw <= top[0].hw

    def _has_children(self, ref: str) -> bool:
        return any(v == ref for v in self.support.values()) or any(v == ref for v in self.beneath.values())

    def _root(self, ref: str) -> str:
        seen = set()
        while ref not in seen:
            seen.add(ref)
            parent = self.support.get(ref) or self.beneath.get(ref) or self.ring.get(ref)
            if parent is None:
                return ref
            ref = parent
        return ref

    def _above(self, ref: str, other: str) -> bool:
        """True if ``ref`` already stands (directly or not) on ``other``."""
        while ref in self.support:
            ref = self.support[ref]
            if ref == other:
                return True
        return False

    def _refuse(self, index: int, why: str) -> None:
        self.refused.append(index)
        relation = self.spec.relations[index]
        self.notes.append(f"contradictory: '{_describe(relation)}' cannot hold with the rest ({why})")

    # ---- 3. blocks

    def _block(self, ref: str, things: list[Thing], fit: tuple[float, float] | None = None) -> Block:
        entity = self.spec.entity(ref)
        members = [Member(t, du, dw, dy) for t, (du, dw, dy) in zip(things, self._grid(entity, things, fit))]
        block = Block(ref, members)
        # Things stacked on each instance: a stage of their own on its top.
        on_me = [c for c in self._children(self.support, ref)]
        if on_me and fit is None and things:
            self._grow_top(ref, things, on_me)
            members = [Member(t, du, dw, dy) for t, (du, dw, dy) in zip(things, self._grid(entity, things, fit))]
            block = Block(ref, members)
        if on_me:
            # Shared out over the instances; on a pile, all on its top one.
            piled = entity.arrangement == "stack" and len(things) > 1
            for k, host in enumerate(things):
                if piled:
                    assigned = {c: list(self.things[c]) if k == len(things) - 1 else [] for c in on_me}
                else:
                    assigned = {c: [t for i, t in enumerate(self.things[c]) if i % len(things) == k] for c in on_me}
                assigned = {c: ts for c, ts in assigned.items() if ts}
                if not assigned:
                    continue
                host_member = members[k]
                region = self._surface(host)
                for child_block, cu, cw in self._top_stage(host, assigned, region):
                    # A top deeper than its support's surface (a bus on a zebra, a cat on a fence's
                    # rail) lines up with its front, so the camera still sees what carries it.
                    if child_block.hw > region[3]:
                        cw = region[1] - region[3] + child_block.hw
                    # Each rests on the highest part beneath it: the seat, not the backrest behind;
                    # a picket's top or the rail between two pickets.
                    for m in child_block.members:
                        rest = self._rest(host, cu + m.du, cw + m.dw, m.thing)
                        if m.thing.entity.category == host.entity.category and not host.entity.stand_in:
                            rest -= nest_share(host.entity.category) * host.size[1]  # a cushion on a cushion
                        block.members.append(Member(m.thing, host_member.du + cu + m.du,
                                                    host_member.dw + cw + m.dw, host_member.dy + rest + m.dy))
        # Things beneath each instance, side by side along u.
        under_me = self._children(self.beneath, ref)
        for k, host in enumerate(things):
            # Side by side along u; a pile said of them stands as one column (its bottom one
            # the widest), each on the one below.
            columns: list[list[Thing]] = []
            for c in under_me:
                mine = [t for i, t in enumerate(self.things[c]) if i % len(things) == k]
                if self.spec.entity(c).arrangement == "stack" and len(mine) > 1:
                    self._taper(mine)
                    columns.append(mine)
                else:
                    columns += [[t] for t in mine]
            below = [col[0] for col in columns]
            span = sum(2 * t.hu for t in below) + 0.05 * max(len(below) - 1, 0)
            cursor = -span / 2
            clear = CLEARANCE.get(entity.category)
            dw, aisle = 0.0, 0.0
            if below and clear and clear[1] and not host.entity.stand_in:
                # Between legs (a bed's, a bench's): towards the camera, its front just inside the
                # front edge, so it shows beneath the frame; further in, the frame's front hides
                # it from any camera above the floor.
                deep = max(t.hw for t in below)
                dw = -max(host.hw - deep - UNDER_INSET * host.hw, 0.0)
            if below and clear and not clear[1] and not host.entity.stand_in:
                # Under a canopy (a tree, an umbrella): beside its trunk or pole, on the camera's
                # side, still within the canopy's ground area; or, with no room there, either
                # side of the pole.
                deep = max(t.hw for t in below)
                stem = stem_reach(entity.category) * max(host.hu, host.hw) * 2
                dw = -min(stem + deep + 0.05, max(host.hw - deep, 0.0))
                if -dw < stem + deep:
                    dw, aisle = 0.0, 2 * stem + 0.05
                    left = below[:(len(below) + 1) // 2]
                    cursor = -aisle / 2 - sum(2 * t.hu for t in left) - 0.05 * max(len(left) - 1, 0)
            for n, (t, column) in enumerate(zip(below, columns)):
                if aisle and n == (len(below) + 1) // 2:
                    cursor += aisle - 0.05
                lift = self._seat_lift(t, host)
                for one in column:
                    block.members.append(Member(one, members[k].du + cursor + t.hu, members[k].dw + dw, lift))
                    lift += one.size[1]
                cursor += 2 * t.hu + 0.05
        block.measure()
        # Rings around the whole block.
        rings = self._children(self.ring, ref)
        for ring_ref in rings:
            self._ring(block, ring_ref, around=block)
        # A ring round one of those rings (children round the chairs round a table) goes round
        # the whole of it: its centre has no block of its own to be ringed with.
        outer = [r for ring_ref in rings for r in self._children(self.ring, ring_ref)]
        while outer:
            block.measure()
            ring_ref = outer.pop(0)
            self._ring(block, ring_ref, around=block)
            outer += self._children(self.ring, ring_ref)
        if entity.ring and entity.arrangement != "stack" and len(things) > 2 and not on_me:  # a pile stays one
            block = Block(ref, [])
            self._ring(block, ref, around=None)
        return block.measure()

    def _seat_lift(self, body: Thing, seat: Thing) -> float:
        """How far a seated body is raised so its thighs rest on the seat: the previz's seated
        figure has them SEATED_THIGHS of its seated height up, made for a 0.45 m seat; a child
        on a sofa's 0.5 m cushions sits higher than that, feet off the floor. 0 when standing."""
        if not self._seated(body.entity) or seat.entity.stand_in:
            return 0.0
        top = surface(seat.entity.category).height * seat.size[1]
        return round(max(0.0, top - SEATED_THIGHS * body.size[1]), 4)

    def _children(self, mapping: dict[str, str], parent: str) -> list[str]:
        return [e.ref for e in self.spec.entities if mapping.get(e.ref) == parent]

    def _taper(self, things: list[Thing]) -> None:
        """A pile: each a little smaller than the one it rests on (STACK_TAPER), as a steady pile
        is built: the rim of each one's top shows round the one it carries, so the picture shows
        what each rests on. Heights are kept."""
        if not things:
            return
        t = things[0]
        for k, thing in enumerate(things):
            if k and thing.size[0] >= t.size[0] - 1e-9:
                f = STACK_TAPER ** k
                thing.size = (round(t.size[0] * f, 4), thing.size[1], round(t.size[2] * f, 4))
                self._footprint(thing)

    def _grid(self, entity: EntitySpec, things: list[Thing], fit: tuple[float, float] | None = None
              ) -> list[tuple[float, float, float]]:
        if not things:
            return []
        t = things[0]
        if entity.arrangement == "stack":  # piled, each on the one below: on a desk as on the floor
            if self.elevation < LOW_ROWS and not entity.facing and len(things) > 1 \
                    and all(abs(t.yaw - things[0].yaw) < 1e-6 for t in things):
                # Seen from about its own height, a pile square to the camera shows each one's
                # front only (its top is under the next one): turned a little, each shows a side
                # too, how deep it is, and so that the one above rests over it.
                for thing in things:
                    thing.yaw = round(thing.yaw + PILE_TURN, 3)
                    self._footprint(thing)
            self._taper(things)
            # Each rests on the top of the one below as it is drawn: its own height, whatever
            # scaled it, not the first one's.
            # A soft domed one (a cushion) settles into the one below by ``nest_share``.
            nest = 0.0 if entity.stand_in else max(nest_share(entity.category), _round_sink(entity.category))
            return stack_offsets([thing.size[1] * (1.0 - nest) for thing in things])
        if fit is not None and (entity.rows or 0) > 1:  # rows asked for: the rows, on a top as on the floor
            return grid_offsets(len(things), t.hu, t.hw, t.size[1], entity.rows, self.tweaks.spacing)
        if fit is not None and entity.arrangement == "row" and len(things) > 1:
            # "In a line on a long table": one row, spread along the top's width.
            # All of the row stands on the top: scaled down as far as it takes (MIN_ROW_SCALE).
            n = len(things)
            factor = max(min(1.0, (fit[0] - TIGHT_GAP * (n - 1)) / max(n * 2 * t.hu, 1e-6)), MIN_ROW_SCALE)
            factor = math.floor(factor * 100) / 100 if factor < 1.0 else 1.0
            if factor < 0.999:
                for thing in things:
                    thing.size = tuple(round(v * factor, 4) for v in thing.size)
                    self._footprint(thing)
                self.notes.append(f"'{entity.noun}' scaled x{factor:.2f} so that all stand in one row on the top")
            step = max(2 * t.hu + TIGHT_GAP, min(0.9 * fit[0] / len(things), 4 * (2 * t.hu + TIGHT_GAP)))
            return [((k - (len(things) - 1) / 2) * step, 0.0, 0.0) for k in range(len(things))]
        if fit is not None:
            # Upright things (candles, bottles) stand in one layer on the top: scale them down so
            # they fit rather than piling them up. Flat ones (books, plates) may still pile.
            if t.size[1] > 0.5 * min(t.size[0], t.size[2]):
                factor = one_layer_scale(len(things), t.hu, t.hw, fit, MIN_TOP_SCALE)
                if factor < 0.999:
                    for thing in things:
                        thing.size = tuple(round(v * factor, 4) for v in thing.size)
                        self._footprint(thing)
                    self.notes.append(f"'{entity.noun}' scaled x{factor:.2f} so that all stand on the top")
            return layer_offsets(len(things), t.hu, t.hw, t.size[1], fit, self.tweaks.spacing)
        return grid_offsets(len(things), t.hu, t.hw, t.size[1], entity.rows, self.tweaks.spacing,
                            low=self.elevation < LOW_ROWS)

    def _ring(self, block: Block, ref: str, around: Block | None) -> None:
        things = self.things[ref]
        if not things:
            return
        inner = math.hypot(around.hu, around.hw) if around else 0.0
        reach = max(things[0].hu, things[0].hw)
        # Whichever is taller hides what stands behind it: the ring's gap goes where that would be.
        # (One as tall as the ring hides no more of it than they hide of each other: it shows
        # through the gap in front, and the ring is widened and turned like any seen from low.)
        lower = around is not None and around.height < things[0].size[1] * RING_PEER
        screen = around.hu if around is not None and not lower else 0.0
        peer = around is not None and around.height * RING_PEER > things[0].size[1]
        offsets = ring_offsets(len(things), reach, inner, self.tweaks.spacing, gap_in_front=lower, screen=screen,
                               low=self.elevation < LOW_ROWS, peer=peer)
        for thing, (du, dw) in zip(things, offsets):
            if not thing.entity.facing:
                # Face the middle: chairs around a table, children around a tree.
                inward = -(du * self.axes.right + (-dw) * self.axes.toward)
                thing.yaw = round(math.degrees(math.atan2(inward[0], inward[2])), 3)
                self._footprint(thing)
            block.members.append(Member(thing, du, dw, 0.0))

    def _bring_near(self) -> None:
        """A wide scene's camera stands far back, and a group of small things nothing ties to a
        place (six fruit bowls, seed trays in rows) is specks there even grown: it is brought
        toward the camera, a share of its distance (NEAR_SHARE) in front of the scene's front
        line, in the middle of the picture, as a person composing the picture sets small things
        in the foreground. Kept only when the camera, fitted again, stands no farther back."""
        if self.spec.camera.view == "top" or self.spec.camera.shot == "close_up" or len(self.spec.entities) < 3:
            return
        tied = {ref for r in self.spec.relations for ref in (r.subject, r.object, r.object2) if ref}
        camera = self._frame()
        width, height = 400, max(1, int(400 / self.aspect))
        small = []
        for entity in self.spec.entities:
            ref, things = entity.ref, self.things[entity.ref]
            if not things or ref in tied or self._root(ref) != ref or self._has_children(ref) \
                    or any(v == ref for v in self.ring.values()) or entity.arrangement == "stack":
                continue
            area = max(area_share(camera, width, height, entity.category, self._position(t), t.size, t.yaw, t.lying)
                       for t in things)
            if area < NEAR_AREA:
                small.append(ref)
        if not small:
            return
        everyone = self.all_things()
        moving = [t for ref in small for t in self.things[ref]]
        ids = {t.id for t in moving}
        rest = [t for t in everyone if t.id not in ids]
        if not rest:
            return
        front = min(t.w - t.hw for t in rest)
        distance = _distance(camera)
        eye = np.asarray(camera.position, float)
        eye_u = float(eye @ self.axes.right)
        start = [(t.u, t.w) for t in moving]
        was = float(np.mean([np.linalg.norm(np.subtract(self._position(t), eye)) for t in moving]))
        # One line, left to right as they stood, its middle on the camera's line of sight.
        groups = sorted(small, key=lambda ref: float(np.mean([t.u for t in self.things[ref]])))
        spans = [(min(t.u - t.hu for t in self.things[r]), max(t.u + t.hu for t in self.things[r]),
                  min(t.w - t.hw for t in self.things[r]), max(t.w + t.hw for t in self.things[r])) for r in groups]
        gap = 0.1 * max(s[1] - s[0] for s in spans)
        total = sum(s[1] - s[0] for s in spans) + gap * (len(spans) - 1)
        deep = max(s[3] - s[2] for s in spans)
        cursor = eye_u - total / 2
        back = front - NEAR_SHARE * distance
        for ref, (u0, u1, w0, w1) in zip(groups, spans):
            for t in self.things[ref]:
                t.u += cursor - u0
                t.w += back - w1 + (deep - (w1 - w0)) / 2
            cursor += u1 - u0 + gap
        refit = np.asarray(self._frame().position, float)
        after = float(np.mean([np.linalg.norm(np.subtract(self._position(t), refit)) for t in moving]))
        if after > NEAR_GAIN * was or self._clashes(moving):
            for t, (u, w) in zip(moving, start):
                t.u, t.w = u, w

    def _turn_rings(self) -> None:
        """A ring seen from low down is laid out (``ring_offsets``) for a camera straight in front
        of it; one off to a side of a wide scene looks at it aslant, and two of it that the
        layout set apart across the picture line up one behind the other again. Each such ring
        is turned about its middle to face the camera's line of sight, its things facing the
        middle still (not when that runs it into something else)."""
        if self.elevation >= LOW_ROWS:
            return
        rings = [(ref, centre) for ref, centre in self.ring.items()]
        rings += [(e.ref, None) for e in self.spec.entities
                  if e.ring and e.arrangement != "stack" and len(self.things[e.ref]) > 2 and e.ref not in self.ring
                  and not self._children(self.support, e.ref)]
        for ref, centre in rings:
            things = self.things[ref]
            if len(things) < 3:
                continue
            middle = self.things.get(centre or "") or things
            cu = float(np.mean([t.u for t in middle]))
            cw = float(np.mean([t.w for t in middle]))
            eye = np.asarray(self._frame().position, float)
            eu, ew = float(eye @ self.axes.right), -float(eye @ self.axes.toward)
            turn = math.atan2(cu - eu, cw - ew)
            if abs(turn) < math.radians(2.0):
                continue
            c, s = math.cos(turn), math.sin(turn)
            start = [(t.u, t.w, t.yaw) for t in things]
            for t in things:
                du, dw = t.u - cu, t.w - cw
                t.u, t.w = cu + c * du + s * dw, cw - s * du + c * dw
                if not t.entity.facing:
                    inward = -((t.u - cu) * self.axes.right + (-(t.w - cw)) * self.axes.toward)
                    t.yaw = round(math.degrees(math.atan2(inward[0], inward[2])), 3)
                self._footprint(t)
            if self._clashes(things):
                for t, (u, w, yaw) in zip(things, start):
                    t.u, t.w, t.yaw = u, w, yaw
                    self._footprint(t)

    def _surface(self, host: Thing) -> tuple[float, float, float, float]:
        """Where things rest on ``host``, on the view plane about its centre: (u, w, half u, half w)
        of its surface's rectangle (``silhouette.surface``: a sofa's seat, a bed's duvet)."""
        if host.entity.stand_in:
            return 0.0, 0.0, host.hu, host.hw
        top = surface(host.entity.category)
        width, _, depth = host.size
        ex, ez = self._local_axes(host)
        middle = (top.x0 + top.x1) / 2 * width * ex + (top.z0 + top.z1) / 2 * depth * ez
        hx, hz = (top.x1 - top.x0) / 2 * width, (top.z1 - top.z0) / 2 * depth
        right, toward = self.axes.right, self.axes.toward
        return (float(middle @ right), float(-(middle @ toward)), abs(ex @ right) * hx + abs(ez @ right) * hz,
                abs(ex @ toward) * hx + abs(ez @ toward) * hz)

    def _local_axes(self, thing: Thing) -> tuple[np.ndarray, np.ndarray]:
        a = math.radians(thing.yaw)
        return np.array([math.cos(a), 0.0, -math.sin(a)]), np.array([math.sin(a), 0.0, math.cos(a)])

    def _rest(self, host: Thing, du: float, dw: float, thing: Thing) -> float:
        """Height above ``host``'s base of the highest part of it under ``thing`` standing at
        (du, dw) from its centre."""
        if host.entity.stand_in:
            return host.size[1]
        ex, ez = self._local_axes(host)
        right, toward = self.axes.right, self.axes.toward
        at = du * right - dw * toward
        x, z = float(at @ ex), float(at @ ez)
        hx = abs(right @ ex) * thing.hu + abs(toward @ ex) * thing.hw
        hz = abs(right @ ez) * thing.hu + abs(toward @ ez) * thing.hw
        width, height, depth = host.size
        level = rest_height(host.entity.category, (x - hx) / width, (x + hx) / width, (z - hz) / depth,
                            (z + hz) / depth)
        return level * height

    def _top_stage(self, host: Thing, assigned: dict[str, list[Thing]],
                   region: tuple[float, float, float, float]) -> list[tuple[Block, float, float]]:
        refs = list(assigned)
        mid_u, mid_w, half_u, half_w = region
        for ref in refs:
            things = assigned[ref]
            if not things[0].entity.facing and things[0].hw > half_w and things[0].hu < things[0].hw:
                # Deeper than the seat in front of the backrest (a cat on a chair), or than a rail
                # (a cat on a fence): it lies across it, along its length.
                for thing in things:
                    thing.yaw = round(thing.yaw + 90.0, 3)
                    self._footprint(thing)
        # One group alone on a top has all of it; several share its width as each needs to stand in
        # one layer (six books need more of a shelf than two vases).
        needs = [self._top_need(c, assigned[c], 2 * half_w) for c in refs]
        shares = [n / sum(needs) if sum(needs) > 1e-9 else 1.0 / len(refs) for n in needs]
        # A surface thinner than what rests on it (birds on a fence's rail) holds one row of them,
        # overhanging it front and back.
        blocks = [self._block(c, assigned[c], fit=(2 * half_u * share, max(2 * half_w, 2 * assigned[c][0].hw)))
                  for c, share in zip(refs, shares)]
        stage_blocks = [StageBlock(b.hu, b.hw, b.height, self.spec.entity(c).mention, b.centre)
                        for b, c in zip(blocks, refs)]
        relations = self._stage_relations(refs, {c: c for c in refs})
        result = solve_stage(stage_blocks, relations, 0.5 * self.tweaks.spacing, self.elevation, self.tweaks.flip)
        self._note_refused(result.refused)
        u, w = _centred(result.u, stage_blocks, "hu"), _centred(result.w, stage_blocks, "hw")
        # Keep everything on the top: what is side by side and fits across it side by side is
        # packed closer, in the same order (squeezing the middles together would push the groups
        # into each other); else the arrangement is squeezed.
        extent = max((abs(c) + b.hu for c, b in zip(u, stage_blocks)), default=0.0)
        if extent > half_u and len(stage_blocks) > 1:
            self._pack_top(stage_blocks, u, w, half_u, half_w)
        for coords, attr, limit in ((u, "hu", half_u), (w, "hw", half_w)):
            extent = max((abs(c) + getattr(b, attr) for c, b in zip(coords, stage_blocks)), default=0.0)
            largest = max((getattr(b, attr) for b in stage_blocks), default=0.0)
            if extent > limit + 1e-6 and np.abs(coords).max() > 1e-9:
                coords *= max(limit - largest, 0.0) / np.abs(coords).max()
        if self.elevation < 0.0 and len(w):
            # Seen from below the top (a camera looking up), what stands on it shows only from its
            # front edge up: it stands at that edge (TOP_RIM in), its foot on the edge in the
            # picture, not cut off above it as though it floated.
            ahead = -(half_w - TOP_RIM) - min(float(c) - b.hw for c, b in zip(w, stage_blocks))
            if ahead < 0.0:
                w = w + ahead
        return [(b, float(cu) + mid_u, float(cw) + mid_w) for b, cu, cw in zip(blocks, u, w)]

    @staticmethod
    def _pack_top(blocks: list[StageBlock], u: np.ndarray, w: np.ndarray, half_u: float, half_w: float) -> None:
        """Groups too wide for a top side by side: in their left-to-right order, as many to a
        line as its width holds, spread evenly along it; the lines one behind the other, the
        lowest in front, when the top is deep enough for them (else they are left as they are,
        to be squeezed)."""
        order = sorted(range(len(blocks)), key=lambda i: u[i])
        lines: list[list[int]] = [[]]
        used = 0.0
        for i in order:
            if lines[-1] and used + 2 * blocks[i].hu > 2 * half_u + 1e-9:
                lines.append([])
                used = 0.0
            lines[-1].append(i)
            used += 2 * blocks[i].hu + TOP_GAP
        depths = [2 * max(blocks[i].hw for i in line) for line in lines]
        if sum(depths) + TOP_GAP * (len(lines) - 1) > 2 * half_w + 1e-9 and len(lines) > 1:
            return
        lines_by_height = sorted(range(len(lines)), key=lambda k: max(blocks[i].height for i in lines[k]))
        total = sum(depths) + TOP_GAP * (len(lines) - 1)
        front = -total / 2 if len(lines) > 1 else None
        for k in lines_by_height:
            line = lines[k]
            width = sum(2 * blocks[i].hu for i in line)
            room = (2 * half_u - width) / (len(line) - 1) if len(line) > 1 else 0.0
            cursor = -half_u if len(line) > 1 else -width / 2
            for i in line:
                u[i] = cursor + blocks[i].hu
                cursor += 2 * blocks[i].hu + max(room, 0.0)
                if front is not None:
                    w[i] = front + depths[k] / 2
            if front is not None:
                front += depths[k] + TOP_GAP

    def _top_need(self, ref: str, things: list[Thing], depth: float, one_row: bool = False) -> float:
        """The width a group needs on a top ``depth`` deep to stand in one layer, tight (with
        ``one_row``: upright ones in one line along it, none behind another)."""
        if not things:
            return 0.0
        entity, t = self.spec.entity(ref), things[0]
        g = TIGHT_GAP
        n = 1 if entity.arrangement == "stack" else len(things)
        upright = t.size[1] > 0.5 * min(t.size[0], t.size[2])
        rows = 1 if entity.arrangement == "row" or one_row and upright \
            else max(1, int((depth + g) // (2 * t.hw + g)))
        if (entity.rows or 0) > 1:
            rows = min(rows, entity.rows)
        return math.ceil(n / rows) * (2 * t.hu + g)

    def _top_growth(self, ref: str) -> float:
        """How much longer ``_grow_top`` may build a top (1: not at all)."""
        entity = self.spec.entity(ref)
        host = self.things[ref][0] if self.things[ref] else None
        if host is None or entity.size is not None and not entity.stand_in or entity.arrangement == "stack" \
                or self._root(ref) != ref:
            return 1.0
        if entity.category in LENGTHWISE or entity.stand_in:
            return MAX_LENGTHEN
        if self._made_in_lengths(ref) and host.size[0] >= MIN_GROWN_TOP:
            return MAX_TOP_GROW
        return 1.0

    def _made_in_lengths(self, ref: str) -> bool:
        """Furniture, or a prop lying long with a flat top (``_oblong_prop``): a top too short for what
        stands on it may be built longer."""
        spec = self.catalog.get(self.spec.entity(ref).category)
        return bool(spec and spec.group == "furniture") or self._oblong_prop(ref)

    def _oblong_prop(self, ref: str) -> bool:
        """A catalogued prop shaped as a box lying long (longer than it is deep and than it is
        high, neither a sheet nor a slab), with a flat top over its whole footprint (a chest, a
        trunk, a cool box): made in many lengths, as furniture is, so a top of one too short for
        what stands on it is built longer (``_grow_top``) rather than all on it shrunk to specks."""
        entity = self.spec.entity(ref)
        spec = self.catalog.get(entity.category)
        if not spec or spec.group != "prop" or entity.stand_in:
            return False
        w, h, d = spec.size
        if w < OBLONG * d or h > w or min(h, d) < MIN_BOX_SIDE:
            return False
        top = surface(entity.category)
        return top.x1 - top.x0 >= 0.9 and top.z1 - top.z0 >= 0.9

    def _grow_top(self, ref: str, things: list[Thing], on_me: list[str]) -> None:
        """A table, shelf or bench too narrow for all that is put on it to stand in one layer is
        built wider (by at most MAX_TOP_GROW): furniture comes in lengths, and a viewer reads
        things on a top only when each stands on it. What still does not fit is scaled down or
        piled after (``_grid``)."""
        host = things[0]
        entity = self.spec.entity(ref)
        lengthwise = entity.category in LENGTHWISE  # a fence or a wall is built to any length
        furniture = self._made_in_lengths(ref)
        if entity.size is not None and not entity.stand_in or not (entity.stand_in or lengthwise or furniture) \
                or host.size[0] < MIN_GROWN_TOP and not entity.stand_in or entity.arrangement == "stack" \
                or ref in self._grown:
            return
        ex, _ = self._local_axes(host)
        if abs(float(ex @ self.axes.right)) < 0.9:
            return  # its length runs away from the camera
        self._grown.add(ref)
        _, _, half_u, half_w = self._surface(host)
        if entity.stand_in:
            self._deepen_top(entity, things, on_me, half_w)
            _, _, half_u, half_w = self._surface(host)
        need = 0.0
        for c in on_me:
            mine = [t for i, t in enumerate(self.things[c]) if i % len(things) == 0]
            if mine:
                probe = mine[0]
                hu, hw = (probe.hw, probe.hu) if not probe.entity.facing and probe.hw > half_w and probe.hu < probe.hw \
                    else (probe.hu, probe.hw)
                # Upright things (jars, candles) ask for one line along the top: a second line
                # behind the first is hidden by it, and so is the top it stands on.
                need += self._top_need(c, [Thing(probe.entity, 0, 0, probe.size, probe.yaw, hu=hu, hw=hw)] *
                                       len(mine), 2 * half_w, one_row=True) + 0.02
        # A fence, a wall or a labelled block (its length a guess: a ledge, a plank) is built to
        # the length asked of it.
        factor = min(need / max(2 * half_u, 1e-6), MAX_LENGTHEN if lengthwise or entity.stand_in else MAX_TOP_GROW)
        if factor <= 1.02:
            return
        for thing in things:
            thing.size = (round(thing.size[0] * factor, 4), thing.size[1], thing.size[2])
            self._footprint(thing)
        self.notes.append(f"'{entity.noun}' built {things[0].size[0]:.2f} m wide to hold what stands on it")

    def _deepen_top(self, entity: EntitySpec, things: list[Thing], on_me: list[str], half_w: float) -> None:
        """A labelled block (its depth a guess: a stall, a counter) is built deep enough for what
        stands on it, as it is built long enough: a crate half off the back of a stall is not
        resting on it."""
        deepest = 0.0
        for c in on_me:
            mine = self.things[c]
            if mine:
                probe = mine[0]
                turned = not probe.entity.facing and probe.hw > half_w and probe.hu < probe.hw
                deepest = max(deepest, 2 * (probe.hu if turned else probe.hw))
        factor = min((deepest + 2 * TOP_RIM) / max(2 * half_w, 1e-6), MAX_LENGTHEN)
        if factor <= 1.02:
            return
        for thing in things:
            thing.size = (thing.size[0], thing.size[1], round(thing.size[2] * factor, 4))
            self._footprint(thing)
        self.notes.append(f"'{entity.noun}' built {things[0].size[2]:.2f} m deep to hold what stands on it")

    # ---- 4. the floor

    def _place(self) -> None:
        roots = [e.ref for e in self.spec.entities if self._root(e.ref) == e.ref and self.things[e.ref]]
        blocks = [self._block(r, self.things[r]) for r in roots]
        self._lengthen(roots, blocks)
        stage_blocks = [StageBlock(b.hu, b.hw, b.height, self.spec.entity(r).mention, b.centre,
                                   front=any(m.thing.entity.arrangement == "stack" and m.thing.entity.count > 1
                                             for m in b.members))
                        for b, r in zip(blocks, roots)]
        lift = {e.ref: self._root(e.ref) for e in self.spec.entities}
        relations = self._stage_relations(roots, lift)
        result = solve_stage(stage_blocks, relations, self.tweaks.spacing, self.elevation, self.tweaks.flip,
                             rows=True)
        self._note_refused(result.refused)
        u, w = _centred(result.u, stage_blocks, "hu"), _centred(result.w, stage_blocks, "hw")
        staged = w.copy()
        self._forward(stage_blocks, relations, u, w, [_thing_size(b) for b in blocks])
        self._set_blocks(blocks, u, w)
        self._piles_in_sight(blocks, u, w, staged)

    @staticmethod
    def _set_blocks(blocks: list[Block], u: np.ndarray, w: np.ndarray) -> None:
        for block, bu, bw in zip(blocks, u, w):
            for m in block.members:
                m.thing.u, m.thing.w, m.thing.y = float(bu + m.du), float(bw + m.dw), float(m.dy)

    def _piles_in_sight(self, blocks: list[Block], u: np.ndarray, w: np.ndarray, staged: np.ndarray) -> None:
        """A pile reads as each one resting on the one below only when the sides of its lower
        ones show: a small thing brought forward (``_forward``) that would stand between the
        camera and a pile (a bucket in front of a tower of tyres, seen from low down) goes back
        to the depth the stage gave it, beside the pile rather than in front of it."""
        piles = [t for b in blocks for m in b.members for t in [m.thing]
                 if m.thing.entity.arrangement == "stack" and len(self.things[m.thing.entity.ref]) > 1]
        moved = [i for i in range(len(blocks)) if w[i] < staged[i] - 1e-9]
        if not piles or not moved:
            return
        changed = False
        for i in moved:
            mine = [m.thing for m in blocks[i].members]
            if any(t.id in {p.id for p in piles} for t in mine):
                continue
            if worst_cover(self._frame(), self.aspect, piles, mine, self._position) > PILE_COVER:
                w[i] = staged[i]
                changed = True
        if changed:
            self._set_blocks(blocks, u, w)

    def _forward(self, blocks: list[StageBlock], relations: list[StageRelation], u: np.ndarray, w: np.ndarray,
                 sizes: list[float]) -> None:
        """Small things nothing holds at a depth (a plum beside a fountain, a key near a car) stand
        in front of the scene's front line, nearer the camera than the large ones: perspective
        shows them at a readable size where at the same depth they would be a few pixels, and
        they stay within the larger thing's own size of it, so they are still near it. ``sizes``:
        each block's own size as ``_thing_size`` has it (a crowd is no larger a thing than one
        of its people, so a sledge beside a crowd is not a key beside a car)."""
        if len(blocks) < 2:
            return
        largest = max(sizes)
        # Depth relations hold their things' depths; "between" holds all three (nearer the camera,
        # perspective would carry the middle one's column out past a side one's).
        held = {i for r in relations if r.kind in ("in_front_of", "behind", "hidden_by", "at_foot", "between")
                for i in (r.a, r.b, r.c) if i is not None}
        fronts = w - np.array([b.hw for b in blocks])
        small = [size < SMALL_SHARE * largest for size in sizes]
        held |= _in_order_with_large(relations, small, sizes)
        anchors = [j for j in range(len(blocks)) if not small[j]]
        if not anchors:
            return
        line = min(fronts[j] for j in anchors)
        front = line - FORWARD_SHARE * largest * self.tweaks.spacing
        moved = False
        for i, block in enumerate(blocks):
            if small[i] and i not in held:
                # Near something: within a quarter of that thing's size of its front.
                partners = [r.b if r.a == i else r.a for r in relations if r.kind == "near" and i in (r.a, r.b)]
                mine = max([front, *(fronts[j] - 0.25 * sizes[j] - 2 * block.hw for j in partners if j is not None)])
                depth = _clear_depth(blocks, u, w, i, mine + block.hw, self.tweaks.spacing)
                if depth < w[i]:
                    w[i] = depth
                    moved = True
        if moved and self.spec.camera.elevation_deg is None and self.spec.camera.view != "top" \
                and self.elevation <= 20.0 + self.tweaks.elevation_add:
            # A low eye: the small things in front are near it and look their size against the
            # large ones behind (a raised camera stands back to keep them in the frame's foot).
            self.elevation = min(self.elevation, LOW_EYE + self.tweaks.elevation_add)

    def _lengthen(self, roots: list[str], blocks: list[Block]) -> None:
        """A wall or a fence that a row of things stands along (in front of, behind or near it)
        is as long as the row: walls are built to any length, and a 4 m wall at one end of
        fifteen bicycles is not what they are parked along."""
        index = {r: i for i, r in enumerate(roots)}
        for relation in self.spec.relations:
            if relation.kind not in ("in_front_of", "behind", "near") or not relation.object:
                continue
            for wall, other in ((relation.object, relation.subject), (relation.subject, relation.object)):
                entity = self.spec.entity(wall)
                if entity.category not in LENGTHWISE or entity.count != 1 or wall not in index \
                        or self._root(other) not in index or self._root(other) == wall:
                    continue
                thing = self.things[wall][0]
                if abs(math.sin(math.radians(thing.yaw - self.axes.azimuth_deg))) > 0.1:
                    continue  # seen end on: its length runs away from the camera
                want = 2 * blocks[index[self._root(other)]].hu * 1.1
                if want <= thing.size[0] * 1.05:
                    continue
                thing.size = (round(want, 4), thing.size[1], thing.size[2])
                self._footprint(thing)
                blocks[index[wall]] = self._block(wall, self.things[wall])
                self.notes.append(f"'{entity.noun}' built {want:.1f} m long, as long as the row along it")

    def _stage_relations(self, refs: list[str], lift: dict[str, str]) -> list[StageRelation]:
        """The spec's relations between blocks of one stage, by block index."""
        index = {r: i for i, r in enumerate(refs)}
        sides = {r.subject: r.kind for key, r in enumerate(self.spec.relations)
                 if r.kind in ("left_side", "right_side") and key not in self.refused}
        out = []
        for key, relation in enumerate(self.spec.relations):
            if key in self.refused:
                continue
            kind = relation.kind
            if kind == "under" and key in self.at_foot:
                kind = "at_foot"
            if kind == "near" and relation.object in sides and relation.subject not in sides:
                # next to a thing at the picture's left edge: the only room beside it is on its right
                kind = "right_of" if sides[relation.object] == "left_side" else "left_of"
            if kind not in ("left_of", "right_of", "near", "in_front_of", "behind", "hidden_by", "between",
                            "center", "left_side", "right_side", "at_foot"):
                continue
            a = index.get(lift.get(relation.subject, ""))
            b = index.get(lift.get(relation.object or "", "")) if relation.object else None
            c = index.get(lift.get(relation.object2 or "", "")) if relation.object2 else None
            if a is None or (relation.object and (b is None or b == a)) or \
                    (relation.object2 and (c is None or c in (a, b))):
                continue
            if kind == "at_foot":
                out.append(StageRelation("in_front_of", a, b, key=key, offset=0.0))
                continue
            back = relation.object if kind == "in_front_of" else relation.subject if kind == "behind" else None
            if back and self.spec.entity(back).category in LENGTHWISE and \
                    self.spec.entity(relation.object if back == relation.subject else relation.subject).category \
                    not in LENGTHWISE:
                # A wall behind things shows above and beside them: it stays behind their middle.
                out.append(StageRelation(kind, a, b, c, key=key, offset=0.0, close=True))
                continue
            out.append(StageRelation(kind, a, b, c, key=key, scene=relation.phrase in SCENE_DEPTH_PHRASES))
        return out

    def _note_refused(self, keys: list[int]) -> None:
        for key in keys:
            if key not in self.refused:
                self._refuse(key, "it contradicts an earlier relation")

    def _face_toward(self) -> None:
        for relation in self.spec.relations:
            if relation.kind != "facing_toward" or not self.things[relation.subject] or \
                    not self.things[relation.object]:
                continue
            target = self.things[relation.object][0]
            for thing in self.things[relation.subject]:
                (tx, tz), (sx, sz) = self._world_xz(target), self._world_xz(thing)
                dx, dz = tx - sx, tz - sz
                if abs(dx) + abs(dz) > 1e-6:
                    thing.yaw = round(math.degrees(math.atan2(dx, dz)), 3)
                    self._footprint(thing)

    def _world_xz(self, thing: Thing) -> tuple[float, float]:
        return self.axes.world(thing.u, thing.w)

    # ---- 5. camera

    def _elevation(self) -> float:
        spec = self.spec
        if spec.camera.elevation_deg is not None:
            # Stated ("a worm's-eye view", "from a high angle"): it wins over the critic's
            # raising as over the solver's own.
            return min(spec.camera.elevation_deg, 85.0)
        if spec.camera.view == "top":
            base = 80.0
        else:
            kinds = {r.kind for r in spec.relations}
            base = 12.0
            if kinds & {"on_top_of", "under"} or any(self._flat(e) for e in spec.entities):
                base = 20.0  # see the top of the table, and the fork lying flat on the floor
            if "under" in kinds and "on_top_of" not in kinds and not any(self._flat(e) for e in spec.entities):
                # Nearer the floor, the frame or top above a thing beneath hides less of it.
                base = UNDER_ELEVATION
            if kinds & {"in_front_of", "behind", "hidden_by"} or any(e.count > 5 or e.rows for e in spec.entities):
                base = 28.0
            if any((e.rows or 0) > 1 for e in spec.entities):
                base = 40.0  # rows asked for: from above enough that each row shows apart from the next
            if "around" in kinds or any(e.ring for e in spec.entities):
                base = 42.0
            if any(r.kind == "on_top_of" and spec.entity(r.subject).count > 4 and self._rows_on(r.subject, r.object)
                   for r in spec.relations):
                base = max(base, 42.0)  # many things on one top: look down on it, so the back rows show on it
            if "hidden_by" in kinds and not any((e.rows or 0) > 1 for e in spec.entities):
                # Eye level: what stands behind lines up with what is in front. Rows asked for keep
                # their raised camera (from eye level the front row hides the ones behind it); the
                # "hidden by" search starts from there.
                base = 6.0
        return min(base + self.tweaks.elevation_add, self._steepest())

    def _steepest(self) -> float:
        """How steeply the camera may look down: a view said from a side ("viewed face-on from
        the front") stays a view from that side, never as steep as one from above."""
        said = " ".join(self.spec.camera.stated)
        if self.spec.camera.view != "top" and any(w in said for w in SIDE_VIEW_WORDS):
            return SIDE_VIEW_STEEPEST
        return 85.0

    def _rows_on(self, ref: str, holder: str) -> bool:
        """Whether what stands on ``holder`` can stand in more than one row there: its surface is
        at least twice as deep as they are (a table top; not a fence's rail)."""
        entity, top = self.spec.entity(ref), self.spec.entity(holder)
        if top.stand_in or top.category not in self.catalog.objects:
            return True
        depth = self._base_size(top)[2] * (surface(top.category).z1 - surface(top.category).z0)
        return depth >= 2 * min(self._base_size(entity)[0], self._base_size(entity)[2])

    def _flat(self, entity: EntitySpec) -> bool:
        w, h, d = self._base_size(entity)
        return h < 0.2 * max(w, d)

    def _lens(self) -> tuple[float, float]:
        shot = self.spec.camera.shot
        # A wide shot keeps the whole scene within the middle ~40% of the frame, so no one thing
        # fills more than half of it; a close-up frames its subject with a thin margin.
        return {"close_up": (35.0, 0.08), "wide": (60.0, 0.6), "medium": (40.0, 0.08)}.get(shot, (40.0, 0.1))

    def _frame(self) -> Camera:
        """The camera fitted to the things where they stand now. The searches for "hidden by" and
        "in front of" ask again for placements already framed (a cover measured, then its
        depth; the search's last step repeating its best): each placement is fitted once."""
        key = (self.elevation, tuple((t.id, t.u, t.w, t.y, t.yaw, t.size) for t in self.all_things()))
        camera = self._frames.get(key)
        if camera is None:
            camera = self._frames[key] = self._fit_frame()
        return camera

    def _close_up(self, things: list[Thing], fov: float, margin: float) -> Camera:
        """The camera on a close-up's subject, what is drawn of it (not its box: a bird is a
        small part of its own) filling the frame but for ``margin``: the box is fitted with a
        margin scaled by the share of it the drawing takes. The camera comes no nearer than its
        closest distance (a teacup, a ring, a bird under an eye kept off the grass): a longer
        lens then makes the small thing fill the frame as a close-up does."""
        corners = self._corners(things)
        view = AZIMUTH[self.spec.camera.view]
        width, height = 400, max(1, int(round(400 / self.aspect)))
        fill, box = 1.0 - 2 * margin, 1.0 - 2 * margin
        camera = cam.fit(corners, view, self.elevation, fov, self.aspect, margin)
        for _ in range(CLOSE_UP_TRIES):
            low, high = self._drawn_extent(camera, width, height, things)
            if not np.isfinite([low, high]).all():
                break
            span = float(((high - low) / np.array([width, height])).max())
            if not 1e-6 < span < CLOSE_UP_SHORT * fill:
                break
            wider = min(fill * box / span, CLOSE_UP_BOX)  # the box's share for the drawing to fill
            lens = camera.fov_deg
            if wider > box + 1e-3:
                box = wider
            elif camera.fov_deg > MIN_FOV + 1e-6:  # the camera as near as it comes: a longer lens
                lens = max(2 * math.degrees(math.atan(math.tan(math.radians(lens) / 2) * span / fill)), MIN_FOV)
            else:
                break
            camera = cam.fit(corners, view, self.elevation, lens, self.aspect, (1.0 - box) / 2)
        return camera

    def _close_up_candidates(self) -> list[EntitySpec]:
        """What a close-up may be of. A labelled block for a word the library does not know, that
        nothing is placed against and that nothing is placed against it, is more likely a stray
        word of the framing ("Unit 4 to control: zoomed in on a cat") than the subject, so it
        yields to a drawn thing named after it; an unknown noun in a relation ("a close-up of a
        ledger beside a mug") or alone stays the subject."""
        tied = {ref for r in self.spec.relations for ref in (r.subject, r.object, r.object2) if ref}
        drawn = [e for e in self.spec.entities if self.things[e.ref]]
        kept = [e for e in drawn if not e.stand_in or e.ref in tied]
        return kept or drawn or list(self.spec.entities)

    def _fit_frame(self) -> Camera:
        fov, margin = self._lens()
        things = self.all_things()
        if self.spec.camera.shot == "close_up" and self.spec.entities:
            # "A close-up of a mug on a desk": the first thing named fills the frame; what it
            # stands on or beside runs out of the picture.
            first = min(self._close_up_candidates(), key=lambda e: e.mention)
            if self.things[first.ref]:
                return self._close_up(self.things[first.ref], fov, margin)
        corners = self._corners(things)
        if not len(corners):
            return Camera(position=(0.0, 1.6, 4.0), target=(0.0, 0.5, 0.0), fov_deg=fov)
        # Where the prompt puts something in the picture, the frame is widened on the other side;
        # checked on the projection (a tall narrow thing's frame is set by its height, not its
        # width), and widened further until every instance's centre is in its outer part.
        sides = [r for key, r in enumerate(self.spec.relations)
                 if r.kind in ("left_side", "right_side") and self.things[r.subject] and key not in self.refused]
        # "In the centre of the picture": the camera aims at the middle of what it shows of that
        # thing (across, and at its silhouette's centre height), so it lands in the middle of the
        # frame both ways, and stands back until everything else is in the frame too.
        centred = [r for r in self.spec.relations if r.kind == "center" and self.things[r.subject]]
        anchor = self._anchor(self.things[centred[0].subject]) if centred else None
        view = AZIMUTH[self.spec.camera.view]
        if self.spec.camera.shot == "wide" and len(things) > 1:
            margin = self._wide_margin(corners, things, view, fov, anchor)
        first = cam.fit(corners, view, self.elevation, fov, self.aspect, margin, anchor=anchor)
        if anchor is not None or not sides:
            return first  # widening one side of a frame aimed at the middle widens both
        near = _distance(first)
        camera = first
        for stretch in (1.0, 1.6, 2.5, 4.0, 6.0):
            extra = [self._phantom(r.kind, self.things[r.subject], corners, stretch) for r in sides]
            trial = cam.fit(np.concatenate([corners, *extra]), view, self.elevation, fov, self.aspect, margin)
            if _distance(trial) > 2.5 * near:
                break  # the things would shrink to specks: keep them readable, nearer the middle
            camera = trial
            if all(self._on_side(camera, r.kind, self.things[r.subject]) for r in sides):
                break
        return camera

    def _drawn_extent(self, camera: Camera, width: int, height: int, things: list[Thing]
                      ) -> tuple[np.ndarray, np.ndarray]:
        """The pixel box (low, high corners) its parts' outlines fill, sampled on a grid over their
        bounds (a bird's round body fills less of its bounds than its box does)."""
        shapes = [outline(camera, width, height, t.entity.category, self._position(t), t.size, t.yaw, t.lying)
                  for t in things]
        lows = np.min([s.bounds[0] for s in shapes], axis=0)
        highs = np.max([s.bounds[1] for s in shapes], axis=0)
        if not np.isfinite([lows, highs]).all():
            return lows, highs
        xs, ys = np.meshgrid(np.linspace(lows[0], highs[0], 48), np.linspace(lows[1], highs[1], 48))
        px, py = xs.ravel(), ys.ravel()
        inside = np.zeros(len(px), bool)
        for shape in shapes:
            inside |= shape.contains(px, py)
        if not inside.any():
            return lows, highs
        return np.array([px[inside].min(), py[inside].min()]), np.array([px[inside].max(), py[inside].max()])

    def _wide_margin(self, corners: np.ndarray, things: list[Thing], view: float, fov: float, anchor) -> float:
        """A wide shot's margin: the setting dominates, so no one thing spans more than WIDE_SPAN
        of the frame; a group of small things may still spread over most of it (the frame is
        not widened until each of them is a speck)."""
        camera = cam.fit(corners, view, self.elevation, fov, self.aspect, 0.2, anchor=anchor)
        width, height = 400, max(1, int(round(400 / self.aspect)))
        largest = 0.0
        for thing in things:
            pixels, _ = cam.project(camera, width, height, self._corners([thing]))
            if np.isfinite(pixels).all():
                span = np.ptp(pixels, axis=0) / np.array([width, height])
                largest = max(largest, float(span.max()))
        return float(np.clip(1.0 - 0.8 * WIDE_SPAN / max(largest, 1e-6), 0.2, 0.6))

    def _anchor(self, things: list[Thing]) -> np.ndarray:
        """The point of a group the eye reads as its middle: its boxes' middle on the ground, at
        the pixel-weighted centre height of its silhouette."""
        corners = self._corners(things)
        middle = (corners.min(axis=0) + corners.max(axis=0)) / 2
        heights = [t.y + centre_height(t.entity.category) * t.size[1] for t in things]
        return np.array([middle[0], float(np.mean(heights)), middle[2]])

    def _on_side(self, camera: Camera, kind: str, things: list[Thing]) -> bool:
        if kind == "center":
            return True
        width = 400
        centres = np.array([self._corners([t]).mean(axis=0) for t in things])
        pixels, _ = cam.project(camera, width, max(1, int(round(width / self.aspect))), centres)
        xs = pixels[:, 0] / width
        if not np.isfinite(xs).all():
            return False
        return bool(xs.max() <= SIDE_SHARE + 0.05) if kind == "left_side" else bool(xs.min() >= 1 - SIDE_SHARE - 0.05)

    def _corners(self, things: list[Thing]) -> np.ndarray:
        """The 8 box corners of each thing where it stands now, (8n, 3). Framing asks for every
        thing's and then each one's again (sides, margins): each placement is computed once."""
        if not things:
            return np.zeros((0, 3))
        keys = [(t.id, t.u, t.w, t.y, t.yaw, t.size) for t in things]
        missing = [(key, t) for key, t in zip(keys, things) if key not in self._boxes]
        if missing:
            for (key, _), block in zip(missing, np.split(self._box_corners([t for _, t in missing]), len(missing))):
                self._boxes[key] = block
        return np.concatenate([self._boxes[key] for key in keys])

    def _box_corners(self, things: list[Thing]) -> np.ndarray:
        # ``_position`` of each, at once: the same products and difference as ``ViewAxes.world``.
        right, toward = self.axes.right, self.axes.toward
        u, w = np.array([t.u for t in things]), np.array([t.w for t in things])
        positions = np.stack([u * right[0] - w * toward[0], [t.y for t in things], u * right[2] - w * toward[2]],
                             axis=1)
        return cam.boxes_corners(positions, [t.size for t in things], [t.yaw for t in things])

    def _phantom(self, kind: str, things: list[Thing], corners: np.ndarray, stretch: float = 1.0) -> np.ndarray:
        mine = self._corners(things)
        centre = mine.mean(axis=0)
        right = self.axes.right
        along = (corners - centre) @ right
        if kind == "center":  # mirror everything about the subject: it ends up in the middle
            return corners - 2 * np.outer(along, right)
        # Widen the frame on the far side just enough that every instance's centre falls in the
        # outer third of the picture (the critic and the "side" reading take 40%): no more, so
        # that a second phantom for the other side does not push this subject inwards.
        u_all = corners @ right
        u_mine = mine @ right
        centres = [float(self._corners([t]).mean(axis=0) @ right) for t in things]
        if kind == "left_side":
            low = float(u_all.min())
            edge = low + (max(centres) - low) / SIDE_SHARE
            shift = edge - float(u_mine.max())
        else:
            high = float(u_all.max())
            edge = high - (high - min(centres)) / SIDE_SHARE
            shift = float(u_mine.min()) - edge
        if stretch > 1.0:
            shift = max(shift, 0.0) * stretch + (stretch - 1.0) * max(float(np.ptp(u_mine)), 0.05)
        if shift <= 0:
            return np.zeros((0, 3))
        sign = 1.0 if kind == "left_side" else -1.0
        return mine + sign * shift * right

    def _position(self, thing: Thing) -> tuple[float, float, float]:
        x, z = self._world_xz(thing)
        return (x, thing.y, z)

    # ---- "hidden by": search the offset that covers the wanted share of the hidden thing

    def _movers(self, subject: str, other: str, company: bool = False) -> list[Thing]:
        """What moves when ``subject`` is nudged: its whole block (its table, if it stands on one),
        or only it and what it carries when both share a block. ``company``: and what is said to
        be near it, on blocks of its own (a lamp next to a dog goes where the dog goes, rather
        than stand where the dog is to hide)."""
        if self._root(subject) != self._root(other):
            movers = self._block_things(subject)
            if company:
                mine, theirs = self._root(subject), self._root(other)
                partners = {self._root(r.object if r.subject == subject else r.subject) for r in self.spec.relations
                            if r.kind == "near" and subject in (r.subject, r.object) and r.object}
                for root in sorted(partners - {mine, theirs}):
                    movers += self._block_things(root)
            return movers
        return [t for e in self.spec.entities if e.ref == subject or self._above(e.ref, subject)
                for t in self.things[e.ref]]

    def _unhide(self) -> None:
        """In "in front of" / "behind" the one at the back must still show (``occlusion.unhide``)."""
        for key, relation in enumerate(self.spec.relations):
            if relation.kind not in ("in_front_of", "behind") or key in self.refused or key in self.at_foot:
                continue
            front_ref, back_ref = (relation.subject, relation.object) if relation.kind == "in_front_of" else \
                (relation.object, relation.subject)
            if self.things[front_ref] and self.things[back_ref]:
                unhide(self.things[back_ref], self.things[front_ref], self._movers(relation.subject, relation.object),
                       self.things[relation.subject], self.things[relation.object], self._frame, self._position,
                       self.aspect)

    def _hide(self) -> Camera:
        """For each "hidden by": the camera height, depth and offset that cover about half of it."""
        for key, relation in enumerate(self.spec.relations):
            if relation.kind != "hidden_by" or key in self.refused:
                continue
            subject, occluder = self.things[relation.subject], self.things[relation.object]
            if not subject or not occluder:
                continue
            movers = self._movers(relation.subject, relation.object, company=True)
            start = [(t.u, t.w) for t in movers]
            blockers = self._blockers(relation.subject, relation.object, movers)
            want = min(max(self.tweaks.hidden_target.get(key, HIDDEN_COVER), 0.15), 0.95)
            # Eye level first; a higher camera lets a body hide what its legs would show.
            heights = [self.elevation] if self.spec.camera.elevation_deg is not None or self.spec.camera.view == "top" \
                else [self.elevation, self.elevation + 14.0, self.elevation + 28.0]
            rows = any((e.rows or 0) > 1 for e in self.spec.entities)
            if len(heights) > 1 and rows:
                # Raised for rows asked for: lower first (two alike things hide each other only
                # from near eye level), no lower than where each row still shows over the one
                # in front of it.
                heights = [self.elevation, *(e for e in (self.elevation - 12.0, self.elevation - 24.0) if e >= 6.0)]
            high = self.elevation
            mass = subject[0].y + centre_height(subject[0].entity.category) * subject[0].size[1]
            if len(heights) > 1 and (occluder[0].size[1] < 0.5 * subject[0].size[1]
                                     or (occluder[0].y + occluder[0].size[1] < mass and len(subject) == 1)):
                # A low thing hides a tall one only from a low eye looking up past it (a bush in
                # front of a house; a crate in front of a cart, whose bulk is its raised bed): the
                # camera stays above the ground (``cam.fit``). Not when something rests on a top:
                # from below, nothing shows it resting there. Nor with rows asked for: from an eye
                # near the floor the row in front hides the ones behind it.
                heights += [] if self._rests_on_tops() or rows else [-6.0, -14.0]
            # What hides, with no facing asked for, may also show its long side to the camera (a
            # bicycle across a bus's front rather than end on).
            turns = [0.0]
            if not self.spec.entity(relation.object).facing and relation.object not in self.support \
                    and occluder[0].hw > 1.2 * occluder[0].hu:
                turns.append(90.0)
            yaws = [t.yaw for t in occluder]
            tried = []
            for turn in turns:
                for t, yaw in zip(occluder, yaws):
                    t.yaw = round(yaw + turn, 3)
                    self._footprint(t)
                for elevation in heights:
                    self.elevation = elevation
                    for t, (u, w) in zip(movers, start):
                        t.u, t.w = u, w
                    if rows and elevation < high and self._rows_cover() > ROWS_COVER:
                        continue  # the row in front would hide the next one
                    flip = -1.0 if key in self.tweaks.flip else 1.0
                    for side in (flip, -flip):
                        for t, (u, w) in zip(movers, start):
                            t.u, t.w = u, w
                        coverage = search_cover(subject, occluder, movers, want, side, self._frame, self._position,
                                                self.aspect, blockers)
                        # What else stands in front covers it too: all of them together must
                        # leave it in sight, else it slides the other way.
                        total = worst_cover(self._frame(), self.aspect, subject, occluder + blockers,
                                            self._position) if blockers or len(subject) > 1 else coverage
                        limit = max(1.0 - SEEN_AT_LEAST, want)
                        # Slid into something else (a lamp beside the box it hides behind): no.
                        clash = self._clashes(movers)
                        error = abs(coverage - want) + max(0.0, total - limit) + (1.0 if clash else 0.0)
                        tried.append((error, elevation, [(t.u, t.w) for t in movers], coverage, turn))
                        if (total <= limit and not clash) or coverage < want - 0.08:
                            break  # not blocked; or not slid aside at all, so the other side is the same
                    if min(r[0] for r in tried) < 0.08:
                        break
                if min(r[0] for r in tried) < 0.08:
                    break
            error, self.elevation, placed, coverage, turn = min(tried, key=lambda r: r[0])
            if error >= 1.0:  # every placement found runs into something: the stage's stands
                placed, turn, self.elevation = start, 0.0, tried[0][1]
            for t, yaw in zip(occluder, yaws):
                t.yaw = round(yaw + turn, 3)
                self._footprint(t)
            for t, (u, w) in zip(movers, placed):
                t.u, t.w = u, w
            if coverage < 0.15 and error < 1.0:
                # Real sizes cannot do it from a camera above the ground (a house behind a cup: the
                # cup's top is below the eye and the house's foot): say so, rather than shrink the
                # house into something else; the things keep their places from the stage.
                for t, (u, w) in zip(movers, start):
                    t.u, t.w = u, w
                why = (f"impossible: at real sizes the {self.spec.entity(relation.object).noun} cannot hide part of "
                       f"the {self.spec.entity(relation.subject).noun} from a camera above the ground")
                self.impossible[key] = why
                self.notes.append(why)
        return self._frame()

    def _rests_on_tops(self) -> bool:
        """Whether something rests on another's top (a pile; a thing set on a shelf): only a camera above
        that top shows it resting there, so the camera never looks up at the scene from below."""
        return bool(self.support) or any(e.arrangement == "stack" and e.count > 1 for e in self.spec.entities)

    def _look_into(self) -> None:
        """A thing resting inside a rim (in a cart's bed, a crate's well) shows resting only if
        the camera sees the floor it stands on: it looks down over the rim in front of it at
        least steeply enough to see the floor just in front of the thing."""
        if self.spec.camera.elevation_deg is not None or self.spec.camera.view == "top":
            return
        need = 0.0
        for ref, holder in self.support.items():
            hosts = self.things.get(holder) or []
            for i, thing in enumerate(self.things.get(ref) or []):
                piled = self.spec.entity(holder).arrangement == "stack"
                host = (hosts[-1] if piled else hosts[i % len(hosts)]) if hosts else None
                if host is None or host.entity.stand_in:
                    continue
                # The highest part of the host between its front and the thing's front.
                front, mine = host.w - host.hw, thing.w - thing.hw
                if mine - front < 0.02:
                    continue
                strip = Thing(thing.entity, 0, 0, thing.size, thing.yaw, hu=thing.hu, hw=(mine - front) / 2)
                level = self._rest(host, thing.u - host.u, (front + mine) / 2 - host.w, strip)
                rim = host.y + level - thing.y
                if rim < 0.05 * host.size[1] or rim < 0.02:
                    continue  # nothing in front to look over (a backrest stands behind)
                _, mid_w, _, half_w = self._surface(host)
                ahead = mine - max(host.w + mid_w - half_w, front)
                if ahead > 0.02:
                    need = max(need, math.degrees(math.atan2(rim, RECESS_SEEN * ahead)))
        if need > self.elevation:
            self.elevation = min(need + self.tweaks.elevation_add, 75.0, self._steepest())

    def _clashes(self, movers: list[Thing]) -> bool:
        """Whether a moved thing's box runs into one that did not move (footprints on the ground
        plane overlapping, and heights overlapping)."""
        moving = {t.id for t in movers}
        others = [t for t in self.all_things() if t.id not in moving]
        for m in movers:
            for t in others:
                if abs(m.u - t.u) < m.hu + t.hu - CLASH and abs(m.w - t.w) < m.hw + t.hw - CLASH \
                        and m.y < t.y + t.size[1] - CLASH and t.y < m.y + m.size[1] - CLASH:
                    return True
        return False

    def _blockers(self, subject: str, occluder: str, movers: list[Thing]) -> list[Thing]:
        """What may stand between the camera and a thing to be hidden besides its occluder: every
        other thing nearer the camera than it, that does not move with it."""
        mine = self.things[subject]
        depth = float(np.mean([t.w for t in mine])) if mine else 0.0
        moving = {t.id for t in movers}
        return [t for t in self.all_things() if t.id not in moving and t.entity.ref not in (subject, occluder)
                and t.w < depth]

    def _rows_cover(self) -> float:
        """The largest share of the foot of a thing in rows asked for (the lowest ROWS_FOOT of
        its box) that the nearer things of its own group cover, from the camera as it stands:
        a row reads as standing on the ground behind the one in front when its feet show
        (0: no rows)."""
        key = (self.elevation, tuple((t.id, t.u, t.w, t.y, t.yaw, t.size) for t in self.all_things()))
        if key in self._rows_seen:
            return self._rows_seen[key]
        worst = 0.0
        for entity in self.spec.entities:
            things = self.things[entity.ref]
            if (entity.rows or 0) < 2 or len(things) < 2:
                continue
            foot = entity.model_copy(update={"category": "unknown"})
            camera = self._frame()
            # (a stem is all that stands on the ground there: a tree's trunk, not the box round its crown)
            fx, fz = foot_width(entity.category, ROWS_FOOT)
            if max(fx, fz) > STEM_SHARE:
                fx, fz = 1.0, 1.0  # (legs stand round the whole body: its box)
            probes = [Thing(foot, 0, 0, (fx * t.size[0], ROWS_FOOT * t.size[1], fz * t.size[2]), t.yaw, t.hu, t.hw,
                            t.u, t.w, t.y) for t in things]
            worst = max(worst, worst_cover(camera, self.aspect, probes, [], self._position, things))
        self._rows_seen[key] = worst
        return worst

    def _show_rows(self) -> None:
        """Rows asked for are seen as rows only if each shows over the one in front of it: the
        camera looks down more steeply (by 6 degrees at a time, to 64) while the row in front
        covers more than ROWS_COVER of the foot of a thing behind it (the canopies of a row of
        trees hide the trunks behind them)."""
        if self.spec.camera.elevation_deg is not None or self.spec.camera.view == "top" \
                or not any((e.rows or 0) > 1 for e in self.spec.entities):
            return
        # A view said from a side ("viewed face-on from the front") stays a view from that side:
        # never as steep as a view from above.
        highest = min(64.0, self._steepest())
        while self.elevation < highest and self._rows_cover() > ROWS_COVER:
            self.elevation = min(self.elevation + 6.0, highest)
        # From as high as the view may go the rows in front still hide the feet behind them (a
        # grid of trees seen square-on from the front): the rows stand further apart, as far
        # as ROWS_SPREAD times, into no other thing.
        for entity in self.spec.entities:
            things = [t for t in self.things[entity.ref] if entity.ref not in self.support]
            if (entity.rows or 0) < 2 or len(things) < 2 or self._rows_cover() <= ROWS_COVER:
                continue
            start = [t.w for t in things]
            middle = sum(start) / len(start)
            for factor in ROWS_SPREAD:
                for t, w in zip(things, start):
                    t.w = round(middle + (w - middle) * factor, 4)
                if self._clashes(things):
                    for t, w in zip(things, start):
                        t.w = w
                    break
                if self._rows_cover() <= ROWS_COVER:
                    break

    def _show_piles(self, camera: Camera) -> bool:
        """A pile seen from above shows the whole top of its highest thing, and of each one below
        only its front and the rim of its top round the one it carries: the picture shows that
        each rests on the one below only if that rim shows back to about the middle of the one
        on it. From a camera looking down at it, its sides' rims show that far back only when
        they are wide enough (the one above hides them, more so from near the camera): the
        pile's taper is widened to that (each step the same), by at most MAX_PILE_TAPER in all.
        Positions stay (each stays centred on the one below); True if a size changed."""
        eye = np.asarray(camera.position, float)
        changed = False
        for entity in self.spec.entities:
            things = self.things[entity.ref]
            if entity.arrangement != "stack" or len(things) < 2:
                continue
            columns: dict[tuple[float, float], list[Thing]] = {}
            for t in things:
                columns.setdefault((round(t.u, 3), round(t.w, 3)), []).append(t)
            for column in columns.values():
                if len(column) < 2:
                    continue
                column.sort(key=lambda t: t.y)
                bottom, top = column[0], column[-1]
                x, z = self._world_xz(top)
                offset = eye - np.array([x, top.y, z])
                across = abs(float(offset @ self.axes.right))
                ahead = float(offset @ self.axes.toward)
                rise = float(eye[1]) - top.y
                if across >= bottom.hu or ahead <= 0 or rise <= top.size[1]:
                    continue  # a side of the pile shows, or the top of its highest one does not
                # The rim from the one below's front back to within a quarter of the top one's
                # size of its middle (less a margin): the ray from there to the eye leaves the
                # top one's box through its front (or over its top) before crossing its side.
                back = 0.4 * max(top.hu, top.hw)
                if top.hw <= back or column[-2].hw <= back:
                    continue  # a shallow pile: the front of the one below is that near its middle
                through_front = (top.hw - back) / (ahead - back) if ahead > top.hw else math.inf
                leave = min(through_front, top.size[1] / rise)
                if leave >= 0.9:
                    continue
                rim = 1.1 * leave * max(top.hu - across, 0.0) / (1.0 - leave) + 0.002
                steps = len(column) - 1
                current = min(lower.hu - upper.hu for lower, upper in zip(column, column[1:]))
                most = MAX_PILE_TAPER * bottom.hu / steps
                if rim <= current + 1e-4 or rim > 2 * most:
                    continue  # wide enough already; or no taper a pile keeps would show it (narrowed
                    # for nothing, the top one would only be a smaller thing to be over)
                rim = min(rim, most)
                width, height, depth = bottom.size
                for k, thing in enumerate(column[1:], start=1):
                    f = max(1.0 - k * rim / max(bottom.hu, 1e-6), 1.0 - MAX_PILE_TAPER)
                    if f * width < thing.size[0] - 1e-6:
                        thing.size = (round(width * f, 4), thing.size[1], round(depth * f, 4))
                        self._footprint(thing)
                        changed = True
        return changed

    def _block_things(self, ref: str) -> list[Thing]:
        root = self._root(ref)
        return [t for e in self.spec.entities if self._root(e.ref) == root for t in self.things[e.ref]]

    # ---- scale check

    def centres_past_range(self, solution: Solution) -> bool:
        """Whether the middle of some thing is past DEPTH_END from the camera (reads saturated)."""
        centres = np.array([self._corners([t]).mean(axis=0) for t in solution.things]).reshape(-1, 3)
        _, depth = cam.project(solution.camera, 100, 100, centres)
        return bool(len(depth)) and float(np.nanmax(depth)) > DEPTH_END

    def too_far(self, solution: Solution) -> dict[str, float]:
        """The depth image holds millimetres in 16 bits: past DEPTH_LIMIT metres every surface
        reads the same and nothing is in front of anything. When the camera had to stand that far
        back (a 60 m mountain behind a lake), the largest things are scaled down: ref -> scale."""
        things = solution.things
        if len(things) < 2:
            return {}
        _, depth = cam.project(solution.camera, 100, 100, self._corners(things))
        far = float(np.nanmax(depth)) if len(depth) else 0.0
        if far <= DEPTH_LIMIT:
            return {}
        factor = round(max(0.85 * DEPTH_LIMIT / far, 0.2), 2)
        largest = max(max(t.size) for t in things)
        return {e.ref: factor for e in self.spec.entities
                if self.things[e.ref] and max(self.things[e.ref][0].size) >= 0.5 * largest}

    def areas(self, solution: Solution) -> dict[str, float]:
        """The share of the frame each entity's first thing covers, as ``too_small`` measures it."""
        width, height = 400, max(1, int(400 / self.aspect))
        return {e.ref: area_share(solution.camera, width, height, e.category, self._position(self.things[e.ref][0]),
                                  self.things[e.ref][0].size, self.things[e.ref][0].yaw, self.things[e.ref][0].lying)
                for e in self.spec.entities if self.things[e.ref]}

    def too_small(self, solution: Solution) -> dict[str, float]:
        """Entities whose things would cover less than MIN_IMAGE_AREA of the frame: ref -> scale."""
        if len(solution.things) < 2:
            return {}
        grow: dict[str, float] = {}
        on_grown: dict[str, tuple[str, float, float]] = {}  # ref -> (its holder, factor wanted, its top's room)
        width, height = 400, max(1, int(400 / self.aspect))
        hidden = {r.subject for r in self.spec.relations if r.kind == "hidden_by"}
        # What hides something shows by being near the camera; grown, it would hide by being big.
        hiding = {r.object for r in self.spec.relations if r.kind == "hidden_by"}
        for entity in self.spec.entities:
            things = self.things[entity.ref]
            if not things or entity.ref in hiding:
                continue
            thing = things[0]
            # Being small is what lets a thing hide; but the part left showing must still read (a
            # frog behind a windmill framed whole is a few pixels): such a thing grows as far as
            # its occluder can still hide half of it (``_hidden_room``). A knife flat on the floor
            # must show whatever hides it.
            to_hide = entity.ref in hidden and not self._flat(entity)
            room = self._hidden_room(entity.ref) if to_hide else MAX_VISIBILITY_SCALE
            # A pile shows each of its things by its side (the one above covers its top): the
            # side of one layer is what must read, from the floor too (a pile is not flat).
            piled = entity.arrangement == "stack" and len(things) > 1
            if room <= 1.05 and not to_hide or self._flat(entity) and self.elevation < 0.0 and not piled:
                continue  # flat on the floor seen from the floor: edge-on at any size
            size = (thing.size[0], thing.size[1], 0.01 * thing.size[2]) if piled else thing.size
            area = area_share(solution.camera, width, height, entity.category, self._position(thing), size,
                              thing.yaw, thing.lying)
            if area < MIN_IMAGE_AREA:
                wanted = math.sqrt(MIN_IMAGE_AREA * 2 / max(area, 1e-7))
                if to_hide and wanted > room * 1.05:
                    # (One already past that room, hidden by how the camera looks, grows as they do.)
                    room = max(room, 1.0)
                    room *= self._grow_occluders(entity.ref, min(wanted, MAX_VISIBILITY_SCALE) / room, grow)
                factor = min(wanted, MAX_VISIBILITY_SCALE, room)
                if piled and wanted > factor * 1.05 and thing.size[1] < THIN_LAYER * min(thing.size[0], thing.size[2]) \
                        and slab(entity.category):
                    # A pile of thin slabs (books) as large as it may be drawn and each one's side
                    # still a sliver: they are drawn thicker (a pile of big tomes), the side's area
                    # growing as its height does. (A plate's foot and well would only gape.)
                    self.thicken[entity.ref] = round(min((wanted / factor) ** 2, MAX_THICKEN), 2)
                holder = self.support.get(entity.ref)
                if holder and self.things[holder] and self.spec.entity(holder).category in LENGTHWISE:
                    # On a fence's rail or a wall's top, built as long as they need: about as
                    # deep as the rail (RAIL_OVERHANG).
                    top = self.things[holder][0]
                    room = RAIL_OVERHANG * top.size[2] / max(min(thing.size[0], thing.size[2]), 1e-6)
                    factor = min(factor, max(room, 1.0))
                elif holder and self.things[holder] and entity.arrangement == "row" and len(things) > 1:
                    # A row along a shelf, a ledge, a mantel: one behind the other along its
                    # length, which is built longer for them as far as it may be (``_grow_top``),
                    # and no deeper than its top.
                    top, n = self.things[holder][0], len(things)
                    _, _, half_u, half_w = self._surface(top)
                    room = min(half_w / max(thing.hw, 1e-6),
                               0.9 * half_u * self._top_growth(holder) / max(n * thing.hu, 1e-6))
                    if factor > max(room, 1.0) * 1.05:
                        # Still too small on a top as large as it gets: the top is seen at a
                        # larger size with them (all of a shelf's row of clocks grown, or none).
                        grow[holder] = round(max(grow.get(holder, 1.0),
                                                 min(factor / max(room, 1.0), MAX_HOLDER_SCALE)), 2)
                        factor = min(factor, max(room, 1.0) * grow[holder])
                    else:
                        factor = min(factor, max(room, 1.0))
                elif holder and self.things[holder]:
                    # Still all on their table: at most half its top, shared by the group (a top
                    # grown itself makes that much more room: ``on_grown``).
                    top, n = self.things[holder][0], len(things)
                    room = (top.size[0] * top.size[2]) / (2 * n * thing.size[0] * thing.size[2])
                    on_grown[entity.ref] = (holder, factor, math.sqrt(max(room, 1.0)))
                    factor = min(factor, math.sqrt(max(room, 1.0)))
                if factor > 1.05:
                    grow[entity.ref] = round(factor, 2)
        for ref, (holder, wanted, room) in on_grown.items():
            if wanted > room * grow.get(holder, 1.0) * 1.05 and self._root(holder) == holder:
                # Still too small on its top as large as that lets it be (many on one chest in a
                # wide scene): the top is seen at a larger size with them, as a shelf is with its
                # row, by at most MAX_HOLDER_SCALE (it is seen anyway).
                grow[holder] = round(max(grow.get(holder, 1.0), min(wanted / room, MAX_HOLDER_SCALE)), 2)
            factor = min(wanted, room * grow.get(holder, 1.0))  # (one coffee tin on a second, both grown)
            if factor > 1.05:
                grow[ref] = round(max(factor, grow.get(ref, 1.0)), 2)
        self._grow_hosts(grow)
        return grow

    def _grow_hosts(self, grow: dict[str, float]) -> None:
        """What a grown thing stands beneath grows with it when it would no longer fit beneath
        it: a person is never shrunk to fit, so grown alone, someone under a table would be drawn
        beside it; and a thing grown past what shrinking can fit (a kitten under a pew, grown to
        be seen in a wide shot) would be drawn the bigger of the two, the pew riding on it. Both
        grown alike, they stand as they did, one beneath the other; a thing that is not a person
        grows so by at most MAX_HOST_GROW (a bed as large as a room would be no bed)."""
        for ref, host in self.beneath.items():
            if ref not in grow or not self.things[host]:
                continue
            clear = CLEARANCE.get(self.spec.entity(host).category)
            fraction, _ = self._clearance(host, clear) if clear else (1.0, False)
            if grow[ref] * self.things[ref][0].size[1] > fraction * self.things[host][0].size[1]:
                if self.spec.entity(ref).category not in PERSON and grow[ref] > MAX_HOST_GROW:
                    grow[ref] = MAX_HOST_GROW
                grow[host] = round(max(grow[ref], grow.get(host, 1.0)), 2)
                self.grown_with[host] = ref

    def _grow_occluders(self, ref: str, wanted: float, grow: dict[str, float]) -> float:
        """Too small to read even as large as its occluders can half hide it (a dog behind a
        caravan in a wide scene): the occluders grow with it, by at most MAX_OCCLUDER_GROW, so
        the pair reads at the size that keeps half of it hidden. Returns the growth given."""
        given = min(wanted, MAX_OCCLUDER_GROW)
        if given <= 1.05:
            return 1.0
        for relation in self.spec.relations:
            if relation.kind == "hidden_by" and relation.subject == ref and self.things.get(relation.object):
                grow[relation.object] = round(max(given, grow.get(relation.object, 1.0)), 2)
                self.grown_with[relation.object] = ref
        return given

    def _hidden_room(self, ref: str) -> float:
        """How much a thing to be hidden may grow: its height and width at most HIDDEN_ROOM of
        every occluder's, so that each can still cover part of it (1: none)."""
        mine = self.things[ref][0] if self.things[ref] else None
        room = MAX_VISIBILITY_SCALE
        for relation in self.spec.relations:
            if relation.kind != "hidden_by" or relation.subject != ref or not self.things.get(relation.object):
                continue
            other = self.things[relation.object][0]
            room = min(room, HIDDEN_ROOM * other.size[1] / max(mine.size[1], 1e-6),
                       HIDDEN_ROOM * 2 * other.hu / max(2 * mine.hu, 1e-6))
        return room

    # ---- 6. the contract

    def _layout(self) -> tuple[Layout, list[int | None]]:
        objects = []
        for thing in self.all_things():
            entity = thing.entity
            x, y, z = self._position(thing)
            objects.append(LayoutObject(
                id=thing.id, name=entity.noun, kind="prop", category=entity.category,
                position=(round(x, 4), round(y, 4), round(z, 4)), size=thing.size, yaw_deg=round(thing.yaw, 3),
                color=entity.color, stand_in=entity.stand_in, group=entity.ref, count_index=thing.index,
                pose="seated" if self._seated(entity) or entity.ref in self.sitting else "lying" if thing.lying
                else "standing",
            ))
        relations, keys = self._relations()
        return Layout(location=self._location(), interior=self._interior(), objects=objects,
                      relations=relations, notes=list(dict.fromkeys(self.notes))), keys

    def _relations(self) -> tuple[list[Relation], list[int | None]]:
        first = {ref: things[0].id for ref, things in self.things.items() if things}
        relations, keys = [], []
        for key, r in enumerate(self.spec.relations):
            if r.subject not in first or (r.object and r.object not in first) or (r.object2 and r.object2 not in first):
                continue
            detail = "contradictory: " + _describe(r) if key in self.refused else self.impossible.get(key, "")
            # A seated person is checked against the height they would stand (a standing figure reaches it).
            value = str(round(self.spec.entity(r.subject).size[1] if self.spec.entity(r.subject).size else 1.7, 3)) \
                if r.kind == "seated_on" else None
            relations.append(Relation(kind=r.kind, subject=first[r.subject], object=first.get(r.object or ""),
                                      object2=first.get(r.object2 or ""), detail=detail, value=value))
            keys.append(key)
        for entity in self.spec.entities:
            if entity.ref not in first:
                continue
            if entity.facing:
                relations.append(Relation(kind="facing", subject=first[entity.ref], value=entity.facing))
            relations.append(Relation(kind="count", subject=first[entity.ref], value=str(len(self.things[entity.ref]))))
        if self.spec.camera.view != "front" or self.spec.camera.stated:
            subject = next(iter(first.values()), None)
            if subject is not None:
                relations.append(Relation(kind="view", subject=subject, value=self.spec.camera.view))
        keys += [None] * (len(relations) - len(keys))
        return relations, keys

    def _interior(self) -> bool:
        if self.spec.interior is not None:
            return self.spec.interior
        for entity in self.spec.entities:
            spec = self.catalog.get(entity.category)
            outdoor_group = spec and spec.group in OUTDOOR_GROUPS and entity.category not in ("rock", "log")
            if entity.category in OUTDOOR or outdoor_group:
                return False
        things = self.all_things()
        if things and max(abs(t.u) + t.hu for t in things) > 6.0:
            return False
        return True

    def _location(self) -> str:
        return "spatial-room" if self._interior() else "spatial-outdoors"


# ------------------------------------------------------------------ helpers --


def _in_order_with_large(relations: list[StageRelation], small: list[bool], sizes: list[float]) -> set[int]:
    """The small blocks in a left-to-right order (left_of / right_of, one after another) with
    one that stays where the stage put it and is not much larger than they are (a bucket
    between a hen and a goat beside a wide pond): they stay at its depth too, since brought
    forward alone, perspective would carry their columns outwards, past it. Next to one many
    times their size (a spoon beside a bus) they are small things still."""
    pairs = [(r.a, r.b) for r in relations if r.kind in ("left_of", "right_of") and r.b is not None]
    staying = {i for pair in pairs for i in pair if not small[i]}
    held: set[int] = set()
    grown = True
    while grown:
        grown = False
        for a, b in pairs:
            for i, j in ((a, b), (b, a)):
                if small[i] and i not in held and (j in staying or j in held) \
                        and sizes[i] >= SMALL_SHARE * sizes[j]:
                    held.add(i)
                    grown = True
    return held


def _round_sink(category: str) -> float:
    """How far (a share of its height) one of a pile sinks into the one below when its underside
    is one round part across its whole footprint (a loaf, an apple, a ball): resting on the
    round top of the one below, two such touch at a point, and from above the lower one's
    curve hides the upper one's underside, so the pile looks to float one over the next. Pressed
    a little into each other, as soft or heaped things lie, each visibly rests on the one below."""
    spec = load_catalog().get(category)
    if spec is None or not spec.parts:
        return 0.0
    boxes = _part_boxes(category)
    bottom = [(p, b) for p, b in zip(spec.parts, boxes) if b[2] < 0.02]
    whole = len(bottom) == 1 and bottom[0][0].shape == "sphere" and all(
        bottom[0][1][3 + k] - bottom[0][1][k] > 0.9 for k in (0, 1))
    return NEST_SHARE if whole else 0.0


def _thing_size(block: Block) -> float:
    """How large the things of a block are, for telling small things from large ones: its
    largest member's footprint, or its height (a pile is one tall thing), never the spread of
    a group standing apart (eight people in a row are each a person's size)."""
    if not block.members:
        return max(2 * block.hu, 2 * block.hw, block.height)
    return max(block.height, *(2 * max(m.thing.hu, m.thing.hw) for m in block.members))


def _centred(coords: np.ndarray, blocks: list[StageBlock], attr: str) -> np.ndarray:
    """Shift a stage's solution so its extent is centred on 0."""
    if not len(coords):
        return np.asarray(coords, float)
    low = min(c - getattr(b, attr) for c, b in zip(coords, blocks))
    high = max(c + getattr(b, attr) for c, b in zip(coords, blocks))
    return np.asarray(coords, float) - (low + high) / 2


def _on_top_kinds(spec: SceneSpec, catalog) -> SceneSpec:
    """A lamp said to stand on a top is a table lamp: a 1.6 m floor lamp does not stand on a
    desk. (A floor lamp named as such stays one.)"""
    on_top = {r.subject for r in spec.relations if r.kind == "on_top_of"}
    swap = {e.ref for e in spec.entities if e.ref in on_top and e.size is None and not e.stand_in
            and ON_A_TOP.get(e.category) in catalog.objects and e.noun not in ("floor lamp", "standard lamp")}
    if not swap:
        return spec
    entities = [e.model_copy(update={"category": ON_A_TOP[e.category]}) if e.ref in swap else e
                for e in spec.entities]
    return spec.model_copy(update={"entities": entities})


def _why_scaled(spec: SceneSpec, ref: str, factor: float, grown_with: dict[str, str], shrink: dict[str, float]
                ) -> str:
    if factor > 1 and ref in grown_with:
        return f"with the {spec.entity(grown_with[ref]).noun}, grown to be visible"
    if factor > 1:
        return "to be visible next to much larger things"
    return "so that it can be hidden as asked" if ref in shrink else "so that the scene fits the depth range"


def _under_kinds(spec: SceneSpec) -> SceneSpec:
    """A labelled block something stands under (a noun with no model: "a gazebo", "a lean-to")
    is drawn as a top on legs at the block's size: nothing can be beneath a solid block, and
    what people stand things under (a roof, a canopy, a frame) has room beneath it."""
    over = {r.object for r in spec.relations if r.kind == "under" and r.object}
    swap = {e.ref for e in spec.entities if e.ref in over and e.stand_in}
    if not swap:
        return spec
    entities = [e.model_copy(update={"category": ROOFED, "stand_in": False, "size": e.size or STAND_IN_BLOCK})
                if e.ref in swap else e for e in spec.entities]
    return spec.model_copy(update={"entities": entities})


def _distance(camera: Camera) -> float:
    return float(np.linalg.norm(np.subtract(camera.position, camera.target)))


def _describe(relation: RelationSpec) -> str:
    words = relation.kind.replace("_", " ")
    if relation.object2:
        return f"{relation.subject} {words} {relation.object} and {relation.object2}"
    return f"{relation.subject} {words} {relation.object}" if relation.object else f"{relation.subject} {words}"
