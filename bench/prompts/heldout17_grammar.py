"""Writes the SEVENTEENTH held-out layout prompts (bench/prompts/heldout17/*.jsonl) from a grammar.

    .venv/bin/python bench/prompts/heldout17_grammar.py

Why a seventeenth held-out set: the sixteenth one (bench/prompts/heldout16/) is to be run once
fresh and then read while building, so its figure will measure some fit too. This set was
written without reading the implementation, its tests or its documentation (only the bench's
scorers, bench/layout.py, bench/scenes.py and bench/layout_selfcheck.py, the README's bench
section, and the existing prompt sets and grammars in bench/prompts, so as to differ from
them). Run it once, with ``--failures 0``:

- registers: every kind is said in voices none of the other sets imitates: a film continuity
  supervisor's note, in American spelling ("Continuity, sc. 42 tk 3: ... Match it on the
  pickup."), a village-show photography judge's comment card ("Photography class 14, entry 6:
  ... Highly commended."), a school-trip risk assessment, often in the passive ("Trip risk
  assessment, hazard 5: ... Risk: low. Proceed."), a surveyor's field note with fronted
  phrases ("Survey sheet 7, station B: ... Levels to follow."), a night security guard's patrol
  log ("Patrol log, round 3, 02:40: ... All secure."), a children's TV presenter, with
  questions ("Hello, everybody, and welcome back! Can you spot ...? Bye for now!"), a guided
  meditation script in the imperative ("Close your eyes and breathe in slowly. Picture ... Now
  gently open your eyes."), a stage magician's patter ("Watch closely now! ... And... ta-da!"),
  a zoo keeper's hurried feeding-round note in lower case ("feeding round 2.30, paddock 4 - ...
  gates double-locked") and a house-sitter's message to the owners ("Hi both, day 4 of
  house-sitting! ... Plants watered, see you Sunday x"). Numbers are said as words and as
  digits, and labels carry numbers that are not counts (scenes, takes, classes, entries,
  hazards, survey sheets, rounds, clock times, paddocks, days). Left and right are always the
  viewer's ("camera left", "in the print", "seen from the assembly point", "looking from the
  station", "on the monitor", "on your screen", "in your mind's eye", "from where you're
  sitting", "from the viewing window", "in the pic I've sent");
- vocabulary: film sets and their crews, a village show's produce and judges, school trips,
  surveyors' kit, night security, a children's TV studio, meditation rooms, a magician's props,
  zoo paddocks and keepers, a house being sat; coaches, location trucks and vans; show tents,
  zoo houses, huts and kiosks; garden shrubs and unusual trees; zoo animals and small pets;
  people by trade and relatives, and old-fashioned first names; most of the nouns no other
  prompt set uses (counted and printed when run), a few familiar ones; nothing obscure;
- physically plausible: small things go on and under furniture with room under it, big things
  stand behind small ones (never the other way round), only vans, trucks, coaches, huts,
  booths, kiosks, hedges, bushes and big-leaved plants hide an animal or a person, things far
  off in a wide shot are big, seats go round tables only, zoo animals round a hay ring, a lick bucket or a feeding station
  and people round a buddha statue, a statue plinth or a prize table;
- no prompt equals or contains (as a whole-word sequence) a prompt of any other part, layout or
  scene, shares a run of five words with one, and no two nouns of one prompt share a word: drawn
  again until so (the script checks).

Nothing outside bench/prompts may import this file, name it, or quote its prompts; nobody should
tune the parser on them. The truth is written with each prompt by the grammar (the meaning of
the words, chosen by hand), never read from the implementation. Deterministic (seed 38461).
Same JSON as the other sets: {"prompt": ..., "expect": {"objects": {...}, "relations": [...],
"facing": [...], "camera": ...}}; object names are the nouns as written, singular.
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "heldout17"
ME = "heldout17"
rng = random.Random(38461)
PER_KIND = 44  # prompts per relation kind, per composition region; facing has 48
RUN = 5  # no run of this many words may be shared with another part's prompt

# ------------------------------------------------------------- vocabulary ---
TABLETOP = ["clapperboard", "script binder", "prize marrow", "show onion", "victoria sponge", "first-aid kit",
            "head torch", "packed lunch", "clinometer", "key safe", "singing bowl", "incense holder", "magic wand",
            "banana bunch", "makeup case", "film can", "prize leek", "dahlia vase", "field book", "laser level",
            "cctv monitor", "glove puppet", "craft box", "glitter pot", "dove cage", "letter rack", "gazing ball",
            "rosette", "lemon drizzle cake", "chutney jar", "sandwich box", "handheld radio", "gooseberry punnet",
            "visitor book", "mealworm tub", "seed packet", "teapot"]
FLOOR_THINGS = ["camera dolly", "light stand", "survey tripod", "measuring wheel", "meditation cushion", "boot tray",
                "giant pumpkin", "sword basket", "vanishing cabinet", "onion crate", "fish bucket", "mop bucket"]
SMALL = TABLETOP + FLOOR_THINGS
PERCHERS = ["barn owl chick", "pekin bantam", "house rabbit", "bush baby", "lorikeet", "fennec fox", "rock hyrax",
            "cockatiel", "slow loris"]
SUPPORTS = ["show bench", "judging table", "props table", "catering table", "flight case", "blanket chest",
            "vaulting box", "registration table", "prize table", "hall table"]
COVERS = ["show bench", "judging table", "props table", "catering table", "registration table", "prize table",
          "scorer's table"]
UNDER_SUBJECTS = ["house rabbit", "pekin bantam", "fennec fox", "rock hyrax", "mara", "warthog piglet",
                  "onion crate", "first-aid kit", "packed lunch", "sandwich box", "boot tray", "fish bucket", "craft box",
                  "meditation cushion", "key safe", "makeup case", "film can", "mealworm tub"]
PETS = ["house rabbit", "pekin bantam", "barn owl chick", "bush baby", "slow loris", "fennec fox", "rock hyrax",
        "mara", "warthog piglet", "alpaca cria", "humboldt penguin", "otter pup", "sea lion pup", "lorikeet",
        "fruit bat", "corn snake", "cockatiel", "guinea pig"]
ZOO = ["zebra foal", "giraffe calf", "camel calf", "bison calf", "reindeer calf", "reticulated giraffe", "white rhino",
       "african elephant", "plains zebra", "grevy's zebra", "lowland tapir", "malayan tapir", "giant anteater",
       "red kangaroo", "black rhino", "asian elephant", "llama"]
CREATURES = PETS + ZOO
BIG_ANIMALS = ["reticulated giraffe", "white rhino", "african elephant", "black rhino", "asian elephant",
               "plains zebra", "grevy's zebra", "malayan tapir"]
HIDEABLE = [c for c in CREATURES if c not in BIG_ANIMALS]
JOBS = ["camera operator", "boom operator", "gaffer", "script supervisor", "clapper loader", "stunt double",
        "film extra", "costume designer", "makeup artist", "show judge", "exhibitor", "jam maker", "flower arranger",
        "trip leader", "coach driver", "chainman", "site engineer", "dog handler", "presenter", "floor manager",
        "house-sitter", "meter reader", "key grip", "focus puller", "location manager", "clerk of works",
        "vegetable grower", "show secretary", "parent helper", "car park attendant", "office cleaner", "studio guest",
        "mindfulness coach", "magician's assistant", "reptile keeper", "penguin keeper", "first aider",
        "night manager", "door supervisor", "conjuror", "illusionist", "animal handler", "zen monk", "chaperone"]
FAMILY = ["younger brother", "baby cousin", "youngest daughter", "older stepbrother", "step-grandad", "twin brother"]
PEOPLE = JOBS + FAMILY
NAMES = ["Wendell", "Oswald", "Reginald", "Fabian", "Hester", "Rupert", "Delphine", "Evadne", "Peregrine", "Cuthbert"]
VEHICLES = ["tour coach", "school coach", "camera car", "catering truck", "honeywagon", "film trailer",
            "generator truck", "site van", "security van", "tractor unit", "outside broadcast van", "tipper lorry",
            "snack van", "zoo train", "safari jeep", "survey van", "panda car", "horse ambulance"]
BUILDINGS = ["show tent", "sound stage", "guard hut", "security booth", "reptile house", "giraffe house",
             "elephant house", "conservatory", "props store", "turnstile block", "car park kiosk", "meditation hut",
             "prayer hall", "keeper's lodge", "nocturnal house", "butterfly house", "sports pavilion",
             "science block", "survey hut", "bike shelter", "bin store", "gate lodge"]
TREES = ["tree fern", "hornbeam hedge", "hollyhock", "foxglove clump", "rosemary bush", "strawberry tree",
         "judas tree", "handkerchief tree", "banana plant", "yucca", "cordyline", "phormium", "gunnera",
         "bottlebrush", "cedar of lebanon", "dawn redwood", "persimmon tree", "loquat tree", "almond tree",
         "apricot tree"]
LARGE = VEHICLES + BUILDINGS + TREES
BULKY = ["honeywagon", "catering truck", "generator truck", "film trailer", "tour coach", "school coach", "site van",
         "security van", "snack van", "survey van", "guard hut", "security booth", "car park kiosk", "meditation hut",
         "survey hut", "hornbeam hedge", "rosemary bush", "gunnera", "phormium"]
TABLES = ["judging table", "registration table", "scorer's table"]
SEATS = ["canvas chair", "camp stool", "director's chair"]
RING_PLACES = {"buddha statue": "people", "statue plinth": "people", "prize table": "people",
               "hay ring": "zoo", "lick bucket": "zoo", "feeding station": "zoo"}
RING_PEOPLE = ["film extra", "exhibitor", "jam maker", "parent helper", "studio guest", "zen monk", "chaperone",
               "vegetable grower", "flower arranger", "show judge", "younger brother", "first aider"]
RING_ZOO = ["alpaca cria", "zebra foal", "camel calf", "bison calf", "reindeer calf", "llama"]
# Irregular plurals and multi-word nouns whose last word is irregular.
PLURALS = {"chainman": "chainmen", "clerk of works": "clerks of works", "cedar of lebanon": "cedars of lebanon",
           "reindeer calf": "reindeer calves", "zebra foal": "zebra foals", "giraffe calf": "giraffe calves",
           "camel calf": "camel calves", "bison calf": "bison calves", "keeper's lodge": "keeper's lodges",
           "director's chair": "director's chairs", "magician's assistant": "magician's assistants",
           "grevy's zebra": "grevy's zebras", "bush baby": "bush babies", "lemon drizzle cake": "lemon drizzle cakes",
           "film extra": "film extras", "zen monk": "zen monks", "fish bucket": "fish buckets",
           "house-sitter": "house-sitters", "camp stool": "camp stools"}
WORDS = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight", 9: "nine",
         10: "ten", 11: "eleven", 12: "twelve", 13: "thirteen", 14: "fourteen", 15: "fifteen", 16: "sixteen",
         17: "seventeen", 18: "eighteen", 19: "nineteen", 20: "twenty"}

THING_ADJECTIVES = ["scuffed", "brand-new", "lopsided", "gleaming", "chipped", "oversized"]
UNDESCRIBED = set(TREES) | set(RING_PLACES)
CREATURE_ADJECTIVES = ["fluffy", "sleepy-looking", "curious", "glossy", "shaggy", "nervous"]
PEOPLE_ADJECTIVES = ["harassed-looking", "cheerful", "lanky", "yawning", "smartly dressed", "grey-haired"]
STATIONS = ["A", "B", "C", "D", "E", "F", "G", "H"]
DAYS = ["Saturday", "Sunday", "Monday", "Friday"]


def quiet(text: str) -> bool:
    """The zoo keeper's note: all lower case."""
    return text.startswith("feeding round")


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
    return "creature" if noun in CREATURES + RING_ZOO else "thing"


