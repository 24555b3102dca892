"""Writes the FIFTEENTH held-out scene descriptions (bench/prompts/scenes/heldout15.jsonl).

    .venv/bin/python bench/prompts/scenes_heldout15_grammar.py

Why a fifteenth held-out set: the fourteenth one (bench/prompts/scenes/heldout14.jsonl) is to be
run once fresh this session and then read while building. This one was written without reading
the implementation, its tests or its documentation (only bench/scenes.py, bench/layout.py,
bench/layout_selfcheck.py, the README's bench section and the existing prompt sets and grammars,
so as to differ from them), and is meant to be run once, with ``--failures 0``:

- each description has three to six content clauses, drawn from clause kinds worded unlike any
  other set's: burial urns or coffee flasks "standing in a tidy rank on top of the tomb chest"
  or a committee table "with five washstand jugs ranged along it in a straight row" (a row, each
  on it), routemasters or pony traps "bumper to bumper, a line crossing the whole picture" or
  "queued in single file crossways through the picture", gaming chairs or headstones "drawn up
  as R rows, C apiece" or "in a block R deep by C wide", ammo boxes or codebooks "heaped into one
  teetering pile" or "piled up, each propped on the one beneath", ghost hunters "forming a loose
  circle about" a well head or dexter cows "jostling round" a feed hopper "from all sides", two
  big things "taking up the picture's left half" and "its right half", members by position ("nose
  to nose, the one at left turned rightwards, the one at right turned leftwards", "in a short
  line, the two at the ends showing us their backs, the one in the centre looking at us",
  "counting from our left: two pointed right, then two pointed left", "the one at left looking
  our way, the one at right gazing off leftwards"), a named person "perched on" a tomb chest or
  "hiding under" a committee table, "working from our left: X, next Y, last Z", "X hemmed in by
  Y and Z, one each side", "X crouched behind Y, scarcely visible", "a pair of Xs, one a good way
  back behind its fellow", verbs with counts on both sides ("labelling", "stacking", "tending",
  "handing out"), crowds "drifting aimlessly to and fro" or "dotted about higgledy-piggledy";
- the register changes from prompt to prompt: an archaeologist's dig record ("Trench 4, context
  212: recorded so far, ...; also ... Photographed and bagged."), committee minutes, a lower-case
  podcast transcript with a time code, a station platform announcement, a radio travel bulletin,
  a school art report, a small ad, a spy's dead-drop message, a geocacher's log and a ghost story
  told round a campfire; labels carry numbers that are not counts; the style comes last, "all
  done as ...";
- each noun says where it may stand (indoors only, out of doors only, or either: a description
  mixing the first two is drawn again) and each clause which views keep its meaning; the place
  and the view are drawn to fit;
- settings, views, light, style, register and manner words are forbidden as object names in
  the truth (a travel bulletin names no camera, a small ad no photo);
- the vocabulary is everyday: a draughty village hall, a school art room, a podcast studio, an embassy
  basement, an excavation site, an old churchyard, a ring road, a beech wood; common nouns, most
  of which no other set uses (counted and printed when run); names of people are ordinary ones;
- no description equals or contains any other set's prompt, nor shares a run of five words with
  one (checked).

Nothing outside bench/prompts may import this file, name it, or quote its prompts. Truth keys
as in bench/prompts/scenes_dev.py. Deterministic (seed 64109).
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

rng = random.Random(64109)
HERE = Path(__file__).resolve().parent
OUT = HERE / "scenes" / "heldout15.jsonl"
ME = "heldout15"
SCENES = 48
RUN = 5  # no run of this many words may be shared with another part's prompt
VIEW_NAMES = ("top", "wide", "low", "front", "back", "left", "right")

# noun -> truth spec (names a reader would accept for it)
LEDGES = {"finds table": "finds table|table", "committee table": "committee table|table",
          "sorting table": "sorting table|table", "art table": "art table|table", "site desk": "site desk|desk",
          "tomb chest": "tomb chest|tomb|chest", "hostess cart": "hostess cart|cart|trolley",
          "glass case": "glass case|case|cabinet"}
ORNAMENTS = {"potsherd": "potsherd|sherd|shard", "loom weight": "loom weight|weight", "burial urn": "burial urn|urn",
             "clay pot": "clay pot|pot", "crayon box": "crayon box|box", "paintbrush jar": "paintbrush jar|jar",
             "petri dish": "petri dish|dish", "sample tub": "sample tub|tub", "coffee flask": "coffee flask|flask",
             "washstand jug": "washstand jug|jug", "studio monitor": "studio monitor|monitor|speaker",
             "papier-mache mask": "papier-mache mask|mask"}
LINERS = {"routemaster": "routemaster|bus", "post bus": "post bus|bus", "breakdown van": "breakdown van|van",
          "embassy car": "embassy car|car", "charabanc": "charabanc|coach|bus",
          "recumbent bike": "recumbent bike|bike|bicycle", "swan pedalo": "swan pedalo|pedalo|boat",
          "pony trap": "pony trap|trap|cart", "gritting lorry": "gritting lorry|gritter|lorry|truck",
          "low loader": "low loader|loader|lorry|truck"}
GRIDS = {"gaming chair": "gaming chair|chair", "folding chair": "folding chair|chair",
         "school chair": "school chair|chair", "acoustic panel": "acoustic panel|panel",
         "finds box": "finds box|box", "ammo box": "ammo box|box|tin", "headstone": "headstone|gravestone|stone"}
PILES = {"finds box": "finds box|box", "ammo box": "ammo box|box|tin", "crayon box": "crayon box|box",
         "wardrobe trunk": "wardrobe trunk|trunk", "codebook": "codebook|book", "sample tub": "sample tub|tub",
         "matchbox": "matchbox|box", "petri dish": "petri dish|dish"}
HUBS = {"tombola stall": "tombola stall|tombola|stall", "soup kettle": "soup kettle|kettle|pot",
        "well head": "well head|well", "roman altar": "roman altar|altar", "feed hopper": "feed hopper|hopper|feeder",
        "water tub": "water tub|tub|trough", "committee table": "committee table|table",
        "card table": "card table|table"}
PEOPLE = {"orienteer": "orienteer|runner", "geocacher": "geocacher|hiker|walker",
          "ghost hunter": "ghost hunter|hunter", "prefect": "prefect|pupil|student",
          "teaching assistant": "teaching assistant|assistant|teacher",
          "parish councillor": "parish councillor|councillor", "grey friar": "grey friar|friar|monk",
          "guest speaker": "guest speaker|speaker", "treasurer": "treasurer", "milkmaid": "milkmaid|maid",
          "site director": "site director|director|archaeologist",
          "finds officer": "finds officer|officer|archaeologist", "school caretaker": "school caretaker|caretaker|janitor",
          "sexton": "sexton", "verger": "verger", "traffic officer": "traffic officer|officer|policeman",
          "art teacher": "art teacher|teacher", "announcer": "announcer"}
RING_PEOPLE = ("orienteer", "geocacher", "ghost hunter", "prefect", "grey friar", "guest speaker", "parish councillor")
FARM = {"tamworth pig": "tamworth pig|pig", "herdwick": "herdwick|sheep|ewe", "dexter cow": "dexter cow|cow",
        "welsh pony": "welsh pony|pony", "donkey foal": "donkey foal|foal|donkey", "jacob sheep": "jacob sheep|sheep"}
CHAIRS = {"gaming chair": "gaming chair|chair", "folding chair": "folding chair|chair",
          "school chair": "school chair|chair", "piano stool": "piano stool|stool"}
BIGS = {"gasometer": "gasometer|gasholder", "folly tower": "folly tower|folly|tower",
        "almshouse": "almshouse|house|cottage", "pumping station": "pumping station|station",
        "mausoleum": "mausoleum|tomb", "ruined abbey": "ruined abbey|abbey|ruin",
        "wellingtonia": "wellingtonia|sequoia|tree", "copper beech": "copper beech|beech|tree",
        "articulated lorry": "articulated lorry|lorry|truck", "glass case": "glass case|case|cabinet",
        "soundproof booth": "soundproof booth|booth", "dressing screen": "dressing screen|screen",
        "sarcophagus": "sarcophagus|coffin"}
TURNERS = {"welsh pony": "welsh pony|pony", "dexter cow": "dexter cow|cow", "clydesdale": "clydesdale|horse",
           "deerhound": "deerhound|hound|dog", "old english sheepdog": "old english sheepdog|sheepdog|dog",
           "verger": "verger", "sexton": "sexton", "art teacher": "art teacher|teacher",
           "traffic officer": "traffic officer|officer|policeman", "geocacher": "geocacher|hiker|walker"}
ANIMAL_TURNERS = {"welsh pony", "dexter cow", "clydesdale", "deerhound", "old english sheepdog"}
WORKERS = {"finds officer": "finds", "school caretaker": "chairs", "sexton": "graves", "prefect": "art",
           "geocacher": "caches", "site director": "tools"}
GOODS = {"finds": ({"finds bag": "finds bag|bag", "potsherd": "potsherd|sherd|shard"}, ["labelling", "sorting"]),
         "chairs": ({"school chair": "school chair|chair", "mail sack": "mail sack|sack|bag"},
                    ["stacking", "carrying"]),
         "graves": ({"headstone": "headstone|gravestone|stone", "gas lamp": "gas lamp|lamp|lamppost"},
                    ["cleaning", "tending"]),
         "art": ({"paintbrush jar": "paintbrush jar|jar", "crayon box": "crayon box|box"},
                 ["tidying", "handing out"]),
         "caches": ({"ammo box": "ammo box|box|tin", "map case": "map case|case"}, ["opening", "checking"]),
         "tools": ({"mattock": "mattock|pick", "hand shovel": "hand shovel|shovel|spade"}, ["cleaning", "counting"])}
NAMES = {"Aunt Dorcas": "aunt dorcas|dorcas", "Canon Mervyn": "canon mervyn|mervyn",
         "Mrs Fothergill": "mrs fothergill|fothergill", "Uncle Ivor": "uncle ivor|ivor",
         "Cousin Letitia": "cousin letitia|letitia", "Little Cosmo": "little cosmo|cosmo",
         "Nurse Phyllida": "nurse phyllida|phyllida", "Doctor Alaric": "doctor alaric|alaric"}
SEATS = {"wardrobe trunk": "wardrobe trunk|trunk", "tomb chest": "tomb chest|tomb|chest", "stile": "stile",
         "platform bench": "platform bench|bench", "weights bench": "weights bench|bench",
         "ammo box": "ammo box|box|tin"}
ROOFS = {"finds table": "finds table|table", "committee table": "committee table|table",
         "sorting table": "sorting table|table", "art table": "art table|table",
         "gate-leg table": "gate-leg table|table", "weights bench": "weights bench|bench",
         "platform bench": "platform bench|bench", "sunlounger": "sunlounger|lounger"}
FRONTS = {"almshouse": "almshouse|house|cottage", "toll house": "toll house|tollhouse|house",
          "pumping station": "pumping station|station", "mausoleum": "mausoleum|tomb",
          "site cabin": "site cabin|cabin|portakabin", "vending kiosk": "vending kiosk|kiosk",
          "glass case": "glass case|case|cabinet", "soundproof booth": "soundproof booth|booth",
          "ruined abbey": "ruined abbey|abbey|ruin"}
PROPS = {"gas lamp": "gas lamp|lamp|lamppost", "waymark post": "waymark post|waymarker|post",
         "information board": "information board|board|sign", "telegraph pole": "telegraph pole|pole",
         "grit bin": "grit bin|bin", "desk plant": "desk plant|plant", "magazine rack": "magazine rack|rack"}
LURKERS = {"red fox cub": "red fox cub|fox cub|cub|fox", "badger cub": "badger cub|cub|badger",
           "donkey foal": "donkey foal|foal|donkey", "lhasa apso": "lhasa apso|apso|dog",
           "grandnephew": "grandnephew|nephew|boy", "goddaughter": "goddaughter|girl",
           "eldest daughter": "eldest daughter|daughter|girl"}
BLOCKERS = {"breakdown van": "breakdown van|van", "removal lorry": "removal lorry|lorry|truck|van",
            "grain lorry": "grain lorry|lorry|truck", "post bus": "post bus|bus",
            "shepherd's hut": "shepherd's hut|hut", "site cabin": "site cabin|cabin|portakabin",
            "laurel hedge": "laurel hedge|hedge", "blackberry bush": "blackberry bush|bramble|bush",
            "dressing screen": "dressing screen|screen", "soundproof booth": "soundproof booth|booth"}
UNDER_PETS = {"manx cat": "manx cat|cat", "burmese cat": "burmese cat|cat", "black kitten": "black kitten|kitten|cat",
              "corgi puppy": "corgi puppy|puppy|corgi|dog", "angora rabbit": "angora rabbit|rabbit",
              "dutch rabbit": "dutch rabbit|rabbit", "hedgehog hoglet": "hedgehog hoglet|hoglet|hedgehog"}
BITS = {"finds bag": "finds bag|bag", "mail sack": "mail sack|sack|bag", "ammo box": "ammo box|box|tin",
        "dry bag": "dry bag|bag", "bivvy bag": "bivvy bag|bag", "foot spa": "foot spa|footbath|spa",
        "spoil barrow": "spoil barrow|wheelbarrow|barrow", "mattock": "mattock|pick",
        "wardrobe trunk": "wardrobe trunk|trunk", "coffee flask": "coffee flask|flask",
        "attache case": "attache case|briefcase|case", "fedora": "fedora|hat", "pith helmet": "pith helmet|helmet|hat",
        "quern stone": "quern stone|quern|stone", "burial urn": "burial urn|urn"}
OUTDOOR_ONLY = {"routemaster", "post bus", "breakdown van", "embassy car", "charabanc", "recumbent bike",
                "swan pedalo", "pony trap", "gritting lorry", "low loader", "headstone", "well head", "roman altar",
                "feed hopper", "water tub", "tamworth pig", "herdwick", "dexter cow", "welsh pony", "donkey foal",
                "jacob sheep", "gasometer", "folly tower", "almshouse", "pumping station", "mausoleum",
                "ruined abbey", "wellingtonia", "copper beech", "articulated lorry", "orienteer", "geocacher",
                "traffic officer", "sexton", "clydesdale", "gas lamp", "waymark post", "information board",
                "telegraph pole", "grit bin", "red fox cub", "badger cub", "removal lorry", "grain lorry",
                "shepherd's hut", "site cabin", "laurel hedge", "blackberry bush", "tomb chest", "stile",
                "platform bench", "sunlounger", "toll house", "vending kiosk", "spoil barrow", "milkmaid",
                "site director", "mattock", "hand shovel", "tombola stall"}
INDOOR_ONLY = {"finds table", "committee table", "sorting table", "art table", "site desk", "hostess cart",
               "glass case", "gaming chair", "school chair", "acoustic panel", "card table", "piano stool",
               "soundproof booth", "dressing screen", "sarcophagus", "wardrobe trunk", "weights bench",
               "gate-leg table", "desk plant", "magazine rack", "studio monitor", "petri dish", "paintbrush jar",
               "crayon box", "sample tub", "washstand jug", "papier-mache mask", "codebook", "manx cat",
               "burmese cat", "black kitten", "school caretaker", "teaching assistant", "art teacher", "prefect",
               "guest speaker", "treasurer", "announcer", "foot spa", "finds box", "soup kettle"}
MANNERS = [("briskly", ["briskly"]), ("without a word", ["word"]), ("humming", ["humming"]),
           ("at a snail's pace", ["snail's", "snail", "pace"])]
INDOOR_PLACES = [("in a draughty village hall", ["draughty", "village", "hall"]), ("in a school art room", ["school", "art", "room"]),
                 ("in a podcast studio", ["podcast", "studio"]), ("in an embassy basement", ["embassy", "basement"])]
OUTDOOR_PLACES = [("on an excavation site", ["excavation", "site"]), ("in an old churchyard", ["churchyard"]),
                  ("by a ring road", ["ring", "road"]), ("in a beech wood", ["beech", "wood"])]
STYLES = [("a gouache study", ["gouache", "study"]), ("a woodcut", ["woodcut"]),
          ("a charcoal sketch", ["charcoal", "sketch"]), ("a tapestry", ["tapestry"]),
          ("a stained-glass window", ["stained", "glass", "window"]), ("a clockwork-toy diorama", ["clockwork", "toy", "diorama"])]
LIGHTS = [("by moonlight", ["moonlight"]), ("under a leaden sky", ["leaden", "sky"]),
          ("in flat morning light", ["flat", "morning", "light"]),
          ("under fluorescent tubes", ["fluorescent", "tubes", "tube"])]
OUTDOOR_LIGHTS = ("by moonlight", "under a leaden sky")
INDOOR_LIGHTS = ("under fluorescent tubes",)
VIEWS = {"top": [("as a bird would see it, straight down", ["bird", "straight"]),
                 ("from a crane jib directly above", ["crane", "jib", "above"])],
         "wide": [("from a far ridge, everything made tiny", ["ridge", "everything", "tiny"]),
                  ("in an enormous sweeping panorama", ["enormous", "sweeping", "panorama"])],
         "low": [("from down at knee height, angled up", ["knee", "height", "angled"]),
                 ("from a beetle's-eye view, gazing upwards", ["beetle's", "beetle", "eye", "view", "gazing"])],
         "front": [("straight on, at shoulder height", ["straight", "shoulder", "height"])],
         "back": [("from behind the lot of them", ["lot"])],
         "left": [("from far off to the left, peering across", ["left", "peering"])],
         "right": [("from far off to the right, peering across", ["right", "peering"])]}
NUMBER = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight", 9: "nine",
          10: "ten", 11: "eleven", 12: "twelve", 14: "fourteen", 15: "fifteen", 16: "sixteen", 18: "eighteen",
          20: "twenty"}
IRREGULAR = {"headstone": "headstones", "shepherd's hut": "shepherd's huts", "jacob sheep": "jacob sheep",
             "herdwick": "herdwicks", "dexter cow": "dexter cows", "matchbox": "matchboxes", "finds box": "finds boxes",
             "ammo box": "ammo boxes", "crayon box": "crayon boxes", "petri dish": "petri dishes",
             "grey friar": "grey friars", "old english sheepdog": "old english sheepdogs"}
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
    d.say(rng.choice([f"{d.many(n, t)} standing in a tidy rank on top of the {c}",
                      f"the {c} with {d.many(n, t)} ranged along it in a straight row"]))
    d.truth["forbidden"] += ["rank", "row"]
    d.count(c_spec, 1)
    d.count(t_spec, n)
    d.add("arrangements", (t_spec, "row"))
    d.add("relations", (t_spec, "on_top_of", c_spec))
    d.forbid("top", "wide", *SIDEWAYS)  # small things: not from far off


def bumper(d: Draft) -> None:
    a, spec = d.take(LINERS)
    n = rng.choice([3, 4, 5])
    d.say(rng.choice([f"{d.many(n, a)} bumper to bumper, a line crossing the whole picture",
                      f"{d.many(n, a)} queued in single file crossways through the picture"]))
    d.truth["forbidden"] += ["bumper", "line", "file"]
    d.count(spec, n)
    d.add("arrangements", (spec, "row"))
    d.forbid(*SIDEWAYS)


def ranks(d: Draft) -> None:
    a, spec = d.take(GRIDS)
    r, c = rng.choice([(2, 3), (3, 3), (2, 4), (3, 4), (4, 2), (2, 5)])
    d.say(rng.choice([f"{d.many(r * c, a)} drawn up as {NUMBER[r]} rows, {NUMBER[c]} apiece",
                      f"{plural(a)} in a block {NUMBER[r]} deep by {NUMBER[c]} wide"]))
    d.truth["forbidden"] += ["block", "rows"]
    d.count(spec, r * c)
    d.add("arrangements", (spec, "grid", r, c))


def pancakes(d: Draft) -> None:
    a, spec = d.take(PILES)
    n = rng.choice([3, 4, 5])
    d.say(rng.choice([f"{d.many(n, a)} heaped into one teetering pile",
                      f"{d.many(n, a)} piled up, each propped on the one beneath"]))
    d.truth["forbidden"] += ["pile"]
    d.count(spec, n)
    d.add("arrangements", (spec, "stack"))
    d.forbid("top")


def gathering(d: Draft) -> None:
    c, c_spec = d.take(HUBS)
    if c in ("feed hopper", "water tub"):
        a, a_spec = d.take(FARM)
    elif c in ("committee table", "card table"):
        a, a_spec = d.take(CHAIRS) if c == "card table" else d.take({k: PEOPLE[k] for k in RING_PEOPLE})
    else:
        a, a_spec = d.take({k: PEOPLE[k] for k in RING_PEOPLE})
    n = rng.choice([4, 5, 6, 7])
    if c == "card table":
        text = f"{d.many(n, a)} drawn up all round the {c}"
    elif c in ("feed hopper", "water tub"):
        text = f"{d.many(n, a)} jostling round the {c} from all sides"
    else:
        text = rng.choice([f"{d.many(n, a)} forming a loose circle about the {c}",
                           f"the {c} encircled by {d.many(n, a)}"])
    d.say(text)
    d.truth["forbidden"] += ["circle", "sides"]
    d.count(c_spec, 1)
    d.count(a_spec, n)
    d.add("relations", (a_spec, "around", c_spec))


def halves(d: Draft) -> None:
    a, a_spec = d.take(BIGS)
    b, b_spec = d.take(BIGS)
    d.say(rng.choice([f"{an(a)} taking up the picture's left half, {an(b)} its right half",
                      f"{an(a)} away on our left, {an(b)} away on our right"]))
    d.truth["forbidden"] += ["half"]
    d.count(a_spec, 1)
    d.count(b_spec, 1)
    d.add("sides", (a_spec, "left"), (b_spec, "right"))
    d.forbid("back", *SIDEWAYS)


def turning(d: Draft) -> None:
    a, spec = d.take(TURNERS)
    way = rng.choice(["gazing", "ends", "pairs", "mixed"])
    if way == "gazing":
        d.say(f"two {plural(a)} nose to nose, the one at left turned rightwards, the one at right turned leftwards")
        d.add("facing", (spec, ["right", "left"]))
        d.count(spec, 2)
    elif way == "ends":
        d.say(f"three {plural(a)} in a short line, the two at the ends showing us their backs, the one in the "
              f"centre looking at us")
        d.add("facing", (spec, ["away", "camera", "away"]))
        d.count(spec, 3)
    elif way == "pairs":
        d.say(f"four {plural(a)} in a row, counting from our left: two pointed right, then two pointed left")
        d.add("facing", (spec, ["right", "right", "left", "left"]))
        d.count(spec, 4)
    else:
        d.say(f"two {plural(a)}: the one at left looking our way, the one at right gazing off leftwards")
        d.add("facing", (spec, ["camera", "left"]))
        d.count(spec, 2)
    d.truth["forbidden"] += ["nose", "line", "ends", "centre", "row", "backs", "way"]
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
    d.say(rng.choice([f"{d.many(n, a)} drifting aimlessly to and fro",
                      f"{d.many(n, a)} dotted about higgledy-piggledy"]))
    d.truth["forbidden"] += ["higgledy", "piggledy"]
    d.count(spec, n)


def named(d: Draft) -> None:
    name = rng.choice([n for n in NAMES if n not in d.used])
    d.used.add(name)
    kind = rng.choice(["on", "under", "before", "by"])
    if kind == "on":
        b, b_spec = d.take(SEATS)
        d.say(rng.choice([f"{name} perched on {an(b)}", f"{name} sitting astride {an(b)}, swinging both feet"]))
        d.truth["forbidden"] += ["feet", "foot"]
        d.add("relations", (NAMES[name], "on_top_of", b_spec))
        d.forbid("low")
    elif kind == "under":
        b, b_spec = d.take(ROOFS)
        d.say(rng.choice([f"{name} hiding under {an(b)}", f"{name} crawled in beneath {an(b)}"]))
        d.add("relations", (NAMES[name], "under", b_spec))
        d.forbid("top")
    elif kind == "before":
        b, b_spec = d.take(FRONTS)
        d.say(rng.choice([f"{name} standing a pace in front of {an(b)}",
                          f"{name} posed before {an(b)}, nearer to us"]))
        d.add("relations", (NAMES[name], "in_front_of", b_spec))
        d.forbid("top", "back", *SIDEWAYS)
    else:
        b, b_spec = d.take(PROPS)
        d.say(rng.choice([f"{name} waiting beside {an(b)}", f"{name} hovering near {an(b)}"]))
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
        d.say(rng.choice([f"{an(a)} napping under {an(b)}", f"{an(a)} snoozing beneath {an(b)}"]))
        d.add("relations", (a_spec, "under", b_spec))
        d.forbid("top")
    elif kind == "hidden":
        a, a_spec = d.take(LURKERS)
        b, b_spec = d.take(BLOCKERS)
        d.say(rng.choice([f"{an(a)} half hidden behind {an(b)}, hard to spot",
                          f"{an(a)} crouched behind {an(b)}, scarcely visible"]))
        d.add("relations", (a_spec, "hidden_by", b_spec))
        d.forbid("top", "back", *SIDEWAYS)
    elif kind == "order":
        (a, a_spec), (b, b_spec), (c, c_spec) = (d.take(BITS) for _ in range(3))
        d.say(rng.choice([f"working from our left: {an(a)}, next {an(b)}, last {an(c)}",
                          f"{an(a)} farthest left, {an(b)} in the middle, {an(c)} farthest right"]))
        d.count(c_spec, 1)
        d.add("relations", (a_spec, "left_of", b_spec), (b_spec, "left_of", c_spec))
        d.forbid("back", "wide", *SIDEWAYS)
    else:
        (a, a_spec), (b, b_spec), (c, c_spec) = (d.take(BITS) for _ in range(3))
        d.say(rng.choice([f"{an(a)} squeezed in between {an(b)} and {an(c)}",
                          f"{an(a)} hemmed in by {an(b)} and {an(c)}, one each side"]))
        d.truth["forbidden"] += ["side"]
        d.count(c_spec, 1)
        d.add("relations", (a_spec, "between", b_spec, c_spec))
        d.forbid("back", "wide", *SIDEWAYS)
    d.count(a_spec, 1)
    d.count(b_spec, 1)


def twins(d: Draft) -> None:
    if rng.random() < 0.5:
        a, spec = d.take(BITS)
        if rng.random() < 0.5:
            d.say(f"a pair of {plural(a)}, one a good way back behind its fellow")
            d.add("relations", (spec, "behind", spec))
        else:
            d.say(f"a pair of {plural(a)}, the first placed a little nearer us than the second")
            d.add("relations", (spec, "in_front_of", spec))
        d.forbid("top", "back", "wide", *SIDEWAYS)
    else:
        a, spec = d.take({k: v for k, v in PILES.items() if k not in ("petri dish", "codebook")})
        d.say(rng.choice([f"a pair of {plural(a)}, the upper one resting on the lower",
                          f"{an(a)} with another {a} balanced on it"]))
        d.add("relations", (spec, "on_top_of", spec))
        d.forbid("top")
    d.truth["forbidden"] += ["pair"]
    d.count(spec, 2)


KINDS = [counter_row, bumper, ranks, pancakes, gathering, halves, turning, work, strolling, named, placing,
         placing, twins]
CLAUSES: list[int] = []


# Registers: (how the clauses are put together, the words they bring).


def cap(text: str) -> str:
    return text[0].upper() + text[1:]


def dig(texts: list[str]) -> tuple[str, list[str]]:
    body = f"Trench {rng.randint(1, 12)}, context {rng.randint(100, 499)}: recorded so far, " + "; also ".join(texts)
    return body + ". Photographed and bagged.", ["trench", "context", "recorded", "photographed", "bagged"]


def minutes(texts: list[str]) -> tuple[str, list[str]]:
    body = f"Minutes, item {rng.randint(3, 19)}: it was noted that the slide showed " + ", and ".join(texts)
    return body + ". Agreed without objection.", ["minutes", "item", "noted", "slide", "objection"]


def podcast(texts: list[str]) -> tuple[str, list[str]]:
    stamp = f"[00:{rng.randint(10, 59)}:{rng.randint(10, 59)}]"
    body = f"{stamp} host: so the thumbnail has " + ", and then ".join(t.lower() for t in texts)
    return body + ". [laughs] anyway, moving on.", ["host", "thumbnail", "laughs", "anyway"]


def platform(texts: list[str]) -> tuple[str, list[str]]:
    body = f"Platform {rng.randint(1, 14)} announcement: passengers will see " + "; ".join(texts)
    return body + ". Please mind the gap.", ["platform", "announcement", "passengers", "gap"]


def traffic(texts: list[str]) -> tuple[str, list[str]]:
    clock = f"{rng.choice([6, 7, 8, 9])}.{rng.choice(['05', '15', '25', '35', '45', '55'])}"
    body = f"Travel news at {clock}: the traffic camera shows " + ", plus ".join(texts)
    return body + ". More on the hour.", ["travel", "news", "traffic", "camera", "hour"]


def report(texts: list[str]) -> tuple[str, list[str]]:
    grade = rng.choice(["A", "A-", "B+", "B"])
    body = f"Art report, term {rng.randint(1, 3)} (grade {grade}): her picture shows " + ", and ".join(texts)
    return body + ". Keep it up!", ["art", "report", "term", "grade", "picture"]


def forsale(texts: list[str]) -> tuple[str, list[str]]:
    price = rng.choice([5, 10, 15, 20, 40, 60])
    body = f"For sale, ad {rng.randint(100, 999)}: the listing photo shows " + "; ".join(texts)
    return body + f". {price} pounds ono, collection only.", ["sale", "ad", "listing", "photo", "pounds", "ono",
                                                              "collection"]


def spy(texts: list[str]) -> tuple[str, list[str]]:
    code = rng.choice(["Sigma", "Omega", "Delta", "Zeta", "Theta", "Kappa"])
    body = f"Agent {code}, drop {rng.randint(2, 60)}: observed " + "; ".join(texts)
    return body + ". Burn after reading.", ["agent", code.lower(), "drop", "observed", "burn", "reading"]


def cache(texts: list[str]) -> tuple[str, list[str]]:
    code = f"GC{rng.randint(1000, 9999)}"
    body = f"Found {code} today! On the way I passed " + ", then ".join(texts)
    return body + ". TFTC, happy caching.", ["found", code.lower(), "tftc", "caching", "way"]


def ghost(texts: list[str]) -> tuple[str, list[str]]:
    body = "Gather round. They say that on stormy nights you'll see " + "; and ".join(texts)
    return body + ". Sleep well, if you can.", ["gather", "nights", "sleep"]


REGISTERS = [dig, minutes, podcast, platform, traffic, report, forsale, spy, cache, ghost]


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
    clauses[-1] = clauses[-1] + ", " + ", ".join(tail) + f", all done as {style}"
    d.truth["forbidden"] += ["done"]
    register = REGISTERS[index % len(REGISTERS)]
    text, register_words = register(clauses)
    d.truth["forbidden"] += register_words
    CLAUSES.append(len(d.clauses))
    if register is not podcast:
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
                   "heldout9", "heldout10", "heldout11", "heldout12", "heldout13", "heldout14", ME):
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
    print(f"{len(rows)} fifteenth held-out scenes -> {OUT.relative_to(HERE.parent.parent)} "
          f"({min(lengths)}-{max(lengths)} words; {len(new)} of {len(primary)} primary nouns in no other set)")
    if shared:
        print("runs shared with other parts (drawn again):", sorted(shared.items(), key=lambda kv: -kv[1])[:40])


if __name__ == "__main__":
    main()
