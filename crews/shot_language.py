"""The language of shots as people write it on a board or in a script note, and what it means
for the camera: sizes (ECU ... ELS, two-shot, OTS, POV, insert), angles, lenses and moves.

    parse_note("12A: MCU ANNA 85mm push in low angle")
    -> ShotNote(number="12A", size="medium_close_up", subjects=["ANNA"], lens_mm=85.0,
                move="push_in", angle="low")

The Layout agent frames a shot from its size's ``Framing`` and a lens (the field of view follows
the focal length on a full-frame sensor); the animatic plays the move. Words a note does not know
are left for the caller to read as names (subjects), never guessed as something else.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from typing import get_args

from studio.models import SHOT_ABBREVIATIONS, CameraMove, ShotAngle, ShotType

SENSOR_HEIGHT_MM = 24.0  # full frame: the vertical field of view of a lens

# Phrases, lower case with single spaces; the longest match wins ("extreme close up" over "close up").
SIZE_WORDS: dict[str, str] = {
    **{abbreviation.lower(): size for size, abbreviation in SHOT_ABBREVIATIONS.items()},
    "xcu": "extreme_close_up", "bcu": "extreme_close_up", "extreme close up": "extreme_close_up",
    "big close up": "extreme_close_up", "close up": "close_up", "closeup": "close_up",
    "medium close up": "medium_close_up", "medium close": "medium_close_up", "med": "medium", "mid": "medium",
    "medium shot": "medium", "mid shot": "medium", "medium long": "medium_wide", "medium long shot": "medium_wide",
    "medium wide": "medium_wide", "mws": "medium_wide", "cowboy": "medium_wide", "full shot": "wide", "fs": "wide",
    "long shot": "wide", "wide shot": "wide", "wide": "wide", "ws": "wide", "extreme long shot": "extreme_wide",
    "extreme long": "extreme_wide", "extreme wide": "extreme_wide", "ews": "extreme_wide", "xls": "extreme_wide",
    "establishing shot": "establishing", "establishing": "establishing", "two shot": "two_shot",
    "two-shot": "two_shot", "over the shoulder": "over_the_shoulder", "over-the-shoulder": "over_the_shoulder",
    "point of view": "pov", "insert shot": "insert", "insert": "insert",
}
ANGLE_WORDS: dict[str, str] = {
    "eye level": "eye_level", "eye-level": "eye_level", "high angle": "high", "high": "high", "low angle": "low",
    "low": "low", "bird's eye": "birds_eye", "birds eye": "birds_eye", "bird's-eye": "birds_eye",
    "overhead": "birds_eye", "top down": "birds_eye", "top-down": "birds_eye", "worm's eye": "worms_eye",
    "worms eye": "worms_eye", "worm's-eye": "worms_eye", "dutch": "dutch", "dutch angle": "dutch",
    "canted": "dutch", "tilted frame": "dutch",
}
MOVE_WORDS: dict[str, str] = {
    "static": "static", "locked off": "static", "locked-off": "static", "still": "static",
    "push in": "push_in", "push-in": "push_in", "push": "push_in", "zoom in": "push_in",
    "pull out": "pull_out", "pull back": "pull_out", "pull-out": "pull_out", "zoom out": "pull_out",
    "pan left": "pan_left", "pan right": "pan_right", "pan": "pan_right",
    "tilt up": "tilt_up", "tilt down": "tilt_down", "tilt": "tilt_up",
    "dolly in": "dolly_in", "dolly out": "dolly_out", "dolly": "dolly_in", "track in": "dolly_in",
    "track out": "dolly_out", "truck left": "truck_left", "truck right": "truck_right", "truck": "truck_right",
    "track left": "truck_left", "track right": "truck_right", "crab left": "truck_left", "crab right": "truck_right",
    "orbit left": "orbit_left", "orbit right": "orbit_right", "orbit": "orbit_right", "arc left": "orbit_left",
    "arc right": "orbit_right", "arc": "orbit_right", "handheld": "handheld", "hand-held": "handheld",
    "hand held": "handheld",
}
_FILLER = {"shot", "angle", "on", "of", "the", "a", "an", "and", "with", "lens", "camera", "cam", "frame", "-", "to",
           "view", "onto", "at", "from", "into", "towards", "toward", "over", "by", "in", "for", "then"}
_LENS = re.compile(r"^(\d{1,4}(?:\.\d+)?)\s*mm$")
_NUMBER = re.compile(r"^#?([0-9]{1,4}[A-Z]{0,3}(?:[-.][0-9A-Z]{1,4})?)\s*[:.)-]\s+|^#([0-9A-Z][0-9A-Z.-]{0,11})\s+",
                     re.IGNORECASE)
_BARE_NUMBER = re.compile(r"^[0-9]{1,4}[A-Z]{0,3}(?:-[0-9]{1,4})?$", re.IGNORECASE)
_WORD = re.compile(r"[\w'’.-]+")

assert set(SIZE_WORDS.values()) <= set(get_args(ShotType)), "a size word names a size the plan does not know"
assert set(ANGLE_WORDS.values()) <= set(get_args(ShotAngle))
assert set(MOVE_WORDS.values()) <= set(get_args(CameraMove))


@dataclass
class ShotNote:
    """What an author's note asks of a shot; None: the note does not say (the plan decides)."""

    text: str
    number: str | None = None
    size: str | None = None
    angle: str | None = None
    lens_mm: float | None = None
    move: str | None = None
    subjects: list[str] = field(default_factory=list)  # words read as names, as written


