"""Spatial prompt -> ``SceneSpec``: the things named, how many, and how they relate.

Offline and deterministic, in three passes:

1. camera phrases ("top view", "close-up", "filmed from behind") and filler ("a photo of") are cut
   out of the text, so their words are never read as relations;
2. the shared English parse (``studio.language``: spaCy) gives every word its part of speech, so
   only nouns name things: verbs and adverbs end a noun phrase ("two dogs chased a ball"),
   adjectives are attributes, style, light and weather words are the scene's style, places after
   in/on/at are its setting, and an unknown name is a figure. The words become a stream of items:
   noun phrases (count, colour, size, noun), relation phrases, frame phrases ("on the left"),
   orientation phrases, arrangements ("in three rows of four", "in a circle"), pronouns and
   separators;
3. a small clause machine turns the stream into relations: ``NP REL NP``, ``NP between NP and
   NP``, ``REL NP is NP``, co-subjects ("a cat and a dog on a table"), pronouns ("on it"), and a
   clause without a subject continuing the previous one ("a cat left of a dog, facing right").

The same noun with "the" (or no article) refers back to the thing already named ("the chair" to
an office chair); "another", a second count, a different colour, or the same noun on both sides
of one relation ("a lamp hidden by a lamp") makes a new one.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field

from crews.spatial import lexicon
from crews.spatial.phrases import CAMERA_RE, FILLER_RE, PHRASES, THERE_RE
from crews.spatial.spec import CameraSpec, EntitySpec, RelationSpec, SceneSpec
from studio import language

MAX_COUNT = 20
MAX_WORDS = 400  # a spatial prompt is a few sentences; the rest of a very long line is reported, not read
KEPT = re.compile(r"\d+|[^\W\d_]+(?:'[^\W\d_]+)?|[,;.!?:]")  # words in any alphabet, clause punctuation
SEPARATORS = {",", ";", ".", "!", "?", ":", "and", "while", "with", "plus", "but", "whereas", "where", "then",
              "also", "whilst", "beside", "besides"}
PRONOUNS = {"it", "they", "them", "itself", "themselves", "him", "he", "she", "both"}
POSSESSIVE = {"its", "his", "her", "their"}
# Words that end a noun phrase without meaning anything spatial ("a cat *is sitting* on ..."); the
# parse ends a phrase at any other verb or adverb too.
VERBS = {
    "is", "are", "was", "were", "be", "been", "being", "sits", "sit", "sitting", "seated", "stands", "stand",
    "standing", "lies", "lie", "lying", "laying", "rests", "rest", "resting", "placed", "place", "located",
    "positioned", "situated", "parked", "hangs", "hanging", "hung", "perched", "perches", "floats", "floating",
    "stays", "kept", "put", "appears", "appear", "can", "could", "seen", "which", "that", "who", "whose", "stood",
    "sat", "lay", "set", "has", "have", "had", "holding", "holds", "waits", "waiting", "sleeps", "sleeping",
    "staying", "remains", "remaining", "there", "here", "visible", "shown", "arranged", "lined", "stacked",
    "not", "also", "just", "right", "directly", "exactly", "slightly", "somewhat", "very", "far", "immediately",
    "straight", "each", "all", "both", "only", "now", "gently", "neatly", "sits", "sitting", "parked",
    "grazing", "grazes", "eating", "eats", "playing", "plays", "lying", "laid", "leaning", "leans", "leaned",
    "facing", "looking", "turned", "pointing", "photo", "image", "picture", "at", "to", "from",
}
# "right" and "directly" are intensifiers ("right behind", "directly under"): dropped as verbs are.
SEATED = {"sits", "sit", "sitting", "seated", "sat", "perched", "perches"}
LYING = {"lies", "lie", "lying", "lay", "laying", "sleeps", "sleeping", "resting", "rests", "sprawled", "asleep"}
# Verbs by which someone puts a thing somewhere: the place phrase is the thing's, not theirs.
PLACING_VERBS = {"set", "sets", "put", "puts", "placed", "places", "laid", "lays", "hung", "hangs", "left", "leaves",
                 "stood", "propped", "rested", "dropped", "leaned", "tucked", "slid", "tossed", "parked", "stacked"}
# Articles, conjunctions and prepositions of the languages a user is likeliest to try instead of
# English: two or more of them, outnumbering English ones, mean the prompt is not English.
FOREIGN_FUNCTION_WORDS = {
    "le", "la", "les", "un", "une", "des", "du", "et", "est", "dans", "sur", "sous", "avec", "à", "au", "aux",  # fr
    "der", "die", "das", "ein", "eine", "einem", "einen", "und", "ist", "auf", "unter", "mit", "neben", "zwei",  # de
    "el", "los", "las", "una", "unos", "y", "es", "con", "sobre", "del", "junto",  # es
    "il", "gli", "di", "che", "della", "sul", "sotto", "accanto",  # it
    "het", "een", "op", "naast", "onder", "twee",  # nl
}
SETTING_PREPOSITIONS = {"in", "on", "at", "inside", "into", "within", "across", "through", "throughout", "around"}


@dataclass(frozen=True)
class Word:
    """One word of the prompt as the shared parse reads it."""

    text: str  # lower case, as the phrase tables match it
    written: str  # as written, for names ("Mara", "Sherlock Holmes")
    pos: str = "X"  # spaCy's universal part of speech
    dep: str = ""
    head: int = -1  # index of the head word in the same list (-1: none kept)
    entity: str = ""  # spaCy's entity label (PERSON, GPE, ...)


@dataclass
class NounPhrase:
    words: list[str]
    noun: lexicon.Noun | None  # None: only scenery ("the floor", "the image")
    count: int | None
    definite: bool
    plural: bool
    fresh: bool  # "another cat", "a second cat": never the cat already named
    color_name: str | None
    scale: float
    start: int  # token index
    indefinite: bool = False  # "a lamp": may be a second lamp
    attributes: list[str] = field(default_factory=list)
    style: list[str] = field(default_factory=list)  # "watercolor style": how it looks, not a thing
    setting: str | None = None  # "the kitchen": where it is
    proper: bool = False
    first: int = 0  # index of the phrase's first word
    owner: bool = False  # "their feet", "his hands": a body part, standing for its owner


@dataclass
class Item:
    kind: str  # np | rel | frame | orient | rows | pron | eachother | sep | order
    value: str = ""
    np: NounPhrase | None = None
    start: int = 0


@dataclass
class Clause:
    subjects: list[str] = field(default_factory=list)
    carried: list[str] = field(default_factory=list)  # "a cat and": subjects offered to the next clause
    last_np: str | None = None
    related: bool = False  # some relation already used the subjects
    pending: tuple[str, list[str]] | None = None  # (relation kind, subjects) waiting for an object
    between: list[str] = field(default_factory=list)  # objects of a "between" so far
    between_subjects: list[str] = field(default_factory=list)
    leading: tuple[str, str | None] | None = None  # "on the table (is) a cup": (kind, object)
    pending_frame: str | None = None  # "on the left is a cat"
    mentioned: list[str] = field(default_factory=list)  # every entity the clause names
    faced: list[str] = field(default_factory=list)  # entities this clause already turned ("facing ...")
    fronted: tuple[str, str] | None = None  # the fronted relation applied ("on the table is a vase")
    pose: str | None = None  # "sitting", "lying": how the subjects rest on what the clause puts them on
    naming: bool = False  # "named": the next noun phrase is the name of the last one
    wearing: bool = False  # "in silver armor", "wearing a hat": the next noun phrase is worn
    opened_by: str = ""  # the separator that began the clause ("with": its "it" is the owner)
    holders: list[str] = field(default_factory=list)  # "a table holding three mugs": the holder


def parse(prompt: str) -> SceneSpec:
    """The scene a prompt describes; never raises on odd text (unknown nouns become stand-ins)."""
    camera, text = prepare(prompt)
    words = read_words(text)
    builder = _Builder(prompt, camera, words)
    if len(words) > MAX_WORDS:
        builder.notes.append(f"the prompt is {len(words)} words long: read the first {MAX_WORDS}")
        words = words[:MAX_WORDS]
    builder.run(items(words))
    return builder.spec()


def parse_many(prompts: list[str]) -> list[SceneSpec]:
    """Each prompt's scene, the English parses made together through ``nlp.pipe`` (a batch of
    prompts parses faster so); each result is exactly what ``parse`` gives the prompt alone."""
    language.parse_many([prepare(p)[1] for p in prompts])
    return [parse(p) for p in prompts]


def prepare(prompt: str) -> tuple[CameraSpec, str]:
    """The camera phrases taken out, filler cut, "there is" made a plain verb: the text to parse."""
    text = normalise(prompt)
    camera, text = take_camera(text)
    text = FILLER_RE.sub(" , ", text)
    text = THERE_RE.sub(" is ", text)  # a verb: ends the noun phrase, not the clause
    return camera, text


def read_words(text: str) -> list[Word]:
    """The shared parse of the text, keeping the words the phrase tables read (letters, digits,
    clause punctuation); each word knows its part of speech and its head among the kept words."""
    doc = language.parse(text)
    kept = [t for t in doc if KEPT.fullmatch(t.lower_)]
    index = {t.i: k for k, t in enumerate(kept)}
    # A word the recogniser takes for a person's name is a name, whatever tag it got ("Kowalski").
    return [Word(t.lower_, t.text, "PROPN" if t.ent_type_ == "PERSON" and t.text[:1].isupper() else t.pos_, t.dep_,
                 index.get(t.head.i, -1) if t.head.i != t.i else -1, t.ent_type_)
            for t in kept]


# ------------------------------------------------------------------ text ----


def normalise(prompt: str) -> str:
    """Punctuation and spelling the tables expect; the case is kept, names need it."""
    text = prompt.replace("\u2019", "'").replace("\u2018", "'")
    text = re.sub(r"[\"()\[\]{}]", " ", text)
    text = re.sub(r"(?<=[A-Za-z])-(?=[A-Za-z])", " ", text)  # "close-up", "left-facing", "teddy-bear"
    text = re.sub(r"(?<=\d)\s*[x\u00d7]\s*(?=\d)", " by ", text)  # "a 3x4 grid"
    text = re.sub(r"\b(\w+)'s\b", r"\1", text)  # "the dog's left" -> "the dog left" (rare; keeps tokens clean)
    text = re.sub(r"(?i)colour", "color", text)
    return text


CAMERA_HEIGHTS = {"view+low": 4.0, "view+high": 55.0}  # degrees, as "from below" and "high angle" say


def take_camera(text: str) -> tuple[CameraSpec, str]:
    camera = CameraSpec()
    stated = []
    for regex, field_name, value in CAMERA_RE:
        def cut(match: re.Match, field_name=field_name, value=value) -> str:
            nonlocal camera
            stated.append(match.group(0).strip())
            if field_name == "view" and camera.view == "front":
                camera = camera.model_copy(update={"view": value})
            elif field_name == "shot" and camera.shot == "default":
                camera = camera.model_copy(update={"shot": value})
            elif field_name == "elevation" and camera.elevation_deg is None:
                camera = camera.model_copy(update={"elevation_deg": float(value)})
            elif field_name.startswith("view+"):  # "bottom left view": a side and a height in one phrase
                side = "left" if "left" in match.group(0).lower() else "right"
                update = {"elevation_deg": CAMERA_HEIGHTS[field_name]} if camera.elevation_deg is None else {}
                if camera.view == "front":
                    update["view"] = side
                camera = camera.model_copy(update=update)
            return " ; "
        text = regex.sub(cut, text)
    return camera.model_copy(update={"stated": stated}), text


# ----------------------------------------------------------------- items ----


def items(words: list[Word]) -> list[Item]:
    """Words -> items; consecutive plain words become one noun phrase each."""
    tokens = [w.text for w in words]
    out: list[Item] = []
    run: list[tuple[str, int]] = []

    def flush() -> None:
        if run:
            for np in noun_phrases(run, words):
                out.append(Item("np", np=np, start=np.start))
            run.clear()

    i = 0
    while i < len(tokens):
        token = tokens[i]
        rows = _arrangement(tokens, i)
        if rows:
            flush()
            out.append(Item("rows", rows[0], start=i))
            i = rows[1]
            continue
        if token == "along" and i + 1 < len(tokens) and tokens[i + 1] not in SEPARATORS:
            # "parked along a wall": in one row, in front of what they line.
            flush()
            out += [Item("rows", "1", start=i), Item("rel", "in_front_of", start=i)]
            i += 1
            continue
        if token in ("wearing", "dressed", "wears", "wore") or token == "in" and i + 1 < len(tokens) and \
                _worn_follows(tokens, i + 1):
            flush()
            out.append(Item("worn", start=i))  # "a knight in silver armor": the armor is how he looks
            i += 1
            continue
        if run and token not in ("a", "an", "one") and _count_value(token) and \
                words[run[-1][1]].pos in ("NOUN", "PROPN"):
            flush()  # "on the lower shelf two baskets": a number starts the next noun phrase
        member = _member(words, i)
        if member:
            flush()
            out.append(Item("member", member[0], start=i))
            i = member[1]
            continue
        if token in ("in", "painted", "coloured", "colored", "dressed") and i + 1 < len(tokens) and \
                tokens[i + 1] in lexicon.COLORS and (i + 2 >= len(tokens) or tokens[i + 2] in SEPARATORS
                                                     or PHRASES.match(tokens, i + 2)):
            flush()
            out.append(Item("color", tokens[i + 1], start=i))  # "the first in red", "a car painted blue"
            i += 2
            continue
        step = _step(tokens, i)
        if step:
            flush()
            out.append(Item("step", step[0], start=i))
            i = step[1]
            continue
        match = PHRASES.match(tokens, i)
        # "her"/"its" before a noun is an article, not the start of "on her left".
        if match and not (match.kind.startswith("orient:toward") and _next_is_relation(tokens, match.end)):
            flush()
            family, _, value = match.kind.partition(":")
            out.append(Item(family, value, start=i))
            i = match.end
            continue
        if token in ("each", "one") and i + 1 < len(tokens) and tokens[i + 1] in ("other", "another"):
            flush()
            out.append(Item("eachother", start=i))
            i += 2
            continue
        if token in DIRECTIONS and _after_facing(out) and not run:
            out.append(Item("orient", DIRECTIONS[token], start=i))  # "facing left *and right* respectively"
        elif token in SEPARATORS:
            flush()
            out.append(Item("sep", token, start=i))
        elif token in PRONOUNS or (token in POSSESSIVE and not _noun_follows(tokens, i)):
            flush()
            out.append(Item("pron", token, start=i))
        elif token in ("named", "called") and i + 1 < len(words) and words[i + 1].pos == "PROPN":
            flush()
            out.append(Item("named", start=i))  # "a shepherd named Tomasz": the name of the thing before
        elif token in VERBS and not (token in ("right",) and run) and not _a_can(words, i, run):
            flush()
            if token in SEATED | LYING:
                out.append(Item("pose", "seated" if token in SEATED else "lying", start=i))
        elif _ends_phrase(words, i, run):
            flush()
            if token in SEATED | LYING:
                out.append(Item("pose", "seated" if token in SEATED else "lying", start=i))
        else:
            run.append((token, i))
        i += 1
    flush()
    return out


DIRECTIONS = {"left": "left", "right": "right", "away": "away", "forward": "camera", "forwards": "camera"}


def _after_facing(out: list[Item]) -> bool:
    """True right after a facing and "and" or a comma: the next bare direction is another facing."""
    return len(out) >= 2 and out[-1].kind == "sep" and out[-1].value in ("and", ",") and out[-2].kind == "orient"


def _ends_phrase(words: list[Word], i: int, run: list[tuple[str, int]]) -> bool:
    """A verb or an adverb the parse sees between noun phrases ("two dogs *chased* a ball",
    "*neatly* arranged"); a known noun right after an article or adjective stays a noun ("a duck")."""
    word = words[i]
    if word.pos == "ADP" and word.text != "of":
        return True  # "two boxes *past* a fire truck": a preposition no table knows still ends the phrase
    if word.pos not in ("VERB", "AUX", "ADV", "SCONJ", "INTJ", "PART"):
        return False
    if word.text in lexicon.COUNT_WORDS or _count_value(word.text):
        return False
    if run and words[run[-1][1]].pos == "DET":
        return False  # "a saw", "the bears": right after an article it is a noun
    starts_clause = i == 0 or words[i - 1].text in SEPARATORS
    if not run and starts_clause and word.text not in VERBS and i + 1 < len(words) and \
            words[i + 1].pos in ("VERB", "AUX", "ADP"):
        return False  # "..., seagulls flying above": a clause's subject the tagger read as a verb
    if run and lexicon.known_noun(f"{run[-1][0]} {word.text}"):
        return False  # "teddy bears", "fire hydrant": the second word of a known name
    nxt = words[i + 1] if i + 1 < len(words) else None
    if word.dep in ("amod", "compound") and nxt is not None and nxt.pos in ("NOUN", "PROPN"):
        return False  # "a rocking horse", "a sleeping cat": a modifier of the noun after it
    if run and lexicon.known_noun(word.text):
        previous = words[run[-1][1]]
        if previous.pos in ("DET", "NUM", "ADJ") or previous.text in lexicon.ARTICLES:
            return False
    return True


def _arrangement(tokens: list[str], i: int) -> tuple[str, int] | None:
    """"in two rows" -> ("2", end); "in three rows of four" / "in a 3 by 4 grid" -> ("3x4", end);
    "in a pile" -> ("stack", end). End: the index after the phrase."""
    at = i
    if tokens[at] not in ("in", "into", "as", "forming", "form"):
        return None
    at += 1
    if at < len(tokens) and tokens[at] in ("a", "an", "one"):
        at += 1
    if at < len(tokens) and tokens[at] in ("stack", "pile", "heap", "tower", "column") and tokens[i + 1] in ("a", "an"):
        return ("stack" if tokens[at] != "column" else "1"), at + 1
    rows = _count_value(tokens[at]) if at < len(tokens) else None
    if not rows:
        return None
    if at + 3 < len(tokens) and tokens[at + 1] == "by" and _count_value(tokens[at + 2]) and \
            tokens[at + 3] in ("grid", "grids", "array", "matrix", "formation", "block", "square", "rectangle"):
        return f"{rows}x{_count_value(tokens[at + 2])}", at + 4
    if at + 1 < len(tokens) and tokens[at + 1] in ("rows", "row", "lines", "line", "ranks", "rank", "tiers", "tier",
                                                    "columns", "column", "files"):
        end = at + 2
        per = None
        if end + 1 < len(tokens) and tokens[end] == "of" and _count_value(tokens[end + 1]):
            per = _count_value(tokens[end + 1])
            end += 2
        if tokens[at + 1].startswith(("column", "file")):
            return (f"{per}x{rows}" if per else f"cols{rows}"), end
        return (f"{rows}x{per}" if per else str(rows)), end
    return None


POSITIONS = {"first": "first:1", "leftmost": "first:1", "last": "last:1", "final": "last:1", "rightmost": "last:1",
             "middle": "middle:1", "central": "middle:1", "centre": "middle:1", "center": "middle:1"}


def _member(words: list[Word], i: int) -> tuple[str, int] | None:
    """Members of a group by position or by look: "the first", "the second lamppost", "the middle
    one", "the two on the right", "the white one", "the other two" -> ("first:1" | "index:2" |
    "last:2" | "pick:white" | "rest" ..., end)."""
    tokens = [w.text for w in words]
    if tokens[i] != "the" or i + 1 >= len(tokens):
        return None
    word, end = tokens[i + 1], i + 2

    def noun_after(at: int) -> int:
        """Past "one"/"ones" or the group's own noun ("the second lamppost")."""
        if at < len(tokens) and (tokens[at] in ("one", "ones") or words[at].pos == "NOUN" and
                                 not PHRASES.match(tokens, at) and tokens[at] not in SEPARATORS):
            return at + 1
        return at

    if word in POSITIONS:
        return POSITIONS[word], noun_after(end)
    place = language.ordinal(word)
    if place and place > 1:
        return f"index:{place}", noun_after(end)
    if word in lexicon.COLORS and end < len(tokens) and tokens[end] in ("one", "ones"):
        return f"pick:{word}", end + 1
    if word in ("other", "others", "rest", "remaining"):
        end = end + 1 if end < len(tokens) and _count_value(tokens[end]) else end
        return "rest", noun_after(end)
    count = 1 if word == "one" else _count_value(word) if word not in ("a", "an") else None
    if count and tokens[i + 2:i + 4] in (["on", "the"], ["at", "the"], ["to", "the"]) \
            and i + 4 < len(tokens) and tokens[i + 4] in ("left", "right"):
        return f"{'first' if tokens[i + 4] == 'left' else 'last'}:{count}", i + 5
    return None


