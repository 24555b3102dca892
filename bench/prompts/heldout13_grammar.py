"""Writes the THIRTEENTH held-out layout prompts (bench/prompts/heldout13/*.jsonl) from a grammar.

    .venv/bin/python bench/prompts/heldout13_grammar.py

Why a thirteenth held-out set: the twelfth one (bench/prompts/heldout12/) was run once fresh (at
ab6260a) and the next session reads it while building, so its figure will measure some fit too.
This set was written without reading the implementation, its tests or its documentation (only
the bench's scorers, bench/layout.py, bench/scenes.py and bench/layout_selfcheck.py, the README's
bench section, and the existing prompt sets and grammars in bench/prompts, so as to differ from
them). Run it once, with ``--failures 0``:

- registers: every kind is said in voices none of the other sets imitates: a kitchen-appliance
  instruction leaflet ("Fig. 4 (model KB-250): ... Keep these instructions for future
  reference."), a primary-school nature-table label ("Class 3's painting for the nature table:
  ... Please do not touch!"), a tabletop role-playing game master ("Area 17. You step forward
  and look. ... What do you do?"), a bird-watching club newsletter ("Newsletter no. 43, from the
  hide: ... Next meeting Tuesday."), a parent reading a picture book with a toddler ("Look at
  this page, poppet! ... Clever girl!"), a text from a removal company ("Hi, it's the removals
  lot re job 4471: ... see pic. Cheers."), a zine collage caption in lower case with double
  colons ("zine #9, p.14 :: ... :: photocopied"), a telegram in capitals without articles
  ("CAB LEFT OF TREE AS VIEWED STOP"), an advent calendar door ("Door 14: ... Happy
  December!") and a fortune teller ("I see it now, my dear, in the crystal: ... The spirits
  have spoken."). Numbers are said as words and as digits, and labels carry numbers that are not
  counts (figures, model codes, classes, areas, newsletter issues, job numbers, zine issues and
  pages, calendar doors). Left and right are always the viewer's ("in the diagram", "on your
  left as you stand at the entrance", "as seen from the hide window", "on the left side of the
  page", "in the pic we sent", "AS VIEWED", "as you look, my dear");
- vocabulary: kitchen and nursery things, nature-table finds, removal boxes and household kit,
  garden and allotment things, pets, garden birds and a few big animals, working and holiday
  vehicles, huts, sheds, kiosks and trees, trades, relatives and ordinary first names; most of
  the nouns no other prompt set uses (counted and printed when run), a few familiar ones;
  nothing obscure;
- physically plausible: small things go on and under furniture with room under it, big things
  stand behind small ones (never the other way round), only vans, trucks, buses, sheds, huts,
  kiosks, hedges and bushes hide an animal or a person, things far off in a wide shot are big,
  seats go round tables only, farm animals round a feed trough or a salt lick and people round
  a village sign, a skip, a standing stone, a brazier, a wishing well or a christmas tree;
- no prompt equals or contains (as a whole-word sequence) a prompt of any other part, layout or
  scene, and no two nouns of one prompt share a word: drawn again until so (the script checks).

Nothing outside bench/prompts may import this file, name it, or quote its prompts; nobody should
tune the parser on them. The truth is written with each prompt by the grammar (the meaning of
the words, chosen by hand), never read from the implementation. Deterministic (seed 90617).
Same JSON as the other sets: {"prompt": ..., "expect": {"objects": {...}, "relations": [...],
"facing": [...], "camera": ...}}; object names are the nouns as written, singular.
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "heldout13"
ME = "heldout13"
rng = random.Random(90617)
PER_KIND = 44  # prompts per relation kind, per composition region; facing has 48

# ------------------------------------------------------------- vocabulary ---
TABLETOP = ["electric kettle", "dinner plate", "pudding bowl", "pie dish", "muffin tin", "knife block",
            "kitchen scales", "salad spinner", "sippy cup", "baby bottle", "hot water bottle", "electric fan",
            "crystal ball", "pine cone", "bird's nest", "fossil", "snail shell", "cockle shell", "christmas cake",
            "bouquet", "kitchen clock", "polaroid camera", "tape deck", "rubber stamp", "glue pot", "sauce bottle",
            "mustard pot", "deep fryer", "hand mixer", "oil burner", "spellbook", "bread loaf", "honey pot"]
FLOOR_THINGS = ["packing box", "wardrobe box", "linen basket", "clothes horse", "hoover", "carpet sweeper", "potty",
                "nappy bucket", "car seat", "changing bag", "shopping basket", "carrier bag", "wooden barrel",
                "moses basket", "heater", "garden fork", "rake"]
SMALL = TABLETOP + FLOOR_THINGS
PERCHERS = ["tortoiseshell cat", "tabby kitten", "field mouse", "mynah bird", "goldfinch", "great tit",
            "red squirrel"]
SUPPORTS = ["kitchen unit", "worktop", "upright freezer", "washer dryer", "tumble drier", "gas cooker", "aga",
            "harmonium", "linen chest", "oak table", "raffle table", "cake stall", "jam stall", "book stall",
            "changing table", "chest freezer"]
COVERS = ["oak table", "raffle table", "cake stall", "jam stall", "book stall", "changing table", "four-poster bed",
          "church pew", "trestle table", "plant stall"]
UNDER_SUBJECTS = ["tortoiseshell cat", "tabby kitten", "jack russell", "westie", "french bulldog",
                  "yorkshire terrier", "pet rabbit", "lop-eared rabbit", "field mouse", "dormouse", "packing box",
                  "linen basket", "potty", "nappy bucket", "shopping basket", "carrier bag", "wooden barrel",
                  "changing bag", "heater", "moses basket"]
PETS = ["tortoiseshell cat", "tabby kitten", "jack russell", "westie", "french bulldog", "yorkshire terrier",
        "lurcher", "st bernard", "pet rabbit", "lop-eared rabbit", "mynah bird", "field mouse", "dormouse",
        "red squirrel", "goldfinch", "great tit", "song thrush", "gosling", "cygnet", "stoat", "hedgehog"]
ZOO = ["hippopotamus", "rhinoceros", "grizzly bear", "red deer", "carthorse", "nanny goat", "pit pony", "seal pup",
       "camel", "giraffe", "elephant", "zebra", "water buffalo"]
CREATURES = PETS + ZOO
BIG_ANIMALS = ["hippopotamus", "rhinoceros", "grizzly bear", "carthorse", "camel", "giraffe", "elephant",
               "water buffalo"]
HIDEABLE = [c for c in CREATURES if c not in BIG_ANIMALS]
JOBS = ["removal man", "van driver", "school nurse", "childminder", "au pair", "health visitor", "window fitter",
        "tiler", "piano mover", "handyman", "tree surgeon", "twitcher", "forest ranger", "fruit picker",
        "dairy farmer", "market trader", "stallholder", "shelf stacker", "typist", "bank clerk", "architect",
        "site foreman", "cabbie", "bargee", "innkeeper", "barmaid", "clairvoyant", "bell ringer", "policewoman",
        "fisherwoman", "postman"]
FAMILY = ["nan", "great-grandma", "father-in-law", "mother-in-law", "stepson", "stepdaughter", "half-brother",
          "twin sister", "little brother", "eldest son", "pensioner", "bridegroom", "daughter", "husband"]
PEOPLE = JOBS + FAMILY
NAMES = ["Brenda", "Kevin", "Shirley", "Nigel", "Gareth", "Lorna", "Agnes", "Dougie", "Colin", "Sheila",
         "Deirdre", "Trevor", "Aisha", "Sunil", "Bridget", "Kieran"]
VEHICLES = ["removals van", "luton van", "transit van", "recovery truck", "petrol tanker", "muck spreader",
            "mini digger", "sightseeing bus", "police van", "patrol car", "vintage car", "black cab", "motor scooter",
            "trike", "delivery bike", "cargo bike", "rowboat", "punt", "pedal boat", "paddle steamer", "houseboat",
            "barge", "fishing boat", "speedboat", "goods train", "tractor"]
BUILDINGS = ["bowls pavilion", "scout hut", "bird hide", "allotment shed", "boat shed", "lock-up garage", "portakabin",
             "watermill", "dovecot", "church tower", "tea hut", "beach cafe", "ice cream kiosk", "railway station",
             "aviary", "goat shed", "barn"]
TREES = ["sycamore tree", "horse chestnut tree", "cedar tree", "larch tree", "spruce tree", "holly tree",
         "cherry blossom tree", "crab apple tree", "cypress tree", "laurel bush", "juniper bush", "gooseberry bush",
         "box hedge", "beech hedge", "buddleia"]
LARGE = VEHICLES + BUILDINGS + TREES
BULKY = ["removals van", "luton van", "transit van", "police van", "petrol tanker", "recovery truck",
         "sightseeing bus", "scout hut", "allotment shed", "boat shed", "lock-up garage", "portakabin", "tea hut",
         "ice cream kiosk", "goat shed", "laurel bush", "juniper bush", "box hedge", "beech hedge", "buddleia"]
TABLES = ["oak table", "raffle table", "trestle table"]
SEATS = ["windsor chair", "ladder-back chair", "carver chair", "cafe chair", "high stool", "plastic chair"]
RING_PLACES = {"village sign": "people", "skip": "people", "standing stone": "people", "brazier": "people",
               "wishing well": "people", "christmas tree": "people", "feed trough": "farm", "salt lick": "farm"}
RING_PEOPLE = ["bell ringer", "choirgirl", "trick-or-treater", "party guest", "fruit picker", "twitcher", "au pair",
               "stepdaughter", "half-brother", "pensioner", "barmaid", "brownie guide"]
RING_FARM = ["gosling", "nanny goat", "pit pony", "carthorse", "red deer", "ewe lamb"]
# Irregular plurals and multi-word nouns whose last word is irregular.
PLURALS = {"field mouse": "field mice", "dormouse": "dormice", "removal man": "removal men", "handyman": "handymen",
           "policewoman": "policewomen", "fisherwoman": "fisherwomen", "postman": "postmen",
           "red deer": "red deer", "hippopotamus": "hippopotamuses", "rhinoceros": "rhinoceroses",
           "oak leaf": "oak leaves", "bread knife": "bread knives", "wife": "wives", "goose": "geese",
           "nan": "nans", "st bernard": "st bernards", "potty": "potties", "half-brother": "half-brothers",
           "father-in-law": "fathers-in-law", "mother-in-law": "mothers-in-law", "water buffalo": "water buffaloes",
           "sheep's skull": "sheep's skulls", "bird's nest": "birds' nests", "bird's egg": "birds' eggs",
           "woolly scarf": "woolly scarves", "bread loaf": "bread loaves", "trick-or-treater": "trick-or-treaters",
           "christmas cracker": "christmas crackers", "tabby kitten": "tabby kittens", "buddleia": "buddleias",
           "great-grandma": "great-grandmas", "trike": "trikes"}
WORDS = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight", 9: "nine",
         10: "ten", 11: "eleven", 12: "twelve", 13: "thirteen", 14: "fourteen", 15: "fifteen", 16: "sixteen",
         17: "seventeen", 18: "eighteen", 19: "nineteen", 20: "twenty"}

THING_ADJECTIVES = ["scuffed", "brand-new", "mustard-yellow", "wonky", "sticky", "spotless", "tartan"]
UNDESCRIBED = set(TREES) | set(RING_PLACES)
CREATURE_ADJECTIVES = ["scruffy", "plump", "muddy", "inquisitive", "drowsy", "grumpy"]
PEOPLE_ADJECTIVES = ["freckled", "grey-haired", "moustached", "puffed-out", "smiling", "rain-soaked"]
TAILS = [" (poster paints)", " (wax crayons)", " (tissue paper and glue)", " (powder paint)"]
TAIL_SHARE = 0.15
TAIL_OK = ("Class ", "Door ")
LETTERS = "ABCDEFGHJKMPRT"


def loud(text: str) -> bool:
    """The telegram register: capitals, STOP between sentences."""
    return text.endswith(" STOP") or " STOP " in text


def quiet(text: str) -> bool:
    """The zine register: lower case, double colons."""
    return text.startswith("zine ")


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
    """'a punt', 'an aga', sometimes 'a scuffed punt'; names stay bare."""
    if noun in NAMES:
        return noun
    said = describe(noun, share)
    return f"{article(said)} {said}"


def the(noun: str, share: float = 0.12) -> str:
    return noun if noun in NAMES else f"the {describe(noun, share)}"


def bare(noun: str) -> str:
    """The telegram's noun: no article, no adjective."""
    return noun


