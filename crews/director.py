"""The offline Director: cast, looks, voices and locations, decided from the text alone.

Deterministic by construction: a character's look is drawn from a hash of their name, so the same
person looks the same in every shot and in every later film; voices are cast from the voices
backend's catalogue in order of first appearance so no two speakers share one (crews/casting.py).
A cast file overrides any of it.
"""

from __future__ import annotations

import hashlib
import re
import string
from collections.abc import Sequence
from typing import Any

from anyascii import anyascii

from crews.casting import cast_voices
from studio.models import Character, Location, Look, Source, Style, Treatment, Voice
from studio.palettes import palette

SKIN = [(241, 194, 167), (224, 172, 105), (198, 134, 66), (141, 85, 36), (92, 56, 30), (255, 219, 172)]
HAIR = [(40, 30, 25), (90, 60, 35), (180, 140, 80), (200, 200, 200), (120, 40, 20), (20, 20, 20)]
CLOTHES = [
    (38, 110, 140), (170, 60, 50), (60, 130, 80), (200, 150, 40), (110, 70, 140),
    (220, 120, 60), (50, 70, 120), (150, 40, 90), (90, 120, 60), (200, 90, 120),
]
TROUSERS = [(60, 60, 70), (90, 70, 50), (40, 50, 80), (110, 110, 100), (30, 30, 30)]
HAIR_STYLES = ["short", "long", "bun", "bald"]

INTERIOR_WORDS = {
    "int", "room", "kitchen", "house", "home", "hall", "office", "cabin", "bedroom", "inside", "library",
    "shop", "store", "bar", "tavern", "inn", "church", "station", "lighthouse", "attic", "cellar",
    "corridor", "classroom", "apartment", "flat", "studio", "castle", "palace", "temple", "hut", "tent",
    "barn", "hospital", "restaurant", "cafe", "café", "parlour", "parlor", "lobby", "basement", "workshop",
}
EXTERIOR_WORDS = {
    "ext", "street", "road", "beach", "harbour", "harbor", "sea", "shore", "forest", "wood", "woods",
    "garden", "field", "meadow", "hill", "mountain", "river", "lake", "park", "square", "market",
    "outside", "yard", "courtyard", "bridge", "dock", "pier", "cliff", "desert", "village", "town",
    "city", "sky", "rooftop", "roof", "valley", "island", "coast", "jungle", "camp", "farm", "path",
}
TIME_WORDS = {
    "night": "night", "midnight": "night", "evening": "dusk", "dusk": "dusk", "sunset": "dusk",
    "twilight": "dusk", "dawn": "dawn", "sunrise": "dawn", "morning": "day", "noon": "day",
    "afternoon": "day", "day": "day", "later": "day", "continuous": "day",
}


def slug(text: str) -> str:
    """An id safe in file names and URLs, transliterated so a name in any script keeps its
    letters ("Łucja" -> "lucja", "Анна" -> "anna") instead of losing them."""
    return re.sub(r"[^a-z0-9]+", "-", anyascii(text).lower()).strip("-") or "x"


def display_name(name: str) -> str:
    """Screenplay cues are in capitals; subtitles and the storyboard read better in title case."""
    if name.isupper():
        return string.capwords(name)
    return name


def _pick(options: list, seed: bytes, salt: str) -> Any:
    digest = hashlib.sha256(seed + salt.encode()).digest()
    return options[digest[0] % len(options)]


def design_look(name: str) -> Look:
    seed = display_name(name).lower().encode()
    top = _pick(CLOTHES, seed, "top")
    look = Look(
        description="",
        skin=_pick(SKIN, seed, "skin"),
        hair=_pick(HAIR, seed, "hair"),
        top=top,
        bottom=_pick(TROUSERS, seed, "bottom"),
        height_m=round(1.58 + (hashlib.sha256(seed + b"h").digest()[0] / 255) * 0.34, 2),
        build=round(0.9 + (hashlib.sha256(seed + b"b").digest()[0] / 255) * 0.3, 2),
        hair_style=_pick(HAIR_STYLES, seed, "style"),
    )
    look.description = describe(display_name(name), look)
    return look


def _colour_word(rgb: tuple[int, int, int]) -> str:
    names = {
        "teal": (38, 110, 140), "red": (170, 60, 50), "green": (60, 130, 80), "mustard": (200, 150, 40),
        "purple": (110, 70, 140), "orange": (220, 120, 60), "navy": (50, 70, 120), "plum": (150, 40, 90),
        "olive": (90, 120, 60), "pink": (200, 90, 120), "charcoal": (60, 60, 70), "brown": (90, 70, 50),
        "denim": (40, 50, 80), "grey": (110, 110, 100), "black": (30, 30, 30), "dark": (20, 20, 20),
        "blond": (180, 140, 80), "silver": (200, 200, 200), "auburn": (120, 40, 20),
    }
    return min(names, key=lambda n: sum((a - b) ** 2 for a, b in zip(names[n], rgb)))


def describe(name: str, look: Look) -> str:
    stature = "tall" if look.height_m > 1.8 else "short" if look.height_m < 1.65 else "medium-height"
    hair = "bald" if look.hair_style == "bald" else f"{_colour_word(look.hair)} {look.hair_style} hair"
    return f"{name}: {stature}, {hair}, {_colour_word(look.top)} top, {_colour_word(look.bottom)} trousers"


