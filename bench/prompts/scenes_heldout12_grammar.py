"""Writes the TWELFTH held-out scene descriptions (bench/prompts/scenes/heldout12.jsonl).

    .venv/bin/python bench/prompts/scenes_heldout12_grammar.py

Why a twelfth held-out set: the eleventh one (bench/prompts/scenes/heldout11.jsonl) was run once
fresh (at 5889b0d) and then read while building (session 2026-12-07 fourth). This one was written
without reading the implementation, its tests or its documentation (only bench/scenes.py,
bench/layout.py, bench/layout_selfcheck.py, the README's bench section and the existing prompt
sets and grammars, so as to differ from them), and is meant to be run once, with
``--failures 0``:

- each description has three to six content clauses, drawn from clause kinds worded unlike any
  other set's: trophies or goblets "set out one after another along" a sideboard or a fruit
  stall (a row, each on it), taxis or dustcarts "queued bumper to bumper across the width of the
  picture", folding chairs or sun loungers "drawn up in R ranks, C to a rank", suitcases or biscuit
  tins "stacked like pancakes, one upon another", morris dancers "in a ring about" a maypole or
  lambs round a hay feeder, two big things "over on the left-hand side, as you look" and "over
  on the right-hand side", members by position ("two Xs turned towards one another", "the
  outer two looking at us and the middle one turned away", "alternately looking left and
  right, starting with the left-hand one looking left", "the left one facing away and the right
  one turned to face right"), a named person "balanced on top of" a pillar box or "lying flat
  underneath" a card table, "X at the left, Y in the middle and Z at the right, as you look",
  "X halfway between Y and Z", "X lurking where Y hides nearly all of it", "two Xs, one well
  behind the other", verbs with counts on both sides ("grooming", "polishing", "weighing"),
  crowds "strolling about in every direction";
- the register changes from prompt to prompt: a museum audio guide ("Stop 14. In this painting:
  ... Press 15 to go on."), a theatre lighting cue ("LX 23: lights up on ... GO."), a
  cross-stitch chart ("Chart 6, motif C: stitch ..."), a weather presenter's aside, a court
  sketch artist's brief, a dating-app photo caption ("Pic 3 of 6: ..."), an insurance claim
  statement, a terse lower-case line with slashes, an old-fashioned letter and a radio call
  ("Unit 9 to control: I can see ... Over."); labels carry numbers that are not counts; the
  style comes last, "made to look like ...";
- each noun says where it may stand (indoors only, out of doors only, or either: a description
  mixing the first two is drawn again) and each clause which views keep its meaning; the place
  and the view are drawn to fit;
- settings, views, light, style, register and manner words are forbidden as object names in
  the truth (a view from the wings names no wing, a claim's photograph no photograph);
- the vocabulary is everyday: a church hall, a laundrette, backstage at a theatre, a museum
  gallery, a village green, a seaside fairground, a cricket ground, a boating lake; common
  nouns, many of which no other set uses (counted and printed when run); names of people are
  ordinary ones;
- no description equals or contains any other set's prompt (checked).

Nothing outside bench/prompts may import this file, name it, or quote its prompts. Truth keys
as in bench/prompts/scenes_dev.py. Deterministic (seed 77023).
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

rng = random.Random(77023)
HERE = Path(__file__).resolve().parent
OUT = HERE / "scenes" / "heldout12.jsonl"
ME = "heldout12"
SCENES = 48
VIEW_NAMES = ("top", "wide", "low", "front", "back", "left", "right")

# noun -> truth spec (names a reader would accept for it)
LEDGES = {"sideboard": "sideboard", "fruit stall": "fruit stall|stall", "dressing table": "dressing table|table",
          "chest of drawers": "chest of drawers|chest|drawers", "flower stall": "flower stall|stall",
          "pool table": "pool table|table"}
ORNAMENTS = {"trophy cup": "trophy cup|trophy|cup", "goblet": "goblet", "flower vase": "flower vase|vase",
             "egg cup": "egg cup|cup", "pork pie": "pork pie|pie", "custard tart": "custard tart|tart",
             "snow globe": "snow globe|globe", "music box": "music box|box", "decanter": "decanter",
             "pepper mill": "pepper mill|mill"}
LINERS = {"taxi": "taxi|cab", "dustcart": "dustcart|dust cart", "ice cream van": "ice cream van|van",
          "moped": "moped", "tandem": "tandem|bicycle|bike", "rowing boat": "rowing boat|boat",
          "camper van": "camper van|van", "quad bike": "quad bike|quad"}
GRIDS = {"folding chair": "folding chair|chair", "sun lounger": "sun lounger|lounger",
         "deckchair": "deckchair|deck chair|chair", "card table": "card table|table",
         "archery target": "archery target|target", "washing machine": "washing machine|machine"}
PILES = {"suitcase": "suitcase|case", "biscuit tin": "biscuit tin|tin", "coal bucket": "coal bucket|bucket",
         "fruit cake": "fruit cake|cake", "photo album": "photo album|album", "ledger": "ledger|book"}
HUBS = {"maypole": "maypole", "fountain": "fountain", "statue": "statue", "bonfire": "bonfire|fire",
        "sundial": "sundial", "hay feeder": "hay feeder|feeder", "dining table": "dining table|table",
        "grand piano": "grand piano|piano"}
PEOPLE = {"morris dancer": "morris dancer|dancer", "carol singer": "carol singer|singer", "choirboy": "choirboy|boy",
          "juror": "juror", "actress": "actress", "cousin": "cousin", "stable hand": "stable hand|groom",
          "florist": "florist", "cleaner": "cleaner", "butcher": "butcher", "decorator": "decorator|painter",
          "lifeguard": "lifeguard", "usher": "usher", "tea lady": "tea lady|lady", "organist": "organist"}
RING_PEOPLE = ("morris dancer", "carol singer", "choirboy", "juror", "actress", "cousin")
FARM = {"lamb": "lamb|sheep", "calf": "calf|cow", "shetland pony": "shetland pony|pony", "bullock": "bullock|cow"}
CHAIRS = {"dining chair": "dining chair|chair", "bar stool": "bar stool|stool",
          "kitchen chair": "kitchen chair|chair"}
BIGS = {"helter skelter": "helter skelter|helter-skelter", "ferris wheel": "ferris wheel|wheel",
        "cricket pavilion": "cricket pavilion|pavilion", "double-decker bus": "double-decker bus|bus",
        "steam train": "steam train|train|locomotive", "chestnut tree": "chestnut tree|tree",
        "tractor shed": "tractor shed|shed", "grand piano": "grand piano|piano", "wardrobe": "wardrobe",
        "bookcase": "bookcase", "tumble dryer": "tumble dryer|dryer", "bouncy castle": "bouncy castle|castle"}
TURNERS = {"shetland pony": "shetland pony|pony", "boxer dog": "boxer dog|boxer|dog", "dalmatian": "dalmatian|dog",
           "reindeer": "reindeer", "actor": "actor", "usher": "usher", "lifeguard": "lifeguard",
           "juror": "juror", "newsreader": "newsreader"}
ANIMAL_TURNERS = {"shetland pony", "boxer dog", "dalmatian", "reindeer"}
WORKERS = {"stable hand": "ponies", "cleaner": "silver", "butcher": "pies", "florist": "vases",
           "decorator": "chairs", "lifeguard": "boats"}
GOODS = {"ponies": ({"shetland pony": "shetland pony|pony", "dalmatian": "dalmatian|dog"},
                   ["grooming", "brushing down"]),
         "silver": ({"trophy cup": "trophy cup|trophy|cup", "goblet": "goblet"}, ["polishing", "buffing up"]),
         "pies": ({"pork pie": "pork pie|pie", "fruit cake": "fruit cake|cake"}, ["weighing", "wrapping"]),
         "vases": ({"flower vase": "flower vase|vase"}, ["filling", "arranging"]),
         "chairs": ({"folding chair": "folding chair|chair", "card table": "card table|table"},
                    ["repainting", "sanding down"]),
         "boats": ({"rowing boat": "rowing boat|boat", "pedalo": "pedalo"}, ["checking", "counting"])}
NAMES = {"Auntie Val": "auntie val|val", "Uncle Desmond": "uncle desmond|desmond", "Gran Edie": "gran edie|edie",
         "Mr Okafor": "mr okafor|okafor", "Mrs Lindqvist": "mrs lindqvist|lindqvist",
         "Little Alfie": "little alfie|alfie", "Big Sandra": "big sandra|sandra", "Doctor Rao": "doctor rao|rao"}
SEATS = {"pillar box": "pillar box|postbox|box", "chest of drawers": "chest of drawers|chest|drawers",
         "sideboard": "sideboard", "washing machine": "washing machine|machine", "park bench": "park bench|bench",
         "tumble dryer": "tumble dryer|dryer"}
ROOFS = {"card table": "card table|table", "dining table": "dining table|table", "fruit stall": "fruit stall|stall",
         "grand piano": "grand piano|piano", "pool table": "pool table|table", "garden table": "garden table|table"}
FRONTS = {"cricket pavilion": "cricket pavilion|pavilion", "telephone box": "telephone box|phone box|box",
          "ticket office": "ticket office|office", "candyfloss stall": "candyfloss stall|stall",
          "ice cream van": "ice cream van|van", "wardrobe": "wardrobe", "bookcase": "bookcase",
          "helter skelter": "helter skelter|helter-skelter", "witness box": "witness box|box"}
PROPS = {"lamppost": "lamppost|lamp post|post", "microphone stand": "microphone stand|mic stand|stand",
         "tripod": "tripod", "scratching post": "scratching post|post", "road sign": "road sign|sign",
         "archery target": "archery target|target", "tea urn": "tea urn|urn", "hatstand": "hatstand|hat stand"}
LURKERS = {"panther": "panther", "toad": "toad", "boxer dog": "boxer dog|boxer|dog", "lamb": "lamb|sheep",
           "toddler": "toddler|child", "cousin": "cousin", "choirboy": "choirboy|boy"}
BLOCKERS = {"ice cream van": "ice cream van|van", "dustcart": "dustcart|dust cart", "tractor shed": "tractor shed|shed",
            "gorse bush": "gorse bush|bush", "privet hedge": "privet hedge|hedge",
            "toll booth": "toll booth|booth", "wardrobe": "wardrobe", "tumble dryer": "tumble dryer|dryer",
            "grand piano": "grand piano|piano", "candyfloss stall": "candyfloss stall|stall"}
UNDER_PETS = {"siamese cat": "siamese cat|cat", "pug": "pug|dog", "dachshund": "dachshund|dog",
              "tortoise": "tortoise", "guinea pig": "guinea pig", "toad": "toad", "persian cat": "persian cat|cat"}
BITS = {"suitcase": "suitcase|case", "coal bucket": "coal bucket|bucket", "pin cushion": "pin cushion|cushion",
        "boxing glove": "boxing glove|glove", "roller skate": "roller skate|skate", "watering can": "watering can|can",
        "fax machine": "fax machine|fax", "music box": "music box|box", "alarm clock": "alarm clock|clock",
        "teapot": "teapot|pot", "saddle": "saddle", "rucksack": "rucksack|backpack|bag"}
OUTDOOR_ONLY = {"fruit stall", "flower stall", "taxi", "dustcart", "ice cream van", "moped", "tandem", "rowing boat",
                "camper van", "quad bike", "sun lounger", "deckchair", "pedalo", "maypole", "fountain", "statue",
                "bonfire",
                "sundial", "hay feeder", "lamb", "calf", "shetland pony", "bullock", "helter skelter", "ferris wheel",
                "cricket pavilion", "double-decker bus", "steam train", "chestnut tree", "tractor shed",
                "bouncy castle", "reindeer", "lifeguard", "pillar box", "park bench", "garden table",
                "telephone box", "ticket office", "candyfloss stall", "lamppost", "road sign", "panther",
                "toad", "gorse bush", "privet hedge", "toll booth", "watering can", "stable hand", "morris dancer"}
INDOOR_ONLY = {"sideboard", "dressing table", "chest of drawers", "pool table", "card table", "washing machine",
               "dining table", "grand piano", "dining chair", "bar stool", "kitchen chair", "wardrobe", "bookcase",
               "tumble dryer", "witness box", "microphone stand", "scratching post", "hatstand", "fax machine",
               "siamese cat", "persian cat", "juror", "organist", "usher", "cleaner", "newsreader", "tea urn",
               "alarm clock", "decanter", "snow globe"}
MANNERS = [("cheerfully", ["cheerfully"]), ("in a hurry", ["hurry"]), ("with a sigh", ["sigh"]),
           ("very patiently", ["patiently"])]
INDOOR_PLACES = [("in a church hall", ["church", "hall"]), ("in a laundrette", ["laundrette"]),
                 ("backstage at a theatre", ["backstage", "theatre"]), ("in a museum gallery", ["museum", "gallery"])]
OUTDOOR_PLACES = [("on a village green", ["village", "green"]), ("at a seaside fairground", ["seaside", "fairground"]),
                  ("at a cricket ground", ["cricket", "ground"]), ("beside a boating lake", ["boating", "lake"])]
STYLES = [("an etching", ["etching"]), ("a mosaic", ["mosaic"]), ("claymation", ["claymation"]),
          ("a pen-and-ink drawing", ["pen", "ink", "drawing"]), ("a lino print", ["lino", "print"]),
          ("a chalk drawing", ["chalk", "drawing"])]
LIGHTS = [("in late sunshine", ["late", "sunshine"]), ("under a grey sky", ["grey", "sky"]),
          ("by lamplight", ["lamplight"]), ("in light drizzle", ["drizzle"])]
OUTDOOR_LIGHTS = ("in light drizzle", "under a grey sky")
INDOOR_LIGHTS = ("by lamplight",)
VIEWS = {"top": [("seen from high up, looking straight down", ["high", "looking", "straight"]),
                 ("as a bird would see it from right above", ["bird", "above"])],
         "wide": [("from a long way back, everything small", ["way", "everything", "small"]),
                  ("in one enormous wide view", ["enormous", "wide", "view"])],
         "low": [("from down at ankle height, looking up", ["ankle", "height", "looking"]),
                 ("with the lens a few inches off the ground, tilted up", ["lens", "inches", "ground", "tilted"])],
         "front": [("face-on from the front, at head height", ["face", "front", "head", "height"])],
         "back": [("from the back of the whole scene, looking in", ["back", "scene", "looking"])],
         "left": [("from the left-hand end of the scene, looking across it",
                   ["left", "hand", "end", "scene", "looking"])],
         "right": [("from the right-hand end of the scene, looking across it",
                    ["right", "hand", "end", "scene", "looking"])]}
NUMBER = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight", 9: "nine",
          10: "ten", 11: "eleven", 12: "twelve", 14: "fourteen", 15: "fifteen", 16: "sixteen", 18: "eighteen",
          20: "twenty"}
IRREGULAR = {"calf": "calves", "reindeer": "reindeer", "shetland pony": "shetland ponies", "taxi": "taxis",
             "choirboy": "choirboys", "tea lady": "tea ladies", "chest of drawers": "chests of drawers",
             "music box": "music boxes", "boxing glove": "boxing gloves",
             "dalmatian": "dalmatians", "quad bike": "quad bikes"}


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
    d.say(rng.choice([f"{d.many(n, t)} set out one after another along the {c}",
                      f"the {c} with {d.many(n, t)} ranged along it in single file"]))
    d.count(c_spec, 1)
    d.count(t_spec, n)
    d.add("arrangements", (t_spec, "row"))
    d.add("relations", (t_spec, "on_top_of", c_spec))
    d.forbid("top", "wide", *SIDEWAYS)  # small things: not from far off


def bumper(d: Draft) -> None:
    a, spec = d.take(LINERS)
    n = rng.choice([3, 4, 5])
    d.say(rng.choice([f"{d.many(n, a)} queued bumper to bumper across the width of the picture",
                      (f"{d.many(n, a)} side by side in one line, running from the left edge of the picture to "
                       f"the right")]))
    d.count(spec, n)
    d.add("arrangements", (spec, "row"))
    d.forbid(*SIDEWAYS)


def ranks(d: Draft) -> None:
    a, spec = d.take(GRIDS)
    r, c = rng.choice([(2, 3), (3, 3), (2, 4), (3, 4), (4, 2), (2, 5)])
    d.say(rng.choice([f"{d.many(r * c, a)} drawn up in {NUMBER[r]} ranks, {NUMBER[c]} to a rank",
                      f"{plural(a)} set out as a block {NUMBER[r]} ranks deep and {NUMBER[c]} files wide"]))
    d.count(spec, r * c)
    d.add("arrangements", (spec, "grid", r, c))


def pancakes(d: Draft) -> None:
    a, spec = d.take(PILES)
    n = rng.choice([3, 4, 5])
    d.say(rng.choice([f"{d.many(n, a)} stacked like pancakes, one upon another",
                      f"{d.many(n, a)} balanced one upon the next, only the lowest touching the ground"]))
    d.truth["forbidden"] += ["pancake", "pancakes", "lowest"]
    d.count(spec, n)
    d.add("arrangements", (spec, "stack"))
    d.forbid("top")


def gathering(d: Draft) -> None:
    c, c_spec = d.take(HUBS)
    if c == "hay feeder":
        a, a_spec = d.take(FARM)
    elif c in ("dining table", "grand piano"):
        a, a_spec = d.take(CHAIRS) if c == "dining table" else d.take({k: PEOPLE[k] for k in RING_PEOPLE})
    else:
        a, a_spec = d.take({k: PEOPLE[k] for k in RING_PEOPLE})
    n = rng.choice([4, 5, 6, 7])
    if c == "dining table":
        text = f"{d.many(n, a)} placed all round the {c}"
    elif c == "hay feeder":
        text = f"{d.many(n, a)} in a ring about the {c}, noses in"
    else:
        text = rng.choice([f"{d.many(n, a)} in a ring about the {c}",
                           f"the {c} ringed by {d.many(n, a)}"])
    d.say(text)
    d.truth["forbidden"] += ["noses", "nose"]
    d.count(c_spec, 1)
    d.count(a_spec, n)
    d.add("relations", (a_spec, "around", c_spec))


def halves(d: Draft) -> None:
    a, a_spec = d.take(BIGS)
    b, b_spec = d.take(BIGS)
    d.say(rng.choice([f"{an(a)} over on the left-hand side, as you look, and {an(b)} over on the right-hand side",
                      f"{an(a)} filling the left-hand half of the view and {an(b)} filling the right-hand half"]))
    d.count(a_spec, 1)
    d.count(b_spec, 1)
    d.add("sides", (a_spec, "left"), (b_spec, "right"))
    d.forbid("back", *SIDEWAYS)


def turning(d: Draft) -> None:
    a, spec = d.take(TURNERS)
    way = rng.choice(["towards", "outer", "alternate", "awayright"])
    which = "which" if a in ANIMAL_TURNERS else "who"
    if way == "towards":
        d.say(f"two {plural(a)} turned towards one another, the left one looking right and the right one looking "
              f"left")
        d.add("facing", (spec, ["right", "left"]))
        d.count(spec, 2)
    elif way == "outer":
        d.say(f"three {plural(a)} in a line, the outer two looking at us and the middle one, {which} is turned "
              f"away")
        d.add("facing", (spec, ["camera", "away", "camera"]))
        d.count(spec, 3)
    elif way == "alternate":
        d.say(f"four {plural(a)} side by side, alternately looking left and right, starting with the left-hand one "
              f"looking left")
        d.add("facing", (spec, ["left", "right", "left", "right"]))
        d.count(spec, 4)
    else:
        d.say(f"two {plural(a)} next to each other, the left one facing away from us and the right one turned to "
              f"face right")
        d.add("facing", (spec, ["away", "right"]))
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


def strolling(d: Draft) -> None:
    pool = {**{k: PEOPLE[k] for k in RING_PEOPLE}, **FARM}
    a, spec = d.take(pool)
    n = rng.choice([6, 7, 8, 9, 10, 12])
    d.say(rng.choice([f"{d.many(n, a)} strolling about in every direction",
                      f"{d.many(n, a)} drifting about anyhow, no two together"]))
    d.truth["forbidden"] += ["direction"]
    d.count(spec, n)


def named(d: Draft) -> None:
    name = rng.choice([n for n in NAMES if n not in d.used])
    d.used.add(name)
    kind = rng.choice(["on", "under", "before", "by"])
    if kind == "on":
        b, b_spec = d.take(SEATS)
        d.say(rng.choice([f"{name} balanced on top of {an(b)}",
                          f"{name} sitting up on top of {an(b)}, legs dangling"]))
        d.truth["forbidden"] += ["legs", "leg"]
        d.add("relations", (NAMES[name], "on_top_of", b_spec))
        d.forbid("low")
    elif kind == "under":
        b, b_spec = d.take(ROOFS)
        d.say(rng.choice([f"{name} lying flat underneath {an(b)}", f"{name} curled up below {an(b)}"]))
        d.add("relations", (NAMES[name], "under", b_spec))
        d.forbid("top")
    elif kind == "before":
        b, b_spec = d.take(FRONTS)
        d.say(rng.choice([f"{name} waiting just in front of {an(b)}",
                          f"{name} on our side of {an(b)}, between us and it"]))
        d.add("relations", (NAMES[name], "in_front_of", b_spec))
        d.forbid("top", "back", *SIDEWAYS)
    else:
        b, b_spec = d.take(PROPS)
        d.say(rng.choice([f"{name} loitering beside {an(b)}", f"{name} standing right by {an(b)}"]))
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
        d.say(rng.choice([f"{an(a)} curled up beneath {an(b)}", f"{an(a)} dozing in the shade under {an(b)}"]))
        d.truth["forbidden"] += ["shade"]
        d.add("relations", (a_spec, "under", b_spec))
        d.forbid("top")
    elif kind == "hidden":
        a, a_spec = d.take(LURKERS)
        b, b_spec = d.take(BLOCKERS)
        pron = "them" if a in PEOPLE or a == "toddler" else "it"
        d.say(rng.choice([f"{an(a)} lurking where {an(b)} hides nearly all of {pron}",
                          f"{an(a)} behind {an(b)}, which keeps most of {pron} out of sight"]))
        d.truth["forbidden"] += ["sight"]
        d.add("relations", (a_spec, "hidden_by", b_spec))
        d.forbid("top", "back", *SIDEWAYS)
    elif kind == "order":
        (a, a_spec), (b, b_spec), (c, c_spec) = (d.take(BITS) for _ in range(3))
        d.say(rng.choice([f"{an(a)} at the left, {an(b)} in the middle and {an(c)} at the right, as you look",
                          f"{an(c)} on the right, {an(a)} on the left and {an(b)} between the two, as we see them"]))
        d.count(c_spec, 1)
        d.add("relations", (a_spec, "left_of", b_spec), (b_spec, "left_of", c_spec))
        d.forbid("back", "wide", *SIDEWAYS)
    else:
        (a, a_spec), (b, b_spec), (c, c_spec) = (d.take(BITS) for _ in range(3))
        d.say(rng.choice([f"{an(a)} halfway between {an(b)} and {an(c)}",
                          f"{an(b)} and {an(c)} set apart, with {an(a)} placed midway between them"]))
        d.count(c_spec, 1)
        d.add("relations", (a_spec, "between", b_spec, c_spec))
        d.forbid("back", "wide", *SIDEWAYS)
    d.count(a_spec, 1)
    d.count(b_spec, 1)


def twins(d: Draft) -> None:
    if rng.random() < 0.5:
        a, spec = d.take(BITS)
        if rng.random() < 0.5:
            d.say(f"two {plural(a)}, one well behind the other")
            d.add("relations", (spec, "behind", spec))
        else:
            d.say(f"two {plural(a)}, one nearer to us than the other and in front of it")
            d.add("relations", (spec, "in_front_of", spec))
        d.forbid("top", "back", "wide", *SIDEWAYS)
    else:
        a, spec = d.take({k: v for k, v in PILES.items() if k not in ("fruit cake",)})
        d.say(rng.choice([f"two {plural(a)}, one resting squarely on the other",
                          f"{an(a)} with a second {a} laid on top of it"]))
        d.add("relations", (spec, "on_top_of", spec))
        d.forbid("top")
    d.count(spec, 2)


KINDS = [counter_row, bumper, ranks, pancakes, gathering, halves, turning, work, strolling, named, placing,
         placing, twins]
CLAUSES: list[int] = []


# Registers: (how the clauses are put together, the words they bring).


def cap(text: str) -> str:
    return text[0].upper() + text[1:]


def audio_guide(texts: list[str]) -> tuple[str, list[str]]:
    k = rng.randint(3, 40)
    body = f"Stop {k}. In this painting: " + "; ".join(texts) + f". Press {k + 1} to go on."
    return body, ["stop", "painting", "press"]


def lighting_cue(texts: list[str]) -> tuple[str, list[str]]:
    return f"LX {rng.randint(2, 90)}: lights up on " + ", ".join(texts) + ". GO.", ["lx", "lights", "go"]


def chart(texts: list[str]) -> tuple[str, list[str]]:
    head = f"Chart {rng.randint(2, 40)}, motif {rng.choice('ABCDEFGH')}: stitch "
    return head + "; then ".join(texts) + ".", ["chart", "motif", "stitch"]


def weather(texts: list[str]) -> tuple[str, list[str]]:
    body = "Before the forecast, a viewer's photo: " + ", ".join(texts[:-1]) + f", and {texts[-1]}"
    return body + ". Lovely. Now, the weather.", ["forecast", "viewer", "viewer's", "photo", "weather"]


def court(texts: list[str]) -> tuple[str, list[str]]:
    body = f"Court sketch, case {rng.randint(2, 300)}, as seen from the public gallery: " + "; ".join(texts)
    return body + ".", ["court", "sketch", "case", "public", "gallery"]


def dating(texts: list[str]) -> tuple[str, list[str]]:
    k = rng.randint(2, 6)
    body = f"Pic {rng.randint(1, k)} of {k}: " + ", plus ".join(texts)
    return body + ". Swipe for more.", ["pic", "swipe"]


def claim(texts: list[str]) -> tuple[str, list[str]]:
    body = f"Claim ref {rng.randint(1000, 9999)}/{rng.choice('ABCDEFGH')}: at the time of the incident the scene was "
    return body + "as follows: " + "; ".join(texts) + ".", ["claim", "ref", "incident", "time", "scene"]


def terse(texts: list[str]) -> tuple[str, list[str]]:
    ending = rng.choice(["nobody speaks", "so still", "and then, silence", "all is quiet"])
    return " / ".join(texts) + f" / {ending}", ["nobody", "still", "silence", "quiet"]


def letter(texts: list[str]) -> tuple[str, list[str]]:
    body = "Dear Sir, I should be most obliged if you would paint " + ", together with ".join(texts)
    return body + ". Yours faithfully.", ["sir", "yours", "faithfully"]


def radio(texts: list[str]) -> tuple[str, list[str]]:
    body = f"Unit {rng.randint(2, 40)} to control: I can see " + ", and ".join(texts)
    return body + ". Over.", ["unit", "control"]


REGISTERS = [audio_guide, lighting_cue, chart, weather, court, dating, claim, terse, letter, radio]


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
    clauses[-1] = clauses[-1] + ", " + ", ".join(tail) + f", made to look like {style}"
    register = REGISTERS[index % len(REGISTERS)]
    text, register_words = register(clauses)
    d.truth["forbidden"] += register_words
    CLAUSES.append(len(d.clauses))
    if register is not terse:
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
                   "heldout9", "heldout10", "heldout11", ME):
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
    print(f"{len(rows)} twelfth held-out scenes -> {OUT.relative_to(HERE.parent.parent)} "
          f"({min(lengths)}-{max(lengths)} words; {len(new)} of {len(primary)} primary nouns in no other set)")


if __name__ == "__main__":
    main()
