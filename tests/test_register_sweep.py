"""Registers the parser had not met: notices, shot lists, stage directions, texting, captions naming the
order across the picture, learners' English, borrowed words with their accents, in sentences of our own.

The parse is checked directly: which things the scene has, their counts, facings and relations, and
the camera."""

from __future__ import annotations

import pytest

from crews.spatial.parse import parse
from tests.parse_views import counts, facings, nouns, relations

# ------------------------------------------------------------------ facings said as travel ---

@pytest.mark.parametrize("prompt, expected", [
    ("three geese flying left to right above the marsh", ("goose", "right")),
    ("a tram driving right to left down the hill", ("tram", "left")),
])
def test_travelling_across_without_from_faces_where_it_goes(prompt: str, expected: tuple) -> None:
    assert facings(prompt)[expected[0]] == expected[1]


@pytest.mark.parametrize("prompt, noun", [
    ("a bus coming towards us on a wet road", "bus"),
    ("a rhino charging straight at the lens", "rhino"),
    ("a rowing boat approaching the viewer", "rowing boat"),
])
def test_coming_at_the_viewer_faces_the_camera(prompt: str, noun: str) -> None:
    assert facings(prompt)[noun] == "camera"


def test_a_row_running_across_is_one_row_facing_no_way() -> None:
    spec = parse("seven lockers standing together, stretching left to right; four pupils and two teachers")
    lockers = next(e for e in spec.entities if e.noun == "locker")
    assert (lockers.facing, lockers.arrangement) == (None, "row")
    assert not [r for r in spec.relations if r.kind == "left_of"]


def test_going_across_then_a_colon_orders_only_what_follows() -> None:
    rels = relations("A fisherman mending a net - reading left to right: first comes a crate, then a bucket, "
                     "then a rope.")
    assert {("crate", "left_of", "bucket"), ("bucket", "left_of", "rope")} <= rels
    assert not {r for r in rels if r[0] == "fisherman" and r[1] == "left_of"}
    assert facings("A fisherman mending a net - reading left to right: first comes a crate, then a bucket.")[
        "fisherman"] is None


@pytest.mark.parametrize("prompt", [
    "Team photo (L to R): a goalkeeper, a striker and a coach.",
    "Shown (l-r): a goalkeeper, a striker and a coach",
])
def test_a_caption_s_short_order_lists_the_things_across(prompt: str) -> None:
    assert {("goalkeeper", "left_of", "striker"), ("striker", "left_of", "coach")} <= relations(prompt)
    assert parse(prompt).camera.view == "front"


def test_pictured_from_left_to_right_is_an_order_not_a_side_view() -> None:
    spec = parse("Pictured from left to right are a banjo, a fiddle and a harp.")
    assert spec.camera.view == "front"
    assert ("banjo", "left_of", "fiddle") in {(r.subject, r.kind, r.object) for r in spec.relations}


# ------------------------------------------------------------------ camera words of shot lists ---

@pytest.mark.parametrize("prompt, shot", [
    ("SCENE 9 - WIDE. A rider waits beside a well.", "wide"),
    ("Storyboard 4: Wide. Two guards stand at a gate.", "wide"),
    ("Frame 12: Close. A key in a lock.", "close_up"),
])
def test_a_shot_size_said_on_its_own_is_the_shot(prompt: str, shot: str) -> None:
    spec = parse(prompt)
    assert spec.camera.shot == shot
    assert not [e for e in spec.entities if e.noun.lower() in ("wide", "close")]


def test_two_things_close_is_no_close_up() -> None:
    assert parse("two ponies in a paddock, close.").camera.shot == "default"


@pytest.mark.parametrize("prompt", [
    "From the back: an old man feeding ducks from a bench",
    "from the rear: a jeep parked next to a tent",
])
def test_from_the_back_opening_the_prompt_is_the_view(prompt: str) -> None:
    assert parse(prompt).camera.view == "back"


def test_a_learner_s_view_from_up_is_a_raised_camera() -> None:
    assert parse("two boats in harbour, view from up").camera.elevation_deg == 55.0


# ------------------------------------------------------------------ notices, stages, texting ---

