"""Writes the THIRD held-out layout prompts (bench/prompts/heldout3/*.jsonl) from a grammar.

    .venv/bin/python bench/prompts/heldout3_grammar.py

Why a third held-out set: the aggregate figures and failure-cause counts of the second one
(bench/prompts/heldout2/) have been used as a validation set while the layout agent was built,
so its figure now measures some fit too. This set was written without reading the
implementation, its tests or its documentation (only the bench's scorers, bench/layout.py and
bench/scenes.py, and the existing prompt sets and grammars in bench/prompts, so as to differ
from them), and it is meant to be run once, with ``--failures 0``:

- phrasings: no template of the development, first or second held-out sets is reused. The
  sentences take the shapes people use with image and storyboard tools: captions ("Left: X.
  Right: Y."), "foreground: X; background: Y", requests ("I need ...", "Could you draw ..."),
  inverted sentences ("X, and to the right of it Y"), passive and relative clauses ("X, which has
  been set on Y"), comparatives ("X sits further left in the frame than Y"), idioms ("bang in the
  middle", "within touching distance", "X between us and Y"), motion for facing ("moving from
  right to left across the frame"), now and then with a style or lens tail. Left and right are
  always the viewer's: no possessive "its left" on a thing that has a front of its own;
- vocabulary: the main noun pools share no noun with any other prompt set, nor with any quoted
  word in the other grammars (the script checks both); a small FAMILIAR pool of everyday nouns
  that other sets use is drawn now and then, as a real user would;
- no prompt equals or contains (as a whole-word sequence) a prompt of any other part, layout or
  scene: drawn again until it does not (the script checks).

Nothing outside bench/prompts may import this file, name it, or quote its prompts; nobody should
tune the parser on them. The truth is written with each prompt by the grammar (the meaning of
the words, chosen by hand), never read from the implementation. Deterministic (seed 7919).
Same JSON as the other sets: {"prompt": ..., "expect": {"objects": {...}, "relations": [...],
"facing": [...], "camera": ...}}; object names are the nouns as written, singular.
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "heldout3"
rng = random.Random(7919)
PER_KIND = 44  # prompts per relation kind, per composition region; facing has 48

# ------------------------------------------------------------- vocabulary ---
# Fresh pools: no noun here is in any other prompt set or quoted in another grammar (checked in main()).
SMALL = ["abacus", "lava lamp", "desk fan", "rotary phone", "espresso machine", "waffle iron", "cookie jar",
         "kaleidoscope", "sextant", "banjo", "mandolin", "tambourine", "saxophone", "trombone", "rubber duck",
         "samovar", "cash register", "tackle box", "terrarium", "croissant", "baguette", "grapefruit", "papaya",
         "cantaloupe", "butternut squash"]
TABLETOP = ["abacus", "lava lamp", "desk fan", "rotary phone", "espresso machine", "waffle iron", "cookie jar",
            "kaleidoscope", "sextant", "banjo", "mandolin", "tambourine", "rubber duck", "samovar",
            "cash register", "tackle box", "terrarium", "croissant", "grapefruit", "papaya", "cantaloupe"]
SUPPORTS = ["credenza", "washing machine", "chest freezer", "tumble dryer", "podium", "display case",
            "console table", "dressing table", "footlocker", "beer keg", "photocopier", "amplifier", "dishwasher"]
COVERS = ["conference table", "foosball table", "air hockey table", "ironing board", "massage table",
          "harpsichord", "loft bed", "footbridge", "patio umbrella", "bistro table"]
UNDER_SUBJECTS = ["chihuahua", "hamster", "pug", "schnauzer", "skunk", "chinchilla", "pangolin", "duffel bag",
                  "toy truck", "wicker hamper", "cat carrier", "tackle box", "cantaloupe"]
PETS = ["chihuahua", "hamster", "pug", "schnauzer", "skunk", "chinchilla", "pangolin", "iguana", "cockatoo",
        "chameleon", "collie", "labrador", "bulldog", "whippet"]
WILD = ["gazelle", "antelope", "wildebeest", "caribou", "ibex", "toucan", "macaw", "vulture", "albatross", "lynx",
        "bobcat", "leopard", "orangutan", "chimpanzee", "baboon", "wallaby", "anteater", "sloth", "opossum",
        "heifer", "water buffalo", "turkey", "pheasant", "hen", "alligator", "dromedary"]
CREATURES = PETS + WILD
PEOPLE = ["carpenter", "electrician", "librarian", "lumberjack", "mechanic", "janitor", "drummer", "cellist",
          "juggler", "acrobat", "mime", "paramedic", "park ranger", "samurai", "cyclist", "jogger", "hiker",
          "golfer", "archer", "barista", "butler", "florist", "sculptor", "welder", "sheriff", "cheerleader",
          "bride", "scout"]
NAMES = ["Ingeborg", "Tavish", "Leocadia", "Fennimore", "Yusra", "Cormac", "Ottoline", "Bjarni"]
LARGE = ["tram", "motorhome", "cement mixer", "excavator", "combine harvester", "golf cart", "hovercraft",
         "helicopter", "limousine", "pickup truck", "ambulance", "garbage truck", "pavilion", "chalet", "bungalow",
         "outhouse", "sentry box", "newsstand", "hot dog stand", "lemonade stand", "photo booth", "pylon"]
BULKY = ["tram", "motorhome", "cement mixer", "combine harvester", "limousine", "pickup truck", "ambulance",
         "garbage truck", "chalet", "bungalow", "outhouse", "sentry box", "newsstand", "hot dog stand",
         "photo booth"]
RING_CENTRES = ["barbecue", "baobab", "weeping willow", "woodpile", "ice sculpture", "poker table",
                "conference table", "juggler", "pylon"]
RING_MEMBERS = ["camp chair", "lawn chair", "wicker chair", "pouffe", "hiker", "cheerleader", "acrobat", "scout",
                "heifer", "wildebeest", "turkey", "hen", "sheriff", "golfer"]
SEATS = {"camp chair", "lawn chair", "wicker chair", "pouffe"}
# Everyday nouns that other sets also use: drawn only now and then (FAMILIAR_SHARE), the way a
# real user mixes common and rare words.
FAMILIAR = ["dog", "cat", "chair", "lamp", "bicycle", "car", "tree", "horse", "cup", "umbrella", "suitcase",
            "guitar", "bucket", "clock", "goat", "teapot"]
FAMILIAR_SUPPORTS = ["table", "desk", "bench", "bookshelf"]
FAMILIAR_COVERS = ["table", "desk", "bed"]
FAMILIAR_SHARE = 0.12

ADJECTIVES = ["olive-green", "cherry-red", "rust-coloured", "cream-coloured", "navy blue", "sun-faded", "gleaming",
              "hand-painted", "lemon-yellow"]
# Only made things take those (no 'navy blue baguette', no 'sun-faded tree').
UNDESCRIBED = {"croissant", "baguette", "grapefruit", "papaya", "cantaloupe", "butternut squash", "pylon", "tree",
               "baobab", "weeping willow", "woodpile", "ice sculpture"}
CREATURE_ADJECTIVES = ["shaggy", "bony", "wide-eyed", "dozy", "alert", "bedraggled", "long-legged", "curious"]
PEOPLE_ADJECTIVES = ["sunburnt", "weary", "white-haired", "stocky", "red-haired", "middle-aged", "wiry"]
TAILS = [", 50mm lens, f/1.8", ", muted colours, matte finish", ", children's book illustration",
         ", rendered in blender", ", charcoal sketch", ", long exposure at dusk", ", muted autumn palette",
         ", 1980s catalogue photo", ", high-key lighting", ", pixel art, 16-bit", ", octane render",
         ", linocut print", ", oil on canvas", ", soft focus", ", editorial photo", ", noon sun, hard shadows"]
TAIL_SHARE = 0.25

# Openers for a prompt that is a noun phrase, the way requests are typed into image tools.
REQUESTS = ["picture ", "i need ", "could you draw ", "create ", "give me ", "imagine ", "sketch ",
            "a photograph showing ", "concept art of ", "visualize ", "storyboard frame: ", "scene: "]
REQUEST_SHARE = 0.35

PLURALS = {"leaf": "leaves", "sheaf": "sheaves", "passer-by": "passers-by", "water buffalo": "water buffaloes",
           "tuna": "tuna", "squid": "squid", "aircraft": "aircraft", "elk": "elk", "quail": "quail",
           "octopus": "octopuses", "milkman": "milkmen", "businessman": "businessmen", "horseman": "horsemen",
           "policeman": "policemen", "wildebeest": "wildebeest", "caribou": "caribou", "samurai": "samurai",
           "hovercraft": "hovercraft", "banjo": "banjos", "papaya": "papayas", "hen": "hens",
           "butternut squash": "butternut squashes", "sentry box": "sentry boxes", "tackle box": "tackle boxes"}
WORDS = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight", 9: "nine",
         10: "ten", 11: "eleven", 12: "twelve", 13: "thirteen", 14: "fourteen", 15: "fifteen", 16: "sixteen",
         17: "seventeen", 18: "eighteen", 19: "nineteen", 20: "twenty"}


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
    if first.startswith(("hour", "honest", "heir")):
        return "an"
    return "an" if first[0] in "aeiou" else "a"


def kind_of(noun: str) -> str:
    if noun in PEOPLE or noun in NAMES or noun in ("passer-by", "milkman", "businessman", "horseman", "policeman"):
        return "person"
    animals = ["dog", "cat", "horse", "goat", "tuna", "squid", "elk", "quail", "octopus"]
    return "creature" if noun in CREATURES + animals else "thing"


def an(noun: str, describe: float = 0.3) -> str:
    """'a sextant', 'an abacus', sometimes 'a dented sextant'; names stay bare."""
    if noun in NAMES:
        return noun
    if rng.random() < describe and noun not in UNDESCRIBED:
        pool = {"person": PEOPLE_ADJECTIVES, "creature": CREATURE_ADJECTIVES}.get(kind_of(noun), ADJECTIVES)
        noun = f"{rng.choice(pool)} {noun}"
    return f"{article(noun)} {noun}"


def the(noun: str) -> str:
    return noun if noun in NAMES else f"the {noun}"


def it(noun: str) -> str:
    return "them" if kind_of(noun) == "person" else "it"


def which(noun: str) -> str:
    return "who" if kind_of(noun) == "person" else "which"


def many(n: int, noun: str) -> str:
    return f"{WORDS[n]} {plural(noun)}"


def pick(pool: list[str], familiar: list[str] | None = None, avoid=()) -> str:
    options = familiar if familiar and rng.random() < FAMILIAR_SHARE else pool
    return rng.choice([n for n in options if n not in avoid])


def dress(text: str, noun_phrase: bool) -> str:
    """Now and then a request in front (noun phrases only) and a style tail behind."""
    if noun_phrase and rng.random() < REQUEST_SHARE:
        text = rng.choice(REQUESTS) + text
    if rng.random() < TAIL_SHARE:
        text = text.rstrip(".") + rng.choice(TAILS)
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
    for folder in ("heldout", "heldout2"):
        files += list((HERE / folder).glob("*.jsonl"))
    return [f for f in files if "heldout3" not in f.name]


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


def other_grammar_words() -> set[str]:
    """Every quoted lower-case word or phrase in the other grammars (their pools, drawn or not)."""
    found = set()
    for path in HERE.glob("*.py"):
        if "heldout3" in path.name:
            continue
        found |= {m.lower() for m in re.findall(r"[\"']([A-Za-z][A-Za-z' -]*)[\"']", path.read_text())}
    return found


OLD = existing_prompts()
SEEN: set[str] = set()


def fresh(make, tries: int = 400) -> dict:
    """Draws until the prompt is new: not drawn before, not equal to nor containing an old one."""
    for _ in range(tries):
        made = make()
        key = words(made["prompt"])
        if key not in SEEN and not any(old in key for old in OLD):
            SEEN.add(key)
            return made
    raise RuntimeError("could not draw a fresh prompt")


# ---------------------------------------------------------------- relations ---
# Each phrasing: (template returning the text, whether the text is a noun phrase). The subject
# s and the object o are nouns; the truth is [s, kind, o] whatever order the words put them in.
# Left and right are the viewer's throughout.

LEFT = [
    (lambda s, o: f"{an(s)} sits further left in the frame than {an(o)}", False),
    (lambda s, o: f"Left: {an(s)}. Right: {an(o)}.", False),
    (lambda s, o: f"{an(s)}, and to the right of {it(s)}, {an(o)}", True),
    (lambda s, o: f"{an(s)} and {an(o)}, with the {s} nearer the left edge of the picture" if s not in NAMES else
     f"{s} and {an(o)}, with {s} nearer the left edge of the picture", True),
    (lambda s, o: f"i need {an(s)} on the left and {an(o)} on the right", False),
    (lambda s, o: f"reading the picture from left to right, first {an(s)}, then {an(o)}", False),
    (lambda s, o: f"{an(o)}, with {an(s)} a short way off to the left as we look at {it(o)}", True),
    (lambda s, o: f"{an(s)} keeping to the left of {an(o)}", True),
    (lambda s, o: f"{an(o)}, {which(o)} has {an(s)} positioned to the left of {it(o)} in the shot", True),
    (lambda s, o: f"{an(o)} off to the right, {an(s)} off to the left", False),
    (lambda s, o: f"the left half of the frame holds {an(s)}, the right half {an(o)}", False),
]
RIGHT = [
    (lambda s, o: f"{an(s)} sits further right in the frame than {an(o)}", False),
    (lambda s, o: f"Left: {an(o)}. Right: {an(s)}.", False),
    (lambda s, o: f"{an(o)}, and to the right of {it(o)}, {an(s)}", True),
    (lambda s, o: f"{an(s)} and {an(o)}, with the {s} nearer the right edge of the picture" if s not in NAMES else
     f"{s} and {an(o)}, with {s} nearer the right edge of the picture", True),
    (lambda s, o: f"i need {an(o)} on the left and {an(s)} on the right", False),
    (lambda s, o: f"reading the picture from left to right, first {an(o)}, then {an(s)}", False),
    (lambda s, o: f"{an(o)}, with {an(s)} a short way off to the right as we look at {it(o)}", True),
    (lambda s, o: f"{an(s)} keeping to the right of {an(o)}", True),
    (lambda s, o: f"{an(o)}, {which(o)} has {an(s)} positioned to the right of {it(o)} in the shot", True),
    (lambda s, o: f"{an(o)} off to the left, {an(s)} off to the right", False),
    (lambda s, o: f"the left half of the frame holds {an(o)}, the right half {an(s)}", False),
]
ON = [
    (lambda s, o: f"{an(o)} with {an(s)} on top", True),
    (lambda s, o: f"{an(s)}, which has been set upon {an(o)}", True),
    (lambda s, o: f"{an(o)}, and on it {an(s)}", True),
    (lambda s, o: f"on {an(o)} someone has left {an(s)}", False),
    (lambda s, o: f"{an(s)} placed squarely on {an(o)}", True),
    (lambda s, o: f"{an(s)} on display on {an(o)}", True),
    (lambda s, o: f"{an(s)} rests on the top of {an(o)}", False),
    (lambda s, o: f"the top of {an(o)}, where {an(s)} has been placed", True),
    (lambda s, o: f"{an(s)} set out on {an(o)}", True),
    (lambda s, o: f"could you put {an(s)} up on {an(o)}", False),
    (lambda s, o: f"{an(o)} serving as a stand for {an(s)}", True),
]
UNDER = [
    (lambda s, o: f"{an(s)} {'asleep' if kind_of(s) == 'creature' else 'stored'} under {an(o)}", True),
    (lambda s, o: f"{an(o)} with {an(s)} in the space beneath it", True),
    (lambda s, o: f"beneath {an(o)} you can see {an(s)}", False),
    (lambda s, o: f"{an(s)} {'has crawled' if kind_of(s) == 'creature' else 'has been pushed'} underneath {an(o)}",
     False),
    (lambda s, o: f"under {the(o)}: {an(s)}", False),
    (lambda s, o: f"{an(o)} that {an(s)} is {'hiding' if kind_of(s) == 'creature' else 'lying'} beneath", True),
    (lambda s, o: f"{an(s)} on the ground directly below {an(o)}", True),
    (lambda s, o: f"{an(o)}, with {an(s)} {'curled up' if kind_of(s) == 'creature' else 'left'} beneath it", True),
    (lambda s, o: f"{an(s)} down under {an(o)}, out of the way", True),
]
FRONT = [
    (lambda s, o: f"{an(s)} standing before {an(o)}", True),
    (lambda s, o: f"{an(o)} and, closer to the camera, {an(s)}", True),
    (lambda s, o: f"foreground: {an(s)}; background: {an(o)}", False),
    (lambda s, o: f"{an(s)} between us and {an(o)}", True),
    (lambda s, o: f"{an(s)}, and a few metres behind {it(s)}, {an(o)}", True),
    (lambda s, o: f"{an(o)} rising up behind {an(s)}", True),
    (lambda s, o: f"{an(s)} and {an(o)}, the {s} nearer the camera" if s not in NAMES else
     f"{s} and {an(o)}, {s} nearer the camera", True),
    (lambda s, o: f"{an(o)} with {an(s)} just before it, closer to us", True),
    (lambda s, o: f"{an(s)} photographed in front of {an(o)}", True),
    (lambda s, o: f"{an(o)} far back and {an(s)} near the lens", False),
]
BEHIND = [
    (lambda s, o: f"{an(s)} in the distance behind {an(o)}", True),
    (lambda s, o: f"{an(o)} with {an(s)} rising up behind", True),
    (lambda s, o: f"foreground: {an(o)}; background: {an(s)}", False),
    (lambda s, o: f"{an(o)}, and far behind {it(o)}, {an(s)}", True),
    (lambda s, o: f"{an(s)} deeper in the scene than {an(o)}", True),
    (lambda s, o: f"{an(o)} posed before {an(s)}", True),
    (lambda s, o: f"{an(s)} a good distance behind {an(o)}", True),
    (lambda s, o: f"{an(s)} sits back from {an(o)}, further from the camera", False),
    (lambda s, o: f"{an(o)} near the lens and {an(s)} far back", False),
    (lambda s, o: f"{an(s)} and {an(o)}, the {o} nearer the camera" if o not in NAMES else
     f"{an(s)} and {o}, {o} nearer the camera", True),
]
NEAR = [
    (lambda s, o: f"{an(s)} nestled against {an(o)}", True),
    (lambda s, o: f"{an(s)} right up close to {an(o)}", True),
    (lambda s, o: f"{an(s)} squeezed up against {an(o)}", True),
    (lambda s, o: f"{an(s)} and {an(o)} right next to each other", True),
    (lambda s, o: f"{an(s)} tucked in close to {an(o)}", True),
    (lambda s, o: f"{an(o)} with {an(s)} close at hand", True),
    (lambda s, o: f"{an(s)} within touching distance of {an(o)}", True),
    (lambda s, o: f"{an(s)} and {an(o)}, only a few centimetres apart", True),
    (lambda s, o: f"{an(s)} {'huddled up to' if kind_of(s) != 'thing' else 'pushed up against'} {an(o)}", True),
    (lambda s, o: f"{an(s)} is almost touching {an(o)}", False),
]
HIDDEN = [
    (lambda s, o: f"{an(s)} partly screened by {an(o)}", True),
    (lambda s, o: f"{an(s)} {'peering round' if kind_of(s) != 'thing' else 'just visible round the side of'} {an(o)}",
     True),
    (lambda s, o: f"{an(o)} standing in front of {an(s)} and covering part of {it(s)}", True),
    (lambda s, o: f"{an(o)} in front, partially covering {an(s)}", False),
    (lambda s, o: f"{an(s)} half behind {an(o)}", True),
    (lambda s, o: f"{an(s)} partly masked by {an(o)}", True),
    (lambda s, o: f"{an(s)} sticking out from behind {an(o)}", True),
    (lambda s, o: f"{an(o)} obstructs our view of part of {an(s)}", False),
    (lambda s, o: f"{an(s)} only partly visible, the rest of {it(s)} behind {an(o)}", True),
    (lambda s, o: f"{an(s)} whose outline is cut off by {an(o)} in front", True),
]


def pairwise(kind: str, phrasings, subjects, objects, familiar_s=None, familiar_o=None) -> list[dict]:
    rows = []
    for i in range(PER_KIND):
        template, noun_phrase = phrasings[i % len(phrasings)]

        def make():
            s = pick(subjects, familiar_s)
            o = pick(objects, familiar_o, avoid={s})
            return row(dress(template(s, o), noun_phrase), {s: 1, o: 1}, [(s, kind, o)])

        rows.append(fresh(make))
    return rows


BETWEEN = [
    lambda s, x, y: (f"{an(x)} on the left, {an(y)} on the right, {an(s)} in the space between", False),
    lambda s, x, y: (f"{an(s)} halfway between {an(x)} and {an(y)}", True),
    lambda s, x, y: (f"{an(s)} in the middle of {an(x)} and {an(y)}", True),
    lambda s, x, y: (f"{an(x)} and {an(y)} with {an(s)} between them", True),
    lambda s, x, y: (f"{an(s)} stuck between {an(x)} and {an(y)}", True),
    lambda s, x, y: (f"{an(x)} at the left, {an(y)} at the right, and between them {an(s)}", False),
    lambda s, x, y: (f"{an(s)} has {an(x)} on one side of {it(s)} and {an(y)} on the other", False),
    lambda s, x, y: (f"{an(s)}, positioned in between {an(x)} and {an(y)}", True),
]
BETWEEN_PAIR = [
    lambda s, x: (f"{an(s)} between twin {plural(x)}", True),
    lambda s, x: (f"{an(s)} with {article(x)} {x} to the left and another {x} to the right", True),
    lambda s, x: (f"a matching pair of {plural(x)} and {an(s)} between the two", True),
]


def its(noun: str) -> str:
    return "their" if kind_of(noun) == "person" else "its"


def between() -> list[dict]:
    rows = []
    for i in range(PER_KIND):
        if i % 4 == 3:
            template = BETWEEN_PAIR[(i // 4) % len(BETWEEN_PAIR)]

            def make():
                s = pick(SMALL + CREATURES + PEOPLE + NAMES, FAMILIAR)
                x = pick(LARGE + CREATURES, FAMILIAR, avoid={s})
                text, np_ = template(s, x)
                return row(dress(text, np_), {s: 1, x: 2}, [(s, "between", x, x)])
        else:
            template = BETWEEN[i % len(BETWEEN)]

            def make():
                s = pick(SMALL + CREATURES + PEOPLE + NAMES, FAMILIAR)
                x = pick(LARGE + PEOPLE, FAMILIAR, avoid={s})
                y = pick(LARGE + PEOPLE + CREATURES, FAMILIAR, avoid={s, x})
                text, np_ = template(s, x, y)
                return row(dress(text, np_), {s: 1, x: 1, y: 1}, [(s, "between", x, y)])

        rows.append(fresh(make))
    return rows


AROUND = [
    lambda n, r, c: (f"{an(c, 0)} with {many(n, r)} {'set' if r in SEATS else 'standing'} round {it(c)} in a loose "
                     f"circle",
                     True),
    lambda n, r, c: (f"{many(n, r)} arranged in a ring about {an(c, 0)}", True),
    lambda n, r, c: (f"a circle of {many(n, r)} surrounding {an(c, 0)}", True),
    lambda n, r, c: (f"{many(n, r)} spread out around {an(c, 0)} on all sides", True),
    lambda n, r, c: (f"{many(n, r)} spaced out at intervals round {an(c, 0)}", True),
    lambda n, r, c: (f"{an(c, 0)} in the middle of a circle made of {many(n, r)}", True),
    lambda n, r, c: (f"{many(n, r)} encircle {an(c, 0)}", False),
    lambda n, r, c: (f"{many(n, r)} crowding round {an(c, 0)} from every direction", True),
    lambda n, r, c: (f"there's {an(c, 0)}, and {many(n, r)} make a ring around {it(c)}", False),
]


def around() -> list[dict]:
    rows = []
    for i in range(PER_KIND):
        template = AROUND[i % len(AROUND)]

        def make():
            n = rng.choice([3, 4, 5, 6, 7, 8])
            c = rng.choice(RING_CENTRES)
            members = [m for m in RING_MEMBERS if m != c]
            if c in ("juggler", "pylon", "baobab", "weeping willow"):  # no seats round a person or a tree
                members = [m for m in members if m not in SEATS]
            r = rng.choice(members)
            text, np_ = template(n, r, c)
            return row(dress(text, np_), {r: n, c: 1}, [(r, "around", c)])

        rows.append(fresh(make))
    return rows


def relations() -> list[dict]:
    movable = SMALL + CREATURES + PEOPLE + NAMES
    anything = movable + LARGE
    rows = []
    rows += pairwise("left_of", LEFT, anything, anything, FAMILIAR, FAMILIAR)
    rows += pairwise("right_of", RIGHT, anything, anything, FAMILIAR, FAMILIAR)
    rows += pairwise("on_top_of", ON, TABLETOP + ["hamster", "chameleon", "cockatoo", "iguana", "chinchilla"],
                     SUPPORTS, ["cup", "teapot", "clock", "lamp", "cat"], FAMILIAR_SUPPORTS)
    rows += pairwise("under", UNDER, UNDER_SUBJECTS, COVERS, ["cat", "bucket", "suitcase"], FAMILIAR_COVERS)
    rows += pairwise("in_front_of", FRONT, movable, LARGE, FAMILIAR, ["tree", "car"])
    rows += pairwise("behind", BEHIND, LARGE + WILD, SMALL + PETS + PEOPLE + NAMES, ["tree", "horse", "car"],
                     FAMILIAR)
    rows += pairwise("near", NEAR, movable, LARGE + SUPPORTS + CREATURES + PEOPLE, FAMILIAR, FAMILIAR)
    rows += pairwise("hidden_by", HIDDEN, CREATURES + PEOPLE, BULKY, ["dog", "horse", "goat", "bicycle"],
                     ["car", "tree"])
    rows += between()
    rows += around()
    return rows


# -------------------------------------------------------------- composition ---

REGIONS = {
    "centre": [lambda a: (f"{an(a)} in the middle of the picture", True),
               lambda a: (f"{an(a)} positioned at the center of the image", True),
               lambda a: (f"{an(a)} right at the centre of the canvas", True),
               lambda a: (f"{an(a)} placed in the center, plenty of space all around", True),
               lambda a: (f"the {a} sits bang in the middle of the shot" if a not in NAMES else
                          f"{a} sits bang in the middle of the shot", False),
               lambda a: (f"keep {an(a)} in the centre of the image", False),
               lambda a: (f"{an(a)} occupying the middle of the frame, nothing else around", True),
               lambda a: (f"a symmetrical picture with {an(a)} at its centre", True)],
    "image_left": [lambda a: (f"{an(a)} in the left portion of the image", True),
                   lambda a: (f"{an(a)} set off to the left, lots of negative space on the right", True),
                   lambda a: (f"{an(a)} pushed to the left of the frame", True),
                   lambda a: (f"{an(a)} sitting on the left third line", True),
                   lambda a: (f"{an(a)} near the left-hand border of the picture", True),
                   lambda a: (f"{an(a)} in the leftmost part of the shot", True),
                   lambda a: (f"compose the shot with {an(a)} well to the left", False),
                   lambda a: (f"the {a} is kept to the left side of the picture" if a not in NAMES else
                              f"{a} is kept to the left side of the picture", False)],
    "image_right": [lambda a: (f"{an(a)} in the right portion of the image", True),
                    lambda a: (f"{an(a)} set off to the right, lots of negative space on the left", True),
                    lambda a: (f"{an(a)} pushed to the right of the frame", True),
                    lambda a: (f"{an(a)} sitting on the right third line", True),
                    lambda a: (f"{an(a)} near the right-hand border of the picture", True),
                    lambda a: (f"{an(a)} in the rightmost part of the shot", True),
                    lambda a: (f"compose the shot with {an(a)} well to the right", False),
                    lambda a: (f"the {a} is kept to the right side of the picture" if a not in NAMES else
                               f"{a} is kept to the right side of the picture", False)],
}


def composition() -> list[dict]:
    things = SMALL + CREATURES + PEOPLE + LARGE
    rows = []
    for kind, phrasings in REGIONS.items():
        for i in range(PER_KIND):
            template = phrasings[i % len(phrasings)]

            def make():
                a = pick(things, FAMILIAR)
                text, np_ = template(a)
                return row(dress(text, np_), {a: 1}, [(a, kind)])

            rows.append(fresh(make))
    return rows


# ------------------------------------------------------------------- counts ---

COUNTABLE = ["abacus", "lava lamp", "desk fan", "rotary phone", "cookie jar", "banjo", "tambourine", "rubber duck",
             "croissant", "baguette", "grapefruit", "papaya", "toucan", "macaw", "vulture", "gazelle", "baboon",
             "wallaby", "heifer", "turkey", "pheasant", "hen", "pug", "hamster", "acrobat", "cyclist", "hiker",
             "golfer", "cheerleader", "scout", "motorhome", "golf cart", "chalet", "pylon", "camp chair", "pouffe"]
IRREGULAR = ["leaf", "sheaf", "passer-by", "water buffalo", "tuna", "squid", "aircraft", "elk", "quail", "octopus",
             "milkman", "businessman", "horseman", "policeman", "wildebeest", "caribou", "samurai"]
GROUPS = {"heifer": "herd", "water buffalo": "herd", "elk": "herd", "caribou": "herd", "wildebeest": "herd",
          "hen": "flock", "quail": "covey", "baboon": "troop", "gazelle": "herd",
          "wallaby": "mob", "horseman": "troop", "samurai": "band", "acrobat": "troupe", "cheerleader": "squad",
          "scout": "troop", "policeman": "squad", "squid": "school", "tuna": "school"}

COUNT_ONE = [lambda x: (f"one solitary {x}", True), lambda x: (f"one {x} by itself", True),
             lambda x: (f"a {x}, just the one" if article(x) == "a" else f"an {x}, just the one", True),
             lambda x: (f"there is exactly one {x} in this picture", False)]
COUNT_MANY = [
    lambda n, x: (f"{WORDS[n]} {plural(x)} in total", True),
    lambda n, x: (f"a collection of {WORDS[n]} {plural(x)}", True),
    lambda n, x: (f"{WORDS[n]} {plural(x)}, {'all different colours' if kind_of(x) == 'thing' else 'no two alike'}",
                  True),
    lambda n, x: (f"i need {WORDS[n]} {plural(x)} for a poster", False),
    lambda n, x: (f"{n} {plural(x)} spaced out on a plain backdrop", True),
    lambda n, x: (f"{WORDS[n]} {plural(x)} of assorted sizes", True),
    lambda n, x: (f"a {GROUPS.get(x, 'group')} of {WORDS[n]} {plural(x)}", True),
    lambda n, x: (f"twin {plural(x)}", True),
    lambda n, x: (f"count them: {WORDS[n]} {plural(x)}", False),
    lambda n, x: (f"{WORDS[n]} {plural(x)} "
                  f"{'waiting their turn' if kind_of(x) != 'thing' else 'set out in no particular order'}", True),
    lambda n, x: (f"{WORDS[n]} {plural(x)} and not a single one more", True),
    lambda n, x: (f"{n} {plural(x)}, arranged however you like", True),
]
COUNT_FIXED = {"twin": 2}


def counts() -> list[dict]:
    rows = []
    for i in range(36):
        template = COUNT_MANY[i % len(COUNT_MANY)]

        def make():
            x = rng.choice(IRREGULAR if i % 3 == 0 else COUNTABLE)
            n = rng.choice([2, 3, 4, 5, 6, 7, 8, 9, 10, 12, 16, 19])
            text, np_ = template(n, x)
            for said, fixed in COUNT_FIXED.items():
                if text.startswith(said + " "):
                    n = fixed
            return row(dress(text, np_), {x: n})

        rows.append(fresh(make))
    for i in range(8):
        template = COUNT_ONE[i % len(COUNT_ONE)]

        def make():
            x = rng.choice(COUNTABLE + IRREGULAR[:5])
            text, np_ = template(x)
            return row(dress(text, np_), {x: 1})

        rows.append(fresh(make))
    mixed = [lambda n, x, m, y: (f"{WORDS[n]} {plural(x)} alongside {WORDS[m]} {plural(y)}", {x: n, y: m}),
             lambda n, x, m, y: (f"{WORDS[n]} {plural(x)}, {WORDS[m]} {plural(y)} and one {LONE} at the side",
                                 {x: n, y: m, LONE: 1}),
             lambda n, x, m, y: (f"one {LONE} among {WORDS[m]} {plural(y)}", {LONE: 1, y: m}),
             lambda n, x, m, y: (f"{n} {plural(x)} + {m} {plural(y)}", {x: n, y: m})]
    for i in range(16):
        template = mixed[i % len(mixed)]

        def make():
            x, y = rng.sample(COUNTABLE + IRREGULAR, 2)
            n, m = rng.choice([2, 3, 4, 5, 7]), rng.choice([2, 3, 4, 6])
            text, objects = template(n, x, m, y)
            return row(dress(text, True), objects)

        rows.append(fresh(make))
    return rows


LONE = "shopping trolley"


# ------------------------------------------------------------------- facing ---

FACE_ANIMALS = ["gazelle", "antelope", "wildebeest", "caribou", "ibex", "lynx", "leopard", "baboon", "wallaby",
                "heifer", "water buffalo", "turkey", "pheasant", "collie", "labrador", "bulldog", "whippet"]
FACE_VEHICLES = ["motorhome", "ambulance", "limousine", "pickup truck", "golf cart", "garbage truck"]
FACE_PEOPLE = ["carpenter", "librarian", "lumberjack", "mechanic", "juggler", "mime", "samurai", "jogger", "hiker",
               "golfer", "archer", "butler", "sheriff", "bride"]
FACING = {
    "camera": [lambda a, k: f"{a} looking right at us" if k != "vehicle" else f"{a} pointing straight at the camera",
               lambda a, k: f"{a} posing for the camera" if k == "person" else
               (f"{a} coming straight at the camera" if k == "animal" else f"{a} driving straight at the camera"),
               lambda a, k: f"{a} making eye contact with the viewer" if k != "vehicle" else
               f"{a} parked nose-first towards the camera",
               lambda a, k: f"{a}, its front turned to the viewer" if k != "person" else
               f"{a}, turned square to the viewer"],
    "away": [lambda a, k: f"{a} walking off into the distance" if k != "vehicle" else
             f"{a} driving off into the distance",
             lambda a, k: f"{a} facing into the scene, away from the camera",
             lambda a, k: f"{a} with its tail towards us" if k == "animal" else
             (f"{a} showing its tail lights, heading away" if k == "vehicle" else
              f"{a} with their back turned to us, looking into the distance"),
             lambda a, k: f"{a} retreating from the camera"],
    "left": [lambda a, k: f"{a} facing screen left",
             lambda a, k: f"{a} moving from right to left across the frame",
             lambda a, k: f"{a} in side view, {'head' if k != 'vehicle' else 'bonnet'} towards the left",
             lambda a, k: f"{a} looking off towards the left edge of the picture" if k != "vehicle" else
             f"{a} pointed towards the left edge of the picture"],
    "right": [lambda a, k: f"{a} facing screen right",
              lambda a, k: f"{a} moving from left to right across the frame",
              lambda a, k: f"{a} in side view, {'head' if k != 'vehicle' else 'bonnet'} towards the right",
              lambda a, k: f"{a} looking off towards the right edge of the picture" if k != "vehicle" else
              f"{a} pointed towards the right edge of the picture"],
}
MANY_FACING = {"camera": lambda group, all_: f"{group}, {'both' if all_ == 'both' else 'every one'} of them looking "
                                            f"at the camera",
               "left": lambda group, all_: f"{group} {all_} facing screen left",
               "away": lambda group, all_: f"{group} {all_} facing away from the viewer",
               "right": lambda group, all_: f"{group} {all_} moving from left to right"}


def facing() -> list[dict]:
    rows = []
    ways = ["camera", "away", "left", "right"]
    for i in range(PER_KIND + 4):
        way = ways[i % 4]
        template = FACING[way][(i // 4) % 4]

        def make():
            kind = rng.choice(["animal", "animal", "vehicle", "person"])
            a = rng.choice({"animal": FACE_ANIMALS, "vehicle": FACE_VEHICLES, "person": FACE_PEOPLE}[kind])
            if i % 6 == 5:  # several: every one faces that way
                n = rng.choice([2, 3, 4])
                text = MANY_FACING[way](many(n, a), "both" if n == 2 else "all")
                return row(dress(text, True), {a: n}, facing=[(a, way)])
            text = template(an(a), kind)
            return row(dress(text, True), {a: 1}, facing=[(a, way)])

        rows.append(fresh(make))
    return rows


# ------------------------------------------------------------------- camera ---
# Left and right views are the scene's: the camera stands on the viewer's left (right) of the
# scene as it is usually shown, never "its left side" of a thing with a front of its own.
VIEWS = {
    "top": [lambda a, b: f"a knolling photo of {an(a)} and {an(b)}",
            lambda a, b: f"{an(a)} and {an(b)} seen from high above, the camera pointing straight down",
            lambda a, b: f"a god's-eye view of {an(a)}",
            lambda a, b: f"{an(a)} from a ceiling-mounted camera looking down",
            lambda a, b: f"a vertical overhead photo of {an(a)} beside {an(b)}"],
    "front": [lambda a, b: f"a straight-ahead view of {an(a)}",
              lambda a, b: f"{an(a)} and {an(b)} as seen by someone standing directly in front of them",
              lambda a, b: f"a front-on photo of {an(a)}",
              lambda a, b: f"{an(a)} with the camera square to its front, at eye level",
              lambda a, b: f"{an(a)} and {an(b)}, shot from the front of the set"],
    "back": [lambda a, b: f"a view from behind {an(a)} and {an(b)}",
             lambda a, b: f"{an(a)} photographed from the back of the scene",
             lambda a, b: f"the camera at the rear of {an(a)}, looking at its back",
             lambda a, b: f"{an(a)} shot from behind, the camera trailing it",
             lambda a, b: f"{an(a)} and {an(b)}, everything seen from the back"],
    "left": [lambda a, b: f"{an(a)} and {an(b)}, camera placed on the left side of the scene",
             lambda a, b: f"{an(a)} from a viewpoint off to the left of the scene",
             lambda a, b: f"side view from the left of {an(a)} and {an(b)}",
             lambda a, b: f"the camera moved round to the left-hand side of the scene, looking across at {an(a)}",
             lambda a, b: f"{an(a)}, photographed side-on from the scene's left"],
    "right": [lambda a, b: f"{an(a)} and {an(b)}, camera placed on the right side of the scene",
              lambda a, b: f"{an(a)} from a viewpoint off to the right of the scene",
              lambda a, b: f"side view from the right of {an(a)} and {an(b)}",
              lambda a, b: f"the camera moved round to the right-hand side of the scene, looking across at {an(a)}",
              lambda a, b: f"{an(a)}, photographed side-on from the scene's right"],
    "close-up": [lambda a, b: f"a tight close-up of {an(a)}",
                 lambda a, b: f"{an(a)} so close it fills the picture",
                 lambda a, b: f"{an(a)} shot from a few centimetres away",
                 lambda a, b: f"{an(a)}, cropped close, edge to edge",
                 lambda a, b: f"{an(a)} photographed at point-blank range"],
    "wide": [lambda a, b: f"{an(a)} and {an(b)}, wide-angle, lots of empty space around them",
             lambda a, b: f"{an(a)} seen from across a big open space",
             lambda a, b: f"{an(a)} and {an(b)} far from the camera, small in the frame",
             lambda a, b: f"an ultra-wide view taking in {an(a)} and {an(b)} from afar",
             lambda a, b: f"{an(a)} viewed from a great distance"],
}


def camera() -> list[dict]:
    things = SMALL + CREATURES + PEOPLE + LARGE
    rows = []
    for view, phrasings in VIEWS.items():
        for i in range(8):
            template = phrasings[i % len(phrasings)]

            def make():
                said = template("x", "y")
                small = view == "close-up" or "knolling" in said  # a knolling photo lays out small things
                pool = SMALL if small else things
                fronted = " its " in said or "trailing" in said  # of a thing with a front and a back
                if fronted:
                    pool = CREATURES + FACE_VEHICLES
                a = pick(pool, None if fronted else FAMILIAR)
                b = pick(SMALL if "knolling" in said else things, FAMILIAR, avoid={a})
                text = template(a, b)
                objects = {a: 1, b: 1} if re.search(rf"\b{re.escape(b)}\b", text) else {a: 1}
                return row(dress(text, text.startswith(("a ", "an "))), objects, camera=view)

            rows.append(fresh(make))
    return rows


def main() -> None:
    sets = {"relations": relations(), "composition": composition(), "counts": counts(), "facing": facing(),
            "camera": camera()}
    fresh_pools = set(SMALL + SUPPORTS + COVERS + UNDER_SUBJECTS + CREATURES + PEOPLE + LARGE + RING_CENTRES +
                      RING_MEMBERS + COUNTABLE + IRREGULAR + FACE_ANIMALS + FACE_VEHICLES + FACE_PEOPLE +
                      [n.lower() for n in NAMES] + [LONE])
    shared = fresh_pools & existing_nouns()
    assert not shared, f"fresh nouns also in other prompt sets: {sorted(shared)}"
    quoted = fresh_pools & other_grammar_words()
    assert not quoted, f"fresh nouns quoted in other grammars: {sorted(quoted)}"
    assert not set(FAMILIAR + FAMILIAR_SUPPORTS + FAMILIAR_COVERS) - existing_nouns()
    OUT.mkdir(exist_ok=True)
    for name, rows in sets.items():
        (OUT / f"{name}.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows))
    known = existing_nouns()
    for name, rows in sets.items():
        familiar = sum(any(n in known for n in r["expect"]["objects"]) for r in rows)
        print(f"{name}: {len(rows)} prompts ({familiar} with a noun other sets use)")


if __name__ == "__main__":
    main()
