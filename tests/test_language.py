"""The shared parse of English (``studio.language``): one spaCy pipeline, inflect's numbers and plurals."""

from __future__ import annotations

import time

import pytest

from crews.nouns import find_nouns, singular
from studio import language


def test_the_pipeline_is_loaded_once_per_process():
    assert language.pipeline() is language.pipeline()


def test_a_text_parses_the_same_alone_or_in_a_batch():
    texts = ["four ducks crossed the road", "a kettle sat on the stove", "four ducks crossed the road"]
    alone = [[(t.text, t.pos_, t.dep_, t.head.i) for t in language.pipeline()(text)] for text in texts]
    batch = [[(t.text, t.pos_, t.dep_, t.head.i) for t in doc] for doc in language.parse_many(texts)]
    assert batch == alone


def test_a_short_sentence_parses_in_milliseconds():
    language.parse("warm up the pipeline")
    started = time.perf_counter()
    for n in range(20):
        language.parse(f"a green kettle number {n} stands on a wooden shelf")
    assert (time.perf_counter() - started) / 20 < 0.05


@pytest.mark.parametrize("word, value", [("seven", 7), ("twenty-one", 21), ("forty two", 42), ("12", 12),
                                         ("dozen", 12), ("pair", 2), ("kettle", None)])
def test_number_words(word, value):
    assert language.number(word) == value


def test_ordinals_and_last():
    assert [language.ordinal(w) for w in ("first", "third", "twelfth", "last", "blue")] == [1, 3, 12, -1, None]


@pytest.mark.parametrize("plural, single", [("wolves", "wolf"), ("oxen", "ox"), ("teeth", "tooth"),
                                            ("policemen", "policeman"), ("buses", "bus"), ("bus", "bus"),
                                            ("glass", "glass"), ("potatoes", "potato"), ("sheep", "sheep")])
def test_singulars(plural, single):
    assert language.singular(plural) == single


def test_a_word_with_one_form_is_not_plural():
    assert language.is_plural("wolves") and not language.is_plural("sheep") and not language.is_plural("wolf")


def test_nouns_keep_verbs_out_and_counts_on_their_own_noun():
    found = [(m.word, m.count) for m in find_nouns("Three dogs carried two boxes while the cat watches a bird.")]
    assert found == [("dog", 3), ("box", 2), ("cat", 1), ("bird", 1)]
    assert "watch" not in [m.word for m in find_nouns("The dog watches the door.")]


def test_two_word_names_and_quantity_words():
    found = {m.word: m.count for m in find_nouns("A pair of teddy bears lay beside a dozen apples.")}
    assert found == {"teddy bear": 2, "apple": 12}


def test_singular_prefers_what_the_vocabulary_lists():
    assert singular("buses", {"bus": "bus"}) == "bus" and singular("mice", {"mouse": "mouse"}) == "mouse"
