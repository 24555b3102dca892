"""Writes the SIXTH held-out layout prompts (bench/prompts/heldout6/*.jsonl) from a grammar.

    .venv/bin/python bench/prompts/heldout6_grammar.py

Why a sixth held-out set: the fifth one (bench/prompts/heldout5/) has been read while building
(session 2026-12-07), so its figure now measures some fit too. This set was written without
reading the implementation, its tests or its documentation (only the bench's scorers,
bench/layout.py, bench/scenes.py and bench/layout_selfcheck.py, the benchmark section of the
README, and the existing prompt sets and grammars in bench/prompts, so as to differ from them).
Run it once, with ``--failures 0``:

- phrasings: no template of the other sets is reused. The sentences mix the registers people
  actually type into image tools: terse tag lists ("X | Y | X on the left", "left: X. right:
  Y."), chatty requests ("hey can you make ... thanks"), screenplay-like directions ("CUT TO:",
  "CLOSE ON X. Y rests on it.", "X waits at frame left, Y at frame right"), long run-on
  descriptions ("so there's X and then just left of it ... there's Y, that's it") and shapes the
  other sets do not use: "reading left to right you meet X first", "X occupies the left, Y the
  right", "X bookended by Y and Z", "X wedged in the gap between", "a ring: N Xs, Y at its
  centre", "X spaced round Y like the hours on a clock face", "Xs x5", "a trio of", "half a dozen", "X, no more, no fewer",
  facing as "in profile, facing left", "headlights towards us", "back to the viewer", views as
  "flat lay", "plan view", "drone shot looking straight down", "extreme long shot", "tight crop
  on". Now and then a request in front ("can i get", "prompt:") and a style or quality tail
  behind ("risograph print", "--ar 3:2"). Left and right are always the viewer's (frame left is
  the viewer's left; stage left, which is the actor's, is never used);
- vocabulary: the main noun pools share no noun with any other prompt set, nor with any quoted
  word in the other grammars (the script checks both): laboratory, desk and toy-cupboard
  things, reptiles and amphibians, deer and wild sheep, garden and game birds, nobility and the
  learned professions, folklore beings of other countries, trains, tankers and siege engines,
  trees of park and hedgerow, cabinets and occasional tables, invented first names; a small
  FAMILIAR pool of everyday nouns that other sets use is drawn now and then, as a real user
  would;
- physically plausible: small things go on and under furniture, big things stand behind small
  ones (never the other way round), only bulky things hide a person or an animal, seats go
  round tables only and only birds, beasts and people that may stand by water round a pond;
- no prompt equals or contains (as a whole-word sequence) a prompt of any other part, layout or
  scene: drawn again until it does not (the script checks).

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
OUT = HERE / "heldout6"
ME = "heldout6"
rng = random.Random(52817)
PER_KIND = 44  # prompts per relation kind, per composition region; facing has 48

# ------------------------------------------------------------- vocabulary ---
# Fresh pools: no noun here is in any other prompt set or quoted in another grammar (checked in main()).
SMALL = ["bunsen burner", "test tube rack", "centrifuge", "beaker", "barometer", "astrolabe", "sewing basket",
         "weighing scales", "popcorn machine", "hair dryer", "juicer", "pressure cooker", "butter dish", "salad bowl",
         "wine glass", "chalice", "inkwell", "paperweight", "hole punch", "tape dispenser", "pencil pot", "ring box",
         "hand mirror", "hairbrush", "matryoshka", "spinning top", "toy train", "marionette", "nutcracker",
         "wind-up robot", "kettlebell", "medicine ball", "penknife"]
TABLETOP = ["bunsen burner", "test tube rack", "centrifuge", "beaker", "barometer", "astrolabe", "sewing basket",
            "weighing scales", "popcorn machine", "hair dryer", "juicer", "pressure cooker", "butter dish",
            "salad bowl", "wine glass", "chalice", "inkwell", "paperweight", "hole punch", "tape dispenser",
            "pencil pot", "ring box", "hand mirror", "matryoshka", "toy train", "marionette", "nutcracker",
            "wind-up robot"]
PERCHERS = ["gecko", "skink", "bearded dragon", "tarsier", "bullfinch", "chaffinch", "wren"]  # small, sit up on things
SUPPORTS = ["bedside cabinet", "vanity unit", "drinks cabinet", "cocktail cabinet", "pedestal table",
            "tilt-top table", "camp table", "secretaire", "washstand", "linen press", "side cabinet", "lamp table",
            "games table", "writing bureau", "music cabinet", "record cabinet", "shoe cabinet", "tea table",
            "wine table", "banqueting table", "workshop table"]
COVERS = ["banqueting table", "workshop table", "table tennis table", "operating table", "pasting table",
          "games table", "hospital bed", "church bench"]
UNDER_SUBJECTS = ["vole", "shrew", "possum", "tarsier", "tool bag", "kit bag", "hamper", "pet carrier", "cat bed",
                  "dog bowl", "wicker basket", "shoe rack", "medicine ball", "kettlebell", "toy train"]
PETS = ["gecko", "skink", "bearded dragon", "tarsier", "possum", "vole", "shrew", "bullfinch", "chaffinch", "wren",
        "starling", "sparrow", "blackbird", "thrush", "bullfrog", "toad", "kinkajou", "loris", "genet"]
WILD = ["komodo dragon", "gila monster", "monitor lizard", "frilled lizard", "caiman", "gharial", "tuatara",
        "salamander", "terrapin", "prairie dog", "cougar", "bactrian camel", "highland cow", "roe deer", "muntjac",
        "fallow deer", "sika deer", "nilgai", "sambar", "chital", "blackbuck", "duiker", "serow", "argali", "saiga",
        "banteng", "anoa", "mouflon", "giant panda", "honey badger", "ermine", "kingfisher", "nightingale", "skylark",
        "cuckoo", "nightjar", "ptarmigan", "capercaillie", "moorhen", "mallard", "eider", "pintail"]
CREATURES = PETS + WILD
TRADES = ["forester", "stuntman", "ballet dancer", "flamenco dancer", "opera singer", "contortionist",
          "figure skater", "kayaker", "sprinter", "hurdler", "weightlifter", "drum major", "beefeater",
          "guardsman", "courtier", "duchess", "duke", "baroness", "earl", "countess", "empress", "sultan",
          "maharaja", "tsar", "chieftain", "ambassador", "senator", "magistrate", "barrister", "banker",
          "mathematician", "physicist", "chemist", "botanist", "geologist", "astronomer", "zoologist", "cartographer",
          "helmsman", "docker", "croupier", "pawnbroker", "jeweller", "watchmaker", "clockmaker", "upholsterer",
          "cabinetmaker", "silversmith", "goldsmith", "wheelwright", "saddler", "apothecary", "herbalist", "midwife",
          "governess", "housekeeper", "gymnast", "saxophonist", "goatherd", "curator", "surveyor", "caddie",
          "musketeer", "squire", "bishop", "shaman", "nobleman", "yeoman", "quarryman", "postwoman", "horsewoman"]
FOLK = ["banshee", "ghoul", "djinn", "selkie", "wendigo", "bogeyman", "dryad", "naiad", "gorgon", "kobold", "boggart",
        "redcap", "tengu"]
PEOPLE = TRADES + FOLK
NAMES = ["Clementine", "Ottilie", "Isadora", "Lucius", "Henrietta", "Fitzroy", "Quentin", "Beatrix", "Montgomery",
         "Jolyon", "Hermione", "Berenice", "Eudora", "Gideon", "Honoria", "Isolde", "Jethro", "Kasimir", "Lavinia",
         "Nerissa", "Prudence", "Radomir", "Sabine"]
LARGE = ["tanker", "carriage", "chariot", "locomotive", "steam engine", "caboose", "motorbike", "double-decker",
         "roadster", "station wagon", "panel van", "cattle truck", "gritter", "tepee", "polytunnel", "dolmen",
         "cairn", "stupa", "trebuchet", "siege tower", "catapult", "cannon", "lunar lander", "satellite dish",
         "birch", "willow", "cedar", "cypress", "yew", "beech", "elm", "hornbeam", "rowan", "magnolia", "hawthorn",
         "monkey puzzle", "saguaro", "hay wain", "cenotaph"]
BULKY = ["tanker", "carriage", "locomotive", "caboose", "double-decker", "panel van", "cattle truck", "gritter",
         "tepee", "polytunnel", "dolmen", "siege tower", "trebuchet", "stupa", "lunar lander", "hay wain", "cenotaph"]
RING_CENTRES = ["stupa", "cairn", "dolmen", "satellite dish", "yew", "saguaro", "monkey puzzle", "koi pond",
                "banqueting table", "games table"]
RING_MEMBERS = ["swivel chair", "bar stool", "guardsman", "courtier", "musketeer", "squire", "goatherd", "gymnast",
                "ballet dancer", "sprinter", "mouflon", "muntjac", "roe deer", "highland cow", "capercaillie",
                "moorhen", "mallard", "kobold", "redcap", "dryad"]
SEATS = {"swivel chair", "bar stool"}
SEAT_CENTRES = {"banqueting table", "games table"}  # chairs and stools go round a table only
WATER = {"koi pond"}  # only ducks, moorhens and people stand round a pond
WATERSIDE = {"moorhen", "mallard", "guardsman", "courtier", "squire", "goatherd", "gymnast", "ballet dancer",
             "sprinter", "kobold", "redcap", "dryad", "musketeer", "highland cow", "mouflon", "muntjac", "roe deer"}
# Everyday nouns that other sets also use: drawn only now and then (FAMILIAR_SHARE), the way a
# real user mixes common and rare words.
FAMILIAR = ["dog", "cat", "chair", "lamp", "bicycle", "car", "tree", "horse", "cup", "umbrella", "bucket", "sheep",
            "vase", "bottle", "fox", "elephant", "boy", "woman", "bus", "tractor", "girl", "man", "book", "box"]
FAMILIAR_SUPPORTS = ["table", "desk", "dresser"]
FAMILIAR_COVERS = ["table", "desk", "bed"]
FAMILIAR_SHARE = 0.1

ADJECTIVES = ["weathered", "painted", "mint-green", "mustard-yellow", "battleship-grey", "peeling", "navy-blue",
              "gleaming", "well-worn", "lemon-yellow"]
UNDESCRIBED = {"birch", "willow", "cedar", "cypress", "yew", "beech", "elm", "hornbeam", "rowan", "magnolia",
               "hawthorn", "monkey puzzle", "saguaro", "koi pond", "dolmen", "cairn", "stupa", "cenotaph", "tree",
               "weighing scales"}
CREATURE_ADJECTIVES = ["plump", "wary", "speckled", "sleek", "young", "old", "mud-spattered", "watchful"]
PEOPLE_ADJECTIVES = ["elderly", "grinning", "bespectacled", "bearded", "sleepy", "tall", "bored"]
TAILS = [", risograph print", ", claymation still", ", 35mm film grain", ", unreal engine 5", ", anime key visual",
         ", pencil and ink", ", --ar 3:2", ", high contrast black and white", ", soft pastel palette",
         ", low poly 3d", ", pop art", ", daguerreotype", ", stained glass", ", ukiyo-e woodblock print",
         ", matte painting", ", 8k uhd, masterpiece", ", trending on artstation", ", gouache on card",
         ", photorealistic, f/1.8", ", dreamy, ethereal glow", ", 1950s advertisement", ", tarot card design"]
TAIL_SHARE = 0.25

# Openers for a prompt that is a noun phrase, the way requests are typed into image tools.
REQUESTS = ["generate ", "make me ", "can i get ", "i need ", "draw me ", "photo of ", "a render of ", "prompt: ",
            "pls make ", "a still of ", "illustrate ", "hi! i'd love "]
REQUEST_SHARE = 0.3
# Openers for a prompt that is a sentence: chat, a screenplay's slug line, a shot list.
LEADS = ["ok so ", "SCENE: ", "CUT TO: ", "FADE IN: ", "Shot 4. ", "idea: ",
         "so basically ", "for my book cover: "]
LEAD_SHARE = 0.25

PLURALS = {"stuntman": "stuntmen", "guardsman": "guardsmen", "helmsman": "helmsmen", "nobleman": "noblemen",
           "yeoman": "yeomen", "quarryman": "quarrymen", "postwoman": "postwomen", "horsewoman": "horsewomen",
           "duchess": "duchesses", "countess": "countesses", "baroness": "baronesses", "empress": "empresses",
           "governess": "governesses", "djinn": "djinn", "wine glass": "wine glasses", "weighing scales":
           "weighing scales", "matryoshka": "matryoshkas", "pintail": "pintails", "sika deer": "sika deer",
           "fallow deer": "fallow deer", "roe deer": "roe deer", "penknife": "penknives", "mouflon": "mouflon",
           "chital": "chital", "saiga": "saigas", "anoa": "anoas",
           "caddie": "caddies", "man": "men", "woman": "women", "sheep": "sheep"}
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
    if noun in PEOPLE or noun in NAMES or noun in ("boy", "woman", "girl", "man"):
        return "person"
    animals = ["dog", "cat", "horse", "sheep", "fox", "elephant"]
    return "creature" if noun in CREATURES + animals else "thing"


def an(noun: str, describe: float = 0.3) -> str:
    """'a beaker', 'an inkwell', sometimes 'a tarnished chalice'; names stay bare."""
    if noun in NAMES:
        return noun
    if noun == "weighing scales":
        return "a set of weighing scales"
    if rng.random() < describe and noun not in UNDESCRIBED:
        pool = {"person": PEOPLE_ADJECTIVES, "creature": CREATURE_ADJECTIVES}.get(kind_of(noun), ADJECTIVES)
        noun = f"{rng.choice(pool)} {noun}"
    return f"{article(noun)} {noun}"


def the(noun: str) -> str:
    return noun if noun in NAMES else f"the {noun}"


def it(noun: str) -> str:
    return "them" if kind_of(noun) == "person" else "it"


def its(noun: str) -> str:
    return "their" if kind_of(noun) == "person" else "its"


def many(n: int, noun: str) -> str:
    return f"{WORDS[n]} {plural(noun)}"


def pick(pool: list[str], familiar: list[str] | None = None, avoid=()) -> str:
    options = familiar if familiar and rng.random() < FAMILIAR_SHARE else pool
    return rng.choice([n for n in options if n not in avoid])


def dress(text: str, noun_phrase: bool | None, lead: bool = True) -> str:
    """Now and then a request in front (noun phrases) or a lead (sentences), and a style tail behind."""
    if noun_phrase and rng.random() < REQUEST_SHARE:
        text = rng.choice(REQUESTS) + text
    elif noun_phrase is False and lead and rng.random() < LEAD_SHARE:  # None: a chat or a slug line, as it is
        text = rng.choice(LEADS) + text
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
    for folder in ("heldout", "heldout2", "heldout3", "heldout4", "heldout5"):
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
    two of its nouns share a word (a milk tanker beside a tanker)."""
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
    (lambda s, o: f"{an(s)} | {an(o)} | {the(s)} on the left", True),
    (lambda s, o: f"left: {an(s)}. right: {an(o)}.", False),
    (lambda s, o: f"reading the picture from left to right you meet {an(s)} first and {an(o)} second", False),
    (lambda s, o: f"{an(s)} occupies the left of the shot and {an(o)} the right", False),
    (lambda s, o: f"{an(s)} waits at frame left, {an(o)} at frame right", False),
    (lambda s, o: f"hey can you make {an(s)} to the left of {an(o)}? thanks", None),
    (lambda s, o: f"{an(o)} on the right, and over to the left of {it(o)} as we look at the picture, "
                  f"{an(s)}", True),
    (lambda s, o: f"{an(s)} keeping to the left of {an(o)}", True),
    (lambda s, o: f"so there's {an(o)} and then just left of {it(o)} from where we're standing there's {an(s)}, "
                  f"that's it", None),
    (lambda s, o: f"{an(s)} off to the viewer's left, {an(o)} off to the viewer's right", True),
    (lambda s, o: f"{an(s)}, {an(o)}; {the(s)} further left than {the(o)}", True),
]
RIGHT = [
    (lambda s, o: f"{an(s)} | {an(o)} | {the(s)} on the right", True),
    (lambda s, o: f"left: {an(o)}. right: {an(s)}.", False),
    (lambda s, o: f"reading the picture from left to right you meet {an(o)} first and {an(s)} second", False),
    (lambda s, o: f"{an(o)} occupies the left of the shot and {an(s)} the right", False),
    (lambda s, o: f"{an(o)} waits at frame left, {an(s)} at frame right", False),
    (lambda s, o: f"hey can you make {an(s)} to the right of {an(o)}? thanks", None),
    (lambda s, o: f"{an(o)} on the left, and over to the right of {it(o)} as we look at the picture, "
                  f"{an(s)}", True),
    (lambda s, o: f"{an(s)} keeping to the right of {an(o)}", True),
    (lambda s, o: f"so there's {an(o)} and then just right of {it(o)} from where we're standing there's {an(s)}, "
                  f"that's it", None),
    (lambda s, o: f"{an(o)} off to the viewer's left, {an(s)} off to the viewer's right", True),
    (lambda s, o: f"{an(s)}, {an(o)}; {the(s)} further right than {the(o)}", True),
]
ON = [
    (lambda s, o: f"{an(o)}, and sitting on it, {an(s)}", True),
    (lambda s, o: f"{an(s)} balanced on top of {an(o)}", True),
    (lambda s, o: f"on {an(o)}: {an(s)}", False),
    (lambda s, o: f"someone has put {an(s)} on {an(o)}", False),
    (lambda s, o: f"{an(o)} topped with {an(s)}", True),
    (lambda s, o: f"{an(s)}, which {'has hopped' if kind_of(s) == 'creature' else 'has been put'} up on {an(o)}",
     True),
    (lambda s, o: f"the top of {an(o)} holds {an(s)}", False),
    (lambda s, o: f"{an(s)} stood on {an(o)}", True),
    (lambda s, o: f"{an(o)} carrying {an(s)} on its top", True),
    (lambda s, o: f"CLOSE ON {an(o)}. {an(s).capitalize()} {'sits' if kind_of(s) == 'creature' else 'rests'} on it.",
     None),
    (lambda s, o: f"{an(s)} placed squarely on {an(o)}", True),
]
UNDER = [
    (lambda s, o: f"{an(s)} tucked away under {an(o)}", True),
    (lambda s, o: f"{an(o)}, {an(s)} on the floor beneath it", True),
    (lambda s, o: f"below {an(o)} is {an(s)}", False),
    (lambda s, o: f"{an(s)} {'sheltering' if kind_of(s) == 'creature' else 'stowed'} beneath {an(o)}", True),
    (lambda s, o: f"{an(o)} and, under it, {an(s)}", True),
    (lambda s, o: f"there's {an(s)} under {an(o)}, right on the ground", False),
    (lambda s, o: f"{an(s)} {'crouching' if kind_of(s) == 'creature' else 'shoved'} underneath {an(o)}", True),
    (lambda s, o: f"{an(s)} {'parked' if kind_of(s) == 'thing' else 'lying'} on the floor under {an(o)}", True),
    (lambda s, o: f"{an(s)} in the shadow under {an(o)}", True),
]
FRONT = [
    (lambda s, o: f"{an(o)} looms behind {an(s)}", False),
    (lambda s, o: f"{an(s)} up front, {an(o)} further back", True),
    (lambda s, o: f"{an(s)} closer to the lens than {an(o)}", True),
    (lambda s, o: f"{an(o)} with {an(s)} posed in front of {it(o)}", True),
    (lambda s, o: f"{an(s)} in front, {an(o)} as the backdrop", True),
    (lambda s, o: f"{an(s)} nearest the camera, {an(o)} beyond", True),
    (lambda s, o: f"{an(s)} {'stands' if kind_of(s) != 'thing' else 'sits'} before {an(o)}, between it and us",
     False),
    (lambda s, o: f"foreground: {an(s)}. background: {an(o)}.", False),
    (lambda s, o: f"{an(s)} {'set down' if kind_of(s) == 'thing' else 'waiting'} just in front of {an(o)}", True),
    (lambda s, o: f"{an(s)} out ahead of {an(o)}, towards the camera", True),
]
BEHIND = [
    (lambda s, o: f"{an(s)} rising up behind {an(o)}", True),
    (lambda s, o: f"{an(o)} up front with {an(s)} at the back", True),
    (lambda s, o: f"{an(s)} further back than {an(o)}", True),
    (lambda s, o: f"{an(o)} near the lens, {an(s)} well back", True),
    (lambda s, o: f"{an(s)} set back behind {an(o)}", True),
    (lambda s, o: f"{an(s)} beyond {an(o)}, as seen from the camera", True),
    (lambda s, o: f"{an(o)}, and back behind {it(o)}, {an(s)}", True),
    (lambda s, o: f"{an(s)} farther from the viewer than {an(o)}", True),
    (lambda s, o: f"foreground: {an(o)}. background: {an(s)}.", False),
    (lambda s, o: f"{an(o)} has {an(s)} at {its(o)} back, further from us", False),
]
NEAR = [
    (lambda s, o: f"{an(s)} a hand's width from {an(o)}", True),
    (lambda s, o: f"{an(s)} at {an(o)}'s side" if o not in NAMES else f"{an(s)} at {o}'s side", True),
    (lambda s, o: f"{an(s)} pressed up against {an(o)}", True),
    (lambda s, o: f"{an(s)} and {an(o)}, almost touching", True),
    (lambda s, o: f"{an(s)} just beside {an(o)}", True),
    (lambda s, o: f"{an(s)} {'keeping' if kind_of(s) != 'thing' else 'kept'} close to {an(o)}", True),
    (lambda s, o: f"{an(s)} hard by {an(o)}", True),
    (lambda s, o: f"{an(s)} a short step from {an(o)}", True),
    (lambda s, o: f"{an(s)} close enough to touch {an(o)}", True),
    (lambda s, o: f"{an(s)} and {an(o)} practically side by side", True),
]
HIDDEN = [
    (lambda s, o: f"{an(o)} blocks most of {an(s)}", False),
    (lambda s, o: f"{an(s)} poking out from behind {an(o)}", True),
    (lambda s, o: f"{an(o)} obstructing our view of {an(s)}", True),
    (lambda s, o: f"{an(s)} partly concealed by {an(o)}", True),
    (lambda s, o: f"{an(s)} just visible behind {an(o)}", True),
    (lambda s, o: f"{an(o)} in front of {an(s)}, covering much of {it(s)}", True),
    (lambda s, o: f"{an(s)} half-obscured by {an(o)}", True),
    (lambda s, o: f"you can barely make out {an(s)} behind {an(o)}", False),
    (lambda s, o: f"{an(s)} behind {an(o)}, largely out of view", True),
    (lambda s, o: f"{an(o)} cutting off our view of most of {an(s)}", True),
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
    lambda s, x, y: (f"{an(s)} in the gap between {an(x)} and {an(y)}", True),
    lambda s, x, y: (f"{an(x)}, {an(s)}, {an(y)}, in that order from left to right", True),
    lambda s, x, y: (f"{an(s)} with {an(x)} to one side and {an(y)} to the other", True),
    lambda s, x, y: (f"{an(s)} wedged between {an(x)} and {an(y)}", True),
    lambda s, x, y: (f"{an(x)} left, {an(y)} right, {an(s)} dead centre between them", True),
    lambda s, x, y: (f"{an(s)} midway between {an(x)} and {an(y)}", True),
    lambda s, x, y: (f"{an(s)} bookended by {an(x)} and {an(y)}", True),
    lambda s, x, y: (f"put {an(s)} right in between {an(x)} and {an(y)}", False),
]
BETWEEN_PAIR = [
    lambda s, x: (f"{an(s)} between a pair of matching {plural(x)}", True),
    lambda s, x: (f"two {plural(x)} with {an(s)} in the middle of them", True),
    lambda s, x: (f"{an(s)} with one {x} on {its(s)} left and another on {its(s)} right", True),
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
    lambda n, r, c: (f"{many(n, r)} encircling {an(c, 0)}", True),
    lambda n, r, c: (f"{an(c, 0)} surrounded by a ring of {many(n, r)}", True),
    lambda n, r, c: (f"{many(n, r)} forming a circle with {an(c, 0)} in the middle", True),
    lambda n, r, c: (f"{an(c, 0)}, {many(n, r)} spaced all the way round it", True),
    lambda n, r, c: (f"{many(n, r)} placed round {an(c, 0)} like the hours on a clock face", True),
    lambda n, r, c: (f"a ring: {many(n, r)}, {an(c, 0)} at its centre", True),
    lambda n, r, c: (f"{an(c, 0)} at the heart of a circle of {many(n, r)}", True),
    lambda n, r, c: (f"{many(n, r)} in a closed circle round {an(c, 0)}", True),
    lambda n, r, c: (f"{an(c, 0)} with {many(n, r)} set on every side of it in a circle", True),
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
                members = [m for m in members if m not in SEATS]  # chairs and stools go round a table only
            else:
                members = [m for m in members if m in SEATS or kind_of(m) == "person"]  # and only they and people
            if c in WATER:
                members = [m for m in members if m in WATERSIDE]
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
    rows += pairwise("on_top_of", ON, TABLETOP + PERCHERS, SUPPORTS, ["cup", "vase", "bottle", "lamp", "cat", "book"],
                     FAMILIAR_SUPPORTS)
    rows += pairwise("under", UNDER, UNDER_SUBJECTS, COVERS, ["cat", "bucket", "dog", "box"], FAMILIAR_COVERS)
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
    "centre": [lambda a: (f"{an(a)}, dead centre", True),
               lambda a: (f"{an(a)} smack in the middle of the frame", True),
               lambda a: (f"{an(a)}, centered, plain backdrop", True),
               lambda a: (f"{an(a)} in the exact middle of the picture", True),
               lambda a: (f"subject: {an(a)}, centered", None),
               lambda a: (f"frame {an(a)} in the middle", False),
               lambda a: (f"{an(a)} bang in the centre of the shot", True),
               lambda a: (f"put {an(a)} in the middle of the image please", False)],
    "image_left": [lambda a: (f"{an(a)} hugging the left edge of the frame", True),
                   lambda a: (f"{an(a)} off to the left of the picture", True),
                   lambda a: (f"{an(a)} on the left-hand side of the image", True),
                   lambda a: (f"{an(a)} as the subject, positioned left, empty space on the right", True),
                   lambda a: (f"{an(a)} at the far left of the frame", True),
                   lambda a: (f"{an(a)} in the left third, the middle and right bare", True),
                   lambda a: (f"{an(a)}, placed left of centre near the edge", True),
                   lambda a: (f"can you shift {an(a)} over to the left of the image", False)],
    "image_right": [lambda a: (f"{an(a)} hugging the right edge of the frame", True),
                    lambda a: (f"{an(a)} off to the right of the picture", True),
                    lambda a: (f"{an(a)} on the right-hand side of the image", True),
                    lambda a: (f"{an(a)} as the subject, positioned right, empty space on the left", True),
                    lambda a: (f"{an(a)} at the far right of the frame", True),
                    lambda a: (f"{an(a)} in the right third, the middle and left bare", True),
                    lambda a: (f"{an(a)}, placed right of centre near the edge", True),
                    lambda a: (f"can you shift {an(a)} over to the right of the image", False)],
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

COUNTABLE = ["kettlebell", "medicine ball", "chalice", "inkwell", "beaker", "spinning top", "nutcracker",
             "marionette", "hand mirror", "hairbrush", "ring box", "starling", "sparrow", "bullfinch", "chaffinch",
             "thrush", "blackbird", "skylark", "mallard", "eider", "moorhen", "gecko", "skink", "toad", "bullfrog",
             "kobold", "redcap", "boggart", "gymnast", "sprinter", "hurdler", "courtier", "motorbike", "swivel chair",
             "bar stool", "beefeater", "saxophonist", "prairie dog", "muntjac", "duiker", "cannon", "catapult",
             "matryoshka"]
IRREGULAR = ["stuntman", "guardsman", "helmsman", "nobleman", "yeoman", "quarryman", "duchess", "countess",
             "empress", "governess", "wine glass", "penknife", "roe deer", "fallow deer", "djinn",
             "highland cow"]
COUNT_ONE = [lambda x: (f"a lone {x}", True), lambda x: (f"only a single {x}, nothing more", True),
             lambda x: (f"{article(x)} {x}, just the one", True),
             lambda x: (f"one single {x} on its own", True)]
COUNT_MANY = [
    lambda n, x: (f"exactly {WORDS[n]} {plural(x)}", True),
    lambda n, x: (f"{plural(x)} x{n}", True),
    lambda n, x: (f"{WORDS[n]} {plural(x)}, no more, no fewer", True),
    lambda n, x: (f"a trio of {plural(x)}", True),
    lambda n, x: (f"{WORDS[n]} identical {plural(x)}", True),
    lambda n, x: (f"count them: {WORDS[n]} {plural(x)}", False),
    lambda n, x: (f"{WORDS[n]} {plural(x)} scattered about", True),
    lambda n, x: (f"half a dozen {plural(x)}", True),
    lambda n, x: (f"{n}x {plural(x)}", True),
    lambda n, x: (f"{WORDS[n]} {plural(x)} lined up one behind another", True),
    lambda n, x: (f"a dozen {plural(x)}", True),
    lambda n, x: (f"{WORDS[n]} {plural(x)}, all the same size", True),
]
COUNT_FIXED = {"a trio of": 3, "half a dozen": 6, "a dozen": 12}
MIXED = [lambda n, x, m, y: (f"{WORDS[n]} {plural(x)} plus {WORDS[m]} {plural(y)}", {x: n, y: m}),
         lambda n, x, m, y: (f"{WORDS[n]} {plural(x)}; {WORDS[m]} {plural(y)}; one {LONE}",
                             {x: n, y: m, LONE: 1}),
         lambda n, x, m, y: (f"{n} {plural(x)} together with {m} {plural(y)}", {x: n, y: m}),
         lambda n, x, m, y: (f"{WORDS[n]} {plural(x)} and {WORDS[m]} {plural(y)}, nothing else in the shot",
                             {x: n, y: m})]


def counts() -> list[dict]:
    rows = []
    for i in range(36):
        template = COUNT_MANY[i % len(COUNT_MANY)]

        def make():
            x = rng.choice(IRREGULAR if i % 3 == 0 else COUNTABLE)
            n = rng.choice([2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13])
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
    for i in range(16):
        template = MIXED[i % len(MIXED)]

        def make():
            x, y = rng.sample(COUNTABLE + IRREGULAR, 2)
            n, m = rng.choice([2, 3, 4, 5, 6]), rng.choice([2, 3, 4, 5])
            text, objects = template(n, x, m, y)
            return row(dress(text, True), objects)

        rows.append(fresh(make))
    return rows


LONE = "satellite dish"


# ------------------------------------------------------------------- facing ---

FACE_ANIMALS = ["muntjac", "roe deer", "fallow deer", "nilgai", "sambar", "blackbuck", "argali", "mouflon",
                "highland cow", "bactrian camel", "cougar", "giant panda", "honey badger", "komodo dragon",
                "monitor lizard", "capercaillie", "banteng"]
FACE_VEHICLES = ["locomotive", "double-decker", "tanker", "motorbike", "steam engine", "roadster", "station wagon",
                 "panel van", "cattle truck", "gritter"]
FACE_PEOPLE = ["duchess", "duke", "sultan", "empress", "tsar", "beefeater", "guardsman", "courtier", "magistrate",
               "curator", "goatherd", "gymnast", "figure skater", "drum major", "ambassador", "djinn"]
FACING = {
    "camera": [lambda a, k: f"{a} staring straight into the lens" if k != "vehicle" else
               f"{a} with its headlights towards us",
               lambda a, k: f"{a} turned to face the camera",
               lambda a, k: f"{a} head-on, front towards the viewer",
               lambda a, k: f"{a} {'coming' if k != 'vehicle' else 'driving'} straight towards us"],
    "away": [lambda a, k: f"{a} with {'their back' if k == 'person' else 'its rear' if k == 'vehicle' else 'its back'}"
                           f" to the camera",
             lambda a, k: f"{a} {'driving' if k == 'vehicle' else 'heading'} off into the distance, away from us",
             lambda a, k: f"{a} facing the horizon, {'its' if k != 'person' else 'their'} back to the viewer",
             lambda a, k: f"{a}, tail end towards the viewer" if k == "vehicle" else
             f"{a} turned away from the camera"],
    "left": [lambda a, k: f"{a} in profile, facing left",
             lambda a, k: f"{a} heading towards the left of the frame",
             lambda a, k: f"{a} turned to face the left side of the picture",
             lambda a, k: f"{a} {'driving' if k == 'vehicle' else 'travelling'} leftwards across the frame"],
    "right": [lambda a, k: f"{a} in profile, facing right",
              lambda a, k: f"{a} heading towards the right of the frame",
              lambda a, k: f"{a} turned to face the right side of the picture",
              lambda a, k: f"{a} {'driving' if k == 'vehicle' else 'travelling'} rightwards across the frame"],
}
MANY_FACING = {"camera": lambda group, all_: f"{group}, {all_} turned towards the camera",
               "left": lambda group, all_: f"{group}, every one of them facing left",
               "away": lambda group, all_: f"{group}, {all_} with their backs to the camera",
               "right": lambda group, all_: f"{group}, every one of them facing right"}


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
    "top": [lambda a, b: f"plan view of {an(a)} and {an(b)}",
            lambda a, b: f"drone shot looking straight down at {an(a)}",
            lambda a, b: f"flat lay of {an(a)} and {an(b)}",
            lambda a, b: f"{an(a)} photographed from directly overhead",
            lambda a, b: f"{an(a)} and {an(b)}, camera pointing straight down at them from above"],
    "front": [lambda a, b: f"straight-on front shot of {an(a)}",
              lambda a, b: f"{an(a)} and {an(b)} from the front, at eye level",
              lambda a, b: f"{an(a)}, frontal view",
              lambda a, b: f"{an(a)} pictured from the front",
              lambda a, b: f"a frontal shot taking in {an(a)} and {an(b)}"],
    "back": [lambda a, b: f"rear view of {an(a)}",
             lambda a, b: f"back view: {an(a)} and {an(b)}",
             lambda a, b: f"{an(a)} shot from the back",
             lambda a, b: f"the camera behind {an(a)} and {an(b)}, looking at their backs",
             lambda a, b: f"{an(a)} filmed from the rear"],
    "left": [lambda a, b: f"{an(a)} and {an(b)} shot from the left-hand side of the set",
             lambda a, b: f"the camera standing on the left of the scene, looking at {an(a)}",
             lambda a, b: f"left-side view of the scene: {an(a)} and {an(b)}",
             lambda a, b: f"{an(a)}, viewed from the scene's left flank",
             lambda a, b: f"a shot from the scene's left showing {an(a)} and {an(b)}"],
    "right": [lambda a, b: f"{an(a)} and {an(b)} shot from the right-hand side of the set",
              lambda a, b: f"the camera standing on the right of the scene, looking at {an(a)}",
              lambda a, b: f"right-side view of the scene: {an(a)} and {an(b)}",
              lambda a, b: f"{an(a)}, viewed from the scene's right flank",
              lambda a, b: f"a shot from the scene's right showing {an(a)} and {an(b)}"],
    "close-up": [lambda a, b: f"extreme close-up of {an(a)}",
                 lambda a, b: f"macro shot of {an(a)}",
                 lambda a, b: f"{an(a)} filling the whole frame",
                 lambda a, b: f"tight crop on {an(a)}",
                 lambda a, b: f"{an(a)}, up close, edge to edge"],
    "wide": [lambda a, b: f"establishing shot, {an(a)} and {an(b)} small in a vast landscape",
             lambda a, b: f"extreme long shot of {an(a)}",
             lambda a, b: f"{an(a)} and {an(b)} as tiny shapes in a wide vista",
             lambda a, b: f"distant view of {an(a)} across an empty plain",
             lambda a, b: f"{an(a)}, {an(b)}, both far away, lots of open space"],
}


def camera() -> list[dict]:
    things = SMALL + CREATURES + PEOPLE + LARGE
    rows = []
    for view, phrasings in VIEWS.items():
        for i in range(8):
            template = phrasings[i % len(phrasings)]

            def make():
                said = template("x", "y")
                pool = SMALL if view == "close-up" or said.startswith("flat lay") else things
                fronted = view == "back"  # of things with a front and a back
                if fronted:
                    pool = CREATURES + PEOPLE + FACE_VEHICLES
                if view == "wide":
                    pool = LARGE + WILD + PEOPLE  # things that still show when small and far away
                a = pick(pool, None if fronted or pool is SMALL else FAMILIAR)
                b = pick(pool if fronted or view == "wide" or pool is SMALL else things, None if pool is SMALL
                         else FAMILIAR, avoid={a})
                text = template(a, b)
                objects = {a: 1, b: 1} if re.search(rf"\b{re.escape(b)}\b", text) else {a: 1}
                named_first = text.startswith(("a ", "an ")) and not said.startswith(("a shot", "a frontal"))
                return row(dress(text, named_first, lead=False), objects, camera=view)

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