def _step(tokens: list[str], i: int) -> tuple[str, int] | None:
    """"a step back", "set back", "a little forward": out of line, behind or in front of the rest."""
    for phrase, value in ((["a", "step", "back"], "back"), (["a", "step", "forward"], "forward"),
                          (["set", "back"], "back"), (["a", "little", "back"], "back"),
                          (["further", "back"], "back"), (["a", "step", "ahead"], "forward")):
        if tokens[i:i + len(phrase)] == phrase:
            return value, i + len(phrase)
    return None


def _a_can(words: list[Word], i: int, run: list[tuple[str, int]]) -> bool:
    """"a watering can", "a can of paint": "can" ending a noun phrase, with no verb after it."""
    following = words[i + 1] if i + 1 < len(words) else None
    return words[i].text == "can" and bool(run) and (following is None or following.pos not in ("VERB", "AUX"))


def _worn_follows(tokens: list[str], i: int) -> bool:
    """True when the words from ``i`` are clothing ("a", "silver", "armor")."""
    for token in tokens[i:i + 4]:
        if token in lexicon.WORN or language.singular(token) in lexicon.WORN:
            return True
        if token in SEPARATORS or PHRASES.match([token], 0):
            return False
    return False


def _next_is_relation(tokens: list[str], i: int) -> bool:
    match = PHRASES.match(tokens, i) if i < len(tokens) else None
    return bool(match and match.kind.startswith("rel:"))


