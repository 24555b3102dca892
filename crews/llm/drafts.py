"""What each model-backed role may answer: small contracts, checked before anything is used.

A draft never carries an id, a path or a backend that the studio did not hand out: names are
matched to the cast, beats to the script, objects to the layout, and the only path a draft may
name (a character's reference image) must stay inside the project folder.
"""

from __future__ import annotations

from pathlib import PurePosixPath
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from studio.models import CameraMove, Fix, ShotAngle, ShotType

TimeOfDay = Literal["day", "night", "dawn", "dusk"]
RelationKind = Literal["left_of", "right_of", "on_top_of", "under", "behind", "in_front_of", "near"]


class Draft(BaseModel):
    model_config = ConfigDict(extra="forbid")


def project_path(value: str | None) -> str | None:
    """A path a model names must be relative and stay inside the project."""
    if value is None:
        return None
    path = PurePosixPath(value.replace("\\", "/"))
    if not value.strip() or path.is_absolute() or ".." in path.parts or ":" in value:
        raise ValueError(f"{value!r} is not a path inside the project folder")
    return str(path)


class CharacterDraft(Draft):
    name: str
    look: str = Field(max_length=400)
    voice: str = Field(default="", max_length=200)
    hair_style: Literal["short", "long", "bald", "bun"] | None = None
    height_m: float | None = Field(default=None, ge=1.0, le=2.3)
    reference_image: str | None = None  # relative to the project folder
    voice_backend: str | None = None  # a voices backend the studio has, when the Director picks one

    _inside = field_validator("reference_image")(project_path)


class LocationDraft(Draft):
    scene: int = Field(ge=0)
    name: str = Field(min_length=1, max_length=80)
    interior: bool
    time_of_day: TimeOfDay = "day"
    description: str = Field(default="", max_length=300)


class DirectorDraft(Draft):
    logline: str = Field(max_length=400)
    style_prompt: str = Field(default="", max_length=400)
    characters: list[CharacterDraft] = []
    locations: list[LocationDraft]


class BeatDraft(Draft):
    kind: Literal["action", "dialogue", "narration"]
    text: str = Field(min_length=1, max_length=2000)
    speaker: str | None = None


class SceneDraft(Draft):
    scene: int = Field(ge=0)
    beats: list[BeatDraft]


class ScreenwriterDraft(Draft):
    scenes: list[SceneDraft]


class PropDraft(Draft):
    noun: str = Field(min_length=1, max_length=40)
    count: int = Field(default=1, ge=1, le=12)
    relation: RelationKind | None = None
    anchor: str | None = None


class ShotDraft(Draft):
    type: ShotType
    beats: list[str] = []
    subjects: list[str] = []
    move: CameraMove | None = None
    angle: ShotAngle | None = None
    lens_mm: float | None = Field(default=None, ge=8, le=1200)
    description: str = Field(default="", max_length=400)


class SceneLayoutDraft(Draft):
    props: list[PropDraft] = []
    shots: list[ShotDraft] = Field(min_length=1)


class ArtistDraft(Draft):
    prompt: str = Field(min_length=1, max_length=2000)
    negative_prompt: str | None = Field(default=None, max_length=400)


class Scores(Draft):
    prompt_fidelity: float = Field(ge=0, le=1)
    character_consistency: float = Field(ge=0, le=1)
    layout: float = Field(ge=0, le=1)
    image_quality: float = Field(ge=0, le=1)


class VLMVerdict(Draft):
    passed: bool
    scores: Scores
    issues: list[str] = []
    fixes: list[Fix] = []
