"""Writes the ELEVENTH held-out layout prompts (bench/prompts/heldout11/*.jsonl) from a grammar.

    .venv/bin/python bench/prompts/heldout11_grammar.py

Why an eleventh held-out set: the tenth one (bench/prompts/heldout10/) was run once fresh and then
read while building (session 2026-12-07 second), so its figure now measures some fit too. This set
was written without reading the implementation, its tests or its documentation (only the bench's
scorers, bench/layout.py, bench/scenes.py and bench/layout_selfcheck.py, and the existing prompt
sets and grammars in bench/prompts, so as to differ from them). Run it once, with ``--failures 0``:

- registers: every kind is said in voices none of the other sets imitates: a first post on a
  hobby forum ("First post here ... Cheers in advance."), a chat message to a commissioned artist
  ("hey!! for the commission ... ty!!", lower case), a storyboard panel note ("PANEL 7: ... frame
  left, ... frame right"), an auction catalogue lot ("Lot 112: ..., pictured ..."), a small
  child's writing ("My picture has ... The end."), stiff translated English ("Please to make the
  picture where ... is situated ..."), voice dictation with no punctuation at all ("okay so ...
  full stop"), a naturalist's field log ("Field log, day 9: ... observed ..."), a game level
  designer's layout note ("Level 4 layout: spawn ..."), and accessibility alt text ("Image
  description: ..."). Numbers are said as words and as digits, and labels carry numbers that are
  not counts (lots, panels, days, levels). Left and right are always the viewer's ("as you look
  at it", "frame left", "of the picture", "from the view of the looker");
- vocabulary: workshop tools, farmyard and smallholding things, school and sports-hall kit,
  shop fittings, works and farm vehicles, trams and milk floats, woodland and zoo animals, pets,
  trades, relatives and ordinary first names; many of the nouns no other prompt set uses (counted
  and printed when run), a few familiar ones; nothing obscure;
- physically plausible: small things go on and under furniture with room under it, big things
  stand behind small ones (never the other way round), only tractors, trams, lorries, barns,
  sheds, huts and bushes hide an animal or a person, things far off in a wide shot are big,
  seats go round tables only, farm animals round a trough or a hay rack and people round a
  campfire, a wishing well, a sandpit, a totem pole, a bandstand or a Christmas tree;
- no prompt equals or contains (as a whole-word sequence) a prompt of any other part, layout or
  scene, and no two nouns of one prompt share a word: drawn again until so (the script checks).

Nothing outside bench/prompts may import this file, name it, or quote its prompts; nobody should
tune the parser on them. The truth is written with each prompt by the grammar (the meaning of
the words, chosen by hand), never read from the implementation. Deterministic (seed 90217).
Same JSON as the other sets: {"prompt": ..., "expect": {"objects": {...}, "relations": [...],
"facing": [...], "camera": ...}}; object names are the nouns as written, singular.
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "heldout11"
ME = "heldout11"
rng = random.Random(90217)
PER_KIND = 44  # prompts per relation kind, per composition region; facing has 48

# ------------------------------------------------------------- vocabulary ---
TABLETOP = ["tea urn", "spice rack", "dish rack", "bento box", "exercise book", "hand bell", "cowbell",
            "glockenspiel", "drill", "sander", "welding mask", "crash helmet", "cycle helmet", "deep fat fryer",
            "sieve", "mallet", "storm lantern", "hurricane lamp", "fire bucket", "feed bucket", "hat box", "toaster",
            "fruit bowl", "typewriter", "gramophone", "lava lamp", "globe", "microscope", "abacus", "cash register",
            "goldfish bowl", "hymn book"]
FLOOR_THINGS = ["tin bath", "coal scuttle", "ironing basket", "tool chest", "pressure washer", "leaf blower",
                "strimmer", "lawnmower", "hose reel", "cement bag", "feed sack", "milk churn", "tractor tyre",
                "medicine ball", "rugby ball", "bowling pin", "cricket bat", "hockey stick", "tennis racket",
                "milk crate", "mop bucket", "crate"]
SMALL = TABLETOP + FLOOR_THINGS
PERCHERS = ["hen", "squirrel", "kitten", "hamster", "budgie", "magpie"]
SUPPORTS = ["workbench", "trestle table", "school desk", "filing cabinet", "shop counter", "hay bale", "tree stump",
            "boulder", "wheelie bin", "chest freezer", "pallet", "barrel", "display cabinet", "kitchen table",
            "snooker table"]
COVERS = ["trestle table", "school desk", "market stall", "potting bench", "hay cart", "kitchen table",
          "picnic table", "snooker table", "coffee table", "workbench"]
UNDER_SUBJECTS = ["hedgehog", "kitten", "hen", "hamster", "goose", "terrier", "corgi", "piglet", "feed sack",
                  "tool chest", "milk crate", "cement bag", "rugby ball", "medicine ball", "tin bath", "coal scuttle",
                  "fire bucket", "mop bucket", "crate", "hat box", "ironing basket", "bowling pin"]
PETS = ["sheepdog", "kitten", "hamster", "budgie", "hedgehog", "magpie", "squirrel", "hen", "goose", "duckling",
        "piglet", "goat", "rabbit", "tabby cat", "terrier", "labrador", "greyhound", "corgi"]
ZOO = ["donkey", "alpaca", "llama", "camel", "zebra", "giraffe", "elephant", "kangaroo", "stag", "foal", "boar",
       "fox", "badger", "otter", "heron", "swan", "seal", "hippo", "rhino", "gorilla", "ox"]
CREATURES = PETS + ZOO
BIG_ANIMALS = ["elephant", "giraffe", "camel", "rhino", "hippo", "ox", "stag", "zebra"]
HIDEABLE = [c for c in CREATURES if c not in ("elephant", "giraffe", "camel", "rhino", "hippo", "ox")]
JOBS = ["blacksmith", "carpenter", "farmer", "shepherd", "shopkeeper", "cashier", "teacher", "caretaker", "jockey",
        "fisherman", "beekeeper", "potter", "baker", "postman", "vet", "nurse", "greengrocer", "joiner",
        "tram driver", "angler", "climber", "windsurfer", "canoeist", "scout leader", "busker", "juggler", "clown",
        "bagpiper"]
FAMILY = ["granddad", "nephew", "niece", "stepdad", "grandson", "granddaughter", "pupil", "camper"]
PEOPLE = JOBS + FAMILY
NAMES = ["Siobhan", "Kwame", "Agnieszka", "Rahul", "Mei", "Bjorn", "Ines", "Tariq", "Niamh", "Callum", "Esme",
         "Dmitri", "Lola", "Kofi", "Freya", "Hamish"]
VEHICLES = ["tractor", "tram", "scooter", "bicycle", "lorry", "combine harvester", "milk float", "steamroller",
            "minibus", "rickshaw", "go-kart", "golf buggy", "horse trailer", "milk tanker", "dumper truck",
            "bulldozer", "bin lorry"]
BUILDINGS = ["barn", "shed", "stable", "forge", "beach hut", "bandstand", "site hut", "post office", "signal box",
             "boathouse", "dovecote", "silo", "wind turbine", "chicken coop"]
TREES = ["birch tree", "beech tree", "sycamore", "fir tree", "yew tree", "hawthorn bush", "holly bush"]
LARGE = VEHICLES + BUILDINGS + TREES
BULKY = ["tractor", "tram", "lorry", "combine harvester", "milk tanker", "horse trailer", "minibus", "bin lorry",
         "barn", "shed", "stable", "forge", "beach hut", "site hut", "boathouse", "holly bush", "hawthorn bush",
         "dumper truck"]
TABLES = ["kitchen table", "picnic table", "trestle table", "bistro table"]
SEATS = ["milking stool", "school chair", "deckchair", "piano stool", "rocking chair"]
RING_PLACES = {"campfire": "people", "wishing well": "people", "sandpit": "people", "water trough": "farm",
               "totem pole": "people", "Christmas tree": "people", "hay rack": "farm", "scarecrow": "farm"}
RING_PEOPLE = ["pupil", "camper", "farmer", "busker", "nephew", "niece", "juggler", "clown", "caretaker",
               "granddaughter", "scout leader"]
RING_FARM = ["hen", "goose", "goat", "piglet", "sheep", "duckling"]
# Irregular plurals and multi-word nouns whose last word is irregular.
PLURALS = {"sheep": "sheep", "goose": "geese", "mouse": "mice", "deer": "deer", "ox": "oxen", "loaf": "loaves",
           "scarf": "scarves", "bookshelf": "bookshelves", "knife": "knives", "potato": "potatoes",
           "tomato": "tomatoes", "goldfish": "goldfish", "salmon": "salmon", "trout": "trout",
           "fisherman": "fishermen", "postman": "postmen", "sieve": "sieves", "hippo": "hippos", "rhino": "rhinos",
           "minibus": "minibuses", "dovecote": "dovecotes", "pupil": "pupils", "sheepdog": "sheepdogs",
           "scout leader": "scout leaders", "tram driver": "tram drivers", "go-kart": "go-karts",
           "granddaughter": "granddaughters", "hay rack": "hay racks", "chest freezer": "chest freezers",
           "stepdad": "stepdads", "toy": "toys", "turkey": "turkeys", "donkey": "donkeys", "lorry": "lorries"}
WORDS = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight", 9: "nine",
         10: "ten", 11: "eleven", 12: "twelve", 13: "thirteen", 14: "fourteen", 15: "fifteen", 16: "sixteen",
         17: "seventeen", 18: "eighteen", 19: "nineteen", 20: "twenty"}

THING_ADJECTIVES = ["battered", "paint-spattered", "navy blue", "brand-new", "mud-caked", "stripy", "weathered"]
UNDESCRIBED = set(TREES) | set(RING_PLACES)
CREATURE_ADJECTIVES = ["scruffy", "speckled", "grumpy", "shaggy", "curious", "plump"]
PEOPLE_ADJECTIVES = ["grinning", "yawning", "freckled", "soaking wet", "red-faced", "cheerful"]
TAILS = [" (gouache)", " (woodcut style)", " (risograph)", " (ink wash)", " (papercut look)"]
TAIL_SHARE = 0.15
TAIL_OK = ("PANEL", "Lot ", "Image description")
LOWER = ("hey", "okay")  # registers written in lower case


def plural(noun: str) -> str:
    if noun in PLURALS:
        return PLURALS[noun]
    head, _, last = noun.rpartition(" ")
    if last in PLURALS:
        word = PLURALS[last]
    elif last.endswith(("s", "x", "ch", "sh", "z")):
        word = last + "es"
    elif last.endswith("y") and last[-2] not in "aeiou":
        word = last[:-1] + "ies"
    else:
        word = last + "s"
    return f"{head} {word}".strip()


def article(phrase: str) -> str:
    first = phrase.split()[0].lower()
    if first.startswith(("uni", "use", "eu", "one")):
        return "a"
    return "an" if first[0] in "aeiou" else "a"


def kind_of(noun: str) -> str:
    if noun in PEOPLE or noun in NAMES or noun in RING_PEOPLE:
        return "person"
    return "creature" if noun in CREATURES + RING_FARM else "thing"


def describe(noun: str, share: float) -> str:
    if rng.random() < share and noun not in UNDESCRIBED and noun not in NAMES:
        pool = {"person": PEOPLE_ADJECTIVES, "creature": CREATURE_ADJECTIVES}.get(kind_of(noun), THING_ADJECTIVES)
        return f"{rng.choice(pool)} {noun}"
    return noun


def an(noun: str, share: float = 0.2) -> str:
    """'a drill', 'an ox', sometimes 'a battered drill'; names stay bare."""
    if noun in NAMES:
        return noun
    said = describe(noun, share)
    return f"{article(said)} {said}"


def the(noun: str, share: float = 0.12) -> str:
    return noun if noun in NAMES else f"the {describe(noun, share)}"


def cap(text: str) -> str:
    return text[0].upper() + text[1:]


def it(noun: str) -> str:
    return "them" if noun in NAMES or kind_of(noun) == "person" else "it"


def its(noun: str) -> str:
    return "their" if it(noun) == "them" else "its"


def many(n: int, noun: str, digits: bool = False) -> str:
    return f"{n if digits else WORDS[n]} {plural(noun)}"


def pick(pool: list[str], avoid=()) -> str:
    return rng.choice([n for n in pool if n not in avoid])


def num() -> int:
    """A label's number (a lot, a panel, a day, a level): never a count."""
    return rng.randint(2, 60)


