"""Phrasings of catalogues, field notes, comic panels and shot notes: a thing photographed on one side of
a plain backdrop (the backdrop no thing) or with another thing posed by it, a thing observed or sighted to
one side of another (no way of looking), groups going round and round a thing or making a ring about it,
one thing either side of another, a crossing of the frame said as a way of going, a face or a back turned
to the one looking, and the camera said as where it stands or how much of the page a thing fills.

Every sentence here is written for this test; none comes from the benchmarks."""

from __future__ import annotations

import pytest

from crews.spatial.parse import parse
from tests.parse_views import facings, nouns, relations

# 1. Photographed on one side of a plain backdrop, or with another thing posed by it


@pytest.mark.parametrize("prompt, noun, side", [
    ("Item 4: a brass kettle, photographed on the right of a plain backdrop.", "brass kettle", "right_side"),
    ("a wombat, shot against nothing, pictured at the left of a seamless grey background", "wombat", "left_side"),
    ("Catalogue entry: an armchair, captured on the far left of a blank white wall.", "armchair", "left_side"),
    ("a teapot snapped to the right of a white wall", "teapot", "right_side"),
])
def test_side_of_a_plain_backdrop_is_the_pictures_side(prompt, noun, side):
    assert nouns(prompt) == [noun]
    assert (noun, side, None) in relations(prompt)


def test_a_wall_said_plainly_without_a_camera_stays_a_thing():
    assert ("cat", "left_of", "wall") in relations("a cat on the left of a white wall")


@pytest.mark.parametrize("prompt, triple", [
    ("No. 7: a wheelbarrow, photographed with a girl crouching beside it.", ("girl", "near", "wheelbarrow")),
    ("a canoe, pictured with Ottoline sitting behind it", ("Ottoline", "behind", "canoe")),
    ("a tractor, captured with two geese in front of it", ("goose", "in_front_of", "tractor")),
    ("an anvil, photographed next to a bucket", ("anvil", "near", "bucket")),
])
def test_what_the_photograph_shows_after_how_it_was_taken(prompt, triple):
    assert triple in relations(prompt)


def test_a_lens_it_was_taken_with_is_still_no_thing():
    assert nouns("a heron, shot with a 50mm lens.") == ["heron"]


# 2. Observed, sighted, noticed to one side of a thing: a place, no way of facing

@pytest.mark.parametrize("prompt, triple", [
    ("Notebook: a stoat observed over on the left of a log pile.", ("stoat", "left_of", "log pile")),
    ("a kestrel observed just to the right of a pylon", ("kestrel", "right_of", "pylon")),
    ("Entry 9 - an otter sighted on the left of the weir.", ("otter", "left_of", "weir")),
    ("one wren noticed to the right of a fence post", ("wren", "right_of", "fence post")),
])
def test_observed_to_one_side_of_a_thing(prompt, triple):
    assert triple in relations(prompt)
    assert facings(prompt)[triple[0]] is None


def test_observed_to_one_side_alone_is_the_pictures_side():
    assert ("wren", "right_side", None) in relations("a wren observed to the right, from behind the reeds")


def test_observing_towards_a_side_is_still_a_facing():
    assert facings("an owl observing to the right")["owl"] == "right"


# 3. Round and round a thing, or a ring shape made about it

@pytest.mark.parametrize("prompt, triple", [
    ("Then nine ducklings, and they swim round and round the fountain.", ("duckling", "around", "fountain")),
    ("four children skipping in circles about a bonfire", ("child", "around", "bonfire")),
    ("Kindly draw six lambs forming a round shape around one post.", ("lamb", "around", "post")),
    ("nine hens making a circular formation around a bucket", ("hen", "around", "bucket")),
])
def test_a_group_going_round_or_ringing_a_thing(prompt, triple):
    assert triple in relations(prompt)
    assert not [noun for noun in nouns(prompt) if "shape" in noun or "formation" in noun]


def test_a_round_shape_with_nothing_inside_is_a_ring():
    entity = parse("four lambs making a round shape").entities[0]
    assert (entity.noun, entity.count, entity.arrangement) == ("lamb", 4, "ring")


def test_a_round_thing_is_still_a_thing():
    assert nouns("a round table beside a stool") == ["round table", "stool"]


# 4. One thing either side of another, or one thing one side and another the other

@pytest.mark.parametrize("prompt, centre, noun", [
    ("Marguerite with a nephew either side of her, please", "Marguerite", "nephew"),
    ("a pram with a nanny either side of it", "pram", "nanny"),
    ("that hay bale with a scarecrow each side of it", "hay bale", "scarecrow"),
])
def test_one_either_side_is_two_with_the_thing_between(prompt, centre, noun):
    spec = parse(prompt)
    assert sum(e.count for e in spec.entities if e.noun == noun) == 2
    assert [r.subject for r in spec.relations if r.kind == "between"] == [centre]


