"""The contracts: every stage reads and writes these models, saved as JSON in the project folder.

Agents (crews/), renderers (renderers/), workers, the store and the faces all speak these
types and nothing else. Ids are short readable strings (``sc02``, ``sc02-sh03``, ``sc02-b07``)
so that file names, logs and the storyboard name the same things.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

Vec3 = tuple[float, float, float]
RGB = tuple[int, int, int]


class Contract(BaseModel):
    model_config = ConfigDict(extra="forbid")


def validation_problems(exc: ValidationError) -> list[str]:
    """A validation error as one short line per problem: ``where: what``."""
    return [f"{'.'.join(str(p) for p in e['loc']) or 'value'}: {e['msg']}" for e in exc.errors()]


# ---------------------------------------------------------------- ingest ----


class SourceElement(Contract):
    """One unit of the original text, before any planning."""

    kind: Literal["action", "dialogue", "narration", "transition"]
    text: str
    speaker: str | None = None  # the name as written ("JOHN", "Amara")
    extension: str | None = None  # V.O., O.S., CONT'D
    parenthetical: str | None = None
    dual: bool = False  # spoken at the same time as the previous dialogue
    shot: str | None = None  # an author's shot note before it ("MCU ANNA 85mm push in"): it starts a shot


class SourceScene(Contract):
    heading: str
    elements: list[SourceElement] = []


class Source(Contract):
    """A story or screenplay parsed into scenes and elements, with nothing invented."""

    title: str
    format: Literal["prose", "fountain"]
    path: str
    scenes: list[SourceScene]
    characters: list[str] = []  # names found in the text, in order of first appearance
    meta: dict[str, str] = {}  # title page keys (Author, Draft date, ...)


# --------------------------------------------------------------- Director ---


class Voice(Contract):
    """How a character sounds: a backend voice plus a per-character transform."""

    backend: str = "piper"
    voice: str = "joe-us"  # backend-specific voice name or model path
    speaker_id: int | None = None
    rate: float = 1.0  # >1 speaks faster
    pitch_semitones: float = 0.0
    reference_audio: str | None = None  # for cloning backends
    description: str = ""  # how the voice sounds, in words (the Director's; a neural backend may use it)


class Look(Contract):
    """A stable visual profile: the previz figure and the words an image model is given."""

    description: str
    skin: RGB
    hair: RGB
    top: RGB
    bottom: RGB
    height_m: float = 1.72
    build: float = 1.0  # width multiplier
    hair_style: Literal["short", "long", "bald", "bun"] = "short"
    reference_image: str | None = None


class Character(Contract):
    id: str
    name: str
    aliases: list[str] = []
    look: Look
    voice: Voice
    speaks: bool = True


class Location(Contract):
    id: str
    name: str
    interior: bool
    time_of_day: Literal["day", "night", "dawn", "dusk"] = "day"
    description: str = ""
    palette: list[RGB] = []  # floor, wall/ground, sky/ceiling, accent


class Style(Contract):
    name: str = "storybook previz"
    prompt: str = "soft cinematic lighting, muted palette, clean shapes"
    negative_prompt: str = "blurry, deformed, text, watermark"
    aspect: str = "16:9"


class Treatment(Contract):
    title: str
    logline: str
    style: Style = Style()
    characters: list[Character]
    locations: list[Location]
    scene_locations: list[str]  # Location.id of each source scene, in order
    narrator: Voice

    def character(self, character_id: str) -> Character:
        return next(c for c in self.characters if c.id == character_id)

    def location(self, location_id: str) -> Location:
        return next(loc for loc in self.locations if loc.id == location_id)


# ----------------------------------------------------------- Screenwriter ---


class Beat(Contract):
    id: str
    kind: Literal["action", "dialogue", "narration"]
    text: str
    speaker: str | None = None  # character id for dialogue; None for narration/action
    extension: str | None = None
    parenthetical: str | None = None
    voiced: bool = True  # False for a screenplay's action lines (unless configured)
    characters: list[str] = []  # character ids the beat involves (speaker, addressee, mentioned)
    shot: str | None = None  # the author's shot note that starts a shot at this beat


class Scene(Contract):
    id: str
    heading: str
    location: str  # Location.id
    characters: list[str]  # character ids present
    beats: list[Beat]
    transition_in: Literal["cut", "crossfade"] = "crossfade"


class Script(Contract):
    title: str
    scenes: list[Scene]

    def beat(self, beat_id: str) -> Beat:
        for scene in self.scenes:
            for beat in scene.beats:
                if beat.id == beat_id:
                    return beat
        raise KeyError(beat_id)


# ----------------------------------------------------------------- Layout ---


# How the camera moves during a shot, as the animatic shows it (crews/shot_language.py names them
# as people write them: "push in", "dolly out", "truck left", "orbit", "handheld").
CameraMove = Literal["static", "push_in", "pull_out", "pan_left", "pan_right", "tilt_up", "tilt_down", "dolly_in",
                     "dolly_out", "truck_left", "truck_right", "orbit_left", "orbit_right", "handheld"]


class Camera(Contract):
    position: Vec3
    target: Vec3
    fov_deg: float = 45.0  # vertical field of view
    move: CameraMove = "static"
    roll_deg: float = 0.0  # a dutch angle: the picture turned about the view axis, clockwise


class LayoutObject(Contract):
    id: int  # pixel value in the instance mask; 0 is background
    name: str  # noun in the text (singular) or the character's name
    kind: Literal["character", "prop", "set"]
    category: str  # object-library entry used to build the mesh
    character: str | None = None  # Character.id when kind == "character"
    position: Vec3  # metres; y up; the object's base centre
    size: Vec3  # width, height, depth in metres
    yaw_deg: float = 0.0  # 0 faces +z (towards a default camera)
    color: RGB | None = None
    stand_in: bool = False  # no model for this noun: a labelled block
    group: str | None = None  # the counted noun phrase it belongs to ("apple" for each of three apples)
    count_index: int = 0  # which of that group's things it is, 0-based
    # How a person is posed: "seated" on the seat below (its position is the seat's base), "lying"
    # on a bed; a prop "lying" is laid on its back (``size`` is the lying box); everything else stands.
    pose: Literal["standing", "seated", "lying"] = "standing"


class Relation(Contract):
    kind: str  # left_of, right_of, on_top_of, behind, in_front_of, near, facing, ...
    subject: int
    object: int | None = None
    holds: bool | None = None  # checked on the render, not on the plan
    object2: int | None = None  # the second object of "between"
    value: str | None = None  # facing: the direction; count: how many; view: the camera view
    detail: str = ""  # what the critic measured, or why the relation cannot hold
    # True only when ``holds`` was measured on the render; False with the reason in ``detail``
    # when nothing in the render can tell (then ``holds`` stays None, never a default True).
    measured: bool = False


class Layout(Contract):
    location: str
    interior: bool
    time_of_day: Literal["day", "night", "dawn", "dusk"] = "day"
    palette: list[RGB] = []  # the location's floor, walls/ground, ceiling/sky, accent; empty: renderer default
    objects: list[LayoutObject]
    relations: list[Relation] = []
    notes: list[str] = []  # e.g. "unknown noun 'zither': labelled stand-in"


# Shot sizes, closest first, then the framings named by what they show (abbreviations in
# crews/shot_language.py: ECU, CU, MCU, MS, MLS, LS, ELS, 2S, OTS, POV, INS).
ShotType = Literal["extreme_close_up", "close_up", "medium_close_up", "medium", "medium_wide", "wide", "extreme_wide",
                   "establishing", "two_shot", "over_the_shoulder", "pov", "insert"]
ShotAngle = Literal["eye_level", "high", "low", "birds_eye", "worms_eye", "dutch"]
# What a storyboard or a shot list calls each size.
SHOT_ABBREVIATIONS: dict[str, str] = {
    "extreme_close_up": "ECU", "close_up": "CU", "medium_close_up": "MCU", "medium": "MS", "medium_wide": "MLS",
    "wide": "LS", "extreme_wide": "ELS", "establishing": "EST", "two_shot": "2S", "over_the_shoulder": "OTS",
    "pov": "POV", "insert": "INS",
}


class Shot(Contract):
    id: str  # stable across re-plans of the same story: decisions and caches hang on it
    scene: str
    index: int  # position in the film
    type: ShotType  # the shot's size
    beats: list[str]  # Beat ids covered, in order
    subjects: list[str]  # character ids the shot must show
    camera: Camera
    layout: Layout
    description: str
    transition_in: Literal["cut", "crossfade"] = "cut"
    # The number people call the shot by (12, 12A, 12-1, 3B): the plan's, a note's, or a person's
    # edit; "" in plans from before numbers (``label`` stands in).
    number: str = ""
    angle: ShotAngle = "eye_level"
    lens_mm: float = 0.0  # full-frame focal length the camera's field of view follows; 0: older plan
    note: str | None = None  # the author's shot note it was steered by ("MCU ANNA 85mm push in")

    @property
    def label(self) -> str:
        return self.number or str(self.index + 1)


# ------------------------------------------------------------------ fixes ---

FixKind = Literal["prompt_edit", "layout_change", "camera_change", "seed_change", "reference_change", "volume_change"]
# The values a camera or an object fix may carry in a film (the Layout agent acts on exactly these).
CAMERA_FIXES = ("pull_back", "push_in", "raise", "lower")
OBJECT_FIXES = ("move_back", "move_forward", "move_left", "move_right", "remove")


class Fix(Contract):
    """What a critic asks to change for the next take, typed so that the loop can route it to the
    agent that owns the thing: prompts and seeds to the Artist, layouts and cameras to the Layout
    agent, references to the Director's cast.

    ``target`` names what to change (an object id, ``camera``, ``prompt``, a character id);
    ``value`` says how: a verb from the owner's vocabulary (``pull_back``, ``move_back``,
    ``raise``, ``lower``, ``new``) or, for a prompt edit, the words to add."""

    kind: FixKind
    target: str = ""
    value: str = ""
    reason: str = ""


# ----------------------------------------------------------------- Artist ---


class RenderRequest(Contract):
    shot: str
    backend: str
    prompt: str
    negative_prompt: str = ""
    seed: int
    width: int
    height: int
    camera: Camera
    layout: Layout
    characters: dict[str, Look] = {}  # character id -> look (reference images inside)
    controls: list[Literal["depth", "mask", "rgb"]] = ["depth", "mask"]
    attempt: int = 0
    feedback: list[Fix] = []  # the critics' fixes that produced this attempt
    revises: str | None = None  # the asset key of the take those fixes were about (lineage; not in cache keys)

    def content(self) -> dict:
        """What decides the picture, which cache keys hash: not which shot asks, nor its lineage."""
        return self.model_dump(exclude={"shot", "revises"})

    def references(self) -> list[str]:
        """The files (relative to the project) this request names: its characters' reference images."""
        return [look.reference_image for look in self.characters.values() if look.reference_image]

    def located(self, root: Path) -> RenderRequest:
        """The request a backend is given: reference paths made absolute, against the project folder."""
        looks = {c: look.model_copy(update={"reference_image": str(root / look.reference_image)})
                 if look.reference_image else look for c, look in self.characters.items()}
        return self.model_copy(update={"characters": looks})


