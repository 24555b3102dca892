"""Still more ways of saying where things are: terse lists (bars between things, labels, an order
said once), chatty sentences (the viewer's side, what you meet first, a name closing the clause),
places in the picture off the centre, supports and things underneath, depth, closeness, hiding
said as our view cut off, things bookended, rings said as a label, going towards a side of the
frame, the back turned to us, and a wide shot said as tiny shapes or open space.

Every sentence here is written for this test; none comes from the benchmarks."""

from __future__ import annotations

import pytest

from crews.spatial.parse import parse


def relations(prompt: str) -> set[tuple]:
    return {(r.subject, r.kind, r.object) for r in parse(prompt).relations}


def refs(prompt: str) -> list[str]:
    return [e.ref for e in parse(prompt).entities]


def entity(prompt: str, ref: str):
    return next(e for e in parse(prompt).entities if e.ref == ref)


# 1. Terse lists

@pytest.mark.parametrize("prompt, first, second, kind", [
    ("A wheelbarrow | a beehive | the wheelbarrow on the left", "wheelbarrow", "beehive", "left_of"),
    ("a tea chest | a rocking horse | the tea chest on the right", "tea chest", "rocking horse", "right_of"),
    ("Perpetua | a milk churn | Perpetua on the left", "Perpetua", "milk churn", "left_of"),
    ("A garden shed | a scarecrow | the scarecrow on the right, oil painting", "scarecrow", "garden shed", "right_of"),
])
def test_things_listed_between_bars_then_one_placed(prompt, first, second, kind):
    assert (first, kind, second) in relations(prompt)
    assert set(refs(prompt)) == {first, second}


@pytest.mark.parametrize("prompt, left, right", [
    ("Left: a beehive. right: a rocking horse.", "beehive", "rocking horse"),
    ("Left: Barnaby. right: a tea chest.", "Barnaby", "tea chest"),
])
def test_sides_said_as_labels(prompt, left, right):
    rels = relations(prompt)
    assert (left, "left_side", None) in rels and (right, "right_side", None) in rels


@pytest.mark.parametrize("prompt, left, right, middle", [
    ("a beehive left, a scarecrow right, a wheelbarrow dead centre between them", "beehive", "scarecrow",
     "wheelbarrow"),
    ("A milk churn left, Barnaby right, a tea chest dead centre between them", "milk churn", "Barnaby", "tea chest"),
])
def test_two_sides_then_a_thing_dead_centre_between_them(prompt, left, right, middle):
    rels = relations(prompt)
    assert (left, "left_side", None) in rels and (right, "right_side", None) in rels
    assert any(r.kind == "between" and r.subject == middle and {r.object, r.object2} == {left, right}
               for r in parse(prompt).relations)


# 2. Chatty sentences

@pytest.mark.parametrize("prompt, thing, side, other", [
    ("So there's a beehive and then just left of them from where we're standing there's a wheelbarrow, that's it",
     "wheelbarrow", "left_of", "beehive"),
    ("so there's Barnaby and then just right of them from where we're standing there's a rocking horse, that's it",
     "rocking horse", "right_of", "Barnaby"),
    ("So there's a beehive and then, just to the right of it, a tractor, that's all", "tractor", "right_of", "beehive"),
    ("so there's a milk churn and just left of it from where I'm standing there's Barnaby", "Barnaby", "left_of",
     "milk churn"),
])
def test_the_viewers_side_said_chattily(prompt, thing, side, other):
    assert relations(prompt) == {(thing, side, other)}


@pytest.mark.parametrize("prompt, left, right", [
    ("Reading the picture from left to right you meet a scarecrow first and a milk churn second",
     "scarecrow", "milk churn"),
    ("reading the picture from left to right you meet an old tea chest first and a baker second", "tea chest", "baker"),
    ("Going from left to right you meet a beehive first, then a tractor", "beehive", "tractor"),
    ("Reading left to right you come across Perpetua first and a windmill second", "Perpetua", "windmill"),
    ("Reading the picture from right to left you meet a scarecrow first and a beehive second", "beehive", "scarecrow"),
])
def test_what_you_meet_first_is_on_the_left(prompt, left, right):
    assert (left, "left_of", right) in relations(prompt)
    assert set(refs(prompt)) == {left, right}


@pytest.mark.parametrize("prompt, left, name", [
    ("A scarecrow on the left, and over to the right of them as we look at the picture, Perpetua", "scarecrow",
     "Perpetua"),
    ("a milk churn on the left, and over to the right of it, Barnaby", "milk churn", "Barnaby"),
])
def test_a_name_closing_the_clause_is_the_thing_placed(prompt, left, name):
    rels = relations(prompt)
    assert (name, "right_of", left) in rels and (left, "left_side", None) in rels
    assert entity(prompt, name).proper


@pytest.mark.parametrize("prompt, left, right", [
    ("A beehive waits at frame left, a wheelbarrow at frame right", "beehive", "wheelbarrow"),
    ("Barnaby waits at frame left, a garden shed at frame right", "Barnaby", "garden shed"),
])
def test_frame_left_and_frame_right_are_sides_and_no_nearness(prompt, left, right):
    assert relations(prompt) == {(left, "left_side", None), (right, "right_side", None)}


