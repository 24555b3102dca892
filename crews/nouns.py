"""Find the object-library nouns a text names, with counts, in their singular form."""

from __future__ import annotations

import re
from dataclasses import dataclass

from studio.library import Catalog, load_catalog

IRREGULAR = {
    "mice": "mouse", "geese": "goose", "people": "person", "men": "man", "women": "woman",
    "children": "child", "feet": "foot", "teeth": "tooth", "oxen": "ox", "knives": "knife",
    "wolves": "wolf", "leaves": "leaf", "shelves": "shelf", "loaves": "loaf", "calves": "calf",
    "halves": "half", "wives": "wife", "lives": "life", "thieves": "thief", "scarves": "scarf",
    "dice": "die", "cacti": "cactus", "fungi": "fungus", "sheep": "sheep", "deer": "deer",
    "fish": "fish", "moose": "moose", "bison": "bison", "salmon": "salmon", "trout": "trout",
}
NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "pair": 2, "couple": 2, "several": 3, "few": 3, "many": 5, "dozen": 12,
}
WORD = re.compile(r"[a-z]+(?:[-'][a-z]+)*")


def singular_forms(word: str) -> list[str]:
    """Possible singulars of a word, likeliest first (English plurals are ambiguous: gloves, knives)."""
    word = word.lower()
    if word in IRREGULAR:
        return [IRREGULAR[word]]
    forms = []
    if word.endswith("ies") and len(word) > 4:
        forms.append(word[:-3] + "y")
    if word.endswith("ves") and len(word) > 4:
        forms += [word[:-3] + "f", word[:-3] + "fe", word[:-1]]
    if word.endswith(("ses", "xes", "zes", "ches", "shes", "oes")) and len(word) > 4:
        forms.append(word[:-2])
    if word.endswith("s") and not word.endswith(("ss", "us", "is")) and len(word) > 3:
        forms.append(word[:-1])
    return forms + [word]


def singular(word: str, vocabulary: dict[str, str] | None = None) -> str:
    """The singular form: the first candidate the vocabulary knows, else the likeliest."""
    forms = singular_forms(word)
    if vocabulary:
        for form in forms:
            if form in vocabulary:
                return form
    return forms[0]


def vocabulary(catalog: Catalog | None = None) -> dict[str, str]:
    """Surface form (singular, or an alias as written) -> catalog entry name."""
    catalog = catalog or load_catalog()
    vocab: dict[str, str] = {}
    for name, spec in catalog.objects.items():
        vocab[name.replace("_", " ")] = name
        for alias in spec.aliases:
            vocab[alias.lower()] = name
    return vocab


@dataclass
class Mention:
    category: str  # catalog entry
    word: str  # the noun as written, singular
    count: int
    start: int  # character offset, for ordering and for relations


def find_nouns(text: str, catalog: Catalog | None = None) -> list[Mention]:
    vocab = vocabulary(catalog)
    lowered = text.lower()
    words = [(m.group(), m.start()) for m in WORD.finditer(lowered)]
    mentions: list[Mention] = []
    skip = 0
    for i, (word, start) in enumerate(words):
        if skip:
            skip -= 1
            continue
        # Two-word names first ("potted plant", "teddy bear").
        if i + 1 < len(words):
            pair = f"{word} {singular(words[i + 1][0], vocab)}"
            if pair in vocab:
                mentions.append(Mention(vocab[pair], pair, _count(words, i), start))
                skip = 1
                continue
        for form in (word, *singular_forms(word)):
            if form in vocab:
                mentions.append(Mention(vocab[form], singular(word, vocab), _count(words, i), start))
                break
    return mentions


def _count(words: list[tuple[str, int]], index: int) -> int:
    for back in (1, 2):
        if index - back >= 0 and words[index - back][0] in NUMBERS:
            return NUMBERS[words[index - back][0]]
        if index - back >= 0 and words[index - back][0].isdigit():
            return min(int(words[index - back][0]), 20)
    word = words[index][0]
    return 2 if singular(word) != word else 1
