"""Writes the SIXTEENTH held-out layout prompts (bench/prompts/heldout16/*.jsonl) from a grammar.

    .venv/bin/python bench/prompts/heldout16_grammar.py

Why a sixteenth held-out set: the fifteenth one (bench/prompts/heldout15/) is to be run once
fresh and then read while building, so its figure will measure some fit too. This set was
written without reading the implementation, its tests or its documentation (only the bench's
scorers, bench/layout.py, bench/scenes.py and bench/layout_selfcheck.py, the README's bench
section, and the existing prompt sets and grammars in bench/prompts, so as to differ from
them). Run it once, with ``--failures 0``:

- registers: every kind is said in voices none of the other sets imitates: a beekeeper's hive
  inspection record ("Hive 3 inspection: ... Colony calm, all well."), a horoscope ("Libra this
  week: ... Lucky number 12."), a sat-nav's spoken directions ("In 300 yards, ... You have
  arrived."), a vet's patient notes ("Patient notes, kennel 6: ... Recheck in 3 days."), a
  builder's written quote ("Quote no. 412: ... All prices include VAT."), a children's party
  invitation ("You're invited! Party at number 27: ... RSVP by Friday."), the photo note of a
  knitting pattern ("Pattern 19, photo note: ... Tension matters, so swatch first."), an
  angler's match report on a forum, in lower case ("match report, peg 23: ... tight lines all"),
  a neighbour's objection to a planning application ("Re planning ref 24/3172: I object. ...
  Please refuse this application.") and a pub-quiz picture round ("Picture round, question 7:
  ... No conferring, please!"). Numbers are said as words and as digits, and labels carry
  numbers that are not counts (hives, lucky numbers, yards, kennels, days, quotes, house
  numbers, patterns, pegs, planning references, questions). Left and right are always the
  viewer's ("from where I knelt", "picture ... on your left", "you will see ... on your left",
  "in the photo", "seen from the doorway", "as you arrive", "photographed on the left", "from my
  peg", "on the plans", "of this picture");
- vocabulary: a beekeeper's kit, a vet's surgery, a builder's tools, a children's party, a
  knitting basket, an angler's tackle, a pub quiz, vans and small vehicles of a village road,
  shops, sheds and houses, garden trees and hedges, cat and dog breeds, farm breeds and park
  animals, people of a village and relatives, old-fashioned first names; most of the nouns no
  other prompt set uses (counted and printed when run), a few familiar ones; nothing obscure;
- physically plausible: small things go on and under furniture with room under it, big things
  stand behind small ones (never the other way round), only vans, lorries, buses, sheds, huts,
  tents, shops, hedges and bushes hide an animal or a person, things far off in a wide shot are
  big, seats go round tables only, farm animals round a hay rack or a salt lick and people round
  a fire pit, a honey extractor, a wishing well or a bouncy castle;
- no prompt equals or contains (as a whole-word sequence) a prompt of any other part, layout or
  scene, shares a run of five words with one, and no two nouns of one prompt share a word: drawn
  again until so (the script checks).

Nothing outside bench/prompts may import this file, name it, or quote its prompts; nobody should
tune the parser on them. The truth is written with each prompt by the grammar (the meaning of
the words, chosen by hand), never read from the implementation. Deterministic (seed 71933).
Same JSON as the other sets: {"prompt": ..., "expect": {"objects": {...}, "relations": [...],
"facing": [...], "camera": ...}}; object names are the nouns as written, singular.
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "heldout16"
ME = "heldout16"
rng = random.Random(71933)
PER_KIND = 44  # prompts per relation kind, per composition region; facing has 48
RUN = 5  # no run of this many words may be shared with another part's prompt

# ------------------------------------------------------------- vocabulary ---
TABLETOP = ["bee smoker", "hive tool", "queen cage", "honeycomb frame", "wax block", "cone collar", "pill bottle",
            "worming syringe", "flea comb", "grout float", "party popper", "jelly mould", "lucky dip tub", "yarn bowl",
            "stitch marker tin", "bait tin", "reel case", "quiz buzzer", "hourglass timer", "tarot deck",
            "pattern book", "party hat", "goody bag", "tin snips", "plumb bob", "chalk line", "wool winder",
            "pet brush", "name badge", "raffle drum", "tile spacer", "seed tray"]
FLOOR_THINGS = ["keep net", "rod bag", "bait bucket", "swarm box", "nucleus box", "pet crate", "landing net",
                "cement bag", "knitting basket", "present sack", "tile box", "hose reel", "fishing stool",
                "rabbit hutch", "dog crate", "pinata"]
SMALL = TABLETOP + FLOOR_THINGS
PERCHERS = ["british blue", "ragdoll cat", "siamese kitten", "cockatiel", "lovebird", "guinea pig", "chinchilla",
            "ferret", "little owl", "silkie hen"]
SUPPORTS = ["treatment table", "trestle table", "pasting table", "workbench", "party table", "quiz desk",
            "tool chest", "toy chest", "tea trolley", "picnic bench", "seat box", "hive stand", "blanket box",
            "garden table", "kitchen dresser"]
COVERS = ["treatment table", "trestle table", "pasting table", "workbench", "party table", "quiz desk",
          "picnic bench", "garden table", "tea trolley", "garden bench"]
UNDER_SUBJECTS = ["british blue", "ragdoll cat", "siamese kitten", "guinea pig", "chinchilla", "ferret",
                  "cavapoo puppy", "dachshund", "jack russell", "slow worm", "bait bucket", "swarm box", "pet crate",
                  "keep net", "tile box", "present sack", "knitting basket", "rod bag", "cement bag", "fishing stool"]
PETS = ["british blue", "ragdoll cat", "siamese kitten", "ginger tom", "tortoiseshell cat", "cavapoo puppy",
        "dachshund", "jack russell", "whippet", "lurcher", "springer spaniel", "border collie", "pug", "beagle",
        "guinea pig", "chinchilla", "ferret", "cockatiel", "lovebird", "budgie", "little owl", "silkie hen",
        "bantam cockerel", "embden goose", "tufted duck", "wood pigeon", "collared dove", "grey heron", "moorhen",
        "brown hare", "slow worm", "field mouse"]
ZOO = ["pygmy goat", "piebald cob", "shire horse", "shetland pony", "friesian cow", "highland cow", "charolais bull",
       "texel ram", "gloucester old spot", "kune kune pig", "red deer stag", "fallow deer", "alpaca", "llama",
       "ostrich", "emu", "wallaby", "capybara", "red panda", "ring-tailed lemur", "great dane", "irish wolfhound",
       "saint bernard", "billy goat", "hebridean sheep"]
CREATURES = PETS + ZOO
BIG_ANIMALS = ["shire horse", "charolais bull", "friesian cow", "highland cow", "red deer stag", "piebald cob",
               "ostrich", "llama"]
HIDEABLE = [c for c in CREATURES if c not in BIG_ANIMALS]
JOBS = ["vet nurse", "plasterer", "apprentice", "party entertainer", "face painter", "birthday girl", "birthday boy",
        "knitter", "quizmaster", "contestant", "match angler", "water bailiff", "planning officer", "crossing warden",
        "astrologer", "pet owner", "kennel maid", "stable lad", "church warden", "brownie", "paper girl",
        "fell runner", "ice-cream man", "beekeeper", "roofer", "glazier", "scaffolder", "electrician",
        "dog walker", "lollipop lady", "magician", "surveyor", "delivery driver", "fisherwoman"]
FAMILY = ["stepmother", "youngest son", "middle child", "foster mum", "brother-in-law", "aunty"]
PEOPLE = JOBS + FAMILY
NAMES = ["Horace", "Florrie", "Clement", "Reuben", "Hettie", "Dulcie", "Lettice", "Wilfred", "Edwina", "Bertram",
         "Gilbert", "Seymour", "Cressida", "Osbert"]
VEHICLES = ["scaffold lorry", "plumber's van", "vet's van", "library van", "fish van", "chip van", "catering van",
            "open-top bus", "caravanette", "bubble car", "three-wheeler", "vintage tractor", "beach buggy",
            "milk tanker", "cattle truck", "tandem", "cargo bike", "dustcart"]
BUILDINGS = ["fishing lodge", "bait shop", "wool shop", "vet's surgery", "builder's merchant", "farm shop",
             "detached house", "town house", "party tent", "dutch barn", "phone mast", "bee shed", "scout hut",
             "cricket pavilion", "bandstand", "oast house", "clock tower", "lychgate"]
TREES = ["conker tree", "lilac", "mimosa", "bamboo clump", "fuchsia", "quince", "medlar", "reed bed", "silver birch",
         "rowan", "hawthorn", "holly bush", "privet hedge", "beech hedge", "monkey puzzle", "scots pine", "magnolia",
         "rhododendron", "buddleia", "laburnum", "walnut tree", "damson tree"]
LARGE = VEHICLES + BUILDINGS + TREES
BULKY = ["scaffold lorry", "plumber's van", "library van", "chip van", "catering van", "open-top bus", "milk tanker",
         "cattle truck", "bee shed", "scout hut", "party tent", "bait shop", "bamboo clump", "holly bush",
         "privet hedge", "beech hedge", "rhododendron", "reed bed", "buddleia"]
TABLES = ["trestle table", "garden table", "party table"]
SEATS = ["stacking chair", "camping chair", "bar stool"]
RING_PLACES = {"fire pit": "people", "honey extractor": "people", "wishing well": "people",
               "bouncy castle": "people", "hay rack": "farm", "salt lick": "farm"}
RING_PEOPLE = ["face painter", "knitter", "contestant", "beekeeper", "brownie", "birthday girl", "fell runner",
               "dog walker", "astrologer", "apprentice", "youngest son", "aunty"]
RING_FARM = ["pygmy goat", "texel ram", "friesian cow", "shetland pony", "alpaca", "kune kune pig"]
# Irregular plurals and multi-word nouns whose last word is irregular.
PLURALS = {"ice-cream man": "ice-cream men", "middle child": "middle children", "brother-in-law": "brothers-in-law",
           "embden goose": "embden geese", "fallow deer": "fallow deer", "red deer stag": "red deer stags",
           "field mouse": "field mice", "putty knife": "putty knives", "hebridean sheep": "hebridean sheep",
           "bread loaf": "bread loaves", "stepchild": "stepchildren", "fisherwoman": "fisherwomen",
           "lollipop lady": "lollipop ladies", "plumber's van": "plumber's vans", "vet's van": "vet's vans",
           "builder's merchant": "builder's merchants", "vet's surgery": "vet's surgeries",
           "gloucester old spot": "gloucester old spots", "saint bernard": "saint bernards"}
WORDS = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight", 9: "nine",
         10: "ten", 11: "eleven", 12: "twelve", 13: "thirteen", 14: "fourteen", 15: "fifteen", 16: "sixteen",
         17: "seventeen", 18: "eighteen", 19: "nineteen", 20: "twenty"}

THING_ADJECTIVES = ["dented", "sun-bleached", "cobwebbed", "rain-streaked", "faded", "well-worn"]
UNDESCRIBED = set(TREES) | set(RING_PLACES)
CREATURE_ADJECTIVES = ["wide-eyed", "half-asleep", "mud-splashed", "sleek-coated", "tubby", "bright-eyed"]
PEOPLE_ADJECTIVES = ["tousle-haired", "red-nosed", "beaming", "bow-legged", "sunburnt", "gap-toothed"]
SIGNS = ["Aries", "Taurus", "Gemini", "Virgo", "Libra", "Capricorn", "Aquarius", "Pisces"]


def quiet(text: str) -> bool:
    """The angler's forum match report: all lower case."""
    return text.startswith("match report, peg")


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
    if first.startswith(("hour", "honest", "heir")):
        return "an"
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
    """'a bee smoker', 'an astrologer', sometimes 'a chipped bee smoker'; names stay bare."""
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


