"""Writes the EIGHTH held-out layout prompts (bench/prompts/heldout8/*.jsonl) from a grammar.

    .venv/bin/python bench/prompts/heldout8_grammar.py

Why an eighth held-out set: the seventh one (bench/prompts/heldout7/) has been read while building
(second session of 2026-12-07), so its figure now measures some fit too. This set was written
without reading the implementation, its tests or its documentation (only the bench's scorers,
bench/layout.py, bench/scenes.py and bench/layout_selfcheck.py, the benchmark section of the
README, and the existing prompt sets and grammars in bench/prompts, so as to differ from them).
Run it once, with ``--failures 0``:

- registers: every kind is said in the voices of people none of the other sets imitates: a
  primary-school teacher talking a class through a picture ("Right, class, ..."), a property
  listing ("Just listed: ... Viewing recommended."), a prompt engineer's weighted tag string
  ("(teapot:1.3), (desk:1.1), teapot on top of desk, masterpiece"), a learner's plain English
  with small slips ("Please make picture. The X is stand on the Y."), polite questions ("Can you
  put ...?", "Would it be possible to ...?"), editing instructions ("Move the X so that ...",
  "Slide the X under the Y"), second-person walk-throughs ("You walk in and notice ...", "Look
  past the X and you'll see ..."), the passive voice ("X has been placed ..."), ordinals
  ("Counting from the left, first comes X, second Y"), a witness statement ("I'm sure the X was
  ..."), numbered steps ("Step 1: ... Step 2: ..."), and a stage manager's blocking notes, always
  glossed for the viewer ("audience left (left as the audience sees it)", "downstage, nearer the
  audience", "upstage, further from the audience"). British and American spellings both occur
  ("centre"/"center", "colour"/"color"), numbers are said as words and as digits. Left and
  right are always the viewer's; no "its left" on a thing with a front of its own;
- vocabulary: common, concrete nouns a real user would type (kitchen and desk things, toys,
  pets and farm and zoo animals, jobs and family members, cars, vans and buildings, garden and
  house furniture), including many no other prompt set uses (counted and printed when run),
  and a few ordinary first names; nothing obscure;
- physically plausible: small things go on and under furniture with room under it, big things
  stand behind small ones (never the other way round), only vans, lorries, buses, sheds and such
  hide an animal or a person, things far off in a wide shot are big, chairs and stools go round
  tables only and only people round a campfire or a Christmas tree;
- no prompt equals or contains (as a whole-word sequence) a prompt of any other part, layout or
  scene, and no two nouns of one prompt share a word: drawn again until so (the script checks).

Nothing outside bench/prompts may import this file, name it, or quote its prompts; nobody should
tune the parser on them. The truth is written with each prompt by the grammar (the meaning of
the words, chosen by hand), never read from the implementation. Deterministic (seed 90731).
Same JSON as the other sets: {"prompt": ..., "expect": {"objects": {...}, "relations": [...],
"facing": [...], "camera": ...}}; object names are the nouns as written, singular.
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "heldout8"
ME = "heldout8"
rng = random.Random(90731)
PER_KIND = 44  # prompts per relation kind, per composition region; facing has 48

# ------------------------------------------------------------- vocabulary ---
TABLETOP = ["teapot", "toaster", "kettle", "laptop", "alarm clock", "fruit bowl", "candle", "plant pot", "coffee mug",
            "radio", "globe", "piggy bank", "snow globe", "teddy bear", "rubber duck", "houseplant", "printer",
            "microwave", "sewing machine", "typewriter", "telephone", "desk fan", "cake stand", "water bottle",
            "pencil case", "desk lamp", "record player", "fruit basket", "birthday cake", "cereal box", "lunchbox",
            "handbag", "salt shaker", "headphones", "frying pan", "flask", "notebook", "pizza", "violin"]
FLOOR_THINGS = ["backpack", "suitcase", "football", "basketball", "watering can", "toolbox", "laundry basket",
                "cardboard box", "shopping bag", "toy box", "dog bed", "cat basket", "guitar", "skateboard",
                "vacuum cleaner", "bucket"]
SMALL = TABLETOP + FLOOR_THINGS
PERCHERS = ["cat", "kitten", "hamster", "parrot", "rabbit", "guinea pig", "tortoise"]
SUPPORTS = ["kitchen table", "coffee table", "desk", "workbench", "dining table", "garden table", "bedside table",
            "sideboard", "chest of drawers", "filing cabinet", "picnic table", "trestle table", "bookcase", "piano"]
COVERS = ["kitchen table", "dining table", "desk", "garden table", "picnic table", "trestle table", "workbench",
          "bed", "bunk bed"]
UNDER_SUBJECTS = ["cat", "kitten", "puppy", "hamster", "rabbit", "guinea pig", "tortoise", "hedgehog", "toy box",
                  "football", "backpack", "laundry basket", "cardboard box", "dog bed", "cat basket", "suitcase",
                  "lunchbox", "basketball", "watering can", "toolbox", "shoe", "slipper"]
PETS = ["dog", "cat", "puppy", "kitten", "rabbit", "hamster", "parrot", "guinea pig", "tortoise", "hedgehog",
        "squirrel", "owl", "duck", "chicken", "goose", "seagull", "frog", "crab"]
ZOO = ["goat", "donkey", "pony", "cow", "pig", "sheep", "fox", "deer", "bear", "lion", "tiger", "zebra",
       "kangaroo", "panda", "monkey", "penguin", "llama", "horse", "bull", "foal", "giraffe", "elephant", "camel"]
CREATURES = PETS + ZOO
BIG_ANIMALS = ["horse", "cow", "bull", "giraffe", "elephant", "camel", "bear", "llama", "donkey"]
HIDEABLE = [c for c in CREATURES if c not in ("giraffe", "elephant", "camel")]
JOBS = ["teacher", "nurse", "doctor", "firefighter", "police officer", "chef", "farmer", "postman", "baker",
        "gardener", "pilot", "waiter", "clown", "magician", "astronaut", "cowboy", "knight", "pirate", "ballerina",
        "footballer", "skateboarder", "jogger", "cyclist", "mail carrier", "shopkeeper", "tourist", "artist",
        "busker", "milkman", "professor", "priest", "superhero", "delivery driver", "referee", "lifeguard"]
FAMILY = ["grandma", "grandpa", "toddler", "teenager", "student", "aunt", "uncle", "baby", "schoolgirl",
          "schoolboy", "mum", "dad"]
PEOPLE = JOBS + FAMILY
NAMES = ["Priya", "Tomasz", "Amara", "Keiko", "Diego", "Fatima", "Liam", "Noor", "Olga", "Sipho", "Mateo", "Hannah",
         "Yusuf", "Ingrid", "Chen", "Rosa"]
VEHICLES = ["van", "truck", "ambulance", "fire engine", "taxi", "pickup truck", "camper van", "minibus", "tractor",
            "bus", "car", "delivery van", "ice cream van", "school bus", "police car", "motorbike", "caravan"]
BUILDINGS = ["shed", "garage", "barn", "greenhouse", "cottage", "lighthouse", "windmill", "bus shelter", "church"]
TREES = ["oak tree", "pine tree", "palm tree", "apple tree", "willow", "birch", "haystack", "statue"]
LARGE = VEHICLES + BUILDINGS + TREES
BULKY = ["van", "truck", "ambulance", "fire engine", "camper van", "minibus", "bus", "delivery van", "ice cream van",
         "school bus", "shed", "garage", "barn", "cottage", "caravan", "pickup truck", "tractor", "haystack"]
TABLES = ["kitchen table", "dining table", "picnic table", "garden table"]
SEATS = ["kitchen chair", "folding chair", "camping chair", "bar stool", "stool", "armchair", "deckchair"]
RING_PLACES = {"campfire": "people", "christmas tree": "people", "statue": "people", "oak tree": "all",
               "haystack": "farm", "pond": "water", "bandstand": "people", "maypole": "people"}
RING_PEOPLE = ["scout", "dancer", "teacher", "tourist", "child", "student", "farmer", "nurse", "footballer",
               "clown", "cowboy", "pirate", "knight"]
RING_FARM = ["cow", "sheep", "goat", "pony", "chicken", "pig", "donkey"]
RING_WATER = ["duck", "goose", "swan", "frog", "heron"]
# Irregular plurals and multi-word nouns whose last word is irregular.
PLURALS = {"sheep": "sheep", "deer": "deer", "goose": "geese", "mouse": "mice", "child": "children",
           "police officer": "police officers", "fish": "fish", "shelf": "shelves", "knife": "knives",
           "man": "men", "woman": "women", "foot": "feet", "tooth": "teeth", "scarf": "scarves",
           "wolf": "wolves", "calf": "calves", "leaf": "leaves", "loaf": "loaves", "knight": "knights",
           "headphones": "pairs of headphones", "mum": "mums", "pony": "ponies", "baby": "babies",
           "guinea pig": "guinea pigs", "bus": "buses", "church": "churches", "box": "boxes",
           "snowman": "snowmen", "postman": "postmen", "milkman": "milkmen", "superhero": "superheroes"}
WORDS = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight", 9: "nine",
         10: "ten", 11: "eleven", 12: "twelve", 13: "thirteen", 14: "fourteen", 15: "fifteen", 16: "sixteen",
         17: "seventeen", 18: "eighteen", 19: "nineteen", 20: "twenty"}

THING_ADJECTIVES = ["red", "old", "little", "shiny", "blue", "wooden", "green", "yellow", "white", "new"]
UNDESCRIBED = {"oak tree", "pine tree", "palm tree", "apple tree", "willow", "birch", "haystack", "pond",
               "campfire", "christmas tree", "wooden"}
CREATURE_ADJECTIVES = ["brown", "black", "fluffy", "sleepy", "young", "big", "small", "spotted"]
PEOPLE_ADJECTIVES = ["tall", "short", "young", "elderly", "happy", "tired", "smiling"]
STYLE_TAILS = [", watercolour", ", photorealistic", ", pencil drawing", ", children's book illustration",
               ", 3D render", ", soft colours", ", bright colors", ", claymation", ", line art", ", crayon drawing",
               ", stock photo", ", golden hour", ", ink wash", ", cartoon style"]
TAIL_SHARE = 0.15
CHATTY = ("I'm", "I ", "class", "Just listed", "Blocking", "Step ", "Props", "please", "Please", "you")  # no tail
WEIGHT_TAILS = ["masterpiece, best quality", "highly detailed, 8k", "sharp focus, ultra realistic",
                "best quality, cinematic", "intricate, trending", "soft lighting, high resolution"]


def weight() -> str:
    return f"{rng.choice([1.1, 1.2, 1.3, 1.4, 1.5]):.1f}"


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
    return "creature" if noun in CREATURES + RING_FARM + RING_WATER else "thing"


def describe(noun: str, share: float) -> str:
    if rng.random() < share and noun not in UNDESCRIBED and noun not in NAMES:
        pool = {"person": PEOPLE_ADJECTIVES, "creature": CREATURE_ADJECTIVES}.get(kind_of(noun), THING_ADJECTIVES)
        return f"{rng.choice(pool)} {noun}"
    return noun


def an(noun: str, share: float = 0.25) -> str:
    """'a teapot', 'an owl', sometimes 'a shiny teapot'; names stay bare."""
    if noun in NAMES:
        return noun
    said = describe(noun, share)
    if noun == "headphones":
        return f"a pair of {said}"
    return f"{article(said)} {said}"


def An(noun: str) -> str:
    text = an(noun)
    return text[0].upper() + text[1:]


def the(noun: str, share: float = 0.15) -> str:
    return noun if noun in NAMES else f"the {describe(noun, share)}"


def The(noun: str) -> str:
    text = the(noun)
    return text[0].upper() + text[1:]


def it(noun: str) -> str:
    if noun in NAMES or kind_of(noun) == "person":
        return "them"
    return "them" if noun == "headphones" else "it"


def is_(noun: str) -> str:
    return "are" if noun == "headphones" else "is"


def many(n: int, noun: str, digits: bool = False) -> str:
    return f"{n if digits else WORDS[n]} {plural(noun)}"


def pick(pool: list[str], avoid=()) -> str:
    return rng.choice([n for n in pool if n not in avoid])


def centre_word() -> str:
    return rng.choice(["centre", "center"])


def dress(text: str, tail: bool = True) -> str:
    """Capitalised; now and then a style tail (never on a question, a statement or a note that ends
    with its own punctuation)."""
    if tail and rng.random() < TAIL_SHARE and not text.endswith(("?", "!")) and ". " not in text \
            and not any(w in text for w in CHATTY):
        text = text.rstrip(".") + rng.choice(STYLE_TAILS)
    text = text.replace("christmas", "Christmas")
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
    files = list(HERE.glob("*.jsonl")) + list((HERE / "scenes").glob("*.jsonl"))
    for folder in ("heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6", "heldout7"):
        files += list((HERE / folder).glob("*.jsonl"))
    return [f for f in files if ME not in f.name]


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
    two of its nouns share a word (a kitchen table beside a kitchen chair)."""
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