def dress(text: str, tail: bool = True) -> str:
    """Capitalised (unless a lower-case register); now and then a style note on panels, lots and
    image descriptions."""
    if tail and rng.random() < TAIL_SHARE and text.startswith(TAIL_OK) and text.endswith("."):
        text = text.rstrip(".") + rng.choice(TAILS) + "."
    if text.startswith(LOWER):
        return text
    return text[0].upper() + text[1:]


def row(prompt: str, objects: dict, relations=(), facing=(), camera=None) -> dict:
    expect: dict = {"objects": {k.lower(): v for k, v in objects.items()}}
    if relations:
        expect["relations"] = [[x.lower() if i != 1 else x for i, x in enumerate(r)] for r in relations]
    if facing:
        expect["facing"] = [[n.lower(), w] for n, w in facing]
    if camera:
        expect["camera"] = camera
    return {"prompt": prompt, "expect": expect}


# ----------------------------------------------------- the existing prompts ---


def words(text: str) -> str:
    return " " + " ".join(re.findall(r"[a-z0-9']+", text.lower())) + " "


def other_files() -> list[Path]:
    """Every other part's prompt files, layout and scenes."""
    files = list(HERE.glob("*.jsonl")) + [f for f in (HERE / "scenes").glob("*.jsonl") if f.stem != ME]
    for folder in ("heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6", "heldout7", "heldout8",
                   "heldout9", "heldout10"):
        files += list((HERE / folder).glob("*.jsonl"))
    return files


