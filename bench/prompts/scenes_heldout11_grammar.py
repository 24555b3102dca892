"""Writes the ELEVENTH held-out scene descriptions (bench/prompts/scenes/heldout11.jsonl).

    .venv/bin/python bench/prompts/scenes_heldout11_grammar.py

Why an eleventh held-out set: the tenth one (bench/prompts/scenes/heldout10.jsonl) was run once
fresh and then read while building (session 2026-12-07 second). This one was written without
reading the implementation, its tests or its documentation (only bench/scenes.py, bench/layout.py,
bench/layout_selfcheck.py and the existing prompt sets and grammars, so as to differ from them),
and is meant to be run once, with ``--failures 0``:

- each description has three to six content clauses, drawn from clause kinds worded unlike any
  other set's: bells or jars "lined up shoulder to shoulder along" a shop counter or a workbench
  (a row, each on it), tractors or go-karts "nose to tail from one side of the picture to the
  other", school desks or beehives "laid out classroom-style, R rows with C in each", tyres or
  hat boxes "heaped one on another into a wobbly tower", campers "sitting cross-legged round"
  a campfire or hens round a water trough, two big things "taking up the left half of the
  frame" and "the right half", members by position ("two Xs nose to nose", "back to back",
  "all looking right except the middle one, which looks at us", "the first two facing away and
  the rest facing us"), a named person "sat up on" a hay bale or "crawling about under" a
  kitchen table, "from left to right: X, Y and Z", "X wedged in between Y and Z", "X skulking
  behind Y, which hides most of it", "two Xs, one a few steps behind the other", verbs with
  counts on both sides ("hauling", "herding", "juggling"), crowds "milling about every which
  way";
- the register changes from prompt to prompt: a first post on a hobby forum, a chat message to
  a commissioned artist in lower case, a storyboard panel, an auction catalogue lot, a small
  child's writing, stiff translated English, voice dictation with no punctuation, a naturalist's
  field log, a game level designer's note and accessibility alt text; labels carry numbers that
  are not counts; the style comes last, "done as ...";
- each noun says where it may stand (indoors only, out of doors only, or either: a description
  mixing the first two is drawn again) and each clause which views keep its meaning; the place
  and the view are drawn to fit;
- settings, views, light, style, register and manner words are forbidden as object names in
  the truth (a drone shot names no drone, a worm's-eye view no worm);
- the vocabulary is everyday: a smallholding, allotments, a farmyard, a school hall, a woodwork
  room, a sports hall, a farm shop, a canal towpath; common nouns, many of which no other set
  uses (counted and printed when run); names of people are ordinary ones;
- no description equals or contains any other set's prompt (checked).

Nothing outside bench/prompts may import this file, name it, or quote its prompts. Truth keys
as in bench/prompts/scenes_dev.py. Deterministic (seed 31877).
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

rng = random.Random(31877)
HERE = Path(__file__).resolve().parent
OUT = HERE / "scenes" / "heldout11.jsonl"
ME = "heldout11"
SCENES = 48
VIEW_NAMES = ("top", "wide", "low", "front", "back", "left", "right")

# noun -> truth spec (names a reader would accept for it)
LEDGES = {"shop counter": "shop counter|counter", "workbench": "workbench|work bench|bench",
          "trestle table": "trestle table|table", "display cabinet": "display cabinet|cabinet",
          "market stall": "market stall|stall"}
ORNAMENTS = {"hand bell": "hand bell|handbell|bell", "cowbell": "cowbell|bell", "seed tray": "seed tray|tray",
             "bento box": "bento box|box", "milk bottle": "milk bottle|bottle", "pickle jar": "pickle jar|jar",
             "hurricane lamp": "hurricane lamp|lamp", "hymn book": "hymn book|hymnbook|book",
             "storm lantern": "storm lantern|lantern"}
LINERS = {"tractor": "tractor", "go-kart": "go-kart|go kart|kart", "milk float": "milk float|float",
          "scooter": "scooter", "golf buggy": "golf buggy|buggy|golf cart", "wheelie bin": "wheelie bin|bin",
          "beach hut": "beach hut|hut", "canoe": "canoe"}
GRIDS = {"school desk": "school desk|desk", "hay bale": "hay bale|bale", "beehive": "beehive|hive",
         "milk crate": "milk crate|crate", "school chair": "school chair|chair", "seed tray": "seed tray|tray"}
PILES = {"milk crate": "milk crate|crate", "tractor tyre": "tractor tyre|tyre|tire", "hay bale": "hay bale|bale",
         "hat box": "hat box|hatbox|box", "cement bag": "cement bag|bag", "pallet": "pallet",
         "gym mat": "gym mat|mat"}
HUBS = {"campfire": "campfire|camp fire|fire", "wishing well": "wishing well|well", "sandpit": "sandpit|sand pit",
        "water trough": "water trough|trough", "totem pole": "totem pole|pole",
        "Christmas tree": "christmas tree|tree", "kitchen table": "kitchen table|table"}
PEOPLE = {"pupil": "pupil|child", "camper": "camper", "nephew": "nephew|boy", "niece": "niece|girl",
          "juggler": "juggler", "busker": "busker", "farmer": "farmer", "beekeeper": "beekeeper",
          "greengrocer": "greengrocer|grocer", "shepherd": "shepherd", "caretaker": "caretaker", "nurse": "nurse",
          "postman": "postman", "jockey": "jockey"}
RING_PEOPLE = ("pupil", "camper", "nephew", "niece", "juggler", "busker")
FARM = {"hen": "hen|chicken", "goose": "goose", "goat": "goat", "piglet": "piglet|pig", "duckling": "duckling|duck"}
CHAIRS = {"school chair": "school chair|chair", "milking stool": "milking stool|stool",
          "piano stool": "piano stool|stool"}
BIGS = {"barn": "barn", "stable": "stable", "tram": "tram", "combine harvester": "combine harvester|harvester",
        "silo": "silo", "wind turbine": "wind turbine|turbine", "beech tree": "beech tree|beech|tree",
        "boathouse": "boathouse|boat house", "chest freezer": "chest freezer|freezer",
        "snooker table": "snooker table|table", "vending machine": "vending machine|machine",
        "display cabinet": "display cabinet|cabinet"}
TURNERS = {"sheepdog": "sheepdog|dog", "greyhound": "greyhound|dog", "goat": "goat", "donkey": "donkey",
           "alpaca": "alpaca", "farmer": "farmer", "nurse": "nurse", "postman": "postman", "jockey": "jockey"}
ANIMAL_TURNERS = {"sheepdog", "greyhound", "goat", "donkey", "alpaca"}
WORKERS = {"farmer": "sacks", "beekeeper": "hives", "greengrocer": "crates", "shepherd": "flock",
           "juggler": "pins", "caretaker": "chairs"}
GOODS = {"sacks": ({"feed sack": "feed sack|sack", "milk churn": "milk churn|churn"}, ["hauling", "unloading"]),
         "hives": ({"beehive": "beehive|hive"}, ["checking on", "tending"]),
         "crates": ({"crate": "crate|box", "fruit bowl": "fruit bowl|bowl"}, ["unpacking", "sorting through"]),
         "flock": ({"goat": "goat", "goose": "goose", "sheep": "sheep"}, ["herding", "rounding up"]),
         "pins": ({"bowling pin": "bowling pin|pin|skittle"}, ["juggling"]),
         "chairs": ({"school chair": "school chair|chair", "gym mat": "gym mat|mat"}, ["folding away", "carrying"])}
NAMES = {"Nan Doreen": "nan doreen|doreen", "Big Mick": "big mick|mick", "Aunty Sade": "aunty sade|sade",
         "Mr Hussain": "mr hussain|hussain", "Miss Kowalski": "miss kowalski|kowalski",
         "Baby Ruby": "baby ruby|ruby", "Old Tom": "old tom|tom", "Coach Petra": "coach petra|petra"}
SEATS = {"hay bale": "hay bale|bale", "tree stump": "tree stump|stump", "boulder": "boulder|rock",
         "chest freezer": "chest freezer|freezer", "snooker table": "snooker table|table",
         "wheelie bin": "wheelie bin|bin"}
ROOFS = {"kitchen table": "kitchen table|table", "trestle table": "trestle table|table",
         "market stall": "market stall|stall", "hay cart": "hay cart|cart", "picnic table": "picnic table|table",
         "snooker table": "snooker table|table"}
FRONTS = {"barn": "barn", "stable": "stable", "beach hut": "beach hut|hut", "post office": "post office|office",
          "tram": "tram", "minibus": "minibus|bus", "bandstand": "bandstand",
          "display cabinet": "display cabinet|cabinet", "vending machine": "vending machine|machine"}
PROPS = {"goalpost": "goalpost|goal post|goal", "post box": "post box|postbox|box", "bus stop": "bus stop|stop",
         "signpost": "signpost|sign post|sign", "bike rack": "bike rack|rack", "cash machine": "cash machine|machine",
         "vending machine": "vending machine|machine", "dartboard": "dartboard|board"}
LURKERS = {"fox": "fox", "badger": "badger", "sheepdog": "sheepdog|dog", "goat": "goat", "donkey": "donkey",
           "pupil": "pupil|child", "camper": "camper", "nephew": "nephew|boy"}
BLOCKERS = {"tractor": "tractor", "tram": "tram", "combine harvester": "combine harvester|harvester",
            "holly bush": "holly bush|bush", "hawthorn bush": "hawthorn bush|bush",
            "horse trailer": "horse trailer|trailer", "chest freezer": "chest freezer|freezer",
            "vending machine": "vending machine|machine", "beach hut": "beach hut|hut", "site hut": "site hut|hut"}
UNDER_PETS = {"corgi": "corgi|dog", "terrier": "terrier|dog", "tabby cat": "tabby cat|cat", "kitten": "kitten|cat",
              "hedgehog": "hedgehog", "hen": "hen|chicken", "piglet": "piglet|pig"}
BITS = {"tool chest": "tool chest|toolbox|chest", "hose reel": "hose reel|reel", "fire bucket": "fire bucket|bucket",
        "milk churn": "milk churn|churn", "crash helmet": "crash helmet|helmet",
        "medicine ball": "medicine ball|ball", "rugby ball": "rugby ball|ball", "typewriter": "typewriter",
        "gramophone": "gramophone", "toaster": "toaster", "globe": "globe", "tin bath": "tin bath|bath"}
OUTDOOR_ONLY = {"market stall", "tractor", "go-kart", "milk float", "scooter", "golf buggy", "wheelie bin",
                "beach hut", "canoe", "hay bale", "beehive", "tractor tyre", "campfire", "wishing well", "sandpit",
                "water trough", "totem pole", "hen", "goose", "goat", "piglet", "duckling", "barn", "stable", "tram",
                "combine harvester", "silo", "wind turbine", "beech tree", "boathouse", "sheepdog", "donkey",
                "alpaca", "farmer", "shepherd", "feed sack", "milk churn", "sheep", "tree stump", "boulder",
                "hay cart", "picnic table", "post office", "minibus", "bandstand", "goalpost", "post box",
                "bus stop", "signpost", "bike rack", "cash machine", "fox", "badger", "holly bush", "hawthorn bush",
                "horse trailer", "site hut", "hose reel", "camper", "jockey", "busker", "postman", "greyhound"}
INDOOR_ONLY = {"shop counter", "display cabinet", "hymn book", "school desk", "school chair", "gym mat",
               "hat box", "Christmas tree", "kitchen table", "piano stool", "chest freezer", "snooker table",
               "vending machine", "dartboard", "typewriter", "gramophone", "toaster", "globe", "tabby cat",
               "kitten", "caretaker", "nurse"}
MANNERS = [("wearily", ["wearily"]), ("briskly", ["briskly"]), ("with great care", ["great", "care"]),
           ("without a word", ["without", "word"])]
INDOOR_PLACES = [("in a school hall", ["school", "hall"]), ("in a woodwork room", ["woodwork", "room"]),
                 ("in a sports hall", ["sports", "hall"]), ("inside a farm shop", ["farm", "shop"])]
OUTDOOR_PLACES = [("at a smallholding", ["smallholding"]), ("down at the allotments", ["allotments"]),
                  ("in a farmyard", ["farmyard"]), ("along a canal towpath", ["canal", "towpath"])]
STYLES = [("a risograph print", ["risograph", "print"]), ("a woodcut", ["woodcut"]), ("gouache", ["gouache"]),
          ("an ink-wash painting", ["ink", "wash", "painting"]), ("low-poly 3D", ["poly", "3d"]),
          ("a papercut collage", ["papercut", "collage"])]
LIGHTS = [("at golden hour", ["golden", "hour"]), ("in flat overcast light", ["flat", "overcast", "light"]),
          ("under strip lights", ["strip", "lights"]), ("on a frosty morning", ["frosty", "morning"])]
OUTDOOR_LIGHTS = ("on a frosty morning",)
INDOOR_LIGHTS = ("under strip lights",)
VIEWS = {"top": [("as a straight-down drone shot", ["straight", "drone", "shot"]),
                 ("in plan view, looking straight down", ["plan", "looking", "straight"])],
         "wide": [("as a very wide establishing shot", ["establishing", "shot"]),
                  ("from way across the way, everything little", ["way", "everything", "little"])],
         "low": [("as a worm's-eye view from the ground", ["worm's", "worm", "eye", "ground"]),
                 ("with the camera sat on the floor, pointing up", ["camera", "floor", "pointing"])],
         "front": [("straight on from the front, at eye height", ["straight", "front", "eye", "height"])],
         "back": [("shot from the back of the scene", ["shot", "back", "scene"])],
         "left": [("with the camera at the left-hand end of the scene, looking across",
                   ["camera", "left", "hand", "end", "scene", "looking"])],
         "right": [("with the camera at the right-hand end of the scene, looking across",
                    ["camera", "right", "hand", "end", "scene", "looking"])]}
NUMBER = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight", 9: "nine",
          10: "ten", 11: "eleven", 12: "twelve", 14: "fourteen", 15: "fifteen", 16: "sixteen", 18: "eighteen",
          20: "twenty"}
IRREGULAR = {"goose": "geese", "sheep": "sheep", "postman": "postmen", "bus stop": "bus stops",
             "go-kart": "go-karts", "golf buggy": "golf buggies", "wheelie bin": "wheelie bins",
             "tractor tyre": "tractor tyres", "hat box": "hat boxes", "bento box": "bento boxes",
             "post box": "post boxes"}


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
    d.say(rng.choice([f"{d.many(n, t)} lined up shoulder to shoulder along the {c}",
                      f"the {c} with {d.many(n, t)} set along it in one straight row"]))
    d.count(c_spec, 1)
    d.count(t_spec, n)
    d.add("arrangements", (t_spec, "row"))
    d.add("relations", (t_spec, "on_top_of", c_spec))
    d.forbid("top", "wide", *SIDEWAYS)  # small things: not from far off


def nose_to_tail(d: Draft) -> None:
    a, spec = d.take(LINERS)
    n = rng.choice([3, 4, 5])
    d.say(rng.choice([f"{d.many(n, a)} nose to tail from one side of the picture to the other",
                      f"{d.many(n, a)} strung out in a straight line across the width of the picture"]))
    d.count(spec, n)
    d.add("arrangements", (spec, "row"))
    d.forbid(*SIDEWAYS)


def classroom(d: Draft) -> None:
    a, spec = d.take(GRIDS)
    r, c = rng.choice([(2, 3), (3, 3), (2, 4), (3, 4), (4, 2), (2, 5)])
    d.say(rng.choice([f"{d.many(r * c, a)} laid out classroom-style, {NUMBER[r]} rows with {NUMBER[c]} in each",
                      f"{plural(a)} in a tidy {r}-by-{c} block, {NUMBER[r]} rows of {NUMBER[c]}"]))
    d.count(spec, r * c)
    d.add("arrangements", (spec, "grid", r, c))


def wobbly(d: Draft) -> None:
    a, spec = d.take(PILES)
    n = rng.choice([3, 4, 5])
    d.say(rng.choice([f"{d.many(n, a)} heaped one on another into a wobbly tower",
                      f"{d.many(n, a)} stacked straight up, each one sitting on the one under it"]))
    d.truth["forbidden"] += ["tower"]
    d.count(spec, n)
    d.add("arrangements", (spec, "stack"))
    d.forbid("top")


def gathering(d: Draft) -> None:
    c, c_spec = d.take(HUBS)
    if c == "water trough":
        a, a_spec = d.take(FARM)
    elif c == "kitchen table":
        a, a_spec = d.take(CHAIRS)
    else:
        a, a_spec = d.take({k: PEOPLE[k] for k in RING_PEOPLE})
    n = rng.choice([4, 5, 6, 7])
    if c == "kitchen table":
        text = f"{d.many(n, a)} set all the way round the {c}"
    elif c == "water trough":
        text = f"{d.many(n, a)} crowded round the {c} on every side"
    else:
        text = rng.choice([f"{d.many(n, a)} sitting cross-legged round the {c}",
                           f"the {c} with {d.many(n, a)} gathered round it on every side"])
    d.say(text)
    d.count(c_spec, 1)
    d.count(a_spec, n)
    d.add("relations", (a_spec, "around", c_spec))


def halves(d: Draft) -> None:
    a, a_spec = d.take(BIGS)
    b, b_spec = d.take(BIGS)
    d.say(rng.choice([f"{an(a)} taking up the left half of the frame and {an(b)} taking up the right half",
                      f"{an(a)} way over on the left of the picture, {an(b)} way over on the right"]))
    d.count(a_spec, 1)
    d.count(b_spec, 1)
    d.add("sides", (a_spec, "left"), (b_spec, "right"))
    d.forbid("back", *SIDEWAYS)


def turning(d: Draft) -> None:
    a, spec = d.take(TURNERS)
    way = rng.choice(["nose", "back", "odd", "split", "mixed"])
    which = "which" if a in ANIMAL_TURNERS else "who"
    if way == "nose":
        d.say(f"two {plural(a)} nose to nose, the left one looking right and the right one looking left")
        d.add("facing", (spec, ["right", "left"]))
        d.count(spec, 2)
    elif way == "back":
        d.say(f"two {plural(a)} back to back, the left one looking off to the left and the right one looking off "
              f"to the right")
        d.add("facing", (spec, ["left", "right"]))
        d.count(spec, 2)
    elif way == "odd":
        d.say(f"three {plural(a)} side by side, all looking to the right except the middle one, {which} looks at us")
        d.add("facing", (spec, ["right", "camera", "right"]))
        d.count(spec, 3)
    elif way == "split":
        d.say(f"four {plural(a)} side by side, the first two from the left facing away from us and the other two "
              f"facing us")
        d.add("facing", (spec, ["away", "away", "camera", "camera"]))
        d.count(spec, 4)
    else:
        d.say(f"two {plural(a)} side by side, the left-hand one facing us and the right-hand one turned to face "
              f"left")
        d.add("facing", (spec, ["camera", "left"]))
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


def milling(d: Draft) -> None:
    pool = {**{k: PEOPLE[k] for k in RING_PEOPLE}, **FARM}
    a, spec = d.take(pool)
    n = rng.choice([6, 7, 8, 9, 10, 12])
    d.say(rng.choice([f"{d.many(n, a)} milling about every which way",
                      f"{d.many(n, a)} scattered here and there with no pattern to it"]))
    d.count(spec, n)


def named(d: Draft) -> None:
    name = rng.choice([n for n in NAMES if n not in d.used])
    d.used.add(name)
    kind = rng.choice(["on", "under", "before", "by"])
    if kind == "on":
        b, b_spec = d.take(SEATS)
        d.say(rng.choice([f"{name} sat up on {an(b)}", f"{name} perched up on top of {an(b)}"]))
        d.add("relations", (NAMES[name], "on_top_of", b_spec))
        d.forbid("low")
    elif kind == "under":
        b, b_spec = d.take(ROOFS)
        d.say(rng.choice([f"{name} crawling about under {an(b)}", f"{name} hiding out underneath {an(b)}"]))
        d.add("relations", (NAMES[name], "under", b_spec))
        d.forbid("top")
    elif kind == "before":
        b, b_spec = d.take(FRONTS)
        d.say(rng.choice([f"{name} posing in front of {an(b)}",
                          f"{name} out in front of {an(b)}, closer to us than it"]))
        d.add("relations", (NAMES[name], "in_front_of", b_spec))
        d.forbid("top", "back", *SIDEWAYS)
    else:
        b, b_spec = d.take(PROPS)
        d.say(rng.choice([f"{name} hanging about by {an(b)}", f"{name} leaning up against {an(b)}"]))
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
        d.say(rng.choice([f"{an(a)} snoozing under {an(b)}", f"{an(a)} tucked in underneath {an(b)}"]))
        d.add("relations", (a_spec, "under", b_spec))
        d.forbid("top")
    elif kind == "hidden":
        a, a_spec = d.take(LURKERS)
        b, b_spec = d.take(BLOCKERS)
        pron = "them" if a in PEOPLE else "it"
        d.say(rng.choice([f"{an(a)} skulking behind {an(b)}, which hides most of {pron}",
                          f"{an(b)} with {an(a)} behind it, only a bit of {pron} showing"]))
        d.add("relations", (a_spec, "hidden_by", b_spec))
        d.forbid("top", "back", *SIDEWAYS)
    elif kind == "order":
        (a, a_spec), (b, b_spec), (c, c_spec) = (d.take(BITS) for _ in range(3))
        d.say(rng.choice([f"from left to right: {an(a)}, {an(b)} and {an(c)}",
                          f"{an(b)} with {an(a)} to its left and {an(c)} to its right, as we look at them"]))
        d.count(c_spec, 1)
        d.add("relations", (a_spec, "left_of", b_spec), (b_spec, "left_of", c_spec))
        d.forbid("back", "wide", *SIDEWAYS)
    else:
        (a, a_spec), (b, b_spec), (c, c_spec) = (d.take(BITS) for _ in range(3))
        d.say(rng.choice([f"{an(a)} wedged in between {an(b)} and {an(c)}",
                          f"{an(b)} and {an(c)} a little apart, {an(a)} in the space between"]))
        d.count(c_spec, 1)
        d.add("relations", (a_spec, "between", b_spec, c_spec))
        d.forbid("back", "wide", *SIDEWAYS)
    d.count(a_spec, 1)
    d.count(b_spec, 1)


def twins(d: Draft) -> None:
    if rng.random() < 0.5:
        a, spec = d.take(BITS)
        if rng.random() < 0.5:
            d.say(f"two {plural(a)}, one a few steps behind the other")
            d.add("relations", (spec, "behind", spec))
        else:
            d.say(f"two {plural(a)}, one of them set closer to us, in front of the other")
            d.add("relations", (spec, "in_front_of", spec))
        d.forbid("top", "back", "wide", *SIDEWAYS)
    else:
        a, spec = d.take({k: v for k, v in PILES.items() if k not in ("hay bale", "pallet")})
        d.say(rng.choice([f"two {plural(a)}, the one balanced on top of the other",
                          f"{an(a)} with another {a} plonked on top of it"]))
        d.add("relations", (spec, "on_top_of", spec))
        d.forbid("top")
    d.count(spec, 2)


KINDS = [counter_row, nose_to_tail, classroom, wobbly, gathering, halves, turning, work, milling, named, placing,
         placing, twins]
CLAUSES: list[int] = []


# Registers: (how the clauses are put together, the words they bring).


def cap(text: str) -> str:
    return text[0].upper() + text[1:]


def forum(texts: list[str]) -> tuple[str, list[str]]:
    body = "First post here, be gentle. Trying to get a picture of " + "; ".join(texts[:-1]) + f"; and {texts[-1]}"
    return body + ". Cheers in advance.", ["post", "gentle", "cheers", "advance"]


def chat(texts: list[str]) -> tuple[str, list[str]]:
    return "hey!! for the commission: " + ", ".join(texts) + " ty!!", ["commission", "ty"]


def panel(texts: list[str]) -> tuple[str, list[str]]:
    return f"PANEL {rng.randint(2, 40)}: " + ". ".join(cap(t) for t in texts) + ".", ["panel"]


def lot(texts: list[str]) -> tuple[str, list[str]]:
    body = f"Lot {rng.randint(20, 400)}. A scene showing " + "; ".join(texts[:-1]) + f"; and {texts[-1]}"
    return body + ". Estimate on request.", ["lot", "estimate", "request"]


def child(texts: list[str]) -> tuple[str, list[str]]:
    return "My picture. " + " ".join(f"There is {t}." for t in texts) + " The end.", ["end"]


def translated(texts: list[str]) -> tuple[str, list[str]]:
    body = "Please to make a picture with: " + "; ".join(texts)
    return body + ". Thank you for kind attention.", ["kind", "attention"]


def dictation(texts: list[str]) -> tuple[str, list[str]]:
    body = "okay new picture " + " and then ".join(texts) + " full stop"
    return re.sub(r"[,.;:!?]", "", body), ["stop", "full"]


def field_log(texts: list[str]) -> tuple[str, list[str]]:
    body = f"Field log, day {rng.randint(2, 90)}. Observed: " + "; ".join(texts)
    return body + ".", ["log"]


def level(texts: list[str]) -> tuple[str, list[str]]:
    return f"Level {rng.randint(2, 30)} layout: " + "; ".join(texts) + ".", ["level", "layout"]


def alt_text(texts: list[str]) -> tuple[str, list[str]]:
    return "Image description: " + cap(", ".join(texts[:-1]) + f", and {texts[-1]}") + ".", ["description"]


REGISTERS = [forum, chat, panel, lot, child, translated, dictation, field_log, level, alt_text]


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
    clauses[-1] = clauses[-1] + ", " + ", ".join(tail) + f", done as {style}"
    register = REGISTERS[index % len(REGISTERS)]
    text, register_words = register(clauses)
    d.truth["forbidden"] += register_words
    CLAUSES.append(len(d.clauses))
    if register is not chat and register is not dictation:
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
                   "heldout9", "heldout10", ME):
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
    print(f"{len(rows)} eleventh held-out scenes -> {OUT.relative_to(HERE.parent.parent)} "
          f"({min(lengths)}-{max(lengths)} words; {len(new)} of {len(primary)} primary nouns in no other set)")


if __name__ == "__main__":
    main()
