"""Writes the FOURTEENTH held-out layout prompts (bench/prompts/heldout14/*.jsonl) from a grammar.

    .venv/bin/python bench/prompts/heldout14_grammar.py

Why a fourteenth held-out set: the thirteenth one (bench/prompts/heldout13/) is to be run once
fresh and then read while building, so its figure will measure some fit too. This set was
written without reading the implementation, its tests or its documentation (only the bench's
scorers, bench/layout.py, bench/scenes.py and bench/layout_selfcheck.py, the README's bench
section, and the existing prompt sets and grammars in bench/prompts, so as to differ from them).
Run it once, with ``--failures 0``:

- registers: every kind is said in voices none of the other sets imitates: a ship's log entry
  ("Ship's log, 0640 hrs: sighted ... Wind SW, sea slight."), a wedding photographer's shot list
  ("Shot 12 (must-have): ... Check with the couple."), the picture on a jigsaw box lid ("Jigsaw
  no. 31, lid picture: ... Ages 8 and up."), a model-railway modeller's baseboard notes
  ("Baseboard 3 (OO gauge): ... Ballasting next weekend."), a hotel guest's online review ("Room
  214 review: ... Would stay again!"), a wildlife documentary narrator ("And here, in the fading
  light, ... Truly remarkable."), a shop-window dresser's brief ("Window 2 brief: ... Dress by
  Friday, please."), a walking-route guide ("Stage 5 of the walk: ... Allow 20 minutes."), a
  detective's notebook ("Notebook, p. 31. ... Must follow this up."), and a note left for a
  flatmate, in lower case ("hiya, quick note: ... back sunday x"). Numbers are said as words and
  as digits, and labels carry numbers that are not counts (log times, shots, jigsaws, age ranges,
  baseboards, rooms, windows, stages, minutes, notebook pages). Left and right are always the
  viewer's ("as seen from the bridge", "on the left of the photo", "on the left of the lid
  picture", "as you face the layout", "from our window", "to our left", "as seen from the
  pavement", "on your left as you look ahead", "on the left from where I stood", "on the left as
  you come in");
- vocabulary: wedding and hotel things, ship's and harbour kit, model-railway stock, shop-window
  props, walkers' country, wildlife a documentary films, dog and cat breeds, trades of hotels,
  stations, ships, weddings and police stations, relatives and ordinary first names; most of the
  nouns no other prompt set uses (counted and printed when run), a few familiar ones; nothing
  obscure;
- physically plausible: small things go on and under furniture with room under it, big things
  stand behind small ones (never the other way round), only vans, lorries, minibuses, sheds, huts,
  police boxes, walls, hedges and bushes hide an animal or a person, things far off in a wide shot
  are big, seats go round tables only, farm animals round a drinking trough or a mineral block and
  people round a trig point, a fingerpost, a camp stove or a chocolate fountain;
- no prompt equals or contains (as a whole-word sequence) a prompt of any other part, layout or
  scene, shares a run of five words with one, and no two nouns of one prompt share a word: drawn
  again until so (the script checks).

Nothing outside bench/prompts may import this file, name it, or quote its prompts; nobody should
tune the parser on them. The truth is written with each prompt by the grammar (the meaning of
the words, chosen by hand), never read from the implementation. Deterministic (seed 70451).
Same JSON as the other sets: {"prompt": ..., "expect": {"objects": {...}, "relations": [...],
"facing": [...], "camera": ...}}; object names are the nouns as written, singular.
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "heldout14"
ME = "heldout14"
rng = random.Random(70451)
PER_KIND = 44  # prompts per relation kind, per composition region; facing has 48
RUN = 5  # no run of this many words may be shared with another part's prompt

# ------------------------------------------------------------- vocabulary ---
TABLETOP = ["ring cushion", "wedding favour", "place card", "champagne flute", "cake topper", "cufflink box",
            "fingerprint kit", "brass compass", "ship's bell", "signal lamp", "wig stand", "clutch bag",
            "bowler hat", "deerstalker", "ink bottle", "ashtray", "domino box", "posy", "tiara", "guest book",
            "logbook", "tide clock", "copper kettle", "brass telescope", "travel clock", "vanity case",
            "sardine tin", "sponge bag", "dictaphone", "vinyl record", "porridge bowl", "toby jug", "evidence bag"]
FLOOR_THINGS = ["steamer trunk", "dress form", "display plinth", "cable drum", "kitbag", "lobster creel",
                "laundry sack", "coal sack", "wine crate", "orange box", "copper boiler", "mangle", "washboard",
                "draught excluder", "standard lamp", "cheese plant", "aspidistra", "cricket bag"]
SMALL = TABLETOP + FLOOR_THINGS
PERCHERS = ["ginger tom", "bengal cat", "ragdoll cat", "tawny owl", "barn owl", "spaniel puppy", "white rabbit"]
SUPPORTS = ["luggage rack", "hotel bed", "display table", "glass counter", "chart table", "gift table",
            "wash stand", "hotel desk", "concierge desk", "pine dresser", "sea chest", "captain's desk",
            "glass cabinet", "jewellery counter", "cash desk", "interview table"]
COVERS = ["display table", "gift table", "chart table", "interview table", "hotel bed", "wash stand",
          "captain's desk", "banquet table", "picnic bench", "pedestal desk"]
UNDER_SUBJECTS = ["ginger tom", "bengal cat", "ragdoll cat", "cairn terrier", "scottie dog", "staffie",
                  "spaniel puppy", "white rabbit", "common toad", "kitbag", "laundry sack", "wine crate",
                  "orange box", "cricket bag", "steamer trunk", "draught excluder", "washboard", "sponge bag",
                  "vanity case", "lobster creel"]
PETS = ["ginger tom", "bengal cat", "ragdoll cat", "black labrador", "cairn terrier", "scottie dog",
        "bull terrier", "staffie", "irish setter", "spaniel puppy", "white rabbit", "mountain hare", "barn owl",
        "tawny owl", "common toad", "grass snake", "coot", "dipper", "eider duck", "shelduck", "canada goose",
        "sea otter", "snowy owl"]
ZOO = ["lioness", "silverback", "bull elephant", "elephant calf", "hippo calf", "rhino calf", "black bear", "elk",
       "grey seal", "harbour seal", "white stork", "wild dog", "muntjac deer", "exmoor pony", "jersey cow"]
CREATURES = PETS + ZOO
BIG_ANIMALS = ["silverback", "bull elephant", "black bear", "elk", "hippo calf", "rhino calf", "jersey cow"]
HIDEABLE = [c for c in CREATURES if c not in BIG_ANIMALS]
JOBS = ["registrar", "wedding photographer", "chambermaid", "night watchman", "constable", "ship's cook",
        "signalman", "station master", "window dresser", "sales assistant", "sound recordist", "cameraman",
        "bosun", "first mate", "steward", "stewardess", "commissionaire", "lift attendant", "hotel manager",
        "night porter", "pageboy", "groomsman", "desk sergeant", "pathologist", "forensic officer", "shopwalker",
        "model maker", "train spotter", "fell walker", "naturalist", "tour leader", "honeymooner", "landlord"]
FAMILY = ["godson", "fiancee", "widow", "godfather", "gran", "great-uncle", "great-aunt", "twin brother",
          "older brother", "kid sister"]
PEOPLE = JOBS + FAMILY
NAMES = ["Marjorie", "Winston", "Olwen", "Fergus", "Rhodri", "Cedric", "Yvonne", "Morag", "Bernadette", "Lionel",
         "Hilda", "Ewan", "Imogen", "Ruaridh"]
VEHICLES = ["wedding car", "vintage limousine", "tank engine", "shunter", "guard's van", "coal wagon", "brake van",
            "passenger carriage", "dining car", "sleeper car", "tug", "pilot boat", "lobster boat",
            "sailing dinghy", "sailing barge", "schooner", "motor launch", "river cruiser", "steam launch",
            "hotel minibus", "airport shuttle", "courtesy car", "pedicab", "milk lorry", "land yacht", "mail van",
            "parcel van", "pickup"]
BUILDINGS = ["coastguard station", "goods shed", "engine shed", "inn", "village hall", "guest house",
             "holiday cottage", "mountain hut", "refuge hut", "police box", "police station", "launderette",
             "tea room", "martello tower", "radio mast", "hay barn", "milking parlour"]
TREES = ["blackthorn", "hawthorn hedge", "scots pine", "hazel tree", "lombardy poplar", "sweet chestnut",
         "mulberry tree", "quince tree", "damson tree", "douglas fir", "bay tree", "camellia", "broom bush",
         "blackcurrant bush", "pampas grass", "tree fern", "umbrella pine"]
LARGE = VEHICLES + BUILDINGS + TREES
BULKY = ["mail van", "parcel van", "milk lorry", "hotel minibus", "airport shuttle", "guard's van", "goods shed",
         "engine shed", "mountain hut", "refuge hut", "police box", "hay barn", "hawthorn hedge", "broom bush",
         "blackcurrant bush", "camellia", "pampas grass", "blackthorn"]
TABLES = ["banquet table", "interview table", "chart table"]
SEATS = ["chiavari chair", "wheelback chair", "tub chair", "captain's chair"]
RING_PLACES = {"trig point": "people", "fingerpost": "people", "camp stove": "people",
               "chocolate fountain": "people", "drinking trough": "farm", "mineral block": "farm"}
RING_PEOPLE = ["groomsman", "fell walker", "youth hosteller", "train spotter", "sea cadet", "day tripper",
               "honeymooner", "great-aunt", "godson", "stewardess", "well-wisher", "kid sister"]
RING_FARM = ["jersey cow", "exmoor pony", "kid goat", "saddleback pig", "suffolk ewe", "muntjac deer"]
# Irregular plurals and multi-word nouns whose last word is irregular.
PLURALS = {"night watchman": "night watchmen", "cameraman": "cameramen", "canada goose": "canada geese",
           "muntjac deer": "muntjac deer", "elk": "elk", "grouse": "grouse", "pocket knife": "pocket knives",
           "silk scarf": "silk scarves", "harvest mouse": "harvest mice", "ship's bell": "ships' bells",
           "ship's cook": "ships' cooks", "guard's van": "guards' vans", "captain's desk": "captains' desks",
           "captain's chair": "captains' chairs", "great-aunt": "great-aunts", "great-uncle": "great-uncles",
           "well-wisher": "well-wishers", "posy": "posies", "kid goat": "kid goats", "tiara": "tiaras",
           "bull elephant": "bull elephants", "wild dog": "wild dogs", "staffie": "staffies",
           "pampas grass": "clumps of pampas grass", "groomsman": "groomsmen", "blackthorn": "blackthorns", "fiancee": "fiancees",
           "wine glass": "wine glasses"}
WORDS = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight", 9: "nine",
         10: "ten", 11: "eleven", 12: "twelve", 13: "thirteen", 14: "fourteen", 15: "fifteen", 16: "sixteen",
         17: "seventeen", 18: "eighteen", 19: "nineteen", 20: "twenty"}

THING_ADJECTIVES = ["salt-stained", "moth-eaten", "tarnished", "varnished", "ornate", "enamelled"]
UNDESCRIBED = set(TREES) | set(RING_PLACES)
CREATURE_ADJECTIVES = ["sodden", "dainty", "sprightly", "bashful", "haughty", "placid"]
PEOPLE_ADJECTIVES = ["dapper", "harassed", "windswept", "sheepish", "portly", "stooped"]
TAILS = [" (soft light)", " (if it stays dry)", " (wide lens)", " (before the speeches)"]
TAIL_SHARE = 0.15
TAIL_OK = ("Shot ",)
WINDS = ["SW", "NE", "W", "NW", "E", "S"]


def quiet(text: str) -> bool:
    """The flatmate's note: all lower case."""
    return text.startswith("hiya, ")


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
    """'a tug', 'an elk', sometimes 'a salt-stained tug'; names stay bare."""
    if noun in NAMES:
        return noun
    if noun == "pampas grass":
        return "a clump of pampas grass"
    said = describe(noun, share)
    return f"{article(said)} {said}"


