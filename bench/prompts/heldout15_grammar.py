"""Writes the FIFTEENTH held-out layout prompts (bench/prompts/heldout15/*.jsonl) from a grammar.

    .venv/bin/python bench/prompts/heldout15_grammar.py

Why a fifteenth held-out set: the fourteenth one (bench/prompts/heldout14/) is to be run once
fresh this session and then read while building, so its figure will measure some fit too. This
set was written without reading the implementation, its tests or its documentation (only the
bench's scorers, bench/layout.py, bench/scenes.py and bench/layout_selfcheck.py, the README's
bench section, and the existing prompt sets and grammars in bench/prompts, so as to differ from
them). Run it once, with ``--failures 0``:

- registers: every kind is said in voices none of the other sets imitates: an archaeologist's
  dig record ("Trench 4, context 212: ... Photographed and bagged."), the minutes of a committee
  meeting ("Minutes, item 7: ... Agreed without objection."), a podcast transcript, in lower
  case with a time code ("[00:14:32] host: ... [laughs] anyway, moving on."), a station platform
  announcement ("Platform 3 announcement: ... Please mind the gap."), a radio travel bulletin
  ("Travel news at 8.15: ... More on the hour."), a school art report ("Art report, term 2
  (grade B+): She painted ... Keep it up!"), a small ad ("For sale, ad 412: ... 20 pounds ono,
  collection only."), a spy's dead-drop message ("Agent Sigma, drop 9: ... Burn after
  reading."), a geocacher's online log ("Found GC4821 today! ... TFTC, happy caching.") and a
  ghost story told round a campfire ("Gather round. They say that ... Sleep well, if you
  can."). Numbers are said as words and as digits, and labels carry numbers that are not counts
  (trenches, contexts, agenda items, time codes, platforms, clock times, terms, ads, prices,
  drops, cache codes). Left and right are always the viewer's ("as you face the section", "on
  the slide", "in the thumbnail", "as you face the tracks", "in the traffic camera picture", "in
  her painting", "in the listing photo", "on my left as I watch", "as you come up the path", "as
  you look from the gate");
- vocabulary: finds from a dig, things from a committee room, a podcast studio, a school art
  room, small ads and a spy's pockets, geocachers' woodland, churchyard ghosts, lorries, buses
  and horse-drawn carts, cottages, follies and abbeys, hedges and ornamental trees, dog and cat
  breeds, farm breeds, garden birds and ducks, people of digs, committees, schools, roads,
  embassies and ghost stories, relatives and old-fashioned first names; most of the nouns no
  other prompt set uses (counted and printed when run), a few familiar ones; nothing obscure;
- physically plausible: small things go on and under furniture with room under it, big things
  stand behind small ones (never the other way round), only vans, lorries, buses, huts, kiosks,
  cabins, hedges and bushes hide an animal or a person, things far off in a
  wide shot are big, seats go round tables only, farm animals round a feed hopper or a water
  tub and people round a tombola stall, a soup kettle, a well head or a roman altar;
- no prompt equals or contains (as a whole-word sequence) a prompt of any other part, layout or
  scene, shares a run of five words with one, and no two nouns of one prompt share a word: drawn
  again until so (the script checks).

Nothing outside bench/prompts may import this file, name it, or quote its prompts; nobody should
tune the parser on them. The truth is written with each prompt by the grammar (the meaning of
the words, chosen by hand), never read from the implementation. Deterministic (seed 52817).
Same JSON as the other sets: {"prompt": ..., "expect": {"objects": {...}, "relations": [...],
"facing": [...], "camera": ...}}; object names are the nouns as written, singular.
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "heldout15"
ME = "heldout15"
rng = random.Random(52817)
PER_KIND = 44  # prompts per relation kind, per composition region; facing has 48
RUN = 5  # no run of this many words may be shared with another part's prompt

# ------------------------------------------------------------- vocabulary ---
TABLETOP = ["potsherd", "bronze brooch", "loom weight", "spindle whorl", "burial urn", "microfilm canister",
            "cigarette case", "codebook", "map case", "glue stick", "crayon box", "paintbrush jar", "clay pot",
            "plasticine model", "papier-mache mask", "petri dish", "matchbox", "fedora", "studio monitor",
            "gaming headset", "coffee flask", "desk plant", "washstand jug", "collection plate", "attache case",
            "clipboard", "sample tub", "finds box", "pith helmet", "quern stone", "ring light", "palette knife"]
FLOOR_THINGS = ["mattock", "finds bag", "hand shovel", "acoustic panel", "magazine rack", "foot spa",
                "exercise step", "mail sack", "ammo box", "dry bag", "bivvy bag", "wardrobe trunk", "kneeler",
                "spoil barrow", "parcel trolley", "grit bin"]
SMALL = TABLETOP + FLOOR_THINGS
PERCHERS = ["maine coon", "burmese cat", "manx cat", "black kitten", "racing pigeon", "jay", "zebra finch",
            "hoopoe", "angora rabbit", "grey squirrel"]
SUPPORTS = ["finds table", "committee table", "sorting table", "art table", "site desk", "gate-leg table",
            "weights bench", "commode", "wardrobe trunk", "tomb chest", "sarcophagus", "roman altar",
            "hostess cart", "platform bench", "glass case"]
COVERS = ["finds table", "committee table", "sorting table", "art table", "site desk", "gate-leg table",
          "weights bench", "platform bench", "sunlounger", "pony trap"]
UNDER_SUBJECTS = ["manx cat", "black kitten", "burmese cat", "corgi puppy", "lhasa apso", "angora rabbit",
                  "dutch rabbit", "hedgehog hoglet", "common lizard", "great crested newt", "mail sack", "finds bag",
                  "ammo box", "dry bag", "foot spa", "kneeler", "crayon box", "exercise step", "map case",
                  "hand shovel"]
PETS = ["maine coon", "burmese cat", "manx cat", "sphynx cat", "abyssinian cat", "black kitten", "corgi puppy",
        "lhasa apso", "chow chow", "bedlington terrier", "cockapoo", "newfoundland", "angora rabbit", "dutch rabbit",
        "hedgehog hoglet", "badger cub", "red fox cub", "grey squirrel", "mute swan", "barnacle goose", "call duck",
        "runner duck", "muscovy duck", "racing pigeon", "jay", "zebra finch", "hoopoe", "little egret", "water vole",
        "natterjack toad", "common lizard", "great crested newt"]
ZOO = ["howler monkey", "proboscis monkey", "gelada", "sloth bear", "spectacled bear", "chamois", "clydesdale",
       "suffolk punch", "dartmoor pony", "welsh pony", "new forest pony", "belted galloway", "hereford bull",
       "aberdeen angus", "dexter cow", "longhorn", "tamworth pig", "herdwick", "swaledale ewe", "donkey foal",
       "peahen", "turkey cock", "old english sheepdog", "deerhound", "jacob sheep"]
CREATURES = PETS + ZOO
BIG_ANIMALS = ["hereford bull", "clydesdale", "suffolk punch", "aberdeen angus", "sloth bear", "spectacled bear",
               "belted galloway", "longhorn"]
HIDEABLE = [c for c in CREATURES if c not in BIG_ANIMALS]
JOBS = ["site director", "finds officer", "head teacher", "teaching assistant", "school caretaker", "form teacher",
        "art teacher", "supply teacher", "prefect", "motorcyclist", "traffic officer", "cycle courier", "diplomat",
        "double agent", "bodyguard", "orienteer", "geocacher", "sexton", "verger", "highwayman", "coachman",
        "milkmaid", "ghost hunter", "exorcist", "grey friar", "plague doctor", "nightwatchman", "announcer",
        "chairwoman", "treasurer", "guest speaker", "parish councillor", "grey lady", "headless horseman"]
FAMILY = ["stepfather", "grandnephew", "eldest daughter", "second cousin", "goddaughter", "great-grandad"]
PEOPLE = JOBS + FAMILY
NAMES = ["Gwendolen", "Euphemia", "Crispin", "Letitia", "Digby", "Rosamund", "Jocelyn", "Godfrey", "Dorcas",
         "Mervyn", "Ivor", "Cosmo", "Alaric", "Phyllida"]
VEHICLES = ["embassy car", "gritting lorry", "articulated lorry", "breakdown van", "removal lorry", "low loader",
            "livestock lorry", "grain lorry", "post bus", "routemaster", "charabanc", "bow-top wagon",
            "rag-and-bone cart", "brewer's dray", "pony trap", "recumbent bike", "funeral carriage", "swan pedalo"]
BUILDINGS = ["almshouse", "lock-keeper's cottage", "toll house", "pumping station", "round house", "mill house",
             "shepherd's hut", "folly tower", "priory", "mausoleum", "ruined abbey", "chapel of rest", "site cabin",
             "vending kiosk", "tea kiosk", "gasometer", "ice house", "newspaper stand"]
TREES = ["wych elm", "weeping ash", "crack willow", "black poplar", "whitebeam", "dogwood", "guelder rose",
         "forsythia", "leylandii", "wellingtonia", "stone pine", "sweet bay", "elder tree", "blackberry bush",
         "hollow oak", "hazel coppice", "laurel hedge", "yew hedge", "copper beech", "field maple", "crab apple",
         "wild cherry"]
LARGE = VEHICLES + BUILDINGS + TREES
BULKY = ["breakdown van", "removal lorry", "grain lorry", "livestock lorry", "post bus", "routemaster",
         "gritting lorry", "shepherd's hut", "site cabin", "vending kiosk", "tea kiosk", "newspaper stand",
         "leylandii", "blackberry bush", "forsythia", "dogwood", "guelder rose", "laurel hedge", "yew hedge"]
TABLES = ["committee table", "sorting table", "card table"]
SEATS = ["gaming chair", "folding chair", "school chair"]
RING_PLACES = {"tombola stall": "people", "soup kettle": "people", "well head": "people", "roman altar": "people",
               "feed hopper": "farm", "water tub": "farm"}
RING_PEOPLE = ["orienteer", "geocacher", "ghost hunter", "prefect", "teaching assistant", "parish councillor",
               "grey friar", "guest speaker", "second cousin", "goddaughter", "treasurer", "milkmaid"]
RING_FARM = ["tamworth pig", "herdwick", "swaledale ewe", "dexter cow", "welsh pony", "donkey foal"]
# Irregular plurals and multi-word nouns whose last word is irregular.
PLURALS = {"headless horseman": "headless horsemen", "coachman": "coachmen", "nightwatchman": "nightwatchmen",
           "chairwoman": "chairwomen", "barnacle goose": "barnacle geese", "chamois": "chamois", "jacob sheep": "jacob sheep",
           "shepherd's hut": "shepherd's huts", "lock-keeper's cottage": "lock-keeper's cottages",
           "brewer's dray": "brewer's drays", "leylandii": "leylandii", "palette knife": "palette knives",
           "hazel coppice": "hazel coppices", "chow chow": "chow chows", "great-grandad": "great-grandads",
           "chapel of rest": "chapels of rest", "hedgehog hoglet": "hedgehog hoglets", "herdwick": "herdwicks",
           "dexter cow": "dexter cows", "grey lady": "grey ladies"}
WORDS = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight", 9: "nine",
         10: "ten", 11: "eleven", 12: "twelve", 13: "thirteen", 14: "fourteen", 15: "fifteen", 16: "sixteen",
         17: "seventeen", 18: "eighteen", 19: "nineteen", 20: "twenty"}

THING_ADJECTIVES = ["mud-caked", "weathered", "battered", "dusty", "freshly painted", "grimy"]
UNDESCRIBED = set(TREES) | set(RING_PLACES)
CREATURE_ADJECTIVES = ["skittish", "scruffy", "drowsy", "inquisitive", "bedraggled", "stately"]
PEOPLE_ADJECTIVES = ["bespectacled", "flustered", "gangly", "soft-spoken", "weather-beaten", "bleary-eyed"]
TAILS = [" (barely used)", " (smoke-free home)", " (no time-wasters)", " (some wear)"]
TAIL_SHARE = 0.15
TAIL_OK = ("For sale, ",)
CODES = ["Sigma", "Omega", "Delta", "Zeta", "Theta", "Kappa"]


def quiet(text: str) -> bool:
    """The podcast transcript: all lower case, after a time code."""
    return text.startswith("[00:")


def plural(noun: str) -> str:
    if noun in PLURALS:
        return PLURALS[noun]
    head, _, last = noun.rpartition(" ")
    if last in PLURALS:
        word = PLURALS[last]
    elif last.endswith(("s", "x", "ch", "sh", "z")):
        word = last + "es"
    elif last.endswith("y") and last[-2] not in "aeiou":
        word = last[:-1] + "ies"
    else:
        word = last + "s"
    return f"{head} {word}".strip()


def article(phrase: str) -> str:
    first = phrase.split()[0].lower()
    if first.startswith(("uni", "use", "eu", "one", "ewe")):
        return "a"
    return "an" if first[0] in "aeiou" else "a"


def kind_of(noun: str) -> str:
    if noun in PEOPLE or noun in NAMES or noun in RING_PEOPLE:
        return "person"
    return "creature" if noun in CREATURES + RING_FARM else "thing"


def describe(noun: str, share: float) -> str:
    if rng.random() < share and noun not in UNDESCRIBED and noun not in NAMES:
        pool = {"person": PEOPLE_ADJECTIVES, "creature": CREATURE_ADJECTIVES}.get(kind_of(noun), THING_ADJECTIVES)
        return f"{rng.choice(pool)} {noun}"
    return noun


def an(noun: str, share: float = 0.2) -> str:
    """'a potsherd', 'an orienteer', sometimes 'a mud-caked potsherd'; names stay bare."""
    if noun in NAMES:
        return noun
    said = describe(noun, share)
    return f"{article(said)} {said}"


def the(noun: str, share: float = 0.12) -> str:
    return noun if noun in NAMES else f"the {describe(noun, share)}"


def it(noun: str) -> str:
    return "them" if noun in NAMES or kind_of(noun) == "person" else "it"


def its(noun: str) -> str:
    return "their" if it(noun) == "them" else "its"


def many(n: int, noun: str, digits: bool = False) -> str:
    return f"{n if digits else WORDS[n]} {plural(noun)}"


def pick(pool: list[str], avoid=()) -> str:
    return rng.choice([n for n in pool if n not in avoid])


def num() -> int:
    """A label's number (an agenda item, a drop, a platform): never a count."""
    return rng.randint(2, 60)