# 3. Composition

@pytest.mark.parametrize("prompt, thing, side", [
    ("A wheelbarrow, placed left of centre near the edge", "wheelbarrow", "left_side"),
    ("Barnaby, placed right of centre near the edge", "Barnaby", "right_side"),
    ("a rocking horse, just left of centre", "rocking horse", "left_side"),
    ("A beehive slightly right of center, close to the edge", "beehive", "right_side"),
])
def test_off_centre_towards_an_edge_is_that_side(prompt, thing, side):
    assert relations(prompt) == {(thing, side, None)}


@pytest.mark.parametrize("prompt, thing, side", [
    ("A milk churn as the subject, positioned right, empty space on the left", "milk churn", "right_side"),
    ("Perpetua as the main subject, positioned left, empty space on the right", "Perpetua", "left_side"),
])
def test_the_subject_is_no_thing(prompt, thing, side):
    assert relations(prompt) == {(thing, side, None)}
    assert refs(prompt) == [thing]


def test_as_the_central_subject_still_says_where():
    assert ("beehive", "center", None) in relations("A beehive as the central subject, symmetrical composition")


# 4. Supports and underneath

@pytest.mark.parametrize("prompt, thing, support", [
    ("CLOSE ON a dresser. A tabby cat sits on it.", "tabby cat", "dresser"),
    ("CLOSE ON a tea chest. A brass kettle rests on it.", "brass kettle", "tea chest"),
])
def test_a_screenplay_close_on_is_no_thing(prompt, thing, support):
    assert relations(prompt) == {(thing, "on_top_of", support)}
    assert "CLOSE" not in refs(prompt)


@pytest.mark.parametrize("prompt, expected", [
    ("On a tea chest: a brass lantern", ("brass lantern", "on_top_of", "tea chest")),
    ("SCENE: on a sideboard: a fruit bowl", ("fruit bowl", "on_top_of", "sideboard")),
    ("A sideboard topped with a fruit bowl", ("fruit bowl", "on_top_of", "sideboard")),
    ("The top of a tea chest holds a brass lantern", ("brass lantern", "on_top_of", "tea chest")),
    ("A sideboard carrying a fruit bowl on its top", ("fruit bowl", "on_top_of", "sideboard")),
    ("A fruit bowl placed squarely on a tea chest", ("fruit bowl", "on_top_of", "tea chest")),
    ("Below a garden bench is a wicker basket", ("wicker basket", "under", "garden bench")),
    ("Ok so below a garden bench is a wicker basket", ("wicker basket", "under", "garden bench")),
    ("A wicker basket in the shadow under a garden bench", ("wicker basket", "under", "garden bench")),
    ("A toolbox stowed beneath a workbench", ("toolbox", "under", "workbench")),
    ("A toolbox shoved underneath a workbench", ("toolbox", "under", "workbench")),
    ("A toy tractor parked on the floor under a garden bench", ("toy tractor", "under", "garden bench")),
])
def test_supports_and_things_underneath(prompt, expected):
    assert relations(prompt) == {expected}


# 5. Depth

@pytest.mark.parametrize("prompt, front, back", [
    ("A wheelbarrow before a garden shed, between it and us", "wheelbarrow", "garden shed"),
    ("Barnaby stands before a haystack, between it and us", "Barnaby", "haystack"),
    ("a beehive directly before a windmill, between the windmill and us", "beehive", "windmill"),
])
def test_between_it_and_us_says_in_front_again(prompt, front, back):
    assert relations(prompt) == {(front, "in_front_of", back)}


@pytest.mark.parametrize("prompt, expected", [
    ("A beehive out ahead of a garden shed, towards the camera", ("beehive", "in_front_of", "garden shed")),
    ("Barnaby closer to the lens than a haystack", ("Barnaby", "in_front_of", "haystack")),
    ("A windmill rising up behind a scarecrow", ("windmill", "behind", "scarecrow")),
    ("A haystack further back than Perpetua", ("haystack", "behind", "Perpetua")),
    ("A wheelbarrow near the lens, a garden shed well back", ("wheelbarrow", "in_front_of", "garden shed")),
    ("A garden shed with a milk churn posed in front of it", ("milk churn", "in_front_of", "garden shed")),
])
def test_depth_said_many_ways(prompt, expected):
    assert relations(prompt) == {expected}


# 6. Near, hidden, between

@pytest.mark.parametrize("prompt, pair", [
    ("A beehive and a wheelbarrow, almost touching", {"beehive", "wheelbarrow"}),
    ("Barnaby and a rocking horse, nearly touching", {"Barnaby", "rocking horse"}),
    ("a milk churn close enough to touch a tea chest", {"milk churn", "tea chest"}),
    ("A beehive close enough to reach out and touch Barnaby", {"beehive", "Barnaby"}),
    ("A beehive and a scarecrow, all but touching", {"beehive", "scarecrow"}),
])
def test_almost_touching_is_near(prompt, pair):
    rels = parse(prompt).relations
    assert [r.kind for r in rels] == ["near"] and {rels[0].subject, rels[0].object} == pair