def moves(k: str, living: str, vehicle: str) -> str:
    return vehicle if k == "vehicle" else living


def lives(a: str) -> str:
    return "thing" if kind_of(a) == "thing" else "creature"


# ------------------------------------------------------------- registers ---


def hive(body: str) -> str:
    return f"Hive {rng.randint(1, 9)} inspection: {cap(body)} Colony calm, all well."


def stars(body: str) -> str:
    return f"{rng.choice(SIGNS)} this week: {cap(body)} Lucky number {rng.randint(2, 40)}."


def satnav(body: str) -> str:
    return f"In {rng.choice([100, 200, 300, 400, 500, 600, 800])} yards, {body} You have arrived."


def vet(body: str) -> str:
    days = rng.choice(["3", "5", "7", "three", "five", "ten"])
    return f"Patient notes, kennel {rng.randint(1, 12)}: {cap(body)} Recheck in {days} days."


def quote(body: str) -> str:
    return f"Quote no. {rng.randint(100, 999)}: {cap(body)} All prices include VAT."


def invite(body: str) -> str:
    return f"You're invited! Party at number {rng.randint(2, 80)}: {cap(body)} RSVP by Friday."


def knit(body: str) -> str:
    return f"Pattern {rng.randint(3, 40)}, photo note: {cap(body)} Tension matters, so swatch first."