def existing_prompts() -> list[str]:
    return [words(json.loads(line)["prompt"]) for path in other_files() for line in path.read_text().splitlines()
            if line.strip()]


def existing_nouns() -> set[str]:
    nouns = set()
    for path in other_files():
        for line in path.read_text().splitlines():
            if line.strip():
                for spec in json.loads(line)["expect"]["objects"]:
                    nouns |= set(spec.split("|"))
    return nouns


OLD = existing_prompts()
SEEN: set[str] = set()


def fresh(make, tries: int = 600) -> dict:
    """Draws until the prompt is new: not drawn before, not equal to nor containing an old one, and no
    two of its nouns share a word (a birch tree beside a fir tree)."""
    for _ in range(tries):
        made = make()
        key = words(made["prompt"])
        names = list(made["expect"]["objects"])
        overlap = any(set(a.split()) & set(b.split()) for i, a in enumerate(names) for b in names[i + 1:])
        if key not in SEEN and not overlap and not any(old in key for old in OLD):
            SEEN.add(key)
            return made
    raise RuntimeError("could not draw a fresh prompt")


# ---------------------------------------------------------------- relations ---
# Each phrasing returns the text for subject s and object o; the truth is [s, kind, o] whatever
# order the words put them in. Left and right are the viewer's throughout.

