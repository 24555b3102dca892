"""The offline Layout agent: a shot list per scene, a 3D blocking per scene and a camera per shot.

Blocking is decided once per scene (where everyone stands and where the props are), so the
geography holds from shot to shot; each shot then only chooses a camera on that stage. Spatial
phrases in the text ("the cup on the table", "a dog behind Amara") become relations that the
placement honours; the critic checks them on the rendered mask.
"""

from __future__ import annotations

import hashlib
import math
import re
from dataclasses import dataclass, field, replace
from typing import Any

from crews.nouns import Mention, find_nouns
from crews.shot_language import (
    ANGLE_ELEVATION,
    DUTCH_ROLL_DEG,
    FRAMINGS,
    Framing,
    ShotNote,
    following,
    fov_for_lens,
    lens_for_fov,
    parse_note,
    shot_number,
)
from crews.spatial import camera as cam
from crews.spatial.arrange import CLEARANCE, place_relative
from crews.spatial.parse import relation_triples
from studio.library import Catalog, load_catalog
from studio.models import (
    Beat,
    Camera,
    Fix,
    Layout,
    LayoutObject,
    Location,
    Relation,
    RenderRequest,
    Scene,
    Script,
    Shot,
    Treatment,
)

ASPECT = 16 / 9
MAX_PROPS = 6
MAX_COPIES = 4  # "twelve apples" on a previz set: a few say "many" without hiding the actors
SPACING = 1.15  # metres between actors standing side by side
WORDS_PER_SECOND = 2.6  # plan-time estimate only; measured speech decides the film's timing

INDOOR_PARTS = {"door", "window", "wall", "fireplace", "campfire", "rock", "log"}
BACKGROUND_Z = -4.0  # objects further back than this are scenery: an establishing shot need not fit them
# Verbs by which a person puts a thing somewhere: in "Mara set a lantern on the shelf, beside a
# book" every place phrase of the clause is the lantern's, not Mara's.
PLACING_VERBS = ("set", "sets", "put", "puts", "placed", "places", "laid", "lays", "hung", "hangs", "left",
                 "leaves", "stood", "propped", "rested", "dropped", "leaned", "tucked", "slid", "tossed")
# Things a person sits on (seat height as a share of the object's height), and what sitting is.
SEATS = {"chair": 0.5, "stool": 0.85, "bench": 0.9, "sofa": 0.55, "armchair": 0.45, "log": 1.0, "rock": 1.0,
         "bed": 0.75}
SITTING = re.compile(r"\b(?:sat|sits|sit|sitting|seated|perched|perches)\b", re.I)
SEATED_HEIGHT = 0.78  # a seated person's height as a share of their standing height (the previz figure's)
SEATED_DEPTH = 0.55  # metres front to back: knees forward of the seat

@dataclass
class Stage:
    """A scene's blocking: every object on the set, by name."""

    interior: bool
    time_of_day: str = "day"
    palette: list = field(default_factory=list)
    objects: list[LayoutObject] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def by_character(self, character_id: str) -> LayoutObject | None:
        return next((o for o in self.objects if o.character == character_id), None)