def peg(body: str) -> str:
    return f"match report, peg {rng.randint(1, 60)}: {body.lower()} tight lines all"


def objection(body: str) -> str:
    ref = f"{rng.randint(18, 25)}/{rng.randint(1000, 4999)}"
    return f"Re planning ref {ref}: I object. {cap(body)} Please refuse this application."


def quiz(body: str) -> str:
    return f"Picture round, question {rng.randint(2, 20)}: {cap(body)} No conferring, please!"


def dress(text: str) -> str:
    """Capitalised, unless the lower-case match report."""
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
                   "heldout9", "heldout10", "heldout11", "heldout12", "heldout13", "heldout14", "heldout15"):
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
    lambda s, o: hive(f"{an(s)} lay leftward of {an(o)}, seen from where I knelt."),
    lambda s, o: stars(f"in your mind's eye, {an(s)} sits left, {an(o)} sits right."),
    lambda s, o: satnav(f"{an(s)} will be on your left, {an(o)} opposite {it(s)} on your right."),
    lambda s, o: vet(f"the photo on file shows {an(s)} left of {an(o)}."),
    lambda s, o: quote(f"seen from the doorway, {an(s)} stays leftward of {an(o)}."),
    lambda s, o: invite(f"arriving, you'll find {an(s)} leftmost, then {an(o)} further right."),
    lambda s, o: knit(f"{an(s)} photographed on the left, {an(o)} sitting rightward of {it(s)}."),
    lambda s, o: peg(f"from my peg i had {an(s)} to my left, {an(o)} to my right."),
    lambda s, o: objection(f"the plans put {an(s)} left of {an(o)}, as drawn."),
    lambda s, o: quiz(f"{an(s)} is on the left of this picture and {an(o)} on the right. Name them both!"),
    lambda s, o: vet(f"in the photo, {an(o)} is further right than {an(s)}."),
]
RIGHT = [
    lambda s, o: hive(f"{an(s)} lay rightward of {an(o)}, seen from where I knelt."),
    lambda s, o: stars(f"in your mind's eye, {an(o)} sits left, {an(s)} sits right."),
    lambda s, o: satnav(f"{an(s)} will be on your right, {an(o)} opposite {it(s)} on your left."),
    lambda s, o: vet(f"the photo on file shows {an(s)} right of {an(o)}."),
    lambda s, o: quote(f"seen from the doorway, {an(s)} stays rightward of {an(o)}."),
    lambda s, o: invite(f"arriving, you'll find {an(o)} leftmost, then {an(s)} further right."),
    lambda s, o: knit(f"{an(s)} photographed on the right, {an(o)} sitting leftward of {it(s)}."),
    lambda s, o: peg(f"from my peg i had {an(o)} to my left, {an(s)} to my right."),
    lambda s, o: objection(f"the plans put {an(s)} right of {an(o)}, as drawn."),
    lambda s, o: quiz(f"{an(o)} is on the left of this picture and {an(s)} on the right. Name them both!"),
    lambda s, o: vet(f"in the photo, {an(o)} is further left than {an(s)}."),
]
ON = [
    lambda s, o: hive(f"{an(s)} found resting on top of {the(o, 0)}."),
    lambda s, o: stars(f"{an(s)} perched atop {an(o)} brings luck."),
    lambda s, o: quiz(f"what is that on top of {the(o, 0)}? It is {an(s)}."),
    lambda s, o: vet(f"{an(s)} lifted up onto {the(o, 0)} for the examination.") if lives(s) == "creature"
    else vet(f"{an(s)} set down on {the(o, 0)} during the visit."),
    lambda s, o: quote(f"{an(s)} to be kept on {the(o, 0)} while we work."),
    lambda s, o: invite(f"{an(s)} will be waiting on top of {the(o, 0)}!"),
    lambda s, o: knit(f"{an(s)} styled on top of {an(o)} for the photo."),
    lambda s, o: peg(f"someone had put {an(s)} on top of {the(o, 0)}, lol."),
    lambda s, o: objection(f"the plans even show {an(s)} perched on {an(o)}."),
    lambda s, o: quiz(f"{an(o)} with {an(s)} balanced on it. Name them both!"),
    lambda s, o: stars(f"look for {an(s)} resting upon {an(o)}."),
]
UNDER = [
    lambda s, o: hive(f"{an(s)} found beneath {the(o, 0)}, undisturbed."),
    lambda s, o: stars(f"{an(s)} tucked under {an(o)} means good news."),
    lambda s, o: vet(f"{an(s)} kept under {the(o, 0)} during the consultation."),
    lambda s, o: quote(f"{an(s)} stored underneath {the(o, 0)} overnight."),
    lambda s, o: invite(f"{an(s)} tucked away under {the(o, 0)} for a surprise!"),
    lambda s, o: knit(f"{an(s)} half-visible beneath {an(o)}, as styled."),
    lambda s, o: peg(f"found {an(s)} under {the(o, 0)} when i packed up."),
    lambda s, o: objection(f"the plans show {an(s)} beneath {an(o)}."),
    lambda s, o: quiz(f"what's under {the(o, 0)}? {cap(an(s))}, of course!"),
    lambda s, o: vet(f"{the(o, 0)} had {an(s)} underneath it."),
    lambda s, o: hive(f"{an(s)} stowed under {the(o, 0)}."),
]
FRONT = [
    lambda s, o: hive(f"{an(s)} nearer to me, in front of {an(o)}."),
    lambda s, o: stars(f"{an(s)} in front of {an(o)} is a sign to act."),
    lambda s, o: satnav(f"{an(s)} just this side of {an(o)}, at the roadside."),
    lambda s, o: vet(f"the photo on file has {an(s)} in the foreground, {an(o)} behind {it(s)}."),
    lambda s, o: quote(f"{an(s)} in front of {the(o, 0)}, closer to us."),
    lambda s, o: invite(f"{an(s)} will greet you in front of {the(o, 0)}!"),
    lambda s, o: knit(f"{an(s)} shot in front of {an(o)}, nearer the lens."),
    lambda s, o: peg(f"{an(s)} in front of {the(o, 0)}, nearer me than {it(o)}."),
    lambda s, o: objection(f"the plans place {an(s)} in front of {an(o)}, closer to the viewer."),
    lambda s, o: quiz(f"{an(s)} in front of {an(o)}: two points for each."),
    lambda s, o: stars(f"{an(o)} further off, and {an(s)} before {it(o)}, closer to you."),
]
BEHIND = [
    lambda s, o: hive(f"{an(s)} further off, behind {an(o)}."),
    lambda s, o: stars(f"{an(s)} looms behind {an(o)} this week."),
    lambda s, o: satnav(f"{an(s)} stands behind {an(o)}, set back from the road."),
    lambda s, o: vet(f"the photo on file has {an(o)} in the foreground, {an(s)} behind {it(o)}."),
    lambda s, o: quote(f"{an(s)} sits behind {the(o, 0)}, further from us."),
    lambda s, o: invite(f"{an(s)} is just behind {the(o, 0)}, you can't miss {it(s)}!"),
    lambda s, o: knit(f"{an(s)} out of focus beyond {an(o)}."),
    lambda s, o: peg(f"{an(s)} way back behind {the(o, 0)}, further from me."),
    lambda s, o: objection(f"the plans put {an(s)} behind {an(o)}, further from the viewer."),
    lambda s, o: quiz(f"{an(s)} behind {an(o)}: two points for each."),
    lambda s, o: stars(f"{an(o)} close to you, with {an(s)} beyond {it(o)}."),
]
NEAR = [
    lambda s, o: hive(f"{an(s)} close beside {an(o)}."),
    lambda s, o: stars(f"keep {an(s)} near {an(o)} for luck."),
    lambda s, o: satnav(f"{an(s)} right next to {an(o)}."),
    lambda s, o: vet(f"{an(s)} kept close to {the(o, 0)}."),
    lambda s, o: quote(f"{an(s)} sits alongside {the(o, 0)}."),
    lambda s, o: invite(f"{an(s)} will be next to {the(o, 0)}!"),
    lambda s, o: knit(f"{an(s)} posed beside {an(o)} for scale."),
    lambda s, o: peg(f"{an(s)} a few yards from {the(o, 0)}."),
    lambda s, o: objection(f"the plans squeeze {an(s)} up against {an(o)}."),
    lambda s, o: quiz(f"{an(s)} close to {an(o)}: two points for each."),
    lambda s, o: vet(f"{an(s)} never far from {the(o, 0)}."),
]
HIDDEN = [
    lambda s, o: hive(f"{an(s)} all but lost to sight behind {an(o)}."),
    lambda s, o: stars(f"{an(s)} concealed behind {an(o)} hints at secrets."),
    lambda s, o: satnav(f"{an(s)} is hidden behind {an(o)}, hard to see."),
    lambda s, o: vet(f"{an(s)} barely visible behind {the(o, 0)} in the photo."),
    lambda s, o: quote(f"{an(s)} obscured by {the(o, 0)}, which stands nearer us."),
    lambda s, o: invite(f"can you spot {an(s)} hiding behind {the(o, 0)}?"),
    lambda s, o: knit(f"{an(s)} almost wholly masked by {an(o)} in front."),
    lambda s, o: peg(f"{an(s)} tucked away behind {the(o, 0)}, could hardly see {it(s)}."),
    lambda s, o: objection(f"the plans show {an(o)} screening {an(s)} placed behind {it(o)}."),
    lambda s, o: quiz(f"{an(s)} lurking behind {an(o)}, just a glimpse visible. Name them both!"),
    lambda s, o: satnav(f"{an(o)} hides {an(s)} from your view, behind {it(o)}."),
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
    lambda s, x, y: hive(f"{an(s)} was between {an(x)} and {an(y)}."),
    lambda s, x, y: stars(f"{an(s)} caught between {an(x)} and {an(y)}."),
    lambda s, x, y: satnav(f"{an(s)} between {an(x)} and {an(y)}."),
    lambda s, x, y: vet(f"{an(s)} placed between {the(x, 0)} and {the(y, 0)}."),
    lambda s, x, y: quote(f"{an(s)} fitted in between {the(x, 0)} and {the(y, 0)}."),
    lambda s, x, y: invite(f"find {an(s)} between {the(x, 0)} and {the(y, 0)}!"),
    lambda s, x, y: knit(f"{an(s)} photographed in between {an(x)} and {an(y)}."),
    lambda s, x, y: peg(f"{an(s)} halfway between {the(x, 0)} and {the(y, 0)}."),
    lambda s, x, y: objection(f"the plans wedge {an(s)} between {an(x)} and {an(y)}."),
    lambda s, x, y: quiz(f"{an(s)}, flanked by {an(x)} and {an(y)}."),
]
BETWEEN_PAIR = [
    lambda s, x: vet(f"{an(s)} with {an(x, 0)} at each side of {it(s)}."),
    lambda s, x: invite(f"{an(s)} flanked by two {plural(x)}!"),
    lambda s, x: knit(f"{an(s)} between a matching pair of {plural(x)}."),
    lambda s, x: quiz(f"{an(s)} sandwiched between two {plural(x)}."),
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
    lambda n, r, c: hive(f"{many(n, r)} ringed {the(c, 0)}."),
    lambda n, r, c: stars(f"{many(n, r)} gather round {the(c, 0)}."),
    lambda n, r, c: satnav(f"{many(n, r)} forming a ring round {the(c, 0)}."),
    lambda n, r, c: vet(f"{many(n, r)} encircling {the(c, 0)}."),
    lambda n, r, c: quote(f"{many(n, r, True)} to be set around {the(c, 0)}."),
    lambda n, r, c: invite(f"{many(n, r)} circled round {the(c, 0)}!"),
    lambda n, r, c: knit(f"{many(n, r)} posed in a loop about {the(c, 0)}."),
    lambda n, r, c: peg(f"{many(n, r)} round {the(c, 0)} in a circle."),
    lambda n, r, c: objection(f"the plans show {many(n, r)} surrounding {the(c, 0)}."),
    lambda n, r, c: quiz(f"{many(n, r, True)} circling {the(c, 0)}. How many?"),
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
    "centre": [lambda a: hive(f"only {an(a)} to be seen, dead centre of my view."),
               lambda a: stars(f"picture {an(a)} {alone(a)}, dead centre."),
               lambda a: satnav(f"{an(a)} {alone(a)}, straight ahead, centred in your view."),
               lambda a: vet(f"the photo on file: just {an(a)}, centred."),
               lambda a: quote(f"{an(a)}, alone, mid-view from the doorway."),
               lambda a: invite(f"just {an(a)}, slap bang central in the photo!"),
               lambda a: knit(f"{an(a)}, solo, centred within the photograph."),
               lambda a: peg(f"nothing but {an(a)}, smack in the middle from my peg."),
               lambda a: objection(f"the plans show {an(a)} alone at the centre."),
               lambda a: quiz(f"just {an(a)}, plumb central in this picture.")],
    "image_left": [lambda a: hive(f"only {an(a)} to be seen, leftmost in my view."),
                   lambda a: stars(f"picture {an(a)} {alone(a)}, off to the left."),
                   lambda a: satnav(f"{an(a)} {alone(a)}, well over on your left."),
                   lambda a: vet(f"the photo on file: just {an(a)}, at the left edge."),
                   lambda a: quote(f"{an(a)}, alone, hard left when viewed from the doorway."),
                   lambda a: invite(f"just {an(a)}, tucked into the photo's left-hand edge!"),
                   lambda a: knit(f"{an(a)} {alone(a)}, placed leftwards in the photograph."),
                   lambda a: peg(f"nothing but {an(a)}, way over on my left from my peg."),
                   lambda a: objection(f"the plans show {an(a)} alone, pushed to the left margin."),
                   lambda a: quiz(f"just {an(a)}, over at the left of this picture.")],
    "image_right": [lambda a: hive(f"only {an(a)} to be seen, rightmost in my view."),
                    lambda a: stars(f"picture {an(a)} {alone(a)}, off to the right."),
                    lambda a: satnav(f"{an(a)} {alone(a)}, well over on your right."),
                    lambda a: vet(f"the photo on file: just {an(a)}, at the right edge."),
                    lambda a: quote(f"{an(a)}, alone, hard right when viewed from the doorway."),
                    lambda a: invite(f"just {an(a)}, tucked into the photo's right-hand edge!"),
                    lambda a: knit(f"{an(a)} {alone(a)}, placed rightwards in the photograph."),
                    lambda a: peg(f"nothing but {an(a)}, way over on my right from my peg."),
                    lambda a: objection(f"the plans show {an(a)} alone, pushed to the right margin."),
                    lambda a: quiz(f"just {an(a)}, over at the right of this picture.")],
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

COUNTABLE = ["bee smoker", "hive tool", "queen cage", "honeycomb frame", "wax block", "cone collar", "pill bottle",
             "flea comb", "party popper", "jelly mould", "yarn bowl", "bait tin", "quiz buzzer", "hourglass timer",
             "party hat", "goody bag", "keep net", "nucleus box", "pet crate", "landing net", "guinea pig",
             "chinchilla", "cockatiel", "lovebird", "silkie hen", "tufted duck", "collared dove", "dachshund",
             "cavapoo puppy", "vet nurse", "face painter", "knitter", "contestant", "beekeeper", "brownie",
             "fell runner", "chip van", "library van", "bee shed", "monkey puzzle", "phone mast", "hay rack"]
IRREGULAR = ["ice-cream man", "middle child", "brother-in-law", "embden goose", "fallow deer", "lollipop lady",
             "field mouse", "putty knife", "hebridean sheep", "bread loaf", "stepchild", "fisherwoman",
             "vet's surgery"]
IRREGULAR_SMALL = ["field mouse", "putty knife", "embden goose", "bread loaf"]
COUNT_ONE = [lambda x: quote(f"just one {x}, nothing more."),
             lambda x: invite(f"a single {x}, and that's it!"),
             lambda x: peg(f"only one {x} all day."),
             lambda x: quiz(f"exactly one {x} in this picture.")]
COUNT_MANY = [
    lambda n, x: hive(f"{many(n, x)} counted during this inspection."),
    lambda n, x: stars(f"{many(n, x)} cross your path this week."),
    lambda n, x: satnav(f"{many(n, x)} along this road."),
    lambda n, x: vet(f"{many(n, x)} in the waiting room today."),
    lambda n, x: quote(f"{many(n, x, True)} on site, all to be cleared."),
    lambda n, x: invite(f"{many(n, x)} will be there!"),
    lambda n, x: knit(f"{many(n, x)} shown in the photo."),
    lambda n, x: peg(f"counted {many(n, x)} from my peg today."),
    lambda n, x: objection(f"the plans show {many(n, x)}, far too many."),
    lambda n, x: quiz(f"there are exactly {many(n, x)} in this picture."),
]
LONE = "cattle grid"
MIXED = [lambda n, x, m, y: (hive(f"{many(n, x)} and {many(m, y)} noted, nothing further."), {x: n, y: m}),
         lambda n, x, m, y: (satnav(f"{n} {plural(x)}, {m} {plural(y)} and 1 {LONE} ahead."),
                             {x: n, y: m, LONE: 1}),
         lambda n, x, m, y: (objection(f"{many(n, x)}; {many(m, y)}; nothing else."), {x: n, y: m}),
         lambda n, x, m, y: (peg(f"{many(n, x)} and {many(m, y)} seen today."), {x: n, y: m})]


# The hive record, the vet's notes and the knitting photo count only what fits in a room or a picture.
SMALL_ONLY = (0, 3, 6)
COUNT_SMALL = [x for x in COUNTABLE if x not in ("chip van", "library van", "bee shed", "monkey puzzle",
                                                 "phone mast", "hay rack") and kind_of(x) != "person"]


def counts() -> list[dict]:
    rows = []
    for i in range(36):
        template = COUNT_MANY[i % len(COUNT_MANY)]

        def make():
            pool = COUNT_SMALL if i % len(COUNT_MANY) in SMALL_ONLY else COUNTABLE
            small = i % len(COUNT_MANY) in SMALL_ONLY
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

FACE_ANIMALS = ["shire horse", "charolais bull", "friesian cow", "highland cow", "piebald cob", "shetland pony",
                "pygmy goat", "texel ram", "alpaca", "llama", "red deer stag", "fallow deer", "great dane",
                "whippet", "lurcher", "dachshund", "border collie", "springer spaniel"]
FACE_VEHICLES = ["scaffold lorry", "plumber's van", "vet's van", "library van", "fish van", "chip van",
                 "catering van", "open-top bus", "caravanette", "bubble car", "three-wheeler", "vintage tractor"]
FACE_PEOPLE = ["vet nurse", "plasterer", "apprentice", "party entertainer", "face painter", "knitter", "quizmaster",
               "match angler", "water bailiff", "planning officer", "crossing warden", "astrologer", "kennel maid",
               "stable lad", "church warden", "fell runner", "beekeeper", "roofer", "dog walker", "magician",
               "stepmother"]

FACING = {
    "camera": [lambda a, k: hive(f"{an(a)} " + moves(k, "looking straight at me.", "nose pointed straight at me.")),
               lambda a, k: stars(f"{an(a)} " + moves(k, "gazing straight out at you.", "heading straight for you.")),
               lambda a, k: satnav(f"{an(a)} coming directly towards you."),
               lambda a, k: vet(f"{an(a)} photographed facing the camera squarely."),
               lambda a, k: invite(f"{an(a)} " + moves(k, "with eyes fixed on the camera!",
                                                       "with headlamps fixed on the camera!")),
               lambda a, k: knit(f"{an(a)} posed " + moves(k, "face-on to the lens.", "front-on to the lens.")),
               lambda a, k: quiz(f"{an(a)} " + moves(k, "staring right out of this picture at you.",
                                                     "driving right out of this picture at you."))],
    "away": [lambda a, k: hive(f"{an(a)} " + moves(k, f"showing me {its(a)} back.", "showing me its rear bumper.")),
             lambda a, k: stars(f"{an(a)} turning away from you."),
             lambda a, k: satnav(f"{an(a)} heading away from you, going your way."),
             lambda a, k: vet(f"{an(a)} photographed from behind, facing away."),
             lambda a, k: invite(f"{an(a)} turned away, showing the camera {its(a)} back!"),
             lambda a, k: knit(f"{an(a)} snapped from the rear, pointing away from the lens."),
             lambda a, k: quiz(f"{an(a)} facing into this picture, away from you.")],
    "left": [lambda a, k: hive(f"{an(a)} side-on, facing my left."),
             lambda a, k: stars(f"{an(a)} in profile, turned towards your left."),
             lambda a, k: satnav(f"{an(a)} crossing from right to left ahead of you."),
             lambda a, k: vet(f"{an(a)} photographed in profile, facing left in the photo."),
             lambda a, k: invite(f"{an(a)} side-on, facing the photo's left edge!"),
             lambda a, k: knit(f"{an(a)} side view, facing leftwards across the photograph."),
             lambda a, k: quiz(f"{an(a)} in profile, pointing to the left of this picture.")],
    "right": [lambda a, k: hive(f"{an(a)} side-on, facing my right."),
              lambda a, k: stars(f"{an(a)} in profile, turned towards your right."),
              lambda a, k: satnav(f"{an(a)} crossing from left to right ahead of you."),
              lambda a, k: vet(f"{an(a)} photographed in profile, facing right in the photo."),
              lambda a, k: invite(f"{an(a)} side-on, facing the photo's right edge!"),
              lambda a, k: knit(f"{an(a)} side view, facing rightwards across the photograph."),
              lambda a, k: quiz(f"{an(a)} in profile, pointing to the right of this picture.")],
}
MANY_FACING = {"camera": lambda n, a, k: vet(f"{many(n, a)}, all of them turned towards the camera."),
               "away": lambda n, a, k: stars(f"{many(n, a)}, all turning away from you."),
               "left": lambda n, a, k: knit(f"{many(n, a, True)}, each one in profile, heading leftwards."),
               "right": lambda n, a, k: quiz(f"{many(n, a)}, all in profile, facing right.")}


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
    "top": [lambda a, b: hive(f"{an(a)} and {an(b)}, seen from straight overhead, looking down."),
            lambda a, b: stars(f"imagine gazing vertically down from high above at {an(a)} and {an(b)}."),
            lambda a, b: satnav(f"the screen shows {an(a)} and {an(b)} from directly overhead."),
            lambda a, b: vet(f"{an(a)} and {an(b)}, snapped looking straight down from overhead."),
            lambda a, b: quote(f"{an(a)} and {an(b)}, as seen from high above, looking vertically down."),
            lambda a, b: invite(f"{an(a)} and {an(b)}, snapped straight down from high overhead!"),
            lambda a, b: knit(f"flat-lay photo from directly above: {an(a)} and {an(b)}."),
            lambda a, b: quiz(f"this picture looks straight down from above on {an(a)} and {an(b)}.")],
    "front": [lambda a, b: hive(f"{an(a)} and {an(b)}, viewed straight on from in front, at their level."),
              lambda a, b: stars(f"{an(a)} and {an(b)} come face-on to you, at your eye level."),
              lambda a, b: satnav(f"{an(a)} and {an(b)} dead ahead, met head-on, eye to eye."),
              lambda a, b: vet(f"{an(a)} and {an(b)}, photographed from the front at their own height."),
              lambda a, b: quote(f"{an(a)} and {an(b)}, as seen standing square in front of them."),
              lambda a, b: invite(f"{an(a)} and {an(b)}, snapped face-on at eye level!"),
              lambda a, b: knit(f"{an(a)} and {an(b)}, shot face-forward, lens at their height."),
              lambda a, b: quiz(f"this picture shows {an(a)} and {an(b)} straight from the front, lens at their level.")],
    "back": [lambda a, b: hive(f"{an(a)} and {an(b)}, viewed from behind."),
             lambda a, b: stars(f"you follow {an(a)} and {an(b)}, seeing only their backs."),
             lambda a, b: satnav(f"{an(a)} and {an(b)} ahead of you, seen from the rear."),
             lambda a, b: vet(f"{an(a)} and {an(b)}, photographed from the back."),
             lambda a, b: quote(f"{an(a)} and {an(b)}, as seen from behind them."),
             lambda a, b: invite(f"{an(a)} and {an(b)}, snapped from behind!"),
             lambda a, b: knit(f"{an(a)} and {an(b)}, shot from the back to show the detail."),
             lambda a, b: quiz(f"this picture shows {an(a)} and {an(b)} only from the rear.")],
    "left": [lambda a, b: hive(f"{an(a)} and {an(b)}, viewed from a spot well off to the left, looking across."),
             lambda a, b: stars(f"you view {an(a)} and {an(b)} side-on, from a vantage far out leftwards."),
             lambda a, b: satnav(f"the screen shows a side-on view of {an(a)} and {an(b)}, taken from the left."),
             lambda a, b: vet(f"{an(a)} and {an(b)}, photographed sideways from a position away to the left."),
             lambda a, b: quote(f"{an(a)} and {an(b)}, as seen from a point out past the left-hand end, looking along them."),
             lambda a, b: invite(f"{an(a)} and {an(b)}, snapped sideways from well out leftwards!"),
             lambda a, b: knit(f"{an(a)} and {an(b)}, shot side-on with the camera out on the left."),
             lambda a, b: quiz(f"this picture was taken from a spot out leftwards, looking sideways at {an(a)} and {an(b)}.")],
    "right": [lambda a, b: hive(f"{an(a)} and {an(b)}, viewed from a spot well off to the right, looking across."),
              lambda a, b: stars(f"you view {an(a)} and {an(b)} side-on, from a vantage far out rightwards."),
              lambda a, b: satnav(f"the screen shows a side-on view of {an(a)} and {an(b)}, taken from the right."),
              lambda a, b: vet(f"{an(a)} and {an(b)}, photographed sideways from a position away to the right."),
              lambda a, b: quote(f"{an(a)} and {an(b)}, as seen from a point out past the right-hand end, looking along them."),
              lambda a, b: invite(f"{an(a)} and {an(b)}, snapped sideways from well out rightwards!"),
              lambda a, b: knit(f"{an(a)} and {an(b)}, shot side-on with the camera out on the right."),
              lambda a, b: quiz(f"this picture was taken from a spot out rightwards, looking sideways at {an(a)} and {an(b)}.")],
    "close-up": [lambda a, b: hive(f"{an(a)} in close-up, filling my whole view."),
                 lambda a, b: stars(f"zoom right in on {an(a)} until {it(a)} fills everything."),
                 lambda a, b: peg(f"super close pic of {the(a, 0)}, nothing else in it."),
                 lambda a, b: vet(f"{an(a)} photographed close, filling the shot completely."),
                 lambda a, b: quote(f"close-up of {an(a)}, so that {it(a)} fills the shot."),
                 lambda a, b: invite(f"a big close-up of {an(a)}, filling the whole photo!"),
                 lambda a, b: knit(f"detail shot: {an(a)} filling the photograph."),
                 lambda a, b: quiz(f"this picture is so tightly cropped on {an(a)} that {it(a)} fills it entirely.")],
    "wide": [lambda a, b: hive(f"far off and small: {an(a)} and {an(b)}, seen across a wide valley."),
             lambda a, b: stars(f"from a great height, a vast landscape with {an(a)} and {an(b)} small and far "
                                f"away."),
             lambda a, b: satnav(f"the whole route ahead in one broad view, {an(a)} and {an(b)} distant specks."),
             lambda a, b: vet(f"{an(a)} and {an(b)}, photographed from miles off, tiny across open country."),
             lambda a, b: quote(f"{an(a)} and {an(b)}, as seen in a wide shot of the whole estate, both small."),
             lambda a, b: invite(f"a huge wide shot of the grounds, with {an(a)} and {an(b)} tiny!"),
             lambda a, b: knit(f"wide landscape photo, {an(a)} and {an(b)} small in the far distance."),
             lambda a, b: quiz(f"this picture is a sweeping landscape where {an(a)} and {an(b)} are tiny and far "
                               f"off.")],
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