LEFT = [
    lambda s, o: f"First post here, be gentle. I'm trying to get {an(s)} on the left and {an(o)} on the right, as "
                 f"you look at it. Cheers in advance.",
    lambda s, o: f"hey!! for the commission could you put {an(s)} on the left of the picture and {an(o)} over to "
                 f"the right of {it(s)}? ty!!",
    lambda s, o: f"PANEL {num()}: {an(s)} frame left, {an(o)} frame right.",
    lambda s, o: f"Lot {num()}: {an(s)}, pictured to the left of {an(o)}.",
    lambda s, o: f"My picture has {an(s)} and {an(o)}. {cap(the(s, 0))} is on the left side and {the(o, 0)} is on the "
                 f"right side. The end.",
    lambda s, o: f"Please to make the picture where {an(s)} is situated at the left side of {an(o)}, from the "
                 f"view of the looker.",
    lambda s, o: f"okay so {an(s)} on the left and then {an(o)} on the right full stop",
    lambda s, o: f"Field log, day {num()}: {an(s)} observed to the left of {an(o)}, as seen from my hide.",
    lambda s, o: f"Level {num()} layout: {an(s)} on the left of the screen, {an(o)} on the right.",
    lambda s, o: f"Image description: {an(s)} on the left, and to the right of {it(s)} in the frame, {an(o)}.",
    lambda s, o: f"okay {an(s)} to the left of {an(o)} as we look at them thanks",
]
RIGHT = [
    lambda s, o: f"First post here, be gentle. I'm trying to get {an(o)} on the left and {an(s)} on the right, as "
                 f"you look at it. Cheers in advance.",
    lambda s, o: f"hey!! for the commission could you put {an(o)} on the left of the picture and {an(s)} over to "
                 f"the right of {it(o)}? ty!!",
    lambda s, o: f"PANEL {num()}: {an(o)} frame left, {an(s)} frame right.",
    lambda s, o: f"Lot {num()}: {an(s)}, pictured to the right of {an(o)}.",
    lambda s, o: f"My picture has {an(o)} and {an(s)}. {cap(the(o, 0))} is on the left side and {the(s, 0)} is on the "
                 f"right side. The end.",
    lambda s, o: f"Please to make the picture where {an(s)} is situated at the right side of {an(o)}, from the "
                 f"view of the looker.",
    lambda s, o: f"okay so {an(o)} on the left and then {an(s)} on the right full stop",
    lambda s, o: f"Field log, day {num()}: {an(s)} observed to the right of {an(o)}, as seen from my hide.",
    lambda s, o: f"Level {num()} layout: {an(o)} on the left of the screen, {an(s)} on the right.",
    lambda s, o: f"Image description: {an(o)} on the left, and to the right of {it(o)} in the frame, {an(s)}.",
    lambda s, o: f"okay {an(s)} to the right of {an(o)} as we look at them thanks",
]
ON = [
    lambda s, o: f"First post here. How do I get {an(s)} sitting on top of {an(o)} without it floating? Cheers in "
                 f"advance.",
    lambda s, o: f"hey!! could you do {an(s)} sat on top of {an(o)}? ty!!",
    lambda s, o: f"PANEL {num()}: {an(s)} up on {the(o)}.",
    lambda s, o: f"Lot {num()}: {an(o)}, shown with {an(s)} resting on top.",
    lambda s, o: f"In my picture {the(s)} is on top of {the(o)}. It is funny. The end.",
    lambda s, o: f"Please to make {an(s)} which is placed upon {an(o)}.",
    lambda s, o: f"okay {an(s)} on top of {an(o)} full stop new line",
    lambda s, o: f"Field log, day {num()}: {an(s)} found up on top of {an(o)}.",
    lambda s, o: f"Level {num()} layout: {an(s)} placed on top of {an(o)}, reachable by jumping.",
    lambda s, o: f"Image description: {an(s)} standing on top of {an(o)}.",
    lambda s, o: f"hey!! one more thing, {the(s)} goes up on {the(o)} not on the floor ty!!",
]
UNDER = [
    lambda s, o: f"First post here. I want {an(s)} tucked under {an(o)}, but it keeps ending up beside it. Any "
                 f"tips? Cheers in advance.",
    lambda s, o: f"hey!! for the commission: {an(s)} tucked away underneath {an(o)} pls, ty!!",
    lambda s, o: f"PANEL {num()}: {an(s)} beneath {the(o)}.",
    lambda s, o: f"Lot {num()}: {an(o)} with {an(s)} stored underneath.",
    lambda s, o: f"{cap(the(s))} went under {the(o)} and it stayed there. The end.",
    lambda s, o: f"Kindly draw {an(s)} which finds itself below {the(o)}, in the space underneath.",
    lambda s, o: f"okay put {an(s)} under {an(o)} thanks",
    lambda s, o: f"Field log, day {num()}: {an(s)} sheltering beneath {an(o)}.",
    lambda s, o: f"Level {num()} layout: {an(s)} spawns underneath {an(o)}.",
    lambda s, o: f"Image description: {an(s)} underneath {an(o)}.",
    lambda s, o: f"okay so under {the(o)} there is {an(s)} full stop",
]
FRONT = [
    lambda s, o: f"First post here. I'm after {an(s)} in front of {an(o)}, with {the(o, 0)} just behind "
                 f"{it(s)}. Cheers in advance.",
    lambda s, o: f"hey!! {an(s)} in front of {an(o)} please, closer to us than {it(o)} is. ty!!",
    lambda s, o: f"PANEL {num()}: {an(s)} in the foreground, {an(o)} beyond {it(s)}.",
    lambda s, o: f"Lot {num()}: {an(o)}, photographed with {an(s)} standing in front of it.",
    lambda s, o: f"I drew {an(s)} in front of {an(o)}. {cap(the(s, 0))} is closer to me. The end.",
    lambda s, o: f"Please to put {an(s)} at the front side of {an(o)}, more near to the looker.",
    lambda s, o: f"okay {an(s)} in front of {an(o)} nearer the camera full stop",
    lambda s, o: f"Field log, day {num()}: {an(s)} in front of {an(o)}, between me and it.",
    lambda s, o: f"Level {num()} layout: {an(s)} in front of {an(o)}, closer to the player's camera.",
    lambda s, o: f"Image description: {an(s)} in the foreground, in front of {an(o)}.",
    lambda s, o: f"hey!! so {an(o)} at the back and {an(s)} in front of it nearer to us ty!!",
]
BEHIND = [
    lambda s, o: f"First post here. Trying to get {an(s)} behind {an(o)}, further back from the viewer. Cheers in "
                 f"advance.",
    lambda s, o: f"hey!! {an(o)} up front and {an(s)} behind {it(o)} pls, ty!!",
    lambda s, o: f"PANEL {num()}: {an(o)} in the foreground, {an(s)} behind, deeper in the shot.",
    lambda s, o: f"Lot {num()}: {an(o)}, with {an(s)} visible behind {it(o)}.",
    lambda s, o: f"There is {an(o)} at the front and {an(s)} behind {it(o)}, far back. The end.",
    lambda s, o: f"Please to make {an(s)} situated at the back side of {an(o)}, more far from the looker.",
    lambda s, o: f"okay {an(o)} at the front and {an(s)} behind {it(o)} further away",
    lambda s, o: f"Field log, day {num()}: {an(s)} some way behind {an(o)}, further from me.",
    lambda s, o: f"Level {num()} layout: {an(o)} nearest the player, {an(s)} behind {it(o)}.",
    lambda s, o: f"Image description: {an(o)} with {an(s)} behind {it(o)}, further back.",
    lambda s, o: f"hey!! put {an(s)} further back than {an(o)}, behind {it(o)} ty!!",
]
NEAR = [
    lambda s, o: f"First post here. I want {an(s)} right up close to {an(o)}. Cheers in advance.",
    lambda s, o: f"hey!! can you squeeze {an(s)} in right beside {an(o)}? ty!!",
    lambda s, o: f"PANEL {num()}: {an(s)} tight beside {an(o)}.",
    lambda s, o: f"Lot {num()}: {an(s)}, shown alongside {an(o)}.",
    lambda s, o: f"{cap(the(s))} is next to {the(o)} because they are friends. The end.",
    lambda s, o: f"Please to make {an(s)} very near to {an(o)}, almost touching.",
    lambda s, o: f"okay {an(s)} right next to {an(o)} full stop",
    lambda s, o: f"Field log, day {num()}: {an(s)} close by {an(o)}.",
    lambda s, o: f"Level {num()} layout: {an(s)} placed close to {an(o)}.",
    lambda s, o: f"Image description: {an(s)} close beside {an(o)}.",
    lambda s, o: f"okay so {an(s)} and {an(o)} side by side touching almost",
]
HIDDEN = [
    lambda s, o: f"First post here. I'd like {an(s)} mostly hidden behind {an(o)}, just peeking out. Cheers in "
                 f"advance.",
    lambda s, o: f"hey!! for the commission: {an(s)} half hidden by {an(o)} in front of {it(s)}, ty!!",
    lambda s, o: f"PANEL {num()}: {an(s)} partly obscured by {an(o)} in front.",
    lambda s, o: f"Lot {num()}: {an(o)}; {an(s)} can just be made out behind {it(o)}.",
    lambda s, o: f"{cap(the(s))} is hiding behind {the(o)} so you can only see a bit. The end.",
    lambda s, o: f"Please to put {an(s)} behind {an(o)}, which is covering the most part of {it(s)}.",
    lambda s, o: f"okay {an(s)} behind {an(o)} mostly covered up by it",
    lambda s, o: f"Field log, day {num()}: {an(s)} half screened from view by {an(o)}.",
    lambda s, o: f"Level {num()} layout: {an(s)} lurking behind {an(o)}, mostly occluded.",
    lambda s, o: f"Image description: {an(s)} partly hidden by {an(o)}.",
    lambda s, o: f"hey!! {an(o)} blocking most of {an(s)} behind it, just a bit showing ty!!",
]