def describe(noun: str, share: float) -> str:
    if rng.random() < share and noun not in UNDESCRIBED and noun not in NAMES:
        pool = {"person": PEOPLE_ADJECTIVES, "creature": CREATURE_ADJECTIVES}.get(kind_of(noun), THING_ADJECTIVES)
        return f"{rng.choice(pool)} {noun}"
    return noun


def an(noun: str, share: float = 0.2) -> str:
    """'a clapperboard', 'an exhibitor', sometimes 'a scuffed clapperboard'; names stay bare."""
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


def cap(text: str) -> str:
    return text[0].upper() + text[1:]


# ------------------------------------------------------------- registers ---


def film(body: str) -> str:
    return f"Continuity, sc. {rng.randint(4, 88)} tk {rng.randint(1, 9)}: {cap(body)} Match it on the pickup."


def judge(body: str) -> str:
    return f"Photography class {rng.randint(2, 24)}, entry {rng.randint(1, 40)}: {cap(body)} Highly commended."


def risk(body: str) -> str:
    return f"Trip risk assessment, hazard {rng.randint(2, 19)}: {cap(body)} Risk: low. Proceed."


def survey(body: str) -> str:
    return f"Survey sheet {rng.randint(2, 30)}, station {rng.choice(STATIONS)}: {cap(body)} Levels to follow."


