"""Phrasings of places in the picture, views and ways of facing: a part of the picture named with a possessive ("the
canvas's right edge", the middle of a tea towel that is the picture), a side said after "its" of the picture named
just before, the one looking said as "when we faced the organ", "leftwards" said of a place, the camera off on one
flank looking across, straight down from above, at the backs of things or so near the thing fills the page, things
turned from the viewer, and relations said as "goes ahead of", "a pace or two from", "further on", "leaving only a
tip of it showing", "halfway from one to the other" or "on its top".

Every sentence here is written for this test; none comes from the benchmarks."""

from __future__ import annotations

import pytest

from crews.spatial.parse import parse
from tests.parse_views import facings, nouns, relations

# 1. A part of the picture said with a possessive


@pytest.mark.parametrize("prompt, noun, kind", [
    ("A teapot pressed up against the canvas's right edge.", "teapot", "right_side"),
    ("Tea towel picture: a plump hen running down the towel's left side.", "hen", "left_side"),
    ("Only a goose, smack bang in the painting's middle.", "goose", "center"),
    ("Birthday card picture: a windmill in the card's right half, nothing more.", "windmill", "right_side"),
])
def test_a_part_of_the_picture_said_with_a_possessive(prompt, noun, kind):
    assert (noun, kind, None) in relations(prompt)


def test_a_things_own_side_said_with_a_possessive_stays_its_own():
    assert ("cat", "left_of", "barn") in relations("A cat sleeping on the barn's left side.")


def test_its_side_after_the_pictures_side_is_the_pictures():
    said = relations("a wardrobe took up the frame's left half, a piano its right half")
    assert ("wardrobe", "left_side", None) in said and ("piano", "right_side", None) in said


# 2. The one looking, and sides said as "leftwards", "over to one side, our right", "way off to our right"


def test_as_you_face_a_thing_is_the_viewer_looking():
    prompt = "a brass lamp at far right when we faced the organ"
    assert nouns(prompt) == ["brass lamp"]
    assert ("brass lamp", "right_side", None) in relations(prompt)


@pytest.mark.parametrize("prompt, triples", [
    ("In the yard we kept a wheelbarrow leftwards and a broom rightwards.",
     {("wheelbarrow", "left_side", None), ("broom", "right_side", None)}),
    ("A scarecrow stood over to one side, our right.", {("scarecrow", "right_side", None)}),
    ("Nothing but a milk churn, way off to our right as we look out.", {("milk churn", "right_side", None)}),
    ("A tractor, dead centre of the frame.", {("tractor", "center", None)}),
    ("A heron in the very heart of the picture.", {("heron", "center", None)}),
])
def test_sides_and_middles_said_plainly(prompt, triples):
    assert triples <= relations(prompt)


def test_leftwards_after_a_way_of_going_is_still_a_facing():
    assert facings("a tram trundling leftwards") == {"tram": "left"}


# 3. Where the camera is


@pytest.mark.parametrize("prompt, view", [
    ("A heifer and a gate, watched from the right flank, gazing across.", "right"),
    ("A dray and a barrel, painted from well out on the left, gazing across.", "left"),
    ("We drew a well and a bucket from a back bedroom window over on the right, peering in.", "right"),
    ("A plough and a horse, drawn from the left wing of it all.", "left"),
    ("A photo straight down from overhead onto a pond and a heron.", "top"),
    ("From the church roof we looked straight down at a cart and a donkey.", "top"),
    ("We could only see the backs of three riders and a pony.", "back"),
    ("Two nuns, painted from behind, backs to the lens.", "back"),
])
def test_where_the_camera_stands(prompt, view):
    assert parse(prompt).camera.view == view


def test_seen_from_behind_with_backs_to_the_lens_turns_no_one():
    assert facings("Two nuns, painted from behind, backs to the lens.") == {"nun": None}


def test_a_thing_drawn_huge_enough_to_fill_the_sheet_is_a_close_up():
    assert parse("A pear, painted enormous so that it fills up the entire board.").camera.shot == "close_up"


# 4. Turned from the viewer


