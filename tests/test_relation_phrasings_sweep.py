"""A sweep of spatial phrasings in many registers (tags, requests, questions, specs, shot notes, storybook
prose, learner English): the side said as "immediate" or "direct", "directly above" said of a thing and of the
camera, grids said as "2x3" or "three across and two down", "that" pointing back, lamps "at each end",
travellers lined up before their way is said, screen sides as a way of going, a camera tilted up or down,
places given in turn ("respectively") or as labels.

Every sentence here is written for this test; none comes from the benchmarks."""

from __future__ import annotations

import pytest

from crews.spatial.parse import parse


def relations(prompt: str) -> set[tuple]:
    return {(r.subject, r.kind, r.object) for r in parse(prompt).relations}


def entity(prompt: str, ref: str):
    return next(e for e in parse(prompt).entities if e.ref == ref)


# 1. A side said as "immediate", "direct" or "near"

@pytest.mark.parametrize("prompt, triple", [
    ("The lamp is to be placed to the immediate left of the sofa.", ("lamp", "left_of", "sofa")),
    ("A sofa; a lamp stands to its immediate right.", ("lamp", "right_of", "sofa")),
    ("pls a stool on the direct right of the piano", ("stool", "right_of", "piano")),
    ("Put a basket at the near left of the crate.", ("basket", "left_of", "crate")),
])
def test_immediate_and_direct_sides(prompt, triple):
    assert triple in relations(prompt)
    assert not any(e.ref in ("immediate", "direct") for e in parse(prompt).entities)


# 2. "Directly above": of a thing, or of the camera

@pytest.mark.parametrize("prompt, triple", [
    ("a cloud directly above a windmill", ("cloud", "on_top_of", "windmill")),
    ("A lamp hung straight above a table.", ("lamp", "on_top_of", "table")),
])
def test_directly_above_a_thing_is_a_place(prompt, triple):
    spec = parse(prompt)
    assert triple in relations(prompt)
    assert spec.camera.view == "front"


@pytest.mark.parametrize("prompt", [
    "the camera is directly above the table",
    "A teacup on a saucer, directly above.",
    "seen directly from above, a plate",
    "the camera points straight down at a plate",
    "The camera is aimed directly downwards at a rug and a cat.",
])
def test_directly_above_said_of_the_camera(prompt):
    assert parse(prompt).camera.view == "top"


# 3. Grids

@pytest.mark.parametrize("prompt, thing, count, rows", [
    ("a 2x3 grid of cupcakes", "cupcake", 6, 2),
    ("a 3 x 3 grid of tiles", "tile", 9, 3),
    ("cupcakes in a 4-by-2 grid", "cupcake", 8, 4),
    ("cupcakes arranged in a grid, three across and two down", "cupcake", 6, 2),
    ("tiles laid two down and five across", "tile", 10, 2),
    ("Muffins in a grid, four wide and two deep.", "muffin", 8, 2),
])
def test_grids_said_by_their_sides(prompt, thing, count, rows):
    found = entity(prompt, thing)
    assert (found.count, found.rows, found.arrangement) == (count, rows, "grid")


# 4. "That" and "this" pointing back

@pytest.mark.parametrize("prompt, triple", [
    ("A bench, and behind that a hedge.", ("hedge", "behind", "bench")),
    ("A bench. Behind that, a hedge.", ("hedge", "behind", "bench")),
    ("a bench and, in front of that, a pond", ("pond", "in_front_of", "bench")),
    ("There is a crate. Beside this there is a barrel.", ("barrel", "near", "crate")),
])
def test_that_alone_points_back(prompt, triple):
    assert triple in relations(prompt)


def test_that_before_a_noun_names_it():
    assert ("cat", "behind", "tree") in relations("a cat sits behind that tree")


# 5. One at each end, one either side

@pytest.mark.parametrize("prompt, centre, thing", [
    ("a sofa with a lamp at each end", "sofa", "lamp"),
    ("a bed with a lamp at each side", "bed", "lamp"),
    ("A bench with a planter at both ends.", "bench", "planter"),
    ("a bed with a lamp either side", "bed", "lamp"),
    ("the chair in the middle, a lamp either side of it", "chair", "lamp"),
])
def test_one_at_each_end(prompt, centre, thing):
    between = [r for r in parse(prompt).relations if r.kind == "between"]
    assert len(between) == 1 and between[0].subject == centre
    assert {between[0].object.split("#")[0], between[0].object2.split("#")[0]} == {thing}


# 6. Lined up, then the way they go

@pytest.mark.parametrize("prompt, thing, facing", [
    ("ducks walking single file toward the left", "duck", "left"),
    ("Ducks walking in single file, toward the left.", "duck", "left"),
    ("five cows walking in a line towards the camera", "cow", "camera"),
])
def test_a_line_then_its_way(prompt, thing, facing):
    found = entity(prompt, thing)
    assert found.facing == facing and found.arrangement == "row"


def test_bumper_to_bumper_is_a_row():
    assert entity("four cars parked bumper to bumper", "car").arrangement == "row"
    assert [e.ref for e in parse("four cars parked bumper to bumper").entities] == ["car"]


# 7. Screen sides as a way of going