@pytest.mark.parametrize("prompt, expected", [
    ("FOUND: a red scarf, left on the railings by the gate.", ["gate", "railing", "scarf"]),
    ("WANTED - a grey parrot, last seen on the church roof", ["church roof", "parrot"]),
    ("Missing! A brown spaniel behind the bins.", ["bin", "spaniel"]),
])
def test_a_notice_s_heading_is_no_thing(prompt: str, expected: list[str]) -> None:
    assert nouns(prompt) == expected


def test_downstage_and_upstage_sides_are_the_stage_s_sides() -> None:
    spec = parse("A desk stands upstage centre; a bench downstage left, with a maid sitting on it.")
    assert sorted(e.noun for e in spec.entities) == ["bench", "desk", "maid"]
    rels = {(r.subject, r.kind) for r in spec.relations}
    assert {("desk", "center"), ("bench", "right_side")} <= rels  # stage left is the house's right


@pytest.mark.parametrize("prompt, expected", [
    ("pls draw my hamster sleepin next to a teapot lol and make it cute", ("hamster", "near", "teapot")),
    ("a frog chillin' on a lily pad haha", ("frog", "on_top_of", "lily pad")),
    ("3 ducks on a pond n a heron behind them", ("heron", "behind", "duck")),
])
def test_texting_inside_the_sentence_names_nothing(prompt: str, expected: tuple) -> None:
    assert expected in relations(prompt)
    assert all(" " not in e.noun or e.noun in ("lily pad",) for e in parse(prompt).entities)


def test_a_word_ending_in_in_that_the_dictionary_knows_is_kept() -> None:
    assert nouns("a robin on a cabin roof beside a pumpkin") == ["cabin roof", "pumpkin", "robin"]


def test_a_borrowed_word_s_accents_are_dropped() -> None:
    spec = parse("a waiter in a café carrying a crêpe")
    assert spec.setting == "cafe"
    assert "crepe" in [e.noun for e in spec.entities]


# ------------------------------------------------------------------ counts, rows, kinds ---

@pytest.mark.parametrize("prompt, expected", [
    ("We put up the deckchairs in a ring round the barbecue, seven of them.", {"deckchair": 7, "barbecue": 1}),
    ("Spot the otters! Normally four of them lie on the bank.", {"otter": 4}),
])
def test_so_many_of_them_counts_the_things_named_without_a_number(prompt: str, expected: dict) -> None:
    assert {k: v for k, v in counts(prompt).items() if k in expected} == expected


def test_a_relation_to_some_of_them_counts_nothing() -> None:
    spec = parse("puppies in a crate and a boy kneeling beside two of them")
    assert counts("puppies in a crate and a boy kneeling beside two of them")["puppy"] == 2
    assert ("boy", "near", "puppy") in {(r.subject, r.kind, r.object) for r in spec.relations}


@pytest.mark.parametrize("prompt, noun, arrangement", [
    ("six girls dancing in circle", "girl", "ring"),
    ("eight stools in row", "stool", "row"),
    ("five shoppers waiting in a queue", "shopper", "row"),
])
def test_a_learner_s_formation_without_its_article(prompt: str, noun: str, arrangement: str) -> None:
    assert next(e for e in parse(prompt).entities if e.noun == noun).arrangement == arrangement


def test_in_line_with_is_no_row() -> None:
    assert [e.arrangement for e in parse("two posts in line with the gate").entities] == [None, None]


def test_the_same_kind_said_with_another_word_is_another_thing() -> None:
    assert nouns("a sparrow on the fence and the robin on the gate") == ["fence", "gate", "robin", "sparrow"]
    assert nouns("a terrier under a bench; the dog is asleep") == ["bench", "terrier"]


# ------------------------------------------------------------------ places ---

@pytest.mark.parametrize("prompt, expected", [
    ("a crow nesting at the very top of a pylon", ("crow", "on_top_of", "pylon")),
    ("a giraffe peering over a fence", ("giraffe", "hidden_by", "fence")),
    ("a gull frozen mid-air above the harbour wall", ("gull", "on_top_of", "harbour wall")),
    ("a monkey riding on the sailor's shoulder", ("monkey", "on_top_of", "sailor")),
    ("a baby dozing on Grandad's lap", ("baby", "on_top_of", "Grandad")),
])
def test_places_said_with_extra_words(prompt: str, expected: tuple) -> None:
    assert expected in relations(prompt)