def the(noun: str, share: float = 0.12) -> str:
    return noun if noun in NAMES else f"the {describe(noun, share)}"


def log_noun(noun: str) -> str:
    """The log's clipped noun: no article, no adjective (names stay as they are)."""
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
    """A label's number (a shot, a stage, a page): never a count."""
    return rng.randint(2, 60)


def cap(text: str) -> str:
    return text[0].upper() + text[1:]


# ------------------------------------------------------------- registers ---


def shiplog(body: str) -> str:
    clock = f"{rng.randint(0, 23):02d}{rng.choice(['00', '10', '20', '30', '40', '50'])}"
    return f"Ship's log, {clock} hrs: {body} Wind {rng.choice(WINDS)}, sea slight."


def shotlist(body: str) -> str:
    return f"Shot {num()} (must-have): {body} Check with the couple."


def jigsaw(body: str) -> str:
    return f"Jigsaw no. {rng.randint(10, 90)}, lid picture: {body} Ages {rng.choice([6, 8, 10, 12])} and up."


def baseboard(body: str) -> str:
    gauge = rng.choice(["OO", "N", "O"])
    return f"Baseboard {rng.randint(1, 9)} ({gauge} gauge): {body} Ballasting next weekend."


def review(body: str) -> str:
    return f"Room {rng.randint(101, 420)} review: {body} Would stay again!"


