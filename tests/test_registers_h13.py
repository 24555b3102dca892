"""The frame around a scene names no thing: a heading with a code or of the one speaking before a colon,
sentences of the telling (asking, praising, greeting, bidding the reader, a speaker saying so), whom the
telling speaks to, those who report it; text in capitals read as if in lower case, a telegram's STOP as its
full stop; in sentences of our own, in registers of our own.

The parse is checked directly: which things the scene has, their counts, relations and the camera."""

from __future__ import annotations

import time

import pytest

from crews.spatial import words
from crews.spatial.parse import parse
from tests.parse_views import counts, nouns, relations

# ------------------------------------------------------------------ headings ---


@pytest.mark.parametrize("prompt, expected", [
    ("Plate 14 (series QR-22): a teapot behind a toaster.", ["teapot", "toaster"]),
    ("Gazette no. 12, from the clubhouse: a heron beside a wheelbarrow.", ["heron", "wheelbarrow"]),
    ("Form 3's collage for the hall display: a goat under an apple tree.", ["apple tree", "goat"]),
    ("Gate 12: behind it, a rucksack next to a helmet.", ["helmet", "rucksack"]),
    ("leaflet #4, p.9 :: a ladder against a shed :: laminated", ["ladder", "shed"]),
    ("Morning, it's the night porter re ticket 318: a trolley by a lift.", ["lift", "trolley"]),
    ("I have it here, in the tea leaves: a kettle beside a candle.", ["candle", "kettle"]),
])
def test_a_heading_before_the_scene_names_nothing(prompt: str, expected: list[str]) -> None:
    assert nouns(prompt) == expected


@pytest.mark.parametrize("prompt, kept", [
    ("Shelf 2: a jug and a mug.", "shelf"),  # what the scene stands on
    ("Pen 4, behind the barn: two ewes.", "barn"),  # where things are
    ("We are in the orchard: a ladder by a hive.", "hive"),
])
def test_a_heading_that_places_the_scene_keeps_its_things(prompt: str, kept: str) -> None:
    assert kept in nouns(prompt)


def test_a_count_in_a_heading_is_kept() -> None:
    assert counts("Bay 6, two ducks: by a pond.")["duck"] == 2


def test_a_heading_reads_in_linear_time() -> None:
    started = time.perf_counter()
    for text in ("Ledger 7, no. 3, p.4 " * 400 + ": a cat on a mat.", "it is " * 2000 + ": a cat."):
        words.without_frame_heading(text)
        words.without_addressee(text.replace(" ", ", my dear "))
    assert time.perf_counter() - started < 1.0


# ------------------------------------------------------------------ sentences of the telling ---


@pytest.mark.parametrize("closing", [
    "Store this leaflet somewhere safe.",
    "Choir practice Thursday.",
    "Merry Christmas!",
    "The elders have spoken.",
    "Good dog!",
    "What happens next?",
    "Bravo you!",
])
def test_a_closing_sentence_of_the_telling_names_nothing(closing: str) -> None:
    prompt = f"A hedgehog beside a bucket, a rake against the fence. {closing}"
    assert nouns(prompt) == ["bucket", "fence", "hedgehog", "rake"]


@pytest.mark.parametrize("opening", ["Read this card carefully!", "Ready?", "Hello there, sunshine!"])
def test_an_opening_sentence_of_the_telling_names_nothing(opening: str) -> None:
    assert nouns(f"{opening} A toad sits on a stone.") == ["stone", "toad"]


@pytest.mark.parametrize("prompt, expected", [
    ("A mat lies by the door. The cat sleeps.", {"mat": 1, "door": 1, "cat": 1}),
    ("A shed by a pond. A goose!", {"shed": 1, "pond": 1, "goose": 1}),
    ("A toad on a stone. Closer to us!", {"toad": 1, "stone": 1}),
])
def test_a_sentence_bringing_in_a_thing_or_a_place_stays(prompt: str, expected: dict[str, int]) -> None:
    assert counts(prompt) == expected


def test_a_place_said_after_the_scene_still_places() -> None:
    assert ("toad", "in_front_of", "stone") in relations("A toad in front of a stone, see? Closer to us! Lovely!")


# ------------------------------------------------------------------ whom the telling speaks to ---