class LayoutAgent:
    """Script + Treatment -> list[Shot] (shot type, subjects, camera, layout)."""

    def __init__(self, catalog: Catalog | None = None, aspect: float = ASPECT, numbers: str = "scene",
                 **_: Any) -> None:
        """``aspect``: the film's width over height, which the cameras frame for; ``numbers``: how
        shots are numbered (``scene`` 12A, ``dash`` 12-1, ``film`` 37) where no note numbers them."""
        self.catalog = catalog or load_catalog()
        self.aspect = float(aspect)
        self.numbers = numbers

    def run(self, script: Script, treatment: Treatment) -> list[Shot]:
        shots: list[Shot] = []
        for scene_number, scene in enumerate(script.scenes, start=1):
            stage, specs = self.plan_scene(scene, treatment)
            number = ""
            for in_scene, spec in enumerate(specs):
                shot = self.shot(spec, scene, stage, treatment, index=len(shots))
                # A note's number stands, and the shots after it carry its scheme on (4A, 4B, ...).
                if spec.note and spec.note.number:
                    number = spec.note.number
                else:
                    number = following(number) if number else shot_number(self.numbers, scene_number, in_scene,
                                                                           len(shots))
                shots.append(shot.model_copy(update={"number": number}))
        return shots

    def plan_scene(self, scene: Scene, treatment: Treatment) -> tuple[Stage, list[ShotSpec]]:
        """The scene's blocking and its shot list: what a model-backed agent decides differently."""
        return self.block(scene, treatment), shot_list(scene)

    def shot(self, spec: ShotSpec, scene: Scene, stage: Stage, treatment: Treatment, index: int) -> Shot:
        note = spec.note
        subjects, props = spec.subjects, []
        if note and note.subjects:  # the names a note gives are the shot's subjects; other words may be props
            named = _named_characters(note.subjects, scene, treatment)
            subjects = named or subjects
            words = {w.lower() for w in note.subjects}
            props = [o.name for o in stage.objects if o.kind != "character" and o.name.lower() in words]
        angle = note.angle if note and note.angle else "eye_level"
        lens = note.lens_mm if note else None
        camera = frame(spec.type, subjects, stage, spec.number, scene, angle=angle, lens_mm=lens, aspect=self.aspect,
                       props=props)
        if spec.move:
            camera = camera.model_copy(update={"move": spec.move})
        spec = replace(spec, subjects=subjects)
        layout = Layout(
            location=scene.location,
            interior=stage.interior,
            time_of_day=stage.time_of_day,
            palette=stage.palette,
            objects=stage.objects,
            relations=stage.relations + facing_relations(spec, stage),
            notes=stage.notes,
        )
        return Shot(
            id=f"{scene.id}-sh{spec.number:02d}",
            scene=scene.id,
            index=index,
            type=spec.type,
            beats=[b.id for b in spec.beats],
            subjects=spec.subjects,
            camera=camera,
            layout=layout,
            description=spec.description or describe(spec, scene, treatment),
            transition_in=scene.transition_in if spec.number == 1 else "cut",
            angle=angle,
            lens_mm=lens or lens_for_fov(camera.fov_deg),
            note=note.text if note and note.text else None,
        )

    def adjust(self, request: RenderRequest, fixes: list[Fix]) -> RenderRequest:
        """Apply the critics' camera and layout fixes to a render request (the Layout agent owns both)."""
        camera, layout = request.camera, request.layout
        for fix in fixes:
            if fix.kind == "camera_change":
                camera = _move_camera(camera, fix.value)
            elif fix.kind == "layout_change" and fix.target.isdigit() and ":" in fix.value:
                layout = relayout(layout, int(fix.target), *fix.value.split(":", 1))
            elif fix.kind == "layout_change" and fix.target.isdigit():
                layout = _move_object(layout, int(fix.target), fix.value)
        camera, _ = cam.clear_of(camera, _boxes(layout.objects))
        return request.model_copy(update={"camera": camera, "layout": layout})

    # --------------------------------------------------------------- blocking

    def block(self, scene: Scene, treatment: Treatment) -> Stage:
        stage = self.cast_stage(scene, treatment)
        # Props come from what the scene shows, not from what people talk about.
        text = " ".join(b.text for b in scene.beats if b.kind != "dialogue")
        location = treatment.location(scene.location)
        mentions = [m for m in self._props(text, stage) if not self._is_the_set(m, location)]
        self._place_props(mentions, parse_relations(text, mentions, treatment), stage)
        return stage

    def cast_stage(self, scene: Scene, treatment: Treatment) -> Stage:
        """The set with the scene's actors on it, before any prop."""
        location = treatment.location(scene.location)
        stage = Stage(interior=location.interior, time_of_day=location.time_of_day, palette=list(location.palette))
        cast = [treatment.character(c) for c in scene.characters]
        # Actors stand in a shallow arc facing the camera side, turned a little towards the middle
        # so that two people in a scene read as talking to each other.
        for i, character in enumerate(cast):
            x = (i - (len(cast) - 1) / 2) * SPACING
            yaw = -22.0 * math.copysign(1, x) if x and len(cast) > 1 else 0.0
            z = -0.25 * abs(x) / SPACING
            look = character.look
            stage.objects.append(LayoutObject(
                id=len(stage.objects) + 1, name=character.name, kind="character", category="person",
                character=character.id, position=(round(x, 3), 0.0, round(z, 3)),
                size=(round(0.5 * look.build, 3), look.height_m, 0.3), yaw_deg=yaw,
            ))
        return stage

    def _is_the_set(self, mention: Mention, location: Location) -> bool:
        """"The lighthouse stairs" in a lighthouse scene names the set, not a prop to put on it."""
        if mention.word in location.name.lower() or mention.category in location.name.lower():
            return True
        group = self.catalog.objects[mention.category].group
        return location.interior and group in ("building", "nature") and mention.category not in INDOOR_PARTS

    def _props(self, text: str, stage: Stage) -> list[Mention]:
        seen: dict[str, Mention] = {}
        for mention in find_nouns(text, self.catalog):
            if mention.category not in seen and self.catalog.objects[mention.category].group != "person":
                seen[mention.category] = mention
        props = list(seen.values())[:MAX_PROPS]
        dropped = list(seen.values())[MAX_PROPS:]
        if dropped:
            stage.notes.append("not placed (set already full): " + ", ".join(m.word for m in dropped))
        return props

    def _place_props(self, mentions: list[Mention], relations: list[tuple[str, str, str]], stage: Stage) -> None:
        """Put each mentioned prop on the set; ``relations`` are (prop or actor, kind, anchor) in lower case."""
        anchors: dict[str, LayoutObject] = {o.name.lower(): o for o in stage.objects}
        actors_width = max((abs(o.position[0]) for o in stage.objects), default=0.0) + 0.6
        # Props go behind the actors (z < 0) so that nothing hides a face by accident.
        cursor = {"left": -actors_width, "right": actors_width}
        side = "right"
        pending: list[tuple[Mention, LayoutObject]] = []
        for mention in mentions:
            spec = self.catalog.objects[mention.category]
            copies = min(mention.count, MAX_COPIES)
            for copy in range(copies):
                obj = LayoutObject(
                    id=len(stage.objects) + 1, name=mention.word, kind="prop", category=mention.category,
                    position=(0.0, 0.0, 0.0), size=tuple(spec.size), yaw_deg=0.0,
                )
                stage.objects.append(obj)
                if copy == 0:
                    anchors[mention.word] = obj
                pending.append((mention, obj))
        # Surfaces and anchors first, so a cup finds its table whatever order the text names them in.
        pending.sort(key=lambda item: (item[1].size[1] < 0.5, any(r[0] == item[0].word for r in relations)))
        # Big things (buildings, vehicles, trees) stand far back; furniture behind the actors.
        for mention, obj in pending:
            w, h, d = obj.size
            spec = self.catalog.objects[obj.category]
            big = spec.group in ("building", "vehicle") or h > 2.5
            small = h < 0.5 and spec.group not in ("animal",)
            relation = next((r for r in relations if r[0] == mention.word), None)
            if relation and relation[2] in anchors and anchors[relation[2]] is not obj:
                anchor = anchors[relation[2]]
                place_relative(obj, relation[1], anchor)
                detail = ""
                if relation[1] == "under" and obj.position[2] != anchor.position[2]:
                    # Too big to go beneath (a dog under a kitchen table): at its foot, and said so.
                    detail = (f"impossible: the {obj.name} ({obj.size[1]:.2f} m tall) does not fit under the "
                              f"{anchor.name}; placed at its foot")
                stage.relations.append(Relation(kind=relation[1], subject=obj.id, object=anchor.id, detail=detail))
                continue
            if small:
                # The largest top on the set (a table before a chair: a seat is for sitting).
                tops = [o for o in stage.objects if o is not obj and o.kind == "prop" and _placed(o)
                        and self.catalog.objects[o.category].surface and o.category not in SEATS]
                surface = max(tops, key=lambda o: o.size[0] * o.size[2], default=None)
                if surface is not None:
                    place_relative(obj, "on_top_of", surface)
                    continue
            z = -(6.0 + d / 2) if big and not stage.interior else -1.4 - d / 2 if not big else -2.6
            x = cursor[side] + (w / 2 + 0.15) * (1 if side == "right" else -1)
            cursor[side] = x + (w / 2 + 0.15) * (1 if side == "right" else -1)
            side = "left" if side == "right" else "right"
            obj.position = (round(x, 3), 0.0, round(z, 3))
        # Stack check: anything left at the origin (an unresolved anchor) goes to the back centre.
        for _, obj in pending:
            if not _placed(obj):
                obj.position = (0.0, 0.0, -2.0)
        self._place_actors(relations, anchors, stage)
        self._clear_overlaps(stage)

    def _place_actors(self, relations: list[tuple[str, str, str]], anchors: dict[str, LayoutObject],
                      stage: Stage) -> None:
        """Spatial phrases about people ("Mara stood behind Jonah", "left of the table") move them."""
        actors = {o.name.lower(): o for o in stage.objects if o.kind == "character"}
        # Sitting first: "Ivo sat on the bench by the door" puts the bench (with Ivo) by the door.
        sits = [r for r in relations if r[1] in ("on_top_of", "seated_on") and r[2] in anchors
                and anchors[r[2]].category in SEATS]
        seats: dict[int, LayoutObject] = {}
        for subject, kind, anchor in sits + [r for r in relations if r not in sits]:
            actor, other = actors.get(subject), anchors.get(anchor)
            if actor is None or other is None or other is actor or kind == "under":
                continue
            if actor.id in seats and other is not seats[actor.id]:
                if kind in ("on_top_of", "seated_on"):
                    continue  # one seat at a time
                place_relative(seats[actor.id], kind, other)
                seat(actor, seats[actor.id])
                stage.relations.append(Relation(kind=kind, subject=actor.id, object=other.id))
                continue
            if kind in ("left_of", "right_of") and other.kind == "character":
                # Two actors on the line: swap places when the text has them the other way round.
                left, right = (actor, other) if kind == "left_of" else (other, actor)
                if left.position[0] > right.position[0]:
                    left.position, right.position = right.position, left.position
                    left.yaw_deg, right.yaw_deg = right.yaw_deg, left.yaw_deg
            elif kind in ("on_top_of", "seated_on") and other.category in SEATS:
                # "sat on the chair": seated on its seat, facing where it faces.
                if any(r.kind == "seated_on" and r.subject == actor.id for r in stage.relations):
                    continue  # said twice ("sat on the bench", "seated on it"): one seat
                standing = actor.size[1]
                seat(actor, other)
                seats[actor.id] = other
                stage.relations.append(Relation(kind="seated_on", subject=actor.id, object=other.id,
                                                value=f"{standing:.2f}"))
                continue
            elif kind in ("on_top_of", "seated_on"):
                # Standing on a table is not what a story means by "on": beside it.
                place_relative(actor, "near", other)
                kind = "near"
            else:
                place_relative(actor, kind, other)
            x, _, z = actor.position
            actor.position = (x, 0.0, z)  # beside a lantern on a shelf is still on the floor
            stage.relations.append(Relation(kind=kind, subject=actor.id, object=other.id))


    def _clear_overlaps(self, stage: Stage) -> None:
        """Two things on one spot (a lantern and a book both "on the shelf"): the later one moves
        aside along its support's top, or along the floor, until the boxes no longer cross."""
        done: list[LayoutObject] = []
        for obj in stage.objects:
            if obj.kind == "character" and obj.pose == "seated":
                done.append(obj)
                continue
            support = next((o for o in stage.objects if o is not obj and obj.position[1] > 0 and _rests_on(obj, o)),
                           None)
            for _ in range(12):
                other = next((o for o in done if _overlap(o, obj) and not _rests_on(obj, o) and not _rests_on(o, obj)
                              and not (o.pose == "seated" or obj.pose == "seated")), None)
                if other is None:
                    break
                step = (other.size[0] + obj.size[0]) / 2 + 0.05
                x, y, z = obj.position
                if support is not None:
                    # Along its support's top, to whichever side has room; off the edge it stays put.
                    low = support.position[0] - support.size[0] / 2 + obj.size[0] / 2
                    high = support.position[0] + support.size[0] / 2 - obj.size[0] / 2
                    places = [p for p in (other.position[0] + step, other.position[0] - step) if low <= p <= high]
                    if not places:
                        break
                    obj.position = (round(places[0], 3), y, z)
                else:
                    obj.position = (round(other.position[0] + step, 3), y, z)
            done.append(obj)


