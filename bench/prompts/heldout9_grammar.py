"""Writes the NINTH held-out layout prompts (bench/prompts/heldout9/*.jsonl) from a grammar.

    .venv/bin/python bench/prompts/heldout9_grammar.py

Why a ninth held-out set: the eighth one (bench/prompts/heldout8/) has been read while building
(third session of 2026-12-07), so its figure now measures some fit too. This set was written
without reading the implementation, its tests or its documentation (only the bench's scorers,
bench/layout.py, bench/scenes.py and bench/layout_selfcheck.py, and the existing prompt sets and
grammars in bench/prompts, so as to differ from them). Run it once, with ``--failures 0``:

- registers: every kind is said in voices none of the other sets imitates: image descriptions
  written as alt text ("Alt text: ..."), a diary entry ("Dear diary, today I ..."), a dream
  retold ("Last night I dreamt ..."), a newspaper photo caption ("Pictured: ..."), a request for
  a greeting card ("For my nan's birthday card: ..."), spoken requests with fillers ("Um, so,
  ... yeah."), a requirements document ("The image shall ..."), feedback on an earlier attempt
  ("Nearly, but ... this time"), someone planning a room or a garden ("Help me see how it'd look
  with ..."), cleft sentences ("What I'm after is ...", "It's ... that I want"), a holiday
  postcard ("Wish you were here! ...") and a child's game of I spy ("I spy ..."). Numbers are
  said as words and as digits, ordinals come with birthday cards. Left and right are always
  the viewer's ("as you look at it", "of the picture"); no "its left" on a thing with a front;
- vocabulary: common, concrete nouns a real user would type (kitchen, living-room and bedroom
  things, toys and sports kit, dog breeds, pets, farm and zoo animals, relatives, school staff
  and local trades, vans and small cars, shops and houses of a street, garden trees and
  bushes), most of which no other prompt set uses (counted and printed when run), a few
  familiar ones, and a few ordinary first names; nothing obscure;
- physically plausible: small things go on and under furniture with room under it, big things
  stand behind small ones (never the other way round), only vans, lorries, buildings and big
  bushes hide an animal or a person, things far off in a wide shot are big, chairs go round
  tables only and farm animals round a water trough;
- no prompt equals or contains (as a whole-word sequence) a prompt of any other part, layout or
  scene, and no two nouns of one prompt share a word: drawn again until so (the script checks).

Nothing outside bench/prompts may import this file, name it, or quote its prompts; nobody should
tune the parser on them. The truth is written with each prompt by the grammar (the meaning of
the words, chosen by hand), never read from the implementation. Deterministic (seed 24683).
Same JSON as the other sets: {"prompt": ..., "expect": {"objects": {...}, "relations": [...],
"facing": [...], "camera": ...}}; object names are the nouns as written, singular.
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "heldout9"
ME = "heldout9"
rng = random.Random(24683)
PER_KIND = 44  # prompts per relation kind, per composition region; facing has 48

# ------------------------------------------------------------- vocabulary ---
TABLETOP = ["tissue box", "spray bottle", "ketchup bottle", "cereal bowl", "mixing bowl", "measuring jug",
            "pepper grinder", "honey jar", "egg box", "cheese board", "apple pie", "milkshake", "computer monitor",
            "games controller", "remote control", "television", "table lamp", "bedside lamp", "spider plant",
            "rubber plant", "peace lily", "orchid", "toy car", "toy dinosaur", "toy rocket", "toy bus",
            "dolls house", "candle holder", "bread board", "pen holder", "coffee machine", "air fryer",
            "bread maker", "food processor", "sewing box", "knitting basket", "fish tank", "hamster cage",
            "lunch bag", "sun hat", "baseball cap", "mobile phone", "teapot", "fruit bowl"]
FLOOR_THINGS = ["washing basket", "mop bucket", "recycling box", "space hopper", "bouncy ball", "rugby ball",
                "volleyball", "cricket bat", "tennis racket", "golf bag", "sports bag", "wheeled suitcase",
                "cool bag", "guitar case", "pet bed", "dog basket", "litter tray", "step stool", "footrest",
                "hula hoop", "balance bike", "toy tractor", "bin bag", "backpack"]
SMALL = TABLETOP + FLOOR_THINGS
PERCHERS = ["tabby", "kitten", "blue tit", "hamster", "budgie", "sausage dog"]
SUPPORTS = ["breakfast table", "tv cabinet", "tv unit", "shoe bench", "double bed", "single bed", "sofa bed",
            "cabin bed", "patio chair", "garden chair", "kitchen table", "coffee table", "bookshelf",
            "chest freezer"]
COVERS = ["breakfast table", "double bed", "single bed", "sofa bed", "garden chair", "patio chair", "high chair",
          "swing set", "kitchen table", "picnic table", "trampoline"]
UNDER_SUBJECTS = ["tabby", "sausage dog", "labradoodle", "golden retriever", "kitten", "hedgehog", "toy car",
                  "bouncy ball", "rugby ball", "washing basket", "mop bucket", "sports bag", "dog basket",
                  "pet bed", "litter tray", "cool bag", "toy tractor", "space hopper", "recycling box",
                  "step stool", "guitar case", "lunch bag"]
PETS = ["golden retriever", "sheepdog", "sausage dog", "labradoodle", "tabby", "blue tit", "kitten", "puppy",
        "rabbit", "hedgehog", "duck", "chicken", "goose", "squirrel", "budgie"]
ZOO = ["shire horse", "cow", "pig", "goat", "donkey", "sheep", "llama", "alpaca", "lion", "tiger", "zebra",
       "gorilla", "kangaroo", "penguin", "hippo", "rhino", "bear", "fox", "badger", "deer", "giraffe",
       "elephant", "camel"]
CREATURES = PETS + ZOO
BIG_ANIMALS = ["shire horse", "cow", "giraffe", "elephant", "camel", "rhino", "hippo", "bear", "llama"]
HIDEABLE = [c for c in CREATURES if c not in ("giraffe", "elephant", "camel", "hippo", "rhino", "shire horse")]
JOBS = ["train driver", "binman", "shop assistant", "newsagent", "dinner lady", "caretaker", "headteacher",
        "swimmer", "netball player", "basketball player", "dog groomer", "babysitter", "postie", "scaffolder",
        "ice cream man", "tennis coach", "football coach", "swimming teacher", "yoga instructor",
        "delivery man", "nurse", "farmer"]
FAMILY = ["granddaughter", "grandson", "nephew", "niece", "neighbour", "groom", "mum", "dad"]
PEOPLE = JOBS + FAMILY
NAMES = ["Kezia", "Tunde", "Aoife", "Marek", "Callum", "Imani", "Ravi", "Niamh", "Kwame", "Harriet", "Bilal",
         "Shauna", "Dominic", "Leila", "Alfie", "Joanne"]
VEHICLES = ["electric car", "mobile library", "removal van", "post van", "mobility scooter", "land rover",
            "coffee van", "hot dog van", "minicab", "skip lorry", "trailer", "car", "bus", "tractor",
            "ambulance"]
BUILDINGS = ["terraced house", "tower block", "corner shop", "petrol station", "post office", "supermarket",
             "playhouse", "wendy house", "summer house", "shed", "garage", "barn"]
TREES = ["horse chestnut", "silver birch", "maple tree", "holly bush", "rhododendron", "hydrangea",
         "lilac bush", "magnolia tree"]
LARGE = VEHICLES + BUILDINGS + TREES
BULKY = ["removal van", "mobile library", "skip lorry", "coffee van", "hot dog van", "post van", "land rover",
         "corner shop", "summer house", "playhouse", "wendy house", "holly bush", "rhododendron", "bus", "shed",
         "garage", "barn", "tractor", "ambulance"]
TABLES = ["breakfast table", "kitchen table", "picnic table"]
SEATS = ["garden chair", "patio chair", "desk chair", "high chair", "step stool"]
RING_PLACES = {"picnic rug": "people", "patio heater": "people", "trampoline": "people", "camping stove": "people",
               "paddling pool": "people", "water trough": "farm", "pond": "water", "horse chestnut": "all"}
RING_PEOPLE = ["niece", "nephew", "neighbour", "netball player", "grandson", "granddaughter", "babysitter",
               "swimmer", "basketball player", "dinner lady"]
RING_FARM = ["cow", "sheep", "goat", "pig", "donkey", "alpaca", "llama"]
RING_WATER = ["duck", "goose", "swan", "heron"]
# Irregular plurals and multi-word nouns whose last word is irregular.
PLURALS = {"sheep": "sheep", "deer": "deer", "goose": "geese", "man": "men", "binman": "binmen",
           "dinner lady": "dinner ladies", "mobile library": "mobile libraries", "tabby": "tabbies",
           "postie": "posties", "hydrangea": "hydrangeas", "bus": "buses", "box": "boxes",
           "volleyball": "volleyballs", "dolls house": "dolls houses", "wendy house": "wendy houses",
           "sheepdog": "sheepdogs", "hula hoop": "hula hoops", "shelf": "shelves"}
WORDS = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight", 9: "nine",
         10: "ten", 11: "eleven", 12: "twelve", 13: "thirteen", 14: "fourteen", 15: "fifteen", 16: "sixteen",
         17: "seventeen", 18: "eighteen", 19: "nineteen", 20: "twenty"}
ORDINALS = {2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth", 7: "seventh", 8: "eighth", 9: "ninth",
            10: "tenth", 11: "eleventh", 12: "twelfth"}
CARD_WHO = ["my nan's", "my grandad's", "my nephew's", "my niece's", "my neighbour's", "my best friend's",
            "my brother's", "my auntie's", "my son's", "my daughter's", "our teacher's"]
CARD_KIND = ["birthday card", "get-well card", "thank-you card", "leaving card", "anniversary card"]

THING_ADJECTIVES = ["spotty", "stripy", "battered", "brand-new", "turquoise", "purple", "pink", "shiny"]
UNDESCRIBED = set(TREES) | {"pond", "water trough", "trampoline", "television"}
CREATURE_ADJECTIVES = ["scruffy", "muddy", "plump", "friendly", "dozy", "curious"]
PEOPLE_ADJECTIVES = ["cheerful", "grumpy", "chatty", "sporty", "soaked", "giggling"]
TAILS = [", cross-stitch", ", papercut style", ", embroidered", ", needle-felted", ", chalk pastel",
         ", risograph look", ", tinted photograph", ", blueprint style"]
TAIL_SHARE = 0.12
NO_TAIL = ("Dear diary", "dreamt", "dream", "Um", "Er", "shall", "Nearly", "Almost", "Not quite", "Close",
           "Other way", "Help me", "Wish you", "I spy", "card", "Pictured")


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


def say(noun: str) -> str:
    """The noun as typed: brand names and names of people get their capitals."""
    return noun.replace("land rover", "Land Rover").replace("wendy house", "Wendy house").replace("tv ", "TV ")


def an(noun: str, share: float = 0.2) -> str:
    """'a teapot', 'an orchid', sometimes 'a stripy teapot'; names stay bare."""
    if noun in NAMES:
        return noun
    said = describe(noun, share)
    return say(f"{article(said)} {said}")


def the(noun: str, share: float = 0.12) -> str:
    return noun if noun in NAMES else say(f"the {describe(noun, share)}")


def it(noun: str) -> str:
    return "them" if noun in NAMES or kind_of(noun) == "person" else "it"


def its(noun: str) -> str:
    return "their" if it(noun) == "them" else "its"


def it_is(noun: str) -> str:
    return "they're" if it(noun) == "them" else "it's"


def many(n: int, noun: str, digits: bool = False) -> str:
    return say(f"{n if digits else WORDS[n]} {plural(noun)}")


def pick(pool: list[str], avoid=()) -> str:
    return rng.choice([n for n in pool if n not in avoid])


def card() -> str:
    return f"{rng.choice(CARD_WHO)} {rng.choice(CARD_KIND)}"


def dress(text: str, tail: bool = True) -> str:
    """Capitalised; now and then a style tail (only on plain descriptions)."""
    if tail and rng.random() < TAIL_SHARE and not text.endswith(("?", "!")) and ". " not in text \
            and not any(w in text for w in NO_TAIL):
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
    for folder in ("heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6", "heldout7", "heldout8"):
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
    two of its nouns share a word (a garden chair beside a garden table)."""
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
    lambda s, o: f"Alt text: {an(s)} on the left and {an(o)} on the right, side by side.",
    lambda s, o: f"Dear diary, today I saw {an(s)} just to the left of {an(o)}, as I looked at them.",
    lambda s, o: f"Last night I dreamt of {an(o)}, and, as I looked at it, there was {an(s)} further to the left.",
    lambda s, o: f"Pictured: {an(s)} and {an(o)}, with the {say(s) if s not in NAMES else s} on the left."
    if s not in NAMES else f"Pictured: {s}, on the left, next to {an(o)}.",
    lambda s, o: f"For {card()}: {an(s)} on the left of the picture and {an(o)} on the right.",
    lambda s, o: f"Um, so, {an(o)}, and then, er, {an(s)} over to the left of it, as you look at it. Yeah.",
    lambda s, o: f"The image shall show {an(s)} positioned to the left of {an(o)} as seen by the viewer.",
    lambda s, o: f"Nearly right, but swap them round: {the(s)} should be on the left and {the(o)} on the right.",
    lambda s, o: f"Help me see how it'd look with {an(s)} to the left of {an(o)}, from where I'm standing.",
    lambda s, o: f"What I'm after is {an(s)} with {an(o)} further to the right of it.",
    lambda s, o: f"Wish you were here! The view from our balcony: {an(s)} on the left, {an(o)} on the right.",
    lambda s, o: f"I spy with my little eye {an(s)} to the left of {an(o)}!",
]
RIGHT = [
    lambda s, o: f"Alt text: {an(o)} on the left and {an(s)} on the right, side by side.",
    lambda s, o: f"Dear diary, today I saw {an(s)} just to the right of {an(o)}, as I looked at them.",
    lambda s, o: f"Last night I dreamt of {an(o)}, and, as I looked at it, there was {an(s)} further to the right.",
    lambda s, o: f"Pictured: {an(s)} and {an(o)}, with the {say(s)} on the right."
    if s not in NAMES else f"Pictured: {s}, on the right, next to {an(o)}.",
    lambda s, o: f"For {card()}: {an(o)} on the left of the picture and {an(s)} on the right.",
    lambda s, o: f"Um, so, {an(o)}, and then, er, {an(s)} over to the right of it, as you look at it. Yeah.",
    lambda s, o: f"The image shall show {an(s)} positioned to the right of {an(o)} as seen by the viewer.",
    lambda s, o: f"Nearly right, but swap them round: {the(o)} should be on the left and {the(s)} on the right.",
    lambda s, o: f"Help me see how it'd look with {an(s)} to the right of {an(o)}, from where I'm standing.",
    lambda s, o: f"What I'm after is {an(s)} with {an(o)} further to the left of it.",
    lambda s, o: f"Wish you were here! The view from our balcony: {an(o)} on the left, {an(s)} on the right.",
    lambda s, o: f"I spy with my little eye {an(s)} to the right of {an(o)}!",
]
ON = [
    lambda s, o: f"Alt text: {an(s)} resting on top of {an(o)}.",
    lambda s, o: f"Dear diary, today I found {an(s)} sitting on {the(o)} again.",
    lambda s, o: f"Last night I dreamt that {an(s)} was balanced on top of {an(o)}.",
    lambda s, o: f"Pictured: {an(o)} with {an(s)} on top.",
    lambda s, o: f"For {card()}: {an(s)} standing on {an(o)}.",
    lambda s, o: f"So, um, there's {an(o)}, and on it, like, {an(s)}.",
    lambda s, o: f"The image shall depict {an(s)} placed on the top surface of {an(o)}.",
    lambda s, o: f"Close, but {the(s)} needs to be up on {the(o)}, not on the floor.",
    lambda s, o: f"Help me see how it'd look with {an(s)} on top of {an(o)}.",
    lambda s, o: f"It's {an(o)} with {an(s)} on it that I want.",
    lambda s, o: f"Wish you were here! In our holiday cottage there's {an(s)} sitting on {an(o)}.",
    lambda s, o: f"I spy with my little eye {an(s)} on top of {an(o)}!",
]
UNDER = [
    lambda s, o: f"Alt text: {an(s)} underneath {an(o)}.",
    lambda s, o: f"Dear diary, I finally found {the(s)} today: {it(s)} was under {the(o)}.",
    lambda s, o: f"Last night I dreamt there was {an(s)} beneath {an(o)}.",
    lambda s, o: f"Pictured: {an(o)}, with {an(s)} tucked away underneath.",
    lambda s, o: f"For {card()}: {an(s)} peeping out from under {an(o)}.",
    lambda s, o: f"Er, {an(o)}, and under it, um, {an(s)}.",
    lambda s, o: f"The image shall show {an(s)} located directly below {an(o)}.",
    lambda s, o: f"Almost, but put {the(s)} under {the(o)} this time, not next to it.",
    lambda s, o: f"Help me see where {the(s)} would go: right under {the(o)}.",
    lambda s, o: f"What I want is {an(s)} under {an(o)}.",
    lambda s, o: f"I spy with my little eye {an(s)} under {an(o)}!",
]
FRONT = [
    lambda s, o: f"Alt text: {an(s)} close to the camera, with {an(o)} further away behind {it(s)}.",
    lambda s, o: f"Dear diary, today I took a photo of {an(s)} in front of {an(o)}.",
    lambda s, o: f"Last night I dreamt I was walking towards {an(o)}, and {an(s)} was in front of it, "
                 f"between me and it.",
    lambda s, o: f"Pictured: {an(s)} in front of {an(o)}.",
    lambda s, o: f"For {card()}: {an(s)} in front of {an(o)}, closer to us.",
    lambda s, o: f"So, like, {an(o)}, and then, um, {an(s)} in front of it. Closer to us, I mean.",
    lambda s, o: f"The image shall place {an(s)} nearer the camera than {an(o)}, in front of it.",
    lambda s, o: f"Not quite: {the(s)} should be in front of {the(o)}, not behind it.",
    lambda s, o: f"Help me see how it'd look with {an(s)} right in front of {an(o)}.",
    lambda s, o: f"It's {an(s)} in front of {an(o)} that I'm picturing.",
    lambda s, o: f"I spy with my little eye {an(s)} in front of {an(o)}!",
]
BEHIND = [
    lambda s, o: f"Alt text: {an(o)} close to the camera, with {an(s)} further back behind {it(o)}.",
    lambda s, o: f"Dear diary, today I saw {an(o)} with {an(s)} right behind {it(o)}.",
    lambda s, o: f"Last night I dreamt of {an(o)}, and behind {it(o)}, further away from me, {an(s)}.",
    lambda s, o: f"Pictured: {an(o)}, with {an(s)} in the background behind {it(o)}.",
    lambda s, o: f"For {card()}: {an(o)} at the front and {an(s)} behind {it(o)}.",
    lambda s, o: f"Um, {an(o)}, and, er, behind {it(o)}, {an(s)}.",
    lambda s, o: f"The image shall place {an(s)} farther from the camera than {an(o)}, behind {it(o)}.",
    lambda s, o: f"Other way round: {the(s)} goes behind {the(o)}, not in front.",
    lambda s, o: f"Help me see it with {an(s)} standing behind {an(o)}.",
    lambda s, o: f"What I'm after is {an(s)} behind {an(o)}.",
    lambda s, o: f"I spy with my little eye {an(s)} behind {an(o)}!",
]
NEAR = [
    lambda s, o: f"Alt text: {an(s)} right next to {an(o)}.",
    lambda s, o: f"Dear diary, today I spotted {an(s)} close beside {an(o)}.",
    lambda s, o: f"Last night I dreamt of {an(s)} staying close to {an(o)}.",
    lambda s, o: f"Pictured: {an(s)} alongside {an(o)}.",
    lambda s, o: f"For {card()}: {an(s)} close by {an(o)}.",
    lambda s, o: f"Um, just {an(o)}, and {an(s)} right by it, yeah.",
    lambda s, o: f"The image shall show {an(s)} immediately adjacent to {an(o)}.",
    lambda s, o: f"Nearly, but {the(s)} is too far off: move {it(s)} up close to {the(o)}.",
    lambda s, o: f"Help me see how it'd look with {an(s)} close to {an(o)}.",
    lambda s, o: f"What I'd love is {an(s)} close beside {an(o)}.",
    lambda s, o: f"I spy with my little eye {an(s)} next to {an(o)}!",
]
HIDDEN = [
    lambda s, o: f"Alt text: {an(s)} mostly hidden behind {an(o)}, with just a bit of {it(s)} showing.",
    lambda s, o: f"Dear diary, today I nearly missed {the(s)}: {the(o)} was hiding most of {it(s)}.",
    lambda s, o: f"Last night I dreamt of {an(s)} that was mostly blocked from view by {an(o)}.",
    lambda s, o: f"Pictured: {an(o)}; {an(s)}, behind it, is barely visible.",
    lambda s, o: f"For {card()}: {an(s)} playing hide and seek behind {an(o)}, only partly visible.",
    lambda s, o: f"So there's {an(o)} and, um, {an(s)} behind it, mostly hidden, you know?",
    lambda s, o: f"The image shall show {an(s)} largely concealed by {an(o)} standing in front of {it(s)}.",
    lambda s, o: f"Close, but {the(s)} should be mostly hidden behind {the(o)}, not out in the open.",
    lambda s, o: f"Help me see how {an(o)} would hide most of {an(s)} standing behind it.",
    lambda s, o: f"What I want is {an(s)} half hidden behind {an(o)}.",
    lambda s, o: f"I spy with my little eye {an(s)} peeping out from behind {an(o)}!",
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
    lambda s, x, y: f"Alt text: {an(s)} between {an(x)} and {an(y)}.",
    lambda s, x, y: f"Dear diary, today I saw {an(s)} stuck between {an(x)} and {an(y)}.",
    lambda s, x, y: f"Last night I dreamt of {an(s)} standing between {an(x)} and {an(y)}.",
    lambda s, x, y: f"Pictured: {an(x)} and {an(y)}, with {an(s)} between them.",
    lambda s, x, y: f"For {card()}: {an(s)} in the middle, between {an(x)} and {an(y)}.",
    lambda s, x, y: f"Um, {an(x)}, then {an(s)}, then {an(y)}, in a line going across from left to right.",
    lambda s, x, y: f"The image shall position {an(s)} between {an(x)} and {an(y)}.",
    lambda s, x, y: f"Almost: {the(s)} should go in between {the(x)} and {the(y)}, not off to one side.",
    lambda s, x, y: f"Help me see how {an(s)} would fit between {an(x)} and {an(y)}.",
    lambda s, x, y: f"I spy with my little eye {an(s)} between {an(x)} and {an(y)}!",
]
BETWEEN_PAIR = [
    lambda s, x: f"Alt text: two {plural(x)}, one on either side of {an(s)}.",
    lambda s, x: f"The image shall show {an(s)} with one {say(x)} on each side of {it(s)}.",
    lambda s, x: f"Um, two {plural(x)}, and {an(s)} in the gap between them.",
    lambda s, x: f"Dear diary, today I saw {an(s)} squeezed between two {plural(x)}.",
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
    lambda n, r, c: f"Alt text: {many(n, r)} in a circle around {an(c, 0)}.",
    lambda n, r, c: f"Dear diary, today {many(n, r)} stood in a circle round {the(c, 0)}.",
    lambda n, r, c: f"Last night I dreamt that {many(n, r)} made a circle round {an(c, 0)}.",
    lambda n, r, c: f"Pictured: {many(n, r, True)} gathered in a circle around {an(c, 0)}.",
    lambda n, r, c: f"For {card()}: {an(c, 0)} with {many(n, r)} all the way round it in a circle.",
    lambda n, r, c: f"Um, so, {an(c, 0)} in the middle, and, like, {many(n, r)} in a circle round it.",
    lambda n, r, c: f"The image shall show {many(n, r, True)} arranged in a circle around {an(c, 0)}.",
    lambda n, r, c: f"Not quite: the {plural(r)} should make a full circle around {the(c, 0)}, {WORDS[n]} of them.",
    lambda n, r, c: f"Help me see how {many(n, r)} would look in a circle round {the(c, 0)}.",
]