@pytest.mark.parametrize("prompt, noun", [
    ("Three owls on a fence, each one turned from the viewer.", "owl"),
    ("A goat stood, its back turned to my kitchen window.", "goat"),
])
def test_turned_from_the_viewer(prompt, noun):
    assert facings(prompt)[noun] == "away"


# 5. Relations


@pytest.mark.parametrize("prompt, triple", [
    ("The goose goes ahead of the wagon, nearer the camera.", ("goose", "in_front_of", "wagon")),
    ("A hare crouching a pace or two from a gate.", ("hare", "near", "gate")),
    ("Walk past a well and you will find a mill further on.", ("mill", "behind", "well")),
    ("A fox behind a wall, leaving only a tip of it showing.", ("fox", "hidden_by", "wall")),
    ("A crate with a parrot perched on its top.", ("parrot", "on_top_of", "crate")),
    ("A vase standing on the dresser's top.", ("vase", "on_top_of", "dresser")),
])
def test_relations_said_in_other_words(prompt, triple):
    assert triple in relations(prompt)


def test_halfway_from_one_thing_to_another_is_between_them():
    spec = parse("A bucket halfway from the shed to the gate, between the two.")
    assert [(r.subject, r.kind, r.object, r.object2) for r in spec.relations] == [("bucket", "between", "shed", "gate")]


def test_between_the_two_things_named_again_is_between_those_two():
    spec = parse("A dog sleeps by the door. A cat sits between the two lamps.")
    between = [r for r in spec.relations if r.kind == "between"]
    assert len(between) == 1 and between[0].subject == "cat"
    assert {spec.entity(between[0].object).noun, spec.entity(between[0].object2).noun} == {"lamp"}


def test_flanked_by_a_pair_one_either_side_is_between_the_two():
    spec = parse("A puppy flanked by a pair of buckets, one either side.")
    assert [e.noun for e in spec.entities] == ["puppy", "bucket", "bucket"]
    assert [(r.subject, r.kind) for r in spec.relations] == [("puppy", "between")]


def test_screened_by_a_thing_in_front_of_it_is_only_hidden():
    assert relations("A scarecrow largely screened by a haystack in front of it.") == {
        ("scarecrow", "hidden_by", "haystack")}


@pytest.mark.parametrize("prompt, triple", [
    ("A lone oak mid-field, nothing else.", ("oak", "center", None)),
    ("A pawn mid-board on the wooden chessboard.", ("pawn", "on_top_of", "chessboard")),
])
def test_mid_ground_is_the_middle_only_when_the_ground_is_no_thing(prompt, triple):
    assert triple in relations(prompt)


def test_occupying_our_left_as_we_see_it_is_the_pictures_left():
    said = relations("A harp occupying our left as we see it, a cello occupying our right.")
    assert {("harp", "left_side", None), ("cello", "right_side", None)} <= said


def test_the_one_on_our_left_is_the_one_on_the_left():
    spec = parse("Two geese, the one on our left looking at us, the one on our right looking leftwards.")
    assert [e.facing for e in spec.entities] == ["camera", "left"]
    assert [(r.kind, r.subject) for r in spec.relations] == [("left_of", spec.entities[0].ref)]


def test_a_name_listed_with_a_bare_side_is_placed_there():
    said = relations("From the stile: Tamsin left, a wheelbarrow right.")
    assert {("Tamsin", "left_side", None), ("wheelbarrow", "right_side", None)} <= said
    assert relations("Turn left, then a barn.") == set()


def test_one_a_little_ahead_of_its_twin_is_in_front_of_the_other():
    spec = parse("Two milk churns, one set a little ahead of its twin, closer to us.")
    assert [e.noun for e in spec.entities] == ["milk churn", "milk churn"]
    assert (spec.entities[0].ref, "in_front_of", spec.entities[1].ref) in {
        (r.subject, r.kind, r.object) for r in spec.relations}


def test_a_snap_is_the_photo_itself():
    prompt = "Quick message: in my camping snap a lantern sits well off to the left."
    assert nouns(prompt) == ["lantern"]
    assert ("lantern", "left_side", None) in relations(prompt)