class SpeechRequest(Contract):
    line: str  # Beat id
    text: str
    speaker: str | None  # character id, None for the narrator
    voice: Voice
    attempt: int = 0
    feedback: list[Fix] = []
    revises: str | None = None

    def content(self) -> dict:
        """What decides the sound, which cache keys hash: not which line asks, nor its lineage."""
        return self.model_dump(exclude={"line", "revises"})

    def references(self) -> list[str]:
        """The files (relative to the project, or absolute) this request names: the voice's reference audio."""
        return [self.voice.reference_audio] if self.voice.reference_audio else []

    def located(self, root: Path) -> SpeechRequest:
        """The request a backend is given: the reference path made absolute, against the project folder."""
        if not self.voice.reference_audio:
            return self
        return self.model_copy(update={"voice": self.voice.model_copy(
            update={"reference_audio": str(root / self.voice.reference_audio)})})


# ----------------------------------------------------------------- assets ---


class Asset(Contract):
    """A file (or a few sibling files) the store holds under a cache key."""

    key: str
    kind: Literal["keyframe", "speech", "segment", "soundtrack", "film", "storyboard"]
    files: dict[str, str]  # role -> path relative to the project folder
    meta: dict[str, float | int | str | list | dict] = {}


class Critique(Contract):
    critic: str
    passed: bool
    score: float  # 0..1, higher is better; picks the best attempt
    scores: dict[str, float] = {}
    checks: dict[str, bool] = {}  # each check the critic made ("visible:3") -> whether it held
    # The layout's relations as measured on this take (``holds``, ``measured``, ``detail``), in
    # the layout's order: what ``shots/<id>/layout.json`` reports.
    relations: list[Relation] = []
    reasons: list[str] = []
    fixes: list[Fix] = []
    # The critic could not judge (timed out, errored, out of budget); ``passed`` then follows
    # ``critic.on_error`` and ``reasons`` says why.
    unavailable: bool = False


