"""Writes the FOURTH held-out layout prompts (bench/prompts/heldout4/*.jsonl) from a grammar.

    .venv/bin/python bench/prompts/heldout4_grammar.py

Why a fourth held-out set: the third one (bench/prompts/heldout3/) has been read while building
(session 2026-12-06), so its figure now measures some fit too. This set was written without
reading the implementation, its tests or its documentation (only the bench's scorers,
bench/layout.py and bench/scenes.py, the benchmark section of the README, and the existing prompt
sets and grammars in bench/prompts, so as to differ from them). Run it once, with
``--failures 0``:

- phrasings: no template of the other sets is reused. The sentences are worded the way people
  type into image tools, in shapes the other sets do not use: stage directions ("frame left:
  X, frame right: Y"), lists read in order ("left to right: X, Y"), "X set deeper back than Y",
  "X at arm's length from Y", "X partly eclipsed by Y", "X, Y, Z, in that order from left to
  right", rings "like numbers on a clock face", counts as "half a dozen", "a trio of", "N in
  all", "no more, no less", motion and gaze for facing ("staring into the lens", "in profile,
  facing left", "headlights pointed at us"), views as photographers say them ("flat lay",
  "drone shot straight down", "macro shot", "establishing shot"). Now and then a request in front
  ("draw me", "prompt:") and a style or quality tail behind ("trending on artstation",
  "risograph print"). Left and right are always the viewer's;
- vocabulary: the main noun pools share no noun with any other prompt set, nor with any quoted
  word in the other grammars (the script checks both): unusual dog breeds and wild animals,
  fantasy characters, trades, old vehicles, odd furniture, invented first names; a small
  FAMILIAR pool of everyday nouns that other sets use is drawn now and then, as a real user
  would;
- no prompt equals or contains (as a whole-word sequence) a prompt of any other part, layout or
  scene: drawn again until it does not (the script checks).

Nothing outside bench/prompts may import this file, name it, or quote its prompts; nobody should
tune the parser on them. The truth is written with each prompt by the grammar (the meaning of
the words, chosen by hand), never read from the implementation. Deterministic (seed 60493).
Same JSON as the other sets: {"prompt": ..., "expect": {"objects": {...}, "relations": [...],
"facing": [...], "camera": ...}}; object names are the nouns as written, singular.
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "heldout4"
ME = "heldout4"
rng = random.Random(60493)
PER_KIND = 44  # prompts per relation kind, per composition region; facing has 48

# ------------------------------------------------------------- vocabulary ---
# Fresh pools: no noun here is in any other prompt set or quoted in another grammar (checked in main()).
SMALL = ["rice cooker", "hurricane lantern", "jack-in-the-box", "accordion", "bongo drum", "xylophone", "aubergine",
         "walkie-talkie", "boombox", "cassette player", "gumball machine", "pitcher", "wok", "colander", "lunchbox",
         "jerry can", "paint tin", "bird box", "menorah", "urn", "amphora", "figurine", "statuette"]
TABLETOP = ["rice cooker", "hurricane lantern", "jack-in-the-box", "accordion", "bongo drum", "xylophone",
            "aubergine", "walkie-talkie", "boombox", "cassette player", "gumball machine", "pitcher", "wok",
            "colander", "lunchbox", "menorah", "urn", "amphora", "figurine", "statuette"]
PERCHERS = ["budgie", "cockatiel", "gerbil", "chipmunk", "marmoset"]  # small animals that sit up on things
SUPPORTS = ["tea trolley", "butcher block", "bar cart", "tallboy", "chiffonier", "lowboy", "roll-top desk",
            "vanity table", "work table", "telephone table", "hall table", "cupboard", "cable reel", "blanket box",
            "ice chest", "bar counter", "reception desk", "checkout counter", "altar"]
COVERS = ["glass table", "patio table", "camping table", "cafe table", "pub table", "picnic bench", "baby grand",
          "hammock", "canopy bed", "climbing frame", "pew"]
UNDER_SUBJECTS = ["shih tzu", "pomeranian", "basset hound", "gerbil", "chipmunk", "groundhog", "bunny", "beer crate",
                  "floor cushion", "lunchbox", "jerry can", "paint tin", "bean bag", "hassock"]
PETS = ["shih tzu", "pomeranian", "basset hound", "saint bernard", "great dane", "newfoundland", "rottweiler",
        "weimaraner", "borzoi", "samoyed", "akita", "shiba inu", "budgie", "cockatiel", "gerbil", "chipmunk", "bunny"]
WILD = ["quokka", "platypus", "marmoset", "gibbon", "mandrill", "aardvark", "pronghorn", "gnu", "kudu", "impala",
        "springbok", "oryx", "eland", "musk ox", "mountain goat", "bighorn sheep", "vicuna", "guanaco", "ocelot",
        "serval", "caracal", "jaguar", "puma", "jackal", "dingo", "coyote", "red panda", "binturong", "coati",
        "cassowary", "rhea", "roadrunner", "hornbill", "kookaburra", "gannet", "cormorant", "egret", "stork",
        "spoonbill", "magpie", "raven", "doe", "groundhog"]
CREATURES = PETS + WILD
TRADES = ["pilot", "wizard", "postman", "zookeeper", "goalkeeper", "crossing guard", "tour guide", "street vendor",
          "mountaineer", "snowboarder", "trumpeter", "harpist", "ventriloquist", "stilt walker", "fire-eater",
          "puppeteer", "tailor", "cobbler", "glassblower", "potter", "locksmith", "scuba diver", "matador",
          "gondolier", "fortune teller", "ringmaster", "lion tamer", "organ grinder", "breakdancer", "yoga teacher",
          "dentist", "surgeon", "detective", "ninja", "cosplayer", "admiral", "pharaoh", "viking", "gladiator",
          "centurion", "cowgirl", "bagpiper", "flautist", "oboist", "bellhop", "doorman", "sommelier", "waitress",
          "mime artist"]
FOLK = ["goblin", "troll", "ogre", "fairy", "centaur", "minotaur", "yeti", "gnome", "android", "cyborg", "alien",
        "werewolf", "zombie", "skeleton", "mummy", "golem"]
PEOPLE = TRADES + FOLK
NAMES = ["Zebulon", "Persephone", "Marisol", "Odalys", "Ezequiel", "Araminta", "Kwabena", "Saoirse", "Ignatius",
         "Hortensia", "Balthazar", "Philippa", "Osvaldo", "Quintus", "Lazlo", "Ximena", "Cosimo", "Tamsin",
         "Florian", "Eulalia"]
LARGE = ["double-decker bus", "fire engine", "school bus", "ice cream van", "garden shed", "teepee", "phone box",
         "silo", "steamroller", "monster truck", "sleigh", "vintage roadster", "dump truck", "tow truck",
         "cherry picker", "street sweeper", "snowplough", "ox cart", "campervan", "hearse", "minibus", "jeep",
         "trolleybus", "streetcar", "steam locomotive", "goods wagon", "monolith", "menhir", "topiary", "garden statue"]
BULKY = ["double-decker bus", "fire engine", "school bus", "ice cream van", "garden shed", "phone box", "steamroller",
         "monster truck", "dump truck", "tow truck", "street sweeper", "campervan", "hearse", "minibus", "trolleybus",
         "goods wagon", "monolith", "topiary"]
RING_CENTRES = ["birdbath", "monolith", "menhir", "paddling pool", "topiary", "garden statue", "cafe table",
                "baby grand", "fortune teller", "yeti"]
RING_MEMBERS = ["deckchair", "toadstool", "bean bag", "pouf", "hassock", "floor cushion", "gnome", "goblin",
                "bagpiper", "zookeeper", "viking", "ninja", "springbok", "impala", "cassowary", "cowgirl"]
SEATS = {"deckchair", "toadstool", "bean bag", "pouf", "hassock", "floor cushion"}
# Everyday nouns that other sets also use: drawn only now and then (FAMILIAR_SHARE), the way a
# real user mixes common and rare words.
FAMILIAR = ["dog", "cat", "chair", "lamp", "bicycle", "car", "tree", "horse", "cup", "umbrella", "suitcase", "bucket",
            "clock", "goat", "teapot", "sofa", "bench", "truck"]
FAMILIAR_SUPPORTS = ["table", "desk", "bench"]
FAMILIAR_COVERS = ["table", "desk", "bed"]
FAMILIAR_SHARE = 0.1

ADJECTIVES = ["teal", "mustard-yellow", "chipped", "weathered", "candy-pink", "matte black", "powder-blue", "copper",
              "two-tone", "glittery"]
UNDESCRIBED = {"aubergine", "menhir", "monolith", "topiary", "tree", "toadstool", "paddling pool", "birdbath",
               "garden statue"}
CREATURE_ADJECTIVES = ["sleepy", "speckled", "lanky", "plump", "skittish", "grumpy", "fluffy", "mangy"]
PEOPLE_ADJECTIVES = ["freckled", "elderly", "cheerful", "bespectacled", "barefoot", "tattooed", "grinning"]
TAILS = [", kodachrome slide", ", trending on artstation", ", unreal engine 5", ", claymation", ", risograph print",
         ", pencil crayon", ", stained glass style", ", vaporwave colours", ", soft pastel tones", ", cel shaded",
         ", polaroid", ", ukiyo-e woodblock", ", comic panel", ", watercolour wash", ", award-winning photo",
         ", masterpiece, best quality", ", hyperdetailed, 8k", ", gouache on paper", ", lo-fi anime style"]
TAIL_SHARE = 0.25

# Openers for a prompt that is a noun phrase, the way requests are typed into image tools.
REQUESTS = ["please render ", "generate: ", "prompt: ", "make me ", "i want ", "draw me ", "an illustration of ",
            "can i get ", "photo of ", "paint ", "show ", "design a scene with "]
REQUEST_SHARE = 0.3

PLURALS = {"musk ox": "musk oxen", "postman": "postmen", "doorman": "doormen", "bighorn sheep": "bighorn sheep",
           "werewolf": "werewolves", "fungus": "fungi", "swine": "swine", "springbok": "springbok",
           "mummy": "mummies", "fairy": "fairies", "bunny": "bunnies", "shih tzu": "shih tzus",
           "ox cart": "ox carts", "jack-in-the-box": "jack-in-the-boxes", "cassowary": "cassowaries",
           "menorah": "menorahs", "hassock": "hassocks", "kudu": "kudus", "gnu": "gnus", "rhea": "rheas",
           "toadstool": "toadstools", "mime artist": "mime artists"}
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
    if noun in PEOPLE or noun in NAMES:
        return "person"
    animals = ["dog", "cat", "horse", "goat"]
    return "creature" if noun in CREATURES + animals else "thing"


def an(noun: str, describe: float = 0.3) -> str:
    """'a wok', 'an urn', sometimes 'a chipped urn'; names stay bare."""
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
    for folder in ("heldout", "heldout2", "heldout3"):
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
    """Draws until the prompt is new: not drawn before, not equal to nor containing an old one."""
    for _ in range(tries):
        made = make()
        key = words(made["prompt"])
        if key not in SEEN and not any(old in key for old in OLD):
            SEEN.add(key)
            return made
    raise RuntimeError("could not draw a fresh prompt")


# ---------------------------------------------------------------- relations ---
# Each phrasing: (template returning the text, whether the text is a noun phrase). The subject
# s and the object o are nouns; the truth is [s, kind, o] whatever order the words put them in.
# Left and right are the viewer's throughout.

LEFT = [
    (lambda s, o: f"frame left: {an(s)}, frame right: {an(o)}", False),
    (lambda s, o: f"left to right: {an(s)}, {an(o)}", False),
    (lambda s, o: f"from where the camera stands, {an(s)} is to the left of {an(o)}", False),
    (lambda s, o: f"two things side by side, {an(s)} on the left and {an(o)} on the right", True),
    (lambda s, o: f"on the left sits {an(s)}; on the right, {an(o)}", False),
    (lambda s, o: f"put {an(s)} left and {an(o)} right", False),
    (lambda s, o: f"{an(o)}, and {an(s)} sitting more towards the left than {the(o)}", True),
    (lambda s, o: f"{an(s)} over on the lefthand side, {an(o)} next to {it(s)} on the right", True),
    (lambda s, o: f"{an(s)} placed a little left of {an(o)} in the picture", True),
    (lambda s, o: f"{an(o)} with {an(s)} a few feet away on the viewer's left", True),
    (lambda s, o: f"{an(s)} occupies the left, {an(o)} the right", False),
]
RIGHT = [
    (lambda s, o: f"frame left: {an(o)}, frame right: {an(s)}", False),
    (lambda s, o: f"left to right: {an(o)}, {an(s)}", False),
    (lambda s, o: f"from where the camera stands, {an(s)} is to the right of {an(o)}", False),
    (lambda s, o: f"two things side by side, {an(o)} on the left and {an(s)} on the right", True),
    (lambda s, o: f"on the left sits {an(o)}; on the right, {an(s)}", False),
    (lambda s, o: f"put {an(o)} left and {an(s)} right", False),
    (lambda s, o: f"{an(o)}, and {an(s)} sitting more towards the right than {the(o)}", True),
    (lambda s, o: f"{an(o)} over on the lefthand side, {an(s)} next to {it(o)} on the right", True),
    (lambda s, o: f"{an(s)} placed a little right of {an(o)} in the picture", True),
    (lambda s, o: f"{an(o)} with {an(s)} a few feet away on the viewer's right", True),
    (lambda s, o: f"{an(o)} occupies the left, {an(s)} the right", False),
]
ON = [
    (lambda s, o: f"{an(s)} balanced on {an(o)}", True),
    (lambda s, o: f"{an(o)} topped with {an(s)}", True),
    (lambda s, o: f"{an(s)} sitting up on {an(o)}", True),
    (lambda s, o: f"{an(o)} and, resting upon it, {an(s)}", True),
    (lambda s, o: f"{an(s)} perched up on top of {an(o)}", True),
    (lambda s, o: f"place {an(s)} onto {an(o)}", False),
    (lambda s, o: f"on top of {an(o)} there's {an(s)}", False),
    (lambda s, o: f"{an(o)} supporting {an(s)} on its top", True),
    (lambda s, o: f"{an(s)}, standing on the surface of {an(o)}", True),
    (lambda s, o: f"{an(s)} has been put up on {an(o)}", False),
    (lambda s, o: f"{an(o)}; {an(s)} sits on it", False),
]
UNDER = [
    (lambda s, o: f"{an(s)} {'sheltering' if kind_of(s) == 'creature' else 'stowed away'} under {an(o)}", True),
    (lambda s, o: f"{an(s)} tucked beneath {an(o)}", True),
    (lambda s, o: f"{an(o)} with {an(s)} on the floor below it", True),
    (lambda s, o: f"{an(s)} in the shade beneath {an(o)}", True),
    (lambda s, o: f"there's {an(s)} under {an(o)}", False),
    (lambda s, o: f"{an(s)} {'napping' if kind_of(s) == 'creature' else 'shoved'} under {an(o)}", True),
    (lambda s, o: f"look under {an(o)} and you'll find {an(s)}", False),
    (lambda s, o: f"{an(o)}, {an(s)} sitting on the ground beneath it", True),
    (lambda s, o: f"{an(s)} parked in the gap under {an(o)}", True),
]
FRONT = [
    (lambda s, o: f"{an(s)} placed nearer to us than {an(o)}", True),
    (lambda s, o: f"{an(s)} with {an(o)} towering in the background", True),
    (lambda s, o: f"{an(s)} close to the camera, {an(o)} further back", False),
    (lambda s, o: f"{an(s)} stationed in front of {an(o)}", True),
    (lambda s, o: f"the nearest thing is {an(s)}; past {it(s)} stands {an(o)}", False),
    (lambda s, o: f"{an(o)} seen beyond {an(s)}", True),
    (lambda s, o: f"{an(s)} up close, {an(o)} in the distance", False),
    (lambda s, o: f"a shot looking past {an(s)} toward {an(o)}", True),
    (lambda s, o: f"{an(s)} is between the lens and {an(o)}", False),
    (lambda s, o: f"{an(o)} set back from the camera, {an(s)} in front of {it(o)}", True),
]
BEHIND = [
    (lambda s, o: f"{an(s)} looming in the background behind {an(o)}", True),
    (lambda s, o: f"{an(o)} up close, {an(s)} in the distance", False),
    (lambda s, o: f"{an(s)} set deeper back than {an(o)}", True),
    (lambda s, o: f"{an(s)} positioned beyond {an(o)}, as seen from the camera", True),
    (lambda s, o: f"{an(s)} in the back, {an(o)} in the front", False),
    (lambda s, o: f"a shot looking past {an(o)} toward {an(s)}", True),
    (lambda s, o: f"the nearest thing is {an(o)}; past {it(o)} stands {an(s)}", False),
    (lambda s, o: f"{an(s)} some way back from {an(o)}, away from the viewer", True),
    (lambda s, o: f"{an(o)} with {an(s)} a few paces behind {it(o)} from where we stand", True),
    (lambda s, o: f"{an(s)} further into the picture than {an(o)}", True),
]
NEAR = [
    (lambda s, o: f"{an(s)} {'cosied up to' if kind_of(s) != 'thing' else 'leaning on'} {an(o)}", True),
    (lambda s, o: f"{an(s)} at arm's length from {an(o)}", True),
    (lambda s, o: f"{an(s)} just beside {an(o)}", True),
    (lambda s, o: f"{an(s)} and {an(o)} bunched together", True),
    (lambda s, o: f"{an(s)} pressed right against {an(o)}", True),
    (lambda s, o: f"{an(s)} immediately next to {an(o)}", True),
    (lambda s, o: f"{an(s)} beside {an(o)} with barely a gap between them", True),
    (lambda s, o: f"{an(s)} touching {an(o)}", True),
    (lambda s, o: f"keep {an(s)} close by {an(o)}", False),
    (lambda s, o: f"{an(o)} and {an(s)} practically side by side, no space in between", True),
]
HIDDEN = [
    (lambda s, o: f"{an(s)} half-obscured by {an(o)} in front of {it(s)}", True),
    (lambda s, o: f"{an(o)} blocking part of our view of {an(s)}", True),
    (lambda s, o: f"{an(s)} partly eclipsed by {an(o)}", True),
    (lambda s, o: f"{an(s)}, partially occluded by {an(o)}", True),
    (lambda s, o: f"{an(s)} with {an(o)} in front of {it(s)}, cutting off part of the view", True),
    (lambda s, o: f"only part of {an(s)} can be seen past {an(o)}, which stands in front", False),
    (lambda s, o: f"{an(s)} poking out from behind {an(o)}", True),
    (lambda s, o: f"{an(o)} in the foreground, overlapping {an(s)}", True),
    (lambda s, o: f"{an(s)} partly concealed behind {an(o)}", True),
    (lambda s, o: f"{an(s)} halfway hidden by {an(o)}", True),
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
    lambda s, x, y: (f"{an(x)}, {an(s)}, {an(y)}, in that order from left to right", False),
    lambda s, x, y: (f"{an(s)} with {an(x)} to one side and {an(y)} to the other", True),
    lambda s, x, y: (f"{an(s)} squeezed in between {an(x)} and {an(y)}", True),
    lambda s, x, y: (f"{an(s)} standing in the gap between {an(x)} and {an(y)}", True),
    lambda s, x, y: (f"{an(x)} and {an(y)} with {an(s)} right in the middle of them", True),
    lambda s, x, y: (f"{an(s)} bracketed by {an(x)} and {an(y)}", True),
    lambda s, x, y: (f"{an(s)}, {an(x)} on one flank and {an(y)} on the other", True),
    lambda s, x, y: (f"{an(s)} midway between {an(x)} and {an(y)}", True),
]
BETWEEN_PAIR = [
    lambda s, x: (f"{an(s)} in between a pair of {plural(x)}", True),
    lambda s, x: (f"two {plural(x)} with {an(s)} in the gap between them", True),
    lambda s, x: (f"{an(s)} with one {x} on either side", True),
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
    lambda n, r, c: (f"{an(c, 0)} encircled by {many(n, r)}", True),
    lambda n, r, c: (f"{many(n, r)} forming a circle with {an(c, 0)} at the centre", True),
    lambda n, r, c: (f"{an(c, 0)} with {many(n, r)} placed all the way around {it(c)}", True),
    lambda n, r, c: (f"{many(n, r)} spaced evenly round {an(c, 0)}, like numbers on a clock face", True),
    lambda n, r, c: (f"a ring of {many(n, r)} with {an(c, 0)} in the middle", True),
    lambda n, r, c: (f"{an(c, 0)} surrounded on every side by {many(n, r)}", True),
    lambda n, r, c: (f"{an(c, 0)}, {many(n, r)} circled round {it(c)}", True),
    lambda n, r, c: (f"{many(n, r)} in a round formation about {an(c, 0)}", True),
    lambda n, r, c: (f"put {an(c, 0)} in the middle and {many(n, r)} all around {it(c)}", False),
]


def around() -> list[dict]:
    rows = []
    for i in range(PER_KIND):
        template = AROUND[i % len(AROUND)]

        def make():
            n = rng.choice([3, 4, 5, 6, 7, 8])
            c = rng.choice(RING_CENTRES)
            members = [m for m in RING_MEMBERS if m != c]
            if c in ("fortune teller", "yeti", "monolith", "menhir", "topiary", "garden statue", "birdbath"):
                members = [m for m in members if m not in SEATS]  # cushions and deckchairs go round a table or pool
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
    rows += pairwise("on_top_of", ON, TABLETOP + PERCHERS, SUPPORTS, ["cup", "teapot", "clock", "lamp", "cat"],
                     FAMILIAR_SUPPORTS)
    rows += pairwise("under", UNDER, UNDER_SUBJECTS, COVERS, ["cat", "bucket", "suitcase"], FAMILIAR_COVERS)
    rows += pairwise("in_front_of", FRONT, movable, LARGE, FAMILIAR, ["tree", "car", "truck"])
    rows += pairwise("behind", BEHIND, LARGE + WILD, SMALL + PETS + PEOPLE + NAMES, ["tree", "horse", "car"],
                     FAMILIAR)
    rows += pairwise("near", NEAR, movable, LARGE + SUPPORTS + CREATURES + PEOPLE, FAMILIAR, FAMILIAR)
    rows += pairwise("hidden_by", HIDDEN, CREATURES + PEOPLE, BULKY, ["dog", "horse", "goat", "bicycle"],
                     ["car", "tree", "truck"])
    rows += between()
    rows += around()
    return rows


# -------------------------------------------------------------- composition ---

REGIONS = {
    "centre": [lambda a: (f"{an(a)} dead centre", True),
               lambda a: (f"{an(a)} in the exact middle of the frame", True),
               lambda a: (f"{an(a)} centred in the shot", True),
               lambda a: (f"{an(a)} placed smack in the middle", True),
               lambda a: (f"{an(a)}, centred composition", True),
               lambda a: (f"{an(a)} framed in the centre of the picture", True),
               lambda a: (f"{an(a)} at the very centre of the composition", True),
               lambda a: (f"put {an(a)} in the middle of the image", False)],
    "image_left": [lambda a: (f"{an(a)} on the far left of the frame", True),
                   lambda a: (f"{an(a)} hugging the left edge of the image", True),
                   lambda a: (f"{an(a)} at the left side of the picture", True),
                   lambda a: (f"{an(a)} in the left third of the image", True),
                   lambda a: (f"{an(a)} off-centre to the left", True),
                   lambda a: (f"{an(a)} tucked into the left of the shot", True),
                   lambda a: (f"empty space on the right and {an(a)} on the left", True),
                   lambda a: (f"place {an(a)} towards the left of the frame", False)],
    "image_right": [lambda a: (f"{an(a)} on the far right of the frame", True),
                    lambda a: (f"{an(a)} hugging the right edge of the image", True),
                    lambda a: (f"{an(a)} at the right side of the picture", True),
                    lambda a: (f"{an(a)} in the right third of the image", True),
                    lambda a: (f"{an(a)} off-centre to the right", True),
                    lambda a: (f"{an(a)} tucked into the right of the shot", True),
                    lambda a: (f"empty space on the left and {an(a)} on the right", True),
                    lambda a: (f"place {an(a)} towards the right of the frame", False)],
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

COUNTABLE = ["rice cooker", "hurricane lantern", "accordion", "bongo drum", "aubergine", "boombox", "pitcher", "wok",
             "lunchbox", "urn", "amphora", "figurine", "budgie", "cockatiel", "gerbil", "chipmunk", "quokka",
             "platypus", "kudu", "impala", "gnu", "cassowary", "roadrunner", "hornbill", "kookaburra", "egret",
             "stork", "magpie", "goblin", "gnome", "android", "zombie", "skeleton", "ninja", "viking", "gladiator",
             "bagpiper", "minibus", "jeep", "teepee", "deckchair", "toadstool", "hassock", "garden statue"]
IRREGULAR = ["musk ox", "postman", "doorman", "bighorn sheep", "werewolf", "fungus", "swine", "springbok", "mummy",
             "fairy", "bunny", "shih tzu", "jack-in-the-box"]
COUNT_ONE = [lambda x: (f"a lone {x}", True), lambda x: (f"just a single {x}", True),
             lambda x: (f"only one {x}, nothing else", True),
             lambda x: (f"a single {x} on its own", True)]
COUNT_MANY = [
    lambda n, x: (f"exactly {WORDS[n]} {plural(x)}", True),
    lambda n, x: (f"{WORDS[n]} {plural(x)}, no more, no less", True),
    lambda n, x: (f"a set of {n} {plural(x)}", True),
    lambda n, x: (f"{WORDS[n]} identical {plural(x)}", True),
    lambda n, x: (f"{WORDS[n]} {plural(x)} scattered across the scene", True),
    lambda n, x: (f"precisely {n} {plural(x)}", True),
    lambda n, x: (f"{plural(x)}, {WORDS[n]} in all", True),
    lambda n, x: (f"a trio of {plural(x)}", True),
    lambda n, x: (f"half a dozen {plural(x)}", True),
    lambda n, x: (f"a dozen {plural(x)}", True),
    lambda n, x: (f"{WORDS[n]} {plural(x)} spread across the floor", True),
    lambda n, x: (f"a quartet of {plural(x)}", True),
]
COUNT_FIXED = {"a trio of": 3, "half a dozen": 6, "a dozen": 12, "a quartet of": 4}


def counts() -> list[dict]:
    rows = []
    for i in range(36):
        template = COUNT_MANY[i % len(COUNT_MANY)]

        def make():
            x = rng.choice(IRREGULAR if i % 3 == 0 else COUNTABLE)
            n = rng.choice([2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15])
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
    mixed = [lambda n, x, m, y: (f"{WORDS[n]} {plural(x)} with {WORDS[m]} {plural(y)}", {x: n, y: m}),
             lambda n, x, m, y: (f"{WORDS[n]} {plural(x)}; {WORDS[m]} {plural(y)}; one {LONE}",
                                 {x: n, y: m, LONE: 1}),
             lambda n, x, m, y: (f"{WORDS[n]} {plural(x)}, plus {WORDS[m]} {plural(y)}", {x: n, y: m}),
             lambda n, x, m, y: (f"a scene containing {WORDS[n]} {plural(x)} and {WORDS[m]} {plural(y)}",
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


LONE = "hat stand"


# ------------------------------------------------------------------- facing ---

FACE_ANIMALS = ["pronghorn", "kudu", "impala", "springbok", "oryx", "eland", "musk ox", "mountain goat", "vicuna",
                "guanaco", "jaguar", "puma", "coyote", "dingo", "cassowary", "basset hound", "great dane", "borzoi",
                "saint bernard"]
FACE_VEHICLES = ["school bus", "ice cream van", "fire engine", "vintage roadster", "hearse", "jeep", "campervan",
                 "dump truck", "tow truck"]
FACE_PEOPLE = ["pilot", "wizard", "postman", "goalkeeper", "matador", "ringmaster", "detective", "ninja", "admiral",
               "viking", "gladiator", "cowgirl", "bagpiper", "centaur", "minotaur"]
FACING = {
    "camera": [lambda a, k: f"{a} staring straight into the lens" if k != "vehicle" else
               f"{a} with its headlights pointed at us",
               lambda a, k: f"{a} facing the viewer head-on",
               lambda a, k: f"{a} turned towards us" if k != "vehicle" else f"{a}, grille towards the camera",
               lambda a, k: f"{a} gazing out at the viewer" if k != "vehicle" else
               f"{a} front-on to the camera"],
    "away": [lambda a, k: f"{a} seen from the back, facing away",
             lambda a, k: f"{a} heading away from us",
             lambda a, k: f"{a} with its back to the camera" if k != "person" else
             f"{a} with their back to the camera",
             lambda a, k: f"{a} turned away from the viewer"],
    "left": [lambda a, k: f"{a} in profile, facing left",
             lambda a, k: f"{a} heading towards the left side of the image",
             lambda a, k: f"{a} {'driving' if k == 'vehicle' else 'walking'} leftwards across the picture",
             lambda a, k: f"{a} pointing left" if k == "vehicle" else f"{a} facing left"],
    "right": [lambda a, k: f"{a} in profile, facing right",
              lambda a, k: f"{a} heading towards the right side of the image",
              lambda a, k: f"{a} {'driving' if k == 'vehicle' else 'walking'} rightwards across the picture",
              lambda a, k: f"{a} pointing right" if k == "vehicle" else f"{a} facing right"],
}
MANY_FACING = {"camera": lambda group, all_: f"{group}, {all_} turned towards the camera",
               "left": lambda group, all_: f"{group}, {'both' if all_ == 'both' else 'every one'} of them facing left",
               "away": lambda group, all_: f"{group}, each one facing away from us",
               "right": lambda group, all_: f"{group} {all_} heading to the right"}


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
    "top": [lambda a, b: f"a flat lay of {an(a)} and {an(b)}",
            lambda a, b: f"{an(a)} photographed from directly overhead",
            lambda a, b: f"a drone shot straight down onto {an(a)}",
            lambda a, b: f"{an(a)} and {an(b)} seen from above, top-down",
            lambda a, b: f"a bird's-eye shot of {an(a)} next to {an(b)}"],
    "front": [lambda a, b: f"{an(a)} from the front, eye level",
              lambda a, b: f"a frontal view of {an(a)} and {an(b)}",
              lambda a, b: f"a straight-on shot of {an(a)}",
              lambda a, b: f"{an(a)} and {an(b)}, camera at the front of the scene",
              lambda a, b: f"{an(a)} shot from the front of the scene"],
    "back": [lambda a, b: f"a rear view of {an(a)}",
             lambda a, b: f"{an(a)} and {an(b)} seen from the rear of the scene",
             lambda a, b: f"{an(a)} photographed from behind",
             lambda a, b: f"the back of {an(a)}, camera placed behind it",
             lambda a, b: f"{an(a)} and {an(b)}, viewed from the back of the scene"],
    "left": [lambda a, b: f"{an(a)} viewed from the left-hand side of the scene",
             lambda a, b: f"{an(a)} and {an(b)}, camera standing at the scene's left",
             lambda a, b: f"the camera on the left of the scene, pointed across at {an(a)}",
             lambda a, b: f"{an(a)} and {an(b)}, shot from the scene's left flank",
             lambda a, b: f"a view of {an(a)} taken from the left of the scene"],
    "right": [lambda a, b: f"{an(a)} viewed from the right-hand side of the scene",
              lambda a, b: f"{an(a)} and {an(b)}, camera standing at the scene's right",
              lambda a, b: f"the camera on the right of the scene, pointed across at {an(a)}",
              lambda a, b: f"{an(a)} and {an(b)}, shot from the scene's right flank",
              lambda a, b: f"a view of {an(a)} taken from the right of the scene"],
    "close-up": [lambda a, b: f"an extreme close-up of {an(a)}",
                 lambda a, b: f"a macro shot of {an(a)}",
                 lambda a, b: f"{an(a)} filling the whole frame",
                 lambda a, b: f"a close crop on {an(a)}",
                 lambda a, b: f"{an(a)} in a tight crop, nothing else visible"],
    "wide": [lambda a, b: f"a wide shot of {an(a)} and {an(b)} far away",
             lambda a, b: f"an establishing shot with {an(a)} small in the distance",
             lambda a, b: f"{an(a)} tiny in a vast empty landscape",
             lambda a, b: f"a long-distance view of {an(a)} and {an(b)}",
             lambda a, b: f"{an(a)} and {an(b)} as tiny figures in a wide panorama"],
}


def camera() -> list[dict]:
    things = SMALL + CREATURES + PEOPLE + LARGE
    rows = []
    for view, phrasings in VIEWS.items():
        for i in range(8):
            template = phrasings[i % len(phrasings)]

            def make():
                said = template("x", "y")
                small = view == "close-up" or "flat lay" in said  # a flat lay lays out small things
                pool = SMALL if small else things
                fronted = "rear view" in said or "back of" in said  # of a thing with a front and a back
                if fronted:
                    pool = CREATURES + FACE_VEHICLES
                if "drone" in said:
                    pool = LARGE
                a = pick(pool, None if fronted else FAMILIAR)
                b = pick(SMALL if "flat lay" in said else things, FAMILIAR, avoid={a})
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
    assert not set(FAMILIAR + FAMILIAR_SUPPORTS + FAMILIAR_COVERS) - existing_nouns()
    OUT.mkdir(exist_ok=True)
    for name, rows in sets.items():
        (OUT / f"{name}.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows))
    known = existing_nouns()
    for name, rows in sets.items():
        familiar = sum(any(n in known for n in r["expect"]["objects"]) for r in rows)
        print(f"{name}: {len(rows)} prompts ({familiar} with a noun other sets use)")


if __name__ == "__main__":
    main()
