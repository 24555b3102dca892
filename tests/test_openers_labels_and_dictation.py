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
from tests.parse_views import counts, nouns, relations

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
    words.prepare("Bay 6 plan, day 3 " * 500 + ": a cat.")
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
    words.prepare("Kind regards. " * 600 + "A cat on a mat. " + "Much obliged. " * 600)
    assert time.perf_counter() - started < 1.0


# ------------------------------------------------------------------ dictation ---

@pytest.mark.parametrize("prompt, expected", [
    ("okay a heron next to a lighthouse full stop", ["heron", "lighthouse"]),
    ("a hen by a shed new line two ducks by a pond period", ["duck", "hen", "pond", "shed"]),
    ("a kettle on a stove comma a cat beneath the dresser full stop", ["cat", "dresser", "kettle", "stove"]),
    ("where is the hamster question mark behind the laundry basket", ["hamster", "laundry basket"]),
])
def test_punctuation_said_aloud_is_punctuation(prompt: str, expected: list[str]) -> None:
    assert nouns(prompt) == expected


def test_dictated_marks_end_the_clause() -> None:
    prompt = "a kettle on a stove comma a cat beneath the dresser full stop"
    assert ("kettle", "on_top_of", "stove") in relations(prompt)


@pytest.mark.parametrize("prompt, expected", [
    ("a comma butterfly on a leaf", "comma butterfly"),
    ("a knight in period costume, beside a horse. A full stop is drawn after it.", "knight"),
])
def test_words_for_marks_naming_things_are_kept(prompt: str, expected: str) -> None:
    assert expected in nouns(prompt)


@pytest.mark.parametrize("prompt, expected", [
    ("three owls plz, no more", {"owl": 3}),
    ("a sofa please and a lamp", {"sofa": 1, "lamp": 1}),
    ("a hen by a shed thanks, then a goat by a gate", {"hen": 1, "shed": 1, "goat": 1, "gate": 1}),
])
def test_asking_nicely_after_a_noun_is_no_part_of_it(prompt: str, expected: dict[str, int]) -> None:
    assert counts(prompt) == expected


def test_dictated_marks_read_in_linear_time() -> None:
    words.prepare("a cat comma a dog full stop")
    started = time.perf_counter()
    words.prepare("a cat on a mat comma two owls pls " * 400 + "full stop")
    assert time.perf_counter() - started < 1.0


# ------------------------------------------------------------------ style said with a verb ---

@pytest.mark.parametrize("prompt, style", [
    ("a hedgehog under a bench, done as a linocut print.", "linocut print"),
    ("a hedgehog under a bench, rendered as a charcoal sketch.", "charcoal sketch"),
    ("a hedgehog under a bench, all done as an oil painting", "oil painting"),
    ("a hedgehog under a bench in a shed done as a woodcut print full stop", "woodcut print"),
])
def test_a_style_said_with_a_verb_is_the_style(prompt: str, style: str) -> None:
    spec = parse(prompt)
    assert {e.noun for e in spec.entities} - {"shed"} == {"bench", "hedgehog"}
    assert style in spec.style
    assert ("hedgehog", "under", "bench") in relations(prompt)


def test_a_thing_or_a_colour_after_the_verb_is_no_style() -> None:
    assert "cat" in nouns("a clown drawn as a cat, by a tent")
    assert parse("a hedgehog under a bench, painted in red.").style == []


# ------------------------------------------------------------------ closing settings ---

@pytest.mark.parametrize("prompt, place", [
    ("a heron beside a wheelbarrow, along a river towpath.", "river towpath"),
    ("two geese by a gate, at a homestead.", "homestead"),
    ("a scarecrow near a water butt, down at the allotments.", "allotment"),
    ("a goat behind a hay rake, up at the old mill.", "mill"),
])
def test_a_closing_place_is_the_setting(prompt: str, place: str) -> None:
    spec = parse(prompt)
    assert spec.setting == place
    assert place not in nouns(prompt)
    assert all(e.arrangement is None for e in spec.entities)  # (a closing "along" lines nothing up)


@pytest.mark.parametrize("prompt, expected", [
    ("a kitten, up on the shelf", ("kitten", "on_top_of", "shelf")),
    ("a boy, up at the window", ("boy", "near", "window")),
    ("two hens, along the fence", ("hen", "in_front_of", "fence")),
])
def test_a_thing_after_a_particle_or_along_is_kept(prompt: str, expected: tuple) -> None:
    assert expected in relations(prompt)


# ------------------------------------------------------------------ where the viewer stands ---

@pytest.mark.parametrize("prompt, expected", [
    ("a stoat just right of a log pile, as seen from our tent.", ["log pile", "stoat"]),
    ("a stoat, watched from the old jetty, beside a log pile", ["log pile", "stoat"]),
    ("an otter by a boulder, as glimpsed from a rowing boat.", ["boulder", "otter"]),
])
def test_where_the_viewer_stands_names_no_thing(prompt: str, expected: list[str]) -> None:
    assert nouns(prompt) == expected


def test_a_side_the_camera_is_seen_from_is_kept() -> None:
    assert parse("a stoat beside a log pile, seen from the left.").camera.view == "left"


@pytest.mark.parametrize("prompt, facing", [
    ("a hare turned to face the beholder.", "camera"),
    ("a dentist turning her back to the looker.", "away"),
])
def test_the_looker_is_the_viewer(prompt: str, facing: str) -> None:
    spec = parse(prompt)
    assert len(spec.entities) == 1 and spec.entities[0].facing == facing


def test_sides_from_the_view_of_the_looker_are_the_viewers() -> None:
    prompt = "a lamp placed left of a crate, from the point of view of the looker."
    assert nouns(prompt) == ["crate", "lamp"]
    assert ("lamp", "left_of", "crate") in relations(prompt)
