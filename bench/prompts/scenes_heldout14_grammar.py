"""Writes the FOURTEENTH held-out scene descriptions (bench/prompts/scenes/heldout14.jsonl).

    .venv/bin/python bench/prompts/scenes_heldout14_grammar.py

Why a fourteenth held-out set: the thirteenth one (bench/prompts/scenes/heldout13.jsonl) is to be
run once fresh and then read while building. This one was written without reading the
implementation, its tests or its documentation (only bench/scenes.py, bench/layout.py,
bench/layout_selfcheck.py, the README's bench section and the existing prompt sets and grammars,
so as to differ from them), and is meant to be run once, with ``--failures 0``:

- each description has three to six content clauses, drawn from clause kinds worded unlike any
  other set's: toby jugs or ink bottles "lined up tidily on the pine dresser's top" (a row, each
  on it), mail vans or sailing dinghies "nose to tail, a line spanning the picture from edge to
  edge", chiavari chairs or wine crates "marshalled into R rows, C to a row", steamer trunks or
  vinyl records "built up into one column, each set on the last", fell walkers "standing round" a
  trig point or kid goats "crowding round" a mineral block, two big things "occupying our left as
  we see it" and "our right", members by position ("eye to eye, the one on our left looking
  rightwards", "a trio abreast: both outside ones turned from us, the middle one turned towards
  us", "reading from the left: the first two facing right, the last two facing left", "the one
  on our left looking at us, the one on our right looking leftwards"), a named person "seated
  atop" a sea chest or "curled up under" a banquet table, "from our left to our right: X, then Y,
  then Z", "X sandwiched between Y and Z", "X lurking behind Y, barely visible", "two Xs, one
  standing well behind the other", verbs with counts on both sides ("heaving", "labelling",
  "setting out", "hosing down"), crowds "milling about at random" or "roaming about every which
  way";
- the register changes from prompt to prompt: a ship's log ("Ship's log, 0640 hrs: sighted ...;
  also ... Wind SW, sea slight."), a wedding photographer's shot list, a jigsaw box lid, a
  model-railway baseboard note, a hotel guest's review, a wildlife documentary narrator, a
  shop-window dresser's brief, a walking-route guide, a detective's notebook and a lower-case
  note to a flatmate; labels carry numbers that are not counts; the style comes last, "worked up
  as ...";
- each noun says where it may stand (indoors only, out of doors only, or either: a description
  mixing the first two is drawn again) and each clause which views keep its meaning; the place
  and the view are drawn to fit;
- settings, views, light, style, register and manner words are forbidden as object names in
  the truth (a ship's log names no ship, a window brief no window);
- the vocabulary is everyday: a hotel lobby, a wedding reception, a police station, a shop
  stockroom, a harbour quay, the fells, a branch line, a shingle beach; common nouns, most of
  which no other set uses (counted and printed when run); names of people are ordinary ones;
- no description equals or contains any other set's prompt, nor shares a run of five words with
  one (checked).

Nothing outside bench/prompts may import this file, name it, or quote its prompts. Truth keys
as in bench/prompts/scenes_dev.py. Deterministic (seed 31513).
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

rng = random.Random(31513)
HERE = Path(__file__).resolve().parent
OUT = HERE / "scenes" / "heldout14.jsonl"
ME = "heldout14"
SCENES = 48
RUN = 5  # no run of this many words may be shared with another part's prompt
VIEW_NAMES = ("top", "wide", "low", "front", "back", "left", "right")

# noun -> truth spec (names a reader would accept for it)
LEDGES = {"pine dresser": "pine dresser|dresser", "glass counter": "glass counter|counter",
          "chart table": "chart table|table", "hotel desk": "hotel desk|desk",
          "jewellery counter": "jewellery counter|counter", "sea chest": "sea chest|chest",
          "wash stand": "wash stand|washstand|stand", "gift table": "gift table|table"}
ORNAMENTS = {"toby jug": "toby jug|jug", "ink bottle": "ink bottle|bottle", "sardine tin": "sardine tin|tin",
             "champagne flute": "champagne flute|flute|glass", "place card": "place card|card",
             "wedding favour": "wedding favour|favour", "travel clock": "travel clock|clock",
             "tide clock": "tide clock|clock", "cake topper": "cake topper|topper",
             "porridge bowl": "porridge bowl|bowl", "egg timer": "egg timer|timer",
             "cufflink box": "cufflink box|box"}
LINERS = {"mail van": "mail van|van", "parcel van": "parcel van|van", "courtesy car": "courtesy car|car",
          "wedding car": "wedding car|car", "pedicab": "pedicab|rickshaw", "land yacht": "land yacht|yacht",
          "sailing dinghy": "sailing dinghy|dinghy|boat", "lobster boat": "lobster boat|boat",
          "coal wagon": "coal wagon|wagon", "brake van": "brake van|van"}
GRIDS = {"chiavari chair": "chiavari chair|chair", "wheelback chair": "wheelback chair|chair",
         "tub chair": "tub chair|chair", "wine crate": "wine crate|crate", "orange box": "orange box|box",
         "lobster creel": "lobster creel|creel|pot", "blackcurrant bush": "blackcurrant bush|bush"}
PILES = {"wine crate": "wine crate|crate", "orange box": "orange box|box", "steamer trunk": "steamer trunk|trunk",
         "porridge bowl": "porridge bowl|bowl", "domino box": "domino box|box",
         "vinyl record": "vinyl record|record", "cufflink box": "cufflink box|box"}
HUBS = {"trig point": "trig point|pillar", "fingerpost": "fingerpost|signpost|sign", "camp stove": "camp stove|stove",
        "chocolate fountain": "chocolate fountain|fountain", "drinking trough": "drinking trough|trough",
        "mineral block": "mineral block|lick|block", "banquet table": "banquet table|table",
        "interview table": "interview table|table"}
PEOPLE = {"groomsman": "groomsman", "fell walker": "fell walker|walker|hiker",
          "youth hosteller": "youth hosteller|hosteller", "train spotter": "train spotter|spotter",
          "sea cadet": "sea cadet|cadet", "day tripper": "day tripper|tripper|tourist", "well-wisher": "well-wisher",
          "signalman": "signalman", "chambermaid": "chambermaid|maid", "night porter": "night porter|porter",
          "bosun": "bosun", "window dresser": "window dresser", "ship's cook": "ship's cook|cook",
          "forensic officer": "forensic officer|officer", "station master": "station master|stationmaster",
          "naturalist": "naturalist"}
RING_PEOPLE = ("groomsman", "fell walker", "youth hosteller", "train spotter", "sea cadet", "day tripper",
               "well-wisher")
FARM = {"jersey cow": "jersey cow|cow", "exmoor pony": "exmoor pony|pony", "kid goat": "kid goat|goat",
        "saddleback pig": "saddleback pig|pig", "suffolk ewe": "suffolk ewe|ewe|sheep"}
CHAIRS = {"chiavari chair": "chiavari chair|chair", "wheelback chair": "wheelback chair|chair",
          "tub chair": "tub chair|chair", "captain's chair": "captain's chair|chair"}
BIGS = {"martello tower": "martello tower|tower", "coastguard station": "coastguard station|station",
        "hay barn": "hay barn|barn", "engine shed": "engine shed|shed", "radio mast": "radio mast|mast",
        "douglas fir": "douglas fir|fir|tree", "lombardy poplar": "lombardy poplar|poplar|tree",
        "airport shuttle": "airport shuttle|shuttle|bus", "sleeper car": "sleeper car|carriage|coach",
        "glass cabinet": "glass cabinet|cabinet", "pine dresser": "pine dresser|dresser",
        "hotel bed": "hotel bed|bed", "copper boiler": "copper boiler|boiler"}
TURNERS = {"exmoor pony": "exmoor pony|pony", "jersey cow": "jersey cow|cow",
           "muntjac deer": "muntjac deer|muntjac|deer", "irish setter": "irish setter|setter|dog",
           "black labrador": "black labrador|labrador|dog", "naturalist": "naturalist", "bosun": "bosun",
           "signalman": "signalman", "chambermaid": "chambermaid|maid", "station master": "station master|stationmaster"}
ANIMAL_TURNERS = {"exmoor pony", "jersey cow", "muntjac deer", "irish setter", "black labrador"}
WORKERS = {"chambermaid": "laundry", "night porter": "luggage", "forensic officer": "evidence",
           "groomsman": "tables", "sea cadet": "boats", "window dresser": "dummies"}
GOODS = {"laundry": ({"laundry sack": "laundry sack|sack", "linen bag": "linen bag|bag"}, ["hauling", "filling"]),
         "luggage": ({"steamer trunk": "steamer trunk|trunk", "kitbag": "kitbag|bag"}, ["heaving", "carrying"]),
         "evidence": ({"evidence bag": "evidence bag|bag", "fingerprint kit": "fingerprint kit|kit"},
                      ["labelling", "checking"]),
         "tables": ({"chiavari chair": "chiavari chair|chair", "place card": "place card|card"},
                    ["setting out", "straightening"]),
         "boats": ({"sailing dinghy": "sailing dinghy|dinghy|boat", "lobster creel": "lobster creel|creel|pot"},
                   ["scrubbing", "hosing down"]),
         "dummies": ({"dress form": "dress form|dummy|mannequin", "wig stand": "wig stand|stand"},
                     ["dressing", "arranging"])}
NAMES = {"Aunt Olwen": "aunt olwen|olwen", "Captain Fergus": "captain fergus|fergus",
         "Mrs Pettifer": "mrs pettifer|pettifer", "Grandpa Lionel": "grandpa lionel|lionel",
         "Cousin Morag": "cousin morag|morag", "Little Ewan": "little ewan|ewan",
         "Sister Bernadette": "sister bernadette|bernadette", "Professor Okafor": "professor okafor|okafor"}
SEATS = {"sea chest": "sea chest|chest", "steamer trunk": "steamer trunk|trunk", "wine crate": "wine crate|crate",
         "cable drum": "cable drum|drum|reel", "orange box": "orange box|box", "dry stone wall": "dry stone wall|wall"}
ROOFS = {"banquet table": "banquet table|table", "interview table": "interview table|table",
         "gift table": "gift table|table", "chart table": "chart table|table", "hotel bed": "hotel bed|bed",
         "captain's desk": "captain's desk|desk", "picnic bench": "picnic bench|bench|table",
         "pedestal desk": "pedestal desk|desk"}
FRONTS = {"police box": "police box|box", "martello tower": "martello tower|tower",
          "coastguard station": "coastguard station|station", "hay barn": "hay barn|barn",
          "launderette": "launderette|laundrette", "tea room": "tea room|tearoom|cafe",
          "glass cabinet": "glass cabinet|cabinet", "pine dresser": "pine dresser|dresser",
          "milking parlour": "milking parlour|parlour"}
PROPS = {"fingerpost": "fingerpost|signpost|sign", "standard lamp": "standard lamp|lamp",
         "cheese plant": "cheese plant|plant", "aspidistra": "aspidistra|plant", "dress form": "dress form|dummy|mannequin",
         "mooring post": "mooring post|post|bollard", "trig point": "trig point|pillar", "radio mast": "radio mast|mast"}
LURKERS = {"mountain hare": "mountain hare|hare", "muntjac deer": "muntjac deer|muntjac|deer", "kid goat": "kid goat|goat",
           "bull terrier": "bull terrier|terrier|dog", "kid sister": "kid sister|sister|girl",
           "godson": "godson|boy", "twin brother": "twin brother|brother|boy"}
BLOCKERS = {"mail van": "mail van|van", "parcel van": "parcel van|van", "milk lorry": "milk lorry|lorry|truck",
            "hotel minibus": "hotel minibus|minibus|bus", "mountain hut": "mountain hut|hut",
            "police box": "police box|box", "hawthorn hedge": "hawthorn hedge|hedge", "broom bush": "broom bush|bush",
            "pine dresser": "pine dresser|dresser", "copper boiler": "copper boiler|boiler",
            "cheese plant": "cheese plant|plant"}
UNDER_PETS = {"ginger tom": "ginger tom|cat|tom", "bengal cat": "bengal cat|cat", "ragdoll cat": "ragdoll cat|cat",
              "cairn terrier": "cairn terrier|terrier|dog", "scottie dog": "scottie dog|scottie|terrier|dog",
              "spaniel puppy": "spaniel puppy|puppy|spaniel|dog", "white rabbit": "white rabbit|rabbit"}
BITS = {"kitbag": "kitbag|bag", "laundry sack": "laundry sack|sack", "wine crate": "wine crate|crate",
        "orange box": "orange box|box", "cricket bag": "cricket bag|bag", "steamer trunk": "steamer trunk|trunk",
        "copper kettle": "copper kettle|kettle", "brass telescope": "brass telescope|telescope",
        "vanity case": "vanity case|case", "dictaphone": "dictaphone", "ship's bell": "ship's bell|bell",
        "bowler hat": "bowler hat|hat", "toby jug": "toby jug|jug", "domino box": "domino box|box"}
OUTDOOR_ONLY = {"mail van", "parcel van", "courtesy car", "wedding car", "pedicab", "land yacht", "sailing dinghy",
                "lobster boat", "coal wagon", "brake van", "blackcurrant bush", "trig point", "fingerpost",
                "drinking trough", "mineral block", "jersey cow", "exmoor pony", "kid goat", "saddleback pig",
                "suffolk ewe", "martello tower", "coastguard station", "hay barn", "engine shed", "radio mast",
                "douglas fir", "lombardy poplar", "airport shuttle", "sleeper car", "fell walker", "youth hosteller",
                "train spotter", "sea cadet", "day tripper", "mountain hare", "muntjac deer", "milk lorry",
                "hotel minibus", "mountain hut", "police box", "hawthorn hedge", "broom bush", "mooring post",
                "dry stone wall", "picnic bench", "tea room", "launderette", "milking parlour", "lobster creel",
                "cable drum"}
INDOOR_ONLY = {"pine dresser", "glass counter", "chart table", "hotel desk", "jewellery counter", "wash stand",
               "gift table", "chiavari chair", "wheelback chair", "tub chair", "captain's chair", "banquet table",
               "interview table", "hotel bed", "captain's desk", "pedestal desk", "glass cabinet", "copper boiler",
               "standard lamp", "cheese plant", "aspidistra", "dress form", "wig stand", "chocolate fountain",
               "chambermaid", "night porter", "window dresser", "forensic officer", "ginger tom", "bengal cat",
               "ragdoll cat", "travel clock", "tide clock", "place card", "egg timer", "cake topper",
               "champagne flute", "dictaphone", "vanity case", "evidence bag", "fingerprint kit", "laundry sack",
               "linen bag", "cufflink box", "vinyl record"}
MANNERS = [("cheerfully", ["cheerfully"]), ("in silence", ["silence"]), ("muttering", ["muttering"]),
           ("with great care", ["great", "care"])]
INDOOR_PLACES = [("in a hotel lobby", ["hotel", "lobby"]), ("at a wedding reception", ["wedding", "reception"]),
                 ("in a police station", ["police", "station"]), ("in a shop stockroom", ["shop", "stockroom"])]
OUTDOOR_PLACES = [("on a harbour quay", ["harbour", "quay"]), ("up on the fells", ["fells"]),
                  ("beside a branch line", ["branch", "line"]), ("on a shingle beach", ["shingle", "beach"])]
STYLES = [("a linocut", ["linocut"]), ("a pastel drawing", ["pastel", "drawing"]),
          ("a claymation still", ["claymation", "still"]), ("an etching", ["etching"]),
          ("a pen-and-wash illustration", ["pen", "wash", "illustration"]), ("a mosaic", ["mosaic"])]
LIGHTS = [("at blue hour", ["blue", "hour"]), ("in low evening sun", ["evening", "sun"]),
          ("under strip lights", ["strip", "lights"]), ("in a grey drizzle", ["grey", "drizzle"])]
OUTDOOR_LIGHTS = ("in a grey drizzle", "in low evening sun")
INDOOR_LIGHTS = ("under strip lights",)
VIEWS = {"top": [("seen as a plan, straight down from above", ["plan", "above"]),
                 ("from a cherry picker directly overhead", ["cherry", "picker", "overhead"])],
         "wide": [("from miles off, everything shrunk small", ["miles", "everything", "shrunk", "small"]),
                  ("in a great broad vista", ["broad", "vista"])],
         "low": [("from ankle height, tilted upwards", ["ankle", "height", "tilted"]),
                 ("from a worm's-eye angle, peering up", ["worm's", "worm", "angle", "peering"])],
         "front": [("face-on, at chest height", ["face", "chest", "height"])],
         "back": [("from round the back of the whole lot", ["round", "back", "lot"])],
         "left": [("from out on the left flank, looking across it all", ["flank", "left", "looking"])],
         "right": [("from out on the right flank, looking across it all", ["flank", "right", "looking"])]}
NUMBER = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight", 9: "nine",
          10: "ten", 11: "eleven", 12: "twelve", 14: "fourteen", 15: "fifteen", 16: "sixteen", 18: "eighteen",
          20: "twenty"}
IRREGULAR = {"groomsman": "groomsmen", "signalman": "signalmen", "blackcurrant bush": "blackcurrant bushes",
             "broom bush": "broom bushes", "muntjac deer": "muntjac deer", "ship's cook": "ships' cooks",
             "ship's bell": "ships' bells", "well-wisher": "well-wishers", "captain's chair": "captains' chairs",
             "captain's desk": "captains' desks", "kid goat": "kid goats", "hawthorn hedge": "hawthorn hedges",
             "day tripper": "day trippers", "sea chest": "sea chests"}
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
    d.say(rng.choice([f"{d.many(n, t)} lined up tidily on the {c}'s top",
                      f"the {c} topped with {d.many(n, t)} in single file"]))
    d.truth["forbidden"] += ["file"]
    d.count(c_spec, 1)
    d.count(t_spec, n)
    d.add("arrangements", (t_spec, "row"))
    d.add("relations", (t_spec, "on_top_of", c_spec))
    d.forbid("top", "wide", *SIDEWAYS)  # small things: not from far off


def bumper(d: Draft) -> None:
    a, spec = d.take(LINERS)
    n = rng.choice([3, 4, 5])
    d.say(rng.choice([f"{d.many(n, a)} nose to tail, a line spanning the picture from edge to edge",
                      f"{d.many(n, a)} drawn up in one straight line running across the picture"]))
    d.truth["forbidden"] += ["nose", "tail", "edge"]
    d.count(spec, n)
    d.add("arrangements", (spec, "row"))
    d.forbid(*SIDEWAYS)


def ranks(d: Draft) -> None:
    a, spec = d.take(GRIDS)
    r, c = rng.choice([(2, 3), (3, 3), (2, 4), (3, 4), (4, 2), (2, 5)])
    d.say(rng.choice([f"{d.many(r * c, a)} marshalled into {NUMBER[r]} rows, {NUMBER[c]} to a row",
                      f"{plural(a)} laid out as a grid, {NUMBER[r]} rows deep and {NUMBER[c]} across"]))
    d.truth["forbidden"] += ["grid"]
    d.count(spec, r * c)
    d.add("arrangements", (spec, "grid", r, c))


def pancakes(d: Draft) -> None:
    a, spec = d.take(PILES)
    n = rng.choice([3, 4, 5])
    d.say(rng.choice([f"{d.many(n, a)} built up into one column, each set on the last",
                      f"{d.many(n, a)} heaped one upon another, a single wobbly stack"]))
    d.truth["forbidden"] += ["column", "stack"]
    d.count(spec, n)
    d.add("arrangements", (spec, "stack"))
    d.forbid("top")


def gathering(d: Draft) -> None:
    c, c_spec = d.take(HUBS)
    if c in ("drinking trough", "mineral block"):
        a, a_spec = d.take(FARM)
    elif c in ("banquet table", "interview table"):
        a, a_spec = d.take(CHAIRS) if c == "banquet table" else d.take({k: PEOPLE[k] for k in RING_PEOPLE})
    else:
        a, a_spec = d.take({k: PEOPLE[k] for k in RING_PEOPLE})
    n = rng.choice([4, 5, 6, 7])
    if c == "banquet table":
        text = f"{d.many(n, a)} set right round the {c}"
    elif c in ("drinking trough", "mineral block"):
        text = f"{d.many(n, a)} crowding round the {c} on every side"
    else:
        text = rng.choice([f"{d.many(n, a)} standing round the {c} in a ring",
                           f"the {c} ringed by {d.many(n, a)}"])
    d.say(text)
    d.truth["forbidden"] += ["ring", "side"]
    d.count(c_spec, 1)
    d.count(a_spec, n)
    d.add("relations", (a_spec, "around", c_spec))


def halves(d: Draft) -> None:
    a, a_spec = d.take(BIGS)
    b, b_spec = d.take(BIGS)
    d.say(rng.choice([f"{an(a)} occupying our left as we see it, {an(b)} occupying our right",
                      f"{an(a)} over on our left and {an(b)} over on our right"]))
    d.count(a_spec, 1)
    d.count(b_spec, 1)
    d.add("sides", (a_spec, "left"), (b_spec, "right"))
    d.forbid("back", *SIDEWAYS)


def turning(d: Draft) -> None:
    a, spec = d.take(TURNERS)
    way = rng.choice(["gazing", "ends", "pairs", "mixed"])
    if way == "gazing":
        d.say(f"two {plural(a)} eye to eye, the one on our left looking rightwards, the one on our right looking leftwards")
        d.add("facing", (spec, ["right", "left"]))
        d.count(spec, 2)
    elif way == "ends":
        d.say(f"a trio of {plural(a)} abreast: both outside ones turned from us, the middle one turned towards us")
        d.add("facing", (spec, ["away", "camera", "away"]))
        d.count(spec, 3)
    elif way == "pairs":
        d.say(f"four {plural(a)} in a line, reading from the left: the first two facing right, the last two "
              f"facing left")
        d.add("facing", (spec, ["right", "right", "left", "left"]))
        d.count(spec, 4)
    else:
        d.say(f"a pair of {plural(a)}, the one on our left looking at us, the one on our right looking leftwards")
        d.add("facing", (spec, ["camera", "left"]))
        d.count(spec, 2)
    d.truth["forbidden"] += ["eye", "trio", "pair", "middle"]
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
    d.say(rng.choice([f"{d.many(n, a)} milling about at random",
                      f"{d.many(n, a)} roaming about every which way"]))
    d.truth["forbidden"] += ["random", "way"]
    d.count(spec, n)


def named(d: Draft) -> None:
    name = rng.choice([n for n in NAMES if n not in d.used])
    d.used.add(name)
    kind = rng.choice(["on", "under", "before", "by"])
    if kind == "on":
        b, b_spec = d.take(SEATS)
        d.say(rng.choice([f"{name} seated atop {an(b)}",
                          f"{name} sitting on {an(b)}, legs dangling"]))
        d.truth["forbidden"] += ["legs", "leg"]
        d.add("relations", (NAMES[name], "on_top_of", b_spec))
        d.forbid("low")
    elif kind == "under":
        b, b_spec = d.take(ROOFS)
        d.say(rng.choice([f"{name} curled up under {an(b)}", f"{name} sheltering beneath {an(b)}"]))
        d.add("relations", (NAMES[name], "under", b_spec))
        d.forbid("top")
    elif kind == "before":
        b, b_spec = d.take(FRONTS)
        d.say(rng.choice([f"{name} planted squarely in front of {an(b)}",
                          f"{name} between us and {an(b)}, nearer to us"]))
        d.add("relations", (NAMES[name], "in_front_of", b_spec))
        d.forbid("top", "back", *SIDEWAYS)
    else:
        b, b_spec = d.take(PROPS)
        d.say(rng.choice([f"{name} loitering beside {an(b)}", f"{name} lingering close by {an(b)}"]))
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
        d.say(rng.choice([f"{an(a)} dozing under {an(b)}", f"{an(a)} curled up asleep beneath {an(b)}"]))
        d.truth["forbidden"] += ["asleep"]
        d.add("relations", (a_spec, "under", b_spec))
        d.forbid("top")
    elif kind == "hidden":
        a, a_spec = d.take(LURKERS)
        b, b_spec = d.take(BLOCKERS)
        d.say(rng.choice([f"{an(a)} lurking behind {an(b)}, barely visible",
                          f"{an(a)} mostly concealed behind {an(b)}"]))
        d.add("relations", (a_spec, "hidden_by", b_spec))
        d.forbid("top", "back", *SIDEWAYS)
    elif kind == "order":
        (a, a_spec), (b, b_spec), (c, c_spec) = (d.take(BITS) for _ in range(3))
        d.say(rng.choice([f"from our left to our right: {an(a)}, then {an(b)}, then {an(c)}",
                          f"{an(a)} leftmost, {an(b)} next, {an(c)} rightmost, as we look"]))
        d.count(c_spec, 1)
        d.add("relations", (a_spec, "left_of", b_spec), (b_spec, "left_of", c_spec))
        d.forbid("back", "wide", *SIDEWAYS)
    else:
        (a, a_spec), (b, b_spec), (c, c_spec) = (d.take(BITS) for _ in range(3))
        d.say(rng.choice([f"{an(a)} sandwiched between {an(b)} and {an(c)}",
                          f"{an(a)} with {an(b)} at one side and {an(c)} at the other"]))
        d.count(c_spec, 1)
        d.add("relations", (a_spec, "between", b_spec, c_spec))
        d.forbid("back", "wide", *SIDEWAYS)
    d.count(a_spec, 1)
    d.count(b_spec, 1)


def twins(d: Draft) -> None:
    if rng.random() < 0.5:
        a, spec = d.take(BITS)
        if rng.random() < 0.5:
            d.say(f"two {plural(a)}, one standing well behind the other")
            d.add("relations", (spec, "behind", spec))
        else:
            d.say(f"two {plural(a)}, one placed a little ahead of its twin, nearer us")
            d.add("relations", (spec, "in_front_of", spec))
        d.forbid("top", "back", "wide", *SIDEWAYS)
    else:
        a, spec = d.take({k: v for k, v in PILES.items() if k not in ("porridge bowl", "vinyl record")})
        d.say(rng.choice([f"two {plural(a)}, one resting squarely upon its twin",
                          f"{an(a)} with a second {a} set on top of it"]))
        d.add("relations", (spec, "on_top_of", spec))
        d.forbid("top")
    d.count(spec, 2)


KINDS = [counter_row, bumper, ranks, pancakes, gathering, halves, turning, work, strolling, named, placing,
         placing, twins]
CLAUSES: list[int] = []


# Registers: (how the clauses are put together, the words they bring).


def cap(text: str) -> str:
    return text[0].upper() + text[1:]


def shiplog(texts: list[str]) -> tuple[str, list[str]]:
    clock = f"{rng.randint(0, 23):02d}{rng.choice(['00', '10', '20', '30', '40', '50'])}"
    wind = rng.choice(["SW", "NE", "W", "NW", "E", "S"])
    body = f"Ship's log, {clock} hrs: sighted " + "; also ".join(texts)
    return body + f". Wind {wind}, sea slight.", ["ship's", "ship", "log", "hrs", "wind", "sea", "slight", wind.lower()]


def shotlist(texts: list[str]) -> tuple[str, list[str]]:
    body = f"Shot {rng.randint(2, 60)} (must-have): " + ", plus ".join(texts)
    return body + ". Check with the couple.", ["shot", "must", "couple", "check"]


def jigsaw(texts: list[str]) -> tuple[str, list[str]]:
    body = f"Jigsaw no. {rng.randint(10, 90)}, lid picture: " + "; ".join(texts)
    return body + f". Ages {rng.choice([6, 8, 10, 12])} and up.", ["jigsaw", "lid", "picture", "ages", "no"]


def baseboard(texts: list[str]) -> tuple[str, list[str]]:
    gauge = rng.choice(["OO", "N", "O"])
    body = f"Baseboard {rng.randint(1, 9)} ({gauge} gauge): modelled so far, " + ", ".join(texts)
    return body + ". Ballasting next weekend.", ["baseboard", "gauge", "modelled", "ballasting", "weekend"]


def review(texts: list[str]) -> tuple[str, list[str]]:
    body = f"Room {rng.randint(101, 420)} review: from our window we could see " + ", and ".join(texts)
    return body + ". Would stay again!", ["room", "review", "window"]


def narrator(texts: list[str]) -> tuple[str, list[str]]:
    opener, words = rng.choice([("in the fading light", ["fading", "light"]), ("as dawn breaks", ["dawn"]),
                                ("in the still of the afternoon", ["afternoon"])])
    body = f"And here, {opener}, we find " + "; and ".join(texts)
    return body + ". Truly remarkable.", words + ["remarkable"]


def window(texts: list[str]) -> tuple[str, list[str]]:
    day = rng.choice(["Friday", "Monday", "Thursday"])
    body = f"Window {rng.randint(1, 8)} brief: " + "; ".join(texts)
    return body + f". Dress by {day}, please.", ["window", "brief", "dress", day.lower()]


def walk(texts: list[str]) -> tuple[str, list[str]]:
    body = f"Stage {rng.randint(2, 14)} of the walk: along here you'll pass " + ", then ".join(texts)
    return body + f". Allow {rng.choice([10, 15, 20, 25, 40])} minutes.", ["stage", "walk", "minutes"]


def notebook(texts: list[str]) -> tuple[str, list[str]]:
    body = f"Notebook, p. {rng.randint(2, 60)}. Scene as found: " + "; ".join(texts)
    return body + ". Must follow this up.", ["notebook", "p", "scene"]


def flatnote(texts: list[str]) -> tuple[str, list[str]]:
    body = "hiya, quick note about my holiday snap: " + ", and ".join(t.lower() for t in texts)
    return body + ". back sunday x", ["note", "holiday", "snap", "sunday", "x"]


REGISTERS = [shiplog, shotlist, jigsaw, baseboard, review, narrator, window, walk, notebook, flatnote]


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
    clauses[-1] = clauses[-1] + ", " + ", ".join(tail) + f", worked up as {style}"
    d.truth["forbidden"] += ["worked"]
    register = REGISTERS[index % len(REGISTERS)]
    text, register_words = register(clauses)
    d.truth["forbidden"] += register_words
    CLAUSES.append(len(d.clauses))
    if register is not flatnote:
        text = text[0].upper() + text[1:]
    wanted = {n for spec_ in d.truth["objects"] for n in spec_.split("|")}
    heads = {w for n in wanted for w in re.split(r"[ -]", n)}
    d.truth["forbidden"] = sorted(w for w in set(d.truth["forbidden"]) if w not in heads)
    return {"prompt": text, "expect": d.truth}


# ------------------------------------------------------------- the checks ---


def words(text: str) -> str:
    return " " + " ".join(re.findall(r"[a-z0-9']+", text.lower())) + " "


def runs(key: str) -> set[tuple[str, ...]]:
    w = key.split()
    return {tuple(w[i:i + RUN]) for i in range(len(w) - RUN + 1)}


def other_sets() -> list[Path]:
    files = list(HERE.glob("*.jsonl")) + list((HERE / "scenes").glob("*.jsonl"))
    for folder in ("heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6", "heldout7", "heldout8",
                   "heldout9", "heldout10", "heldout11", "heldout12", "heldout13", ME):
        files += list((HERE / folder).glob("*.jsonl"))
    return [f for f in files if f != OUT]


def other_prompts(mine_too: bool = True) -> list[str]:
    return [words(json.loads(line)["prompt"]) for path in other_sets() if mine_too or ME not in path.parts
            for line in path.read_text().splitlines() if line.strip()]


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
    old_runs = set().union(*(runs(o) for o in other_prompts(mine_too=False)))  # other parts only
    rows, seen, shared = [], set(), {}
    while len(rows) < SCENES:
        made = describe(len(rows))
        if made is None:
            continue
        key = words(made["prompt"])
        clash = runs(key) & old_runs
        for r in clash:
            shared[" ".join(r)] = shared.get(" ".join(r), 0) + 1
        if key in seen or any(o in key for o in old) or clash:
            CLAUSES.pop()
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
    print(f"{len(rows)} fourteenth held-out scenes -> {OUT.relative_to(HERE.parent.parent)} "
          f"({min(lengths)}-{max(lengths)} words; {len(new)} of {len(primary)} primary nouns in no other set)")
    if shared:
        print("runs shared with other parts (drawn again):", sorted(shared.items(), key=lambda kv: -kv[1])[:40])


if __name__ == "__main__":
    main()