def _noun_follows(tokens: list[str], i: int) -> bool:
    return i + 1 < len(tokens) and tokens[i + 1] not in SEPARATORS and tokens[i + 1] not in VERBS and \
        not PHRASES.match(tokens, i + 1) and tokens[i + 1] not in ("left", "right", "back", "front", "side")


def _count_value(token: str) -> int | None:
    if token.isdigit():
        return int(token)
    return lexicon.COUNT_WORDS.get(token) or ({"a": 1, "an": 1}.get(token))


STACKS = {"stack", "pile", "heap", "tower"}


def noun_phrases(run: list[tuple[str, int]], words: list[Word]) -> list[NounPhrase]:
    """One run of plain words -> its noun phrase: "three red apples", "a group of people"."""
    tokens = [w for w, _ in run]
    count: int | None = None
    definite = fresh = indefinite = False
    color = None
    scale = 1.0
    attributes: list[str] = []
    styles: list[str] = []
    stacked = False
    k = 0
    while k < len(tokens):
        word = tokens[k]
        info = words[run[k][1]]
        if word in ("another", "second", "third", "other", "more", "extra", "additional", "different"):
            fresh = True
        if word in lexicon.DEFINITE:
            definite = True
        if word in ("a", "an"):
            indefinite = True
        value = _count_value(word)
        if value and not (word == "one" and count):
            if word not in ("a", "an") or count is None:
                count = value if word not in ("a", "an") else count
        elif word in lexicon.COLLECTIVES and k + 1 < len(tokens) and tokens[k + 1] == "of":
            count = count if count and count > 1 else lexicon.COLLECTIVES[word]
            stacked = stacked or word in STACKS
            k += 2
            continue
        elif word in lexicon.COLORS and k + 1 < len(tokens):
            color = word
        elif word in lexicon.SIZE_WORDS and k + 1 < len(tokens):
            scale *= lexicon.SIZE_WORDS[word]
        elif word in lexicon.STYLE_ADJECTIVES:
            styles.append(word)  # "photorealistic", "moody": how the picture looks, wherever it stands
        elif word not in lexicon.ARTICLES and word != "of" and word not in ("more", "extra"):
            describes = word in lexicon.ADJECTIVES or info.pos in ("ADJ", "ADV") and not lexicon.known_noun(word)
            if describes and k + 1 < len(tokens):
                attributes.append(word)
            else:
                break
        k += 1
    rest = run[k:]
    start = run[k][1] if k < len(run) else run[-1][1]
    head = _head(rest, words)
    head.style = styles + head.style if (head.style or head.noun is None) and styles else head.style
    owned = tokens[0] in POSSESSIVE or not (indefinite or count or tokens[0] in lexicon.DEFINITE)
    if head.noun is not None and owned and \
            head.last in lexicon.BODY_PARTS | {language.plural(b) for b in lexicon.BODY_PARTS}:
        # "shake hands", "around their feet": parts of someone already there, not things.
        return [NounPhrase(tokens, None, None, definite, False, False, None, 1.0, start, first=run[0][1],
                           owner=tokens[0] in POSSESSIVE)]
    if head.noun is not None and head.last in lexicon.MEDIA and not (definite or indefinite or count):
        # "moody oil painting" at the end of a prompt: the medium; "a painting" is a thing.
        return [NounPhrase(tokens, None, None, False, False, False, None, 1.0, start, first=run[0][1],
                           style=attributes + tokens[k:])]
    if head.noun is None:
        if not rest and tokens and (tokens[-1] in lexicon.COLORS or tokens[-1] in lexicon.SIZE_WORDS):
            return []  # "a red", "a big": adjectives split from their noun by "and"
        style = (head.style or styles) and attributes + (head.style or styles)
        return [NounPhrase(tokens, None, count, definite, False, fresh, color, scale, start, style=style or [],
                           setting=head.setting, first=run[0][1])] if tokens else []
    noun = head.noun
    plural = lexicon.is_plural(head.last) and not head.proper  # "Sherlock Holmes" is one man
    np = NounPhrase(tokens, noun, count, definite, plural, fresh, color, scale, rest[head.at][1], indefinite,
                    attributes, setting=head.setting, proper=head.proper)
    np.first = run[0][1]
    if stacked:
        np.attributes.append("stack")
    return [np]


