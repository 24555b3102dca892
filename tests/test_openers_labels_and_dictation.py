"""What opens and closes a prompt without naming a thing: numbered labels ("Bay 6 plan:"),
pleasantries and sign-offs, spoken punctuation from dictation, a style said with a verb ("done in
gouache"), a closing setting said with a particle ("down at the orchard") and where the viewer
stands; in sentences of our own.

The parse is checked directly: which things the scene has, their counts and relations, the style
and the setting."""

from __future__ import annotations

import time

import pytest

from crews.spatial import words
from crews.spatial.parse import parse
from tests.parse_views import counts, nouns

# ------------------------------------------------------------------ numbered labels ---

@pytest.mark.parametrize("prompt, expected", [
    ("Bay 6 plan: a crate to the left of a barrel.", ["barrel", "crate"]),
    ("Site diary, week 9. A heron beside a wheelbarrow.", ["heron", "wheelbarrow"]),
    ("Aisle 7. A trolley next to a freezer.", ["freezer", "trolley"]),
    ("Round 4 notes: two ducks by a pond.", ["duck", "pond"]),
    ("Survey sheet, plot 5: a hare beside a gate.", ["gate", "hare"]),
])
def test_a_numbered_label_opening_the_prompt_names_nothing(prompt: str, expected: list[str]) -> None:
    assert nouns(prompt) == expected


@pytest.mark.parametrize("prompt, expected", [
    ("Hens near 3 geese.", {"hen": 2, "goose": 3}),
    ("A goat beside 2 sheds.", {"goat": 1, "shed": 2}),
    ("4 owls: on a fence.", {"owl": 4, "fence": 1}),
    ("Table 4: two mugs and a teapot.", {"table": 1, "mug": 2, "teapot": 1}),
])
def test_a_number_counting_things_at_the_start_is_kept(prompt: str, expected: dict[str, int]) -> None:
    assert counts(prompt) == expected


def test_a_participle_label_after_a_numbered_one_names_nothing() -> None:
    assert nouns("Site diary, week 2. Spotted: a badger under a hedge.") == ["badger", "hedge"]


def test_numbered_labels_read_in_linear_time() -> None:
    started = time.perf_counter()
    words.prepare("Bay 6 plan, day 3 " * 1000 + ": a cat.")
    assert time.perf_counter() - started < 1.0


# ------------------------------------------------------------------ pleasantries and sign-offs ---

@pytest.mark.parametrize("prompt, expected", [
    ("New to this, go easy. A kettle on a stove. Thanks ahead of time.", ["kettle", "stove"]),
    ("A kettle on a stove. Quote on enquiry.", ["kettle", "stove"]),
    ("The kettle is on the stove. It is silly. The end.", ["kettle", "stove"]),
    ("A heron by a reed bed. Hope this is clear!", ["heron", "reed bed"]),
    ("Two kittens in a basket. Kind regards.", ["basket", "kitten"]),
])
def test_a_pleasantry_opening_or_closing_the_prompt_names_nothing(prompt: str, expected: list[str]) -> None:
    assert nouns(prompt) == expected
    assert parse(prompt).style == []


@pytest.mark.parametrize("prompt, expected", [
    ("Cat on mat. Dog on rug.", {"cat": 1, "mat": 1, "dog": 1, "rug": 1}),
    ("Um, eight tennis balls. Eight exactly.", {"tennis ball": 8}),
    ("Step 1: a bread bin. Step 2: a loaf placed on it.", {"bread bin": 1, "loaf": 1}),
])
def test_short_sentences_naming_things_are_kept(prompt: str, expected: dict[str, int]) -> None:
    assert counts(prompt) == expected


def test_a_closing_sentence_of_facing_or_light_is_kept() -> None:
    assert parse("Two owls on a branch. Both facing left.").entities[0].facing == "left"
    assert parse("An owl on a branch. Moonlight.").style == ["moonlight"]


def test_pleasantries_read_in_linear_time() -> None:
    words.prepare("Hope it helps. A cat. Thanks.")
    started = time.perf_counter()
    words.prepare("Kind regards. " * 2000 + "A cat on a mat. " + "Much obliged. " * 1000)
    assert time.perf_counter() - started < 1.0