def seat(person: LayoutObject, seat_obj: LayoutObject) -> None:
    """Seat ``person`` on ``seat_obj``: the figure's box is the seated body (shorter, deeper), its
    base on the floor at the seat's place, turned the way the seat faces."""
    height = person.size[1] / SEATED_HEIGHT if person.pose == "seated" else person.size[1]  # seated again: same body
    person.pose = "seated"
    person.size = (person.size[0], round(height * SEATED_HEIGHT, 3), SEATED_DEPTH)
    person.yaw_deg = seat_obj.yaw_deg
    a = math.radians(seat_obj.yaw_deg)
    # The hips over the seat's middle: the knees reach forward of it.
    forward = 0.5 * SEATED_DEPTH - 0.5 * seat_obj.size[2] * 0.6
    x, _, z = seat_obj.position
    person.position = (round(x + forward * math.sin(a), 3), 0.0, round(z + forward * math.cos(a), 3))


def _box(o: LayoutObject) -> tuple[float, float, float, float, float, float]:
    c, s = abs(math.cos(math.radians(o.yaw_deg))), abs(math.sin(math.radians(o.yaw_deg)))
    reach_x = c * o.size[0] / 2 + s * o.size[2] / 2
    reach_z = s * o.size[0] / 2 + c * o.size[2] / 2
    x, y, z = o.position
    return x - reach_x, x + reach_x, y, y + o.size[1], z - reach_z, z + reach_z