@dataclass
class Head:
    noun: lexicon.Noun | None = None
    at: int = 0  # index of the head word in the words after the modifiers
    last: str = ""  # the head word as written (for its number)
    style: list[str] = field(default_factory=list)
    setting: str | None = None
    proper: bool = False


def _head(rest: list[tuple[str, int]], words: list[Word]) -> Head:
    """The thing the remaining words name: a known one- or two-word noun (with the nouns before it
    kept as part of its name: "office chair"), else the parse's noun (a stand-in, or a figure for
    a name); None for scenery, a setting, style or words that are not nouns."""
    tokens = [w for w, _ in rest]
    if "of" in tokens:
        rest, tokens = rest[:tokens.index("of")], tokens[:tokens.index("of")]
    info = [words[i] for _, i in rest]
    article = next((i for i, t in enumerate(tokens) if t in ("the", "a", "an") and i > 0), None)
    if article and all(w.pos == "PROPN" and w.written[:1].isupper() for w in info[:article]):
        # "Zorblax the goblin", "Rex the dog": a name, of the kind the words after it say.
        kind = _head(rest[article + 1:], words)
        name = " ".join(w.written for w in info[:article])
        noun = kind.noun or lexicon.Noun(name, "person", size=lexicon.person_size(1.7), how="figure")
        return Head(dataclasses.replace(noun, noun=name), article - 1, tokens[article - 1], proper=True)
    best: tuple[str, int, int] | None = None  # (noun, first index, last index)
    for i, word in enumerate(tokens):
        if i + 1 < len(tokens):
            pair = f"{word} {tokens[i + 1]}"
            known = lexicon.known_noun(pair)
            if known and known.how != "stand-in" or lexicon._singular(pair) in lexicon.STAND_IN_SIZES:
                best = (pair, i, i + 1)
                continue
        if best and best[2] == i:
            continue
        if word in lexicon.SCENERY or word in lexicon.ARTICLES or word in lexicon.STYLE_NOUNS:
            continue
        if info[i].pos in ("VERB", "ADV", "ADP") and best is not None:
            continue
        if lexicon.known_noun(word):
            best = (word, i, i)
    nounish = [i for i, w in enumerate(info) if w.pos in ("NOUN", "PROPN", "X") or lexicon.known_noun(tokens[i])]
    before = words[rest[-1][1] - 1] if rest and rest[-1][1] > 0 else None
    if not nounish and not best and before is not None and before.pos in ("DET", "NUM", "ADJ") and \
            info[-1].pos not in ("ADJ", "ADV", "NUM", "DET", "ADP", "PART"):
        nounish = [len(info) - 1]  # "a saw": a noun the tagger read as a verb
    if nounish and tokens[nounish[-1]] in lexicon.STYLE_NOUNS and (best is None or nounish[-1] > best[2]):
        return Head(style=tokens[:nounish[-1] + 1])  # "oil painting style": the painting is the style
    last = best[2] if best else (nounish[-1] if nounish else None)
    if last is None:
        return Head()
    head_word = tokens[last]
    if head_word in lexicon.STYLE_NOUNS:
        return Head(style=tokens[:last + 1])
    first = best[1] if best else last
    proper = info[last].pos == "PROPN" and info[last].written[:1].isupper()
    # The nouns just before the head are part of its name: "office chair", "garden hose",
    # "Sherlock Holmes"; a name before a common noun is its owner ("Mara's dog"), not its name.
    while first > 0 and info[first - 1].dep == "compound" and tokens[first - 1] not in lexicon.STYLE_NOUNS and \
            (info[first - 1].pos == "PROPN") == proper and info[first - 1].pos in ("NOUN", "PROPN"):
        first -= 1
    name_words = tokens[first:last + 1]
    place = " ".join(name_words)
    setting = place if place in lexicon.SETTINGS else head_word if head_word in lexicon.SETTINGS else None
    if best:
        noun = lexicon.resolve_noun(best[0])
        if first < best[1]:
            noun = dataclasses.replace(noun, noun=f"{' '.join(tokens[first:best[1]])} {noun.noun}")
    elif setting or head_word in lexicon.SCENERY:
        return Head(setting=setting)
    elif proper or info[last].entity == "PERSON" or lexicon._singular(head_word) in lexicon.FIGURES:
        written = " ".join(w.written for w in info[first:last + 1])
        noun = lexicon.Noun(written if proper else lexicon._singular(place), "person",
                            size=lexicon.person_size(1.7), how="figure")
    else:
        noun = lexicon.resolve_noun(place)
    sense = _other_sense(noun, tokens, [w.text for w in words])
    if sense is not None:
        return sense
    return Head(noun, last, head_word, setting=setting, proper=proper)


