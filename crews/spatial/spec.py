"""The scene spec: what a spatial prompt says, before anything is placed.

``parse.parse`` writes it, ``solve.solve`` reads it. Entities are the things named (with a
count: "three apples" is one entity of count 3); relations name entities by ``ref``.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict

RGB = tuple[int, int, int]

# Relations between two entities (between takes a second object, facing_toward an entity).
PAIR_KINDS = ("left_of", "right_of", "on_top_of", "under", "near", "in_front_of", "behind", "hidden_by",
              "around", "facing_toward", "seated_on")
# Relations of one entity to the picture itself.
FRAME_KINDS = ("center", "left_side", "right_side")
Facing = Literal["left", "right", "camera", "away"]
View = Literal["front", "left", "right", "back", "top"]
# How the instances of one counted entity stand: "in a line", "in three rows", "in a circle",
# "piled on top of each other". None: the solver chooses (one row up to five, else about square).
Arrangement = Literal["row", "grid", "ring", "stack"]
Pose = Literal["standing", "seated", "lying"]
Shot = Literal["default", "close_up", "medium", "wide"]


class Spec(BaseModel):
    model_config = ConfigDict(extra="forbid")


class EntitySpec(Spec):
    """One noun phrase: "three red apples" -> noun apple, count 3, color red."""

    ref: str  # unique key within the scene: "apple", "cat#2" for a second, different cat
    noun: str  # the noun as written, singular ("puppy", "mouse", "teddy bear")
    category: str  # catalog entry, a person category (person/man/woman/child/boy/girl) or "unknown"
    count: int = 1
    color: RGB | None = None
    color_name: str | None = None
    scale: float = 1.0  # "a big dog" / "a tiny house"; also hypernym size corrections (a tiger is a big cat)
    stand_in: bool = False  # no mesh for this noun: a labelled block
    size: tuple[float, float, float] | None = None  # overrides the catalog size (people, stand-ins)
    facing: Facing | None = None
    rows: int | None = None  # "in two rows", "in a 3 by 4 grid" (3)
    ring: bool = False  # "in a circle" with nothing inside it
    arrangement: Arrangement | None = None
    pose: Pose | None = None  # "sitting on a bench", "lying on a bed": how a figure rests on its support
    attributes: list[str] = []  # the words that describe it without naming it ("wooden", "old")
    proper: bool = False  # a name ("Mara", "Sherlock Holmes"): kept as written
    mention: int = 0  # character offset of the first mention, for ordering


class RelationSpec(Spec):
    kind: str  # one of PAIR_KINDS, FRAME_KINDS or "between"
    subject: str  # EntitySpec.ref
    object: str | None = None
    object2: str | None = None  # between: "X between A and B" -> object A, object2 B
    phrase: str = ""  # the words that stated it, for reports
    contradicts: str | None = None  # set by the solver when no layout can satisfy it with the others


class CameraSpec(Spec):
    view: View = "front"
    shot: Shot = "default"
    elevation_deg: float | None = None  # None: the solver chooses (higher when rows stand behind rows)
    stated: list[str] = []  # the camera phrases found, for reports


class SceneSpec(Spec):
    prompt: str
    entities: list[EntitySpec] = []
    relations: list[RelationSpec] = []
    camera: CameraSpec = CameraSpec()
    interior: bool | None = None  # None: the solver decides from the objects
    setting: str | None = None  # "in the kitchen", "on the moon": where, not a thing in the scene
    style: list[str] = []  # style, quality, light and weather words: how it looks, never objects
    notes: list[str] = []

    def entity(self, ref: str) -> EntitySpec:
        return next(e for e in self.entities if e.ref == ref)