def cap(text: str) -> str:
    return text[0].upper() + text[1:]


# ------------------------------------------------------------- registers ---


def dig(body: str) -> str:
    return f"Trench {rng.randint(1, 12)}, context {rng.randint(100, 499)}: {body} Photographed and bagged."


def minutes(body: str) -> str:
    return f"Minutes, item {rng.randint(3, 19)}: {cap(body)} Agreed without objection."


def podcast(body: str) -> str:
    return f"[00:{rng.randint(10, 59)}:{rng.randint(10, 59)}] host: {body.lower()} [laughs] anyway, moving on."


def platform(body: str) -> str:
    return f"Platform {rng.randint(1, 14)} announcement: {cap(body)} Please mind the gap."


def traffic(body: str) -> str:
    clock = f"{rng.choice([6, 7, 8, 9])}.{rng.choice(['05', '15', '25', '35', '45', '55'])}"
    return f"Travel news at {clock}: {cap(body)} More on the hour."


def report(body: str) -> str:
    grade = rng.choice(["A", "A-", "B+", "B"])
    return f"Art report, term {rng.randint(1, 3)} (grade {grade}): {cap(body)} Keep it up!"


def forsale(body: str) -> str:
    price = rng.choice([5, 10, 15, 20, 40, 60])
    return f"For sale, ad {rng.randint(100, 999)}: {cap(body)} {price} pounds ono, collection only."