def it(noun: str) -> str:
    return "them" if noun in NAMES or kind_of(noun) == "person" else "it"


def its(noun: str) -> str:
    return "their" if it(noun) == "them" else "its"


def many(n: int, noun: str, digits: bool = False) -> str:
    return f"{n if digits else WORDS[n]} {plural(noun)}"


def pick(pool: list[str], avoid=()) -> str:
    return rng.choice([n for n in pool if n not in avoid])


def num() -> int:
    """A label's number (a figure, an area, a door, an issue): never a count."""
    return rng.randint(2, 60)


# ------------------------------------------------------------- registers ---


def leaflet(body: str) -> str:
    code = f"{rng.choice(['KB', 'TX', 'HM', 'DF'])}-{rng.randint(10, 99) * 10}"
    return f"Fig. {num()} (model {code}): {body} Keep these instructions for future reference."


def nature(body: str) -> str:
    return f"Class {rng.randint(1, 6)}'s painting for the nature table: {body} Please do not touch!"


def room(body: str) -> str:
    return f"Area {num()}. You step forward and look. {body[0].upper() + body[1:]} What do you do?"


def newsletter(body: str) -> str:
    return f"Newsletter no. {rng.randint(20, 140)}, from the hide: {body} Next meeting Tuesday."


def toddler(body: str) -> str:
    pet = rng.choice(["poppet", "sweetheart", "little one", "chicken"])
    praise = rng.choice(["Clever girl!", "Clever boy!", "Well done you!", "That's right!"])
    return f"Look at this page, {pet}! {body[0].upper() + body[1:]} {praise}"