def _other_sense(noun: lexicon.Noun, tokens: list[str], sentence: list[str]) -> Head | None:
    """"a flat plane" is a surface (scenery); "a stick figure" a drawing (a flat stand-in)."""
    for word, cues in lexicon.SURFACE_SENSE.items():
        if noun.noun == word and cues & (set(tokens) | set(sentence)):
            return Head()
    for word, cues in lexicon.DRAWING_SENSE.items():
        if noun.noun == word and cues & set(tokens + sentence):
            drawing = lexicon.Noun(word, "unknown", size=lexicon.STAND_IN_SIZES["drawing"], stand_in=True,
                                   how="stand-in")
            return Head(drawing, len(tokens) - 1, word)
    return None


# --------------------------------------------------------------- clauses ----


class _Builder:
    def __init__(self, prompt: str, camera: CameraSpec, words: list[Word] | None = None):
        self.prompt = prompt
        self.camera = camera
        self.words = words or []
        self.entities: list[EntitySpec] = []
        self.relations: list[RelationSpec] = []
        self.notes: list[str] = []
        self.recent: list[str] = []  # entity refs, most recent last
        self.previous_subjects: list[str] = []
        self.previous_mentioned: list[str] = []  # for "both" / "they": everything the last clause named
        self.sentence: list[str] = []  # the subjects listed in the sentence so far, for "from left to right"
        self.sentence_facings: list[tuple[str, str]] = []  # (subject, facing) in the order said, for "respectively"
        self.pending_order: str | None = None  # "from left to right: a, b, c": applies at the sentence's end
        self.place_words: set[str] = set()
        self.style: list[str] = []
        self.setting: str | None = None
        self.named_at: dict[int, str] = {}  # word index of a noun phrase's head -> its entity
        self.row_parts: dict[str, list[str]] = {}  # a group split by position -> its parts, left to right
        self.picked: dict[str, list[str]] = {}  # a group -> the parts singled out of it so far
        self.clause = Clause()

    # ---- entities

    def entity_for(self, np: NounPhrase) -> str | None:
        if np.style:
            self.style.append(" ".join(np.style))
        if np.noun is None:
            self.place_words.update(np.words)
            if np.setting and self.setting is None:
                self.setting = np.setting
            return None
        if np.setting and self._after_place_preposition(np):
            # "in the kitchen", "on the moon": where the scene is, not a thing in it.
            self.setting = self.setting or np.setting
            self.place_words.add(np.setting)
            return None
        noun = np.noun
        color = lexicon.COLORS.get(np.color_name) if np.color_name else None
        # The same noun again is the same thing ("a cat ... the cat", even "a cat ... a cat"),
        # unless a number, "another" or another colour says otherwise, or the relation waiting
        # for it starts from that very thing ("a lamp hidden by a lamp": two lamps). "The chair"
        # refers back to an office chair.
        waiting = set(self.clause.pending[1]) if self.clause.pending else set(self.clause.between_subjects)
        if not np.fresh and (np.definite or np.count is None):
            for entity in reversed(self.entities):
                same_color = np.color_name is None or entity.color_name in (None, np.color_name)
                same_noun = entity.noun == noun.noun or entity.ref.split("#")[0] == noun.noun or np.definite and (
                    entity.noun.split()[-1] == noun.noun.split()[-1] and entity.category == noun.category
                    or entity.category == noun.category and noun.category not in ("person", "unknown"))
                if same_noun and same_color and not (np.indefinite and entity.ref in waiting):
                    if np.color_name and entity.color_name is None:
                        entity.color_name, entity.color = np.color_name, color
                    if np.count and np.count > entity.count:
                        entity.count = min(np.count, MAX_COUNT)
                    self._touch(entity.ref)
                    return entity.ref
        count = np.count or (2 if np.plural else 1)  # "apples", "the children": some, at least two
        if count > MAX_COUNT:
            self.notes.append(f"{count} {noun.noun}: more than {MAX_COUNT}; placed {MAX_COUNT}")
            count = MAX_COUNT
        ref = noun.noun if all(e.ref != noun.noun for e in self.entities) else f"{noun.noun}#{len(self.entities) + 1}"
        attributes = [a for a in np.attributes if a != "stack"]
        self.entities.append(EntitySpec(
            ref=ref, noun=noun.noun, category=noun.category, count=count, color=color, color_name=np.color_name,
            scale=round(noun.scale * np.scale, 3), stand_in=noun.stand_in, size=noun.size, mention=np.start,
            attributes=attributes, proper=np.proper, arrangement="stack" if "stack" in np.attributes else None,
        ))
        if noun.how == "hypernym":
            self.notes.append(f"'{noun.noun}' is not in the object library: drawn as a {noun.category}")
        elif noun.how == "figure":
            self.notes.append(f"'{noun.noun}' is not in the object library: drawn as a person figure")
        elif noun.stand_in:
            self.notes.append(f"unknown noun '{noun.noun}': labelled stand-in block")
        self._touch(ref)
        return ref

    def _written(self, np: NounPhrase) -> list[Word]:
        """The words of a name as written: "Tomasz", "Anna Maria"."""
        return [w for w in self.words[np.first:np.start + 1] if w.text not in lexicon.ARTICLES]

    def _after_place_preposition(self, np: NounPhrase) -> bool:
        """True when the words just before the phrase are "in", "on", "at" (with "the", "a")."""
        k = np.first - 1
        while k >= 0 and self.words[k].text in lexicon.ARTICLES | {"deep", "far", "out", "middle", "of"}:
            k -= 1
        return k >= 0 and self.words[k].text in SETTING_PREPOSITIONS

    def split(self, entity: EntitySpec) -> str:
        """Halve a counted group into two entities of the same noun; returns the new one's ref."""
        second = entity.count // 2
        entity.count -= second
        ref = f"{entity.noun}#{len(self.entities) + 1}"
        self.entities.append(entity.model_copy(update={"ref": ref, "count": second}))
        return ref

    def _touch(self, ref: str) -> None:
        if ref in self.recent:
            self.recent.remove(ref)
        self.recent.append(ref)

    def pronoun(self, exclude: list[str], word: str = "") -> str | None:
        """What a pronoun refers to: the thing named last, a person for "him"/"her"; in a "with"
        clause ("a sofa with two cushions on it") the thing the clause belongs to."""
        candidates = [r for r in reversed(self.recent) if r not in exclude]
        if self.clause.opened_by == "with":
            owners = [r for r in self.previous_subjects if r not in exclude]
            candidates = owners[:1] + candidates
        if word in ("him", "her", "he", "she", "his"):
            people = [r for r in candidates if self.entity(r).category in lexicon.PERSON_CATEGORIES]
            candidates = people or candidates
        elif word in ("it", "its"):
            things = [r for r in candidates if self.entity(r).category not in lexicon.PERSON_CATEGORIES]
            candidates = things or candidates
        return candidates[0] if candidates else None

    # ---- relations

    def relate(self, kind: str, subjects: list[str], obj: str | None, phrase: str = "",
               obj2: str | None = None) -> None:
        for subject in subjects:
            if subject == obj or subject == obj2 or (obj is None and kind not in ("center", "left_side", "right_side")):
                continue
            if kind == "holds":
                # "a table holding three mugs": on it; "a girl holding a kite": beside her.
                holder = self.entity(subject)
                kind_, subject, obj = ("on_top_of" if _is_surface(holder) else "near"), obj, subject
            elif kind == "around_by":
                kind_, subject, obj = "around", obj, subject  # "a table surrounded by chairs"
            elif kind == "hides":
                kind_, subject, obj = "hidden_by", obj, subject  # "a curtain partly hiding a girl"
            else:
                kind_ = kind
            if kind_ == "on_top_of" and self.clause.pose == "seated" and obj is not None and \
                    self.entity(subject).category in lexicon.PERSON_CATEGORIES and \
                    self.entity(obj).category in lexicon.SEATS:
                kind_ = "seated_on"  # "a man sitting on a bench": on its seat, not standing on its top
                self.entity(subject).pose = "seated"
            relation = RelationSpec(kind=kind_, subject=subject, object=obj, object2=obj2, phrase=phrase)
            if relation not in self.relations:
                self.relations.append(relation)
        self.clause.related = True

    def frame(self, kind: str, subjects: list[str]) -> None:
        if kind in ("foreground", "background"):
            for subject in subjects:
                self.relations.append(RelationSpec(kind=kind, subject=subject, phrase=kind))
            self.clause.related = True  # "cats in the front row and dogs ...": the dogs are not in it
        else:
            self.relate(kind, subjects, None, kind)

    def face(self, direction: str, subjects: list[str]) -> None:
        for ref in subjects:
            entity = next(e for e in self.entities if e.ref == ref)
            entity.facing = direction
        self.clause.related = True

    # ---- the clause machine

    def subjects(self) -> list[str]:
        """The clause's subjects, or the previous clause's ("..., facing left")."""
        return self.clause_subjects() or list(self.previous_subjects)

    def run(self, stream: list[Item]) -> None:
        for i, item in enumerate(stream):
            handler = getattr(self, f"on_{item.kind}")
            handler(item, stream[i + 1] if i + 1 < len(stream) else None)
        self.end_clause(None)

    def on_np(self, item: Item, following: Item | None) -> None:
        c = self.clause
        owner = c.last_np or (c.subjects[0] if c.subjects else None)
        if c.naming and owner and item.np.noun is not None:
            c.naming = False  # "a shepherd named Tomasz": one figure, called Tomasz
            entity = self.entity(owner)
            entity.noun, entity.proper = " ".join(words.written for words in self._written(item.np)), True
            return
        if c.wearing and item.np.noun is not None:
            c.wearing = False
            if owner:
                self.entity(owner).attributes.append(" ".join(item.np.words))
            return
        ref = self.entity_for(item.np)
        if ref is not None:
            self.named_at[item.np.start] = ref
        if ref is None:  # scenery: "on the floor", "in the kitchen"
            if c.pending and c.pending[0] in ("left_of", "right_of"):
                side = "left_side" if c.pending[0] == "left_of" else "right_side"
                self.frame(side, c.pending[1])
            if item.np.owner and self.previous_mentioned:
                self.on_pron(Item("pron", "them"), following)  # "around their feet": around them
                return
            if c.pending:
                c.related = True  # its place is said ("along the sidewalk"): not carried to the next clause
            c.pending = None
            return
        self.receive_object(ref)

    def receive_object(self, ref: str) -> None:
        c = self.clause
        if ref not in c.mentioned:
            c.mentioned.append(ref)
        if c.between_subjects:
            c.between.append(ref)
            if len(c.between) == 2:
                self.relate("between", c.between_subjects, c.between[0], "between", c.between[1])
                c.between_subjects, c.between = [], []
            c.last_np = ref
            return
        if c.pending:
            kind, subjects = c.pending
            if kind == "flank":
                self.flank(subjects, ref)
            elif kind == "toward":
                for subject in subjects:
                    if subject != ref:
                        self.relations.append(RelationSpec(kind="facing_toward", subject=subject, object=ref,
                                                           phrase="facing"))
                self.clause.related = True
            else:
                self.relate(kind, subjects, ref, kind)
                if kind == "holds":
                    c.holders = list(subjects)
            c.pending = None
            c.last_np = ref
            return
        if c.leading and c.leading[1] is None:
            c.leading = (c.leading[0], ref)
            c.last_np = ref
            return
        if c.leading:
            kind, obj = c.leading
            self.relate(kind, [ref], obj, kind)
            c.fronted = (kind, obj)
            c.leading = None
            c.subjects = [ref]
            c.last_np = ref
            return
        if not c.subjects:
            c.subjects = [ref]
            if ref not in self.sentence:
                self.sentence.append(ref)  # the things listed, not what they stand on
            if c.pending_frame:
                self.frame(c.pending_frame, [ref])
                c.pending_frame = None
        c.last_np = ref

    def on_rel(self, item: Item, following: Item | None) -> None:
        c = self.clause
        implicit = item.value.endswith("*it")  # "on its left", "on top": the object is a pronoun
        kind = item.value.removesuffix("*it")
        # Attachment: a relation belongs to the nearest noun before it ("a mug on a desk in
        # front of a sofa": the table is in front of the sofa).
        if c.last_np and c.last_np not in c.subjects and not c.pending:
            # Also "Amara put a cup on the table": the thing just named is what is on the table.
            subjects = [c.last_np]
        else:
            subjects = self.clause_subjects()
        verb_subject = self._verb_attachment(item.start)
        # Only within the clause, or for a place phrase that continues it (", beside a blue book"):
        # across clauses the parse's attachment is too often wrong.
        if verb_subject and not c.pending and (verb_subject in c.mentioned or not c.subjects):
            subjects = [verb_subject]
        if not subjects:
            if not implicit and kind != "between":
                c.leading = (kind, None)  # "on the table is a cup", or "..., behind a car"
                return
            subjects = list(self.previous_subjects)
        if kind == "between":
            c.between_subjects, c.between = subjects, []
            return
        if implicit or following is None or following.kind in ("sep", "rel", "frame", "orient", "rows"):
            obj = self.pronoun(subjects, "it")
            if obj is None:
                fallback = {"left_of": "left_side", "right_of": "right_side", "in_front_of": "foreground",
                            "behind": "background"}.get(kind)
                if fallback:
                    self.frame(fallback, subjects)
                return
            self.relate(kind, subjects, obj, item.value)
            return
        c.pending = (kind, subjects)

    def _verb_attachment(self, at: int) -> str | None:
        """The thing a place phrase belongs to when the parse hangs it on a verb: the verb's object
        for a placing verb ("Mara set a lantern on the shelf"), else its subject ("a cat sleeps on a
        rug to the left of the table": the cat is left of the table, not the rug)."""
        if not 0 <= at < len(self.words):
            return None
        head = self.words[at].head
        if head < 0 or self.words[head].pos not in ("VERB", "AUX"):
            return None
        wanted = ("dobj",) if self.words[head].text in PLACING_VERBS else ("nsubj", "nsubjpass")
        for k, word in enumerate(self.words):
            if word.head == head and word.dep in wanted and k in self.named_at:
                return self.named_at[k]
        return None

    def clause_subjects(self) -> list[str]:
        c = self.clause
        return c.subjects + [s for s in c.carried if s not in c.subjects] if c.subjects else []

    def on_frame(self, item: Item, following: Item | None) -> None:
        c = self.clause
        subjects = self.subjects() if (c.subjects or not (following and following.kind == "np")) else []
        if c.related and c.last_np and c.last_np not in c.subjects:
            subjects = [c.last_np]
        if subjects:
            self.frame(item.value, subjects)
        else:
            c.pending_frame = item.value

    def on_orient(self, item: Item, following: Item | None) -> None:
        c = self.clause
        subjects = self.subjects()
        if not subjects and c.last_np:
            subjects = [c.last_np]
        if item.value == "toward":
            if following is not None and following.kind in ("np", "pron", "eachother"):
                c.pending = ("toward", subjects)
            return
        if item.value == "each_other":
            self._each_other("facing_toward", subjects)
            return
        # "a woman facing us beside a truck facing right": the subject's way is already said,
        # so a second one belongs to the noun just named.
        if c.last_np and c.last_np not in subjects and any(s in c.faced for s in subjects):
            subjects = [c.last_np]
        self.face(item.value, subjects)
        c.faced += subjects
        self.sentence_facings += [(s, item.value) for s in subjects[:1]]

    def _each_other(self, kind: str, subjects: list[str]) -> None:
        for a in subjects:
            for b in subjects:
                if a != b and (kind == "facing_toward" or subjects.index(a) < subjects.index(b)):
                    self.relations.append(RelationSpec(kind=kind, subject=a, object=b, phrase="each other"))
        self.clause.related = True

    def on_rows(self, item: Item, following: Item | None) -> None:
        ref = self.clause.last_np or (self.clause.subjects[0] if self.clause.subjects else None)
        if ref is None and self.recent:
            ref = self.recent[-1]
        if ref is None:
            return
        entity = next(e for e in self.entities if e.ref == ref)
        value = item.value
        if value == "ring":
            entity.ring = True
            entity.arrangement = "ring"
        elif value == "stack":
            entity.arrangement = "stack"
        elif value.startswith("cols"):  # "in three columns": rows of three across
            columns = int(value[4:])
            entity.rows = max(1, -(-entity.count // columns))
            entity.arrangement = "grid"
        elif "x" in value:  # "in three rows of four", "a 3 by 4 grid": the count follows when unsaid
            rows, per = (int(v) for v in value.split("x"))
            entity.rows = rows
            entity.arrangement = "grid" if rows > 1 else "row"
            if entity.count < rows * per and entity.count <= max(rows, per):
                entity.count = min(rows * per, MAX_COUNT)
        elif value.isdigit():
            entity.rows = int(value)
            entity.arrangement = "row" if entity.rows == 1 else "grid"

    def on_member(self, item: Item, following: Item | None) -> None:
        """"the two on the right": those members of the last counted group become a group of their
        own (so facings, colours and places said of them are said of them only, and checked)."""
        group = next((g for g in reversed(list(self.row_parts)) if g in self.recent[-3:]), None) or \
            next((r for r in reversed(self.recent) if self.entity(r).count >= 2), None)
        if group is None:
            return
        parts = self.row_parts.get(group, [group])
        if item.value == "rest":  # "the other two": every part not singled out yet
            picked = self.picked.get(group, [])
            self._as_subjects([p for p in parts if p not in picked] or parts)
            return
        counts = [self.entity(p).count for p in parts]
        total = sum(counts)
        which, _, size = item.value.partition(":")
        size_n = 1 if which in ("index", "pick") else int(size)
        start = {"first": 0, "last": total - size_n, "middle": (total - size_n) // 2,
                 "pick": len(self.picked.get(group, []))}.get(which, int(size) - 1 if size.isdigit() else 0)
        if not 0 <= start < total or size_n >= total:
            return
        # The part that holds those members, and where they start in it.
        offset = 0
        for k, (ref, count) in enumerate(zip(parts, counts)):
            if offset <= start and start + size_n <= offset + count:
                break
            offset += count
        else:
            return  # they span two parts already split: left as said before
        member, pieces = self.split_out(self.entity(ref), start - offset, size_n)
        self.row_parts[group] = parts[:k] + pieces + parts[k + 1:]
        self.picked.setdefault(group, []).append(member)
        self._chain(group)
        if which == "pick":  # "the white one": its colour picks it out
            self.entity(member).color_name, self.entity(member).color = size, lexicon.COLORS[size]
        self._touch(group)
        c = self.clause
        if c.pending or c.between_subjects or c.leading:
            self.receive_object(member)  # "leaning against the second lamppost"
        else:
            self._as_subjects([member])

    def _as_subjects(self, refs: list[str]) -> None:
        c = self.clause
        c.subjects, c.last_np, c.related, c.carried = list(refs), refs[-1], False, []
        c.mentioned += [r for r in refs if r not in c.mentioned]

    def split_out(self, entity: EntitySpec, start: int, size: int) -> tuple[str, list[str]]:
        """Members start..start+size of a part become their own entity, the rest stay on each side;
        the part keeps its name for its leftmost piece. (member ref, the pieces from left to right)."""
        before, after = start, entity.count - start - size
        pieces: list[str] = []

        def piece(count: int) -> str:
            if not pieces:
                entity.count = count
                pieces.append(entity.ref)
            else:
                ref = f"{entity.noun}#{len(self.entities) + 1}"
                self.entities.append(entity.model_copy(update={"ref": ref, "count": count, "rows": None}))
                pieces.append(ref)
            return pieces[-1]

        if before:
            piece(before)
        member = piece(size)
        if after:
            piece(after)
        return member, pieces

    def _chain(self, group: str) -> None:
        """Each part of a split row left of the next, as they stood in the row."""
        parts = self.row_parts[group]
        self.relations = [r for r in self.relations if not (r.phrase == "in a row" and r.subject in parts)]
        for a, b in zip(parts, parts[1:]):
            self.relations.append(RelationSpec(kind="left_of", subject=a, object=b, phrase="in a row"))

    def on_color(self, item: Item, following: Item | None) -> None:
        for ref in self.subjects() or ([self.clause.last_np] if self.clause.last_np else []):
            entity = self.entity(ref)
            entity.color_name, entity.color = item.value, lexicon.COLORS[item.value]

    def on_step(self, item: Item, following: Item | None) -> None:
        """"the middle one a step back": behind the rest of its row (in front, for forward)."""
        for ref in self.subjects():
            row = next((parts for parts in self.row_parts.values() if ref in parts), [])
            for other in (p for p in row if p != ref):
                self.relate("behind" if item.value == "back" else "in_front_of", [ref], other, "a step " + item.value)

    def on_named(self, item: Item, following: Item | None) -> None:
        self.clause.naming = True

    def on_worn(self, item: Item, following: Item | None) -> None:
        self.clause.wearing = True

    def on_pose(self, item: Item, following: Item | None) -> None:
        """"sitting", "lying": the subjects rest that way on what the clause puts them on."""
        self.clause.pose = item.value

    def on_pron(self, item: Item, following: Item | None) -> None:
        c = self.clause
        if c.pending or c.between_subjects or c.leading:
            exclude = c.pending[1] if c.pending else c.between_subjects
            ref = self.pronoun(list(exclude) + list(c.subjects), item.value)
            if ref is not None and item.value in ("them", "they", "themselves") and c.pending:
                # "a fence behind them": behind every part of the group the pronoun names, or all
                # the things the clause before named ("a robot and an astronaut ...; behind them").
                group = next((parts for parts in self.row_parts.values() if ref in parts), None)
                if group is None and ref in self.previous_mentioned and len(self.previous_mentioned) > 1:
                    person = self.entity(ref).category in lexicon.PERSON_CATEGORIES
                    group = [r for r in self.previous_mentioned if r not in c.pending[1]
                             and (self.entity(r).category in lexicon.PERSON_CATEGORIES) == person]
                if group:
                    for part in group:
                        self.relate(c.pending[0], c.pending[1], part, c.pending[0])
                    c.pending = None
                    return
            if ref is not None:
                self.receive_object(ref)
            return
        group = item.value in ("both", "they", "them", "themselves")
        previous = self.previous_mentioned if group and len(self.previous_mentioned) > 1 else self.previous_subjects
        if not c.subjects and previous:
            c.subjects = list(previous)
            c.last_np = c.subjects[0]

    def on_eachother(self, item: Item, following: Item | None) -> None:
        c = self.clause
        if c.pending:
            kind, subjects = c.pending
            if kind == "on_top_of" and len(subjects) == 1:
                # "five boxes piled on top of each other": one group, one pile.
                self.entity(subjects[0]).arrangement = "stack"
            else:
                self._each_other("facing_toward" if kind == "toward" else kind, self._members(subjects))
            c.pending = None

    def _members(self, refs: list[str]) -> list[str]:
        """"Each other" between the things of one counted group: two of its halves."""
        if len(refs) == 1 and self.entity(refs[0]).count >= 2:
            return [refs[0], self.split(self.entity(refs[0]))]
        return refs

    def entity(self, ref: str) -> EntitySpec:
        return next(e for e in self.entities if e.ref == ref)

    def on_order(self, item: Item, following: Item | None) -> None:
        """"A, B and C from left to right": each left of the next; "... respectively": the facings
        said, one to each thing listed, in order."""
        if item.value == "respectively":
            self.respectively()
            return
        if len(self.sentence) == 1 and self.entity(self.sentence[0]).count > 1:
            entity = self.entity(self.sentence[0])  # "fifteen bicycles from left to right": one row
            entity.rows, entity.arrangement = 1, "row"
            return
        if len(self.sentence) < 2:
            self.pending_order = item.value  # the list follows
            return
        self.order(item.value)

    def respectively(self) -> None:
        listed = [r for r in self.sentence]
        said = [facing for _, facing in self.sentence_facings]
        if len(listed) >= 2 and len(said) == len(listed):
            for ref, facing in zip(listed, said):
                self.entity(ref).facing = facing
        elif said:
            self.notes.append(f"'respectively': {len(said)} facings for {len(listed)} things; not distributed")

    def order(self, direction: str) -> None:
        listed = list(self.sentence)
        if direction == "right_to_left":
            listed.reverse()
        for a, b in zip(listed, listed[1:]):
            self.relations.append(RelationSpec(kind="left_of", subject=a, object=b, phrase="from left to right"))
        self.clause.related = True

    def flank(self, subjects: list[str], centre: str) -> None:
        """"Two dogs on either side of a man": the man between the two halves of the dogs."""
        for ref in subjects:
            entity = next(e for e in self.entities if e.ref == ref)
            if entity.count >= 2:
                other = self.split(entity)
                self.relate("between", [centre], ref, "on either side of", other)
            else:
                self.relate("near", [ref], centre, "on either side of")

    def on_sep(self, item: Item, following: Item | None) -> None:
        c = self.clause
        if item.value == "and" and c.between_subjects and len(c.between) == 1:
            return  # "between a cat *and* a dog"
        self.end_clause(item)

    def end_clause(self, item: Item | None) -> None:
        c = self.clause
        if c.leading and c.leading[1] is not None and self.previous_subjects:
            self.relate(c.leading[0], self.previous_subjects, c.leading[1], c.leading[0])
        if c.between_subjects and len(c.between) == 1:
            obj = c.between[0]
            entity = next(e for e in self.entities if e.ref == obj)
            if entity.count >= 2:
                # "an apple between two bananas": one group on each side.
                other = self.split(entity)
                self.relate("between", c.between_subjects, obj, "between", other)
            else:
                # "in the middle of the table": on it if it is a surface, else next to it.
                kind = "on_top_of" if _is_surface(entity) else "near"
                self.relate(kind, c.between_subjects, obj, "in the middle of")
        carried: list[str] = []
        if item is not None and item.value in ("and", ",") and c.subjects and not c.related:
            carried = c.subjects + c.carried  # "a cat and a dog on a table": both on it
        fronted = c.fronted if item is not None and item.value == "and" else None
        if c.subjects:
            self.previous_subjects = self.clause_subjects()
        if c.mentioned:
            self.previous_mentioned = list(c.mentioned) + [s for s in c.carried if s not in c.mentioned]
        if item is None or item.value in (".", "!", "?", ";"):
            if self.pending_order and len(self.sentence) >= 2:
                self.order(self.pending_order)
            self.sentence, self.pending_order, self.sentence_facings = [], None, []
        holders = c.holders if item is not None and item.value == "and" else []
        self.clause = Clause(carried=carried, opened_by=item.value if item is not None else "")
        if holders:  # "a table holding three mugs and a teapot": the teapot is held too
            self.clause.pending = ("holds", holders)
            self.clause.holders = holders
        if fronted:  # "on the table are a vase and a cup": the cup is on it too
            self.clause.leading = fronted

    # ---- result

    def spec(self) -> SceneSpec:
        relations = []
        for relation in self.relations:
            if relation.kind == "foreground" or relation.kind == "background":
                kind = "in_front_of" if relation.kind == "foreground" else "behind"
                for other in self.entities:
                    if other.ref != relation.subject:
                        relations.append(RelationSpec(kind=kind, subject=relation.subject, object=other.ref,
                                                      phrase=f"in the {relation.kind}"))
            else:
                relations.append(relation)
        interior = None
        if self.setting is not None:
            interior = lexicon.SETTINGS.get(self.setting, lexicon.SETTINGS.get(self.setting.split()[-1]))
        elif self.place_words & lexicon.OUTDOOR_PLACES:
            interior = False
        elif self.place_words & lexicon.INDOOR_PLACES:
            interior = True
        notes = list(dict.fromkeys(self.notes))
        if self.setting:
            notes.append(f"setting: {self.setting} ({'indoors' if interior else 'outdoors'})")
        if self.style:
            notes.append("style, not objects: " + "; ".join(dict.fromkeys(self.style)))
        foreign = foreign_words(self.prompt, self.words)
        if foreign:
            # Only the words an English table knows are kept ("Auto"): the rest would be boxes
            # labelled with foreign words.
            kept = [e for e in self.entities if not e.stand_in and not e.proper]
            refs = {e.ref for e in kept}
            self.entities = kept
            relations = [r for r in relations if r.subject in refs and (r.object is None or r.object in refs)
                         and (r.object2 is None or r.object2 in refs)]
            notes = [n for n in notes if "stand-in" not in n and "person figure" not in n]
            notes.append(f"the prompt does not read as English ({foreign}): only English scene language is understood")
        if not self.entities:
            notes.append("no objects found in the prompt")
        return SceneSpec(prompt=self.prompt, entities=self.entities, relations=relations, camera=self.camera,
                         interior=interior, setting=self.setting, style=list(dict.fromkeys(self.style)), notes=notes)


def foreign_words(prompt: str, words: list[Word]) -> str:
    """Some of the words, when the prompt is in another language: mostly letters outside the
    Latin alphabet ("一只猫在桌子上"), or more function words of French, German, Spanish, Italian or
    Dutch than of English ("un chat à gauche d'un chien"); "" for English."""
    from spacy.lang.en.stop_words import STOP_WORDS

    letters = [c for c in prompt if c.isalpha()]
    if letters and sum(c.isascii() for c in letters) < 0.5 * len(letters):
        return prompt[:20]
    texts = [w.text for w in words if w.text.isalpha()]
    foreign = [w for w in texts if w in FOREIGN_FUNCTION_WORDS]
    english = [w for w in texts if w in STOP_WORDS and w not in FOREIGN_FUNCTION_WORDS]
    if len(foreign) >= 2 and len(foreign) > len(english):
        return " ".join(texts[:4])
    return ""


def _is_surface(entity: EntitySpec) -> bool:
    """A top things stand on: a table, a shelf, or anything flat and wide (a blanket, a rug)."""
    from studio.library import load_catalog

    spec = load_catalog().get(entity.category)
    return bool(spec and (spec.surface or spec.size[1] < 0.25 * max(spec.size[0], spec.size[2])))


def relation_triples(text: str, words: dict[str, str]) -> list[tuple[str, str, str]]:
    """(subject, relation kind, anchor) for the spatial phrases of a prose text.

    ``words`` maps nouns (singular, as the spec names them) and lower-case names to the caller's
    keys; relations between things the caller does not know are left out. The film's Layout
    agent uses this on a scene's action lines ("A cup stood on the table.").
    """
    spec = parse(text)
    found = []
    for relation in spec.relations:
        if relation.object is None or relation.kind == "facing_toward":  # where things are, not where they look
            continue
        subject = _known(words, spec.entity(relation.subject).noun)
        anchor = _known(words, spec.entity(relation.object).noun)
        if subject and anchor and subject != anchor:
            found.append((subject, relation.kind, anchor))
    return found


def _known(words: dict[str, str], noun: str) -> str | None:
    return words.get(noun) or words.get(noun.lower())  # names keep their capitals in the spec