@pytest.mark.parametrize("prompt, thing, facing", [
    ("the car is heading off to screen left", "car", "left"),
    ("The van heads to screen right.", "van", "right"),
    ("a horse exits frame right", "horse", "right"),
    ("a bus moving towards frame left", "bus", "left"),
])
def test_going_to_a_screen_side(prompt, thing, facing):
    assert entity(prompt, thing).facing == facing
    assert not any(r.kind in ("left_side", "right_side") for r in parse(prompt).relations)


# 8. A camera tilted up or down, or held at a height

@pytest.mark.parametrize("prompt, elevation", [
    ("camera tilted down at a table", 55.0),
    ("a slight downward angle on a bowl of fruit", 55.0),
    ("a POV shot looking down at a pair of shoes", 55.0),
    ("the camera is tilted up at a tower", -12.0),
    ("an upward angle on a giant beside a tree", -12.0),
    ("filmed from knee height, a puppy", -12.0),
    ("seen from a child's eye level, a table and a chair", -12.0),
])
def test_camera_tilt_and_height(prompt, elevation):
    spec = parse(prompt)
    assert spec.camera.elevation_deg == elevation
    assert spec.camera.view == "front"


def test_first_person_view_is_no_person():
    spec = parse("first-person view of a steering wheel")
    assert [e.ref for e in spec.entities] == ["steering wheel"]


@pytest.mark.parametrize("prompt, thing", [
    ("we're right behind the horse", "horse"),
    ("You stand just behind the goalkeeper.", "goalkeeper"),
])
def test_the_viewer_standing_behind(prompt, thing):
    spec = parse(prompt)
    assert spec.camera.view == "back"
    assert [e.ref for e in spec.entities] == [thing]


# 9. Places in turn, and places as labels

@pytest.mark.parametrize("prompt, places", [
    ("A cat and a dog on the left and right, respectively.", {("cat", "left_side"), ("dog", "right_side")}),
    ("a lamp and a clock, on the right and left respectively", {("lamp", "right_side"), ("clock", "left_side")}),
    ("a lamp and a clock on the right and on the left, in that order",
     {("lamp", "right_side"), ("clock", "left_side")}),
    ("a kettle, left; a toaster, right", {("kettle", "left_side"), ("toaster", "right_side")}),
    ("lamp (L), vase (C), clock (R)", {("lamp", "left_side"), ("vase", "center"), ("clock", "right_side")}),
])
def test_places_in_turn_and_as_labels(prompt, places):
    said = {(r.subject, r.kind) for r in parse(prompt).relations if r.object is None}
    assert said == places


@pytest.mark.parametrize("prompt, front, back", [
    ("a tree and a barn in the foreground and background respectively", "tree", "barn"),
    ("foreground \u2014 a tractor; background \u2014 a silo", "tractor", "silo"),
])
def test_depth_in_turn_and_as_labels(prompt, front, back):
    found = relations(prompt)
    assert (front, "in_front_of", back) in found or (back, "behind", front) in found


@pytest.mark.parametrize("prompt, view", [
    ("Right-side view, please: a tractor beside a well", "right"),
    ("Left-side view: a kettle and a mug", "left"),
])
def test_a_hyphened_side_view_is_no_label(prompt, view):
    assert parse(prompt).camera.view == view


# 10. Places said not to be, a map's compass, hiding among things

@pytest.mark.parametrize("prompt, kept, dropped", [
    ("a tree that's behind the house, not in front of it", ("tree", "behind", "house"),
     ("tree", "in_front_of", "house")),
    ("A cat but not on the table; the cat is under the table.", ("cat", "under", "table"),
     ("cat", "on_top_of", "table")),
    ("Put the vase on the table, not on the shelf.", ("vase", "on_top_of", "table"), ("vase", "on_top_of", "shelf")),
    ("the goat is neither left nor right of the cart but directly behind it", ("goat", "behind", "cart"),
     ("goat", "right_of", "cart")),
])
def test_a_place_said_not_to_be(prompt, kept, dropped):
    found = relations(prompt)
    assert kept in found and dropped not in found


@pytest.mark.parametrize("prompt, triple", [
    ("Level brief: a well to the west of the barn.", ("well", "left_of", "barn")),
    ("a tower north of the barn", ("tower", "behind", "barn")),
    ("Map note - the cart sits due south of the mill", ("cart", "in_front_of", "mill")),
    ("a gate on the east side of the barn", ("gate", "right_of", "barn")),
])
def test_compass_places(prompt, triple):
    assert triple in relations(prompt)


@pytest.mark.parametrize("prompt, thing, facing", [
    ("A knight facing east.", "knight", "right"),
    ("the guard looks to the north", "guard", "away"),
])
def test_compass_facings(prompt, thing, facing):
    assert entity(prompt, thing).facing == facing


@pytest.mark.parametrize("prompt, triple", [
    ("a deer partly hidden among ferns", ("deer", "hidden_by", "fern")),
    ("a rabbit pokes its head out from behind a rock", ("rabbit", "hidden_by", "rock")),
    ("A fox sticking its nose out from behind a barrel.", ("fox", "hidden_by", "barrel")),
])
def test_hiding_among_and_peeking_out(prompt, triple):
    assert triple in relations(prompt)