def removals(body: str) -> str:
    return f"Hi, it's the removals lot re job {rng.randint(1000, 9999)}: {body} Cheers."


def zine(body: str) -> str:
    return f"zine #{rng.randint(2, 30)}, p.{rng.randint(2, 40)} :: {body} :: photocopied"


def telegram(body: str) -> str:
    return body.upper() + " STOP"


def advent(body: str) -> str:
    return f"Door {rng.randint(1, 24)}: {body} Happy December!"


def fortune(body: str) -> str:
    return f"I see it now, my dear, in the crystal: {body} The spirits have spoken."


def dress(text: str, tail: bool = True) -> str:
    """Capitalised (unless the lower-case zine or the capital telegram); now and then a medium note
    on the nature table and the calendar door."""
    if tail and rng.random() < TAIL_SHARE and text.startswith(TAIL_OK) and text.endswith("!"):
        head, _, last = text.rpartition(". ")
        if head:
            text = head + rng.choice(TAILS) + ". " + last
    if quiet(text) or loud(text):
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
                   "heldout9", "heldout10", "heldout11", "heldout12"):
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


OLD = existing_prompts()
SEEN: set[str] = set()


def split_words(noun: str) -> set[str]:
    return set(re.split(r"[ -]", noun))


def fresh(make, tries: int = 600) -> dict:
    """Draws until the prompt is new: not drawn before, not equal to nor containing an old one, and no
    two of its nouns share a word (a holly tree beside a cedar tree)."""
    for _ in range(tries):
        made = make()
        key = words(made["prompt"])
        names = list(made["expect"]["objects"])
        overlap = any(split_words(a) & split_words(b) for i, a in enumerate(names) for b in names[i + 1:])
        if key not in SEEN and not overlap and not any(old in key for old in OLD):
            SEEN.add(key)
            return made
    raise RuntimeError("could not draw a fresh prompt")


# ---------------------------------------------------------------- relations ---
# Each phrasing returns the text for subject s and object o; the truth is [s, kind, o] whatever
# order the words put them in. Left and right are the viewer's throughout.