class Take(Contract):
    """One attempt at an asset and what the critic said of it; a failed attempt says why instead."""

    attempt: int
    candidate: int = 0  # which of the attempt's takes (critic.candidates), each with its own seed
    asset: Asset | None  # None: the backend failed (see ``error``)
    critiques: list[Critique]
    # What was asked for: a revised take has its own camera and layout, not the shot's plan.
    request: RenderRequest | SpeechRequest | None = None
    error: str | None = None  # the backend's or the critic's failure, as the worker reported it

    @property
    def usable(self) -> bool:
        """There is a valid asset to put in the film (its critic may still have failed it)."""
        return self.asset is not None

    @property
    def passed(self) -> bool:
        return self.usable and self.error is None and all(c.passed for c in self.critiques)

    @property
    def judged(self) -> bool:
        """Every critic could judge it: a pass by ``critic.on_error: pass`` is a pass unseen."""
        return not any(c.unavailable for c in self.critiques)

    @property
    def score(self) -> float:
        if not self.usable or self.error is not None:
            return 0.0
        return min((c.score for c in self.critiques), default=1.0)


class Takes(Contract):
    target: str  # shot id or line id
    takes: list[Take]
    chosen: int | None  # index into takes; None when no take is usable

    @property
    def usable(self) -> bool:
        return self.chosen is not None

    @property
    def best(self) -> Take:
        if self.chosen is None:
            raise LookupError(f"{self.target} has no usable take")
        return self.takes[self.chosen]

    @property
    def passed(self) -> bool:
        return self.usable and self.best.passed

    @property
    def error(self) -> str | None:
        """Why there is no usable take: the last attempt's error."""
        return None if self.usable else next((t.error for t in reversed(self.takes) if t.error), "no attempt")


