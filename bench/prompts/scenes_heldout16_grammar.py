"""Writes the SIXTEENTH held-out scene descriptions (bench/prompts/scenes/heldout16.jsonl).

    .venv/bin/python bench/prompts/scenes_heldout16_grammar.py

Why a sixteenth held-out set: the fifteenth one (bench/prompts/scenes/heldout15.jsonl) is to be
run once fresh and then read while building. This one was written without reading the
implementation, its tests or its documentation (only bench/scenes.py, bench/layout.py,
bench/layout_selfcheck.py, the README's bench section and the existing prompt sets and grammars,
so as to differ from them), and is meant to be run once, with ``--failures 0``:

- each description has three to six content clauses, drawn from clause kinds worded unlike any
  other set's: pill bottles or party hats "lined up neatly atop" a treatment table, or a
  workbench "bearing" jelly moulds "spaced evenly in a single line" (a row, each on it), chip
  vans or cargo bikes "queued end to end, a procession spanning the picture" or "in convoy,
  strung out over the picture's full width", bar stools or beehives "marshalled into R ranks, C
  per rank" or "in R rows, each C long", tile boxes or cement bags "stacked up into a single
  wobbly tower" or "piled one upon the next", knitters "huddled in a loose hoop about" a fire
  pit or pygmy goats "crowding about" a hay rack "from every quarter", camping chairs "pulled in
  on all sides of" a garden table, two big things "occupying the leftward half" and "the
  rightward half" or "hugging the view's left edge" and "its right edge", members by position
  ("face to face, the leftmost turned rightwards, the rightmost turned leftwards", "abreast: the
  end pair facing off away from us, the centre one gazing our way", "side by side, which from
  our left go: two facing right, two facing left", "the left-hand one eyeing us, the other, on
  the right, gazing leftwards"), a named person "sitting up on" a tool chest or "crouching
  under" a pasting table, "from our left: first X, second Y, third Z", "X with Y on its one
  flank and Z on its other", "X lurking behind Y, barely visible", "two Xs, one standing well
  back behind the other", verbs with counts on both sides ("checking", "rinsing", "handing
  out"), crowds "milling about aimlessly" or "scattered here and there at random";
- the register changes from prompt to prompt: a beekeeper's hive inspection record ("Hive 3
  inspection: also noted, ...; plus ... Colony calm, all well."), a horoscope, a sat-nav's spoken
  directions, a vet's patient notes, a builder's quote, a children's party invitation, a
  knitting pattern's photo note, an angler's lower-case match report, a planning objection and a
  pub-quiz picture round; labels carry numbers that are not counts; the style comes last,
  "rendered as ...";
- each noun says where it may stand (indoors only, out of doors only, or either: a description
  mixing the first two is drawn again) and each clause which views keep its meaning; the place
  and the view are drawn to fit;
- settings, views, light, style, register and manner words are forbidden as object names in
  the truth (a sat-nav names no screen, a quiz no picture);
- the vocabulary is everyday: a vet's waiting room, a church hall kitchen, a pub function room,
  a half-finished extension, a fishing lake, a cottage apiary, a village green, a new-build
  cul-de-sac; common nouns, most of which no other set uses (counted and printed when run);
  names of people are ordinary ones;
- no description equals or contains any other set's prompt, nor shares a run of five words with
  one (checked).

Nothing outside bench/prompts may import this file, name it, or quote its prompts. Truth keys
as in bench/prompts/scenes_dev.py. Deterministic (seed 83527).
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

rng = random.Random(83527)
HERE = Path(__file__).resolve().parent
OUT = HERE / "scenes" / "heldout16.jsonl"
ME = "heldout16"
SCENES = 48
RUN = 5  # no run of this many words may be shared with another part's prompt
VIEW_NAMES = ("top", "wide", "low", "front", "back", "left", "right")

# noun -> truth spec (names a reader would accept for it)
LEDGES = {"treatment table": "treatment table|table", "trestle table": "trestle table|table",
          "pasting table": "pasting table|table", "workbench": "workbench|bench", "party table": "party table|table",
          "quiz desk": "quiz desk|desk", "kitchen dresser": "kitchen dresser|dresser",
          "tea trolley": "tea trolley|trolley|cart"}
ORNAMENTS = {"pill bottle": "pill bottle|bottle", "jelly mould": "jelly mould|mould", "yarn bowl": "yarn bowl|bowl",
             "bait tin": "bait tin|tin", "party hat": "party hat|hat",
             "hourglass timer": "hourglass timer|hourglass|timer", "quiz buzzer": "quiz buzzer|buzzer",
             "wax block": "wax block|block|wax", "raffle drum": "raffle drum|drum", "seed tray": "seed tray|tray",
             "goody bag": "goody bag|bag", "tarot deck": "tarot deck|deck|cards"}
LINERS = {"plumber's van": "plumber's van|van", "vet's van": "vet's van|van", "library van": "library van|van",
          "chip van": "chip van|van", "open-top bus": "open-top bus|bus", "caravanette": "caravanette|camper|van",
          "bubble car": "bubble car|car", "vintage tractor": "vintage tractor|tractor",
          "cargo bike": "cargo bike|bike|bicycle", "milk tanker": "milk tanker|tanker|lorry|truck"}
GRIDS = {"stacking chair": "stacking chair|chair", "camping chair": "camping chair|chair",
         "bar stool": "bar stool|stool", "nucleus box": "nucleus box|box|hive", "pet crate": "pet crate|crate",
         "beehive": "beehive|hive", "fishing stool": "fishing stool|stool"}
PILES = {"nucleus box": "nucleus box|box|hive", "pet crate": "pet crate|crate", "tile box": "tile box|box",
         "cement bag": "cement bag|bag|sack", "pattern book": "pattern book|book", "bait tin": "bait tin|tin",
         "seed tray": "seed tray|tray", "cake tin": "cake tin|tin"}
HUBS = {"fire pit": "fire pit|fire|pit", "honey extractor": "honey extractor|extractor",
        "wishing well": "wishing well|well", "bouncy castle": "bouncy castle|castle",
        "hay rack": "hay rack|rack|feeder", "salt lick": "salt lick|lick|block",
        "party table": "party table|table", "garden table": "garden table|table"}
PEOPLE = {"face painter": "face painter|painter", "knitter": "knitter", "contestant": "contestant",
          "beekeeper": "beekeeper|keeper", "brownie": "brownie|guide|girl", "birthday girl": "birthday girl|girl",
          "fell runner": "fell runner|runner", "dog walker": "dog walker|walker", "astrologer": "astrologer",
          "apprentice": "apprentice", "vet nurse": "vet nurse|nurse", "plasterer": "plasterer",
          "quizmaster": "quizmaster|host", "match angler": "match angler|angler|fisherman",
          "water bailiff": "water bailiff|bailiff", "crossing warden": "crossing warden|warden",
          "stable lad": "stable lad|lad|boy", "roofer": "roofer"}
RING_PEOPLE = ("face painter", "knitter", "contestant", "beekeeper", "brownie", "fell runner", "dog walker")
FARM = {"pygmy goat": "pygmy goat|goat", "texel ram": "texel ram|ram|sheep", "friesian cow": "friesian cow|cow",
        "shetland pony": "shetland pony|pony", "alpaca": "alpaca", "kune kune pig": "kune kune pig|pig"}
CHAIRS = {"stacking chair": "stacking chair|chair", "camping chair": "camping chair|chair",
          "bar stool": "bar stool|stool", "fishing stool": "fishing stool|stool"}
BIGS = {"oast house": "oast house|oast|house", "clock tower": "clock tower|tower", "dutch barn": "dutch barn|barn",
        "cricket pavilion": "cricket pavilion|pavilion", "bandstand": "bandstand",
        "detached house": "detached house|house", "monkey puzzle": "monkey puzzle|tree",
        "scots pine": "scots pine|pine|tree", "milk tanker": "milk tanker|tanker|lorry|truck",
        "kitchen dresser": "kitchen dresser|dresser", "display cabinet": "display cabinet|cabinet",
        "upright piano": "upright piano|piano"}
TURNERS = {"shetland pony": "shetland pony|pony", "friesian cow": "friesian cow|cow",
           "shire horse": "shire horse|horse", "whippet": "whippet|dog", "border collie": "border collie|collie|dog",
           "crossing warden": "crossing warden|warden", "stable lad": "stable lad|lad|boy",
           "beekeeper": "beekeeper|keeper", "vet nurse": "vet nurse|nurse", "fell runner": "fell runner|runner"}
ANIMAL_TURNERS = {"shetland pony", "friesian cow", "shire horse", "whippet", "border collie"}
WORKERS = {"beekeeper": "hives", "vet nurse": "pets", "plasterer": "tools", "face painter": "party",
           "match angler": "tackle", "knitter": "wool"}
GOODS = {"hives": ({"nucleus box": "nucleus box|box|hive", "bee smoker": "bee smoker|smoker"},
                   ["checking", "carrying"]),
         "pets": ({"cone collar": "cone collar|collar|cone", "pet crate": "pet crate|crate"}, ["cleaning", "fetching"]),
         "tools": ({"grout float": "grout float|float", "tile box": "tile box|box"}, ["rinsing", "stacking"]),
         "party": ({"party hat": "party hat|hat", "goody bag": "goody bag|bag"}, ["handing out", "filling"]),
         "tackle": ({"keep net": "keep net|net", "bait tin": "bait tin|tin"}, ["emptying", "rinsing"]),
         "wool": ({"yarn bowl": "yarn bowl|bowl", "pattern book": "pattern book|book"}, ["sorting", "tidying"])}
NAMES = {"Auntie Florrie": "auntie florrie|florrie", "Grandpa Horace": "grandpa horace|horace",
         "Miss Lettice": "miss lettice|lettice", "Uncle Bertram": "uncle bertram|bertram",
         "Cousin Dulcie": "cousin dulcie|dulcie", "Young Osbert": "young osbert|osbert",
         "Reverend Seymour": "reverend seymour|seymour", "Mrs Pennington": "mrs pennington|pennington"}
SEATS = {"tool chest": "tool chest|chest", "toy chest": "toy chest|chest", "picnic bench": "picnic bench|bench",
         "seat box": "seat box|box", "blanket box": "blanket box|box", "hay bale": "hay bale|bale"}
ROOFS = {"treatment table": "treatment table|table", "trestle table": "trestle table|table",
         "pasting table": "pasting table|table", "workbench": "workbench|bench", "party table": "party table|table",
         "quiz desk": "quiz desk|desk", "picnic bench": "picnic bench|bench", "garden bench": "garden bench|bench"}
FRONTS = {"oast house": "oast house|oast|house", "bait shop": "bait shop|shop", "wool shop": "wool shop|shop",
          "farm shop": "farm shop|shop", "bee shed": "bee shed|shed", "scout hut": "scout hut|hut",
          "display cabinet": "display cabinet|cabinet", "upright piano": "upright piano|piano",
          "kitchen dresser": "kitchen dresser|dresser"}
PROPS = {"phone mast": "phone mast|mast", "honesty box": "honesty box|box", "village sign": "village sign|sign",
         "hose reel": "hose reel|reel|hose", "drinks fridge": "drinks fridge|fridge", "coat stand": "coat stand|stand"}
LURKERS = {"brown hare": "brown hare|hare", "fallow deer": "fallow deer|deer",
           "jack russell": "jack russell|russell|terrier|dog", "youngest son": "youngest son|son|boy",
           "birthday boy": "birthday boy|boy", "middle child": "middle child|child|girl|boy"}
BLOCKERS = {"plumber's van": "plumber's van|van", "scaffold lorry": "scaffold lorry|lorry|truck",
            "catering van": "catering van|van", "open-top bus": "open-top bus|bus", "bee shed": "bee shed|shed",
            "scout hut": "scout hut|hut", "privet hedge": "privet hedge|hedge", "holly bush": "holly bush|holly|bush",
            "display cabinet": "display cabinet|cabinet", "upright piano": "upright piano|piano"}
UNDER_PETS = {"british blue": "british blue|cat", "ragdoll cat": "ragdoll cat|ragdoll|cat",
              "siamese kitten": "siamese kitten|kitten|cat", "cavapoo puppy": "cavapoo puppy|cavapoo|puppy|dog",
              "dachshund": "dachshund|dog", "guinea pig": "guinea pig|pig", "chinchilla": "chinchilla"}
BITS = {"keep net": "keep net|net", "rod bag": "rod bag|bag", "bait bucket": "bait bucket|bucket",
        "swarm box": "swarm box|box", "pet crate": "pet crate|crate", "cement bag": "cement bag|bag|sack",
        "present sack": "present sack|sack|bag", "tile box": "tile box|box", "hose reel": "hose reel|reel|hose",
        "fishing stool": "fishing stool|stool", "knitting basket": "knitting basket|basket", "pinata": "pinata",
        "bee smoker": "bee smoker|smoker", "dog crate": "dog crate|crate"}
OUTDOOR_ONLY = {"plumber's van", "vet's van", "library van", "chip van", "open-top bus", "caravanette", "bubble car",
                "vintage tractor", "cargo bike", "milk tanker", "scaffold lorry", "catering van", "beehive",
                "fire pit", "wishing well", "bouncy castle", "hay rack", "salt lick", "garden table",
                "pygmy goat", "texel ram", "friesian cow", "shetland pony", "alpaca", "kune kune pig", "shire horse",
                "oast house", "clock tower", "dutch barn", "cricket pavilion", "bandstand", "detached house",
                "monkey puzzle", "scots pine", "fell runner", "crossing warden", "dog walker", "water bailiff",
                "match angler", "stable lad", "roofer", "phone mast", "honesty box", "village sign", "brown hare",
                "fallow deer", "bee shed", "scout hut", "privet hedge", "holly bush", "picnic bench", "garden bench",
                "hay bale", "bait shop", "wool shop", "farm shop", "hose reel", "keep net", "bait bucket",
                "swarm box", "fishing stool", "seat box"}
INDOOR_ONLY = {"treatment table", "trestle table", "pasting table", "workbench", "party table", "quiz desk",
               "kitchen dresser", "tea trolley", "display cabinet", "upright piano", "stacking chair", "bar stool",
               "tool chest", "toy chest", "blanket box", "drinks fridge", "coat stand", "pill bottle", "jelly mould",
               "yarn bowl", "party hat", "hourglass timer", "quiz buzzer", "raffle drum", "tarot deck", "goody bag",
               "british blue", "ragdoll cat", "siamese kitten", "guinea pig", "chinchilla", "quizmaster",
               "contestant", "astrologer", "vet nurse", "plasterer", "face painter", "knitter", "honey extractor",
               "pattern book", "knitting basket", "present sack", "tile box", "cake tin", "pinata"}
MANNERS = [("cheerfully", ["cheerfully"]), ("in total silence", ["total", "silence"]), ("while whistling", ["whistling"]),
           ("with great care", ["great", "care"])]
INDOOR_PLACES = [("in a vet's waiting room", ["vet's", "vet", "waiting", "room"]),
                 ("in a church hall kitchen", ["church", "hall", "kitchen"]),
                 ("in a pub function room", ["pub", "function", "room"]),
                 ("in a half-finished extension", ["half", "finished", "extension"])]
OUTDOOR_PLACES = [("by a fishing lake", ["fishing", "lake"]), ("in a cottage apiary", ["cottage", "apiary"]),
                  ("on a sloping village green", ["sloping", "village", "green"]),
                  ("in a new-build cul-de-sac", ["new", "build", "cul", "de", "sac"])]
STYLES = [("a linocut print", ["linocut", "print"]), ("a pastel drawing", ["pastel", "drawing"]),
          ("a needlepoint cushion", ["needlepoint", "cushion"]),
          ("a papercut silhouette", ["papercut", "silhouette"]), ("a biro doodle", ["biro", "doodle"]),
          ("a plasticine claymation still", ["plasticine", "claymation", "still"])]
LIGHTS = [("at dusk", ["dusk"]), ("in drizzle", ["drizzle"]), ("in warm lamplight", ["warm", "lamplight"]),
          ("under strip lights", ["strip", "lights", "light"])]
OUTDOOR_LIGHTS = ("in drizzle",)
INDOOR_LIGHTS = ("under strip lights", "in warm lamplight")
VIEWS = {"top": [("seen vertically downward from overhead", ["vertically", "downward", "overhead"]),
                 ("as a hovering kestrel sees things, looking straight down", ["hovering", "kestrel", "things", "straight"])],
         "wide": [("from a distant hilltop, everything shrunk small", ["distant", "hilltop", "everything", "shrunk"]),
                  ("in one vast wide-angle sweep", ["vast", "wide", "angle", "sweep"])],
         "low": [("from down by our ankles, tilted up", ["ankles", "ankle", "tilted"]),
                 ("from a mouse's eye level, peering up", ["mouse's", "mouse", "eye", "level", "peering"])],
         "front": [("straight-on, chest high", ["straight", "chest", "high"])],
         "back": [("from behind everybody", ["everybody"])],
         "left": [("from far off leftwards, gazing across", ["leftwards", "gazing"])],
         "right": [("from far off rightwards, gazing across", ["rightwards", "gazing"])]}
NUMBER = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight", 9: "nine",
          10: "ten", 11: "eleven", 12: "twelve", 14: "fourteen", 15: "fifteen", 16: "sixteen", 18: "eighteen",
          20: "twenty"}
IRREGULAR = {"middle child": "middle children", "fallow deer": "fallow deer"}
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
    d.say(rng.choice([f"{d.many(n, t)} lined up neatly atop the {c}",
                      f"the {c} bearing {d.many(n, t)} spaced evenly in a single line"]))
    d.truth["forbidden"] += ["line"]
    d.count(c_spec, 1)
    d.count(t_spec, n)
    d.add("arrangements", (t_spec, "row"))
    d.add("relations", (t_spec, "on_top_of", c_spec))
    d.forbid("top", "wide", *SIDEWAYS)  # small things: not from far off


def bumper(d: Draft) -> None:
    a, spec = d.take(LINERS)
    n = rng.choice([3, 4, 5])
    d.say(rng.choice([f"{d.many(n, a)} queued end to end, a procession spanning the picture",
                      f"{d.many(n, a)} in convoy, strung out over the picture's full width"]))
    d.truth["forbidden"] += ["procession", "convoy", "end", "width"]
    d.count(spec, n)
    d.add("arrangements", (spec, "row"))
    d.forbid(*SIDEWAYS)


def ranks(d: Draft) -> None:
    a, spec = d.take(GRIDS)
    r, c = rng.choice([(2, 3), (3, 3), (2, 4), (3, 4), (4, 2), (2, 5)])
    d.say(rng.choice([f"{d.many(r * c, a)} marshalled into {NUMBER[r]} ranks, {NUMBER[c]} per rank",
                      f"{plural(a)} in {NUMBER[r]} rows, each {NUMBER[c]} long"]))
    d.truth["forbidden"] += ["ranks", "rank", "rows"]
    d.count(spec, r * c)
    d.add("arrangements", (spec, "grid", r, c))


def pancakes(d: Draft) -> None:
    a, spec = d.take(PILES)
    n = rng.choice([3, 4, 5])
    d.say(rng.choice([f"{d.many(n, a)} stacked up into a single wobbly tower",
                      f"{d.many(n, a)} piled one upon the next"]))
    d.truth["forbidden"] += ["tower"]
    d.count(spec, n)
    d.add("arrangements", (spec, "stack"))
    d.forbid("top")


def gathering(d: Draft) -> None:
    c, c_spec = d.take(HUBS)
    if c in ("hay rack", "salt lick"):
        a, a_spec = d.take(FARM)
    elif c in ("party table", "garden table"):
        a, a_spec = d.take(CHAIRS) if c == "garden table" else d.take({k: PEOPLE[k] for k in RING_PEOPLE})
    else:
        a, a_spec = d.take({k: PEOPLE[k] for k in RING_PEOPLE})
    n = rng.choice([4, 5, 6, 7])
    if c == "garden table":
        text = f"{d.many(n, a)} pulled in on all sides of the {c}"
    elif c in ("hay rack", "salt lick"):
        text = f"{d.many(n, a)} crowding about the {c} from every quarter"
    else:
        text = rng.choice([f"{d.many(n, a)} huddled in a loose hoop about the {c}",
                           f"the {c} hemmed round by {d.many(n, a)}"])
    d.say(text)
    d.truth["forbidden"] += ["hoop", "sides", "quarter"]
    d.count(c_spec, 1)
    d.count(a_spec, n)
    d.add("relations", (a_spec, "around", c_spec))


def halves(d: Draft) -> None:
    a, a_spec = d.take(BIGS)
    b, b_spec = d.take(BIGS)
    d.say(rng.choice([f"{an(a)} occupying the leftward half, {an(b)} occupying the rightward half",
                      f"{an(a)} hugging the view's left edge, {an(b)} hugging its right edge"]))
    d.truth["forbidden"] += ["half", "edge"]
    d.count(a_spec, 1)
    d.count(b_spec, 1)
    d.add("sides", (a_spec, "left"), (b_spec, "right"))
    d.forbid("back", *SIDEWAYS)


def turning(d: Draft) -> None:
    a, spec = d.take(TURNERS)
    way = rng.choice(["gazing", "ends", "pairs", "mixed"])
    if way == "gazing":
        d.say(f"two {plural(a)} face to face, the leftmost turned rightwards, the rightmost turned leftwards")
        d.add("facing", (spec, ["right", "left"]))
        d.count(spec, 2)
    elif way == "ends":
        d.say(f"three {plural(a)} abreast: the end pair facing off away from us, the centre one gazing our way")
        d.add("facing", (spec, ["away", "camera", "away"]))
        d.count(spec, 3)
    elif way == "pairs":
        d.say(f"four {plural(a)} side by side, which from our left go: two facing right, two facing left")
        d.add("facing", (spec, ["right", "right", "left", "left"]))
        d.count(spec, 4)
    else:
        d.say(f"two {plural(a)}: the left-hand one eyeing us, the other, on the right, gazing leftwards")
        d.add("facing", (spec, ["camera", "left"]))
        d.count(spec, 2)
    d.truth["forbidden"] += ["face", "abreast", "pair", "centre", "way", "side", "hand", "other"]
    d.forbid("top", "back", *SIDEWAYS)


def work(d: Draft) -> None:
    s, s_spec = d.take({k: PEOPLE[k] for k in WORKERS})
    goods, verbs = GOODS[WORKERS[s]]
    o, o_spec = d.take(goods)
    verb = rng.choice(verbs)
    n, m = rng.choice([1, 1, 2, 3]), rng.choice([2, 3, 4, 5, 6])
    manner, words = rng.choice(MANNERS) if rng.random() < 0.4 else ("", [])
    d.say(f"{d.many(n, s)} {verb} {d.many(m, o)}{' ' + manner if manner else ''}")
    d.truth["forbidden"] += words
    d.count(s_spec, n)
    d.count(o_spec, m)


def strolling(d: Draft) -> None:
    pool = {**{k: PEOPLE[k] for k in RING_PEOPLE}, **FARM}
    a, spec = d.take(pool)
    n = rng.choice([6, 7, 8, 9, 10, 12])
    d.say(rng.choice([f"{d.many(n, a)} milling about aimlessly",
                      f"{d.many(n, a)} scattered here and there at random"]))
    d.truth["forbidden"] += ["random"]
    d.count(spec, n)


def named(d: Draft) -> None:
    name = rng.choice([n for n in NAMES if n not in d.used])
    d.used.add(name)
    kind = rng.choice(["on", "under", "before", "by"])
    if kind == "on":
        b, b_spec = d.take(SEATS)
        d.say(rng.choice([f"{name} sitting up on {an(b)}", f"{name} straddling {an(b)}, legs dangling"]))
        d.truth["forbidden"] += ["legs", "leg"]
        d.add("relations", (NAMES[name], "on_top_of", b_spec))
        d.forbid("low")
    elif kind == "under":
        b, b_spec = d.take(ROOFS)
        d.say(rng.choice([f"{name} crouching under {an(b)}", f"{name} curled up beneath {an(b)}"]))
        d.add("relations", (NAMES[name], "under", b_spec))
        d.forbid("top")
    elif kind == "before":
        b, b_spec = d.take(FRONTS)
        d.say(rng.choice([f"{name} stood a step in front of {an(b)}",
                          f"{name} posing before {an(b)}, between it and us"]))
        d.add("relations", (NAMES[name], "in_front_of", b_spec))
        d.forbid("top", "back", *SIDEWAYS)
    else:
        b, b_spec = d.take(PROPS)
        d.say(rng.choice([f"{name} lingering next to {an(b)}", f"{name} loitering close to {an(b)}"]))
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
        d.say(rng.choice([f"{an(a)} dozing under {an(b)}", f"{an(a)} snoozing curled beneath {an(b)}"]))
        d.add("relations", (a_spec, "under", b_spec))
        d.forbid("top")
    elif kind == "hidden":
        a, a_spec = d.take(LURKERS)
        b, b_spec = d.take(BLOCKERS)
        d.say(rng.choice([f"{an(a)} mostly screened off by {an(b)} nearer us",
                          f"{an(a)} lurking behind {an(b)}, barely visible"]))
        d.add("relations", (a_spec, "hidden_by", b_spec))
        d.forbid("top", "back", *SIDEWAYS)
    elif kind == "order":
        (a, a_spec), (b, b_spec), (c, c_spec) = (d.take(BITS) for _ in range(3))
        d.say(rng.choice([f"from our left: first {an(a)}, second {an(b)}, third {an(c)}",
                          f"{an(a)} leftmost, {an(b)} next along, {an(c)} rightmost"]))
        d.count(c_spec, 1)
        d.add("relations", (a_spec, "left_of", b_spec), (b_spec, "left_of", c_spec))
        d.forbid("back", "wide", *SIDEWAYS)
    else:
        (a, a_spec), (b, b_spec), (c, c_spec) = (d.take(BITS) for _ in range(3))
        d.say(rng.choice([f"{an(a)} wedged between {an(b)} and {an(c)}",
                          f"{an(a)} with {an(b)} on its one flank and {an(c)} on its other"]))
        d.truth["forbidden"] += ["flank"]
        d.count(c_spec, 1)
        d.add("relations", (a_spec, "between", b_spec, c_spec))
        d.forbid("back", "wide", *SIDEWAYS)
    d.count(a_spec, 1)
    d.count(b_spec, 1)


def twins(d: Draft) -> None:
    if rng.random() < 0.5:
        a, spec = d.take(BITS)
        if rng.random() < 0.5:
            d.say(f"two {plural(a)}, one standing well back behind the other")
            d.add("relations", (spec, "behind", spec))
        else:
            d.say(f"two {plural(a)}, one set a touch closer to us than its twin")
            d.add("relations", (spec, "in_front_of", spec))
        d.forbid("top", "back", "wide", *SIDEWAYS)
    else:
        a, spec = d.take({k: v for k, v in PILES.items() if k not in ("pattern book", "seed tray")})
        d.say(rng.choice([f"two {plural(a)}, one perched on its partner",
                          f"{an(a)} with a second {a} resting upon it"]))
        d.add("relations", (spec, "on_top_of", spec))
        d.forbid("top")
    d.truth["forbidden"] += ["second", "twin", "partner"]
    d.count(spec, 2)


KINDS = [counter_row, bumper, ranks, pancakes, gathering, halves, turning, work, strolling, named, placing,
         placing, twins]
CLAUSES: list[int] = []


# Registers: (how the clauses are put together, the words they bring).


def cap(text: str) -> str:
    return text[0].upper() + text[1:]


def hive(texts: list[str]) -> tuple[str, list[str]]:
    body = f"Hive {rng.randint(1, 9)} inspection: also noted, " + "; plus ".join(texts)
    return body + ". Colony calm, all well.", ["hive", "inspection", "noted", "colony"]


def stars(texts: list[str]) -> tuple[str, list[str]]:
    sign = rng.choice(["Aries", "Taurus", "Gemini", "Virgo", "Libra", "Capricorn", "Aquarius", "Pisces"])
    body = f"{sign} this week: the stars reveal " + ", and ".join(texts)
    return body + f". Lucky number {rng.randint(2, 40)}.", [sign.lower(), "week", "stars", "lucky", "number"]


def satnav(texts: list[str]) -> tuple[str, list[str]]:
    body = f"In {rng.choice([100, 200, 300, 400, 500, 600, 800])} yards, you will pass " + ", then ".join(texts)
    return body + ". You have arrived.", ["yards", "arrived"]


def vet(texts: list[str]) -> tuple[str, list[str]]:
    days = rng.choice(["3", "5", "7", "three", "five", "ten"])
    body = f"Patient notes, kennel {rng.randint(1, 12)}: the photo on file shows " + "; also ".join(texts)
    return body + f". Recheck in {days} days.", ["patient", "notes", "kennel", "file", "recheck", "days"]


def quote(texts: list[str]) -> tuple[str, list[str]]:
    body = f"Quote no. {rng.randint(100, 999)}: on arrival we found " + ", as well as ".join(texts)
    return body + ". All prices include VAT.", ["quote", "arrival", "prices", "vat"]


def invite(texts: list[str]) -> tuple[str, list[str]]:
    body = f"You're invited! Party at number {rng.randint(2, 80)}: expect " + ", and ".join(texts)
    return body + ". RSVP by Friday.", ["party", "number", "rsvp", "friday"]


def knit(texts: list[str]) -> tuple[str, list[str]]:
    body = f"Pattern {rng.randint(3, 40)}, photo note: the shot includes " + "; ".join(texts)
    return body + ". Tension matters, so swatch first.", ["pattern", "note", "tension", "swatch"]


def peg(texts: list[str]) -> tuple[str, list[str]]:
    body = f"match report, peg {rng.randint(1, 60)}: from my swim i could see " + ", and ".join(t.lower() for t in texts)
    return body + ". tight lines all", ["match", "report", "peg", "swim", "lines"]


def objection(texts: list[str]) -> tuple[str, list[str]]:
    ref = f"{rng.randint(18, 25)}/{rng.randint(1000, 4999)}"
    body = f"Re planning ref {ref}: I object. The plans show " + "; ".join(texts)
    return body + ". Please refuse this application.", ["planning", "ref", "plans", "application"]


def quiz(texts: list[str]) -> tuple[str, list[str]]:
    body = f"Picture round, question {rng.randint(2, 20)}: in this picture we have " + ", plus ".join(texts)
    return body + ". No conferring, please!", ["round", "question", "conferring"]


REGISTERS = [hive, stars, satnav, vet, quote, invite, knit, peg, objection, quiz]


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
    if register is not peg:
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
                   "heldout9", "heldout10", "heldout11", "heldout12", "heldout13", "heldout14", "heldout15", ME):
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
    print(f"{len(rows)} sixteenth held-out scenes -> {OUT.relative_to(HERE.parent.parent)} "
          f"({min(lengths)}-{max(lengths)} words; {len(new)} of {len(primary)} primary nouns in no other set)")
    if shared:
        print("runs shared with other parts (drawn again):", sorted(shared.items(), key=lambda kv: -kv[1])[:40])


if __name__ == "__main__":
    main()
