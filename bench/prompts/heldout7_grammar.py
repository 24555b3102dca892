"""Writes the SEVENTH held-out layout prompts (bench/prompts/heldout7/*.jsonl) from a grammar.

    .venv/bin/python bench/prompts/heldout7_grammar.py

Why a seventh held-out set: the sixth one (bench/prompts/heldout6/) has been read while building
(session 2026-12-07), so its figure now measures some fit too. This set was written without
reading the implementation, its tests or its documentation (only the bench's scorers,
bench/layout.py, bench/scenes.py and bench/layout_selfcheck.py, the benchmark section of the
README, and the existing prompt sets and grammars in bench/prompts, so as to differ from them).
Run it once, with ``--failures 0``:

- phrasings: no template of the other sets is reused (each was looked for in the other sets'
  prompts and reworded where one was found). Each kind is said in several registers people
  actually use: product-photo briefs ("product shot: X screen-left, Y screen-right, white
  seamless backdrop", "X sharp in front, Y soft-focus behind", "X on the left, copy space on the
  right"), children's-story sentences ("once upon a time X lived just to the left of Y."), game
  level notes ("level layout: X in the middle of the screen, Y left of it on screen", "level
  design: X near the camera, Y deeper in the scene"), museum-catalogue entries ("Exhibit 12. X,
  shown at the left of Y."), casual texting in lower case without articles ("x on left, y on
  right pls", "need x on top of y, thx", "x under y lol") and long single sentences ("i want a
  picture where X is over on the left hand side and Y is ..."); and shapes the other sets do not
  use: "X (left) + Y (right)", "X positioned leftward of Y", "X set atop Y", "the space under X
  holds Y", "closest to us is X; beyond it, Y", "X is the closer of the two, Y the farther", "X
  a whisker away from Y", "X screening Y from view", "only a sliver of X shows past Y", "Y and Z
  on either side of X", "twin Ys and X between them", "N Xs making a ring with Y as its hub",
  "N Xs evenly spaced on a circle centred on Y", counts as "qty N", "Xs, N of them", "make it
  N", "N Xs and not a single one extra", digits in casual requests, facing as "nose-on to the
  camera", "swivelled round to look at us", "side-on, turned to our left", "making for the left
  of the picture", views as "a straight-down shot", "the camera at their backs", "the whole set
  filmed from its left end", "shot with the lens almost touching it", "a tiny speck in a vast
  valley". Now and then a request in front ("could you do", "looking for") and a style or
  quality tail behind ("voxel art", "--v 6"). Left and right are always the viewer's ("screen
  left", "our left"); stage left is never used;
- vocabulary: the main noun pools share no noun with any other prompt set, nor with any quoted
  word in the other grammars (the script checks both): kitchen gadgets, desk and games-room
  things, toys and gadgets, songbirds, insects and small reptiles, antelopes, wild goats and
  marsupials of three continents, birds of New Zealand and the tropics, sports people, stage and
  circus crew, old crafts, folklore beings of Japan, the Philippines, Scandinavia and Russia,
  lorries, buggies and flying machines, towers, trees of warm and cold countries, trolleys,
  desks and work benches, invented first names; a small FAMILIAR pool of everyday nouns that
  other sets use is drawn about one time in ten, as a real user would;
- physically plausible: small things go on and under furniture with room under it, big things
  stand behind small ones (never the other way round), only lorries, vans, big machines and
  buildings (or the everyday bus and tractor) hide an animal or a person, things far off in a
  wide shot are big, seats go round tables only and only people, marsh birds and the swamp
  antelope round a pond;
- no prompt equals or contains (as a whole-word sequence) a prompt of any other part, layout or
  scene: drawn again until it does not (the script checks).

Nothing outside bench/prompts may import this file, name it, or quote its prompts; nobody should
tune the parser on them. The truth is written with each prompt by the grammar (the meaning of
the words, chosen by hand), never read from the implementation. Deterministic (seed 38669).
Same JSON as the other sets: {"prompt": ..., "expect": {"objects": {...}, "relations": [...],
"facing": [...], "camera": ...}}; object names are the nouns as written, singular.
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "heldout7"
ME = "heldout7"
rng = random.Random(38669)
PER_KIND = 44  # prompts per relation kind, per composition region; facing has 48

# ------------------------------------------------------------- vocabulary ---
# Fresh pools: no noun here is in any other prompt set or quoted in another grammar (checked in main()).
TABLETOP = ["milk frother", "cafetiere", "cruet set", "tuning fork", "ocarina", "harmonica", "kazoo", "calculator",
            "label maker", "glue gun", "flashlight", "toy robot", "magnifying glass", "mandoline", "salad spinner",
            "garlic press", "potato masher", "tagine", "fondue set", "sandwich toaster", "soda siphon",
            "cocktail shaker", "webcam", "smart speaker", "drum machine", "megaphone", "desk tidy", "letter tray",
            "rolodex", "fountain pen", "letter opener", "slinky", "bobblehead", "action figure", "toast rack",
            "soap dish", "powder compact", "humidor", "chess clock", "dice cup", "bell jar", "bird cage",
            "sweet jar", "ant farm", "zoetrope", "magic eight ball"]
SMALL = TABLETOP + ["hobby horse", "pogo stick", "loudspeaker", "plush rabbit", "backgammon board", "game console",
                    "paper shredder", "mahjong set"]
PERCHERS = ["budgerigar", "tree frog", "anole", "degu", "hermit crab", "finch", "robin", "goldcrest"]
SUPPORTS = ["butcher's block", "plant stand", "hostess trolley", "nesting table", "davenport", "highboy", "etagere",
            "drinks trolley", "coffee cart", "window seat", "escritoire", "teacher's desk", "lab bench", "cake table",
            "ping pong table", "light table", "cutting table"]
COVERS = ["ping pong table", "cutting table", "lab bench", "examination couch", "light table", "cake table",
          "teacher's desk"]
UNDER_SUBJECTS = ["degu", "jerboa", "kangaroo rat", "pika", "tarantula", "snail", "hermit crab", "backgammon board",
                  "mahjong set", "game console", "loudspeaker", "paper shredder", "plush rabbit", "bird cage",
                  "ant farm"]
PETS = ["budgerigar", "tree frog", "anole", "degu", "hermit crab", "finch", "robin", "nuthatch", "goldcrest", "siskin",
        "linnet", "newt", "stick insect", "praying mantis", "tarantula", "ladybird", "jerboa", "kangaroo rat", "pika"]
WILD = ["gerenuk", "klipspringer", "sitatunga", "topi", "tahr", "goral", "bharal", "bongo", "dik-dik", "tamandua",
        "paca", "viscacha", "tayra", "quoll", "pademelon", "margay", "aye-aye", "lyrebird", "bowerbird", "kakapo",
        "takahe", "weka", "kea", "seriema", "hoatzin", "quetzal", "motmot", "trogon", "oriole", "waxwing", "shrike",
        "dipper", "bee-eater", "yellowhammer"]
CREATURES = PETS + WILD
# big enough to stand behind a small thing, and to show far off
BIG_WILD = ["gerenuk", "klipspringer", "sitatunga", "topi", "tahr", "goral", "bharal", "bongo", "tamandua"]
TRADES = ["snooker player", "darts player", "batsman", "wicket keeper", "rower", "javelin thrower", "discus thrower",
          "pole vaulter", "luchador", "mascot", "majorette", "lollipop lady", "window cleaner", "toastmaster",
          "sous chef", "roadie", "stagehand", "projectionist", "bouncer", "bookmaker", "optician", "orthodontist",
          "radiographer", "vet", "swineherd", "cooper", "tanner", "cordwainer", "bowyer", "poacher", "ghillie",
          "ranger", "park keeper", "greenkeeper", "influencer", "vlogger", "podcaster", "programmer",
          "receptionist", "nanny", "archivist", "lexicographer", "choreographer", "fire eater", "sword swallower",
          "escapologist", "hypnotist", "palm reader", "tarot reader"]
FOLK = ["kitsune", "kappa", "tikbalang", "duende", "nisse", "tomte", "huldra", "draugr", "domovoi", "rusalka", "leshy",
        "kikimora"]
PEOPLE = TRADES + FOLK
NAMES = ["Zorabel", "Ottavian", "Elsbeth", "Rudiger", "Wystan", "Yannick", "Zenobia", "Benedetta", "Corisande",
         "Dagobert", "Emrys", "Fiametta", "Gwenllian", "Kenelm", "Loveday", "Melisande", "Norbert", "Pelham",
         "Roswitha", "Sigismund", "Tullia", "Valdemar"]
LARGE = ["snowcat", "bin lorry", "auto rickshaw", "jeepney", "seaplane", "glider", "autogyro", "moon buggy",
         "minaret", "ziggurat", "arbour", "banyan", "sequoia", "jacaranda", "eucalyptus", "ginkgo", "tamarind",
         "date palm", "coconut palm", "cork oak", "holm oak", "laburnum", "catalpa", "tulip tree", "larch", "spruce",
         "aspen", "alder", "poplar", "linden", "acacia", "joshua tree", "dumper truck", "tipper truck",
         "car transporter", "breakdown truck", "fuel tanker", "recycling lorry", "gypsy caravan", "hansom cab",
         "threshing machine", "mobile crane", "golf buggy", "saloon car", "people carrier", "burger van"]
BULKY = ["snowcat", "bin lorry", "jeepney", "dumper truck", "tipper truck", "car transporter", "breakdown truck",
         "fuel tanker", "recycling lorry", "gypsy caravan", "threshing machine", "people carrier", "burger van",
         "minaret", "ziggurat"]
RING_CENTRES = ["banyan", "sequoia", "ginkgo", "date palm", "stump", "bale", "log pile", "dais", "minaret",
                "frog pond", "ping pong table", "cutting table"]
RING_MEMBERS = ["bentwood chair", "swivel stool", "ladderback chair", "cafe chair", "rower", "majorette", "mascot",
                "stagehand", "ranger", "roadie", "fire eater", "luchador", "nisse", "tomte", "pademelon", "tahr",
                "goral", "kea", "weka", "takahe", "sitatunga"]
SEATS = {"bentwood chair", "swivel stool", "ladderback chair", "cafe chair"}
SEAT_CENTRES = {"ping pong table", "cutting table"}  # chairs and stools go round a table only
WATER = {"frog pond"}  # only people, marsh birds and the swamp antelope stand round a pond
WATERSIDE = {"rower", "majorette", "mascot", "stagehand", "ranger", "roadie", "fire eater", "luchador", "nisse",
             "tomte", "takahe", "weka", "sitatunga"}
# Everyday nouns that other sets also use: drawn only now and then (FAMILIAR_SHARE), the way a
# real user mixes common and rare words.
FAMILIAR = ["dog", "cat", "chair", "lamp", "bicycle", "car", "tree", "horse", "cup", "umbrella", "bucket", "sheep",
            "vase", "bottle", "fox", "elephant", "boy", "woman", "bus", "tractor", "girl", "man", "book", "box"]
FAMILIAR_SUPPORTS = ["table", "desk", "dresser"]
FAMILIAR_COVERS = ["table", "desk", "bed"]
FAR_FAMILIAR = ["tree", "horse", "elephant", "bus", "tractor", "car"]  # big enough to show far off
FAMILIAR_SHARE = 0.1

ADJECTIVES = ["dusty", "chrome", "polka-dot", "rust-red", "sky-blue", "cherry-red", "brand-new", "chipped", "glossy",
              "matte-black"]
UNDESCRIBED = {"banyan", "sequoia", "jacaranda", "eucalyptus", "ginkgo", "tamarind", "date palm", "coconut palm",
               "cork oak", "holm oak", "laburnum", "catalpa", "tulip tree", "larch", "spruce", "aspen", "alder",
               "poplar", "linden", "acacia", "joshua tree", "frog pond", "stump", "bale", "log pile", "dais",
               "minaret", "ziggurat", "arbour", "tree", "cruet set", "fondue set", "mahjong set"}
CREATURE_ADJECTIVES = ["scruffy", "curious", "skinny", "drowsy", "alert", "glossy-coated", "stocky"]
PEOPLE_ADJECTIVES = ["smiling", "freckled", "sunburnt", "moustached", "cheerful", "nervous", "lanky"]
TAILS = [", shot on iphone", ", studio lighting, 4k", ", watercolour wash", ", isometric", ", voxel art",
         ", charcoal sketch", ", shallow depth of field", ", retro pixel art", ", oil painting", ", cinematic lighting",
         ", --v 6", ", product photography", ", chiaroscuro", ", tilt-shift", ", 16-bit", ", comic panel",
         ", felt craft", ", papercut art", ", glossy magazine style", ", award-winning photo", ", muted earth tones",
         ", hand drawn, no 3d"]
TAIL_SHARE = 0.25

# Openers for a prompt that is a noun phrase, the way requests are typed into image tools.
REQUESTS = ["create ", "render ", "could you do ", "looking for ", "please draw ", "visualise ", "an image of ",
            "show ", "give me ", "quick sketch of ", "need "]
REQUEST_SHARE = 0.3
# Openers for a prompt that is a sentence: chat, a brief, a story, a level note.
LEADS = ["btw ", "quick one: ", "Brief: ", "Story time. ", "Level 7: ", "note to artist: ", "okay so ", "Caption: "]
LEAD_SHARE = 0.25

PLURALS = {"lollipop lady": "lollipop ladies", "praying mantis": "praying mantises", "bowerbird": "bowerbirds",
           "sous chef": "sous chefs", "dik-dik": "dik-diks", "fire eater": "fire eaters", "magnifying glass":
           "magnifying glasses", "cruet set": "cruet sets", "man": "men", "woman": "women", "sheep": "sheep",
           "tree frog": "tree frogs", "hermit crab": "hermit crabs"}
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
    """'a kazoo', 'an ocarina', sometimes 'a chipped ocarina'; names stay bare."""
    if noun in NAMES:
        return noun
    if rng.random() < describe and noun not in UNDESCRIBED:
        pool = {"person": PEOPLE_ADJECTIVES, "creature": CREATURE_ADJECTIVES}.get(kind_of(noun), ADJECTIVES)
        noun = f"{rng.choice(pool)} {noun}"
    return f"{article(noun)} {noun}"


def An(noun: str) -> str:
    text = an(noun)
    return text[0].upper() + text[1:]


def bare(noun: str) -> str:
    """Casual texting: no article."""
    return noun


def lived(noun: str) -> str:
    """A story's verb: people and animals live somewhere, things stand there."""
    return "stood" if kind_of(noun) == "thing" else "lived"


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
    """Now and then a request in front (noun phrases) or a lead (sentences), and a style tail behind.
    None: a brief, a story line, a catalogue entry or a text message, kept as it is in front."""
    if noun_phrase and rng.random() < REQUEST_SHARE:
        text = rng.choice(REQUESTS) + text
    elif noun_phrase is False and lead and rng.random() < LEAD_SHARE:
        said = rng.choice(LEADS)
        text = said + (text[0].upper() + text[1:] if said.endswith(". ") else text)
    casual = text.endswith(CASUAL_ENDS)  # texting: lower case, no tail
    if rng.random() < TAIL_SHARE and not casual:
        text = text.rstrip(".!") + rng.choice(TAILS)
    return text if casual else text[0].upper() + text[1:]