def parse_note(text: str) -> ShotNote:
    """An author's shot note ("12A: MCU ANNA 85mm push in") -> what it asks for."""
    note = ShotNote(text=text)
    rest = re.sub(r"^\s*shot\b[\s:]*", "", text.strip(), flags=re.IGNORECASE)
    if number := _NUMBER.match(rest + " "):
        note.number = (number[1] or number[2]).upper()
        rest = rest[number.end():]
    words = _WORD.findall(rest.replace(",", " ").replace("/", " "))
    i = 0
    while i < len(words):
        for length in (4, 3, 2, 1):
            phrase = " ".join(words[i:i + length]).lower().replace("’", "'")
            if len(words) - i < length:
                continue
            if (lens := _LENS.match(phrase.replace(" ", ""))) and length <= 2:
                note.lens_mm = min(max(float(lens[1]), 8.0), 1200.0)
            elif phrase in SIZE_WORDS:  # the first of each kind counts: a note is read left to right
                note.size = note.size or SIZE_WORDS[phrase]
            elif phrase in ANGLE_WORDS:
                note.angle = note.angle or ANGLE_WORDS[phrase]
            elif phrase in MOVE_WORDS:
                note.move = note.move or MOVE_WORDS[phrase]
            elif length == 1 and i == 0 and note.number is None and _BARE_NUMBER.match(words[i]):
                note.number = words[i].upper()
            elif length == 1 and phrase not in _FILLER and not phrase.isdigit():
                note.subjects.append(words[i].strip(".'’-"))
            elif length > 1:
                continue
            i += length
            break
    return note


# ------------------------------------------------------------------ framing ---


@dataclass(frozen=True)
class Framing:
    """How a size frames its subjects: the top share of their height in frame, the field of view
    the plan uses when no lens is asked for, the margin around them, how high the camera looks
    from at eye level, and whether the set around them is part of the picture."""

    top_fraction: float
    fov_deg: float
    margin: float = 1.3
    elevation_deg: float = 2.0
    whole_set: bool = False


FRAMINGS: dict[str, Framing] = {
    "extreme_close_up": Framing(0.09, 24.0, 1.15),
    "close_up": Framing(0.2, 30.0),
    "medium_close_up": Framing(0.33, 34.0),
    "medium": Framing(0.5, 38.0),
    "medium_wide": Framing(0.75, 40.0, 1.2, 4.0),
    "two_shot": Framing(0.55, 40.0),
    "over_the_shoulder": Framing(0.5, 38.0),
    "pov": Framing(0.6, 45.0, 1.2),
    "insert": Framing(0.3, 30.0, 1.6),
    "wide": Framing(1.0, 50.0, 1.15, 7.0, whole_set=True),
    "establishing": Framing(1.0, 50.0, 1.15, 20.0, whole_set=True),
    "extreme_wide": Framing(1.0, 55.0, 2.2, 12.0, whole_set=True),
}

# Degrees the camera looks down (positive) or up (negative) at its subject; None: the size's own.
ANGLE_ELEVATION: dict[str, float | None] = {
    "eye_level": None, "high": 30.0, "low": -14.0, "birds_eye": 78.0, "worms_eye": -32.0, "dutch": None,
}
DUTCH_ROLL_DEG = 15.0


def fov_for_lens(lens_mm: float) -> float:
    """Vertical field of view (degrees) of a full-frame lens."""
    return math.degrees(2 * math.atan(SENSOR_HEIGHT_MM / 2 / lens_mm))


def lens_for_fov(fov_deg: float) -> float:
    """The full-frame focal length (mm, to 0.1) whose vertical field of view this is."""
    return round(SENSOR_HEIGHT_MM / 2 / math.tan(math.radians(fov_deg) / 2), 1)


# ------------------------------------------------------------------ numbers ---


def letters(n: int) -> str:
    """0 -> A, 25 -> Z, 26 -> AA: the letter after a scene number."""
    out = ""
    n += 1
    while n:
        n, r = divmod(n - 1, 26)
        out = chr(65 + r) + out
    return out


def shot_number(style: str, scene_number: int, shot_in_scene: int, shot_in_film: int) -> str:
    """A shot's number in the plan's style: ``scene`` 12A, ``dash`` 12-1, ``film`` 37."""
    if style == "dash":
        return f"{scene_number}-{shot_in_scene + 1}"
    if style == "film":
        return str(shot_in_film + 1)
    return f"{scene_number}{letters(shot_in_scene)}"


def following(number: str) -> str:
    """The number after a shot's: 12A -> 12B, 12Z -> 12AA, 12-1 -> 12-2, 37 -> 38; a number of
    another form gets a letter (X -> XA), so a person's own scheme carries on down the scene."""
    if match := re.fullmatch(r"(.*?)([A-Z]+)", number):
        head, tail = match[1], match[2]
        value = 0
        for char in tail:
            value = value * 26 + ord(char) - 64
        return head + letters(value)
    if match := re.fullmatch(r"(.*\D)?(\d+)", number):
        return (match[1] or "") + str(int(match[2]) + 1)
    return number + "A"