def narrator(body: str) -> str:
    opener = rng.choice(["in the fading light", "as dawn breaks", "in the still of the afternoon"])
    return f"And here, {opener}, {body} Truly remarkable."


def window(body: str) -> str:
    day = rng.choice(["Friday", "Monday", "Thursday"])
    return f"Window {rng.randint(1, 8)} brief: {body} Dress by {day}, please."


def walk(body: str) -> str:
    return f"Stage {rng.randint(2, 14)} of the walk: {body} Allow {rng.choice([10, 15, 20, 25, 40])} minutes."


def notebook(body: str) -> str:
    return f"Notebook, p. {num()}. {cap(body)} Must follow this up."


def flatnote(body: str) -> str:
    return f"hiya, quick note: {body.lower()} back sunday x"


def dress(text: str, tail: bool = True) -> str:
    """Capitalised (unless the lower-case flatmate's note); now and then a light note on the
    wedding shot list."""
    if tail and rng.random() < TAIL_SHARE and text.startswith(TAIL_OK):
        head, _, last = text.rpartition(" Check with")
        if head and head.endswith("."):
            text = head[:-1] + rng.choice(TAILS) + "." + " Check with" + last
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
                   "heldout9", "heldout10", "heldout11", "heldout12", "heldout13"):
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
SHARED: dict[str, int] = {}
LAX = bool(__import__("os").environ.get("LAX"))  # while writing: draw anyway, list every shared run  # the template runs that had to be drawn again, to reword them


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
    lambda s, o: shiplog(f"{log_noun(s)} sighted left of {log_noun(o)}, bridge view."),
    lambda s, o: shotlist(f"{an(s)} on the photo's left, {an(o)} on its right."),
    lambda s, o: jigsaw(f"{an(s)} in the left half, {an(o)} in the right half."),
    lambda s, o: baseboard(f"{an(s)} goes left of {the(o, 0)} as you face the layout."),
    lambda s, o: review(f"from our window we had {an(s)} leftwards and {an(o)} rightwards."),
    lambda s, o: narrator(f"{an(s)} to our left, {an(o)} to our right."),
    lambda s, o: window(f"from the pavement, {the(s, 0)} should sit left of {the(o, 0)}."),
    lambda s, o: walk(f"look ahead: {an(s)} is to your left, {an(o)} to your right."),
    lambda s, o: notebook(f"from where I stood: {an(s)} left, {an(o)} right."),
    lambda s, o: flatnote(f"in my holiday snap {the(s, 0)} is left of {the(o, 0)}."),
    lambda s, o: review(f"{an(o)} filled the view's right side, {an(s)} its left side."),
]
RIGHT = [
    lambda s, o: shiplog(f"{log_noun(s)} sighted right of {log_noun(o)}, bridge view."),
    lambda s, o: shotlist(f"{an(o)} on the photo's left, {an(s)} on its right."),
    lambda s, o: jigsaw(f"{an(o)} in the left half, {an(s)} in the right half."),
    lambda s, o: baseboard(f"{an(s)} goes right of {the(o, 0)} as you face the layout."),
    lambda s, o: review(f"from our window we had {an(o)} leftwards and {an(s)} rightwards."),
    lambda s, o: narrator(f"{an(o)} to our left, {an(s)} to our right."),
    lambda s, o: window(f"from the pavement, {the(s, 0)} should sit right of {the(o, 0)}."),
    lambda s, o: walk(f"look ahead: {an(o)} is to your left, {an(s)} to your right."),
    lambda s, o: notebook(f"from where I stood: {an(o)} left, {an(s)} right."),
    lambda s, o: flatnote(f"in my holiday snap {the(s, 0)} is right of {the(o, 0)}."),
    lambda s, o: review(f"{an(o)} filled the view's left side, {an(s)} its right side."),
]
ON = [
    lambda s, o: shiplog(f"{log_noun(s)} found atop {log_noun(o)}."),
    lambda s, o: shotlist(f"{an(s)} set out on top of {the(o, 0)}, close in."),
    lambda s, o: jigsaw(f"{an(s)} balanced upon {an(o)}."),
    lambda s, o: baseboard(f"{an(s)} glued onto the top of {the(o, 0)}.") if kind_of(s) == "thing"
    else baseboard(f"{an(s)} sat atop {the(o, 0)}."),
    lambda s, o: review(f"there was {an(s)} perched atop {the(o, 0)} when we arrived."),
    lambda s, o: narrator(f"{an(s)} has settled upon {an(o)}."),
    lambda s, o: window(f"stand {the(s, 0)} on {the(o, 0)}'s top."),
    lambda s, o: notebook(f"{an(s)} resting on {the(o, 0)}, untouched."),
    lambda s, o: flatnote(f"{the(s, 0)}'s on top of {the(o, 0)}, don't knock it."),
    lambda s, o: shotlist(f"{the(o, 0)} with {an(s)} resting on its top."),
    lambda s, o: review(f"{the(o, 0)} had {an(s)} sitting on it."),
]
UNDER = [
    lambda s, o: shiplog(f"{log_noun(s)} found underneath {log_noun(o)}."),
    lambda s, o: shotlist(f"{an(s)} peeping out from under {the(o, 0)}."),
    lambda s, o: jigsaw(f"{an(s)} tucked away beneath {an(o)}."),
    lambda s, o: review(f"we found {an(s)} under {the(o, 0)}!"),
    lambda s, o: narrator(f"{an(s)} has crept in beneath {an(o)}."),
    lambda s, o: window(f"slide {the(s, 0)} in under {the(o, 0)}."),
    lambda s, o: notebook(f"{an(s)} shoved under {the(o, 0)}, out of sight."),
    lambda s, o: flatnote(f"{the(s, 0)}'s under {the(o, 0)}, fyi."),
    lambda s, o: baseboard(f"{the(o, 0)}, with a little {s} underneath it."),
    lambda s, o: walk(f"{an(s)} sheltering underneath {an(o)} by the track."),
    lambda s, o: review(f"{the(o, 0)} had {an(s)} stuffed underneath."),
]
FRONT = [
    lambda s, o: shiplog(f"{log_noun(s)} ahead of {log_noun(o)}, nearer us."),
    lambda s, o: shotlist(f"{an(s)} in the foreground, {an(o)} behind {it(s)}."),
    lambda s, o: jigsaw(f"{an(s)} low on the lid, standing before {an(o)}."),
    lambda s, o: baseboard(f"{an(s)} at the front edge, just before {the(o, 0)}, nearer you."),
    lambda s, o: review(f"just before {the(o, 0)} there was {an(s)}, nearer us."),
    lambda s, o: narrator(f"{an(s)} pauses before {an(o)}, closer to us."),
    lambda s, o: window(f"{the(s, 0)} goes ahead of {the(o, 0)}, closer to the glass."),
    lambda s, o: walk(f"you reach {an(s)} first, standing before {an(o)}."),
    lambda s, o: notebook(f"{an(s)} in front of {the(o, 0)}, nearer to me."),
    lambda s, o: flatnote(f"in my holiday snap {the(s, 0)}'s in front of {the(o, 0)}, nearer the camera."),
    lambda s, o: shotlist(f"{an(o)} at the back, {an(s)} nearer the lens, before {it(o)}."),
]
BEHIND = [
    lambda s, o: shiplog(f"{log_noun(s)} beyond {log_noun(o)}, farther off."),
    lambda s, o: shotlist(f"{an(o)} in the foreground, {an(s)} behind {it(o)}."),
    lambda s, o: jigsaw(f"{an(s)} standing back behind {an(o)}, higher up the lid."),
    lambda s, o: baseboard(f"{an(s)} along the back edge, behind {the(o, 0)}."),
    lambda s, o: review(f"behind {the(o, 0)} we could see {an(s)}, further away."),
    lambda s, o: narrator(f"{an(s)} waits behind {an(o)}, farther from us."),
    lambda s, o: window(f"{the(s, 0)} goes behind {the(o, 0)}, further from the glass."),
    lambda s, o: walk(f"pass {an(o)} and you'll see {an(s)} further on, behind {it(o)}."),
    lambda s, o: notebook(f"{an(s)} behind {the(o, 0)}, further from me."),
    lambda s, o: flatnote(f"in my holiday snap {the(s, 0)}'s behind {the(o, 0)}, further from the camera."),
    lambda s, o: shotlist(f"{an(o)} nearest the lens, {an(s)} set back behind {it(o)}."),
]
NEAR = [
    lambda s, o: shiplog(f"{log_noun(s)} close by {log_noun(o)}."),
    lambda s, o: shotlist(f"{an(s)} snug beside {an(o)}."),
    lambda s, o: jigsaw(f"{an(s)} just by {an(o)}."),
    lambda s, o: baseboard(f"{an(s)} placed hard by {the(o, 0)}."),
    lambda s, o: review(f"{an(s)} stood just by {the(o, 0)}."),
    lambda s, o: narrator(f"{an(s)} lingers close to {an(o)}."),
    lambda s, o: window(f"{the(s, 0)} tight up against {the(o, 0)}."),
    lambda s, o: walk(f"{an(s)} stands just a stride or two from {an(o)}."),
    lambda s, o: notebook(f"{an(s)} very close to {the(o, 0)}."),
    lambda s, o: flatnote(f"in my holiday snap {the(s, 0)}'s right by {the(o, 0)}."),
    lambda s, o: narrator(f"{an(s)} keeps within a whisker of {an(o)}."),
]
HIDDEN = [
    lambda s, o: shiplog(f"{log_noun(s)} almost hidden behind {log_noun(o)}."),
    lambda s, o: shotlist(f"{an(s)} mostly hidden behind {an(o)}, just a bit showing."),
    lambda s, o: jigsaw(f"{an(s)} half concealed behind {an(o)} - can you find {it(s)}?"),
    lambda s, o: review(f"{an(s)} was hiding behind {the(o, 0)}, we barely noticed {it(s)}."),
    lambda s, o: narrator(f"{an(s)} is all but hidden behind {an(o)}."),
    lambda s, o: window(f"{the(s, 0)} behind {the(o, 0)}, leaving just an edge of {it(s)} in view."),
    lambda s, o: walk(f"{an(s)} is mostly screened by {an(o)} in front of {it(s)}."),
    lambda s, o: notebook(f"{an(s)} behind {the(o, 0)}, barely visible from where I stood."),
    lambda s, o: flatnote(f"in my holiday snap {the(s, 0)}'s hidden behind {the(o, 0)}, you can barely make "
                          f"{it(s)} out."),
    lambda s, o: shiplog(f"{log_noun(o)} blocking our view of {log_noun(s)} behind {it(o)}."),
    lambda s, o: narrator(f"{an(o)} hides most of {an(s)} crouched behind {it(o)}."),
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
    lambda s, x, y: shiplog(f"{log_noun(s)} midway from {log_noun(x)} to {log_noun(y)}, between the two."),
    lambda s, x, y: shotlist(f"{an(s)} right between {an(x)} and {an(y)}."),
    lambda s, x, y: jigsaw(f"{an(s)} halfway between {an(x)} and {an(y)}."),
    lambda s, x, y: baseboard(f"{an(s)} goes in the gap between {the(x, 0)} and {the(y, 0)}."),
    lambda s, x, y: review(f"{an(s)} stood between {the(x, 0)} and {the(y, 0)}."),
    lambda s, x, y: narrator(f"{an(s)} picks its way between {an(x)} and {an(y)}.")
    if kind_of(s) == "creature" else narrator(f"{an(s)} waits between {an(x)} and {an(y)}."),
    lambda s, x, y: window(f"{the(s, 0)} midway between {the(x, 0)} and {the(y, 0)}."),
    lambda s, x, y: walk(f"{an(s)} sits between {an(x)} and {an(y)}."),
    lambda s, x, y: notebook(f"{an(s)} between {the(x, 0)} and {the(y, 0)}."),
    lambda s, x, y: flatnote(f"in my holiday snap {the(s, 0)}'s between {the(x, 0)} and {the(y, 0)}."),
]
BETWEEN_PAIR = [
    lambda s, x: shotlist(f"{an(s)} flanked by a pair of {plural(x)}, one either side."),
    lambda s, x: review(f"{an(s)} with {article(x)} {x} to each side of {it(s)}."),
    lambda s, x: window(f"{the(s, 0)} in the middle, with one {x} on each side."),
    lambda s, x: notebook(f"{an(s)} between the two {plural(x)}."),
]


