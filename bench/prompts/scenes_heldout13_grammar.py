"""Writes the THIRTEENTH held-out scene descriptions (bench/prompts/scenes/heldout13.jsonl).

    .venv/bin/python bench/prompts/scenes_heldout13_grammar.py

Why a thirteenth held-out set: the twelfth one (bench/prompts/scenes/heldout12.jsonl) was run once
fresh (at ab6260a) and the next session reads it while building. This one was written without
reading the implementation, its tests or its documentation (only bench/scenes.py,
bench/layout.py, bench/layout_selfcheck.py, the README's bench section and the existing prompt
sets and grammars, so as to differ from them), and is meant to be run once, with
``--failures 0``:

- each description has three to six content clauses, drawn from clause kinds worded unlike any
  other set's: shells or baubles "arranged end to end along the top of" a kitchen unit or a cake
  stall (a row, each on it), black cabs or punts "strung out in a line across the whole picture,
  left edge to right edge", windsor chairs or straw bales as "a block, R rows deep with C in
  each row" or "drawn up C abreast in R rows", packing boxes or dinner plates "in a teetering
  pile, one atop the next", bell ringers "forming a circle round" a village sign or goslings
  round a feed trough, two big things "on the left-hand side of everything, as seen by us" and
  "on the right-hand side", members by position ("gazing at one another", "the end ones with
  their backs to us, the middle one looking our way", "the first two looking right and the last
  two looking left, counting from the left", "the left one looking at us and the right one
  looking off to the left"), a named person "clambered up on top of" a straw bale or "crouched
  down beneath" a raffle table, "working from left to right as we see them: X, Y, Z", "X
  flanked by Y on one side and Z on the other", "X tucked behind Y, only a glimpse showing",
  "two Xs, one placed some way back from the other", verbs with counts on both sides
  ("lugging", "varnishing", "bandaging", "pruning"), crowds "ambling around aimlessly";
- the register changes from prompt to prompt: a kitchen-appliance instruction leaflet ("Fig. 4
  (model KB-250): the illustration shows ... Keep these instructions for future reference."), a
  primary-school nature-table label, a tabletop game master ("Area 17. You step forward and look.
  You see ...; ... What do you do?"), a bird-watching club newsletter, a parent with a toddler and
  a picture book, a text from a removal company, a lower-case zine caption with double colons, a
  telegram in capitals ("... STOP ... STOP"), an advent calendar door and a fortune teller;
  labels carry numbers that are not counts; the style comes last, "rendered as ...";
- each noun says where it may stand (indoors only, out of doors only, or either: a description
  mixing the first two is drawn again) and each clause which views keep its meaning; the place
  and the view are drawn to fit;
- settings, views, light, style, register and manner words are forbidden as object names in
  the truth (a fortune teller's crystal names no crystal, a leaflet's figure no figure);
- the vocabulary is everyday: a farmhouse kitchen, a pub back room, a hospital waiting room, a
  department store, a canal towpath, a nature reserve, a farm park, a seaside promenade; common
  nouns, most of which no other set uses (counted and printed when run); names of people are
  ordinary ones;
- no description equals or contains any other set's prompt (checked).

Nothing outside bench/prompts may import this file, name it, or quote its prompts. Truth keys
as in bench/prompts/scenes_dev.py. Deterministic (seed 40483).
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

rng = random.Random(40483)
HERE = Path(__file__).resolve().parent
OUT = HERE / "scenes" / "heldout13.jsonl"
ME = "heldout13"
SCENES = 48
VIEW_NAMES = ("top", "wide", "low", "front", "back", "left", "right")

# noun -> truth spec (names a reader would accept for it)
LEDGES = {"kitchen unit": "kitchen unit|unit|cupboard", "worktop": "worktop|counter", "harmonium": "harmonium|organ",
          "linen chest": "linen chest|chest", "cake stall": "cake stall|stall", "book stall": "book stall|stall",
          "jam stall": "jam stall|stall", "oak table": "oak table|table"}
ORNAMENTS = {"pine cone": "pine cone|cone", "snail shell": "snail shell|shell", "cockle shell": "cockle shell|shell",
             "fossil": "fossil", "pudding bowl": "pudding bowl|bowl", "sippy cup": "sippy cup|cup",
             "bauble": "bauble", "birthday candle": "birthday candle|candle", "kitchen clock": "kitchen clock|clock",
             "mustard pot": "mustard pot|pot", "honey pot": "honey pot|pot", "glue pot": "glue pot|pot"}
LINERS = {"black cab": "black cab|cab|taxi", "luton van": "luton van|van", "police van": "police van|van",
          "patrol car": "patrol car|car", "vintage car": "vintage car|car", "motor scooter": "motor scooter|scooter",
          "cargo bike": "cargo bike|bike|bicycle", "punt": "punt|boat", "pedal boat": "pedal boat|boat",
          "trike": "trike|tricycle"}
GRIDS = {"windsor chair": "windsor chair|chair", "cafe chair": "cafe chair|chair",
         "plastic chair": "plastic chair|chair", "packing box": "packing box|box",
         "wooden barrel": "wooden barrel|barrel",
         "straw bale": "straw bale|bale", "church pew": "church pew|pew|bench",
         "gooseberry bush": "gooseberry bush|bush"}
PILES = {"packing box": "packing box|box", "wardrobe box": "wardrobe box|box", "dinner plate": "dinner plate|plate",
         "pudding bowl": "pudding bowl|bowl", "bread loaf": "bread loaf|loaf", "christmas cake": "christmas cake|cake",
         "muffin tin": "muffin tin|tin"}
HUBS = {"village sign": "village sign|sign", "skip": "skip", "standing stone": "standing stone|stone",
        "brazier": "brazier|fire", "wishing well": "wishing well|well", "christmas tree": "christmas tree|tree",
        "feed trough": "feed trough|trough", "oak table": "oak table|table", "raffle table": "raffle table|table"}
PEOPLE = {"bell ringer": "bell ringer|ringer", "choirgirl": "choirgirl|girl",
          "trick-or-treater": "trick-or-treater|child",
          "party guest": "party guest|guest", "fruit picker": "fruit picker|picker",
          "twitcher": "twitcher|birdwatcher|birder", "barmaid": "barmaid", "market trader": "market trader|trader",
          "removal man": "removal man|remover|man", "handyman": "handyman", "tree surgeon": "tree surgeon|surgeon",
          "school nurse": "school nurse|nurse", "forest ranger": "forest ranger|ranger", "innkeeper": "innkeeper"}
RING_PEOPLE = ("bell ringer", "choirgirl", "trick-or-treater", "party guest", "fruit picker", "twitcher")
FARM = {"gosling": "gosling|goose", "nanny goat": "nanny goat|goat", "pit pony": "pit pony|pony",
        "carthorse": "carthorse|horse", "ewe lamb": "ewe lamb|lamb|sheep"}
CHAIRS = {"windsor chair": "windsor chair|chair", "ladder-back chair": "ladder-back chair|chair",
          "carver chair": "carver chair|chair", "high stool": "high stool|stool"}
BIGS = {"church tower": "church tower|tower", "watermill": "watermill|mill",
        "railway station": "railway station|station",
        "sightseeing bus": "sightseeing bus|bus", "goods train": "goods train|train", "cedar tree": "cedar tree|tree",
        "boat shed": "boat shed|shed", "bowls pavilion": "bowls pavilion|pavilion",
        "four-poster bed": "four-poster bed|bed",
        "upright freezer": "upright freezer|freezer", "washer dryer": "washer dryer|washing machine|dryer",
        "harmonium": "harmonium|organ"}
TURNERS = {"pit pony": "pit pony|pony", "st bernard": "st bernard|dog", "lurcher": "lurcher|dog",
           "red deer": "red deer|deer", "carthorse": "carthorse|horse", "twitcher": "twitcher|birdwatcher|birder",
           "barmaid": "barmaid", "market trader": "market trader|trader", "school nurse": "school nurse|nurse",
           "forest ranger": "forest ranger|ranger"}
ANIMAL_TURNERS = {"pit pony", "st bernard", "lurcher", "red deer", "carthorse"}
WORKERS = {"removal man": "boxes", "market trader": "bread", "tree surgeon": "bushes", "school nurse": "children",
           "handyman": "seats", "fruit picker": "baskets"}
GOODS = {"boxes": ({"packing box": "packing box|box", "wardrobe box": "wardrobe box|box"},
                   ["lugging", "taping up"]),
         "bread": ({"bread loaf": "bread loaf|loaf", "christmas cake": "christmas cake|cake"},
                   ["bagging up", "setting out"]),
         "bushes": ({"gooseberry bush": "gooseberry bush|bush", "laurel bush": "laurel bush|bush"},
                    ["pruning", "trimming back"]),
         "children": ({"choirgirl": "choirgirl|girl", "trick-or-treater": "trick-or-treater|child"},
                      ["bandaging", "patching up"]),
         "seats": ({"windsor chair": "windsor chair|chair", "church pew": "church pew|pew|bench"},
                   ["varnishing", "mending"]),
         "baskets": ({"shopping basket": "shopping basket|basket", "wooden barrel": "wooden barrel|barrel"},
                     ["loading up", "emptying"])}
NAMES = {"Nan Peggy": "nan peggy|peggy", "Uncle Clive": "uncle clive|clive", "Mrs Achebe": "mrs achebe|achebe",
         "Grandad Reg": "grandad reg|reg", "Cousin Maureen": "cousin maureen|maureen",
         "Big Terry": "big terry|terry", "Doctor Hughes": "doctor hughes|hughes", "Auntie Pam": "auntie pam|pam"}
SEATS = {"upright freezer": "upright freezer|freezer", "washer dryer": "washer dryer|washing machine|dryer",
         "linen chest": "linen chest|chest", "straw bale": "straw bale|bale", "wooden barrel": "wooden barrel|barrel",
         "kitchen unit": "kitchen unit|unit|cupboard", "skip": "skip"}
ROOFS = {"oak table": "oak table|table", "raffle table": "raffle table|table", "cake stall": "cake stall|stall",
         "jam stall": "jam stall|stall", "changing table": "changing table|table",
         "four-poster bed": "four-poster bed|bed", "church pew": "church pew|pew|bench",
         "trestle table": "trestle table|table"}
FRONTS = {"bowls pavilion": "bowls pavilion|pavilion", "scout hut": "scout hut|hut", "tea hut": "tea hut|hut",
          "ice cream kiosk": "ice cream kiosk|kiosk", "railway station": "railway station|station",
          "luton van": "luton van|van", "upright freezer": "upright freezer|freezer", "harmonium": "harmonium|organ",
          "aga": "aga|cooker|stove"}
PROPS = {"village sign": "village sign|sign", "clothes horse": "clothes horse|airer", "hoover": "hoover|vacuum cleaner",
         "electric fan": "electric fan|fan", "heater": "heater", "rake": "rake", "garden fork": "garden fork|fork",
         "bus stop": "bus stop|stop", "hall stand": "hall stand|coat stand|stand"}
LURKERS = {"red squirrel": "red squirrel|squirrel", "stoat": "stoat", "nanny goat": "nanny goat|goat",
           "jack russell": "jack russell|dog|terrier", "little brother": "little brother|brother|boy",
           "stepdaughter": "stepdaughter|girl", "half-brother": "half-brother|brother"}
BLOCKERS = {"luton van": "luton van|van", "transit van": "transit van|van", "petrol tanker": "petrol tanker|tanker",
            "portakabin": "portakabin|cabin", "allotment shed": "allotment shed|shed", "box hedge": "box hedge|hedge",
            "laurel bush": "laurel bush|bush", "upright freezer": "upright freezer|freezer",
            "washer dryer": "washer dryer|washing machine|dryer", "harmonium": "harmonium|organ"}
UNDER_PETS = {"tortoiseshell cat": "tortoiseshell cat|cat", "tabby kitten": "tabby kitten|kitten|cat",
              "westie": "westie|dog|terrier", "french bulldog": "french bulldog|bulldog|dog",
              "lop-eared rabbit": "lop-eared rabbit|rabbit", "field mouse": "field mouse|mouse",
              "dormouse": "dormouse|mouse"}
BITS = {"packing box": "packing box|box", "linen basket": "linen basket|basket", "potty": "potty",
        "nappy bucket": "nappy bucket|bucket", "car seat": "car seat|seat", "changing bag": "changing bag|bag",
        "carrier bag": "carrier bag|bag", "hoover": "hoover|vacuum cleaner",
        "electric kettle": "electric kettle|kettle",
        "kitchen scales": "kitchen scales|scales", "salad spinner": "salad spinner|spinner",
        "hot water bottle": "hot water bottle|bottle", "crystal ball": "crystal ball|ball",
        "polaroid camera": "polaroid camera|camera"}
OUTDOOR_ONLY = {"cake stall", "book stall", "jam stall", "black cab", "luton van", "police van", "patrol car",
                "vintage car", "motor scooter", "cargo bike", "punt", "pedal boat", "trike", "straw bale",
                "gooseberry bush", "village sign", "skip", "standing stone", "brazier", "wishing well", "feed trough",
                "gosling", "nanny goat", "pit pony", "carthorse", "ewe lamb", "church tower", "watermill",
                "railway station", "sightseeing bus", "goods train", "cedar tree", "boat shed", "bowls pavilion",
                "red deer", "fruit picker", "twitcher", "tree surgeon", "forest ranger", "scout hut", "tea hut",
                "ice cream kiosk", "rake", "garden fork", "bus stop", "red squirrel", "stoat", "transit van",
                "petrol tanker", "portakabin", "allotment shed", "box hedge", "laurel bush", "lurcher"}
INDOOR_ONLY = {"kitchen unit", "worktop", "harmonium", "linen chest", "kitchen clock", "sippy cup", "windsor chair",
               "church pew", "oak table", "raffle table", "ladder-back chair", "carver chair", "high stool",
               "four-poster bed", "upright freezer", "washer dryer", "changing table", "aga", "hoover",
               "electric fan", "heater", "hall stand", "tortoiseshell cat", "tabby kitten", "field mouse", "dormouse",
               "electric kettle", "kitchen scales", "salad spinner", "hot water bottle", "crystal ball", "barmaid",
               "innkeeper", "school nurse", "potty", "nappy bucket", "linen basket", "christmas cake",
               "birthday candle",
               "trestle table"}
MANNERS = [("briskly", ["briskly"]), ("without a word", ["word"]), ("grumbling", ["grumbling"]),
           ("very carefully", ["carefully"])]
INDOOR_PLACES = [("in a farmhouse kitchen", ["farmhouse", "kitchen"]), ("in a pub back room", ["pub", "back", "room"]),
                 ("in a hospital waiting room", ["hospital", "waiting", "room"]),
                 ("in a department store", ["department", "store"])]
OUTDOOR_PLACES = [("along a canal towpath", ["canal", "towpath"]), ("at a nature reserve", ["nature", "reserve"]),
                  ("at a farm park", ["farm", "park"]), ("on a seaside promenade", ["seaside", "promenade"])]
STYLES = [("a biro sketch", ["biro", "sketch"]), ("a woodcut", ["woodcut"]),
          ("a needle-felt diorama", ["needle", "felt", "diorama"]), ("a gouache painting", ["gouache", "painting"]),
          ("a tapestry", ["tapestry"]), ("a screen print", ["screen", "print"])]
LIGHTS = [("in watery winter sun", ["watery", "winter", "sun"]), ("under heavy cloud", ["heavy", "cloud"]),
          ("by candlelight", ["candlelight"]), ("in a fine mist", ["fine", "mist"])]
OUTDOOR_LIGHTS = ("in a fine mist", "under heavy cloud")
INDOOR_LIGHTS = ("by candlelight",)
VIEWS = {"top": [("looked down on from straight overhead", ["overhead", "straight"]),
                 ("as if from a kite hovering right above", ["kite", "hovering", "above"])],
         "wide": [("from far, far away, everything tiny", ["far", "away", "everything", "tiny"]),
                  ("in a sweeping long view", ["sweeping", "long", "view"])],
         "low": [("from down at floor level, gazing upwards", ["floor", "level", "gazing"]),
                 ("from knee height, angled upwards", ["knee", "height", "angled"])],
         "front": [("straight on from the front, at shoulder height", ["front", "shoulder", "height"])],
         "back": [("from behind the whole lot, looking in", ["behind", "lot", "looking"])],
         "left": [("from off to the left of everything, looking along it", ["left", "everything", "looking"])],
         "right": [("from off to the right of everything, looking along it", ["right", "everything", "looking"])]}
NUMBER = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight", 9: "nine",
          10: "ten", 11: "eleven", 12: "twelve", 14: "fourteen", 15: "fifteen", 16: "sixteen", 18: "eighteen",
          20: "twenty"}
IRREGULAR = {"removal man": "removal men", "handyman": "handymen", "field mouse": "field mice", "dormouse": "dormice",
             "red deer": "red deer", "bread loaf": "bread loaves", "gooseberry bush": "gooseberry bushes",
             "laurel bush": "laurel bushes", "trick-or-treater": "trick-or-treaters", "st bernard": "st bernards",
             "choirgirl": "choirgirls", "box hedge": "box hedges", "ewe lamb": "ewe lambs",
             "trike": "trikes", "church pew": "church pews"}


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
        self.taken: list[str] = []  # specs drawn, counted or not yet
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
        self.taken.append(pool[noun])
        return noun, pool[noun]

    def clash(self, spec: str) -> bool:
        """A spec sharing a name or a word with one already drawn would make counts ambiguous."""
        mine = set(spec.split("|"))
        words = {w for n in mine for w in n.split()}
        return any(mine & set(s.split("|")) or words & {w for n in s.split("|") for w in n.split()}
                   for s in [*self.truth["objects"], *self.taken])

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



def counter_row(d: Draft) -> None:
    c, c_spec = d.take(LEDGES)
    t, t_spec = d.take(ORNAMENTS)
    n = rng.choice([3, 4, 5, 6])
    d.say(rng.choice([f"{d.many(n, t)} arranged end to end along the top of the {c}",
                      f"the {c} with {d.many(n, t)} placed along it, evenly spaced, in one line"]))
    d.count(c_spec, 1)
    d.count(t_spec, n)
    d.add("arrangements", (t_spec, "row"))
    d.add("relations", (t_spec, "on_top_of", c_spec))
    d.forbid("top", "wide", *SIDEWAYS)  # small things: not from far off


def bumper(d: Draft) -> None:
    a, spec = d.take(LINERS)
    n = rng.choice([3, 4, 5])
    d.say(rng.choice([f"{d.many(n, a)} strung out in a line across the whole picture, left edge to right edge",
                      f"{d.many(n, a)} waiting in one long line that runs straight across the picture"]))
    d.count(spec, n)
    d.add("arrangements", (spec, "row"))
    d.forbid(*SIDEWAYS)


def ranks(d: Draft) -> None:
    a, spec = d.take(GRIDS)
    r, c = rng.choice([(2, 3), (3, 3), (2, 4), (3, 4), (4, 2), (2, 5)])
    d.say(rng.choice([f"a block of {plural(a)}, {NUMBER[r]} rows deep with {NUMBER[c]} in each row",
                      f"{d.many(r * c, a)} drawn up {NUMBER[c]} abreast in {NUMBER[r]} rows"]))
    d.truth["forbidden"] += ["block"]
    d.count(spec, r * c)
    d.add("arrangements", (spec, "grid", r, c))


def pancakes(d: Draft) -> None:
    a, spec = d.take(PILES)
    n = rng.choice([3, 4, 5])
    d.say(rng.choice([f"{d.many(n, a)} in a teetering pile, one atop the next",
                      f"{d.many(n, a)} stacked into a single pile, from the floor upwards"]))
    d.truth["forbidden"] += ["pile", "floor"]
    d.count(spec, n)
    d.add("arrangements", (spec, "stack"))
    d.forbid("top")


def gathering(d: Draft) -> None:
    c, c_spec = d.take(HUBS)
    if c == "feed trough":
        a, a_spec = d.take(FARM)
    elif c in ("oak table", "raffle table"):
        a, a_spec = d.take(CHAIRS) if c == "oak table" else d.take({k: PEOPLE[k] for k in RING_PEOPLE})
    else:
        a, a_spec = d.take({k: PEOPLE[k] for k in RING_PEOPLE})
    n = rng.choice([4, 5, 6, 7])
    if c == "oak table":
        text = f"{d.many(n, a)} spaced all round the {c}"
    elif c == "feed trough":
        text = f"{d.many(n, a)} forming a circle round the {c}, heads down"
    else:
        text = rng.choice([f"{d.many(n, a)} forming a circle round the {c}",
                           f"the {c} with {d.many(n, a)} spaced round it in a circle"])
    d.say(text)
    d.truth["forbidden"] += ["heads", "head", "circle"]
    d.count(c_spec, 1)
    d.count(a_spec, n)
    d.add("relations", (a_spec, "around", c_spec))


def halves(d: Draft) -> None:
    a, a_spec = d.take(BIGS)
    b, b_spec = d.take(BIGS)
    d.say(rng.choice([(f"{an(a)} on the left-hand side of everything, as seen by us, and {an(b)} on the "
                       f"right-hand side"),
                      f"{an(a)} looming at the left and {an(b)} looming at the right, from where we stand"]))
    d.count(a_spec, 1)
    d.count(b_spec, 1)
    d.add("sides", (a_spec, "left"), (b_spec, "right"))
    d.forbid("back", *SIDEWAYS)


def turning(d: Draft) -> None:
    a, spec = d.take(TURNERS)
    way = rng.choice(["gazing", "ends", "pairs", "mixed"])
    if way == "gazing":
        d.say(f"two {plural(a)} gazing at one another, the left one facing right and the right one facing left")
        d.add("facing", (spec, ["right", "left"]))
        d.count(spec, 2)
    elif way == "ends":
        d.say(f"three {plural(a)} abreast, the end ones with their backs to us, the middle one looking our way")
        d.add("facing", (spec, ["away", "camera", "away"]))
        d.count(spec, 3)
    elif way == "pairs":
        d.say(f"four {plural(a)} in a row, the first two looking right and the last two looking left, counting "
              f"from the left")
        d.add("facing", (spec, ["right", "right", "left", "left"]))
        d.count(spec, 4)
    else:
        d.say(f"two {plural(a)} side by side, the left one looking at us and the right one looking off to the left")
        d.add("facing", (spec, ["camera", "left"]))
        d.count(spec, 2)
    d.truth["forbidden"] += ["backs", "way"]
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


def strolling(d: Draft) -> None:
    pool = {**{k: PEOPLE[k] for k in RING_PEOPLE}, **FARM}
    a, spec = d.take(pool)
    n = rng.choice([6, 7, 8, 9, 10, 12])
    d.say(rng.choice([f"{d.many(n, a)} ambling around aimlessly",
                      f"{d.many(n, a)} wandering hither and thither, nobody in step"]))
    d.truth["forbidden"] += ["step", "nobody"]
    d.count(spec, n)


def named(d: Draft) -> None:
    name = rng.choice([n for n in NAMES if n not in d.used])
    d.used.add(name)
    kind = rng.choice(["on", "under", "before", "by"])
    if kind == "on":
        b, b_spec = d.take(SEATS)
        d.say(rng.choice([f"{name} clambered up on top of {an(b)}",
                          f"{name} sitting astride the top of {an(b)}, feet swinging"]))
        d.truth["forbidden"] += ["feet", "foot"]
        d.add("relations", (NAMES[name], "on_top_of", b_spec))
        d.forbid("low")
    elif kind == "under":
        b, b_spec = d.take(ROOFS)
        d.say(rng.choice([f"{name} crouched down beneath {an(b)}", f"{name} hiding away under {an(b)}"]))
        d.add("relations", (NAMES[name], "under", b_spec))
        d.forbid("top")
    elif kind == "before":
        b, b_spec = d.take(FRONTS)
        d.say(rng.choice([f"{name} posing right in front of {an(b)}",
                          f"{name} standing between us and {an(b)}, closer to us than it"]))
        d.add("relations", (NAMES[name], "in_front_of", b_spec))
        d.forbid("top", "back", *SIDEWAYS)
    else:
        b, b_spec = d.take(PROPS)
        d.say(rng.choice([f"{name} hovering next to {an(b)}", f"{name} hanging about close to {an(b)}"]))
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
        d.say(rng.choice([f"{an(a)} napping beneath {an(b)}", f"{an(a)} having a snooze under {an(b)}"]))
        d.truth["forbidden"] += ["snooze"]
        d.add("relations", (a_spec, "under", b_spec))
        d.forbid("top")
    elif kind == "hidden":
        a, a_spec = d.take(LURKERS)
        b, b_spec = d.take(BLOCKERS)
        d.say(rng.choice([f"{an(a)} tucked behind {an(b)}, only a glimpse showing",
                          f"{an(a)} all but out of view behind {an(b)}"]))
        d.truth["forbidden"] += ["glimpse", "view"]
        d.add("relations", (a_spec, "hidden_by", b_spec))
        d.forbid("top", "back", *SIDEWAYS)
    elif kind == "order":
        (a, a_spec), (b, b_spec), (c, c_spec) = (d.take(BITS) for _ in range(3))
        d.say(rng.choice([f"working from left to right as we see them: {an(a)}, {an(b)}, {an(c)}",
                          f"{an(a)} first on our left, {an(b)} next along and {an(c)} last on our right"]))
        d.count(c_spec, 1)
        d.add("relations", (a_spec, "left_of", b_spec), (b_spec, "left_of", c_spec))
        d.forbid("back", "wide", *SIDEWAYS)
    else:
        (a, a_spec), (b, b_spec), (c, c_spec) = (d.take(BITS) for _ in range(3))
        d.say(rng.choice([f"{an(a)} flanked by {an(b)} on one side and {an(c)} on the other",
                          f"{an(a)} with {an(b)} to one side of it and {an(c)} to the other"]))
        d.count(c_spec, 1)
        d.add("relations", (a_spec, "between", b_spec, c_spec))
        d.forbid("back", "wide", *SIDEWAYS)
    d.count(a_spec, 1)
    d.count(b_spec, 1)


def twins(d: Draft) -> None:
    if rng.random() < 0.5:
        a, spec = d.take(BITS)
        if rng.random() < 0.5:
            d.say(f"two {plural(a)}, one placed some way back from the other")
            d.add("relations", (spec, "behind", spec))
        else:
            d.say(f"two {plural(a)}, one set forward of the other, nearer to us")
            d.add("relations", (spec, "in_front_of", spec))
        d.forbid("top", "back", "wide", *SIDEWAYS)
    else:
        a, spec = d.take({k: v for k, v in PILES.items() if k not in ("christmas cake", "bread loaf")})
        d.say(rng.choice([f"two {plural(a)}, the one balanced upon the other",
                          f"{an(a)} with another {a} resting on top of it"]))
        d.add("relations", (spec, "on_top_of", spec))
        d.forbid("top")
    d.count(spec, 2)


KINDS = [counter_row, bumper, ranks, pancakes, gathering, halves, turning, work, strolling, named, placing,
         placing, twins]
CLAUSES: list[int] = []


# Registers: (how the clauses are put together, the words they bring).


def cap(text: str) -> str:
    return text[0].upper() + text[1:]


def leaflet(texts: list[str]) -> tuple[str, list[str]]:
    code = f"{rng.choice(['KB', 'TX', 'HM', 'DF'])}-{rng.randint(10, 99) * 10}"
    body = f"Fig. {rng.randint(2, 60)} (model {code}): the illustration shows " + "; ".join(texts)
    return body + ". Keep these instructions for future reference.", ["fig", "model", "illustration", "instructions",
                                                                       "reference", "future"]


def nature(texts: list[str]) -> tuple[str, list[str]]:
    body = f"Class {rng.randint(1, 6)}'s painting for the nature table: we did " + ", and ".join(texts)
    return body + ". Please do not touch!", ["class", "painting", "nature", "table", "touch"]


def game_master(texts: list[str]) -> tuple[str, list[str]]:
    body = f"Area {rng.randint(2, 60)}. You step forward and look. You see " + "; ".join(texts)
    return body + ". What do you do?", ["area", "step"]


def newsletter(texts: list[str]) -> tuple[str, list[str]]:
    body = f"Newsletter no. {rng.randint(20, 140)}, from the hide: members reported " + "; also ".join(texts)
    return body + ". Next meeting Tuesday.", ["newsletter", "hide", "members", "meeting", "tuesday"]


def toddler(texts: list[str]) -> tuple[str, list[str]]:
    pet = rng.choice(["poppet", "sweetheart", "little one", "chicken"])
    body = f"Look at this page, {pet}! See? " + "! And see? ".join(cap(t) for t in texts)
    return body + "! Clever girl!", ["page", pet.split()[-1], "girl"]


def removals(texts: list[str]) -> tuple[str, list[str]]:
    body = f"Hi, it's the removals lot re job {rng.randint(1000, 9999)}: all done. In the pic you'll see " + \
        ", ".join(texts)
    return body + ". Cheers.", ["removals", "lot", "job", "pic"]


def zine(texts: list[str]) -> tuple[str, list[str]]:
    head = f"zine #{rng.randint(2, 30)}, p.{rng.randint(2, 40)} :: "
    return head + " :: ".join(texts) + " :: photocopied", ["zine", "p", "photocopied"]


def telegram(texts: list[str]) -> tuple[str, list[str]]:
    return " STOP ".join(t.upper() for t in texts) + " STOP", ["stop"]


def advent(texts: list[str]) -> tuple[str, list[str]]:
    body = f"Door {rng.randint(1, 24)}: behind it, " + ", with ".join(texts)
    return body + ". Happy December!", ["door", "december"]


def fortune(texts: list[str]) -> tuple[str, list[str]]:
    body = "I see it now, my dear, in the crystal: " + "... and ".join(texts)
    return body + ". The spirits have spoken.", ["crystal", "spirits", "dear"]


REGISTERS = [leaflet, nature, game_master, newsletter, toddler, removals, zine, telegram, advent, fortune]


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
    d.truth["forbidden"] += words
    clauses = list(d.clauses)
    clauses[-1] = clauses[-1] + ", " + ", ".join(tail) + f", rendered as {style}"
    d.truth["forbidden"] += ["rendered"]
    register = REGISTERS[index % len(REGISTERS)]
    text, register_words = register(clauses)
    d.truth["forbidden"] += register_words
    CLAUSES.append(len(d.clauses))
    if register not in (zine, telegram):
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
                   "heldout9", "heldout10", "heldout11", "heldout12", ME):
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
    print(f"{len(rows)} thirteenth held-out scenes -> {OUT.relative_to(HERE.parent.parent)} "
          f"({min(lengths)}-{max(lengths)} words; {len(new)} of {len(primary)} primary nouns in no other set)")


if __name__ == "__main__":
    main()
