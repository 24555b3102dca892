"""Noun phrases: the thing a run of words names, how many, what colour and size, and what it is not.

Only nouns name things: adjectives are attributes, style and media words are the picture's style,
a place is a setting, body parts stand for their owner, a word in its second sense ("a flat
plane") is no aircraft. An unknown name is a person figure, an unknown thing a labelled box.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field

from crews.spatial import lexicon
from crews.spatial.phrases import QUANTITIES, PhraseTable
from crews.spatial.words import Word, opens_sentence
from studio import language, wordnet

POSSESSIVE = {"its", "his", "her", "their"}
ONE_OWNER = {"my", "his", "her", "its"}  # before a thing the words read as one ("my sister waves"; "our" may own many)
QUANTITY_TABLE = PhraseTable(QUANTITIES)


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
    arrangement: str | None = None  # "a row of", "a pile of", "a ring of": how the group stands


def _count_value(token: str) -> int | None:
    if token.isdigit():
        return int(token)
    return lexicon.COUNT_WORDS.get(token) or ({"a": 1, "an": 1}.get(token))


def _names_with_next(tokens: list[str], k: int) -> bool:
    """"a single bed", "a double decker": a count word that with the noun after it is one dictionary name."""
    return tokens[k] in KIND_COUNTS and k + 1 < len(tokens) and lexicon.dictionary_name(tokens[k:k + 2])


KIND_COUNTS = {"single", "double", "twin", "triple"}  # counts that also name a kind ("two dozen" is a count)
# Tests of a word before a noun that names which kind of it, not its size, colour or age: which sibling ("a big
# sister"), which generation ("a great aunt"), how it is built ("a recumbent bike"), which plant ("a lime tree"),
# whom it is for ("a baby bottle"), a dictionary's kind ("a common toad").
KIND_NAMERS = (lexicon.birth_order, lexicon.generation, lexicon.posture_kind, lexicon.plant_kind, lexicon.for_a_baby,
               lexicon.names_a_kind)


# WordNet kinds of a bare noun after "of" that say what a thing is for, not what it holds or shows.
PURPOSE_KINDS = {"act", "state", "cognition", "feeling", "relation", "communication", "attribute"}


def _named_by_purpose(thing: str, after: str) -> bool:
    """"a chapel of rest", "a house of prayer", "a letter of complaint": a thing's noun, "of" and a bare singular
    noun of an act, a state or an idea name one kind of thing ("a glass of water", "a pool of light", "a
    statue of a horse" are a glass, a pool of light and a statue)."""
    return not language.is_plural(after) and not language.is_plural(thing) and \
        thing not in lexicon.PARTITIVES and not lexicon.collective(thing) and not lexicon.is_style_noun(thing) and \
        thing not in lexicon.SCENERY and not lexicon.names_a_place_on(thing) and \
        wordnet.kind(thing) in wordnet.CONCRETE and wordnet.kind(after) in PURPOSE_KINDS and \
        after not in lexicon.ARTICLES and not lexicon.is_style_noun(after)


def _kind_named_through(tokens: list[str], k: int) -> bool:
    """"a great crested newt", "a great crested grebe": a word that begins animals' names before
    another that does, and then the animal: all three words are the kind's name."""
    return k + 2 < len(tokens) and lexicon.names_a_kind(tokens[k + 1], tokens[k + 2]) and \
        lexicon.names_a_kind(tokens[k], tokens[k + 2])


def _one_stuff_after(tokens: list[str], at: int) -> bool:
    """True when what follows "a clump of" is a plant said in the singular, as a stuff ("pampas grass",
    "heather", "bamboo"): the clump is one thing of it, not several plants."""
    rest = [t for t in tokens[at:] if t not in lexicon.ADJECTIVES]
    return bool(rest) and not language.is_plural(rest[-1]) and wordnet.kind(" ".join(rest)) == "plant"


def _plurale_after(tokens: list[str], at: int) -> bool:
    """True when the noun after "a pair of" is one thing with a plural's form: "a pair of scissors",
    "a pair of little red headphones" (its describing words looked past)."""
    for token in tokens[at:at + 4]:
        if token in lexicon.PLURALIA:
            return True
        if not (token in lexicon.ADJECTIVES or wordnet.is_adjective(token)):
            return False
    return False


def _quantity(tokens: list[str], k: int) -> tuple[int, int, str | None] | None:
    """A quantity expression starting at ``k``: "half a dozen", "two dozen", "a pair of", "three
    pairs of", "a row of", "two or three", "twenty one" -> (count, index after it, the arrangement
    a collective word implies: "row", "stack", "ring", "grid" or None). The collective word itself
    ("pair", "row", "trio") is never the thing counted."""
    fixed = QUANTITY_TABLE.match(tokens, k)
    if fixed:
        return int(fixed.kind), fixed.end, None
    at, number = k, None
    if tokens[at] in ("a", "an", "one", "the") and at + 1 < len(tokens) and (
            language.singular(tokens[at + 1]) in lexicon.COLLECTIVES or
            at + 2 < len(tokens) and tokens[at + 2] == "of" and lexicon.collective(tokens[at + 1])):
        at += 1  # "a pair of"
    elif tokens[at] not in ("a", "an") and _count_value(tokens[at]):
        number, at = _count_value(tokens[at]), at + 1
        if number in lexicon.TENS and at < len(tokens) and (_count_value(tokens[at]) or 0) in range(1, 10) \
                and tokens[at] not in ("a", "an"):
            number, at = number + _count_value(tokens[at]), at + 1  # "twenty one"
        if at + 1 < len(tokens) and tokens[at] in ("or", "to") and _count_value(tokens[at + 1]) and \
                tokens[at + 1] not in ("a", "an"):
            number, at = max(number, _count_value(tokens[at + 1])), at + 2  # "two or three"
    if at >= len(tokens):
        return (number, at, None) if number and at > k + 1 else None
    word = tokens[at]
    form = language.singular(word)
    has_of = at + 1 < len(tokens) and tokens[at + 1] == "of"
    if (form in lexicon.COLLECTIVES or has_of and lexicon.collective(form)) and (
            has_of or form in lexicon.UNITS and number or form in ("couple", "dozen") and at + 1 < len(tokens)):
        size = lexicon.collective(form)
        end = at + 2 if has_of else at + 1
        if form == "pair" and has_of and _plurale_after(tokens, end):
            count = number or 1  # "a pair of scissors" is one thing
        elif form in lexicon.UNITS:  # "three pairs of", "two dozen", "dozens of"
            count = (number or (2 if language.is_plural(word) else 1)) * size
        elif has_of and _one_stuff_after(tokens, end):
            count = number or 1  # "a clump of pampas grass", "a tuft of heather": one growth of a plant said as a stuff
        else:  # "a row of bottles": some; "two rows of chairs": a row's worth each
            count = size * (number or (2 if language.is_plural(word) else 1))
        if tokens[end:end + 2] == ["or", "so"]:
            end += 2
        arranged = lexicon.ARRANGED_BY.get(form) if not number or number == 1 else None
        if number and number > 1 and lexicon.ARRANGED_BY.get(form) == "row":
            arranged = f"rows:{number}"  # "two rows of chairs": a grid of two rows
        elif not number and language.is_plural(word) and lexicon.ARRANGED_BY.get(form) == "row":
            arranged = "rows:2"  # "rows of apple trees": some rows
        return count, end, arranged
    if number and at > k + 1:
        return number, at, None  # "twenty one", "two or three"
    return None




# Words for a way to one side, said after a thing ("a kite leftwards"): where it is, never its name.
SIDEWAYS = {"leftwards", "rightwards", "leftward", "rightward"}


def noun_phrases(run: list[tuple[str, int]], words: list[Word]) -> list[NounPhrase]:
    """One run of plain words -> its noun phrase: "three red apples", "a group of people"."""
    while len(run) > 1 and run[-1][0] in SIDEWAYS:
        run = run[:-1]
    tokens = [w for w, _ in run]
    count: int | None = None
    definite = fresh = indefinite = False
    color = None
    scale = 1.0
    attributes: list[str] = []
    styles: list[str] = []
    arrangement = None
    k = 0
    while k < len(tokens):
        word = tokens[k]
        info = words[run[k][1]]
        names_a_kind = _names_with_next(tokens, k)  # "a single bed": no count of one
        quantity = _quantity(tokens, k) if not names_a_kind else None
        if quantity:
            value, k, arranged = quantity
            if word in ("the", "a", "an"):
                definite = definite or word == "the"
                indefinite = indefinite or word != "the"
            count = value if not count or count == 1 else count
            arrangement = arranged or arrangement
            continue
        if word == "both" and k + 1 < len(tokens) and tokens[k + 1] not in ("of",):
            count = 2  # "both cats": the two of them
            definite = True
            k += 1
            continue
        if word in ("another", "second", "third", "other", "more", "extra", "additional", "different"):
            fresh = True
        if word in lexicon.DEFINITE:
            definite = True
        if word in ("a", "an"):
            indefinite = True
        value = _count_value(word) if not names_a_kind else None
        if value and word.isdigit() and k + 1 < len(tokens) and tokens[k + 1] in lexicon.MEASURES:
            styles += tokens[k:k + 2]  # "35mm film", "a 50mm lens": a measure, not how many
            k += 2
            continue
        if value and arrangement and arrangement.startswith("rows:") and word not in ("a", "an"):
            count = int(arrangement[5:]) * value  # "three rows of five chairs": fifteen
        elif value and not (word == "one" and count):
            if word not in ("a", "an") or count is None:
                count = value if word not in ("a", "an") else count
        elif word in ("set", "pair") and tokens[k + 1:k + 2] == ["of"] and tokens[-1] in language.PLURALIA:
            count = count or 1  # "a set of weighing scales", "a pair of binoculars": one thing
            k += 2
            continue
        elif k + 1 < len(tokens) and tokens[k + 1] == "of" and lexicon.collective(word):
            collective = lexicon.collective(word)
            count = count if count and count > 1 else collective * (2 if language.is_plural(word) else 1)
            arrangement = arrangement or lexicon.ARRANGED_BY.get(language.singular(word))
            k += 2
            continue
        elif k + 1 < len(tokens) and any(which(word, tokens[k + 1]) for which in KIND_NAMERS + (
                lexicon.names_by_stuff,)) or _kind_named_through(tokens, k) or \
                any(lexicon.named_for_a_place(tokens[k:end], tokens[-1]) for end in (k + 1, k + 2)
                    if end < len(tokens)):
            break  # "a big sister", "a lime tree", "a baby bottle": which sibling, which plant; no size, no colour
            # ("a common toad", "a copper kettle": which animal, which kettle)
        elif word in lexicon.COLORS and k + 1 < len(tokens):
            color = word
            if lexicon.colour_names_kind(word, tokens[k + 1]):
                break  # "a brown bear", "a grey friar": the kind's name, of its colour
        elif k + 1 < len(tokens) and _title(info, words[run[k + 1][1]]):
            break  # "Big Ansel": the name begins here
        elif word in lexicon.SIZE_WORDS and k + 1 < len(tokens) and not _dictionary_name_from(tokens, k):
            scale *= lexicon.SIZE_WORDS[word]
        elif word in lexicon.STYLE_ADJECTIVES:
            styles.append(word)  # "photorealistic", "moody": how the picture looks, wherever it stands
        elif k + 1 < len(tokens) and word not in lexicon.ADJECTIVES and (lambda n: n is not None and not n.stand_in)(
                lexicon.known_noun(f"{word} {tokens[k + 1]}")) or _dictionary_name_from(tokens, k):
            break  # "a potted plant", "a top hat", "a grand piano": the words name the thing ("a wooden box" is a box)
        elif word not in lexicon.ARTICLES and word != "of" and word not in ("more", "extra"):
            describes = word in lexicon.ADJECTIVES or info.pos in ("ADJ", "ADV") and not lexicon.known_noun(word) \
                and lexicon.looks_adjective(word) and not (wordnet.is_relational_adjective(word) and
                                                           info.written[:1].islower()) and \
                not lexicon.only_noun(word)  # ("an electric kettle", "a courtesy bus")
            if describes and k + 1 < len(tokens) and tokens[k + 1] != "of":  # "a glass of water": a glass
                attributes.append(word)
            else:
                break
        k += 1
    rest = run[k:]
    start = run[k][1] if k < len(run) else run[-1][1]
    group = rest[0][0] if len(rest) == 1 else tokens[-1] if not rest else ""
    if group in lexicon.PEOPLE_GROUPS and (count is None or count == lexicon.PEOPLE_GROUPS[group] or count == 1):
        # "a couple sitting on a bench", "a family by a car": that many people.
        person = lexicon.Noun("person", "person", size=lexicon.person_size(1.7), how="person")
        return [NounPhrase(tokens, person, lexicon.PEOPLE_GROUPS[group], definite, True, fresh, color, scale,
                           start, indefinite, attributes, first=run[0][1])]
    head = _head(rest, words, counted=indefinite or bool(count))
    head.style = styles + head.style if (head.style or head.noun is None) and styles else head.style
    owned = tokens[0] in POSSESSIVE or not (indefinite or count or fresh or tokens[0] in lexicon.DEFINITE)
    if head.noun is not None and owned and \
            head.last in lexicon.BODY_PARTS | {language.plural(b) for b in lexicon.BODY_PARTS}:
        # "shake hands", "around their feet": parts of someone already there, not things.
        return [NounPhrase(tokens, None, None, definite, False, False, None, 1.0, start, first=run[0][1],
                           owner=tokens[0] in POSSESSIVE)]
    said_as_one = definite or indefinite or count or fresh  # "a painting", "another book": a thing
    if tokens and tokens[-1] in lexicon.MEDIA and tokens[-1] != head.last and not said_as_one:
        # "school photo", "holiday snapshot" closing a prompt: what kind of picture it is.
        return [style_phrase(tokens, start, run[0][1], tokens[k:])]
    if head.noun is not None and head.last in lexicon.MEDIA and not said_as_one:
        # "moody oil painting" at the end of a prompt: the medium; "a painting" is a thing.
        return [style_phrase(tokens, start, run[0][1], attributes + tokens[k:])]
    if head.noun is not None and head.noun.stand_in and _grouping(head.last, words, run):
        # "in a loose cluster", "in a tight huddle": how they stand, not a thing they stand in.
        return [style_phrase(tokens, start, run[0][1], attributes + tokens[k:])]
    if head.noun is not None and head.noun.stand_in and not (definite or indefinite or count or head.proper) and \
            (lexicon.is_abstract(head.last) and not _concrete_name(head.noun.noun) or
             lexicon.is_abstract(head.noun.noun)) and not _placed(run, words) and \
            not (opens_sentence(run[0][1], words) and lexicon.is_plural(head.last)):
        # ("Bread rolls set out in rows": things opening a sentence are what it is about; a style closes one)
        # "..., digital illustration", "concept rendering", "comic strip": no article and no thing: how it looks.
        return [style_phrase(tokens, start, run[0][1], attributes + tokens[k:])]
    if head.noun is None:
        if not rest and tokens and (tokens[-1] in lexicon.COLORS or tokens[-1] in lexicon.SIZE_WORDS):
            return []  # "a red", "a big": adjectives split from their noun by "and"
        style = (head.style or styles) and attributes + (head.style or styles)
        return [NounPhrase(tokens, None, count, definite, False, fresh, color, scale, start, style=style or [],
                           setting=head.setting, first=run[0][1])] if tokens else []
    noun = head.noun
    plural = lexicon.is_plural(head.last) and not head.proper  # "Sherlock Holmes" is one man
    if plural and indefinite and count in (None, 1) and head.last.isalpha() and "of" not in tokens:
        # "a candelabra", "a data sheet": after "a" the word is one thing, named as written
        plural = False
        noun = dataclasses.replace(noun, noun=" ".join(noun.noun.split()[:-1] + [head.last]))
    np = NounPhrase(tokens, noun, count, definite, plural, fresh, color, scale, rest[head.at][1], indefinite,
                    attributes, setting=head.setting, proper=head.proper, style=head.style)
    np.first = run[0][1]
    np.arrangement = arrangement
    return [np]


# Words that place what comes before them: a phrase they follow is a thing put somewhere, not a style.
PLACING = {"behind", "beside", "next", "near", "under", "underneath", "beneath", "below", "above", "atop", "between",
           "left", "right", "alongside", "opposite", "against", "inside", "outside", "ahead", "beyond", "midway",
           "halfway"}


# ... and words that arrange it: "rolls set out in rows", "tiles in a grid".
ARRANGING = {"set", "laid", "arranged", "stacked", "piled", "lined", "spaced", "scattered", "strewn", "dotted"}
ARRANGEMENTS = {"row", "rows", "line", "lines", "grid", "circle", "ring", "stack", "pile", "column", "heap"}


def _placed(run: list[tuple[str, int]], words: list[Word]) -> bool:
    """"kappa in front", "bishop next to a rook", "rolls in a grid": a bare noun a relation places or
    an arrangement orders is a thing, though its commonest sense is an idea (a letter, a church office)."""
    following = words[run[-1][1] + 1:run[-1][1] + 4]
    after = [w.text for w in following]
    seen_placed = len(following) > 1 and following[0].tag in ("VBN", "VBD") and \
        (following[1].pos == "ADP" or after[1] in PLACING)  # ("vanity case found underneath a table", a log's words)
    return bool(after) and (after[0] in PLACING | ARRANGING or after[:2] in (["in", "front"], ["on", "top"]) or
                            after[:1] == ["in"] and bool(set(after[1:3]) & ARRANGEMENTS) or seen_placed)


def _thing_before_style(tokens: list[str], info: list[Word], at: int, style) -> int | None:
    """The index of a thing's noun just before the style words ending at ``at`` ("a tapir soft
    focus": the tapir), when only describing words come between; None when there is none."""
    k = at
    while k > 0 and (style(tokens[k]) or info[k].pos == "ADJ" or tokens[k] in lexicon.STYLE_ADJECTIVES):
        k -= 1
    if k == at or info[k].pos not in ("NOUN", "PROPN") or style(tokens[k]) or tokens[k] in lexicon.SCENERY or \
            lexicon.dictionary_name(tokens[k:at + 1]) or lexicon.is_abstract(tokens[k]) or \
            not SHOT_QUALITIES & set(tokens[k + 1:at + 1]):
        return None
    return k


# How a thing is shot, said right after it: "a tapir soft focus", "a yak blurred", "a mast in silhouette".
SHOT_QUALITIES = {"focus", "blur", "blurred", "blurry", "bokeh", "silhouette", "silhouetted", "defocused"}


def _concrete_name(name: str) -> bool:
    """A name of two or more words the dictionary lists as a thing ("garlic press", "letter opener"),
    whatever its last word alone means (a press, an opener)."""
    return " " in name and bool(wordnet.is_concrete(name))


def style_phrase(tokens: list[str], start: int, first: int, style: list[str]) -> NounPhrase:
    """A phrase that names no thing, only how the picture looks."""
    return NounPhrase(tokens, None, None, False, False, False, None, 1.0, start, first=first, style=style)


def _unknown_name(at: int, words: list[Word]) -> bool:
    """A capitalised word inside a sentence that no table or dictionary knows, whatever its tag:
    "near Giles" is someone, not two giles."""
    word = words[at].text
    inside = at > 0 and words[at - 1].text not in (".", "!", "?", ":", ";")
    # (opening a sentence, a capital says nothing, so the word must be no verb, adjective or plural either)
    return (inside or not (wordnet.is_verb(word) or wordnet.is_adjective(word) or language.is_plural(word))) and \
        lexicon.known_noun(word) is None and not wordnet.is_noun(language.singular(word)) and not wordnet.is_noun(word)


def _bare_capital(at: int, words: list[Word]) -> bool:
    """"..., and Hyacinth standing on a stool": inside a sentence, a capitalised singular with no
    article before it is someone's name, whatever flower the dictionary knows by it."""
    before = words[at - 1] if at > 0 else None
    return before is not None and before.text not in (".", "!", "?", ":", ";") and \
        before.pos not in ("DET", "NUM", "ADJ", "PROPN") and before.text not in lexicon.ARTICLES and \
        not language.is_plural(words[at].text) and (at + 1 == len(words) or words[at + 1].pos != "PROPN")


def _plural_opening(at: int, words: list[Word]) -> bool:
    """"Leeks planted in rows": opening a sentence, a plural of a noun the dictionary knows is that
    noun, whatever its capital makes of it."""
    word = words[at].text
    return opens_sentence(at, words) and language.is_plural(word) and wordnet.is_noun(language.singular(word))


def _title(word: Word, name: Word) -> bool:
    """"Big Ansel": a capitalised adjective right before a capitalised name is part of the name."""
    return word.written[:1].isupper() and name.written[:1].isupper() and name.pos == "PROPN" and \
        word.pos in ("ADJ", "PROPN")


def _participle(word: str) -> bool:
    """"dozing", "lurking": an -ing word that names no thing ("a building", "a painting" do)."""
    return len(word) > 4 and word.endswith("ing") and lexicon.known_noun(word) is None and \
        wordnet.is_concrete(word) is not True


def _grouping(head: str, words: list[Word], run: list[tuple[str, int]]) -> bool:
    """A group word ("cluster", "huddle", "bunch") right after "in", with no "of" after it: the
    way the things before it are gathered."""
    before = words[run[0][1] - 1].text if run[0][1] > 0 else ""
    after = words[run[-1][1] + 1].text if run[-1][1] + 1 < len(words) else ""
    singular = language.singular(head)
    return before in ("in", "into") and after != "of" and singular not in lexicon.PEOPLE_GROUPS and (
        singular in lexicon.COLLECTIVES or (wordnet.kind(singular) == "group" and not lexicon.is_building(singular)
                                            and not lexicon.is_ground(singular)) or
        any(s.kind == "group" for s in wordnet.senses(singular)) and not wordnet.is_concrete(singular))
    # (a gymnasium is a school first, then the hall; a grove is trees: places to be in, no way of standing)




def _dictionary_name_from(tokens: list[str], k: int) -> bool:
    """The word at k begins a dictionary compound of two or three words ("rocking chair", "hot air
    balloon"), which an adjective-looking first word must not be split from."""
    return any(lexicon.dictionary_name(tokens[k:end]) for end in (k + 2, k + 3) if end <= len(tokens))


@dataclass
class Head:
    noun: lexicon.Noun | None = None
    at: int = 0  # index of the head word in the words after the modifiers
    last: str = ""  # the head word as written (for its number)
    style: list[str] = field(default_factory=list)
    setting: str | None = None
    proper: bool = False


def _head(rest: list[tuple[str, int]], words: list[Word], counted: bool = False) -> Head:
    """The thing the remaining words name: a known one- or two-word noun (with the nouns before it
    kept as part of its name: "office chair"), else the parse's noun (a stand-in, or a figure for
    a name); None for scenery, a setting, style or words that are not nouns. ``counted``: the
    phrase has "a" or a number, so a style or scenery word that is also a thing is the thing ("a
    lens", "an engine", "a canvas"; not "soft light", nor "in the picture")."""

    def style(word: str) -> bool:
        return lexicon.is_style_noun(word) and not (counted and word in lexicon.ALSO_THINGS) and \
            not (counted and word in LAMPS and _named_by_thing(tokens, info, word))

    def scenery(word: str) -> bool:
        return word in lexicon.SCENERY and not (counted and word in lexicon.ALSO_THINGS) and \
            not (word in tokens[1:] and lexicon.dictionary_name(tokens[tokens.index(word, 1) - 1:][:2]))
        # ("a spinning top", "a stage door": the word before makes the place word a thing's name)

    tokens = [w for w, _ in rest]
    info = [words[i] for _, i in rest]
    of = tokens.index("of") if "of" in tokens[1:-1] else 0
    if of and wordnet.is_concrete(" ".join(tokens[of - 1:of + 2])):
        name = " ".join(tokens[of - 1:of + 2])  # "a chest of drawers", "a coat of arms": one thing's name
        return Head(dataclasses.replace(lexicon.resolve_noun(name), noun=name), of + 1, tokens[of - 1])
    if of and of + 2 == len(tokens) and _named_by_purpose(tokens[of - 1], tokens[of + 1]):
        name = " ".join(tokens[of - 1:])  # "a chapel of rest", "a house of prayer": the kind's name, not its stuff
        return Head(dataclasses.replace(lexicon.resolve_noun(tokens[of - 1]), noun=name), of - 1, tokens[of - 1])
    if "of" in tokens:
        at = tokens.index("of")
        before_of = language.singular(tokens[at - 1]) if at > 0 else ""
        part = lexicon.names_a_place_on(before_of) and tokens[at + 1:at + 2] in (["a"], ["an"], ["the"])
        if (before_of in lexicon.PARTITIVES or part) and at + 1 < len(tokens):
            # "a slice of cake": the cake; "the top shelf of a dresser": the dresser ("a shelf of books": a shelf)
            rest, tokens = rest[at + 1:], tokens[at + 1:]
        else:
            rest, tokens = rest[:at], tokens[:at]
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
        if scenery(word) or word in lexicon.ARTICLES or style(word):
            continue
        if info[i].pos in ("VERB", "ADV", "ADP") and best is not None:
            continue
        if word in lexicon.COLORS and i + 1 < len(tokens) and info[i + 1].pos in ("NOUN", "PROPN"):
            continue  # "a burnt orange caravan": a colour, whatever fruit or stone it is named after
        if lexicon.known_noun(word):
            best = (word, i, i)
    nounish = [i for i, w in enumerate(info) if (w.pos in ("NOUN", "PROPN", "X") and not _only_adverb(tokens[i], i))
               or lexicon.known_noun(tokens[i])
               or w.pos in ("ADJ", "VERB") and i == len(info) - 1 and i > 0 and info[i - 1].pos == "NOUN"
               and (w.pos == "ADJ" or w.tag in ("VB", "VBP", "NN") or lexicon.known_noun(tokens[i]))
               and tokens[i] not in lexicon.ADJECTIVES | lexicon.PLAIN_ADJECTIVES | set(lexicon.COLORS) | NOT_MODIFIERS
               and not _past_participle(tokens[i])]
    # ("a carrier bag last on our right": its place in a list, no kind of bag)
    # (an adjective or a verb in a noun's place, last after a noun: "a bird feeder", "a coat rack")
    before = words[rest[-1][1] - 1] if rest and rest[-1][1] > 0 else None
    quantity = before is not None and (_count_value(before.text) or language.singular(before.text) in lexicon.UNITS
                                       or before.text == "of")
    if not nounish and not best and before is not None and (before.pos in ("DET", "NUM", "ADJ") or quantity) and \
            (info[-1].pos not in ("ADJ", "ADV", "NUM", "DET", "ADP", "PART") or info[-1].pos == "ADJ" and
             tokens[-1] not in lexicon.ADJECTIVES | lexicon.PLAIN_ADJECTIVES | lexicon.STYLE_ADJECTIVES and
             not tokens[-1].endswith("ly") and before.text not in ("is", "are", "was", "were", "very", "so", "too")):
        nounish = [len(info) - 1]  # "a saw", "a sundial": the last word after an article is the thing
        if len(info) > 1 and _past_participle(tokens[-1]) and wordnet.is_noun(lexicon._singular(tokens[-2])):
            nounish = [len(info) - 2]  # ("a stepfather recorded": the thing, then what was done to it)
    last_said = nounish[-1] if nounish else 0
    if nounish and style(tokens[last_said]) and (best is None or last_said > best[2]) and \
            not (last_said and lexicon.dictionary_name(tokens[last_said - 1:last_said + 1])):  # "the fire engine"
        thing = _thing_before_style(tokens, info, last_said, style) if counted else None
        if thing is not None:  # "a tapir soft-focus": the thing, then how it is shot (said with "a" or a count:
            # "concept art", "matte finish" are style through)
            head = _head(rest[:thing + 1], words, counted)
            return dataclasses.replace(head, style=head.style + tokens[thing + 1:last_said + 1])
        return Head(style=tokens[:nounish[-1] + 1])  # "oil painting style": the painting is the style
    if best and nounish and nounish[-1] > best[2] and (info[nounish[-1]].pos in ("NOUN", "ADJ", "VERB") or
                                                       _small_propn(info[nounish[-1]])) and \
            (_modifier(info[best[2]], tokens[best[2]], False, False) or
             _plural_kind(best[2], nounish[-1], tokens, info, rest, words) or _thing_as_kind(info[best[2]]) or
             best[2] + 1 == nounish[-1] and lexicon.names_by_stuff(tokens[best[2]], tokens[nounish[-1]]) or
             lexicon.dictionary_name(tokens[best[1]:nounish[-1] + 1])) and \
            (tokens[nounish[-1]] not in lexicon.SCENERY or tokens[nounish[-1]] in lexicon.SETTINGS and
             _after_article(rest[best[1]][1], words) or
             lexicon.is_kind_of_scenery(" ".join(tokens[best[1]:nounish[-1] + 1]))) \
            and all(_modifier(info[j], tokens[j], False, False) for j in range(best[2] + 1, nounish[-1])) \
            and not _verb_after_subject(rest, words, nounish[-1]):
        best = None  # "a bird bath": the last noun is the thing, the known one before it says which kind
        # ("a glass case", "a stone trough": a stuff the tables know as a thing, naming a made thing's kind)
    elif best and nounish and nounish[-1] == best[2] + 1 and info[nounish[-1]].pos == "PROPN" and \
            info[nounish[-1]].written[:1].isupper() and info[best[1]].written[:1].isupper() and \
            _animate(best[0], best):
        best = None  # "Doctor Ada", "Farmer Giles": a title and the name it goes with
    last = best[2] if best else (nounish[-1] if nounish else None)
    if last is None:
        return Head()
    if not best and last > 0 and info[last - 1].pos in ("NOUN", "PROPN", "ADJ") and \
            (_verb_after_subject(rest, words, last) or _participle(tokens[last])) and \
            (lexicon.looks_like_noun(tokens[last - 1]) or info[last - 1].pos == "NOUN" and _verb_first(tokens[last])) \
            and not lexicon.dictionary_name(tokens[last - 1:last + 1]):
        last -= 1  # "a walrus dozes", "a badger dozing": the thing the parse missed, and its verb
        # ("a hedgehog hoglet crouches": a noun no dictionary knows, then a verb that names no thing)
    head_word = tokens[last]
    if style(head_word) and not (best and best[1] < best[2] == last):  # (a known name: "a fire engine")
        return Head(style=tokens[:last + 1])
    first = best[1] if best else last
    proper = info[last].written[:1].isupper() and (info[last].pos == "PROPN" or _unknown_name(rest[last][1], words)
                                                   or _bare_capital(rest[last][1], words)) \
        and not _plural_opening(rest[last][1], words)
    # The nouns just before the head are part of its name: "office chair", "garden hose",
    # "Sherlock Holmes", "wheelie bin", "chopping board"; a name before a common noun is its owner
    # ("Mara's dog"), not its name.
    animate = _animate(tokens[last], best) or last > 0 and best is None and all(
        wordnet.kind(lexicon._singular(t)) == "person" for t in tokens[last - 1:last + 1])
    # ("a yawning scout leader": two words for people name one, whatever else a leader may be)

    def named_with(at: int) -> bool:  # the word at ``at`` is part of the thing's name
        if proper and _title(info[at], info[at + 1]):
            return True  # "Big Ansel", "Old Tom": a capitalised word before a name is part of it
        if not proper and lexicon.dictionary_name(tokens[at:last + 1]):
            return True
        if not proper and at + 1 < last and lexicon.dictionary_name(tokens[at:at + 2]) and \
                _modifier(info[at + 1], tokens[at + 1], proper, animate):
            return True  # "a hot dog stand": a dictionary name naming the kind
        if not proper and (any(which(tokens[at], head_word) for which in KIND_NAMERS) or
                           _trade(info[at], tokens[at], head_word)):
            return True
        if not proper and at >= 1 and at + 1 == last and tokens[at] in PART_NAMES and info[at - 1].pos == "NOUN" and \
                tokens[at - 1] not in NOT_MODIFIERS and not language.is_plural(tokens[at - 1]) and \
                all(info[j].pos not in ("NOUN", "PROPN") for j in range(at - 1)):
            return True  # "a bow top wagon", "a roll top desk", "a glass top table": a noun and a part name the kind
        if not proper and lexicon.named_for_a_place(tokens[at:last], head_word):
            return True  # "a new forest pony": a place's name, its breed
        if not (proper or animate) and lexicon.names_by_stuff(tokens[at], head_word):
            return True  # "a copper kettle", "a glass cabinet": named by its stuff
        if tokens[at] in lexicon.COLORS and lexicon.colour_names_kind(tokens[at], head_word):
            return True  # "a grey seal", "a grey friar": the kind's name, whatever the dictionary spells
        if tokens[at] in lexicon.COLORS and not (at > 0 and lexicon.dictionary_name(tokens[at - 1:at + 1]) and
                                                 wordnet.kind(" ".join(tokens[at - 1:at + 1])) != "attribute"):
            return False  # "a cream cat", "a charcoal grey igloo": its colour; "an ice cream van" a kind of van
        if lexicon.is_shape(tokens[at]):
            return False  # "a square table", "an oval mirror": its shape, as a colour is its colour
        if not (proper or animate) and (lexicon.looks_made_of(tokens[at]) or lexicon.made_of(tokens[at])) and \
                not lexicon.dictionary_name(tokens[at:at + 2]) \
                and not (tokens[at].endswith("ing") and wordnet.is_verb(tokens[at])) and \
                wordnet.kind(tokens[at]) != "plant" and not lexicon.holds_stuff(tokens[at], head_word):
            # (a "maple tree", a "holly bush": a plant's kind, no wood; a "cement bag" holds cement)
            return False  # "a metal bucket", "a brass watermelon": what it is made of, or looks made of (a made
            # thing is named by its stuff above, as "a tea chest" is; a gerund, "a packing crate", says what it is for)
        if _thing_as_kind(info[at]) and not _count_value(tokens[at]):
            return True  # "a mobile crane", "a toy truck": a thing's word the tagger calls an adjective
        if _plural_kind(at, last, tokens, info, rest, words):
            return True  # "a media console", "a sports bag": after "a", a plural before the noun names its kind
        return _modifier(info[at], tokens[at], proper, animate)

    while first > 0 and named_with(first - 1):
        first -= 1
    name_words = tokens[first:last + 1]
    place = " ".join(name_words)
    # "a kitchen island" is no island (a coffee shop is a shop): a dictionary name of another kind than its head
    whole_name = first < last and lexicon.dictionary_name(name_words) and \
        wordnet.kind(" ".join(name_words)) != wordnet.kind(head_word)
    support = head_word in lexicon.SUPPORT_NAMES and (_after_in(rest, words, ("on", "onto", "upon", "along", "across"))
                                                      or _after_in(rest, words, ("of",), ("top", "end", "edge")))
    # ("standing on a breakfast bar": the counter, where "in a wine bar" is where one drinks)
    setting = place if place in lexicon.SETTINGS and not support else \
        head_word if head_word in lexicon.SETTINGS and not whole_name and not support else \
        place if not best and not proper and place not in lexicon.SCENERY and (
            lexicon.is_place(place) or _after_in(rest, words) and lexicon.is_building(place) or
            _after_in(rest, words, ("at",)) and lexicon.is_occasion(place)) else None
    if best:
        noun = lexicon.resolve_noun(best[0])
        if first < best[1]:
            noun = dataclasses.replace(noun, noun=f"{' '.join(tokens[first:best[1]])} {noun.noun}")
            if tokens[first] == "toy" and not wordnet.is_name(noun.noun):
                noun = lexicon.as_toy(noun)  # "a toy robot": a robot's shape, a toy's size ("a toy box" holds toys)
    elif scenery(head_word) or setting and (place in lexicon.SCENERY or lexicon.is_kind_of_scenery(place)):
        return Head(setting=setting)
    # (A setting no table knows as a thing, "a petrol station", is one unless it follows "in", "at".)
    elif proper or info[last].entity == "PERSON" and wordnet.kind(lexicon._singular(place)) in (None, "person") or \
            (lexicon._singular(head_word) in lexicon.FIGURES or lexicon.is_person_word(head_word)) and \
            (first == last or wordnet.kind(lexicon._singular(place)) in (None, "person")):
        # (the recogniser's "person" is no person when the dictionary knows the words as something else: a shih tzu;
        # nor is a baby walker, a frame, whatever a walker is)
        written = " ".join(w.written for w in info[first:last + 1])
        noun = lexicon.Noun(written if proper else lexicon._singular(place), "person",
                            size=lexicon.person_size(1.7), how="figure")
    else:
        noun = lexicon.resolve_noun(place)
        if noun.stand_in and first < last:  # "a coat rack": named whole, shaped as its head if that is known
            known = lexicon.known_noun(head_word) or lexicon.known_noun(lexicon.GENERIC_HEADS.get(head_word, ""))
            if head_word in lexicon.GENERIC_HEADS and lexicon.known_noun(tokens[last - 1]) is not None:
                known = lexicon.known_noun(tokens[last - 1])  # "a shelf unit", "a storage unit": what the unit is
            if known is None and wordnet.kind(lexicon._singular(place)) in (None, wordnet.kind(head_word)):
                drawn_as = lexicon.resolve_noun(head_word)  # "a gypsy caravan": drawn as a caravan is
                known = drawn_as if drawn_as.how == "hypernym" else None
            if known is not None and not known.stand_in:
                noun = dataclasses.replace(known, noun=lexicon._singular(place), how="hypernym")
            elif wordnet.kind(lexicon._singular(head_word)) == "person" and \
                    (wordnet.kind(lexicon._singular(tokens[last - 1])) == "person" or
                     {s.kind for s in wordnet.senses(lexicon._singular(head_word))} == {"person"} and
                     wordnet.kind(lexicon._singular(tokens[last - 1])) not in ("plant", "food")) and \
                    wordnet.kind(lexicon._singular(place)) in (None, "person"):
                noun = lexicon.Noun(lexicon._singular(place), "person", size=lexicon.person_size(1.7), how="figure")
                # ("a girl guide": two words for people; "a lion tamer": a tamer is nothing but a person;
                # a cherry picker, a tea caddy may be things)
    if support and head_word == "bar" and noun.stand_in and lexicon.known_noun("counter") is not None:
        noun = dataclasses.replace(lexicon.known_noun("counter"), noun=noun.noun, how="hypernym")  # on a bar: a counter
    sense = _other_sense(noun, tokens, [w.text for w in words])
    if sense is not None:
        return sense
    return Head(noun, last, head_word, setting=setting, proper=proper)


def _only_adverb(word: str, at: int) -> bool:
    """"deer abreast", "boats astern": after another word, one the dictionary has as an adverb and never as a
    noun says how or where the thing stands, whatever the tagger calls it."""
    return at > 0 and wordnet.is_adverb(word) and not wordnet.is_noun(lexicon._singular(word)) and \
        lexicon.known_noun(word) is None


def _small_propn(word: Word) -> bool:
    """"a swan pedalo": a word the tagger calls a name, written small, is a noun like any other (not one the
    dictionary has as an adverb or an adjective: "three deer abreast")."""
    return word.pos == "PROPN" and not word.written[:1].isupper() and not wordnet.is_adverb(word.text) and \
        not wordnet.is_adjective(word.text)


def _past_participle(word: str) -> bool:
    """"recorded", "abandoned": a verb's -ed form the dictionary has as no noun; after a thing's noun it says
    what was done to it ("a stepfather recorded"), never a kind of it."""
    return word.endswith("ed") and wordnet.is_verb(word) and not wordnet.is_noun(word)


def _verb_first(word: str) -> bool:
    """"crouches", "waits", "dozing": a verb's form whose noun, if any, names no thing (a crouch, a wait);
    said after a thing's noun it is what the thing does, not a kind of it ("a bird feeder" is a thing)."""
    return wordnet.is_verb(word) and not wordnet.is_concrete(language.singular(word))


def _plural_kind(at: int, last: int, tokens: list[str], info: list[Word], rest: list[tuple[str, int]],
                 words: list[Word]) -> bool:
    """"a media console", "a people carrier": a plural just before a singular noun, after "a" or a
    preposition, names its kind (after a count it is the thing: "two pigeons peck")."""
    first = rest[0][1]
    bare_object = first > 0 and words[first - 1].pos == "ADP" and words[first - 1].text != "of"
    noun = info[at].pos == "NOUN" or info[at].tag == "VBZ" and rest[at][1] > 0 and \
        _after_a(rest[at][1] - 1, words) and wordnet.is_noun(language.singular(tokens[at]))
    # ("a finds bag", "a dusty finds bag": after "a" and what describes, no verb, whatever the tagger says)
    return at == last - 1 and noun and language.is_plural(tokens[at]) and \
        not language.is_plural(tokens[last]) and (_after_a(first, words) or bare_object)
    # ("behind people carrier": texting drops the "a", but after "behind" no verb can follow a subject)


def _thing_as_kind(word: Word) -> bool:
    """A word the tables know as a thing, read by the tagger as an adjective before a noun: it names
    the noun's kind ("a mobile crane", "a toy truck"); the tables' own describing words never do."""
    if word.pos != "ADJ" or word.dep not in ("amod", "compound"):
        return False
    known = lexicon.known_noun(word.text)
    describing = word.text in lexicon.ADJECTIVES | lexicon.PLAIN_ADJECTIVES or word.text in lexicon.COLORS or \
        word.text in lexicon.SIZE_WORDS or lexicon.is_shape(word.text) or lexicon.made_of(word.text)
    return known is not None and not known.stand_in and not describing


def _after_in(rest: list[tuple[str, int]], words: list[Word],
              prepositions: tuple[str, ...] = ("in", "inside", "within"), parts: tuple[str, ...] = ()) -> bool:
    """The phrase follows "in" or "inside" ("in a gymnasium"): a building named there is where one
    is. ``parts``: the word before the preposition must be one of them ("the top of")."""
    at = rest[0][1] - 1 if rest else -1
    while at >= 0 and words[at].pos in ("DET", "ADJ"):
        at -= 1
    return at >= 0 and words[at].text in prepositions and (not parts or at > 0 and words[at - 1].text in parts)


def _after_a(at: int, words: list[Word]) -> bool:
    """The phrase from ``at`` follows "a" or "an", with only describing words between (or begins with one)."""
    if words[at].text in ("a", "an"):
        return True
    at -= 1
    while at >= 0 and (words[at].pos in ("ADJ", "ADV", "PUNCT") or lexicon.only_adjective(words[at].text)) and \
            words[at].text not in lexicon.ARTICLES:
        at -= 1  # (a describing word the tagger calls a noun: "a dusty finds bag")
    return at >= 0 and words[at].text in ("a", "an")


def _after_article(at: int, words: list[Word]) -> bool:
    """The word at ``at`` comes after "a", "an" or "the" and what describes it: "a hay meadow", "a red post
    office" are one place, a kind of meadow or office (not "hay, meadow and sky")."""
    at -= 1
    while at > 0 and (words[at].pos == "ADJ" or words[at].text in lexicon.COLORS or
                      words[at].tag in ("VBN", "VBG") and words[at].dep == "amod"):
        at -= 1  # ("a weathered post office": a participle describing it is an adjective here)
    return at >= 0 and words[at].text in lexicon.ARTICLES


def _verb_after_subject(rest: list[tuple[str, int]], words: list[Word], at: int) -> bool:
    """True when the noun at ``at`` is more likely the verb of the thing before it: "a cat naps"
    (a plural after "a"), "a nurse and a doctor talk" (a bare word after a subject of two)."""
    word = rest[at][0]
    first = rest[0][1]
    opening = lexicon.ARTICLES | ONE_OWNER
    while first > 0 and (words[first - 1].text in opening or words[first - 1].pos in ("ADJ", "NUM")):
        first -= 1  # back to the phrase's first word
    previous = words[first - 1].text if first > 0 else ""
    article = words[first].text
    if language.is_plural(word) and article in {"a", "an", "one", "the", "this", "that"} | ONE_OWNER:
        return True  # "a cat naps", "my sister waves"
    if (_count_value(article) or 0) > 1 and not language.is_plural(word) and not language.is_plural(rest[0][0]):
        return True  # "three sheep graze": after a count, a singular word is the verb
    return previous == "and" and not language.is_plural(word) and word in lexicon.ACTIVITY_VERBS and not any(
        w.pos in ("VERB", "AUX") for w in words[:first])


# Words before a noun that say where or which, never what kind: "the left cat", "the front row".
NOT_MODIFIERS = {"left", "right", "top", "bottom", "front", "back", "middle", "center", "centre", "side", "corner",
                 "edge", "background", "foreground", "image", "photo", "photograph", "picture", "scene", "frame",
                 "canvas", "view", "shot", "camera", "viewer", "distance", "far", "near", "rear", "one", "ones",
                 "each", "other", "half", "part", "way", "both", "all", "same", "next", "last", "first", "only"}


# Light words that are a lamp when a thing's name comes before them: "a ring light", "two desk lights".
LAMPS = {"light", "lights"}


def _named_by_thing(tokens: list[str], info: list[Word], word: str) -> bool:
    """"a ring light", "a desk light": a light word said with "a" or a count, right after a noun the tagger
    joins to it that names a thing, is a lamp of that kind ("a soft light", "a morning light" are the
    picture's light: soft is no thing, a morning is a time; a rim, a shape's edge, lights the edges: "a rim light")."""
    at = tokens.index(word) if word in tokens else 0
    before = info[at - 1] if at > 0 else None
    return before is not None and before.pos == "NOUN" and before.dep == "compound" and \
        not lexicon.is_style_noun(tokens[at - 1]) and tokens[at - 1] not in lexicon.KIND_MODIFIERS and \
        not lexicon.is_shape(tokens[at - 1]) and \
        bool(wordnet.is_concrete(language.singular(tokens[at - 1])))


# Parts that, after a noun of what they are or look like, name a kind of thing ("a roll top desk"; alone before
# a noun they say where: "the top shelf").
PART_NAMES = {"top", "front", "back", "side"}


# Words of the picture that also name a kind of thing in a compound: "a photo booth", "a picture frame".
PICTURE_KINDS = {"photo", "picture", "film", "camera", "image"}


def _modifier(word: lexicon.Noun | Word, text: str, proper: bool, animate: bool) -> bool:
    """True for a word before the head noun that is part of its name: a noun ("coat rack"), a
    noun the tagger calls an adjective ("wheelie bin"), a gerund naming a kind ("chopping board",
    not "a burning candle" or "a running dog"), a word and its particle ("wind_up robot"); never
    an adjective ("red", "old", "wooden")."""
    if "_" in text and wordnet.is_concrete(text):
        return True  # "a four_poster bed": a joined word the dictionary names a thing by, whatever its tag
    colour_noun = text in lexicon.COLORS and word.pos == "NOUN" and word.dep == "compound"  # "ice cream van"
    picture_kind = text in PICTURE_KINDS and word.pos in ("NOUN", "PROPN") and word.dep == "compound"  # a photo booth
    if text in lexicon.STYLE_NOUNS and text not in lexicon.KIND_MODIFIERS and not picture_kind or \
            text in lexicon.ARTICLES or text in NOT_MODIFIERS and not picture_kind or \
            text in lexicon.ADJECTIVES and not colour_noun or _count_value(text) or \
            text in lexicon.COLORS and not colour_noun or not text.replace("_", "").isalpha():
        return False
    if word.pos in ("NOUN", "PROPN"):
        name = word.pos == "PROPN" and word.written[:1].isupper()  # (a lower-case "PROPN" is a noun)
        if not name and lexicon.only_adjective(text):
            return False  # "a plump hen": the small model's noun is the dictionary's adjective
        if name != proper or not name and _plural_of_a_thing(text):
            return False  # (a modifier noun is singular: "two pigeons peck" is no kind of peck)
        if not name and text.endswith("ed") and not wordnet.is_noun(text) and wordnet.is_verb(text):
            return False  # "a tattooed admiral": a participle the small model calls a noun describes
        doing = wordnet.kind(text) in (None, "act", "communication", "cognition", "feeling", "state")
        return not (text.endswith("ing") and (animate and doing and not lexicon.pursuit(text) or
                                              text in lexicon.STATE_PARTICIPLES))
        # ("a racing pigeon", "a teaching assistant": a sport or a line of work is what they are for)
        # (a "wedding photographer": a wedding is an event, no doing of the photographer's)
    if word.pos == "ADJ":
        # ("an electric kettle", "a solar lamp": an adjective of relation says which kind, as a noun would)
        return not lexicon.looks_adjective(text) or wordnet.is_relational_adjective(text) and \
            word.written[:1].islower() or lexicon.only_noun(text)
        # ("a courtesy car", "a country house": a word the dictionary has only as a noun names the kind)
    if word.pos == "VERB" and text.endswith("ing"):
        return (not animate or lexicon.pursuit(text)) and text not in lexicon.STATE_PARTICIPLES and \
            text not in lexicon.PLAIN_ADJECTIVES
    # "a combine harvester": a noun the tagger makes a verb describing the next noun names its kind
    return word.pos == "VERB" and word.tag in ("VB", "VBP") and word.dep in ("amod", "compound") and \
        wordnet.is_noun(text) and not wordnet.is_adjective(text)


def _plural_of_a_thing(text: str) -> bool:
    """"pigeons", "boxes": the plural of a thing, which names no kind of the noun after it ("the pigeons
    peck"); "removals", "goods", "sports", "clothes" do ("a removals van", "the goods train"): their
    singular is an act or an idea first, or the dictionary lists the plural itself."""
    one = language.singular(text)
    return language.is_plural(text) and wordnet.kind(one) in wordnet.CONCRETE and not (
        text != one and wordnet.senses(text))


def _trade(word: Word, text: str, head: str) -> bool:
    """"a weather presenter", "a news reader": a noun before a word for a person is their line of
    work, even a word the tables keep for the weather or the look ("a plump nurse" is plump)."""
    senses = wordnet.senses(lexicon._singular(text))
    return word.pos == "NOUN" and word.dep == "compound" and bool(senses) and \
        senses[0].kind not in ("event", "attribute", "state", "feeling", "shape") and not text.endswith("ing") and \
        text not in lexicon.ADJECTIVES | lexicon.PLAIN_ADJECTIVES and not lexicon.made_of(text) and \
        wordnet.kind(lexicon._singular(head)) == "person"
    # (not a look: "a grinning teacher", "a polka-dot digger", "a chrome calculator")


def _animate(head: str, best: tuple[str, int, int] | None) -> bool:
    """A person or an animal: "a running dog" runs; "a running shoe" is a kind of shoe."""
    noun = lexicon.known_noun(best[0] if best else head)
    if noun is None:
        # (no table knows it: the dictionary says whether it lives, "a grinning dentist", "a tattooed okapi")
        kinds = [s.kind for s in wordnet.senses(lexicon._singular(head))]
        return lexicon._singular(head) in lexicon.FIGURES or kinds[:1] in (["person"], ["animal"]) and \
            "artifact" not in kinds  # (a calculator is someone who calculates first, but a machine too)
    if noun.category in lexicon.PERSON_CATEGORIES or noun.how in ("person", "figure"):
        return True
    from studio.library import load_catalog

    spec = load_catalog().get(noun.category)
    return bool(spec and spec.group == "animal")


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
