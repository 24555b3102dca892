"""Writes the TENTH held-out scene descriptions (bench/prompts/scenes/heldout10.jsonl).

    .venv/bin/python bench/prompts/scenes_heldout10_grammar.py

Why a tenth held-out set: the ninth one (bench/prompts/scenes/heldout9.jsonl) was run once fresh
(session 2026-12-07, third) and then read while building. This one was written without reading
the implementation, its tests or its documentation (only bench/scenes.py, bench/layout.py,
bench/layout_selfcheck.py and the existing prompt sets and grammars, so as to differ from them),
and is meant to be run once, with ``--failures 0``:

- each description has three to six content clauses, drawn from clause kinds worded unlike any
  other set's: jars or trophies "standing in a neat line along the top of" a sideboard or a
  dresser, taxis or quad bikes "parked next to one another in a line across the picture",
  dining chairs or flower pots "set out as a block, R deep and C wide", "N Xs piled into one
  tall stack, each resting on the one below", cousins "standing in a circle round" a bonfire or
  lambs round a haystack, two big things "filling the left of the picture" and "filling the
  right", members facing by position ("the one on the left turned to face left and the one on
  the right turned to face right", "the two outside ones turned in towards the middle one,
  which faces us", "all of them facing us except the far right one, which faces away"), a named
  person "perched on top of" a garden bench or "sheltering under" a ping-pong table, "X, then
  Y, then Z, reading across from left to right", "X in the gap between Y and Z", "X standing
  behind Y, which hides most of it", "two Xs, the second one further back than the first",
  verbs with counts on both sides ("carrying", "feeding", "stacking"), crowds "wandering about
  all over the place";
- the register changes from prompt to prompt: a voicemail ("Hi, it's me, about the picture:
  ... Anyway, call me back."), a live commentary ("And here we are, folks: ...!"), a question
  and its answer ("Q: What's in the picture? A: ..."), a childhood memory ("When I was little,
  there was ..., and ..."), a treasure-hunt clue sheet ("Clue sheet: find ...; then find ..."),
  a workbook exercise ("Exercise 6: draw ...; also draw ..."), a recipe's method ("Method:
  first ...; next ...; finally ..."), a note to self, a social-media post ending in a hashtag,
  a "POV: you're looking at ..." caption, a tour guide ("Ladies and gentlemen, on this stop you
  can see ..."); British and American spellings both occur; the style comes last, "in the style
  of ...";
- each noun says where it may stand (indoors only, out of doors only, or either: a description
  mixing the first two is drawn again) and each clause which views keep its meaning; the place
  and the view are drawn to fit;
- settings, views, light, style, register and manner words are forbidden as object names in
  the truth;
- the vocabulary is everyday: a terraced house, a village green, a cafe, a campsite, a school
  fete; common nouns, some of which no other set uses (counted and printed when run); names of
  people are ordinary ones;
- no description equals or contains any other set's prompt (checked).

Nothing outside bench/prompts may import this file, name it, or quote its prompts. Truth keys
as in bench/prompts/scenes_dev.py. Deterministic (seed 65809).
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

rng = random.Random(65809)
HERE = Path(__file__).resolve().parent
OUT = HERE / "scenes" / "heldout10.jsonl"
ME = "heldout10"
SCENES = 48
VIEW_NAMES = ("top", "wide", "low", "front", "back", "left", "right")

# noun -> truth spec (names a reader would accept for it)
LEDGES = {"sideboard": "sideboard", "dresser": "dresser", "chest of drawers": "chest of drawers|chest|drawers",
          "garden wall": "garden wall|wall", "bookcase": "bookcase|bookshelf"}
ORNAMENTS = {"jam jar": "jam jar|jar", "snow globe": "snow globe|globe", "trophy": "trophy|cup",
             "candlestick": "candlestick|candle holder", "flower pot": "flower pot|pot|plant pot",
             "piggy bank": "piggy bank|piggybank|pig", "rubber duck": "rubber duck|duck",
             "toy robot": "toy robot|robot"}
LINERS = {"taxi": "taxi|cab|car", "quad bike": "quad bike|quad|bike", "camper van": "camper van|campervan|van",
          "wheelbarrow": "wheelbarrow|barrow", "deckchair": "deckchair|deck chair|chair",
          "shopping trolley": "shopping trolley|trolley|cart"}
PLOTS = {"dining chair": "dining chair|chair", "flower pot": "flower pot|pot|plant pot",
         "cabbage": "cabbage", "camp bed": "camp bed|bed", "bean bag": "bean bag|beanbag", "hay bale": "hay bale|bale"}
PILES = {"pizza box": "pizza box|box", "suitcase": "suitcase|case", "cake tin": "cake tin|tin",
         "floor cushion": "floor cushion|cushion", "shoebox": "shoebox|shoe box|box", "hay bale": "hay bale|bale",
         "tyre": "tyre|tire"}
HUBS = {"bonfire": "bonfire|fire", "maypole": "maypole|pole", "barbecue": "barbecue|bbq|grill",
        "round table": "round table|table", "haystack": "haystack", "fountain": "fountain"}
PEOPLE = {"cousin": "cousin", "schoolgirl": "schoolgirl|girl", "schoolboy": "schoolboy|boy", "teenager": "teenager",
          "jogger": "jogger|runner", "waiter": "waiter", "chef": "chef|cook", "gardener": "gardener",
          "lifeguard": "lifeguard", "plumber": "plumber", "florist": "florist"}
RING_PEOPLE = ("cousin", "schoolgirl", "schoolboy", "teenager", "jogger")
FARM = {"lamb": "lamb|sheep", "pony": "pony|horse", "calf": "calf|cow", "turkey": "turkey"}
CHAIRS = {"dining chair": "dining chair|chair", "bar stool": "bar stool|stool", "folding chair": "folding chair|chair"}
BIGS = {"bungalow": "bungalow|house", "church": "church", "windmill": "windmill", "double-decker bus":
        "double-decker bus|bus", "fire engine": "fire engine|fire truck|truck", "oak tree": "oak tree|oak|tree",
        "greenhouse": "greenhouse", "wardrobe": "wardrobe", "piano": "piano", "fridge": "fridge|refrigerator"}
TURNERS = {"dalmatian": "dalmatian|dog", "poodle": "poodle|dog", "pony": "pony|horse", "spaniel": "spaniel|dog",
           "waiter": "waiter", "jogger": "jogger|runner", "teenager": "teenager", "lifeguard": "lifeguard"}
ANIMAL_TURNERS = {"dalmatian", "poodle", "pony", "spaniel"}
WORKERS = {"chef": "pies", "waiter": "pies", "gardener": "pots", "plumber": "boxes", "lifeguard": "balls"}
GOODS = {"pies": ({"apple pie": "apple pie|pie", "pizza box": "pizza box|box", "teapot": "teapot|pot"},
                  ["carrying", "bringing out"]),
         "pots": ({"flower pot": "flower pot|pot|plant pot", "watering can": "watering can|can",
                   "wheelbarrow": "wheelbarrow|barrow"}, ["lining up", "moving"]),
         "boxes": ({"toolbox": "toolbox|tool box|box", "paint tin": "paint tin|tin"}, ["carrying", "stacking"]),
         "balls": ({"football": "football|ball", "beach ball": "beach ball|ball", "traffic cone": "traffic cone|cone"},
                   ["picking up", "collecting"])}
NAMES = {"Auntie Viv": "auntie viv|viv", "Uncle Raj": "uncle raj|raj", "Grandpa Ken": "grandpa ken|ken",
         "Mrs O'Leary": "mrs o'leary|o'leary", "Mr Okafor": "mr okafor|okafor", "Little Tilly": "little tilly|tilly",
         "Cousin Dev": "cousin dev|dev", "Nanna Joan": "nanna joan|joan"}
SEATS = {"garden bench": "garden bench|bench", "bean bag": "bean bag|beanbag", "ottoman": "ottoman",
         "hay bale": "hay bale|bale", "picnic bench": "picnic bench|bench", "deckchair": "deckchair|deck chair|chair"}
ROOFS = {"ping-pong table": "ping-pong table|table tennis table|table", "dining table": "dining table|table",
         "bunk bed": "bunk bed|bed", "gazebo": "gazebo", "park bench": "park bench|bench"}
FRONTS = {"bungalow": "bungalow|house", "church": "church", "windmill": "windmill", "bakery": "bakery|shop",
          "fire engine": "fire engine|fire truck|truck", "camper van": "camper van|campervan|van",
          "wardrobe": "wardrobe", "bookcase": "bookcase|bookshelf"}
PROPS = {"umbrella stand": "umbrella stand|stand", "lamp post": "lamp post|lamppost|post",
         "phone box": "phone box|phone booth|box", "bird bath": "bird bath|birdbath|bath",
         "coat rack": "coat rack|rack", "fish tank": "fish tank|tank|aquarium"}
LURKERS = {"dalmatian": "dalmatian|dog", "poodle": "poodle|dog", "spaniel": "spaniel|dog", "pony": "pony|horse",
           "cousin": "cousin", "schoolboy": "schoolboy|boy", "gardener": "gardener"}
BLOCKERS = {"ice cream van": "ice cream van|van", "double-decker bus": "double-decker bus|bus",
            "caravan": "caravan", "hedge": "hedge", "wardrobe": "wardrobe", "fridge": "fridge|refrigerator",
            "cottage": "cottage|house"}
UNDER_PETS = {"dalmatian": "dalmatian|dog", "poodle": "poodle|dog", "spaniel": "spaniel|dog",
              "ginger cat": "ginger cat|cat", "guinea pig": "guinea pig", "tortoise": "tortoise"}
BITS = {"toolbox": "toolbox|tool box|box", "watering can": "watering can|can", "rubber duck": "rubber duck|duck",
        "football": "football|ball", "traffic cone": "traffic cone|cone", "teapot": "teapot|pot",
        "alarm clock": "alarm clock|clock", "kettle": "kettle", "skateboard": "skateboard|board",
        "rucksack": "rucksack|backpack|bag", "lunchbox": "lunchbox|lunch box|box", "beach ball": "beach ball|ball"}
OUTDOOR_ONLY = {"taxi", "quad bike", "camper van", "wheelbarrow", "cabbage", "hay bale", "tyre", "bonfire",
                "maypole", "haystack", "fountain", "lamb", "pony", "calf", "turkey", "bungalow", "church",
                "windmill", "double-decker bus", "fire engine", "oak tree", "greenhouse", "garden bench",
                "picnic bench", "gazebo", "park bench", "bakery", "lamp post", "phone box", "bird bath",
                "ice cream van", "caravan", "hedge", "cottage", "garden wall", "traffic cone", "jogger",
                "lifeguard", "deckchair", "barbecue", "shopping trolley", "beach ball"}
INDOOR_ONLY = {"sideboard", "dresser", "chest of drawers", "bookcase", "dining chair", "camp bed", "bean bag",
               "floor cushion", "round table", "bar stool", "wardrobe", "piano", "fridge", "ottoman",
               "ping-pong table", "dining table", "bunk bed", "umbrella stand", "coat rack", "fish tank",
               "alarm clock", "kettle", "waiter", "cake tin", "snow globe", "candlestick", "piggy bank",
               "folding chair"}
MANNERS = [("cheerfully", ["cheerfully"]), ("slowly", ["slowly"]), ("carefully", ["carefully"]),
           ("in a hurry", ["hurry"])]
INDOOR_PLACES = [("in a terraced house", ["terraced", "house"]), ("in a village hall", ["village", "hall"]),
                 ("in a corner cafe", ["corner", "cafe"]), ("in a church hall", ["church", "hall"])]
OUTDOOR_PLACES = [("on the village green", ["village", "green"]), ("at a campsite", ["campsite"]),
                  ("at a school fete", ["school", "fete"]), ("in a back yard", ["back", "yard"])]
STYLES = [("a felt-tip drawing", ["felt", "tip", "drawing"]), ("a lino print", ["lino", "print"]),
          ("claymation", ["claymation"]), ("a children's picture book", ["children's", "book"]),
          ("a coloured-pencil sketch", ["coloured", "pencil", "sketch"]), ("pixel art", ["pixel"])]
LIGHTS = [("on a grey morning", ["grey", "morning"]), ("in the late afternoon", ["late", "afternoon"]),
          ("under fairy lights", ["fairy", "lights"]), ("on a bright, breezy day", ["bright", "breezy", "day"])]
OUTDOOR_LIGHTS = ("on a bright, breezy day",)
INDOOR_LIGHTS = ("under fairy lights",)
VIEWS = {"top": [("seen straight down from high overhead", ["seen", "straight", "overhead"]),
                 ("shot from directly above", ["shot", "directly"])],
         "wide": [("from a long way back, so everything looks small", ["long", "way", "everything", "small"]),
                  ("seen from so far away that everything is tiny", ["far", "everything", "tiny"])],
         "low": [("from down low near the ground, looking up", ["ground", "looking"]),
                 ("with the camera at ankle height, tilted upwards", ["camera", "ankle", "height"])],
         "front": [("seen straight on from the front", ["seen", "front"])],
         "back": [("seen from behind everything", ["seen", "everything"])],
         "left": [("with the camera off at the left-hand side of the scene, looking across it",
                   ["camera", "left", "hand", "side", "scene", "looking"])],
         "right": [("with the camera off at the right-hand side of the scene, looking across it",
                    ["camera", "right", "hand", "side", "scene", "looking"])]}
NUMBER = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight", 9: "nine",
          10: "ten", 11: "eleven", 12: "twelve", 14: "fourteen", 15: "fifteen", 16: "sixteen", 18: "eighteen",
          20: "twenty"}
IRREGULAR = {"calf": "calves", "chest of drawers": "chests of drawers", "bookcase": "bookcases",
             "trophy": "trophies", "taxi": "taxis", "turkey": "turkeys", "pony": "ponies", "tyre": "tyres",
             "shoebox": "shoeboxes", "lunchbox": "lunchboxes", "toolbox": "toolboxes"}
TAGS = [("#familytime", ["familytime"]), ("#weekendvibes", ["weekendvibes"]), ("#littlethings", ["littlethings"]),
        ("#homesweethome", ["homesweethome"])]


def plural(noun: str) -> str:
    if noun in IRREGULAR:
        return IRREGULAR[noun]
    head, _, last = noun.rpartition(" ")
    if last.endswith(("s", "x", "ch", "sh")):
        last += "es"
    elif last.endswith("y") and last[-2] not in "aeiou":
        last = last[:-1] + "ies"
    else:
        last += "s"
    return f"{head} {last}".strip()


def an(noun: str) -> str:
    if noun in NAMES:
        return noun
    return ("an " if noun[0] in "aeiou" and not noun.startswith(("uni", "eu")) else "a ") + noun


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
        self.digits = rng.random() < 0.3

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
        if spec in self.truth["objects"]:
            raise Redraw
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
    c, c_spec = d.take(LEDGES)
    t, t_spec = d.take(ORNAMENTS)
    n = rng.choice([3, 4, 5, 6])
    d.say(rng.choice([f"{d.many(n, t)} standing in a neat line along the top of the {c}",
                      f"the {c} with {d.many(n, t)} lined up side by side along its top"]))
    d.count(c_spec, 1)
    d.count(t_spec, n)
    d.add("arrangements", (t_spec, "row"))
    d.forbid("top", *SIDEWAYS)


def line_up(d: Draft) -> None:
    a, spec = d.take(LINERS)
    n = rng.choice([3, 4, 5])
    d.say(rng.choice([f"{d.many(n, a)} parked next to one another in a line across the picture",
                      f"{d.many(n, a)} in a single line running from the left of the picture to the right"]))
    d.count(spec, n)
    d.add("arrangements", (spec, "row"))
    d.forbid(*SIDEWAYS)


def block(d: Draft) -> None:
    a, spec = d.take(PLOTS)
    r, c = rng.choice([(2, 3), (3, 3), (2, 4), (3, 4), (4, 2)])
    d.say(rng.choice([f"{d.many(r * c, a)} set out as a block, {NUMBER[r]} deep and {NUMBER[c]} wide",
                      f"{plural(a)} arranged in {NUMBER[r]} rows, with {NUMBER[c]} in each row"]))
    d.count(spec, r * c)
    d.add("arrangements", (spec, "grid", r, c))


def tower(d: Draft) -> None:
    a, spec = d.take(PILES)
    n = rng.choice([3, 4, 5])
    d.say(rng.choice([f"{d.many(n, a)} piled into one tall stack, each resting on the one below",
                      f"a single stack of {d.many(n, a)}, one on top of another"]))
    d.count(spec, n)
    d.add("arrangements", (spec, "stack"))
    d.forbid("top")


def circle(d: Draft) -> None:
    c, c_spec = d.take(HUBS)
    if c == "haystack":
        a, a_spec = d.take(FARM)
    elif c == "round table":
        a, a_spec = d.take(CHAIRS)
    else:
        a, a_spec = d.take({k: PEOPLE[k] for k in RING_PEOPLE})
    n = rng.choice([4, 5, 6, 7])
    d.say(rng.choice([f"{d.many(n, a)} standing in a circle round the {c}",
                      f"the {c} with {d.many(n, a)} all the way round it in a ring"])
          .replace("standing in a circle round the round table", "placed in a circle round the round table"))
    d.count(c_spec, 1)
    d.count(a_spec, n)
    d.add("relations", (a_spec, "around", c_spec))


def halves(d: Draft) -> None:
    a, a_spec = d.take(BIGS)
    b, b_spec = d.take(BIGS)
    d.say(rng.choice([f"{an(a)} filling the left of the picture and {an(b)} filling the right",
                      f"{an(a)} over on the left-hand side of the picture and {an(b)} over on the right-hand side"]))
    d.count(a_spec, 1)
    d.count(b_spec, 1)
    d.add("sides", (a_spec, "left"), (b_spec, "right"))
    d.forbid("back", *SIDEWAYS)


def facing(d: Draft) -> None:
    a, spec = d.take(TURNERS)
    way = rng.choice(["outward", "inward", "three", "odd", "pair"])
    which = "which" if a in ANIMAL_TURNERS else "who"
    if way == "outward":
        d.say(f"two {plural(a)}, the one on the left turned to face left and the one on the right turned to face "
              f"right")
        d.add("facing", (spec, ["left", "right"]))
        d.count(spec, 2)
    elif way == "inward":
        d.say(f"two {plural(a)} looking at each other, the one on the left facing right and the one on the right "
              f"facing left")
        d.add("facing", (spec, ["right", "left"]))
        d.count(spec, 2)
    elif way == "three":
        d.say(f"three {plural(a)} in a line, the two outside ones turned in towards the middle one, {which} "
              f"faces us")
        d.add("facing", (spec, ["right", "camera", "left"]))
        d.count(spec, 3)
    elif way == "odd":
        n = rng.choice([3, 4, 5])
        d.say(f"{NUMBER[n]} {plural(a)} in a line, all of them facing us except the far right one, {which} faces "
              f"away")
        d.add("facing", (spec, ["camera"] * (n - 1) + ["away"]))
        d.count(spec, n)
    else:
        d.say(f"two {plural(a)} next to each other, the left one facing us and the right one facing away")
        d.add("facing", (spec, ["camera", "away"]))
        d.count(spec, 2)
    d.forbid("top", "back", *SIDEWAYS)


def work(d: Draft) -> None:
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
    a, spec = d.take({**{k: PEOPLE[k] for k in RING_PEOPLE}, **FARM, "pigeon": "pigeon", "seagull": "seagull|gull"})
    n = rng.choice([6, 7, 8, 9, 10, 12])
    d.say(rng.choice([f"{d.many(n, a)} wandering about all over the place",
                      f"{d.many(n, a)} dotted around at random, in no sort of order"]))
    d.count(spec, n)


def character(d: Draft) -> None:
    name = rng.choice([n for n in NAMES if n not in d.used])
    d.used.add(name)
    kind = rng.choice(["on", "under", "before", "by"])
    if kind == "on":
        b, b_spec = d.take(SEATS)
        d.say(rng.choice([f"{name} perched on top of {an(b)}", f"{name} sitting up on {an(b)}"]))
        d.add("relations", (NAMES[name], "on_top_of", b_spec))
        d.forbid("low")
    elif kind == "under":
        b, b_spec = d.take(ROOFS)
        d.say(rng.choice([f"{name} sheltering under {an(b)}", f"{name} hunkered down beneath {an(b)}"]))
        d.add("relations", (NAMES[name], "under", b_spec))
        d.forbid("top")
    elif kind == "before":
        b, b_spec = d.take(FRONTS)
        d.say(rng.choice([f"{name} waving from in front of {an(b)}",
                          f"{name} standing in front of {an(b)}, nearer to us than it is"]))
        d.add("relations", (NAMES[name], "in_front_of", b_spec))
        d.forbid("top", "back", *SIDEWAYS)
    else:
        b, b_spec = d.take(PROPS)
        d.say(rng.choice([f"{name} standing right beside {an(b)}", f"{name} waiting close by {an(b)}"]))
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
        d.say(rng.choice([f"{an(a)} curled up under {an(b)}", f"{an(a)} napping beneath {an(b)}"]))
        d.add("relations", (a_spec, "under", b_spec))
        d.forbid("top")
    elif kind == "hidden":
        a, a_spec = d.take(LURKERS)
        b, b_spec = d.take(BLOCKERS)
        pron = "them" if a in PEOPLE else "it"
        d.say(f"{an(a)} standing behind {an(b)}, which hides most of {pron}")
        d.add("relations", (a_spec, "hidden_by", b_spec))
        d.forbid("top", "back", *SIDEWAYS)
    elif kind == "order":
        (a, a_spec), (b, b_spec), (c, c_spec) = (d.take(BITS) for _ in range(3))
        d.say(rng.choice([f"{an(a)}, then {an(b)}, then {an(c)}, reading across from left to right",
                          f"{an(a)} furthest to the left, {an(c)} furthest to the right and {an(b)} in between"]))
        d.count(c_spec, 1)
        d.add("relations", (a_spec, "left_of", b_spec), (b_spec, "left_of", c_spec))
        d.forbid("back", *SIDEWAYS)
    else:
        (a, a_spec), (b, b_spec), (c, c_spec) = (d.take(BITS) for _ in range(3))
        d.say(rng.choice([f"{an(a)} in the gap between {an(b)} and {an(c)}",
                          f"{an(b)} and {an(c)} with {an(a)} placed between them"]))
        d.count(c_spec, 1)
        d.add("relations", (a_spec, "between", b_spec, c_spec))
        d.forbid("back", *SIDEWAYS)
    d.count(a_spec, 1)
    d.count(b_spec, 1)


def pairs(d: Draft) -> None:
    if rng.random() < 0.5:
        a, spec = d.take(BITS)
        if rng.random() < 0.5:
            d.say(f"two {plural(a)}, the second one further back from us than the first")
            d.add("relations", (spec, "behind", spec))
        else:
            d.say(f"two {plural(a)}, one placed nearer to us than the other, in front of it")
            d.add("relations", (spec, "in_front_of", spec))
        d.forbid("top", "back", *SIDEWAYS)
    else:
        a, spec = d.take({k: v for k, v in PILES.items() if k != "hay bale"})
        d.say(rng.choice([f"two {plural(a)}, one sitting on top of the other",
                          f"{an(a)} with a second {a} resting on top of it"]))
        d.add("relations", (spec, "on_top_of", spec))
        d.forbid("top")
    d.count(spec, 2)


KINDS = [ledge_row, line_up, block, tower, circle, halves, facing, work, crowd, character, placing, placing, pairs]
CLAUSES: list[int] = []


# Registers: (how the clauses are put together, the words they bring).


def cap(text: str) -> str:
    return text[0].upper() + text[1:]


def voicemail(texts: list[str]) -> tuple[str, list[str]]:
    body = "Hi, it's me, about the picture: " + "; ".join(texts[:-1]) + f"; and {texts[-1]}"
    return body + ". Anyway, call me back.", ["call"]


def commentary(texts: list[str]) -> tuple[str, list[str]]:
    body = "And here we are, folks: " + ", and ".join(texts)
    return body + "!", ["folks"]


def question(texts: list[str]) -> tuple[str, list[str]]:
    body = "Q: What's in the picture? A: " + cap("; ".join(texts[:-1]) + f"; and {texts[-1]}")
    return body + ".", ["picture"]


def memory(texts: list[str]) -> tuple[str, list[str]]:
    body = f"When I was little, there was {texts[0]}"
    for t in texts[1:]:
        body += f", and {t}"
    return body + ".", ["little"]


def clue(texts: list[str]) -> tuple[str, list[str]]:
    body = f"Clue sheet: find {texts[0]}"
    for t in texts[1:]:
        body += f"; then find {t}"
    return body + ".", ["clue", "sheet"]


def exercise(texts: list[str]) -> tuple[str, list[str]]:
    body = f"Exercise {rng.randint(2, 9)}: draw {texts[0]}"
    for t in texts[1:]:
        body += f"; also draw {t}"
    return body + ".", ["exercise"]


def method(texts: list[str]) -> tuple[str, list[str]]:
    body = f"Method: first, {texts[0]}"
    for t in texts[1:-1]:
        body += f"; next, {t}"
    return body + f"; finally, {texts[-1]}.", ["method"]


def note(texts: list[str]) -> tuple[str, list[str]]:
    return "Note to self: " + "; ".join(texts) + ".", ["note", "self"]


def social(texts: list[str]) -> tuple[str, list[str]]:
    tag, words = rng.choice(TAGS)
    return cap(", ".join(texts)) + f" {tag}", words


def pov(texts: list[str]) -> tuple[str, list[str]]:
    body = "POV: you're looking at " + "; ".join(texts[:-1]) + f"; and {texts[-1]}"
    return body + ".", ["pov"]


def guide(texts: list[str]) -> tuple[str, list[str]]:
    body = "Ladies and gentlemen, on this stop you can see " + "; ".join(texts[:-1]) + f"; and {texts[-1]}"
    return body + ".", ["ladies", "gentlemen", "stop"]


REGISTERS = [voicemail, commentary, question, memory, clue, exercise, method, note, social, pov, guide]
TRAILING = {voicemail, social, commentary}  # registers whose last words must stay last


def describe(index: int) -> dict | None:
    d = Draft("in" if rng.random() < 0.5 else "out")
    chosen = rng.sample(KINDS, rng.choice([3, 4, 4, 5, 5, 6]))
    try:
        for clause in chosen:
            clause(d)
    except Redraw:
        return None
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
    clauses = list(d.clauses)
    clauses[-1] = clauses[-1] + ", " + ", ".join(tail) + f", in the style of {style}"
    register = REGISTERS[index % len(REGISTERS)]
    text, register_words = register(clauses)
    d.truth["forbidden"] += register_words
    CLAUSES.append(len(d.clauses))
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
                   "heldout9", ME):
        files += list((HERE / folder).glob("*.jsonl"))
    return [f for f in files if f != OUT]


def other_prompts() -> list[str]:
    return [words(json.loads(line)["prompt"]) for path in other_sets() for line in path.read_text().splitlines()
            if line.strip()]


def other_nouns() -> set[str]:
    nouns = set()
    for path in other_sets():
        if ME in path.parts or path.stem == ME:
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
    print(f"{len(rows)} tenth held-out scenes -> {OUT.relative_to(HERE.parent.parent)} "
          f"({min(lengths)}-{max(lengths)} words; {len(new)} of {len(primary)} primary nouns in no other set)")


if __name__ == "__main__":
    main()
