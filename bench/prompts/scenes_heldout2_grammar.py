"""Writes the SECOND held-out scene descriptions (bench/prompts/scenes/heldout2.jsonl).

    .venv/bin/python bench/prompts/scenes_heldout2_grammar.py

Why a second held-out set: the failures of the first (bench/prompts/scenes/heldout.jsonl) have
been read by the people building the layout agent. This one was written without reading the
implementation (only bench/scenes.py, bench/layout.py and the existing prompt sets), to differ
from every existing set:

- each description has three to six content clauses drawn from clause kinds none of the other
  sets uses in these words (shelves with things lined up on them, crowds and rows of people with
  the way each one faces, grids given as "N rows of M" without the total, rings round a person
  or a monument, towers, pairs facing each other or back to back, screen directions, chains read
  "from left to right", a second instance hiding the first, verbs with counts on both sides);
- the clauses are joined in many ways (commas, semicolons, full stops, "while", dashes) and the
  description may open on a screenplay slug line ("INT. PLACE - TIME.") or a shot description;
- settings are rooms, fields, yards and halls; views are bird's-eye, drone, worm's-eye, ground
  level, establishing, frontal, rear; tails are style, medium, light and mood words, some of
  which are also nouns of things (a "slide", an "engine", "glass", a "drone", a "bird"): the
  truth forbids them as object names, as it forbids the setting and manner words;
- the vocabulary is this file's own: no primary noun is in any other prompt set (checked), and
  there are invented names of people and invented creatures and things;
- no description equals or contains any other set's prompt (checked).

Nothing outside bench/prompts may import this file, name it, or quote its prompts. Truth keys
as in bench/prompts/scenes_dev.py. Deterministic (seed 6073).
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "scenes" / "heldout2.jsonl"
rng = random.Random(6073)
SCENES = 44

# ------------------------------------------------------------- vocabulary ---
# name as said -> truth spec ("a|b" where English allows both names)
SHELVES = {"wall shelf": "wall shelf|shelf", "mantelpiece": "mantelpiece|mantel", "window ledge": "window ledge|ledge",
           "plank shelf": "plank shelf|shelf"}
TRINKETS = {"music box": "music box", "brass bell": "brass bell|bell", "pewter tankard": "pewter tankard|tankard",
            "model ship": "model ship|ship", "oil lamp": "oil lamp|lamp", "tin soldier": "tin soldier|soldier",
            "cuckoo clock": "cuckoo clock|clock", "perfume bottle": "perfume bottle|bottle",
            "matryoshka doll": "matryoshka doll|doll", "wobblestone": "wobblestone"}
SUPPORTS = {"steamer trunk": "steamer trunk|trunk", "milking stool": "milking stool|stool",
            "cable drum": "cable drum|drum", "plinth": "plinth", "oil drum": "oil drum|drum",
            "chopping block": "chopping block|block"}
COVERS = {"bunk bed": "bunk bed|bed", "four-poster bed": "four-poster bed|bed", "potting table": "potting table|table",
          "hay cart": "hay cart|cart", "church pew": "church pew|pew", "refectory table": "refectory table|table"}
CRITTERS = {"weasel": "weasel", "stoat": "stoat", "bantam": "bantam", "dormouse": "dormouse", "beagle": "beagle",
            "hatbox": "hatbox", "coal scuttle": "coal scuttle|scuttle", "thornmoth": "thornmoth"}
CREATURES = {"mongoose": "mongoose", "bullock": "bullock", "capybara": "capybara", "tapir": "tapir", "emu": "emu",
             "ibis": "ibis", "marmot": "marmot", "okapi": "okapi", "wombat": "wombat", "greyhound": "greyhound",
             "dalmatian": "dalmatian", "husky": "husky", "glimmerwolf": "glimmerwolf", "quillbeast": "quillbeast",
             "brambleboar": "brambleboar"}
PEOPLE = {"tourist": "tourist", "commuter": "commuter", "busker": "busker", "chorister": "chorister",
          "monk": "monk", "nun": "nun", "schoolgirl": "schoolgirl", "fencer": "fencer", "porter": "porter",
          "groundskeeper": "groundskeeper", "stonemason": "stonemason", "usher": "usher", "jester": "jester",
          "blacksmith": "blacksmith", "sumo wrestler": "sumo wrestler|wrestler"}
THINGS = {"coat rack": "coat rack|rack", "hatstand": "hatstand", "spinning wheel": "spinning wheel",
          "beehive": "beehive", "postbox": "postbox", "parking meter": "parking meter", "bollard": "bollard",
          "surfboard": "surfboard", "birdhouse": "birdhouse", "dog kennel": "dog kennel|kennel",
          "pinball machine": "pinball machine", "arcade cabinet": "arcade cabinet|cabinet",
          "drinking fountain": "drinking fountain", "skiffkin": "skiffkin"}
LARGE = {"clock tower": "clock tower|tower", "ticket booth": "ticket booth|booth", "bus shelter": "bus shelter|shelter",
         "shipping container": "shipping container|container", "horsebox": "horsebox",
         "stone archway": "stone archway|archway", "marquee": "marquee", "beach hut": "beach hut|hut"}
RING_CENTRES = {"war memorial": "war memorial|memorial", "standing stone": "standing stone|stone",
                "brazier": "brazier", "wishing well": "wishing well|well", "storyteller": "storyteller",
                "accordionist": "accordionist"}
GRID = {"school desk": "school desk|desk", "gravestone": "gravestone|headstone", "lettuce": "lettuce",
        "yoga mat": "yoga mat|mat", "planter box": "planter box|planter", "sandbag": "sandbag",
        "solar panel": "solar panel|panel", "hospital cot": "hospital cot|cot"}
ROWS = {"beach hut": "beach hut|hut", "bollard": "bollard", "parking meter": "parking meter",
        "wheelie bin": "wheelie bin|bin", "chorister": "chorister", "commuter": "commuter", "schoolgirl": "schoolgirl",
        "fencer": "fencer", "monk": "monk", "greyhound": "greyhound", "okapi": "okapi"}
STACKS = {"hatbox": "hatbox", "sandbag": "sandbag", "pizza box": "pizza box|box", "tyre": "tyre|tire",
          "milk crate": "milk crate|crate"}
FACERS = {"fencer": "fencer", "sumo wrestler": "sumo wrestler|wrestler", "bullock": "bullock", "emu": "emu",
          "greyhound": "greyhound", "tapir": "tapir", "husky": "husky", "jester": "jester", "porter": "porter",
          "brambleboar": "brambleboar", "okapi": "okapi", "nun": "nun"}
NAMES = {"Oona Pike": "oona pike|oona", "Thaddeus": "thaddeus", "Mirela": "mirela", "Big Ansel": "big ansel|ansel",
         "Sister Perpetua": "sister perpetua|perpetua", "Dagny": "dagny", "Ruprecht": "ruprecht",
         "Wilhelmina Okonkwo": "wilhelmina okonkwo|wilhelmina"}
VERB_SUBJECTS = {**PEOPLE, "emu": "emu", "capybara": "capybara", "marmot": "marmot", "quillbeast": "quillbeast"}
VERB_OBJECTS = {"lettuce": "lettuce", "surfboard": "surfboard", "beehive": "beehive", "bollard": "bollard",
                "sandbag": "sandbag", "tyre": "tyre|tire", "hatbox": "hatbox", "birdhouse": "birdhouse",
                "parking meter": "parking meter", "spinning wheel": "spinning wheel"}
VERBS_PRESENT = ["guard", "inspect", "circle", "admire", "count", "polish", "ignore"]
MANNERS = [("warily", ["warily"]), ("eagerly", ["eagerly"]), ("sheepishly", ["sheepishly"]),
           ("gingerly", ["gingerly"]), ("absent-mindedly", ["absent", "mindedly", "absent-mindedly"])]

PLACES = [("in a cramped studio apartment", ["cramped", "studio", "apartment"]),
          ("in a hospital waiting room", ["hospital", "waiting", "room"]),
          ("in an empty school gym", ["empty", "school", "gym"]),
          ("inside an old barbershop", ["old", "barbershop"]),
          ("on a rooftop terrace", ["rooftop", "terrace"]),
          ("in a late-night laundromat", ["late", "night", "laundromat"]),
          ("across a lavender field", ["lavender", "field"]),
          ("in a muddy paddock", ["muddy", "paddock"]),
          ("in a sprawling vineyard", ["sprawling", "vineyard"]),
          ("in a disused quarry", ["disused", "quarry"]),
          ("on a cobbled plaza", ["cobbled", "plaza"]),
          ("in a mirrored ballroom", ["mirrored", "ballroom"]),
          ("in a museum gallery", ["museum", "gallery"]),
          ("in a train station concourse", ["train", "station", "concourse"]),
          ("in a walled kitchen yard", ["walled", "kitchen", "yard"])]
SLUGS = [("INT. BOATHOUSE - NIGHT", ["int", "boathouse", "night"]),
         ("EXT. VINEYARD - DAWN", ["ext", "vineyard", "dawn"]),
         ("INT. SCHOOL GYM - DAY", ["int", "school", "gym", "day"]),
         ("EXT. HARBOUR WALL - DUSK", ["ext", "harbour", "wall", "dusk"]),
         ("INT. ATTIC WORKSHOP - LATER", ["int", "attic", "workshop", "later"]),
         ("EXT. FAIRGROUND - NIGHT", ["ext", "fairground", "night"]),
         ("INT. CHAPEL - MORNING", ["int", "chapel", "morning"])]
STYLES = [("cel-shaded anime still", ["cel", "shaded", "anime", "still"]),
          ("risograph print, two-tone", ["risograph", "print", "two", "tone"]),
          ("Kodachrome slide, 1970s", ["kodachrome", "slide", "1970s"]),
          ("Unreal Engine 5, ray tracing", ["unreal", "engine", "ray", "tracing"]),
          ("woodcut print with bold lines", ["woodcut", "print", "bold", "line"]),
          ("tilt-shift miniature look", ["tilt", "shift", "miniature", "look"]),
          ("Polaroid snapshot, faded colours", ["polaroid", "snapshot", "faded", "colour"]),
          ("vaporwave palette, neon glow", ["vaporwave", "palette", "neon", "glow"]),
          ("stained glass style", ["stained", "glass", "style"]),
          ("ukiyo-e woodblock print", ["ukiyo", "woodblock", "print"]),
          ("blueprint diagram style", ["blueprint", "diagram", "style"]),
          ("grainy CCTV still", ["grainy", "cctv", "still"]),
          ("storybook illustration, soft edges", ["storybook", "illustration", "soft", "edge"]),
          ("cyanotype, deep blues", ["cyanotype", "deep", "blue"])]
LIGHTS = [("at blue hour", ["blue", "hour"]), ("candlelit", ["candlelit"]),
          ("under harsh fluorescent light", ["harsh", "fluorescent", "light"]),
          ("dappled afternoon light", ["dappled", "afternoon", "light"]), ("moonlit, eerie", ["moonlit", "eerie"]),
          ("in heavy drizzle", ["heavy", "drizzle"]), ("first light, long shadows", ["first", "light", "long", "shadow"]),
          ("neon-lit and rain-slicked", ["neon", "lit", "rain", "slicked"])]
# view -> ways of saying it (as a tail, as an opening) and the words they bring
VIEWS = {"top": [("bird's-eye view", ["bird", "eye", "view"]), ("drone shot from straight above", ["drone", "shot"])],
         "wide": [("establishing shot from far off", ["establishing", "shot"]),
                  ("seen from a long way back", [])],
         "low": [("worm's-eye view", ["worm", "eye", "view"]),
                 ("shot from ground level, looking up", ["ground", "level", "shot"])],
         "front": [("straight-on frontal view", ["frontal", "view"])],
         "back": [("seen from the rear of the scene", ["rear"])]}
NUMBER = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight", 9: "nine",
          10: "ten", 12: "twelve", 15: "fifteen", 16: "sixteen"}
IRREGULAR = {"sumo wrestler": "sumo wrestlers", "mongoose": "mongooses", "ibis": "ibises", "husky": "huskies",
             "nun": "nuns", "bus shelter": "bus shelters", "coat rack": "coat racks", "hatbox": "hatboxes",
             "pizza box": "pizza boxes", "postbox": "postboxes", "horsebox": "horseboxes", "lettuce": "lettuces",
             "beach hut": "beach huts", "hospital cot": "hospital cots"}


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
    return f"{NUMBER[n]} {plural(noun)}"


class Draft:
    """One description being built: clauses, truth, nouns used (each once, so counts stay exact)
    and what the clauses allow of the view."""

    def __init__(self) -> None:
        self.clauses: list[str] = []
        self.truth: dict = {"objects": {}, "forbidden": []}
        self.used: set[str] = set()
        self.no_top = False  # depth order or facing: a view from straight above cannot show it
        self.no_turn = False  # left/right or facing: only views from the front keep their meaning

    def take(self, pool: dict) -> tuple[str, str]:
        noun = rng.choice([n for n in pool if n not in self.used and pool[n].split("|")[0] not in self.specs()])
        self.used.add(noun)
        return noun, pool[noun]

    def specs(self) -> set[str]:
        return {s.split("|")[0] for s in self.truth["objects"]}

    def count(self, spec: str, n: int) -> None:
        self.truth["objects"][spec] = n

    def add(self, key: str, *items) -> None:
        self.truth.setdefault(key, []).extend(list(i) for i in items)


# ----------------------------------------------------------------- clauses ---


def shelf(d: Draft) -> None:
    """Things lined up on a shelf: a row, each on the shelf."""
    s, s_spec = d.take(SHELVES)
    t, t_spec = d.take(TRINKETS)
    n = rng.choice([3, 4, 5])
    d.clauses.append(rng.choice([f"{many(n, t)} lined up along {an(s)}",
                                 f"{an(s)} holding {many(n, t)} side by side",
                                 f"on {an(s)}, {many(n, t)} stand in a tidy line"]))
    d.count(s_spec, 1)
    d.count(t_spec, n)
    d.add("arrangements", (t_spec, "row"))
    d.add("relations", (t_spec, "on_top_of", s_spec))


def crowd_row(d: Draft) -> None:
    """People or animals in a line across the picture, sometimes all facing one way."""
    a, spec = d.take({k: v for k, v in ROWS.items() if k in PEOPLE or k in CREATURES})
    n = rng.choice([4, 5, 6])
    way = rng.choice([None, "camera", "away"])
    tail = {None: "", "camera": ", every one of them facing us", "away": ", all with their backs to us"}[way]
    d.clauses.append(rng.choice([f"{many(n, a)} standing shoulder to shoulder in a line",
                                 f"{many(n, a)} strung out in a single line across the picture",
                                 f"a line of {many(n, a)} stretching from one side to the other"]) + tail)
    d.count(spec, n)
    d.add("arrangements", (spec, "row"))
    if way:
        d.add("facing", (spec, [way] * n))
        d.no_top = True
    d.no_turn = True


def thing_row(d: Draft) -> None:
    a, spec = d.take({k: v for k, v in ROWS.items() if k not in PEOPLE and k not in CREATURES})
    n = rng.choice([4, 5, 6, 7])
    d.clauses.append(rng.choice([f"{many(n, a)} running in one straight line",
                                 f"{many(n, a)} evenly spaced in a single row",
                                 f"a neat row of {many(n, a)}"]))
    d.count(spec, n)
    d.add("arrangements", (spec, "row"))
    d.no_turn = True


def grid(d: Draft) -> None:
    """A grid, often given without its total."""
    a, spec = d.take(GRID)
    r, c = rng.choice([(2, 3), (3, 3), (2, 4), (3, 4), (4, 4), (3, 5)])
    d.clauses.append(rng.choice([f"{NUMBER[r]} rows of {NUMBER[c]} {plural(a)}",
                                 f"{plural(a)} laid out {NUMBER[c]} to a row, {NUMBER[r]} rows in all",
                                 f"{many(r * c, a)} in a tidy grid, {NUMBER[r]} deep and {NUMBER[c]} across"]))
    d.count(spec, r * c)
    d.add("arrangements", (spec, "grid", r, c))


def ring(d: Draft) -> None:
    c, c_spec = d.take(RING_CENTRES)
    a, a_spec = d.take({**PEOPLE, **CREATURES} if c not in ("storyteller", "accordionist") else PEOPLE)
    n = rng.choice([4, 5, 6, 7, 8])
    human = [f"{many(n, a)} holding hands in a circle around {an(c)}",
             f"{many(n, a)} sitting cross-legged in a circle about {an(c)}"]
    d.clauses.append(rng.choice([f"{an(c)}, with {many(n, a)} ranged round it in a ring",
                                 f"a ring of {many(n, a)} closing in on {an(c)} from every side"] +
                                (human if a in PEOPLE else [])))
    d.count(c_spec, 1)
    d.count(a_spec, n)
    d.add("relations", (a_spec, "around", c_spec))


def tower(d: Draft) -> None:
    a, spec = d.take(STACKS)
    n = rng.choice([3, 4, 5])
    d.clauses.append(rng.choice([f"a tower of {many(n, a)}", f"{many(n, a)} piled up one atop the other",
                                 f"{many(n, a)} in a wobbly stack, each resting on the one below"]))
    d.count(spec, n)
    d.add("arrangements", (spec, "stack"))


def screen_sides(d: Draft) -> None:
    a, a_spec = d.take({**THINGS, **LARGE, **CREATURES})
    b, b_spec = d.take({**THINGS, **LARGE, **CREATURES})
    d.clauses.append(rng.choice([f"screen left, {an(a)}; screen right, {an(b)}",
                                 f"{an(a)} fills the left half of the shot while {an(b)} sits in the right half",
                                 f"{an(a)} at the left edge of the picture and {an(b)} at the right edge"]))
    d.count(a_spec, 1)
    d.count(b_spec, 1)
    d.add("sides", (a_spec, "left"), (b_spec, "right"))
    d.no_turn = True


def face_pair(d: Draft) -> None:
    a, spec = d.take(FACERS)
    kind = rng.choice(["each other", "back to back", "middle away"])
    if kind == "each other":
        d.clauses.append(rng.choice([f"two {plural(a)} facing each other", f"a pair of {plural(a)} squaring up, face to face"]))
        d.count(spec, 2)
        d.add("facing", (spec, ["right", "left"]))
    elif kind == "back to back":
        d.clauses.append(rng.choice([f"two {plural(a)} standing back to back",
                                     f"a pair of {plural(a)}, back to back, looking out to either side"]))
        d.count(spec, 2)
        d.add("facing", (spec, ["left", "right"]))
    else:
        d.clauses.append(f"three {plural(a)} side by side, the middle one turned away from us and the other two "
                         f"looking straight at the camera")
        d.count(spec, 3)
        d.add("facing", (spec, ["camera", "away", "camera"]))
    d.no_top = True
    d.no_turn = True


def verb_counts(d: Draft) -> None:
    s, s_spec = d.take(VERB_SUBJECTS)
    o, o_spec = d.take(VERB_OBJECTS)
    n, m = rng.choice([1, 2, 3, 4]), rng.choice([2, 3, 4, 5])
    manner, words = rng.choice(MANNERS) if rng.random() < 0.6 else ("", [])
    verb = rng.choice(VERBS_PRESENT)
    subject = an(s) if n == 1 else many(n, s)
    verb = verb + ("s" if n == 1 else "")
    verb = verb.replace("polishs", "polishes")
    d.clauses.append(f"{subject} {manner + ' ' if manner else ''}{verb} {many(m, o)}")
    d.truth["forbidden"] += words
    d.count(s_spec, n)
    d.count(o_spec, m)


def named_verb(d: Draft) -> None:
    """A named person acting on a counted object."""
    name = rng.choice([n for n in NAMES if n not in d.used])
    d.used.add(name)
    o, o_spec = d.take(VERB_OBJECTS)
    m = rng.choice([2, 3, 4, 6])
    manner, words = rng.choice(MANNERS)
    d.clauses.append(rng.choice([f"{name} {manner} counts {many(m, o)}",
                                 f"{name} photographs {many(m, o)}",
                                 f"{name} {manner} polishes {many(m, o)}"]))
    if manner in d.clauses[-1]:
        d.truth["forbidden"] += words
    d.count(NAMES[name], 1)
    d.count(o_spec, m)


def relation(d: Draft) -> None:
    kind = rng.choice(["on", "under", "near", "backdrop", "hidden", "between", "chain"])
    if kind == "on":
        a, a_spec = d.take(TRINKETS)
        b, b_spec = d.take(SUPPORTS)
        d.clauses.append(rng.choice([f"{an(a)} perched on top of {an(b)}", f"{an(b)} with {an(a)} set on it",
                                     f"{an(a)} balanced on the lid of {an(b)}" if "trunk" in b else
                                     f"{an(a)} resting atop {an(b)}"]))
        d.add("relations", (a_spec, "on_top_of", b_spec))
    elif kind == "under":
        a, a_spec = d.take(CRITTERS)
        b, b_spec = d.take(COVERS)
        d.clauses.append(rng.choice([f"{an(a)} curled up under {an(b)}", f"{an(a)} tucked away beneath {an(b)}",
                                     f"under {an(b)}, {an(a)}"]))
        d.add("relations", (a_spec, "under", b_spec))
    elif kind == "near":
        name = rng.choice([n for n in NAMES if n not in d.used])
        d.used.add(name)
        a, a_spec = name, NAMES[name]
        b, b_spec = d.take({**THINGS, **LARGE})
        d.clauses.append(rng.choice([f"{name} leans against {an(b)}", f"{name} loiters right beside {an(b)}",
                                     f"{name} waits within arm's reach of {an(b)}"]))
        d.add("relations", (a_spec, "near", b_spec))
    elif kind == "backdrop":
        a, a_spec = d.take({**CREATURES, **PEOPLE})
        b, b_spec = d.take(LARGE)
        d.clauses.append(rng.choice([f"{an(a)} posing in front of {an(b)}", f"{an(b)} looming up behind {an(a)}",
                                     f"{an(a)} out front of {an(b)}"]))
        d.add("relations", (a_spec, "in_front_of", b_spec))
        d.no_top = True
        d.no_turn = True
    elif kind == "hidden":
        a, a_spec = d.take({**CREATURES, **THINGS})
        b, b_spec = d.take(LARGE)
        d.clauses.append(rng.choice([f"{an(a)} peering out from behind {an(b)}",
                                     f"{an(a)} half obscured by {an(b)}",
                                     f"{an(b)} blocking part of our view of {an(a)}"]))
        d.add("relations", (a_spec, "hidden_by", b_spec))
        d.no_top = True
        d.no_turn = True
    elif kind == "between":
        name = rng.choice([n for n in NAMES if n not in d.used])
        d.used.add(name)
        a, a_spec = name, NAMES[name]
        b, b_spec = d.take({**THINGS, **LARGE})
        d.clauses.append(rng.choice([f"{name} with {an(b)} on either side", f"{name} squeezed in between two {plural(b)}"]))
        d.count(a_spec, 1)
        d.count(b_spec, 2)
        d.add("relations", (a_spec, "between", b_spec, b_spec))
        d.no_turn = True
        return
    else:
        (a, a_spec), (b, b_spec), (c, c_spec) = (d.take({**THINGS, **CREATURES}) for _ in range(3))
        d.clauses.append(rng.choice([f"from left to right {an(a)}, {an(b)} and {an(c)}",
                                     f"{an(a)}, {an(b)} and {an(c)}, in that order from left to right"]))
        d.count(a_spec, 1)
        d.count(b_spec, 1)
        d.count(c_spec, 1)
        d.add("relations", (a_spec, "left_of", b_spec), (b_spec, "left_of", c_spec))
        d.no_turn = True
        return
    d.count(a_spec, 1)
    d.count(b_spec, 1)


def twin(d: Draft) -> None:
    a, spec = d.take({**THINGS, **CREATURES})
    d.clauses.append(rng.choice([f"two {plural(a)}, the nearer one partly blocking our view of the other",
                                 f"one {a} half hiding a second {a} behind it"]))
    d.count(spec, 2)
    d.add("relations", (spec, "hidden_by", spec))
    d.no_top = True
    d.no_turn = True


KINDS = [shelf, crowd_row, thing_row, grid, ring, tower, screen_sides, face_pair, verb_counts, named_verb,
         relation, relation, twin]
CLAUSES: list[int] = []  # content clauses of each description drawn (the kept ones are reported)
JOINS = [", ", "; ", ". ", ", and ", " - ", " \u2014 "]


def sentence_case(text: str) -> str:
    return ". ".join(s[:1].upper() + s[1:] for s in text.split(". "))


def describe() -> dict:
    d = Draft()
    chosen = rng.sample(KINDS, rng.choice([3, 4, 4, 5, 5, 6]))
    for clause in chosen:
        clause(d)
    CLAUSES.append(len(d.clauses))
    text = d.clauses[0]
    for clause in d.clauses[1:]:
        text += rng.choice(JOINS) + clause
    views = [v for v in VIEWS if not (v == "top" and d.no_top) and not (v == "back" and d.no_turn)]
    view = rng.choice(views) if rng.random() < 0.55 else None
    opening = ""
    if rng.random() < 0.3:
        slug, words = rng.choice(SLUGS)
        opening = slug + ". "
        d.truth["forbidden"] += words
    else:
        place, words = rng.choice(PLACES)
        d.truth["forbidden"] += words
        text = f"{place}, {text}" if rng.random() < 0.4 else f"{text}, {place}"
    if view:
        said, words = rng.choice(VIEWS[view])
        d.truth["forbidden"] += words
        d.truth["camera"] = view
        text = f"{said}: {text}" if rng.random() < 0.3 else f"{text}, {said}"
    if rng.random() < 0.6:
        light, words = rng.choice(LIGHTS)
        d.truth["forbidden"] += words
        text += f", {light}"
    style, words = rng.choice(STYLES)
    d.truth["forbidden"] += words
    text = opening + sentence_case(text + f", {style}")
    text = text[0].upper() + text[1:]
    d.truth["forbidden"] = sorted(set(d.truth["forbidden"]))
    wanted = {n for spec in d.truth["objects"] for n in spec.split("|")}
    assert not wanted & set(d.truth["forbidden"]), (text, wanted & set(d.truth["forbidden"]))
    return {"prompt": text, "expect": d.truth}


# ------------------------------------------------------------- the checks ---


def words(text: str) -> str:
    return " " + " ".join(re.findall(r"[a-z0-9']+", text.lower())) + " "


def other_sets() -> list[Path]:
    files = list(HERE.glob("*.jsonl")) + list((HERE / "heldout").glob("*.jsonl")) + \
        list((HERE / "heldout2").glob("*.jsonl")) + list((HERE / "scenes").glob("*.jsonl"))
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
        made = describe()
        key = words(made["prompt"])
        if key in seen or any(o in key for o in old):
            continue
        seen.add(key)
        rows.append(made)
    primary = {spec.split("|")[0] for r in rows for spec in r["expect"]["objects"]}
    shared = primary & other_nouns()
    assert not shared, f"nouns also in other prompt sets: {sorted(shared)}"
    OUT.write_text("".join(json.dumps(r) + "\n" for r in rows))
    clauses = [len(r["prompt"].split()) for r in rows]
    print("content clauses per scene:", {n: CLAUSES.count(n) for n in sorted(set(CLAUSES))})
    print(f"{len(rows)} second held-out scenes -> {OUT.relative_to(HERE.parent.parent)} "
          f"({min(clauses)}-{max(clauses)} words)")


if __name__ == "__main__":
    main()