# ----------------------------------------------------------------- Editor ---


class TimelineShot(Contract):
    shot: str
    image: str  # path relative to the project folder
    start: float
    duration: float
    move: CameraMove
    transition_in: Literal["cut", "crossfade"]
    transition_s: float = 0.0


class TimelineAudio(Contract):
    line: str
    path: str
    start: float
    duration: float


class Cue(Contract):
    """One subtitle: one spoken line, timed to its measured speech."""

    line: str
    start: float
    end: float
    speaker: str | None  # display name; None for narration
    text: str


class Timeline(Contract):
    width: int
    height: int
    fps: int
    duration: float
    shots: list[TimelineShot]
    audio: list[TimelineAudio]
    cues: list[Cue]


# ---------------------------------------------------------------- project ---


class Outputs(Contract):
    film: str | None = None
    srt: str | None = None
    vtt: str | None = None
    ttml: str | None = None
    storyboard_html: str | None = None
    storyboard_png: str | None = None


class Usage(Contract):
    """What model calls cost this project so far (from its call ledger, ``llm/calls.jsonl``)."""

    calls: int = 0  # requests sent to a model endpoint, repairs and retries included
    cached: int = 0  # answered from the response cache, at no cost
    tokens_in: int = 0
    tokens_out: int = 0
    cost: float = 0.0  # in the currency of the price table (llm.prices)
    by_role: dict[str, dict[str, float]] = {}


class Project(Contract):
    """Everything planned and rendered for one film: ``project.json``."""

    version: int = 1
    title: str
    source: Source
    treatment: Treatment | None = None
    script: Script | None = None
    shots: list[Shot] = []
    keyframes: dict[str, Takes] = {}  # shot id -> takes
    speech: dict[str, Takes] = {}  # line (beat) id -> takes
    timeline: Timeline | None = None
    outputs: Outputs = Outputs()
    failures: list[str] = Field(default_factory=list)  # assets kept although no take passed
    usage: Usage = Usage()
    plan_key: str | None = None  # the cache key of the plan: source, agents' config, templates
