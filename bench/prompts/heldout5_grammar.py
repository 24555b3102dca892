"""Writes the FIFTH held-out layout prompts (bench/prompts/heldout5/*.jsonl) from a grammar.

    .venv/bin/python bench/prompts/heldout5_grammar.py

Why a fifth held-out set: the fourth one (bench/prompts/heldout4/) has been read while building
(second session of 2026-12-06), so its figure now measures some fit too. This set was written
without reading the implementation, its tests or its documentation (only the bench's scorers,
bench/layout.py and bench/scenes.py, the benchmark section of the README, and the existing prompt
sets and grammars in bench/prompts, so as to differ from them). Run it once, with
``--failures 0``:

- phrasings: no template of the other sets is reused. The sentences are worded the way people
  type into image tools, in shapes the other sets do not use: "starting from the left: X, then
  Y", "X leftmost, Y rightmost", "X comes first from the left", "X on this side of Y, nearer the
  viewer", "X screened by Y", "we can only see part of X because Y is in the way", "X sandwiched
  between Y and Z", "X at the hub of a ring of ...", counts as "a pair of", "a cluster of N",
  "X: N of them", facing as "moving from right to left", "side-on, head to the left", "nose
  towards the viewer", views as "zoomed right in on", "a panoramic shot with X tiny on the
  horizon". Now and then a request in front ("/imagine prompt:", "could you draw") and a style
  or quality tail behind ("linocut", "octane render"). Left and right are always the viewer's;
- vocabulary: the main noun pools share no noun with any other prompt set, nor with any quoted
  word in the other grammars (the script checks both): kitchen and household things, dog breeds,
  birds of field and shore, antelopes and bears, trades and royalty, folklore beings, road
  vehicles and boats, cabinets and desks, invented first names; a small FAMILIAR pool of
  everyday nouns that other sets use is drawn now and then, as a real user would;
- no prompt equals or contains (as a whole-word sequence) a prompt of any other part, layout or
  scene: drawn again until it does not (the script checks).

Nothing outside bench/prompts may import this file, name it, or quote its prompts; nobody should
tune the parser on them. The truth is written with each prompt by the grammar (the meaning of
the words, chosen by hand), never read from the implementation. Deterministic (seed 71129).
Same JSON as the other sets: {"prompt": ..., "expect": {"objects": {...}, "relations": [...],
"facing": [...], "camera": ...}}; object names are the nouns as written, singular.
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "heldout5"
ME = "heldout5"
rng = random.Random(71129)
PER_KIND = 44  # prompts per relation kind, per composition region; facing has 48

# ------------------------------------------------------------- vocabulary ---
# Fresh pools: no noun here is in any other prompt set or quoted in another grammar (checked in main()).
SMALL = ["honey pot", "soup tureen", "alarm clock", "telephone", "chess set", "money box", "rag doll", "projector",
         "egg timer", "coffee grinder", "slow cooker", "stand mixer", "tea caddy", "bread bin", "pomegranate",
         "jackfruit", "carriage clock", "trinket box", "biscuit barrel", "milk jug", "stockpot", "sitar", "orrery",
         "fruitcake", "gingerbread house", "turntable", "briefcase", "satchel"]
TABLETOP = ["honey pot", "soup tureen", "alarm clock", "telephone", "chess set", "money box", "rag doll", "projector",
            "egg timer", "coffee grinder", "slow cooker", "stand mixer", "tea caddy", "bread bin", "pomegranate",
            "jackfruit", "carriage clock", "trinket box", "biscuit barrel", "milk jug", "stockpot", "orrery",
            "fruitcake", "gingerbread house", "turntable", "briefcase"]
PERCHERS = ["canary", "lovebird", "parakeet", "sugar glider", "capuchin", "tamarin"]  # small animals that sit up on things
SUPPORTS = ["side table", "tv stand", "display cabinet", "china cabinet", "welsh dresser", "serving trolley",
            "drop-leaf table", "gateleg table", "media console", "packing crate", "freezer", "icebox", "range cooker",
            "occasional table", "boardroom table", "office desk", "computer desk"]
COVERS = ["boardroom table", "office desk", "computer desk", "drop-leaf table", "gateleg table", "porch swing"]
UNDER_SUBJECTS = ["pekingese", "papillon", "sugar glider", "rat", "gym bag", "rucksack", "briefcase", "cool box",
                  "first aid kit", "satchel", "holdall", "sleeping bag", "rag doll"]
PETS = ["pekingese", "papillon", "cocker spaniel", "border collie", "springer spaniel", "afghan hound", "wolfhound",
        "malamute", "saluki", "vizsla", "airedale", "canary", "lovebird", "parakeet", "sugar glider", "rat"]
WILD = ["grizzly", "polar bear", "sun bear", "brown bear", "snow leopard", "clouded leopard", "bonobo", "macaque",
        "langur", "colobus", "howler monkey", "spider monkey", "echidna", "numbat", "bandicoot", "bilby",
        "secretary bird", "shoebill", "marabou", "bustard", "partridge", "guinea fowl", "peafowl", "condor", "eagle",
        "hawk", "falcon", "kestrel", "osprey", "buzzard", "gull", "bittern", "curlew", "lapwing", "woodpecker",
        "hoopoe", "rook", "jackdaw", "nyala", "waterbuck", "hartebeest", "gemsbok", "wapiti", "wild boar", "peccary",
        "agouti", "wolverine", "civet", "fossa", "aardwolf", "arctic fox", "maned wolf", "capuchin",
        "tamarin", "crow", "dove"]
CREATURES = PETS + WILD
TRADES = ["police officer", "doctor", "butcher", "painter", "photographer", "journalist", "teacher", "scientist",
          "guitarist", "pianist", "umpire", "bartender", "cashier", "security guard", "pharmacist", "archaeologist",
          "explorer", "miner", "king", "queen", "prince", "princess", "priest", "tennis player", "cricketer",
          "rugby player", "courier", "taxi driver", "bus driver", "grandfather", "plasterer", "roofer", "bricklayer",
          "glazier", "paperboy", "greengrocer", "fishmonger", "ice skater", "farrier", "thatcher", "seamstress",
          "milliner", "barber", "hairdresser", "lighthouse keeper", "stationmaster", "ticket inspector",
          "traffic warden", "chauffeur", "minstrel", "unicyclist", "trapeze artist", "snake charmer", "ferryman",
          "footman", "strongman", "groundsman", "linesman"]
FOLK = ["witch", "mermaid", "sorcerer", "leprechaun", "satyr", "cyclops", "genie", "hobbit", "ogress", "nymph", "faun",
        "sasquatch", "gremlin", "hobgoblin", "warlock", "valkyrie"]
PEOPLE = TRADES + FOLK
NAMES = ["Esmeralda", "Casimir", "Ambrose", "Fenwick", "Ignatz", "Horatio", "Griselda", "Lysander", "Mirabel",
         "Tobias", "Seraphina", "Cordelia", "Gwendolyn", "Rufus", "Octavia", "Leopold", "Marguerite", "Winifred",
         "Cornelius", "Benedikt"]
LARGE = ["delivery van", "police car", "lorry", "road roller", "digger", "backhoe", "crop sprayer", "racing car",
         "sports car", "convertible", "hatchback", "minivan", "sedan", "cottage", "cabin", "shack", "gatehouse",
         "street lamp", "traffic light", "seesaw", "merry-go-round", "dinghy", "kayak", "catamaran", "biplane",
         "sphinx", "olive tree", "sycamore"]
BULKY = ["delivery van", "police car", "lorry", "road roller", "digger", "backhoe", "crop sprayer", "minivan", "sedan",
         "hatchback", "cottage", "cabin", "shack", "gatehouse", "sphinx", "catamaran"]
RING_CENTRES = ["sandbox", "street lamp", "boardroom table", "sphinx", "duck pond", "olive tree", "sycamore",
                "sasquatch", "cyclops", "merry-go-round"]
RING_MEMBERS = ["dining chair", "camp stool", "hobbit", "ogress", "leprechaun", "nymph", "faun", "minstrel", "cricketer",
                "paperboy", "unicyclist", "nyala", "wild boar", "partridge", "guinea fowl", "peafowl", "ice skater"]
SEATS = {"dining chair", "camp stool"}
SEAT_CENTRES = {"boardroom table"}  # chairs and stools go round a table only
# Everyday nouns that other sets also use: drawn only now and then (FAMILIAR_SHARE), the way a
# real user mixes common and rare words.
FAMILIAR = ["dog", "cat", "chair", "lamp", "bicycle", "car", "tree", "horse", "cup", "umbrella", "bucket", "sheep",
            "vase", "bottle", "fox", "elephant", "boy", "woman", "bus", "tractor"]
FAMILIAR_SUPPORTS = ["table", "desk", "dresser"]
FAMILIAR_COVERS = ["table", "desk", "bed"]
FAMILIAR_SHARE = 0.1

ADJECTIVES = ["olive-green", "scuffed", "battered", "striped", "dusty", "shiny", "sky-blue", "cherry-red",
              "polka-dot", "faded"]
UNDESCRIBED = {"pomegranate", "jackfruit", "fruitcake", "gingerbread house", "sphinx", "olive tree", "sycamore",
               "duck pond", "sandbox", "tree", "street lamp", "traffic light"}
CREATURE_ADJECTIVES = ["scrawny", "drowsy", "shaggy", "glossy", "curious", "bedraggled", "majestic", "tiny"]
PEOPLE_ADJECTIVES = ["stern", "smiling", "red-haired", "moustachioed", "sunburnt", "nervous", "weary"]
TAILS = [", shot on a Hasselblad", ", isometric pixel art", ", linocut", ", charcoal sketch", ", oil on canvas",
         ", cinematic lighting", ", octane render", ", 1970s sci-fi paperback cover", ", children's book illustration",
         ", blueprint style", ", embroidered on linen", ", papercut art", ", sharp focus, 4k",
         ", highly detailed, professional photography", ", muted earth tones", ", golden hour light",
         ", art deco poster", ", infrared photo", ", cross-stitch pattern", ", ballpoint pen doodle"]
TAIL_SHARE = 0.25

# Openers for a prompt that is a noun phrase, the way requests are typed into image tools.
REQUESTS = ["create ", "render me ", "i'd like ", "could you draw ", "image: ", "a picture of ", "depict ",
            "visualize ", "sketch ", "give me ", "/imagine prompt: ", "a photograph showing "]
REQUEST_SHARE = 0.3

PLURALS = {"ferryman": "ferrymen", "footman": "footmen", "strongman": "strongmen", "groundsman": "groundsmen",
           "linesman": "linesmen", "grouse": "grouse", "arctic fox": "arctic foxes", "witch": "witches",
           "princess": "princesses", "ogress": "ogresses", "lorry": "lorries", "canary": "canaries", "cyclops": "cyclopes",
           "pekingese": "pekingese", "papillon": "papillons", "chess set": "chess sets",
           "first aid kit": "first aid kits", "police officer": "police officers"}
WORDS = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight", 9: "nine",
         10: "ten", 11: "eleven", 12: "twelve", 13: "thirteen", 14: "fourteen", 15: "fifteen", 16: "sixteen",
         17: "seventeen", 18: "eighteen", 19: "nineteen", 20: "twenty"}


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
    if first.startswith(("uni", "use", "eu", "one")):
        return "a"
    return "an" if first[0] in "aeiou" else "a"


def kind_of(noun: str) -> str:
    if noun in PEOPLE or noun in NAMES or noun in ("boy", "woman"):
        return "person"
    animals = ["dog", "cat", "horse", "sheep", "fox", "elephant"]
    return "creature" if noun in CREATURES + animals else "thing"


def an(noun: str, describe: float = 0.3) -> str:
    """'a milk jug', 'an orrery', sometimes 'a battered stockpot'; names stay bare."""
    if noun in NAMES:
        return noun
    if rng.random() < describe and noun not in UNDESCRIBED:
        pool = {"person": PEOPLE_ADJECTIVES, "creature": CREATURE_ADJECTIVES}.get(kind_of(noun), ADJECTIVES)
        noun = f"{rng.choice(pool)} {noun}"
    return f"{article(noun)} {noun}"


def the(noun: str) -> str:
    return noun if noun in NAMES else f"the {noun}"


def it(noun: str) -> str:
    return "them" if kind_of(noun) == "person" else "it"


def many(n: int, noun: str) -> str:
    return f"{WORDS[n]} {plural(noun)}"


def pick(pool: list[str], familiar: list[str] | None = None, avoid=()) -> str:
    options = familiar if familiar and rng.random() < FAMILIAR_SHARE else pool
    return rng.choice([n for n in options if n not in avoid])


def dress(text: str, noun_phrase: bool) -> str:
    """Now and then a request in front (noun phrases only) and a style tail behind."""
    if noun_phrase and rng.random() < REQUEST_SHARE:
        text = rng.choice(REQUESTS) + text
    if rng.random() < TAIL_SHARE:
        text = text.rstrip(".") + rng.choice(TAILS)
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
    files = list(HERE.glob("*.jsonl")) + list((HERE / "scenes").glob("*.jsonl"))
    for folder in ("heldout", "heldout2", "heldout3", "heldout4"):
        files += list((HERE / folder).glob("*.jsonl"))
    return [f for f in files if ME not in f.name]


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


def other_grammar_words() -> set[str]:
    """Every quoted lower-case word or phrase in the other grammars (their pools, drawn or not)."""
    found = set()
    for path in HERE.glob("*.py"):
        if ME in path.name:
            continue
        found |= {m.lower() for m in re.findall(r"[\"']([A-Za-z][A-Za-z' -]*)[\"']", path.read_text())}
    return found


OLD = existing_prompts()
SEEN: set[str] = set()


def fresh(make, tries: int = 400) -> dict:
    """Draws until the prompt is new: not drawn before, not equal to nor containing an old one, and no
    two of its nouns share a word (a bus driver beside a bus)."""
    for _ in range(tries):
        made = make()
        key = words(made["prompt"])
        names = list(made["expect"]["objects"])
        overlap = any(set(a.split()) & set(b.split()) for i, a in enumerate(names) for b in names[i + 1:])
        if key not in SEEN and not overlap and not any(old in key for old in OLD):
            SEEN.add(key)
            return made
    raise RuntimeError("could not draw a fresh prompt")


# ---------------------------------------------------------------- relations ---
# Each phrasing: (template returning the text, whether the text is a noun phrase). The subject
# s and the object o are nouns; the truth is [s, kind, o] whatever order the words put them in.
# Left and right are the viewer's throughout.

LEFT = [
    (lambda s, o: f"{an(s)} and {an(o)}, {the(s)} on the left", True),
    (lambda s, o: f"{an(s)} sits left of {an(o)}", False),
    (lambda s, o: f"in the picture, {an(s)} appears left of {an(o)}", False),
    (lambda s, o: f"{an(o)}, with {an(s)} to the left of {it(o)} from our point of view", True),
    (lambda s, o: f"{an(s)} on the left half of the picture and {an(o)} on the right half", True),
    (lambda s, o: f"looking at the scene, {an(s)} comes first from the left, then {an(o)}", False),
    (lambda s, o: f"{an(s)} leftmost, {an(o)} rightmost", True),
    (lambda s, o: f"{an(s)} positioned on the viewer's left of {an(o)}", True),
    (lambda s, o: f"starting from the left: {an(s)}, then {an(o)}", False),
    (lambda s, o: f"{an(o)} and, further left, {an(s)}", True),
    (lambda s, o: f"{an(s)} is on the left and {an(o)} is on the right", False),
]
RIGHT = [
    (lambda s, o: f"{an(o)} and {an(s)}, {the(s)} on the right", True),
    (lambda s, o: f"{an(s)} sits right of {an(o)}", False),
    (lambda s, o: f"in the picture, {an(s)} appears right of {an(o)}", False),
    (lambda s, o: f"{an(o)}, with {an(s)} to the right of {it(o)} from our point of view", True),
    (lambda s, o: f"{an(o)} on the left half of the picture and {an(s)} on the right half", True),
    (lambda s, o: f"looking at the scene, {an(o)} comes first from the left, then {an(s)}", False),
    (lambda s, o: f"{an(o)} leftmost, {an(s)} rightmost", True),
    (lambda s, o: f"{an(s)} positioned on the viewer's right of {an(o)}", True),
    (lambda s, o: f"starting from the left: {an(o)}, then {an(s)}", False),
    (lambda s, o: f"{an(o)} and, further right, {an(s)}", True),
    (lambda s, o: f"{an(o)} is on the left and {an(s)} is on the right", False),
]
ON = [
    (lambda s, o: f"{an(s)} resting on top of {an(o)}", True),
    (lambda s, o: f"{an(o)} with {an(s)} on it", True),
    (lambda s, o: f"{an(s)} {'settled' if kind_of(s) == 'creature' else 'set down'} on {an(o)}", True),
    (lambda s, o: f"{an(s)} standing on {an(o)}", True),
    (lambda s, o: f"{an(o)}, {an(s)} on its top surface", True),
    (lambda s, o: f"there is {an(s)} on {an(o)}", False),
    (lambda s, o: f"{an(s)} {'hopping about' if kind_of(s) == 'creature' else 'on display'} on {an(o)}", True),
    (lambda s, o: f"{an(o)} with {an(s)} sitting on top", True),
    (lambda s, o: f"{an(s)} has {'climbed onto' if kind_of(s) == 'creature' else 'been left on'} {an(o)}", False),
    (lambda s, o: f"{an(s)} atop {an(o)}", True),
    (lambda s, o: f"{an(s)} up on {an(o)}, not on the floor", True),
]
UNDER = [
    (lambda s, o: f"{an(s)} beneath {an(o)}", True),
    (lambda s, o: f"{an(s)} {'dozing' if kind_of(s) == 'creature' else 'lying'} under {an(o)}", True),
    (lambda s, o: f"{an(o)} with {an(s)} underneath", True),
    (lambda s, o: f"{an(s)} {'curled up' if kind_of(s) == 'creature' else 'kept'} under {an(o)}", True),
    (lambda s, o: f"underneath {an(o)} sits {an(s)}", False),
    (lambda s, o: f"{an(s)} on the ground under {an(o)}", True),
    (lambda s, o: f"{an(o)} and {an(s)} below it", True),
    (lambda s, o: f"{an(s)} in the space under {an(o)}", True),
    (lambda s, o: f"{an(s)} under {an(o)}, out of the way", True),
]
FRONT = [
    (lambda s, o: f"{an(s)} in the foreground, {an(o)} behind {it(s)}", False),
    (lambda s, o: f"{an(s)} with {an(o)} right behind {it(s)}", True),
    (lambda s, o: f"{an(s)} out in front of {an(o)}", True),
    (lambda s, o: f"{an(o)} with {an(s)} {'placed' if kind_of(s) == 'thing' else 'waiting'} in front", True),
    (lambda s, o: f"{an(s)} nearer the camera than {an(o)}", True),
    (lambda s, o: f"{an(s)} closest to us and {an(o)} farther away", True),
    (lambda s, o: f"{an(s)} on this side of {an(o)}, nearer the viewer", True),
    (lambda s, o: f"{an(o)} in the background and {an(s)} in the foreground", True),
    (lambda s, o: f"{an(s)} a few steps in front of {an(o)}", True),
    (lambda s, o: f"in front of {an(o)} stands {an(s)}", False),
]
BEHIND = [
    (lambda s, o: f"{an(s)} behind {an(o)}, farther from the camera", True),
    (lambda s, o: f"{an(o)} in the foreground, {an(s)} behind {it(o)}", False),
    (lambda s, o: f"{an(s)} at the back, {an(o)} at the front", False),
    (lambda s, o: f"{an(s)} way back behind {an(o)}", True),
    (lambda s, o: f"{an(o)} closest to us and {an(s)} farther away", True),
    (lambda s, o: f"{an(s)} located behind {an(o)} from the viewer's position", True),
    (lambda s, o: f"{an(o)} in front, and behind {it(o)} {an(s)}", True),
    (lambda s, o: f"{an(s)} in the background and {an(o)} in the foreground", True),
    (lambda s, o: f"{an(s)} some distance behind {an(o)}", True),
    (lambda s, o: f"behind {an(o)} there is {an(s)}", False),
]
NEAR = [
    (lambda s, o: f"{an(s)} right next to {an(o)}", True),
    (lambda s, o: f"{an(s)} close beside {an(o)}", True),
    (lambda s, o: f"{an(s)} {'huddled up against' if kind_of(s) != 'thing' else 'propped against'} {an(o)}", True),
    (lambda s, o: f"{an(s)} within reach of {an(o)}", True),
    (lambda s, o: f"{an(s)} alongside {an(o)}", True),
    (lambda s, o: f"{an(s)} snug against {an(o)}", True),
    (lambda s, o: f"{an(s)} and {an(o)} close together", True),
    (lambda s, o: f"{an(s)} only inches from {an(o)}", True),
    (lambda s, o: f"{an(s)} nestled next to {an(o)}", True),
    (lambda s, o: f"{an(s)} {'waiting' if kind_of(s) != 'thing' else 'left'} by {an(o)}", True),
]
HIDDEN = [
    (lambda s, o: f"{an(s)} mostly blocked from view by {an(o)}", True),
    (lambda s, o: f"{an(o)} standing in front of {an(s)} and hiding part of {it(s)}", True),
    (lambda s, o: f"{an(s)} screened by {an(o)}", True),
    (lambda s, o: f"{an(s)} peeking out from behind {an(o)}", True),
    (lambda s, o: f"{an(s)} obscured in part by {an(o)}", True),
    (lambda s, o: f"{an(s)} behind {an(o)}, only partly visible", True),
    (lambda s, o: f"{an(o)} hiding half of {an(s)}", True),
    (lambda s, o: f"we can only see part of {an(s)} because {an(o)} is in the way", False),
    (lambda s, o: f"{an(s)} partially blocked by {an(o)} in the foreground", True),
    (lambda s, o: f"{an(s)}, mostly out of sight behind {an(o)}", True),
]


def pairwise(kind: str, phrasings, subjects, objects, familiar_s=None, familiar_o=None) -> list[dict]:
    rows = []
    for i in range(PER_KIND):
        template, noun_phrase = phrasings[i % len(phrasings)]

        def make():
            s = pick(subjects, familiar_s)
            o = pick(objects, familiar_o, avoid={s})
            return row(dress(template(s, o), noun_phrase), {s: 1, o: 1}, [(s, kind, o)])

        rows.append(fresh(make))
    return rows


BETWEEN = [
    lambda s, x, y: (f"{an(s)} sandwiched between {an(x)} and {an(y)}", True),
    lambda s, x, y: (f"{an(x)} on the left, {an(y)} on the right, and {an(s)} between them", False),
    lambda s, x, y: (f"{an(s)} in the middle, flanked by {an(x)} and {an(y)}", True),
    lambda s, x, y: (f"{an(s)} positioned halfway between {an(x)} and {an(y)}", True),
    lambda s, x, y: (f"{an(x)}, then {an(s)}, then {an(y)}, left to right", False),
    lambda s, x, y: (f"{an(s)} placed between {an(x)} and {an(y)}", True),
    lambda s, x, y: (f"{an(s)} centred between {an(x)} and {an(y)}", True),
    lambda s, x, y: (f"{an(x)} and {an(y)} either side of {an(s)}", True),
]
BETWEEN_PAIR = [
    lambda s, x: (f"{an(s)} flanked by two {plural(x)}", True),
    lambda s, x: (f"{an(s)} with {article(x)} {x} on each side", True),
    lambda s, x: (f"a pair of {plural(x)}, {an(s)} placed between them", True),
]


def between() -> list[dict]:
    rows = []
    for i in range(PER_KIND):
        if i % 4 == 3:
            template = BETWEEN_PAIR[(i // 4) % len(BETWEEN_PAIR)]

            def make():
                s = pick(SMALL + CREATURES + PEOPLE + NAMES, FAMILIAR)
                x = pick(LARGE + CREATURES, FAMILIAR, avoid={s})
                text, np_ = template(s, x)
                return row(dress(text, np_), {s: 1, x: 2}, [(s, "between", x, x)])
        else:
            template = BETWEEN[i % len(BETWEEN)]

            def make():
                s = pick(SMALL + CREATURES + PEOPLE + NAMES, FAMILIAR)
                x = pick(LARGE + PEOPLE, FAMILIAR, avoid={s})
                y = pick(LARGE + PEOPLE + CREATURES, FAMILIAR, avoid={s, x})
                text, np_ = template(s, x, y)
                return row(dress(text, np_), {s: 1, x: 1, y: 1}, [(s, "between", x, y)])

        rows.append(fresh(make))
    return rows


AROUND = [
    lambda n, r, c: (f"{many(n, r)} arranged in a circle around {an(c, 0)}", True),
    lambda n, r, c: (f"{an(c, 0)} ringed by {many(n, r)}", True),
    lambda n, r, c: (f"{many(n, r)} {'set' if r in SEATS else 'gathered'} round {an(c, 0)} in a circle", True),
    lambda n, r, c: (f"a circle of {many(n, r)} surrounding {an(c, 0)}", True),
    lambda n, r, c: (f"{an(c, 0)} in the centre with {many(n, r)} evenly spaced around {it(c)}", True),
    lambda n, r, c: (f"{many(n, r)} in a ring about {an(c, 0)}", True),
    lambda n, r, c: (f"{an(c, 0)} at the hub of a ring of {many(n, r)}", True),
    lambda n, r, c: (f"{many(n, r)} {'set' if r in SEATS else 'standing'} round {an(c, 0)}, forming a circle", True),
    lambda n, r, c: (f"{an(c, 0)} with {many(n, r)} all around {it(c)} in a loop", True),
]


def around() -> list[dict]:
    rows = []
    for i in range(PER_KIND):
        template = AROUND[i % len(AROUND)]

        def make():
            n = rng.choice([3, 4, 5, 6, 7, 8])
            c = rng.choice(RING_CENTRES)
            members = [m for m in RING_MEMBERS if m != c]
            if c not in SEAT_CENTRES:
                members = [m for m in members if m not in SEATS]  # chairs and stools go round a table or a pond
            r = rng.choice(members)
            text, np_ = template(n, r, c)
            return row(dress(text, np_), {r: n, c: 1}, [(r, "around", c)])

        rows.append(fresh(make))
    return rows


def relations() -> list[dict]:
    movable = SMALL + CREATURES + PEOPLE + NAMES
    anything = movable + LARGE
    rows = []
    rows += pairwise("left_of", LEFT, anything, anything, FAMILIAR, FAMILIAR)
    rows += pairwise("right_of", RIGHT, anything, anything, FAMILIAR, FAMILIAR)
    rows += pairwise("on_top_of", ON, TABLETOP + PERCHERS, SUPPORTS, ["cup", "vase", "bottle", "lamp", "cat"],
                     FAMILIAR_SUPPORTS)
    rows += pairwise("under", UNDER, UNDER_SUBJECTS, COVERS, ["cat", "bucket", "dog"], FAMILIAR_COVERS)
    rows += pairwise("in_front_of", FRONT, movable, LARGE, FAMILIAR, ["tree", "car", "bus", "tractor"])
    rows += pairwise("behind", BEHIND, LARGE + WILD, SMALL + PETS + PEOPLE + NAMES, ["tree", "elephant", "bus"],
                     FAMILIAR)
    rows += pairwise("near", NEAR, movable, LARGE + SUPPORTS + CREATURES + PEOPLE, FAMILIAR, FAMILIAR)
    rows += pairwise("hidden_by", HIDDEN, CREATURES + PEOPLE, BULKY, ["dog", "horse", "sheep", "bicycle"],
                     ["car", "bus", "tractor"])
    rows += between()
    rows += around()
    return rows


# -------------------------------------------------------------- composition ---

REGIONS = {
    "centre": [lambda a: (f"{an(a)} right in the centre", True),
               lambda a: (f"{an(a)} positioned in the middle of the picture", True),
               lambda a: (f"{an(a)} in the centre of the frame, symmetrical composition", True),
               lambda a: (f"{an(a)}, central composition", True),
               lambda a: (f"{an(a)} at the centre point of the image", True),
               lambda a: (f"{an(a)} centre stage in the frame", True),
               lambda a: (f"a centred shot of {an(a)}", True),
               lambda a: (f"keep {an(a)} in the centre of the frame", False)],
    "image_left": [lambda a: (f"{an(a)} on the left side of the frame", True),
                   lambda a: (f"{an(a)} over by the left edge of the picture", True),
                   lambda a: (f"{an(a)} in the left part of the image", True),
                   lambda a: (f"{an(a)} at the left, lots of negative space to the right", True),
                   lambda a: (f"{an(a)} placed well over to the left of the frame", True),
                   lambda a: (f"{an(a)} in the leftmost third of the frame", True),
                   lambda a: (f"{an(a)} on the left, the rest of the frame left empty", True),
                   lambda a: (f"move {an(a)} to the left side of the image", False)],
    "image_right": [lambda a: (f"{an(a)} on the right side of the frame", True),
                    lambda a: (f"{an(a)} over by the right edge of the picture", True),
                    lambda a: (f"{an(a)} in the right part of the image", True),
                    lambda a: (f"{an(a)} at the right, lots of negative space to the left", True),
                    lambda a: (f"{an(a)} placed well over to the right of the frame", True),
                    lambda a: (f"{an(a)} in the rightmost third of the frame", True),
                    lambda a: (f"{an(a)} on the right, the rest of the frame left empty", True),
                    lambda a: (f"move {an(a)} to the right side of the image", False)],
}


def composition() -> list[dict]:
    things = SMALL + CREATURES + PEOPLE + LARGE + NAMES
    rows = []
    for kind, phrasings in REGIONS.items():
        for i in range(PER_KIND):
            template = phrasings[i % len(phrasings)]

            def make():
                a = pick(things, FAMILIAR)
                text, np_ = template(a)
                return row(dress(text, np_), {a: 1}, [(a, kind)])

            rows.append(fresh(make))
    return rows


# ------------------------------------------------------------------- counts ---

COUNTABLE = ["honey pot", "alarm clock", "telephone", "money box", "rag doll", "egg timer", "coffee grinder",
             "tea caddy", "pomegranate", "milk jug", "stockpot", "briefcase", "satchel", "rucksack", "canary",
             "lovebird", "parakeet", "papillon", "saluki", "rook", "jackdaw", "curlew", "lapwing", "partridge",
             "guinea fowl", "peafowl", "hoopoe", "nyala", "wapiti", "wild boar", "echidna", "bandicoot", "macaque",
             "hobbit", "ogress", "leprechaun", "gremlin", "umpire", "cricketer", "paperboy", "hatchback", "kayak",
             "dinghy", "dining chair", "camp stool", "street lamp"]
IRREGULAR = ["ferryman", "footman", "strongman", "groundsman", "linesman", "grouse", "witch", "princess", "lorry",
             "canary", "arctic fox", "pekingese", "chess set"]
COUNT_ONE = [lambda x: (f"one {x} by itself", True), lambda x: (f"a solitary {x}", True),
             lambda x: (f"{article(x)} {x} alone, nothing else in the scene", True),
             lambda x: (f"just one {x}", True)]
COUNT_MANY = [
    lambda n, x: (f"{WORDS[n]} {plural(x)} in total", True),
    lambda n, x: (f"a group of {WORDS[n]} {plural(x)}", True),
    lambda n, x: (f"a row of {WORDS[n]} {plural(x)}", True),
    lambda n, x: (f"a cluster of {WORDS[n]} {plural(x)}", True),
    lambda n, x: (f"{WORDS[n]} {plural(x)} grouped together", True),
    lambda n, x: (f"a pair of {plural(x)}", True),
    lambda n, x: (f"{WORDS[n]} {plural(x)}, evenly spaced", True),
    lambda n, x: (f"{n} {plural(x)} on a plain background", True),
    lambda n, x: (f"{plural(x)}: {WORDS[n]} of them", True),
    lambda n, x: (f"a line of {WORDS[n]} {plural(x)}", True),
    lambda n, x: (f"{WORDS[n]} {plural(x)} side by side", True),
    lambda n, x: (f"{WORDS[n]} separate {plural(x)}", True),
]
COUNT_FIXED = {"a pair of": 2}


def counts() -> list[dict]:
    rows = []
    for i in range(36):
        template = COUNT_MANY[i % len(COUNT_MANY)]

        def make():
            x = rng.choice(IRREGULAR if i % 3 == 0 else COUNTABLE)
            n = rng.choice([2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 14])
            text, np_ = template(n, x)
            for said, fixed in COUNT_FIXED.items():
                if text.startswith(said + " "):
                    n = fixed
            return row(dress(text, np_), {x: n})

        rows.append(fresh(make))
    for i in range(8):
        template = COUNT_ONE[i % len(COUNT_ONE)]

        def make():
            x = rng.choice(COUNTABLE + IRREGULAR[:6])
            text, np_ = template(x)
            return row(dress(text, np_), {x: 1})

        rows.append(fresh(make))
    mixed = [lambda n, x, m, y: (f"{WORDS[n]} {plural(x)} alongside {WORDS[m]} {plural(y)}", {x: n, y: m}),
             lambda n, x, m, y: (f"{WORDS[n]} {plural(x)}, {WORDS[m]} {plural(y)} and a single {LONE}",
                                 {x: n, y: m, LONE: 1}),
             lambda n, x, m, y: (f"{WORDS[n]} {plural(x)} as well as {WORDS[m]} {plural(y)}", {x: n, y: m}),
             lambda n, x, m, y: (f"a picture with {WORDS[n]} {plural(x)} and {WORDS[m]} {plural(y)} in it",
                                 {x: n, y: m})]
    for i in range(16):
        template = mixed[i % len(mixed)]

        def make():
            x, y = rng.sample(COUNTABLE + IRREGULAR, 2)
            n, m = rng.choice([2, 3, 4, 5, 6]), rng.choice([2, 3, 4, 5])
            text, objects = template(n, x, m, y)
            return row(dress(text, True), objects)

        rows.append(fresh(make))
    return rows


LONE = "traffic light"


# ------------------------------------------------------------------- facing ---

FACE_ANIMALS = ["nyala", "waterbuck", "hartebeest", "gemsbok", "wapiti", "wild boar", "grizzly", "polar bear",
                "snow leopard", "maned wolf", "wolverine", "afghan hound", "wolfhound", "saluki", "border collie",
                "malamute", "secretary bird"]
FACE_VEHICLES = ["delivery van", "police car", "lorry", "road roller", "digger", "racing car", "sports car",
                 "convertible", "minivan", "hatchback"]
FACE_PEOPLE = ["doctor", "teacher", "king", "queen", "umpire", "bartender", "police officer", "explorer", "witch",
               "sorcerer", "ogress", "satyr", "ice skater", "minstrel", "chauffeur", "footman"]
FACING = {
    "camera": [lambda a, k: f"{a} looking directly at the camera" if k != "vehicle" else
               f"{a} coming straight at the camera",
               lambda a, k: f"{a} facing us",
               lambda a, k: f"{a} face-on to the viewer" if k != "vehicle" else f"{a}, nose towards the viewer",
               lambda a, k: f"{a} looking out of the picture at us" if k != "vehicle" else
               f"{a} with its front end towards us"],
    "away": [lambda a, k: f"{a} facing into the distance, away from the camera",
             lambda a, k: f"{a} {'driving' if k == 'vehicle' else 'walking'} away from the camera",
             lambda a, k: f"{a} facing away from us, towards the horizon",
             lambda a, k: f"{a} looking away from the viewer" if k != "vehicle" else
             f"{a} with its rear end to the camera"],
    "left": [lambda a, k: f"{a} facing to the left",
             lambda a, k: f"{a} looking towards the left edge of the frame" if k != "vehicle" else
             f"{a} pointed towards the left edge of the frame",
             lambda a, k: f"{a} {'driving' if k == 'vehicle' else 'moving'} from right to left",
             lambda a, k: f"{a} side-on, front pointing left" if k == "vehicle" else f"{a} side-on, head to the left"],
    "right": [lambda a, k: f"{a} facing to the right",
              lambda a, k: f"{a} looking towards the right edge of the frame" if k != "vehicle" else
              f"{a} pointed towards the right edge of the frame",
              lambda a, k: f"{a} {'driving' if k == 'vehicle' else 'moving'} from left to right",
              lambda a, k: f"{a} side-on, front pointing right" if k == "vehicle" else
              f"{a} side-on, head to the right"],
}
MANY_FACING = {"camera": lambda group, all_: f"{group}, {all_} looking at the camera",
               "left": lambda group, all_: f"{group}, {'both' if all_ == 'both' else 'all'} of them facing to the left",
               "away": lambda group, all_: f"{group}, {all_} facing away from the camera",
               "right": lambda group, all_: f"{group}, {all_} looking to the right"}


def facing() -> list[dict]:
    rows = []
    ways = ["camera", "away", "left", "right"]
    for i in range(PER_KIND + 4):
        way = ways[i % 4]
        template = FACING[way][(i // 4) % 4]

        def make():
            kind = rng.choice(["animal", "animal", "vehicle", "person"])
            a = rng.choice({"animal": FACE_ANIMALS, "vehicle": FACE_VEHICLES, "person": FACE_PEOPLE}[kind])
            if i % 6 == 5:  # several: every one faces that way
                n = rng.choice([2, 3, 4])
                text = MANY_FACING[way](many(n, a), "both" if n == 2 else "all")
                return row(dress(text, True), {a: n}, facing=[(a, way)])
            text = template(an(a), kind)
            return row(dress(text, True), {a: 1}, facing=[(a, way)])

        rows.append(fresh(make))
    return rows


# ------------------------------------------------------------------- camera ---
# Left and right views are the scene's: the camera stands on the viewer's left (right) of the
# scene as it is usually shown, never "its left side" of a thing with a front of its own.
VIEWS = {
    "top": [lambda a, b: f"an overhead shot of {an(a)} and {an(b)}",
            lambda a, b: f"{an(a)} seen from straight above",
            lambda a, b: f"a top-down view of {an(a)}",
            lambda a, b: f"looking down on {an(a)} and {an(b)} from directly above",
            lambda a, b: f"{an(a)} and {an(b)} shot from high overhead, looking straight down"],
    "front": [lambda a, b: f"{an(a)} shot head-on from the front",
              lambda a, b: f"a front view of {an(a)} and {an(b)}",
              lambda a, b: f"{an(a)} seen from the front",
              lambda a, b: f"{an(a)} and {an(b)}, photographed from the front",
              lambda a, b: f"{an(a)} viewed face-on from the front of the scene"],
    "back": [lambda a, b: f"{an(a)} seen from behind",
             lambda a, b: f"{an(a)} and {an(b)} viewed from behind",
             lambda a, b: f"a view from the back of the scene showing {an(a)}",
             lambda a, b: f"{an(a)}, photographed from the rear",
             lambda a, b: f"a shot from behind {an(a)} and {an(b)}"],
    "left": [lambda a, b: f"{an(a)} photographed from the left side of the scene",
             lambda a, b: f"{an(a)} and {an(b)}, seen from the scene's left",
             lambda a, b: f"a side view of {an(a)} and {an(b)} from the left of the scene",
             lambda a, b: f"{an(a)}, camera positioned to the left of the scene",
             lambda a, b: f"the scene with {an(a)} and {an(b)}, viewed from its left-hand side"],
    "right": [lambda a, b: f"{an(a)} photographed from the right side of the scene",
              lambda a, b: f"{an(a)} and {an(b)}, seen from the scene's right",
              lambda a, b: f"a side view of {an(a)} and {an(b)} from the right of the scene",
              lambda a, b: f"{an(a)}, camera positioned to the right of the scene",
              lambda a, b: f"the scene with {an(a)} and {an(b)}, viewed from its right-hand side"],
    "close-up": [lambda a, b: f"a close-up of {an(a)}",
                 lambda a, b: f"a close-up shot of {an(a)}, filling the frame",
                 lambda a, b: f"{an(a)} in close-up",
                 lambda a, b: f"a detailed close-up photo of {an(a)}",
                 lambda a, b: f"zoomed right in on {an(a)}"],
    "wide": [lambda a, b: f"a wide-angle landscape shot with {an(a)} and {an(b)} in the distance",
             lambda a, b: f"{an(a)} far off in the distance, wide view",
             lambda a, b: f"a very wide view of {an(a)} and {an(b)}, both small in the frame",
             lambda a, b: f"a panoramic shot with {an(a)} tiny on the horizon",
             lambda a, b: f"{an(a)} and {an(b)}, seen from a long way off"],
}


def camera() -> list[dict]:
    things = SMALL + CREATURES + PEOPLE + LARGE
    rows = []
    for view, phrasings in VIEWS.items():
        for i in range(8):
            template = phrasings[i % len(phrasings)]

            def make():
                said = template("x", "y")
                pool = SMALL if view == "close-up" else things
                fronted = "behind" in said or "rear" in said  # of a thing with a front and a back
                if fronted:
                    pool = CREATURES + PEOPLE + FACE_VEHICLES
                if view == "wide":
                    pool = LARGE + WILD + PEOPLE  # things that still show when small and far away
                a = pick(pool, None if fronted else FAMILIAR)
                b = pick(pool if fronted or view == "wide" else things, FAMILIAR, avoid={a})
                text = template(a, b)
                objects = {a: 1, b: 1} if re.search(rf"\b{re.escape(b)}\b", text) else {a: 1}
                return row(dress(text, text.startswith(("a ", "an "))), objects, camera=view)

            rows.append(fresh(make))
    return rows


def main() -> None:
    sets = {"relations": relations(), "composition": composition(), "counts": counts(), "facing": facing(),
            "camera": camera()}
    fresh_pools = set(SMALL + PERCHERS + SUPPORTS + COVERS + UNDER_SUBJECTS + CREATURES + PEOPLE + LARGE +
                      RING_CENTRES + RING_MEMBERS + COUNTABLE + IRREGULAR + FACE_ANIMALS + FACE_VEHICLES +
                      FACE_PEOPLE + [n.lower() for n in NAMES] + [LONE])
    shared = fresh_pools & existing_nouns()
    assert not shared, f"fresh nouns also in other prompt sets: {sorted(shared)}"
    quoted = fresh_pools & other_grammar_words()
    assert not quoted, f"fresh nouns quoted in other grammars: {sorted(quoted)}"
    assert not set(FAMILIAR + FAMILIAR_SUPPORTS + FAMILIAR_COVERS) - existing_nouns(), \
        set(FAMILIAR + FAMILIAR_SUPPORTS + FAMILIAR_COVERS) - existing_nouns()
    OUT.mkdir(exist_ok=True)
    for name, rows in sets.items():
        (OUT / f"{name}.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows))
    known = existing_nouns()
    for name, rows in sets.items():
        familiar = sum(any(n in known for n in r["expect"]["objects"]) for r in rows)
        print(f"{name}: {len(rows)} prompts ({familiar} with a noun other sets use)")


if __name__ == "__main__":
    main()