def around() -> list[dict]:
    rows = []
    for i in range(PER_KIND):
        template = AROUND[i % len(AROUND)]

        def make():
            n = rng.choice([3, 4, 5, 6, 7, 8])
            if rng.random() < 0.3:
                c = rng.choice(TABLES)
                r = rng.choice(SEATS[:3] + RING_PEOPLE)
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
    "centre": [lambda a: f"Alt text: {an(a)} in the middle of the frame, with empty space all round.",
               lambda a: f"Dear diary, today I drew {an(a)} right in the middle of the page.",
               lambda a: f"Last night I dreamt of {an(a)}, right in the centre of everything I could see.",
               lambda a: f"Pictured: {an(a)}, in the centre of the shot.",
               lambda a: f"For {card()}: just {an(a)}, nice and central.",
               lambda a: f"Um, just {an(a)}, kind of right in the middle? Yeah, the middle.",
               lambda a: f"The image shall place {an(a)} at the center of the frame.",
               lambda a: f"Nearly, but {the(a)} has drifted off to one side: put {it(a)} back in the middle.",
               lambda a: f"Help me see how {an(a)} would look dead centre in the picture.",
               lambda a: f"It's {an(a)} in the centre that I'm after.",
               lambda a: f"I spy with my little eye {an(a)} right in the middle of the picture!"],
    "image_left": [lambda a: f"Alt text: {an(a)} at the left side of the frame, with empty space to the right.",
                   lambda a: f"Dear diary, today I drew {an(a)} over on the left of the page.",
                   lambda a: f"Last night I dreamt of {an(a)}, far over on the left of everything I could see.",
                   lambda a: f"Pictured: {an(a)}, at the far left of the shot.",
                   lambda a: f"For {card()}: just {an(a)}, tucked over on the left of the card.",
                   lambda a: f"Um, just {an(a)}, kind of over on the left? Yeah, the left.",
                   lambda a: f"The image shall place {an(a)} in the left third of the frame.",
                   lambda a: f"Nearly, but {the(a)} ended up in the middle: move {it(a)} to the left of the "
                             f"picture.",
                   lambda a: f"Help me see how {an(a)} would look at the left-hand edge of the picture.",
                   lambda a: f"It's {an(a)} on the left of the picture that I'm after.",
                   lambda a: f"I spy with my little eye {an(a)} over on the left of the picture!"],
    "image_right": [lambda a: f"Alt text: {an(a)} at the right side of the frame, with empty space to the left.",
                    lambda a: f"Dear diary, today I drew {an(a)} over on the right of the page.",
                    lambda a: f"Last night I dreamt of {an(a)}, far over on the right of everything I could see.",
                    lambda a: f"Pictured: {an(a)}, at the far right of the shot.",
                    lambda a: f"For {card()}: just {an(a)}, tucked over on the right of the card.",
                    lambda a: f"Um, just {an(a)}, kind of over on the right? Yeah, the right.",
                    lambda a: f"The image shall place {an(a)} in the right third of the frame.",
                    lambda a: f"Nearly, but {the(a)} ended up in the middle: move {it(a)} to the right of the "
                              f"picture.",
                    lambda a: f"Help me see how {an(a)} would look at the right-hand edge of the picture.",
                    lambda a: f"It's {an(a)} on the right of the picture that I'm after.",
                    lambda a: f"I spy with my little eye {an(a)} over on the right of the picture!"],
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