def _overlap(a: LayoutObject, b: LayoutObject) -> bool:
    ax0, ax1, ay0, ay1, az0, az1 = _box(a)
    bx0, bx1, by0, by1, bz0, bz1 = _box(b)
    return ax0 < bx1 and bx0 < ax1 and ay0 < by1 and by0 < ay1 and az0 < bz1 and bz0 < az1


def _rests_on(top: LayoutObject, support: LayoutObject) -> bool:
    """``top`` stands on ``support``'s top, or beneath it (a dog under a table: only what has room
    beneath, ``CLEARANCE``)."""
    return abs(top.position[1] - (support.position[1] + support.size[1])) < 0.02 or (
        support.category in CLEARANCE and top.position[1] == support.position[1] and top.size[1] < support.size[1]
        and _inside_footprint(top, support))


def _inside_footprint(a: LayoutObject, b: LayoutObject) -> bool:
    ax0, ax1, _, _, az0, az1 = _box(a)
    bx0, bx1, _, _, bz0, bz1 = _box(b)
    return bx0 - 0.01 <= ax0 and ax1 <= bx1 + 0.01 and bz0 - 0.01 <= az0 and az1 <= bz1 + 0.01


def _placed(obj: LayoutObject) -> bool:
    return obj.position != (0.0, 0.0, 0.0)


