"""Writes the SECOND held-out layout prompts (bench/prompts/heldout2/*.jsonl) from a grammar.

    .venv/bin/python bench/prompts/heldout2_grammar.py

Why a second held-out set: the first one (bench/prompts/heldout/) has had its failures read by
the people building the layout agent, so its figure now measures some fit too. This one was
written without reading the implementation (only the bench's scorers, the existing prompt sets
and, for names, the object catalogue's keys), to differ from every existing set in phrasing,
sentence shape and vocabulary:

- phrasings: none of the development or first held-out templates is reused; sentences come in
  the shapes people type into image tools (bare noun phrases, requests such as "render ...",
  captions such as "X at left, Y at right", "from left to right: X, Y", possessives "on X's
  left", backdrops, idioms such as "front and center", screen directions), sometimes with a
  style or light tail;
- vocabulary: the main noun pools share no noun with any other prompt set (the script checks);
  a small FAMILIAR pool of everyday nouns the object catalogue knows is drawn now and then, as a
  real user would;
- no prompt equals or contains (as a whole-word sequence) a development or first held-out
  prompt: drawn again until it does not (the script checks).

Nothing outside bench/prompts may import this file, name it, or quote its prompts; nobody should
tune the parser on them. The truth is written with each prompt by the grammar (the meaning of
the words, chosen by hand), never read from the implementation. Deterministic (seed 4111).
Same JSON as the other sets: {"prompt": ..., "expect": {"objects": {...}, "relations": [...],
"facing": [...], "camera": ...}}; object names are the nouns as written, singular.
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "heldout2"
rng = random.Random(4111)
PER_KIND = 44  # prompts per relation kind, per composition region, for facing

# ------------------------------------------------------------- vocabulary ---
# Fresh pools: no noun here is in any other prompt set (checked in main()).
SMALL = ["stapler", "ukulele", "metronome", "thermos", "candelabra", "piggy bank", "cupcake", "avocado",
         "cabbage", "watermelon", "gramophone", "microphone", "bonsai", "seashell", "blender", "dumbbell",
         "sombrero", "top hat", "fishbowl", "tape measure", "hairdryer", "rolling pin", "ice bucket",
         "bowling ball", "fire extinguisher", "skull", "pinecone", "paint can"]
SUPPORTS = ["filing cabinet", "piano bench", "bedside table", "end table", "kitchen island", "lectern",
            "sawhorse", "upright piano", "radiator", "pallet", "serving cart", "hope chest", "chest of drawers",
            "card table", "tea chest"]
COVERS = ["grand piano", "billiard table", "card table", "folding table", "ping-pong table", "drafting table",
          "pergola", "trampoline", "banquet table", "carport"]
UNDER_SUBJECTS = ["dachshund", "tortoise", "guinea pig", "ferret", "armadillo", "porcupine", "shoebox",
                  "laundry basket", "bowling ball", "watermelon", "ice bucket", "paint can", "corgi"]
CREATURES = ["dachshund", "poodle", "corgi", "tortoise", "guinea pig", "ferret", "lemur", "pelican", "peacock",
             "rhino", "hippo", "koala", "armadillo", "porcupine", "cheetah", "mule", "rooster", "puffin",
             "hyena", "ostrich chick", "warthog", "sea lion"]
PEOPLE = ["mailman", "ballerina", "astronaut", "plumber", "cowboy", "surfer", "referee", "toddler",
          "violinist", "waiter", "gardener", "fisherman", "lifeguard", "shepherd", "magician", "skateboarder",
          "pirate", "beekeeper"]
NAMES = ["Rosalind", "Kofi", "Agnieszka", "Bartholomew", "Nadia", "Ezekiel", "Svetlana", "Obadiah"]
LARGE = ["forklift", "bulldozer", "caravan", "rickshaw", "sailboat", "billboard", "food truck", "camper van",
         "armoire", "refrigerator", "snowplow", "yurt", "igloo", "log cabin", "obelisk", "bandstand",
         "carousel", "pagoda", "hot tub", "dumpster", "hay wagon", "steam roller"]
RING_CENTRES = ["fire pit", "christmas tree", "sundial", "cauldron", "obelisk", "bandstand", "hot tub",
                "birthday cake", "picnic blanket"]
RING_MEMBERS = ["deck chair", "tiki torch", "cushion", "folding chair", "beanbag", "toddler", "cowboy",
                "mule", "rooster", "pirate", "skateboarder", "beekeeper", "warthog", "penguin chick"]
# Everyday nouns the object catalogue names; other sets use some of them, so they are drawn
# only now and then (FAMILIAR_SHARE), the way a real user mixes common and rare words.
FAMILIAR = ["horse", "zebra", "sheep", "elephant", "owl", "fox", "sofa", "wardrobe", "piano", "motorcycle",
            "boat", "vase", "jug", "lantern", "barrel", "suitcase", "kite", "snowman", "tent", "mushroom",
            "puppy", "hound"]
FAMILIAR_SUPPORTS = ["table", "desk", "bench", "stool"]
FAMILIAR_COVERS = ["table", "desk", "bed"]
FAMILIAR_SHARE = 0.12

ADJECTIVES = ["mint-green", "charcoal grey", "burnt-orange", "polka-dot", "striped", "chrome", "brass",
              "weathered", "battered", "shiny", "antique", "lopsided", "enormous", "miniature", "glossy black"]
CREATURE_ADJECTIVES = ["fluffy", "scruffy", "sleek", "grumpy", "muddy", "spotted", "skinny", "plump"]
PEOPLE_ADJECTIVES = ["elderly", "grumpy", "lanky", "barefoot", "smiling", "bearded", "freckled"]
TAILS = [", 35mm film photo", ", golden hour", ", studio lighting", ", isometric 3d render", ", soft shadows",
         ", film still", ", low poly", ", kodak portra 400", ", pastel palette", ", flat vector illustration",
         ", overcast daylight", ", shot on an iphone", ", cinematic color grade", ", gouache on paper",
         ", hdr, 8k", ", by moonlight"]
TAIL_SHARE = 0.25

# Phrases that open a noun-phrase prompt the way requests are typed into image tools.
REQUESTS = ["render ", "draw ", "show me ", "generate ", "an image of ", "photo of ", "illustration of ",
            "i'd like ", "can you make ", "please paint ", "a snapshot of ", "make a scene with "]
REQUEST_SHARE = 0.35

PLURALS = {"mailman": "mailmen", "fisherman": "fishermen", "puppy": "puppies", "wolf": "wolves", "ox": "oxen",
           "calf": "calves", "loaf": "loaves", "salmon": "salmon", "trout": "trout", "cactus": "cacti",
           "knife": "knives", "thief": "thieves", "dwarf": "dwarves", "butterfly": "butterflies",
           "cherry": "cherries", "tomato": "tomatoes", "sheep": "sheep", "goldfinch": "goldfinches",
           "torch": "torches", "bus": "buses", "chest of drawers": "chests of drawers", "hippo": "hippos",
           "rhino": "rhinos", "avocado": "avocados", "pelican": "pelicans", "sundial": "sundials",
           "ostrich chick": "ostrich chicks", "person": "people", "mongoose": "mongooses",
           "walrus": "walruses", "cupcake": "cupcakes", "beanbag": "beanbags", "hay wagon": "hay wagons",
           "policewoman": "policewomen", "jellyfish": "jellyfish", "moth": "moths", "cushion": "cushions"}
WORDS = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight", 9: "nine",
         10: "ten", 11: "eleven", 12: "twelve", 13: "thirteen", 14: "fourteen", 15: "fifteen", 16: "sixteen",
         17: "seventeen", 18: "eighteen", 20: "twenty"}


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
    if first.startswith(("uku", "uni", "use", "eu", "one")):
        return "a"
    if first.startswith(("hour", "honest", "heir")):
        return "an"
    return "an" if first[0] in "aeiou" else "a"


def kind_of(noun: str) -> str:
    if noun in PEOPLE:
        return "person"
    return "creature" if noun in CREATURES + ["puppy", "hound", "horse", "zebra", "sheep", "elephant", "owl",
                                              "fox", "mule", "rooster", "warthog", "penguin chick"] else "thing"


def an(noun: str, describe: float = 0.3) -> str:
    """'a stapler', 'an end table', sometimes 'a battered stapler'; names stay bare."""
    if noun in NAMES:
        return noun
    if rng.random() < describe:
        pool = {"person": PEOPLE_ADJECTIVES, "creature": CREATURE_ADJECTIVES}.get(kind_of(noun), ADJECTIVES)
        noun = f"{rng.choice(pool)} {noun}"
    return f"{article(noun)} {noun}"


def it(noun: str) -> str:
    return "them" if noun in PEOPLE + NAMES else "it"


def its(noun: str) -> str:
    return "their" if noun in PEOPLE + NAMES else "its"


def the(noun: str) -> str:
    return noun if noun in NAMES else f"the {noun}"


def bare(noun: str) -> str:
    return noun


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
        text += rng.choice(TAILS)
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


def existing_prompts() -> list[str]:
    files = list(HERE.glob("*.jsonl")) + list((HERE / "heldout").glob("*.jsonl")) + \
        list((HERE / "scenes").glob("*.jsonl"))
    found = []
    for path in files:
        if "heldout2" in path.name:
            continue
        for line in path.read_text().splitlines():
            if line.strip():
                found.append(words(json.loads(line)["prompt"]))
    return found


def existing_nouns() -> set[str]:
    nouns = set()
    files = list(HERE.glob("*.jsonl")) + list((HERE / "heldout").glob("*.jsonl")) + \
        list((HERE / "scenes").glob("*.jsonl"))
    for path in files:
        if "heldout2" in path.name:
            continue
        for line in path.read_text().splitlines():
            if line.strip():
                for spec in json.loads(line)["expect"]["objects"]:
                    nouns |= set(spec.split("|"))
    return nouns


OLD = existing_prompts()
SEEN: set[str] = set()


def fresh(make, tries: int = 200) -> dict:
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
# s and object o are nouns; the truth is [s, kind, o] whatever the order the words put them in.

LEFT = [
    (lambda s, o: f"{an(s)} at {the(o)}'s left", False),
    (lambda s, o: f"from left to right: {an(s)}, {an(o)}", False),
    (lambda s, o: f"{an(s)} at left, {an(o)} at right", False),
    (lambda s, o: f"{an(s)} and {an(o)}, the {s} on the left" if s not in NAMES else
     f"{s} and {an(o)}, {s} on the left", True),
    (lambda s, o: f"put {an(s)} on the left-hand side of {an(o)}", False),
    (lambda s, o: f"on {the(o)}'s left there's {an(s)}", False),
    (lambda s, o: f"{an(o)}, and a little further left, {an(s)}", True),
    (lambda s, o: f"{an(s)} a pace to the left of {an(o)}", True),
    (lambda s, o: f"{an(o)} with {an(s)} set down on {its(o)} left-hand side", True),
    (lambda s, o: f"the {o} is to the right of the {s}" if s not in NAMES else f"the {o} is to the right of {s}",
     False),
]
RIGHT = [
    (lambda s, o: f"{an(s)} at {the(o)}'s right", False),
    (lambda s, o: f"from left to right: {an(o)}, {an(s)}", False),
    (lambda s, o: f"{an(o)} at left, {an(s)} at right", False),
    (lambda s, o: f"{an(s)} and {an(o)}, the {s} on the right" if s not in NAMES else
     f"{s} and {an(o)}, {s} on the right", True),
    (lambda s, o: f"put {an(s)} on the right-hand side of {an(o)}", False),
    (lambda s, o: f"on {the(o)}'s right there's {an(s)}", False),
    (lambda s, o: f"{an(o)}, and a little further right, {an(s)}", True),
    (lambda s, o: f"{an(s)} a pace to the right of {an(o)}", True),
    (lambda s, o: f"{an(o)} with {an(s)} over on {its(o)} right-hand side", True),
    (lambda s, o: f"the {o} is to the left of the {s}" if s not in NAMES else f"the {o} is to the left of {s}",
     False),
]
ON = [
    (lambda s, o: f"{an(s)} atop {an(o)}", True),
    (lambda s, o: f"{an(o)} topped with {an(s)}", True),
    (lambda s, o: f"{an(s)} left on {an(o)}", True),
    (lambda s, o: f"{an(s)} up on {an(o)}", True),
    (lambda s, o: f"{an(s)} has been put on {an(o)}", False),
    (lambda s, o: f"{an(s)} displayed on {an(o)}", True),
    (lambda s, o: f"{an(s)} stacked on {an(o)}", True),
    (lambda s, o: f"{an(o)}, {an(s)} on the top of it", True),
    (lambda s, o: f"someone set {an(s)} down on {an(o)}", False),
    (lambda s, o: f"{an(s)} sits on the top surface of {an(o)}", False),
]
UNDER = [
    (lambda s, o: f"{an(s)} hiding under {an(o)}", True),
    (lambda s, o: f"{an(s)} on the floor under {an(o)}", True),
    (lambda s, o: f"{an(s)} shoved under {an(o)}", True),
    (lambda s, o: f"{an(o)}, {an(s)} underneath it", True),
    (lambda s, o: f"underneath {an(o)} lies {an(s)}", False),
    (lambda s, o: f"{an(s)} down beneath {an(o)}", True),
    (lambda s, o: f"{an(s)} has rolled under {an(o)}", False),
    (lambda s, o: f"{an(s)} kept beneath {an(o)}", True),
    (lambda s, o: f"there's {an(s)} under {the(o)}", False),
]
FRONT = [
    (lambda s, o: f"{an(s)} out front of {an(o)}", True),
    (lambda s, o: f"{an(s)} nearer to us than {an(o)}", True),
    (lambda s, o: f"{an(s)} up front and {an(o)} at the back", True),
    (lambda s, o: f"{an(o)} looming behind {an(s)}", True),
    (lambda s, o: f"{an(s)} posing for a photo in front of {an(o)}", True),
    (lambda s, o: f"with {an(o)} as a backdrop, {an(s)}", False),
    (lambda s, o: f"{an(s)} a little way in front of {an(o)}", True),
    (lambda s, o: f"{an(s)} nearer the lens than {an(o)}", True),
    (lambda s, o: f"{an(s)} in front, {an(o)} behind", False),
    (lambda s, o: f"{an(s)} set against a backdrop of {an(o)}", True),
]
BEHIND = [
    (lambda s, o: f"{an(s)} at the back, {an(o)} up front", False),
    (lambda s, o: f"{an(s)} set back behind {an(o)}", True),
    (lambda s, o: f"{an(s)} in back of {an(o)}", True),
    (lambda s, o: f"{an(s)} further from us than {an(o)}", True),
    (lambda s, o: f"{an(o)}, and beyond {it(o)} {an(s)}", True),
    (lambda s, o: f"{an(s)} beyond {an(o)}", True),
    (lambda s, o: f"{an(o)} with {an(s)} looming in the background", True),
    (lambda s, o: f"{an(o)} in front, {an(s)} behind", False),
    (lambda s, o: f"{an(s)} tucked away at the back, behind {an(o)}", True),
    (lambda s, o: f"{an(o)} and, a few steps back, {an(s)}", True),
]
NEAR = [
    (lambda s, o: f"{an(s)} right up against {an(o)}", True),
    (lambda s, o: f"{an(s)} snug against {an(o)}", True),
    (lambda s, o: f"{an(s)} within arm's reach of {an(o)}", True),
    (lambda s, o: f"{an(s)} and {an(o)} side by side", True),
    (lambda s, o: f"{an(s)} in the vicinity of {an(o)}", True),
    (lambda s, o: f"{an(s)} pressed against {an(o)}", True),
    (lambda s, o: f"{an(s)} immediately adjacent to {an(o)}", True),
    (lambda s, o: f"{an(s)} close by {an(o)}", True),
    (lambda s, o: f"{an(s)} only a hand's width from {an(o)}", True),
    (lambda s, o: f"{an(s)} keeps {an(o)} company, almost touching {it(o)}", False),
]
HIDDEN = [
    (lambda s, o: f"{an(s)} poking out from behind {an(o)}", True),
    (lambda s, o: f"{an(s)} mostly obscured by {an(o)}", True),
    (lambda s, o: f"{an(o)} blocks part of {an(s)}", False),
    (lambda s, o: f"{an(s)}, partly out of sight behind {an(o)}", True),
    (lambda s, o: f"{an(s)} glimpsed behind {an(o)}", True),
    (lambda s, o: f"{an(o)} in the foreground cutting off part of {an(s)}", True),
    (lambda s, o: f"{an(s)} partially occluded by {an(o)}", True),
    (lambda s, o: f"{an(s)} whose lower half is hidden by {an(o)}", True),
    (lambda s, o: f"{an(o)} standing in the way, so we only see part of {an(s)}", True),
    (lambda s, o: f"{an(s)} barely visible behind {an(o)}", True),
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
    lambda s, x, y: (f"{an(s)} in the middle, with {an(x)} on one side and {an(y)} on the other", True),
    lambda s, x, y: (f"{an(x)}, then {an(s)}, then {an(y)}, left to right", True),
    lambda s, x, y: (f"{an(s)} wedged between {an(x)} and {an(y)}", True),
    lambda s, x, y: (f"{an(s)} squeezed between {an(x)} and {an(y)}", True),
    lambda s, x, y: (f"{an(s)} positioned midway between {an(x)} and {an(y)}", True),
    lambda s, x, y: (f"{an(s)} separating {an(x)} from {an(y)}", True),
    lambda s, x, y: (f"{an(s)} caught between {an(x)} and {an(y)}", True),
    lambda s, x, y: (f"{an(x)} to the left, {an(y)} to the right, and {an(s)} in the gap", False),
]
BETWEEN_PAIR = [
    lambda s, x: (f"{an(s)} between a pair of {plural(x)}", True),
    lambda s, x: (f"two {plural(x)} with {an(s)} between them", True),
    lambda s, x: (f"{an(s)} with one {x} on either side", True),
]


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
    lambda n, r, c: (f"{many(n, r)} circling {an(c, 0)}", True),
    lambda n, r, c: (f"{an(c, 0)} at the centre of a ring of {many(n, r)}", True),
    lambda n, r, c: (f"{many(n, r)} spaced evenly around {an(c, 0)}", True),
    lambda n, r, c: (f"{an(c, 0)} hemmed in on all sides by {many(n, r)}", True),
    lambda n, r, c: (f"{many(n, r)} sitting in a circle with {an(c, 0)} in the middle", True),
    lambda n, r, c: (f"{many(n, r)} on every side of {an(c, 0)}", True),
    lambda n, r, c: (f"{an(c, 0)} with {many(n, r)} set all the way round it", True),
    lambda n, r, c: (f"{many(n, r)} form a ring and {an(c, 0)} is at its centre", False),
    lambda n, r, c: (f"{many(n, r)} huddled round {an(c, 0)}", True),
]


def around() -> list[dict]:
    rows = []
    for i in range(PER_KIND):
        template = AROUND[i % len(AROUND)]

        def make():
            n = rng.choice([3, 4, 5, 6, 7, 8])
            c = rng.choice(RING_CENTRES)
            r = rng.choice([m for m in RING_MEMBERS if m != c])
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
    rows += pairwise("on_top_of", ON, SMALL + ["guinea pig", "ferret", "puffin", "rooster", "tortoise"], SUPPORTS,
                     ["vase", "jug", "lantern", "owl", "mushroom"], FAMILIAR_SUPPORTS)
    rows += pairwise("under", UNDER, UNDER_SUBJECTS, COVERS, ["puppy", "jug", "vase"], FAMILIAR_COVERS)
    rows += pairwise("in_front_of", FRONT, movable, LARGE, FAMILIAR, ["tent", "wardrobe", "boat"])
    rows += pairwise("behind", BEHIND, LARGE + CREATURES, SMALL + PEOPLE + NAMES, ["elephant", "tent", "horse"],
                     FAMILIAR)
    rows += pairwise("near", NEAR, anything, anything, FAMILIAR, FAMILIAR)
    rows += pairwise("hidden_by", HIDDEN, SMALL + CREATURES + PEOPLE, LARGE, ["fox", "owl", "puppy", "vase"],
                     ["wardrobe", "tent", "boat"])
    rows += between()
    rows += around()
    return rows


# -------------------------------------------------------------- composition ---

REGIONS = {
    "centre": [lambda a: (f"{an(a)}, centered", True),
               lambda a: (f"{an(a)} smack in the middle of the frame", True),
               lambda a: (f"{an(a)} placed in the exact middle of the image", True),
               lambda a: (f"{an(a)} as the central subject, symmetrical composition", True),
               lambda a: (f"{an(a)} at the heart of the frame", True),
               lambda a: (f"{an(a)}, front and center", True),
               lambda a: (f"centre frame: {an(a)}", False),
               lambda a: (f"{an(a)} sitting squarely in the middle of the shot", True)],
    "image_left": [lambda a: (f"{an(a)} framed on the left", True),
                   lambda a: (f"{an(a)} placed in the left third of the frame", True),
                   lambda a: (f"{an(a)} hugging the left edge of the frame", True),
                   lambda a: (f"{an(a)}, frame left", True),
                   lambda a: (f"{an(a)} toward the left of the composition, empty space to the right", True),
                   lambda a: (f"screen left: {an(a)}", False),
                   lambda a: (f"{an(a)} off to the left of the image", True),
                   lambda a: (f"{an(a)} placed leftmost in the picture", True)],
    "image_right": [lambda a: (f"{an(a)} framed on the right", True),
                    lambda a: (f"{an(a)} placed in the right third of the frame", True),
                    lambda a: (f"{an(a)} hugging the right edge of the frame", True),
                    lambda a: (f"{an(a)}, frame right", True),
                    lambda a: (f"{an(a)} toward the right of the composition, empty space to the left", True),
                    lambda a: (f"screen right: {an(a)}", False),
                    lambda a: (f"{an(a)} off to the right of the image", True),
                    lambda a: (f"{an(a)} placed rightmost in the picture", True)],
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

COUNTABLE = ["stapler", "cupcake", "avocado", "cabbage", "seashell", "dumbbell", "sombrero", "pinecone",
             "pelican", "peacock", "rooster", "puffin", "mule", "lemur", "hippo", "rhino", "ferret", "surfer",
             "waiter", "ballerina", "astronaut", "igloo", "sailboat", "yurt", "caravan", "deck chair",
             "beanbag", "tiki torch", "paint can", "top hat"]
IRREGULAR = ["wolf", "ox", "calf", "loaf", "salmon", "trout", "cactus", "fisherman", "mailman", "knife",
             "thief", "dwarf", "butterfly", "cherry", "goldfinch", "jellyfish", "policewoman", "puppy"]
HERDS = {"puppy": "litter", "knife": "set", "loaf": "batch", "trout": "catch", "salmon": "catch",
         "cactus": "cluster", "mule": "herd", "hippo": "herd", "rhino": "herd", "ox": "team", "calf": "herd", "wolf": "pack",
         "puffin": "flock", "pelican": "flock", "goldfinch": "flock", "rooster": "flock", "jellyfish": "swarm",
         "butterfly": "swarm", "lemur": "troop", "surfer": "crowd", "waiter": "team", "astronaut": "crew",
         "fisherman": "crew", "thief": "gang", "dwarf": "band", "ballerina": "troupe", "policewoman": "squad"}

COUNT_ONE = [lambda x: (f"just one {x}", True), lambda x: (f"a lone {x}", True),
             lambda x: (f"a single {x}, nothing else", True), lambda x: (f"only one {x} in the shot", True)]
COUNT_MANY = [
    lambda n, x: (f"{WORDS[n]} identical {plural(x)}", True),
    lambda n, x: (f"a set of {WORDS[n]} {plural(x)}", True),
    lambda n, x: (f"a {HERDS.get(x, 'bunch')} of {WORDS[n]} {plural(x)}", True),
    lambda n, x: (f"there are {WORDS[n]} {plural(x)} in the picture", False),
    lambda n, x: (f"{WORDS[n]} {plural(x)}, no more, no fewer", True),
    lambda n, x: (f"{WORDS[n]} {plural(x)} scattered about", True),
    lambda n, x: (f"{n} {plural(x)} in a loose cluster", True),
    lambda n, x: (f"{WORDS[n]} {plural(x)} spread out across the ground", True),
    lambda n, x: (f"a baker's dozen {plural(x)}", True),
    lambda n, x: (f"{WORDS[n]} {plural(x)} all together", True),
]


def counts() -> list[dict]:
    rows = []
    for i in range(36):
        template = COUNT_MANY[i % len(COUNT_MANY)]

        def make():
            x = rng.choice(IRREGULAR if i % 3 == 0 else COUNTABLE)
            n = rng.choice([2, 3, 4, 5, 6, 7, 8, 9, 11, 14, 15])
            text, np_ = template(n, x)
            n = 13 if "baker's dozen" in text else n
            return row(dress(text, np_), {x: n})

        rows.append(fresh(make))
    for i in range(8):
        template = COUNT_ONE[i % len(COUNT_ONE)]

        def make():
            x = rng.choice(COUNTABLE + IRREGULAR[:4])
            text, np_ = template(x)
            return row(dress(text, np_), {x: 1})

        rows.append(fresh(make))
    mixed = [lambda n, x, m, y: (f"{WORDS[n]} {plural(x)} plus {WORDS[m]} {plural(y)}", {x: n, y: m}),
             lambda n, x, m, y: (f"{WORDS[n]} {plural(x)}, {WORDS[m]} {plural(y)} and a single {LONE}",
                                 {x: n, y: m, LONE: 1}),
             lambda n, x, m, y: (f"a single {LONE} and {WORDS[m]} {plural(y)}", {LONE: 1, y: m}),
             lambda n, x, m, y: (f"{n} {plural(x)} & {m} {plural(y)}", {x: n, y: m})]
    for i in range(16):
        template = mixed[i % len(mixed)]

        def make():
            x, y = rng.sample(COUNTABLE + IRREGULAR, 2)
            n, m = rng.choice([2, 3, 4, 6]), rng.choice([2, 3, 5])
            text, objects = template(n, x, m, y)
            return row(dress(text, True), objects)

        rows.append(fresh(make))
    return rows


LONE = "watering trough"


# ------------------------------------------------------------------- facing ---

FACERS = ["dachshund", "corgi", "poodle", "rhino", "hippo", "cheetah", "mule", "warthog", "koala", "peacock",
          "rooster", "forklift", "bulldozer", "rickshaw", "food truck", "camper van", "snowplow", "astronaut",
          "cowboy", "referee", "ballerina", "shepherd", "pirate", "zebra", "motorcycle"]
VEHICLES = {"forklift", "bulldozer", "rickshaw", "food truck", "camper van", "snowplow", "motorcycle"}
FACING = [
    (lambda a, v: f"{a} in profile, nose pointing right", "right"),
    (lambda a, v: f"{a} staring straight into the lens" if not v else f"{a} with its headlights toward us",
     "camera"),
    (lambda a, v: f"{a} {'driving' if v else 'walking'} towards us", "camera"),
    (lambda a, v: f"{a} {'rolling' if v else 'wandering'} off to the left", "left"),
    (lambda a, v: f"{a} {'driving' if v else 'walking'} away from the viewer", "away"),
    (lambda a, v: f"{a} trotting to the right" if not v else f"{a} heading rightwards", "right"),
    (lambda a, v: f"{a} gazing leftward" if not v else f"{a} pointed leftward", "left"),
    (lambda a, v: f"{a} with {'their' if PERSON in a else 'its'} face toward the camera" if not v else
     f"{a} front-on to the camera", "camera"),
    (lambda a, v: f"{a} turned to face left", "left"),
    (lambda a, v: f"{a} headed away from us", "away"),
    (lambda a, v: f"{a}, seen in profile, facing right", "right"),
    (lambda a, v: f"{a} showing us {'their' if PERSON in a else 'its'} back" if not v else
     f"{a} showing us its rear", "away"),
]

PERSON = "\u2063"  # an invisible mark on a person's phrase while a template picks its pronoun
MANY_FACING = {"camera": lambda many_: f"{many_} all turned towards the camera",
               "left": lambda many_: f"{many_}, each one pointed left",
               "away": lambda many_: f"{many_} all headed away from us",
               "right": lambda many_: f"{many_} side by side, all gazing rightward"}


def facing() -> list[dict]:
    rows = []
    for i in range(PER_KIND + 4):
        template, way = FACING[i % len(FACING)]

        def make():
            a = rng.choice(FACERS)
            if i % 6 == 5:  # several: every one faces that way
                n = rng.choice([2, 3, 4])
                text = MANY_FACING[way](f"{WORDS[n]} {plural(a)}")
                return row(dress(text, True), {a: n}, facing=[(a, way)])
            said = an(a) + (PERSON if a in PEOPLE else "")
            text = template(said, a in VEHICLES).replace(PERSON, "")
            return row(dress(text, True), {a: 1}, facing=[(a, way)])

        rows.append(fresh(make))
    return rows


# ------------------------------------------------------------------- camera ---

VIEWS = {
    "top": [lambda a, b: f"bird's-eye view of {an(a)} next to {an(b)}",
            lambda a, b: f"{an(a)} as seen by a drone hovering straight above",
            lambda a, b: f"flat lay photo of {an(a)} and {an(b)}",
            lambda a, b: f"top-down shot of {an(a)}",
            lambda a, b: f"plan view of {an(a)} and {an(b)}"],
    "front": [lambda a, b: f"{an(a)} photographed face-on",
              lambda a, b: f"a frontal view of {an(a)} and {an(b)}",
              lambda a, b: f"{an(a)} seen from dead ahead",
              lambda a, b: f"camera directly in front of {an(a)}, eye level",
              lambda a, b: f"front elevation of {an(a)}"],
    "back": [lambda a, b: f"{an(a)} and {an(b)} seen from the rear",
             lambda a, b: f"a shot of {an(a)} taken from behind {it(a)}",
             lambda a, b: f"camera placed at the back of the scene, looking at {an(a)}",
             lambda a, b: f"we follow {an(a)} from behind",
             lambda a, b: f"rear-angle shot of {an(a)}"],
    "left": [lambda a, b: f"{an(a)} and {an(b)} viewed from the left",
             lambda a, b: f"a side-on shot of {an(a)} from the left",
             lambda a, b: f"camera standing off to the left of {an(a)}, looking across at {it(a)}",
             lambda a, b: f"{an(a)}, shot from the left-hand side of the set",
             lambda a, b: f"left-side view of {an(a)} with {an(b)}"],
    "right": [lambda a, b: f"{an(a)} and {an(b)} viewed from the right",
              lambda a, b: f"a side-on shot of {an(a)} from the right",
              lambda a, b: f"camera standing off to the right of {an(a)}, looking across at {it(a)}",
              lambda a, b: f"{an(a)}, shot from the right-hand side of the set",
              lambda a, b: f"right-side view of {an(a)} with {an(b)}"],
    "close-up": [lambda a, b: f"macro shot of {an(a)}",
                 lambda a, b: f"{an(a)} filling the whole frame",
                 lambda a, b: f"zoomed in tight on {an(a)}",
                 lambda a, b: f"{an(a)} seen up close",
                 lambda a, b: f"a very close view of {an(a)}"],
    "wide": [lambda a, b: f"establishing shot of {an(a)} and {an(b)}",
             lambda a, b: f"{an(a)}, tiny in the distance",
             lambda a, b: f"{an(a)} and {an(b)} seen from far away",
             lambda a, b: f"a panoramic shot with {an(a)} far off",
             lambda a, b: f"{an(a)} photographed from a long way off"],
}


def camera() -> list[dict]:
    things = SMALL + CREATURES + PEOPLE + LARGE
    rows = []
    for view, phrasings in VIEWS.items():
        for i in range(8):
            template = phrasings[i % len(phrasings)]

            def make():
                a = pick(SMALL if view == "close-up" else things, FAMILIAR)
                b = pick(things, FAMILIAR, avoid={a})
                text = template(a, b)
                objects = {a: 1, b: 1} if re.search(rf"\b{re.escape(b)}\b", text) else {a: 1}
                framed = text.split()[1] in ("frontal", "side-on", "very", "shot", "panoramic")
                return row(dress(text, text.startswith(("a ", "an ")) and not framed), objects, camera=view)

            rows.append(fresh(make))
    return rows


def main() -> None:
    sets = {"relations": relations(), "composition": composition(), "counts": counts(), "facing": facing(),
            "camera": camera()}
    fresh_pools = set(SMALL + SUPPORTS + COVERS + UNDER_SUBJECTS + CREATURES + PEOPLE + LARGE + RING_CENTRES +
                      RING_MEMBERS + COUNTABLE + [n.lower() for n in NAMES] + [LONE])
    shared = fresh_pools & existing_nouns()
    assert not shared, f"fresh nouns also in other prompt sets: {sorted(shared)}"
    OUT.mkdir(exist_ok=True)
    for name, rows in sets.items():
        (OUT / f"{name}.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows))
    known = existing_nouns()
    for name, rows in sets.items():
        familiar = sum(any(n in known for n in r["expect"]["objects"]) for r in rows)
        print(f"{name}: {len(rows)} prompts ({familiar} with a noun other sets use)")


if __name__ == "__main__":
    main()
