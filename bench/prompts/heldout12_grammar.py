"""Writes the TWELFTH held-out layout prompts (bench/prompts/heldout12/*.jsonl) from a grammar.

    .venv/bin/python bench/prompts/heldout12_grammar.py

Why a twelfth held-out set: the eleventh one (bench/prompts/heldout11/) was run once fresh (at
5889b0d) and then read while building (session 2026-12-07 fourth), so its figure now measures some
fit too. This set was written without reading the implementation, its tests or its documentation
(only the bench's scorers, bench/layout.py, bench/scenes.py and bench/layout_selfcheck.py, the
README's bench section, and the existing prompt sets and grammars in bench/prompts, so as to
differ from them). Run it once, with ``--failures 0``:

- registers: every kind is said in voices none of the other sets imitates: a museum audio guide
  ("Stop 14. ... Press 15 to go on."), a theatre lighting cue sheet ("LX 23: lights up on ...,
  audience's left ... GO."), a cross-stitch chart ("Chart 6, motif C: stitch ..."), a weather
  presenter's aside before the forecast ("Before the forecast, a viewer's photo: ... Now, the
  weather."), a court sketch artist's brief ("Court sketch, case 118: ..., as seen from the public
  gallery."), a dating-app photo caption ("Pic 3 of 6: ..."), an insurance claim statement
  ("Claim ref 4471/B: at the time of the incident ..."), a terse haiku-like line in lower case
  with slashes ("a toad, to the left / ... / nobody speaks"), an old-fashioned letter ("Dear Sir,
  I should be most obliged ... Yours faithfully.") and a radio call ("Unit 9 to control: ...
  Over."). Numbers are said as words and as digits, and labels carry numbers that are not counts
  (stops, cues, charts, cases, pictures "3 of 6", claim references, units). Left and right are
  always the viewer's ("as you stand facing it", "audience's left", "on the left of your
  screen", "as seen from the public gallery", "as one regards the picture");
- vocabulary: kitchen and tea-table things, court, theatre and studio kit, seaside and fairground
  things, sports and hobby gear, pets, farm and zoo animals, working vehicles, sheds, stalls and
  trees, trades, relatives and ordinary first names; many of the nouns no other prompt set uses
  (counted and printed when run), a few familiar ones; nothing obscure;
- physically plausible: small things go on and under furniture with room under it, big things
  stand behind small ones (never the other way round), only vans, lorries, buses, sheds,
  stalls, booths, cottages and bushes hide an animal or a person, things far off in a wide shot
  are big, seats go round tables only, farm animals round a hay feeder or a feeding trough and
  people round a maypole, a fountain, a statue, a bonfire, a fire pit or a sundial;
- no prompt equals or contains (as a whole-word sequence) a prompt of any other part, layout or
  scene, and no two nouns of one prompt share a word: drawn again until so (the script checks).

Nothing outside bench/prompts may import this file, name it, or quote its prompts; nobody should
tune the parser on them. The truth is written with each prompt by the grammar (the meaning of
the words, chosen by hand), never read from the implementation. Deterministic (seed 58313).
Same JSON as the other sets: {"prompt": ..., "expect": {"objects": {...}, "relations": [...],
"facing": [...], "camera": ...}}; object names are the nouns as written, singular.
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "heldout12"
ME = "heldout12"
rng = random.Random(58313)
PER_KIND = 44  # prompts per relation kind, per composition region; facing has 48

# ------------------------------------------------------------- vocabulary ---
TABLETOP = ["flower vase", "music box", "thermos flask", "gavel", "egg cup", "salt cellar", "pepper mill",
            "casserole dish", "roasting tin", "paint pot", "spirit level", "tea cosy", "pork pie", "fruit cake",
            "custard tart", "swiss roll", "decanter", "goblet", "trophy cup", "pocket watch", "spyglass",
            "ink pot", "ledger", "scrapbook", "photo album", "pin cushion", "cheese grater",
            "chessboard", "anglepoise lamp", "fax machine", "hip flask", "teapot", "alarm clock", "snow globe"]
FLOOR_THINGS = ["coal bucket", "fire guard", "saddle", "life ring", "bodyboard", "snowboard",
                "boxing glove", "roller skate", "microphone stand", "tripod", "archery target", "scratching post",
                "baby walker", "knitting bag", "suitcase", "rucksack", "watering can"]
SMALL = TABLETOP + FLOOR_THINGS
PERCHERS = ["toad", "lizard", "snail", "black cat", "siamese cat", "parrot"]
SUPPORTS = ["sideboard", "dressing table", "chest of drawers", "grand piano", "pool table", "ironing board",
            "washing machine", "tumble dryer", "pillar box", "fruit stall", "flower stall", "card table",
            "dining table", "bookcase"]
COVERS = ["dining table", "card table", "garden table", "pool table", "grand piano", "fruit stall", "flower stall",
          "park bench", "ironing board", "table tennis table"]
UNDER_SUBJECTS = ["toad", "lizard", "black cat", "siamese cat", "persian cat", "dachshund", "pug", "guinea pig",
                  "tortoise", "coal bucket", "bodyboard", "boxing glove", "roller skate", "life ring", "saddle",
                  "knitting bag", "suitcase", "rucksack", "watering can", "paint pot"]
PETS = ["toad", "lizard", "snail", "black cat", "siamese cat", "persian cat", "boxer dog", "dachshund", "pug",
        "poodle", "beagle", "dalmatian", "spaniel", "guinea pig", "tortoise", "ferret", "parrot", "lamb"]
ZOO = ["shetland pony", "buffalo", "panther", "cow", "bull", "reindeer", "moose", "bison", "tiger", "lion", "wolf",
       "bear", "panda", "cheetah", "crocodile", "ostrich", "flamingo", "peacock", "penguin", "emu", "meerkat",
       "bullock"]
CREATURES = PETS + ZOO
BIG_ANIMALS = ["buffalo", "bull", "cow", "moose", "bison", "bear", "reindeer", "bullock"]
HIDEABLE = [c for c in CREATURES if c not in BIG_ANIMALS + ["ostrich"]]
JOBS = ["decorator", "solicitor", "juror", "court clerk", "newsreader", "weather presenter", "sound engineer",
        "actor", "actress", "organist", "stenographer", "piano tuner", "gravedigger", "lollipop man",
        "refuse collector", "bowler", "wicketkeeper", "stable hand", "lock keeper", "boatman", "headmistress",
        "tea lady", "diver", "bellboy", "cleaner", "lorry driver", "plumber", "florist", "butcher", "lifeguard",
        "chef", "magician", "acrobat"]
FAMILY = ["granny", "grandad", "auntie", "godmother", "stepmum", "big sister", "baby brother", "landlady",
          "lodger", "flatmate", "best man", "page boy", "toddler", "uncle"]
PEOPLE = JOBS + FAMILY
NAMES = ["Gwen", "Olu", "Ailsa", "Maggie", "Hana", "Idris", "Stan", "Bethan", "Wilf", "Zainab", "Otis", "Mabel",
         "Priya", "Tomasz", "Rosa", "Declan"]
VEHICLES = ["steam train", "rowing boat", "sailing boat", "road sweeper", "dustcart", "log lorry", "ambulance",
            "fire engine", "taxi", "camper van", "ice cream van", "motorbike", "moped", "quad bike", "tandem",
            "double-decker bus", "forklift", "digger", "cement mixer", "jeep", "pickup truck", "snowplough"]
BUILDINGS = ["helter skelter", "ferris wheel", "tipi", "cowshed", "coal shed", "tractor shed", "bouncy castle",
             "telephone box", "ticket office", "cricket pavilion", "lych gate", "toll booth", "candyfloss stall",
             "windmill", "lighthouse", "cottage", "greenhouse", "summerhouse", "yurt", "marquee"]
TREES = ["ash tree", "elm tree", "chestnut tree", "rowan tree", "walnut tree", "lime tree", "plane tree",
         "monkey puzzle tree", "gorse bush", "hazel bush", "elder bush", "privet hedge"]
LARGE = VEHICLES + BUILDINGS + TREES
BULKY = ["ambulance", "fire engine", "camper van", "ice cream van", "double-decker bus", "dustcart", "log lorry",
         "road sweeper", "cowshed", "coal shed", "tractor shed", "telephone box", "ticket office", "toll booth",
         "cottage", "summerhouse", "gorse bush", "hazel bush", "elder bush", "privet hedge", "candyfloss stall"]
TABLES = ["dining table", "card table", "garden table"]
SEATS = ["dining chair", "folding chair", "bar stool", "camping chair", "kitchen chair"]
RING_PLACES = {"maypole": "people", "fountain": "people", "statue": "people", "bonfire": "people",
               "fire pit": "people", "sundial": "people", "hay feeder": "farm", "feeding trough": "farm"}
RING_PEOPLE = ["morris dancer", "carol singer", "choirboy", "bridesmaid", "page boy", "juror", "cousin",
               "toddler", "flatmate", "lodger", "actress", "bowler"]
RING_FARM = ["lamb", "calf", "pony", "heifer", "ewe", "bullock", "shetland pony"]
# Irregular plurals and multi-word nouns whose last word is irregular.
PLURALS = {"wolf": "wolves", "calf": "calves", "child": "children", "woman": "women", "snowman": "snowmen",
           "moose": "moose", "bison": "bison", "reindeer": "reindeer", "cactus": "cacti", "domino": "dominoes",
           "mango": "mangoes", "best man": "best men", "lollipop man": "lollipop men", "buffalo": "buffaloes",
           "boatman": "boatmen",
           "ewe": "ewes", "page boy": "page boys", "granny": "grannies", "auntie": "aunties",
           "tea cosy": "tea cosies", "swiss roll": "swiss rolls", "bodyboard": "bodyboards",
           "flamingo": "flamingos", "tipi": "tipis", "taxi": "taxis", "toddler": "toddlers",
           "pony": "ponies", "shetland pony": "shetland ponies", "jockey": "jockeys"}
WORDS = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight", 9: "nine",
         10: "ten", 11: "eleven", 12: "twelve", 13: "thirteen", 14: "fourteen", 15: "fifteen", 16: "sixteen",
         17: "seventeen", 18: "eighteen", 19: "nineteen", 20: "twenty"}

THING_ADJECTIVES = ["chipped", "polka-dot", "second-hand", "cherry-red", "dented", "lopsided", "gleaming"]
UNDESCRIBED = set(TREES) | set(RING_PLACES)
CREATURE_ADJECTIVES = ["sleepy", "skinny", "fluffy", "nervous", "elderly", "bad-tempered"]
PEOPLE_ADJECTIVES = ["bearded", "bespectacled", "sunburnt", "lanky", "flustered", "beaming"]
TAILS = [" (pastels)", " (charcoal and wash)", " (coloured pencils)", " (soft pencil)", " (felt tips)"]
TAIL_SHARE = 0.15
TAIL_OK = ("Court sketch", "Chart ", "Pic ")
LETTERS = "ABCDEFGH"


def haiku(text: str) -> bool:
    """The terse register: lower case, lines parted by slashes."""
    return " / " in text


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
    """'a drill', 'an ox', sometimes 'a battered drill'; names stay bare."""
    if noun in NAMES:
        return noun
    said = describe(noun, share)
    return f"{article(said)} {said}"


def the(noun: str, share: float = 0.12) -> str:
    return noun if noun in NAMES else f"the {describe(noun, share)}"


def cap(text: str) -> str:
    return text[0].upper() + text[1:]


def it(noun: str) -> str:
    return "them" if noun in NAMES or kind_of(noun) == "person" else "it"


def its(noun: str) -> str:
    return "their" if it(noun) == "them" else "its"


def many(n: int, noun: str, digits: bool = False) -> str:
    return f"{n if digits else WORDS[n]} {plural(noun)}"


def pick(pool: list[str], avoid=()) -> str:
    return rng.choice([n for n in pool if n not in avoid])


def num() -> int:
    """A label's number (a stop, a cue, a chart, a case, a unit): never a count."""
    return rng.randint(2, 60)


