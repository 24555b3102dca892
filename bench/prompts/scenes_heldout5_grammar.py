"""Writes the FIFTH held-out scene descriptions (bench/prompts/scenes/heldout5.jsonl).

    .venv/bin/python bench/prompts/scenes_heldout5_grammar.py

Why a fifth held-out set: the fourth one (bench/prompts/scenes/heldout4.jsonl) has been read while
building (second session of 2026-12-06). This one was written without reading the implementation,
its tests or its documentation (only bench/scenes.py, bench/layout.py, the benchmark section of the
README and the existing prompt sets and grammars, so as to differ from them), and is meant to be
run once, with ``--failures 0``:

- each description has three to six content clauses, drawn from clause kinds worded unlike any
  other set's: things "set out in a line along" a breakfast bar, vehicles "parked in a row, side
  by side", vegetables "planted in R rows of C" or "laid out R by C", piles "one on top of
  another", people or farm animals "standing in a ring around" a pond or a signpost, something
  "peeping out from behind" a shed, the two sides of the frame "taken up" by two things, members
  facing by position ("face to face", "back-to-back, looking out to the left and the right",
  "the outer two facing away", "all but the one on the far left"), a named character perched on
  a gatepost or ducking under an awning, left-to-right lists, verbs with counts on both sides
  ("stacking", "herding"), crowds "milling about";
- the clauses are joined with commas, semicolons, full stops, "as well as" and "and"; a
  description may open on a brief ("Storyboard frame:", "Book jacket art:");
- each noun says where it may stand (indoors only, out of doors only, or either: a description
  mixing the first two is drawn again) and each clause which views keep its meaning; the place
  and the view are drawn to fit;
- settings, views, light, style and manner words are forbidden as object names in the truth;
- the vocabulary is this file's own: no primary noun is in any other prompt set, this one's layout
  part included (checked), nor quoted in another grammar; names of people are invented;
- no description equals or contains any other set's prompt (checked).

Nothing outside bench/prompts may import this file, name it, or quote its prompts. Truth keys
as in bench/prompts/scenes_dev.py. Deterministic (seed 40517).
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "scenes" / "heldout5.jsonl"
rng = random.Random(40517)
SCENES = 48
VIEW_NAMES = ("top", "wide", "low", "front", "back", "left", "right")

# ------------------------------------------------------------- vocabulary ---
# name as said -> truth spec ("a|b" where English allows both names)
LEDGES = {"breakfast bar": "breakfast bar|bar", "shelf unit": "shelf unit|shelf"}
ORNAMENTS = {"snuff box": "snuff box|box", "cash box": "cash box|box", "tobacco tin": "tobacco tin|tin",
             "mantel clock": "mantel clock|clock", "cream jug": "cream jug|jug", "coffee pot": "coffee pot|pot",
             "egg cup": "egg cup|cup", "pie": "pie", "tart": "tart", "cheesecake": "cheesecake", "trifle": "trifle",
             "pretzel": "pretzel", "pavlova": "pavlova", "sundae": "sundae"}
RIDES = {"estate car": "estate car|car", "flatbed truck": "flatbed truck|truck", "log truck": "log truck|truck",
         "cement truck": "cement truck|truck", "recycling truck": "recycling truck|truck",
         "bumper car": "bumper car|car", "ride-on mower": "ride-on mower|mower", "coupe": "coupe|car"}
BEDS = {"leek": "leek", "beetroot": "beetroot", "onion": "onion",
        "lemon tree": "lemon tree|tree", "window box": "window box|box", "compost bin": "compost bin|bin",
        "tatami mat": "tatami mat|mat"}
TOWERS = {"breeze block": "breeze block|block", "baking tray": "baking tray|tray", "muffin tray": "muffin tray|tray",
          "chopping board": "chopping board|board", "crepe": "crepe", "futon": "futon", "tea tin": "tea tin|tin",
          "button tin": "button tin|tin", "coffee tin": "coffee tin|tin"}
CENTRES = {"lily pond": "lily pond|pond", "fish pond": "fish pond|pond", "stone table": "stone table|table",
           "signpost": "signpost", "carved pumpkin": "carved pumpkin|pumpkin", "cooking pot": "cooking pot|pot",
           "water tank": "water tank|tank"}
CIRCLERS = {"girl guide": "girl guide|guide", "altar boy": "altar boy|boy", "carol singer": "carol singer|singer",
            "folk dancer": "folk dancer|dancer", "flower girl": "flower girl|girl", "schoolboy": "schoolboy",
            "holidaymaker": "holidaymaker", "cadet": "cadet", "drake": "drake", "ewe": "ewe"}
YOUNG = {"drake", "ewe"}  # farm animals gather round water only
WATERS = {"lily pond", "fish pond", "water tank"}
SCREENS = {"pump house": "pump house|house", "coach house": "coach house|house", "tollbooth": "tollbooth|booth",
           "potting shed": "potting shed|shed", "bike shed": "bike shed|shed", "cow shed": "cow shed|shed",
           "hen house": "hen house|house", "chicken coop": "chicken coop|coop", "stable": "stable",
           "pipe organ": "pipe organ|organ", "wine rack": "wine rack|rack", "loom": "loom"}
INDOOR_SCREENS = ("pipe organ", "wine rack", "loom")
PEEKERS = {"billy goat": "billy goat|goat", "nanny goat": "nanny goat|goat", "mare": "mare", "colt": "colt",
           "sow": "sow", "cockerel": "cockerel", "lawyer": "lawyer", "auctioneer": "auctioneer",
           "accountant": "accountant", "newsreader": "newsreader"}
FACERS = {"mare": "mare", "colt": "colt", "billy goat": "billy goat|goat", "nanny goat": "nanny goat|goat",
          "ewe": "ewe", "cockerel": "cockerel", "judge": "judge", "mayor": "mayor", "colonel": "colonel",
          "sergeant": "sergeant", "newsreader": "newsreader"}
BEASTS = {"mare", "colt", "billy goat", "nanny goat", "ewe", "cockerel"}
HANDS = {"estate agent": "estate agent|agent", "accountant": "accountant", "lawyer": "lawyer",
         "auctioneer": "auctioneer", "coastguard": "coastguard", "potholer": "potholer", "climber": "climber"}
LOADS = {"tobacco tin": "tobacco tin|tin", "coffee tin": "coffee tin|tin", "tea tin": "tea tin|tin",
         "button tin": "button tin|tin", "cash box": "cash box|box", "snuff box": "snuff box|box"}
YOUNGSTERS = {"schoolboy": "schoolboy", "altar boy": "altar boy|boy", "flower girl": "flower girl|girl",
              "girl guide": "girl guide|guide"}
QUARRY = {"drake": "drake", "ewe": "ewe", "cockerel": "cockerel", "sow": "sow", "colt": "colt"}
PERCHES = {"gatepost": "gatepost|post", "water tank": "water tank|tank", "stone table": "stone table|table",
           "compost bin": "compost bin|bin", "cider press": "cider press|press",
           "breakfast bar": "breakfast bar|bar"}
SHELTERS = {"stone table": "stone table|table", "breakfast bar": "breakfast bar|bar", "awning": "awning",
            "lean-to": "lean-to"}
BACKDROPS = {**{k: v for k, v in SCREENS.items() if k not in ("wine rack", "loom")},
             "clay oven": "clay oven|oven", "butter churn": "butter churn|churn"}
LEANERS = {"garden fork": "garden fork|fork", "rake": "rake", "broom": "broom", "shovel": "shovel",
           "fence post": "fence post|post", "pillar": "pillar"}
CROWDS = {"holidaymaker": "holidaymaker", "sunbather": "sunbather", "rambler": "rambler", "angler": "angler",
          "carol singer": "carol singer|singer", "folk dancer": "folk dancer|dancer", "cadet": "cadet"}
ODDMENTS = {"compost bin": "compost bin|bin", "butter churn": "butter churn|churn", "cider press": "cider press|press",
            "colt": "colt", "ewe": "ewe", "sow": "sow", "cockerel": "cockerel", "drake": "drake",
            "billy goat": "billy goat|goat"}
BIG = {**SCREENS, "estate car": "estate car|car", "flatbed truck": "flatbed truck|truck",
       "cement truck": "cement truck|truck", "clay oven": "clay oven|oven"}
NAMES = {"Ptolemy": "ptolemy", "Hyacinth": "hyacinth", "Wolfram": "wolfram", "Dorothea": "dorothea",
         "Thelonius": "thelonius", "Gaspard": "gaspard", "Mathilde": "mathilde",
         "Captain Bellweather": "captain bellweather|bellweather", "Lady Fitzwilliam": "lady fitzwilliam|fitzwilliam",
         "Mrs Ravensworth": "mrs ravensworth|ravensworth", "Grandpa Ezra": "grandpa ezra|ezra"}

# Where things can be: a scene with some of each is drawn again.
OUTDOOR_ONLY = {*(set(RIDES) - {"bumper car"}), *(set(BEDS) - {"tatami mat"}),
                *(set(SCREENS) - set(INDOOR_SCREENS)), "lily pond", "fish pond", "signpost", "water tank",
                "drake", "ewe", "sow", "colt", "mare", "cockerel", "billy goat", "nanny goat", "gatepost",
                "awning", "lean-to", "garden fork", "rake", "fence post", "holidaymaker", "sunbather", "rambler",
                "angler", "coastguard", "potholer", "climber", "clay oven", "stone table"}
INDOOR_ONLY = {*LEDGES, "tatami mat", *INDOOR_SCREENS, "futon", "newsreader", "auctioneer", "accountant",
               "cash box", "snuff box"}

MANNERS = [("grudgingly", ["grudgingly"]), ("nimbly", ["nimbly"]), ("hastily", ["hastily"]),
           ("patiently", ["patiently"]), ("gleefully", ["gleefully"])]
INDOOR_PLACES = [("in a farmhouse kitchen", ["farmhouse", "kitchen"]), ("in a village hall", ["village", "hall"]),
                 ("inside a railway waiting room", ["railway", "waiting", "room"]),
                 ("in a converted warehouse", ["converted", "warehouse"]),
                 ("in a country pub", ["country", "pub"]), ("in a hotel lobby", ["hotel", "lobby"])]
OUTDOOR_PLACES = [("on a village green", ["village", "green"]), ("by the harbour", ["harbour"]),
                  ("in a walled kitchen garden", ["walled", "kitchen", "garden"]),
                  ("on a hillside allotment", ["hillside", "allotment"]),
                  ("at a farm open day", ["farm", "open", "day"]), ("on a muddy riverbank", ["muddy", "riverbank"]),
                  ("on a frosty moor", ["frosty", "moor"])]
OPENINGS = [("Storyboard frame: ", ["storyboard", "frame"]), ("Book jacket art: ", ["book", "jacket", "art"]),
            ("Make this picture: ", ["make", "picture"]), ("Postcard illustration. ", ["postcard", "illustration"]),
            ("Here is the scene I want. ", ["scene", "want"])]
STYLES = [("tintype photograph", ["tintype", "photograph"]),
          ("felt-tip marker drawing", ["felt", "tip", "marker", "drawing"]),
          ("Victorian engraving", ["victorian", "engraving"]),
          ("soft-focus dreamy film still", ["soft", "focus", "dreamy", "film", "still"]),
          ("flat vector illustration", ["flat", "vector", "illustration"]),
          ("impasto oil painting", ["impasto", "oil", "painting"]),
          ("chalk pastel on grey paper", ["chalk", "pastel", "grey", "paper"]),
          ("ultra-detailed, 16k, HDR", ["ultra", "detailed", "16k", "hdr"]),
          ("Fauvist colours", ["fauvist", "colours"]),
          ("comic strip with halftone dots", ["comic", "strip", "halftone", "dots"]),
          ("knitted wool texture", ["knitted", "wool", "texture"]),
          ("stop-motion puppet look", ["stop", "motion", "puppet", "look"]),
          ("gritty documentary photo", ["gritty", "documentary", "photo"]),
          ("sumi-e brush painting", ["sumi", "brush", "painting"])]
LIGHTS = [("under a full moon", ["full", "moon"]), ("in thick morning mist", ["thick", "morning", "mist"]),
          ("in low winter sun", ["low", "winter", "sun"]), ("under heavy storm clouds", ["heavy", "storm", "clouds"]),
          ("at first light", ["first", "light"]), ("in the warm glow of late afternoon", ["warm", "glow", "late",
                                                                                       "afternoon"])]
# view -> ways of saying it and the words they bring
VIEWS = {"top": [("from a camera hanging directly overhead", ["camera", "hanging", "overhead"]),
                 ("looking straight down from high above", ["looking", "straight", "high"])],
         "wide": [("a sweeping long shot", ["sweeping", "long", "shot"]),
                  ("seen from far away so that everything is tiny", ["far", "tiny"])],
         "low": [("camera at ground level, angled upwards", ["camera", "ground", "level", "angled", "upwards"]),
                 ("a low-angle shot looking up", ["low", "angle", "shot"])],
         "front": [("viewed face-on from the front", ["viewed", "face", "front"])],
         "back": [("the camera placed at the rear of the scene", ["camera", "rear", "scene"])],
         "left": [("the camera off to the scene's left, looking across it", ["camera", "scene's", "scene"])],
         "right": [("the camera off to the scene's right, looking across it", ["camera", "scene's", "scene"])]}
NUMBER = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight", 9: "nine",
          10: "ten", 11: "eleven", 12: "twelve", 13: "thirteen", 15: "fifteen", 16: "sixteen"}
IRREGULAR = {"beetroot": "beetroots", "futon": "futons", "sow": "sows",
             "pavlova": "pavlovas", "billy goat": "billy goats", "nanny goat": "nanny goats",
             "lean-to": "lean-tos", "ride-on mower": "ride-on mowers", "window box": "window boxes",
             "snuff box": "snuff boxes", "cash box": "cash boxes", "coastguard": "coastguards",
             "carol singer": "carol singers", "folk dancer": "folk dancers", "altar boy": "altar boys",
             "flower girl": "flower girls", "girl guide": "girl guides", "chicken coop": "chicken coops"}


def plural(noun: str) -> str:
    if noun in IRREGULAR:
        return IRREGULAR[noun]
    if noun.endswith(("s", "x", "ch", "sh")):
        return noun + "es"
    if noun.endswith("y") and noun[-2] not in "aeiou":
        return noun[:-1] + "ies"
    return noun + "s"


def an(noun: str) -> str:
    if noun in NAMES:
        return noun
    return ("an " if noun[0] in "aeiou" and not noun.startswith(("uni", "ewe")) else "a ") + noun


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
        """A spec sharing a name with one already in the truth ('cigar box|box' and 'cake
        box|box') would make the counts ambiguous."""
        mine = set(spec.split("|"))
        return any(mine & set(s.split("|")) for s in self.truth["objects"])

    def count(self, spec: str, n: int) -> None:
        self.truth["objects"][spec] = n

    def add(self, key: str, *items) -> None:
        self.truth.setdefault(key, []).extend(list(i) for i in items)

    def forbid(self, *views: str) -> None:
        self.views -= set(views)


SIDEWAYS = ("left", "right")  # views that turn the picture's left and right into depth


# ----------------------------------------------------------------- clauses ---


def shelf_line(d: Draft) -> None:
    """Things in a line along a breakfast bar or a shelf unit: a row, each on it."""
    c, c_spec = d.take(LEDGES)
    t, t_spec = d.take(ORNAMENTS)
    n = rng.choice([3, 4, 5])
    d.clauses.append(rng.choice([f"{many(n, t)} set out in a line along {an(c)}",
                                 f"{an(c)} bearing {many(n, t)} in one neat line",
                                 f"along the top of {an(c)}, {many(n, t)} arranged in a single row"]))
    d.count(c_spec, 1)
    d.count(t_spec, n)
    d.add("arrangements", (t_spec, "row"))
    d.add("relations", (t_spec, "on_top_of", c_spec))
    d.forbid("low", *SIDEWAYS)  # from the floor the top hides them; from the side the row runs away


def abreast(d: Draft) -> None:
    """Vehicles side by side in a line across the picture."""
    v, spec = d.take(RIDES)
    n = rng.choice([3, 4, 5])
    d.clauses.append(rng.choice([f"{many(n, v)} parked in a row, side by side",
                                 f"a line of {many(n, v)} parked next to one another across the frame",
                                 f"{many(n, v)} lined up in a single row from left to right"]))
    d.count(spec, n)
    d.add("arrangements", (spec, "row"))
    d.forbid(*SIDEWAYS)


def beds(d: Draft) -> None:
    """A grid, said as rows of so many or as R by C."""
    a, spec = d.take(BEDS)
    r, c = rng.choice([(2, 3), (3, 3), (2, 4), (3, 4), (4, 4), (2, 5)])
    planted = "planted" if a in ("leek", "beetroot", "onion", "lemon tree") else "placed"
    d.clauses.append(rng.choice([f"{plural(a)} {planted} in {NUMBER[r]} rows of {NUMBER[c]}",
                                 f"{NUMBER[r * c]} {plural(a)} laid out {NUMBER[r]} by {NUMBER[c]} in a grid",
                                 f"a neat grid of {plural(a)}, {NUMBER[r]} rows with {NUMBER[c]} in each"]))
    d.count(spec, r * c)
    d.add("arrangements", (spec, "grid", r, c))


def tower(d: Draft) -> None:
    """A stack, each on the one below."""
    a, spec = d.take(TOWERS)
    n = rng.choice([3, 4, 5, 6]) if a not in ("futon", "breeze block") else rng.choice([3, 4])
    d.clauses.append(rng.choice([f"{many(n, a)} piled one on top of another",
                                 f"a stack of {many(n, a)}",
                                 f"{many(n, a)} heaped up into one tidy stack"]))
    d.count(spec, n)
    d.add("arrangements", (spec, "stack"))
    d.forbid("top")  # from straight above only the top one shows


def circle(d: Draft) -> None:
    """People or farm animals in a ring round a pond, a signpost, a pot."""
    c, c_spec = d.take(CENTRES)
    among = [g for g in CIRCLERS if g not in YOUNG or c in WATERS]
    a, a_spec = d.take(CIRCLERS, among)
    n = rng.choice([4, 5, 6, 7, 8])
    d.clauses.append(rng.choice([f"{many(n, a)} standing in a ring around {an(c)}",
                                 f"{an(c)} with {many(n, a)} in a circle round it",
                                 f"{many(n, a)} gathered in a circle about {an(c)}"]))
    d.count(c_spec, 1)
    d.count(a_spec, n)
    d.add("relations", (a_spec, "around", c_spec))


def halves(d: Draft) -> None:
    """Two things, each taking one side of the picture."""
    a, a_spec = d.take(BIG)
    b, b_spec = d.take({**BIG, **RIDES})
    d.clauses.append(rng.choice([f"{an(a)} taking up the left of the picture and {an(b)} the right",
                                 f"on the left side of the frame {an(a)}, on the right side {an(b)}",
                                 f"{an(a)} towards the left of the frame, {an(b)} towards the right"]))
    d.count(a_spec, 1)
    d.count(b_spec, 1)
    d.add("sides", (a_spec, "left"), (b_spec, "right"))
    d.forbid("back", *SIDEWAYS)


def faces(d: Draft) -> None:
    """Members facing ways by their place in the picture."""
    a, spec = d.take(FACERS)
    way = rng.choice(["toward", "backs", "ends", "leftmost"])
    if way == "toward":
        d.clauses.append(rng.choice([f"two {plural(a)} face to face", f"a pair of {plural(a)} looking at each other "
                                     f"across the gap between them"]))
        d.count(spec, 2)
        d.add("facing", (spec, ["right", "left"]))
    elif way == "backs":
        d.clauses.append(rng.choice([f"two {plural(a)} standing back-to-back, looking out to the left and the right",
                                     f"a pair of {plural(a)} with their backs together, one facing left, the other "
                                     f"facing right"]))
        d.count(spec, 2)
        d.add("facing", (spec, ["left", "right"]))
    elif way == "ends":
        d.clauses.append(f"three {plural(a)} side by side, the one in the middle facing us and the outer two facing "
                         f"away")
        d.count(spec, 3)
        d.add("facing", (spec, ["away", "camera", "away"]))
    else:
        n = rng.choice([3, 4])
        which = "who faces away" if a not in BEASTS else "which faces away"
        d.clauses.append(f"{many(n, a)} in a line, all facing the camera but the one on the far left, {which}")
        d.count(spec, n)
        d.add("facing", (spec, ["away"] + ["camera"] * (n - 1)))
    d.forbid("top", "back", *SIDEWAYS)


def haul(d: Draft) -> None:
    """Counts on both sides of a verb."""
    if rng.random() < 0.5:
        s, s_spec = d.take(HANDS)
        o, o_spec = d.take(LOADS)
        verb = rng.choice(["stacking", "checking", "labelling"])
    else:
        s, s_spec = d.take(YOUNGSTERS)
        o, o_spec = d.take(QUARRY)
        verb = rng.choice(["herding", "following", "scattering grain for"])
    n, m = rng.choice([1, 2, 3]), rng.choice([2, 3, 4, 5])
    manner, words = rng.choice(MANNERS) if rng.random() < 0.5 else ("", [])
    be = "is" if n == 1 else "are"
    d.clauses.append(f"{many(n, s)} {be} {manner + ' ' if manner else ''}{verb} {many(m, o)}")
    d.truth["forbidden"] += words
    d.count(s_spec, n)
    d.count(o_spec, m)


def crowd(d: Draft) -> None:
    """A crowd counted but not arranged."""
    a, spec = d.take(CROWDS)
    n = rng.choice([6, 8, 9, 10, 12])
    d.clauses.append(rng.choice([f"{many(n, a)} milling about",
                                 f"{many(n, a)} scattered across the scene",
                                 f"{many(n, a)} standing around in no particular order"]))
    d.count(spec, n)


def character(d: Draft) -> None:
    """A named character up on something, under something, before something or by something."""
    name = rng.choice([n for n in NAMES if n not in d.used])
    d.used.add(name)
    kind = rng.choice(["on", "under", "before", "against"])
    if kind == "on":
        b, b_spec = d.take(PERCHES)
        d.clauses.append(rng.choice([f"{name} perched on top of {an(b)}", f"{name} standing up on {an(b)}, "
                                     f"arms spread for balance"]))
        d.add("relations", (NAMES[name], "on_top_of", b_spec))
        d.forbid("low")
    elif kind == "under":
        b, b_spec = d.take(SHELTERS)
        d.clauses.append(rng.choice([f"{name} ducking under {an(b)}", f"{name} sitting in the shade under {an(b)}"]))
        d.add("relations", (NAMES[name], "under", b_spec))
        d.forbid("top")
    elif kind == "before":
        b, b_spec = d.take(BACKDROPS)
        d.clauses.append(rng.choice([f"{name} standing in front of {an(b)}",
                                     f"{name} posing with {an(b)} behind them"]))
        d.add("relations", (NAMES[name], "in_front_of", b_spec))
        d.forbid("top", "back", *SIDEWAYS)
    else:
        b, b_spec = d.take(LEANERS)
        d.clauses.append(rng.choice([f"{name} leaning on {an(b)}", f"{name} standing right beside {an(b)}"]))
        d.add("relations", (NAMES[name], "near", b_spec))
    d.count(NAMES[name], 1)
    d.count(b_spec, 1)


def placing(d: Draft) -> None:
    kind = rng.choice(["under", "hidden", "order", "flanked"])
    if kind == "under":
        a, a_spec = d.take({k: v for k, v in ODDMENTS.items() if k in ("drake", "cockerel")})
        b, b_spec = d.take(SHELTERS)
        d.clauses.append(rng.choice([f"{an(a)} asleep under {an(b)}", f"{an(a)} sitting beneath {an(b)}"]))
        d.add("relations", (a_spec, "under", b_spec))
        d.forbid("top")
    elif kind == "hidden":
        a, a_spec = d.take(PEEKERS)
        b, b_spec = d.take(SCREENS)
        d.clauses.append(rng.choice([f"{an(a)} partly hidden behind {an(b)}",
                                     f"{an(a)} peeping out from behind {an(b)}",
                                     f"{an(b)} hiding most of {an(a)} from view"]))
        d.add("relations", (a_spec, "hidden_by", b_spec))
        d.forbid("top", "back", *SIDEWAYS)
    elif kind == "order":
        (a, a_spec), (b, b_spec), (c, c_spec) = (d.take(ODDMENTS) for _ in range(3))
        d.clauses.append(rng.choice([f"left to right we see {an(a)}, {an(b)} and {an(c)}",
                                     f"{an(a)} on the left, {an(b)} in the middle and {an(c)} on the right"]))
        d.count(c_spec, 1)
        d.add("relations", (a_spec, "left_of", b_spec), (b_spec, "left_of", c_spec))
        d.forbid("back", *SIDEWAYS)
    else:
        (a, a_spec), (b, b_spec), (c, c_spec) = (d.take(ODDMENTS) for _ in range(3))
        d.clauses.append(rng.choice([f"{an(b)} on the left, {an(c)} on the right and {an(a)} between them",
                                     f"{an(a)} in between {an(b)} and {an(c)}"]))
        d.count(c_spec, 1)
        d.add("relations", (a_spec, "between", b_spec, c_spec))
        d.forbid("back", *SIDEWAYS)
    d.count(a_spec, 1)
    d.count(b_spec, 1)


def twins(d: Draft) -> None:
    """Two of a kind, one in front of or on top of the other."""
    if rng.random() < 0.5:
        a, spec = d.take({k: v for k, v in ODDMENTS.items()})
        d.clauses.append(rng.choice([f"two {plural(a)}, one right in front of the other",
                                     f"one {a} placed behind another, further from us"]))
        if "behind" in d.clauses[-1]:
            d.add("relations", (spec, "behind", spec))
        else:
            d.add("relations", (spec, "in_front_of", spec))
        d.forbid("top", "back", *SIDEWAYS)
    else:
        a, spec = d.take({k: v for k, v in TOWERS.items() if k not in ("crepe",)})
        d.clauses.append(rng.choice([f"one {a} resting on top of a second", f"two {plural(a)}, one stacked on the "
                                     f"other"]))
        d.add("relations", (spec, "on_top_of", spec))
        d.forbid("top")
    d.count(spec, 2)


KINDS = [shelf_line, abreast, beds, tower, circle, halves, faces, haul, crowd, character, placing, placing, twins]
CLAUSES: list[int] = []
JOINS = [", ", "; ", ". ", ", and ", ", as well as "]  # before a noun phrase
SENTENCE_JOINS = ["; ", ". ", ", and "]  # before a clause with its own verb
SENTENCE = re.compile(r" (is|are) |^left to right|^along |^on the left side")


def sentence_case(text: str) -> str:
    return ". ".join(s[:1].upper() + s[1:] for s in text.split(". "))


def describe() -> dict | None:
    d = Draft("in" if rng.random() < 0.4 else "out")
    chosen = rng.sample(KINDS, rng.choice([3, 4, 4, 5, 5, 6]))
    try:
        for clause in chosen:
            clause(d)
    except Redraw:
        return None
    assert d.needs <= {d.where}, d.needs  # a shop counter and a windpump: no one place for both
    text = d.clauses[0]
    for clause in d.clauses[1:]:
        text += rng.choice(SENTENCE_JOINS if SENTENCE.search(clause) else JOINS) + clause
    opening, opening_words = rng.choice(OPENINGS) if rng.random() < 0.3 else ("", [])
    CLAUSES.append(len(d.clauses))
    places = {"out": OUTDOOR_PLACES, "in": INDOOR_PLACES}[d.where]
    place, words = rng.choice(places)
    d.truth["forbidden"] += words
    text = f"{place}, {text}" if rng.random() < 0.4 else f"{text}, {place}"
    views = [v for v in VIEW_NAMES if v in d.views]
    if views and rng.random() < 0.6:
        view = rng.choice(views)
        said, words = rng.choice(VIEWS[view])
        d.truth["forbidden"] += words
        d.truth["camera"] = view
        text = f"{said}: {text}" if rng.random() < 0.25 and not opening else f"{text}, {said}"
    if rng.random() < 0.6:
        light, words = rng.choice(LIGHTS)
        d.truth["forbidden"] += words
        text += f", {light}"
    style, words = rng.choice(STYLES)
    d.truth["forbidden"] += words
    text = sentence_case(text + f", {style}")
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
    for folder in ("heldout", "heldout2", "heldout3", "heldout4", "heldout5"):
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
    print(f"{len(rows)} fifth held-out scenes -> {OUT.relative_to(HERE.parent.parent)} "
          f"({min(lengths)}-{max(lengths)} words)")


if __name__ == "__main__":
    main()
