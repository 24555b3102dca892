"""Writes the SEVENTH held-out scene descriptions (bench/prompts/scenes/heldout7.jsonl).

    .venv/bin/python bench/prompts/scenes_heldout7_grammar.py

Why a seventh held-out set: the sixth one (bench/prompts/scenes/heldout6.jsonl) has been read while
building (session 2026-12-07). This one was written without reading the implementation, its tests
or its documentation (only bench/scenes.py, bench/layout.py, bench/layout_selfcheck.py, the
benchmark section of the README and the existing prompt sets and grammars, so as to differ from
them), and is meant to be run once, with ``--failures 0``:

- each description has three to six content clauses, drawn from clause kinds worded unlike any
  other set's (each looked for in the other sets' prompts and reworded where one was found):
  sledges "drawn up in a single line from left to right" or "lined up abreast at the foot of the
  slope", pastries "set out in a row along" a cooling rack or a pastry counter, saplings or buns
  "arranged as R lines, C per line" or "in a grid, C wide and R deep", "N Xs piled one on
  another" or "built up into a column, one above another", cooks "standing round" a bread oven
  "in a circle, hands joined", "Y at the centre of a ring formed by N Xs", two buildings "taking
  up the left half of the view" and "the right half", members facing by position ("looking
  straight at each other", "turned away from each other, one looking left and one looking
  right", "the middle one facing us and the outer two facing away", "all facing left except the
  one on the far left, which faces right", "alternately facing towards and away from us,
  starting with the leftmost facing us"), a named character "sitting high up on" a snowdrift,
  "ducking beneath" a market parasol, "waving at us from just in front of" a ski lodge or
  "leaning on" a ski pole, "X first on the left, Y second and Z third", "reading from left to
  right, X comes before Y, which comes before Z", "X lying between Y and Z", "Y in the way, so
  that hardly any of X can be seen", "a pair of Xs, one some distance behind the other", verbs
  with counts on both sides ("icing", "waxing"), crowds "here, there and everywhere";
- the registers differ from prompt to prompt: a storyboard note, a game level brief, a museum
  catalogue line, a bedtime-story page, a casual all-lower-case message joined with "+", a very
  long single sentence of ", and ... and" clauses, or plain sentences with semicolons and
  "meanwhile";
- each noun says where it may stand (indoors only, out of doors only, or either: a description
  mixing the first two is drawn again) and each clause which views keep its meaning; the place
  and the view are drawn to fit;
- settings, views, light, style and manner words are forbidden as object names in the truth;
- the vocabulary is this file's own, ski slope and winter fair, village bakery and circus: no
  primary noun is in any other prompt set, this one's layout part included (checked), nor quoted
  in another grammar; names of people are invented;
- no description equals or contains any other set's prompt (checked).

Nothing outside bench/prompts may import this file, name it, or quote its prompts. Truth keys
as in bench/prompts/scenes_dev.py. Deterministic (seed 29147).
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "scenes" / "heldout7.jsonl"
rng = random.Random(29147)
SCENES = 48
VIEW_NAMES = ("top", "wide", "low", "front", "back", "left", "right")

# ------------------------------------------------------------- vocabulary ---
# name as said -> truth spec ("a|b" where English allows both names)
RACKS = {"cooling rack": "cooling rack|rack", "bread shelf": "bread shelf|shelf",
         "pastry counter": "pastry counter|counter"}
PASTRIES = {"eclair": "eclair", "bagel": "bagel", "scone": "scone", "cinnamon roll": "cinnamon roll|roll",
            "brioche": "brioche", "crumpet": "crumpet", "teacake": "teacake", "meringue": "meringue",
            "profiterole": "profiterole", "gingerbread man": "gingerbread man"}
SLEDS = {"toboggan": "toboggan", "bobsleigh": "bobsleigh", "piste basher": "piste basher",
         "ski bus": "ski bus|bus", "reindeer sleigh": "reindeer sleigh|sleigh", "sledge": "sledge"}
PLOTS = {"fir sapling": "fir sapling|sapling", "iced bun": "iced bun|bun", "mince pie": "mince pie|pie",
         "ice lantern": "ice lantern|lantern", "snow lantern": "snow lantern|lantern",
         "bread roll": "bread roll|roll"}
PILES = {"flour sack": "flour sack|sack", "snowball": "snowball", "crumpet": "crumpet", "teacake": "teacake",
         "bagel": "bagel", "scone": "scone"}
HUBS = {"snow cannon": "snow cannon|cannon", "bread oven": "bread oven|oven", "ice hole": "ice hole|hole",
        "fountain basin": "fountain basin|basin", "fir tree": "fir tree|tree", "woodstack": "woodstack"}
PEOPLE = {"ski instructor": "ski instructor|instructor", "pastry cook": "pastry cook|cook",
          "yodeller": "yodeller", "mountain guide": "mountain guide|guide", "ski patroller": "ski patroller|patroller",
          "apprentice baker": "apprentice baker|baker", "confectioner": "confectioner",
          "junior skier": "junior skier|skier", "ski technician": "ski technician|technician"}
BIRDS = {"snow bunting": "snow bunting|bunting", "alpine chough": "alpine chough|chough"}
WATERS = {"ice hole", "fountain basin"}  # birds gather round water only
RINGERS = {**{k: v for k, v in PEOPLE.items() if k != "ski technician"}, **BIRDS}
BLOCKS = {"ski lodge": "ski lodge|lodge", "circus tent": "circus tent|tent", "bakery van": "bakery van|van",
          "helter-skelter": "helter-skelter", "cable car station": "cable car station|station",
          "pretzel stand": "pretzel stand|stand", "piste basher": "piste basher", "ski bus": "ski bus|bus",
          "bread oven": "bread oven|oven"}
HALVES = {**BLOCKS, "ski jump": "ski jump", "snow fort": "snow fort|fort", "pastry counter": "pastry counter|counter"}
LURKERS = {"yodeller": "yodeller", "junior skier": "junior skier|skier", "pastry cook": "pastry cook|cook",
           "ski patroller": "ski patroller|patroller", "apprentice baker": "apprentice baker|baker",
           "alpine chough": "alpine chough|chough"}
TURNERS = {k: v for k, v in {**PEOPLE, **BIRDS}.items() if k != "ski technician"}
WORKERS = {"pastry cook": "bakes", "apprentice baker": "bakes", "confectioner": "bakes", "ski technician": "gear"}
GOODS = {"bakes": {"eclair": "eclair", "teacake": "teacake", "brioche": "brioche", "iced bun": "iced bun|bun",
                   "mince pie": "mince pie|pie", "gingerbread man": "gingerbread man"},
         "gear": {"ski": "ski", "snowshoe": "snowshoe", "ice axe": "ice axe|axe", "ski boot": "ski boot|boot"}}
VERBS = {"bakes": ["icing", "glazing", "boxing up"], "gear": ["waxing", "repairing", "checking over"]}
VERB_GEAR = {"ski": ["waxing", "repairing", "checking over"], "snowshoe": ["repairing", "checking over", "lacing up"],
             "ice axe": ["sharpening", "checking over"], "ski boot": ["drying", "checking over", "lacing up"]}
LADS = {"junior skier": "junior skier|skier", "ski school pupil": "ski school pupil|pupil"}
SEATS = {"snowdrift": "snowdrift|drift", "flour sack": "flour sack|sack", "woodstack": "woodstack",
         "toboggan": "toboggan", "pastry counter": "pastry counter|counter", "snow fort": "snow fort|fort"}
ROOFS = {"ski shelter": "ski shelter|shelter", "market parasol": "market parasol|parasol",
         "bakery awning": "bakery awning|awning", "trapeze": "trapeze"}
FRONTS = {k: v for k, v in {**BLOCKS, "reindeer sleigh": "reindeer sleigh|sleigh", "bobsleigh": "bobsleigh"}.items()}
PROPS = {"ski pole": "ski pole|pole", "snow shovel": "snow shovel|shovel", "ice axe": "ice axe|axe",
         "bread peel": "bread peel|peel", "sledge": "sledge"}
STROLLERS = {k: v for k, v in {**PEOPLE, **BIRDS}.items() if k != "ski technician"}
BITS = {"ski boot": "ski boot|boot", "mitten": "mitten", "bobble hat": "bobble hat|hat",
        "juggling club": "juggling club|club", "snowshoe": "snowshoe", "ice axe": "ice axe|axe",
        "bread peel": "bread peel|peel", "fondue pot": "fondue pot|pot", "snowball": "snowball"}
NAMES = {"Genevieve": "genevieve", "Imelda": "imelda", "Peregrine": "peregrine", "Clarimond": "clarimond",
         "Drusilla": "drusilla", "Fenella": "fenella", "Godfrey": "godfrey", "Hamish": "hamish",
         "Granny Ffion": "granny ffion|ffion", "Uncle Bartram": "uncle bartram|bartram",
         "Professor Quenby": "professor quenby|quenby", "Little Odo": "little odo|odo",
         "Madame Zuleika": "madame zuleika|zuleika"}

# Where things can be: a scene with some of each is drawn again.
OUTDOOR_ONLY = {*SLEDS, "fir sapling", "ice lantern", "snow lantern", "snowball", "snow cannon", "ice hole",
                "fountain basin", "fir tree", "woodstack", "ski lodge", "circus tent", "bakery van", "helter-skelter",
                "cable car station", "pretzel stand", "ski jump", "snow fort", "snowdrift", "ski shelter",
                "market parasol", "bakery awning", "alpine chough", "snow bunting", "ski school pupil"}
INDOOR_ONLY = {"cooling rack", "bread shelf", "pastry counter", "bread oven", "trapeze"}

MANNERS = [("patiently", ["patiently"]), ("hurriedly", ["hurriedly"]), ("lovingly", ["lovingly"]),
           ("expertly", ["expertly"]), ("sleepily", ["sleepily"])]
INDOOR_PLACES = [("in a village bakery", ["village", "bakery"]),
                 ("in an equipment hire shop", ["equipment", "hire", "shop"]),
                 ("in a circus practice tent", ["circus", "practice", "tent"]),
                 ("in a timbered dining hall", ["timbered", "dining", "hall"]),
                 ("inside a mountain refuge", ["mountain", "refuge"])]
OUTDOOR_PLACES = [("on a snowy mountainside", ["snowy", "mountainside"]), ("at a ski resort", ["ski", "resort"]),
                  ("at a winter fair", ["winter", "fair"]), ("on a frozen lake", ["frozen", "lake"]),
                  ("in an alpine village", ["alpine", "village"]),
                  ("at the foot of a glacier", ["foot", "glacier"])]
# (words in front, the words they bring, how the rest is written)
OPENINGS = [("Storyboard frame: ", ["storyboard", "frame"], "plain"),
            ("Game level brief - ", ["game", "level", "brief"], "plain"),
            ("From the museum catalogue: ", ["museum", "catalogue"], "plain"),
            ("Bedtime story page. ", ["bedtime", "story", "page"], "plain"),
            ("hiya could u draw this: ", ["hiya", "draw"], "casual"),
            ("ok picture this ", ["picture"], "casual"),
            ("Picture this, all in one go: ", ["picture"], "long")]
STYLES = [("isometric diorama", ["isometric", "diorama"]), ("watercolour storybook", ["watercolour", "storybook"]),
          ("low-poly game art", ["low", "poly", "game", "art"]),
          ("tilt-shift miniature photo", ["tilt", "shift", "miniature", "photo"]),
          ("scandi folk embroidery", ["scandi", "folk", "embroidery"]),
          ("linocut in two colours", ["linocut", "colours"]), ("oil pastel", ["oil", "pastel"]),
          ("glossy 3d render", ["glossy", "3d", "render"]), ("8-bit pixel art", ["bit", "pixel", "art"]),
          ("stop-motion felt puppets", ["stop", "motion", "felt", "puppets"]),
          ("art nouveau print", ["art", "nouveau", "print"]),
          ("soft gouache, muted palette", ["soft", "gouache", "muted", "palette"]),
          ("film noir still", ["film", "noir", "still"]), ("cross-stitch pattern", ["cross", "stitch", "pattern"])]
LIGHTS = [("under a low winter sun", ["low", "winter", "sun"]), ("in swirling snow", ["swirling", "snow"]),
          ("by lamplight", ["lamplight"]), ("at first light", ["first", "light"]),
          ("in flat grey daylight", ["flat", "grey", "daylight"]), ("under a starry sky", ["starry", "sky"])]
OUTDOOR_LIGHTS = ("under a low winter sun", "in swirling snow", "under a starry sky")  # not through a roof
# view -> ways of saying it and the words they bring
VIEWS = {"top": [("looking straight down from a drone", ["looking", "straight", "drone"]),
                 ("a top-down shot", ["top", "shot"])],
         "wide": [("a very wide shot, everything tiny", ["wide", "shot", "tiny"]),
                  ("seen from far across the valley", ["far", "valley"])],
         "low": [("a ground-level shot, tilted upwards", ["ground", "level", "shot", "tilted", "upwards"]),
                 ("the camera lying on the ground pointing up", ["camera", "lying", "ground", "pointing"])],
         "front": [("viewed straight from the front", ["viewed", "straight", "front"])],
         "back": [("shot from behind the whole scene", ["shot", "behind", "whole", "scene"])],
         "left": [("with the camera off to the left side of the scene, looking across it",
                   ["camera", "left", "side", "scene", "looking"])],
         "right": [("with the camera off to the right side of the scene, looking across it",
                    ["camera", "right", "side", "scene", "looking"])]}
NUMBER = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight", 9: "nine",
          10: "ten", 11: "eleven", 12: "twelve", 13: "thirteen", 15: "fifteen", 16: "sixteen"}
IRREGULAR = {"gingerbread man": "gingerbread men", "brioche": "brioches", "ski": "skis", "bread peel": "bread peels",
             "fondue pot": "fondue pots", "helter-skelter": "helter-skelters"}


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
    """One description being built: clauses (each with whether it has its own verb), truth, nouns
    used (each once, so counts stay exact), the views its clauses allow and where it must be."""

    def __init__(self, where: str) -> None:
        self.where = where  # "in" or "out": drawn first, so indoor and outdoor scenes both come up
        self.clauses: list[tuple[str, bool]] = []
        self.truth: dict = {"objects": {}, "forbidden": []}
        self.used: set[str] = set()
        self.views = set(VIEW_NAMES)
        self.needs: set[str] = set()  # "in" (indoors only), "out" (out of doors only): what the nouns ask

    def say(self, text: str, sentence: bool = False) -> None:
        self.clauses.append((text, sentence))

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
        """A spec sharing a name or a word with one already in the truth ('ski boot|boot' beside
        'ski pole|pole', 'ice lantern|lantern' beside 'snow lantern|lantern') would make the counts
        ambiguous."""
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


def rack_row(d: Draft) -> None:
    """Pastries in a row along a rack, a shelf or a counter: a row, each on it."""
    c, c_spec = d.take(RACKS)
    t, t_spec = d.take(PASTRIES)
    n = rng.choice([3, 4, 5, 6])
    pick = rng.randrange(3)
    d.say([f"{many(n, t)} set out in a row along {an(c)}",
           f"{an(c)} carrying a single row of {many(n, t)}",
           f"along the top of {an(c)} sit {many(n, t)}, one beside the next"][pick], pick == 2)
    d.count(c_spec, 1)
    d.count(t_spec, n)
    d.add("arrangements", (t_spec, "row"))
    d.add("relations", (t_spec, "on_top_of", c_spec))
    d.forbid("low", *SIDEWAYS)  # from the floor the top hides them; from the side the row runs away


def sled_line(d: Draft) -> None:
    """Sledges and snow vehicles side by side in a line across the picture."""
    v, spec = d.take(SLEDS)
    n = rng.choice([3, 4, 5])
    d.say(rng.choice([f"{many(n, v)} drawn up in a single line from left to right",
                      f"{many(n, v)} lined up abreast at the foot of the slope",
                      f"a line of {many(n, v)}, one next to another, running across the view"]))
    d.truth["forbidden"] += ["slope", "foot"] if "slope" in d.clauses[-1][0] else []
    d.count(spec, n)
    d.add("arrangements", (spec, "row"))
    d.forbid(*SIDEWAYS)


def block(d: Draft) -> None:
    """A grid, said as R rows of C, or C wide and R deep."""
    a, spec = d.take(PLOTS)
    r, c = rng.choice([(2, 3), (3, 3), (2, 4), (3, 4), (4, 2), (3, 5)])
    d.say(rng.choice([f"{NUMBER[r * c]} {plural(a)} arranged as {NUMBER[r]} lines, {NUMBER[c]} per line",
                      f"{plural(a)} in a grid, {NUMBER[c]} wide and {NUMBER[r]} deep",
                      f"{plural(a)} set out in {NUMBER[r]} straight rows with {NUMBER[c]} in each"]))
    d.count(spec, r * c)
    d.add("arrangements", (spec, "grid", r, c))


def column(d: Draft) -> None:
    """A stack, each on the one below."""
    a, spec = d.take(PILES)
    n = rng.choice([3, 4, 5]) if a in ("flour sack", "snowball") else rng.choice([4, 5, 6, 7])
    d.say(rng.choice([f"{many(n, a)} piled one on another",
                      f"{many(n, a)} built up into a column, one above another",
                      f"a stack of {many(n, a)}, each on top of the last"]))
    d.count(spec, n)
    d.add("arrangements", (spec, "stack"))
    d.forbid("top")  # from straight above only the top one shows


def circle(d: Draft) -> None:
    """People or birds in a ring round an oven, a fir tree, a hole in the ice."""
    c, c_spec = d.take(HUBS)
    among = [g for g in RINGERS if g not in BIRDS or c in WATERS]
    a, a_spec = d.take(RINGERS, among)
    n = rng.choice([4, 5, 6, 7, 8])
    options = [f"{an(c)} at the centre of a ring formed by {many(n, a)}",
               f"{many(n, a)} in a rough circle, surrounding {an(c)}"]
    if a not in BIRDS:
        options.append(f"{many(n, a)} standing round {an(c)} in a circle, hands joined")
    d.say(rng.choice(options))
    d.truth["forbidden"] += ["hands"] if "hands" in d.clauses[-1][0] else []
    d.count(c_spec, 1)
    d.count(a_spec, n)
    d.add("relations", (a_spec, "around", c_spec))


def halves(d: Draft) -> None:
    """Two big things, each taking one side of the picture."""
    a, a_spec = d.take(HALVES)
    b, b_spec = d.take(HALVES)
    pick = rng.randrange(3)
    d.say([f"{an(a)} taking up the left half of the view and {an(b)} the right half",
           f"on the left of the picture {an(a)}, on the right {an(b)}",
           f"{an(a)} occupying the left-hand side of the image with {an(b)} occupying the right-hand side"][pick],
          pick == 1)
    d.count(a_spec, 1)
    d.count(b_spec, 1)
    d.add("sides", (a_spec, "left"), (b_spec, "right"))
    d.forbid("back", *SIDEWAYS)


def facing(d: Draft) -> None:
    """Members facing ways by their place in the picture, listed left to right."""
    a, spec = d.take(TURNERS)
    way = rng.choice(["face", "apart", "middle", "odd", "alternate"])
    which = "which" if a in BIRDS else "who"
    if way == "face":
        d.say(rng.choice([f"two {plural(a)} looking straight at each other",
                          f"two {plural(a)} facing one another across a small gap"]))
        d.count(spec, 2)
        d.add("facing", (spec, ["right", "left"]))
    elif way == "apart":
        d.say(f"two {plural(a)} side by side but turned away from each other, one looking left and one "
              f"looking right")
        d.count(spec, 2)
        d.add("facing", (spec, ["left", "right"]))
    elif way == "middle":
        d.say(f"three {plural(a)} in a line, the middle one facing us and the outer two facing away")
        d.count(spec, 3)
        d.add("facing", (spec, ["away", "camera", "away"]))
    elif way == "odd":
        n = rng.choice([3, 4, 5])
        d.say(f"{many(n, a)} standing in a line, all facing left except the one on the far left, {which} "
              f"faces right")
        d.count(spec, n)
        d.add("facing", (spec, ["right"] + ["left"] * (n - 1)))
    else:
        d.say(f"four {plural(a)} in a row, alternately facing towards and away from us, starting with the "
              f"leftmost facing us")
        d.count(spec, 4)
        d.add("facing", (spec, ["camera", "away", "camera", "away"]))
    d.forbid("top", "back", *SIDEWAYS)


def work(d: Draft) -> None:
    """Counts on both sides of a verb."""
    if rng.random() < 0.65 or d.where == "in":
        s, s_spec = d.take({k: PEOPLE[k] for k in WORKERS})
        kind = WORKERS[s]
        o, o_spec = d.take(GOODS[kind])
        verb = rng.choice(VERBS["bakes"] if kind == "bakes" else VERB_GEAR[o])
    else:
        s, s_spec = d.take(LADS)
        o, o_spec = d.take(BIRDS)
        verb = rng.choice(["scattering crumbs for", "chasing after", "creeping up on"])
    n, m = rng.choice([1, 2, 3]), rng.choice([2, 3, 4, 5, 6])
    manner, words = rng.choice(MANNERS) if rng.random() < 0.5 else ("", [])
    be = "is" if n == 1 else "are"
    d.say(f"{many(n, s)} {be} {manner + ' ' if manner else ''}{verb} {many(m, o)}", True)
    d.truth["forbidden"] += words
    d.count(s_spec, n)
    d.count(o_spec, m)


def milling(d: Draft) -> None:
    """A crowd counted but not arranged."""
    a, spec = d.take(STROLLERS)
    n = rng.choice([6, 7, 8, 9, 10, 12])
    d.say(rng.choice([f"{many(n, a)} here, there and everywhere", f"{many(n, a)} drifting about aimlessly",
                      f"a scattering of {NUMBER[n]} {plural(a)}, no pattern to them"]))
    d.count(spec, n)


def character(d: Draft) -> None:
    """A named character up on something, under something, before something or by something."""
    name = rng.choice([n for n in NAMES if n not in d.used])
    d.used.add(name)
    kind = rng.choice(["on", "under", "before", "by"])
    if kind == "on":
        b, b_spec = d.take(SEATS)
        d.say(rng.choice([f"{name} sitting high up on {an(b)}", f"{name} balancing on top of {an(b)}, arms out wide"]))
        d.truth["forbidden"] += ["arms"] if "arms" in d.clauses[-1][0] else []
        d.add("relations", (NAMES[name], "on_top_of", b_spec))
        d.forbid("low")
    elif kind == "under":
        b, b_spec = d.take(ROOFS)
        d.say(rng.choice([f"{name} keeping out of the weather under {an(b)}" if b != "trapeze" else
                          f"{name} sitting on the floor right under {an(b)}", f"{name} ducking beneath {an(b)}"]))
        d.add("relations", (NAMES[name], "under", b_spec))
        d.forbid("top")
    elif kind == "before":
        b, b_spec = d.take(FRONTS)
        d.say(rng.choice([f"{name} waving at us from just in front of {an(b)}",
                          f"{name} and, a few steps behind them, {an(b)}"]))
        d.add("relations", (NAMES[name], "in_front_of", b_spec))
        d.forbid("top", "back", *SIDEWAYS)
    else:
        b, b_spec = d.take(PROPS)
        d.say(rng.choice([f"{name} leaning on {an(b)}", f"{name} standing right next to {an(b)}"]))
        d.add("relations", (NAMES[name], "near", b_spec))
    d.count(NAMES[name], 1)
    d.count(b_spec, 1)


def placing(d: Draft) -> None:
    kind = rng.choice(["under", "hidden", "order", "flanked"])
    if kind in ("order", "flanked") and "ordered" in d.used:
        kind = "hidden"  # one left-to-right trio per scene
    if kind in ("order", "flanked"):
        d.used.add("ordered")
    if kind == "under":
        a, a_spec = d.take(BIRDS)
        b, b_spec = d.take({k: v for k, v in ROOFS.items() if k != "trapeze"})
        d.say(rng.choice([f"{an(a)} sheltering beneath {an(b)}", f"{an(a)} hopping about under {an(b)}"]))
        d.add("relations", (a_spec, "under", b_spec))
        d.forbid("top")
    elif kind == "hidden":
        a, a_spec = d.take(LURKERS)
        b, b_spec = d.take(BLOCKS)
        pick = rng.randrange(3)
        d.say([f"{an(a)} mostly out of sight behind {an(b)}",
               f"{an(b)} in the way, so that hardly any of {an(a)} can be seen",
               f"{an(a)} stands behind {an(b)}, which hides most of {'it' if a in BIRDS else 'them'}"][pick],
              pick == 2)
        d.add("relations", (a_spec, "hidden_by", b_spec))
        d.forbid("top", "back", *SIDEWAYS)
    elif kind == "order":
        (a, a_spec), (b, b_spec), (c, c_spec) = (d.take(BITS) for _ in range(3))
        said = rng.choice([f"{an(a)} first on the left, {an(b)} second and {an(c)} third",
                           f"reading from left to right, {an(a)} comes before {an(b)}, which comes before {an(c)}"])
        d.say(said, "comes before" in said)
        d.count(c_spec, 1)
        d.add("relations", (a_spec, "left_of", b_spec), (b_spec, "left_of", c_spec))
        d.forbid("back", *SIDEWAYS)
    else:
        (a, a_spec), (b, b_spec), (c, c_spec) = (d.take(BITS) for _ in range(3))
        d.say(rng.choice([f"{an(a)} sitting in between {an(b)} and {an(c)}",
                          f"{an(a)} lying between {an(b)} and {an(c)}"]))
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
            d.say(f"a pair of {plural(a)}, one some distance behind the other")
            d.add("relations", (spec, "behind", spec))
        else:
            d.say(f"a pair of {plural(a)}, one placed in front of the other, closer to the camera")
            d.truth["forbidden"] += ["camera"]
            d.add("relations", (spec, "in_front_of", spec))
        d.forbid("top", "back", *SIDEWAYS)
    else:
        a, spec = d.take({k: v for k, v in PILES.items() if k != "snowball"})
        d.say(rng.choice([f"one {a} resting on another", f"a {a} laid on top of a second {a}"]))
        d.add("relations", (spec, "on_top_of", spec))
        d.forbid("top")
    d.count(spec, 2)


KINDS = [rack_row, sled_line, block, column, circle, halves, facing, work, milling, character, placing, placing,
         pairs]
CLAUSES: list[int] = []
JOINS = [", ", "; ", ". ", ", also ", ", and ", ", plus "]  # before a noun phrase
SENTENCE_JOINS = ["; ", ". ", "; meanwhile ", ", and "]  # before a clause with its own verb


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
    opening, opening_words, register = rng.choice(OPENINGS) if rng.random() < 0.45 else ("", [], "plain")
    if register == "plain" and rng.random() < 0.2:
        register = "long"  # one very long sentence, no opening needed
    texts = [t for t, _ in d.clauses]
    if register == "casual":
        text = " + ".join(texts)
    elif register == "long":
        text = ", ".join(texts[:-1]) + " and " + texts[-1] if len(texts) > 1 else texts[0]
    else:
        text = texts[0]
        for clause, sentence in d.clauses[1:]:
            text += rng.choice(SENTENCE_JOINS if sentence else JOINS) + clause
    CLAUSES.append(len(d.clauses))
    places = {"out": OUTDOOR_PLACES, "in": INDOOR_PLACES}[d.where]
    place, words = rng.choice(places)
    d.truth["forbidden"] += words
    text = f"{place}: {text}" if rng.random() < 0.3 and register != "long" and not opening else f"{text}, {place}"
    views = [v for v in VIEW_NAMES if v in d.views]
    if views and rng.random() < 0.6:
        view = rng.choice(views)
        said, words = rng.choice(VIEWS[view])
        d.truth["forbidden"] += words
        d.truth["camera"] = view
        text = f"{text}, {said}"
    if rng.random() < 0.6:
        light, words = rng.choice([(s, w) for s, w in LIGHTS if d.where == "out" or s not in OUTDOOR_LIGHTS])
        d.truth["forbidden"] += words
        text += f", {light}"
    style, words = rng.choice(STYLES)
    d.truth["forbidden"] += words
    if register == "casual":
        text = (opening + text + f" ... {style} pls").lower()
    else:
        text = sentence_case(text + f" -- {style}")
        text = opening + text
        text = text[0].upper() + text[1:]
    d.truth["forbidden"] += opening_words
    wanted = {n for spec in d.truth["objects"] for n in spec.split("|")}
    heads = {w for n in wanted for w in re.split(r"[ -]", n)}
    d.truth["forbidden"] = sorted(w for w in set(d.truth["forbidden"]) if w not in heads)
    return {"prompt": text, "expect": d.truth}


# ------------------------------------------------------------- the checks ---


def words(text: str) -> str:
    return " " + " ".join(re.findall(r"[a-z0-9']+", text.lower())) + " "


def other_sets() -> list[Path]:
    files = list(HERE.glob("*.jsonl")) + list((HERE / "scenes").glob("*.jsonl"))
    for folder in ("heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6", "heldout7"):
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
    print(f"{len(rows)} seventh held-out scenes -> {OUT.relative_to(HERE.parent.parent)} "
          f"({min(lengths)}-{max(lengths)} words)")


if __name__ == "__main__":
    main()
