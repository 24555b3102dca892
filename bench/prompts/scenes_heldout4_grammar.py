"""Writes the FOURTH held-out scene descriptions (bench/prompts/scenes/heldout4.jsonl).

    .venv/bin/python bench/prompts/scenes_heldout4_grammar.py

Why a fourth held-out set: the third one (bench/prompts/scenes/heldout3.jsonl) has been read while
building (session 2026-12-06). This one was written without reading the implementation, its tests
or its documentation (only bench/scenes.py, bench/layout.py, the benchmark section of the README
and the existing prompt sets and grammars, so as to differ from them), and is meant to be run once,
with ``--failures 0``:

- each description has three to six content clauses, drawn from clause kinds worded unlike any
  other set's: things "lined up shoulder to shoulder" along a counter, vehicles "standing abreast",
  beds and plots as "a 3-by-4 grid" or "N neat rows, M per row", towers "stacked N high" or "each
  balanced on the last", people or young animals "dotted all the way round" a gong or a trough,
  something "half-hidden behind" a hut, the two halves of the picture "belonging" to two things,
  members facing by position ("back to back", "facing each other", "the two on the ends looking
  away"), a named character up on a stepladder or sheltering under a table, left-to-right lists,
  verbs with counts on both sides ("unloading", "chasing"), crowds "dotted here and there";
- the clauses are joined with commas, semicolons, full stops, "plus" and "and"; a
  description may open on a brief ("Album cover:", "Concept sketch:");
- each noun says where it may stand (indoors only, out of doors only, or either: a description
  mixing the first two is drawn again) and each clause which views keep its meaning; the place
  and the view are drawn to fit;
- settings, views, light, style and manner words are forbidden as object names in the truth;
- the vocabulary is this file's own: no primary noun is in any other prompt set, this one's layout
  part included (checked), nor quoted in another grammar; names of people are invented;
- no description equals or contains any other set's prompt (checked).

Nothing outside bench/prompts may import this file, name it, or quote its prompts. Truth keys
as in bench/prompts/scenes_dev.py. Deterministic (seed 83299).
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "scenes" / "heldout4.jsonl"
rng = random.Random(83299)
SCENES = 48
VIEW_NAMES = ("top", "wide", "low", "front", "back", "left", "right")

# ------------------------------------------------------------- vocabulary ---
# name as said -> truth spec ("a|b" where English allows both names)
LEDGES = {"shop counter": "shop counter|counter", "long table": "long table|table",
          "trestle": "trestle|trestle table|table"}
ORNAMENTS = {"biscuit tin": "biscuit tin|tin", "cigar box": "cigar box|box", "jewellery box": "jewellery box|box",
             "flask": "flask", "bust": "bust", "cherub": "cherub", "muffin": "muffin", "doughnut": "doughnut",
             "aquarium": "aquarium", "dollhouse": "dollhouse", "gargoyle": "gargoyle", "macaron": "macaron"}
RIDES = {"vespa": "vespa|scooter", "penny-farthing": "penny-farthing|bicycle", "tandem": "tandem|bicycle",
         "segway": "segway", "jet ski": "jet ski", "pedalo": "pedalo", "rowing boat": "rowing boat|boat",
         "circus wagon": "circus wagon|wagon", "showman's wagon": "showman's wagon|wagon"}
BEDS = {"sunflower": "sunflower", "tulip": "tulip", "rose bush": "rose bush|bush",
        "lavender bush": "lavender bush|bush", "bee skep": "bee skep|skep", "headstone": "headstone",
        "potted palm": "potted palm|palm", "school chair": "school chair|chair", "exercise mat": "exercise mat|mat"}
TOWERS = {"cake box": "cake box|box", "gift box": "gift box|box", "board game": "board game|game",
          "hardback": "hardback|book", "atlas": "atlas|book", "encyclopedia": "encyclopedia|book",
          "pancake": "pancake", "waffle": "waffle", "dinner plate": "dinner plate|plate",
          "stacking chair": "stacking chair|chair", "egg crate": "egg crate|crate", "bread crate": "bread crate|crate",
          "wooden pallet": "wooden pallet|pallet", "paving slab": "paving slab|slab"}
CENTRES = {"gong": "gong", "totem": "totem|totem pole", "beacon": "beacon", "bird feeder": "bird feeder|feeder",
           "wedding cake": "wedding cake|cake", "garden pond": "garden pond|pond",
           "horse trough": "horse trough|trough", "shrine": "shrine"}
CIRCLERS = {"cub scout": "cub scout|scout", "choirboy": "choirboy", "choir singer": "choir singer|singer",
            "bridesmaid": "bridesmaid", "wedding guest": "wedding guest|guest", "birdwatcher": "birdwatcher",
            "stargazer": "stargazer", "friar": "friar", "vicar": "vicar", "abbot": "abbot", "camper": "camper",
            "chick": "chick", "cygnet": "cygnet", "imp": "imp", "pixie": "pixie"}
YOUNG = {"chick", "cygnet"}  # gather round water or food only
WATERS = {"garden pond", "horse trough", "bird feeder"}
SCREENS = {"portaloo": "portaloo", "shepherd's hut": "shepherd's hut|hut", "summerhouse": "summerhouse",
           "bothy": "bothy", "pillbox": "pillbox", "kiln": "kiln", "oast house": "oast house|house",
           "water mill": "water mill|mill", "windpump": "windpump", "folly": "folly", "rotunda": "rotunda",
           "tithe barn": "tithe barn|barn", "torii gate": "torii gate|gate", "stable block": "stable block",
           "hay rick": "hay rick|rick", "settee": "settee|sofa", "chaise longue": "chaise longue",
           "church organ": "church organ|organ"}
PEEKERS = {"pine marten": "pine marten|marten", "mink": "mink", "zebu": "zebu", "takin": "takin",
           "markhor": "markhor", "chamois": "chamois", "unicorn": "unicorn", "hippogriff": "hippogriff",
           "vampire": "vampire", "ghost": "ghost", "valet": "valet", "concierge": "concierge", "spy": "spy"}
FACERS = {"zebu": "zebu", "gaur": "gaur", "takin": "takin", "markhor": "markhor", "bull": "bull",
          "unicorn": "unicorn", "pegasus": "pegasus", "griffin": "griffin", "pierrot": "pierrot",
          "harlequin": "harlequin", "boxer": "boxer", "vampire": "vampire", "conductor": "conductor"}
BEASTS = {"zebu", "gaur", "takin", "markhor", "bull", "unicorn", "pegasus", "griffin"}
HANDS = {"valet": "valet", "concierge": "concierge", "percussionist": "percussionist",
         "rodeo clown": "rodeo clown|clown", "tightrope walker": "tightrope walker|walker",
         "beatboxer": "beatboxer", "skier": "skier", "deep-sea diver": "deep-sea diver|diver"}
LOADS = {"egg crate": "egg crate|crate", "bread crate": "bread crate|crate", "orange crate": "orange crate|crate",
         "apple crate": "apple crate|crate", "beer barrel": "beer barrel|barrel", "cable spool": "cable spool|spool"}
YOUNGSTERS = {"cub scout": "cub scout|scout", "choirboy": "choirboy", "bridesmaid": "bridesmaid"}
QUARRY = {"chick": "chick", "cygnet": "cygnet", "fawn": "fawn", "joey": "joey"}
PERCHES = {"stepladder": "stepladder|ladder", "beer barrel": "beer barrel|barrel", "cable spool": "cable spool|spool",
           "orange crate": "orange crate|crate", "apple crate": "apple crate|crate", "garden wall": "garden wall|wall"}
SHELTERS = {"long table": "long table|table", "trestle": "trestle|trestle table|table",
            "swing seat": "swing seat|swing", "jungle gym": "jungle gym"}
BACKDROPS = {**{k: v for k, v in SCREENS.items() if k not in ("settee", "chaise longue", "church organ")},
             "drum kit": "drum kit|drums", "spinet": "spinet", "harmonium": "harmonium"}
LEANERS = {"double bass": "double bass|bass", "umbrella stand": "umbrella stand|stand",
           "recycling bin": "recycling bin|bin",
           "beach umbrella": "beach umbrella|umbrella", "shopping cart": "shopping cart|cart", "unicycle": "unicycle"}
CROWDS = {"wedding guest": "wedding guest|guest", "stargazer": "stargazer", "birdwatcher": "birdwatcher",
          "choir singer": "choir singer|singer", "friar": "friar", "camper": "camper", "skier": "skier",
          "beatboxer": "beatboxer"}
ODDMENTS = {"recycling bin": "recycling bin|bin", "umbrella stand": "umbrella stand|stand", "unicycle": "unicycle",
            "shopping cart": "shopping cart|cart", "bee skep": "bee skep|skep", "beer barrel": "beer barrel|barrel",
            "mink": "mink", "pine marten": "pine marten|marten", "fawn": "fawn", "joey": "joey"}
BIG = {**SCREENS, "circus wagon": "circus wagon|wagon", "showman's wagon": "showman's wagon|wagon",
       "drum kit": "drum kit|drums", "spinet": "spinet", "harmonium": "harmonium"}
NAMES = {"Bronwyn": "bronwyn", "Evander": "evander", "Solveig": "solveig", "Nkechi": "nkechi", "Anselm": "anselm",
         "Clotilde": "clotilde", "Professor Quimby": "professor quimby|quimby",
         "Aunt Hildegard": "aunt hildegard|hildegard", "Sir Percival": "sir percival|percival",
         "Madame Zuzu": "madame zuzu|zuzu", "Dashiell": "dashiell", "Ottavia": "ottavia"}

# Where things can be: a scene with some of each is drawn again.
OUTDOOR_ONLY = {*RIDES, *BEDS, *(set(SCREENS) - {"settee", "chaise longue", "church organ"}), *CENTRES,
                *QUARRY, "pine marten", "mink", "zebu", "gaur", "takin", "markhor", "chamois", "bull", "pegasus",
                "griffin", "hippogriff", "unicorn", "garden wall", "beach umbrella", "jungle gym", "swing seat",
                "wooden pallet", "paving slab", "skier", "stargazer", "birdwatcher", "camper"}
OUTDOOR_ONLY -= {"school chair", "exercise mat", "potted palm", "gong", "wedding cake", "shrine"}
INDOOR_ONLY = {*LEDGES, "aquarium", "dollhouse", "school chair", "exercise mat", "settee", "chaise longue",
               "church organ", "drum kit", "spinet", "harmonium", "double bass",
               "umbrella stand", "jewellery box", "concierge", "percussionist", "valet"}
INDOOR_ONLY -= {"trestle"}

MANNERS = [("sheepishly", ["sheepishly"]), ("briskly", ["briskly"]), ("reluctantly", ["reluctantly"]),
           ("cheerfully", ["cheerfully"]), ("clumsily", ["clumsily"])]
INDOOR_PLACES = [("in a cluttered attic", ["cluttered", "attic"]), ("in an old ballroom", ["old", "ballroom"]),
                 ("inside a school gymnasium", ["school", "gymnasium"]), ("in a museum gallery", ["museum", "gallery"]),
                 ("in a vaulted crypt", ["vaulted", "crypt"]), ("in an airport lounge", ["airport", "lounge"])]
OUTDOOR_PLACES = [("on a windswept headland", ["windswept", "headland"]),
                  ("in a walled orchard", ["walled", "orchard"]),
                  ("at a village fete", ["village", "fete"]), ("beside a canal towpath", ["canal", "towpath"]),
                  ("in a desert canyon", ["desert", "canyon"]), ("on a rooftop terrace", ["rooftop", "terrace"]),
                  ("in a bamboo grove", ["bamboo", "grove"])]
OPENINGS = [("Album cover: ", ["album", "cover"]), ("Concept sketch: ", ["concept", "sketch"]),
            ("For a children's picture book: ", ["children's", "children", "picture", "book"]),
            ("Illustrate the following. ", ["illustrate", "following"]),
            ("Scene description, please render faithfully: ", ["scene", "description", "render", "faithfully"])]
STYLES = [("shot on expired 35mm film", ["expired", "35mm", "film"]),
          ("low-poly 3D render", ["low", "poly", "3d", "render"]),
          ("Art Nouveau poster", ["art", "nouveau", "poster"]),
          ("woodcut with heavy black lines", ["woodcut", "heavy", "black", "lines"]),
          ("claymation still", ["claymation", "still"]),
          ("hyperrealistic, 8k, sharp focus", ["hyperrealistic", "8k", "sharp", "focus"]),
          ("storybook gouache, soft edges", ["storybook", "gouache", "soft", "edges"]),
          ("Bauhaus colour blocks", ["bauhaus", "colour", "blocks"]),
          ("mosaic of tiny tiles", ["mosaic", "tiny", "tiles"]),
          ("ink and wash, loose brushwork", ["ink", "wash", "loose", "brushwork"]),
          ("retro video game cutscene", ["retro", "video", "game", "cutscene"]),
          ("glossy magazine editorial, studio quality", ["glossy", "magazine", "editorial", "studio", "quality"]),
          ("pointillist dots", ["pointillist", "dots"]),
          ("blacklight neon poster", ["blacklight", "neon", "poster"])]
LIGHTS = [("at blue hour", ["blue", "hour"]), ("in harsh midday glare", ["harsh", "midday", "glare"]),
          ("lit by flickering candlelight", ["flickering", "candlelight"]), ("in dappled shade", ["dappled", "shade"]),
          ("on a drizzly afternoon", ["drizzly", "afternoon"]), ("during a heatwave", ["heatwave"])]
# view -> ways of saying it and the words they bring
VIEWS = {"top": [("seen by a drone hovering straight overhead", ["drone", "hovering", "overhead"]),
                 ("a plan view, camera pointing straight down", ["plan", "view", "camera"])],
         "wide": [("an extreme wide shot", ["extreme", "wide", "shot"]),
                  ("framed very wide so everything looks small", ["framed", "wide", "small"])],
         "low": [("worm's-eye view", ["worm's", "worm", "eye", "view"]),
                 ("shot from knee height, looking up", ["shot", "knee", "height"])],
         "front": [("straight-on from the front", ["straight", "front"])],
         "back": [("with the camera behind the whole scene", ["camera", "scene"])],
         "left": [("the camera set up on the scene's left, looking across", ["camera", "scene's", "scene"])],
         "right": [("the camera set up on the scene's right, looking across", ["camera", "scene's", "scene"])]}
NUMBER = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight", 9: "nine",
          10: "ten", 11: "eleven", 12: "twelve", 13: "thirteen", 15: "fifteen", 16: "sixteen"}
IRREGULAR = {"bee skep": "bee skeps", "rose bush": "rose bushes", "lavender bush": "lavender bushes",
             "cigar box": "cigar boxes", "jewellery box": "jewellery boxes", "cake box": "cake boxes",
             "gift box": "gift boxes", "encyclopedia": "encyclopedias", "paving slab": "paving slabs",
             "chamois": "chamois", "takin": "takin", "zebu": "zebus", "gaur": "gaur", "markhor": "markhor",
             "pegasus": "pegasi", "harlequin": "harlequins", "pierrot": "pierrots", "boxer": "boxers",
             "pixie": "pixies", "cub scout": "cub scouts", "wedding guest": "wedding guests",
             "deep-sea diver": "deep-sea divers", "rodeo clown": "rodeo clowns", "fawn": "fawns", "joey": "joeys",
             "showman's wagon": "showman's wagons", "penny-farthing": "penny-farthings", "vespa": "vespas",
             "rowing boat": "rowing boats", "jet ski": "jet skis", "potted palm": "potted palms",
             "egg crate": "egg crates", "bread crate": "bread crates", "orange crate": "orange crates",
             "apple crate": "apple crates", "beer barrel": "beer barrels", "cable spool": "cable spools"}


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
    return ("an " if noun[0] in "aeiou" and not noun.startswith("uni") else "a ") + noun


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
    """Things lined up along a counter or a long table: a row, each on it."""
    c, c_spec = d.take(LEDGES)
    t, t_spec = d.take(ORNAMENTS)
    n = rng.choice([3, 4, 5])
    d.clauses.append(rng.choice([f"{many(n, t)} lined up shoulder to shoulder along {an(c)}",
                                 f"{an(c)} with {many(n, t)} standing in a tidy row across its top",
                                 f"on {an(c)}, a single straight row of {many(n, t)}"]))
    d.count(c_spec, 1)
    d.count(t_spec, n)
    d.add("arrangements", (t_spec, "row"))
    d.add("relations", (t_spec, "on_top_of", c_spec))
    d.forbid("low", *SIDEWAYS)  # from knee height the top hides them; from the side the row runs away


def abreast(d: Draft) -> None:
    """Rides side by side in a line across the picture."""
    v, spec = d.take(RIDES)
    n = rng.choice([3, 4, 5])
    d.clauses.append(rng.choice([f"{many(n, v)} standing abreast in a line that runs across the picture",
                                 f"a neat row of {many(n, v)}, side by side from one side of the frame to the other",
                                 f"{many(n, v)} drawn up next to each other in one straight row"]))
    d.count(spec, n)
    d.add("arrangements", (spec, "row"))
    d.forbid(*SIDEWAYS)


def beds(d: Draft) -> None:
    """A grid, said as a grid or as rows with so many per row."""
    a, spec = d.take(BEDS)
    r, c = rng.choice([(2, 3), (3, 3), (2, 4), (3, 4), (4, 4), (3, 5)])
    d.clauses.append(rng.choice([f"a {r}-by-{c} grid of {plural(a)}",
                                 f"{plural(a)} set out in {NUMBER[r]} neat rows, {NUMBER[c]} per row",
                                 f"{NUMBER[r * c]} {plural(a)} arranged as a grid of {NUMBER[r]} rows and "
                                 f"{NUMBER[c]} columns"]))
    d.count(spec, r * c)
    d.add("arrangements", (spec, "grid", r, c))


def tower(d: Draft) -> None:
    """A stack, each on the one below."""
    a, spec = d.take(TOWERS)
    n = rng.choice([3, 4, 5, 6]) if a not in ("stacking chair", "wooden pallet") else rng.choice([3, 4])
    d.clauses.append(rng.choice([f"a tower of {many(n, a)}",
                                 f"{plural(a)} stacked {NUMBER[n]} high",
                                 f"{many(n, a)} in a single wobbly pile, each balanced on the last"]))
    d.count(spec, n)
    d.add("arrangements", (spec, "stack"))
    d.forbid("top")  # from straight above only the top one shows


def circle(d: Draft) -> None:
    """People or young animals all the way round a gong, a trough, a beacon."""
    c, c_spec = d.take(CENTRES)
    among = [g for g in CIRCLERS if g not in YOUNG or c in WATERS]
    a, a_spec = d.take(CIRCLERS, among)
    n = rng.choice([4, 5, 6, 7, 8])
    d.clauses.append(rng.choice([f"{an(c)} at the centre of a circle of {many(n, a)}",
                                 f"{many(n, a)} forming a loose ring about {an(c)}",
                                 f"{an(c)} with {many(n, a)} dotted all the way round it"]))
    d.count(c_spec, 1)
    d.count(a_spec, n)
    d.add("relations", (a_spec, "around", c_spec))


def halves(d: Draft) -> None:
    """Two things, each holding one side of the picture."""
    a, a_spec = d.take(BIG)
    b, b_spec = d.take({**BIG, **RIDES})
    d.clauses.append(rng.choice([f"{an(a)} fills the left side of the picture while {an(b)} fills the right",
                                 f"the left of the image belongs to {an(a)}, the right to {an(b)}",
                                 f"{an(a)} over on the left of the frame and {an(b)} over on the right"]))
    d.count(a_spec, 1)
    d.count(b_spec, 1)
    d.add("sides", (a_spec, "left"), (b_spec, "right"))
    d.forbid("back", *SIDEWAYS)


def faces(d: Draft) -> None:
    """Members facing ways by their place in the picture."""
    a, spec = d.take(FACERS)
    way = rng.choice(["toward", "backs", "ends", "leftmost"])
    if way == "toward":
        d.clauses.append(rng.choice([f"two {plural(a)} facing each other", f"a pair of {plural(a)} eye to eye, "
                                     f"turned towards one another"]))
        d.count(spec, 2)
        d.add("facing", (spec, ["right", "left"]))
    elif way == "backs":
        d.clauses.append(rng.choice([f"two {plural(a)} standing back to back, one looking left and the other right",
                                     f"a pair of {plural(a)} back to back, each gazing out towards their own edge "
                                     f"of the picture"]))
        d.count(spec, 2)
        d.add("facing", (spec, ["left", "right"]))
    elif way == "ends":
        d.clauses.append(f"three {plural(a)} in a row, the middle one looking straight at us and the two on the ends "
                         f"facing away")
        d.count(spec, 3)
        d.add("facing", (spec, ["away", "camera", "away"]))
    else:
        n = rng.choice([3, 4])
        turned = "who has turned their back on us" if a not in BEASTS else "which has turned its back on us"
        d.clauses.append(f"{many(n, a)} side by side, every one gazing towards the camera except the leftmost, "
                         f"{turned}")
        d.count(spec, n)
        d.add("facing", (spec, ["away"] + ["camera"] * (n - 1)))
    d.forbid("top", "back", *SIDEWAYS)


def haul(d: Draft) -> None:
    """Counts on both sides of a verb."""
    if rng.random() < 0.5:
        s, s_spec = d.take(HANDS)
        o, o_spec = d.take(LOADS)
        verb = rng.choice(["unloading", "counting", "sorting through"])
    else:
        s, s_spec = d.take(YOUNGSTERS)
        o, o_spec = d.take(QUARRY)
        verb = rng.choice(["chasing", "feeding", "tiptoeing after"])
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
    n = rng.choice([6, 8, 9, 10, 13])
    d.clauses.append(rng.choice([f"{many(n, a)} dotted here and there",
                                 f"a throng of {many(n, a)}",
                                 f"{many(n, a)} wandering about with nowhere in particular to go"]))
    d.count(spec, n)


def character(d: Draft) -> None:
    """A named character up on something, under something, before something or against something."""
    name = rng.choice([n for n in NAMES if n not in d.used])
    d.used.add(name)
    kind = rng.choice(["on", "under", "before", "against"])
    if kind == "on":
        b, b_spec = d.take(PERCHES)
        d.clauses.append(rng.choice([f"{name} balancing up on {an(b)}", f"{name} sitting on top of {an(b)}, "
                                     f"legs dangling"]))
        d.add("relations", (NAMES[name], "on_top_of", b_spec))
        d.forbid("low")
    elif kind == "under":
        b, b_spec = d.take(SHELTERS)
        d.clauses.append(rng.choice([f"{name} crouching underneath {an(b)}", f"{name} sheltering beneath {an(b)}"]))
        d.add("relations", (NAMES[name], "under", b_spec))
        d.forbid("top")
    elif kind == "before":
        b, b_spec = d.take(BACKDROPS)
        d.clauses.append(rng.choice([f"{name} out in front of {an(b)}",
                                     f"{name} with {an(b)} some way behind, further from us"]))
        d.add("relations", (NAMES[name], "in_front_of", b_spec))
        d.forbid("top", "back", *SIDEWAYS)
    else:
        b, b_spec = d.take(LEANERS)
        d.clauses.append(rng.choice([f"{name} leaning against {an(b)}", f"{name} with one hand resting on {an(b)}"]))
        d.add("relations", (NAMES[name], "near", b_spec))
    d.count(NAMES[name], 1)
    d.count(b_spec, 1)


def placing(d: Draft) -> None:
    kind = rng.choice(["under", "hidden", "order", "flanked"])
    if kind == "under":
        a, a_spec = d.take({k: v for k, v in ODDMENTS.items() if k in ("mink", "pine marten", "fawn", "joey")})
        b, b_spec = d.take(SHELTERS)
        d.clauses.append(rng.choice([f"{an(a)} curled up beneath {an(b)}", f"{an(a)} hiding under {an(b)}"]))
        d.add("relations", (a_spec, "under", b_spec))
        d.forbid("top")
    elif kind == "hidden":
        a, a_spec = d.take(PEEKERS)
        b, b_spec = d.take(SCREENS)
        d.clauses.append(rng.choice([f"{an(a)} half-hidden behind {an(b)}",
                                     f"{an(b)} blocking part of our view of {an(a)}",
                                     f"{an(a)}, partly tucked out of sight behind {an(b)}"]))
        d.add("relations", (a_spec, "hidden_by", b_spec))
        d.forbid("top", "back", *SIDEWAYS)
    elif kind == "order":
        (a, a_spec), (b, b_spec), (c, c_spec) = (d.take(ODDMENTS) for _ in range(3))
        d.clauses.append(rng.choice([f"from left to right: {an(a)}, {an(b)} and {an(c)}",
                                     f"{an(a)} furthest left, {an(c)} furthest right and {an(b)} in between"]))
        d.count(c_spec, 1)
        d.add("relations", (a_spec, "left_of", b_spec), (b_spec, "left_of", c_spec))
        d.forbid("back", *SIDEWAYS)
    else:
        (a, a_spec), (b, b_spec), (c, c_spec) = (d.take(ODDMENTS) for _ in range(3))
        d.clauses.append(rng.choice([f"{an(a)} with {an(b)} to its left and {an(c)} to its right as we look at it",
                                     f"{an(b)} and {an(c)}, left and right, with {an(a)} between the two"]))
        d.count(c_spec, 1)
        d.add("relations", (a_spec, "between", b_spec, c_spec))
        d.forbid("back", *SIDEWAYS)
    d.count(a_spec, 1)
    d.count(b_spec, 1)


def twins(d: Draft) -> None:
    """Two of a kind, one in front of or on top of the other."""
    if rng.random() < 0.5:
        a, spec = d.take({k: v for k, v in ODDMENTS.items()})
        d.clauses.append(rng.choice([f"one {a} directly in front of another, closer to the camera",
                                     f"two {plural(a)}, the second set well back behind the first"]))
        d.add("relations", (spec, "in_front_of", spec))
        d.forbid("top", "back", *SIDEWAYS)
    else:
        a, spec = d.take({k: v for k, v in TOWERS.items() if k not in ("pancake", "waffle", "dinner plate")})
        d.clauses.append(rng.choice([f"one {a} lying on top of another", f"two {plural(a)}, one sitting on the other"]))
        d.add("relations", (spec, "on_top_of", spec))
        d.forbid("top")
    d.count(spec, 2)


KINDS = [shelf_line, abreast, beds, tower, circle, halves, faces, haul, crowd, character, placing, placing, twins]
CLAUSES: list[int] = []
JOINS = [", ", "; ", ". ", ", and ", ", plus "]  # before a noun phrase
SENTENCE_JOINS = ["; ", ". ", ", and "]  # before a clause with its own verb
SENTENCE = re.compile(r" (is|are|fills|belongs to) |^from left to right|^on an? ")


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
    for folder in ("heldout", "heldout2", "heldout3", "heldout4"):
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
    print(f"{len(rows)} fourth held-out scenes -> {OUT.relative_to(HERE.parent.parent)} "
          f"({min(lengths)}-{max(lengths)} words)")


if __name__ == "__main__":
    main()