def parse_relations(text: str, mentions: list[Mention], treatment: Treatment) -> list[tuple[str, str, str]]:
    """(subject word, relation, anchor word) for phrases like "the cup on the table": the spatial
    parser's relations between props named in the scene and its characters, sentence by
    sentence; a place phrase in a sentence where a person puts a thing ("Mara set a lantern on
    the shelf, beside a blue book") belongs to the thing, and "sat on the chair" is sitting."""
    words = {m.word: m.word for m in mentions} | {m.word.split()[-1]: m.word for m in mentions}
    names = {c.name.lower() for c in treatment.characters}
    words |= {name: name for name in names}
    found: list[tuple[str, str, str]] = []
    for sentence in re.split(r"(?<=[.!?])\s+", text):
        triples = relation_triples(sentence, words) + sitting(sentence, names, words)
        placed = placed_thing(sentence, names, words)
        for subject, kind, anchor in triples:
            if placed and subject in names and anchor != placed[1] and subject == placed[0]:
                subject = placed[1]
            if subject == anchor:
                continue
            if subject in names and kind == "on_top_of" and not SITTING.search(sentence):
                kind = "near"  # "Mara on the shelf" without sitting: by it, on the floor
            if (subject, kind, anchor) not in found:
                found.append((subject, kind, anchor))
    return found


def sitting(sentence: str, names: set[str], words: dict[str, str]) -> list[tuple[str, str, str]]:
    """(person, "on_top_of", seat) for "<Name> sat [down] on|in|at the <seat>": sitting is said
    of people, whatever the spatial parser makes of a name."""
    found = []
    for name in names:
        pattern = rf"\b{re.escape(name)}\b[^.;]*?\b(?:sat|sits|sit|sitting|seated|perched)\s+(?:down\s+)?" \
                  rf"(?:on|in|at|upon)\s+(?:the|a|an|his|her|their|its)?\s*((?:\w+\s+){{0,2}}?\w+)"
        for match in re.finditer(pattern, sentence.lower()):
            tokens = match.group(1).split()
            for start in range(len(tokens)):
                phrase = " ".join(tokens[start:])
                key = words.get(phrase) or words.get(tokens[-1])
                if key and key not in names:
                    found.append((name, "on_top_of", key))
                    break
    return found


def placed_thing(sentence: str, names: set[str], words: dict[str, str]) -> tuple[str, str] | None:
    """(person, thing) when the sentence has a person putting a known thing somewhere:
    "<Name> <placing verb> [a|an|the|her|his] [words] <thing>"."""
    lowered = sentence.lower()
    for name in names:
        pattern = rf"\b{re.escape(name)}\b\s+(?:\w+ly\s+)?(?:{'|'.join(PLACING_VERBS)})\s+((?:\w+[ -]){{0,3}}\w+)"
        for match in re.finditer(pattern, lowered):
            tokens = re.findall(r"[a-z]+", match.group(1))
            for size in (2, 1):
                for start in range(len(tokens) - size + 1):
                    phrase = " ".join(tokens[start:start + size])
                    key = words.get(phrase) or words.get(phrase.rstrip("s"))
                    if key and key not in names:
                        return name, key
    return None


# ------------------------------------------------------------------ shot list


@dataclass
class ShotSpec:
    number: int
    type: str
    beats: list[Beat]
    subjects: list[str]
    move: str | None = None  # None: the framing recipe's own move
    description: str | None = None  # None: written from the beats
    note: ShotNote | None = None  # the author's shot note that steers it