LEFT = [
    lambda s, o: leaflet(f"{an(s)} sits to the left of {an(o)}, as shown in the diagram."),
    lambda s, o: nature(f"{an(s)} on the left and {an(o)} on the right when you look at it."),
    lambda s, o: room(f"On your left as you stand at the entrance there is {an(s)}; on your right, {an(o)}."),
    lambda s, o: newsletter(f"{an(s)} was spotted to the left of {an(o)}, as seen from the hide window."),
    lambda s, o: toddler(f"There's {an(s)} on the left side of the page, and {an(o)} over on the right side."),
    lambda s, o: removals(f"we've put {the(s, 0)} to the left of {the(o, 0)}, see pic."),
    lambda s, o: zine(f"{an(s, 0)} pasted far left, {an(o, 0)} pasted far right"),
    lambda s, o: telegram(f"{bare(s)} LEFT OF {bare(o)} AS VIEWED"),
    lambda s, o: advent(f"{an(s)} on the left of the little picture and {an(o)} on its right."),
    lambda s, o: fortune(f"{an(s)} on the left as you look, my dear, and {an(o)} on the right."),
    lambda s, o: removals(f"{the(o, 0)} has gone on the right in the pic we sent, with {the(s, 0)} further left."),
]
RIGHT = [
    lambda s, o: leaflet(f"{an(s)} sits to the right of {an(o)}, as shown in the diagram."),
    lambda s, o: nature(f"{an(o)} on the left and {an(s)} on the right when you look at it."),
    lambda s, o: room(f"On your left as you stand at the entrance there is {an(o)}; on your right, {an(s)}."),
    lambda s, o: newsletter(f"{an(s)} was spotted to the right of {an(o)}, as seen from the hide window."),
    lambda s, o: toddler(f"There's {an(o)} on the left side of the page, and {an(s)} over on the right side."),
    lambda s, o: removals(f"we've put {the(s, 0)} to the right of {the(o, 0)}, see pic."),
    lambda s, o: zine(f"{an(o, 0)} pasted far left, {an(s, 0)} pasted far right"),
    lambda s, o: telegram(f"{bare(s)} RIGHT OF {bare(o)} AS VIEWED"),
    lambda s, o: advent(f"{an(o)} on the left of the little picture and {an(s)} on its right."),
    lambda s, o: fortune(f"{an(s)} to the right of {an(o)} as you look, my dear."),
    lambda s, o: newsletter(f"{an(o)} on the left from the hide, and {an(s)} just to the right of {it(o)}."),
]
ON = [
    lambda s, o: leaflet(f"Place {an(s)} on top of {the(o)} as shown."),
    lambda s, o: nature(f"{an(s)} sitting on top of {an(o)}."),
    lambda s, o: room(f"Atop {an(o)} rests {an(s)}."),
    lambda s, o: newsletter(f"{an(s)} was seen perched on top of {an(o)}."),
    lambda s, o: toddler(f"Can you see {an(s)}? It's up on top of {the(o, 0)}!"),
    lambda s, o: removals(f"{the(s, 0)} is on top of {the(o, 0)} for now, hope that's ok."),
    lambda s, o: zine(f"{an(s, 0)} stuck on top of {an(o, 0)}"),
    lambda s, o: telegram(f"{bare(s)} PLACED ON TOP OF {bare(o)}"),
    lambda s, o: advent(f"{an(s)} sitting on top of {an(o)}, all ready for Christmas."),
    lambda s, o: fortune(f"{an(s)} resting upon {an(o)}..."),
    lambda s, o: removals(f"left {an(s)} up on {the(o, 0)}, on the top of it."),
]
UNDER = [
    lambda s, o: leaflet(f"Store {the(s, 0)} underneath {the(o, 0)} when not in use."),
    lambda s, o: nature(f"{an(s)} hiding underneath {an(o)}."),
    lambda s, o: room(f"Beneath {an(o)} you can make out {an(s)}."),
    lambda s, o: newsletter(f"{an(s)} was found sheltering under {an(o)}."),
    lambda s, o: toddler(f"Who's that under {the(o, 0)}? It's {an(s)}!"),
    lambda s, o: removals(f"{the(s, 0)} is tucked under {the(o, 0)}, see pic."),
    lambda s, o: zine(f"{an(s, 0)} glued in under {an(o, 0)}"),
    lambda s, o: telegram(f"{bare(s)} UNDERNEATH {bare(o)}"),
    lambda s, o: advent(f"{an(s)} peeping out from underneath {an(o)}."),
    lambda s, o: fortune(f"{an(s)}, waiting beneath {an(o)}..."),
    lambda s, o: room(f"{an(o)} stands here, and under it lies {an(s)}."),
]
FRONT = [
    lambda s, o: leaflet(f"Stand {the(s, 0)} in front of {the(o, 0)}, nearer to you than {it(o)}."),
    lambda s, o: nature(f"{an(s)} at the front and {an(o)} behind {it(s)}."),
    lambda s, o: room(f"Right in front of {an(o)}, closer to you, stands {an(s)}."),
    lambda s, o: newsletter(f"{an(s)} in front of {an(o)}, nearer the hide."),
    lambda s, o: toddler(f"{an(s)} is in front of {the(o, 0)}, see? Nearer to us!"),
    lambda s, o: removals(f"{the(s, 0)} is in front of {the(o, 0)} in the pic, nearest the camera."),
    lambda s, o: zine(f"{an(s, 0)} layered over the front of {an(o, 0)}"),
    lambda s, o: telegram(f"{bare(s)} IN FRONT OF {bare(o)} NEARER VIEWER"),
    lambda s, o: advent(f"{an(s)} standing in front of {an(o)}."),
    lambda s, o: fortune(f"{an(s)} before {an(o)}, closer to you, my dear."),
    lambda s, o: newsletter(f"{an(o)} in the background with {an(s)} in front of {it(o)}."),
]
BEHIND = [
    lambda s, o: leaflet(f"{the(s, 0)} stands behind {the(o, 0)}, further from you."),
    lambda s, o: nature(f"{an(o)} at the front and {an(s)} behind {it(o)}."),
    lambda s, o: room(f"Past {an(o)}, further back, looms {an(s)}."),
    lambda s, o: newsletter(f"{an(s)} behind {an(o)}, further from the hide."),
    lambda s, o: toddler(f"Look, behind {the(o, 0)} there's {an(s)}! Far away!"),
    lambda s, o: removals(f"{the(s, 0)} is behind {the(o, 0)} in the pic, further back."),
    lambda s, o: zine(f"{an(o, 0)} up front, {an(s, 0)} set behind it"),
    lambda s, o: telegram(f"{bare(s)} BEHIND {bare(o)} FURTHER FROM VIEWER"),
    lambda s, o: advent(f"{an(o)} and, behind {it(o)} in the distance, {an(s)}."),
    lambda s, o: fortune(f"{an(s)} behind {an(o)}, further off..."),
    lambda s, o: leaflet(f"{the(o, 0)} is nearest; {the(s, 0)} stands behind {it(o)}."),
]
NEAR = [
    lambda s, o: leaflet(f"Keep {the(s, 0)} close beside {the(o, 0)}."),
    lambda s, o: nature(f"{an(s)} right next to {an(o)}."),
    lambda s, o: room(f"{an(s)} stands close beside {an(o)}."),
    lambda s, o: newsletter(f"{an(s)} seen close to {an(o)}."),
    lambda s, o: toddler(f"{an(s)} and {an(o)}, right up close together!"),
    lambda s, o: removals(f"{the(s, 0)} is right next to {the(o, 0)}."),
    lambda s, o: zine(f"{an(s, 0)} glued down beside {an(o, 0)}"),
    lambda s, o: telegram(f"{bare(s)} CLOSE BESIDE {bare(o)}"),
    lambda s, o: advent(f"{an(s)} right beside {an(o)}."),
    lambda s, o: fortune(f"{an(s)}, very near to {an(o)}..."),
    lambda s, o: room(f"{an(s)} waits within arm's reach of {an(o)}."),
]
HIDDEN = [
    lambda s, o: leaflet(f"{the(s, 0)} sits behind {the(o, 0)}, which hides most of {it(s)}."),
    lambda s, o: nature(f"{an(s)} mostly hidden behind {an(o)}."),
    lambda s, o: room(f"Behind {an(o)}, barely visible, lurks {an(s)}."),
    lambda s, o: newsletter(f"{an(s)} half hidden behind {an(o)}, hard to spot."),
    lambda s, o: toddler(f"Where's {an(s)}? Behind {the(o, 0)}! Only a little bit shows!"),
    lambda s, o: removals(f"{the(s, 0)} is behind {the(o, 0)}, you can hardly see {it(s)} in the pic."),
    lambda s, o: zine(f"{an(s, 0)} mostly covered up by {an(o, 0)}"),
    lambda s, o: telegram(f"{bare(s)} MOSTLY HIDDEN BEHIND {bare(o)}"),
    lambda s, o: advent(f"{an(s)} hiding behind {an(o)}, just peeking out."),
    lambda s, o: fortune(f"{an(s)} behind {an(o)}, almost lost from sight..."),
    lambda s, o: room(f"{an(o)} blocks your view of {an(s)} behind {it(o)}."),
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
    lambda s, x, y: leaflet(f"Fit {the(s, 0)} between {the(x, 0)} and {the(y, 0)}."),
    lambda s, x, y: nature(f"{an(s)} in the middle of {an(x)} and {an(y)}."),
    lambda s, x, y: room(f"Between {an(x)} and {an(y)} stands {an(s)}."),
    lambda s, x, y: newsletter(f"{an(s)} between {an(x)} and {an(y)}."),
    lambda s, x, y: toddler(f"{an(s)} in between {the(x, 0)} and {the(y, 0)}!"),
    lambda s, x, y: removals(f"{the(s, 0)} has gone between {the(x, 0)} and {the(y, 0)}."),
    lambda s, x, y: zine(f"{an(s, 0)} squeezed between {an(x, 0)} and {an(y, 0)}"),
    lambda s, x, y: telegram(f"{bare(s)} BETWEEN {bare(x)} AND {bare(y)}"),
    lambda s, x, y: advent(f"{an(s)} between {an(x)} and {an(y)}."),
    lambda s, x, y: fortune(f"{an(s)}, caught between {an(x)} and {an(y)}..."),
]
BETWEEN_PAIR = [
    lambda s, x: room(f"{an(s)} stands with {article(x)} {x} on either side of {it(s)}."),
    lambda s, x: newsletter(f"{an(s)} between two {plural(x)}, one each side."),
    lambda s, x: removals(f"{the(s, 0)} is between the two {plural(x)}."),
    lambda s, x: telegram(f"{bare(s)} BETWEEN TWO {plural(x)}"),
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
    lambda n, r, c: leaflet(f"Arrange {many(n, r)} evenly around {the(c, 0)}."),
    lambda n, r, c: nature(f"{many(n, r)} in a circle around {the(c, 0)}."),
    lambda n, r, c: room(f"{many(n, r)} stand in a circle about {the(c, 0)}."),
    lambda n, r, c: newsletter(f"{many(n, r, True)} gathered in a ring around {the(c, 0)}."),
    lambda n, r, c: toddler(f"{many(n, r)} all the way round {the(c, 0)}! Let's count them!"),
    lambda n, r, c: removals(f"{many(n, r, True)} set out round {the(c, 0)} in a circle."),
    lambda n, r, c: zine(f"{many(n, r)} cut out + glued in a ring round {the(c, 0)}"),
    lambda n, r, c: telegram(f"{many(n, r)} IN CIRCLE AROUND {c}"),
    lambda n, r, c: advent(f"{many(n, r)} in a ring around {the(c, 0)}."),
    lambda n, r, c: fortune(f"{many(n, r)}, circling {the(c, 0)}..."),
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

REGIONS = {
    "centre": [lambda a: leaflet(f"{an(a)} alone, in the middle of the diagram."),
               lambda a: nature(f"just {an(a)}, right in the middle."),
               lambda a: room(f"The area is empty but for {an(a)} in its very centre, straight ahead of you."),
               lambda a: newsletter(f"a lone {a} plumb in the middle of the view.") if a not in NAMES
               else newsletter(f"{a} alone, plumb in the middle of the view."),
               lambda a: toddler(f"Just {an(a)}, right in the middle of the page!"),
               lambda a: removals(f"only {the(a, 0)} left, smack in the middle of the pic."),
               lambda a: zine(f"one cut-out {a}, dead centre") if a not in NAMES
               else zine(f"{a} alone, dead centre"),
               lambda a: telegram(f"ONLY {bare(a)} CENTRE OF PICTURE"),
               lambda a: advent(f"just {an(a)}, in the very middle."),
               lambda a: fortune(f"{an(a)}, alone, right in the middle of all I see...")],
    "image_left": [lambda a: leaflet(f"{an(a)} only, at the left-hand edge of the diagram."),
                   lambda a: nature(f"just {an(a)}, over on the left when you look at it."),
                   lambda a: room(f"The area is empty but for {an(a)}, over on your left as you stand at the "
                                  f"entrance."),
                   lambda a: newsletter(f"just {an(a)}, away to the left of the view from the hide."),
                   lambda a: toddler(f"Just {an(a)}, all the way over on the left side of the page!"),
                   lambda a: removals(f"only {the(a, 0)} left, over on the left of the pic."),
                   lambda a: zine(f"{an(a, 0)} alone, jammed against the left margin"),
                   lambda a: telegram(f"ONLY {bare(a)} AT LEFT OF PICTURE AS VIEWED"),
                   lambda a: advent(f"just {an(a)}, tucked away on the left of the little picture."),
                   lambda a: fortune(f"{an(a)}, off to the left as you look, my dear...")],
    "image_right": [lambda a: leaflet(f"{an(a)} only, at the right-hand edge of the diagram."),
                    lambda a: nature(f"just {an(a)}, over on the right when you look at it."),
                    lambda a: room(f"The area is empty but for {an(a)}, over on your right as you stand at the "
                                   f"entrance."),
                    lambda a: newsletter(f"just {an(a)}, away to the right of the view from the hide."),
                    lambda a: toddler(f"Just {an(a)}, all the way over on the right side of the page!"),
                    lambda a: removals(f"only {the(a, 0)} left, over on the right of the pic."),
                    lambda a: zine(f"{an(a, 0)} alone, jammed against the right margin"),
                    lambda a: telegram(f"ONLY {bare(a)} AT RIGHT OF PICTURE AS VIEWED"),
                    lambda a: advent(f"just {an(a)}, tucked away on the right of the little picture."),
                    lambda a: fortune(f"{an(a)}, off to the right as you look, my dear...")],
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

COUNTABLE = ["pine cone", "conker", "acorn", "feather", "pebble", "fossil", "snail shell", "cockle shell",
             "tarot card", "bauble", "christmas cracker", "birthday candle", "envelope", "postcard", "dinner plate",
             "pudding bowl", "clothes peg", "oven glove", "tea towel", "packing box", "wooden barrel", "punt",
             "barge", "pedal boat", "black cab", "motor scooter", "trike", "goldfinch", "great tit", "caterpillar",
             "beetle", "moth", "tadpole", "tabby kitten", "cygnet", "gosling", "bell ringer", "twitcher",
             "fruit picker", "party guest", "choirgirl", "cedar tree", "box hedge", "windsor chair", "beach cafe",
             "tea hut", "scout hut", "jack russell", "westie"]
IRREGULAR = ["field mouse", "dormouse", "removal man", "handyman", "policewoman", "fisherwoman", "oak leaf",
             "bread knife", "woolly scarf", "bread loaf", "red deer", "goose", "postman"]
COUNT_ONE = [lambda x: removals(f"just the one {x} on the van, nothing else."),
             lambda x: newsletter(f"a single {x}, and that was all."),
             lambda x: telegram(f"ONE {x} ONLY"),
             lambda x: fortune(f"one {x}, only one...")]
COUNT_MANY = [
    lambda n, x: leaflet(f"The illustration shows {many(n, x)}."),
    lambda n, x: nature(f"we counted {many(n, x)}!"),
    lambda n, x: room(f"Here you count {many(n, x, True)}."),
    lambda n, x: newsletter(f"a total of {many(n, x)} recorded."),
    lambda n, x: toddler(f"How many {plural(x)}? Let's count... {n}! {cap_words(WORDS[n])} {plural(x)}!"),
    lambda n, x: removals(f"{many(n, x, True)} all present and correct, see pic."),
    lambda n, x: zine(f"{many(n, x)}, cut out + stuck down"),
    lambda n, x: telegram(f"{many(n, x)} EXACTLY"),
    lambda n, x: advent(f"{many(n, x)}, one for each good child."),
    lambda n, x: fortune(f"{many(n, x)}, no more and no fewer..."),
]
LONE = "salt lick"
MIXED = [lambda n, x, m, y: (removals(f"{many(n, x)} and {many(m, y)} on the van."), {x: n, y: m}),
         lambda n, x, m, y: (newsletter(f"{n} {plural(x)}, {m} {plural(y)} and 1 {LONE} recorded."),
                             {x: n, y: m, LONE: 1}),
         lambda n, x, m, y: (telegram(f"{many(n, x)} AND {many(m, y)}"), {x: n, y: m}),
         lambda n, x, m, y: (room(f"You see {many(n, x)} and {many(m, y)}."), {x: n, y: m})]


def cap_words(text: str) -> str:
    return text[0].upper() + text[1:]


# Removals, instructions and the game master count only what fits in a room or a van.
SMALL_ONLY = (0, 2, 5)
COUNT_SMALL = [x for x in COUNTABLE if x not in ("punt", "barge", "pedal boat", "black cab", "motor scooter",
                                                 "trike", "cedar tree", "box hedge", "beach cafe", "tea hut",
                                                 "scout hut")]


def counts() -> list[dict]:
    rows = []
    for i in range(36):
        template = COUNT_MANY[i % len(COUNT_MANY)]

        def make():
            pool = COUNT_SMALL if i % len(COUNT_MANY) in SMALL_ONLY else COUNTABLE
            x = rng.choice(IRREGULAR if i % 3 == 0 else pool)
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

FACE_ANIMALS = ["hippopotamus", "rhinoceros", "grizzly bear", "red deer", "carthorse", "nanny goat", "pit pony",
                "st bernard", "lurcher", "jack russell", "french bulldog", "camel", "giraffe", "zebra",
                "water buffalo", "westie"]
FACE_VEHICLES = ["removals van", "luton van", "transit van", "recovery truck", "petrol tanker", "mini digger",
                 "sightseeing bus", "police van", "patrol car", "vintage car", "black cab", "motor scooter", "trike",
                 "delivery bike", "cargo bike", "goods train", "tractor"]
FACE_PEOPLE = ["removal man", "van driver", "school nurse", "childminder", "window fitter", "handyman",
               "tree surgeon", "forest ranger", "market trader", "bank clerk", "architect", "innkeeper", "barmaid",
               "policewoman", "nan", "father-in-law", "bridegroom", "pensioner"]


def moves(k: str, person: str, vehicle: str) -> str:
    return vehicle if k == "vehicle" else person


FACING = {
    "camera": [lambda a, k: leaflet(f"{an(a)} shown from the front, facing the reader."),
               lambda a, k: nature(f"{an(a)} looking right out at you!") if k != "vehicle"
               else nature(f"{an(a)} coming straight out at you!"),
               lambda a, k: room(f"{an(a)} " + moves(k, "turns to face you squarely.",
                                                     "sits pointed straight at you.")),
               lambda a, k: newsletter(f"{an(a)} facing the hide head-on."),
               lambda a, k: toddler(f"{an(a)} is looking at us! Wave hello!") if k != "vehicle"
               else toddler(f"{an(a)} is driving right at us! Beep beep!"),
               lambda a, k: removals(f"{the(a, 0)} facing the camera in the pic."),
               lambda a, k: telegram(f"{bare(a)} FACING VIEWER")],
    "away": [lambda a, k: leaflet(f"{an(a)} shown from behind, facing away from the reader."),
             lambda a, k: nature(f"{an(a)} with {its(a)} back to you."),
             lambda a, k: room(f"{an(a)} " + moves(k, f"stands with {its(a)} back to you.",
                                                   "is pointed away from you, towards the far side.")),
             lambda a, k: newsletter(f"{an(a)} facing away from the hide."),
             lambda a, k: toddler(f"{an(a)} is going away from us! Bye bye!"),
             lambda a, k: removals(f"{the(a, 0)} facing away from the camera in the pic."),
             lambda a, k: telegram(f"{bare(a)} FACING AWAY FROM VIEWER")],
    "left": [lambda a, k: leaflet(f"{an(a)} in side view, facing left in the diagram."),
             lambda a, k: nature(f"{an(a)} side-on, facing the left when you look at it."),
             lambda a, k: room(f"{an(a)} stands side-on to you, facing your left."),
             lambda a, k: newsletter(f"{an(a)} side-on, facing left as seen from the hide."),
             lambda a, k: toddler(f"{an(a)} is facing that way, to the left side of the page!")
             if k != "vehicle" else toddler(f"{an(a)} is driving off to the left side of the page! Vroom!"),
             lambda a, k: removals(f"{the(a, 0)} side-on, facing left in the pic."),
             lambda a, k: telegram(f"{bare(a)} SIDE ON FACING LEFT AS VIEWED")],
    "right": [lambda a, k: leaflet(f"{an(a)} in side view, facing right in the diagram."),
              lambda a, k: nature(f"{an(a)} side-on, facing the right when you look at it."),
              lambda a, k: room(f"{an(a)} stands side-on to you, facing your right."),
              lambda a, k: newsletter(f"{an(a)} side-on, facing right as seen from the hide."),
              lambda a, k: toddler(f"{an(a)} is facing that way, to the right side of the page!")
              if k != "vehicle" else toddler(f"{an(a)} is driving off to the right side of the page! Vroom!"),
              lambda a, k: removals(f"{the(a, 0)} side-on, facing right in the pic."),
              lambda a, k: telegram(f"{bare(a)} SIDE ON FACING RIGHT AS VIEWED")],
}
MANY_FACING = {"camera": lambda n, a, k: newsletter(f"{many(n, a)}, every one facing the hide."),
               "away": lambda n, a, k: zine(f"{many(n, a)}, all turned away from us"),
               "left": lambda n, a, k: telegram(f"{many(n, a)} ALL FACING LEFT AS VIEWED"),
               "right": lambda n, a, k: advent(f"{many(n, a, True)}, all facing right.")}


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
    "top": [lambda a, b: leaflet(f"{an(a)} and {an(b)}, drawn as seen from directly above."),
            lambda a, b: nature(f"we painted {an(a)} and {an(b)} from high up, looking right down on them."),
            lambda a, b: room(f"From a high ledge you look straight down on {an(a)} and {an(b)}."),
            lambda a, b: newsletter(f"taken from a roof, looking straight down on {an(a)} and {an(b)}."),
            lambda a, b: toddler(f"We're up in the sky, looking right down on {an(a)} and {an(b)}!"),
            lambda a, b: removals(f"pic taken from the landing, straight down on {the(a, 0)} and {the(b, 0)}."),
            lambda a, b: telegram(f"VIEW FROM DIRECTLY ABOVE {bare(a)} AND {bare(b)}"),
            lambda a, b: fortune(f"I float high above, looking straight down on {an(a)} and {an(b)}...")],
    "front": [lambda a, b: leaflet(f"Front view: {an(a)} and {an(b)}, at eye level."),
              lambda a, b: nature(f"{an(a)} and {an(b)} painted from the front, at eye height."),
              lambda a, b: room(f"{an(a)} and {an(b)} face you straight on, at eye level."),
              lambda a, b: newsletter(f"{an(a)} and {an(b)} photographed from the front, level with them."),
              lambda a, b: toddler(f"Here's {an(a)} and {an(b)}, from the front! From the front!"),
              lambda a, b: removals(f"pic of {the(a, 0)} and {the(b, 0)} taken from the front, eye level."),
              lambda a, b: telegram(f"{bare(a)} AND {bare(b)} VIEWED FROM FRONT EYE LEVEL"),
              lambda a, b: fortune(f"{an(a)} and {an(b)}, seen from the front, eye to eye...")],
    "back": [lambda a, b: leaflet(f"Rear view: {an(a)} and {an(b)}, seen from behind."),
             lambda a, b: nature(f"{an(a)} and {an(b)} painted from behind, so you see their backs."),
             lambda a, b: room(f"You come in behind {an(a)} and {an(b)}; you see only their backs."),
             lambda a, b: newsletter(f"{an(a)} and {an(b)}, photographed from behind."),
             lambda a, b: toddler(f"That's the back of {an(a)} and {an(b)}! We're behind them!"),
             lambda a, b: removals(f"pic taken from behind {the(a, 0)} and {the(b, 0)}, sorry."),
             lambda a, b: telegram(f"{bare(a)} AND {bare(b)} VIEWED FROM BEHIND"),
             lambda a, b: fortune(f"I stand behind {an(a)} and {an(b)}, looking at their backs...")],
    "left": [lambda a, b: leaflet(f"Side view from the left-hand end: {an(a)} and {an(b)}."),
             lambda a, b: nature(f"we stood at the left-hand end of it all to paint {an(a)} and {an(b)}."),
             lambda a, b: room(f"You enter from the left-hand end of the scene and look across at {an(a)} and "
                               f"{an(b)}."),
             lambda a, b: newsletter(f"{an(a)} and {an(b)}, taken from off to the left of the whole scene, "
                                     f"looking across."),
             lambda a, b: toddler(f"We're peeking in from the left-hand end at {an(a)} and {an(b)}!"),
             lambda a, b: removals(f"pic taken from the left-hand side of everything, looking across at "
                                   f"{the(a, 0)} and {the(b, 0)}."),
             lambda a, b: telegram(f"{bare(a)} AND {bare(b)} VIEWED ACROSS FROM LEFT-HAND END OF SCENE"),
             lambda a, b: fortune(f"from the left-hand end of it all I look across at {an(a)} and "
                                  f"{an(b)}...")],
    "right": [lambda a, b: leaflet(f"Side view from the right-hand end: {an(a)} and {an(b)}."),
              lambda a, b: nature(f"we stood at the right-hand end of it all to paint {an(a)} and {an(b)}."),
              lambda a, b: room(f"You enter from the right-hand end of the scene and look across at {an(a)} and "
                                f"{an(b)}."),
              lambda a, b: newsletter(f"{an(a)} and {an(b)}, taken from off to the right of the whole scene, "
                                      f"looking across."),
              lambda a, b: toddler(f"We're peeking in from the right-hand end at {an(a)} and {an(b)}!"),
              lambda a, b: removals(f"pic taken from the right-hand side of everything, looking across at "
                                    f"{the(a, 0)} and {the(b, 0)}."),
              lambda a, b: telegram(f"{bare(a)} AND {bare(b)} VIEWED ACROSS FROM RIGHT-HAND END OF SCENE"),
              lambda a, b: fortune(f"from the right-hand end of it all I look across at {an(a)} and "
                                   f"{an(b)}...")],
    "close-up": [lambda a, b: leaflet(f"Detail: {an(a)}, enlarged to fill the whole figure."),
                 lambda a, b: nature(f"{an(a)}, painted so big it fills the whole paper!"),
                 lambda a, b: room(f"You lean right in until {an(a)} fills your whole view."),
                 lambda a, b: newsletter(f"a frame-filling close-up of {an(a)}."),
                 lambda a, b: toddler(f"Ooh, {an(a)}, so close it fills the whole page!"),
                 lambda a, b: removals(f"close-up pic of {the(a, 0)}, fills the whole screen."),
                 lambda a, b: telegram(f"EXTREME CLOSE VIEW OF {bare(a)} FILLING PICTURE"),
                 lambda a, b: fortune(f"{an(a)}, so close it fills the whole glass...")],
    "wide": [lambda a, b: leaflet(f"Overview: a vast open landscape, with {an(a)} and {an(b)} tiny in the "
                                  f"distance."),
             lambda a, b: nature(f"a great big empty countryside, with {an(a)} and {an(b)} teeny-tiny far away."),
             lambda a, b: room(f"A vast open plain stretches before you; far off, tiny, are {an(a)} and {an(b)}."),
             lambda a, b: newsletter(f"a wide view over miles of marsh, {an(a)} and {an(b)} specks on the "
                                     f"horizon."),
             lambda a, b: toddler(f"Way, way far away, see? {an(a)} and {an(b)}, teeny tiny!"),
             lambda a, b: removals(f"wide pic from the hilltop, {the(a, 0)} and {the(b, 0)} tiny way down "
                                   f"there."),
             lambda a, b: telegram(f"VERY WIDE VIEW {bare(a)} AND {bare(b)} TINY IN DISTANCE"),
             lambda a, b: fortune(f"far, far away, across an endless plain, {an(a)} and {an(b)}, so small...")],
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


if __name__ == "__main__":
    main()