COUNTABLE = ["tissue box", "ketchup bottle", "cereal bowl", "honey jar", "egg box", "apple pie", "milkshake",
             "toy car", "toy dinosaur", "toy rocket", "spider plant", "orchid", "bouncy ball", "rugby ball",
             "tennis racket", "cricket bat", "sun hat", "baseball cap", "lunch bag", "cool bag", "space hopper",
             "hula hoop", "garden chair", "desk chair", "beach towel", "golden retriever", "labradoodle",
             "sausage dog", "blue tit", "alpaca", "llama", "goat", "pig", "penguin", "netball player", "swimmer",
             "nephew", "niece", "neighbour", "babysitter", "caretaker", "electric car", "minicab", "trailer",
             "silver birch", "maple tree", "holly bush"]
IRREGULAR = ["sheep", "deer", "goose", "dinner lady", "binman", "ice cream man", "delivery man", "tabby",
             "postie", "mobile library", "wendy house", "dolls house", "bus"]
COUNT_ONE = [lambda x: f"Alt text: a single {say(x)}, nothing else.",
             lambda x: f"The image shall contain exactly one {say(x)}.",
             lambda x: f"Um, just one {say(x)}. Only one, yeah.",
             lambda x: f"Not quite: there should only be one {say(x)} this time."]
