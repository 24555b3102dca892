"""Writes the SIXTH held-out scene descriptions (bench/prompts/scenes/heldout6.jsonl).

    .venv/bin/python bench/prompts/scenes_heldout6_grammar.py

Why a sixth held-out set: the fifth one (bench/prompts/scenes/heldout5.jsonl) has been read while
building (session 2026-12-07). This one was written without reading the implementation, its tests
or its documentation (only bench/scenes.py, bench/layout.py, bench/layout_selfcheck.py, the
benchmark section of the README and the existing prompt sets and grammars, so as to differ from
them), and is meant to be run once, with ``--failures 0``:

- each description has three to six content clauses, drawn from clause kinds worded unlike any
  other set's: boats "moored side by side along" the quay, small things "lined up along" a
  windowsill or a mantel shelf, fruit trees "in R neat rows, C trees to a row" or "an orchard
  grid, R deep and C across", "N Xs, each one balanced on the one below", sailors "in a loose
  ring round" a capstan, the two halves of the picture "given over to" two buildings, members
  facing by position ("eyeing each other", "back to back, one gazing off left and the other off
  right", "the two on the left facing away and the two on the right facing us", "all facing
  right except the one on the far right"), a named character sat up on a fish crate or
  sheltering under a pier, "going left to right: first X, then Y, last Z", verbs with counts on
  both sides ("gutting", "unloading"), crowds "dotted about";
- the registers differ from clause to clause and from prompt to prompt: run-on "and ... and",
  dashes, semicolons, bracketed asides, a screenplay "FADE IN:" or a chatty "ok so here's what i
  want:" in front, the style after a double dash;
- each noun says where it may stand (indoors only, out of doors only, or either: a description
  mixing the first two is drawn again) and each clause which views keep its meaning; the place
  and the view are drawn to fit;
- settings, views, light, style and manner words are forbidden as object names in the truth;
- the vocabulary is this file's own, harbour and seaside, brass band and orchard: no primary noun
  is in any other prompt set, this one's layout part included (checked), nor quoted in another
  grammar; names of people are invented;
- no description equals or contains any other set's prompt (checked).

Nothing outside bench/prompts may import this file, name it, or quote its prompts. Truth keys
as in bench/prompts/scenes_dev.py. Deterministic (seed 83761).
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "scenes" / "heldout6.jsonl"
rng = random.Random(83761)
SCENES = 48
VIEW_NAMES = ("top", "wide", "low", "front", "back", "left", "right")

# ------------------------------------------------------------- vocabulary ---
# name as said -> truth spec ("a|b" where English allows both names)
SILLS = {"windowsill": "windowsill|sill", "mantel shelf": "mantel shelf|shelf", "fish counter": "fish counter|counter"}
TRINKETS = {"saucer": "saucer", "cornet": "cornet", "net float": "net float|float", "whelk": "whelk",
            "oyster": "oyster", "starfish": "starfish", "sponge cake": "sponge cake|cake", "cymbal": "cymbal",
            "tabla": "tabla", "conch": "conch"}
ON_COUNTER = ["whelk", "oyster", "starfish", "conch", "net float", "saucer"]  # a fish counter takes these only
BOATS = {"yacht": "yacht", "tugboat": "tugboat|boat", "narrowboat": "narrowboat|boat", "trawler": "trawler",
         "sampan": "sampan", "dhow": "dhow", "lifeboat": "lifeboat|boat", "lobster boat": "lobster boat|boat",
         "coracle": "coracle", "outrigger": "outrigger", "sea kayak": "sea kayak|kayak", "drifter": "drifter"}
PLOTS = {"cherry tree": "cherry tree|tree", "apple tree": "apple tree|tree", "pear tree": "pear tree|tree",
         "plum tree": "plum tree|tree", "fig tree": "fig tree|tree", "crab pot": "crab pot|pot",
         "snare drum": "snare drum|drum", "fish box": "fish box|box", "gym mat": "gym mat|mat"}
TREES = {"cherry tree", "apple tree", "pear tree", "plum tree", "fig tree"}
PILES = {"brick": "brick", "fish crate": "fish crate|crate", "fish box": "fish box|box", "tortilla": "tortilla",
         "poppadom": "poppadom", "saucer": "saucer", "bath towel": "bath towel|towel", "gym mat": "gym mat|mat",
         "crab pot": "crab pot|pot", "sponge cake": "sponge cake|cake"}
HUBS = {"capstan": "capstan", "anchor": "anchor", "church bell": "church bell|bell",
        "ornamental pond": "ornamental pond|pond", "rock pool": "rock pool|pool", "sandcastle": "sandcastle",
        "whelk stall": "whelk stall|stall"}
RINGERS = {"fishwife": "fishwife", "net mender": "net mender|mender", "boat builder": "boat builder|builder",
           "coxswain": "coxswain", "purser": "purser", "skipper": "skipper", "deckhand": "deckhand",
           "cabin boy": "cabin boy|boy", "stowaway": "stowaway", "smuggler": "smuggler", "avocet": "avocet",
           "plover": "plover", "sandpiper": "sandpiper", "oystercatcher": "oystercatcher", "tern": "tern"}
SHOREBIRDS = {"avocet", "plover", "sandpiper", "oystercatcher", "tern", "skua"}
PONDS = {"ornamental pond", "rock pool"}  # shore birds gather round water only
BLOCKS = {"net loft": "net loft|loft", "chandlery": "chandlery", "lifeboat station": "lifeboat station|station",
          "cannery": "cannery", "smokehouse": "smokehouse", "ice house": "ice house|house",
          "bathing hut": "bathing hut|hut", "bathing machine": "bathing machine|machine",
          "windbreak": "windbreak", "sousaphone": "sousaphone", "bass drum": "bass drum|drum",
          "marimba": "marimba"}
INDOOR_BLOCKS = ("sousaphone", "bass drum", "marimba")
LURKERS = {"skua": "skua", "smuggler": "smuggler", "stowaway": "stowaway", "customs officer": "customs officer|officer",
           "harbour master": "harbour master|master", "bandleader": "bandleader", "euphonium player":
           "euphonium player|player", "bassoonist": "bassoonist"}
TURNERS = {"skipper": "skipper", "purser": "purser", "coxswain": "coxswain", "smuggler": "smuggler",
           "harbour master": "harbour master|master", "fishwife": "fishwife", "oystercatcher": "oystercatcher",
           "skua": "skua", "avocet": "avocet", "bandleader": "bandleader", "bassoonist": "bassoonist"}
BIRDS = {"oystercatcher", "skua", "avocet", "plover", "sandpiper", "tern"}
WORKERS = {"deckhand": "deckhand", "fishwife": "fishwife", "net mender": "net mender|mender",
           "boat builder": "boat builder|builder", "customs officer": "customs officer|officer"}
CATCH = {"herring": "herring", "mackerel": "mackerel", "cod": "cod", "halibut": "halibut",
         "fish crate": "fish crate|crate", "crab pot": "crab pot|pot", "net float": "net float|float"}
FISH = {"herring", "mackerel", "cod", "halibut"}
VERBS = {"fish": ["gutting", "weighing", "sorting"], "fish crate": ["unloading", "hauling", "stacking"],
         "crab pot": ["mending", "hauling", "baiting"], "net float": ["sorting", "threading", "counting"]}
LADS = {"cabin boy": "cabin boy|boy", "stowaway": "stowaway", "bandleader": "bandleader"}
CHASED = {"sandpiper": "sandpiper", "plover": "plover", "tern": "tern", "avocet": "avocet"}
SEATS = {"capstan": "capstan", "fish crate": "fish crate|crate", "sea wall": "sea wall|wall",
         "harbour wall": "harbour wall|wall", "slipway": "slipway", "quay wall": "quay wall|wall",
         "fish counter": "fish counter|counter"}
ROOFS = {"pier": "pier", "jetty": "jetty", "sunshade": "sunshade", "canopy": "canopy"}
FRONTS = {**{k: v for k, v in BLOCKS.items() if k not in ("windbreak", "bass drum")},
          "trawler": "trawler", "drifter": "drifter"}
PROPS = {"oar": "oar", "harpoon": "harpoon", "buoy": "buoy", "figurehead": "figurehead", "anchor": "anchor"}
STROLLERS = {"smuggler": "smuggler", "deckhand": "deckhand", "fishwife": "fishwife", "purser": "purser",
             "bassoonist": "bassoonist", "euphonium player": "euphonium player|player", "tern": "tern", "skua": "skua"}
BITS = {"buoy": "buoy", "net float": "net float|float", "crab pot": "crab pot|pot", "fish crate": "fish crate|crate",
        "tortilla": "tortilla", "whelk": "whelk", "oyster": "oyster", "anchor": "anchor", "cornet": "cornet",
        "snare drum": "snare drum|drum"}
HALVES = {**{k: v for k, v in BLOCKS.items() if k not in ("windbreak", "sousaphone")},
          "trawler": "trawler", "yacht": "yacht", "tugboat": "tugboat|boat", "dhow": "dhow"}
NAMES = {"Evangeline": "evangeline", "Cuthbert": "cuthbert", "Ermengarde": "ermengarde", "Ludovica": "ludovica",
         "Tancredi": "tancredi", "Wenceslas": "wenceslas", "Xanthe": "xanthe", "Zebedee": "zebedee",
         "Old Man Hackett": "old man hackett|hackett", "Aunt Philomena": "aunt philomena|philomena",
         "Captain Quigley": "captain quigley|quigley", "Doctor Vexley": "doctor vexley|vexley",
         "Madame Orsolya": "madame orsolya|orsolya", "Sister Agatha": "sister agatha|agatha",
         "Mortimer": "mortimer", "Rosamund": "rosamund"}

# Where things can be: a scene with some of each is drawn again.
OUTDOOR_ONLY = {*BOATS, *TREES, "crab pot", "net loft", "chandlery", "lifeboat station", "cannery", "smokehouse",
                "ice house", "bathing hut", "bathing machine", "windbreak", "capstan", "anchor", "ornamental pond",
                "rock pool", "sandcastle", "whelk stall", "sea wall", "harbour wall", "slipway", "quay wall", "pier",
                "jetty", "sunshade", "buoy", "figurehead", "avocet", "plover", "sandpiper", "oystercatcher",
                "tern", "skua", "church bell"}
INDOOR_ONLY = {"windowsill", "mantel shelf", "gym mat", "bath towel", "sousaphone", "bass drum",
               "marimba", "canopy"}

MANNERS = [("briskly", ["briskly"]), ("cheerfully", ["cheerfully"]), ("clumsily", ["clumsily"]),
           ("solemnly", ["solemnly"]), ("busily", ["busily"])]
INDOOR_PLACES = [("inside a fish market hall", ["fish", "market", "hall"]),
                 ("in a seamen's mission", ["seamen's", "seamen", "mission"]),
                 ("in a harbourside tavern", ["harbourside", "tavern"]),
                 ("in a brass band rehearsal room", ["brass", "band", "rehearsal", "room"]),
                 ("in a draughty church hall", ["draughty", "church", "hall"])]
OUTDOOR_PLACES = [("on a shingle beach", ["shingle", "beach"]), ("along a busy quayside", ["busy", "quayside"]),
                  ("in a clifftop orchard", ["clifftop", "orchard"]), ("at a summer regatta", ["summer", "regatta"]),
                  ("on a tidal mudflat", ["tidal", "mudflat"]),
                  ("in a fishing village", ["fishing", "village"])]
# (words in front, the words they bring, where they fit: None for anywhere)
OPENINGS = [("Concept art brief: ", ["concept", "art", "brief"], None),
            ("Panel two of the comic. ", ["panel", "comic"], None), ("ok so here's what i want: ", ["want"], None),
            ("FADE IN: ", ["fade"], None),
            ("Jigsaw puzzle scene. ", ["jigsaw", "puzzle", "scene"], None)]
STYLES = [("lithograph", ["lithograph"]), ("airbrushed 1980s poster", ["airbrushed", "1980s", "poster"]),
          ("cel-shaded", ["cel", "shaded"]), ("naive folk art", ["naive", "folk", "art"]),
          ("mezzotint", ["mezzotint"]), ("tempera on a wooden panel", ["tempera", "wooden", "panel"]),
          ("blurry polaroid", ["blurry", "polaroid"]), ("cyanotype", ["cyanotype"]),
          ("gothic woodcut", ["gothic", "woodcut"]), ("vaporwave colours", ["vaporwave", "colours"]),
          ("hyperdetailed, 12k", ["hyperdetailed", "12k"]), ("needlepoint sampler", ["needlepoint", "sampler"]),
          ("children's picture book, soft crayon", ["children's", "picture", "book", "crayon"]),
          ("faded Kodachrome slide", ["faded", "kodachrome", "slide"])]
LIGHTS = [("in driving rain", ["driving", "rain"]), ("in pale dawn light", ["pale", "dawn", "light"]),
          ("in blazing midday sun", ["blazing", "midday", "sun"]), ("in the blue hour", ["blue", "hour"]),
          ("in a thick sea fret", ["thick", "sea", "fret"]), ("as the sun goes down", ["sun", "goes"])]
OUTDOOR_LIGHTS = ("in driving rain", "in blazing midday sun", "in a thick sea fret")  # not through a window
# view -> ways of saying it and the words they bring
VIEWS = {"top": [("a bird's-eye view from straight above", ["bird's", "eye", "view", "straight"]),
                 ("the camera pointing straight down from way up high", ["camera", "pointing", "high"])],
         "wide": [("an extreme wide shot with everything small in the frame", ["extreme", "wide", "shot", "small"]),
                  ("as seen from a distant headland", ["distant", "headland"])],
         "low": [("a worm's-eye view", ["worm's", "worm", "eye", "view"]),
                 ("the camera down on the ground, tilted up", ["camera", "ground", "tilted"])],
         "front": [("shot square-on from the front", ["square", "front", "shot"])],
         "back": [("filmed from the back of the scene", ["filmed", "back", "scene"])],
         "left": [("the camera set up on the scene's left-hand side, looking across", ["camera", "scene's", "hand",
                                                                                        "side", "scene"])],
         "right": [("the camera set up on the scene's right-hand side, looking across", ["camera", "scene's",
                                                                                          "hand", "side", "scene"])]}
NUMBER = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight", 9: "nine",
          10: "ten", 11: "eleven", 12: "twelve", 13: "thirteen", 15: "fifteen", 16: "sixteen"}
IRREGULAR = {"starfish": "starfish", "herring": "herring", "mackerel": "mackerel", "cod": "cod",
             "halibut": "halibut", "fishwife": "fishwives", "tabla": "tablas", "conch": "conchs",
             "bath towel": "bath towels", "gym mat": "gym mats"}


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


def many(n: int, noun: str) -> str:
    return an(noun) if n == 1 else f"{NUMBER[n]} {plural(noun)}"


class Redraw(Exception):
    """No noun of the pool fits the scene drawn so far: draw the whole description again."""


class Draft:
    """One description being built: clauses, truth, nouns used (each once, so counts stay exact),
    the views its clauses allow and whether it must be out of doors."""

    def __init__(self, where: str) -> None:
        self.where = where  # "in" or "out": drawn first, so indoor and outdoor scenes both come up
        self.clauses: list[str] = []
        self.truth: dict = {"objects": {}, "forbidden": []}
        self.used: set[str] = set()
        self.views = set(VIEW_NAMES)
        self.needs: set[str] = set()  # "in" (indoors only), "out" (out of doors only): what the nouns ask

    def take(self, pool: dict, among=None) -> tuple[str, str]:
        names = [n for n in (among or pool) if n not in self.used and not self.clash(pool[n])
                 and n not in (OUTDOOR_ONLY if self.where == "in" else INDOOR_ONLY)]
        if not names:
            raise Redraw
        noun = rng.choice(names)
        self.used.add(noun)
        self.needs |= {"out"} if noun in OUTDOOR_ONLY else {"in"} if noun in INDOOR_ONLY else set()
        return noun, pool[noun]

    def clash(self, spec: str) -> bool:
        """A spec sharing a name with one already in the truth ('fish box|box' and 'ice
        house|house' with 'fish crate|crate' is fine, 'fish box|box' and 'crab pot|pot' too, but
        two '...|boat') would make the counts ambiguous; so would two names sharing a word."""
        mine = set(spec.split("|"))
        words = {w for n in mine for w in n.split()}
        return any(mine & set(s.split("|")) or words & {w for n in s.split("|") for w in n.split()}
                   for s in self.truth["objects"])

    def count(self, spec: str, n: int) -> None:
        self.truth["objects"][spec] = n

    def add(self, key: str, *items) -> None:
        self.truth.setdefault(key, []).extend(list(i) for i in items)

    def forbid(self, *views: str) -> None:
        self.views -= set(views)


SIDEWAYS = ("left", "right")  # views that turn the picture's left and right into depth


# ----------------------------------------------------------------- clauses ---


def sill_line(d: Draft) -> None:
    """Small things lined up along a sill, a shelf, a rail or a counter: a row, each on it."""
    c, c_spec = d.take(SILLS)
    t, t_spec = d.take(TRINKETS, ON_COUNTER if c == "fish counter" else None)
    n = rng.choice([3, 4, 5])
    d.clauses.append(rng.choice([f"{many(n, t)} lined up along {an(c)}",
                                 f"on {an(c)} {NUMBER[n]} {plural(t)} stand in one straight row",
                                 f"{an(c)} (with {many(n, t)} sitting on it in a tidy row)"]))
    d.count(c_spec, 1)
    d.count(t_spec, n)
    d.add("arrangements", (t_spec, "row"))
    d.add("relations", (t_spec, "on_top_of", c_spec))
    d.forbid("low", *SIDEWAYS)  # from the floor the top hides them; from the side the row runs away


def moored(d: Draft) -> None:
    """Boats side by side in a line across the picture."""
    v, spec = d.take(BOATS)
    n = rng.choice([3, 4, 5])
    d.clauses.append(rng.choice([f"{many(n, v)} moored side by side along the water's edge",
                                 f"{many(n, v)} drawn up in one line, hull beside hull, across the picture",
                                 f"a straight row of {many(n, v)}, left to right, all alongside one another"]))
    d.count(spec, n)
    d.add("arrangements", (spec, "row"))
    d.forbid(*SIDEWAYS)


def orchard(d: Draft) -> None:
    """A grid, said as R rows with C to a row, or R deep and C across."""
    a, spec = d.take(PLOTS)
    r, c = rng.choice([(2, 3), (3, 3), (2, 4), (3, 4), (3, 2), (4, 3)])
    unit = "trees" if a in TREES else plural(a).split()[-1]
    d.clauses.append(rng.choice([f"{plural(a)} in {NUMBER[r]} neat rows, {NUMBER[c]} {unit} to a row",
                                 f"a grid of {plural(a)} {NUMBER[r]} deep and {NUMBER[c]} across",
                                 f"{NUMBER[r * c]} {plural(a)} set out as a {NUMBER[r]}-by-{NUMBER[c]} grid"]))
    d.count(spec, r * c)
    d.add("arrangements", (spec, "grid", r, c))


def pile(d: Draft) -> None:
    """A stack, each on the one below."""
    a, spec = d.take(PILES)
    n = rng.choice([3, 4, 5]) if a not in ("brick", "saucer", "tortilla", "poppadom") else rng.choice([4, 5, 6, 7])
    d.clauses.append(rng.choice([f"{many(n, a)}, each one balanced on the one below",
                                 f"a teetering tower made of {many(n, a)}",
                                 f"{many(n, a)} stacked up, the bottom one on the ground"]))
    d.count(spec, n)
    d.add("arrangements", (spec, "stack"))
    d.forbid("top")  # from straight above only the top one shows


def ring(d: Draft) -> None:
    """Sailors or shore birds in a ring round a capstan, a bell, a pool."""
    c, c_spec = d.take(HUBS)
    among = [g for g in RINGERS if g not in SHOREBIRDS or c in PONDS]
    a, a_spec = d.take(RINGERS, among)
    n = rng.choice([4, 5, 6, 7, 8])
    d.clauses.append(rng.choice([f"{many(n, a)} in a loose ring round {an(c)}",
                                 f"{an(c)} with {many(n, a)} circled about it",
                                 f"{many(n, a)} gathered on all sides of {an(c)}, making a circle"]))
    d.count(c_spec, 1)
    d.count(a_spec, n)
    d.add("relations", (a_spec, "around", c_spec))


def halves(d: Draft) -> None:
    """Two things, each given one side of the picture."""
    a, a_spec = d.take(HALVES)
    b, b_spec = d.take(HALVES)
    d.clauses.append(rng.choice([f"the left half of the picture given over to {an(a)} and the right half to "
                                 f"{an(b)}",
                                 f"{an(a)} filling the left side of the frame - {an(b)} filling the right",
                                 f"{an(a)} way over on the left of the image and {an(b)} way over on the right"]))
    d.count(a_spec, 1)
    d.count(b_spec, 1)
    d.add("sides", (a_spec, "left"), (b_spec, "right"))
    d.forbid("back", *SIDEWAYS)


def turns(d: Draft) -> None:
    """Members facing ways by their place in the picture."""
    a, spec = d.take(TURNERS)
    way = rng.choice(["eye", "backs", "halves", "odd"])
    if way == "eye":
        d.clauses.append(rng.choice([f"two {plural(a)} eyeing each other", f"a pair of {plural(a)} turned "
                                     f"towards one another"]))
        d.count(spec, 2)
        d.add("facing", (spec, ["right", "left"]))
    elif way == "backs":
        d.clauses.append(f"two {plural(a)} back to back, one gazing off left and the other off right")
        d.count(spec, 2)
        d.add("facing", (spec, ["left", "right"]))
    elif way == "halves":
        d.clauses.append(f"four {plural(a)} in a row, the two on the left facing away and the two on the right "
                         f"facing us")
        d.count(spec, 4)
        d.add("facing", (spec, ["away", "away", "camera", "camera"]))
    else:
        n = rng.choice([3, 4, 5])
        which = "who faces left" if a not in BIRDS else "which faces left"
        d.clauses.append(f"{many(n, a)} in a line, all facing right except the one on the far right, {which}")
        d.count(spec, n)
        d.add("facing", (spec, ["right"] * (n - 1) + ["left"]))
    d.forbid("top", "back", *SIDEWAYS)


def work(d: Draft) -> None:
    """Counts on both sides of a verb."""
    if rng.random() < 0.6:
        s, s_spec = d.take(WORKERS)
        o, o_spec = d.take(CATCH)
        verb = rng.choice(VERBS["fish" if o in FISH else o])
    else:
        s, s_spec = d.take(LADS)
        o, o_spec = d.take(CHASED)
        verb = rng.choice(["chasing", "tiptoeing after", "throwing crusts to"])
    n, m = rng.choice([1, 2, 3]), rng.choice([2, 3, 4, 5, 6])
    manner, words = rng.choice(MANNERS) if rng.random() < 0.5 else ("", [])
    be = "is" if n == 1 else "are"
    d.clauses.append(f"{many(n, s)} {be} {manner + ' ' if manner else ''}{verb} {many(m, o)}")
    d.truth["forbidden"] += words
    d.count(s_spec, n)
    d.count(o_spec, m)


def dotted(d: Draft) -> None:
    """A crowd counted but not arranged."""
    a, spec = d.take(STROLLERS)
    n = rng.choice([6, 7, 9, 10, 11])
    d.clauses.append(rng.choice([f"{many(n, a)} dotted about here and there",
                                 f"{many(n, a)} wandering around in every direction",
                                 f"{NUMBER[n]} {plural(a)} (no more) spread loosely over the scene"]))
    d.count(spec, n)


def character(d: Draft) -> None:
    """A named character up on something, under something, before something or by something."""
    name = rng.choice([n for n in NAMES if n not in d.used])
    d.used.add(name)
    kind = rng.choice(["on", "under", "before", "by"])
    if kind == "on":
        b, b_spec = d.take(SEATS)
        d.clauses.append(rng.choice([f"{name} sat up on {an(b)}, legs dangling", f"{name} clambering up onto "
                                     f"{an(b)} and standing on top of it"]))
        d.add("relations", (NAMES[name], "on_top_of", b_spec))
        d.forbid("low")
    elif kind == "under":
        b, b_spec = d.take(ROOFS)
        d.clauses.append(rng.choice([f"{name} sheltering under {an(b)}", f"{name} squatting down beneath {an(b)}"]))
        d.add("relations", (NAMES[name], "under", b_spec))
        d.forbid("top")
    elif kind == "before":
        b, b_spec = d.take(FRONTS)
        d.clauses.append(rng.choice([f"{name} out in front of {an(b)}",
                                     f"{name} having a photo taken with {an(b)} right behind"]))
        d.add("relations", (NAMES[name], "in_front_of", b_spec))
        d.forbid("top", "back", *SIDEWAYS)
    else:
        b, b_spec = d.take(PROPS)
        d.clauses.append(rng.choice([f"{name} with one hand resting on {an(b)}", f"{name} close by {an(b)}"]))
        d.add("relations", (NAMES[name], "near", b_spec))
    d.count(NAMES[name], 1)
    d.count(b_spec, 1)


def placing(d: Draft) -> None:
    kind = rng.choice(["under", "hidden", "order", "flanked"])
    if kind in ("order", "flanked") and "ordered" in d.used:
        kind = "hidden"  # one left-to-right trio per scene: "leftmost" then means the same thing throughout
    if kind in ("order", "flanked"):
        d.used.add("ordered")
    if kind == "under":
        a, a_spec = d.take({k: v for k, v in RINGERS.items() if k in SHOREBIRDS})
        b, b_spec = d.take(ROOFS)
        d.clauses.append(rng.choice([f"{an(a)} tucked in under {an(b)}", f"{an(a)} pottering about beneath "
                                     f"{an(b)}"]))
        d.add("relations", (a_spec, "under", b_spec))
        d.forbid("top")
    elif kind == "hidden":
        a, a_spec = d.take(LURKERS)
        b, b_spec = d.take(BLOCKS)
        d.clauses.append(rng.choice([f"{an(a)} half lost behind {an(b)}",
                                     f"{an(a)} skulking behind {an(b)}, only partly in view",
                                     f"{an(b)} cutting off most of {an(a)}"]))
        d.add("relations", (a_spec, "hidden_by", b_spec))
        d.forbid("top", "back", *SIDEWAYS)
    elif kind == "order":
        (a, a_spec), (b, b_spec), (c, c_spec) = (d.take(BITS) for _ in range(3))
        d.clauses.append(rng.choice([f"going left to right: first {an(a)}, then {an(b)}, last {an(c)}",
                                     f"{an(a)} leftmost, {an(c)} rightmost, {an(b)} in the middle of the two"]))
        d.count(c_spec, 1)
        d.add("relations", (a_spec, "left_of", b_spec), (b_spec, "left_of", c_spec))
        d.forbid("back", *SIDEWAYS)
    else:
        (a, a_spec), (b, b_spec), (c, c_spec) = (d.take(BITS) for _ in range(3))
        d.clauses.append(rng.choice([f"{an(a)} squeezed in between {an(b)} and {an(c)}",
                                     f"{an(b)} and {an(c)} with {an(a)} set down in the space between them"]))
        d.count(c_spec, 1)
        d.add("relations", (a_spec, "between", b_spec, c_spec))
        d.forbid("back", *SIDEWAYS)
    d.count(a_spec, 1)
    d.count(b_spec, 1)


def pairs(d: Draft) -> None:
    """Two of a kind, one behind or on top of the other."""
    if rng.random() < 0.5:
        a, spec = d.take(BITS)
        d.clauses.append(rng.choice([f"two {plural(a)}, the second one further back than the first",
                                     f"two {plural(a)}, one nearer to us than the other"]))
        if "further back" in d.clauses[-1]:
            d.add("relations", (spec, "behind", spec))
        else:
            d.add("relations", (spec, "in_front_of", spec))
        d.forbid("top", "back", *SIDEWAYS)
    else:
        a, spec = d.take({k: v for k, v in PILES.items() if k not in ("sponge cake",)})
        d.clauses.append(rng.choice([f"a {a} lying on top of another {a}", f"one {a} laid flat on a second"]))
        d.add("relations", (spec, "on_top_of", spec))
        d.forbid("top")
    d.count(spec, 2)


KINDS = [sill_line, moored, orchard, pile, ring, halves, turns, work, dotted, character, placing, placing, pairs]
CLAUSES: list[int] = []
JOINS = [", ", "; ", ". ", " - ", ", and ", ", plus ", " and "]  # before a noun phrase
SENTENCE_JOINS = ["; ", ". ", " - ", ", and "]  # before a clause with its own verb
SENTENCE = re.compile(r" (is|are|stand) |^going left|^on |^the left half")


def sentence_case(text: str) -> str:
    return ". ".join(s[:1].upper() + s[1:] for s in text.split(". "))


def describe() -> dict | None:
    d = Draft("in" if rng.random() < 0.5 else "out")
    chosen = rng.sample(KINDS, rng.choice([3, 4, 4, 5, 5, 6]))
    try:
        for clause in chosen:
            clause(d)
    except Redraw:
        return None
    assert d.needs <= {d.where}, d.needs
    text = d.clauses[0]
    for clause in d.clauses[1:]:
        text += rng.choice(SENTENCE_JOINS if SENTENCE.search(clause) else JOINS) + clause
    openings = [(o, w) for o, w, where in OPENINGS if where in (None, d.where)]
    opening, opening_words = rng.choice(openings) if rng.random() < 0.3 else ("", [])
    CLAUSES.append(len(d.clauses))
    places = {"out": OUTDOOR_PLACES, "in": INDOOR_PLACES}[d.where]
    place, words = rng.choice(places)
    d.truth["forbidden"] += words
    text = f"{place}: {text}" if rng.random() < 0.35 else f"{text}, {place}"
    views = [v for v in VIEW_NAMES if v in d.views]
    if views and rng.random() < 0.6:
        view = rng.choice(views)
        said, words = rng.choice(VIEWS[view])
        d.truth["forbidden"] += words
        d.truth["camera"] = view
        text = f"{said} - {text}" if rng.random() < 0.25 and not opening else f"{text}, {said}"
    if rng.random() < 0.6:
        light, words = rng.choice([(s, w) for s, w in LIGHTS if d.where == "out" or s not in OUTDOOR_LIGHTS])
        d.truth["forbidden"] += words
        text += f", {light}"
    style, words = rng.choice(STYLES)
    d.truth["forbidden"] += words
    text = sentence_case(text + f" -- {style}")
    d.truth["forbidden"] += opening_words
    text = opening + text
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
    for folder in ("heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6"):
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


def other_grammar_words() -> set[str]:
    """Every quoted lower-case word or phrase in the other grammars (their pools, drawn or not)."""
    found = set()
    for path in HERE.glob("*.py"):
        if path.resolve() != Path(__file__).resolve():
            found |= {m.lower() for m in re.findall(r"[\"']([A-Za-z][A-Za-z' -]*)[\"']", path.read_text())}
    return found


def main() -> None:
    old = other_prompts()
    rows, seen = [], set()
    while len(rows) < SCENES:
        made = describe()
        if made is None:
            continue
        key = words(made["prompt"])
        if key in seen or any(o in key for o in old):
            continue
        seen.add(key)
        rows.append(made)
    primary = {spec.split("|")[0] for r in rows for spec in r["expect"]["objects"]}
    shared = primary & other_nouns()
    assert not shared, f"nouns also in other prompt sets: {sorted(shared)}"
    quoted = primary & other_grammar_words()
    assert not quoted, f"nouns quoted in other grammars: {sorted(quoted)}"
    for r in rows:
        wanted = {n for spec in r["expect"]["objects"] for n in spec.split("|")}
        assert not wanted & set(r["expect"]["forbidden"]), r
    OUT.write_text("".join(json.dumps(r) + "\n" for r in rows))
    lengths = [len(r["prompt"].split()) for r in rows]
    print("content clauses per scene:", {n: CLAUSES.count(n) for n in sorted(set(CLAUSES))})
    print(f"{len(rows)} sixth held-out scenes -> {OUT.relative_to(HERE.parent.parent)} "
          f"({min(lengths)}-{max(lengths)} words)")


if __name__ == "__main__":
    main()
