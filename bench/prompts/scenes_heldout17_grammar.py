"""Writes the SEVENTEENTH held-out scene descriptions (bench/prompts/scenes/heldout17.jsonl).

    .venv/bin/python bench/prompts/scenes_heldout17_grammar.py

Why a seventeenth held-out set: the sixteenth one (bench/prompts/scenes/heldout16.jsonl) is to be
run once fresh and then read while building. This one was written without reading the
implementation, its tests or its documentation (only bench/scenes.py, bench/layout.py,
bench/layout_selfcheck.py, the README's bench section and the existing prompt sets and grammars,
so as to differ from them), and is meant to be run once, with ``--failures 0``:

- each description has three to six content clauses, drawn from clause kinds worded unlike any
  other set's: chutney jars or dahlia vases "standing in a straight, neat line on the show bench"
  or a prize table "carrying five show onions, evenly spaced, in one straight file" (a row, each
  on it), tour coaches or snack vans "parked nose to tail, a chain stretching across the frame"
  or "in single file, crossing the frame from side to side", canvas chairs or onion crates "laid
  out in a grid, R lines by C" or "in R neat lines of C", sandwich boxes or flight cases "heaped
  up high, each one perched on its neighbour below" or "in a tower, each sitting on the next",
  film extras "ringed around" a buddha statue or camel calves "pressing in on" a bale feeder "from
  every direction", two big things "taking up the frame's left side" and "its right side" or
  "hard against the frame's left edge" and "its right edge", members by position ("eye to eye,
  the leftmost pointed rightwards, the rightmost pointed leftwards", "abreast, the outer pair
  with backs turned, the centre one gazing right at us", "standing abreast: our left-hand pair
  pointed right, our right-hand pair pointed left", "the leftmost eyeing us, the rightmost turned
  towards the left edge"), a named person "sitting on" a blanket chest or "curled up under" a
  judging table, "from our left: X, then Y, then Z", "X leftmost, Y midway and Z rightmost",
  "X, flanked by Y and Z", "X tucked in behind Y, hardly visible", "two Xs, one of them well
  further back than its twin", verbs with counts on both sides ("weighing", "labelling",
  "hammering in", "setting up"), crowds "wandering every which way" or "spread out at random";
- the register changes from prompt to prompt: a film continuity note, a village-show
  photography judge's card, a school-trip risk assessment, a surveyor's field note, a night
  security guard's patrol log, a children's TV presenter, a guided meditation, a stage
  magician's patter, a zoo keeper's lower-case feeding-round note and a house-sitter's message;
  labels carry numbers that are not counts; the style comes last, "the whole thing done as ...";
- each noun says where it may stand (indoors only, out of doors only, or either: a description
  mixing the first two is drawn again) and each clause which views keep its meaning; the place
  and the view are drawn to fit;
- settings, views, light, style, register and manner words are forbidden as object names in
  the truth (a patrol log names no round, a house-sitter no pic);
- the vocabulary is everyday: a chilly church hall, a marble hotel lobby, an empty warehouse, a
  theatre foyer, a windy village green, a reservoir, a walled garden, a pine forest's edge;
  common nouns, most of which no other set uses (counted and printed when run); names of people are ordinary ones;
- no description equals or contains any other set's prompt, nor shares a run of five words with
  one (checked).

Nothing outside bench/prompts may import this file, name it, or quote its prompts. Truth keys
as in bench/prompts/scenes_dev.py. Deterministic (seed 90217).
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

rng = random.Random(90217)
HERE = Path(__file__).resolve().parent
OUT = HERE / "scenes" / "heldout17.jsonl"
ME = "heldout17"
SCENES = 48
RUN = 5  # no run of this many words may be shared with another part's prompt
VIEW_NAMES = ("top", "wide", "low", "front", "back", "left", "right")

# noun -> truth spec (names a reader would accept for it)
LEDGES = {"show bench": "show bench|bench", "judging table": "judging table|table", "props table": "props table|table",
          "catering table": "catering table|table", "registration table": "registration table|table",
          "prize table": "prize table|table", "flight case": "flight case|case", "blanket chest": "blanket chest|chest"}
ORNAMENTS = {"prize marrow": "prize marrow|marrow", "show onion": "show onion|onion",
             "victoria sponge": "victoria sponge|sponge|cake", "chutney jar": "chutney jar|jar",
             "dahlia vase": "dahlia vase|vase", "singing bowl": "singing bowl|bowl", "film can": "film can|can|tin",
             "glove puppet": "glove puppet|puppet", "rosette": "rosette",
             "gooseberry punnet": "gooseberry punnet|punnet", "handheld radio": "handheld radio|radio|walkie-talkie",
             "head torch": "head torch|torch|headlamp"}
LINERS = {"tour coach": "tour coach|coach|bus", "school coach": "school coach|coach|bus", "camera car": "camera car|car",
          "catering truck": "catering truck|truck|lorry", "snack van": "snack van|van",
          "security van": "security van|van", "safari jeep": "safari jeep|jeep", "panda car": "panda car|police car|car",
          "tipper lorry": "tipper lorry|lorry|truck", "horse ambulance": "horse ambulance|horsebox|lorry"}
GRIDS = {"canvas chair": "canvas chair|chair", "camp stool": "camp stool|stool",
         "meditation cushion": "meditation cushion|cushion", "onion crate": "onion crate|crate",
         "light stand": "light stand|stand", "giant pumpkin": "giant pumpkin|pumpkin", "survey peg": "survey peg|peg"}
PILES = {"onion crate": "onion crate|crate", "flight case": "flight case|case", "film can": "film can|can|tin",
         "sandwich box": "sandwich box|box|lunchbox", "craft box": "craft box|box", "makeup case": "makeup case|case",
         "first-aid kit": "first-aid kit|kit|box", "meditation cushion": "meditation cushion|cushion"}
HUBS = {"buddha statue": "buddha statue|statue|buddha", "statue plinth": "statue plinth|plinth",
        "prize table": "prize table|table", "bale feeder": "bale feeder|hay feeder|feeder",
        "lick bucket": "lick bucket|bucket", "feeding station": "feeding station|feeder|station",
        "judging table": "judging table|table"}
PEOPLE = {"exhibitor": "exhibitor", "film extra": "film extra|extra", "jam maker": "jam maker|maker",
          "parent helper": "parent helper|parent|helper", "studio guest": "studio guest|guest",
          "zen monk": "zen monk|monk", "chaperone": "chaperone", "vegetable grower": "vegetable grower|grower|gardener",
          "flower arranger": "flower arranger|arranger", "show judge": "show judge|judge",
          "camera operator": "camera operator|cameraman|operator", "trip leader": "trip leader|leader|teacher",
          "chainman": "chainman|surveyor", "site engineer": "site engineer|engineer",
          "conjuror": "conjuror|magician", "presenter": "presenter|host",
          "penguin keeper": "penguin keeper|keeper|zookeeper"}
RING_PEOPLE = ("exhibitor", "film extra", "jam maker", "parent helper", "studio guest", "zen monk", "vegetable grower")
ZOO = {"alpaca cria": "alpaca cria|cria|alpaca", "zebra foal": "zebra foal|foal|zebra",
       "camel calf": "camel calf|calf|camel", "bison calf": "bison calf|calf|bison",
       "reindeer calf": "reindeer calf|calf|reindeer", "llama": "llama"}
CHAIRS = {"canvas chair": "canvas chair|chair", "camp stool": "camp stool|stool",
          "director's chair": "director's chair|chair"}
BIGS = {"reptile house": "reptile house|house|building", "giraffe house": "giraffe house|house|building",
        "conservatory": "conservatory", "show tent": "show tent|tent|marquee", "gate lodge": "gate lodge|lodge|cottage",
        "science block": "science block|block|building", "dawn redwood": "dawn redwood|redwood|tree",
        "cedar of lebanon": "cedar of lebanon|cedar|tree", "vanishing cabinet": "vanishing cabinet|cabinet",
        "puppet theatre": "puppet theatre|theatre|booth", "camera crane": "camera crane|crane"}
TURNERS = {"llama": "llama", "plains zebra": "plains zebra|zebra", "red kangaroo": "red kangaroo|kangaroo",
           "giant anteater": "giant anteater|anteater", "white rhino": "white rhino|rhino|rhinoceros",
           "camera operator": "camera operator|cameraman|operator", "show judge": "show judge|judge",
           "trip leader": "trip leader|leader|teacher", "conjuror": "conjuror|magician", "presenter": "presenter|host"}
WORKERS = {"jam maker": "jam", "chainman": "survey", "penguin keeper": "fish", "conjuror": "props",
           "camera operator": "kit", "vegetable grower": "produce"}
GOODS = {"jam": ({"chutney jar": "chutney jar|jar", "victoria sponge": "victoria sponge|sponge|cake"},
                 ["labelling", "arranging"]),
         "survey": ({"survey peg": "survey peg|peg", "ranging rod": "ranging rod|rod|pole"},
                    ["hammering in", "carrying"]),
         "fish": ({"fish bucket": "fish bucket|bucket|pail", "mealworm tub": "mealworm tub|tub"},
                  ["carrying", "emptying"]),
         "props": ({"magic wand": "magic wand|wand", "dove cage": "dove cage|cage|birdcage"},
                   ["polishing", "checking"]),
         "kit": ({"light stand": "light stand|stand", "camera dolly": "camera dolly|dolly"},
                 ["setting up", "moving"]),
         "produce": ({"prize marrow": "prize marrow|marrow", "show onion": "show onion|onion"},
                     ["weighing", "polishing"])}
NAMES = {"Auntie Hester": "auntie hester|hester", "Major Rupert": "major rupert|rupert",
         "Sister Delphine": "sister delphine|delphine", "Grandpa Oswald": "grandpa oswald|oswald",
         "Cousin Wendell": "cousin wendell|wendell", "Little Fabian": "little fabian|fabian",
         "Professor Evadne": "professor evadne|evadne", "Mr Cuthbert": "mr cuthbert|cuthbert"}
SEATS = {"blanket chest": "blanket chest|chest", "vaulting box": "vaulting box|box", "flight case": "flight case|case",
         "show bench": "show bench|bench", "onion crate": "onion crate|crate", "giant pumpkin": "giant pumpkin|pumpkin"}
ROOFS = {"show bench": "show bench|bench", "judging table": "judging table|table", "props table": "props table|table",
         "catering table": "catering table|table", "registration table": "registration table|table",
         "prize table": "prize table|table", "scorer's table": "scorer's table|table"}
FRONTS = {"reptile house": "reptile house|house|building", "giraffe house": "giraffe house|house|building",
          "conservatory": "conservatory", "guard hut": "guard hut|hut", "security booth": "security booth|booth|kiosk",
          "car park kiosk": "car park kiosk|kiosk", "gate lodge": "gate lodge|lodge|cottage",
          "puppet theatre": "puppet theatre|theatre|booth", "vanishing cabinet": "vanishing cabinet|cabinet"}
PROPS = {"light stand": "light stand|stand", "survey tripod": "survey tripod|tripod",
         "measuring wheel": "measuring wheel|wheel", "cctv monitor": "cctv monitor|monitor|screen",
         "letter rack": "letter rack|rack", "gazing ball": "gazing ball|ball", "ranging rod": "ranging rod|rod|pole"}
LURKERS = {"fennec fox": "fennec fox|fox", "rock hyrax": "rock hyrax|hyrax", "mara": "mara",
           "warthog piglet": "warthog piglet|piglet|warthog", "baby cousin": "baby cousin|cousin|baby",
           "youngest daughter": "youngest daughter|daughter|girl", "younger brother": "younger brother|brother|boy"}
BLOCKERS = {"honeywagon": "honeywagon|trailer|truck", "catering truck": "catering truck|truck|lorry",
            "generator truck": "generator truck|truck|lorry", "site van": "site van|van",
            "security van": "security van|van", "snack van": "snack van|van", "guard hut": "guard hut|hut",
            "meditation hut": "meditation hut|hut", "survey hut": "survey hut|hut",
            "hornbeam hedge": "hornbeam hedge|hedge", "rosemary bush": "rosemary bush|bush|rosemary",
            "vanishing cabinet": "vanishing cabinet|cabinet", "puppet theatre": "puppet theatre|theatre|booth",
            "costume rail": "costume rail|rail|clothes rail"}
UNDER_PETS = {"house rabbit": "house rabbit|rabbit|bunny", "pekin bantam": "pekin bantam|bantam|chicken|hen",
              "rock hyrax": "rock hyrax|hyrax", "bush baby": "bush baby|galago", "slow loris": "slow loris|loris",
              "fennec fox": "fennec fox|fox"}
BITS = {"first-aid kit": "first-aid kit|kit|box", "sandwich box": "sandwich box|box|lunchbox",
        "boot tray": "boot tray|tray", "fish bucket": "fish bucket|bucket|pail", "craft box": "craft box|box",
        "makeup case": "makeup case|case", "onion crate": "onion crate|crate",
        "measuring wheel": "measuring wheel|wheel", "meditation cushion": "meditation cushion|cushion",
        "giant pumpkin": "giant pumpkin|pumpkin", "key safe": "key safe|safe|box", "film can": "film can|can|tin",
        "sword basket": "sword basket|basket"}
OUTDOOR_ONLY = {"tour coach", "school coach", "camera car", "catering truck", "snack van", "security van",
                "safari jeep", "panda car", "tipper lorry", "horse ambulance", "survey peg", "bale feeder", "lick bucket",
                "feeding station", "statue plinth", "alpaca cria", "zebra foal", "camel calf", "bison calf",
                "reindeer calf", "llama", "reptile house", "giraffe house", "conservatory", "show tent", "gate lodge",
                "science block", "dawn redwood", "cedar of lebanon", "plains zebra", "red kangaroo", "giant anteater",
                "white rhino", "chainman", "site engineer", "ranging rod", "guard hut", "security booth",
                "car park kiosk", "survey tripod", "measuring wheel", "honeywagon", "generator truck", "site van",
                "meditation hut", "survey hut", "hornbeam hedge", "rosemary bush", "fennec fox", "rock hyrax", "mara",
                "warthog piglet", "penguin keeper", "fish bucket", "mealworm tub", "gazing ball", "camera crane"}
INDOOR_ONLY = {"show bench", "judging table", "props table", "catering table", "registration table", "prize table",
               "scorer's table", "flight case", "blanket chest", "vanishing cabinet", "puppet theatre", "costume rail",
               "cctv monitor", "letter rack", "studio guest", "presenter", "meditation cushion", "singing bowl",
               "glove puppet", "handheld radio", "makeup case", "craft box", "key safe", "director's chair",
               "buddha statue", "vaulting box", "house rabbit", "bush baby", "slow loris", "conjuror", "light stand",
               "camera dolly"}
MANNERS = [("quietly", ["quietly"]), ("with great care", ["care"]), ("whistling", ["whistling"]),
           ("at top speed", ["speed"]), ("half asleep", ["asleep"]), ("chatting away", ["chatting"])]
INDOOR_PLACES = [("inside a chilly church hall", ["chilly", "church", "hall"]),
                 ("in a marble hotel lobby", ["marble", "hotel", "lobby"]),
                 ("in a big empty warehouse", ["warehouse", "empty"]), ("in a theatre foyer", ["theatre", "foyer"])]
OUTDOOR_PLACES = [("on a windy village green", ["windy", "village", "green"]), ("beside a reservoir", ["reservoir"]),
                  ("in a walled garden", ["walled", "garden"]),
                  ("at the edge of a pine forest", ["edge", "pine", "forest"])]
STYLES = [("a two-colour linocut", ["colour", "linocut"]), ("a pastel drawing", ["pastel", "drawing"]),
          ("a claymation still", ["claymation", "still"]), ("a risograph poster", ["risograph", "poster"]),
          ("a felt-tip doodle", ["felt", "tip", "doodle"]), ("a pixel-art scene", ["pixel", "art", "scene"])]
LIGHTS = [("at golden hour", ["golden", "hour"]), ("in light drizzle", ["drizzle"]),
          ("under bare bulbs", ["bare", "bulbs", "bulb"]), ("in soft window light", ["soft", "window", "light"])]
OUTDOOR_LIGHTS = ("at golden hour", "in light drizzle")
INDOOR_LIGHTS = ("under bare bulbs", "in soft window light")
VIEWS = {"top": [("from a drone parked high overhead", ["drone", "overhead"]),
                 ("looking down from directly above", ["above"])],
         "wide": [("in a sweeping wide shot from far away", ["sweeping", "shot"]),
                  ("from a distant hilltop, all of it small", ["distant", "hilltop"])],
         "low": [("from knee height, aiming upwards", ["knee", "height", "aiming"]),
                 ("from a crouch, gazing up at it all", ["crouch", "gazing"])],
         "front": [("face-on, with the lens at chest height", ["face", "lens", "chest", "height"])],
         "back": [("seen from behind everything", ["everything"])],
         "left": [("from a spot far out on the left, peering sideways", ["spot", "peering", "sideways"])],
         "right": [("from a spot far out on the right, peering sideways", ["spot", "peering", "sideways"])]}
NUMBER = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight", 9: "nine",
          10: "ten", 11: "eleven", 12: "twelve", 14: "fourteen", 15: "fifteen", 16: "sixteen", 18: "eighteen",
          20: "twenty"}
IRREGULAR = {"chainman": "chainmen", "cedar of lebanon": "cedars of lebanon", "camel calf": "camel calves",
             "bison calf": "bison calves", "reindeer calf": "reindeer calves", "bush baby": "bush babies",
             "director's chair": "director's chairs", "sandwich box": "sandwich boxes", "craft box": "craft boxes",
             "vaulting box": "vaulting boxes", "first-aid kit": "first-aid kits", "glass": "glasses"}


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
        words = {w for n in mine for w in re.split(r"[ -]", n)}
        return any(mine & set(s.split("|")) or words & {w for n in s.split("|") for w in re.split(r"[ -]", n)}
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
    d.say(rng.choice([f"{d.many(n, t)} standing in a straight, neat line on the {c}",
                      f"the {c} carrying {d.many(n, t)}, evenly spaced, in one straight file"]))
    d.truth["forbidden"] += ["line", "file"]
    d.count(c_spec, 1)
    d.count(t_spec, n)
    d.add("arrangements", (t_spec, "row"))
    d.add("relations", (t_spec, "on_top_of", c_spec))
    d.forbid("top", "wide", *SIDEWAYS)  # small things: not from far off


def convoy(d: Draft) -> None:
    a, spec = d.take(LINERS)
    n = rng.choice([3, 4, 5])
    d.say(rng.choice([f"{d.many(n, a)} parked nose to tail, a chain stretching across the frame",
                      f"{d.many(n, a)} in single file, crossing the frame from side to side"]))
    d.truth["forbidden"] += ["nose", "tail", "line", "frame", "file", "side"]
    d.count(spec, n)
    d.add("arrangements", (spec, "row"))
    d.forbid(*SIDEWAYS)


def block(d: Draft) -> None:
    a, spec = d.take(GRIDS)
    r, c = rng.choice([(2, 3), (3, 3), (2, 4), (3, 4), (4, 2), (2, 5)])
    d.say(rng.choice([f"{d.many(r * c, a)} laid out in a grid, {NUMBER[r]} lines by {NUMBER[c]}",
                      f"{plural(a)} in {NUMBER[r]} neat lines of {NUMBER[c]}"]))
    d.truth["forbidden"] += ["grid", "lines"]
    d.count(spec, r * c)
    d.add("arrangements", (spec, "grid", r, c))


def tower(d: Draft) -> None:
    a, spec = d.take(PILES)
    n = rng.choice([3, 4, 5])
    d.say(rng.choice([f"{d.many(n, a)} heaped up high, each one perched on its neighbour below",
                      f"{d.many(n, a)} in a tower, each sitting on the next"]))
    d.truth["forbidden"] += ["tower"]
    d.count(spec, n)
    d.add("arrangements", (spec, "stack"))
    d.forbid("top")


def ring(d: Draft) -> None:
    c, c_spec = d.take(HUBS)
    if c in ("bale feeder", "lick bucket", "feeding station"):
        a, a_spec = d.take(ZOO)
    elif c == "judging table":
        a, a_spec = d.take(CHAIRS)
    else:
        a, a_spec = d.take({k: PEOPLE[k] for k in RING_PEOPLE})
    n = rng.choice([4, 5, 6, 7])
    if c == "judging table":
        text = f"{d.many(n, a)} pulled up on every side of the {c}"
    elif c in ("bale feeder", "lick bucket", "feeding station"):
        text = f"{d.many(n, a)} pressing in on the {c} from every direction"
    else:
        text = rng.choice([f"{d.many(n, a)} ringed around the {c}",
                           f"the {c} with {d.many(n, a)} encircling it"])
    d.say(text)
    d.truth["forbidden"] += ["direction", "side", "way"]
    d.count(c_spec, 1)
    d.count(a_spec, n)
    d.add("relations", (a_spec, "around", c_spec))


def halves(d: Draft) -> None:
    a, a_spec = d.take(BIGS)
    b, b_spec = d.take(BIGS)
    d.say(rng.choice([f"{an(a)} taking up the frame's left side, {an(b)} taking up its right side",
                      f"{an(a)} hard against the frame's left edge, {an(b)} hard against its right edge"]))
    d.truth["forbidden"] += ["frame", "edge"]
    d.count(a_spec, 1)
    d.count(b_spec, 1)
    d.add("sides", (a_spec, "left"), (b_spec, "right"))
    d.forbid("back", *SIDEWAYS)


def turning(d: Draft) -> None:
    a, spec = d.take(TURNERS)
    way = rng.choice(["facing", "ends", "pairs", "mixed"])
    if way == "facing":
        d.say(f"two {plural(a)} eye to eye, the leftmost pointed rightwards, the rightmost pointed leftwards")
        d.add("facing", (spec, ["right", "left"]))
        d.count(spec, 2)
    elif way == "ends":
        d.say(f"three {plural(a)} abreast, the outer pair with backs turned, the centre one gazing right at us")
        d.add("facing", (spec, ["away", "camera", "away"]))
        d.count(spec, 3)
    elif way == "pairs":
        d.say(f"four {plural(a)} standing abreast: our left-hand pair pointed right, our right-hand pair pointed left")
        d.add("facing", (spec, ["right", "right", "left", "left"]))
        d.count(spec, 4)
    else:
        d.say(f"two {plural(a)}: the leftmost eyeing us, the rightmost turned towards the left edge")
        d.add("facing", (spec, ["camera", "left"]))
        d.count(spec, 2)
    d.truth["forbidden"] += ["eye", "line", "centre", "outer", "backs", "edge", "ones", "pair"]
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


def milling(d: Draft) -> None:
    pool = {**{k: PEOPLE[k] for k in RING_PEOPLE}, **ZOO}
    a, spec = d.take(pool)
    n = rng.choice([6, 7, 8, 9, 10, 12])
    d.say(rng.choice([f"{d.many(n, a)} wandering every which way, unhurried",
                      f"{d.many(n, a)} spread out at random"]))
    d.truth["forbidden"] += ["way"]
    d.count(spec, n)


def named(d: Draft) -> None:
    name = rng.choice([n for n in NAMES if n not in d.used])
    d.used.add(name)
    kind = rng.choice(["on", "under", "before", "by"])
    if kind == "on":
        b, b_spec = d.take(SEATS)
        d.say(rng.choice([f"{name} sitting on {an(b)}", f"{name} perched cross-legged on {an(b)}"]))
        d.truth["forbidden"] += ["legged", "cross"]
        d.add("relations", (NAMES[name], "on_top_of", b_spec))
        d.forbid("low")
    elif kind == "under":
        b, b_spec = d.take(ROOFS)
        d.say(rng.choice([f"{name} curled up under {an(b)}", f"{name} sheltering underneath {an(b)}"]))
        d.add("relations", (NAMES[name], "under", b_spec))
        d.forbid("top")
    elif kind == "before":
        b, b_spec = d.take(FRONTS)
        d.say(rng.choice([f"{name} planted squarely in front of {an(b)}",
                          f"{name} waiting out front of {an(b)}"]))
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
        d.say(rng.choice([f"{an(a)} dozing under {an(b)}", f"{an(a)} nestled beneath {an(b)}"]))
        d.truth["forbidden"] += ["asleep"]
        d.add("relations", (a_spec, "under", b_spec))
        d.forbid("top")
    elif kind == "hidden":
        a, a_spec = d.take(LURKERS)
        b, b_spec = d.take(BLOCKERS)
        d.say(rng.choice([f"{an(a)} tucked in behind {an(b)}, hardly visible",
                          f"{an(a)} lurking behind {an(b)}, nearly invisible"]))
        d.truth["forbidden"] += ["sight"]
        d.add("relations", (a_spec, "hidden_by", b_spec))
        d.forbid("top", "back", *SIDEWAYS)
    elif kind == "order":
        (a, a_spec), (b, b_spec), (c, c_spec) = (d.take(BITS) for _ in range(3))
        d.say(rng.choice([f"from our left: {an(a)}, then {an(b)}, then {an(c)}",
                          f"{an(a)} leftmost, {an(b)} midway and {an(c)} rightmost"]))
        d.truth["forbidden"] += ["centre"]
        d.count(c_spec, 1)
        d.add("relations", (a_spec, "left_of", b_spec), (b_spec, "left_of", c_spec))
        d.forbid("back", "wide", *SIDEWAYS)
    else:
        (a, a_spec), (b, b_spec), (c, c_spec) = (d.take(BITS) for _ in range(3))
        d.say(rng.choice([f"{an(a)}, flanked by {an(b)} and {an(c)}",
                          f"{an(a)} sandwiched between {an(b)} and {an(c)}"]))
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
            d.say(f"two {plural(a)}, one of them well further back than its twin")
            d.add("relations", (spec, "behind", spec))
        else:
            d.say(f"two {plural(a)}, one a stride closer to the viewer")
            d.add("relations", (spec, "in_front_of", spec))
        d.truth["forbidden"] += ["step"]
        d.forbid("top", "back", "wide", *SIDEWAYS)
    else:
        a, spec = d.take({k: v for k, v in PILES.items() if k not in ("film can", "meditation cushion")})
        d.say(rng.choice([f"two {plural(a)}, one sitting squarely on its partner",
                          f"{an(a)} with a second {a} resting on its lid"]))
        d.truth["forbidden"] += ["lid"]
        d.add("relations", (spec, "on_top_of", spec))
        d.forbid("top")
    d.count(spec, 2)


KINDS = [counter_row, convoy, block, tower, ring, halves, turning, work, milling, named, placing, placing, twins]
CLAUSES: list[int] = []


# Registers: (how the clauses are put together, the words they bring).


def film(texts: list[str]) -> tuple[str, list[str]]:
    body = (f"Continuity, sc. {rng.randint(4, 88)} tk {rng.randint(1, 9)}: in the master we have "
            + "; plus ".join(texts))
    return body + ". Match it on the pickup.", ["continuity", "sc", "tk", "master", "match", "pickup"]


def judge(texts: list[str]) -> tuple[str, list[str]]:
    body = (f"Photography class {rng.randint(2, 24)}, entry {rng.randint(1, 40)}: this print shows "
            + ", together with ".join(texts))
    return body + ". Highly commended.", ["photography", "class", "entry", "print", "commended"]


def risk(texts: list[str]) -> tuple[str, list[str]]:
    body = f"Trip risk assessment, hazard {rng.randint(2, 19)}: on arrival pupils will find " + "; ".join(texts)
    return body + ". Risk: low. Proceed.", ["trip", "risk", "assessment", "hazard", "arrival", "pupils", "proceed"]


def survey(texts: list[str]) -> tuple[str, list[str]]:
    station = rng.choice(["A", "B", "C", "D", "E", "F"])
    body = f"Survey sheet {rng.randint(2, 30)}, station {station}: features noted, " + "; ".join(texts)
    return body + ". Levels to follow.", ["survey", "sheet", "station", station.lower(), "features", "levels"]


def patrol(texts: list[str]) -> tuple[str, list[str]]:
    clock = f"0{rng.randint(1, 5)}:{rng.choice(['05', '10', '20', '35', '40', '50'])}"
    body = f"Patrol log, round {rng.randint(2, 8)}, {clock}: on my rounds I saw " + ", and ".join(texts)
    return body + ". All secure.", ["patrol", "log", "round", "rounds", "secure"]


def telly(texts: list[str]) -> tuple[str, list[str]]:
    body = "Hello, everybody, and welcome back! Today in our picture we've got " + ", and ".join(texts)
    return body + ". Can you spot them all? Bye for now!", ["everybody", "welcome", "today", "picture", "bye"]


def calm(texts: list[str]) -> tuple[str, list[str]]:
    body = "Close your eyes and breathe in slowly. Picture " + "; then picture ".join(texts)
    return body + ". Now gently open your eyes.", ["eyes", "breathe", "picture"]


def magic(texts: list[str]) -> tuple[str, list[str]]:
    body = "Watch closely now! Before you, there appear " + ", and then ".join(texts)
    return body + ". And... ta-da!", ["watch", "ta", "da"]


def keeper(texts: list[str]) -> tuple[str, list[str]]:
    clock = f"{rng.choice([9, 10, 11, 1, 2, 3, 4])}.{rng.choice(['00', '15', '30', '45'])}"
    body = (f"feeding round {clock}, paddock {rng.randint(2, 12)} - on the way round: "
            + "; ".join(t.lower() for t in texts))
    return body + ". gates double-locked", ["feeding", "paddock", "gates", "double", "locked"]


def sitter(texts: list[str]) -> tuple[str, list[str]]:
    body = f"Hi both, day {rng.randint(2, 13)} of house-sitting! Sent you a pic showing " + ", and ".join(texts)
    return body + ". Plants watered, see you Sunday x", ["house", "sitting", "pic", "plants", "sunday"]


REGISTERS = [film, judge, risk, survey, patrol, telly, calm, magic, keeper, sitter]


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
    clauses[-1] = clauses[-1] + ", " + ", ".join(tail) + f", the whole thing done as {style}"
    d.truth["forbidden"] += ["whole", "thing", "done"]
    register = REGISTERS[index % len(REGISTERS)]
    text, register_words = register(clauses)
    d.truth["forbidden"] += register_words
    CLAUSES.append(len(d.clauses))
    if register is not keeper:
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
                   "heldout9", "heldout10", "heldout11", "heldout12", "heldout13", "heldout14", "heldout15",
                   "heldout16", ME):
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
    print(f"{len(rows)} seventeenth held-out scenes -> {OUT.relative_to(HERE.parent.parent)} "
          f"({min(lengths)}-{max(lengths)} words; {len(new)} of {len(primary)} primary nouns in no other set)")
    if shared:
        print("runs shared with other parts (drawn again):", sorted(shared.items(), key=lambda kv: -kv[1])[:40])


if __name__ == "__main__":
    main()