def spy(body: str) -> str:
    return f"Agent {rng.choice(CODES)}, drop {num()}: {cap(body)} Burn after reading."


def cache(body: str) -> str:
    return f"Found GC{rng.randint(1000, 9999)} today! {cap(body)} TFTC, happy caching."


def ghost(body: str) -> str:
    return f"Gather round. They say that {body} Sleep well, if you can."


def dress(text: str, tail: bool = True) -> str:
    """Capitalised (unless the lower-case podcast transcript); now and then a seller's aside in
    the small ad."""
    if tail and rng.random() < TAIL_SHARE and text.startswith(TAIL_OK):
        head, _, last = text.rpartition(" pounds ono")
        head, _, price = head.rpartition(" ")
        if head and head.endswith("."):
            text = head[:-1] + rng.choice(TAILS) + ". " + price + " pounds ono" + last
    if quiet(text):
        return text
    return text[0].upper() + text[1:]


def row(prompt: str, objects: dict, relations=(), facing=(), camera=None) -> dict:
    expect: dict = {"objects": {k.lower(): v for k, v in objects.items()}}
    if relations:
        expect["relations"] = [[x.lower() if i != 1 else x for i, x in enumerate(r)] for r in relations]
    if facing:
        expect["facing"] = [[n.lower(), w] for n, w in facing]
    if camera:
        expect["camera"] = camera
    return {"prompt": prompt, "expect": expect}


# ----------------------------------------------------- the existing prompts ---


def words(text: str) -> str:
    return " " + " ".join(re.findall(r"[a-z0-9']+", text.lower())) + " "


def other_files() -> list[Path]:
    """Every other part's prompt files, layout and scenes."""
    files = list(HERE.glob("*.jsonl")) + [f for f in (HERE / "scenes").glob("*.jsonl") if f.stem != ME]
    for folder in ("heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6", "heldout7", "heldout8",
                   "heldout9", "heldout10", "heldout11", "heldout12", "heldout13", "heldout14"):
        files += list((HERE / folder).glob("*.jsonl"))
    return files


def existing_prompts() -> list[str]:
    return [words(json.loads(line)["prompt"]) for path in other_files() for line in path.read_text().splitlines()
            if line.strip()]


def existing_nouns() -> set[str]:
    nouns = set()
    for path in other_files():
        for line in path.read_text().splitlines():
            if line.strip():
                for spec in json.loads(line)["expect"]["objects"]:
                    nouns |= set(spec.split("|"))
    return nouns


def runs(key: str) -> set[tuple[str, ...]]:
    """The prompt's runs of RUN words."""
    w = key.split()
    return {tuple(w[i:i + RUN]) for i in range(len(w) - RUN + 1)}


OLD = existing_prompts()
OLD_RUNS = set().union(*(runs(o) for o in OLD))
SEEN: set[str] = set()
SHARED: dict[str, int] = {}  # the template runs that had to be drawn again, to reword them
LAX = bool(__import__("os").environ.get("LAX"))  # while writing: draw anyway, list every shared run


def split_words(noun: str) -> set[str]:
    return set(re.split(r"[ -]", noun))


def fresh(make, tries: int = 600) -> dict:
    """Draws until the prompt is new: not drawn before, not equal to nor containing an old one,
    sharing no run of five words with one, and no two of its nouns share a word."""
    for _ in range(tries):
        made = make()
        key = words(made["prompt"])
        names = list(made["expect"]["objects"])
        overlap = any(split_words(a) & split_words(b) for i, a in enumerate(names) for b in names[i + 1:])
        shared = runs(key) & OLD_RUNS
        for r in shared:
            SHARED[" ".join(r)] = SHARED.get(" ".join(r), 0) + 1
        if LAX:
            shared = set()
        if key not in SEEN and not overlap and not shared and not any(old in key for old in OLD):
            SEEN.add(key)
            return made
    raise RuntimeError(f"could not draw a fresh prompt: {made['prompt']}")


# ---------------------------------------------------------------- relations ---
# Each phrasing returns the text for subject s and object o; the truth is [s, kind, o] whatever
# order the words put them in. Left and right are the viewer's throughout.

