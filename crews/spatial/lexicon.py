"""Word tables for spatial prompts, and noun -> object-library category.

Everything here is data plus one lookup (``resolve_noun``): numbers, colours, size words,
relation and camera phrases, people, and a small hand table of synonyms and hypernyms for nouns
the catalog does not name ("tiger" is a big cat, "sedan" a car). A noun nothing here knows
becomes a labelled stand-in block; the layout says so.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from functools import lru_cache

from crews.nouns import vocabulary
from studio import language, wordnet
from studio.library import load_catalog

RGB = tuple[int, int, int]

# Number words come from inflect (``studio.language``); "both" is a pronoun here, not a count.
COUNT_WORDS = {k: v for k, v in (language.NUMBER_WORDS | language.QUANTITY_WORDS).items() if v and k != "both"}
# "a herd of sheep": the collective word sets a count when no number does.
COLLECTIVES = {"group": 4, "herd": 6, "flock": 6, "pack": 4, "bunch": 4, "pile": 4, "stack": 3, "row": 5,
               "line": 5, "set": 3, "pair": 2, "couple": 2, "crowd": 8, "family": 4, "team": 5, "collection": 4,
               "cluster": 4, "fleet": 4, "bouquet": 1, "number": 4, "lot": 5, "lots": 5, "dozen": 12,
               "trio": 3, "quartet": 4, "quintet": 5, "sextet": 6, "brace": 2, "score": 20, "handful": 4,
               "heap": 4, "tower": 3, "ring": 6, "circle": 6, "column": 4, "file": 4, "queue": 4, "array": 6,
               "grid": 6, "swarm": 8, "school": 6, "pod": 4, "troop": 5, "litter": 4, "clump": 3, "batch": 4,
               "bundle": 3, "assortment": 4, "selection": 4, "variety": 4, "parade": 5, "procession": 5,
               "gaggle": 5, "pride": 4, "colony": 8, "armada": 6, "convoy": 4, "cavalcade": 5, "string": 5,
               "chain": 5, "circlet": 6, "semicircle": 5, "plenty": 6, "load": 6, "ton": 8, "multitude": 10,
               "host": 6, "army": 10, "mass": 8, "scattering": 5, "smattering": 3, "sprinkling": 4, "dash": 2,
               "total": 4, "maximum": 4, "minimum": 2}  # ("a total of nine books": nine)
# A part or portion of a thing: "a slice of cake" is the cake, as the picture shows it.
PARTITIVES = {"slice", "piece", "chunk", "wedge", "loaf", "lump", "scoop", "sprig", "clove", "bit", "fragment",
              "hunk", "morsel", "portion", "serving", "helping", "kind", "sort", "type", "species", "breed",
              "sheet", "scrap", "page", "sliver", "glimpse"}
# Parts of a thing: "on the middle shelf of a bookcase" is on the bookcase, as the layout draws it.
PARTS_OF = {"shelf", "drawer", "lid", "roof", "seat", "arm", "armrest", "leg", "handle", "bank", "branch",
            "bough", "trunk", "doorstep", "porch", "steps", "windowsill", "sill", "ledge", "hood", "bonnet", "deck",
            "bow", "stern", "bough", "crown", "canopy", "foot", "base", "rim", "brim", "surface", "tabletop", "top",
            # ... and the places on a thing: "near the front of a barrel" is near the barrel
            "side", "sides", "front", "back", "edge", "edges", "middle", "centre", "center", "corner", "corners",
            "end", "ends", "bottom", "rear", "underside", "inside", "outside", "interior", "exterior", "left",
            "right", "shade", "shadow", "tip", "peak", "summit", "wheel", "helm", "controls", "door", "gate",
            "entrance", "doorway", "window"}
# Nouns that are plural in form and one thing: "a pair of scissors" is one pair.
PLURALIA = language.PAIR_NOUNS
# Groups of people named by one word: "a couple on a bench" is two people.
PEOPLE_GROUPS = {"couple": 2, "family": 4, "crowd": 8, "trio": 3, "quartet": 4, "choir": 6, "gang": 4,
                 "threesome": 3, "twosome": 2, "foursome": 4}
# Collective words that are an exact number ("two pairs of socks" is four socks, "two dozen" 24);
# the others name a group of about that many ("a row of bottles").
UNITS = {"pair", "couple", "brace", "trio", "quartet", "quintet", "sextet", "dozen", "score"}
# The arrangement a collective word implies: "a row of bottles" stands in a row, "a pile of plates" is a stack.
ARRANGED_BY = {"row": "row", "line": "row", "column": "row", "file": "row", "queue": "row", "parade": "row",
               "procession": "row", "convoy": "row", "string": "row", "chain": "row", "cavalcade": "row",
               "stack": "stack", "pile": "stack", "heap": "stack", "tower": "stack",
               "ring": "ring", "circle": "ring", "circlet": "ring", "grid": "grid", "array": "grid"}
TENS = {20, 30, 40, 50, 60, 70, 80, 90}
ARTICLES = {"a", "an", "the", "this", "that", "these", "those", "some", "another", "other", "one", "his", "her",
            "their", "its", "my", "your", "our"}
DEFINITE = {"the", "this", "that", "these", "those", "his", "her", "their", "its", "my", "your", "our"}

COLORS: dict[str, RGB] = {
    "red": (200, 45, 40), "green": (60, 160, 70), "blue": (45, 90, 205), "yellow": (235, 205, 45),
    "orange": (240, 140, 30), "purple": (130, 60, 170), "violet": (140, 90, 200), "pink": (240, 150, 185),
    "brown": (125, 80, 45), "black": (32, 32, 34), "white": (240, 240, 236), "gray": (128, 128, 130),
    "grey": (128, 128, 130), "gold": (212, 175, 55), "golden": (212, 175, 55), "silver": (192, 192, 198),
    "beige": (225, 205, 170), "cyan": (40, 200, 210), "teal": (30, 130, 130), "navy": (30, 40, 110),
    "maroon": (120, 30, 40), "turquoise": (64, 210, 200), "tan": (210, 180, 140), "cream": (245, 235, 205),
    "crimson": (190, 20, 50), "magenta": (220, 40, 160), "lime": (150, 220, 50), "ginger": (200, 110, 40),
}
SIZE_WORDS = {"tiny": 0.55, "little": 0.75, "small": 0.75, "mini": 0.6, "miniature": 0.5, "big": 1.35,
              "large": 1.35, "huge": 1.7, "giant": 2.0, "enormous": 2.0, "tall": 1.25, "short": 0.8}
# Words that may stand between an article and the noun without being the noun.
# Adjectives of relation ("of or relating to the Middle Ages") that say how a thing looks, its period or
# mood, more than what kind it is: "a medieval castle" is a castle (an "electric kettle" is a kind).
PERIOD_AND_MOOD_RELATIONS = {"medieval", "futuristic", "mystical", "cosmic", "celestial", "colonial", "victorian",
                             "tribal", "artistic", "photographic", "theatrical", "volcanic", "coastal", "urban"}

ADJECTIVES = set(COLORS) | set(SIZE_WORDS) | PERIOD_AND_MOOD_RELATIONS | {
    "wooden", "metal", "plastic", "old", "new", "young", "cute", "fluffy", "furry", "shiny", "round", "square",
    "pretty", "beautiful", "ugly", "happy", "sad", "angry", "sleepy", "sleeping", "striped", "spotted", "dark",
    "light", "bright", "pale", "modern", "antique", "vintage", "rusty", "broken", "empty", "full", "open",
    "closed", "wild", "fat", "thin", "long", "heavy", "soft", "hard", "glass", "ceramic", "stone", "leather",
    "red-haired", "blond", "blonde", "elderly", "baby", "fresh", "ripe", "juicy", "sitting", "standing",
    "lying", "single", "lone", "other", "second", "first", "third", "same", "another", "stuffed",
}

# Common adjectives with no adjective ending ("calm", "plain"), for ``looks_adjective``.
PLAIN_ADJECTIVES = {
    "cosy", "cozy",  # (a tea cosy first, in the dictionary)
    "calm", "quiet", "plain", "rare", "brave", "proud", "wise", "low", "high", "flat", "wide", "deep", "dead", "bare",
    "fake", "real", "warm", "cold", "hot", "cool", "wet", "dry", "clean", "neat", "rough", "smooth", "thick", "tight",
    "loose", "sharp", "dull", "blunt", "oval", "odd", "main", "slim", "lean", "sick", "tame", "free", "idle", "raw",
    "rich", "poor", "nice", "fine", "good", "bad", "great", "vast", "grand", "noble", "stray", "lost", "spare",
    "whole", "pure", "simple", "strange", "weird", "dim", "faint", "mute", "blind", "lame", "bald", "dense",
    "hollow", "narrow", "broad", "brief", "huge", "vague", "close", "distant", "near", "far", "upright", "level",
    "straight", "crooked", "bent", "torn", "worn", "cracked", "chipped", "quaint", "ornate", "humble", "gentle",
    "fierce", "shy", "bold", "calm", "glad", "keen", "kind", "mild", "firm", "frail", "grim", "harsh", "lush",
    "stark", "stout", "sleek", "slick", "snug", "solid", "sturdy", "tidy", "trim", "vivid", "ripe", "stale", "sour",
    "sweet", "tough", "tender", "weak", "strong", "quick", "slow", "brisk", "fast", "late", "early", "modern",
    "ancient", "antique", "aged", "alien", "alone", "alive", "awake", "asleep", "afloat", "adult", "mature",
    "giant", "mini", "micro", "mega", "super", "extra", "inner", "outer", "upper", "lower", "top", "bottom",
    "left", "right", "middle", "front", "back", "rear", "single", "double", "triple", "twin", "half", "plush",
    "opaque", "clear", "transparent", "translucent", "matte", "glossy", "pink", "polka", "checkered", "tartan",
}
# Endings of English adjectives: "shaggy", "painful", "famous", "wooden", "rusted", "foldable".
ADJECTIVE_ENDINGS = ("y", "ful", "ous", "ive", "able", "ible", "al", "ic", "ish", "less", "en", "ed", "ant", "ent",
                     "ary", "ory", "ile", "ese", "ian", "ern", "ward", "like", "some", "est", "er", "ing", "ate",
                     "worn", "known", "grown", "drawn", "torn", "sewn", "spun", "built", "born", "kept")  # "wellworn"


def collective(word: str) -> int | None:
    """How many a collective word before "of" gives when no number does: the table's figure, else
    a few for any noun the dictionary knows first as a group of things ("a throng of", "a posse of")."""
    word = language.singular(word)
    if word in COLLECTIVES:
        return COLLECTIVES[word]
    return GROUP_SIZE if wordnet.kind(word) == "group" and not wordnet.is_concrete(word) else None


GROUP_SIZE = 5


def is_person_word(word: str) -> bool:
    """"postman", "milkmaid", "firewoman": an unknown noun that names a person by its ending."""
    word = _singular(word)
    if wordnet.kind(word) is None and word.isalpha() and any(
            _only_a_person(word[k:]) and wordnet.kind(word[:k]) is not None for k in range(3, len(word) - 2)):
        return True  # "stepdad", "windsurfer": a closed compound of two words the dictionary knows, a person's last
    return word.endswith(("man", "woman", "person", "maid", "boy", "girl", "keeper")) and len(word) > 5 and \
        not word.endswith(("ottoman", "german", "roman", "human")) and wordnet.kind(word) in (None, "person")
    # (a "tallboy" is a chest of drawers: the dictionary's word beats the ending's)


def _only_a_person(word: str) -> bool:
    """A word whose commonest sense is a person and that names no made thing: "dad", "surfer"; not
    "lounger" (also a reclining chair: "a sunlounger"), "walker" or "carrier"."""
    return wordnet.kind(word) == "person" and all(sense.kind != "artifact" for sense in wordnet.senses(word))


def looks_adjective(word: str) -> bool:
    """True for a word that reads as an adjective ("shaggy", "old", "rusted"); False for a noun
    the tagger calls an adjective because it stands before a noun ("a *wheelie* bin")."""
    word = word.lower()
    return word in ADJECTIVES or word in PLAIN_ADJECTIVES or word in COLORS or word in SIZE_WORDS or \
        word in STYLE_ADJECTIVES or word.endswith(ADJECTIVE_ENDINGS) and not word.endswith(("ie", "ee")) and \
        not _names_a_kind(word) and not _made_thing_first(word) or \
        wordnet.is_adjective(word) and not wordnet.is_concrete(_singular(word))  # "plump", "tidy", "bald"


def _names_a_kind(word: str) -> bool:
    """A word whose commonest sense is a made thing and that is never an adjective: "a *lantern*
    post" ("-ern" as in "modern" only looks like one); or a verb's -ing form the dictionary knows
    neither as an adjective nor as a noun: what the thing is for ("a *potting* bench")."""
    if word.endswith("ing"):
        return wordnet.is_verb(word) and not wordnet.is_noun(word) and not wordnet.is_adjective(word)
    return wordnet.kind(word) in NAMED_KINDS and not wordnet.is_adjective(word)


def _made_thing_first(word: str) -> bool:
    """"a nappy bucket", "a dolly tub": a word in "-y" the dictionary knows first as a made thing or a
    food, and as an adjective only in passing (the tables hold the looks: "shaggy", "rusty", "cosy")."""
    senses = wordnet.senses(word) if word.endswith("y") else []  # (not "a stern ferryman": "-ern" as in "modern")
    return bool(senses) and senses[0].kind in ("artifact", "food") and not only_adjective(word)


# Kinds of thing a word before a noun names the thing's kind by: "a lantern post", "a gypsy caravan",
# "a people carrier" (not qualities: "a gentle giant" is a giant that is gentle).
NAMED_KINDS = {"artifact", "person", "animal", "food", "plant"}


def pursuit(word: str) -> bool:
    """"racing", "teaching", "hunting", "boxing": an -ing word whose commonest sense is a sport or a line of
    work; before an animal or a person it says what they are kept or paid for ("a racing pigeon", "a teaching
    assistant", "a hunting dog"), no doing of the moment ("a grazing cow", "a yawning guard")."""
    return word.endswith("ing") and word not in STATE_PARTICIPLES and \
        bool(PURSUITS & set(wordnet.hypernyms(word, 4)))


PURSUITS = {"sport", "occupation"}


# Participles that say what a thing is doing or how it is, not what kind it is: "a burning
# candle" is a candle; "a chopping board", "a rocking chair" are kinds of their own.
STATE_PARTICIPLES = {
    "burning", "glowing", "flickering", "shining", "sparkling", "glittering", "gleaming", "twinkling", "melting",
    "falling", "floating", "flying", "blinking", "smoking", "steaming", "dripping", "leaking", "hanging", "swinging",
    "leaning", "standing", "sitting", "lying", "sleeping", "running", "moving", "rolling", "spinning", "smiling",
    "barking", "crying", "laughing", "waiting", "blooming", "growing", "wilting", "dying", "fading", "crumbling",
    "towering", "sprawling", "overflowing", "matching", "missing", "remaining", "neighbouring", "neighboring",
    "surrounding", "adjoining", "leading", "charming", "amazing", "interesting", "boring", "stunning", "rotting",
    "rusting", "idling", "speeding", "approaching", "passing", "oncoming", "waving", "dancing", "singing",
    "playing", "grazing", "resting", "sleeping", "walking", "jumping", "swimming", "crawling", "climbing",
    "bouncing", "open", "opening", "closing", "hovering", "drifting", "sinking", "tilting", "toppling", "winding",
    "looming", "lurking", "peeking", "hiding", "watching", "staring", "facing", "looking", "heading", "sagging",
    "creaking", "ticking", "ringing", "buzzing", "humming", "roaring", "whistling", "boiling", "sizzling",
    "cooling", "freezing", "thriving", "empty", "crouching", "kneeling", "perching", "peeling",
    "flaking", "blistering", "fraying", "wobbling", "teetering", "shimmering", "smouldering", "steaming",
}

# Nouns that name the place, not a thing in it: "on the floor" is where everything already is.
SCENERY = {
    "floor", "ground", "field", "meadow", "street", "road", "sidewalk", "pavement", "beach", "sand", "snow",
    "room", "kitchen", "garden", "yard", "backyard", "park", "sky", "air", "background", "foreground", "image",
    "photo", "photograph", "scene", "frame", "canvas", "view", "shot", "middle", "center", "centre", "side",
    "left", "right", "top", "bottom", "front", "back", "distance", "corner", "camera", "viewer", "picture",
    "living", "bedroom", "bathroom", "office", "forest", "woods", "desert", "farm", "city", "town", "village",
    "countryside", "landscape", "water", "surface", "edge", "place", "area", "space", "world", "row", "rows",
    "line", "circle", "grid", "column", "columns", "each", "other", "one", "ones", "way", "half", "part",
    "hallway", "studio", "table-top", "tabletop", "daylight", "night", "day", "morning", "evening", "sunset",
    "path", "trail", "track", "lane", "pathway", "walkway", "horizon", "end", "ends", "direction", "directions",
    "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",  # "seen from the east"
}
# Units of measure: "turned at 45 degrees", "two metres tall" name no thing.
MEASURES = {"degree", "degrees", "percent", "metre", "metres", "meter", "meters", "cm", "mm", "km", "foot", "feet",
            "inch", "inches", "yard", "yards", "mile", "miles", "year", "years", "minute", "minutes", "second",
            "seconds", "kg", "mph", "centimetre", "centimetres", "centimeter", "centimeters", "millimetre",
            "millimetres", "kilometre", "kilometres", "o'clock", "times", "hr", "hrs", "pm"}
SCENERY |= MEASURES
OUTDOOR_PLACES = {"field", "meadow", "street", "road", "sidewalk", "pavement", "beach", "sand", "snow", "garden",
                  "yard", "backyard", "park", "sky", "forest", "woods", "desert", "farm", "city", "town", "village",
                  "countryside", "landscape", "outside", "outdoors"}
INDOOR_PLACES = {"room", "kitchen", "living", "bedroom", "bathroom", "office", "hallway", "studio", "inside",
                 "indoors", "floor"}

# Nouns that say how the picture looks, never a thing in it: style, quality, medium, light and
# weather. A noun phrase headed by one ("ultra detailed watercolor style", "soft morning light")
# is kept as the scene's style, and its modifiers with it.
STYLE_NOUNS = {
    "style", "styles", "quality", "detail", "details", "resolution", "render", "rendering", "art",
    "photography", "aesthetic", "aesthetics", "vibe", "vibes", "mood", "atmosphere", "tone", "tones", "palette",
    "composition", "texture", "textures", "finish", "look", "effect", "effects", "lighting", "light", "lights",
    "shadow", "shadows", "glow", "bokeh", "focus", "contrast", "saturation", "hue", "hues", "color", "colors",
    "watercolor", "watercolour", "oil", "pastel", "charcoal", "ink", "gouache", "acrylic", "anime", "cartoon",
    "manga", "pixel", "voxel", "lowpoly", "cinematic", "masterpiece", "trending", "artstation", "octane",
    "engine", "unreal", "4k", "8k", "hd", "uhd", "hdr", "dslr", "lens", "mm", "f", "iso", "exposure",
    "weather", "rain", "drizzle", "fog", "mist", "haze", "smoke", "storm", "thunderstorm", "lightning", "snowfall",
    "sunlight", "moonlight", "starlight", "daylight", "candlelight", "firelight", "twilight", "dusk", "dawn",
    "sunset", "sunrise", "noon", "midnight", "night", "day", "morning", "evening", "afternoon", "hour", "season",
    "summer", "winter", "autumn", "spring", "fall", "background", "foreground", "backdrop", "scenery",
    "order", "manner", "way", "fashion", "arrangement", "formation", "pattern", "distance", "angle", "perspective",
    "illustration", "cloud", "clouds", "lamplight", "torchlight", "firelight", "sunshine", "sunbeam", "sunbeams",
    "rainbow", "breeze", "wind", "heat", "shade", "silhouette", "reflection", "reflections", "glare", "sky",
    "cityscape", "seascape", "skyline", "panorama", "vista", "cyberpunk", "steampunk", "vaporwave", "synthwave",
    "depth", "field of view", "hour", "fret", "haar",  # ("a thick sea fret": a sea mist)
    "linocut", "woodcut", "ukiyoe",
    # the marks of a medium, and the sun as the light it gives
    "grain", "noise", "vignette", "vignetting", "halftone", "hatching", "crosshatching", "stroke", "strokes",
    "brushstroke", "brushstrokes", "brushwork", "linework", "impasto", "sun", "sunglow", "golden hour",
    "grade", "grading", "still",  # "cinematic colour grade", "film still"
}
# Style and scenery words that are everyday things too, when said with "a" or a number:
# "a lens in front of a candle", "a canvas on an easel" (but "soft light", "in the picture").
ALSO_THINGS = {"set", "sets", "lens", "lenses", "engine", "engines", "palette", "palettes", "canvas", "canvases",
               "frame", "frames", "picture", "pictures", "photo", "photos", "photograph", "photographs", "backdrop",
               "rainbow", "cloud", "clouds", "shade", "shades", "ink", "oil", "charcoal", "watercolor", "watercolour"}
# Movements and schools of art are styles, whatever precedes them: "gritty realism", "cubism".
STYLE_ENDINGS = ("ism",)


def is_style_noun(word: str) -> bool:
    """A noun of how the picture looks: "watercolor", "film grain", "realism", "impressionism"."""
    return word in STYLE_NOUNS or len(word) > 5 and word.endswith(STYLE_ENDINGS)


# Verbs a thing named in a list does ("a cat and a dog *sleep* on a rug"): never the second word of a compound.
ACTIVITY_VERBS = {
    "sleep", "play", "talk", "walk", "run", "graze", "stare", "look", "face", "swim", "fly", "float", "watch", "read",
    "eat", "drink", "chat", "dance", "sing", "work", "cook", "laugh", "smile", "wave", "jump", "climb", "ride",
    "drive", "sail", "fish", "paint", "draw", "write", "stand", "sit", "lie", "rest", "wait", "hang", "lean", "perch",
    "hide", "peek", "crouch", "kneel", "squat", "roam", "wander", "stroll", "hover", "glide", "drift", "nap", "doze",
    "huddle", "cuddle", "hug", "kiss", "fight", "argue", "race", "march", "stroll", "gather", "meet", "pose",
    "relax", "lounge", "bask", "sunbathe", "shelter", "stay", "remain", "appear", "belong", "live", "hunt", "feed",
    "peck", "nibble", "sniff", "bark", "purr", "howl", "roar", "chirp", "sing", "shine", "glow", "burn", "grow",
    "bloom", "sway", "tower", "loom", "sprawl", "point", "turn", "move", "go", "come", "sit", "wobble", "dangle",
}
# Verbs of depicting: what a child draws is on the paper, not a thing standing in the scene.
# ("painting a fence" or "writing a letter" has the thing there: not these.)
DEPICTING_VERBS = {"draw", "draws", "drew", "drawing", "sketch", "sketches", "sketched", "sketching", "imagine",
                   "imagines", "imagining", "doodle", "doodles", "doodling", "dreams", "dreaming"}
# Adjectives of the picture, not of a thing in it, wherever they stand ("Photorealistic, a cat").
STYLE_ADJECTIVES = {
    "photorealistic", "realistic", "hyperrealistic", "cinematic", "detailed", "moody", "dramatic", "epic",
    "vibrant", "stylized", "stylised", "painterly", "whimsical", "atmospheric", "minimalist", "minimal", "surreal",
    "isometric", "lowpoly", "impressionist", "impressionistic", "noir", "retro", "gothic", "baroque", "ethereal",
    "dreamy", "gritty", "moody", "vivid", "muted", "pastel", "monochrome", "sepia", "high-resolution", "sharp",
    "blurry", "soft-focus", "award-winning", "professional", "stunning", "beautiful", "gorgeous", "intricate",
}
# Parts of someone ("shake hands", "around their feet"): never things of their own.
BODY_PARTS = {"hand", "foot", "head", "arm", "leg", "face", "eye", "ear", "nose", "mouth", "shoulder", "knee",
              "finger", "toe", "lap", "hair", "paw", "beak", "neck", "chest", "hip", "back", "tail", "wing"}
# Media a picture is made in: without an article ("watercolor painting", "oil painting") the style.
MEDIA = {"painting", "drawing", "illustration", "sketch", "render", "photo", "photograph", "artwork", "print",
         "engraving", "etching", "lithograph", "mural", "collage", "poster", "snapshot", "snap", "postcard",
         "portrait", "selfie", "still", "photoshoot", "shot", "picture", "image", "slide", "transparency",
         "polaroid", "comic", "sampler", "book", "crayon", "daguerreotype", "tintype", "cyanotype", "woodcut",
         "woodblock", "diagram"}  # ("Top-down diagram.")
# Gatherings and events name the scene, not a thing in it ("a picnic", "a wedding").
EVENTS = {"picnic", "party", "wedding", "festival", "concert", "celebration", "ceremony", "parade", "battle",
          "gathering", "meeting"}  # ... though a kind of thing before a noun: "a picnic table", "a party hat"
STYLE_NOUNS |= EVENTS | {"scene", "moment"}
# Light and weather words that name a kind of thing before a noun: "a light switch", "a sun hat".
KIND_MODIFIERS = EVENTS | {"light", "oil", "rain", "snow", "sun", "night", "storm", "fog", "smoke", "shadow", "day",
                           "winter", "summer", "beach", "garden", "kitchen", "office", "bathroom", "bedroom",
                           "grain", "ink", "charcoal", "engine", "lens", "art"}  # "a grain silo", "an ink pot"
# ("an art table", "an art easel": what the thing is for, as "concept art" is the picture's style)
# What a figure wears: "a knight in silver armor" describes the knight; it is not a thing beside him.
WORN = {"armor", "armour", "coat", "dress", "suit", "uniform", "jacket", "robe", "robes", "cloak", "gown", "shirt",
        "jeans", "costume", "outfit", "clothes", "overalls", "scarf", "boots", "sweater", "hoodie", "apron",
        "pajamas", "pyjamas", "kimono", "tuxedo", "helmet", "mask", "glasses", "sunglasses", "raincoat", "cape"}
# Where the scene is: "in the kitchen", "on a beach", "deep in a forest", "on the moon". Read as the
# setting (interior or not) when it follows in/on/at, never as a thing; True: indoors.
SETTINGS: dict[str, bool] = {
    "room": True, "kitchen": True, "bedroom": True, "bathroom": True, "living room": True, "dining room": True,
    "office": True, "classroom": True, "hallway": True, "hall": True, "corridor": True, "attic": True,
    "flat": True, "annexe": True, "annex": True,
    "basement": True, "cellar": True, "garage": True, "studio": True, "library": True, "museum": True,
    "gallery": True, "restaurant": True, "cafe": True, "bar": True, "shop": True, "store": True, "gym": True,
    "church": True, "cabin": True, "castle": True, "lobby": True, "warehouse": True, "workshop": True,
    "laboratory": True, "lab": True, "theater": True, "theatre": True, "station": True, "interior": True,
    "beach": False, "forest": False, "woods": False, "jungle": False, "desert": False, "field": False,
    "meadow": False, "park": False, "garden": False, "yard": False, "backyard": False, "street": False,
    "road": False, "city": False, "town": False, "village": False, "square": False, "plaza": False,
    "stadium": False, "arena": False, "moon": False, "mars": False, "space": False, "ocean": False, "sea": False,
    "countryside": False, "farm": False, "valley": False, "hill": False, "hillside": False, "mountainside": False,
    "snow": False, "ice": False, "sand": False, "grass": False, "lawn": False, "island": False, "harbor": False,
    "harbour": False, "port": False, "market": False, "playground": False, "campsite": False, "courtyard": False,
    "parking lot": False, "riverbank": False, "shore": False, "coast": False, "clearing": False, "swamp": False,
    "cave": False, "canyon": False, "tundra": False, "savanna": False, "savannah": False, "prairie": False,
    "rooftop": False, "exterior": False, "outdoors": False, "outside": False,
    "driveway": False, "car park": False, "parking space": False, "lake": False, "river": False, "stream": False,
    "lagoon": False, "bay": False, "estuary": False,
    "seafront": False, "promenade": False, "esplanade": False, "boardwalk": False, "quayside": False,
    "waterfront": False, "shoreline": False, "roadside": False, "kerbside": False, "wayside": False,
    "home": True, "school": True, "work": True, "college": True, "university": True, "hospital": True,
    "prison": True, "camp": False,
    "nursery": True, "playroom": True, "den": True, "study": True, "conservatory": True, "greenhouse": True,
    "pantry": True, "larder": True, "scullery": True, "loft": True, "landing": True, "stairwell": True,
    "porch": False, "veranda": False, "verandah": False, "patio": False, "balcony": False, "terrace": False,
    "orchard": False, "vineyard": False, "allotment": False, "paddock": False, "pasture": False, "heath": False,
    "moor": False, "marsh": False, "glade": False, "woodland": False, "grove": False, "quay": False,
    "waiting room": True, "dining hall": True, "ballroom": True, "throne room": True, "nave": True,
    "chapel": True, "stable": True, "hangar": True, "dungeon": True,
}
# Creatures and characters drawn as a figure when no table knows them better.
FIGURES = {
    "goblin", "elf", "orc", "troll", "dwarf", "gnome", "fairy", "ghost", "zombie", "vampire", "mermaid", "alien",
    "android", "cyborg", "ogre", "demon", "angel", "hobbit", "giant", "superhero", "hero", "villain", "warrior",
    "sorcerer", "sorceress", "mage", "detective", "spy", "thief", "bandit", "hunter", "ranger", "guard",
    "parent", "grandparent", "sibling", "cousin", "relative", "passerby", "onlooker", "bystander", "commuter",
    "resident", "busker", "vendor", "shopper", "porter", "courier", "jogger", "hiker", "climber", "fan",
    "character", "stranger", "villager", "traveller", "traveler", "hiker", "figure", "creature", "humanoid",
    "mannequin", "puppet", "scarecrow", "carpenter", "blacksmith", "baker", "butcher", "painter", "gardener",
    "plumber", "mechanic", "pilot", "driver", "rider", "cyclist", "shopkeeper", "merchant", "librarian", "writer",
    "poet", "singer", "guitarist", "violinist", "drummer", "pianist", "photographer", "tailor", "potter", "shepherd",
    "shepherdess", "jockey", "miner", "captain", "lifeguard", "referee", "judge", "lawyer", "banker", "clerk",
    "cashier", "janitor", "maid", "butler", "servant", "nun", "bishop", "emperor", "empress", "duke", "duchess",
    "lord", "maiden", "peasant", "beggar", "explorer", "archer", "swordsman", "samurai", "viking", "gladiator",
    "cowgirl", "grandma", "grandpa", "granny", "uncle", "aunt", "son", "daughter", "husband", "wife", "neighbor",
    "neighbour", "visitor", "guest", "passenger", "shopper", "vendor", "fisherwoman", "mayor", "professor",
    "engineer", "boxer", "climber", "swimmer", "diver", "golfer", "umpire", "coach", "spectator", "scout",
    "camper", "skater", "dancer", "student", "pupil", "monk", "pilgrim", "soldier", "sailor", "nurse",
}
# A second sense of a noun, told by a word beside it: "a flat plane" is a surface, not an aircraft.
SURFACE_SENSE = {"plane": {"flat", "ground", "horizontal", "vertical", "inclined", "tilted", "sloping", "image",
                           "picture", "focal", "geometric", "infinite", "reflective", "mirror", "glass", "xy"}}
# A drawing, not a person: "a figure drawn in chalk", "a stick figure".
DRAWING_SENSE = {"figure": {"stick", "geometric", "drawn", "sketched", "painted", "chalk", "abstract", "diagram"}}

# People are drawn by the previz's default figure; size = width, height, depth of that figure.
PEOPLE: dict[str, tuple[str, float]] = {
    # "hand" after a place of work is someone hired there, no hand of anyone's
    "stable hand": ("person", 1.7), "farm hand": ("person", 1.7), "ranch hand": ("person", 1.7),
    "deck hand": ("person", 1.7), "stage hand": ("person", 1.7), "hired hand": ("person", 1.7),
    "person": ("person", 1.7), "man": ("man", 1.78), "woman": ("woman", 1.66), "child": ("child", 1.2),
    "boy": ("boy", 1.3), "girl": ("girl", 1.25), "kid": ("child", 1.2), "baby": ("child", 0.75),
    "toddler": ("child", 0.9), "guy": ("man", 1.78), "lady": ("woman", 1.66), "gentleman": ("man", 1.78),
    "adult": ("person", 1.7), "human": ("person", 1.7), "teenager": ("person", 1.65), "teen": ("person", 1.65),
    "student": ("person", 1.7), "teacher": ("person", 1.7), "doctor": ("person", 1.7), "nurse": ("person", 1.68),
    "farmer": ("man", 1.78), "soldier": ("man", 1.78), "king": ("man", 1.8), "queen": ("woman", 1.68),
    "prince": ("man", 1.8), "princess": ("woman", 1.66), "chef": ("person", 1.72), "cook": ("person", 1.72),
    "pirate": ("man", 1.78), "astronaut": ("person", 1.75), "knight": ("man", 1.8), "wizard": ("man", 1.8),
    "witch": ("woman", 1.66), "policeman": ("man", 1.8), "policewoman": ("woman", 1.7), "officer": ("person", 1.75),
    "firefighter": ("person", 1.78), "fireman": ("man", 1.78), "dancer": ("person", 1.7), "player": ("person", 1.78),
    "worker": ("person", 1.75), "businessman": ("man", 1.78), "businesswoman": ("woman", 1.68),
    "grandmother": ("woman", 1.6), "grandfather": ("man", 1.72), "mother": ("woman", 1.66), "father": ("man", 1.78),
    "mom": ("woman", 1.66), "dad": ("man", 1.78), "brother": ("man", 1.78), "sister": ("woman", 1.66),
    "friend": ("person", 1.7), "musician": ("person", 1.72), "sailor": ("man", 1.78), "fisherman": ("man", 1.78),
    "tourist": ("person", 1.7), "pedestrian": ("person", 1.7), "athlete": ("person", 1.8), "runner": ("person", 1.75),
    "skier": ("person", 1.75), "surfer": ("person", 1.75), "clown": ("person", 1.75), "robot": ("person", 1.7),
    "snowman": ("snowman", 1.64), "scientist": ("person", 1.72), "artist": ("person", 1.7), "waiter": ("man", 1.78),
    "waitress": ("woman", 1.66), "cowboy": ("man", 1.8), "ninja": ("person", 1.72), "monk": ("man", 1.75),
    "priest": ("man", 1.75), "bride": ("woman", 1.66), "groom": ("man", 1.8), "customer": ("person", 1.7),
}
PERSON_CATEGORIES = {"person", "man", "woman", "child", "boy", "girl"}
# What a person sits on ("sitting on a bench": seated, not standing on its top), and the seated
# body's box as the previz figure draws it: a share of the standing height, knees forward.
SEATS = {"chair", "stool", "bench", "sofa", "armchair", "log", "rock", "bed"}
SEATED_HEIGHT = 0.78
SEATED_DEPTH = 0.55
FIGURE_WIDTH, FIGURE_DEPTH = 0.371, 0.175  # the previz figure's width and depth per metre of height

# Nouns the catalog lacks, mapped to the nearest entry and a size factor (a tiger is a 2.2x cat).
HYPERNYMS: dict[str, tuple[str, float]] = {
    # animals
    "lion": ("cat", 2.3), "lioness": ("cat", 2.1), "tiger": ("cat", 2.3), "leopard": ("cat", 1.6),
    "cheetah": ("cat", 1.7), "panther": ("cat", 1.7), "jaguar": ("cat", 1.7), "lynx": ("cat", 1.3),
    "cougar": ("cat", 1.7), "puma": ("cat", 1.7), "husky": ("dog", 1.0), "poodle": ("dog", 0.8),
    "terrier": ("dog", 0.6), "labrador": ("dog", 1.0), "retriever": ("dog", 1.0), "bulldog": ("dog", 0.7),
    "beagle": ("dog", 0.7), "dalmatian": ("dog", 1.0), "corgi": ("dog", 0.55), "chihuahua": ("dog", 0.4),
    "collie": ("dog", 1.0), "spaniel": ("dog", 0.75), "dachshund": ("dog", 0.5), "german shepherd": ("dog", 1.05),
    "goat": ("sheep", 1.0), "llama": ("sheep", 1.7), "alpaca": ("sheep", 1.3), "camel": ("horse", 1.0),
    "buffalo": ("cow", 1.05), "bison": ("cow", 1.1), "yak": ("cow", 1.0), "rhino": ("elephant", 0.55),
    "rhinoceros": ("elephant", 0.55), "hippo": ("elephant", 0.5), "hippopotamus": ("elephant", 0.5),
    "squirrel": ("rabbit", 0.7), "chipmunk": ("mouse", 1.6), "guinea": ("mouse", 1.6), "ferret": ("cat", 0.5),
    "raccoon": ("cat", 0.9), "badger": ("fox", 0.8), "otter": ("fox", 0.7), "kangaroo": ("deer", 0.8),
    "eagle": ("bird", 3.0), "hawk": ("bird", 2.4), "falcon": ("bird", 2.2), "penguin": ("bird", 3.5),
    "flamingo": ("goose", 1.6), "peacock": ("chicken", 2.0), "turkey": ("chicken", 2.0), "ostrich": ("goose", 3.0),
    "swallow": ("bird", 0.9), "seagull": ("bird", 1.8), "gull": ("bird", 1.8), "pigeon": ("bird", 1.1),
    "finch": ("bird", 0.8), "canary": ("bird", 0.8), "seal": ("fox", 1.0),
    "panda": ("bear", 0.9), "koala": ("teddy_bear", 1.7), "polar": ("bear", 1.2),
    # vehicles
    "suv": ("car", 1.15), "minivan": ("car", 1.15), "limousine": ("car", 1.1), "limo": ("car", 1.1),
    "convertible": ("car", 1.0), "hatchback": ("car", 0.95), "coupe": ("car", 0.95), "racecar": ("car", 0.85),
    "ambulance": ("truck", 0.85), "firetruck": ("truck", 1.0), "pickup": ("truck", 0.8), "lorry": ("truck", 1.0),
    "tank": ("truck", 0.8), "submarine": ("boat", 1.5), "kayak": ("boat", 1.0), "raft": ("boat", 0.6),
    "helicopter": ("airplane", 0.4), "jetski": ("motorcycle", 1.0), "skateboard": ("cart", 0.3),
    "scooter": ("motorcycle", 0.8), "segway": ("bicycle", 1.0), "stroller": ("cart", 0.45), "pram": ("cart", 0.45),
    # furniture and household
    "couch": ("sofa", 1.0), "recliner": ("armchair", 1.0), "loveseat": ("sofa", 0.8), "futon": ("sofa", 1.0),
    "nightstand": ("cabinet", 0.6), "dresser": ("cabinet", 1.0), "drawer": ("cabinet", 0.8),
    "end table": ("table", 0.55), "side table": ("table", 0.55), "coffee table": ("table", 0.6),
    "dining table": ("table", 1.0), "kitchen table": ("table", 1.0), "counter": ("desk", 1.2),
    "microwave": ("oven", 0.5), "stove": ("oven", 1.0), "refrigerator": ("fridge", 1.0),
    "television": ("tv", 1.0), "monitor": ("tv", 0.6), "computer": ("laptop", 1.0), "remote": ("phone", 1.1),
    "cellphone": ("phone", 1.0), "smartphone": ("phone", 1.0), "headphones": ("hat", 0.6), "cushion": ("pillow", 0.8),
    "carpet": ("rug", 1.0), "curtain": ("blanket", 2.5), "towel": ("blanket", 0.8), "sculpture": ("vase", 2.0),
    "statue": ("snowman", 1.1), "trophy": ("vase", 0.9), "candlestick": ("candle", 1.5), "torch": ("lantern", 1.0),
    "bin": ("bucket", 1.4), "trashcan": ("bucket", 1.6), "trash can": ("bucket", 1.6), "garbage can": ("bucket", 1.6),
    "watering can": ("bucket", 0.9),
    "present": ("box", 0.6), "gift": ("box", 0.6), "package": ("box", 0.8), "trunk": ("chest", 1.0),
    # tableware and food
    "mug": ("mug", 1.0), "teacup": ("cup", 1.0), "tea cup": ("cup", 1.0), "coffee mug": ("mug", 1.0),
    "saucer": ("plate", 0.6), "dish": ("bowl", 1.2), "can": ("cup", 1.3), "tin": ("cup", 1.1),
    "wineglass": ("glass", 1.4), "chopsticks": ("fork", 1.2), "sandwich": ("bread", 0.7), "burger": ("cake", 0.5),
    "hamburger": ("cake", 0.5), "donut": ("cake", 0.4), "doughnut": ("cake", 0.4), "muffin": ("cake", 0.35),
    "cookie": ("pizza", 0.25), "pancake": ("pizza", 0.5), "hot dog": ("bread", 0.6), "hotdog": ("bread", 0.6),
    "strawberry": ("apple", 0.45), "cherry": ("apple", 0.3), "grape": ("apple", 0.25), "peach": ("apple", 1.0),
    "pear": ("apple", 1.1), "plum": ("apple", 0.7), "watermelon": ("ball", 1.3), "melon": ("ball", 0.8),
    "pumpkin": ("ball", 1.6), "coconut": ("orange", 1.5), "carrot": ("banana", 0.9), "cucumber": ("banana", 1.0),
    "egg": ("apple", 0.65), "potato": ("apple", 0.9), "onion": ("orange", 1.0), "avocado": ("apple", 1.0),
    "lemon": ("orange", 0.9), "broccoli": ("mushroom", 0.8), "cheese": ("cake", 0.5), "pie": ("cake", 1.0),
    # plants, outdoors
    "oak": ("tree", 1.0), "vine": ("bush", 0.8), "grapevine": ("bush", 0.8),
    "plant": ("potted_plant", 1.0), "houseplant": ("potted_plant", 1.0),
    "sapling": ("tree", 0.4), "palm": ("palm_tree", 1.0), "hedge": ("bush", 1.4), "boulder": ("rock", 2.0),
    "pebble": ("rock", 0.15), "stone": ("rock", 0.6), "skyscraper": ("tower", 2.0), "building": ("house", 1.2),
    "church": ("house", 1.3), "school": ("house", 1.2), "hotel": ("house", 1.5), "temple": ("house", 1.2),
    "cottage": ("house", 0.8), "igloo": ("hut", 0.8), "windmill": ("tower", 0.8), "post": ("streetlight", 0.4),
    "mailbox": ("fire_hydrant", 1.5), "hydrant": ("fire_hydrant", 1.0), "parking meter": ("fire_hydrant", 1.6),
    "globe": ("ball", 1.3), "balloon": ("ball", 1.3), "doll": ("teddy_bear", 1.0),
    "rocking horse": ("horse", 0.4), "toy horse": ("horse", 0.3), "hobby horse": ("horse", 0.5),
    "toy car": ("car", 0.08), "toy truck": ("truck", 0.06), "unicorn": ("horse", 1.0), "pony": ("horse", 0.7),
    "fire truck": ("truck", 1.0), "fire engine": ("truck", 1.0), "garbage truck": ("truck", 1.0),
}
# Nouns with no near neighbour: a labelled block of about the right size (w, h, d metres).
STAND_IN_SIZES: dict[str, tuple[float, float, float]] = {
    "bouncy castle": (4.0, 3.0, 4.0),  # an inflatable hired for fetes: about 4 m square, 3 m to the turrets
    "sink": (0.6, 0.9, 0.5), "bathtub": (1.7, 0.6, 0.8), "toaster": (0.28, 0.2, 0.18), "keyboard": (0.45, 0.03, 0.15),
    "scissors": (0.08, 0.01, 0.2), "toothbrush": (0.02, 0.02, 0.19), "hair drier": (0.1, 0.25, 0.25),
    "tie": (0.09, 0.01, 0.5), "pen": (0.015, 0.015, 0.14), "pencil": (0.01, 0.01, 0.18), "frisbee": (0.27, 0.03, 0.27),
    "surfboard": (0.55, 0.08, 2.0), "snowboard": (0.3, 0.05, 1.5), "skis": (0.2, 0.05, 1.8), "ski": (0.1, 0.05, 1.8),
    "footwear": (0.1, 0.1, 0.28), "footgear": (0.1, 0.1, 0.28),
    "racket": (0.28, 0.03, 0.68), "bat": (0.07, 0.07, 0.85), "glove": (0.22, 0.08, 0.28), "drone": (0.35, 0.1, 0.35),
    "robot": (0.6, 1.5, 0.4), "dinosaur": (1.5, 2.5, 4.0), "turtle": (0.3, 0.15, 0.4), "tortoise": (0.35, 0.2, 0.45),
    "frog": (0.08, 0.06, 0.1), "snake": (0.15, 0.1, 1.2), "butterfly": (0.08, 0.02, 0.06), "bee": (0.02, 0.015, 0.02),
    "spider": (0.06, 0.03, 0.06), "crab": (0.2, 0.08, 0.15), "octopus": (0.5, 0.3, 0.5), "shark": (0.5, 0.6, 3.0),
    "whale": (3.0, 3.0, 12.0), "dolphin": (0.4, 0.5, 2.2), "monkey": (0.35, 0.6, 0.3), "gorilla": (0.9, 1.6, 0.6),
    "camera": (0.13, 0.1, 0.08), "microphone": (0.05, 0.2, 0.05), "speaker": (0.25, 0.4, 0.25),
    "printer": (0.45, 0.25, 0.4), "fan": (0.4, 1.2, 0.3), "heater": (0.6, 0.6, 0.2),
    "washing machine": (0.6, 0.85, 0.6),
    "dishwasher": (0.6, 0.85, 0.6), "shoe": (0.1, 0.1, 0.28), "boot": (0.11, 0.3, 0.28), "sock": (0.09, 0.02, 0.25),
    "shirt": (0.5, 0.02, 0.7), "dress": (0.5, 0.03, 1.0), "coat": (0.55, 0.05, 1.0), "jacket": (0.55, 0.05, 0.7),
    "wallet": (0.11, 0.02, 0.09), "watch": (0.04, 0.01, 0.04), "ring": (0.02, 0.02, 0.005),
    "necklace": (0.15, 0.01, 0.2),
    "tablet": (0.18, 0.01, 0.25), "radio": (0.3, 0.18, 0.12), "coin": (0.025, 0.002, 0.025), "cone": (0.3, 0.5, 0.3),
    "trophy": (0.2, 0.4, 0.2), "bell": (0.2, 0.25, 0.2), "drum": (0.45, 0.4, 0.45), "trumpet": (0.12, 0.15, 0.5),
    "piano": (1.5, 1.3, 0.65), "harp": (0.6, 1.7, 0.4), "easel": (0.7, 1.7, 0.6), "tripod": (0.6, 1.5, 0.6),
    "statue": (0.6, 2.0, 0.6), "fountain": (2.0, 1.5, 2.0), "column": (0.6, 3.0, 0.6), "pillar": (0.6, 3.0, 0.6),
    "dragon": (2.5, 3.0, 6.0), "monster": (1.5, 2.5, 1.0), "griffin": (1.5, 2.0, 2.5), "garden hose": (0.5, 0.15, 0.5),
    "drawing": (0.6, 0.8, 0.02), "sketch": (0.4, 0.5, 0.02), "poster": (0.6, 0.9, 0.02),
    "lily pad": (0.4, 0.02, 0.4),
    # a trailer or a railway wagon ("a horsebox"): the size of a van, no box to carry
    "transport": (2.0, 2.4, 4.5), "conveyance": (2.0, 2.4, 4.5),
    # buildings and other structures the catalog has no shape for: "a smokehouse" is no half-metre block
    "building": (6.0, 5.0, 6.0), "outbuilding": (4.0, 3.0, 4.0), "storehouse": (8.0, 6.0, 8.0),
    "factory": (12.0, 8.0, 10.0), "kiosk": (1.6, 2.4, 1.6), "megalith": (3.0, 2.2, 1.5), "monument": (2.0, 3.0, 2.0),
}
DEFAULT_STAND_IN = (0.5, 0.5, 0.5)


@dataclass(frozen=True)
class Noun:
    """What a noun as written means to the layout."""

    noun: str  # singular, as written ("puppy")
    category: str  # catalog entry, a person category, or "unknown"
    scale: float = 1.0
    size: tuple[float, float, float] | None = None  # set for people and stand-ins
    stand_in: bool = False
    how: str = "catalog"  # catalog | alias | person | hypernym | stand-in (for the layout's notes)


@lru_cache(maxsize=1)
def _vocab() -> dict[str, str]:
    return vocabulary(load_catalog())


def person_size(height: float) -> tuple[float, float, float]:
    return (round(FIGURE_WIDTH * height, 3), height, round(FIGURE_DEPTH * height, 3))


@lru_cache(maxsize=4096)
def known_noun(word: str) -> Noun | None:
    """The meaning of a singular or plural noun (one or two words) if any table knows it."""
    word = word.lower().strip()
    catalog = load_catalog().objects
    vocab = _vocab()
    # Singular forms first, so "mice" is named "mouse" although the catalog lists "mice" as an alias.
    head, _, last = word.rpartition(" ")
    forms = list(dict.fromkeys(f"{head} {s}".strip() for s in (language.singular(last), last)))
    for form in forms:
        if form in PEOPLE:
            category, height = PEOPLE[form]
            if category in PERSON_CATEGORIES:
                return Noun(form, category, size=person_size(height), how="person")
            return Noun(form, category, how="alias")
        if form in catalog:
            return Noun(form, form, how="catalog")
        if form in vocab:
            # An alias names its own noun: the layout keeps "puppy" as the name, "dog" as the category.
            return Noun(form, vocab[form], how="alias")
        if form in HYPERNYMS:
            category, scale = HYPERNYMS[form]
            return Noun(form, category, scale=scale, how="hypernym")
        if form in STAND_IN_SIZES:
            return Noun(form, "unknown", size=STAND_IN_SIZES[form], stand_in=True, how="stand-in")
    return None


def resolve_noun(word: str) -> Noun:
    """Any noun: the tables' meaning, else the shape of its last part ("sheepdog" is a dog,
    "postbox" a box), else a labelled stand-in of a plausible size."""
    found = known_noun(word)
    if found is not None:
        return found
    first, _, rest = word.lower().partition(" ")
    if first == "toy" and rest and not wordnet.is_name(word):
        return as_toy(dataclasses.replace(resolve_noun(rest), noun=_singular(word)))
    singular = _singular(word)
    closed = _closed_compound(singular) or _by_wordnet(singular)
    if closed is not None:
        return closed
    if "_" in singular and " " not in singular:
        last = resolve_noun(singular.rsplit("_", 1)[1])  # "a great_grandma", "a trick_or_treater": the last part's kind
        if not last.stand_in:
            return dataclasses.replace(last, noun=singular)
    # A kind of a thing whose size the tables know: "a sneaker" is a shoe's size, "a gong" no half-metre block.
    general = next((STAND_IN_SIZES[g] for g in wordnet.hypernyms(singular, WORDNET_DEPTH) if g in STAND_IN_SIZES),
                   None)
    size = general or STAND_IN_BY_KIND.get(wordnet.kind(singular) or "", DEFAULT_STAND_IN)
    return Noun(singular, "unknown", size=size, stand_in=True, how="stand-in")


TOY_SIZE = 0.35  # metres along a toy's longest side: a toy robot or a toy dinosaur fits in the arms


def as_toy(thing: Noun) -> Noun:
    """"A toy robot", "a toy dinosaur": the thing's shape at a toy's size."""
    objects = load_catalog().objects
    if thing.size:
        factor = min(1.0, TOY_SIZE / max(thing.size))
        return dataclasses.replace(thing, size=tuple(round(d * factor, 3) for d in thing.size))
    if thing.category not in objects:
        return thing
    return dataclasses.replace(thing, scale=thing.scale * min(1.0, TOY_SIZE / (max(objects[thing.category].size) *
                                                                                thing.scale)))


# A stand-in's size when the dictionary says what kind of thing it is and that kind comes in one
# size more or less: "a croissant on a plate" is no half-metre block.
STAND_IN_BY_KIND = {"food": (0.18, 0.12, 0.18), "body": (0.18, 0.2, 0.22)}


WORDNET_GROUPS = {"animal", "plant", "vehicle", "furniture"}
WORDNET_DEPTH = 4  # further up, the kinds are too general to draw as ("a kiln" is no "structure")


def _by_wordnet(word: str) -> Noun | None:
    """What WordNet says a noun no table knows is: a person ("a potter"), or a kind of something
    the tables know ("a heron" is a bird, "an alpaca" a sheep), drawn as that; None when it is no
    thing, or nothing known is near it."""
    kind = wordnet.kind(word)
    if kind == "person":
        return Noun(word, "person", size=person_size(1.7), how="figure")
    if kind not in wordnet.CONCRETE or kind == "body":
        return None  # an idea or a place ("an interior" may be the setting): nothing to draw it as; nor
        # a part of a body by the words above it (an "organ" of the body is no pipe organ)
    catalog = load_catalog()
    for general in wordnet.hypernyms(word, WORDNET_DEPTH):
        known = known_noun(general)
        spec = catalog.get(known.category) if known and not known.stand_in else None
        if spec is not None and spec.group in ("plant", "animal") and kind != spec.group:
            continue  # "a water mill" is a kind of plant (a factory), no potted one
        if spec is not None:
            # Kinds of animal, plant, vehicle or furniture come in the sizes of their kind; a kind of
            # container or structure does not ("a birdbath" is a basin, no bowl), so it stays a stand-in.
            return Noun(word, known.category, scale=known.scale, how="hypernym") \
                if spec.group in WORDNET_GROUPS else None
    return None


# WordNet kinds of a noun that names a place on or by a thing, or how it looks, not a thing:
# "the edge of a table", "in the shadow of a barn" are at the table, at the barn.
RELATIONAL_KINDS = {"location", "shape", "state", "relation", "attribute", "phenomenon", "cognition"}


def names_a_place_on(word: str) -> bool:
    """True for "edge", "shadow", "vicinity", "outskirts": a noun whose commonest sense is a
    place or look, so "the X of a thing" is where the thing is."""
    return word in PARTS_OF or wordnet.kind(_singular(word)) in RELATIONAL_KINDS


def looks_like_noun(word: str) -> bool:
    """A thing's word the small model may have read otherwise ("a *lemur* clings"): the tables or
    the dictionary know it as a concrete noun, and it is no adjective of ours or the dictionary's."""
    return word not in ADJECTIVES and not wordnet.is_adjective(word) and (
        known_noun(word) is not None or wordnet.is_concrete(_singular(word)) is True)


def is_place(words: str) -> bool:
    """A place the tables do not list whose commonest sense is one ("oasis", "village green"):
    after "in" or "at", or said bare, it is where the scene is."""
    singular = _singular(words)
    return known_noun(singular) is None and (
        (wordnet.kind(singular) or wordnet.kind(singular.split()[-1])) == "location" or is_landform(singular) or
        is_kind_of_scenery(singular))


def is_kind_of_scenery(words: str) -> bool:
    """"a branch line" (a rail line, a road), "a dual carriageway": a dictionary name of some kind of
    road or path, the scenery things stand beside, not a thing among them."""
    return " " in words and bool(set(wordnet.hypernyms(words, 2)) & ROUTES)


ROUTES = {"road", "path", "track", "trail", "street", "lane"}


def is_landform(word: str) -> bool:
    """"a slope", "a glacier", "a ridge": the lie of the land, where things are, not a thing among them."""
    return "geological formation" in wordnet.hypernyms(word, 4)


# What a closing "in a ..." names as the scene's place: a building, a room, a shop, a pit in the ground.
BUILDING_KINDS = {"building", "edifice", "room", "shop", "store", "mercantile establishment", "establishment",
                  "place of business", "dwelling", "housing", "apartment", "excavation", "facility", "hall",
                  "structure", "area", "terminal", "workplace", "street", "thoroughfare", "enclosure", "courtyard",
                  "restaurant", "eating place"}


def is_building(words: str) -> bool:
    """"a studio apartment", "a barbershop", "a quarry", "a laundromat", "a cobbled mews": a place
    one is in. A compound the dictionary does not know is the place its last word names ("a
    station forecourt"), in either of its two commonest senses after a place ("a village hall": a
    hall is a corridor first, a building second)."""
    modifier, name = _named_place(words)
    senses = 1
    if modifier and (is_building(modifier) or wordnet.kind(_singular(modifier)) in ("location", "group")) or \
            wordnet.kind(name) == "group":
        senses = 2  # "a village hall", "a school canteen": a hall of a place is its building; a gymnasium
        # is a school first, a hall second
    above = set(wordnet.hypernyms(name, 5, senses=senses))
    if senses == 1 and above & SUPPORT_KINDS:
        return False  # "on a trestle", "a climbing frame": a structure things stand on, not a place one is in
    # (but "an airport lounge" is the lounge of a place: its room, not its sofa)
    return bool(above & BUILDING_KINDS) or is_place(words)


SUPPORT_KINDS = {"supporting structure", "supporting tower", "support", "framework", "furniture"}


def is_unlisted_structure(words: str) -> bool:
    """"..., in a granny annexe", "in the loft": closing a prompt, a made thing no table lists that holds
    nothing the way a box, a cage or a cupboard does is what the scene is in, not a thing in it."""
    name = _named_place(words)[1]
    return known_noun(name) is None and wordnet.kind(name) == "artifact" and \
        not set(wordnet.hypernyms(name, 6)) & HOLDERS


HOLDERS = {"container", "enclosure", "vessel", "receptacle", "bag", "box", "furniture", "conveyance", "device",
           "covering", "clothing", "footwear", "implement", "instrument"}


def _named_place(words: str) -> tuple[str, str]:
    """(the words before, the noun) a place's words name: the whole when the dictionary knows it,
    else its last word after the rest ("a station forecourt" is a forecourt)."""
    name = _singular(words)
    if wordnet.is_noun(name) or " " not in name:
        return "", name
    modifier, _, last = name.rpartition(" ")
    return modifier, last


# What a closing or opening "on a ..." names as the scene's place: ground one stands on, not a thing
# ("on a station forecourt", "at a car park"; not "on a bridge", a structure one may stand on or by).
GROUND_KINDS = {"area", "courtyard", "enclosure", "street", "thoroughfare", "tract", "piece of land", "field",
                "yard", "paved surface", "parcel of land", "grassland", "geological formation", "forest", "woods",
                "real property"}  # ("at a smallholding", "on a homestead": land one holds)


WAYS = {"path", "road", "way", "waterway", "canal", "track", "street", "river", "shore", "bank", "towpath",
        "footpath", "promenade", "waterfront", "coast", "beach", "highway", "lane", "trail", "stream", "brook"}


def is_way(words: str) -> bool:
    """"beside a canal towpath", "along a river": a way or a shore the scene is by, not a thing in it
    (a closed compound ending in one too: "towpath", "riverbank"; not in "way", a doorway is a thing)."""
    name = _named_place(words)[1]
    return name in WAYS or any(name.endswith(way) and len(name) > len(way) + 2 for way in WAYS - {"way"}) or \
        bool(set(wordnet.hypernyms(_singular(words), 3, senses=2)) & ROAD_KINDS)  # "a cul-de-sac": a road


ROAD_KINDS = {"road", "thoroughfare", "street"}


def is_occasion(words: str) -> bool:
    """"at a village fete", "at a wedding", "at a funfair", "at a wedding reception" (a social gathering):
    an event where the scene happens, no thing in it."""
    named = _named_place(words)[1]
    return wordnet.kind(named) in ("event", "act", "time") or "social gathering" in wordnet.hypernyms(named, 3)


def is_weather(words: str) -> bool:
    """"in a heatwave", "in thick fog", "during a blizzard": the weather, no thing in the scene."""
    return wordnet.kind(_named_place(words)[1]) == "phenomenon" and known_noun(words) is None
    # (the tables' things first: "a microwave" is an oven, whatever radiation the dictionary names first)


def is_ground(words: str) -> bool:
    if _singular(words).split()[-1] in SUPPORT_NAMES:
        return False  # "on a window ledge": a thing to set things on, whatever rock a ledge is first
    return bool(set(wordnet.hypernyms(_named_place(words)[1], 5)) & GROUND_KINDS) or is_place(words)


# Art forms: a closing bare "sepia daguerreotype", "Victorian engraving", "papercut diorama" is how it looks.
ART_KINDS = {"art", "graphic art", "fine art", "picture", "photograph", "painting", "paint", "drawing", "print"}
CRAFT_MEDIA = {"doodle", "papercut", "cutout", "claymation", "diorama", "miniature", "scribble", "stencil"}


# Tools that name the medium when a colour or stuff says which kind ("coloured pencil", "wax crayons",
# "felt tip pens"); alone ("pencil, ruler and eraser") they are the tools themselves.
DRAWING_TOOLS = {"pencil", "pencils", "pen", "pens", "marker", "markers", "crayons", "pastels", "tip", "tips"}
TOOL_KINDS = {"colored", "coloured", "color", "graphite", "wax", "oil", "chalk", "felt", "ballpoint", "ink"}


def names_a_medium(words: list[str]) -> bool:
    """"felt tips", "coloured pencils", "poster paints": what one draws or paints with, named in the plural."""
    return len(words) > 1 and words[-1] in DRAWING_TOOLS and words[-2] in TOOL_KINDS or \
        COLOURING in wordnet.hypernyms(_singular(words[-1]), 5)


COLOURING = "coloring material"  # the dictionary's paints, dyes and pigments


def is_art_form(word: str) -> bool:
    return word in MEDIA or word in CRAFT_MEDIA or bool(set(wordnet.hypernyms(_singular(word), 4)) & ART_KINDS)


def is_shape(word: str) -> bool:
    """A shape's name ("square", "oval", "hexagon"): the dictionary's commonest sense is a shape."""
    return wordnet.kind(_singular(word)) == "shape"


def is_stuff(word: str) -> bool:
    """A stuff ("charcoal", "graphite", "wax"): the dictionary's commonest sense is a substance.
    Broader than ``made_of``: a closing bare stuff is the medium, whatever things are made of."""
    return wordnet.kind(_singular(word)) == "substance"


def only_noun(word: str) -> bool:
    """True for "courtesy", "jelly": a word the dictionary has as a noun and never as an adjective
    (nor do the tables use it to describe), whatever its ending or the tagger's guess before a noun; a
    verb's participle is judged apart ("a grinning troll" grins)."""
    return wordnet.is_noun(word) and not wordnet.is_adjective(word) and word not in COLORS and \
        word not in ADJECTIVES | PLAIN_ADJECTIVES and not (word.endswith(("ing", "ed")) and wordnet.is_verb(word))


def only_adjective(word: str) -> bool:
    """True for "plump", "tidy", "skinny": the dictionary knows the word as an adjective, and as a
    noun not at all or only for no thing ("the skinny" is news)."""
    return wordnet.is_adjective(word) and (not wordnet.is_concrete(_singular(word)) and
                                           wordnet.sense_count(_singular(word)) < MANY_SENSES or
                                           wordnet.is_adjective_first(word) and not made_of(word)) and \
        not wordnet.is_noun_first(word)
    # ("a game console", "a signal lamp": a game, a signal is a noun first; "a dainty" is a sweet, but rarely;
    # "plush" is a cloth, whatever else)


MANY_SENSES = 5


# WordNet kinds of no thing a picture stands somewhere: acts, ideas, qualities, light, events.
ABSTRACT_KINDS = {"act", "communication", "cognition", "attribute", "phenomenon", "state", "feeling", "event",
                  "process", "time", "relation", "shape", "motive"}


def is_abstract(word: str) -> bool:
    """True for a noun whose commonest sense is an idea, act or quality ("illustration",
    "rendering", "photography", "glare"); False for a thing, a group or a place, and for a word
    the dictionary does not know (a name)."""
    return wordnet.kind(_singular(word)) in ABSTRACT_KINDS


# What things are made of, by WordNet's more general nouns; foods, liquids, fuels, soils and
# chemicals are what a thing holds or is for ("a fuel truck", "a water bottle", "a sand bucket").
MATERIAL_KINDS = {"metal", "alloy", "fabric", "textile", "building material", "plant material", "animal material",
                  "gemstone", "material"}
NOT_MATERIAL_KINDS = {"food", "liquid", "fluid", "fuel", "dirt", "particle", "chemical compound", "chemical",
                      "coloring material", "adhesive material", "waste", "cleansing agent",  # "a paint can"
                      "volcanic rock"}  # ("a lava lamp": molten rock, nothing is made of it)


PIECES_OF_MATERIAL = {"log", "plank", "brick", "stick", "twig"}  # things counted, not stuff: "a log pile"


def made_of(word: str) -> bool:
    """"brass", "chrome", "pewter", "wicker": a material a thing is made of, so before a noun it
    describes the thing (unless the two are one dictionary name: "tin can", "paper bag")."""
    if word in PIECES_OF_MATERIAL:
        return False
    above = set(wordnet.hypernyms(word, 4))
    return bool(above & MATERIAL_KINDS) and not above & NOT_MATERIAL_KINDS



def looks_made_of(word: str) -> bool:
    """"a wood sideboard", "a metal bucket": the stuff itself, no kind of it, before a noun says how the
    thing looks, as a colour would; a named stuff names the kind ("an oak table", "a brass lantern",
    "a silk scarf", "a wicker basket", "a marble statue"), as people name those things whole."""
    return word in ("wood", "timber", "metal")


# The tables' describing words that are also a stuff's name: before a made thing they name its kind
# as other stuff does ("a glass cabinet", "a stone trough", "a leather satchel"); "wooden", "woollen"
# are adjectives of the stuff and describe.
STUFF_ADJECTIVES = {"glass", "stone", "leather", "ceramic", "plastic"}


def names_by_stuff(word: str, head: str) -> bool:
    """"a copper kettle", "a glass cabinet", "a silk scarf": a named stuff before a made thing is
    part of its name ("a brass watermelon", a fruit, is a fruit that looks brass)."""
    stuff = word in STUFF_ADJECTIVES or made_of(word) and word not in COLORS and \
        word not in ADJECTIVES | PLAIN_ADJECTIVES  # ("a silver van" is silver; "a pale doll" pale, whatever a pale is)
    if not stuff or looks_made_of(word) or not _artifact_sense(_singular(head)):
        return False
    if set(wordnet.hypernyms(word, 4)) & {"metal", "alloy"}:
        # A metal names the vessels, tools and instruments made of it ("a copper kettle", "a brass compass");
        # a vehicle, a building or furniture so called is of its colour ("a chrome caravan", "a brass igloo").
        above = set(wordnet.hypernyms(_singular(head), 9))
        return bool(above & METAL_MADE_KINDS) and not above & METAL_LOOKING_KINDS
    return True


def _artifact_sense(head: str) -> bool:
    """A made thing in one of the noun's commonest senses; or a noun whose commonest senses are no thing at
    all (a "case" is an instance first) that is a made thing further down: a stuff before it picks that
    sense ("a glass case", "a leather case")."""
    kinds = wordnet.all_kinds(head)
    common = kinds[:wordnet.MAX_SENSES]
    return "artifact" in common or not set(common) & wordnet.CONCRETE and "artifact" in kinds


METAL_MADE_KINDS = {"container", "device", "instrument", "implement", "utensil", "adornment"}  # "a bronze brooch"
METAL_LOOKING_KINDS = {"vehicle", "structure", "furniture", "clothing"}


# Words for how old a thing is: before an animal or a person they describe, whatever names the
# dictionary begins with them ("a young bird", "an old man").
AGE_WORDS = {"old", "young", "elderly", "aged", "baby", "adult", "new", "ancient", "newborn", "infant", "juvenile"}
ORDINALS = {"first", "second", "third"}


def names_a_kind(word: str, head: str) -> bool:
    """"a common toad", "a snowy owl", "a wild dog": before an animal, a word the dictionary begins
    several animals' names with names its kind, where "a haughty toad" or "a sodden owl" is any toad
    or owl; a colour, size, age or coat pattern says how it looks. Before a person an ordinal the
    dictionary names them with is their post ("a first mate", "the first lady"; "a second" is read
    earlier as another one)."""
    if word in COLORS or word in SIZE_WORDS or word in AGE_WORDS or word in COAT_PATTERNS:
        return False
    one = _singular(head)
    if wordnet.kind(one) == "animal":
        return wordnet.names_begun(word, "animal") >= 2
    return word in ORDINALS and wordnet.kind(one) == "person" and wordnet.is_name(f"{word} {one}")


def named_for_a_place(words: list[str], head: str) -> bool:
    """"a new forest pony", "a maine coon": before an animal, words the dictionary knows as the name of a
    place name its breed, written small or not ("new" and "forest" alone would be its age and its home)."""
    return len(words) > 0 and words[0] not in COLORS and wordnet.kind(_singular(head)) == "animal" and \
        wordnet.is_place_name(" ".join(words))


def holds_stuff(material: str, head: str) -> bool:
    """"a cement bag", "a plaster bucket": a builder's stuff before a container is what it holds;
    ("a stone wall", "a brass bucket": what the thing is made of)."""
    return "building material" in wordnet.hypernyms(_singular(material), 4) and \
        "container" in wordnet.hypernyms(_singular(head), 6)


def dictionary_name(words: list[str]) -> bool:
    """True when the words, the last one singular, are one noun in the dictionary: "grand piano",
    "electric guitar", "fire hydrant" name a thing; "a wooden piano" is a piano and its look. The
    adjectives of the tables (colours, sizes, ages) describe, whatever the dictionary lists:
    "a white fox" is a fox (a stuff is judged apart: ``names_by_stuff``); but three words are one
    name even so ("a hot air balloon"). An article starts no name ("the street" and "the city" are the
    dictionary's for a street's finance or a city's)."""
    head = _singular(words[-1])
    return len(words) > 1 and words[0] not in ARTICLES and (words[0] not in ADJECTIVES or len(words) > 2 or
                               wordnet.kind(head) not in wordnet.CONCRETE or _kind_named(words[0], head)) and \
        wordnet.is_name(_singular(" ".join(words)))
    # ("a baby grand": a grand alone is a sum of money first, so the two words are the piano's name)


def birth_order(word: str, head: str) -> bool:
    """"a big sister", "a baby brother", "the eldest son", "a twin sister": before a sibling or a son
    or daughter a size or age word says which one, older or younger, not how big or old; the two
    words are the person's name."""
    return word in BIRTH_ORDER_WORDS and any(h.endswith(("sibling", "offspring"))
                                             for h in wordnet.hypernyms(_singular(head), 1))


def posture_kind(word: str, head: str) -> bool:
    """"a recumbent bike", "an upright piano", "a reclining seat": a made thing has no posture of its own to
    describe, so a word of one before it names the kind it is built as ("a recumbent man" is lying down)."""
    return word in POSTURES and wordnet.kind(_singular(head)) == "artifact"


POSTURES = {"recumbent", "upright", "reclining", "supine", "prone"}


def generation(word: str, head: str) -> bool:
    """"a great grandad", "a great aunt": before a grandparent or a grandchild, or where the dictionary names
    the two words (a great-aunt), "great" counts a generation more, never how grand they are."""
    one = _singular(head)
    return word == "great" and wordnet.kind(one) == "person" and (
        bool(GENERATIONS & set(wordnet.hypernyms(one, 2))) or wordnet.is_name(f"great {one}"))


GENERATIONS = {"grandparent", "grandchild"}


def for_a_baby(word: str, head: str) -> bool:
    """"a baby bottle", "a baby monitor": before a made thing "baby" says whom it is for, not its size
    ("a baby elephant" is a young one)."""
    kinds = [sense.kind for sense in wordnet.senses(_singular(head))]
    return word == "baby" and "artifact" in kinds and kinds[0] != "animal"


BIRTH_ORDER_WORDS = {"big", "little", "baby", "kid", "wee", "eldest", "oldest", "youngest", "older", "younger",
                     "elder", "twin", "firstborn"}


def plant_kind(word: str, head: str) -> bool:
    """"a lime tree", "an elder bush", "a cherry tree": before a plant a word that is itself a plant,
    or makes with it a plant's name, says which plant, not its colour or age ("a green tree" is a
    tree of that colour: green is no plant)."""
    if not {"woody plant", "vascular plant"} & set(wordnet.hypernyms(_singular(head), 6, senses=wordnet.MAX_SENSES)):
        return False  # (a plant, not a plant's part: "a burnt orange pinecone" is that colour)
    # (any of the head's commonest senses: a "poplar" is its wood first and a "cherry" its fruit, the tree after)
    return any(s.kind == "plant" for s in wordnet.senses(word)[:wordnet.MAX_SENSES]) or \
        wordnet.kind(f"{word} {_singular(head)}") == "plant" or \
        wordnet.names_begun(word, "plant") >= 2 and word not in COLORS and word not in SIZE_WORDS and \
        word not in AGE_WORDS and "food" not in [s.kind for s in wordnet.senses(_singular(head))]
    # ("a weeping ash", "an evergreen oak": a word the dictionary begins several plants' names with, as "a
    # weeping willow", names the tree's form; "a gnarled oak", "an old oak" are any oak; and before what is
    # eaten as well, a fruit or a vegetable, such a word says how it looks: "a rusty pear", "a striped cabbage")


def _kind_named(adjective: str, head: str) -> bool:
    """A word that names a kind of the thing: a "wild boar", a "sleeping bag". Not a colour, though
    the dictionary lists a "white fox" and a "black duck": people name a colour to say how a thing
    looks far more often than to name its kind; nor a size or age ("a little owl" is an owl that
    is small, an old man a man; but a giant panda is no big panda)."""
    if colour_names_kind(adjective, head):
        return True
    if birth_order(adjective, head) or plant_kind(adjective, head):
        return True
    return (adjective not in SIZE_WORDS or adjective == "giant") and adjective not in COLORS and \
        adjective not in COAT_PATTERNS and \
        wordnet.kind(f"{adjective} {head}") != "person" and (
            wordnet.is_kind_of(f"{adjective} {head}", head) or
            wordnet.kind(f"{adjective} {head}") in wordnet.CONCRETE - {wordnet.kind(head)})
    # (an old man is a man who is old; a baby walker is a frame, whatever a walker is first)


# A coat's pattern says how an animal looks, as a colour does: a tabby cat is a cat.
COAT_PATTERNS = {"tabby", "spotted", "striped", "piebald", "dappled", "brindle", "tortoiseshell", "speckled"}


# Animals whose everyday name begins with a colour: said so, the colour names the kind (and still
# colours it), where "a white fox" or "a black duck" is any fox or duck of that colour.
COLOUR_NAMED_KINDS = {"brown bear", "black bear", "red fox", "grey wolf", "gray wolf", "red panda", "blue whale",
                      "golden retriever", "golden eagle", "red squirrel", "grey squirrel", "gray squirrel",
                      "white shark", "green turtle", "red deer", "white stork", "blue jay", "blue tit",
                      "black rhino", "white rhino", "black panther", "white tiger", "red kite", "golden hamster",
                      "black widow", "grey seal", "gray seal", "grey heron", "gray heron", "black swan"}


def colour_names_kind(colour: str, head: str) -> bool:
    """"a red fox", "a grey squirrel" (the table's animals); "a grey friar", "a white friar": before a word
    for someone's role a colour the dictionary makes a name of a kind of that someone (a Franciscan, a
    Carmelite, by the habit) names it, for a colour says nothing else of a friar. A colour before a word
    for any man or woman ("a black man", "a white woman") says what they look like, as before an animal
    ("a black cat", "a white fox" are a cat and a fox of that colour)."""
    one = _singular(head)
    if f"{colour} {one}" in COLOUR_NAMED_KINDS:
        return True
    name = f"{colour} {one}"
    return colour in COLORS and one not in ANYONE and wordnet.kind(one) == "person" and \
        wordnet.kind(name) == "person" and wordnet.is_kind_of(name, one, 1)


# Words for anyone at all, of a sex or an age: a colour before them is the look of their skin or hair.
ANYONE = {"man", "woman", "person", "people", "boy", "girl", "child", "kid", "baby", "lady", "gentleman", "guy"}


# Heads that say only "a thing of that kind": "a shelf unit" is a shelf ("unit" alone, a cupboard).
GENERIC_HEADS = {"unit": "cabinet", "units": "cabinet", "module": "cabinet"}

# Things whose top is where other things are set out: "along the mantelpiece" is on it.
SUPPORT_NAMES = {"shelf", "ledge", "sill", "windowsill", "mantelpiece", "mantel", "mantelshelf", "counter",
                 "countertop", "worktop", "sideboard", "dresser", "bar", "bench", "table", "desk", "plinth",
                 "windowledge", "cabinet", "chest", "trunk", "crate", "bookcase", "bookshelf", "stall", "workbench"}


# Groups of the catalog whose shapes stand for a closed compound ending in their name: "a postbox"
# may be drawn as a box, but "a birdhouse" is no house, nor "a seahorse" a horse.
CLOSED_COMPOUND_GROUPS = {"furniture", "tableware", "prop", "vehicle", "animal"}
CONVEYANCES = {"conveyance", "transport"}  # WordNet's other word for what carries things: a vehicle's size


def _closed_compound(word: str) -> Noun | None:
    """"sheepdog" -> a dog, "flowerpot" -> a pot: one word ending in a catalog noun of three or
    more letters after three or more others; an animal only after another noun ("sheep")."""
    if " " in word or len(word) < 6 or wordnet.senses(word) and all(s.kind == "person" for s in wordnet.senses(word)):
        return None  # ("a mascot", "a hairdresser" are someone, no kind of cot or dresser)
    catalog = load_catalog()
    vocab = _vocab()
    for cut in range(3, len(word) - 2):
        prefix, suffix = word[:cut], word[cut:]
        category = vocab.get(suffix)
        spec = catalog.get(category) if category else None
        if spec is None or spec.group not in CLOSED_COMPOUND_GROUPS:
            continue
        before = known_noun(prefix)
        before_spec = catalog.get(before.category) if before else None
        if spec.group == "animal" and not (before and before.how == "person" or
                                           before_spec and before_spec.group == "animal"):
            continue  # "sheepdog"; not "seahorse"
        general = set(wordnet.hypernyms(word, 6))
        groups = WORDNET_GROUPS & general | ({"vehicle"} if general & CONVEYANCES else set())
        if groups and spec.group not in groups:
            continue  # "a snowmobile" is a vehicle, whatever "mobile" names alone
        return Noun(word, category, how="hypernym")
    return None


def _singular(word: str) -> str:
    head, _, last = word.lower().rpartition(" ")
    one = language.singular(last)
    if head and one.endswith("ie") and last == f"{one}s" and not wordnet.is_name(f"{head} {one}") and \
            wordnet.is_name(f"{head} {one[:-2]}y"):
        one = f"{one[:-2]}y"  # "tea caddies": the dictionary's tea caddy (a caddie carries golf clubs)
    return f"{head} {one}".strip()


def is_plural(word: str) -> bool:
    """True for a plural form ("apples", "mice"); "sheep" and "deer" are both and count as singular."""
    return language.is_plural(word.lower().split()[-1])


PLURAL_OWNER_RE = re.compile(r"\b([A-Za-z]+s)['\u2019](\s+)([A-Za-z]+)")


def owners_named_singly(text: str) -> str:
    """"four captains' chairs", "two ships' bells": many of a thing the dictionary names with one owner
    ("captain's chair", "ship's bell") are so named, where "the boys' bikes" are bikes the boys own."""
    def single(match: re.Match) -> str:
        owner, gap, thing = match.groups()
        one = language.singular(owner.lower())
        named = one != owner.lower() and wordnet.is_name(f"{one}'s {language.singular(thing.lower())}")
        return f"{owner[:len(one)]}'s{gap}{thing}" if named else match.group(0)
    return PLURAL_OWNER_RE.sub(single, text)
