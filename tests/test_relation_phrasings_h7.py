"""Yet more ways of saying where things are: a side added after "and," with the picture named,
the first and the second (or the former and the latter) placed by a label, the nearer and the
further of a pair, bare sides ("on left"), the edges and margins of a page, text space beside a
thing, the picture's middle said as "centre screen" or "mid-frame", cameras straight overhead or
at the subject's back, and a wide shot said as one small dot in open land.

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


# 1. Left and right of another thing

@pytest.mark.parametrize("prompt, subject, kind, other", [
    ("A red kettle and, farther left in the shot, a toaster", "toaster", "left_of", "kettle"),
    ("Barnaby and, a bit further over to the right of the frame, a wheelbarrow", "wheelbarrow", "right_of", "Barnaby"),
    ("a milk churn and, slightly further right across the image, a tea chest", "tea chest", "right_of", "milk churn"),
])
def test_and_then_further_to_a_side_of_the_picture(prompt, subject, kind, other):
    assert (subject, kind, other) in relations(prompt)
    assert not any(r.kind in ("left_side", "right_side") for r in parse(prompt).relations)


@pytest.mark.parametrize("prompt, subject, kind, other", [
    ("A beehive, a scarecrow, the former left of the latter", "beehive", "left_of", "scarecrow"),
    ("a wheelbarrow, a rocking horse, the second to the right of the first", "rocking horse", "right_of",
     "wheelbarrow"),
    ("An old pram and a goat, the first just behind the second, oil painting", "pram", "behind", "goat"),
    ("Perpetua, a milk churn, the latter on top of the former", "milk churn", "on_top_of", "Perpetua"),
])
def test_the_first_and_the_second_placed_by_label(prompt, subject, kind, other):
    assert (subject, kind, other) in relations(prompt)


@pytest.mark.parametrize("prompt, front, back", [
    ("A beehive is the nearer of the pair, a wheelbarrow the further", "beehive", "wheelbarrow"),
    ("a tea chest is the farther one, a scarecrow the closer one", "scarecrow", "tea chest"),
    ("Barnaby is the closer, a rocking horse the more distant", "Barnaby", "rocking horse"),
])
def test_the_nearer_and_the_further_of_two(prompt, front, back):
    assert (front, "in_front_of", back) in relations(prompt)


# 2. Places in the picture

@pytest.mark.parametrize("prompt, expected", [
    ("kettle on left, teapot on right", {("kettle", "left_side", None), ("teapot", "right_side", None)}),
    ("a goat on far left and a hen at right", {("goat", "left_side", None), ("hen", "right_side", None)}),
])
def test_bare_sides_with_no_article(prompt, expected):
    assert expected <= relations(prompt)
    assert not any(r.kind == "on_top_of" for r in parse(prompt).relations)


@pytest.mark.parametrize("prompt, thing, side", [
    ("A teapot on the very right of the page, gouache", "teapot", "right_side"),
    ("a heron squeezed into the left-hand edge of the frame", "heron", "left_side"),
    ("An anvil tucked into the right margin of the page", "anvil", "right_side"),
    ("Long ago, a kettle sat on the far left of the page.", "kettle", "left_side"),
])
def test_edges_and_margins_of_the_page(prompt, thing, side):
    assert (thing, side, None) in relations(prompt)
    assert refs(prompt) == [thing]


@pytest.mark.parametrize("prompt, thing, side", [
    ("Catalogue shot: a teapot on the right, copy space on the left", "teapot", "right_side"),
    ("a wicker basket on the left with text space on the right-hand side", "wicker basket", "left_side"),
])
def test_room_left_for_text_is_no_thing(prompt, thing, side):
    assert relations(prompt) == {(thing, side, None)}


@pytest.mark.parametrize("prompt, thing", [
    ("a grumpy goat centre screen", "goat"),
    ("A kettle alone in mid-frame, gouache", "kettle"),
    ("an anvil frame centre", "anvil"),
    ("A beehive on the exact midpoint of the image", "beehive"),
    ("a teapot at the very midpoint of the canvas, even margins all round", "teapot"),
    ("A rocking horse, equal room on all sides", "rocking horse"),
])
def test_the_middle_of_the_picture_said_tersely(prompt, thing):
    assert (thing, "center", None) in relations(prompt)
    assert refs(prompt) == [thing]


def test_a_mid_shot_is_no_place():
    assert not any(r.kind == "center" for r in parse("a lone fox, mid-shot").relations)


def test_nothing_else_in_the_picture_is_no_relation():
    prompt = "a kettle on the right side and a goat on the left side, and nothing else in the picture"
    assert relations(prompt) == {("kettle", "right_side", None), ("goat", "left_side", None)}


# 3. The camera

@pytest.mark.parametrize("prompt", [
    "A straight-down view of a wicker basket",
    "a teapot and a kettle, our camera looking vertically downwards on them",
    "An anvil filmed from the roof, pointing straight down",
    "a chessboard, seen from the ceiling",
])
def test_straight_down_from_overhead_is_a_top_view(prompt):
    assert parse(prompt).camera.view == "top"


@pytest.mark.parametrize("prompt", [
    "a heron, just as a person directly behind it might view it",
    "Draw a goat and a scarecrow, the camera at their backs",
    "a tractor, our camera out the rear",
    "An old pram seen from dead behind, gouache",
    "a goat from right behind, oil painting",
])
def test_the_camera_at_its_back_is_a_back_view(prompt):
    spec = parse(prompt)
    assert spec.camera.view == "back"
    assert not spec.relations


@pytest.mark.parametrize("prompt, things", [
    ("A lighthouse, a little dot on an empty plain", ["lighthouse"]),
    ("a goat and a hen lost in a boundless, open wilderness", ["goat", "hen"]),
    ("A lone hiker, just a tiny figure against the sweeping sky", ["hiker"]),
])
def test_one_small_dot_in_open_land_is_a_wide_shot(prompt, things):
    spec = parse(prompt)
    assert spec.camera.shot == "wide"
    assert refs(prompt) == things
