"""Writes the EIGHTH held-out scene descriptions (bench/prompts/scenes/heldout8.jsonl).

    .venv/bin/python bench/prompts/scenes_heldout8_grammar.py

Why an eighth held-out set: the seventh one (bench/prompts/scenes/heldout7.jsonl) has been read
while building (second session of 2026-12-07). This one was written without reading the
implementation, its tests or its documentation (only bench/scenes.py, bench/layout.py,
bench/layout_selfcheck.py, the benchmark section of the README and the existing prompt sets and
grammars, so as to differ from them), and is meant to be run once, with ``--failures 0``:

- each description has three to six content clauses, drawn from clause kinds worded unlike any
  other set's: ornaments "in one neat row across the top of" a windowsill or a bookshelf,
  scooters or wheelie bins "next to each other in a straight line going across the picture",
  desks or cabbages "set out in C columns and R rows" or "arranged in R rows, each row holding
  C", "a tower of N" books or cushions, pupils "sitting in a circle around" a campfire or "with
  the Y in the middle", two big things "filling the left half of the picture" and "the right
  half", members facing by position spelt out one by one ("the left one looking left and the
  right one looking right", "the left one facing right, the middle one facing us, the right one
  facing left", "all facing us except the one on the far right, which faces away"), a named
  person "sitting up on" a park bench or "sheltering under" a garden umbrella, "counting from
  the left: first X, second Y, third Z", "X in the space between Y and Z", "X, with only a bit
  of it showing past Y", "two Xs, the second one set further back than the first", verbs with
  counts on both sides ("marking", "feeding"), crowds "wandering around at random";
- the register changes from prompt to prompt: a primary-school teacher ("Right, everyone,
  today's picture. First, ... Next, ... And finally, ..."), a property listing ("Just listed!
  ... Viewing highly recommended."), a prompt engineer's weighted tags ("(clause:1.2), ...,
  masterpiece, best quality"), a learner's plain English ("I want picture with this: ... Also
  ..."), polite questions ("Could you make a picture with ...? And could there be ...?"),
  numbered steps ("1) ... 2) ..."), a second-person walk-through ("You come round the corner and
  see ...; then you notice ..."), a witness statement ("Statement: when I got there I saw ..."),
  and plain prose; British and American spellings both occur;
- each noun says where it may stand (indoors only, out of doors only, or either: a description
  mixing the first two is drawn again) and each clause which views keep its meaning; the place
  and the view are drawn to fit;
- settings, views, light, style, register and manner words are forbidden as object names in
  the truth;
- the vocabulary is everyday: classroom and school playground, family home and back garden, city
  park; common nouns, some of which other sets use, most not (counted and printed when run);
  names of people are ordinary ones;
- no description equals or contains any other set's prompt (checked).

Nothing outside bench/prompts may import this file, name it, or quote its prompts. Truth keys
as in bench/prompts/scenes_dev.py. Deterministic (seed 61283).
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "scenes" / "heldout8.jsonl"
rng = random.Random(61283)
SCENES = 48
VIEW_NAMES = ("top", "wide", "low", "front", "back", "left", "right")

# ------------------------------------------------------------- vocabulary ---
# name as said -> truth spec ("a|b" where English allows both names)
LEDGES = {"windowsill": "windowsill|sill", "bookshelf": "bookshelf|shelf", "mantelpiece": "mantelpiece|mantel",
          "kitchen counter": "kitchen counter|counter", "sideboard": "sideboard"}
ORNAMENTS = {"plant pot": "plant pot|pot", "jam jar": "jam jar|jar", "snow globe": "snow globe|globe",
             "candle": "candle", "trophy": "trophy", "alarm clock": "alarm clock|clock",
             "rubber duck": "rubber duck|duck", "coffee mug": "coffee mug|mug", "piggy bank": "piggy bank",
             "photo frame": None}
ORNAMENTS = {k: v for k, v in ORNAMENTS.items() if v}  # (a frame is not a thing to this bench)
LINERS = {"scooter": "scooter", "bicycle": "bicycle|bike", "wheelie bin": "wheelie bin|bin",
          "deckchair": "deckchair|chair", "school bag": "school bag|bag", "traffic cone": "traffic cone|cone",
          "pram": "pram"}
PLOTS = {"school desk": "school desk|desk", "cabbage": "cabbage", "sunflower": "sunflower",
         "cupcake": "cupcake", "gym mat": "gym mat|mat", "tomato plant": "tomato plant|plant",
         "classroom chair": "classroom chair|chair"}
PILES = {"book": "book", "cardboard box": "cardboard box|box", "cushion": "cushion", "plate": "plate",
         "suitcase": "suitcase", "pizza box": "pizza box|box", "tyre": "tyre|tire"}
HUBS = {"campfire": "campfire|fire", "sandpit": "sandpit", "maypole": "maypole",
        "paddling pool": "paddling pool|pool", "fountain": "fountain", "coffee table": "coffee table|table",
        "dining table": "dining table|table"}
TABLE_HUBS = {"coffee table", "dining table"}
PEOPLE = {"pupil": "pupil", "scout": "scout", "toddler": "toddler", "teacher": "teacher", "dad": "dad|father",
          "grandma": "grandma|grandmother", "jogger": "jogger", "dog walker": "dog walker|walker",
          "gardener": "gardener", "lollipop man": None}
PEOPLE = {k: v for k, v in PEOPLE.items() if v}
RING_PEOPLE = ("pupil", "scout", "toddler", "teacher")  # who sits or stands round something, or mills about
BIRDS = {"pigeon": "pigeon", "duck": "duck", "sparrow": "sparrow", "goose": "goose"}
CHAIRS = {"dining chair": "dining chair|chair", "beanbag": "beanbag|bean bag", "stool": "stool"}
WATERS = {"paddling pool", "fountain"}  # birds gather round water only
BIGS = {"garden shed": "garden shed|shed", "bouncy castle": "bouncy castle|castle", "greenhouse": "greenhouse",
        "garage": "garage", "camper van": "camper van|van", "ice cream van": "ice cream van|van",
        "bookcase": "bookcase", "wardrobe": "wardrobe", "sofa": "sofa|couch", "fridge": "fridge|refrigerator",
        "piano": "piano", "bunk bed": "bunk bed|bed", "school bus": "school bus|bus", "oak tree": "oak tree|tree"}
TURNERS = {"pupil": "pupil", "toddler": "toddler", "jogger": "jogger", "dog walker": "dog walker|walker",
           "puppy": "puppy|dog", "pony": "pony", "goose": "goose", "teacher": "teacher"}
WORKERS = {"teacher": "books", "gardener": "plants", "dad": "dishes", "pupil": "birds", "toddler": "birds",
           "grandma": "birds"}
GOODS = {"books": ({"exercise book": "exercise book|book", "school report": "school report|report"},
                   ["marking", "sorting through"]),
         "plants": ({"tomato plant": "tomato plant|plant", "rose bush": "rose bush|rosebush|bush",
                     "seedling": "seedling"}, ["watering", "tending"]),
         "dishes": ({"plate": "plate", "saucepan": "saucepan|pan", "mug": "mug"}, ["washing up", "drying"]),
         "birds": ({"duck": "duck", "pigeon": "pigeon", "goose": "goose"}, ["feeding", "chasing"])}
NAMES = {"Auntie Meg": "auntie meg|meg", "Mr Okafor": "mr okafor|okafor", "Mrs Lindqvist": "mrs lindqvist|lindqvist",
         "Little Sam": "little sam|sam", "Ms Haddad": "ms haddad|haddad", "Grandad Ray": "grandad ray|ray",
         "Jamal": "jamal", "Beatriz": "beatriz", "Yuki": "yuki", "Connor": "connor", "Ana": "ana"}
SEATS = {"park bench": "park bench|bench", "trampoline": "trampoline", "sofa": "sofa|couch",
         "kitchen stool": "kitchen stool|stool", "garden wall": "garden wall|wall", "tree stump": "tree stump|stump"}
ROOFS = {"garden umbrella": "garden umbrella|umbrella|parasol", "kitchen table": "kitchen table|table",
         "bus shelter": "bus shelter|shelter", "picnic table": "picnic table|table"}
FRONTS = {"garden shed": "garden shed|shed", "garage": "garage", "camper van": "camper van|van",
          "school bus": "school bus|bus", "greenhouse": "greenhouse", "bookcase": "bookcase",
          "wardrobe": "wardrobe", "bouncy castle": "bouncy castle|castle"}
PROPS = {"lamp post": "lamp post|lamppost|post", "postbox": "postbox|mailbox", "bicycle": "bicycle|bike",
         "garden hose": "garden hose|hose", "umbrella stand": "umbrella stand|stand", "floor lamp": "floor lamp|lamp"}
LURKERS = {"toddler": "toddler", "puppy": "puppy|dog", "cat": "cat", "pupil": "pupil", "fox": "fox",
           "rabbit": "rabbit"}
BLOCKERS = {"sofa": "sofa|couch", "garden shed": "garden shed|shed", "wheelie bin": "wheelie bin|bin",
            "hedge": "hedge", "armchair": "armchair", "bookcase": "bookcase", "delivery van": "delivery van|van",
            "wardrobe": "wardrobe"}
UNDER_PETS = {"cat": "cat", "puppy": "puppy|dog", "rabbit": "rabbit", "tortoise": "tortoise",
              "hedgehog": "hedgehog"}
BITS = {"football": "football|ball", "watering can": "watering can|can", "lunchbox": "lunchbox|lunch box",
        "school bag": "school bag|bag", "wellington boot": "wellington boot|boot|welly",
        "teddy bear": "teddy bear|teddy|bear", "toy robot": "toy robot|robot", "skateboard": "skateboard",
        "frisbee": "frisbee", "globe": "globe", "pencil case": "pencil case|case", "kite": "kite"}

# Where things can be: a scene with some of each is drawn again.
OUTDOOR_ONLY = {"scooter", "wheelie bin", "traffic cone", "cabbage", "sunflower", "tyre", "campfire", "sandpit",
                "maypole", "paddling pool", "fountain", "garden shed", "bouncy castle", "greenhouse", "garage",
                "camper van", "ice cream van", "school bus", "oak tree", "park bench", "trampoline", "garden wall",
                "tree stump", "garden umbrella", "bus shelter", "picnic table", "lamp post", "postbox",
                "garden hose", "hedge", "delivery van", "fox", "pigeon", "duck", "sparrow", "goose", "jogger",
                "dog walker", "gardener", "deckchair", "bicycle", "pony", "rose bush", "kite", "frisbee", "hedgehog"}
INDOOR_ONLY = {"windowsill", "bookshelf", "mantelpiece", "kitchen counter", "sideboard", "school desk", "gym mat",
               "classroom chair", "cushion", "coffee table", "dining table", "dining chair", "beanbag", "bookcase",
               "wardrobe", "sofa", "fridge", "piano", "bunk bed", "kitchen stool", "kitchen table", "armchair",
               "umbrella stand", "floor lamp", "saucepan", "exercise book", "school report", "globe",
               "pencil case", "plate", "mug"}

MANNERS = [("carefully", ["carefully"]), ("happily", ["happily"]), ("slowly", ["slowly"]),
           ("quietly", ["quietly"]), ("cheerfully", ["cheerfully"])]
INDOOR_PLACES = [("in a primary school classroom", ["primary", "school", "classroom"]),
                 ("in a cosy living room", ["cosy", "living", "room"]),
                 ("in a school hall", ["school", "hall"]), ("in a family kitchen", ["family", "kitchen"]),
                 ("in a cluttered playroom", ["cluttered", "playroom"])]
OUTDOOR_PLACES = [("in a back garden", ["back", "garden"]), ("in a city park", ["city", "park"]),
                  ("in a school playground", ["school", "playground"]), ("on a village green", ["village", "green"]),
                  ("on a quiet suburban street", ["quiet", "suburban", "street"])]
STYLES = [("crayon drawing", ["crayon", "drawing"]), ("children's picture book", ["children's", "picture", "book"]),
          ("felt-tip doodle", ["felt", "tip", "doodle"]), ("real estate photography", ["real", "estate",
                                                                                      "photography"]),
          ("3D clay render", ["3d", "clay", "render"]), ("flat vector illustration", ["flat", "vector",
                                                                                      "illustration"]),
          ("coloured pencil", ["coloured", "pencil"]), ("colored pencil", ["colored", "pencil"]),
          ("photorealistic, 50mm lens", ["photorealistic", "50mm", "lens"]),
          ("soft pastel colours", ["soft", "pastel", "colours"]), ("bright primary colors", ["bright", "primary",
                                                                                              "colors"])]
LIGHTS = [("on a sunny afternoon", ["sunny", "afternoon"]), ("in the early morning", ["early", "morning"]),
          ("under grey clouds", ["grey", "clouds"]), ("with the lights on", ["lights"]),
          ("at dusk", ["dusk"])]
OUTDOOR_LIGHTS = ("under grey clouds", "on a sunny afternoon")
INDOOR_LIGHTS = ("with the lights on",)
# view -> ways of saying it and the words they bring
VIEWS = {"top": [("as seen from directly overhead", ["seen", "directly", "overhead"]),
                 ("photographed straight down from above", ["photographed", "straight", "above"])],
         "wide": [("from very far away, everything small", ["far", "away", "everything", "small"]),
                  ("a long way off, all of it tiny in the frame", ["long", "way", "tiny", "frame"])],
         "low": [("from down low, looking up", ["low", "looking"]),
                 ("camera near the ground, tilted upward", ["camera", "ground", "tilted", "upward"])],
         "front": [("from straight in front", ["straight", "front"])],
         "back": [("seen from the back of the scene", ["seen", "back", "scene"])],
         "left": [("from the left-hand side of the scene, looking sideways across it",
                   ["left", "hand", "side", "scene", "looking", "sideways"])],
         "right": [("from the right-hand side of the scene, looking sideways across it",
                    ["right", "hand", "side", "scene", "looking", "sideways"])]}
NUMBER = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight", 9: "nine",
          10: "ten", 11: "eleven", 12: "twelve", 14: "fourteen", 15: "fifteen", 16: "sixteen", 18: "eighteen",
          20: "twenty"}
IRREGULAR = {"goose": "geese", "mantelpiece": "mantelpieces", "tomato plant": "tomato plants",
             "dog walker": "dog walkers", "lollipop man": "lollipop men", "rose bush": "rose bushes"}


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
    """Ornaments in a row on a windowsill, a shelf or a counter: a row, each on it."""
    c, c_spec = d.take(LEDGES)
    t, t_spec = d.take(ORNAMENTS)
    n = rng.choice([3, 4, 5, 6])
    d.say(rng.choice([f"{d.many(n, t)} in one neat row across the top of the {c}",
                      f"the {c} with a single row of {d.many(n, t)} standing on it",
                      f"{d.many(n, t)} standing side by side along the {c}, in a row"]))
    d.count(c_spec, 1)
    d.count(t_spec, n)
    d.add("arrangements", (t_spec, "row"))
    d.add("relations", (t_spec, "on_top_of", c_spec))
    d.forbid("low", *SIDEWAYS)


def line_up(d: Draft) -> None:
    v, spec = d.take(LINERS)
    n = rng.choice([3, 4, 5])
    d.say(rng.choice([f"{d.many(n, v)} next to each other in a straight line going across the picture",
                      f"{d.many(n, v)} in a single straight row from the left of the picture to the right",
                      f"a straight row of {d.many(n, v)}, side by side, running left to right"]))
    d.count(spec, n)
    d.add("arrangements", (spec, "row"))
    d.forbid(*SIDEWAYS)


def block(d: Draft) -> None:
    a, spec = d.take(PLOTS)
    r, c = rng.choice([(2, 3), (3, 3), (2, 4), (3, 4), (4, 2), (2, 5)])
    total = d.many(r * c, a)
    d.say(rng.choice([f"{total} set out in {NUMBER[c]} columns and {NUMBER[r]} rows",
                      f"{total} arranged in {NUMBER[r]} rows, each row holding {NUMBER[c]}",
                      f"{plural(a)} in a neat block, {NUMBER[r]} rows of {NUMBER[c]} each"]))
    d.count(spec, r * c)
    d.add("arrangements", (spec, "grid", r, c))


def tower(d: Draft) -> None:
    a, spec = d.take(PILES)
    n = rng.choice([3, 4, 5]) if a in ("suitcase", "tyre", "cardboard box") else rng.choice([4, 5, 6, 7])
    d.say(rng.choice([f"a tower of {d.many(n, a)}",
                      f"{d.many(n, a)} stacked up, one on top of the other",
                      f"a pile of {d.many(n, a)}, each resting on the one below"]))
    d.count(spec, n)
    d.add("arrangements", (spec, "stack"))
    d.forbid("top")


def circle(d: Draft) -> None:
    c, c_spec = d.take(HUBS)
    if c in TABLE_HUBS:
        pool = {**CHAIRS, **{k: PEOPLE[k] for k in ("pupil", "toddler", "grandma", "dad")}}
    elif c in WATERS:
        pool = {**BIRDS, **{k: PEOPLE[k] for k in RING_PEOPLE}}
    else:
        pool = {k: PEOPLE[k] for k in RING_PEOPLE}
    a, a_spec = d.take(pool)
    n = rng.choice([4, 5, 6, 7, 8])
    seated = a in CHAIRS
    options = [f"the {c} with {d.many(n, a)} all the way round it in a circle",
               f"{d.many(n, a)} forming a circle, with the {c} in the middle"]
    if not seated:
        options.append(f"{d.many(n, a)} sitting in a circle around the {c}")
    d.say(rng.choice(options))
    d.count(c_spec, 1)
    d.count(a_spec, n)
    d.add("relations", (a_spec, "around", c_spec))


def halves(d: Draft) -> None:
    a, a_spec = d.take(BIGS)
    b, b_spec = d.take(BIGS)
    d.say(rng.choice([f"{an(a)} filling the left half of the picture and {an(b)} filling the right half",
                      f"on the left-hand side of the picture {an(a)}, and on the right-hand side {an(b)}",
                      f"{an(a)} over on the left of the picture, {an(b)} over on the right"]))
    d.count(a_spec, 1)
    d.count(b_spec, 1)
    d.add("sides", (a_spec, "left"), (b_spec, "right"))
    d.forbid("back", *SIDEWAYS)


def facing(d: Draft) -> None:
    """Members facing ways by their place in the picture, spelt out one by one."""
    a, spec = d.take(TURNERS)
    way = rng.choice(["outward", "inward", "three", "odd", "pair"])
    if way == "outward":
        d.say(f"two {plural(a)} side by side, the left one looking left and the right one looking right")
        d.add("facing", (spec, ["left", "right"]))
        d.count(spec, 2)
    elif way == "inward":
        d.say(f"two {plural(a)} a little apart, the left one facing right and the right one facing left, "
              f"towards each other")
        d.add("facing", (spec, ["right", "left"]))
        d.count(spec, 2)
    elif way == "three":
        d.say(f"three {plural(a)} in a line: the left one facing right, the middle one facing us, the right one "
              f"facing left")
        d.add("facing", (spec, ["right", "camera", "left"]))
        d.count(spec, 3)
    elif way == "odd":
        n = rng.choice([3, 4, 5])
        who = "which" if a in ("puppy", "pony", "goose") else "who"
        d.say(f"{NUMBER[n]} {plural(a)} in a line, all facing us except the one on the far right, {who} faces away")
        d.add("facing", (spec, ["camera"] * (n - 1) + ["away"]))
        d.count(spec, n)
    else:
        d.say(f"two {plural(a)}, the one on the left facing away from us and the one on the right facing us")
        d.add("facing", (spec, ["away", "camera"]))
        d.count(spec, 2)
    d.forbid("top", "back", *SIDEWAYS)


def work(d: Draft) -> None:
    """Counts on both sides of a verb."""
    s, s_spec = d.take({k: PEOPLE[k] for k in WORKERS if k in PEOPLE})
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
    a, spec = d.take({**{k: PEOPLE[k] for k in RING_PEOPLE}, **BIRDS})
    n = rng.choice([6, 7, 8, 9, 10, 12])
    d.say(rng.choice([f"{d.many(n, a)} wandering around at random",
                      f"{d.many(n, a)} spread out all over the place, in no particular order"]))
    d.count(spec, n)


def character(d: Draft) -> None:
    """A named person up on something, under something, before something or by something."""
    name = rng.choice([n for n in NAMES if n not in d.used])
    d.used.add(name)
    kind = rng.choice(["on", "under", "before", "by"])
    if kind == "on":
        b, b_spec = d.take(SEATS)
        d.say(rng.choice([f"{name} sitting up on {an(b)}", f"{name} standing on top of {an(b)}"]))
        d.add("relations", (NAMES[name], "on_top_of", b_spec))
        d.forbid("low")
    elif kind == "under":
        b, b_spec = d.take(ROOFS)
        d.say(rng.choice([f"{name} sheltering under {an(b)}", f"{name} sitting on the ground underneath {an(b)}"]))
        d.truth["forbidden"] += ["ground"] if "ground" in d.clauses[-1] else []
        d.add("relations", (NAMES[name], "under", b_spec))
        d.forbid("top")
    elif kind == "before":
        b, b_spec = d.take(FRONTS)
        d.say(rng.choice([f"{name} posing for us in front of {an(b)}",
                          f"{name} standing a few steps in front of {an(b)}, nearer to us"]))
        d.add("relations", (NAMES[name], "in_front_of", b_spec))
        d.forbid("top", "back", *SIDEWAYS)
    else:
        b, b_spec = d.take(PROPS)
        d.say(rng.choice([f"{name} right beside {an(b)}", f"{name} waiting close to {an(b)}"]))
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
        d.say(rng.choice([f"{an(a)} curled up under {an(b)}", f"{an(a)} underneath {an(b)}"]))
        d.add("relations", (a_spec, "under", b_spec))
        d.forbid("top")
    elif kind == "hidden":
        a, a_spec = d.take(LURKERS)
        b, b_spec = d.take(BLOCKERS)
        pron = "them" if a in PEOPLE else "it"
        d.say(rng.choice([f"{an(a)} behind {an(b)}, with only a bit of {pron} showing past it",
                          f"{an(b)} blocking most of {an(a)} from view",
                          f"{an(a)} partly hidden behind {an(b)}"]))
        d.add("relations", (a_spec, "hidden_by", b_spec))
        d.forbid("top", "back", *SIDEWAYS)
    elif kind == "order":
        (a, a_spec), (b, b_spec), (c, c_spec) = (d.take(BITS) for _ in range(3))
        d.say(rng.choice([f"counting from the left: first {an(a)}, second {an(b)}, third {an(c)}",
                          f"{an(a)} at the left end, {an(b)} to its right, and {an(c)} right of that"]))
        d.count(c_spec, 1)
        d.add("relations", (a_spec, "left_of", b_spec), (b_spec, "left_of", c_spec))
        d.forbid("back", *SIDEWAYS)
    else:
        (a, a_spec), (b, b_spec), (c, c_spec) = (d.take(BITS) for _ in range(3))
        d.say(rng.choice([f"{an(a)} in the space between {an(b)} and {an(c)}",
                          f"{an(a)} placed halfway between {an(b)} and {an(c)}"]))
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
            d.say(f"two {plural(a)}, the second one set further back than the first")
            d.add("relations", (spec, "behind", spec))
        else:
            d.say(f"two {plural(a)}, one of them right in front of the other, nearer to us")
            d.add("relations", (spec, "in_front_of", spec))
        d.forbid("top", "back", *SIDEWAYS)
    else:
        a, spec = d.take({k: v for k, v in PILES.items() if k != "tyre"})
        d.say(rng.choice([f"one {a} sitting on top of another {a}", f"{an(a)} with a second {a} resting on it"]))
        d.add("relations", (spec, "on_top_of", spec))
        d.forbid("top")
    d.count(spec, 2)


KINDS = [ledge_row, line_up, block, tower, circle, halves, facing, work, crowd, character, placing, placing, pairs]
CLAUSES: list[int] = []

# Registers: (how the clauses are put together, the words they bring).


def plain(texts: list[str]) -> tuple[str, list[str]]:
    text = texts[0]
    for t in texts[1:]:
        join = rng.choice([", ", "; ", ". ", ", and "])
        text += join + (t[0].upper() + t[1:] if join == ". " else t)
    return text, []


def teacher(texts: list[str]) -> tuple[str, list[str]]:
    marks = ["First", "Next", "Then", "After that", "Then"][:len(texts) - 1] + ["And finally"]
    body = " ".join(f"{m}, {t}." for m, t in zip(marks, texts))
    return f"Right, everyone, today's picture. {body}", ["everyone", "today's", "picture"]


def listing(texts: list[str]) -> tuple[str, list[str]]:
    body = ". ".join(t[0].upper() + t[1:] for t in texts)
    return f"Just listed! {body}", ["listed", "viewing", "highly", "recommended"]


def weighted(texts: list[str]) -> tuple[str, list[str]]:
    body = ", ".join(f"({t}:{rng.choice(['1.1', '1.2', '1.3', '1.4'])})" for t in texts)
    return f"{body}, masterpiece, best quality", ["masterpiece", "best", "quality"]


def learner(texts: list[str]) -> tuple[str, list[str]]:
    body = f"I want picture with this: {texts[0]}."
    for t in texts[1:-1]:
        body += f" Also {t}."
    if len(texts) > 1:
        body += f" And {texts[-1]}."
    return body, ["picture"]


def questions(texts: list[str]) -> tuple[str, list[str]]:
    body = f"Could you make a picture with {texts[0]}?"
    for t in texts[1:]:
        body += rng.choice([f" And could there be {t}?", f" Also, {t}?", f" Maybe {t} too?"])
    return body, ["picture"]


def steps(texts: list[str]) -> tuple[str, list[str]]:
    return " ".join(f"{i + 1}) {t}." for i, t in enumerate(texts)), []


def walkthrough(texts: list[str]) -> tuple[str, list[str]]:
    body = f"You come round the corner and see {texts[0]}"
    for t in texts[1:-1]:
        body += rng.choice([f"; then you notice {t}", f"; you also spot {t}"])
    if len(texts) > 1:
        body += f"; and finally {texts[-1]}"
    return body, ["corner"]


def witness(texts: list[str]) -> tuple[str, list[str]]:
    body = f"Statement: when I got there I saw {texts[0]}."
    for t in texts[1:]:
        body += rng.choice([f" I also saw {t}.", f" I also noticed {t}."])
    return body, ["statement"]


REGISTERS = [plain, teacher, listing, weighted, learner, questions, steps, walkthrough, witness]


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
    d.truth["forbidden"] += words
    tail.append(style)
    if register is questions:
        text = text[:-1] + ", " + ", ".join(tail) + "?"
    elif register is weighted:
        text = text.replace(", masterpiece", ", " + ", ".join(tail) + ", masterpiece")
    else:
        text = text.rstrip(".") + ", " + ", ".join(tail[:-1]) + " -- " + tail[-1] + "."
        if register is listing:
            text += " Viewing highly recommended."
    text = text[0].upper() + text[1:]
    wanted = {n for spec in d.truth["objects"] for n in spec.split("|")}
    heads = {w for n in wanted for w in re.split(r"[ -]", n)}
    d.truth["forbidden"] = sorted(w for w in set(d.truth["forbidden"]) if w not in heads)
    return {"prompt": text, "expect": d.truth}


# ------------------------------------------------------------- the checks ---


def words(text: str) -> str:
    return " " + " ".join(re.findall(r"[a-z0-9']+", text.lower())) + " "


def other_sets() -> list[Path]:
    files = list(HERE.glob("*.jsonl")) + list((HERE / "scenes").glob("*.jsonl"))
    for folder in ("heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6", "heldout7", "heldout8"):
        files += list((HERE / folder).glob("*.jsonl"))
    return [f for f in files if f != OUT]


def other_prompts() -> list[str]:
    return [words(json.loads(line)["prompt"]) for path in other_sets() for line in path.read_text().splitlines()
            if line.strip()]


def other_nouns() -> set[str]:
    nouns = set()
    for path in other_sets():
        for line in path.read_text().splitlines():
            if line.strip():
                for spec in json.loads(line)["expect"]["objects"]:
                    nouns |= set(spec.split("|"))
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
        wanted = {n for spec in r["expect"]["objects"] for n in spec.split("|")}
        assert not wanted & set(r["expect"]["forbidden"]), r
    OUT.write_text("".join(json.dumps(r) + "\n" for r in rows))
    primary = {spec.split("|")[0] for r in rows for spec in r["expect"]["objects"]}
    new = primary - other_nouns()
    lengths = [len(r["prompt"].split()) for r in rows]
    print("content clauses per scene:", {n: CLAUSES.count(n) for n in sorted(set(CLAUSES))})
    print(f"{len(rows)} eighth held-out scenes -> {OUT.relative_to(HERE.parent.parent)} "
          f"({min(lengths)}-{max(lengths)} words; {len(new)} of {len(primary)} primary nouns in no other set)")


if __name__ == "__main__":
    main()
