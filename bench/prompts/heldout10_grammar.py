"""Writes the TENTH held-out layout prompts (bench/prompts/heldout10/*.jsonl) from a grammar.

    .venv/bin/python bench/prompts/heldout10_grammar.py

Why a tenth held-out set: the ninth one (bench/prompts/heldout9/) was run once fresh (session
2026-12-07, third) and then read while building, so its figure now measures some fit too. This
set was written without reading the implementation, its tests or its documentation (only the
bench's scorers, bench/layout.py, bench/scenes.py and bench/layout_selfcheck.py, and the existing
prompt sets and grammars in bench/prompts, so as to differ from them). Run it once, with
``--failures 0``:

- registers: every kind is said in voices none of the other sets imitates: a voicemail left for
  the person doing the picture ("Hi, it's me ... Anyway, call me back."), a live sports-style
  commentary ("And here we go, folks: ..."), a question-and-answer pair ("Q: ... A: ..."), a
  childhood memory ("When I was little, ..."), a treasure-hunt clue ("Clue 4: look under the
  ... for the ..."), a workbook exercise ("Exercise 3: draw ..."), a recipe's method ("Method:
  take ..., set it down on ..."), a note to self ("Note to self: ..."), a social-media post with
  a hashtag at the end, a "POV: you're ..." caption, a tour guide talking to a group ("Ladies
  and gentlemen, ..."), and a lost-and-found notice ("Lost: ... Last seen ..."). Numbers are
  said as words and as digits. Left and right are always the viewer's ("as you look at it",
  "of the picture", "on your screen"); no "its left" on a thing with a front;
- vocabulary: common, concrete nouns a real user would type (bathroom, office, garage, cafe
  and camping things, sports kit, dog breeds and pets, farm and zoo animals, street trades and
  relatives, works vehicles and family cars, cottages, kiosks and churches, park trees), most of
  which no other prompt set uses (counted and printed when run), a few familiar ones, and a few
  ordinary first names; nothing obscure;
- physically plausible: small things go on and under furniture with room under it, big things
  stand behind small ones (never the other way round), only vans, lorries, buses, diggers,
  caravans, cottages and hedges hide an animal or a person, things far off in a wide shot are
  big, chairs go round tables only, farm animals round a haystack and people round a bonfire,
  a maypole, a fountain or a barbecue;
- no prompt equals or contains (as a whole-word sequence) a prompt of any other part, layout or
  scene, and no two nouns of one prompt share a word: drawn again until so (the script checks).

Nothing outside bench/prompts may import this file, name it, or quote its prompts; nobody should
tune the parser on them. The truth is written with each prompt by the grammar (the meaning of
the words, chosen by hand), never read from the implementation. Deterministic (seed 47251).
Same JSON as the other sets: {"prompt": ..., "expect": {"objects": {...}, "relations": [...],
"facing": [...], "camera": ...}}; object names are the nouns as written, singular.
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "heldout10"
ME = "heldout10"
rng = random.Random(47251)
PER_KIND = 44  # prompts per relation kind, per composition region; facing has 48

# ------------------------------------------------------------- vocabulary ---
TABLETOP = ["salt shaker", "sugar bowl", "butter dish", "cake tin", "biscuit tin", "jam jar", "water jug",
            "soap dispenser", "toothbrush mug", "hairdryer", "alarm clock", "desk fan", "stapler", "hole punch",
            "calculator", "pencil case", "shoebox", "jewellery box", "piggy bank", "snow globe", "rubber duck",
            "toy robot", "toy train", "watering can", "flower pot", "cactus", "fern", "bonsai tree", "wash bag",
            "handbag", "laptop", "torch", "radio", "sewing machine", "printer", "microwave", "blender",
            "slow cooker", "rice cooker", "bread bin", "cookie jar", "pizza box", "shopping bag", "kettle"]
FLOOR_THINGS = ["laundry hamper", "vacuum cleaner", "umbrella stand", "floor cushion", "bean bag", "dumbbell",
                "kettlebell", "skateboard", "toolbox", "paint tin", "wicker basket", "log basket",
                "fire extinguisher", "traffic cone", "football", "basketball", "baseball bat", "gym bag",
                "sleeping bag", "cool box", "rucksack", "suitcase"]
SMALL = TABLETOP + FLOOR_THINGS
PERCHERS = ["ginger cat", "parrot", "guinea pig", "robin", "pug", "chihuahua"]
SUPPORTS = ["desk", "dining table", "sideboard", "chest of drawers", "ottoman", "dresser", "workbench",
            "garden bench", "piano", "washing machine", "tumble dryer", "bedside table", "footstool",
            "ironing board"]
COVERS = ["dining table", "desk", "garden bench", "workbench", "bunk bed", "camp bed", "picnic bench",
          "ping-pong table", "pool table", "park bench", "ironing board"]
UNDER_SUBJECTS = ["ginger cat", "pug", "guinea pig", "beagle", "tortoise", "chihuahua", "football", "basketball",
                  "toolbox", "gym bag", "shoebox", "laundry hamper", "skateboard", "sleeping bag", "paint tin",
                  "floor cushion", "rucksack", "bean bag", "wicker basket", "cool box", "suitcase", "toy train"]
PETS = ["beagle", "pug", "dalmatian", "poodle", "spaniel", "chihuahua", "ginger cat", "guinea pig", "parrot",
        "tortoise", "robin", "pigeon", "seagull", "ferret", "lamb", "cockerel", "turkey", "dog"]
ZOO = ["pony", "ostrich", "flamingo", "meerkat", "panda", "koala", "polar bear", "crocodile", "leopard",
       "cheetah", "moose", "bison", "reindeer", "peacock", "owl", "wolf", "monkey", "calf", "bull", "horse"]
CREATURES = PETS + ZOO
BIG_ANIMALS = ["bison", "moose", "polar bear", "reindeer", "bull", "horse", "ostrich"]
HIDEABLE = [c for c in CREATURES if c not in ("moose", "bison", "polar bear", "ostrich", "horse", "bull")]
JOBS = ["lifeguard", "waiter", "waitress", "chef", "plumber", "electrician", "window cleaner", "lollipop lady",
        "traffic warden", "paramedic", "firefighter", "police officer", "gardener", "hairdresser", "cyclist",
        "jogger", "skateboarder", "referee", "goalkeeper", "mechanic", "pilot", "builder", "florist", "butcher"]
FAMILY = ["teenager", "toddler", "grandma", "uncle", "aunt", "cousin", "bride", "schoolgirl", "schoolboy"]
PEOPLE = JOBS + FAMILY
NAMES = ["Priya", "Oskar", "Maeve", "Femi", "Grace", "Tomasz", "Yusuf", "Hannah", "Declan", "Zara", "Ellis",
         "Rosa", "Jamal", "Ingrid", "Luca", "Bethany"]
VEHICLES = ["camper van", "pickup truck", "fire engine", "police car", "taxi", "school bus", "ice cream van",
            "motorbike", "quad bike", "cement mixer", "double-decker bus", "tow truck", "horsebox", "limousine",
            "hatchback", "jeep", "forklift", "digger", "caravan"]
BUILDINGS = ["bungalow", "cottage", "church", "pub", "bakery", "greenhouse", "windmill", "lighthouse", "cafe",
             "chapel", "kiosk", "farmhouse", "fire station", "phone box", "bus shelter"]
TREES = ["oak tree", "apple tree", "palm tree", "willow tree", "pine tree", "cherry tree", "hedge"]
LARGE = VEHICLES + BUILDINGS + TREES
BULKY = ["camper van", "pickup truck", "fire engine", "school bus", "ice cream van", "cement mixer",
         "double-decker bus", "tow truck", "horsebox", "bungalow", "caravan", "hedge", "cottage", "farmhouse",
         "digger", "church", "pub", "bakery", "kiosk"]
TABLES = ["dining table", "patio table", "card table", "round table"]
SEATS = ["dining chair", "bar stool", "camping chair", "folding chair", "kitchen chair"]
RING_PLACES = {"bonfire": "people", "maypole": "people", "fountain": "square", "barbecue": "people",
               "statue": "square", "flagpole": "people", "haystack": "farm", "oak tree": "all"}
RING_PEOPLE = ["cousin", "schoolgirl", "schoolboy", "teenager", "jogger", "cyclist", "referee", "waiter",
               "firefighter", "gardener", "uncle"]
RING_FARM = ["lamb", "pony", "calf", "cockerel", "turkey", "bull"]
RING_SQUARE = ["pigeon", "seagull"]
# Irregular plurals and multi-word nouns whose last word is irregular.
PLURALS = {"sheep": "sheep", "calf": "calves", "wolf": "wolves", "lollipop lady": "lollipop ladies",
           "police officer": "police officers", "bus": "buses", "double-decker bus": "double-decker buses",
           "school bus": "school buses", "cactus": "cacti", "chest of drawers": "chests of drawers",
           "torch": "torches", "fern": "ferns", "waitress": "waitresses", "box": "boxes", "taxi": "taxis",
           "ping-pong table": "ping-pong tables", "schoolboy": "schoolboys", "turkey": "turkeys",
           "monkey": "monkeys", "jersey": "jerseys", "pony": "ponies", "cafe": "cafes", "reindeer": "reindeer",
           "bison": "bison", "moose": "moose", "dish": "dishes", "kiosk": "kiosks", "goalkeeper": "goalkeepers"}
WORDS = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight", 9: "nine",
         10: "ten", 11: "eleven", 12: "twelve", 13: "thirteen", 14: "fourteen", 15: "fifteen", 16: "sixteen",
         17: "seventeen", 18: "eighteen", 19: "nineteen", 20: "twenty"}
TAGS = ["#mondaymood", "#homelife", "#nofilter", "#weekendvibes", "#cosyvibes", "#littlethings", "#dayout",
        "#sundaystroll", "#blessed", "#familytime"]

THING_ADJECTIVES = ["chipped", "tartan", "lime-green", "polka-dot", "second-hand", "bright red", "dented"]
UNDESCRIBED = set(TREES) | {"bonfire", "maypole", "fountain", "statue", "flagpole", "haystack"}
CREATURE_ADJECTIVES = ["sleepy", "fluffy", "skinny", "nosy", "soggy", "bouncy"]
PEOPLE_ADJECTIVES = ["smiling", "tired", "cheeky", "bored", "sunburnt", "whistling"]
TAILS = [" (felt-tip style)", " (claymation look)", " (coloured pencil)", " (lino print)", " (pixel art)"]
TAIL_SHARE = 0.15
TAIL_OK = ("Note to self", "Exercise", "Q:")


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
    return "creature" if noun in CREATURES + RING_FARM + RING_SQUARE else "thing"


def describe(noun: str, share: float) -> str:
    if rng.random() < share and noun not in UNDESCRIBED and noun not in NAMES:
        pool = {"person": PEOPLE_ADJECTIVES, "creature": CREATURE_ADJECTIVES}.get(kind_of(noun), THING_ADJECTIVES)
        return f"{rng.choice(pool)} {noun}"
    return noun


def an(noun: str, share: float = 0.2) -> str:
    """'a kettle', 'an owl', sometimes 'a tartan kettle'; names stay bare."""
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


def it_is(noun: str) -> str:
    return "they're" if it(noun) == "them" else "it's"


def many(n: int, noun: str, digits: bool = False) -> str:
    return f"{n if digits else WORDS[n]} {plural(noun)}"


def pick(pool: list[str], avoid=()) -> str:
    return rng.choice([n for n in pool if n not in avoid])


def tag() -> str:
    return rng.choice(TAGS)


def clue() -> int:
    return rng.randint(2, 9)


def dress(text: str, tail: bool = True) -> str:
    """Capitalised; now and then a style note (only on notes, exercises and answers)."""
    if tail and rng.random() < TAIL_SHARE and text.startswith(TAIL_OK) and text.endswith("."):
        text = text.rstrip(".") + rng.choice(TAILS) + "."
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
                   "heldout9"):
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
    two of its nouns share a word (an oak tree beside a palm tree)."""
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
    lambda s, o: f"Hi, it's me. About the picture: {an(s)} on the left and {an(o)} on the right, please. "
                 f"Anyway, call me back.",
    lambda s, o: f"And here we go, folks: {an(s)} on the left of your screen, {an(o)} on the right!",
    lambda s, o: f"Q: Where's {the(s)}? A: To the left of {the(o)}, as you look at the picture.",
    lambda s, o: f"When I was little, there was {an(s)} just to the left of {an(o)}, as you looked out of our "
                 f"front window.",
    lambda s, o: f"Clue {clue()}: find {the(o)}, then look to the left of {it(o)} as you face {it(o)}: {the(s)} "
                 f"has the next clue.",
    lambda s, o: f"Exercise {clue()}: draw {an(s)} on the left of your page and {an(o)} on the right.",
    lambda s, o: f"Method: place {an(s)} on the left, then set {an(o)} down to the right of {it(s)}, as you "
                 f"look at them.",
    lambda s, o: f"Note to self: {the(s)} goes left of {the(o)} in the drawing, seen from the front.",
    lambda s, o: f"{cap(an(s))} on the left, {an(o)} on the right, what more could you want {tag()}",
    lambda s, o: f"POV: you're looking at {an(o)}, and there's {an(s)} just to the left of {it(o)}.",
    lambda s, o: f"Ladies and gentlemen, straight ahead of you: {an(s)} on your left and {an(o)} on your right.",
    lambda s, o: f"Found: {an(s)}, sitting just to the left of {an(o)} (as you look at them)."
    if kind_of(s) != "person" else f"Seen today: {an(s)} on the left and {an(o)} on the right, as you look.",
]
RIGHT = [
    lambda s, o: f"Hi, it's me. About the picture: {an(o)} on the left and {an(s)} on the right, please. "
                 f"Anyway, call me back.",
    lambda s, o: f"And here we go, folks: {an(o)} on the left of your screen, {an(s)} on the right!",
    lambda s, o: f"Q: Where's {the(s)}? A: To the right of {the(o)}, as you look at the picture.",
    lambda s, o: f"When I was little, there was {an(s)} just to the right of {an(o)}, as you looked out of our "
                 f"front window.",
    lambda s, o: f"Clue {clue()}: find {the(o)}, then look to the right of {it(o)} as you face {it(o)}: {the(s)} "
                 f"has the next clue.",
    lambda s, o: f"Exercise {clue()}: draw {an(o)} on the left of your page and {an(s)} on the right.",
    lambda s, o: f"Method: place {an(o)} on the left, then set {an(s)} down to the right of {it(o)}, as you "
                 f"look at them.",
    lambda s, o: f"Note to self: {the(s)} goes right of {the(o)} in the drawing, seen from the front.",
    lambda s, o: f"{cap(an(o))} on the left, {an(s)} on the right, what more could you want {tag()}",
    lambda s, o: f"POV: you're looking at {an(o)}, and there's {an(s)} just to the right of {it(o)}.",
    lambda s, o: f"Ladies and gentlemen, straight ahead of you: {an(o)} on your left and {an(s)} on your right.",
    lambda s, o: f"Found: {an(s)}, sitting just to the right of {an(o)} (as you look at them)."
    if kind_of(s) != "person" else f"Seen today: {an(o)} on the left and {an(s)} on the right, as you look.",
]
ON = [
    lambda s, o: f"Hi, it's me. For the picture I'd like {an(s)} sitting on top of {an(o)}. Anyway, call me back.",
    lambda s, o: f"And would you look at that, folks: {an(s)} perched right on top of {an(o)}!",
    lambda s, o: f"Q: Where does {the(s)} go? A: On top of {the(o)}.",
    lambda s, o: f"When I was little, we always kept {an(s)} on top of {the(o)}.",
    lambda s, o: f"Clue {clue()}: look on top of {the(o)} and you'll find {the(s)}.",
    lambda s, o: f"Exercise {clue()}: draw {an(s)} resting on {an(o)}.",
    lambda s, o: f"Method: take {an(s)} and set it down on top of {an(o)}.",
    lambda s, o: f"Note to self: {the(s)} sits on {the(o)}, not on the floor beside it.",
    lambda s, o: f"{cap(an(s))} sitting on our {o} again {tag()}",
    lambda s, o: f"POV: you've just spotted {an(s)} up on top of {the(o)}.",
    lambda s, o: f"Ladies and gentlemen, please note {the(s)} standing on top of {the(o)}.",
    lambda s, o: f"Lost: {an(s)}. Last seen on top of {the(o)} in the hallway.",
]
UNDER = [
    lambda s, o: f"Hi, it's me. In the picture, could {the(s)} be under {the(o)}? Anyway, call me back.",
    lambda s, o: f"And where's it got to, folks? There it is: {an(s)}, right underneath {an(o)}!"
    if kind_of(s) != "person" else f"And there, folks, underneath {an(o)}: {an(s)}!",
    lambda s, o: f"Q: Where's {the(s)}? A: Under {the(o)}.",
    lambda s, o: f"When I was little, {the(s)} always ended up under {the(o)}.",
    lambda s, o: f"Clue {clue()}: look under {the(o)} and you'll find {the(s)}.",
    lambda s, o: f"Exercise {clue()}: draw {an(o)} with {an(s)} underneath it.",
    lambda s, o: f"Method: slide {an(s)} in under {an(o)}.",
    lambda s, o: f"Note to self: {the(s)} goes under {the(o)}, not on top.",
    lambda s, o: f"Look what's under {the(o)}: {an(s)} {tag()}",
    lambda s, o: f"POV: you crouch down and see {an(s)} under {the(o)}.",
    lambda s, o: f"Ladies and gentlemen, if you look beneath {the(o)}, you'll see {an(s)}.",
    lambda s, o: f"Lost: {an(s)}. Last seen under {the(o)} in the back room.",
]
FRONT = [
    lambda s, o: f"Hi, it's me. For the picture: {an(s)} in front of {an(o)}, nearer to us. Anyway, call me back.",
    lambda s, o: f"And here we go, folks: {an(s)} right out in front of {an(o)}, closer to the camera!",
    lambda s, o: f"Q: What's closest to the camera? A: {cap(an(s))}, in front of {an(o)}.",
    lambda s, o: f"When I was little, there was always {an(s)} in front of {an(o)}, on our side of {it(o)}.",
    lambda s, o: f"Clue {clue()}: stand facing {the(o)}; {the(s)} is in front of {it(o)}, between you and {it(o)}.",
    lambda s, o: f"Exercise {clue()}: draw {an(s)} in front of {an(o)}, so it's nearer to you.",
    lambda s, o: f"Method: first {an(o)} at the back, then {an(s)} in front of it, closer to us.",
    lambda s, o: f"Note to self: {the(s)} in front of {the(o)}, not behind.",
    lambda s, o: f"{cap(an(s))} out in front of {an(o)} today {tag()}",
    lambda s, o: f"POV: you're walking up to {an(o)} and {an(s)} is right in front of it.",
    lambda s, o: f"Ladies and gentlemen, nearest to you is {an(s)}, and just beyond {it(s)}, {an(o)}.",
]
BEHIND = [
    lambda s, o: f"Hi, it's me. For the picture: {an(o)} at the front, and {an(s)} behind {it(o)}. "
                 f"Anyway, call me back.",
    lambda s, o: f"And here we go, folks: {an(o)} up front, with {an(s)} some way behind {it(o)}!",
    lambda s, o: f"Q: What's behind {the(o)}? A: {cap(an(s))}.",
    lambda s, o: f"When I was little, there was {an(s)} behind {the(o)}, further away from us.",
    lambda s, o: f"Clue {clue()}: go past {the(o)}; {the(s)} is behind {it(o)}, further away from you.",
    lambda s, o: f"Exercise {clue()}: draw {an(o)}, and then {an(s)} behind {it(o)}, further away.",
    lambda s, o: f"Method: put {an(o)} at the front, then {an(s)} further back, behind {it(o)}.",
    lambda s, o: f"Note to self: {the(s)} behind {the(o)}, further from the viewer.",
    lambda s, o: f"{cap(an(o))} with {an(s)} in the background behind {it(o)} {tag()}",
    lambda s, o: f"POV: you're standing by {an(o)} and there's {an(s)} behind {it(o)}, further off.",
    lambda s, o: f"Ladies and gentlemen, look past {the(o)} and you'll see {an(s)} behind {it(o)}.",
]
NEAR = [
    lambda s, o: f"Hi, it's me. For the picture: {an(s)} right next to {an(o)}. Anyway, call me back.",
    lambda s, o: f"And look at that, folks: {an(s)} sticking close to {an(o)}!",
    lambda s, o: f"Q: Where's {the(s)}? A: Right beside {the(o)}.",
    lambda s, o: f"When I was little, {the(s)} was always right up next to {the(o)}.",
    lambda s, o: f"Clue {clue()}: {the(s)} is right next to {the(o)}.",
    lambda s, o: f"Exercise {clue()}: draw {an(s)} close beside {an(o)}.",
    lambda s, o: f"Method: place {an(s)} right next to {an(o)}.",
    lambda s, o: f"Note to self: keep {the(s)} close to {the(o)}.",
    lambda s, o: f"{cap(an(s))} cosied up next to {an(o)} {tag()}",
    lambda s, o: f"POV: you find {an(s)} right beside {an(o)}.",
    lambda s, o: f"Ladies and gentlemen, here we have {an(s)} right beside {an(o)}.",
]
HIDDEN = [
    lambda s, o: f"Hi, it's me. For the picture: {an(s)} mostly hidden behind {an(o)}, just a bit of {it(s)} "
                 f"showing. Anyway, call me back.",
    lambda s, o: f"And there, folks, peeking out from behind {an(o)}: {an(s)}, nearly out of sight!",
    lambda s, o: f"Q: Can you see {the(s)}? A: Only just: {the(o)} is in front of {it(s)}, hiding most of {it(s)}.",
    lambda s, o: f"When I was little, {an(s)} used to hide behind {the(o)}, and you could only see a bit of "
                 f"{it(s)}.",
    lambda s, o: f"Clue {clue()}: {the(o)} is hiding most of {the(s)}; only a little of {it(s)} shows.",
    lambda s, o: f"Exercise {clue()}: draw {an(o)} with {an(s)} behind it, mostly covered up by it.",
    lambda s, o: f"Method: stand {an(s)} behind {an(o)} so that most of {it(s)} is out of sight.",
    lambda s, o: f"Note to self: {the(s)} mostly hidden by {the(o)}, only partly showing.",
    lambda s, o: f"Spot {the(s)} peeping out from behind {the(o)} {tag()}",
    lambda s, o: f"POV: you can just about see {an(s)} behind {an(o)} that hides most of {it(s)}.",
    lambda s, o: f"Ladies and gentlemen, behind {the(o)} there's {an(s)}, mostly hidden from view.",
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
    lambda s, x, y: f"Hi, it's me. For the picture: {an(s)} between {an(x)} and {an(y)}. Anyway, call me back.",
    lambda s, x, y: f"And here we go, folks: {an(s)} squeezed in between {an(x)} and {an(y)}!",
    lambda s, x, y: f"Q: Where's {the(s)}? A: In between {the(x)} and {the(y)}.",
    lambda s, x, y: f"When I was little, {the(s)} always stood between {the(x)} and {the(y)}.",
    lambda s, x, y: f"Clue {clue()}: {the(s)} is between {the(x)} and {the(y)}.",
    lambda s, x, y: f"Exercise {clue()}: draw {an(x)} and {an(y)}, and {an(s)} between them.",
    lambda s, x, y: f"Method: start with {an(x)} and {an(y)}, then put {an(s)} in the space between them.",
    lambda s, x, y: f"Note to self: {the(s)} goes between {the(x)} and {the(y)}.",
    lambda s, x, y: f"{cap(an(s))} in between {an(x)} and {an(y)} {tag()}",
    lambda s, x, y: f"Ladies and gentlemen, between {the(x)} and {the(y)} you'll see {an(s)}.",
]
BETWEEN_PAIR = [
    lambda s, x: f"Q: What's on either side of {the(s)}? A: Two {plural(x)}, one on each side.",
    lambda s, x: f"Exercise {clue()}: draw {an(s)} with one {x} on each side of {it(s)}.",
    lambda s, x: f"Hi, it's me. For the picture: {an(s)} between two {plural(x)}. Anyway, call me back.",
    lambda s, x: f"POV: you're looking at two {plural(x)} with {an(s)} in the gap between them.",
]