def patrol(body: str) -> str:
    clock = f"0{rng.randint(1, 5)}:{rng.choice(['05', '10', '20', '35', '40', '50'])}"
    return f"Patrol log, round {rng.randint(2, 8)}, {clock}: {cap(body)} All secure."


def telly(body: str) -> str:
    return f"Hello, everybody, and welcome back! {cap(body)} Bye for now!"


def calm(body: str) -> str:
    return f"Close your eyes and breathe in slowly. {cap(body)} Now gently open your eyes."


def magic(body: str) -> str:
    return f"Watch closely now! {cap(body)} And... ta-da!"


def keeper(body: str) -> str:
    clock = f"{rng.choice([9, 10, 11, 1, 2, 3, 4])}.{rng.choice(['00', '15', '30', '45'])}"
    return f"feeding round {clock}, paddock {rng.randint(2, 12)} - {body.lower()} gates double-locked"


def sitter(body: str) -> str:
    return (f"Hi both, day {rng.randint(2, 13)} of house-sitting! {cap(body)} Plants watered, see you "
            f"{rng.choice(DAYS)} x")


def dress(text: str) -> str:
    """Capitalised (unless the keeper's lower-case note)."""
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
                   "heldout9", "heldout10", "heldout11", "heldout12", "heldout13", "heldout14", "heldout15",
                   "heldout16"):
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
    lambda s, o: film(f"{an(s)} camera left, {an(o)} camera right. Keep that order."),
    lambda s, o: judge(f"in the print, {an(s)} occupies the left, {an(o)} the right; a pleasing balance."),
    lambda s, o: risk(f"seen from the assembly point, {an(s)} is located leftwards of {an(o)}."),
    lambda s, o: survey(f"left of {an(o)}, looking from the station, stands {an(s)}."),
    lambda s, o: patrol(f"on the monitor, {an(s)} showing left of {an(o)}. Nothing moved."),
    lambda s, o: telly(f"can you spot {an(s)} on your screen's left, and {an(o)} on its right?"),
    lambda s, o: calm(f"picture {an(s)}; just to {its(s)} right, in your mind's eye, rests {an(o)}."),
    lambda s, o: magic(f"{an(s)} sits to your left, {an(o)} to your right, from where you're sitting."),
    lambda s, o: keeper(f"from the viewing window {an(s)} left, {an(o)} right, as usual."),
    lambda s, o: sitter(f"in the pic I've sent, {an(s)} is left of {an(o)}, all fine!"),
]
RIGHT = [
    lambda s, o: film(f"{an(o)} camera left, {an(s)} camera right. Keep that order."),
    lambda s, o: judge(f"in the print, {an(o)} occupies the left, {an(s)} the right; a pleasing balance."),
    lambda s, o: risk(f"seen from the assembly point, {an(s)} is located rightwards of {an(o)}."),
    lambda s, o: survey(f"right of {an(o)}, looking from the station, stands {an(s)}."),
    lambda s, o: patrol(f"on the monitor, {an(s)} showing right of {an(o)}. Nothing moved."),
    lambda s, o: telly(f"can you spot {an(o)} on your screen's left, and {an(s)} on its right?"),
    lambda s, o: calm(f"picture {an(o)}; just to {its(o)} right, in your mind's eye, rests {an(s)}."),
    lambda s, o: magic(f"{an(o)} sits to your left, {an(s)} to your right, from where you're sitting."),
    lambda s, o: keeper(f"from the viewing window {an(o)} left, {an(s)} right, as usual."),
    lambda s, o: sitter(f"in the pic I've sent, {an(s)} is right of {an(o)}, all fine!"),
]
ON = [
    lambda s, o: film(f"{an(s)} set atop {the(o, 0)}, dead center. Don't let anyone move it."),
    lambda s, o: judge(f"{an(s)} posed atop {an(o)}: a charming study."),
    lambda s, o: risk(f"{an(s)} has been balanced on {the(o, 0)} and could fall."),
    lambda s, o: survey(f"on top of {the(o, 0)} we recorded {an(s)}."),
    lambda s, o: patrol(f"{an(s)} sitting on {the(o, 0)} in reception. Left it there."),
    lambda s, o: telly(f"look who's climbed up on top of {the(o, 0)}! It's {an(s)}!") if kind_of(s) != "thing"
    else telly(f"we've popped {an(s)} on top of {the(o, 0)}. Isn't it lovely?"),
    lambda s, o: calm(f"imagine {an(s)} resting quietly on {the(o, 0)}."),
    lambda s, o: magic(f"I place {an(s)} on top of {the(o, 0)}, like so."),
    lambda s, o: keeper(f"{an(s)} clambered onto {the(o, 0)} again, coaxed down after.") if kind_of(s) != "thing"
    else keeper(f"{an(s)} plonked on {the(o, 0)} again by a visitor, moved after."),
    lambda s, o: sitter(f"found {an(s)} perched up on {the(o, 0)} this morning, ha!"),
]
UNDER = [
    lambda s, o: film(f"{an(s)} under {the(o, 0)}, just as in the master."),
    lambda s, o: judge(f"{an(s)} tucked beneath {an(o)}, nicely spotted."),
    lambda s, o: risk(f"{an(s)} has been stored under {the(o, 0)}, out of the walkway."),
    lambda s, o: survey(f"beneath {the(o, 0)} lies {an(s)}, noted for the record."),
    lambda s, o: patrol(f"{an(s)} found underneath {the(o, 0)} in the lobby."),
    lambda s, o: telly(f"what's that hiding under {the(o, 0)}? Yes, it's {an(s)}!"),
    lambda s, o: calm(f"notice {an(s)} resting under {the(o, 0)}, perfectly still."),
    lambda s, o: magic(f"and under {the(o, 0)}... {an(s)}! Applause, please."),
    lambda s, o: keeper(f"{an(s)} under {the(o, 0)}, keeper area, left be."),
    lambda s, o: sitter(f"{an(s)} lives under {the(o, 0)} now, apparently."),
]
FRONT = [
    lambda s, o: film(f"{an(s)} in front of {an(o)}, nearer to lens."),
    lambda s, o: judge(f"{an(s)} in the foreground, {an(o)} rising behind {it(s)}; good depth."),
    lambda s, o: risk(f"{an(s)} has been positioned in front of {the(o, 0)}, closest to the group."),
    lambda s, o: survey(f"in front of {the(o, 0)}, nearer the station, {an(s)}."),
    lambda s, o: patrol(f"{an(s)} directly before {the(o, 0)}, close to the camera."),
    lambda s, o: telly(f"here's {an(s)}, nice and close, with {an(o)} further back!"),
    lambda s, o: calm(f"close to you stands {an(s)}, and further back, {an(o)}."),
    lambda s, o: magic(f"{an(s)}, nearest to you, standing before {the(o, 0)}."),
    lambda s, o: keeper(f"{an(s)} out front of {the(o, 0)}, nearest the glass."),
    lambda s, o: sitter(f"{an(s)} in front of {the(o, 0)} in my pic, closest to me."),
]
BEHIND = [
    lambda s, o: film(f"{an(s)} behind {an(o)}, deeper in frame."),
    lambda s, o: judge(f"{an(o)} in the foreground, {an(s)} rising behind {it(o)}; good depth."),
    lambda s, o: risk(f"{an(s)} stands behind {the(o, 0)}, further from the group."),
    lambda s, o: survey(f"behind {the(o, 0)}, further from the station, {an(s)}."),
    lambda s, o: patrol(f"{an(s)} set back behind {the(o, 0)}, far side from the camera."),
    lambda s, o: telly(f"here's {an(o)}, nice and close, with {an(s)} further back!"),
    lambda s, o: calm(f"close to you stands {an(o)}, and further back, beyond {it(o)}, {an(s)}."),
    lambda s, o: magic(f"{an(s)}, far from you, waiting behind {the(o, 0)}."),
    lambda s, o: keeper(f"{an(s)} round the back of {the(o, 0)}, furthest from the glass."),
    lambda s, o: sitter(f"{an(s)} behind {the(o, 0)} in my pic, further away."),
]
NEAR = [
    lambda s, o: film(f"{an(s)} close beside {an(o)}, a foot apart at most."),
    lambda s, o: judge(f"{an(s)} snug against {an(o)}: lovely intimacy."),
    lambda s, o: risk(f"{an(s)} will remain close to {the(o, 0)} at all times."),
    lambda s, o: survey(f"next to {the(o, 0)}, {an(s)}, within a metre."),
    lambda s, o: patrol(f"{an(s)} right by {the(o, 0)}, not moving."),
    lambda s, o: telly(f"{an(s)} is snuggled up next to {the(o, 0)}. Aww!"),
    lambda s, o: calm(f"see {an(s)} close to {the(o, 0)}, side by side."),
    lambda s, o: magic(f"{an(s)} beside {the(o, 0)}, almost touching."),
    lambda s, o: keeper(f"{an(s)} hanging about near {the(o, 0)} all morning."),
    lambda s, o: sitter(f"{an(s)} never leaves the side of {the(o, 0)}, bless."),
]
HIDDEN = [
    lambda s, o: film(f"{an(s)} hidden behind {the(o, 0)}, barely visible to camera."),
    lambda s, o: judge(f"{an(s)} almost entirely screened by {an(o)}, a witty touch."),
    lambda s, o: risk(f"{an(s)} may be obscured behind {the(o, 0)}; check before moving off."),
    lambda s, o: survey(f"{an(s)} obscured by {the(o, 0)}, sighting not possible."),
    lambda s, o: patrol(f"{an(s)} out of sight behind {the(o, 0)}, only a glimpse on camera."),
    lambda s, o: telly(f"who's that tucked away behind {the(o, 0)}, peeping round? It's {an(s)}!"),
    lambda s, o: calm(f"{an(s)} rests hidden behind {the(o, 0)}, just out of sight."),
    lambda s, o: magic(f"{an(s)} vanishes behind {the(o, 0)}, all but gone."),
    lambda s, o: keeper(f"{an(s)} skulking behind {the(o, 0)}, barely visible."),
    lambda s, o: sitter(f"{an(s)} keeps hiding behind {the(o, 0)}, I can barely spot {it(s)}."),
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
    lambda s, x, y: film(f"{an(s)} between {an(x)} and {an(y)}, same as the wide."),
    lambda s, x, y: judge(f"{an(s)} framed between {an(x)} and {an(y)}."),
    lambda s, x, y: risk(f"{an(s)} has been placed between {the(x, 0)} and {the(y, 0)}."),
    lambda s, x, y: survey(f"between {the(x, 0)} and {the(y, 0)}, {an(s)}."),
    lambda s, x, y: patrol(f"{an(s)} wedged between {the(x, 0)} and {the(y, 0)}."),
    lambda s, x, y: telly(f"can you find {an(s)}? It's in between {the(x, 0)} and {the(y, 0)}!"),
    lambda s, x, y: calm(f"let {an(s)} settle between {an(x)} and {an(y)}."),
    lambda s, x, y: magic(f"{an(s)} appears between {the(x, 0)} and {the(y, 0)}!"),
    lambda s, x, y: keeper(f"{an(s)} in between {the(x, 0)} and {the(y, 0)}."),
    lambda s, x, y: sitter(f"{an(s)} squeezed in between {the(x, 0)} and {the(y, 0)}, lol."),
]
BETWEEN_PAIR = [
    lambda s, x: film(f"{an(s)} with a {x} either side of {it(s)}."),
    lambda s, x: judge(f"{an(s)} neatly flanked by two {plural(x)}."),
    lambda s, x: calm(f"{an(s)}, with one {x} on either side."),
    lambda s, x: magic(f"{an(s)} between my two {plural(x)}!"),
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
    lambda n, r, c: film(f"{many(n, r)} circled around {the(c, 0)}, as in the master."),
    lambda n, r, c: judge(f"{many(n, r)} ringing {the(c, 0)}; a strong composition."),
    lambda n, r, c: risk(f"{many(n, r, True)} will be gathered round {the(c, 0)}."),
    lambda n, r, c: survey(f"{the(c, 0)}, ringed by {many(n, r)}."),
    lambda n, r, c: patrol(f"{many(n, r)} all around {the(c, 0)} at shift change."),
    lambda n, r, c: telly(f"{many(n, r)} sitting round {the(c, 0)} in a big circle. How many can you count?"),
    lambda n, r, c: calm(f"imagine {many(n, r)} surrounding {the(c, 0)}."),
    lambda n, r, c: magic(f"{many(n, r)} encircling {the(c, 0)}, and not one peeking!"),
    lambda n, r, c: keeper(f"{many(n, r, True)} crowding round {the(c, 0)}."),
    lambda n, r, c: sitter(f"{many(n, r)} arranged around {the(c, 0)}, like you wanted."),
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
                r = rng.choice({"people": RING_PEOPLE, "zoo": RING_ZOO}[group])
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
    return "alone" if it(a) == "them" else "by itself"


REGIONS = {
    "centre": [lambda a: film(f"{an(a)} alone, dead center of frame. Nothing else in shot."),
               lambda a: judge(f"a lone {a}, placed squarely mid-print."
                               if a not in NAMES else f"{a} alone, squarely mid-print."),
               lambda a: risk(f"only {an(a)} is present, central to the site as seen from the gate."),
               lambda a: survey(f"straight ahead of the station, in the middle, {an(a)} {alone(a)}."),
               lambda a: patrol(f"{an(a)} {alone(a)}, slap bang mid-monitor."),
               lambda a: telly(f"smack-dab centre screen, all alone, is {an(a)}!"),
               lambda a: calm(f"picture {an(a)} {alone(a)}, centred in your mind's eye."),
               lambda a: magic(f"centre stage, all alone, stands {an(a)}."),
               lambda a: keeper(f"just {an(a)} {alone(a)}, mid-window, dead centre."),
               lambda a: sitter(f"just {an(a)}, bang centre of the pic, nothing else.")],
    "image_left": [lambda a: film(f"{an(a)} alone, hard camera left. Nothing else in shot."),
                   lambda a: judge(f"a lone {a}, pushed to the print's left edge."
                                   if a not in NAMES else f"{a} alone, pushed to the print's left edge."),
                   lambda a: risk(f"only {an(a)} is present, at the site's far left, viewed from the gate."),
                   lambda a: survey(f"well off to the station's left, {an(a)} {alone(a)}."),
                   lambda a: patrol(f"{an(a)} {alone(a)}, hugging the monitor's left edge."),
                   lambda a: telly(f"way over on your screen's left-hand side, all alone, is {an(a)}!"),
                   lambda a: calm(f"picture {an(a)} {alone(a)}, drifting leftwards to the edge of your mind's eye."),
                   lambda a: magic(f"stage left as you see it, all alone, stands {an(a)}."),
                   lambda a: keeper(f"just {an(a)} {alone(a)}, tucked into the window's left end."),
                   lambda a: sitter(f"just {an(a)}, squished into the pic's left edge, nothing else.")],
    "image_right": [lambda a: film(f"{an(a)} alone, hard camera right. Nothing else in shot."),
                    lambda a: judge(f"a lone {a}, pushed to the print's right edge."
                                    if a not in NAMES else f"{a} alone, pushed to the print's right edge."),
                    lambda a: risk(f"only {an(a)} is present, at the site's far right, viewed from the gate."),
                    lambda a: survey(f"well off to the station's right, {an(a)} {alone(a)}."),
                    lambda a: patrol(f"{an(a)} {alone(a)}, hugging the monitor's right edge."),
                    lambda a: telly(f"way over on your screen's right-hand side, all alone, is {an(a)}!"),
                    lambda a: calm(f"picture {an(a)} {alone(a)}, drifting rightwards to the edge of your mind's eye."),
                    lambda a: magic(f"stage right as you see it, all alone, stands {an(a)}."),
                    lambda a: keeper(f"just {an(a)} {alone(a)}, tucked into the window's right end."),
                    lambda a: sitter(f"just {an(a)}, squished into the pic's right edge, nothing else.")],
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

COUNTABLE = ["clapperboard", "script binder", "prize marrow", "show onion", "victoria sponge", "first-aid kit",
             "head torch", "packed lunch", "singing bowl", "magic wand", "film can", "prize leek", "dahlia vase",
             "glove puppet", "rosette", "chutney jar", "sandwich box", "handheld radio", "light stand",
             "meditation cushion", "giant pumpkin", "onion crate", "pekin bantam", "house rabbit", "humboldt penguin",
             "otter pup", "lorikeet", "fennec fox", "exhibitor", "film extra", "jam maker", "parent helper",
             "camera operator", "tour coach", "snack van", "guard hut", "tree fern", "yucca", "survey tripod"]
IRREGULAR = ["chainman", "clerk of works", "reindeer calf", "giraffe calf", "camel calf", "bush baby",
             "lemon drizzle cake", "cedar of lebanon", "grevy's zebra", "magician's assistant", "keeper's lodge",
             "director's chair"]
IRREGULAR_SMALL = ["bush baby", "lemon drizzle cake", "reindeer calf", "camel calf", "director's chair"]
COUNT_ONE = [lambda x: film(f"one {x} in shot, only one."),
             lambda x: magic(f"a single {x}. Just the one. Check it if you like."),
             lambda x: calm(f"there is one {x}, only one, and nothing more."),
             lambda x: keeper(f"one {x} out today, that's it.")]
COUNT_MANY = [
    lambda n, x: film(f"{many(n, x)} in shot, exactly; count them again before rolling."),
    lambda n, x: judge(f"{many(n, x)} in the print, neatly grouped."),
    lambda n, x: risk(f"{many(n, x, True)} have been counted on site."),
    lambda n, x: survey(f"{many(n, x)} recorded within the boundary."),
    lambda n, x: patrol(f"{many(n, x)} counted on the monitor, no change."),
    lambda n, x: telly(f"let's count them together: there are {many(n, x)}!"),
    lambda n, x: calm(f"slowly count {many(n, x)}, one by one."),
    lambda n, x: magic(f"{many(n, x)}, no more and no less!"),
    lambda n, x: keeper(f"{many(n, x, True)} all present and correct."),
    lambda n, x: sitter(f"{many(n, x)} all safe and sound, I counted."),
]
LONE = "wheelie bin"
MIXED = [lambda n, x, m, y: (film(f"{many(n, x)} and {many(m, y)} in shot, nothing else."), {x: n, y: m}),
         lambda n, x, m, y: (keeper(f"{n} {plural(x)}, {m} {plural(y)} and 1 {LONE} by the gate."),
                             {x: n, y: m, LONE: 1}),
         lambda n, x, m, y: (survey(f"recorded: {many(n, x)}; {many(m, y)}; no others."), {x: n, y: m}),
         lambda n, x, m, y: (telly(f"can you count {many(n, x)} and {many(m, y)}? Well done!"), {x: n, y: m})]


# The judge, the meditation, the magician and the house-sitter count only what fits in a room or a picture.
SMALL_ONLY = (1, 6, 7, 9)
COUNT_SMALL = [x for x in COUNTABLE if x not in ("tour coach", "snack van", "guard hut", "tree fern", "yucca")
               and kind_of(x) != "person"]


def counts() -> list[dict]:
    rows = []
    for i in range(36):
        template = COUNT_MANY[i % len(COUNT_MANY)]

        def make():
            small = i % len(COUNT_MANY) in SMALL_ONLY
            pool = COUNT_SMALL if small else COUNTABLE
            x = rng.choice((IRREGULAR_SMALL if small else IRREGULAR) if i % 3 == 0 else pool)
            n = rng.choice([2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 14, 15])
            return row(dress(template(n, x)), {x: n})

        rows.append(fresh(make))
    for i in range(8):
        template = COUNT_ONE[i % len(COUNT_ONE)]

        def make():
            x = rng.choice((COUNT_SMALL if i % 4 == 0 else COUNTABLE) + IRREGULAR[:8])
            return row(dress(template(x)), {x: 1})

        rows.append(fresh(make))
    for i in range(16):
        template = MIXED[i % len(MIXED)]

        def make():
            x, y = rng.sample((COUNT_SMALL if i % 4 in (0, 3) else COUNTABLE) + IRREGULAR, 2)
            n, m = rng.choice([2, 3, 4, 5, 6]), rng.choice([2, 3, 4, 5])
            text, objects = template(n, x, m, y)
            return row(dress(text), objects)

        rows.append(fresh(make))
    return rows


# ------------------------------------------------------------------- facing ---

FACE_ANIMALS = ["reticulated giraffe", "white rhino", "african elephant", "plains zebra", "grevy's zebra",
                "lowland tapir", "giant anteater", "red kangaroo", "llama", "camel calf", "zebra foal", "fennec fox",
                "humboldt penguin", "alpaca cria", "house rabbit", "sea lion pup", "bison calf", "warthog piglet"]
FACE_VEHICLES = ["tour coach", "school coach", "camera car", "catering truck", "film trailer", "generator truck",
                 "site van", "security van", "tractor unit", "tipper lorry", "snack van", "safari jeep", "panda car"]
FACE_PEOPLE = ["camera operator", "boom operator", "gaffer", "script supervisor", "stunt double", "film extra",
               "show judge", "exhibitor", "trip leader", "coach driver", "chainman", "site engineer", "dog handler",
               "presenter", "floor manager", "meter reader", "key grip", "conjuror", "illusionist", "zen monk",
               "night manager", "younger brother"]


def moves(k: str, living: str, vehicle: str) -> str:
    return vehicle if k == "vehicle" else living


FACING = {
    "camera": [lambda a, k: film(f"{an(a)} " + moves(k, "looking straight down the lens.",
                                                     "with its nose pointed straight down the lens.")),
               lambda a, k: judge(f"{an(a)} " + moves(k, "gazing directly out of the print at us.",
                                                      "photographed nose-on, heading straight at us.")),
               lambda a, k: patrol(f"{an(a)} " + moves(k, "turned round to stare right at the camera.",
                                                       "pointed straight at the camera.")),
               lambda a, k: telly(f"{an(a)} is " + moves(k, "staring straight at you! Wave hello!",
                                                         "driving straight towards you! Beep beep!")),
               lambda a, k: calm(f"{an(a)} " + moves(k, "turns gently towards you and meets your gaze.",
                                                     "rolls slowly towards you, headlamps first.")),
               lambda a, k: magic(f"{an(a)} " + moves(k, "facing you, the audience, directly.",
                                                      "facing you, the audience, front first.")),
               lambda a, k: keeper(f"{an(a)} " + moves(k, "facing the viewing window head-on.",
                                                       "parked nose towards the viewing window."))],
    "away": [lambda a, k: film(f"{an(a)} " + moves(k, f"with {its(a)} back to camera, facing upstage.",
                                                   "with its rear to camera, pointed upstage.")),
             lambda a, k: judge(f"{an(a)} photographed from behind, heading off into the print."),
             lambda a, k: patrol(f"{an(a)} " + moves(k, "heading off, back to the camera.",
                                                     "driving off, tail lights to the camera.")),
             lambda a, k: telly(f"{an(a)} is " + moves(k, "walking away from you! Come back!",
                                                       "driving away from you! Bye bye!")),
             lambda a, k: calm(f"{an(a)} turns {its(a)} back on you and drifts off into the distance."),
             lambda a, k: magic(f"{an(a)} faces away from you, the audience, towards the back of the stage."),
             lambda a, k: keeper(f"{an(a)} facing away from the viewing window, rump to the glass."
                                 if k != "vehicle" else f"{an(a)} parked facing away from the viewing window.")],
    "left": [lambda a, k: film(f"{an(a)} in profile, facing camera left."),
             lambda a, k: judge(f"{an(a)} shown side-on, turned towards the print's left edge."),
             lambda a, k: patrol(f"{an(a)} " + moves(k, "side-on, facing left on the monitor.",
                                                     "crossing the monitor side-on, heading left.")),
             lambda a, k: telly(f"{an(a)} is " + moves(k, "looking off towards your screen's left side!",
                                                       "heading off towards your screen's left side!")),
             lambda a, k: calm(f"{an(a)} passes by side-on, facing towards your left."),
             lambda a, k: magic(f"{an(a)} turned in profile, facing your left as you watch."),
             lambda a, k: keeper(f"{an(a)} side-on to the glass, facing left.")],
    "right": [lambda a, k: film(f"{an(a)} in profile, facing camera right."),
              lambda a, k: judge(f"{an(a)} shown side-on, turned towards the print's right edge."),
              lambda a, k: patrol(f"{an(a)} " + moves(k, "side-on, facing right on the monitor.",
                                                      "crossing the monitor side-on, heading right.")),
              lambda a, k: telly(f"{an(a)} is " + moves(k, "looking off towards your screen's right side!",
                                                        "heading off towards your screen's right side!")),
              lambda a, k: calm(f"{an(a)} passes by side-on, facing towards your right."),
              lambda a, k: magic(f"{an(a)} turned in profile, facing your right as you watch."),
              lambda a, k: keeper(f"{an(a)} side-on to the glass, facing right.")],
}
MANY_FACING = {"camera": lambda n, a, k: film(f"{many(n, a)}, all of them looking down the lens."),
               "away": lambda n, a, k: calm(f"{many(n, a)}, every one turned away from you."),
               "left": lambda n, a, k: keeper(f"{many(n, a, True)}, all side-on and facing left."),
               "right": lambda n, a, k: magic(f"{many(n, a)}, each one facing your right as you watch.")}


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
                return row(dress(MANY_FACING[way](n, a, kind)), {a: n}, facing=[(a, way)])
            return row(dress(template(a, kind)), {a: 1}, facing=[(a, way)])

        rows.append(fresh(make))
    return rows


# ------------------------------------------------------------------- camera ---
# Left and right views are the scene's: the camera stands on the viewer's left (right) of the
# scene as it is usually shown, never "its left side" of a thing with a front of its own.
VIEWS = {
    "top": [lambda a, b: film(f"overhead shot, lens aimed straight down at {an(a)} and {an(b)}."),
            lambda a, b: judge(f"{an(a)} and {an(b)}, taken from high overhead with the lens pointing down."),
            lambda a, b: survey(f"plan view from the mast, straight down onto {the(a, 0)} and {the(b, 0)}."),
            lambda a, b: patrol(f"roof camera looks straight down on {an(a)} and {an(b)}."),
            lambda a, b: telly(f"we're way up high, peering straight down at {an(a)} and {an(b)}! Wheee!"),
            lambda a, b: calm(f"float upwards and gaze straight down upon {an(a)} and {an(b)}."),
            lambda a, b: keeper(f"from the gantry, straight down onto {the(a, 0)} and {the(b, 0)}."),
            lambda a, b: sitter(f"took this leaning over the banister, looking down on {the(a, 0)} and {the(b, 0)}.")],
    "front": [lambda a, b: film(f"{an(a)} and {an(b)}, frontal two-shot, lens at eye level."),
              lambda a, b: judge(f"{an(a)} and {an(b)}, taken square-on, lens at their height."),
              lambda a, b: survey(f"front elevation: {an(a)} and {an(b)}, level sighting from straight ahead."),
              lambda a, b: patrol(f"{an(a)} and {an(b)}, straight ahead of the door camera at head height."),
              lambda a, b: telly(f"{an(a)} and {an(b)} looking straight into our camera, at eye level!"),
              lambda a, b: calm(f"stand before {an(a)} and {an(b)}, eye to eye, facing them."),
              lambda a, b: keeper(f"{the(a, 0)} and {the(b, 0)} seen face-on through the glass, lens level with them."),
              lambda a, b: sitter(f"pic of {the(a, 0)} and {the(b, 0)}, head-on, phone level with them.")],
    "back": [lambda a, b: film(f"{an(a)} and {an(b)}, reverse angle from directly behind them."),
             lambda a, b: judge(f"{an(a)} and {an(b)}, taken from behind, showing only their backs."),
             lambda a, b: survey(f"rear elevation: {an(a)} and {an(b)}, sighted from behind."),
             lambda a, b: patrol(f"{an(a)} and {an(b)}, only their backs visible to the camera behind them."),
             lambda a, b: telly(f"we're sneaking up behind {an(a)} and {an(b)}! Shh!"),
             lambda a, b: calm(f"you stand behind {an(a)} and {an(b)}, seeing only their backs."),
             lambda a, b: keeper(f"{the(a, 0)} and {the(b, 0)} seen from behind, from the back hatch."),
             lambda a, b: sitter(f"pic of {the(a, 0)} and {the(b, 0)} from behind, sorry!")],
    "left": [lambda a, b: film(f"{an(a)} and {an(b)}, side angle from well off the set's left end, looking across."),
             lambda a, b: judge(f"{an(a)} and {an(b)}, taken from a spot well left of everything, gazing sideways at them."),
             lambda a, b: survey(f"side elevation from the left: {an(a)} and {an(b)}, sighted from a station out "
                                 f"to the left."),
             lambda a, b: patrol(f"{an(a)} and {an(b)}, seen by the side camera mounted off to the left."),
             lambda a, b: telly(f"let's pop round to the left and peek at {an(a)} and {an(b)} from the side!"),
             lambda a, b: calm(f"step away to the left and gaze sideways across at {an(a)} and {an(b)}."),
             lambda a, b: keeper(f"{the(a, 0)} and {the(b, 0)} seen side-on from the left-hand hatch."),
             lambda a, b: sitter(f"pic of {the(a, 0)} and {the(b, 0)}, snapped side-on, me stood well out leftwards.")],
    "right": [lambda a, b: film(f"{an(a)} and {an(b)}, side angle from well off the set's right end, looking across."),
              lambda a, b: judge(f"{an(a)} and {an(b)}, taken from a spot well right of everything, gazing "
                                 f"sideways at them."),
              lambda a, b: survey(f"side elevation from the right: {an(a)} and {an(b)}, sighted from a station out "
                                  f"to the right."),
              lambda a, b: patrol(f"{an(a)} and {an(b)}, seen by the side camera mounted off to the right."),
              lambda a, b: telly(f"let's pop round to the right and peek at {an(a)} and {an(b)} from the side!"),
              lambda a, b: calm(f"step away to the right and gaze sideways across at {an(a)} and {an(b)}."),
              lambda a, b: keeper(f"{the(a, 0)} and {the(b, 0)} seen side-on from the right-hand hatch."),
              lambda a, b: sitter(f"pic of {the(a, 0)} and {the(b, 0)}, snapped side-on, me stood well out rightwards.")],
    "close-up": [lambda a, b: film(f"extreme close-up on {an(a)}, filling the frame."),
                 lambda a, b: judge(f"{an(a)}, shot so tight {it(a)} fills the whole print."),
                 lambda a, b: survey(f"detail photo: {an(a)}, lens almost touching, filling the view."),
                 lambda a, b: patrol(f"camera zoomed hard onto {an(a)}; {it(a)} fills the screen."),
                 lambda a, b: telly(f"let's zoom in really close on {an(a)}, till it fills your whole screen!"),
                 lambda a, b: calm(f"bring {an(a)} nearer and nearer until {it(a)} fills all you can see."),
                 lambda a, b: keeper(f"phone right up close to {the(a, 0)}, fills the whole shot."),
                 lambda a, b: sitter(f"mega close pic of {the(a, 0)}, fills the screen!")],
    "wide": [lambda a, b: film(f"extreme wide shot: a huge landscape, {an(a)} and {an(b)} tiny in the distance."),
             lambda a, b: judge(f"a vast open vista, {an(a)} and {an(b)} mere dots far away."),
             lambda a, b: survey(f"panorama from the hilltop station: {an(a)} and {an(b)} small and far off."),
             lambda a, b: patrol(f"long-range camera across the whole estate, {an(a)} and {an(b)} tiny and distant."),
             lambda a, b: telly(f"look how far away {an(a)} and {an(b)} are, across all those fields! Tiny!"),
             lambda a, b: calm(f"see a wide open plain, and far, far away, {an(a)} and {an(b)}."),
             lambda a, b: keeper(f"whole reserve in view from the tower, {the(a, 0)} and {the(b, 0)} tiny specks."),
             lambda a, b: sitter(f"view from the top of the hill, {the(a, 0)} and {the(b, 0)} tiny way off!")],
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
                return row(dress(text), objects, camera=view)

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