# ------------------------------------------------------------------ postcards, sheets, listings ---

def test_a_postcard_s_greeting_says_where_the_scene_is() -> None:
    spec = parse("Greetings from the seaside! Two gulls on a groyne and a lighthouse behind them.")
    assert spec.setting == "seaside"
    assert sorted(e.noun for e in spec.entities) == ["groyne", "gull", "lighthouse"]


@pytest.mark.parametrize("prompt, expected", [
    ("Ingredients: a melon and three limes", ["lime", "melon"]),
    ("Relay drill setup: six hurdles in a line, a coach at the far end", ["coach", "hurdle"]),
    ("Castle playset (pictured): a knight in front of the drawbridge", ["drawbridge", "knight"]),
])
def test_a_sheet_s_label_is_no_thing(prompt: str, expected: list[str]) -> None:
    assert nouns(prompt) == expected


def test_a_diagram_without_an_article_is_how_it_is_drawn() -> None:
    spec = parse("Three bollards beside a bin. Overhead diagram.")
    assert sorted(e.noun for e in spec.entities) == ["bin", "bollard"]
    assert "diagram" in spec.style


@pytest.mark.parametrize("prompt, expected", [
    ("The bungalow boasts a greenhouse to the left of the porch.", ("greenhouse", "left_of", "porch")),
    ("The yard features a swing to the right of the shed.", ("swing", "right_of", "shed")),
])
def test_what_a_listing_boasts_is_the_thing_placed(prompt: str, expected: tuple) -> None:
    assert expected in relations(prompt)


def test_a_learner_s_ring_round_something_has_it_inside() -> None:
    spec = parse("four boys stand in circle around the flagpole")
    assert ("boy", "around", "flagpole") in {(r.subject, r.kind, r.object) for r in spec.relations}
    assert not next(e for e in spec.entities if e.noun == "boy").ring


@pytest.mark.parametrize("prompt, expected", [
    ("Slide 6 shows a camel resting by a tent.", {"camel": 1, "tent": 1}),
    ("Plate 14 depicts two herons in a pool.", {"heron": 2}),
])
def test_a_numbered_picture_s_number_counts_nothing(prompt: str, expected: dict) -> None:
    assert {k: v for k, v in counts(prompt).items() if k in expected} == expected
    assert not [e for e in parse(prompt).entities if e.noun in ("slide", "plate")]


def test_two_placed_on_either_side_then_facing_each_other() -> None:
    rels = relations("a goat placed at the left, then a ram at the right, both turned towards each other")
    assert {("goat", "facing_toward", "ram"), ("ram", "facing_toward", "goat")} <= rels


def test_a_close_up_on_someone_s_hand_is_no_one_placed() -> None:
    spec = parse("CLOSE-UP on the baker's hand resting on a rolling pin.")
    assert spec.camera.shot == "close_up"
    assert "baker" not in [r.subject for r in spec.relations]


def test_a_bracketed_shot_size_after_a_numbered_panel_is_the_shot() -> None:
    spec = parse("Panel 5 (close): a beetle on a thimble.")
    assert spec.camera.shot == "close_up"
    assert nouns("Panel 5 (close): a beetle on a thimble.") == ["beetle", "thimble"]
    assert parse("Shot 2 (wide): a shepherd and his flock").camera.shot == "wide"


@pytest.mark.parametrize("prompt, expected", [
    ("a lone sheriff on horseback by the saloon", {"sheriff": 1, "horse": 1}),
    ("three lancers on horseback near a windmill", {"lancer": 3, "horse": 2}),
])
def test_on_horseback_is_on_a_horse(prompt: str, expected: dict) -> None:
    assert {k: v for k, v in counts(prompt).items() if k in expected} == expected


@pytest.mark.parametrize("prompt, noun", [
    ("a crow wheeling overhead while a farmer digs", "crow"),
    ("a brass lantern dangling overhead in a courtyard", "brass lantern"),
])
def test_something_up_overhead_is_no_overhead_camera(prompt: str, noun: str) -> None:
    spec = parse(prompt)
    assert spec.camera.view == "front"
    assert noun in [e.noun for e in spec.entities] and "overhead" not in [e.noun for e in spec.entities]