def between() -> list[dict]:
    rows = []
    for i in range(PER_KIND):
        if i % 4 == 3:
            template = BETWEEN_PAIR[(i // 4) % len(BETWEEN_PAIR)]

            def make():
                s = pick(SMALL + HIDEABLE + PEOPLE + NAMES)
                x = pick(LARGE + ZOO + PEOPLE, avoid={s, "pampas grass"})
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
    lambda n, r, c: shiplog(f"{many(n, r)} gathered round {log_noun(c)}."),
    lambda n, r, c: shotlist(f"{many(n, r)} in a loose ring, {the(c, 0)} at its heart."),
    lambda n, r, c: jigsaw(f"{many(n, r)} standing ringed about {the(c, 0)}."),
    lambda n, r, c: baseboard(f"{many(n, r, True)} set out circling {the(c, 0)}."),
    lambda n, r, c: review(f"{many(n, r)} right round {the(c, 0)}, lovely."),
    lambda n, r, c: narrator(f"{many(n, r)} form a ring around {the(c, 0)}."),
    lambda n, r, c: window(f"{many(n, r, True)} spaced evenly round {the(c, 0)}."),
    lambda n, r, c: walk(f"{many(n, r)} encircling {the(c, 0)}."),
    lambda n, r, c: notebook(f"{many(n, r)} in a circle, {the(c, 0)} inside it."),
    lambda n, r, c: flatnote(f"in my holiday snap there are {many(n, r)} circled round {the(c, 0)}."),
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
    "centre": [lambda a: shiplog(f"nothing sighted but {log_noun(a)}, dead centre of the view."),
               lambda a: shotlist(f"{an(a)} by {it(a)}self, centred in the photo.") if kind_of(a) == "thing"
               else shotlist(f"{an(a)} alone, centred in the photo."),
               lambda a: jigsaw(f"only {an(a)}, slap bang in the lid's middle."),
               lambda a: baseboard(f"{an(a)} on its own, mid-board as you face the layout.")
               if kind_of(a) == "thing" else baseboard(f"{an(a)} alone, mid-board as you face the layout."),
               lambda a: review(f"the view from our window: just {an(a)}, smack in the centre."),
               lambda a: narrator(f"{an(a)}, alone, at the very heart of our shot."),
               lambda a: window(f"one {a} only, centred in the window.") if a not in NAMES
               else window(f"{a} only, centred in the window."),
               lambda a: walk(f"nothing but {an(a)}, straight ahead of you, centre of the view."),
               lambda a: notebook(f"just {an(a)}, central in the scene, nothing else."),
               lambda a: flatnote(f"in my holiday snap there's only {the(a, 0)}, bang in the centre.")],
    "image_left": [lambda a: shiplog(f"nothing sighted but {log_noun(a)}, far left, bridge view."),
                   lambda a: shotlist(f"just {an(a)}, hard against the photo's left edge."),
                   lambda a: jigsaw(f"only {an(a)}, down the lid's left-hand side."),
                   lambda a: baseboard(f"{an(a)} alone, far left as you face the layout."),
                   lambda a: review(f"the view from our window: just {an(a)}, off to one side, the left."),
                   lambda a: narrator(f"{an(a)}, alone, away to our left."),
                   lambda a: window(f"just {an(a)}, pushed leftwards as seen from the pavement."),
                   lambda a: walk(f"nothing but {an(a)}, way off to your left as you look ahead."),
                   lambda a: notebook(f"just {an(a)}, leftmost from where I stood, nothing else."),
                   lambda a: flatnote(f"in my holiday snap there's only {the(a, 0)}, far out to the left.")],
    "image_right": [lambda a: shiplog(f"nothing sighted but {log_noun(a)}, far right, bridge view."),
                    lambda a: shotlist(f"just {an(a)}, hard against the photo's right edge."),
                    lambda a: jigsaw(f"only {an(a)}, down the lid's right-hand side."),
                    lambda a: baseboard(f"{an(a)} alone, far right as you face the layout."),
                    lambda a: review(f"the view from our window: just {an(a)}, off to one side, the right."),
                    lambda a: narrator(f"{an(a)}, alone, away to our right."),
                    lambda a: window(f"just {an(a)}, pushed rightwards as seen from the pavement."),
                    lambda a: walk(f"nothing but {an(a)}, way off to your right as you look ahead."),
                    lambda a: notebook(f"just {an(a)}, rightmost from where I stood, nothing else."),
                    lambda a: flatnote(f"in my holiday snap there's only {the(a, 0)}, far out to the right.")],
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

COUNTABLE = ["champagne flute", "place card", "wedding favour", "napkin ring", "ink bottle", "sardine tin",
             "vinyl record", "toby jug", "porridge bowl", "posy", "kitbag", "wine crate", "orange box",
             "lobster creel", "coal wagon", "brake van", "sailing dinghy", "pedicab", "mail van", "barn owl",
             "tawny owl", "eider duck", "shelduck", "common toad", "spaniel puppy", "coot", "groomsman",
             "train spotter", "fell walker", "youth hosteller", "honeymooner", "sea cadet", "scots pine", "bay tree",
             "mountain hut", "police box", "chiavari chair", "tiara", "cake topper", "cufflink box"]
IRREGULAR = ["night watchman", "cameraman", "canada goose", "muntjac deer", "grouse", "pocket knife", "silk scarf",
             "harvest mouse", "ship's bell", "guard's van", "great-aunt", "kid goat", "staffie"]
COUNT_ONE = [lambda x: window(f"a single {x} and nothing more."),
             lambda x: notebook(f"one {x}. Only the one."),
             lambda x: flatnote(f"there's just one {x} left, that's it."),
             lambda x: jigsaw(f"one lone {x}, nothing else.")]
COUNT_MANY = [
    lambda n, x: shiplog(f"counted {many(n, x)} in all."),
    lambda n, x: shotlist(f"all {many(n, x)} together in one frame."),
    lambda n, x: jigsaw(f"{many(n, x)}, count them all!"),
    lambda n, x: baseboard(f"{many(n, x, True)} in total."),
    lambda n, x: review(f"there were {many(n, x)} in the view from our window!"),
    lambda n, x: narrator(f"a group of {many(n, x)}, no more, no less."),
    lambda n, x: window(f"{many(n, x, True)}, lined up and priced."),
    lambda n, x: walk(f"you'll pass {many(n, x)} along here."),
    lambda n, x: notebook(f"{many(n, x)} counted. Counted twice."),
    lambda n, x: flatnote(f"there are {n} {plural(x)} now, i counted."),
]
LONE = "trig point"
MIXED = [lambda n, x, m, y: (window(f"{many(n, x)} and {many(m, y)}, nothing else."), {x: n, y: m}),
         lambda n, x, m, y: (walk(f"{n} {plural(x)}, {m} {plural(y)} and 1 {LONE} on the way up."),
                             {x: n, y: m, LONE: 1}),
         lambda n, x, m, y: (notebook(f"{many(n, x)}; {many(m, y)}."), {x: n, y: m}),
         lambda n, x, m, y: (review(f"we saw {many(n, x)} and {many(m, y)} from our window."), {x: n, y: m})]


# The shot list, the baseboard and the shop window count only what fits in a room or a frame.
SMALL_ONLY = (1, 3, 6)
COUNT_SMALL = [x for x in COUNTABLE if x not in ("coal wagon", "brake van", "sailing dinghy", "pedicab", "mail van",
                                                 "scots pine", "bay tree", "mountain hut", "police box")]


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

FACE_ANIMALS = ["lioness", "silverback", "bull elephant", "black bear", "elk", "muntjac deer", "exmoor pony",
                "jersey cow", "black labrador", "irish setter", "bull terrier", "scottie dog", "cairn terrier",
                "staffie", "wild dog", "mountain hare"]
FACE_VEHICLES = ["wedding car", "vintage limousine", "tank engine", "shunter", "hotel minibus", "airport shuttle",
                 "courtesy car", "pedicab", "milk lorry", "mail van", "parcel van", "pickup", "land yacht"]
FACE_PEOPLE = ["registrar", "wedding photographer", "chambermaid", "night watchman", "constable", "signalman",
               "station master", "window dresser", "cameraman", "bosun", "commissionaire", "hotel manager",
               "desk sergeant", "fell walker", "naturalist", "gran", "godfather", "great-uncle"]


def moves(k: str, person: str, vehicle: str) -> str:
    return vehicle if k == "vehicle" else person


FACING = {
    "camera": [lambda a, k: shotlist(f"{an(a)} facing straight into the lens."),
               lambda a, k: jigsaw(f"{an(a)} gazing straight out of the lid at you.") if k != "vehicle"
               else jigsaw(f"{an(a)} heading straight out of the lid at you."),
               lambda a, k: review(f"{an(a)} " + moves(k, "looking straight up at our window.",
                                                       "pointing straight at our window.")),
               lambda a, k: narrator(f"{an(a)} turns to look directly at us.") if k != "vehicle"
               else narrator(f"{an(a)} comes directly towards us."),
               lambda a, k: window(f"{the(a, 0)} turned to face the pavement."),
               lambda a, k: notebook(f"{an(a)}, " + moves(k, "facing towards me.", "front end towards me.")),
               lambda a, k: flatnote(f"in my holiday snap {the(a, 0)}'s looking right at the camera.")
               if k != "vehicle" else flatnote(f"in my holiday snap {the(a, 0)}'s pointing right at the camera.")],
    "away": [lambda a, k: shotlist(f"{an(a)} turned from the lens, back to us."),
             lambda a, k: jigsaw(f"{an(a)} seen from the back, heading into the lid picture."),
             lambda a, k: review(f"{an(a)} " + moves(k, f"with {its(a)} back to our window.",
                                                     "pointing away from our window.")),
             lambda a, k: narrator(f"{an(a)} turns away from us.") if k != "vehicle"
             else narrator(f"{an(a)} heads off, away from us."),
             lambda a, k: window(f"{the(a, 0)} turned away from the pavement, back to the glass."),
             lambda a, k: notebook(f"{an(a)}, facing away from me."),
             lambda a, k: flatnote(f"in my holiday snap {the(a, 0)}'s facing away from my camera.")],
    "left": [lambda a, k: shotlist(f"{an(a)} in profile, looking towards the photo's left."),
             lambda a, k: jigsaw(f"{an(a)} side-on, facing the lid's left edge."),
             lambda a, k: review(f"{an(a)} side-on, facing leftwards from our window."),
             lambda a, k: narrator(f"{an(a)}, side-on, faces to our left."),
             lambda a, k: window(f"{the(a, 0)} side-on, turned leftwards as seen from the pavement."),
             lambda a, k: notebook(f"{an(a)} side-on to me, facing my left."),
             lambda a, k: flatnote(f"in my holiday snap {the(a, 0)}'s side-on, facing left.")],
    "right": [lambda a, k: shotlist(f"{an(a)} in profile, looking towards the photo's right."),
              lambda a, k: jigsaw(f"{an(a)} side-on, facing the lid's right edge."),
              lambda a, k: review(f"{an(a)} side-on, facing rightwards from our window."),
              lambda a, k: narrator(f"{an(a)}, side-on, faces to our right."),
              lambda a, k: window(f"{the(a, 0)} side-on, turned rightwards as seen from the pavement."),
              lambda a, k: notebook(f"{an(a)} side-on to me, facing my right."),
              lambda a, k: flatnote(f"in my holiday snap {the(a, 0)}'s side-on, facing right.")],
}
MANY_FACING = {"camera": lambda n, a, k: shotlist(f"{many(n, a)}, each one facing the lens."),
               "away": lambda n, a, k: narrator(f"{many(n, a)}, every one turned from us."),
               "left": lambda n, a, k: walk(f"{many(n, a, True)}, all facing left as you look ahead."),
               "right": lambda n, a, k: notebook(f"{many(n, a)}, each facing right from where I stood.")}


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
    "top": [lambda a, b: shiplog(f"from the masthead, looking straight down on {log_noun(a)} and {log_noun(b)}."),
            lambda a, b: shotlist(f"{an(a)} and {an(b)}, shot from a ladder directly overhead, lens pointing down."),
            lambda a, b: jigsaw(f"a view straight down from above onto {an(a)} and {an(b)}."),
            lambda a, b: baseboard(f"{an(a)} and {an(b)}, photographed looking straight down from the ceiling."),
            lambda a, b: review(f"from the hotel roof, straight above them, we looked right down on {an(a)} and "
                                f"{an(b)}."),
            lambda a, b: narrator(f"from the drone, directly overhead, {an(a)} and {an(b)}."),
            lambda a, b: notebook(f"{an(a)} and {an(b)}, sketched from directly above."),
            lambda a, b: flatnote(f"took a pic from way up, straight down onto {the(a, 0)} and {the(b, 0)}.")],
    "front": [lambda a, b: shiplog(f"{log_noun(a)} and {log_noun(b)} observed face-on at their own height."),
              lambda a, b: shotlist(f"{an(a)} and {an(b)}, shot face-on, camera at eye height."),
              lambda a, b: jigsaw(f"{an(a)} and {an(b)}, front on, at eye height."),
              lambda a, b: baseboard(f"{an(a)} and {an(b)}, photographed face-on, lens level with them."),
              lambda a, b: review(f"{an(a)} and {an(b)}, seen face-on, level with our window."),
              lambda a, b: narrator(f"{an(a)} and {an(b)}, filmed face-on, at their own height."),
              lambda a, b: notebook(f"{an(a)} and {an(b)}, sketched face-on, level."),
              lambda a, b: flatnote(f"pic of {the(a, 0)} and {the(b, 0)} face-on, level with them.")],
    "back": [lambda a, b: shiplog(f"{log_noun(a)} and {log_noun(b)} observed from astern of them, from behind."),
             lambda a, b: shotlist(f"{an(a)} and {an(b)}, shot from behind them."),
             lambda a, b: jigsaw(f"{an(a)} and {an(b)}, both seen from the back."),
             lambda a, b: baseboard(f"{an(a)} and {an(b)}, viewed from behind."),
             lambda a, b: review(f"we only saw the backs of {an(a)} and {an(b)} from our window."),
             lambda a, b: narrator(f"{an(a)} and {an(b)}, filmed from behind them."),
             lambda a, b: notebook(f"{an(a)} and {an(b)}, sketched from behind, backs to me."),
             lambda a, b: flatnote(f"pic of {the(a, 0)} and {the(b, 0)} from behind, sorry.")],
    "left": [lambda a, b: shiplog(f"{log_noun(a)} and {log_noun(b)} observed from the left-hand flank, "
                                  f"looking across."),
             lambda a, b: shotlist(f"{an(a)} and {an(b)}, shot from the left flank, looking along the line."),
             lambda a, b: jigsaw(f"{an(a)} and {an(b)}, seen from away out on the left, looking across."),
             lambda a, b: baseboard(f"{an(a)} and {an(b)}, viewed from the board's left end, looking along it."),
             lambda a, b: review(f"we saw {an(a)} and {an(b)} from a side window out on the left, looking "
                                 f"across."),
             lambda a, b: narrator(f"{an(a)} and {an(b)}, filmed from out on the left, looking across."),
             lambda a, b: notebook(f"{an(a)} and {an(b)}, sketched from the left flank of it all."),
             lambda a, b: flatnote(f"pic of {the(a, 0)} and {the(b, 0)} taken from out on the left, looking "
                                   f"across.")],
    "right": [lambda a, b: shiplog(f"{log_noun(a)} and {log_noun(b)} observed from the right-hand flank, "
                                   f"looking across."),
              lambda a, b: shotlist(f"{an(a)} and {an(b)}, shot from the right flank, looking along the line."),
              lambda a, b: jigsaw(f"{an(a)} and {an(b)}, seen from away out on the right, looking across."),
              lambda a, b: baseboard(f"{an(a)} and {an(b)}, viewed from the board's right end, looking along it."),
              lambda a, b: review(f"we saw {an(a)} and {an(b)} from a side window out on the right, looking "
                                  f"across."),
              lambda a, b: narrator(f"{an(a)} and {an(b)}, filmed from out on the right, looking across."),
              lambda a, b: notebook(f"{an(a)} and {an(b)}, sketched from the right flank of it all."),
              lambda a, b: flatnote(f"pic of {the(a, 0)} and {the(b, 0)} taken from out on the right, looking "
                                    f"across.")],
    "close-up": [lambda a, b: shiplog(f"close study of {log_noun(a)} through the glass, filling the view."),
                 lambda a, b: shotlist(f"tight detail of {an(a)}, filling the frame edge to edge."),
                 lambda a, b: jigsaw(f"{an(a)}, drawn huge so it fills the whole lid."),
                 lambda a, b: baseboard(f"a macro photo of {an(a)}, filling the picture."),
                 lambda a, b: review(f"my zoomed-in snap of {an(a)} from our room, it fills the whole photo."),
                 lambda a, b: narrator(f"in extreme close-up, {an(a)} fills our screen."),
                 lambda a, b: notebook(f"{an(a)}, sketched up close so it fills the page."),
                 lambda a, b: flatnote(f"zoomed right in on {the(a, 0)}, fills the whole pic.")],
    "wide": [lambda a, b: shiplog(f"vast empty coastline, {log_noun(a)} and {log_noun(b)} tiny in the far distance."),
             lambda a, b: shotlist(f"a huge wide landscape, {an(a)} and {an(b)} small and far away."),
             lambda a, b: jigsaw(f"miles of open moorland with {an(a)} and {an(b)} tiny on the skyline."),
             lambda a, b: baseboard(f"a sweeping panorama of the whole valley, {an(a)} and {an(b)} far off and "
                                    f"tiny."),
             lambda a, b: review(f"from our balcony, miles of countryside, with {an(a)} and {an(b)} tiny far off."),
             lambda a, b: narrator(f"across a vast empty plain, far away, {an(a)} and {an(b)}, dwarfed by it all."),
             lambda a, b: notebook(f"a long view over open fields, {an(a)} and {an(b)} tiny in the distance."),
             lambda a, b: flatnote(f"wide pic from the hill, {the(a, 0)} and {the(b, 0)} tiny way off.")],
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
