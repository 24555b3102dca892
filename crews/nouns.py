"""Find the object-library nouns a text names, with counts, in their singular form.

Read from the shared parse (``studio.language``): a word is a thing only where spaCy reads a noun
("the cat watches" names no watch), a count is the noun's own number ("two dogs chased a ball":
two dogs, one ball), and two-word names ("teddy bear", "potted plant") are kept whole.
"""

from __future__ import annotations

from dataclasses import dataclass

from studio import language
from studio.library import Catalog, load_catalog

MAX_MENTION_COUNT = 20
NOT_NOUNS = {"VERB", "AUX", "ADV", "ADP", "PRON", "DET", "CCONJ", "SCONJ", "PART", "INTJ", "PUNCT", "NUM"}


def singular(word: str, vocabulary: dict[str, str] | None = None) -> str:
    """The singular form; a word the vocabulary lists as written ("bus", "glasses") stays."""
    word = word.lower().strip()
    head, _, last = word.rpartition(" ")
    found = language.singular(last)
    if head:
        found = f"{head} {found}"
    if vocabulary and found not in vocabulary and word in vocabulary:
        return word
    return found


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
    doc = language.parse(text)
    mentions: list[Mention] = []
    skip = False
    for token in doc:
        if skip:
            skip = False
            continue
        if token.pos_ in NOT_NOUNS or token.dep_ == "amod" and token.head.pos_ == "NOUN" and \
                singular(token.head.text, vocab) in vocab:
            continue  # "the cat watches"; "an orange cat" (but "an orange" is the fruit)
        word = token.lower_
        following = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if following is not None and following.pos_ not in NOT_NOUNS:
            pair = singular(f"{word} {following.lower_}", vocab)
            if pair in vocab:  # "teddy bears", "potted plant": the head carries the count
                mentions.append(Mention(vocab[pair], pair, count_of(following), token.idx))
                skip = True
                continue
        form = singular(word, vocab)
        if form in vocab or word in vocab:
            mentions.append(Mention(vocab.get(form) or vocab[word], form, count_of(token), token.idx))
    return mentions


def count_of(noun) -> int:
    """How many a noun token names: its own number ("three apples", "half a dozen eggs", "a pair of
    shoes", "a trio of ducks"), else two for a plural and one for a singular."""
    doc = noun.doc
    start = noun.left_edge.i
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.i < noun.i:
        start = min(start, noun.head.head.left_edge.i)  # "a trio of ducks": the words before "of" too
    said = language.count_before([t.text for t in doc[start:noun.i] if not t.is_punct])
    if said:
        return min(said, MAX_MENTION_COUNT)
    for child in noun.children:
        if child.dep_ in ("nummod", "quantmod") or child.dep_ == "amod" and language.number(child.text):
            value = language.number(child.text)
            if value:
                return min(value, MAX_MENTION_COUNT)
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ == "of" and language.number(head.head.text):
        return min(language.number(head.head.text), MAX_MENTION_COUNT)  # "a pair of shoes"
    return 2 if language.is_plural(noun.text) and noun.tag_ in ("NNS", "NNPS") else 1