@pytest.mark.parametrize("prompt, hidden, front", [
    ("A haystack cutting off our view of most of a scarecrow", "scarecrow", "haystack"),
    ("a garden shed cutting off our view of most of Perpetua", "Perpetua", "garden shed"),
    ("A tractor cutting off our view of much of a beehive", "beehive", "tractor"),
])
def test_our_view_cut_off_is_hiding(prompt, hidden, front):
    assert relations(prompt) == {(hidden, "hidden_by", front)}


@pytest.mark.parametrize("prompt, hidden, front", [
    ("You can barely make out a scarecrow behind a haystack", "scarecrow", "haystack"),
    ("you can hardly see Perpetua behind a garden shed", "Perpetua", "garden shed"),
    ("You can just make out a scarecrow behind a haystack", "scarecrow", "haystack"),
])
def test_barely_made_out_behind_is_hidden(prompt, hidden, front):
    assert (hidden, "hidden_by", front) in relations(prompt)


@pytest.mark.parametrize("prompt, middle, ends", [
    ("A wheelbarrow bookended by a beehive and a scarecrow", "wheelbarrow", {"beehive", "scarecrow"}),
    ("Perpetua bookended by a milk churn and a rocking horse", "Perpetua", {"milk churn", "rocking horse"}),
    ("a tea chest book-ended by a beehive and Barnaby", "tea chest", {"beehive", "Barnaby"}),
])
def test_bookended_is_between(prompt, middle, ends):
    rels = parse(prompt).relations
    assert [r.kind for r in rels] == ["between"]
    assert rels[0].subject == middle and {rels[0].object, rels[0].object2} == ends


@pytest.mark.parametrize("prompt, thing, other", [
    ("A beehive at Barnaby's side", "beehive", "Barnaby"),
    ("a lamb in Perpetua's shadow", "lamb", "Perpetua"),
    ("A wheelbarrow at a garden shed's side", "wheelbarrow", "garden shed"),
])
def test_at_a_things_or_a_names_side_is_near(prompt, thing, other):
    assert relations(prompt) == {(thing, "near", other)}


# 7. Rings

@pytest.mark.parametrize("prompt, ring, centre, count", [
    ("A ring: five milk churns, a beehive at its centre", "milk churn", "beehive", 5),
    ("A render of a ring: six scarecrows, a garden shed at its centre", "scarecrow", "garden shed", 6),
    ("Six rocking horses in a closed circle round a tea chest", "rocking horse", "tea chest", 6),
    ("four wheelbarrows in a complete circle round Barnaby", "wheelbarrow", "Barnaby", 4),
    ("A circle: six beehives, a windmill in the middle", "beehive", "windmill", 6),
    ("A ring: four scarecrows with a beehive at its centre", "scarecrow", "beehive", 4),
])
def test_a_ring_said_as_a_label_or_closed(prompt, ring, centre, count):
    assert relations(prompt) == {(ring, "around", centre)}
    assert entity(prompt, ring).count == count
    assert "ring" not in refs(prompt)


# 8. Facing and camera

@pytest.mark.parametrize("prompt, thing, facing", [
    ("A tractor heading towards the left of the frame", "tractor", "left"),
    ("a rocking horse heading towards the right of the frame", "rocking horse", "right"),
    ("A tractor travelling leftwards across the frame", "tractor", "left"),
    ("Barnaby travelling rightwards across the frame", "Barnaby", "right"),
    ("A scarecrow facing the horizon, its back to the viewer", "scarecrow", "away"),
    ("Perpetua facing the horizon, her back to the viewer", "Perpetua", "away"),
    ("A tractor heading for the left of the frame", "tractor", "left"),
    ("A tractor travelling towards the right of the picture", "tractor", "right"),
    ("a pony drifting rightwards across the picture", "pony", "right"),
    ("A tractor making its way leftwards across the frame", "tractor", "left"),
    ("a scarecrow, its back turned to the camera", "scarecrow", "away"),
])
def test_going_towards_a_side_of_the_frame_is_a_facing(prompt, thing, facing):
    assert entity(prompt, thing).facing == facing
    assert relations(prompt) == set()
    assert refs(prompt) == [thing]


@pytest.mark.parametrize("prompt, things", [
    ("A tractor and a scarecrow as tiny shapes in a wide vista", {"tractor", "scarecrow"}),
    ("Barnaby and a garden shed as tiny figures in a vast empty landscape", {"Barnaby", "garden shed"}),
    ("A beehive, a wheelbarrow, both far away, lots of open space", {"beehive", "wheelbarrow"}),
    ("Barnaby and a tractor as distant specks on a wide plain", {"Barnaby", "tractor"}),
])
def test_tiny_shapes_or_open_space_is_a_wide_shot(prompt, things):
    spec = parse(prompt)
    assert spec.camera.shot == "wide"
    assert {e.ref for e in spec.entities} == things
    assert spec.setting is None