def between() -> list[dict]:
    rows = []
    for i in range(PER_KIND):
        if i % 4 == 3:
            template = BETWEEN_PAIR[(i // 4) % len(BETWEEN_PAIR)]

            def make():
                s = pick(SMALL + CREATURES + PEOPLE + NAMES)
                x = pick(LARGE + ZOO + PEOPLE, avoid={s})
                return row(dress(template(s, x)), {s: 1, x: 2}, [(s, "between", x, x)])
        else:
            template = BETWEEN[i % len(BETWEEN)]

            def make():
                s = pick(SMALL + CREATURES + PEOPLE + NAMES)
                x = pick(LARGE + PEOPLE, avoid={s})
                y = pick(LARGE + PEOPLE + ZOO, avoid={s, x})
                return row(dress(template(s, x, y)), {s: 1, x: 1, y: 1}, [(s, "between", x, y)])

        rows.append(fresh(make))
    return rows


AROUND = [
    lambda n, r, c: f"Hi, it's me. For the picture: {many(n, r)} in a circle round {an(c, 0)}. "
                    f"Anyway, call me back.",
    lambda n, r, c: f"And here we go, folks: {many(n, r)} forming a circle around {the(c, 0)}!",
    lambda n, r, c: f"Q: What's around {the(c, 0)}? A: {cap(many(n, r, True))}, in a circle.",
    lambda n, r, c: f"When I was little, {many(n, r)} would sit in a circle round {the(c, 0)}.",
    lambda n, r, c: f"Clue {clue()}: count the {plural(r)} in the circle round {the(c, 0)}: there are {WORDS[n]}.",
    lambda n, r, c: f"Exercise {clue()}: draw {an(c, 0)} with {many(n, r)} all round it in a ring.",
    lambda n, r, c: f"Method: put {an(c, 0)} in the middle and arrange {many(n, r, True)} in a circle round it.",
    lambda n, r, c: f"Note to self: {many(n, r)}, in a circle around {the(c, 0)}.",
    lambda n, r, c: f"{cap(many(n, r))} in a circle round {the(c, 0)} {tag()}",
    lambda n, r, c: f"Ladies and gentlemen, here {many(n, r)} stand in a circle around {the(c, 0)}.",
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
                r = rng.choice({"people": RING_PEOPLE, "farm": RING_FARM, "square": RING_SQUARE + RING_PEOPLE,
                                "all": RING_PEOPLE + RING_FARM}[group])
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
    "centre": [lambda a: f"Hi, it's me. For the picture: just {an(a)}, right in the middle. Anyway, call me back.",
               lambda a: f"And there, folks, slap bang in the middle of your screen: {an(a)}!",
               lambda a: f"Q: Where should {the(a)} go? A: Right in the centre of the picture.",
               lambda a: f"When I was little, I'd always draw {an(a)} right in the middle of the page.",
               lambda a: f"Clue {clue()}: {the(a)} is right in the middle of the picture.",
               lambda a: f"Exercise {clue()}: draw {an(a)} in the centre of your page.",
               lambda a: f"Method: place {an(a)} in the very middle of the frame.",
               lambda a: f"Note to self: {the(a)} dead centre, nothing else.",
               lambda a: f"Just {an(a)}, right in the middle of the shot {tag()}",
               lambda a: f"POV: {an(a)} is right in the middle of your view.",
               lambda a: f"Ladies and gentlemen, in the middle of the picture: {an(a)}."],
    "image_left": [lambda a: f"Hi, it's me. For the picture: just {an(a)}, over on the left. Anyway, call me back.",
                   lambda a: f"And there, folks, way over on the left of your screen: {an(a)}!",
                   lambda a: f"Q: Where should {the(a)} go? A: Over on the left-hand side of the picture.",
                   lambda a: f"When I was little, I'd always draw {an(a)} over on the left of the page.",
                   lambda a: f"Clue {clue()}: {the(a)} is over on the left side of the picture.",
                   lambda a: f"Exercise {clue()}: draw {an(a)} on the left-hand side of your page.",
                   lambda a: f"Method: place {an(a)} well over to the left of the frame.",
                   lambda a: f"Note to self: {the(a)} on the far left of the picture, nothing else.",
                   lambda a: f"Just {an(a)}, off on the left of the shot {tag()}",
                   lambda a: f"POV: {an(a)} is over on the left of your view.",
                   lambda a: f"Ladies and gentlemen, on the left-hand side of the picture: {an(a)}."],
    "image_right": [lambda a: f"Hi, it's me. For the picture: just {an(a)}, over on the right. Anyway, call me back.",
                    lambda a: f"And there, folks, way over on the right of your screen: {an(a)}!",
                    lambda a: f"Q: Where should {the(a)} go? A: Over on the right-hand side of the picture.",
                    lambda a: f"When I was little, I'd always draw {an(a)} over on the right of the page.",
                    lambda a: f"Clue {clue()}: {the(a)} is over on the right side of the picture.",
                    lambda a: f"Exercise {clue()}: draw {an(a)} on the right-hand side of your page.",
                    lambda a: f"Method: place {an(a)} well over to the right of the frame.",
                    lambda a: f"Note to self: {the(a)} on the far right of the picture, nothing else.",
                    lambda a: f"Just {an(a)}, off on the right of the shot {tag()}",
                    lambda a: f"POV: {an(a)} is over on the right of your view.",
                    lambda a: f"Ladies and gentlemen, on the right-hand side of the picture: {an(a)}."],
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

COUNTABLE = ["salt shaker", "jam jar", "cake tin", "alarm clock", "piggy bank", "snow globe", "rubber duck",
             "toy robot", "flower pot", "bonsai tree", "traffic cone", "football", "basketball", "dumbbell",
             "kettlebell", "skateboard", "floor cushion", "bean bag", "camping chair", "bar stool", "beagle",
             "pug", "dalmatian", "poodle", "guinea pig", "parrot", "tortoise", "flamingo", "meerkat", "panda",
             "cheetah", "lifeguard", "jogger", "cyclist", "plumber", "firefighter", "toddler", "cousin",
             "police car", "hatchback", "forklift", "caravan", "apple tree", "palm tree", "willow tree"]
IRREGULAR = ["calf", "wolf", "lollipop lady", "cactus", "waitress", "double-decker bus", "school bus", "pony",
             "reindeer", "bison", "moose", "chest of drawers", "taxi"]
COUNT_ONE = [lambda x: f"Q: How many {plural(x)}? A: Just the one.",
             lambda x: f"Exercise {clue()}: draw a single {x}, and nothing else.",
             lambda x: f"Hi, it's me. Only one {x} in the picture, please. Anyway, call me back.",
             lambda x: f"Note to self: one {x}, no more."]
COUNT_MANY = [
    lambda n, x: f"Hi, it's me. For the picture I need {many(n, x)}, exactly. Anyway, call me back.",
    lambda n, x: f"And here they come, folks, {many(n, x)}, every one of them!",
    lambda n, x: f"Q: How many {plural(x)} are there? A: {cap(WORDS[n])}, exactly.",
    lambda n, x: f"When I was little, we had {many(n, x)}, and I knew every one of them.",
    lambda n, x: f"Clue {clue()}: count the {plural(x)}; there are {n} of them.",
    lambda n, x: f"Exercise {clue()}: draw {many(n, x)}, no more and no fewer.",
    lambda n, x: f"Method: set out {n} {plural(x)}, no more.",
    lambda n, x: f"Note to self: {many(n, x)}, not one more.",
    lambda n, x: f"Counted {many(n, x)} this morning {tag()}",
    lambda n, x: f"POV: you've got {many(n, x)} in front of you and no more.",
    lambda n, x: f"Ladies and gentlemen, before you stand {many(n, x)}, exactly.",
    lambda n, x: f"Q: And how many {plural(x)} in the end? A: {n}.",
]
LONE = "garden bench"
MIXED = [lambda n, x, m, y: (f"Q: What's in the picture? A: {cap(many(n, x))} and {many(m, y)}.", {x: n, y: m}),
         lambda n, x, m, y: (f"Exercise {clue()}: draw {n} {plural(x)}, {m} {plural(y)} and 1 {LONE}.",
                             {x: n, y: m, LONE: 1}),
         lambda n, x, m, y: (f"Hi, it's me. I'd like {many(n, x)} and {many(m, y)}. Anyway, call me back.",
                             {x: n, y: m}),
         lambda n, x, m, y: (f"Note to self: {many(n, x)}, and {many(m, y)} too.", {x: n, y: m})]


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
            if LONE in (x, y):
                x, y = "pug", "cactus"
            n, m = rng.choice([2, 3, 4, 5, 6]), rng.choice([2, 3, 4, 5])
            text, objects = template(n, x, m, y)
            return row(dress(text, tail=False), objects)

        rows.append(fresh(make))
    return rows


# ------------------------------------------------------------------- facing ---

FACE_ANIMALS = ["beagle", "dalmatian", "poodle", "spaniel", "pony", "ostrich", "panda", "polar bear",
                "crocodile", "leopard", "cheetah", "moose", "bison", "reindeer", "wolf", "calf", "bull", "horse",
                "lamb", "turkey"]
FACE_VEHICLES = ["camper van", "pickup truck", "fire engine", "police car", "taxi", "school bus", "ice cream van",
                 "motorbike", "quad bike", "tow truck", "limousine", "hatchback", "jeep", "digger"]
FACE_PEOPLE = ["lifeguard", "waiter", "chef", "plumber", "window cleaner", "lollipop lady", "traffic warden",
               "paramedic", "firefighter", "police officer", "gardener", "jogger", "referee", "goalkeeper",
               "teenager", "bride"]


def moves(k: str, person: str, vehicle: str) -> str:
    return vehicle if k == "vehicle" else person


FACING = {
    "camera": [lambda a, k: f"Hi, it's me. For the picture: {an(a)} facing us, front on. Anyway, call me back.",
               lambda a, k: f"And here comes {an(a)}, folks, " + moves(k, "heading straight towards the camera!",
                                                                        "driving straight at the camera!"),
               lambda a, k: f"Q: Which way is {the(a)} facing? A: Towards us, straight at the camera.",
               lambda a, k: f"When I was little, {an(a)} " + moves(k, "would always turn and look straight at me.",
                                                                   "would come down the lane straight towards me."),
               lambda a, k: f"Exercise {clue()}: draw {an(a)} facing you, so you see {its(a)} front.",
               lambda a, k: f"Note to self: {the(a)} faces the viewer.",
               lambda a, k: f"POV: {an(a)} is looking right at you."
               if k != "vehicle" else f"POV: {an(a)} is coming straight at you."],
    "away": [lambda a, k: f"Hi, it's me. For the picture: {an(a)} facing away from us. Anyway, call me back.",
             lambda a, k: f"And off goes {an(a)}, folks, " + moves(k, "heading away from the camera!",
                                                                    "driving away from the camera!"),
             lambda a, k: f"Q: Which way is {the(a)} facing? A: Away from us; we only see {its(a)} back.",
             lambda a, k: f"When I was little, I'd watch {an(a)} " + moves(k, "walk off away from me.",
                                                                           "drive off away from me."),
             lambda a, k: f"Exercise {clue()}: draw {an(a)} from behind, facing away from you.",
             lambda a, k: f"Note to self: {the(a)} faces away from the viewer, back to us.",
             lambda a, k: f"POV: {an(a)} has {its(a)} back to you, facing away."],
    "left": [lambda a, k: f"Hi, it's me. For the picture: {an(a)} side-on, facing left. Anyway, call me back.",
             lambda a, k: f"And here comes {an(a)}, folks, " + moves(k, "going from right to left across your screen!",
                                                                      "driving from right to left across your "
                                                                      "screen!"),
             lambda a, k: f"Q: Which way is {the(a)} facing? A: To the left of the picture.",
             lambda a, k: f"When I was little, {an(a)} " + moves(k, "would go past our window from right to left.",
                                                                 "would drive past our window from right to "
                                                                 "left."),
             lambda a, k: f"Exercise {clue()}: draw {an(a)} side-on, facing the left edge of your page.",
             lambda a, k: f"Note to self: {the(a)} faces left in the picture.",
             lambda a, k: f"POV: {an(a)} passes in front of you, heading off to your left."],
    "right": [lambda a, k: f"Hi, it's me. For the picture: {an(a)} side-on, facing right. Anyway, call me back.",
              lambda a, k: f"And here comes {an(a)}, folks, " + moves(k, "going from left to right across your "
                                                                         "screen!",
                                                                       "driving from left to right across your "
                                                                       "screen!"),
              lambda a, k: f"Q: Which way is {the(a)} facing? A: To the right of the picture.",
              lambda a, k: f"When I was little, {an(a)} " + moves(k, "would go past our window from left to right.",
                                                                  "would drive past our window from left to "
                                                                  "right."),
              lambda a, k: f"Exercise {clue()}: draw {an(a)} side-on, facing the right edge of your page.",
              lambda a, k: f"Note to self: {the(a)} faces right in the picture.",
              lambda a, k: f"POV: {an(a)} passes in front of you, heading off to your right."],
}
MANY_FACING = {"camera": lambda n, a, k: f"Q: Which way are the {plural(a)} facing? A: All {n} face the camera.",
               "away": lambda n, a, k: f"Note to self: {many(n, a)}, every one facing away from the viewer.",
               "left": lambda n, a, k: f"Hi, it's me. For the picture: {many(n, a)}, all facing left. "
                                       f"Anyway, call me back.",
               "right": lambda n, a, k: f"Exercise {clue()}: draw {many(n, a)}, each one facing the right edge of "
                                        f"your page."}


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
    "top": [lambda a, b: f"Hi, it's me. For the picture: {an(a)} and {an(b)}, seen from straight above. "
                         f"Anyway, call me back.",
            lambda a, b: f"And here's the overhead shot, folks: {an(a)}, seen from directly above!",
            lambda a, b: f"Q: Where's the camera? A: Straight above {the(a)}, looking down.",
            lambda a, b: f"When I was little, I'd dream of looking straight down on {an(a)} and {an(b)} "
                         f"from high above.",
            lambda a, b: f"Exercise {clue()}: draw {an(a)} as seen from directly above.",
            lambda a, b: f"Method: with the camera right overhead, pointing straight down, show {an(a)} and "
                         f"{an(b)}.",
            lambda a, b: f"Note to self: {the(a)} and {the(b)}, shot from directly above.",
            lambda a, b: f"POV: you're hovering right above {an(a)}, looking straight down."],
    "front": [lambda a, b: f"Hi, it's me. For the picture: {an(a)} and {an(b)}, from the front, at eye level. "
                           f"Anyway, call me back.",
              lambda a, b: f"And here's the head-on view, folks: {an(a)}, from the front!",
              lambda a, b: f"Q: Where's the camera? A: Right in front of {the(a)}, at eye level.",
              lambda a, b: f"When I was little, I'd stand right in front of {an(a)} and look at {its(a)} front.",
              lambda a, b: f"Exercise {clue()}: draw {an(a)} and {an(b)} from the front.",
              lambda a, b: f"Method: with the camera in front of {the(a)} at eye level, show {its(a)} front.",
              lambda a, b: f"Note to self: {the(a)} seen from the front, eye level.",
              lambda a, b: f"POV: you're standing right in front of {an(a)}, face to face."],
    "back": [lambda a, b: f"Hi, it's me. For the picture: {an(a)} and {an(b)}, from behind. Anyway, call me back.",
             lambda a, b: f"And here's the view from behind, folks: {an(a)}, with {its(a)} back to us!",
             lambda a, b: f"Q: Where's the camera? A: Behind {the(a)}, looking at {its(a)} back.",
             lambda a, b: f"When I was little, I'd walk along behind {an(a)}, looking at {its(a)} back.",
             lambda a, b: f"Exercise {clue()}: draw {an(a)} and {an(b)} from behind.",
             lambda a, b: f"Method: with the camera behind {the(a)}, show {its(a)} back.",
             lambda a, b: f"Note to self: {the(a)} and {the(b)} seen from behind.",
             lambda a, b: f"POV: you're right behind {an(a)}, looking at {its(a)} back."],
    "left": [lambda a, b: f"Hi, it's me. For the picture: {an(a)} and {an(b)}, with the camera off at the left-hand "
                          f"side of the scene, looking across. Anyway, call me back.",
             lambda a, b: f"And here's the side-on view from the left of the scene, folks: {an(a)} and {an(b)}!",
             lambda a, b: f"Q: Where's the camera? A: Off at the left-hand side of the scene, looking across at "
                          f"{the(a)} and {the(b)}.",
             lambda a, b: f"When I was little, I'd watch {an(a)} and {an(b)} from the left-hand side of the scene, "
                          f"looking across.",
             lambda a, b: f"Exercise {clue()}: draw {an(a)} and {an(b)} as seen from the left-hand side of the "
                          f"scene.",
             lambda a, b: f"Method: put the camera at the left-hand side of the scene and point it across at "
                          f"{an(a)} and {an(b)}.",
             lambda a, b: f"Note to self: {the(a)} and {the(b)}, camera at the left-hand side of the scene.",
             lambda a, b: f"POV: you're standing off to the left-hand side of the scene, looking across at "
                          f"{an(a)} and {an(b)}."],
    "right": [lambda a, b: f"Hi, it's me. For the picture: {an(a)} and {an(b)}, with the camera off at the "
                           f"right-hand side of the scene, looking across. Anyway, call me back.",
              lambda a, b: f"And here's the side-on view from the right of the scene, folks: {an(a)} and {an(b)}!",
              lambda a, b: f"Q: Where's the camera? A: Off at the right-hand side of the scene, looking across at "
                           f"{the(a)} and {the(b)}.",
              lambda a, b: f"When I was little, I'd watch {an(a)} and {an(b)} from the right-hand side of the "
                           f"scene, looking across.",
              lambda a, b: f"Exercise {clue()}: draw {an(a)} and {an(b)} as seen from the right-hand side of the "
                           f"scene.",
              lambda a, b: f"Method: put the camera at the right-hand side of the scene and point it across at "
                           f"{an(a)} and {an(b)}.",
              lambda a, b: f"Note to self: {the(a)} and {the(b)}, camera at the right-hand side of the scene.",
              lambda a, b: f"POV: you're standing off to the right-hand side of the scene, looking across at "
                           f"{an(a)} and {an(b)}."],
    "close-up": [lambda a, b: f"Hi, it's me. For the picture: a close-up of {an(a)}, filling the frame. "
                              f"Anyway, call me back.",
                 lambda a, b: f"And let's get in close, folks: {an(a)}, filling your whole screen!",
                 lambda a, b: f"Q: How close is the camera? A: So close that {the(a)} fills the whole frame.",
                 lambda a, b: f"When I was little, I'd put my nose right up to {an(a)} until it was all I could see.",
                 lambda a, b: f"Exercise {clue()}: draw {an(a)} so big it fills the whole page.",
                 lambda a, b: f"Method: bring the camera right up to {an(a)}, until it fills the frame.",
                 lambda a, b: f"Note to self: close-up of {the(a)}, edge to edge.",
                 lambda a, b: f"POV: you're so close to {an(a)} that it fills your whole view."],
    "wide": [lambda a, b: f"Hi, it's me. For the picture: {an(a)} and {an(b)}, tiny, a long way off in a huge "
                          f"open landscape. Anyway, call me back.",
             lambda a, b: f"And here's the view from the far hillside, folks: {an(a)}, just a dot in the distance!",
             lambda a, b: f"Q: How far away is {the(a)}? A: Miles off, tiny in a vast empty landscape.",
             lambda a, b: f"When I was little, we'd see {an(a)} and {an(b)} far away across the fields, tiny.",
             lambda a, b: f"Exercise {clue()}: draw {an(a)} tiny and far away, with lots of empty land around "
                          f"{it(a)}.",
             lambda a, b: f"Method: pull the camera right back until {the(a)} and {the(b)} are small in a huge "
                          f"landscape.",
             lambda a, b: f"Note to self: {the(a)} far off and tiny, very wide shot.",
             lambda a, b: f"POV: you're on a hilltop and {an(a)} is a tiny speck far below."],
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