def pairwise(kind: str, phrasings, subjects, objects) -> list[dict]:
    rows = []
    for i in range(PER_KIND):
        template = phrasings[i % len(phrasings)]

        def make():
            s = pick(subjects)
            o = pick(objects, avoid={s})
            return row(dress(template(s, o)), {s: 1, o: 1}, [(s, kind, o)])

        rows.append(fresh(make))
    return rows


BETWEEN = [
    lambda s, x, y: f"First post here. I need {an(s)} between {an(x)} and {an(y)}. Cheers in advance.",
    lambda s, x, y: f"hey!! {an(s)} in the middle with {an(x)} one side and {an(y)} the other ty!!",
    lambda s, x, y: f"PANEL {num()}: {an(s)} centre of frame, flanked by {an(x)} and {an(y)}.",
    lambda s, x, y: f"Lot {num()}: {an(s)}, displayed between {an(x)} and {an(y)}.",
    lambda s, x, y: f"{cap(the(s))} is in between {the(x)} and {the(y)}. The end.",
    lambda s, x, y: f"Please to make {an(s)} at the middle place between {an(x)} and {an(y)}.",
    lambda s, x, y: f"okay {an(s)} between {an(x)} and {an(y)} full stop",
    lambda s, x, y: f"Field log, day {num()}: {an(s)} seen between {an(x)} and {an(y)}.",
    lambda s, x, y: f"Level {num()} layout: {an(s)} sandwiched between {an(x)} and {an(y)}.",
    lambda s, x, y: f"Image description: {an(s)} standing between {an(x)} and {an(y)}.",
]
BETWEEN_PAIR = [
    lambda s, x: f"hey!! {an(s)} with {article(x)} {x} either side of {it(s)} ty!!",
    lambda s, x: f"Lot {num()}: {an(s)}, flanked by a matching pair of {plural(x)}.",
    lambda s, x: f"okay {an(s)} in between two {plural(x)}",
    lambda s, x: f"Image description: {an(s)} between two {plural(x)}, one on each side.",
]


