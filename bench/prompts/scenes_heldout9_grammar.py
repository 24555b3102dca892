"""Writes the NINTH held-out scene descriptions (bench/prompts/scenes/heldout9.jsonl).

    .venv/bin/python bench/prompts/scenes_heldout9_grammar.py

Why a ninth held-out set: the eighth one (bench/prompts/scenes/heldout8.jsonl) has been read
while building (third session of 2026-12-07). This one was written without reading the
implementation, its tests or its documentation (only bench/scenes.py, bench/layout.py,
bench/layout_selfcheck.py and the existing prompt sets and grammars, so as to differ from them),
and is meant to be run once, with ``--failures 0``:

- each description has three to six content clauses, drawn from clause kinds worded unlike any
  other set's: toys or pot plants "lined up in a single row on top of" a TV unit or a shoe
  bench, mobility scooters or pushchairs "one beside the other in a row across the picture",
  desk chairs or lettuces "C across and R rows back" or "in R rows with C in every row", "N
  Xs piled up into a single tower", nieces "gathered round" a picnic rug "in a circle" or
  alpacas round a water trough, two big things "taking up the whole left side of the picture"
  and "the whole right side", members facing by position ("standing back to back, the left one
  looking to the left and the right one to the right", "the outer two turned towards the
  middle one, which looks straight at us", "every one looking at us apart from the last one on
  the right, which is turned away", "the left one with its back to us and the right one looking
  at us"), a named person "sitting right on top of" a space hopper or "taking shelter beneath"
  a treehouse, "X, Y and Z in that order, going from left to right", "X with Y on one side of
  it and Z on the other", "X tucked away behind Y, so you can only just see it", "two Xs, one
  a little further away than the other", verbs with counts on both sides ("serving",
  "brushing", "pricing up"), crowds "scattered here and there with no pattern";
- the register changes from prompt to prompt: alt text ("Alt text: ..."), a diary entry ("Dear
  diary, today I saw ...; I also saw ...; and last of all ..."), a dream retold ("Last
  night I dreamt of ..., and then of ..."), a newspaper caption ("Pictured: ...; ...;"), a
  greeting-card request ("For my nan's birthday card: ..., along with ..."), spoken requests
  with fillers ("Um, so, ..., and, er, ..., yeah, that's it."), a requirements document ("The
  image shall show ... It shall also show ..."), a second try ("Let's try that again. This time
  there should be ..."), someone planning ("Help me picture it: ...; then ..."), and a holiday
  postcard ("Wish you were here! From where we're sitting we can see ..."); British and
  American spellings both occur; the style comes last, after "Style:";
- each noun says where it may stand (indoors only, out of doors only, or either: a description
  mixing the first two is drawn again) and each clause which views keep its meaning; the place
  and the view are drawn to fit;
- settings, views, light, style, register and manner words are forbidden as object names in
  the truth;
- the vocabulary is everyday: a family flat and a back garden, an allotment, a campsite, a
  cul-de-sac, a school sports day; common nouns, most of which no other set uses (counted and
  printed when run); names of people are ordinary ones;
- no description equals or contains any other set's prompt (checked).

Nothing outside bench/prompts may import this file, name it, or quote its prompts. Truth keys
as in bench/prompts/scenes_dev.py. Deterministic (seed 57139).
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "scenes" / "heldout9.jsonl"
rng = random.Random(57139)
SCENES = 48
VIEW_NAMES = ("top", "wide", "low", "front", "back", "left", "right")

# ------------------------------------------------------------- vocabulary ---
# name as said -> truth spec ("a|b" where English allows both names)
LEDGES = {"tv unit": "tv unit|unit|tv stand", "shoe bench": "shoe bench|bench", "tv cabinet": "tv cabinet|cabinet",
          "chest freezer": "chest freezer|freezer", "breakfast table": "breakfast table|table"}
ORNAMENTS = {"spider plant": "spider plant|plant", "peace lily": "peace lily|lily|plant", "honey jar": "honey jar|jar",
             "candle holder": "candle holder|holder", "toy car": "toy car|car", "toy dinosaur": "toy dinosaur|dinosaur",
             "egg box": "egg box|box|carton", "remote control": "remote control|remote",
             "games controller": "games controller|controller", "pepper grinder": "pepper grinder|grinder"}
LINERS = {"mobility scooter": "mobility scooter|scooter", "electric car": "electric car|car",
          "pushchair": "pushchair|buggy|stroller", "balance bike": "balance bike|bike|bicycle",
          "space hopper": "space hopper|hopper", "garden chair": "garden chair|chair",
          "recycling box": "recycling box|box", "minicab": "minicab|taxi|cab"}
PLOTS = {"desk chair": "desk chair|chair", "single bed": "single bed|bed", "picnic rug": "picnic rug|rug|blanket",
         "beach towel": "beach towel|towel", "courgette plant": "courgette plant|courgette|plant",
         "lettuce": "lettuce", "cool bag": "cool bag|bag"}
PILES = {"tissue box": "tissue box|box", "mixing bowl": "mixing bowl|bowl", "cereal bowl": "cereal bowl|bowl",
         "beach towel": "beach towel|towel", "recycling box": "recycling box|box",
         "cheese board": "cheese board|board", "bread board": "bread board|board"}
HUBS = {"picnic rug": "picnic rug|rug|blanket", "patio heater": "patio heater|heater", "trampoline": "trampoline",
        "camping stove": "camping stove|stove", "breakfast table": "breakfast table|table",
        "water trough": "water trough|trough"}
TABLE_HUBS = {"breakfast table"}
FARM_HUBS = {"water trough"}
PEOPLE = {"niece": "niece", "nephew": "nephew", "neighbour": "neighbour|neighbor", "babysitter": "babysitter",
          "caretaker": "caretaker", "dinner lady": "dinner lady", "postie": "postie|postman|postwoman",
          "grandson": "grandson", "granddaughter": "granddaughter", "swimmer": "swimmer",
          "netball player": "netball player|player", "dog groomer": "dog groomer|groomer",
          "shop assistant": "shop assistant|assistant"}
RING_PEOPLE = ("niece", "nephew", "neighbour", "netball player", "grandson", "granddaughter")
FARM = {"alpaca": "alpaca", "goat": "goat", "pig": "pig", "sheep": "sheep"}
CHAIRS = {"desk chair": "desk chair|chair", "high chair": "high chair|highchair|chair", "step stool": "step stool|stool"}
BIGS = {"tower block": "tower block|block|tower", "corner shop": "corner shop|shop",
        "petrol station": "petrol station|station|gas station", "post office": "post office|office",
        "supermarket": "supermarket", "removal van": "removal van|van", "mobile library": "mobile library|library|van",
        "summer house": "summer house|summerhouse|house", "wendy house": "wendy house|playhouse|house",
        "horse chestnut": "horse chestnut|chestnut|tree", "silver birch": "silver birch|birch|tree",
        "sofa bed": "sofa bed|sofa|bed", "double bed": "double bed|bed", "cabin bed": "cabin bed|bed",
        "wardrobe": "wardrobe", "bookcase": "bookcase", "fridge freezer": "fridge freezer|fridge|freezer"}
TURNERS = {"golden retriever": "golden retriever|retriever|dog", "sheepdog": "sheepdog|dog",
           "sausage dog": "sausage dog|dachshund|dog", "labradoodle": "labradoodle|dog",
           "shire horse": "shire horse|horse", "nephew": "nephew", "niece": "niece", "grandson": "grandson",
           "granddaughter": "granddaughter", "swimmer": "swimmer", "alpaca": "alpaca"}
ANIMAL_TURNERS = {"golden retriever", "sheepdog", "sausage dog", "labradoodle", "shire horse", "alpaca"}
WORKERS = {"dinner lady": "pies", "caretaker": "chairs", "postie": "parcels", "grandson": "birds",
           "granddaughter": "birds", "dog groomer": "dogs", "shop assistant": "shelves"}
GOODS = {"pies": ({"apple pie": "apple pie|pie", "milkshake": "milkshake|shake", "cereal bowl": "cereal bowl|bowl"},
                  ["serving", "handing out"]),
         "chairs": ({"desk chair": "desk chair|chair", "recycling box": "recycling box|box"}, ["stacking", "carrying"]),
         "parcels": ({"parcel": "parcel|package", "sports bag": "sports bag|bag"}, ["delivering", "carrying"]),
         "birds": ({"blue tit": "blue tit|tit|bird", "duck": "duck", "goose": "goose"}, ["feeding", "chasing"]),
         "dogs": ({"sheepdog": "sheepdog", "labradoodle": "labradoodle", "golden retriever": "golden retriever|retriever"},
                  ["brushing", "walking"]),
         "shelves": ({"egg box": "egg box|box|carton", "tissue box": "tissue box|box", "honey jar": "honey jar|jar"},
                     ["unpacking", "pricing up"])}
NAMES = {"Auntie Bev": "auntie bev|bev", "Uncle Des": "uncle des|des", "Nana Pat": "nana pat|pat",
         "Megan": "megan", "Jake": "jake", "Chloe": "chloe", "Brendan": "brendan", "Mia": "mia", "Nkem": "nkem",
         "Mr Kowalski": "mr kowalski|kowalski", "Mrs Adeyemi-Brown": "mrs adeyemi-brown|adeyemi-brown"}
SEATS = {"garden chair": "garden chair|chair", "sofa bed": "sofa bed|sofa|bed", "space hopper": "space hopper|hopper",
         "step stool": "step stool|stool", "wheelie bin": "wheelie bin|bin", "chest freezer": "chest freezer|freezer"}
ROOFS = {"breakfast table": "breakfast table|table", "cabin bed": "cabin bed|bed", "treehouse": "treehouse|tree house",
         "swing set": "swing set|swings|swing", "patio umbrella": "patio umbrella|umbrella|parasol"}
FRONTS = {"tower block": "tower block|block|tower", "corner shop": "corner shop|shop",
          "petrol station": "petrol station|station|gas station", "post office": "post office|office",
          "supermarket": "supermarket", "summer house": "summer house|summerhouse|house",
          "wendy house": "wendy house|playhouse|house", "removal van": "removal van|van",
          "mobile library": "mobile library|library|van", "coffee van": "coffee van|van"}
PROPS = {"post box": "post box|postbox|mailbox", "bike rack": "bike rack|rack", "coat stand": "coat stand|stand",
         "reading lamp": "reading lamp|lamp", "patio heater": "patio heater|heater",
         "rotary dryer": "rotary dryer|dryer|rotary airer", "bus stop": "bus stop|stop"}
LURKERS = {"sheepdog": "sheepdog|dog", "sausage dog": "sausage dog|dachshund|dog", "labradoodle": "labradoodle|dog",
           "nephew": "nephew", "niece": "niece", "grandson": "grandson",
           "golden retriever": "golden retriever|retriever|dog"}
BLOCKERS = {"removal van": "removal van|van", "mobile library": "mobile library|library|van",
            "coffee van": "coffee van|van", "skip lorry": "skip lorry|lorry|truck",
            "summer house": "summer house|summerhouse|house", "wendy house": "wendy house|playhouse|house",
            "holly bush": "holly bush|bush", "rhododendron": "rhododendron|bush", "sofa bed": "sofa bed|sofa|bed",
            "wardrobe": "wardrobe", "fridge freezer": "fridge freezer|fridge|freezer"}
UNDER_PETS = {"sheepdog": "sheepdog|dog", "sausage dog": "sausage dog|dachshund|dog", "labradoodle": "labradoodle|dog",
              "golden retriever": "golden retriever|retriever|dog", "tabby": "tabby|cat|tabby cat"}
BITS = {"toy car": "toy car|car", "toy dinosaur": "toy dinosaur|dinosaur", "toy rocket": "toy rocket|rocket",
        "bouncy ball": "bouncy ball|ball", "rugby ball": "rugby ball|ball",
        "tennis racket": "tennis racket|racket|racquet", "cricket bat": "cricket bat|bat",
        "space hopper": "space hopper|hopper", "games controller": "games controller|controller",
        "lunch bag": "lunch bag|bag", "sun hat": "sun hat|hat", "baseball cap": "baseball cap|cap",
        "cool bag": "cool bag|bag", "honey jar": "honey jar|jar", "milkshake": "milkshake|shake",
        "mop bucket": "mop bucket|bucket", "guitar case": "guitar case|case"}

# Where things can be: a scene with some of each is drawn again.
OUTDOOR_ONLY = {"electric car", "balance bike", "garden chair", "minicab", "picnic rug", "courgette plant", "lettuce",
                "patio heater", "trampoline", "camping stove", "water trough", "tower block", "corner shop",
                "petrol station", "post office", "supermarket", "removal van", "mobile library", "summer house",
                "wendy house", "horse chestnut", "silver birch", "shire horse", "alpaca", "goat", "pig", "sheep",
                "blue tit", "duck", "goose", "treehouse", "swing set", "patio umbrella", "coffee van", "post box",
                "bike rack", "bus stop", "skip lorry", "holly bush", "rhododendron", "wheelie bin", "rotary dryer",
                "beach towel", "mobility scooter", "cricket bat", "rugby ball"}
INDOOR_ONLY = {"tv unit", "shoe bench", "tv cabinet", "chest freezer", "breakfast table", "peace lily",
               "remote control", "games controller", "desk chair", "single bed", "tissue box", "mixing bowl",
               "cereal bowl", "cheese board", "bread board", "high chair", "sofa bed", "double bed", "cabin bed",
               "wardrobe", "bookcase", "fridge freezer", "coat stand", "reading lamp", "pepper grinder",
               "candle holder", "mop bucket", "dinner lady"}

MANNERS = [("busily", ["busily"]), ("patiently", ["patiently"]), ("briskly", ["briskly"]),
           ("cheerily", ["cheerily"]), ("clumsily", ["clumsily"])]
INDOOR_PLACES = [("in a student flat", ["student", "flat"]), ("in a launderette", ["launderette"]),
                 ("in a charity shop", ["charity", "shop"]), ("in a granny annexe", ["granny", "annexe"]),
                 ("in a dentist's waiting room", ["dentist's", "waiting", "room"]),
                 ("in a family flat", ["family", "flat"])]
OUTDOOR_PLACES = [("on an allotment", ["allotment"]), ("at a car boot sale", ["car", "boot", "sale"]),
                  ("on a campsite", ["campsite"]), ("at a school sports day", ["school", "sports", "day"]),
                  ("on a cul-de-sac", ["cul", "de", "sac"]), ("in a back garden", ["back", "garden"])]
STYLES = [("cross-stitch", ["cross", "stitch"]), ("paper collage", ["paper", "collage"]),
          ("needle-felted", ["needle", "felted"]), ("chalk pastels", ["chalk", "pastels"]),
          ("tinted old photograph", ["tinted", "old", "photograph"]), ("embroidered", ["embroidered"]),
          ("stop-motion look", ["stop", "motion", "look"]), ("poster paint", ["poster", "paint"]),
          ("colour-by-numbers", ["colour", "numbers"]), ("color-by-numbers", ["color", "numbers"])]
LIGHTS = [("on a drizzly afternoon", ["drizzly", "afternoon"]), ("just after sunrise", ["sunrise"]),
          ("under a pale winter sun", ["pale", "winter", "sun"]), ("with the curtains open", ["curtains"]),
          ("by lamplight", ["lamplight"])]
OUTDOOR_LIGHTS = ("on a drizzly afternoon", "under a pale winter sun")
INDOOR_LIGHTS = ("with the curtains open", "by lamplight")
# view -> ways of saying it and the words they bring
VIEWS = {"top": [("looking straight down on it all from high above", ["looking", "straight", "high"]),
                 ("shot from right overhead", ["shot", "overhead"])],
         "wide": [("seen from a long, long way back, everything tiny", ["long", "way", "everything", "tiny"]),
                  ("from so far off that everything looks small", ["far", "everything", "small"])],
         "low": [("from knee height, looking upward", ["knee", "height", "looking", "upward"]),
                 ("with the camera down near the ground, pointing up", ["camera", "ground", "pointing"])],
         "front": [("seen face-on from the front", ["seen", "face", "front"])],
         "back": [("seen from behind the whole scene", ["seen", "whole", "scene"])],
         "left": [("viewed from the left-hand end of the scene, looking along it sideways",
                   ["viewed", "left", "hand", "end", "scene", "looking", "sideways"])],
         "right": [("viewed from the right-hand end of the scene, looking along it sideways",
                    ["viewed", "right", "hand", "end", "scene", "looking", "sideways"])]}
NUMBER = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight", 9: "nine",
          10: "ten", 11: "eleven", 12: "twelve", 14: "fourteen", 15: "fifteen", 16: "sixteen", 18: "eighteen",
          20: "twenty"}
IRREGULAR = {"goose": "geese", "sheep": "sheep", "dinner lady": "dinner ladies", "mobile library": "mobile libraries",
             "tabby": "tabbies", "postie": "posties", "sheepdog": "sheepdogs", "peace lily": "peace lilies",
             "wendy house": "wendy houses", "summer house": "summer houses"}
CARD_WHO = ["my nan's", "my grandad's", "my nephew's", "my niece's", "my neighbour's", "my best friend's",
            "our teacher's"]
CARD_KIND = [("birthday card", ["birthday"]), ("get-well card", ["get", "well"]),
             ("thank-you card", ["thank", "you"]), ("leaving card", ["leaving"])]


def say(noun: str) -> str:
    return noun.replace("tv ", "TV ").replace("wendy house", "Wendy house")


def plural(noun: str) -> str:
    if noun in IRREGULAR:
        return say(IRREGULAR[noun])
    head, _, last = noun.rpartition(" ")
    if last.endswith(("s", "x", "ch", "sh")):
        last += "es"
    elif last.endswith("y") and last[-2] not in "aeiou":
        last = last[:-1] + "ies"
    else:
        last += "s"
    return say(f"{head} {last}".strip())


def an(noun: str) -> str:
    if noun in NAMES:
        return noun
    return say(("an " if noun[0] in "aeiou" and not noun.startswith(("uni", "eu")) else "a ") + noun)


def many(n: int, noun: str, digits: bool = False) -> str:
    if n == 1:
        return an(noun)
    return f"{n if digits else NUMBER[n]} {plural(noun)}"


class Redraw(Exception):
    """No noun of the pool fits the scene drawn so far: draw the whole description again."""


class Draft:
    """One description being built: clauses, truth, nouns used (each once, so counts stay exact),
    the views its clauses allow and where it must be."""

    def __init__(self, where: str) -> None:
        self.where = where  # "in" or "out"
        self.clauses: list[str] = []
        self.truth: dict = {"objects": {}, "forbidden": []}
        self.used: set[str] = set()
        self.views = set(VIEW_NAMES)
        self.digits = rng.random() < 0.3  # some writers put numbers as digits

    def say(self, text: str) -> None:
        self.clauses.append(text)

    def take(self, pool: dict, among=None) -> tuple[str, str]:
        names = [n for n in (among or pool) if n not in self.used and not self.clash(pool[n])
                 and n not in (OUTDOOR_ONLY if self.where == "in" else INDOOR_ONLY)]
        if not names:
            raise Redraw
        noun = rng.choice(names)
        self.used.add(noun)
        return noun, pool[noun]

    def clash(self, spec: str) -> bool:
        """A spec sharing a name or a word with one already in the truth would make counts ambiguous."""
        mine = set(spec.split("|"))
        words = {w for n in mine for w in n.split()}
        return any(mine & set(s.split("|")) or words & {w for n in s.split("|") for w in n.split()}
                   for s in self.truth["objects"])

    def count(self, spec: str, n: int) -> None:
        assert spec not in self.truth["objects"], spec
        self.truth["objects"][spec] = n

    def add(self, key: str, *items) -> None:
        self.truth.setdefault(key, []).extend(list(i) for i in items)

    def forbid(self, *views: str) -> None:
        self.views -= set(views)

    def many(self, n: int, noun: str) -> str:
        return many(n, noun, self.digits)


SIDEWAYS = ("left", "right")  # views that turn the picture's left and right into depth


# ----------------------------------------------------------------- clauses ---


def ledge_row(d: Draft) -> None:
    """Small things in a row on a TV unit, a shoe bench or a freezer: a row, each on it."""
    c, c_spec = d.take(LEDGES)
    t, t_spec = d.take(ORNAMENTS)
    n = rng.choice([3, 4, 5, 6])
    d.say(rng.choice([f"{d.many(n, t)} lined up in a single row on top of the {say(c)}",
                      f"the {say(c)}, with {d.many(n, t)} standing in a row along the top of it",
                      f"{d.many(n, t)} set out in a row, one after another, on the {say(c)}"]))
    d.count(c_spec, 1)
    d.count(t_spec, n)
    d.add("arrangements", (t_spec, "row"))
    d.add("relations", (t_spec, "on_top_of", c_spec))
    d.forbid("low", *SIDEWAYS)


def line_up(d: Draft) -> None:
    v, spec = d.take(LINERS)
    n = rng.choice([3, 4, 5])
    d.say(rng.choice([f"{d.many(n, v)}, one beside the other in a row across the picture",
                      f"a line of {d.many(n, v)} stretching across the picture from left to right",
                      f"{d.many(n, v)} in a row from one side of the picture to the other, level with each other"]))
    d.count(spec, n)
    d.add("arrangements", (spec, "row"))
    d.forbid(*SIDEWAYS)


def block(d: Draft) -> None:
    a, spec = d.take(PLOTS)
    r, c = rng.choice([(2, 3), (3, 3), (2, 4), (3, 4), (4, 2), (2, 5)])
    total = d.many(r * c, a)
    d.say(rng.choice([f"{total} laid out {NUMBER[c]} across and {NUMBER[r]} rows back",
                      f"{total} in {NUMBER[r]} rows with {NUMBER[c]} in every row",
                      f"{plural(a)} set out in a grid of {NUMBER[r]} rows, {NUMBER[c]} to each row"]))
    d.count(spec, r * c)
    d.add("arrangements", (spec, "grid", r, c))


def tower(d: Draft) -> None:
    a, spec = d.take(PILES)
    n = rng.choice([3, 4, 5]) if a in ("recycling box", "cheese board") else rng.choice([4, 5, 6, 7])
    d.say(rng.choice([f"{d.many(n, a)} piled up into a single tower",
                      f"{d.many(n, a)} stacked into one neat pile, each one resting on the one under it",
                      f"a single tall stack made of {d.many(n, a)}"]))
    d.count(spec, n)
    d.add("arrangements", (spec, "stack"))
    d.forbid("top")


def circle(d: Draft) -> None:
    c, c_spec = d.take(HUBS)
    if c in TABLE_HUBS:
        pool = {**CHAIRS, **{k: PEOPLE[k] for k in ("niece", "nephew", "grandson", "granddaughter")}}
    elif c in FARM_HUBS:
        pool = FARM
    else:
        pool = {k: PEOPLE[k] for k in RING_PEOPLE}
    a, a_spec = d.take(pool)
    n = rng.choice([4, 5, 6, 7, 8])
    seated = a in CHAIRS
    options = [f"the {c} ringed by {d.many(n, a)}",
               f"{d.many(n, a)} in a ring with the {c} at the centre"]
    if not seated:
        options.append(f"{d.many(n, a)} gathered round the {c} in a circle")
    d.say(rng.choice(options))
    d.count(c_spec, 1)
    d.count(a_spec, n)
    d.add("relations", (a_spec, "around", c_spec))


def halves(d: Draft) -> None:
    a, a_spec = d.take(BIGS)
    b, b_spec = d.take(BIGS)
    d.say(rng.choice([f"{an(a)} taking up the whole left side of the picture and {an(b)} the whole right side",
                      f"{an(a)} on the left of the picture and {an(b)} on the right of the picture",
                      f"the left part of the picture given to {an(a)}, the right part to {an(b)}"]))
    d.count(a_spec, 1)
    d.count(b_spec, 1)
    d.add("sides", (a_spec, "left"), (b_spec, "right"))
    d.forbid("back", *SIDEWAYS)


def facing(d: Draft) -> None:
    """Members facing ways by their place in the picture, spelt out one by one."""
    a, spec = d.take(TURNERS)
    way = rng.choice(["outward", "inward", "three", "odd", "pair"])
    its = "its" if a in ANIMAL_TURNERS else "their"
    if way == "outward":
        d.say(f"two {plural(a)} standing back to back, the left one looking to the left and the right one to the "
              f"right")
        d.add("facing", (spec, ["left", "right"]))
        d.count(spec, 2)
    elif way == "inward":
        d.say(f"two {plural(a)} facing one another, the left one turned to the right and the right one to the left")
        d.add("facing", (spec, ["right", "left"]))
        d.count(spec, 2)
    elif way == "three":
        which = "which" if a in ANIMAL_TURNERS else "who"
        d.say(f"three {plural(a)} side by side, the outer two turned towards the middle one, {which} looks "
              f"straight at us")
        d.add("facing", (spec, ["right", "camera", "left"]))
        d.count(spec, 3)
    elif way == "odd":
        n = rng.choice([3, 4, 5])
        which = "which" if a in ANIMAL_TURNERS else "who"
        d.say(f"{NUMBER[n]} {plural(a)} side by side, every one looking at us apart from the last one on the right, "
              f"{which} is turned away")
        d.add("facing", (spec, ["camera"] * (n - 1) + ["away"]))
        d.count(spec, n)
    else:
        d.say(f"two {plural(a)} side by side, the left one with {its} back to us and the right one looking at us")
        d.add("facing", (spec, ["away", "camera"]))
        d.count(spec, 2)
    d.forbid("top", "back", *SIDEWAYS)


def work(d: Draft) -> None:
    """Counts on both sides of a verb."""
    s, s_spec = d.take({k: PEOPLE[k] for k in WORKERS})
    goods, verbs = GOODS[WORKERS[s]]
    o, o_spec = d.take(goods)
    verb = rng.choice(verbs)
    n, m = rng.choice([1, 1, 2, 3]), rng.choice([2, 3, 4, 5, 6])
    manner, words = rng.choice(MANNERS) if rng.random() < 0.4 else ("", [])
    d.say(f"{d.many(n, s)} {manner + ' ' if manner else ''}{verb} {d.many(m, o)}")
    d.truth["forbidden"] += words
    d.count(s_spec, n)
    d.count(o_spec, m)


def crowd(d: Draft) -> None:
    """A crowd counted but not arranged."""
    a, spec = d.take({**{k: PEOPLE[k] for k in RING_PEOPLE}, **{k: FARM[k] for k in ("goat", "sheep")},
                      "duck": "duck", "goose": "goose"})
    n = rng.choice([6, 7, 8, 9, 10, 12])
    d.say(rng.choice([f"{d.many(n, a)} scattered here and there with no pattern",
                      f"{d.many(n, a)} spread about in no order at all"]))
    d.count(spec, n)


def character(d: Draft) -> None:
    """A named person up on something, under something, before something or by something."""
    name = rng.choice([n for n in NAMES if n not in d.used])
    d.used.add(name)
    kind = rng.choice(["on", "under", "before", "by"])
    if kind == "on":
        b, b_spec = d.take(SEATS)
        d.say(rng.choice([f"{name} sitting right on top of {an(b)}", f"{name} standing up on {an(b)}"]))
        d.add("relations", (NAMES[name], "on_top_of", b_spec))
        d.forbid("low")
    elif kind == "under":
        b, b_spec = d.take(ROOFS)
        d.say(rng.choice([f"{name} taking shelter beneath {an(b)}", f"{name} crouching underneath {an(b)}"]))
        d.add("relations", (NAMES[name], "under", b_spec))
        d.forbid("top")
    elif kind == "before":
        b, b_spec = d.take(FRONTS)
        d.say(rng.choice([f"{name} smiling for the camera in front of {an(b)}",
                          f"{name} standing just in front of {an(b)}, closer to us than it is"]))
        d.truth["forbidden"] += ["camera"] if "camera" in d.clauses[-1] else []
        d.add("relations", (NAMES[name], "in_front_of", b_spec))
        d.forbid("top", "back", *SIDEWAYS)
    else:
        b, b_spec = d.take(PROPS)
        d.say(rng.choice([f"{name} standing right next to {an(b)}", f"{name} hanging about close to {an(b)}"]))
        d.add("relations", (NAMES[name], "near", b_spec))
    d.count(NAMES[name], 1)
    d.count(b_spec, 1)


def placing(d: Draft) -> None:
    kind = rng.choice(["under", "hidden", "order", "between"])
    if kind in ("order", "between") and "ordered" in d.used:
        kind = "hidden"  # one left-to-right trio per scene
    if kind in ("order", "between"):
        d.used.add("ordered")
    if kind == "under":
        a, a_spec = d.take(UNDER_PETS)
        b, b_spec = d.take(ROOFS)
        d.say(rng.choice([f"{an(a)} asleep underneath {an(b)}", f"{an(a)} lying under {an(b)}"]))
        d.add("relations", (a_spec, "under", b_spec))
        d.forbid("top")
    elif kind == "hidden":
        a, a_spec = d.take(LURKERS)
        b, b_spec = d.take(BLOCKERS)
        pron = "them" if a in PEOPLE else "it"
        d.say(rng.choice([f"{an(a)} tucked away behind {an(b)}, so you can only just see {pron}",
                          f"{an(b)} hiding most of {an(a)}, who is standing behind it" if a in PEOPLE else
                          f"{an(b)} hiding most of {an(a)}, which is standing behind it"]))
        d.add("relations", (a_spec, "hidden_by", b_spec))
        d.forbid("top", "back", *SIDEWAYS)
    elif kind == "order":
        (a, a_spec), (b, b_spec), (c, c_spec) = (d.take(BITS) for _ in range(3))
        d.say(rng.choice([f"{an(a)}, {an(b)} and {an(c)} in that order, going from left to right",
                          f"{an(a)} on the far left, {an(b)} in the middle and {an(c)} on the far right"]))
        d.count(c_spec, 1)
        d.add("relations", (a_spec, "left_of", b_spec), (b_spec, "left_of", c_spec))
        d.forbid("back", *SIDEWAYS)
    else:
        (a, a_spec), (b, b_spec), (c, c_spec) = (d.take(BITS) for _ in range(3))
        d.say(rng.choice([f"{an(a)} with {an(b)} on one side of it and {an(c)} on the other",
                          f"{an(a)} sitting in between {an(b)} and {an(c)}"]))
        d.count(c_spec, 1)
        d.add("relations", (a_spec, "between", b_spec, c_spec))
        d.forbid("back", *SIDEWAYS)
    d.count(a_spec, 1)
    d.count(b_spec, 1)


def pairs(d: Draft) -> None:
    """Two of a kind, one behind, in front of or on top of the other."""
    if rng.random() < 0.5:
        a, spec = d.take(BITS)
        if rng.random() < 0.5:
            d.say(f"two {plural(a)}, one a little further away from us than the other")
            d.add("relations", (spec, "behind", spec))
        else:
            d.say(f"two {plural(a)}, one just in front of the other, closer to us")
            d.add("relations", (spec, "in_front_of", spec))
        d.forbid("top", "back", *SIDEWAYS)
    else:
        a, spec = d.take({k: v for k, v in PILES.items() if k != "beach towel"})
        d.say(rng.choice([f"two {plural(a)}, one stacked on top of the other",
                          f"{an(a)} with another {say(a)} placed on top of it"]))
        d.add("relations", (spec, "on_top_of", spec))
        d.forbid("top")
    d.count(spec, 2)


KINDS = [ledge_row, line_up, block, tower, circle, halves, facing, work, crowd, character, placing, placing, pairs]
CLAUSES: list[int] = []

# Registers: (how the clauses are put together, the words they bring).


def cap(text: str) -> str:
    return text[0].upper() + text[1:]


def alt_text(texts: list[str]) -> tuple[str, list[str]]:
    return "Alt text: " + ". ".join(cap(t) for t in texts) + ".", ["alt", "text"]


def diary(texts: list[str]) -> tuple[str, list[str]]:
    body = f"Dear diary, today I saw {texts[0]}"
    for t in texts[1:-1]:
        body += f"; I also saw {t}"
    body += f"; and last of all {texts[-1]}."
    return body, ["diary", "today"]


def dream(texts: list[str]) -> tuple[str, list[str]]:
    body = f"Last night I dreamt of {texts[0]}"
    for t in texts[1:-1]:
        body += f", and then of {t}"
    body += f", and finally of {texts[-1]}."
    return body, ["night", "dreamt"]


def caption(texts: list[str]) -> tuple[str, list[str]]:
    return "Pictured: " + "; ".join(texts) + ".", ["pictured"]


def greeting(texts: list[str]) -> tuple[str, list[str]]:
    kind, words = rng.choice(CARD_KIND)
    body = f"For {rng.choice(CARD_WHO)} {kind}: {texts[0]}"
    for t in texts[1:]:
        body += f", along with {t}"
    return body + ".", ["card"] + words


def fillers(texts: list[str]) -> tuple[str, list[str]]:
    fill = ["and, er,", "and, um,", "and, like,", "oh, and"]
    body = f"Um, so, {texts[0]}"
    for t in texts[1:]:
        body += f", {rng.choice(fill)} {t}"
    return body + ", yeah, that's it.", []


def spec(texts: list[str]) -> tuple[str, list[str]]:
    body = f"The image shall show {texts[0]}."
    for t in texts[1:]:
        body += f" It shall also show {t}."
    return body, ["image"]


def retry(texts: list[str]) -> tuple[str, list[str]]:
    body = "Let's try that again. This time there should be " + "; ".join(texts[:-1]) + f"; and {texts[-1]}"
    return body + ", all in the one picture.", ["picture"]


def planning(texts: list[str]) -> tuple[str, list[str]]:
    body = f"Help me picture it: {texts[0]}"
    for t in texts[1:]:
        body += f"; then {t}"
    return body + ".", ["picture"]


def postcard(texts: list[str]) -> tuple[str, list[str]]:
    body = "Wish you were here! From where we're sitting we can see " + "; ".join(texts[:-1]) + f"; and {texts[-1]}"
    return body + ".", []


REGISTERS = [alt_text, diary, dream, caption, greeting, fillers, spec, retry, planning, postcard]


def describe(index: int) -> dict | None:
    d = Draft("in" if rng.random() < 0.5 else "out")
    chosen = rng.sample(KINDS, rng.choice([3, 4, 4, 5, 5, 6]))
    try:
        for clause in chosen:
            clause(d)
    except Redraw:
        return None
    register = REGISTERS[index % len(REGISTERS)]
    text, register_words = register(list(d.clauses))
    d.truth["forbidden"] += register_words
    CLAUSES.append(len(d.clauses))
    place, words = rng.choice({"out": OUTDOOR_PLACES, "in": INDOOR_PLACES}[d.where])
    d.truth["forbidden"] += words
    tail = [place]
    views = [v for v in VIEW_NAMES if v in d.views]
    if views and rng.random() < 0.6:
        view = rng.choice(views)
        said, words = rng.choice(VIEWS[view])
        d.truth["forbidden"] += words
        d.truth["camera"] = view
        tail.append(said)
    if rng.random() < 0.5:
        banned = OUTDOOR_LIGHTS if d.where == "in" else INDOOR_LIGHTS
        light, words = rng.choice([(s, w) for s, w in LIGHTS if s not in banned])
        d.truth["forbidden"] += words
        tail.append(light)
    style, words = rng.choice(STYLES)
    d.truth["forbidden"] += words + ["style"]
    text = text.rstrip(".") + ", " + ", ".join(tail) + f". Style: {style}."
    text = text[0].upper() + text[1:]
    wanted = {n for spec_ in d.truth["objects"] for n in spec_.split("|")}
    heads = {w for n in wanted for w in re.split(r"[ -]", n)}
    d.truth["forbidden"] = sorted(w for w in set(d.truth["forbidden"]) if w not in heads)
    return {"prompt": text, "expect": d.truth}


# ------------------------------------------------------------- the checks ---


def words(text: str) -> str:
    return " " + " ".join(re.findall(r"[a-z0-9']+", text.lower())) + " "


def other_sets() -> list[Path]:
    files = list(HERE.glob("*.jsonl")) + list((HERE / "scenes").glob("*.jsonl"))
    for folder in ("heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6", "heldout7", "heldout8",
                   "heldout9"):
        files += list((HERE / folder).glob("*.jsonl"))
    return [f for f in files if f != OUT]


def other_prompts() -> list[str]:
    return [words(json.loads(line)["prompt"]) for path in other_sets() for line in path.read_text().splitlines()
            if line.strip()]


def other_nouns() -> set[str]:
    nouns = set()
    for path in other_sets():
        if "heldout9" in str(path):
            continue  # the layout half of this part
        for line in path.read_text().splitlines():
            if line.strip():
                for spec_ in json.loads(line)["expect"]["objects"]:
                    nouns |= set(spec_.split("|"))
    return nouns


def main() -> None:
    old = other_prompts()
    rows, seen = [], set()
    while len(rows) < SCENES:
        made = describe(len(rows))
        if made is None:
            continue
        key = words(made["prompt"])
        if key in seen or any(o in key for o in old):
            continue
        seen.add(key)
        rows.append(made)
    for r in rows:
        wanted = {n for spec_ in r["expect"]["objects"] for n in spec_.split("|")}
        assert not wanted & set(r["expect"]["forbidden"]), r
    OUT.write_text("".join(json.dumps(r) + "\n" for r in rows))
    primary = {spec_.split("|")[0] for r in rows for spec_ in r["expect"]["objects"]}
    new = primary - other_nouns()
    lengths = [len(r["prompt"].split()) for r in rows]
    print("content clauses per scene:", {n: CLAUSES.count(n) for n in sorted(set(CLAUSES))})
    print(f"{len(rows)} ninth held-out scenes -> {OUT.relative_to(HERE.parent.parent)} "
          f"({min(lengths)}-{max(lengths)} words; {len(new)} of {len(primary)} primary nouns in no other set)")


if __name__ == "__main__":
    main()
