"""Words -> items: noun phrases, relation, frame and orientation phrases, arrangements, members
by position, pronouns and clause separators, in the order the prompt says them.

The phrase tables (``phrases.py``) are matched longest first; between them, runs of plain words
become noun phrases (``nounphrase.py``), and the parse decides where a run ends: at a verb, an
adverb or a preposition ("two dogs *chased* a ball"), never inside a name ("teddy bears").
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from crews.spatial import lexicon
from crews.spatial.nounphrase import (
    POSSESSIVE,
    QUANTITY_TABLE,
    NounPhrase,
    _count_value,
    _plural_of_a_thing,
    noun_phrases,
    style_phrase,
)
from crews.spatial.phrases import PHRASES
from crews.spatial.words import Word
from studio import language, wordnet

SEPARATORS = {",", ";", ".", "!", "?", ":", "and", "while", "with", "plus", "but", "whereas", "where", "then",
              "also", "whilst", "beside", "besides"}
PRONOUNS = {"it", "they", "them", "itself", "themselves", "him", "he", "she", "both"}
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


@dataclass
class Item:
    kind: str  # np | rel | frame | orient | rows | pron | eachother | sep | order | member | color | step | ...
    value: str = ""
    np: NounPhrase | None = None
    start: int = 0
    end: int = 0  # a phrase's word after its last (0: not kept)


def items(words: list[Word]) -> list[Item]:
    """Words -> items; consecutive plain words become one noun phrase each."""
    tokens = [w.text for w in words]
    out: list[Item] = []
    run: list[tuple[str, int]] = []

    absent = False  # "without chairs", "no people": the next noun phrase names nothing in the scene

    def flush() -> None:
        nonlocal absent
        if run:
            if run[0][0] in ("no", "none", "without", "nobody", "nothing", "noone") or absent:
                absent = False
                run.clear()
                return
            for np in noun_phrases(run, words):
                out.append(Item("np", np=np, start=np.start))
            run.clear()

    i = 0
    while i < len(tokens):
        token = tokens[i]
        if token in ("me", "us") and words[i].pos == "PRON":
            flush()  # "show me a bunch of caravans": the one asking, never a thing of the scene
            i += 1
            continue
        if token in ("without", "minus", "sans"):
            flush()
            absent = True  # "a table without chairs"
            i += 1
            continue
        colour_one = token == "one" and i + 1 < len(tokens) and tokens[i + 1] in lexicon.COLORS and not run and \
            (i + 2 == len(tokens) or tokens[i + 2] in SEPARATORS)
        if colour_one:  # "two cats, one black and one white": the next member, in that colour
            flush()
            out.append(Item("member", f"pick:{tokens[i + 1]}", start=i))
            i += 2
            continue
        if token == "one" and not run and i and tokens[i - 1] in SEPARATORS and PHRASES.match(tokens, i + 1):
            flush()  # "two dogs, one facing left and the other facing right": the next member
            out.append(Item("member", "next:1", start=i))
            i += 1
            continue
        rows = _arrangement(tokens, i)
        if rows:
            flush()
            out.append(Item("rows", rows[0], start=i))
            i = rows[1]
            continue
        if token == "along" and i + 1 < len(tokens) and tokens[i + 1] not in SEPARATORS:
            # "parked along a wall": in one row, in front of what they line (on it, for a shelf: parse)
            flush()
            out += [Item("rows", "1", start=i), Item("rel", "along", start=i)]
            i += 1
            continue
        if token in ("wearing", "dressed", "wears", "wore") or token == "in" and i + 1 < len(tokens) and \
                _worn_follows(tokens, i + 1):
            flush()
            out.append(Item("worn", start=i))  # "a knight in silver armor": the armor is how he looks
            i += 1
            continue
        if run and token not in ("a", "an", "one") and _count_value(token) and \
                words[run[-1][1]].pos in ("NOUN", "PROPN") and \
                not (token in language.UNIT_WORDS and tokens[i + 1:i + 2] != ["of"]):
            flush()  # "on the lower shelf two baskets": a number starts the next noun phrase ("an au pair" is one)
        quantity = QUANTITY_TABLE.match(tokens, i)
        if quantity:  # "a dozen or so", "quite a few": the words of one count, whatever their tags
            run.extend((tokens[k], k) for k in range(i, quantity.end))
            i = quantity.end
            continue
        extreme = _stack_end(words, i)
        if extreme:
            flush()  # "three crates one on another, only the lowest touching the floor": the stack said again
            i = extreme
            continue
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
        if match and match.kind.startswith("frame:") and tokens[match.end - 1] in ("left", "right", "middle",
                                                                                    "centre", "center") and \
                match.end < len(tokens) and words[match.end].pos == "NOUN" and tokens[match.end] not in SEPARATORS \
                and not PHRASES.match(tokens, match.end) and not lexicon.is_style_noun(tokens[match.end]):
            # "on the middle shelf", "on the left bank": a noun's adjective, not a place in the picture.
            match = PHRASES.match(tokens[:i + 1], i)
            if match is None:
                flush()
                i += 1
                continue
        if match and run and lexicon.is_style_noun(token) and \
                (match.end == len(tokens) or tokens[match.end] in SEPARATORS):
            match = None  # "vintage look" closing a phrase: how it looks, not "looks (toward)"
        if match and match.kind.startswith("rel:") and match.end == i + 1 and _counted_plural_head(words, i, run):
            match = None  # "four cinder blocks": the plural of a compound's head, not "blocks (our view)"
        # "her"/"its" before a noun is an article, not the start of "on her left".
        if match and not (match.kind.startswith("orient:toward") and _next_is_relation(tokens, match.end)):
            flush()
            family, _, value = match.kind.partition(":")
            out.append(Item(family, value, start=i, end=match.end))
            i = match.end
            continue
        if token in ("each", "one") and i + 1 < len(tokens) and tokens[i + 1] in ("other", "another"):
            flush()
            out.append(Item("eachother", start=i))
            i += 2
            continue
        each = _each(tokens, i)
        if each and out and out[-1].kind == "rel" and not run:
            flush()
            out.append(Item("pron", "each", start=i))  # "a towel under each one": one for each
            i = each
            continue
        if token in ("each", "every") and out and out[-1].kind == "rel" and not run:
            out.append(Item("each", start=i))  # "a lamp beside each bed"
            i += 1
            continue
        borrowed = _ellipsis_noun(words, run, i)
        if borrowed is not None:
            run.append((tokens[borrowed], borrowed))  # "five red and two blue balls": five red balls
        if token == "and" and run and all(words[k].pos in ("DET", "ADJ") for _, k in run) and \
                i + 1 < len(words) and words[i + 1].pos == "ADJ":
            i += 1  # "the upper and lower shelf": two adjectives of one noun
            continue
        if token in lexicon.COLORS and not run and len(out) >= 2 and out[-1].kind == "sep" and \
                out[-1].value in ("and", ",") and out[-2].kind == "color":
            out.append(Item("color", token, start=i))  # "in red, green and blue respectively"
            i += 1
            continue
        if token in DIRECTIONS and _after_facing(out) and not run:
            out.append(Item("orient", DIRECTIONS[token], start=i))  # "facing left *and right* respectively"
        elif token in SEPARATORS:
            flush()
            out.append(Item("sep", token, start=i))
        elif token in ("which", "who") and i > 0 and tokens[i - 1] == ",":
            flush()
            out.append(Item("pron", token, start=i))  # a relative clause about the thing just named
        elif token in ("which", "whom") and out and out[-1].kind == "rel" and not run:
            out.append(Item("which", start=i))  # "a sofa on which sits a cat": on the sofa
        elif token in PRONOUNS or (token in POSSESSIVE and not _noun_follows(tokens, i)):
            flush()
            out.append(Item("pron", token, start=i))
        elif token in ("named", "called") and i + 1 < len(words) and words[i + 1].pos == "PROPN":
            flush()
            out.append(Item("named", start=i))  # "a shepherd named Tomasz": the name of the thing before
        elif _describes(words, i, run):
            run.append((token, i))
        elif run and (lexicon.is_style_noun(token) and (i + 1 == len(tokens) or tokens[i + 1] in SEPARATORS) or
                      token in lexicon.MEDIA and (i + 1 == len(tokens) or tokens[i + 1] in (",", ";", ".", "!"))):
            run.append((token, i))  # "claymation look", "matte painting": a style noun closing a phrase, not a verb
        elif token in VERBS and not (token in ("right",) and run) and not _a_can(words, i, run) and \
                not _compound_head(words, i, run) and not _compound_modifier(words, i, run) and \
                not _participle_name(words, i, run) and not _counted_plural_head(words, i, run) and \
                not _noun_after_of(words, i, run):
            flush()
            if token in SEATED | LYING:
                out.append(Item("pose", "seated" if token in SEATED else "lying", start=i))
        elif _ends_phrase(words, i, run) and not _participle_name(words, i, run) and \
                not _compound_head(words, i, run):
            flush()
            if token in SEATED | LYING:
                out.append(Item("pose", "seated" if token in SEATED else "lying", start=i))
        else:
            run.append((token, i))
        i += 1
    flush()
    return _opening_places(_credits_as_style(out, words), words)


def _opening_places(out: list[Item], words: list[Word]) -> list[Item]:
    """"In a farmyard, ...", "On a station forecourt: ...": a sentence opening "in" or "on" a
    building, a yard or an area, then a comma or a colon, says where the scene is, as a closing one does."""
    drop = set()
    for k, item in enumerate(out[:-2]):
        opens = k == 0 or out[k - 1].kind == "sep" and out[k - 1].value in (".", ";", "!", "?", ":")
        if opens and item.kind == "rel" and words[item.start].text in ("in", "inside", "within", "on", "at", "beside",
                                                                         "by", "along", "alongside") and \
                item.end - item.start == 1 and out[k + 1].kind == "np" and out[k + 2].kind == "sep" and \
                out[k + 2].value in (",", ":") and _closing_place([item, out[k + 1]], words, opening=True):
            place = out[k + 1].np
            out[k + 1].np = dataclasses.replace(place, noun=None, setting=place.noun.noun)
            drop.add(k)  # (no thing is in it: it is everywhere)
    return [item for k, item in enumerate(out) if k not in drop]


def _credits_as_style(out: list[Item], words: list[Word]) -> list[Item]:
    """The comma-separated fragments closing a prompt that only name someone or a stuff, with
    nothing placed ("..., Studio Ghibli", "..., by Greg Rutkowski", "..., charcoal"): whose style
    or what medium it is, not a thing to draw."""
    end = len(out)
    while end > 0:
        start = end
        while start > 0 and not (out[start - 1].kind == "sep" and out[start - 1].value in (",", ";")):
            start -= 1
        fragment = [item for item in out[start:end] if item.kind != "sep"]
        nps = [item for item in fragment if item.kind == "np"]
        if start > 0 and all(item.kind in ("np", "rel") for item in fragment) and \
                all(item.np.noun is None or item.np.setting for item in nps) and not _overhead(fragment) and \
                not _by_place(fragment, words):
            # "8k", "soft light", "desert oasis", "backlit by a hazy sunset", "under a thundery sky":
            # style or setting already, or nothing kept
            end = start - 1
            continue
        before = start - 1
        while before > 0 and not (out[before - 1].kind == "sep" and out[before - 1].value in (",", ";", ".", ":")):
            before -= 1
        said_first = out[before:start - 1]
        if start > 1 and said_first and all(item.kind in ("frame", "rel") for item in said_first) and \
                not _bare_medium(fragment):
            break  # "Right: Leocadia", "on the left, a barn": a place said first, then its thing
            # (not "..., dead centre, coloured pencils": what it is drawn with)
        opening = words[out[start - 1].start + 1].text if start > 0 and out[start - 1].start + 1 < len(words) else ""
        core, particle = _place_words(fragment, words)
        place = start > 0 and _closing_place(core, words, particle=particle)
        if start == 0 or not (place or _credit(fragment, words) or opening in CAMERA_VERBS or _medium_on(fragment) or
                              _style_with(fragment) or _weather(fragment)):
            break
        if place:  # "..., in a cramped studio apartment": where, not a thing
            place = core[1].np
            core[1].np = dataclasses.replace(place, noun=None, setting=place.noun.noun)
            before_place = fragment[0] if particle else None  # ("backstage" of "backstage at a theatre")
            out[start:end] = [item for item in out[start:end] if item.kind != "rows" and item is not before_place and
                              not (item.kind == "np" and item.np.noun is None and not item.np.setting)]
        else:
            for item in fragment:
                if item.kind == "np":
                    item.np = style_phrase(item.np.words, item.np.start, item.np.first, list(item.np.words))
        out[start:end] = [item for item in out[start:end] if item.kind != "rel"]
        end = start - 1
    return out


# Where a place is from the one speaking: "..., down at the allotments", "..., out in the paddock".
PLACE_PARTICLES = {"down", "up", "out", "over", "round", "back"}


def _place_words(fragment: list[Item], words: list[Word]) -> tuple[list[Item], bool]:
    """The fragment's preposition and noun phrase, without what comes before them when it says only
    how the place lies: "along" read as a row too ("..., along a canal towpath"), a particle ("down at
    the allotments"); and whether a particle came first."""
    if len(fragment) == 3 and fragment[0].kind == "rows" and fragment[1].kind == "rel" and \
            fragment[1].value == "along":
        return fragment[1:], False  # (a closing "along" lines nothing up: nothing comes before it)
    if len(fragment) == 3 and fragment[0].kind == "np" and (
            fragment[0].np.noun is None and not fragment[0].np.style and
            words[fragment[0].start].text in PLACE_PARTICLES or _place_adverb(fragment[0].np)) and \
            fragment[0].start + 1 == fragment[1].start:
        return fragment[1:], True
    return fragment, False


def _place_adverb(np: NounPhrase) -> bool:
    """"backstage", "upstairs", "offstage": one bare word the dictionary also knows as an adverb of where,
    said before the place ("..., backstage at a theatre")."""
    return len(np.words) == 1 and not (np.definite or np.indefinite or np.count or np.proper) and \
        np.words[0] not in lexicon.COLORS and wordnet.is_adverb(np.words[0]) and \
        lexicon.known_noun(np.words[0]) is None


# "..., shot on an iphone", "..., taken with a Leica": how the picture was made, closing the prompt.
CAMERA_VERBS = {"shot", "taken", "captured", "photographed", "filmed", "recorded", "made", "rendered", "created"}


def _closing_place(fragment: list[Item], words: list[Word], opening: bool = False, particle: bool = False) -> bool:
    """"..., in a cramped studio apartment", "..., inside an old barbershop": a closing "in" a
    building, a room or a pit is where the scene is, never a thing in it (opening a sentence,
    "on" and "at" one too: "On a station forecourt, ..."). After a particle ("down at the allotments",
    "up at the mill"), "at" or "in" anything the tables do not draw as a thing is the place."""
    if [item.kind for item in fragment] != ["rel", "np"] or fragment[0].end not in (0, fragment[0].start + 1) or \
            fragment[1].np.noun is None or fragment[1].np.proper:
        return False  # (0: "along", kept without its end)
    word, place = words[fragment[0].start].text, fragment[1].np.noun.noun
    if word == "at" and lexicon.is_occasion(place):
        return True  # "..., at a village fete"
    if particle and word in ("at", "in") and (fragment[1].np.noun.stand_in or lexicon.is_ground(place)):
        return True  # "..., down at the allotments" ("up in the attic" is a room: below)
    if word in ("beside", "by", "along", "alongside") and lexicon.is_way(place):
        return True  # "..., beside a canal towpath"
    if _by_place(fragment, words):
        return True
    if word in ("on", "at"):  # "..., on a station forecourt": ground, not a thing on which
        return lexicon.is_ground(place) or lexicon.is_way(place) or opening and lexicon.is_building(place)
    return word in ("in", "inside", "within") and (lexicon.is_building(place) or lexicon.is_ground(place) or
                                                    lexicon.is_unlisted_structure(place) or
                                                    fragment[1].np.noun.stand_in and _unknown_word(place))
    # ("..., in a laundrette": a word no dictionary has, closing the prompt after "in", is the place)


def _unknown_word(name: str) -> bool:
    last = name.split()[-1]
    return not (wordnet.is_noun(last) or wordnet.is_noun(language.singular(last)))


def _by_place(fragment: list[Item], words: list[Word]) -> bool:
    """"By the harbour, ...", "..., by the seaside": the place the scene is by (a fireplace, a pond
    are things one is by)."""
    if [item.kind for item in fragment] != ["rel", "np"] or fragment[1].np.noun is None or fragment[1].np.proper:
        return False
    word, place = words[fragment[0].start].text, fragment[1].np.noun.noun
    return word in ("beside", "by", "near") and (lexicon.is_place(place) or _open_water(place) or
                                                  lexicon.is_ground(place) and not lexicon.is_building(place))


def _open_water(place: str) -> bool:
    """"a boating lake", "the sea", "a stream": a body of water itself, which a scene is beside (a pond, a pool
    are the dictionary's kinds of lake: small enough to be a thing by which one stands)."""
    return any("body of water" in wordnet.hypernyms(name, 1) for name in {place, place.split()[-1]})


def _weather(fragment: list[Item]) -> bool:
    """"..., in a heatwave", "..., during a blizzard": the weather, said closing the prompt."""
    kinds = [item.kind for item in fragment]
    np = fragment[-1].np if kinds in (["np"], ["rel", "np"]) else None
    return np is not None and np.noun is not None and not np.proper and not (np.count or 0) > 1 and \
        (lexicon.is_weather(np.noun.noun) or _overhead(fragment))


def _overhead(fragment: list[Item]) -> bool:
    """"..., under a full moon", "..., beneath the stars": the light the sky gives, not a place to be on."""
    return [item.kind for item in fragment] == ["rel", "np"] and fragment[0].value == "under" and \
        fragment[1].np.noun is not None and fragment[1].np.noun.noun in SKY_LIGHTS


SKY_LIGHTS = {"moon", "sun", "stars", "sky", "moonlight", "sunlight", "starlight"}


def _style_with(fragment: list[Item]) -> bool:
    """"..., woodcut print with bold lines": a style and what marks it, nothing placed."""
    if len(fragment) != 2 or not all(item.kind == "np" for item in fragment):
        return False
    style, marks = fragment[0].np, fragment[1].np
    bare = not (style.definite or style.indefinite or style.count)
    # ("woodcut with heavy lines": a bare art form the dictionary knows, as much as a style already read)
    return (style.noun is None and bool(style.style) or style.noun is not None and bare and
            lexicon.is_art_form(style.noun.noun)) and marks.noun is not None and \
        not (marks.definite or marks.indefinite or marks.count)


def _medium_on(fragment: list[Item]) -> bool:
    """"gouache on paper", "oil on canvas": a medium, on what it is laid; no article, nothing placed."""
    if [item.kind for item in fragment] != ["np", "rel", "np"] or fragment[1].value != "on_top_of":
        return False
    medium, ground = fragment[0].np, fragment[2].np
    if medium.noun is not None and not (medium.definite or medium.indefinite or medium.count or medium.plural or
                                        medium.proper) and \
            (lexicon.is_art_form(medium.words[-1]) or lexicon.is_stuff(medium.words[-1])):
        return not ground.count  # "tempera on a wood panel", "chalk on a blackboard": a bare medium on its ground
    return medium.noun is None and bool(medium.style) and not ground.count


def _bare_medium(fragment: list[Item]) -> bool:
    """"coloured pencils", "linocut", "poster paints": one bare medium or art form, no article, no count, no
    name (a paint, said bare, is what the picture is coloured with)."""
    if len(fragment) != 1 or fragment[0].kind != "np":
        return False
    np = fragment[0].np
    return not (np.definite or np.indefinite or np.count or np.proper or np.fresh) and bool(np.words) and \
        (lexicon.names_a_medium(np.words) or lexicon.is_art_form(np.words[-1]))


def _credit(fragment: list[Item], words: list[Word]) -> bool:
    """One name, alone or after "by" ("Studio Ghibli", "by Greg Rutkowski"); one bare stuff, the
    medium ("charcoal", "graphite"); or one bare word no dictionary knows ("claymation")."""
    credited = fragment and fragment[0].kind == "rel" and words[fragment[0].start].text == "by"
    if credited:
        fragment = fragment[1:]
    fragment = [item for item in fragment if item.kind != "np" or item.np.noun is not None]  # ("kodak portra 400")
    if credited and len(fragment) > 1 and all(item.kind == "np" for item in fragment):
        return all(_credit([item], words) for item in fragment)  # "by studio ghibli and makoto shinkai"
    if len(fragment) != 1 or fragment[0].kind != "np":
        return False
    np = fragment[0].np
    # ("another book"; but "coloured pencils", "felt tips": a medium is named in the plural)
    bare = not (np.definite or np.indefinite or np.count or np.plural and not lexicon.names_a_medium(np.words) or
                np.fresh)
    return bare and (np.proper or np.noun is not None and (lexicon.is_art_form(np.words[-1]) or
                                                           lexicon.names_a_medium(np.words) or np.noun.stand_in and (
        lexicon.is_stuff(np.words[-1]) or not wordnet.is_noun(language.singular(np.words[-1])))))


def _ellipsis_noun(words: list[Word], run: list[tuple[str, int]], i: int) -> int | None:
    """At "and" after a count and adjectives with no noun ("five red and two blue balls", "a red
    and a blue car"), the index of the noun the next phrase ends in, which the first leaves unsaid."""
    def describing(k: int) -> bool:  # (not "a sundial and a log pile": the tagger's adjective is a noun)
        return words[k].text in lexicon.COLORS or words[k].pos == "ADJ" and not lexicon.looks_like_noun(words[k].text)

    counted = ("NUM",) if words[i + 1:i + 2] and words[i + 1].pos == "NUM" else ("DET",)
    if words[i].text != "and" or not run or i + 1 >= len(words) or \
            not (words[i + 1].pos == "NUM" or words[i + 1].text in ("a", "an")) or \
            not all(words[k].pos in ("NUM", "DET") or describing(k) for _, k in run) or \
            not any(words[k].pos in counted for _, k in run) or not any(describing(k) for _, k in run):
        return None
    k = i + 1
    while k < len(words) and (words[k].pos in ("NUM", "DET") or describing(k)):
        k += 1
    while k + 1 < len(words) and words[k].pos == "NOUN" and words[k + 1].pos == "NOUN":
        k += 1  # "two blue tennis balls": the head, "balls"
    return k if k < len(words) and words[k].pos == "NOUN" else None


DIRECTIONS = {"left": "left", "right": "right", "away": "away", "forward": "camera", "forwards": "camera"}


def _describes(words: list[Word], i: int, run: list[tuple[str, int]]) -> bool:
    """ "a parked car", "a stacked crate": a verb of placing said of the noun after it, inside its
    noun phrase, describes the thing (an attribute), not what it does. Poses stay poses."""
    word = words[i]
    if not run or word.text in SEATED | LYING:
        return False
    if word.dep == "amod" and word.head > i:
        return True
    # "Three stacked crates": the parse makes the number a subject and the participle its verb.
    after = words[i + 1] if i + 1 < len(words) else None
    return word.tag in ("VBN", "VBD") and language.number(run[-1][0]) is not None and after is not None \
        and after.pos == "NOUN"


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
    if run and (words[run[-1][1]].pos == "DET" or run[-1][0] in ("a", "an")):
        return False  # "a saw", "the bears": right after an article it is a noun (a finds bag: "a" is no pronoun)
    described = all(words[k].pos == "ADJ" or lexicon.only_adjective(t) for t, k in run[1:])
    if run and run[0][0] in ("a", "an") and described and word.tag == "VBZ" and i + 1 < len(words) and \
            words[i + 1].pos == "NOUN":
        return False  # "a dusty finds bag": after "a" and what describes, a plural before a noun names its kind
    if word.pos == "VERB" and len(run) >= 2 and any(t in ("a", "an", "the", "one") for t, _ in run[:-1]) and \
            words[run[-1][1]].pos == "NOUN" and not language.is_plural(run[-1][0]) and \
            (word.tag in ("VB", "VBP", "NN") or lexicon.known_noun(word.text)) and \
            word.text not in lexicon.ACTIVITY_VERBS and \
            (i + 1 == len(words) or words[i + 1].pos == "ADP" or words[i + 1].text in SEPARATORS or
             PHRASES.match([w.text for w in words], i + 1)):
        return False  # "a bus stop near", "a coat rack behind": a noun the tagger read as the verb of a list
    if word.pos == "VERB" and len(run) >= 2 and run[0][0] in ("a", "an", "the") and \
            words[run[-1][1]].tag == "NNS" and not _plural_of_a_thing(run[-1][0]) and \
            wordnet.kind(word.text) in wordnet.CONCRETE:
        return False  # "the goods train to the right": a plural that names no thing, then the thing it names
    if word.tag == "VBZ" and any((_count_value(t) or 0) > 1 for t, _ in run) and \
            not language.is_plural(run[-1][0]):
        return False  # "three wheelie bins": after a count of several, a plural is the thing, not its verb
    if run and (_count_value(run[-1][0]) or language.singular(run[-1][0]) in lexicon.UNITS) and \
            run[-1][0] not in ("a", "an", "one") and word.pos in ("VERB", "AUX") and word.text not in VERBS:
        return False  # "two dozen candles": after a count comes the thing counted
    starts_clause = i == 0 or words[i - 1].text in SEPARATORS
    if not run and starts_clause and word.text not in VERBS and i + 1 < len(words) and \
            words[i + 1].pos in ("VERB", "AUX", "ADP"):
        return False  # "..., seagulls flying above": a clause's subject the tagger read as a verb
    if run and lexicon.known_noun(f"{run[-1][0]} {word.text}"):
        return False  # "teddy bears", "fire hydrant": the second word of a known name
    nxt = words[i + 1] if i + 1 < len(words) else None
    if word.dep in ("amod", "compound") and nxt is not None and nxt.pos in ("NOUN", "PROPN"):
        return False  # "a rocking horse", "a sleeping cat": a modifier of the noun after it
    if run and run[-1][0] == "of" and word.text.endswith("ing") and nxt is not None and nxt.pos in ("NOUN", "PROPN"):
        return False  # "a row of rocking chairs"
    if run and lexicon.known_noun(word.text):
        previous = words[run[-1][1]]
        if previous.pos in ("DET", "NUM", "ADJ") or previous.text in lexicon.ARTICLES:
            return False
    return True


ARRANGEMENT_LOOKS = {"wobbly", "tidy", "neat", "tall", "precarious", "leaning", "crooked", "rough", "perfect",
                     "orderly", "untidy", "messy", "shaky", "teetering", "small", "big", "large", "little", "high",
                     "straight", "even", "regular", "parallel", "single", "lone", "solitary", "loose", "rickety",
                     "unsteady", "toppling", "lopsided", "haphazard", "careful", "squat", "great", "huge"}


def _arrangement(tokens: list[str], i: int) -> tuple[str, int] | None:
    """"in two rows" -> ("2", end); "in three rows of four" / "in a 3 by 4 grid" -> ("3x4", end);
    "in a pile" -> ("stack", end). End: the index after the phrase."""
    at = i
    bare = _by_grid(tokens, i)
    if bare:
        return bare
    if tokens[at] not in ("in", "into", "as", "forming", "form"):
        lines = _arrangement(["in"] + tokens[i:], 0) if i and tokens[i - 1] in (",", ":") else None
        end = i + lines[1] - 1 if lines else 0
        if lines and "x" in lines[0] and (end >= len(tokens) or tokens[end] in SEPARATORS):
            return lines[0], end  # "a grid of tiles, four rows with four in each": the grid's lines
        return None
    at += 1
    if at < len(tokens) and tokens[at] in ("a", "an", "one"):
        at += 1
    while at + 1 < len(tokens) and tokens[at] in ARRANGEMENT_LOOKS:
        at += 1  # "in a wobbly stack", "in a tidy grid"
    if at < len(tokens) and tokens[at] in ("stack", "pile", "heap", "tower", "column") and \
            tokens[i + 1] in ("a", "an", "one"):
        if tokens[at] != "column" and at + 2 < len(tokens) and tokens[at + 1] == "of" and \
                tokens[at + 2] not in ("a", "an") and _count_value(tokens[at + 2]):
            return f"stack:{_count_value(tokens[at + 2])}", at + 3  # "in a pile of six"
        return ("stack" if tokens[at] != "column" else "1"), at + 1
    if at < len(tokens) and tokens[at] in GRID_WORDS and tokens[i + 1] in ("a", "an", "one"):
        deep_wide = _deep_and_wide(tokens, at + 1)
        if deep_wide:  # "as a block four ranks deep and two files wide"
            return deep_wide
    rows = _count_value(tokens[at]) if at < len(tokens) else None
    if not rows:
        return None
    if at + 3 < len(tokens) and tokens[at + 1] == "by" and _count_value(tokens[at + 2]) and \
            tokens[at + 3] in ("grid", "grids", "array", "matrix", "formation", "block", "square", "rectangle"):
        return f"{rows}x{_count_value(tokens[at + 2])}", at + 4
    if at + 2 < len(tokens) and tokens[at + 1] in ARRANGEMENT_LOOKS:
        at += 1  # "in two straight lines of four", "in three neat rows"
    if at + 1 < len(tokens) and tokens[at + 1] in ("rows", "row", "lines", "line", "ranks", "rank", "tiers", "tier",
                                                    "columns", "column", "files"):
        end = at + 2
        per = None
        if end + 1 < len(tokens) and tokens[end] == "of" and _count_value(tokens[end + 1]):
            per = _count_value(tokens[end + 1])
            end += 2
        else:
            each = _per_line(tokens, end + (end < len(tokens) and tokens[end] == ","))
            if each:
                per, end = each
        if tokens[at + 1].startswith(("column", "file")):
            return (f"{per}x{rows}" if per else f"cols{rows}"), end
        return (f"{rows}x{per}" if per else str(rows)), end
    return None


GRID_WORDS = ("grid", "grids", "array", "matrix", "formation", "block", "square", "rectangle")
LAID = ("out", "laid", "arranged", "planted", "set", "placed", "spaced", "lined", "standing", "parked")


DEPTH_LINES = ("ranks", "rank", "rows", "row", "lines", "line", "tiers", "tier")
WIDTH_LINES = ("files", "file", "columns", "column")


def _deep_and_wide(tokens: list[str], at: int) -> tuple[str, int] | None:
    """"four ranks deep and two files wide", "three wide by five deep": a block's lines counted from the front
    back (its rows) and across (how many in each); ("rows x per row", the index after the words)."""
    sizes = {}
    for _ in range(2):
        count = _count_value(tokens[at]) if at < len(tokens) and tokens[at] not in ("a", "an") else None
        if not count:
            return None
        at += 1
        if at < len(tokens) and tokens[at] in DEPTH_LINES + WIDTH_LINES:
            at += 1
        if at >= len(tokens) or tokens[at] not in ("deep", "wide", "across", "back") or \
                ("deep" if tokens[at] in ("deep", "back") else "wide") in sizes:
            return None
        sizes["deep" if tokens[at] in ("deep", "back") else "wide"] = count
        at += 1
        if len(sizes) == 1:
            if at >= len(tokens) or tokens[at] not in ("and", "by", ","):
                return None
            at += 1
    return f"{sizes['deep']}x{sizes['wide']}", at


def _by_grid(tokens: list[str], i: int) -> tuple[str, int] | None:
    """"laid out three by four in a grid", "planted two by five": a grid said without "in a"
    (after a verb of laying out, or before "in a grid"); "in a grid" after it is taken too."""
    rows = _count_value(tokens[i]) if tokens[i] not in ("a", "an", "one") else None
    if not rows or i + 2 >= len(tokens) or tokens[i + 1] != "by" or not _count_value(tokens[i + 2]):
        return None
    end = i + 3
    tail = end
    if tail < len(tokens) and tokens[tail] in ("in", "into", "as"):
        tail += 1
        tail += tail < len(tokens) and tokens[tail] in ("a", "an", "one")
        while tail < len(tokens) and tokens[tail] in ARRANGEMENT_LOOKS:
            tail += 1
        if tail < len(tokens) and tokens[tail] in GRID_WORDS:
            end = tail + 1
    if end == i + 3 and not (i and tokens[i - 1] in LAID):
        return None
    return f"{rows}x{_count_value(tokens[i + 2])}", end


def _per_line(tokens: list[str], at: int) -> tuple[int, int] | None:
    """"five per row", "four to a line", "six in each rank", "three apiece" after the lines are
    named: (how many in each, the index after the phrase)."""
    if at < len(tokens) and tokens[at] in ("with", "having", "and"):
        at += 1  # "three rows with four in each", "two rows having five each"
    count = _count_value(tokens[at]) if at < len(tokens) and tokens[at] not in ("a", "an") else None
    if not count:
        return None
    tails = (("per",), ("to", "a"), ("to", "each"), ("in", "each"), ("in", "every"), ("a",), ("apiece",), ("each",))
    # "three pots to a row": the thing named again between the count and the line
    named = 1 if at + 2 < len(tokens) and tokens[at + 1].isalpha() and tokens[at + 1] not in sum(tails, ()) and \
        not _count_value(tokens[at + 1]) and any(tuple(tokens[at + 2:at + 2 + len(t)]) == t for t in tails[:5]) else 0
    at += named
    for tail in tails:
        if tuple(tokens[at + 1:at + 1 + len(tail)]) == tail:
            end = at + 1 + len(tail)
            if tail[-1] not in ("apiece", "each") and end < len(tokens) and \
                    tokens[end] in ("row", "line", "rank", "tier", "column", "file"):
                return count, end + 1
            if tail[-1] in ("apiece", "each") and (end >= len(tokens) or tokens[end] in (",", ".", ";", "and")):
                return count, end
    return None


POSITIONS = {"first": "first:1", "leftmost": "first:1", "last": "last:1", "final": "last:1", "rightmost": "last:1",
             "nearer": "near:1", "nearest": "near:1", "closer": "near:1", "closest": "near:1",
             "middle": "middle:1", "central": "middle:1", "centre": "middle:1", "center": "middle:1"}


def _member(words: list[Word], i: int) -> tuple[str, int] | None:
    """Members of a group by position or by look: "the first", "the second lamppost", "the middle
    one", "the two on the right", "the white one", "the other two" -> ("first:1" | "index:2" |
    "last:2" | "pick:white" | "rest" ..., end)."""
    tokens = [w.text for w in words]
    if i + 1 < len(tokens) and tokens[i] == "both" and tokens[i + 1] in ("outer", "outermost", "outside", "end"):
        tokens[i] = "the"  # "both outside ones turned away": the two ends, as "the outside ones"
    if tokens[i] != "the" or i + 1 >= len(tokens):
        return None
    word, end = tokens[i + 1], i + 2

    def noun_after(at: int) -> int:
        """Past "one"/"ones" or the group's own noun ("the second lamppost")."""
        if at < len(tokens) and (tokens[at] in ("one", "ones") or words[at].pos == "NOUN" and
                                 not PHRASES.match(tokens, at) and tokens[at] not in SEPARATORS):
            return at + 1
        return at

    if word in ("outer", "outermost", "outside", "end") and i + 2 < len(tokens) and \
            (tokens[i + 2] in ("one", "ones", "two", "pair") or words[i + 2].pos == "NOUN"):
        return "ends:2", noun_after(end + (tokens[end] in ("two", "pair")))  # "the outer two", "the end ones"
    if _count_value(word) == 2 and tokens[end:end + 1] in (["outer"], ["outermost"], ["outside"], ["end"]):
        return "ends:2", noun_after(end + 1)  # "the two outer ones"
    side_at = end if word in ("far", "extreme", "very") else i + 1
    if tokens[side_at:side_at + 1] in (["left"], ["right"]) and tokens[side_at + 1:side_at + 2] in (["one"], ["ones"]):
        # "the far right one", "the left one"
        return ("first:1" if tokens[side_at] == "left" else "last:1"), side_at + 2
    if word in ("first", "last") and end < len(tokens):
        count = _count_value(tokens[end]) or 0
        at = noun_after(end + 1) if count > 1 else noun_after(end)
        counted_from = tokens[at + 2] if tokens[at:at + 2] == ["from", "the"] and at + 2 < len(tokens) else None
        named = words[at - 1].pos == "NOUN" and tokens[at - 1] not in ("one", "ones") and \
            not {tokens[at - 1], language.singular(tokens[at - 1])} & set(tokens[:i])  # "the first two cars" said first
        if (count > 1 or counted_from in ("left", "right")) and not named:
            # "the first two from the left", "the last from the right": counted from the side named
            leftward = (word == "first") == (counted_from != "right")
            return f"{'first' if leftward else 'last'}:{max(count, 1)}", at + 3 if counted_from in ("left", "right") \
                else at
    if word in POSITIONS:
        if POSITIONS[word] == "middle:1" and i and words[i - 1].pos == "ADP" and tokens[end:end + 1] != ["one"]:
            return None  # "turned towards the centre", "in the middle": a place, not a member ("the middle one" is)
        if end < len(tokens) and words[end].pos == "NOUN" and tokens[end] not in ("one", "ones") and \
                not PHRASES.match(tokens, end) and \
                not {tokens[end], language.singular(tokens[end]), language.plural(tokens[end])} & set(tokens[:i]):
            return None  # "the centre table", "the first car" said first: a thing, not a member of a group
        at = noun_after(end)
        if POSITIONS[word] in ("first:1", "last:1") and tokens[at:at + 2] in (["on", "the"], ["at", "the"]) and \
                tokens[at + 2:at + 3] in (["left"], ["right"], ["end"]):
            at += 3  # "the last one on the right": the side says the same again
        return POSITIONS[word], at
    place = language.ordinal(word)
    if place and place > 1:
        return f"index:{place}", noun_after(end)
    if word in lexicon.COLORS and end < len(tokens) and tokens[end] in ("one", "ones"):
        return f"pick:{word}", end + 1
    if word in ("other", "others", "rest", "remaining"):
        end = end + 1 if end < len(tokens) and _count_value(tokens[end]) else end
        return "rest", noun_after(end)
    count = 1 if word == "one" else _count_value(word) if word not in ("a", "an") else None
    if (count or word in ("ones", "pair")) and tokens[i + 2:i + 4] in (["on", "the"], ["at", "the"]) and \
            i + 4 < len(tokens) and tokens[i + 4] in ("ends", "outside", "edges", "flanks", "wings"):
        return "ends:2", i + 5  # "the two on the ends", "the ones at the edges": the first and the last
    if count and tokens[i + 2:i + 4] in (["in", "the"], ["at", "the"]) and i + 4 < len(tokens) and \
            tokens[i + 4] in ("middle", "centre", "center"):
        return f"middle:{count}", i + 5  # "the one in the middle facing us": the middle member(s)
    if count and tokens[i + 2:i + 3] in (["on"], ["at"], ["to"]) and tokens[i + 3:i + 4] in (["the"], ["our"], ["your"],
                                                                                       ["my"]) \
            and i + 4 < len(tokens) and tokens[i + 4] in ("left", "right"):  # ("the one on our left": the viewer's)
        return f"{'first' if tokens[i + 4] == 'left' else 'last'}:{count}", i + 5
    return None


STACK_ENDS = {"lowest", "bottom", "bottommost", "undermost", "lowermost", "highest", "top", "topmost", "uppermost"}


def _stack_end(words: list[Word], i: int) -> int | None:
    """"the lowest", "the topmost one" standing for a thing, not before its noun ("the top shelf") nor after a
    preposition ("on the top"): the end of a stack or a column named already, whose place its order says
    (one at the bottom, one at the top), so it is no thing of its own; the index after the words."""
    if words[i].text != "the" or i + 1 >= len(words) or words[i + 1].text not in STACK_ENDS or \
            i and (words[i - 1].pos == "ADP" or words[i - 1].text in ("of", "at", "on", "to", "from")):
        return None
    at = i + 2 + (i + 2 < len(words) and words[i + 2].text == "one")
    if at < len(words) and words[at].text not in SEPARATORS and words[at].text not in VERBS and \
            words[at].pos not in ("VERB", "AUX", "ADV", "ADP"):
        return None
    return at


STEP_LEADS = (["a", "little"], ["a", "bit"], ["slightly"], ["a", "step"], ["a", "pace"], ["one", "step"],
              ["a", "few", "steps"], ["a", "couple", "of", "steps"], ["two", "steps"], ["three", "steps"],
              ["a", "few", "paces"], ["two", "paces"], ["some", "steps"], ["several", "steps"], ["set"])
STEP_WAYS = {"back": "back", "backward": "back", "backwards": "back", "forward": "forward", "forwards": "forward",
             "ahead": "forward", "left": "left", "right": "right"}


def _step(tokens: list[str], i: int) -> tuple[str, int] | None:
    """"a step back", "set back", "a few steps back", "a little further left": out of line, behind,
    in front of or beside the rest (or the thing named before). Needs a measure or "further":
    a bare "back" or "left" is something else."""
    at = i
    lead = next((len(words) for words in sorted(STEP_LEADS, key=len, reverse=True)
                 if tokens[at:at + len(words)] == words), 0)
    at += lead
    further = at < len(tokens) and tokens[at] in ("further", "farther")
    at += further
    way = STEP_WAYS.get(tokens[at]) if at < len(tokens) else None
    if not (lead or further) or way is None or way in ("left", "right") and tokens[i:i + 1] == ["set"]:
        return None
    if tokens[at + 1:at + 2] in (["than"], ["from"], ["of"]):
        return None
    return way, at + 1


def _compound_head(words: list[Word], i: int, run: list[tuple[str, int]]) -> bool:
    """"an umbrella stand", "a music stand": a word of the verb list that the parse reads as a noun,
    right after a singular noun (the compound's modifier, whatever the parse hangs it on)."""
    inverted = words[i].tag == "VBZ" and i + 1 < len(words) and words[i + 1].pos in ("DET", "NUM", "PROPN")
    # ("beneath a daybed lies a cat": a verb before its subject, whatever the tagger calls it)
    if run and i > 0 and run[-1][1] == i - 1 and words[i].pos == "VERB" and words[i].tag in ("VB", "VBP") and \
            words[i - 1].pos == "NOUN" and not language.is_plural(words[i - 1].text) and \
            lexicon.dictionary_name([words[i - 1].text, words[i].text]) and \
            (i + 1 == len(words) or words[i + 1].pos in ("ADP", "PUNCT", "CCONJ") or words[i + 1].text in SEPARATORS):
        return True  # "a milk float behind it": the dictionary's name, though the tagger makes its head the verb
    return bool(run) and i > 0 and words[i].pos == "NOUN" and run[-1][1] == i - 1 and not inverted and \
        not words[i].text.endswith("ing") and (words[i - 1].dep == "compound" and words[i - 1].head == i or
                                              words[i - 1].pos == "NOUN" and not language.is_plural(words[i - 1].text)
                                              or lexicon.dictionary_name([words[i - 1].text, words[i].text])
                                              or words[i - 1].pos == "ADJ" and _only_noun(words[i - 1].text))
    # ("two breeze blocks": a dictionary name, whatever the tagger makes of its first word; "a mahjong set":
    # a word the dictionary knows only as a noun, whatever the tagger calls it)


def _noun_after_of(words: list[Word], i: int, run: list[tuple[str, int]]) -> bool:
    """"a chapel of rest", "a house of prayer": a bare word straight after "of" inside a noun phrase that the
    parse takes for a noun, whatever verb it also spells, is the noun ("a box of rests" no such thing)."""
    return bool(run) and run[-1][0] == "of" and run[-1][1] == i - 1 and words[i].pos == "NOUN" and \
        words[i].dep == "pobj" and not words[i].text.endswith("ing") and wordnet.is_noun(words[i].text)


def _only_noun(word: str) -> bool:
    return wordnet.is_noun(word) and not wordnet.is_adjective(word) and not wordnet.is_verb(word)


def _counted_plural_head(words: list[Word], i: int, run: list[tuple[str, int]]) -> bool:
    """"four cinder blocks": a plural compound head after a count of several (not "a rickshaw blocks");
    "three blocks", "wooden blocks": a plural straight after its count or describing words, no noun before."""
    if words[i].tag == "NNS" and run and run[-1][1] == i - 1 and \
            all(words[k].pos in ("ADJ", "NUM") or t in ("the", "some", "many", "several") for t, k in run):
        return True
    if words[i].tag != "NNS" or not (_compound_head(words, i, run) or run and run[-1][1] == i - 1 and
                                     words[i - 1].pos == "ADJ"):
        return False  # ("four net floats": a plural noun after its count, whatever the tagger calls "net")
    counted = [t for t, k in run if words[k].pos in ("DET", "NUM")]
    return bool(counted) and counted[-1] not in ("a", "an", "one", "each", "every")


def _compound_modifier(words: list[Word], i: int, run: list[tuple[str, int]]) -> bool:
    """"a photo booth", "a picture frame": a word of the verb list right after an article that the
    parse reads as the modifier of the noun after it."""
    return bool(run) and run[-1][1] == i - 1 and words[run[0][1]].pos in ("DET", "NUM") and \
        words[i].pos in ("NOUN", "PROPN") and words[i].dep == "compound" and words[i].head == i + 1 and \
        words[i + 1].pos in ("NOUN", "PROPN")


def _participle_name(words: list[Word], i: int, run: list[tuple[str, int]]) -> bool:
    """"a sleeping bag", "a waiting room", "a standing stone": a word of the verb list that the
    dictionary names a thing with, together with the noun after it, inside a phrase begun by an
    article or a number ("a cat sleeping on a mat" goes on to no such noun)."""
    return bool(run) and run[-1][1] == i - 1 and words[run[0][1]].pos in ("DET", "NUM") and i + 1 < len(words) \
        and words[i + 1].pos in ("NOUN", "PROPN") and lexicon.dictionary_name([words[i].text, words[i + 1].text])


def _each(tokens: list[str], i: int) -> int | None:
    """"each", "each one", "every one", "each of them": the end of the words; None for "each
    chair" (a noun phrase, read there) and "each of the chairs"."""
    if tokens[i] not in ("each", "every"):
        return None
    end = i + 1
    if tokens[end:end + 1] == ["one"]:
        end += 1
    if tokens[end:end + 2] in (["of", "them"], ["of", "these"], ["of", "those"]):
        end += 2
    if end > i + 1 or tokens[i] == "each" and (end == len(tokens) or tokens[end] in SEPARATORS):
        return end
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