def estimate_seconds(beats: list[Beat]) -> float:
    return sum(len(b.text.split()) / WORDS_PER_SECOND + 0.5 for b in beats)


def shot_list(scene: Scene) -> list[ShotSpec]:
    """Establishing shot first, then a shot per speaker turn and per run of narration/action."""
    specs: list[ShotSpec] = []
    beats = list(scene.beats)
    opening: list[Beat] = []
    while beats and beats[0].kind != "dialogue" and len(opening) < 2 and not (opening and beats[0].shot):
        opening.append(beats.pop(0))
    note = parse_note(opening[0].shot) if opening and opening[0].shot else None
    specs.append(ShotSpec(1, note.size or "establishing" if note else "establishing", opening,
                          list(scene.characters), move=note.move if note else None, note=note))
    group: list[Beat] = []

    def flush() -> None:
        if not group:
            return
        number = len(specs) + 1
        first = group[0]
        if first.shot:  # the author said how to shoot it: the note's size and subjects, where it gives them
            note = parse_note(first.shot)
            default = "medium" if first.kind == "dialogue" else "wide"
            subjects = [first.speaker] if first.kind == "dialogue" and first.speaker else list(scene.characters)
            specs.append(ShotSpec(number, note.size or default, list(group), subjects, move=note.move, note=note))
            group.clear()
            return
        if first.kind == "dialogue":
            speaker = first.speaker
            off_screen = (first.extension or "").upper().replace(".", "") in ("VO", "OS", "OC")
            others = [c for c in scene.characters if c != speaker]
            if off_screen:
                specs.append(ShotSpec(number, "wide" if others else "establishing", list(group), others))
            else:
                turn = sum(1 for s in specs if s.type in ("medium", "close_up", "over_the_shoulder"))
                kind = ["medium", "over_the_shoulder", "close_up"][turn % 3] if others else ["medium", "close_up"][turn % 2]
                specs.append(ShotSpec(number, kind, list(group), [speaker]))
        else:
            involved = list(dict.fromkeys(c for b in group for c in b.characters if c in scene.characters))
            kind = "medium" if len(involved) == 1 else "two_shot" if len(involved) == 2 else "wide"
            specs.append(ShotSpec(number, kind, list(group), involved or list(scene.characters)))
        group.clear()

    for beat in beats:
        if group:
            same_turn = beat.kind == "dialogue" and group[0].kind == "dialogue" and beat.speaker == group[0].speaker
            same_run = beat.kind != "dialogue" and group[0].kind != "dialogue" and len(group) < 2
            if not (same_turn or same_run) or estimate_seconds(group + [beat]) > 16 or beat.shot:
                flush()
        group.append(beat)
    flush()
    return specs


# --------------------------------------------------------------------- camera


def _seed(*parts: str) -> int:
    return int(hashlib.sha256("/".join(parts).encode()).hexdigest()[:8], 16)