LEFT = [
    lambda s, o: dig(f"{an(s)} recorded left of {an(o)} as drawn on the section."),
    lambda s, o: minutes(f"the slide showed {an(s)} at its left-hand edge, {an(o)} at its right-hand edge."),
    lambda s, o: podcast(f"so in the thumbnail you've got {an(s)} left-hand side, {an(o)} right-hand side, yeah?"),
    lambda s, o: platform(f"passengers will see {an(s)} to their left and {an(o)} to their right, looking out "
                          f"from the platform edge."),
    lambda s, o: traffic(f"the traffic camera picture shows {an(s)} on its left, {an(o)} further right."),
    lambda s, o: report(f"her painting places {an(s)} on the left, with {an(o)} rightwards of {it(s)}."),
    lambda s, o: forsale(f"{an(s)}, pictured left of {an(o)} in the listing photo."),
    lambda s, o: spy(f"from my bench I have {an(s)} on my left and {an(o)} on my right."),
    lambda s, o: cache(f"coming up the path you'll have {an(s)} on your left, {an(o)} on your right."),
    lambda s, o: ghost(f"{an(s)} stands leftwards of {an(o)}, seen from the gate."),
    lambda s, o: minutes(f"it was noted that {an(s)} appears left of {an(o)} on the slide."),
]
RIGHT = [
    lambda s, o: dig(f"{an(s)} recorded right of {an(o)} as drawn on the section."),
    lambda s, o: minutes(f"the slide showed {an(o)} at its left-hand edge, {an(s)} at its right-hand edge."),
    lambda s, o: podcast(f"so in the thumbnail you've got {an(o)} left-hand side, {an(s)} right-hand side, yeah?"),
    lambda s, o: platform(f"passengers will see {an(o)} to their left and {an(s)} to their right, looking out "
                          f"from the platform edge."),
    lambda s, o: traffic(f"the traffic camera picture shows {an(s)} on its right, {an(o)} further left."),
    lambda s, o: report(f"her painting places {an(s)} on the right, with {an(o)} leftwards of {it(s)}."),
    lambda s, o: forsale(f"{an(s)}, pictured right of {an(o)} in the listing photo."),
    lambda s, o: spy(f"from my bench I have {an(o)} on my left and {an(s)} on my right."),
    lambda s, o: cache(f"coming up the path you'll have {an(o)} on your left, {an(s)} on your right."),
    lambda s, o: ghost(f"{an(s)} stands rightwards of {an(o)}, seen from the gate."),
    lambda s, o: minutes(f"it was noted that {an(s)} appears right of {an(o)} on the slide."),
]
ON = [
    lambda s, o: dig(f"{an(s)} found lying on top of {an(o)}, left in situ."),
    lambda s, o: minutes(f"{an(s)} had been abandoned on top of {the(o, 0)} again."),
    lambda s, o: podcast(f"there's {an(s)} just sat on top of {the(o, 0)}, love it."),
    lambda s, o: platform(f"{an(s)} is sitting unattended on top of {the(o, 0)}."),
    lambda s, o: traffic(f"reports of {an(s)} perched atop {an(o)}, so slow down."),
    lambda s, o: report(f"she painted {an(s)} resting upon {an(o)}, nicely observed."),
    lambda s, o: forsale(f"{an(s)} and the {o} it stands on, sold together.") if kind_of(s) == "thing"
    else forsale(f"the {o}, shown with {an(s)} perched on top (not for sale)."),
    lambda s, o: spy(f"{an(s)} placed on top of {the(o, 0)} as the signal."),
    lambda s, o: cache(f"the cache is hidden in {an(s)}, which sits on {the(o, 0)}.") if kind_of(s) == "thing"
    else cache(f"I found {an(s)} perched on {the(o, 0)} when I got there."),
    lambda s, o: ghost(f"{an(s)} appears every midnight on top of {the(o, 0)}."),
    lambda s, o: report(f"{an(o)} with {an(s)} sat upon it, well drawn."),
]
UNDER = [
    lambda s, o: dig(f"{an(s)} recorded beneath {an(o)}, left in situ."),
    lambda s, o: minutes(f"{an(s)} had been kept under {the(o, 0)}, it was noted."),
    lambda s, o: podcast(f"and under {the(o, 0)} there's {an(s)}, no idea why."),
    lambda s, o: platform(f"{an(s)} has been found under {the(o, 0)}; please leave {it(s)} alone."),
    lambda s, o: traffic(f"{an(s)} is stuck under {an(o)}, expect delays."),
    lambda s, o: report(f"she hid {an(s)} underneath {an(o)}, a witty touch."),
    lambda s, o: forsale(f"{an(o)}, with {an(s)} kept beneath it (not included)."),
    lambda s, o: spy(f"{an(s)} waiting under {the(o, 0)}, as agreed."),
    lambda s, o: cache(f"look under {the(o, 0)} and you'll spot {an(s)}."),
    lambda s, o: ghost(f"{an(s)} crouches beneath {the(o, 0)} when the clock strikes."),
    lambda s, o: minutes(f"{the(o, 0)} was found to have {an(s)} underneath it."),
]
FRONT = [
    lambda s, o: dig(f"{an(s)} recorded nearer us than {an(o)}, in front of {it(o)}."),
    lambda s, o: minutes(f"the slide showed {an(s)} in front of {an(o)}, closer to us."),
    lambda s, o: podcast(f"{an(s)} right up front and {an(o)} behind {it(s)}, in the thumbnail."),
    lambda s, o: platform(f"{an(s)} is waiting in front of {the(o, 0)}, nearest you."),
    lambda s, o: traffic(f"{an(s)} in the foreground of the camera picture, {an(o)} behind {it(s)}."),
    lambda s, o: report(f"she painted {an(s)} up close, standing before {an(o)}."),
    lambda s, o: forsale(f"{an(s)}, snapped in front of {an(o)}."),
    lambda s, o: spy(f"{an(s)} between me and {the(o, 0)}, closer to me."),
    lambda s, o: cache(f"you'll reach {an(s)} first, with {an(o)} behind {it(s)}."),
    lambda s, o: ghost(f"{an(s)} waits in front of {the(o, 0)}, closer to you than you'd like."),
    lambda s, o: minutes(f"{an(o)} towards the rear of the slide, {an(s)} in front of {it(o)}."),
]
BEHIND = [
    lambda s, o: dig(f"{an(s)} recorded further back, behind {an(o)}."),
    lambda s, o: minutes(f"the slide showed {an(s)} behind {an(o)}, further from us."),
    lambda s, o: podcast(f"{an(o)} up front and {an(s)} way behind {it(o)} in the thumbnail."),
    lambda s, o: platform(f"{an(s)} stands behind {the(o, 0)}, further from you."),
    lambda s, o: traffic(f"{an(o)} in the foreground of the camera picture, {an(s)} behind {it(o)}."),
    lambda s, o: report(f"she painted {an(s)} far back, beyond {an(o)}."),
    lambda s, o: forsale(f"{an(o)}, photographed with {an(s)} behind {it(o)} (not included)."),
    lambda s, o: spy(f"{an(s)} beyond {the(o, 0)}, further from me."),
    lambda s, o: cache(f"once past {an(o)} you'll see {an(s)} set further back, behind {it(o)}."),
    lambda s, o: ghost(f"{an(s)} looms behind {the(o, 0)}, further off in the dark."),
    lambda s, o: dig(f"{an(o)} nearest the section, {an(s)} set back behind {it(o)}."),
]
NEAR = [
    lambda s, o: dig(f"{an(s)} recorded close to {an(o)}."),
    lambda s, o: minutes(f"{an(s)} to be kept near {the(o, 0)}, it was agreed."),
    lambda s, o: podcast(f"{an(s)} right next to {the(o, 0)}, basically touching."),
    lambda s, o: platform(f"{an(s)} is waiting next to {the(o, 0)}."),
    lambda s, o: traffic(f"{an(s)} stopped close beside {an(o)}."),
    lambda s, o: report(f"she placed {an(s)} snugly beside {an(o)}."),
    lambda s, o: forsale(f"{an(s)}, shown right next to {an(o)} for scale."),
    lambda s, o: spy(f"{an(s)} within arm's reach of {the(o, 0)}."),
    lambda s, o: cache(f"{an(s)} a few steps from {an(o)}."),
    lambda s, o: ghost(f"{an(s)} keeps close by {the(o, 0)}."),
    lambda s, o: spy(f"{an(s)} never strays far from {the(o, 0)}."),
]
HIDDEN = [
    lambda s, o: dig(f"{an(s)} mostly obscured by {an(o)} in front of {it(s)}."),
    lambda s, o: minutes(f"{an(s)} could barely be seen behind {the(o, 0)} on the slide."),
    lambda s, o: podcast(f"{an(s)} hiding behind {the(o, 0)}, you barely catch a glimpse of {it(s)}."),
    lambda s, o: platform(f"{an(s)} is hidden from view behind {the(o, 0)}."),
    lambda s, o: traffic(f"{an(s)} largely masked by {an(o)} in front of {it(s)}."),
    lambda s, o: report(f"she tucked {an(s)} behind {an(o)}, just peeping out."),
    lambda s, o: forsale(f"{an(o)}, with {an(s)} hidden behind {it(o)} in the photo."),
    lambda s, o: spy(f"{an(s)} concealed behind {the(o, 0)}, only a sliver showing."),
    lambda s, o: cache(f"{an(s)} out of sight, tucked behind {an(o)}."),
    lambda s, o: ghost(f"{an(s)} lurks behind {the(o, 0)}, barely glimpsed."),
    lambda s, o: spy(f"{an(o)} screens {an(s)} standing behind {it(o)}."),
]