def between() -> list[dict]:
    rows = []
    for i in range(PER_KIND):
        if i % 4 == 3:
            template = BETWEEN_PAIR[(i // 4) % len(BETWEEN_PAIR)]

            def make():
                s = pick(SMALL + HIDEABLE + PEOPLE + NAMES)
                x = pick(LARGE + ZOO + PEOPLE, avoid={s})
                return row(dress(template(s, x)), {s: 1, x: 2}, [(s, "between", x, x)])
        else:
            template = BETWEEN[i % len(BETWEEN)]

            def make():
                s = pick(SMALL + HIDEABLE + PEOPLE + NAMES)
                x = pick(LARGE + PEOPLE, avoid={s})
                y = pick(LARGE + PEOPLE + ZOO, avoid={s, x})
                return row(dress(template(s, x, y)), {s: 1, x: 1, y: 1}, [(s, "between", x, y)])

        rows.append(fresh(make))
    return rows


AROUND = [
    lambda n, r, c: f"First post here. How do I get {many(n, r)} standing in a ring around {an(c, 0)}? Cheers in "
                    f"advance.",
    lambda n, r, c: f"hey!! {many(n, r)} all the way round {the(c, 0)} in a circle pls ty!!",
    lambda n, r, c: f"PANEL {num()}: {many(n, r, True)} circling {the(c, 0)}.",
    lambda n, r, c: f"Lot {num()}: {an(c, 0)} encircled by {many(n, r)}.",
    lambda n, r, c: f"There are {many(n, r)} and they go round and round {the(c, 0)}. The end.",
    lambda n, r, c: f"Please to make {many(n, r)} which are forming a round shape about {the(c, 0)}.",
    lambda n, r, c: f"okay {many(n, r)} in a circle round {the(c, 0)}",
    lambda n, r, c: f"Field log, day {num()}: {many(n, r)} gathered in a ring about {the(c, 0)}.",
    lambda n, r, c: f"Level {num()} layout: {many(n, r, True)} arranged in a ring around {the(c, 0)}.",
    lambda n, r, c: f"Image description: {many(n, r)} in a circle surrounding {the(c, 0)}.",
]


def around() -> list[dict]:
    rows = []
    for i in range(PER_KIND):
        template = AROUND[i % len(AROUND)]

        def make():
            n = rng.choice([3, 4, 5, 6, 7, 8])
            if rng.random() < 0.3:
                c = rng.choice(TABLES)
                r = rng.choice(SEATS + RING_PEOPLE)
            else:
                c = rng.choice(list(RING_PLACES))
                group = RING_PLACES[c]
                r = rng.choice({"people": RING_PEOPLE, "farm": RING_FARM}[group])
            return row(dress(template(n, r, c)), {r: n, c: 1}, [(r, "around", c)])

        rows.append(fresh(make))
    return rows


def relations() -> list[dict]:
    movable = SMALL + CREATURES + PEOPLE + NAMES
    anything = movable + LARGE
    rows = []
    rows += pairwise("left_of", LEFT, anything, anything)
    rows += pairwise("right_of", RIGHT, anything, anything)
    rows += pairwise("on_top_of", ON, TABLETOP + PERCHERS, SUPPORTS)
    rows += pairwise("under", UNDER, UNDER_SUBJECTS, COVERS)
    rows += pairwise("in_front_of", FRONT, movable, LARGE)
    rows += pairwise("behind", BEHIND, LARGE + BIG_ANIMALS, SMALL + PETS + PEOPLE + NAMES)
    rows += pairwise("near", NEAR, movable, LARGE + SUPPORTS + CREATURES + PEOPLE)
    rows += pairwise("hidden_by", HIDDEN, HIDEABLE + PEOPLE + NAMES, BULKY)
    rows += between()
    rows += around()
    return rows


# -------------------------------------------------------------- composition ---

REGIONS = {
    "centre": [lambda a: f"First post here. I just want {an(a)} bang in the middle of the frame. Cheers in advance.",
               lambda a: f"hey!! only {an(a)} and make it dead centre pls ty!!",
               lambda a: f"PANEL {num()}: {an(a)}, centre of frame, nothing else.",
               lambda a: f"Lot {num()}: {an(a)}, photographed in the centre of a plain backdrop.",
               lambda a: f"I drew {an(a)} in the very middle of my paper. The end.",
               lambda a: f"Please to make {an(a)} at the exact middle of the picture.",
               lambda a: f"okay just {an(a)} in the middle of the picture full stop",
               lambda a: f"Field log, day {num()}: {an(a)}, right in the middle of my view.",
               lambda a: f"Level {num()} layout: {an(a)} at the centre of the screen.",
               lambda a: f"Image description: {an(a)} in the centre of the image."],
    "image_left": [lambda a: f"First post here. I just want {an(a)} over on the left of the frame. Cheers in "
                             f"advance.",
                   lambda a: f"hey!! only {an(a)} and shove it over to the left side pls ty!!",
                   lambda a: f"PANEL {num()}: {an(a)}, frame left, nothing else.",
                   lambda a: f"Lot {num()}: {an(a)}, photographed on the left of a plain backdrop.",
                   lambda a: f"I drew {an(a)} on the left side of my paper. The end.",
                   lambda a: f"Please to make {an(a)} at the left part of the picture.",
                   lambda a: f"okay just {an(a)} over on the left of the picture full stop",
                   lambda a: f"Field log, day {num()}: {an(a)}, at the left edge of my view.",
                   lambda a: f"Level {num()} layout: {an(a)} on the left-hand side of the screen.",
                   lambda a: f"Image description: {an(a)} on the left side of the image."],
    "image_right": [lambda a: f"First post here. I just want {an(a)} over on the right of the frame. Cheers in "
                              f"advance.",
                    lambda a: f"hey!! only {an(a)} and shove it over to the right side pls ty!!",
                    lambda a: f"PANEL {num()}: {an(a)}, frame right, nothing else.",
                    lambda a: f"Lot {num()}: {an(a)}, photographed on the right of a plain backdrop.",
                    lambda a: f"I drew {an(a)} on the right side of my paper. The end.",
                    lambda a: f"Please to make {an(a)} at the right part of the picture.",
                    lambda a: f"okay just {an(a)} over on the right of the picture full stop",
                    lambda a: f"Field log, day {num()}: {an(a)}, at the right edge of my view.",
                    lambda a: f"Level {num()} layout: {an(a)} on the right-hand side of the screen.",
                    lambda a: f"Image description: {an(a)} on the right side of the image."],
}


def composition() -> list[dict]:
    things = SMALL + CREATURES + PEOPLE + LARGE + NAMES
    rows = []
    for kind, phrasings in REGIONS.items():
        for i in range(PER_KIND):
            template = phrasings[i % len(phrasings)]

            def make():
                a = pick(things)
                return row(dress(template(a)), {a: 1}, [(a, kind)])

            rows.append(fresh(make))
    return rows


# ------------------------------------------------------------------- counts ---

COUNTABLE = ["tea urn", "cowbell", "hand bell", "storm lantern", "fire bucket", "hat box", "crash helmet",
             "milk churn", "tractor tyre", "medicine ball", "rugby ball", "bowling pin", "hockey stick", "milk crate",
             "hay bale", "wheelie bin", "school chair", "milking stool", "sheepdog", "kitten", "hamster", "budgie",
             "hedgehog", "piglet", "duckling", "alpaca", "llama", "zebra", "kangaroo", "heron", "blacksmith",
             "farmer", "beekeeper", "nurse", "juggler", "pupil", "tractor", "scooter", "go-kart", "milk float",
             "birch tree", "fir tree", "beach hut", "silo", "wind turbine"]
IRREGULAR = ["goose", "mouse", "sheep", "deer", "ox", "loaf", "scarf", "bookshelf", "goldfish", "potato",
             "fisherman", "postman", "lorry"]
COUNT_ONE = [lambda x: f"hey!! just the one {x} pls, no more ty!!",
             lambda x: f"Lot {num()}: a single {x}.",
             lambda x: f"okay one {x} only full stop",
             lambda x: f"Image description: one {x}, alone."]
COUNT_MANY = [
    lambda n, x: f"First post here. I need exactly {many(n, x)} in the shot. Cheers in advance.",
    lambda n, x: f"hey!! {many(n, x)} pls, not one more ty!!",
    lambda n, x: f"PANEL {num()}: {many(n, x, True)}, all in frame.",
    lambda n, x: f"Lot {num()}: a set of {many(n, x)}.",
    lambda n, x: f"I counted {many(n, x)} in my picture. The end.",
    lambda n, x: f"Please to make {many(n, x)}, this number exactly.",
    lambda n, x: f"okay {many(n, x)} exactly full stop",
    lambda n, x: f"Field log, day {num()}: {many(n, x)} counted.",
    lambda n, x: f"Level {num()} layout: spawn {many(n, x, True)}.",
    lambda n, x: f"Image description: {many(n, x)}.",
]
LONE = "potting bench"
MIXED = [lambda n, x, m, y: (f"Lot {num()}: {many(n, x)} and {many(m, y)}.", {x: n, y: m}),
         lambda n, x, m, y: (f"Level {num()} layout: {n} {plural(x)}, {m} {plural(y)} and 1 {LONE}.",
                             {x: n, y: m, LONE: 1}),
         lambda n, x, m, y: (f"hey!! {many(n, x)} and {many(m, y)} pls ty!!", {x: n, y: m}),
         lambda n, x, m, y: (f"okay {many(n, x)} and also {many(m, y)}", {x: n, y: m})]


def counts() -> list[dict]:
    rows = []
    for i in range(36):
        template = COUNT_MANY[i % len(COUNT_MANY)]

        def make():
            x = rng.choice(IRREGULAR if i % 3 == 0 else COUNTABLE)
            n = rng.choice([2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 14, 15])
            return row(dress(template(n, x), tail=False), {x: n})

        rows.append(fresh(make))
    for i in range(8):
        template = COUNT_ONE[i % len(COUNT_ONE)]

        def make():
            x = rng.choice(COUNTABLE + IRREGULAR[:8])
            return row(dress(template(x), tail=False), {x: 1})

        rows.append(fresh(make))
    for i in range(16):
        template = MIXED[i % len(MIXED)]

        def make():
            x, y = rng.sample(COUNTABLE + IRREGULAR, 2)
            n, m = rng.choice([2, 3, 4, 5, 6]), rng.choice([2, 3, 4, 5])
            text, objects = template(n, x, m, y)
            return row(dress(text, tail=False), objects)

        rows.append(fresh(make))
    return rows


# ------------------------------------------------------------------- facing ---

FACE_ANIMALS = ["sheepdog", "labrador", "greyhound", "corgi", "goat", "donkey", "alpaca", "llama", "camel", "zebra",
                "giraffe", "elephant", "kangaroo", "stag", "foal", "boar", "fox", "badger", "rhino", "ox", "piglet"]
FACE_VEHICLES = ["tractor", "tram", "scooter", "bicycle", "lorry", "combine harvester", "milk float", "steamroller",
                 "minibus", "rickshaw", "go-kart", "golf buggy", "dumper truck", "bulldozer"]
FACE_PEOPLE = ["blacksmith", "farmer", "shepherd", "shopkeeper", "teacher", "caretaker", "jockey", "fisherman",
               "beekeeper", "postman", "nurse", "busker", "juggler", "clown", "bagpiper", "granddad"]


def moves(k: str, person: str, vehicle: str) -> str:
    return vehicle if k == "vehicle" else person


FACING = {
    "camera": [lambda a, k: f"First post here. How do I get {an(a)} facing the viewer head-on? Cheers in advance.",
               lambda a, k: f"hey!! {an(a)} looking straight out at us pls ty!!"
               if k != "vehicle" else f"hey!! {an(a)} pointing straight at us pls ty!!",
               lambda a, k: f"PANEL {num()}: {an(a)} " + moves(k, "turns to camera.", "drives straight at camera."),
               lambda a, k: f"Lot {num()}: {an(a)}, shown from the front, facing the viewer.",
               lambda a, k: f"Please to make {an(a)} with {its(a)} face toward the looker.",
               lambda a, k: f"okay {an(a)} facing us",
               lambda a, k: f"Image description: {an(a)} facing the camera."],
    "away": [lambda a, k: f"First post here. How do I get {an(a)} facing away from the viewer? Cheers in advance.",
             lambda a, k: f"hey!! {an(a)} with {its(a)} back to us pls ty!!",
             lambda a, k: f"PANEL {num()}: {an(a)} " + moves(k, "walks off, away from camera.",
                                                              "drives off, away from camera."),
             lambda a, k: f"Lot {num()}: {an(a)}, shown from the rear, facing away.",
             lambda a, k: f"Please to make {an(a)} which is turning {its(a)} back to the looker.",
             lambda a, k: f"okay {an(a)} facing away from us",
             lambda a, k: f"Image description: {an(a)} facing away from the camera."],
    "left": [lambda a, k: f"First post here. How do I get {an(a)} in profile, facing left? Cheers in advance.",
             lambda a, k: f"hey!! {an(a)} side on and facing left pls ty!!",
             lambda a, k: f"PANEL {num()}: {an(a)} " + moves(k, "crosses frame right to left.",
                                                              "drives across frame right to left."),
             lambda a, k: f"Lot {num()}: {an(a)}, shown in profile, facing left.",
             lambda a, k: f"Please to make {an(a)} looking toward the left side, from the view of the looker."
             if k != "vehicle" else f"Please to make {an(a)} going toward the left side, from the view of the "
                                    f"looker.",
             lambda a, k: f"okay {an(a)} facing left",
             lambda a, k: f"Image description: {an(a)} seen side-on, facing left."],
    "right": [lambda a, k: f"First post here. How do I get {an(a)} in profile, facing right? Cheers in advance.",
              lambda a, k: f"hey!! {an(a)} side on and facing right pls ty!!",
              lambda a, k: f"PANEL {num()}: {an(a)} " + moves(k, "crosses frame left to right.",
                                                               "drives across frame left to right."),
              lambda a, k: f"Lot {num()}: {an(a)}, shown in profile, facing right.",
              lambda a, k: f"Please to make {an(a)} looking toward the right side, from the view of the looker."
              if k != "vehicle" else f"Please to make {an(a)} going toward the right side, from the view of the "
                                     f"looker.",
              lambda a, k: f"okay {an(a)} facing right",
              lambda a, k: f"Image description: {an(a)} seen side-on, facing right."],
}
MANY_FACING = {"camera": lambda n, a, k: f"Image description: {many(n, a)}, all of them facing the camera.",
               "away": lambda n, a, k: f"okay {many(n, a)} all facing away from us",
               "left": lambda n, a, k: f"PANEL {num()}: {many(n, a, True)}, every one facing frame left.",
               "right": lambda n, a, k: f"hey!! {many(n, a)} all facing right pls ty!!"}


def facing() -> list[dict]:
    rows = []
    ways = ["camera", "away", "left", "right"]
    for i in range(PER_KIND + 4):
        way = ways[i % 4]
        template = FACING[way][(i // 4) % len(FACING[way])]

        def make():
            kind = rng.choice(["animal", "animal", "vehicle", "person"])
            a = rng.choice({"animal": FACE_ANIMALS, "vehicle": FACE_VEHICLES, "person": FACE_PEOPLE}[kind])
            if i % 6 == 5:  # several: every one faces that way
                n = rng.choice([2, 3, 4])
                return row(dress(MANY_FACING[way](n, a, kind), tail=False), {a: n}, facing=[(a, way)])
            return row(dress(template(a, kind)), {a: 1}, facing=[(a, way)])

        rows.append(fresh(make))
    return rows


# ------------------------------------------------------------------- camera ---
# Left and right views are the scene's: the camera stands on the viewer's left (right) of the
# scene as it is usually shown, never "its left side" of a thing with a front of its own.
VIEWS = {
    "top": [lambda a, b: f"First post here. I want {an(a)} and {an(b)} shot from directly overhead. Cheers in "
                         f"advance.",
            lambda a, b: f"hey!! bird's-eye view straight down on {an(a)} pls ty!!",
            lambda a, b: f"PANEL {num()}: top-down shot, {an(a)} and {an(b)} seen from straight above.",
            lambda a, b: f"Lot {num()}: {an(a)}, photographed from directly above.",
            lambda a, b: f"I drew {an(a)} from high up in the sky, looking down on it. The end.",
            lambda a, b: f"Please to make the camera high above {the(a)} and {the(b)}, looking exactly down.",
            lambda a, b: f"okay camera straight above looking down at {an(a)} and {an(b)}",
            lambda a, b: f"Level {num()} layout: overhead camera pointing straight down at {an(a)}."],
    "front": [lambda a, b: f"First post here. I want {an(a)} and {an(b)} seen from the front at eye level. Cheers "
                           f"in advance.",
              lambda a, b: f"hey!! front-on view of {an(a)} pls, eye level ty!!",
              lambda a, b: f"PANEL {num()}: front view of {an(a)} and {an(b)}, eye height.",
              lambda a, b: f"Lot {num()}: {an(a)}, photographed from the front.",
              lambda a, b: f"I drew {an(a)} from the front so you see {its(a)} face. The end.",
              lambda a, b: f"Please to make the camera at the front of {the(a)}, same height as the eyes.",
              lambda a, b: f"okay front view of {an(a)} and {an(b)} at eye level",
              lambda a, b: f"Level {num()} layout: camera facing the front of {an(a)}, at eye level."],
    "back": [lambda a, b: f"First post here. I want {an(a)} and {an(b)} seen from behind. Cheers in advance.",
             lambda a, b: f"hey!! view from behind {an(a)} pls, we see {its(a)} back ty!!",
             lambda a, b: f"PANEL {num()}: reverse angle from behind {an(a)} and {an(b)}.",
             lambda a, b: f"Lot {num()}: {an(a)}, photographed from the rear.",
             lambda a, b: f"I drew {an(a)} from the back so you can't see {its(a)} face. The end.",
             lambda a, b: f"Please to make the camera at the back side of {the(a)}, seeing {its(a)} back.",
             lambda a, b: f"okay view from behind {an(a)} and {an(b)}",
             lambda a, b: f"Level {num()} layout: camera behind {an(a)}, looking at {its(a)} back."],
    "left": [lambda a, b: f"First post here. I want the camera off at the left-hand side of the scene, looking "
                          f"across at {an(a)} and {an(b)}. Cheers in advance.",
             lambda a, b: f"hey!! shoot {an(a)} and {an(b)} from the left-hand side of the scene pls ty!!",
             lambda a, b: f"PANEL {num()}: camera placed at scene left, looking across at {an(a)} and {an(b)}.",
             lambda a, b: f"Lot {num()}: {an(a)} and {an(b)}, photographed from the left-hand side of the "
                          f"arrangement.",
             lambda a, b: f"I stood at the left end of everything to draw {an(a)} and {an(b)}. The end.",
             lambda a, b: f"Please to make the camera at the left side of the scene, looking across to {the(a)} "
                          f"and {the(b)}.",
             lambda a, b: f"okay camera at the left-hand side of the scene looking across at {an(a)} and {an(b)}",
             lambda a, b: f"Level {num()} layout: camera at the left-hand edge of the scene, looking across at "
                          f"{an(a)} and {an(b)}."],
    "right": [lambda a, b: f"First post here. I want the camera off at the right-hand side of the scene, looking "
                           f"across at {an(a)} and {an(b)}. Cheers in advance.",
              lambda a, b: f"hey!! shoot {an(a)} and {an(b)} from the right-hand side of the scene pls ty!!",
              lambda a, b: f"PANEL {num()}: camera placed at scene right, looking across at {an(a)} and {an(b)}.",
              lambda a, b: f"Lot {num()}: {an(a)} and {an(b)}, photographed from the right-hand side of the "
                           f"arrangement.",
              lambda a, b: f"I stood at the right end of everything to draw {an(a)} and {an(b)}. The end.",
              lambda a, b: f"Please to make the camera at the right side of the scene, looking across to {the(a)} "
                           f"and {the(b)}.",
              lambda a, b: f"okay camera at the right-hand side of the scene looking across at {an(a)} and {an(b)}",
              lambda a, b: f"Level {num()} layout: camera at the right-hand edge of the scene, looking across at "
                           f"{an(a)} and {an(b)}."],
    "close-up": [lambda a, b: f"First post here. I want an extreme close-up of {an(a)}, filling the frame. Cheers "
                              f"in advance.",
                 lambda a, b: f"hey!! super close on {an(a)} pls, fill the whole thing ty!!",
                 lambda a, b: f"PANEL {num()}: extreme close-up, {an(a)} fills the frame.",
                 lambda a, b: f"Lot {num()}: detail shot of {an(a)}, edge to edge.",
                 lambda a, b: f"I drew {an(a)} so big it fills up all the paper. The end.",
                 lambda a, b: f"Please to make the camera very near {the(a)}, so it is filling the whole picture.",
                 lambda a, b: f"okay really close up on {an(a)} so it fills the frame",
                 lambda a, b: f"Level {num()} layout: zoomed right in on {an(a)}, filling the screen."],
    "wide": [lambda a, b: f"First post here. I want {an(a)} and {an(b)} tiny in a huge empty landscape. Cheers in "
                          f"advance.",
             lambda a, b: f"hey!! super wide shot, {an(a)} just a speck far away ty!!",
             lambda a, b: f"PANEL {num()}: extreme wide shot, {an(a)} and {an(b)} small in the distance.",
             lambda a, b: f"Lot {num()}: panoramic view, {an(a)} tiny on the horizon.",
             lambda a, b: f"I drew {an(a)} and {an(b)} very small and far away with lots of land. The end.",
             lambda a, b: f"Please to make {the(a)} very far and small, inside a big empty land.",
             lambda a, b: f"okay very wide shot {an(a)} and {an(b)} tiny and far away",
             lambda a, b: f"Level {num()} layout: camera pulled way back, {an(a)} a dot in a vast open map."],
}


def camera() -> list[dict]:
    things = SMALL + CREATURES + PEOPLE + LARGE
    fronted = CREATURES + PEOPLE + FACE_VEHICLES  # things with a front and a back
    rows = []
    for view, phrasings in VIEWS.items():
        for i in range(8):
            template = phrasings[i % len(phrasings)]

            def make():
                pool = things
                if view == "close-up":
                    pool = TABLETOP + PETS
                elif view in ("front", "back"):
                    pool = fronted
                elif view == "wide":
                    pool = LARGE + BIG_ANIMALS  # things that still show when small and far away
                a = pick(pool)
                b = pick(pool, avoid={a})
                text = template(a, b)
                objects = {a: 1, b: 1} if re.search(rf"\b{re.escape(b)}\b", text) else {a: 1}
                return row(dress(text, tail=False), objects, camera=view)

            rows.append(fresh(make))
    return rows


def main() -> None:
    sets = {"relations": relations(), "composition": composition(), "counts": counts(), "facing": facing(),
            "camera": camera()}
    OUT.mkdir(exist_ok=True)
    for name, rows in sets.items():
        (OUT / f"{name}.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows))
    known = existing_nouns()
    for name, rows in sets.items():
        new = sum(any(n not in known for n in r["expect"]["objects"]) for r in rows)
        print(f"{name}: {len(rows)} prompts ({new} with a noun no other set uses)")


if __name__ == "__main__":
    main()