def frame(kind: str, subjects: list[str], stage: Stage, number: int, scene: Scene, angle: str = "eye_level",
          lens_mm: float | None = None, aspect: float = ASPECT, props: list[str] | None = None) -> Camera:
    """Fit the camera to the part of the subjects a shot size shows (NOTES: framing recipe), from
    the angle asked, with the lens asked (its field of view) or the size's own, for the film's aspect."""
    framing = FRAMINGS[kind]
    actors = [o for o in stage.objects if o.kind == "character"]
    chosen = [o for o in actors if o.character in subjects] or actors
    if props:  # an insert or a note naming things: the things are what the shot is of
        chosen = [o for o in stage.objects if o.name in props] or chosen
    if kind == "pov" and (camera := _point_of_view(chosen, actors, stage, framing, lens_mm)):
        return camera
    if framing.whole_set or not chosen:
        near = [o for o in stage.objects if o.kind == "prop" and o.position[2] > BACKGROUND_Z and o.size[1] < 3.0]
        whole = kind in ("establishing", "extreme_wide")
        everything = (chosen + near if whole else chosen) or near or stage.objects
        low, high = _bounds(everything, top_fraction=1.0)
        if not everything:
            low, high = (-2.0, 0.0, -2.0), (2.0, 2.0, 0.0)
        azimuth = 0.0
        move = "push_in" if kind == "establishing" else "pan_right" if number % 2 else "pan_left"
    else:
        low, high = _bounds(chosen, framing.top_fraction)
        subject = chosen[0]
        # Three-quarter view from the side the subject faces, alternating sides for variety.
        azimuth = subject.yaw_deg + (12.0 if _seed(scene.id, str(number)) % 2 else -12.0)
        if kind == "over_the_shoulder":
            azimuth = subject.yaw_deg * 1.6
        move = "push_in" if kind == "close_up" else "static" if number % 3 else "pull_out"
    fov = fov_for_lens(lens_mm) if lens_mm else framing.fov_deg
    steep = ANGLE_ELEVATION.get(angle)
    elevation = framing.elevation_deg if steep is None else steep
    center = [(a + b) / 2 for a, b in zip(low, high)]
    half_h = (high[1] - low[1]) / 2 * framing.margin
    if steep is not None:  # seen from above or below, the frame's height holds depth as well as height
        el = math.radians(abs(elevation))
        half_h = ((high[1] - low[1]) * math.cos(el) + (high[2] - low[2]) * math.sin(el)) / 2 * framing.margin
    half_w = (high[0] - low[0]) / 2 * framing.margin
    tan = math.tan(math.radians(fov / 2))
    distance = max(half_h / tan, half_w / (aspect * tan), 0.8) + (high[2] - low[2]) / 2
    az, el = math.radians(azimuth), math.radians(elevation)
    direction = (math.sin(az) * math.cos(el), math.sin(el), math.cos(az) * math.cos(el))
    position = tuple(round(c + v * distance, 3) for c, v in zip(center, direction))
    lowest = 0.15 if elevation < 0 else 0.4  # never under the floor; a low angle may sit near it
    position = (position[0], max(position[1], lowest), position[2])
    camera = Camera(position=position, target=tuple(round(c, 3) for c in center), fov_deg=fov, move=move,
                    roll_deg=DUTCH_ROLL_DEG if angle == "dutch" else 0.0)
    # Never inside a prop or an actor not in the shot (an over-the-shoulder eye in a shoulder).
    others = [o for o in stage.objects if o not in chosen or framing.whole_set]
    camera, _ = cam.clear_of(camera, _boxes(others))
    return camera


def _point_of_view(chosen: list[LayoutObject], actors: list[LayoutObject], stage: Stage, framing: Framing,
                   lens_mm: float | None) -> Camera | None:
    """The camera at the eyes of someone in the scene who is not the subject, looking at it."""
    viewer = next((o for o in actors if o not in chosen), None)
    if viewer is None or not chosen:
        return None
    x, y, z = viewer.position
    eye = (x, y + viewer.size[1] * 0.93, z)
    low, high = _bounds(chosen, framing.top_fraction)
    target = tuple(round((a + b) / 2, 3) for a, b in zip(low, high))
    if math.dist(eye, target) < 0.5:
        return None
    camera = Camera(position=tuple(round(v, 3) for v in eye), target=target,
                    fov_deg=fov_for_lens(lens_mm) if lens_mm else framing.fov_deg, move="handheld")
    camera, _ = cam.clear_of(camera, _boxes([o for o in stage.objects if o not in chosen and o is not viewer]))
    return camera


def _named_characters(words: list[str], scene: Scene, treatment: Treatment) -> list[str]:
    """Character ids a note's words name (name, alias or id, any case), in the note's order."""
    names = {}
    for character in treatment.characters:
        for name in (character.name, *character.aliases, character.id):
            names.setdefault(name.lower(), character.id)
            names.setdefault(name.split()[0].lower(), character.id)
    return list(dict.fromkeys(names[w.lower()] for w in words if w.lower() in names))


def _bounds(objects: list[LayoutObject], top_fraction: float) -> tuple[tuple[float, ...], tuple[float, ...]]:
    """Axis-aligned bounds of the top ``top_fraction`` of each object's height."""
    if not objects:
        return (-1.0, 0.0, -1.0), (1.0, 2.0, 1.0)
    lows, highs = [], []
    for o in objects:
        x, y, z = o.position
        w, h, d = o.size
        reach = max(w, d) / 2
        lows.append((x - reach, y + h * (1 - top_fraction), z - reach))
        highs.append((x + reach, y + h, z + reach))
    low = tuple(min(p[i] for p in lows) for i in range(3))
    high = tuple(max(p[i] for p in highs) for i in range(3))
    return low, high


def facing_relations(spec: ShotSpec, stage: Stage) -> list[Relation]:
    """The subjects a shot names must be visible: the critic checks this on the mask."""
    return [Relation(kind="visible", subject=o.id) for c in spec.subjects if (o := stage.by_character(c))]


def describe(spec: ShotSpec, scene: Scene, treatment: Treatment) -> str:
    location = treatment.location(scene.location)
    names = [treatment.character(c).name for c in spec.subjects]
    who = " and ".join(names) if names else "the empty set"
    kind = spec.type.replace("_", " ")
    what = spec.beats[0].text if spec.beats else scene.heading
    return f"{kind} of {who} at {location.name} ({location.time_of_day}). {what}"