def pairwise(kind: str, phrasings, subjects, objects) -> list[dict]:
    rows = []
    for i in range(PER_KIND):
        template = phrasings[i % len(phrasings)]

        def make():
            s = pick(subjects)
            o = pick(objects, avoid={s})
            return row(dress(template(s, o)), {s: 1, o: 1}, [(s, kind, o)])

        rows.append(fresh(make))
    return rows


BETWEEN = [
    lambda s, x, y: dig(f"{an(s)} recorded between {an(x)} and {an(y)}."),
    lambda s, x, y: minutes(f"{an(s)} sits between {the(x, 0)} and {the(y, 0)} on the slide."),
    lambda s, x, y: podcast(f"{an(s)} smack between {the(x, 0)} and {the(y, 0)}."),
    lambda s, x, y: platform(f"{an(s)} is now between {the(x, 0)} and {the(y, 0)}."),
    lambda s, x, y: traffic(f"{an(s)} stuck between {an(x)} and {an(y)}."),
    lambda s, x, y: report(f"she set {an(s)} between {an(x)} and {an(y)}."),
    lambda s, x, y: forsale(f"{an(s)}, pictured between {an(x)} and {an(y)}."),
    lambda s, x, y: spy(f"{an(s)} between {the(x, 0)} and {the(y, 0)}, as planned."),
    lambda s, x, y: cache(f"{an(s)} halfway between {an(x)} and {an(y)}."),
    lambda s, x, y: ghost(f"{an(s)} wanders between {an(x)} and {an(y)}.")
    if kind_of(s) != "thing" else ghost(f"{an(s)} lies between {an(x)} and {an(y)}."),
]
BETWEEN_PAIR = [
    lambda s, x: minutes(f"{an(s)} with two {plural(x)} flanking {it(s)}."),
    lambda s, x: forsale(f"{an(s)}, pictured between a pair of {plural(x)}."),
    lambda s, x: spy(f"{an(s)}, bracketed by two {plural(x)}."),
    lambda s, x: ghost(f"{an(s)} waits between twin {plural(x)}."),
]