@pytest.mark.parametrize("prompt, expected", [
    ("Listen to this story, pumpkin! A vase stands on a piano.", ["piano", "vase"]),
    ("I can see it, my darling, in the smoke: a lantern on a crate.", ["crate", "lantern"]),
    ("There, young one! A goat beside a gate.", ["gate", "goat"]),
    ("A lantern on a crate, off to the right, my friend...", ["crate", "lantern"]),
])
def test_whom_the_telling_addresses_is_no_thing(prompt: str, expected: list[str]) -> None:
    assert nouns(prompt) == expected


def test_a_bare_thing_after_a_comma_in_a_plain_list_stays() -> None:
    assert "kettle" in nouns("A mug by a toaster, kettle.")


def test_reporters_are_no_part_of_what_they_report() -> None:
    assert counts("Bulletin: volunteers recorded three otters beside a weir.") == {"otter": 3, "weir": 1}


# ------------------------------------------------------------------ capitals and telegrams ---


def test_a_line_in_capitals_is_read_as_if_in_lower_case() -> None:
    prompt = "WATERING CAN RIGHT BESIDE PLASTERER STOP"
    assert nouns(prompt) == ["plasterer", "watering can"]
    assert ("watering can", "near", "plasterer") in relations(prompt)


def test_a_telegram_stop_ends_its_clause_and_a_bus_stop_stays() -> None:
    prompt = "TWO HENS NEAR A BUS STOP STOP ONE GOAT STOP"
    assert counts(prompt) == {"hen": 2, "bus stop": 1, "goat": 1}


def test_a_title_and_a_name_in_capitals_stay_a_name() -> None:
    spec = parse("AUNTIE PHILIPPA PERCHED ON A GATE STOP")
    assert [e.ref for e in spec.entities if e.proper] == ["Auntie Philippa"]


def test_a_word_or_two_in_capitals_stays() -> None:
    assert "NHS" in {e.ref for e in parse("An NHS ambulance beside a kiosk.").entities} or \
        "ambulance" in nouns("An NHS ambulance beside a kiosk.")


def test_capitals_read_in_linear_time() -> None:
    started = time.perf_counter()
    words.unshouted("A GOAT BY A GATE STOP " * 600)
    words.unshouted("A GOAT by A GATE, " * 600)
    assert time.perf_counter() - started < 1.0


# ------------------------------------------------------------------ smaller things ---


def test_a_cut_out_thing_is_that_thing() -> None:
    assert nouns("a cut-out owl on a branch") == ["branch", "owl"]


def test_a_command_opening_the_scene_names_no_one() -> None:
    assert nouns("Hang the mirror above the basin.") == ["basin", "mirror"]


def test_counting_from_a_side_is_no_view() -> None:
    spec = parse("Three geese in a line, the first one facing left, numbered from the left.")
    assert spec.camera.view == "front"


def test_a_question_of_how_many_is_answered_after() -> None:
    assert counts("Peek inside, pet! How many wellies? One, two, three... Eleven wellies! Super!") == {"welly": 11} \
        or counts("Peek inside, pet! How many wellies? One, two, three... Eleven wellies! Super!") == {"wellie": 11}


def test_a_needle_felted_look_is_the_style() -> None:
    spec = parse("a hare beside a lantern, in needle-felt diorama style")
    assert sorted(e.noun for e in spec.entities) == ["hare", "lantern"]


def test_paints_said_bare_closing_the_prompt_are_the_medium() -> None:
    spec = parse("A heron stands by a weir, acrylic paints.")
    assert sorted(e.noun for e in spec.entities) == ["heron", "weir"]
    assert spec.style == ["acrylic paints"]


def test_the_side_of_everything_is_the_pictures() -> None:
    prompt = "A kiosk sits on the right edge of everything; a goat grazes along the left edge of it all."
    assert nouns(prompt) == ["goat", "kiosk"]
    assert {("kiosk", "right_side", None), ("goat", "left_side", None)} <= relations(prompt)


def test_the_edge_of_the_diagram_is_the_pictures() -> None:
    prompt = "One toaster, at the far left-hand corner of the diagram."
    assert nouns(prompt) == ["toaster"]
    assert ("toaster", "left_side", None) in relations(prompt)


def test_a_cut_out_thing_no_dictionary_knows_is_that_thing() -> None:
    assert nouns("two cut-out snorklewumps beside a jar") == ["jar", "snorklewump"]