COUNT_MANY = [
    lambda n, x: f"Alt text: {many(n, x)} and nothing else.",
    lambda n, x: f"Dear diary, today I counted {many(n, x)}, exactly.",
    lambda n, x: f"Last night I dreamt about {many(n, x)}, and I counted every one.",
    lambda n, x: f"Pictured: {n} {plural(x)}.",
    lambda n, x: f"For my {ORDINALS[n]} birthday card: {many(n, x)}, one for each year." if n in ORDINALS
    else f"For {card()}: {many(n, x)}, exactly.",
    lambda n, x: f"Um, so, {many(n, x)}. Just {WORDS[n]}, yeah.",
    lambda n, x: f"The image shall contain {n} {plural(x)} and no others.",
    lambda n, x: f"You gave me too many last time: I need exactly {many(n, x)}.",
    lambda n, x: f"Help me see how {many(n, x)} would look all together.",
    lambda n, x: f"What I need is {many(n, x)}, not one more.",
    lambda n, x: f"Wish you were here! We counted {many(n, x)} today.",
    lambda n, x: f"I spy with my little eye {many(n, x)}!",
]
LONE = "picnic rug"
MIXED = [lambda n, x, m, y: (f"Alt text: {many(n, x)} and {many(m, y)}.", {x: n, y: m}),
         lambda n, x, m, y: (f"The image shall contain {n} {plural(x)}, {m} {plural(y)} and 1 {LONE}.",
                             {x: n, y: m, LONE: 1}),
         lambda n, x, m, y: (f"Dear diary, today I counted {many(n, x)} and {many(m, y)}.", {x: n, y: m}),
         lambda n, x, m, y: (f"Um, {many(n, x)}, and, er, {many(m, y)} as well.", {x: n, y: m})]


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