CASUAL_ENDS = (" pls", " thx", " lol", " ok", " ty", " asap")


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
    for folder in ("heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6"):
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
    two of its nouns share a word (a tulip tree beside a tree)."""
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
# Each phrasing: (template returning the text, whether the text is a noun phrase: True, a
# sentence: False, or a brief, story line, catalogue entry or text message kept as it is: None).
# The subject s and the object o are nouns; the truth is [s, kind, o] whatever order the words
# put them in. Left and right are the viewer's throughout.

LEFT = [
    (lambda s, o: f"product shot: {an(s)} screen-left, {an(o)} screen-right, white seamless backdrop", None),
    (lambda s, o: f"once upon a time {an(s)} {lived(s)} just to the left of {an(o)}.", None),
    (lambda s, o: f"{bare(s)} on left, {bare(o)} on right pls", None),
    (lambda s, o: f"Exhibit {rng.randint(2, 40)}. {An(s)}, shown at the left of {an(o)}.", None),
    (lambda s, o: f"level layout: {an(o)} in the middle of the screen, {an(s)} left of {it(o)} on screen", None),
    (lambda s, o: f"{an(o)} and, further to the left in the picture, {an(s)}", True),
    (lambda s, o: f"{an(s)} positioned leftward of {an(o)}", True),
    (lambda s, o: f"i want a picture where {an(s)} is over on the left hand side and {an(o)} is over on the right "
                  f"hand side and nothing else is in it really", None),
    (lambda s, o: f"{an(s)} (left) + {an(o)} (right)", True),
    (lambda s, o: f"{an(s)}, {an(o)}, the first to the left of the second", True),
    (lambda s, o: f"from where we're looking, {an(s)} is left of {an(o)}", False),
]
RIGHT = [
    (lambda s, o: f"product shot: {an(o)} screen-left, {an(s)} screen-right, white seamless backdrop", None),
    (lambda s, o: f"once upon a time {an(s)} {lived(s)} just to the right of {an(o)}.", None),
    (lambda s, o: f"{bare(o)} on left, {bare(s)} on right pls", None),
    (lambda s, o: f"Exhibit {rng.randint(2, 40)}. {An(s)}, shown at the right of {an(o)}.", None),
    (lambda s, o: f"level layout: {an(o)} in the middle of the screen, {an(s)} right of {it(o)} on screen", None),
    (lambda s, o: f"{an(o)} and, further to the right in the picture, {an(s)}", True),
    (lambda s, o: f"{an(s)} positioned rightward of {an(o)}", True),
    (lambda s, o: f"i want a picture where {an(o)} is over on the left hand side and {an(s)} is over on the right "
                  f"hand side and nothing else is in it really", None),
    (lambda s, o: f"{an(o)} (left) + {an(s)} (right)", True),
    (lambda s, o: f"{an(s)}, {an(o)}, the first to the right of the second", True),
    (lambda s, o: f"from where we're looking, {an(s)} is right of {an(o)}", False),
]
ON = [
    (lambda s, o: f"product photo: {an(s)} displayed on {an(o)}, soft shadows", None),
    (lambda s, o: f"look! {an(s)} is sitting right on top of {an(o)}!", None),
    (lambda s, o: f"need {bare(s)} on top of {bare(o)}, thx", None),
    (lambda s, o: f"{an(s)} (shown resting upon {an(o)})", True),
    (lambda s, o: f"{an(o)} with {an(s)} perched on its top", True),
    (lambda s, o: f"{an(s)} set atop {an(o)}", True),
    (lambda s, o: f"{an(o)}; on its surface, {an(s)}", True),
    (lambda s, o: f"{an(s)} on the flat top of {an(o)}", True),
    (lambda s, o: f"game prop placement: {an(s)} on {an(o)}", None),
    (lambda s, o: f"{an(o)}, {an(s)} sitting up on it", True),
    (lambda s, o: f"up on {an(o)} there is {an(s)}", False),
]
UNDER = [
    (lambda s, o: f"{an(s)} hiding underneath {an(o)}" if kind_of(s) == "creature" else
     f"{an(s)} stashed underneath {an(o)}", True),
    (lambda s, o: f"under {an(o)}, {an(s)}", False),
    (lambda s, o: f"{an(o)} with {an(s)} down below it on the floor", True),
    (lambda s, o: f"{bare(s)} under {bare(o)} lol", None),
    (lambda s, o: f"{an(o)}, and stowed below it, {an(s)}", True),
    (lambda s, o: f"the space under {an(o)} holds {an(s)}", False),
    (lambda s, o: f"{an(s)} {'napping' if kind_of(s) == 'creature' else 'left lying'} below {an(o)}", True),
    (lambda s, o: f"once upon a time {an(s)} lived under {an(o)}." if kind_of(s) == "creature" else
     f"once upon a time somebody forgot {an(s)} under {an(o)}.", None),
    (lambda s, o: f"product shot of {an(o)} with {an(s)} stored under it", None),
]
FRONT = [
    (lambda s, o: f"{an(s)} up close, {an(o)} taking up the distance", True),
    (lambda s, o: f"{an(o)} at the back of the shot and {an(s)} nearer to the camera", True),
    (lambda s, o: f"{bare(s)} in front of {bare(o)} ok", None),
    (lambda s, o: f"{an(s)} between the camera and {an(o)}", True),
    (lambda s, o: f"once upon a time {an(s)} stood in front of {an(o)}.", None),
    (lambda s, o: f"level design: {an(s)} near the camera, {an(o)} deeper in the scene", None),
    (lambda s, o: f"{an(s)}, {an(o)} further back behind {it(s)}", True),
    (lambda s, o: f"product photo: {an(s)} up front, {an(o)} blurred behind", None),
    (lambda s, o: f"{an(s)} set a few paces forward of {an(o)}, towards us", True),
    (lambda s, o: f"closest to us is {an(s)}; beyond {it(s)}, {an(o)}", False),
]
BEHIND = [
    (lambda s, o: f"{an(s)} in the background, {an(o)} in the foreground", True),
    (lambda s, o: f"{an(o)} is the closer of the two, {an(s)} the farther", False),
    (lambda s, o: f"{bare(o)} in front, {bare(s)} behind {it(o)} ty", None),
    (lambda s, o: f"{an(s)} looming at the back, past {an(o)}", True),
    (lambda s, o: f"once upon a time {an(s)} stood behind {an(o)}.", None),
    (lambda s, o: f"level design: {an(o)} near the camera, {an(s)} deeper in the scene", None),
    (lambda s, o: f"{an(o)} with {an(s)} a good distance behind {it(o)}", True),
    (lambda s, o: f"product photo: {an(o)} sharp in front, {an(s)} soft-focus behind", None),
    (lambda s, o: f"past {an(o)}, further from the camera, stands {an(s)}", False),
    (lambda s, o: f"{an(s)} standing back behind {an(o)}", True),
]
NEAR = [
    (lambda s, o: f"{an(s)} a whisker away from {an(o)}", True),
    (lambda s, o: f"{an(s)} brushing up against {an(o)}", True),
    (lambda s, o: f"{bare(s)} next to {bare(o)} pls", None),
    (lambda s, o: f"{an(s)} and {an(o)}, barely apart", True),
    (lambda s, o: f"once upon a time {an(s)} lived close beside {an(o)}." if kind_of(s) != "thing" else
     f"once upon a time somebody left {an(s)} close beside {an(o)}.", None),
    (lambda s, o: f"{an(s)} right up beside {an(o)}", True),
    (lambda s, o: f"{an(s)} nestled close to {an(o)}", True),
    (lambda s, o: f"{an(s)} with {an(o)} immediately beside {it(s)}", True),
    (lambda s, o: f"product photo: {an(s)} grouped closely with {an(o)}", None),
    (lambda s, o: f"{an(s)} no distance at all from {an(o)}", True),
]
HIDDEN = [
    (lambda s, o: f"{an(s)} mostly hidden behind {an(o)}", True),
    (lambda s, o: f"{an(o)} screening {an(s)} from view", True),
    (lambda s, o: f"{bare(s)} {'hiding' if kind_of(s) != 'thing' else 'stuck'} behind {bare(o)}, "
                  f"can barely see {it(s)} lol", None),
    (lambda s, o: f"once upon a time {an(s)} hid behind {an(o)} so that nobody could see {it(s)}.", None),
    (lambda s, o: f"{an(s)} lurking behind {an(o)}, nearly invisible", True),
    (lambda s, o: f"level design: {an(s)} concealed behind {an(o)}, out of sight", None),
    (lambda s, o: f"{an(o)} stands in front of {an(s)} and hides most of {it(s)}", False),
    (lambda s, o: f"only a sliver of {an(s)} shows past {an(o)}", False),
    (lambda s, o: f"{an(s)}, almost completely hidden by {an(o)}", True),
    (lambda s, o: f"{an(o)} masking nearly all of {an(s)}", True),
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
    lambda s, x, y: (f"{an(x)} and {an(y)} on either side of {an(s)}", True),
    lambda s, x, y: (f"{an(x)} on the far left, {an(y)} on the far right and {an(s)} in the middle", True),
    lambda s, x, y: (f"{bare(s)} in between {bare(x)} and {bare(y)} asap", None),
    lambda s, x, y: (f"once upon a time {an(s)} stood between {an(x)} and {an(y)}.", None),
    lambda s, x, y: (f"product shot: {an(x)}, {an(s)}, {an(y)}, with {the(s)} in the middle", None),
    lambda s, x, y: (f"{an(x)} and {an(y)}, with {an(s)} exactly in the middle of the two", True),
    lambda s, x, y: (f"{an(s)} placed in the space separating {an(x)} from {an(y)}", True),
    lambda s, x, y: (f"level layout: {an(x)} and {an(y)} with a gap between, {an(s)} placed in that gap", None),
]
BETWEEN_PAIR = [
    lambda s, x: (f"{an(s)} with one {x} either side of {it(s)}", True),
    lambda s, x: (f"twin {plural(x)} and {an(s)} between them", True),
    lambda s, x: (f"{an(s)} standing between two {plural(x)}", True),
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
    lambda n, r, c: (f"{many(n, r)} making a ring with {an(c, 0)} as its hub", True),
    lambda n, r, c: (f"{an(c, 0)}, a ring of {many(n, r)} enclosing it", True),
    lambda n, r, c: (f"{an(c, 0)}: {n} {plural(r)} in a ring round it", True),
    lambda n, r, c: ((f"once upon a time {many(n, r)} {'stood' if r in SEATS else 'danced'} in a circle around "
                      f"{an(c, 0)}."), None),
    lambda n, r, c: (f"{many(n, r)} forming a loop around {an(c, 0)}", True),
    lambda n, r, c: (f"level design: {an(c, 0)} in the centre with {many(n, r)} placed in a circle around it", None),
    lambda n, r, c: (f"{an(c, 0)} with {many(n, r)} stationed the whole way round it in a circle", True),
    lambda n, r, c: (f"{many(n, r)} evenly spaced on a circle centred on {an(c, 0)}", True),
    lambda n, r, c: (f"{an(c, 0)}, and in a circle all about it, {many(n, r)}", True),
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
    rows += pairwise("behind", BEHIND, LARGE + BIG_WILD, SMALL + PETS + PEOPLE + NAMES, ["tree", "elephant", "bus"],
                     FAMILIAR)
    rows += pairwise("near", NEAR, movable, LARGE + SUPPORTS + CREATURES + PEOPLE, FAMILIAR, FAMILIAR)
    rows += pairwise("hidden_by", HIDDEN, CREATURES + PEOPLE, BULKY, ["dog", "horse", "sheep", "bicycle"],
                     ["bus", "tractor"])
    rows += between()
    rows += around()
    return rows


# -------------------------------------------------------------- composition ---

REGIONS = {
    "centre": [lambda a: (f"{an(a)} alone in mid-frame", True),
               lambda a: (f"product photo: {an(a)}, centred on a seamless white background", None),
               lambda a: (f"{bare(a)} in the center pls", None),
               lambda a: (f"{an(a)} positioned dead on the centre point of the image", True),
               lambda a: (f"Exhibit {rng.randint(2, 40)}. {An(a)}, photographed centrally.", None),
               lambda a: (f"once upon a time there was {an(a)} right in the middle of the picture.", None),
               lambda a: (f"{an(a)} at the midpoint of the frame, equal space on every side", True),
               lambda a: (f"level intro screen: {an(a)} centre screen", None)],
    "image_left": [lambda a: (f"{an(a)} near the left border of the image", True),
                   lambda a: (f"product photo: {an(a)} on the left, copy space on the right", None),
                   lambda a: (f"{bare(a)} on the left side, rest empty pls", None),
                   lambda a: (f"{an(a)} shoved over to the left-hand edge", True),
                   lambda a: (f"Exhibit {rng.randint(2, 40)}. {An(a)}, shown at the left of the photograph.", None),
                   lambda a: (f"once upon a time there was {an(a)} on the very left of the page.", None),
                   lambda a: (f"{an(a)} tucked into the left margin of the composition", True),
                   lambda a: (f"level intro screen: {an(a)} screen-left", None)],
    "image_right": [lambda a: (f"{an(a)} near the right border of the image", True),
                    lambda a: (f"product photo: {an(a)} on the right, copy space on the left", None),
                    lambda a: (f"{bare(a)} on the right side, rest empty pls", None),
                    lambda a: (f"{an(a)} shoved over to the right-hand edge", True),
                    lambda a: (f"Exhibit {rng.randint(2, 40)}. {An(a)}, shown at the right of the photograph.",
                               None),
                    lambda a: (f"once upon a time there was {an(a)} on the very right of the page.", None),
                    lambda a: (f"{an(a)} tucked into the right margin of the composition", True),
                    lambda a: (f"level intro screen: {an(a)} screen-right", None)],
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

COUNTABLE = ["tuning fork", "ocarina", "harmonica", "kazoo", "fountain pen", "bobblehead", "action figure",
             "dice cup", "bell jar", "toy robot", "joystick", "webcam", "loudspeaker", "megaphone", "sock puppet",
             "budgerigar", "finch", "robin", "nuthatch", "goldcrest", "siskin", "linnet", "waxwing", "oriole", "kea",
             "weka", "anole", "newt", "ladybird", "stag beetle", "rower", "majorette", "mascot", "roadie",
             "stagehand", "ranger", "pole vaulter", "luchador", "vlogger", "bentwood chair", "swivel stool",
             "golf buggy", "saloon car"]
IRREGULAR = ["lollipop lady", "praying mantis", "bowerbird", "sous chef", "dik-dik", "fire eater",
             "magnifying glass", "firefly", "dragonfly", "shaving brush", "compass", "tree frog", "hermit crab",
             "bee-eater", "wicket keeper", "kangaroo rat"]
COUNT_ONE = [lambda x: (f"only the one {x}", True), lambda x: (f"one lonely {x}", True),
             lambda x: (f"{article(x)} {x} all alone", True),
             lambda x: (f"a single {x}, no others", True)]
COUNT_MANY = [
    lambda n, x: (f"{WORDS[n]} {plural(x)} all told", True),
    lambda n, x: (f"qty {n} {plural(x)}", True),
    lambda n, x: (f"make it {WORDS[n]} {plural(x)}", None),
    lambda n, x: (f"{WORDS[n]} {plural(x)} and not a single one extra", True),
    lambda n, x: (f"{WORDS[n]} {plural(x)} in a neat row", True),
    lambda n, x: (f"need {n} {plural(x)} pls", None),
    lambda n, x: (f"once upon a time there were {WORDS[n]} {plural(x)}.", None),
    lambda n, x: (f"{WORDS[n]} {plural(x)} in a loose huddle", True),
    lambda n, x: (f"product photo: {WORDS[n]} {plural(x)} arranged for the catalogue", None),
    lambda n, x: (f"{plural(x)}, {WORDS[n]} of them", True),
    lambda n, x: (f"{WORDS[n]} {plural(x)} crammed together", True),
    lambda n, x: (f"level 3 has {WORDS[n]} {plural(x)} in it", None),
]
COUNT_FIXED: dict[str, int] = {}  # every count here is said as a number
LONE = "letter opener"
MIXED = [lambda n, x, m, y: (f"{WORDS[n]} {plural(x)} accompanied by {WORDS[m]} {plural(y)}", {x: n, y: m}),
         lambda n, x, m, y: (f"{n} {plural(x)}, {m} {plural(y)} and a single {LONE}", {x: n, y: m, LONE: 1}),
         lambda n, x, m, y: (f"{WORDS[n]} {plural(x)}, then {WORDS[m]} {plural(y)}, that is all", {x: n, y: m}),
         lambda n, x, m, y: (f"{WORDS[n]} {plural(x)} & {WORDS[m]} {plural(y)}", {x: n, y: m})]


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


# ------------------------------------------------------------------- facing ---

FACE_ANIMALS = ["gerenuk", "klipspringer", "sitatunga", "topi", "tahr", "goral", "bongo", "dik-dik", "tamandua",
                "kakapo", "takahe", "seriema", "lyrebird", "pademelon", "quoll"]
FACE_VEHICLES = ["snowcat", "bin lorry", "auto rickshaw", "jeepney", "dumper truck", "tipper truck",
                 "breakdown truck", "fuel tanker", "golf buggy", "saloon car", "people carrier", "burger van",
                 "moon buggy"]
FACE_PEOPLE = ["luchador", "majorette", "mascot", "toastmaster", "sous chef", "roadie", "bouncer", "optician",
               "ranger", "poacher", "ghillie", "javelin thrower", "wicket keeper", "escapologist", "hypnotist"]
FACING = {
    "camera": [lambda a, k: f"{a} looking right at the viewer" if k != "vehicle" else
               f"{a} with its front grille pointed at the viewer",
               lambda a, k: f"{a} swivelled round to look at us" if k != "vehicle" else f"{a} swung round to face us",
               lambda a, k: f"{a} nose-on to the camera" if k == "vehicle" else f"{a} squarely facing the camera",
               lambda a, k: f"{a} approaching the camera"],
    "away": [lambda a, k: f"{a} facing away from the lens",
             lambda a, k: f"{a} {'pulling' if k == 'vehicle' else 'walking'} away from us",
             lambda a, k: f"{a} turned round so we only see "
                          f"{'its tailgate' if k == 'vehicle' else 'its back' if k == 'animal' else 'their back'}",
             lambda a, k: f"{a}, rear towards us" if k != "person" else f"{a}, back towards us"],
    "left": [lambda a, k: f"{a} looking off to the left" if k != "vehicle" else f"{a} pointing off to the left",
             lambda a, k: f"{a} oriented leftwards",
             lambda a, k: f"{a} making for the left of the picture",
             lambda a, k: f"{a} side-on, turned to our left"],
    "right": [lambda a, k: f"{a} looking off to the right" if k != "vehicle" else f"{a} pointing off to the right",
              lambda a, k: f"{a} oriented rightwards",
              lambda a, k: f"{a} making for the right of the picture",
              lambda a, k: f"{a} side-on, turned to our right"],
}
MANY_FACING = {"camera": lambda group, all_, k: f"{group}, {all_} heading straight for the camera" if k == "vehicle"
               else f"{group}, {all_} looking into the lens",
               "left": lambda group, all_, k: f"{group}, each one turned to the left",
               "away": lambda group, all_, k: f"{group}, {all_} headed away from us",
               "right": lambda group, all_, k: f"{group}, each one turned to the right"}


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
                text = MANY_FACING[way](many(n, a), "both" if n == 2 else "all", kind)
                return row(dress(text, True), {a: n}, facing=[(a, way)])
            text = template(an(a), kind)
            return row(dress(text, True), {a: 1}, facing=[(a, way)])

        rows.append(fresh(make))
    return rows


# ------------------------------------------------------------------- camera ---
# Left and right views are the scene's: the camera stands on the viewer's left (right) of the
# scene as it is usually shown, never "its left side" of a thing with a front of its own.
VIEWS = {
    "top": [lambda a, b: f"{an(a)} and {an(b)} shot vertically downward from high above",
            lambda a, b: f"a straight-down shot of {an(a)}",
            lambda a, b: f"overhead shot of {an(a)}",
            lambda a, b: f"{an(a)} and {an(b)}, the camera looking vertically down on them",
            lambda a, b: f"{an(a)}, shot from the ceiling looking down"],
    "front": [lambda a, b: f"{an(a)} and {an(b)}, shot from straight in front",
              lambda a, b: f"a photo taken square to the front of {an(a)}",
              lambda a, b: f"eye-level front view of {an(a)}",
              lambda a, b: f"{an(a)} and {an(b)} photographed face-on at eye height",
              lambda a, b: f"{an(a)} photographed from {its(a)} front"],
    "back": [lambda a, b: f"{an(a)}, as someone standing right behind {it(a)} would see {it(a)}",
             lambda a, b: f"{an(a)} and {an(b)}, the camera at their backs",
             lambda a, b: f"{an(a)}, camera round the back",
             lambda a, b: f"the backs of {an(a)} and {an(b)}, the camera behind them",
             lambda a, b: f"{an(a)} from directly behind"],
    "left": [lambda a, b: f"{an(a)} and {an(b)}, camera placed at the left side of the scene",
             lambda a, b: f"side view from the scene's left of {an(a)}",
             lambda a, b: f"{an(a)} filmed from the left of the set",
             lambda a, b: f"the whole set filmed from its left end: {an(a)} and {an(b)}",
             lambda a, b: f"camera off to the left of the whole scene, pointing at {an(a)}"],
    "right": [lambda a, b: f"{an(a)} and {an(b)}, camera placed at the right side of the scene",
              lambda a, b: f"side view from the scene's right of {an(a)}",
              lambda a, b: f"{an(a)} filmed from the right of the set",
              lambda a, b: f"the whole set filmed from its right end: {an(a)} and {an(b)}",
              lambda a, b: f"camera off to the right of the whole scene, pointing at {an(a)}"],
    "close-up": [lambda a, b: f"{an(a)} in close-up, every detail visible",
                 lambda a, b: f"{an(a)} shot at macro distance",
                 lambda a, b: f"super close macro of {an(a)}",
                 lambda a, b: f"{an(a)} shot with the lens almost touching it",
                 lambda a, b: f"product close-up: {an(a)}"],
    "wide": [lambda a, b: f"wide shot: {an(a)} and {an(b)} far off in a huge empty field",
             lambda a, b: f"{an(a)}, a tiny speck in a vast valley",
             lambda a, b: f"very wide establishing view with {an(a)} in the far distance",
             lambda a, b: f"{an(a)} and {an(b)} lost in a huge expanse, far off",
             lambda a, b: f"{an(a)} dwarfed by an enormous landscape"],
}


def camera() -> list[dict]:
    things = SMALL + CREATURES + PEOPLE + LARGE
    rows = []
    for view, phrasings in VIEWS.items():
        for i in range(8):
            template = phrasings[i % len(phrasings)]

            def make():
                said = template("x", "y")
                pool = SMALL if view == "close-up" or "ceiling" in said else things
                fronted = view in ("back", "front") and ("its front" in said or view == "back")
                if fronted:
                    pool = CREATURES + PEOPLE + FACE_VEHICLES  # things with a front and a back
                if view == "wide":
                    pool = LARGE + BIG_WILD + PEOPLE  # things that still show when small and far away
                familiar = None if fronted or pool is SMALL else FAR_FAMILIAR if view == "wide" else FAMILIAR
                a = pick(pool, familiar)
                b = pick(pool if fronted or view == "wide" or pool is SMALL else things, familiar, avoid={a})
                text = template(a, b)
                objects = {a: 1, b: 1} if re.search(rf"\b{re.escape(b)}\b", text) else {a: 1}
                named_first = text.startswith(("a ", "an ")) or a in NAMES and text.startswith(a)
                named_first = named_first and not said.startswith(("a straight", "a photo"))
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