def wt(s: str, o: str, middle: str) -> str:
    return f"({s}:{weight()}), ({o}:{weight()}), {middle}, {rng.choice(WEIGHT_TAILS)}"


LEFT = [
    lambda s, o: f"Right, class: in our picture {the(s)} goes on the left and {the(o)} goes on the right.",
    lambda s, o: f"Just listed: bright photo showing {an(s)} to the left of {an(o)} (as you look at it). "
                 f"Viewing recommended.",
    lambda s, o: wt(s, o, f"{s} on the left of {o}"),
    lambda s, o: f"Please make picture. {The(s)} is stand at left side of {the(o)}.",
    lambda s, o: f"Can you put {an(s)} to the left of {an(o)}?",
    lambda s, o: f"Move {the(s)} over to the left of {the(o)} in the picture.",
    lambda s, o: f"From where you're standing, you'd see {an(s)} on your left and {an(o)} on your right.",
    lambda s, o: f"{An(s)} has been placed to the left of {an(o)}.",
    lambda s, o: f"Counting from the left, first comes {an(s)}, second {an(o)}.",
    lambda s, o: f"I'm sure {the(s)} was to the left of {the(o)}, from where I was standing.",
    lambda s, o: f"Step 1: put {an(o)} in the picture. Step 2: add {an(s)} further left than {it(o)}.",
    lambda s, o: f"Blocking note: {the(s)} at audience left of {the(o)} (left as the audience sees it).",
]
RIGHT = [
    lambda s, o: f"Right, class: in our picture {the(o)} goes on the left and {the(s)} goes on the right.",
    lambda s, o: f"Just listed: bright photo showing {an(s)} to the right of {an(o)} (as you look at it). "
                 f"Viewing recommended.",
    lambda s, o: wt(s, o, f"{s} on the right of {o}"),
    lambda s, o: f"Please make picture. {The(s)} is stand at right side of {the(o)}.",
    lambda s, o: f"Can you put {an(s)} to the right of {an(o)}?",
    lambda s, o: f"Move {the(s)} over to the right of {the(o)} in the picture.",
    lambda s, o: f"From where you're standing, you'd see {an(o)} on your left and {an(s)} on your right.",
    lambda s, o: f"{An(s)} has been placed to the right of {an(o)}.",
    lambda s, o: f"Counting from the left, first comes {an(o)}, second {an(s)}.",
    lambda s, o: f"I'm sure {the(s)} was to the right of {the(o)}, from where I was standing.",
    lambda s, o: f"Step 1: put {an(o)} in the picture. Step 2: add {an(s)} further right than {it(o)}.",
    lambda s, o: f"Blocking note: {the(s)} at audience right of {the(o)} (right as the audience sees it).",
]
ON = [
    lambda s, o: f"Now children, let's stand {the(s)} on top of {the(o)}.",
    lambda s, o: f"Just listed: solid wood {o}, shown with {an(s)} displayed on top. Must be seen!",
    lambda s, o: wt(s, o, f"{s} on top of {o}"),
    lambda s, o: f"{The(s)} {is_(s)} stand on {the(o)}. Please draw this.",
    lambda s, o: f"Could you show {an(s)} sitting on {an(o)}?",
    lambda s, o: f"Put {the(s)} up on {the(o)}.",
    lambda s, o: f"You walk in and notice {an(s)} resting on {an(o)}.",
    lambda s, o: f"{An(s)} has been left on top of {an(o)}.",
    lambda s, o: f"Step 1: {an(o)}. Step 2: {an(s)} placed on it.",
    lambda s, o: f"When I came in, {the(s)} was up on {the(o)}, I'm certain.",
    lambda s, o: f"Props list: {s}, preset on top of the {o}.",
]
UNDER = [
    lambda s, o: f"Look, class, {the(s)} is underneath {the(o)}!",
    lambda s, o: f"Just listed: spacious {o} with {an(s)} neatly stored beneath it.",
    lambda s, o: wt(s, o, f"{s} under {o}"),
    lambda s, o: f"{An(s)} is under {the(o)}, please make the image.",
    lambda s, o: f"Would it be possible to draw {an(s)} underneath {an(o)}?",
    lambda s, o: f"Slide {the(s)} under {the(o)}.",
    lambda s, o: f"Peek beneath {the(o)} and you'll find {an(s)}.",
    lambda s, o: f"{An(s)} has been tucked beneath {an(o)}.",
    lambda s, o: f"Step 1: set up {an(o)}. Step 2: put {an(s)} on the floor under it.",
    lambda s, o: f"I'm positive {the(s)} was under {the(o)} the whole time.",
    lambda s, o: f"Props list: {s}, preset under the {o}.",
]
FRONT = [
    lambda s, o: f"Now we put {the(s)} closest to us, class, and {the(o)} further back.",
    lambda s, o: f"Just listed: {an(s)} out front, with {an(o)} set back behind {it(s)}.",
    lambda s, o: wt(s, o, f"{s} in front of {o}"),
    lambda s, o: f"{The(s)} is more near to camera and {the(o)} is more far.",
    lambda s, o: f"Can {the(s)} be standing in front of {the(o)}?",
    lambda s, o: f"Bring {the(s)} forward, in front of {the(o)}.",
    lambda s, o: f"Between you and {an(o)} there's {an(s)}.",
    lambda s, o: f"{An(s)} is positioned in front of {an(o)}, closer to the viewer.",
    lambda s, o: f"Nearest the viewer: {an(s)}. Further back: {an(o)}.",
    lambda s, o: f"{The(s)} was in front of {the(o)}, nearer to me than {the(o, 0)} was.",
    lambda s, o: f"Blocking note: {the(s)} is downstage of {the(o)} (nearer the audience).",
]
BEHIND = [
    lambda s, o: f"{The(s)} goes at the back, class, behind {the(o)}.",
    lambda s, o: f"Just listed: delightful view of {an(o)}, with {an(s)} just beyond {it(o)}.",
    lambda s, o: wt(o, s, f"{o} in foreground, {s} behind {o}"),
    lambda s, o: f"{The(s)} is behind {the(o)}, more far from camera.",
    lambda s, o: f"Can you put {an(s)} behind {an(o)}?",
    lambda s, o: f"Push {the(s)} back so it's behind {the(o)}.",
    lambda s, o: f"Look past {the(o)} and you'll see {an(s)} standing behind {it(o)}.",
    lambda s, o: f"{An(s)} has been positioned behind {an(o)}.",
    lambda s, o: f"Nearest the viewer: {an(o)}; furthest away: {an(s)}.",
    lambda s, o: f"Blocking note: {the(s)} is upstage of {the(o)} (further from the audience).",
    lambda s, o: f"There was {an(s)} behind {the(o)}, further away from me.",
]
NEAR = [
    lambda s, o: f"Let's put {the(s)} right next to {the(o)}, everyone, so they're friends.",
    lambda s, o: f"Just listed: {an(o)}, with {an(s)} conveniently close by.",
    lambda s, o: wt(s, o, f"{s} next to {o}"),
    lambda s, o: f"{The(s)} is very close to {the(o)}. Please make the picture.",
    lambda s, o: f"Can {the(s)} be close to {the(o)}?",
    lambda s, o: f"Move {the(s)} right up next to {the(o)}.",
    lambda s, o: f"You'll find {an(s)} just beside {an(o)}.",
    lambda s, o: f"{An(s)} has been set down right alongside {an(o)}.",
    lambda s, o: f"Step 1: {an(o)}. Step 2: {an(s)}, close to {it(o)}.",
    lambda s, o: f"I remember {the(s)} being right by {the(o)}.",
    lambda s, o: f"Blocking note: {the(s)} stays close to {the(o)} throughout.",
]
HIDDEN = [
    lambda s, o: f"Can you find {the(s)}, class? {'It is' if it(s) == 'it' else 'They are'} peeking out from "
                 f"behind {the(o)}!",
    lambda s, o: f"Just listed: {an(o)}, partly obscuring {an(s)} behind {it(o)}.",
    lambda s, o: wt(s, o, f"{s} partially occluded by {o}"),
    lambda s, o: f"{The(s)} is behind {the(o)} and we see only a little of {it(s)}.",
    lambda s, o: f"Could you have {an(o)} blocking most of {an(s)} from view?",
    lambda s, o: f"Move {the(o)} in front of {the(s)} so that it covers most of {it(s)}.",
    lambda s, o: f"You can just make out {an(s)} behind {an(o)}.",
    lambda s, o: f"{An(s)} is partly hidden from view by {an(o)}.",
    lambda s, o: f"I couldn't see much of {the(s)}, {the(o)} was in the way.",
    lambda s, o: f"Blocking note: {the(s)} stands masked by {the(o)}, mostly out of the audience's sight.",
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
    lambda s, x, y: f"{The(s)} goes in the middle, class, between {the(x)} and {the(y)}.",
    lambda s, x, y: f"Just listed: {an(s)} nestled between {an(x)} and {an(y)}.",
    lambda s, x, y: f"({x}:{weight()}), ({s}:{weight()}), ({y}:{weight()}), {s} in between {x} and {y}, "
                    f"{rng.choice(WEIGHT_TAILS)}",
    lambda s, x, y: f"{The(s)} is between {the(x)} and {the(y)}, please.",
    lambda s, x, y: f"Can you squeeze {an(s)} in between {an(x)} and {an(y)}?",
    lambda s, x, y: f"Place {the(s)} between {the(x)} and {the(y)}.",
    lambda s, x, y: f"Going from left to right you pass {an(x)}, then {an(s)}, then {an(y)}.",
    lambda s, x, y: f"{An(s)} has been placed between {an(x)} and {an(y)}.",
]
BETWEEN_PAIR = [
    lambda s, x: f"{an(s)} with {an(x, 0)} on each side of {it(s)}",
    lambda s, x: f"two {plural(x)} with {an(s)} in the gap between them",
    lambda s, x: f"Can you put {an(s)} between two {plural(x)}?",
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
    lambda n, r, c: f"Let's make {many(n, r)} stand in a circle around {the(c, 0)}, class."
    if kind_of(r) != "thing" else f"Let's set {many(n, r)} in a circle around {the(c, 0)}, class.",
    lambda n, r, c: f"Just listed: {an(c, 0)} with {many(n, r, True)} arranged all the way around it.",
    lambda n, r, c: f"({c}:{weight()}), {n} {plural(r)} around it in a circle, {rng.choice(WEIGHT_TAILS)}",
    lambda n, r, c: f"{n} {plural(r)} are in circle around {the(c, 0)}.",
    lambda n, r, c: f"Could you arrange {many(n, r)} in a circle around {an(c, 0)}?",
    lambda n, r, c: f"Arrange {many(n, r)} in a ring around {the(c, 0)}.",
    lambda n, r, c: f"{many(n, r).capitalize()} have been placed in a circle around {an(c, 0)}.",
    lambda n, r, c: f"Walk round {the(c, 0)} and you'll pass {many(n, r)} spaced out in a circle.",
    lambda n, r, c: f"Step 1: {an(c, 0)} in the middle. Step 2: {many(n, r, True)} all the way round it.",
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
                r = rng.choice({"people": RING_PEOPLE, "farm": RING_FARM, "water": RING_WATER + RING_PEOPLE,
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
    "centre": [lambda a: f"Right, class, we draw {the(a)} in the very middle of our picture.",
               lambda a: f"Just listed: photo with {an(a)} as the {centre_word()}piece, right in the middle of the "
                         f"shot.",
               lambda a: f"({a}:{weight()}), {a} in the {centre_word()} of the image, {rng.choice(WEIGHT_TAILS)}",
               lambda a: f"{The(a)} must be in middle of picture.",
               lambda a: f"Could you put {an(a)} in the {centre_word()} of the image?",
               lambda a: f"Move {the(a)} to the middle of the picture.",
               lambda a: f"In the photo you're looking at, {the(a)} is right in the {centre_word()}.",
               lambda a: f"{An(a)} is placed in the exact {centre_word()} of the image.",
               lambda a: f"Blocking note: {the(a)} at {centre_word()} stage, in the middle of the audience's "
                         f"view."],
    "image_left": [lambda a: f"Right, class, we draw {the(a)} over on the left-hand side of our picture.",
                   lambda a: f"Just listed: photo with {an(a)} on the left-hand side of the shot.",
                   lambda a: f"({a}:{weight()}), {a} on the left side of the image, empty space on the right, "
                             f"{rng.choice(WEIGHT_TAILS)}",
                   lambda a: f"{The(a)} must be on left part of picture.",
                   lambda a: f"Could you put {an(a)} on the left side of the image?",
                   lambda a: f"Move {the(a)} over to the left edge of the picture.",
                   lambda a: f"In the photo you're looking at, {the(a)} is over on the left side.",
                   lambda a: f"{An(a)} is placed well over on the left of the image.",
                   lambda a: f"Blocking note: {the(a)} far audience left (the left of the audience's view)."],
    "image_right": [lambda a: f"Right, class, we draw {the(a)} over on the right-hand side of our picture.",
                    lambda a: f"Just listed: photo with {an(a)} on the right-hand side of the shot.",
                    lambda a: f"({a}:{weight()}), {a} on the right side of the image, empty space on the left, "
                              f"{rng.choice(WEIGHT_TAILS)}",
                    lambda a: f"{The(a)} must be on right part of picture.",
                    lambda a: f"Could you put {an(a)} on the right side of the image?",
                    lambda a: f"Move {the(a)} over to the right edge of the picture.",
                    lambda a: f"In the photo you're looking at, {the(a)} is over on the right side.",
                    lambda a: f"{An(a)} is placed well over on the right of the image.",
                    lambda a: f"Blocking note: {the(a)} far audience right (the right of the audience's view)."],
}


def composition() -> list[dict]:
    things = SMALL + CREATURES + PEOPLE + LARGE + NAMES
    rows = []
    for kind, phrasings in REGIONS.items():
        for i in range(PER_KIND):
            template = phrasings[i % len(phrasings)]

            def make():
                a = pick(things)
                if "Blocking" in template("x") and kind_of(a) == "thing" and a in LARGE:
                    a = pick(PEOPLE + NAMES + SMALL)  # a stage holds people and props, not a church
                return row(dress(template(a)), {a: 1}, [(a, kind)])

            rows.append(fresh(make))
    return rows


# ------------------------------------------------------------------- counts ---

COUNTABLE = ["teapot", "candle", "coffee mug", "plant pot", "rubber duck", "teddy bear", "alarm clock", "lunchbox",
             "cupcake", "doughnut", "pumpkin", "watermelon", "pineapple", "football", "backpack", "suitcase",
             "water bottle", "lantern", "traffic cone", "kite", "balloon", "duck", "chicken", "rabbit", "hamster",
             "penguin", "cow", "pig", "goat", "donkey", "llama", "parrot", "owl", "frog", "nurse", "chef",
             "firefighter", "clown", "astronaut", "footballer", "jogger", "cyclist", "kitchen chair", "deckchair",
             "bicycle", "taxi", "tractor", "wheelbarrow", "snowman", "umbrella"]
IRREGULAR = ["sheep", "deer", "goose", "mouse", "child", "police officer", "shelf", "knife", "wolf", "calf",
             "loaf", "pony", "baby", "bus", "guinea pig", "box"]
COUNT_ONE = [lambda x: f"Just one {x}, please.",
             lambda x: f"Right, class, today we draw one {x} and nothing else.",
             lambda x: f"Can I have a picture with only one {x} in it?",
             lambda x: f"({x}:{weight()}), solo, single subject, {rng.choice(WEIGHT_TAILS)}"]
COUNT_MANY = [
    lambda n, x: f"Right, class, let's count them together: {many(n, x)}!",
    lambda n, x: f"Just listed: property comes with {many(n, x, True)} included." if kind_of(x) == "thing" else
    f"Just listed: the photo shows {many(n, x, True)} and nothing else.",
    lambda n, x: f"({n} {plural(x)}:{weight()}), {rng.choice(WEIGHT_TAILS)}",
    lambda n, x: f"Please draw {n} {plural(x)}, not more and not less.",
    lambda n, x: f"Could I get a picture with exactly {many(n, x)}?",
    lambda n, x: f"Make it so there are {n} {plural(x)} in total.",
    lambda n, x: f"You count them: {many(n, x)}, no more.",
    lambda n, x: f"{many(n, x).capitalize()} have been set out.",
    lambda n, x: f"I counted {many(n, x)}, I'm sure of it.",
    lambda n, x: f"Step 1: draw {many(n, x)}. Step 2: that's it, nothing else.",
    lambda n, x: f"Props list: {plural(x)} x {n}.",
    lambda n, x: f"How about {n} {plural(x)}?",
]
LONE = "doormat"
MIXED = [lambda n, x, m, y: (f"Could you draw {many(n, x)} and {many(m, y)}?", {x: n, y: m}),
         lambda n, x, m, y: (f"{n} {plural(x)} + {m} {plural(y)} + 1 {LONE}", {x: n, y: m, LONE: 1}),
         lambda n, x, m, y: (f"Right, class: {many(n, x)} on one side and {many(m, y)} on the other.", {x: n, y: m}),
         lambda n, x, m, y: (f"There are {n} {plural(x)} and also {m} {plural(y)}, please make this picture.",
                             {x: n, y: m})]


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

FACE_ANIMALS = ["dog", "horse", "cow", "pony", "deer", "fox", "goat", "donkey", "bear", "lion", "tiger", "zebra",
                "kangaroo", "penguin", "llama", "camel", "pig", "sheep"]
FACE_VEHICLES = ["car", "van", "bus", "tractor", "truck", "taxi", "ambulance", "fire engine", "motorbike",
                 "school bus", "police car", "ice cream van", "pickup truck"]
FACE_PEOPLE = ["knight", "cowboy", "footballer", "teacher", "nurse", "chef", "firefighter", "pilot", "ballerina",
               "clown", "astronaut", "jogger", "grandma", "postman", "farmer", "pirate"]
FACING = {
    "camera": [lambda a, k: f"Right, class, {the(a)} is looking straight out of the picture at us." if k != "vehicle"
               else f"Right, class, {the(a)} is driving straight towards us.",
               lambda a, k: f"({a}:{weight()}), facing the viewer, front view of the {a}, {rng.choice(WEIGHT_TAILS)}",
               lambda a, k: f"{The(a)} is turn to look at camera." if k != "vehicle" else
               f"The front of {the(a)} is point to camera.",
               lambda a, k: f"Could you turn {the(a)} to face us?",
               lambda a, k: f"{An(a)} seen from the front, facing you.",
               lambda a, k: f"{An(a)} has been turned to face the viewer."],
    "away": [lambda a, k: f"Right, class, {the(a)} is facing away from us, into the picture.",
             lambda a, k: f"({a}:{weight()}), facing away from the viewer, rear view of the {a}, "
                          f"{rng.choice(WEIGHT_TAILS)}",
             lambda a, k: f"{The(a)} is turn away from camera, we see only the back.",
             lambda a, k: f"Could you turn {the(a)} to face away from us?",
             lambda a, k: f"{An(a)} heading off into the distance, away from you.",
             lambda a, k: f"{An(a)} has been turned to face away from the viewer."],
    "left": [lambda a, k: f"Right, class, {the(a)} is facing towards the left side of the picture.",
             lambda a, k: f"({a}:{weight()}), side view, the {a} facing left, {rng.choice(WEIGHT_TAILS)}",
             lambda a, k: f"{The(a)} is look to the left side." if k != "vehicle" else
             f"{The(a)} is drive to the left side.",
             lambda a, k: f"Could you turn {the(a)} to face left?",
             lambda a, k: f"{An(a)} in profile, {'its' if it(a) == 'it' else 'their'} front pointing to your left.",
             lambda a, k: f"{An(a)} has been turned to face the left of the frame."],
    "right": [lambda a, k: f"Right, class, {the(a)} is facing towards the right side of the picture.",
              lambda a, k: f"({a}:{weight()}), side view, the {a} facing right, {rng.choice(WEIGHT_TAILS)}",
              lambda a, k: f"{The(a)} is look to the right side." if k != "vehicle" else
              f"{The(a)} is drive to the right side.",
              lambda a, k: f"Could you turn {the(a)} to face right?",
              lambda a, k: f"{An(a)} in profile, {'its' if it(a) == 'it' else 'their'} front pointing to your right.",
              lambda a, k: f"{An(a)} has been turned to face the right of the frame."],
}
MANY_FACING = {"camera": lambda n, a, k: f"{many(n, a).capitalize()}, every one of them facing the viewer.",
               "away": lambda n, a, k: f"{many(n, a).capitalize()}, every one of them facing away from the viewer.",
               "left": lambda n, a, k: f"Could you draw {many(n, a)}, {'both' if n == 2 else 'all'} of them "
                                       f"facing left?",
               "right": lambda n, a, k: f"Could you draw {many(n, a)}, {'both' if n == 2 else 'all'} of them "
                                        f"facing right?"}


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
    "top": [lambda a, b: f"Right, class, today we draw {an(a)} and {an(b)} as if we were looking straight down "
                         f"on them from above.",
            lambda a, b: f"Just listed: overhead photo of {an(a)}, taken looking straight down.",
            lambda a, b: f"({a}:{weight()}), view from directly above, looking straight down, "
                         f"{rng.choice(WEIGHT_TAILS)}",
            lambda a, b: f"Picture of {an(a)} and {an(b)}, camera is high up and look straight down.",
            lambda a, b: f"Can you show {an(a)} from straight above, like on a map?"],
    "front": [lambda a, b: f"Right, class, today we draw {an(a)} from the front, as if we stood before {it(a)}.",
              lambda a, b: f"Just listed: front elevation photo of {an(a)} and {an(b)}, taken head-on.",
              lambda a, b: f"({a}:{weight()}), ({b}:{weight()}), front view, camera at eye level, "
                           f"{rng.choice(WEIGHT_TAILS)}",
              lambda a, b: f"Picture of {an(a)}, camera is in front and at same height.",
              lambda a, b: f"Could you do a straight-on front view of {an(a)} and {an(b)}?"],
    "back": [lambda a, b: f"Right, class, today we draw {an(a)} from behind, so we see {its(a)} back.",
             lambda a, b: f"Just listed: rear view of {an(a)}, photographed from behind.",
             lambda a, b: f"({a}:{weight()}), ({b}:{weight()}), rear view, seen from behind, "
                          f"{rng.choice(WEIGHT_TAILS)}",
             lambda a, b: f"Picture of {an(a)} and {an(b)}, camera is at the back of them.",
             lambda a, b: f"Can you show {an(a)} from behind?"],
    "left": [lambda a, b: f"Right, class, today we draw {an(a)} and {an(b)} as seen by someone standing at the "
                          f"left-hand end of the scene.",
             lambda a, b: f"Just listed: side photo of {an(a)}, taken from the left-hand side of the scene.",
             lambda a, b: f"({a}:{weight()}), ({b}:{weight()}), camera at the left side of the scene looking "
                          f"across, {rng.choice(WEIGHT_TAILS)}",
             lambda a, b: f"Picture of {an(a)} and {an(b)}, camera is at left side of scene and look across.",
             lambda a, b: f"Could the camera stand off to the left of the scene, looking sideways at {an(a)}?"],
    "right": [lambda a, b: f"Right, class, today we draw {an(a)} and {an(b)} as seen by someone standing at the "
                           f"right-hand end of the scene.",
              lambda a, b: f"Just listed: side photo of {an(a)}, taken from the right-hand side of the scene.",
              lambda a, b: f"({a}:{weight()}), ({b}:{weight()}), camera at the right side of the scene looking "
                           f"across, {rng.choice(WEIGHT_TAILS)}",
              lambda a, b: f"Picture of {an(a)} and {an(b)}, camera is at right side of scene and look across.",
              lambda a, b: f"Could the camera stand off to the right of the scene, looking sideways at {an(a)}?"],
    "close-up": [lambda a, b: f"Right, class, today we draw {an(a)} really big, so it fills up the whole page.",
                 lambda a, b: f"Just listed: detail shot of {an(a)}, so close it fills the frame.",
                 lambda a, b: f"({a}:{weight()}), extreme close-up, {a} filling the frame, "
                              f"{rng.choice(WEIGHT_TAILS)}",
                 lambda a, b: f"Picture of {an(a)} very very close, it fill all the picture.",
                 lambda a, b: f"Can you get really close to {an(a)} so it fills the picture edge to edge?"],
    "wide": [lambda a, b: f"Right, class, today we draw {an(a)} and {an(b)} very small and far away, in a huge "
                          f"empty landscape.",
             lambda a, b: f"Just listed: sweeping long-distance photo with {an(a)} small and far away on "
                          f"open land.",
             lambda a, b: f"({a}:{weight()}), ({b}:{weight()}), very wide shot, tiny in the distance, vast empty "
                          f"plain, {rng.choice(WEIGHT_TAILS)}",
             lambda a, b: f"Picture of {an(a)} and {an(b)} very far away, very small, big empty land around.",
             lambda a, b: f"Could you show {an(a)} from a long way off, tiny in a huge open space?"],
}


def its(noun: str) -> str:
    return "its" if it(noun) == "it" else "their"


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