FACE_ANIMALS = ["golden retriever", "sheepdog", "labradoodle", "shire horse", "cow", "pig", "goat", "donkey",
                "sheep", "llama", "alpaca", "lion", "tiger", "zebra", "gorilla", "kangaroo", "penguin", "fox",
                "badger", "deer"]
FACE_VEHICLES = ["electric car", "removal van", "post van", "mobility scooter", "land rover", "coffee van",
                 "minicab", "skip lorry", "mobile library", "car", "bus", "tractor", "ambulance"]
FACE_PEOPLE = ["train driver", "binman", "shop assistant", "dinner lady", "caretaker", "headteacher", "swimmer",
               "netball player", "babysitter", "postie", "tennis coach", "nephew", "niece", "neighbour", "groom",
               "granddaughter"]


def looks(a: str, k: str, person: str, vehicle: str) -> str:
    return vehicle if k == "vehicle" else person


FACING = {
    "camera": [lambda a, k: f"Alt text: {an(a)} facing the camera, seen from the front.",
               lambda a, k: f"Dear diary, today {an(a)} " + looks(a, k, "looked straight at me.",
                                                                  "came driving straight towards me."),
               lambda a, k: f"Last night I dreamt of {an(a)} " + looks(a, k, "staring right at me.",
                                                                       "heading straight at me."),
               lambda a, k: f"Pictured: {an(a)}, turned to face our photographer.",
               lambda a, k: f"Um, {an(a)}, and {it_is(a)}, like, facing us. Towards us.",
               lambda a, k: f"The image shall show {an(a)} oriented towards the viewer.",
               lambda a, k: f"Almost, but turn {the(a)} round so {it_is(a)} facing us."],
    "away": [lambda a, k: f"Alt text: {an(a)} seen from behind, facing away from the camera.",
             lambda a, k: f"Dear diary, today {an(a)} " + looks(a, k, "walked off away from me, and I only saw "
                                                                      f"{its(a)} back.",
                                                                "drove off away from me, and I only saw the back "
                                                                "of it."),
             lambda a, k: f"Last night I dreamt of {an(a)} with {its(a)} back to me.",
             lambda a, k: f"Pictured: {an(a)}, with {its(a)} back to the camera.",
             lambda a, k: f"Um, {an(a)} facing away from us, so we see the back.",
             lambda a, k: f"The image shall show {an(a)} oriented away from the viewer.",
             lambda a, k: f"Nearly, but {the(a)} should face away from us, not towards us."],
    "left": [lambda a, k: f"Alt text: {an(a)} in profile, facing the left edge of the frame.",
             lambda a, k: f"Dear diary, today {an(a)} " + looks(a, k, "walked past me from right to left.",
                                                                "drove past me from right to left."),
             lambda a, k: f"Last night I dreamt of {an(a)} facing off towards the left, as I looked at "
                          f"{it(a)}.",
             lambda a, k: f"Pictured: {an(a)}, turned towards the left of the frame.",
             lambda a, k: f"Um, {an(a)}, facing left, like, to our left.",
             lambda a, k: f"The image shall show {an(a)} facing towards the left-hand edge of the image.",
             lambda a, k: f"Almost, but turn {the(a)} so {it_is(a)} facing left, not right."],
    "right": [lambda a, k: f"Alt text: {an(a)} in profile, facing the right edge of the frame.",
              lambda a, k: f"Dear diary, today {an(a)} " + looks(a, k, "walked past me from left to right.",
                                                                 "drove past me from left to right."),
              lambda a, k: f"Last night I dreamt of {an(a)} facing off towards the right, as I looked at "
                           f"{it(a)}.",
              lambda a, k: f"Pictured: {an(a)}, turned towards the right of the frame.",
              lambda a, k: f"Um, {an(a)}, facing right, like, to our right.",
              lambda a, k: f"The image shall show {an(a)} facing towards the right-hand edge of the image.",
              lambda a, k: f"Almost, but turn {the(a)} so {it_is(a)} facing right, not left."],
}
MANY_FACING = {"camera": lambda n, a, k: f"Alt text: {many(n, a)}, all of them facing the camera.",
               "away": lambda n, a, k: f"The image shall show {many(n, a)}, each oriented away from the viewer.",
               "left": lambda n, a, k: f"Um, {many(n, a)}, and they're {'both' if n == 2 else 'all'} facing left.",
               "right": lambda n, a, k: f"Dear diary, today I saw {many(n, a)}, {'both' if n == 2 else 'all'} "
                                        f"facing to the right as I looked at them."}


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
    "top": [lambda a, b: f"Alt text: {an(a)} and {an(b)}, seen from directly above.",
            lambda a, b: f"Dear diary, today I flew my drone right above {an(a)} and took a photo looking "
                         f"straight down.",
            lambda a, b: f"Last night I dreamt I was floating right above {an(a)} and {an(b)}, looking straight "
                         f"down at them.",
            lambda a, b: f"Pictured from directly overhead: {an(a)}.",
            lambda a, b: f"Um, {an(a)} and {an(b)}, but from above, like, straight down on them.",
            lambda a, b: f"The camera shall look vertically down on {an(a)}.",
            lambda a, b: f"Almost: this time the camera should be right above {the(a)}, pointing straight down.",
            lambda a, b: f"Help me see {an(a)} and {an(b)} from straight above, the way a bird would."],
    "front": [lambda a, b: f"Alt text: a front-on view of {an(a)} and {an(b)}, at eye level.",
              lambda a, b: f"Dear diary, today I stood right in front of {an(a)} and took {its(a)} picture.",
              lambda a, b: f"Last night I dreamt I was face to face with {an(a)}, looking at {its(a)} front.",
              lambda a, b: f"Pictured from the front, at eye level: {an(a)} and {an(b)}.",
              lambda a, b: f"Um, {an(a)} from the front, like, straight on.",
              lambda a, b: f"The camera shall face the front of {the(a)}, at eye level.",
              lambda a, b: f"Not from the side this time: show {the(a)} and {the(b)} from the front.",
              lambda a, b: f"Help me see {an(a)} from the front, as if I were standing before {it(a)}."],
    "back": [lambda a, b: f"Alt text: a view of {an(a)} and {an(b)} from behind, showing their backs.",
             lambda a, b: f"Dear diary, today I followed {an(a)} and took a picture of {its(a)} back.",
             lambda a, b: f"Last night I dreamt I was standing behind {an(a)}, looking at {its(a)} back.",
             lambda a, b: f"Pictured from behind: {an(a)} and {an(b)}.",
             lambda a, b: f"Um, {an(a)}, but from the back, like, from behind {it(a)}.",
             lambda a, b: f"The camera shall be placed behind {the(a)}, showing {its(a)} back.",
             lambda a, b: f"Not from the front this time: show {the(a)} and {the(b)} from behind.",
             lambda a, b: f"Help me see {an(a)} from behind, the way someone following {it(a)} would."],
    "left": [lambda a, b: f"Alt text: {an(a)} and {an(b)}, photographed from the left-hand end of the scene, "
                          f"looking across.",
             lambda a, b: f"Dear diary, today I stood at the left-hand end of the scene and took a photo across "
                          f"it of {an(a)} and {an(b)}.",
             lambda a, b: f"Last night I dreamt I was standing off at the left-hand end of the scene, looking "
                          f"sideways across at {an(a)} and {an(b)}.",
             lambda a, b: f"Pictured from the left-hand side of the scene: {an(a)} and {an(b)}.",
             lambda a, b: f"Um, {an(a)} and {an(b)}, but, like, with the camera over at the left end of the "
                          f"scene, looking across.",
             lambda a, b: f"The camera shall be positioned at the left-hand side of the scene, looking sideways "
                          f"across at {an(a)} and {an(b)}.",
             lambda a, b: f"Almost, but move the camera round to the left-hand end of the scene so it looks across "
                          f"at {the(a)} and {the(b)}.",
             lambda a, b: f"Help me see {an(a)} and {an(b)} as someone standing at the left-hand end of the "
                          f"scene would."],
    "right": [lambda a, b: f"Alt text: {an(a)} and {an(b)}, photographed from the right-hand end of the scene, "
                           f"looking across.",
              lambda a, b: f"Dear diary, today I stood at the right-hand end of the scene and took a photo across "
                           f"it of {an(a)} and {an(b)}.",
              lambda a, b: f"Last night I dreamt I was standing off at the right-hand end of the scene, looking "
                           f"sideways across at {an(a)} and {an(b)}.",
              lambda a, b: f"Pictured from the right-hand side of the scene: {an(a)} and {an(b)}.",
              lambda a, b: f"Um, {an(a)} and {an(b)}, but, like, with the camera over at the right end of the "
                           f"scene, looking across.",
              lambda a, b: f"The camera shall be positioned at the right-hand side of the scene, looking sideways "
                           f"across at {an(a)} and {an(b)}.",
              lambda a, b: f"Almost, but move the camera round to the right-hand end of the scene so it looks "
                           f"across at {the(a)} and {the(b)}.",
              lambda a, b: f"Help me see {an(a)} and {an(b)} as someone standing at the right-hand end of the "
                           f"scene would."],
    "close-up": [lambda a, b: f"Alt text: a close-up of {an(a)} that fills the whole frame.",
                 lambda a, b: f"Dear diary, today I got my camera right up close to {an(a)}, so close "
                              f"{it_is(a)} all you can see.",
                 lambda a, b: f"Last night I dreamt {an(a)} was so close it filled everything I could see.",
                 lambda a, b: f"Pictured in close-up: {an(a)}, filling the frame.",
                 lambda a, b: f"Um, {an(a)}, really close up, like, filling the whole picture.",
                 lambda a, b: f"The image shall show {an(a)} so close that it fills the frame from edge to edge.",
                 lambda a, b: f"Closer! {the(a)[0].upper() + the(a)[1:]} should fill the whole picture this time.",
                 lambda a, b: f"Help me see every detail of {an(a)}, close enough that it fills the picture."],
    "wide": [lambda a, b: f"Alt text: {an(a)} and {an(b)}, tiny in the distance, in a very wide shot of open "
                          f"countryside.",
             lambda a, b: f"Dear diary, from the far side of the valley today I could just make out {an(a)}, "
                          f"tiny in the distance.",
             lambda a, b: f"Last night I dreamt of {an(a)} and {an(b)}, far, far away, tiny in a huge empty "
                          f"landscape.",
             lambda a, b: f"Pictured from a long way off: {an(a)}, small against a vast open landscape.",
             lambda a, b: f"Um, {an(a)}, but really far away, tiny, with loads of empty land all round.",
             lambda a, b: f"The image shall show {an(a)} and {an(b)} small and far off, in a very wide view.",
             lambda a, b: f"Too close last time: zoom right out so {the(a)} is tiny and far away.",
             lambda a, b: f"Help me see {an(a)} and {an(b)} from a long way off, tiny in a huge open space."],
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
                objects = {a: 1, b: 1} if re.search(rf"\b{re.escape(say(b))}\b", text) else {a: 1}
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