def between() -> list[dict]:
    rows = []
    for i in range(PER_KIND):
        if i % 4 == 3:
            template = BETWEEN_PAIR[(i // 4) % len(BETWEEN_PAIR)]

            def make():
                s = pick(SMALL + HIDEABLE + PEOPLE + NAMES)
                x = pick(LARGE + ZOO + PEOPLE, avoid={s})
                return row(dress(template(s, x)), {s: 1, x: 2}, [(s, "between", x, x)])
        else:
            template = BETWEEN[i % len(BETWEEN)]

            def make():
                s = pick(SMALL + HIDEABLE + PEOPLE + NAMES)
                x = pick(LARGE + PEOPLE, avoid={s})
                y = pick(LARGE + PEOPLE + ZOO, avoid={s, x})
                return row(dress(template(s, x, y)), {s: 1, x: 1, y: 1}, [(s, "between", x, y)])

        rows.append(fresh(make))
    return rows


AROUND = [
    lambda n, r, c: dig(f"{many(n, r)} recorded ringing {the(c, 0)}."),
    lambda n, r, c: minutes(f"{many(n, r)} to be placed around {the(c, 0)}, it was agreed."),
    lambda n, r, c: podcast(f"{many(n, r)} all round {the(c, 0)} in a circle."),
    lambda n, r, c: platform(f"{many(n, r, True)} are gathered around {the(c, 0)}."),
    lambda n, r, c: traffic(f"{many(n, r)} circling {the(c, 0)}, avoid the area."),
    lambda n, r, c: report(f"she painted {many(n, r)} around {the(c, 0)}."),
    lambda n, r, c: forsale(f"{the(c, 0)} with {many(n, r, True)} set round it."),
    lambda n, r, c: spy(f"{many(n, r)} posted round {the(c, 0)} in a ring."),
    lambda n, r, c: cache(f"{many(n, r)} standing round {the(c, 0)}."),
    lambda n, r, c: ghost(f"{many(n, r)} form a silent ring about {the(c, 0)}."),
]


def around() -> list[dict]:
    rows = []
    for i in range(PER_KIND):
        template = AROUND[i % len(AROUND)]

        def make():
            n = rng.choice([3, 4, 5, 6, 7, 8])
            if rng.random() < 0.3:
                c = rng.choice(TABLES)
                r = rng.choice(SEATS + RING_PEOPLE)
            else:
                c = rng.choice(list(RING_PLACES))
                group = RING_PLACES[c]
                r = rng.choice({"people": RING_PEOPLE, "farm": RING_FARM}[group])
            return row(dress(template(n, r, c)), {r: n, c: 1}, [(r, "around", c)])

        rows.append(fresh(make))
    return rows


def relations() -> list[dict]:
    movable = SMALL + CREATURES + PEOPLE + NAMES
    anything = movable + LARGE
    rows = []
    rows += pairwise("left_of", LEFT, anything, anything)
    rows += pairwise("right_of", RIGHT, anything, anything)
    rows += pairwise("on_top_of", ON, TABLETOP + PERCHERS, SUPPORTS)
    rows += pairwise("under", UNDER, UNDER_SUBJECTS, COVERS)
    rows += pairwise("in_front_of", FRONT, movable, LARGE)
    rows += pairwise("behind", BEHIND, LARGE + BIG_ANIMALS, SMALL + PETS + PEOPLE + NAMES)
    rows += pairwise("near", NEAR, movable, LARGE + SUPPORTS + CREATURES + PEOPLE)
    rows += pairwise("hidden_by", HIDDEN, HIDEABLE + PEOPLE + NAMES, BULKY)
    rows += between()
    rows += around()
    return rows


# -------------------------------------------------------------- composition ---


def alone(a: str) -> str:
    return f"on {its(a)} own"


REGIONS = {
    "centre": [lambda a: dig(f"only {an(a)} recorded, dead in the middle as drawn on the section."),
               lambda a: minutes(f"the slide showed {an(a)} {alone(a)}, in the very centre."),
               lambda a: podcast(f"the thumbnail is just {an(a)}, right in the middle."),
               lambda a: platform(f"{an(a)} {alone(a)}, directly ahead in the centre, seen from the platform edge."),
               lambda a: traffic(f"the camera shows only {an(a)}, dead centre in its picture."),
               lambda a: report(f"her painting has {an(a)} {alone(a)}, right in its centre."),
               lambda a: forsale(f"{an(a)}, {alone(a)}, centred in the listing photo."),
               lambda a: spy(f"nothing but {an(a)}, squarely mid-view from my bench."),
               lambda a: cache(f"just {an(a)}, straight ahead in the middle coming up the path."),
               lambda a: ghost(f"{an(a)} stands {alone(a)} in the very middle, seen from the gate.")],
    "image_left": [lambda a: dig(f"only {an(a)} recorded, at the far left as drawn on the section."),
                   lambda a: minutes(f"the slide showed {an(a)} {alone(a)}, over at its left edge."),
                   lambda a: podcast(f"the thumbnail is just {an(a)}, hugging the left edge."),
                   lambda a: platform(f"{an(a)} {alone(a)}, far over on your left, seen from the platform edge."),
                   lambda a: traffic(f"the camera shows only {an(a)}, hard left in its picture."),
                   lambda a: report(f"her painting has {an(a)} {alone(a)}, squeezed against the left-hand edge."),
                   lambda a: forsale(f"{an(a)} {alone(a)}, pushed leftwards in the listing photo."),
                   lambda a: spy(f"nothing but {an(a)}, leftmost in my view from the bench."),
                   lambda a: cache(f"just {an(a)}, away on your left coming up the path."),
                   lambda a: ghost(f"{an(a)} stands {alone(a)}, far over to the left, seen from the gate.")],
    "image_right": [lambda a: dig(f"only {an(a)} recorded, at the far right as drawn on the section."),
                    lambda a: minutes(f"the slide showed {an(a)} {alone(a)}, over at its right edge."),
                    lambda a: podcast(f"the thumbnail is just {an(a)}, hugging the right edge."),
                    lambda a: platform(f"{an(a)} {alone(a)}, far over on your right, seen from the platform edge."),
                    lambda a: traffic(f"the camera shows only {an(a)}, hard right in its picture."),
                    lambda a: report(f"her painting has {an(a)} {alone(a)}, squeezed against the right-hand "
                                     f"edge."),
                    lambda a: forsale(f"{an(a)} {alone(a)}, pushed rightwards in the listing photo."),
                    lambda a: spy(f"nothing but {an(a)}, rightmost in my view from the bench."),
                    lambda a: cache(f"just {an(a)}, away on your right coming up the path."),
                    lambda a: ghost(f"{an(a)} stands {alone(a)}, far over to the right, seen from the gate.")],
}


def composition() -> list[dict]:
    things = SMALL + CREATURES + PEOPLE + LARGE + NAMES
    rows = []
    for kind, phrasings in REGIONS.items():
        for i in range(PER_KIND):
            template = phrasings[i % len(phrasings)]

            def make():
                a = pick(things)
                return row(dress(template(a)), {a: 1}, [(a, kind)])

            rows.append(fresh(make))
    return rows


# ------------------------------------------------------------------- counts ---

COUNTABLE = ["potsherd", "loom weight", "spindle whorl", "bronze brooch", "burial urn", "finds bag", "petri dish",
             "glue stick", "crayon box", "clay pot", "matchbox", "fedora", "clipboard", "sample tub", "codebook",
             "microfilm canister", "mail sack", "gaming chair", "studio monitor", "ring light", "racing pigeon",
             "call duck", "runner duck", "muscovy duck", "black kitten", "corgi puppy", "great crested newt",
             "grey squirrel", "orienteer", "geocacher", "prefect", "milkmaid", "ghost hunter", "grey friar",
             "motorcyclist", "post bus", "routemaster", "breakdown van", "almshouse", "wych elm", "gas lamp",
             "headstone"]
IRREGULAR = ["headless horseman", "coachman", "barnacle goose", "jacob sheep", "nightwatchman", "chairwoman",
             "grey lady", "palette knife", "shepherd's hut", "hedgehog hoglet", "leylandii", "chow chow",
             "herdwick"]
IRREGULAR_SMALL = [x for x in IRREGULAR if x not in ("shepherd's hut", "leylandii") and kind_of(x) != "person"]
COUNT_ONE = [lambda x: forsale(f"one {x}, just the one."),
             lambda x: spy(f"a single {x}, nothing besides."),
             lambda x: podcast(f"there's literally one {x}, that's all."),
             lambda x: ghost(f"there is one lone {x}, and never any more.")]
COUNT_MANY = [
    lambda n, x: dig(f"{many(n, x)} recorded in this context."),
    lambda n, x: minutes(f"a total of {many(n, x)} were reported."),
    lambda n, x: podcast(f"we counted {many(n, x)}, i kid you not."),
    lambda n, x: platform(f"there are {many(n, x)} on this platform today."),
    lambda n, x: traffic(f"{many(n, x)} reported on the carriageway."),
    lambda n, x: report(f"she painted {many(n, x)}, carefully counted."),
    lambda n, x: forsale(f"{many(n, x, True)}, sold as a job lot."),
    lambda n, x: spy(f"{many(n, x)} observed, exactly."),
    lambda n, x: cache(f"{many(n, x)} spotted on the way up."),
    lambda n, x: ghost(f"{many(n, x)} appear, and never one more."),
]
LONE = "kissing gate"
MIXED = [lambda n, x, m, y: (dig(f"{many(n, x)} and {many(m, y)} recorded, nothing more."), {x: n, y: m}),
         lambda n, x, m, y: (cache(f"{n} {plural(x)}, {m} {plural(y)} and 1 {LONE} on the way."),
                             {x: n, y: m, LONE: 1}),
         lambda n, x, m, y: (spy(f"{many(n, x)}; {many(m, y)}; nothing else."), {x: n, y: m}),
         lambda n, x, m, y: (traffic(f"{many(n, x)} and {many(m, y)} reported on the road."), {x: n, y: m})]


# The minutes, the art report and the small ad count only what fits in a room or a picture.
SMALL_ONLY = (1, 5, 6)
COUNT_SMALL = [x for x in COUNTABLE if x not in ("post bus", "routemaster", "breakdown van", "almshouse", "wych elm",
                                                 "gas lamp", "headstone") and kind_of(x) != "person"]


def counts() -> list[dict]:
    rows = []
    for i in range(36):
        template = COUNT_MANY[i % len(COUNT_MANY)]

        def make():
            pool = COUNT_SMALL if i % len(COUNT_MANY) in SMALL_ONLY else COUNTABLE
            small = i % len(COUNT_MANY) in SMALL_ONLY
            x = rng.choice((IRREGULAR_SMALL if small else IRREGULAR) if i % 3 == 0 else pool)
            n = rng.choice([2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 14, 15])
            return row(dress(template(n, x), tail=False), {x: n})

        rows.append(fresh(make))
    for i in range(8):
        template = COUNT_ONE[i % len(COUNT_ONE)]

        def make():
            x = rng.choice((COUNT_SMALL if i % 4 == 0 else COUNTABLE) + IRREGULAR[:8])
            return row(dress(template(x), tail=False), {x: 1})

        rows.append(fresh(make))
    for i in range(16):
        template = MIXED[i % len(MIXED)]

        def make():
            x, y = rng.sample((COUNT_SMALL if i % 4 in (0, 3) else COUNTABLE) + IRREGULAR, 2)
            n, m = rng.choice([2, 3, 4, 5, 6]), rng.choice([2, 3, 4, 5])
            text, objects = template(n, x, m, y)
            return row(dress(text, tail=False), objects)

        rows.append(fresh(make))
    return rows


# ------------------------------------------------------------------- facing ---

FACE_ANIMALS = ["hereford bull", "clydesdale", "suffolk punch", "welsh pony", "dartmoor pony", "belted galloway",
                "dexter cow", "longhorn", "chamois", "sloth bear", "old english sheepdog", "deerhound",
                "bedlington terrier", "chow chow", "newfoundland", "lhasa apso", "red fox cub", "gelada"]
FACE_VEHICLES = ["embassy car", "gritting lorry", "breakdown van", "removal lorry", "post bus", "routemaster",
                 "charabanc", "recumbent bike", "grain lorry", "livestock lorry", "low loader", "funeral carriage"]
FACE_PEOPLE = ["site director", "finds officer", "head teacher", "art teacher", "motorcyclist", "traffic officer",
               "cycle courier", "diplomat", "double agent", "bodyguard", "orienteer", "geocacher", "sexton", "verger",
               "highwayman", "coachman", "milkmaid", "ghost hunter", "announcer", "chairwoman", "stepfather"]


def moves(k: str, person: str, vehicle: str) -> str:
    return vehicle if k == "vehicle" else person


FACING = {
    "camera": [lambda a, k: dig(f"{an(a)} photographed " + moves(k, "facing the camera head-on.",
                                                                   "front end to the camera.")),
               lambda a, k: podcast(f"in the thumbnail {the(a, 0)} is " + moves(k, "looking straight at you.",
                                                                                 "pointing straight at you.")),
               lambda a, k: platform(f"{an(a)} is " + moves(k, "facing you from across the tracks.",
                                                            "pointing towards you from across the tracks.")),
               lambda a, k: traffic(f"{an(a)} coming straight towards the traffic camera."),
               lambda a, k: report(f"she painted {an(a)} " + moves(k, "gazing straight out at the viewer.",
                                                                   "headed straight out at the viewer.")),
               lambda a, k: spy(f"{an(a)} " + moves(k, "turned to face me directly.", "with its front pointed at me.")),
               lambda a, k: ghost(f"{an(a)} " + moves(k, "turns slowly to face you.", "rolls slowly towards you."))],
    "away": [lambda a, k: dig(f"{an(a)} photographed from the rear, turned away from the lens."),
             lambda a, k: podcast(f"in the thumbnail {the(a, 0)} " + moves(k, "is wandering off, away from you.",
                                                                           "is pointing away from you.")),
             lambda a, k: platform(f"{an(a)} is facing away from you, towards the far side."),
             lambda a, k: traffic(f"{an(a)} heading away from the traffic camera."),
             lambda a, k: report(f"she painted {an(a)} from behind, facing into the picture."),
             lambda a, k: spy(f"{an(a)} " + moves(k, f"stands with {its(a)} back turned on me.", "with its rear end towards me.")),
             lambda a, k: ghost(f"{an(a)} turns away from you and will not look back.")],
    "left": [lambda a, k: dig(f"{an(a)} photographed broadside, turned leftwards as drawn on the section."),
             lambda a, k: podcast(f"in the thumbnail {the(a, 0)} is side-on, pointed to the left."),
             lambda a, k: platform(f"{an(a)}, in profile, faces leftwards from the platform edge."),
             lambda a, k: traffic(f"{an(a)} travelling leftwards across the camera picture."),
             lambda a, k: report(f"she painted {an(a)} in profile, turned to the left of her picture."),
             lambda a, k: spy(f"{an(a)}, seen side-on, heading to my left."),
             lambda a, k: ghost(f"{an(a)} passes side-on, facing to your left.")],
    "right": [lambda a, k: dig(f"{an(a)} photographed broadside, turned rightwards as drawn on the section."),
              lambda a, k: podcast(f"in the thumbnail {the(a, 0)} is side-on, pointed to the right."),
              lambda a, k: platform(f"{an(a)}, in profile, faces rightwards from the platform edge."),
              lambda a, k: traffic(f"{an(a)} travelling rightwards across the camera picture."),
              lambda a, k: report(f"she painted {an(a)} in profile, turned to the right of her picture."),
              lambda a, k: spy(f"{an(a)}, seen side-on, heading to my right."),
              lambda a, k: ghost(f"{an(a)} passes side-on, facing to your right.")],
}
MANY_FACING = {"camera": lambda n, a, k: dig(f"{many(n, a)}, every one facing the camera."),
               "away": lambda n, a, k: ghost(f"{many(n, a)} stand about, all turned away from you."),
               "left": lambda n, a, k: platform(f"{many(n, a, True)}, all facing leftwards from the platform edge."),
               "right": lambda n, a, k: spy(f"{many(n, a)}, each one facing my right.")}


def facing() -> list[dict]:
    rows = []
    ways = ["camera", "away", "left", "right"]
    for i in range(PER_KIND + 4):
        way = ways[i % 4]
        template = FACING[way][(i // 4) % len(FACING[way])]

        def make():
            kind = rng.choice(["animal", "animal", "vehicle", "person"])
            a = rng.choice({"animal": FACE_ANIMALS, "vehicle": FACE_VEHICLES, "person": FACE_PEOPLE}[kind])
            if i % 6 == 5:  # several: every one faces that way
                n = rng.choice([2, 3, 4])
                return row(dress(MANY_FACING[way](n, a, kind), tail=False), {a: n}, facing=[(a, way)])
            return row(dress(template(a, kind)), {a: 1}, facing=[(a, way)])

        rows.append(fresh(make))
    return rows


# ------------------------------------------------------------------- camera ---
# Left and right views are the scene's: the camera stands on the viewer's left (right) of the
# scene as it is usually shown, never "its left side" of a thing with a front of its own.
VIEWS = {
    "top": [lambda a, b: dig(f"{an(a)} and {an(b)}, photographed from a tower directly overhead, looking straight "
                             f"down."),
            lambda a, b: podcast(f"the thumbnail looks vertically down from above on {the(a, 0)} and {the(b, 0)}."),
            lambda a, b: traffic(f"from the air, directly above, we peer straight down at {an(a)} and {an(b)}."),
            lambda a, b: report(f"she painted {an(a)} and {an(b)} as if from the ceiling, looking straight down."),
            lambda a, b: forsale(f"{an(a)} and {an(b)}, photographed from directly above."),
            lambda a, b: spy(f"{an(a)} and {an(b)}, observed from a rooftop directly above, looking down."),
            lambda a, b: cache(f"drone pic looking straight down on {the(a, 0)} and {the(b, 0)}."),
            lambda a, b: ghost(f"from high above, you look straight down upon {an(a)} and {an(b)}.")],
    "front": [lambda a, b: dig(f"{an(a)} and {an(b)}, photographed straight on, with the lens level with them."),
              lambda a, b: podcast(f"{the(a, 0)} and {the(b, 0)} shot front-on at eye level in the thumbnail."),
              lambda a, b: traffic(f"{an(a)} and {an(b)}, seen head-on by a camera at their height."),
              lambda a, b: report(f"she painted {an(a)} and {an(b)} head-on, level with her eye."),
              lambda a, b: forsale(f"{an(a)} and {an(b)}, photographed head-on at eye height."),
              lambda a, b: spy(f"{an(a)} and {an(b)} watched from straight in front, level with them."),
              lambda a, b: cache(f"pic of {the(a, 0)} and {the(b, 0)}, straight-on, level with my eyes."),
              lambda a, b: ghost(f"you meet {an(a)} and {an(b)} face to face, at eye level.")],
    "back": [lambda a, b: dig(f"{an(a)} and {an(b)}, photographed from behind them."),
             lambda a, b: podcast(f"the thumbnail only shows the backs of {the(a, 0)} and {the(b, 0)}."),
             lambda a, b: traffic(f"{an(a)} and {an(b)}, seen from behind by the traffic camera."),
             lambda a, b: report(f"she painted {an(a)} and {an(b)} from the back."),
             lambda a, b: forsale(f"{an(a)} and {an(b)}, photographed from behind (sorry)."),
             lambda a, b: spy(f"{an(a)} and {an(b)}, tailed from the rear, their backs to me."),
             lambda a, b: cache(f"pic of {the(a, 0)} and {the(b, 0)} from the back, soz."),
             lambda a, b: ghost(f"you see {an(a)} and {an(b)} only from behind.")],
    "left": [lambda a, b: dig(f"{an(a)} and {an(b)}, photographed from the trench's left end, sighting along it."),
             lambda a, b: podcast(f"the thumbnail's shot from way round on the left, looking sideways at {the(a, 0)} "
                                  f"and {the(b, 0)}."),
             lambda a, b: traffic(f"{an(a)} and {an(b)}, seen by a side camera placed off to the left."),
             lambda a, b: report(f"she painted {an(a)} and {an(b)} as viewed from a spot off to the scene's left, looking across."),
             lambda a, b: forsale(f"{an(a)} and {an(b)}, snapped from a spot out left of them."),
             lambda a, b: spy(f"{an(a)} and {an(b)}, watched from a post out beyond the scene's left end."),
             lambda a, b: cache(f"pic of {the(a, 0)} and {the(b, 0)}, taken standing well out to the left, looking along the line."),
             lambda a, b: ghost(f"you watch {an(a)} and {an(b)} from away out to the left, looking sideways.")],
    "right": [lambda a, b: dig(f"{an(a)} and {an(b)}, photographed from the trench's right end, sighting along it."),
              lambda a, b: podcast(f"the thumbnail's shot from way round on the right, looking sideways at "
                                   f"{the(a, 0)} and {the(b, 0)}."),
              lambda a, b: traffic(f"{an(a)} and {an(b)}, seen by a side camera placed off to the right."),
              lambda a, b: report(f"she painted {an(a)} and {an(b)} as viewed from a spot off to the scene's right, looking across."),
              lambda a, b: forsale(f"{an(a)} and {an(b)}, snapped from a spot out right of them."),
              lambda a, b: spy(f"{an(a)} and {an(b)}, watched from a post out beyond the scene's right end."),
              lambda a, b: cache(f"pic of {the(a, 0)} and {the(b, 0)}, taken standing well out to the right, looking along the line."),
              lambda a, b: ghost(f"you watch {an(a)} and {an(b)} from away out to the right, looking sideways.")],
    "close-up": [lambda a, b: dig(f"{an(a)} in close-up, filling the photograph."),
                 lambda a, b: podcast(f"the thumbnail's a super close crop of {the(a, 0)}, fills the whole thing."),
                 lambda a, b: traffic(f"the camera has zoomed tight onto {an(a)}, which fills the screen."),
                 lambda a, b: report(f"she painted {an(a)} so close up that {it(a)} fills the page."),
                 lambda a, b: forsale(f"close-up of {an(a)}, filling the frame."),
                 lambda a, b: spy(f"long lens close on {an(a)}, nothing else in view."),
                 lambda a, b: cache(f"macro shot of {the(a, 0)}, fills the whole pic."),
                 lambda a, b: ghost(f"{an(a)} looms so near {it(a)} fills everything you can see.")],
    "wide": [lambda a, b: dig(f"a wide view over the whole site, {an(a)} and {an(b)} tiny in the distance."),
             lambda a, b: podcast(f"the thumbnail's this huge wide landscape with {the(a, 0)} and {the(b, 0)} tiny "
                                  f"way off."),
             lambda a, b: traffic(f"a wide view of the whole valley road, {an(a)} and {an(b)} small and distant."),
             lambda a, b: report(f"she painted a vast countryside, with {an(a)} and {an(b)} tiny and far off."),
             lambda a, b: forsale(f"{an(a)} and {an(b)}, snapped from miles away across open fields."),
             lambda a, b: spy(f"from the far hillside, {an(a)} and {an(b)} are mere specks in the distance."),
             lambda a, b: cache(f"panorama from the summit, {the(a, 0)} and {the(b, 0)} tiny far below."),
             lambda a, b: ghost(f"across the wide empty moor, far away, stand {an(a)} and {an(b)}.")],
}


def camera() -> list[dict]:
    things = SMALL + CREATURES + PEOPLE + LARGE
    fronted = CREATURES + PEOPLE + FACE_VEHICLES  # things with a front and a back
    rows = []
    for view, phrasings in VIEWS.items():
        for i in range(8):
            template = phrasings[i % len(phrasings)]

            def make():
                pool = things
                if view == "close-up":
                    pool = TABLETOP + PETS
                elif view in ("front", "back"):
                    pool = fronted
                elif view == "wide":
                    pool = LARGE + BIG_ANIMALS  # things that still show when small and far away
                a = pick(pool)
                b = pick(pool, avoid={a})
                text = template(a, b)
                objects = {a: 1, b: 1} if re.search(rf"\b{re.escape(b)}\b", text, re.IGNORECASE) else {a: 1}
                return row(dress(text, tail=False), objects, camera=view)

            rows.append(fresh(make))
    return rows


def main() -> None:
    sets = {"relations": relations(), "composition": composition(), "counts": counts(), "facing": facing(),
            "camera": camera()}
    OUT.mkdir(exist_ok=True)
    for name, rows in sets.items():
        (OUT / f"{name}.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows))
    known = existing_nouns()
    for name, rows in sets.items():
        new = sum(any(n not in known for n in r["expect"]["objects"]) for r in rows)
        print(f"{name}: {len(rows)} prompts ({new} with a noun no other set uses)")
    nouns = {n for rows in sets.values() for r in rows for n in r["expect"]["objects"]}
    print(f"{len(nouns - known)} of the {len(nouns)} nouns used appear in no other set")
    if SHARED:
        print("runs shared with other parts (drawn again):", sorted(SHARED.items(), key=lambda kv: -kv[1])[:200 if LAX else 12])


if __name__ == "__main__":
    main()