def ref() -> str:
    """An insurance claim's reference: never a count."""
    return f"{rng.randint(1000, 9999)}/{rng.choice(LETTERS)}"


def pic() -> str:
    """'Pic 3 of 6': a place in a profile's photos, never a count."""
    k = rng.randint(2, 6)
    return f"Pic {rng.randint(1, k)} of {k}"


def stop(body: str) -> str:
    """The audio guide: a stop number, the body, the number of the next stop (neither a count)."""
    k = rng.randint(3, 40)
    return f"Stop {k}. {body} Press {k + 1} to go on."


def chart() -> str:
    return f"Chart {num()}, motif {rng.choice(LETTERS)}:"


def dress(text: str, tail: bool = True) -> str:
    """Capitalised (unless the lower-case haiku register); now and then a medium note on court
    sketches, charts and profile pictures."""
    if tail and rng.random() < TAIL_SHARE and text.startswith(TAIL_OK) and text.endswith("."):
        text = text.rstrip(".") + rng.choice(TAILS) + "."
    if haiku(text):
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
                   "heldout9", "heldout10", "heldout11"):
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


def fresh(make, tries: int = 600) -> dict:
    """Draws until the prompt is new: not drawn before, not equal to nor containing an old one, and no
    two of its nouns share a word (an ash tree beside an elm tree)."""
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
# Each phrasing returns the text for subject s and object o; the truth is [s, kind, o] whatever
# order the words put them in. Left and right are the viewer's throughout.