@pytest.mark.parametrize("prompt, centre, one, other", [
    ("a sheepdog standing centrally, with a tractor one side and a milk churn the other",
     "sheepdog", "tractor", "milk churn"),
    ("Draw a lamp post, with a bench one side and a bin the other.", "lamp post", "bench", "bin"),
])
def test_one_side_and_the_other_said_without_on(prompt, centre, one, other):
    spec = parse(prompt)
    between = [(r.subject, {r.object, r.object2}) for r in spec.relations if r.kind == "between"]
    assert between == [(centre, {one, other})]


def test_a_thing_on_one_side_of_a_part_is_no_pair():
    assert nouns("a man with a feather on one side of his cap") == ["cap", "feather", "man"]


# 5. Crossing the frame from one side to the other; a face or a back turned to the one looking

@pytest.mark.parametrize("prompt, noun, way", [
    ("Panel 3 - a heron crossing frame from left to right.", "heron", "right"),
    ("a tractor trundling across the picture from right to left", "tractor", "left"),
    ("Frame 12: a cyclist crossing the screen right to left, rain", "cyclist", "left"),
    ("a fox crosses over from left to right in front of a barn", "fox", "right"),
])
def test_crossing_the_frame_is_a_way_of_going(prompt, noun, way):
    assert facings(prompt)[noun] == way
    assert not [r for r in relations(prompt) if r[1] in ("left_side", "right_side")]


@pytest.mark.parametrize("prompt, noun, way", [
    ("Could you make a donkey with its face turned toward the looker?", "donkey", "camera"),
    ("a heron with her face towards the onlooker, wings spread", "heron", "camera"),
    ("a sailor turning his back to the beholder", "sailor", "away"),
    ("Make a badger who is turning its back to the looker please.", "badger", "away"),
])
def test_a_face_or_back_turned_to_the_one_looking(prompt, noun, way):
    assert facings(prompt)[noun] == way
    assert nouns(prompt) == [noun]


def test_an_onlooker_in_the_scene_stays():
    assert ("onlooker", "near", "juggler") in relations("a juggler and an onlooker beside him")


# 6. The camera: where it stands, what it sees, how much of the page a thing fills

@pytest.mark.parametrize("prompt, view", [
    ("the camera way up above a bench and a bin, looking exactly down", "top"),
    ("Shot 9: reverse angle from behind two nuns.", "back"),
    ("I painted my uncle from behind, so that we cannot see his face.", "back"),
    ("Put the camera at the rear side of the donkey, seeing its back.", "back"),
    ("We stood at the right end of everything to sketch a kiln and a cart.", "right"),
    ("I sat at the left end of it all and drew a pony.", "left"),
])
def test_where_the_camera_stands(prompt, view):
    assert parse(prompt).camera.view == view


@pytest.mark.parametrize("prompt, noun_list", [
    ("We stood at the right end of everything to sketch a kiln and a cart.", ["cart", "kiln"]),
    ("Shot 9: reverse angle from behind two nuns.", ["nun"]),
])
def test_the_place_the_camera_stands_is_no_thing(prompt, noun_list):
    assert nouns(prompt) == noun_list


@pytest.mark.parametrize("prompt, shot", [
    ("super close on a kitten please, fill the whole thing", "close_up"),
    ("extra tight on the teapot, filling the screen", "close_up"),
    ("the camera pulled far back, a tractor just a speck on a huge empty landscape", "wide"),
    ("Stage 4: camera drawn way out, one hut a speck on the huge open map.", "wide"),
])
def test_how_much_of_the_picture_a_thing_fills(prompt, shot):
    spec = parse(prompt)
    assert spec.camera.shot == shot
    assert not [e.noun for e in spec.entities if e.noun in ("thing", "dot", "speck", "map", "landscape")]


def test_a_dot_on_a_thing_and_a_kettle_close_to_a_mug_are_no_camera():
    assert parse("a ladybird with a dot on its back").camera.shot == "default"
    assert parse("a mug really close to a kettle").camera.shot == "default"
    assert parse("the camera high above a bench").camera.view == "front"


# 7. Behind a thing and covered by it

@pytest.mark.parametrize("prompt, subject, cover", [
    ("ok so a kid behind a garden shed largely covered up by it", "kid", "garden shed"),
    ("a badger behind a rain barrel largely hidden by it", "badger", "rain barrel"),
    ("Please put a pony behind a hay wagon, which is covering the greater part of it.", "pony", "hay wagon"),
    ("a hen behind a crate, nearly all covered up by it", "hen", "crate"),
])
def test_behind_a_thing_and_covered_by_it(prompt, subject, cover):
    found = relations(prompt)
    assert (subject, "hidden_by", cover) in found
    assert (cover, "hidden_by", subject) not in found


def test_a_thing_covered_up_with_a_cloth_is_no_hiding_behind():
    assert not [r for r in relations("a box behind a lamp covered by a cloth") if r[0] == "box" and r[1] == "hidden_by"]
