"""Spatial phrasings: a degree adverb before a place phrase ("smack between", "plumb in front of"), "hard left",
a picture's own edge said with "its", a relative clause closed by its preposition ("the crate it stands on"),
a back turned on the viewer, facings shared out over a row, the picture's look said with "all done as",
light from tubes, a wood as the setting, a pair's upper one on the lower, and views said from a small
creature's eye, a bird's, behind everything, or at shoulder height.

Every sentence here is written for this test; none comes from the benchmarks."""

from __future__ import annotations

import pytest

from crews.spatial.parse import parse


def relations(prompt: str) -> set[tuple]:
    return {(r.subject, r.kind, r.object) for r in parse(prompt).relations}


def nouns(prompt: str) -> set[str]:
    return {e.noun for e in parse(prompt).entities}


# 1. A degree adverb before a place phrase says how exactly, no thing

@pytest.mark.parametrize("prompt, triple", [
    ("a goat smack between a cart and a barn", ("goat", "between", "cart")),
    ("a heron plumb in front of the boathouse", ("heron", "in_front_of", "boathouse")),
    ("my kettle slap bang between the toaster and a radio", ("kettle", "between", "toaster")),
])
def test_degree_adverbs_before_a_place(prompt, triple):
    assert triple in relations(prompt)
    assert not any(word in noun for noun in nouns(prompt) for word in ("smack", "plumb", "slap", "bang"))


def test_dead_in_the_middle_is_the_centre():
    assert ("heron", "center", None) in relations("just a heron, dead in the middle.")


# 2. "hard left", and a picture's edge said with "its"

@pytest.mark.parametrize("prompt, kind", [
    ("The monitor shows a lone tractor, hard left in its frame.", "left_side"),
    ("a tractor by itself, hard right.", "right_side"),
    ("The poster showed a rusty tractor by itself, out at its left edge.", "left_side"),
    ("That photo shows one heron, right out at its right edge.", "right_side"),
])
def test_far_to_one_side_of_the_picture(prompt, kind):
    assert ("tractor" if "tractor" in prompt else "heron", kind, None) in relations(prompt)


def test_a_turn_hard_left_is_no_place():
    found = relations("the lorry swung hard left at the gate")
    assert not any(kind in ("left_side", "right_side") for _, kind, _ in found)


def test_a_place_after_what_a_picture_has_is_the_held_things():
    found = relations("My sketch has a suitcase, squeezed against the left edge.")
    assert ("suitcase", "left_side", None) in found
    assert ("sketch", "left_side", None) not in found


# 3. A relative clause closed by its preposition

@pytest.mark.parametrize("prompt, triple", [
    ("a vase and the crate it stands on", ("vase", "on_top_of", "crate")),
    ("a reading lamp and the desk it sits on, both for sale", ("reading lamp", "on_top_of", "desk")),
    ("an old man and the bench he sits on", ("man", "on_top_of", "bench")),
])
def test_the_thing_it_stands_on(prompt, triple):
    found = relations(prompt)
    assert triple in found
    assert (triple[2], triple[1], triple[0]) not in found


# 4. A back turned on the viewer; facings shared out over a row

@pytest.mark.parametrize("prompt", [
    "A shepherd waits with his back turned on us.",
    "a sheepdog sitting with its back turned to the camera",
])
def test_back_turned_on_the_viewer(prompt):
    assert parse(prompt).entities[0].facing == "away"


@pytest.mark.parametrize("prompt, ways", [
    ("six geese stand in a line, counting from the left: three pointed left, then three pointed right.",
     ["left", "right"]),
    ("four monks in a row: two facing right, two facing left; a bell behind them.", ["right", "left"]),
])
def test_facings_shared_out_over_a_row(prompt, ways):
    groups = [e for e in parse(prompt).entities if e.noun in ("goose", "monk")]
    assert [e.facing for e in groups] == ways
    assert sum(e.count for e in groups) in (4, 6)


# 5. Style, light and setting said after the scene

@pytest.mark.parametrize("prompt, banned", [
    ("a hen beside a bucket, everything rendered as a leaded stained-glass window.", "window"),
    ("a hen beside a bucket, all done up as a tapestry.", "tapestry"),
])
def test_all_done_as_a_work_is_the_look(prompt, banned):
    spec = parse(prompt)
    assert not any(banned in e.noun for e in spec.entities)
    assert any(banned in s for s in spec.style)