# ---------------------------------------------------------------------- fixes


def _move_camera(camera: Camera, verb: str) -> Camera:
    """One of CAMERA_FIXES applied to a camera."""
    if verb == "pull_back":
        return _dolly(camera, 1.35)
    if verb == "push_in":
        return _dolly(camera, 0.8)
    if verb in ("raise", "lower"):
        x, y, z = camera.position
        return camera.model_copy(update={"position": (x, max(0.3, y + (0.8 if verb == "raise" else -0.5)), z)})
    return camera


def _dolly(camera: Camera, factor: float) -> Camera:
    (px, py, pz), (tx, ty, tz) = camera.position, camera.target
    dx, dy, dz = px - tx, py - ty, pz - tz
    position = (tx + dx * factor, ty + dy * factor + (0.15 if factor > 1 else 0.0), tz + dz * factor)
    fov = min(camera.fov_deg * (1.1 if factor > 1 else 1.0), 60.0)
    if math.dist(position, camera.target) > 40 or math.dist(position, camera.target) < 0.5:  # stay on the set
        position = camera.position
    return camera.model_copy(update={"position": tuple(round(v, 3) for v in position), "fov_deg": fov})


def relayout(layout: Layout, object_id: int, kind: str, anchor: str) -> Layout:
    """A failed relation's fix: place the subject again in that relation to its anchor (seen
    from the front, as the blocking does), then move it aside from anything it now crosses."""
    objects = [o.model_copy() for o in layout.objects]
    me = next((o for o in objects if o.id == object_id), None)
    other = next((o for o in objects if anchor.isdigit() and o.id == int(anchor)), None)
    if me is None:
        return layout
    if other is not None and kind == "seated_on":
        seat(me, other)
    elif other is not None:
        place_relative(me, kind, other, gap=0.2)
        if me.kind == "character":
            me.position = (me.position[0], 0.0, me.position[2])
    for _ in range(12):
        crossed = next((o for o in objects if o is not me and o is not other and _overlap(o, me)
                        and not _rests_on(me, o) and not _rests_on(o, me)), None)
        if crossed is None:
            break
        if kind == "near" and other is not None:  # e.g. by a mug that stands on a desk: at the side of the desk nearest it
            me.position = _beside(me, crossed, other)
            continue
        step = (crossed.size[0] + me.size[0]) / 2 + 0.05
        direction = -1.0 if kind == "left_of" else 1.0
        me.position = (round(crossed.position[0] + direction * step, 3), me.position[1], me.position[2])
    return layout.model_copy(update={"objects": objects})


def _beside(me: LayoutObject, crossed: LayoutObject, anchor: LayoutObject) -> tuple[float, float, float]:
    """Where ``me`` stands clear of ``crossed`` and closest to ``anchor``: at one of its four sides,
    in line with the anchor; behind it first when two are as close (a person at a table faces the
    camera over it)."""
    x, y, z = me.position
    ax, _, az = anchor.position
    cx, _, cz = crossed.position
    half_x, half_z = (crossed.size[0] + me.size[0]) / 2 + 0.05, (crossed.size[2] + me.size[2]) / 2 + 0.05
    sides = [(ax, cz - half_z), (cx + half_x, az), (cx - half_x, az), (ax, cz + half_z)]  # behind, right, left, front
    best = min(sides, key=lambda p: round(math.hypot(p[0] - ax, p[1] - az), 2))
    return (round(best[0], 3), y, round(best[1], 3))


def _boxes(objects: list[LayoutObject]) -> list[tuple]:
    return [(o.position, o.size, o.yaw_deg, o.name) for o in objects]


# metres along x and z for each of OBJECT_FIXES that moves a thing ("remove" takes it off the set)
OBJECT_MOVES = {"move_back": (0.0, -1.5), "move_forward": (0.0, 1.0), "move_left": (-1.0, 0.0), "move_right": (1.0, 0.0)}


def _move_object(layout: Layout, object_id: int, verb: str) -> Layout:
    if verb == "remove":
        objects = [o for o in layout.objects if o.id != object_id or o.kind == "character"]
        relations = [r for r in layout.relations if object_id not in (r.subject, r.object, r.object2)
                     or any(o.id == object_id for o in objects)]
        return layout.model_copy(update={"objects": objects, "relations": relations})
    dx, dz = OBJECT_MOVES.get(verb, (0.0, 0.0))
    return layout.model_copy(update={"objects": [
        o.model_copy(update={"position": (o.position[0] + dx, o.position[1], o.position[2] + dz)})
        if o.id == object_id else o for o in layout.objects
    ]})