LEFT = [
    lambda s, o: stop(f"In this picture you'll notice {an(s)} on the left and {an(o)} on the right, as you stand "
                      f"facing it."),
    lambda s, o: f"LX {num()}: lights up on {an(s)}, audience's left, and on {an(o)}, audience's right. GO.",
    lambda s, o: f"{chart()} stitch {an(s)} in the left half and {an(o)} in the right half, as the finished piece "
                 f"hangs.",
    lambda s, o: f"Before the forecast, a viewer's photo: {an(s)} on the left of your screen and {an(o)} to the "
                 f"right of {it(s)}. Lovely. Now, the weather.",
    lambda s, o: f"Court sketch, case {num()}: {an(s)} to the left of {an(o)}, as seen from the public gallery.",
    lambda s, o: f"{pic()}: {an(s)} on the left of the pic, {an(o)} on the right. Swipe for more.",
    lambda s, o: f"Claim ref {ref()}: at the time of the incident {the(s, 0)} stood to the left of {the(o, 0)}, as "
                 f"you look at the attached photograph.",
    lambda s, o: f"{an(s, 0)}, to the left / {an(o, 0)} on the right, as we look / nobody speaks",
    lambda s, o: f"Dear Sir, I should be most obliged if you would depict {an(s)} upon the left and {an(o)} upon "
                 f"the right, as one regards the picture. Yours faithfully.",
    lambda s, o: f"Unit {num()} to control: I've got {an(s)} on the left and {an(o)} on the right from where I'm "
                 f"looking. Over.",
    lambda s, o: f"Court sketch, case {num()}: {an(o)} on the right of the drawing, with {an(s)} further left, as "
                 f"the gallery sees them.",
]
RIGHT = [
    lambda s, o: stop(f"In this picture you'll notice {an(o)} on the left and {an(s)} on the right, as you stand "
                      f"facing it."),
    lambda s, o: f"LX {num()}: lights up on {an(o)}, audience's left, and on {an(s)}, audience's right. GO.",
    lambda s, o: f"{chart()} stitch {an(o)} in the left half and {an(s)} in the right half, as the finished piece "
                 f"hangs.",
    lambda s, o: f"Before the forecast, a viewer's photo: {an(o)} on the left of your screen and {an(s)} to the "
                 f"right of {it(o)}. Lovely. Now, the weather.",
    lambda s, o: f"Court sketch, case {num()}: {an(s)} to the right of {an(o)}, as seen from the public gallery.",
    lambda s, o: f"{pic()}: {an(o)} on the left of the pic, {an(s)} on the right. Swipe for more.",
    lambda s, o: f"Claim ref {ref()}: at the time of the incident {the(s, 0)} stood to the right of {the(o, 0)}, as "
                 f"you look at the attached photograph.",
    lambda s, o: f"{an(o, 0)}, to the left / {an(s, 0)} on the right, as we look / nobody speaks",
    lambda s, o: f"Dear Sir, I should be most obliged if you would depict {an(s)} a little to the right of "
                 f"{an(o)}, as one regards the picture. Yours faithfully.",
    lambda s, o: f"Unit {num()} to control: {an(s)} is off to the right of {an(o)} from where I'm looking. Over.",
    lambda s, o: f"{pic()}: {an(s)} sitting to the right of {an(o)} in the pic, as you look at it. Swipe for more.",
]
ON = [
    lambda s, o: stop(f"Look closely and you'll find {an(s)} resting on top of {an(o)}."),
    lambda s, o: f"LX {num()}: tight special on {an(s)} standing on top of {the(o)}. GO.",
    lambda s, o: f"{chart()} stitch {an(s)} sitting on top of {an(o)}.",
    lambda s, o: f"Before the forecast, a viewer's photo: {an(s)} sitting right up on {an(o)}. Now, the weather.",
    lambda s, o: f"Court sketch, case {num()}: {an(s)} placed on top of {an(o)}.",
    lambda s, o: f"{pic()}: {an(s)} perched on {an(o)}, don't ask. Swipe for more.",
    lambda s, o: f"Claim ref {ref()}: the damage occurred when {the(s, 0)} was left on top of {the(o, 0)}.",
    lambda s, o: f"{an(s, 0)} / up on {the(o, 0)} / so still",
    lambda s, o: f"Dear Madam, would you kindly paint {an(s)} set upon the top of {an(o)}? Yours faithfully.",
    lambda s, o: f"Unit {num()} to control: {an(s)} is up on top of {an(o)}, repeat, on top. Over.",
    lambda s, o: f"Claim ref {ref()}: {an(s)} had been placed on {the(o, 0)}, on its top surface, by the insured.",
]
UNDER = [
    lambda s, o: stop(f"Now bend down a little: there's {an(s)} tucked underneath {an(o)}."),
    lambda s, o: f"LX {num()}: low side light on {an(s)} under {an(o)}. GO.",
    lambda s, o: f"{chart()} stitch {an(s)} underneath {an(o)}.",
    lambda s, o: f"Before the forecast, a viewer's photo: {an(s)} sheltering under {an(o)}. Now, the weather.",
    lambda s, o: f"Court sketch, case {num()}: {an(s)} below {the(o)}, in the space under it.",
    lambda s, o: f"{pic()}: {an(s)} hiding under {an(o)}. Swipe for more.",
    lambda s, o: f"Claim ref {ref()}: {the(s, 0)} was stored beneath {the(o, 0)} when the water came in.",
    lambda s, o: f"under {the(o, 0)} / {an(s, 0)}, waiting / all is quiet",
    lambda s, o: f"Dear Sir, I should like {an(s)} to be shown beneath {an(o)}. Yours faithfully.",
    lambda s, o: f"Unit {num()} to control: {an(s)} is underneath {an(o)}, can you confirm? Over.",
    lambda s, o: f"{pic()}: {an(o)} with {an(s)} underneath. Swipe for more.",
]
FRONT = [
    lambda s, o: stop(f"Notice {an(s)} in front of {an(o)}, nearer to you than {it(o)} is."),
    lambda s, o: f"LX {num()}: downlight on {an(s)} in front of {an(o)}, nearer the audience. GO.",
    lambda s, o: f"{chart()} stitch {an(s)} in front of {an(o)}, overlapping its lower edge.",
    lambda s, o: f"Before the forecast, a viewer's photo: {an(s)} in front of {an(o)}, nearest the camera. Now, the "
                 f"weather.",
    lambda s, o: f"Court sketch, case {num()}: {an(s)} in the foreground, {an(o)} behind {it(s)}.",
    lambda s, o: f"{pic()}: {an(s)} in front of {an(o)}, closer to the phone. Swipe for more.",
    lambda s, o: f"Claim ref {ref()}: {the(s, 0)} was directly in front of {the(o, 0)}, between the photographer and "
                 f"it.",
    lambda s, o: f"{an(s, 0)} up close / {an(o, 0)} just behind it / so still",
    lambda s, o: f"Dear Sir, pray put {an(s)} before {an(o)}, that is nearer the onlooker. Yours faithfully.",
    lambda s, o: f"Unit {num()} to control: {an(s)} in front of {an(o)}, on my side of {it(o)}. Over.",
    lambda s, o: f"LX {num()}: {an(o)} upstage in silhouette, {an(s)} in front of it, nearer the audience. GO.",
]
BEHIND = [
    lambda s, o: stop(f"Behind {an(o)} you'll see {an(s)}, further away from you."),
    lambda s, o: f"LX {num()}: {an(o)} downstage, {an(s)} behind {it(o)}, further from the audience. GO.",
    lambda s, o: f"{chart()} stitch {an(s)} behind {an(o)}, further back.",
    lambda s, o: f"Before the forecast, a viewer's photo: {an(o)} in front and {an(s)} behind {it(o)}. Now, the "
                 f"weather.",
    lambda s, o: f"Court sketch, case {num()}: {an(o)} near the gallery, {an(s)} further back behind {it(o)}.",
    lambda s, o: f"{pic()}: {an(o)} up front, {an(s)} behind. Swipe for more.",
    lambda s, o: f"Claim ref {ref()}: {the(s, 0)} was some way behind {the(o, 0)}, further from where I stood.",
    lambda s, o: f"{an(o, 0)} near / behind it, {an(s, 0)} / far away",
    lambda s, o: f"Dear Madam, kindly place {an(s)} behind {an(o)}, at some distance from the onlooker. Yours "
                 f"faithfully.",
    lambda s, o: f"Unit {num()} to control: {an(s)} behind {an(o)}, further off from me. Over.",
    lambda s, o: f"Claim ref {ref()}: in the photograph {the(o, 0)} is nearest and {the(s, 0)} stands behind {it(o)}.",
]
NEAR = [
    lambda s, o: stop(f"See how {an(s)} sits right beside {an(o)}."),
    lambda s, o: f"LX {num()}: one tight pool on {an(s)} and {an(o)}, close together. GO.",
    lambda s, o: f"{chart()} stitch {an(s)} close beside {an(o)}.",
    lambda s, o: f"Before the forecast, a viewer's photo: {an(s)} right next to {an(o)}. Now, the weather.",
    lambda s, o: f"Court sketch, case {num()}: {an(s)} close to {an(o)}.",
    lambda s, o: f"{pic()}: {an(s)} right by {an(o)}. Swipe for more.",
    lambda s, o: f"Claim ref {ref()}: {the(s, 0)} was immediately adjacent to {the(o, 0)}.",
    lambda s, o: f"{an(s, 0)} / close by {the(o, 0)} / and then, silence",
    lambda s, o: f"Dear Sir, I beg you to show {an(s)} very near to {an(o)}. Yours faithfully.",
    lambda s, o: f"Unit {num()} to control: {an(s)} right up next to {an(o)}. Over.",
    lambda s, o: f"{pic()}: {an(s)} and {an(o)}, practically touching. Swipe for more.",
]
HIDDEN = [
    lambda s, o: stop(f"Behind {an(o)} there's {an(s)}, mostly hidden; can you spot {it(s)}?"),
    lambda s, o: f"LX {num()}: {an(s)} behind {an(o)}, mostly masked by {it(o)}. GO.",
    lambda s, o: f"{chart()} stitch {an(s)} partly hidden behind {an(o)}.",
    lambda s, o: f"Before the forecast, a viewer's photo: {an(s)} peeking out from behind {an(o)}. Now, the "
                 f"weather.",
    lambda s, o: f"Court sketch, case {num()}: {an(s)} largely obscured by {an(o)} in front.",
    lambda s, o: f"{pic()}: {an(s)} half hidden behind {an(o)}. Swipe for more.",
    lambda s, o: f"Claim ref {ref()}: {the(s, 0)} was screened from view by {the(o, 0)} standing in front of {it(s)}.",
    lambda s, o: f"behind {the(o, 0)} / {an(s, 0)}, mostly hidden / so still",
    lambda s, o: f"Dear Madam, I should like {an(s)} to be concealed for the greater part by {an(o)} before "
                 f"{it(s)}. Yours faithfully.",
    lambda s, o: f"Unit {num()} to control: {an(s)} behind {an(o)}, I can only see a bit of {it(s)}. Over.",
    lambda s, o: f"{pic()}: {an(o)} blocking most of {an(s)}. Swipe for more.",
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
    lambda s, x, y: stop(f"In the middle, {an(s)}, with {an(x)} on one side and {an(y)} on the other."),
    lambda s, x, y: f"LX {num()}: centre special on {an(s)} between {an(x)} and {an(y)}. GO.",
    lambda s, x, y: f"{chart()} stitch {an(s)} between {an(x)} and {an(y)}.",
    lambda s, x, y: f"Before the forecast, a viewer's photo: {an(s)} between {an(x)} and {an(y)}. Now, the weather.",
    lambda s, x, y: f"Court sketch, case {num()}: {an(s)} set between {an(x)} and {an(y)}.",
    lambda s, x, y: f"{pic()}: {an(s)} in between {an(x)} and {an(y)}. Swipe for more.",
    lambda s, x, y: f"Claim ref {ref()}: {the(s, 0)} was positioned between {the(x, 0)} and {the(y, 0)}.",
    lambda s, x, y: f"{an(x, 0)}, {an(y, 0)} / and between them {an(s, 0)} / so still",
    lambda s, x, y: f"Dear Sir, do show {an(s)} betwixt {an(x)} and {an(y)}. Yours faithfully.",
    lambda s, x, y: f"Unit {num()} to control: {an(s)} in between {an(x)} and {an(y)}. Over.",
]
BETWEEN_PAIR = [
    lambda s, x: f"LX {num()}: {an(s)} with {article(x)} {x} either side of {it(s)}. GO.",
    lambda s, x: f"Court sketch, case {num()}: {an(s)} flanked by two {plural(x)}.",
    lambda s, x: f"{pic()}: {an(s)} between two {plural(x)}, one each side. Swipe for more.",
    lambda s, x: f"Unit {num()} to control: {an(s)} with {article(x)} {x} on each side. Over.",
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
    lambda n, r, c: stop(f"Here {many(n, r)} stand in a ring around {the(c, 0)}."),
    lambda n, r, c: f"LX {num()}: warm wash on {many(n, r, True)} in a circle round {the(c, 0)}. GO.",
    lambda n, r, c: f"{chart()} stitch {many(n, r)} in a ring round {the(c, 0)}.",
    lambda n, r, c: f"Before the forecast, a viewer's photo: {many(n, r)} all the way round {the(c, 0)}. Now, the "
                    f"weather.",
    lambda n, r, c: f"Court sketch, case {num()}: {many(n, r)} arranged in a circle about {the(c, 0)}.",
    lambda n, r, c: f"{pic()}: {many(n, r, True)} round {the(c, 0)}, in a circle. Swipe for more.",
    lambda n, r, c: f"Claim ref {ref()}: {many(n, r)} were standing in a ring around {the(c, 0)} at the time.",
    lambda n, r, c: f"{many(n, r)} / circling {the(c, 0)} / and then, silence",
    lambda n, r, c: f"Dear Sir, pray depict {many(n, r)} encircling {the(c, 0)}. Yours faithfully.",
    lambda n, r, c: f"Unit {num()} to control: {many(n, r)} in a ring round {the(c, 0)}. Over.",
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
    "centre": [lambda a: stop(f"Just {an(a)} here, right in the middle of the canvas."),
               lambda a: f"LX {num()}: single special, centre stage, on {an(a)}. Everything else dark. GO.",
               lambda a: f"{chart()} stitch {an(a)} in the very centre of the piece.",
               lambda a: f"Before the forecast, a viewer's photo: just {an(a)}, slap in the middle. Now, the "
                         f"weather.",
               lambda a: f"Court sketch, case {num()}: {an(a)} alone, in the centre of the page.",
               lambda a: f"{pic()}: just {an(a)}, dead centre. Swipe for more.",
               lambda a: f"Claim ref {ref()}: the photograph shows {an(a)} in the middle of the frame.",
               lambda a: f"{an(a, 0)} / in the middle of it all / nobody speaks",
               lambda a: f"Dear Sir, I desire only {an(a)}, placed in the exact middle of the picture. Yours "
                         f"faithfully.",
               lambda a: f"Unit {num()} to control: {an(a)}, dead ahead in the middle of my view. Over."],
    "image_left": [lambda a: stop(f"Just {an(a)} here, over on the left of the canvas as you face it."),
                   lambda a: f"LX {num()}: single special on {an(a)}, far left as the audience sees it. GO.",
                   lambda a: f"{chart()} stitch {an(a)} in the left-hand third of the piece.",
                   lambda a: f"Before the forecast, a viewer's photo: just {an(a)}, over on the left of your "
                             f"screen. Now, the weather.",
                   lambda a: f"Court sketch, case {num()}: {an(a)} alone, on the left of the page.",
                   lambda a: f"{pic()}: just {an(a)}, way over on the left. Swipe for more.",
                   lambda a: f"Claim ref {ref()}: the photograph shows {an(a)} at the left-hand edge.",
                   lambda a: f"{an(a, 0)} / off to the left, as we look / so still",
                   lambda a: f"Dear Madam, I desire only {an(a)}, placed towards the left of the picture. Yours "
                             f"faithfully.",
                   lambda a: f"Unit {num()} to control: {an(a)} on the left of my view, nothing else. Over."],
    "image_right": [lambda a: stop(f"Just {an(a)} here, over on the right of the canvas as you face it."),
                    lambda a: f"LX {num()}: single special on {an(a)}, far right as the audience sees it. GO.",
                    lambda a: f"{chart()} stitch {an(a)} in the right-hand third of the piece.",
                    lambda a: f"Before the forecast, a viewer's photo: just {an(a)}, over on the right of your "
                              f"screen. Now, the weather.",
                    lambda a: f"Court sketch, case {num()}: {an(a)} alone, on the right of the page.",
                    lambda a: f"{pic()}: just {an(a)}, way over on the right. Swipe for more.",
                    lambda a: f"Claim ref {ref()}: the photograph shows {an(a)} at the right-hand edge.",
                    lambda a: f"{an(a, 0)} / off to the right, as we look / so still",
                    lambda a: f"Dear Madam, I desire only {an(a)}, placed towards the right of the picture. Yours "
                              f"faithfully.",
                    lambda a: f"Unit {num()} to control: {an(a)} on the right of my view, nothing else. Over."],
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

COUNTABLE = ["flower vase", "music box", "egg cup", "salt cellar", "goblet", "trophy cup", "pork pie",
             "custard tart", "paint pot", "life ring", "boxing glove", "roller skate", "suitcase", "coal bucket",
             "tripod", "archery target", "pillar box", "telephone box", "toll booth", "tipi", "rowing boat",
             "sailing boat", "dustcart", "ice cream van", "moped", "tandem", "toad", "lizard", "snail",
             "dalmatian", "guinea pig", "flamingo", "penguin", "meerkat", "panther", "shetland pony", "juror",
             "actress", "organist", "bowler", "choirboy", "morris dancer", "lifeguard", "ash tree", "elm tree",
             "gorse bush", "folding chair", "bar stool", "deckchair"]
IRREGULAR = ["wolf", "calf", "child", "woman", "snowman", "moose", "bison", "reindeer", "cactus", "domino",
             "mango", "best man", "lollipop man", "buffalo"]
COUNT_ONE = [lambda x: f"{pic()}: just the one {x}, no more. Swipe for more.",
             lambda x: f"Court sketch, case {num()}: a single {x}.",
             lambda x: f"one {x} / only the one / nobody speaks",
             lambda x: f"Unit {num()} to control: one {x}, just the one. Over."]
COUNT_MANY = [
    lambda n, x: stop(f"Count them: there are {many(n, x)} in this picture."),
    lambda n, x: f"LX {num()}: lights up on {many(n, x, True)}, all of them lit. GO.",
    lambda n, x: f"{chart()} stitch {many(n, x)}, no more, no less.",
    lambda n, x: f"Before the forecast, a viewer's photo of {many(n, x)}. Now, the weather.",
    lambda n, x: f"Court sketch, case {num()}: {many(n, x)} in all.",
    lambda n, x: f"{pic()}: {many(n, x, True)} lol. Swipe for more.",
    lambda n, x: f"Claim ref {ref()}: {many(n, x)} were damaged, as listed.",
    lambda n, x: f"{many(n, x)} / exactly that many / and then, silence",
    lambda n, x: f"Dear Sir, I require precisely {many(n, x)}. Yours faithfully.",
    lambda n, x: f"Unit {num()} to control: I count {many(n, x, True)}. Over.",
]
LONE = "witness box"
MIXED = [lambda n, x, m, y: (f"Claim ref {ref()}: {many(n, x)} and {many(m, y)}.", {x: n, y: m}),
         lambda n, x, m, y: (f"Court sketch, case {num()}: {n} {plural(x)}, {m} {plural(y)} and 1 {LONE}.",
                             {x: n, y: m, LONE: 1}),
         lambda n, x, m, y: (f"{pic()}: {many(n, x)} and {many(m, y)}. Swipe for more.", {x: n, y: m}),
         lambda n, x, m, y: (f"Unit {num()} to control: {many(n, x)}, also {many(m, y)}. Over.", {x: n, y: m})]


def counts() -> list[dict]:
    rows = []
    for i in range(36):
        template = COUNT_MANY[i % len(COUNT_MANY)]

        def make():
            x = rng.choice(IRREGULAR if i % 3 == 0 else COUNTABLE)
            n = rng.choice([2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 14, 15])
            return row(dress(template(n, x), tail=False), {x: n})

        rows.append(fresh(make))
    for i in range(8):
        template = COUNT_ONE[i % len(COUNT_ONE)]

        def make():
            x = rng.choice(COUNTABLE + IRREGULAR[:8])
            return row(dress(template(x), tail=False), {x: 1})

        rows.append(fresh(make))
    for i in range(16):
        template = MIXED[i % len(MIXED)]

        def make():
            x, y = rng.sample(COUNTABLE + IRREGULAR, 2)
            n, m = rng.choice([2, 3, 4, 5, 6]), rng.choice([2, 3, 4, 5])
            text, objects = template(n, x, m, y)
            return row(dress(text, tail=False), objects)

        rows.append(fresh(make))
    return rows


# ------------------------------------------------------------------- facing ---

FACE_ANIMALS = ["shetland pony", "buffalo", "panther", "boxer dog", "cow", "bull", "reindeer", "moose", "tiger",
                "lion", "wolf", "bear", "dalmatian", "beagle", "ostrich", "bullock", "cheetah", "spaniel"]
FACE_VEHICLES = ["steam train", "road sweeper", "dustcart", "log lorry", "ambulance", "fire engine", "taxi",
                 "camper van", "ice cream van", "motorbike", "moped", "quad bike", "tandem", "double-decker bus",
                 "forklift", "jeep", "pickup truck"]
FACE_PEOPLE = ["decorator", "solicitor", "juror", "newsreader", "actor", "actress", "organist", "granny",
               "grandad", "bellboy", "cleaner", "plumber", "florist", "butcher", "lifeguard", "stenographer",
               "headmistress", "best man"]


def moves(k: str, person: str, vehicle: str) -> str:
    return vehicle if k == "vehicle" else person


FACING = {
    "camera": [lambda a, k: stop(f"Here {an(a)} faces you head-on, as if " + moves(k, "looking", "heading")
                                 + " straight at you."),
               lambda a, k: f"LX {num()}: {an(a)} " + moves(k, "faces front, straight out to the audience.",
                                                            "pointed straight out at the audience.") + " GO.",
               lambda a, k: f"{chart()} stitch {an(a)} from the front, facing whoever looks at it.",
               lambda a, k: f"Before the forecast, a viewer's photo: {an(a)} " +
                            moves(k, "staring right at the camera.", "heading straight for the camera.") +
                            " Now, the weather.",
               lambda a, k: f"Court sketch, case {num()}: {an(a)} facing the public gallery.",
               lambda a, k: f"{pic()}: {an(a)} looking straight at the phone. Swipe for more."
               if k != "vehicle" else f"{pic()}: {an(a)} coming straight at the phone. Swipe for more.",
               lambda a, k: f"Unit {num()} to control: {an(a)} facing me, head-on. Over."],
    "away": [lambda a, k: stop(f"Here {an(a)} is turned away from you, so you see only {its(a)} back."),
             lambda a, k: f"LX {num()}: {an(a)} with {its(a)} back to the audience. GO.",
             lambda a, k: f"{chart()} stitch {an(a)} from behind, facing away.",
             lambda a, k: f"Before the forecast, a viewer's photo: {an(a)} " +
                          moves(k, "walking away from the camera.", "driving away from the camera.") +
                          " Now, the weather.",
             lambda a, k: f"Court sketch, case {num()}: {an(a)} with {its(a)} back to the public gallery.",
             lambda a, k: f"{pic()}: {an(a)} facing away from the phone. Swipe for more.",
             lambda a, k: f"Unit {num()} to control: {an(a)} " + moves(k, "facing away from me.",
                                                                       "heading away from me.") + " Over."],
    "left": [lambda a, k: stop(f"Here {an(a)} is shown side-on, facing left as you look at it."),
             lambda a, k: f"LX {num()}: {an(a)} in profile, facing the audience's left. GO.",
             lambda a, k: f"{chart()} stitch {an(a)} in profile, facing the left edge of the piece.",
             lambda a, k: f"Before the forecast, a viewer's photo: {an(a)} " +
                          moves(k, "facing the left of your screen.", "driving towards the left of your screen.") +
                          " Now, the weather.",
             lambda a, k: f"Court sketch, case {num()}: {an(a)} side-on, facing left as the gallery sees it.",
             lambda a, k: f"{pic()}: {an(a)} side-on, facing left. Swipe for more.",
             lambda a, k: f"Unit {num()} to control: {an(a)} " + moves(k, "side-on, facing to my left.",
                                                                       "side-on, heading to my left.") + " Over."],
    "right": [lambda a, k: stop(f"Here {an(a)} is shown side-on, facing right as you look at it."),
              lambda a, k: f"LX {num()}: {an(a)} in profile, facing the audience's right. GO.",
              lambda a, k: f"{chart()} stitch {an(a)} in profile, facing the right edge of the piece.",
              lambda a, k: f"Before the forecast, a viewer's photo: {an(a)} " +
                           moves(k, "facing the right of your screen.", "driving towards the right of your screen.") +
                           " Now, the weather.",
              lambda a, k: f"Court sketch, case {num()}: {an(a)} side-on, facing right as the gallery sees it.",
              lambda a, k: f"{pic()}: {an(a)} side-on, facing right. Swipe for more.",
              lambda a, k: f"Unit {num()} to control: {an(a)} " + moves(k, "side-on, facing to my right.",
                                                                        "side-on, heading to my right.") + " Over."],
}
MANY_FACING = {"camera": lambda n, a, k: f"Court sketch, case {num()}: {many(n, a)}, every one facing the gallery.",
               "away": lambda n, a, k: f"{many(n, a)} / all facing away / nobody speaks",
               "left": lambda n, a, k: f"LX {num()}: {many(n, a, True)} in profile, all facing the audience's left. "
                                       f"GO.",
               "right": lambda n, a, k: f"{pic()}: {many(n, a)}, all facing right. Swipe for more."}


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
    "top": [lambda a, b: stop(f"This one was painted from directly above: {an(a)} and {an(b)} seen from straight "
                              f"overhead."),
            lambda a, b: f"LX {num()}: straight-down top light; the view is from the grid, looking down on {an(a)} "
                         f"and {an(b)}. GO.",
            lambda a, b: f"{chart()} stitch {an(a)} and {an(b)} as seen from directly above.",
            lambda a, b: f"Before the forecast, a viewer's photo taken straight down from above: {an(a)} and "
                         f"{an(b)}. Now, the weather.",
            lambda a, b: f"Court sketch, case {num()}: {an(a)} drawn from directly overhead, looking down.",
            lambda a, b: f"{pic()}: {an(a)} shot from right above, looking straight down. Swipe for more.",
            lambda a, b: f"Claim ref {ref()}: the photograph was taken from directly above {the(a, 0)} and "
                         f"{the(b, 0)}.",
            lambda a, b: f"Unit {num()} to control: I'm right overhead, looking straight down on {an(a)} and "
                         f"{an(b)}. Over."],
    "front": [lambda a, b: stop(f"Here we face {an(a)} and {an(b)} from the front, at eye level."),
              lambda a, b: f"LX {num()}: front light only; {an(a)} and {an(b)} seen straight on from the stalls, "
                           f"eye height. GO.",
              lambda a, b: f"{chart()} stitch {an(a)} from the front, at eye level.",
              lambda a, b: f"Before the forecast, a viewer's photo: {an(a)} and {an(b)}, taken from the front at "
                           f"eye level. Now, the weather.",
              lambda a, b: f"Court sketch, case {num()}: {an(a)} drawn from the front, so we see {its(a)} face.",
              lambda a, b: f"{pic()}: {an(a)} from the front, eye level. Swipe for more.",
              lambda a, b: f"Claim ref {ref()}: the photograph shows {the(a, 0)} from the front, at eye level.",
              lambda a, b: f"Unit {num()} to control: I'm at the front of {the(a, 0)} and {the(b, 0)}, eye level. "
                           f"Over."],
    "back": [lambda a, b: stop(f"Unusually, {an(a)} and {an(b)} are shown from behind."),
             lambda a, b: f"LX {num()}: the view from upstage, behind {an(a)} and {an(b)}, looking at their backs. "
                          f"GO.",
             lambda a, b: f"{chart()} stitch {an(a)} from the back, so {its(a)} back shows.",
             lambda a, b: f"Before the forecast, a viewer's photo taken from behind {an(a)} and {an(b)}. Now, the "
                          f"weather.",
             lambda a, b: f"Court sketch, case {num()}: {an(a)} seen from behind, {its(a)} back to us.",
             lambda a, b: f"{pic()}: {an(a)} and {an(b)} from the back. Swipe for more.",
             lambda a, b: f"Claim ref {ref()}: the photograph was taken from behind {the(a, 0)}, showing {its(a)} "
                          f"rear.",
             lambda a, b: f"Unit {num()} to control: I'm behind {an(a)} and {an(b)}, looking at their backs. Over."],
    "left": [lambda a, b: stop(f"This time the painter stood off at the left-hand end of the scene, looking across "
                               f"at {an(a)} and {an(b)}."),
             lambda a, b: f"LX {num()}: the view from the wings at the audience's left, looking across at {an(a)} "
                          f"and {an(b)}. GO.",
             lambda a, b: f"{chart()} stitch {an(a)} and {an(b)} as seen from the left-hand end of the scene.",
             lambda a, b: f"Before the forecast, a viewer's photo taken from the left-hand side of the scene, "
                          f"across {an(a)} and {an(b)}. Now, the weather.",
             lambda a, b: f"Court sketch, case {num()}: {an(a)} and {an(b)} drawn from the left-hand end of the "
                          f"room, looking across.",
             lambda a, b: f"{pic()}: {an(a)} and {an(b)}, taken from off to the left of the whole scene. Swipe for "
                          f"more.",
             lambda a, b: f"Claim ref {ref()}: the photograph was taken from the left-hand side of the scene, "
                          f"looking across at {the(a, 0)} and {the(b, 0)}.",
             lambda a, b: f"Unit {num()} to control: I'm at the left-hand end of the scene, looking across at "
                          f"{an(a)} and {an(b)}. Over."],
    "right": [lambda a, b: stop(f"This time the painter stood off at the right-hand end of the scene, looking "
                                f"across at {an(a)} and {an(b)}."),
              lambda a, b: f"LX {num()}: the view from the wings at the audience's right, looking across at "
                           f"{an(a)} and {an(b)}. GO.",
              lambda a, b: f"{chart()} stitch {an(a)} and {an(b)} as seen from the right-hand end of the scene.",
              lambda a, b: f"Before the forecast, a viewer's photo taken from the right-hand side of the scene, "
                           f"across {an(a)} and {an(b)}. Now, the weather.",
              lambda a, b: f"Court sketch, case {num()}: {an(a)} and {an(b)} drawn from the right-hand end of the "
                           f"room, looking across.",
              lambda a, b: f"{pic()}: {an(a)} and {an(b)}, taken from off to the right of the whole scene. Swipe "
                           f"for more.",
              lambda a, b: f"Claim ref {ref()}: the photograph was taken from the right-hand side of the scene, "
                           f"looking across at {the(a, 0)} and {the(b, 0)}.",
              lambda a, b: f"Unit {num()} to control: I'm at the right-hand end of the scene, looking across at "
                           f"{an(a)} and {an(b)}. Over."],
    "close-up": [lambda a, b: stop(f"Step right up to this one: {an(a)}, so close it fills the whole canvas."),
                 lambda a, b: f"LX {num()}: tight pin spot; we are right up close on {an(a)}, filling the view. GO.",
                 lambda a, b: f"{chart()} stitch {an(a)} so large it fills the whole piece.",
                 lambda a, b: f"Before the forecast, a viewer's close-up: {an(a)}, filling the entire screen. Now, "
                              f"the weather.",
                 lambda a, b: f"Court sketch, case {num()}: a close study of {an(a)}, filling the page.",
                 lambda a, b: f"{pic()}: super close on {an(a)}, fills the whole pic. Swipe for more.",
                 lambda a, b: f"Claim ref {ref()}: close-up photograph of {the(a, 0)}, edge to edge.",
                 lambda a, b: f"Unit {num()} to control: zoomed right in on {an(a)}, it fills my view. Over."],
    "wide": [lambda a, b: stop(f"A vast landscape: far off, {an(a)} and {an(b)}, tiny in all that space."),
             lambda a, b: f"LX {num()}: full stage, deep and empty, {an(a)} and {an(b)} tiny at the very back. GO.",
             lambda a, b: f"{chart()} stitch a huge empty landscape with {an(a)} tiny on the horizon.",
             lambda a, b: f"Before the forecast, a viewer's photo: miles of open country and, far away, {an(a)} "
                          f"and {an(b)}, tiny. Now, the weather.",
             lambda a, b: f"Court sketch, case {num()}: {an(a)} small and distant in a great wide view.",
             lambda a, b: f"{pic()}: super wide, {an(a)} and {an(b)} just dots in the distance. Swipe for more.",
             lambda a, b: f"Claim ref {ref()}: a wide photograph in which {the(a, 0)} is a speck in the distance.",
             lambda a, b: f"Unit {num()} to control: long way off, {an(a)} and {an(b)}, tiny on the skyline. "
                          f"Over."],
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
                objects = {a: 1, b: 1} if re.search(rf"\b{re.escape(b)}\b", text) else {a: 1}
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