def test_tubes_overhead_are_light():
    spec = parse("a hen beside a bucket, under flickering neon tubes")
    assert not any("tube" in e.noun for e in spec.entities)
    assert any("neon" in s for s in spec.style)


@pytest.mark.parametrize("prompt", ["a badger in an oak wood at dusk", "two deer walking through a beech wood"])
def test_a_wood_is_where(prompt):
    spec = parse(prompt)
    assert not any("wood" in e.noun for e in spec.entities)
    assert spec.setting is not None and "wood" in spec.setting


def test_wood_as_a_stuff_is_no_setting():
    assert parse("a spoon carved in wood").setting is None


def test_the_upper_one_on_the_lower():
    spec = parse("a pair of tea chests, the top one perched on the lower one, and a mop")
    assert "lower" not in {e.noun for e in spec.entities}
    chest = next(e for e in spec.entities if "chest" in e.noun)
    assert chest.count == 2 and chest.arrangement == "stack"


# 6. Views

@pytest.mark.parametrize("prompt, view, elevation", [
    ("a hen beside a bucket, from an ant's-eye view, looking upwards", "front", -12.0),
    ("a hen beside a bucket, as a hawk might see it, looking straight down", "top", None),
    ("a hen beside a bucket and a trough, from right behind all of them", "back", None),
    ("a hen beside a bucket, from behind them all", "back", None),
    ("a hen beside a bucket, straight on, at chest height", "front", None),
])
def test_views(prompt, view, elevation):
    spec = parse(prompt)
    assert spec.camera.view == view
    assert spec.camera.elevation_deg == elevation
    assert not any(e.noun in ("hawk", "ant") for e in spec.entities)
    assert not any(kind == "behind" for _, kind, _ in relations(prompt))


# 7. The viewer coming along a way; the middle of the picture said as "mid-view" or "its centre"

@pytest.mark.parametrize("prompt, triple", [
    ("Only an old oak, way off on our right as we walk down the lane.", ("oak", "right_side", None)),
    ("Just a red postbox, straight ahead in the centre walking along the street.", ("postbox", "center", None)),
    ("Nobody but a porter, dead mid-frame from our window.", ("porter", "center", None)),
    ("My drawing has a teapot all by itself, just in its centre.", ("teapot", "center", None)),
])
def test_the_middle_and_sides_said_by_a_viewer(prompt, triple):
    found = relations(prompt)
    assert triple in found
    assert not any(noun in ("lane", "street", "window", "drawing") for noun in nouns(prompt))


def test_a_thing_in_the_middle_of_another_is_on_it():
    assert ("vase", "center", None) not in relations("a table with a vase in its centre")


# 8. Views said by where the one looking stands, or by what is seen of the things

@pytest.mark.parametrize("prompt, view", [
    ("a heron and a punt, sketched from a perch way out right of them", "right"),
    ("a heron and a punt, painted while sitting well off to the left, gazing across", "left"),
    ("we watched a heron and a punt from way off to our right, peering along the line", "right"),
    ("the postcard just shows the backs of two nuns and a donkey", "back"),
    ("a heron and a punt, filmed from behind (oops), at dusk", "back"),
])
def test_views_from_where_one_stands(prompt, view):
    spec = parse(prompt)
    assert spec.camera.view == view
    assert not any(e.noun in ("perch", "line", "oops") for e in spec.entities)


def test_so_near_it_fills_all_you_see():
    assert parse("a teapot so near it takes up all we could see").camera.shot == "close_up"


def test_they_say_is_the_teller_not_a_subject():
    spec = parse("Listen. They say three hares sit in the field, each turned away from us.")
    hares = next(e for e in spec.entities if e.noun == "hare")
    assert hares.facing == "away"
    assert all(e.facing is None for e in spec.entities if e.noun != "hare")


def test_in_the_dark_is_the_light():
    spec = parse("an owl perched beside a lantern, somewhere out in the gloom")
    assert not any(e.noun in ("gloom", "dark") for e in spec.entities)
    assert ("owl", "near", "lantern") in relations("an owl perched beside a lantern, somewhere out in the gloom")