def parse_location(heading: str, index: int, context: str = "") -> tuple[str, bool, str]:
    """(name, interior, time of day) from a slugline or a prose heading, helped by the scene's opening."""
    text = heading.strip()
    upper = text.upper()
    interior: bool | None = None
    if re.match(r"^(INT\.?/EXT|I/E)", upper):
        interior = True
    elif re.match(r"^INT[ .]", upper):
        interior = True
    elif re.match(r"^(EXT|EST)[ .]", upper):
        interior = False
    name = re.sub(r"^(INT\.?/EXT\.?|I/E|INT|EXT|EST)[ .]+", "", text, flags=re.I)
    place, *when = re.split(r"\s+[-–—]\s+", name)
    name, time = place, "day"
    for word in re.findall(r"[a-z]+", " ".join(when).lower()):
        if word in TIME_WORDS:
            time = TIME_WORDS[word]
            break
    words = re.findall(r"[a-zé]+", text.lower())
    if time == "day":
        for word in words + re.findall(r"[a-z]+", context.lower()[:300]):
            if word in TIME_WORDS and TIME_WORDS[word] != "day":
                time = TIME_WORDS[word]
                break
    if interior is None:
        # The heading decides when it can; otherwise the scene's first lines say where we are.
        for text_words in (words, re.findall(r"[a-zé]+", context.lower())):
            inside = sum(w in INTERIOR_WORDS for w in text_words)
            outside = sum(w in EXTERIOR_WORDS for w in text_words)
            if inside != outside:
                interior = inside > outside
                break
        else:
            interior = False
    name = name.strip(" .-–") or f"Scene {index + 1}"
    return string.capwords(name) if name.isupper() else name, interior, time


class Director:
    """Source -> Treatment.

    ``voices`` is the catalogue of the configured voices backend (the pipeline passes it); without
    one, the studio's default voice is cast with rate and pitch profiles."""

    def __init__(self, voices: Sequence[Voice | dict] | None = None, **config: Any) -> None:
        self.catalogue = [Voice.model_validate(v) for v in voices or [Voice()]]
        self.config = config

    def run(self, source: Source, cast: dict[str, dict] | None = None) -> Treatment:
        speakers = {e.speaker for s in source.scenes for e in s.elements if e.speaker}
        characters = [
            Character(
                id=slug(display_name(name)),
                name=display_name(name),
                aliases=sorted({name, display_name(name)} - {display_name(name)}),
                look=design_look(name),
                voice=Voice(),  # cast below, from the catalogue
                speaks=name in speakers,
            )
            for name in source.characters
        ]
        characters = _distinct_clothes(_dedupe_ids(characters))

        locations: dict[str, Location] = {}
        scene_locations: list[str] = []
        for index, scene in enumerate(source.scenes):
            opening = " ".join(e.text for e in scene.elements[:3] if e.kind in ("narration", "action"))
            name, interior, time = parse_location(scene.heading, index, opening)
            location_id = slug(f"{name}-{'int' if interior else 'ext'}-{time}")
            if location_id not in locations:
                locations[location_id] = Location(
                    id=location_id, name=name, interior=interior, time_of_day=time,
                    description=f"{'interior' if interior else 'exterior'}, {time}", palette=palette(interior, time),
                )
            scene_locations.append(location_id)

        treatment = cast_voices(Treatment(
            title=source.title,
            logline=_logline(source),
            style=Style(),
            characters=characters,
            locations=list(locations.values()),
            scene_locations=scene_locations,
            narrator=Voice(rate=self.config.get("narrator_rate", 0.95), pitch_semitones=0.0),
        ), self.catalogue)
        if cast:
            treatment.characters = [apply_cast(c, cast) for c in treatment.characters]
        return treatment


def _distinct_clothes(characters: list[Character]) -> list[Character]:
    """Two people in one film never wear the same colour: later arrivals move to a free one."""
    taken: set[tuple[int, int, int]] = set()
    for character in characters:
        top = character.look.top
        if top in taken and len(taken) < len(CLOTHES):
            start = CLOTHES.index(top) if top in CLOTHES else 0
            top = next(CLOTHES[(start + k) % len(CLOTHES)] for k in range(len(CLOTHES))
                       if CLOTHES[(start + k) % len(CLOTHES)] not in taken)
            look = character.look.model_copy(update={"top": top})
            look.description = describe(character.name, look)
            character.look = look
        taken.add(top)
    return characters


def _dedupe_ids(characters: list[Character]) -> list[Character]:
    seen: dict[str, int] = {}
    for character in characters:
        count = seen.get(character.id, 0)
        seen[character.id] = count + 1
        if count:
            character.id = f"{character.id}-{count + 1}"
    return characters


def _logline(source: Source) -> str:
    for scene in source.scenes:
        for element in scene.elements:
            if element.kind in ("narration", "action") and element.text.strip():
                sentence = re.split(r"(?<=[.!?])\s", element.text.strip(), maxsplit=1)[0]
                return sentence[:200]
    return source.title


def apply_cast(character: Character, cast: dict[str, dict]) -> Character:
    """A cast file entry (matched by name, id or alias, any case) overrides look and voice fields."""
    keys = {character.name.lower(), character.id, *(a.lower() for a in character.aliases)}
    entry = next((v for k, v in cast.items() if k.lower() in keys or slug(k) in keys), None)
    if not entry:
        return character
    look = Look.model_validate({**character.look.model_dump(), **(entry.get("look") or {})})
    if entry.get("reference_image"):
        look.reference_image = entry["reference_image"]
    if "description" not in (entry.get("look") or {}):
        look.description = describe(character.name, look)
    voice = Voice.model_validate({**character.voice.model_dump(), **(entry.get("voice") or {})})
    return character.model_copy(update={"look": look, "voice": voice})
