"""Writes the THIRD held-out scene descriptions (bench/prompts/scenes/heldout3.jsonl).

    .venv/bin/python bench/prompts/scenes_heldout3_grammar.py

Why a third held-out set: the aggregate figures and failure-cause counts of the second one
(bench/prompts/scenes/heldout2.jsonl) have been used as a validation set while the layout agent
was built. This one was written without reading the implementation, its tests or its
documentation (only bench/scenes.py, bench/layout.py and the existing prompt sets and grammars,
so as to differ from them), and is meant to be run once, with ``--failures 0``:

- each description has three to six content clauses, drawn from clause kinds worded unlike any
  other set's: a counter or table laid with a line of things, vehicles parked side by side, beds
  and plots given as "N lines of M", people or animals gathered round a fire bowl or a pump,
  columns of boxes or mattresses "each on the one beneath", things taking up one side of the
  picture, members facing ways by position ("the one on the left looking at us, the other
  turned away"; "nose to nose"), a named person on a soapbox or posing before a building,
  chains "X on the left, Y next to it and Z on the far right", two of a kind one in front of or
  on top of the other, crowds counted but not arranged, verbs in the progressive with counts on
  both sides;
- the clauses are joined with commas, semicolons, full stops, "and" and "as well as" (the last
  only before a noun phrase); a description may open on a brief ("Picture this:", "Book cover
  illustration:");
- each noun says where it may stand (indoors only, out of doors only, or either: a description
  mixing the first two is drawn again) and each clause which views keep its meaning (no top view
  for what stands in front of what or faces a way; no side or rear view for left and right); the
  place and the view are drawn to fit;
- settings, views, light, style and manner words are forbidden as object names in the truth,
  as are nouns that only name a light source or the place ("balloon" in "from a hot-air
  balloon");
- the vocabulary is this file's own: no primary noun is in any other prompt set, this one's
  layout part included (checked), nor quoted in another grammar; names of people are invented;
- no description equals or contains any other set's prompt (checked).

Nothing outside bench/prompts may import this file, name it, or quote its prompts. Truth keys
as in bench/prompts/scenes_dev.py. Deterministic (seed 9241).
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "scenes" / "heldout3.jsonl"
rng = random.Random(9241)
SCENES = 48
VIEW_NAMES = ("top", "wide", "low", "front", "back", "left", "right")

# ------------------------------------------------------------- vocabulary ---
# name as said -> truth spec ("a|b" where English allows both names)
COUNTERS = {"buffet table": "buffet table|table", "lunch counter": "lunch counter|counter",
            "bakery counter": "bakery counter|counter", "sewing table": "sewing table|table"}
TABLEWARE = {"goblet": "goblet", "carafe": "carafe", "decanter": "decanter", "ramekin": "ramekin",
             "gravy boat": "gravy boat", "cake stand": "cake stand", "tumbler": "tumbler|glass",
             "punch bowl": "punch bowl|bowl", "mason jar": "mason jar|jar"}
VEHICLES = {"moped": "moped", "quad bike": "quad bike|quad", "tuk-tuk": "tuk-tuk", "milk float": "milk float",
            "dune buggy": "dune buggy|buggy", "go-kart": "go-kart|kart", "snowmobile": "snowmobile"}
PLOTS = {"sun lounger": "sun lounger|lounger", "cloche": "cloche", "rabbit hutch": "rabbit hutch|hutch",
         "lobster pot": "lobster pot", "camp bed": "camp bed|bed", "prayer mat": "prayer mat|mat",
         "archery target": "archery target|target", "cauliflower": "cauliflower", "artichoke": "artichoke"}
HEARTHS = {"chiminea": "chiminea", "fire bowl": "fire bowl", "sandpit": "sandpit", "bird table": "bird table",
           "mosaic fountain": "mosaic fountain|fountain", "village pump": "village pump|pump",
           "market cross": "market cross|cross"}
GATHERERS = {"morris dancer": "morris dancer|dancer", "folk singer": "folk singer|singer", "caroller": "caroller",
             "picnicker": "picnicker", "pilgrim": "pilgrim", "druid": "druid", "reveller": "reveller",
             "duckling": "duckling", "gosling": "gosling", "foal": "foal",
             "folding stool": "folding stool|stool", "director's chair": "director's chair|chair"}
SEATS = {"folding stool", "director's chair"}
HEAPS = {"cardboard box": "cardboard box|box", "cake tin": "cake tin|tin", "cheese wheel": "cheese wheel|cheese",
         "cinder block": "cinder block|block", "mattress": "mattress"}
FACERS = {"stag": "stag", "stallion": "stallion", "ram": "ram", "gander": "gander",
          "tango dancer": "tango dancer|dancer",
          "duellist": "duellist", "sentry": "sentry", "mannequin": "mannequin", "recliner": "recliner",
          "wingback chair": "wingback chair|chair"}
LIVING = {"stag", "stallion", "ram", "gander", "tango dancer", "duellist", "sentry"}
WORKERS = {"milkmaid": "milkmaid", "shepherdess": "shepherdess", "ploughman": "ploughman", "cowherd": "cowherd",
           "gamekeeper": "gamekeeper", "woodcutter": "woodcutter", "chimney sweep": "chimney sweep|sweep",
           "lamplighter": "lamplighter", "town crier": "town crier|crier", "falconer": "falconer",
           "terrier": "terrier", "spaniel": "spaniel", "mastiff": "mastiff", "bloodhound": "bloodhound"}
DOGS = {"terrier", "spaniel", "mastiff", "bloodhound"}
CHORES = {"turnip": "turnip", "parsnip": "parsnip", "milk pail": "milk pail|pail", "pitchfork": "pitchfork",
          "log basket": "log basket|basket", "trug": "trug", "bell tent": "bell tent|tent"}
DOG_CHORES = {"turnip", "parsnip", "log basket", "trug"}  # what a dog may sniff round or guard
CRITTERS = {"tomcat": "tomcat|cat", "polecat": "polecat", "vixen": "vixen|fox", "fox cub": "fox cub|cub",
            "leveret": "leveret|hare", "terrier": "terrier", "spaniel": "spaniel"}
HIDERS = {"garden bench": "garden bench|bench", "snooker table": "snooker table|table",
          "market barrow": "market barrow|barrow", "daybed": "daybed|bed"}
LANDMARKS = {"stagecoach": "stagecoach|coach", "traction engine": "traction engine|engine",
             "dovecote": "dovecote", "lychgate": "lychgate|gate", "henhouse": "henhouse", "pigsty": "pigsty|sty",
             "granary": "granary", "signal box": "signal box", "bell tower": "bell tower|tower"}
PERCHES = {"soapbox": "soapbox|box", "milestone": "milestone", "mounting block": "mounting block|block",
           "rain barrel": "rain barrel|barrel"}
KNICKKNACKS = {"rain barrel": "rain barrel|barrel", "sack truck": "sack truck|truck", "handcart": "handcart|cart",
               "water butt": "water butt|butt", "milestone": "milestone", "soapbox": "soapbox|box",
               "hitching post": "hitching post|post", "sandwich board": "sandwich board|board"}
CROWDS = {"reveller": "reveller", "pilgrim": "pilgrim", "caroller": "caroller", "picnicker": "picnicker",
          "druid": "druid", "folk singer": "folk singer|singer", "morris dancer": "morris dancer|dancer"}
NAMES = {"Aurelio Vance": "aurelio vance|aurelio", "Grizelda": "grizelda", "Tomasz": "tomasz",
         "Old Barnaby": "old barnaby|barnaby", "Femi Adeyemi": "femi adeyemi|femi", "Lisbet": "lisbet",
         "Captain Wrenfield": "captain wrenfield|wrenfield", "Ulrika": "ulrika", "Jovanka": "jovanka"}

# Where things can be: a scene with some of each is drawn again.
OUTDOOR_ONLY = {*VEHICLES, *LANDMARKS, *(set(HEARTHS) - {"sandpit"}), "cloche", "lobster pot", "cauliflower",
                "artichoke", "archery target", "rabbit hutch", "stag", "stallion", "ram", "gander", "bell tent",
                "pitchfork", "milestone", "mounting block", "rain barrel", "water butt", "handcart", "hitching post",
                "vixen", "fox cub", "leveret", "polecat", "garden bench", "market barrow", "duckling", "gosling", "foal"}
INDOOR_ONLY = {*COUNTERS, "prayer mat", "camp bed", "mattress", "cake tin", "mannequin", "recliner", "wingback chair",
               "snooker table", "daybed"}

MANNERS = [("hastily", ["hastily"]), ("dutifully", ["dutifully"]), ("grudgingly", ["grudgingly"]),
           ("tenderly", ["tenderly"]), ("wearily", ["wearily"])]
INDOOR_PLACES = [("in a village hall", ["village", "hall"]), ("in a school canteen", ["school", "canteen"]),
                 ("in a hotel lobby", ["hotel", "lobby"]), ("in a church hall", ["church", "hall"]),
                 ("in a covered market", ["covered", "market"]), ("in a derelict warehouse", ["derelict", "warehouse"]),
                 ("in a dance studio", ["dance", "studio"])]
OUTDOOR_PLACES = [("on an allotment", ["allotment"]), ("in a farmyard", ["farmyard"]),
                  ("along a seaside promenade", ["seaside", "promenade"]), ("on a frosty common", ["frosty", "common"]),
                  ("in a hay meadow", ["hay", "meadow"]), ("on a station forecourt", ["station", "forecourt"]),
                  ("in a cobbled mews", ["cobbled", "mews"])]
OPENINGS = [("Picture this: ", ["picture"]), ("Book cover illustration: ", ["book", "cover", "illustration"]),
            ("Key frame for an animated short: ", ["key", "frame", "animated", "short"]),
            ("Mood board image: ", ["mood", "board", "image"])]
STYLES = [("tempera on a wood panel", ["tempera", "wood", "panel"]),
          ("as a cross-stitch pattern", ["cross", "stitch", "pattern"]),
          ("in the style of a Victorian engraving", ["style", "victorian", "engraving"]),
          ("papercut diorama", ["papercut", "diorama"]), ("felt-tip doodle", ["felt", "tip", "doodle"]),
          ("anamorphic lens flare, cinematic", ["anamorphic", "lens", "flare", "cinematic"]),
          ("double exposure photo", ["double", "exposure", "photo"]),
          ("Dutch golden age painting", ["dutch", "golden", "age", "painting"]),
          ("sepia daguerreotype", ["sepia", "daguerreotype"]),
          ("chalk drawing on a blackboard", ["chalk", "drawing", "blackboard"]),
          ("needle-felted miniature", ["needle", "felted", "miniature"]),
          ("lomography, cross-processed", ["lomography", "cross", "processed"]),
          ("infrared film photo, high contrast", ["infrared", "film", "photo", "high", "contrast"]),
          ("8-bit sprite art", ["8", "bit", "sprite", "art"])]
LIGHTS = [("in flat grey light", ["flat", "grey", "light"]), ("in the pink light of dawn", ["pink", "light", "dawn"]),
          ("backlit by a hazy sunset", ["backlit", "hazy", "sunset"]),
          ("under a thundery sky", ["thundery", "sky"]),
          ("on a bright frosty morning", ["bright", "frosty", "morning"]),
          ("in the half-light before a storm", ["half", "light", "storm"])]
# view -> ways of saying it and the words they bring
VIEWS = {"top": [("shot looking straight down from a hot-air balloon", ["shot", "hot", "air", "balloon"]),
                 ("a straight-down view from high above", ["view"])],
         "wide": [("a long shot from the far end", ["long", "shot", "far", "end"]),
                  ("taken in from a great distance", ["distance"])],
         "low": [("low-angle shot from ankle height", ["low", "angle", "shot", "ankle", "height"]),
                 ("camera lying on the ground, tilted up", ["camera", "ground"])],
         "front": [("viewed head-on from the front", ["front"])],
         "back": [("seen from behind everything", [])],
         "left": [("camera off to the left side of the scene, looking across", ["camera", "side", "scene"])],
         "right": [("camera off to the right side of the scene, looking across", ["camera", "side", "scene"])]}
NUMBER = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight", 9: "nine",
          10: "ten", 11: "eleven", 12: "twelve", 14: "fourteen", 15: "fifteen", 16: "sixteen", 18: "eighteen",
          20: "twenty"}
IRREGULAR = {"tuk-tuk": "tuk-tuks", "go-kart": "go-karts", "quad bike": "quad bikes", "dune buggy": "dune buggies",
             "cloche": "cloches", "artichoke": "artichokes", "cauliflower": "cauliflowers", "fire bowl": "fire bowls",
             "director's chair": "director's chairs", "cardboard box": "cardboard boxes", "mattress": "mattresses",
             "sentry": "sentries", "duellist": "duellists", "milkmaid": "milkmaids", "shepherdess": "shepherdesses",
             "ploughman": "ploughmen", "cowherd": "cowherds", "woodcutter": "woodcutters",
             "chimney sweep": "chimney sweeps", "town crier": "town criers", "fox cub": "fox cubs",
             "gravy boat": "gravy boats", "punch bowl": "punch bowls", "mason jar": "mason jars",
             "lobster pot": "lobster pots", "rabbit hutch": "rabbit hutches", "reveller": "revellers",
"bell tent": "bell tents", "stag": "stags"}


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
    return ("an " if noun[0] in "aeiou" else "a ") + noun


def many(n: int, noun: str) -> str:
    return an(noun) if n == 1 else f"{NUMBER[n]} {plural(noun)}"


class Draft:
    """One description being built: clauses, truth, nouns used (each once, so counts stay exact),
    the views its clauses allow and whether it must be out of doors."""

    def __init__(self) -> None:
        self.clauses: list[str] = []
        self.truth: dict = {"objects": {}, "forbidden": []}
        self.used: set[str] = set()
        self.views = set(VIEW_NAMES)
        self.needs: set[str] = set()  # "in" (indoors only), "out" (out of doors only)

    def take(self, pool: dict, among=None) -> tuple[str, str]:
        names = [n for n in (among or pool) if n not in self.used and not self.clash(pool[n])]
        noun = rng.choice(names)
        self.used.add(noun)
        self.needs |= {"out"} if noun in OUTDOOR_ONLY else {"in"} if noun in INDOOR_ONLY else set()
        return noun, pool[noun]

    def clash(self, spec: str) -> bool:
        """A spec sharing a name with one already in the truth ('tumbler|glass' and another
        'glass') would make the counts ambiguous."""
        mine = set(spec.split("|"))
        return any(mine & set(s.split("|")) for s in self.truth["objects"])

    def count(self, spec: str, n: int) -> None:
        self.truth["objects"][spec] = n

    def add(self, key: str, *items) -> None:
        self.truth.setdefault(key, []).extend(list(i) for i in items)

    def forbid(self, *views: str) -> None:
        self.views -= set(views)


SIDEWAYS = ("left", "right")  # views that turn the picture's left and right into depth
# The pronoun for a noun: people and named persons are "they", animals and things "it".
PEOPLE = {"morris dancer", "folk singer", "caroller", "picnicker", "pilgrim", "druid", "reveller", "tango dancer",
          "duellist", "sentry", "milkmaid", "shepherdess", "ploughman", "cowherd", "gamekeeper", "woodcutter",
          "chimney sweep", "lamplighter", "town crier", "falconer"}


def pronoun(noun: str) -> str:
    return "they" if noun in PEOPLE or noun in NAMES else "it"


# ----------------------------------------------------------------- clauses ---


def laid_counter(d: Draft) -> None:
    """A counter or table laid with a line of things: a row, each on it."""
    c, c_spec = d.take(COUNTERS)
    t, t_spec = d.take(TABLEWARE)
    n = rng.choice([3, 4, 5, 6])
    d.clauses.append(rng.choice([f"{many(n, t)} set out in a line along {an(c)}",
                                 f"along {an(c)} stand {many(n, t)}, evenly spaced in a straight line",
                                 f"{an(c)} laid with a neat line of {many(n, t)}"]))
    d.count(c_spec, 1)
    d.count(t_spec, n)
    d.add("arrangements", (t_spec, "row"))
    d.add("relations", (t_spec, "on_top_of", c_spec))
    d.forbid("low", *SIDEWAYS)  # from ankle height the top hides them; from the side the line runs away


def parked(d: Draft) -> None:
    """Vehicles parked side by side across the picture."""
    v, spec = d.take(VEHICLES)
    n = rng.choice([3, 4, 5, 6])
    d.clauses.append(rng.choice([f"{many(n, v)} parked side by side in one line",
                                 f"a line of {many(n, v)} drawn up next to one another, running across the picture",
                                 f"{many(n, v)} waiting side by side in a straight line"]))
    d.count(spec, n)
    d.add("arrangements", (spec, "row"))
    d.forbid(*SIDEWAYS)


def plots(d: Draft) -> None:
    """A grid given as lines of M, the total left to the reader."""
    a, spec = d.take(PLOTS)
    r, c = rng.choice([(2, 3), (2, 4), (3, 3), (3, 4), (2, 5), (4, 3)])
    d.clauses.append(rng.choice([f"{NUMBER[r]} lines of {plural(a)}, {NUMBER[c]} in each line",
                                 f"a block of {plural(a)} set out {NUMBER[r]} lines deep with {NUMBER[c]} to a line",
                                 f"{plural(a)} in {NUMBER[r]} straight lines of {NUMBER[c]}, like a little army"]))
    d.count(spec, r * c)
    d.add("arrangements", (spec, "grid", r, c))


def gathering(d: Draft) -> None:
    """People, young animals or seats round a fire bowl, a pump, a sandpit."""
    c, c_spec = d.take(HEARTHS)
    young = {"duckling", "gosling", "foal"}  # young animals gather round water or food, seats round a fire
    among = [g for g in GATHERERS if (g not in young or c in ("bird table", "village pump", "mosaic fountain"))
             and (g not in SEATS or c in ("chiminea", "fire bowl", "sandpit"))]
    a, a_spec = d.take(GATHERERS, among)
    n = rng.choice([4, 5, 6, 7, 8])
    if a in SEATS:
        said = rng.choice([f"{many(n, a)} drawn up in a circle round {an(c)}",
                           f"{an(c)} with {many(n, a)} placed all round it in a ring"])
    else:
        said = rng.choice([f"{many(n, a)} gathered in a ring round {an(c)}",
                           f"{an(c)} with {many(n, a)} grouped all round it in a ring",
                           f"{an(c)} in the middle and {many(n, a)} circling it"])
    d.clauses.append(said)
    d.count(c_spec, 1)
    d.count(a_spec, n)
    d.add("relations", (a_spec, "around", c_spec))


def column(d: Draft) -> None:
    """A stack, each on the one beneath."""
    a, spec = d.take(HEAPS)
    n = rng.choice([3, 4, 5]) if a != "cinder block" else rng.choice([3, 4])
    d.clauses.append(rng.choice([f"{many(n, a)}, each sitting on the one beneath",
                                 f"a single column of {many(n, a)}, one on top of the next",
                                 f"{many(n, a)} stacked neatly one above another"]))
    d.count(spec, n)
    d.add("arrangements", (spec, "stack"))
    d.forbid("top")  # from straight above only the top one shows


def halves(d: Draft) -> None:
    """Things taking up one side of the picture each."""
    pool = {**LANDMARKS, **KNICKKNACKS, **VEHICLES}
    a, a_spec = d.take(pool)
    b, b_spec = d.take(pool)
    d.clauses.append(rng.choice([f"{an(a)} takes up the left of the picture and {an(b)} the right",
                                 f"on the left of the frame {an(a)}, on the right {an(b)}",
                                 f"{an(a)} keeps to the left-hand side of the picture, "
                                 f"{an(b)} to the right-hand side"]))
    d.count(a_spec, 1)
    d.count(b_spec, 1)
    d.add("sides", (a_spec, "left"), (b_spec, "right"))
    d.forbid("back", *SIDEWAYS)


def facing_by_place(d: Draft) -> None:
    """Members facing ways by their place in the picture."""
    a, spec = d.take(FACERS)
    way = rng.choice(["nose", "apart", "pair", "all but one"])
    if way == "nose":
        said = "nose to nose" if a in ("stag", "stallion", "ram", "gander") else "face to face"
        d.clauses.append(rng.choice([f"two {plural(a)} {said}", f"a pair of {plural(a)} turned {said}"]))
        d.count(spec, 2)
        d.add("facing", (spec, ["right", "left"]))
    elif way == "apart":
        d.clauses.append(rng.choice([f"two {plural(a)} turned away from each other, one facing left and one "
                                     f"facing right", f"two {plural(a)} facing in opposite directions, the one on "
                                     f"the left facing left and the other facing right"]))
        d.count(spec, 2)
        d.add("facing", (spec, ["left", "right"]))
    elif way == "pair":
        d.clauses.append(f"two {plural(a)} side by side, the one on the left looking at us and the other turned "
                         f"away from us")
        d.count(spec, 2)
        d.add("facing", (spec, ["camera", "away"]))
    else:
        n = rng.choice([3, 4])
        d.clauses.append(f"{many(n, a)} side by side, all facing the camera except the one on the far right, "
                         f"which faces away")
        d.count(spec, n)
        d.add("facing", (spec, ["camera"] * (n - 1) + ["away"]))
    d.forbid("top", "back", *SIDEWAYS)


def chores(d: Draft) -> None:
    """Counts on both sides of a verb in the progressive."""
    s, s_spec = d.take(WORKERS)
    o, o_spec = d.take(CHORES, [k for k in CHORES if k in DOG_CHORES] if s in DOGS else None)
    n, m = rng.choice([1, 2, 3]), rng.choice([2, 3, 4, 5, 6])
    verbs = ["is sniffing round", "is guarding"] if s in DOGS else ["is counting", "is tidying", "is minding"]
    verb = rng.choice(verbs) if n == 1 else rng.choice(verbs).replace("is ", "are ")
    manner, words = rng.choice(MANNERS) if rng.random() < 0.5 and s not in DOGS else ("", [])
    d.clauses.append(f"{many(n, s)} {verb.split()[0]} {manner + ' ' if manner else ''}{' '.join(verb.split()[1:])} "
                     f"{many(m, o)}")
    d.truth["forbidden"] += words
    d.count(s_spec, n)
    d.count(o_spec, m)


def crowd(d: Draft) -> None:
    """A crowd counted but not arranged."""
    a, spec = d.take(CROWDS)
    n = rng.choice([7, 9, 11, 12, 14])
    d.clauses.append(rng.choice([f"a crowd of {many(n, a)} milling about",
                                 f"{many(n, a)} standing around in small groups",
                                 f"{many(n, a)} scattered loosely across the space"]))
    d.count(spec, n)


def named(d: Draft) -> None:
    """A named person on something, before something or beside something."""
    name = rng.choice([n for n in NAMES if n not in d.used])
    d.used.add(name)
    kind = rng.choice(["on", "before", "beside"])
    if kind == "on":
        b, b_spec = d.take(PERCHES)
        d.clauses.append(rng.choice([f"{name} standing up on {an(b)}", f"{name} perched on top of {an(b)}"]))
        d.add("relations", (NAMES[name], "on_top_of", b_spec))
        d.forbid("low")
    elif kind == "before":
        b, b_spec = d.take(LANDMARKS)
        d.clauses.append(rng.choice([f"{name} posing before {an(b)}", f"{name} with {an(b)} rising behind them",
                                     f"{name}, and behind them at a little distance, {an(b)}"]))
        d.add("relations", (NAMES[name], "in_front_of", b_spec))
        d.forbid("top", "back", *SIDEWAYS)
    else:
        b, b_spec = d.take({**KNICKKNACKS, **LANDMARKS})
        d.clauses.append(rng.choice([f"{name} resting a hand on {an(b)}", f"{name} standing right up against {an(b)}"]))
        d.add("relations", (NAMES[name], "near", b_spec))
    d.count(NAMES[name], 1)
    d.count(b_spec, 1)


def relation(d: Draft) -> None:
    kind = rng.choice(["under", "hidden", "chain", "middle"])
    if kind == "under":
        a, a_spec = d.take(CRITTERS)
        b, b_spec = d.take(HIDERS)
        d.clauses.append(rng.choice([f"{an(a)} dozing in the shadow underneath {an(b)}",
                                     f"{an(a)} has wriggled under {an(b)}", f"beneath {an(b)} lies {an(a)}"]))
        d.add("relations", (a_spec, "under", b_spec))
        d.forbid("top")
    elif kind == "hidden":
        a, a_spec = d.take({**CRITTERS, **KNICKKNACKS})
        b, b_spec = d.take(LANDMARKS)
        d.clauses.append(rng.choice([f"{an(a)} half screened by {an(b)} standing in front of it",
                                     f"part of {an(a)} cut off from view by {an(b)}",
                                     f"{an(b)} standing between us and {an(a)}, hiding part of it"]))
        d.add("relations", (a_spec, "hidden_by", b_spec))
        d.forbid("top", "back", *SIDEWAYS)
    elif kind == "chain":
        (a, a_spec), (b, b_spec), (c, c_spec) = (d.take({**KNICKKNACKS, **CRITTERS}) for _ in range(3))
        d.clauses.append(rng.choice([f"{an(a)} on the left, {an(b)} next to it and {an(c)} on the far right",
                                     f"{an(a)}, {an(b)} and {an(c)} side by side, with the {a} leftmost and the "
                                     f"{c} rightmost"]))
        d.count(c_spec, 1)
        d.add("relations", (a_spec, "left_of", b_spec), (b_spec, "left_of", c_spec))
        d.forbid("back", *SIDEWAYS)
    else:
        (a, a_spec), (b, b_spec), (c, c_spec) = (d.take({**KNICKKNACKS, **CRITTERS}) for _ in range(3))
        d.clauses.append(rng.choice([f"{an(b)} at the left end, {an(c)} at the right end and {an(a)} halfway "
                                     f"between them", f"{an(a)} squarely between {an(b)} on the left and {an(c)} on "
                                     f"the right"]))
        d.count(c_spec, 1)
        d.add("relations", (a_spec, "between", b_spec, c_spec))
        d.forbid("back", *SIDEWAYS)
    d.count(a_spec, 1)
    d.count(b_spec, 1)


def two_alike(d: Draft) -> None:
    """Two of a kind, one in front of or on top of the other."""
    kind = rng.choice(["front", "on"])
    if kind == "front":
        a, spec = d.take({**CRITTERS, **KNICKKNACKS})
        d.clauses.append(rng.choice([f"two {plural(a)}, one a little way in front of the other",
                                     f"one {a} standing just ahead of a second {a}, nearer to us"]))
        d.add("relations", (spec, "in_front_of", spec))
        d.forbid("top", "back", *SIDEWAYS)
    else:
        a, spec = d.take({k: v for k, v in HEAPS.items() if k != "cinder block"})
        d.clauses.append(rng.choice([f"{an(a)} with a second {a} resting on top of it",
                                     f"two {plural(a)}, one lying on top of the other"]))
        d.add("relations", (spec, "on_top_of", spec))
        d.forbid("top")
    d.count(spec, 2)


KINDS = [laid_counter, parked, plots, gathering, column, halves, facing_by_place, chores, crowd, named, relation,
         relation, two_alike]
CLAUSES: list[int] = []
JOINS = [", ", "; ", ". ", ", and ", ", as well as "]  # before a noun phrase
SENTENCE_JOINS = ["; ", ". ", ", and "]  # before a clause with its own verb, or a list
SENTENCE = re.compile(r" (takes up|keeps to|stand|lies|has wriggled|is|are) |^on the left of the frame|at the left end")


def sentence_case(text: str) -> str:
    return ". ".join(s[:1].upper() + s[1:] for s in text.split(". "))


def describe() -> dict | None:
    d = Draft()
    chosen = rng.sample(KINDS, rng.choice([3, 4, 4, 5, 5, 6]))
    for clause in chosen:
        clause(d)
    text = d.clauses[0]
    for clause in d.clauses[1:]:
        text += rng.choice(SENTENCE_JOINS if SENTENCE.search(clause) else JOINS) + clause
    opening, opening_words = rng.choice(OPENINGS) if rng.random() < 0.3 else ("", [])
    if d.needs == {"in", "out"}:
        return None  # a lunch counter and a stagecoach: no one place for both
    CLAUSES.append(len(d.clauses))
    places = {"out": OUTDOOR_PLACES, "in": INDOOR_PLACES}.get("".join(d.needs), INDOOR_PLACES + OUTDOOR_PLACES)
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
    d.truth["forbidden"] = sorted(set(d.truth["forbidden"]))
    wanted = {n for spec in d.truth["objects"] for n in spec.split("|")}
    heads = {w for n in wanted for w in re.split(r"[ -]", n)}
    d.truth["forbidden"] = [w for w in d.truth["forbidden"] if w not in heads]  # 'tip' of 'felt-tip' vs a thing
    return {"prompt": text, "expect": d.truth}


# ------------------------------------------------------------- the checks ---


def words(text: str) -> str:
    return " " + " ".join(re.findall(r"[a-z0-9']+", text.lower())) + " "


def other_sets() -> list[Path]:
    files = list(HERE.glob("*.jsonl")) + list((HERE / "scenes").glob("*.jsonl"))
    for folder in ("heldout", "heldout2", "heldout3"):
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
    print(f"{len(rows)} third held-out scenes -> {OUT.relative_to(HERE.parent.parent)} "
          f"({min(lengths)}-{max(lengths)} words)")


if __name__ == "__main__":
    main()
