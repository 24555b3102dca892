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
    ("A teapot at the very right edge of the page, gouache", "teapot", "right_side"),
    ("a heron squeezed into the left-hand corner of the shot", "heron", "left_side"),
    ("A lamp pinned hard against the right edge of the image", "lamp", "right_side"),
    ("An anvil pushed into the right-hand border of the page", "anvil", "right_side"),
    ("Long ago, a kettle sat at the extreme left edge of the page.", "kettle", "left_side"),
])
def test_edges_and_margins_of_the_page(prompt, thing, side):
    assert (thing, side, None) in relations(prompt)
    assert refs(prompt) == [thing]


@pytest.mark.parametrize("prompt, thing, side", [
    ("Catalogue shot: a teapot on the right, with copy space at the left side", "teapot", "right_side"),
    ("a wicker basket on the left with text space on the right-hand side", "wicker basket", "left_side"),
])
def test_room_left_for_text_is_no_thing(prompt, thing, side):
    assert relations(prompt) == {(thing, side, None)}


@pytest.mark.parametrize("prompt, thing", [
    ("a grumpy goat centre screen", "goat"),
    ("a lone kettle mid-frame, gouache", "kettle"),
    ("an anvil frame centre", "anvil"),
    ("A beehive on the exact midpoint of the image", "beehive"),
    ("a teapot at the very midpoint of the canvas, even margins all round", "teapot"),
    ("A rocking horse, equal room on all sides", "rocking horse"),
    ("an old pram centre of frame", "pram"),
])
def test_the_middle_of_the_picture_said_tersely(prompt, thing):
    assert (thing, "center", None) in relations(prompt)
    assert refs(prompt) == [thing]


def test_a_mid_shot_is_no_place():
    assert not any(r.kind == "center" for r in parse("a lone fox, mid-shot").relations)


def test_nothing_else_in_the_picture_is_no_relation():
    prompt = "a kettle on the right, a goat on the left, with nothing else in shot"
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
    "a goat, the camera at its back",
    "a tractor, our camera out the rear",
    "a kettle, the camera directly behind it",
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
    ("A windmill photographed from way across a flat meadow", ["windmill"]),
    ("a shepherd far off on an empty, endless moor", ["shepherd"]),
])
def test_one_small_dot_in_open_land_is_a_wide_shot(prompt, things):
    spec = parse(prompt)
    assert spec.camera.shot == "wide"
    assert refs(prompt) == things


# 4. Which way things face

@pytest.mark.parametrize("prompt, thing, facing", [
    ("a tractor swung around so that you see only its rear end", "tractor", "away"),
    ("A delivery van, tail end towards the lens, gouache", "delivery van", "away"),
    ("a scarecrow, back turned to the viewer", "scarecrow", "away"),
    ("An old pram, its rump to us", "pram", "away"),
    ("a camper van showing us its tailgate", "camper van", "away"),
    ("a tractor drawing away from the camera", "tractor", "away"),
    ("A goat side-on, facing to our right", "goat", "right"),
    ("a hare side-on, turned towards my left", "hare", "left"),
    ("A wheelbarrow bound for the left side", "wheelbarrow", "left"),
    ("a milk float making straight for the right", "milk float", "right"),
])
def test_the_way_a_thing_faces_said_by_its_back_or_where_it_goes(prompt, thing, facing):
    spec = parse(prompt)
    assert entity(prompt, thing).facing == facing
    assert spec.camera.view == "front" and refs(prompt) == [thing]


@pytest.mark.parametrize("prompt", [
    "two goats gazing right at each other",
    "Two scarecrows staring directly at one another",
])
def test_eyes_fixed_on_each_other(prompt):
    kinds = [r.kind for r in parse(prompt).relations]
    assert kinds.count("facing_toward") == 2


@pytest.mark.parametrize("prompt, noun, facings", [
    ("five goats in a line, alternating facing the lens and away",
     "goat", ["camera", "away", "camera", "away", "camera"]),
    ("Four scarecrows side by side, alternately looking left and right, beginning with the first one looking right",
     "scarecrow", ["right", "left", "right", "left"]),
    ("three tractors lined up, alternately turned away and to the camera", "tractor", ["away", "camera", "away"]),
])
def test_alternately_facing_two_ways(prompt, noun, facings):
    spec = parse(prompt)
    row = [e for e in spec.entities if e.noun == noun]
    assert [e.facing for e in row] == facings and all(e.count == 1 for e in row)
    lefts = {(r.subject, r.object) for r in spec.relations if r.kind == "left_of"}
    assert all((a.ref, b.ref) in lefts for a, b in zip(row, row[1:]))


# 5. Orders and lists

@pytest.mark.parametrize("prompt, pairs", [
    ("Scanning left to right, a kettle comes before a teapot, and the teapot comes before a jug",
     {("kettle", "left_of", "teapot"), ("teapot", "left_of", "jug")}),
    ("A barn, and reading right to left, a goat comes before a scarecrow", {("goat", "right_of", "scarecrow")}),
    ("counting from the left to the right, a spade comes after a rake", {("spade", "right_of", "rake")}),
])
def test_reading_across_what_comes_before_what(prompt, pairs):
    rels = relations(prompt)
    assert pairs <= rels
    assert not any(r.kind == "in_front_of" for r in parse(prompt).relations)
    assert not any(r.subject == "barn" for r in parse(prompt).relations)


@pytest.mark.parametrize("prompt, order", [
    ("a watering can first from the left, a rake second and a spade third", ["watering can", "rake", "spade"]),
    ("A teapot first from the right, a kettle next", ["kettle", "teapot"]),
])
def test_things_numbered_from_a_side(prompt, order):
    rels = relations(prompt)
    assert all((a, "left_of", b) in rels for a, b in zip(order, order[1:]))


def test_plus_signs_between_parts_are_bullets():
    prompt = "a wheelbarrow + three hens in a row, all facing right + a rake leaning on a shed"
    spec = parse(prompt)
    assert entity(prompt, "wheelbarrow").facing is None
    assert ("rake", "near", "shed") in relations(prompt)
    assert {e.noun for e in spec.entities} >= {"wheelbarrow", "hen", "rake", "shed"}


def test_a_single_plus_joins_two_things():
    assert set(refs("a teapot + a kettle, side by side")) == {"teapot", "kettle"}


# 6. Rings and things either side

@pytest.mark.parametrize("prompt, ring, centre", [
    ("Eight geese forming one circle with a well as its core", "goose", "well"),
    ("five scarecrows in a circle with a haystack at its heart", "scarecrow", "haystack"),
    ("Seven lanterns set out along a ring centered upon a fountain", "lantern", "fountain"),
    ("A maypole with six dancers posted right the way about it", "dancer", "maypole"),
    ("a bonfire with four hikers right the way round it", "hiker", "bonfire"),
])
def test_rings_said_by_their_hub_or_centre(prompt, ring, centre):
    assert (ring, "around", centre) in relations(prompt)
    assert set(refs(prompt)) == {ring, centre}


@pytest.mark.parametrize("prompt, middle, noun", [
    ("A teapot with one mug each side", "teapot", "mug"),
    ("Perpetua with one goat on each side of her", "Perpetua", "goat"),
])
def test_one_thing_either_side_makes_two(prompt, middle, noun):
    spec = parse(prompt)
    assert sum(e.count for e in spec.entities if e.noun == noun) == 2
    assert any(r.kind == "between" and r.subject == middle for r in spec.relations)


@pytest.mark.parametrize("prompt, middle, ends", [
    ("A tractor and a barn, with a scarecrow precisely in the centre of the pair", "scarecrow", {"tractor", "barn"}),
    ("a kettle and a jug with a teapot halfway between them both", "teapot", {"kettle", "jug"}),
])
def test_in_the_middle_of_the_two_is_between(prompt, middle, ends):
    assert any(r.kind == "between" and r.subject == middle and {r.object, r.object2} == ends
               for r in parse(prompt).relations)


# 7. Labels, spaces and screens

@pytest.mark.parametrize("prompt, shot, things", [
    ("Catalogue close-up: a teapot on a rug", "close_up", ["teapot", "rug"]),
    ("Museum macro shot: a beetle", "close_up", ["beetle"]),
    ("a lone fox, mid-shot", "medium", ["fox"]),
])
def test_a_label_with_the_shot_size_in_it(prompt, shot, things):
    assert parse(prompt).camera.shot == shot
    assert refs(prompt) == things


@pytest.mark.parametrize("prompt, expected", [
    ("The gap beneath a workbench houses a toolbox", ("toolbox", "under", "workbench")),
    ("the area behind a barn shelters an old tractor, dusk", ("tractor", "behind", "barn")),
])
def test_the_space_by_a_thing_holds_another(prompt, expected):
    assert relations(prompt) == {expected}


def test_on_screen_is_in_the_picture():
    prompt = "a kettle in the centre with a toaster to the left of it in-frame"
    assert relations(prompt) == {("kettle", "center", None), ("toaster", "left_of", "kettle")}


# 8. Closeness and slivers

@pytest.mark.parametrize("prompt, pair", [
    ("A teapot a hair's breadth from a kettle", ("teapot", "kettle")),
    ("an anvil practically no distance from a forge", ("anvil", "forge")),
    ("A milk churn with barely any gap between it and a wheelbarrow", ("milk churn", "wheelbarrow")),
    ("a goat within a whisker of Perpetua", ("goat", "Perpetua")),
])
def test_next_to_no_distance_is_near(prompt, pair):
    assert relations(prompt) == {(pair[0], "near", pair[1])}


@pytest.mark.parametrize("prompt, hidden, front", [
    ("A thin sliver of a hare peeks out past a tractor", "hare", "tractor"),
    ("only a glimpse of a barn is visible beyond a hedge", "barn", "hedge"),
])
def test_a_sliver_showing_past_is_hidden(prompt, hidden, front):
    assert (hidden, "hidden_by", front) in relations(prompt)
    assert set(refs(prompt)) == {hidden, front}


# 9. Long scenes: rows, piles, orders and a camera on the ground

@pytest.mark.parametrize("prompt, noun, count", [
    ("six wheelbarrows, one alongside the next, across the yard", "wheelbarrow", 6),
    ("A row of four tractors, one parked by another", "tractor", 4),
])
def test_one_alongside_the_next_is_one_row(prompt, noun, count):
    spec = parse(prompt)
    row = [e for e in spec.entities if e.noun == noun]
    assert [e.count for e in row] == [count] and row[0].arrangement == "row"
    assert all(e.noun != "next" for e in spec.entities)


@pytest.mark.parametrize("prompt, noun, count", [
    ("a pile of five pancakes, each upon the last, and a jug", "pancake", 5),
    ("A tower of three crates, each one atop the previous one", "crate", 3),
])
def test_each_on_the_last_without_a_verb_is_one_pile(prompt, noun, count):
    row = [e for e in parse(prompt).entities if e.noun == noun]
    assert [e.count for e in row] == [count] and row[0].arrangement == "stack"


def test_things_numbered_from_a_side_order_only_themselves():
    prompt = "a barn on the left side and a silo on the right side, plus a rake first from the left, a spade second"
    rels = relations(prompt)
    assert ("rake", "left_of", "spade") in rels
    assert not any(r.kind == "left_of" and "rake" in (r.subject, r.object) and "silo" in (r.subject, r.object)
                   for r in parse(prompt).relations)


def test_reading_across_after_and_in_a_clause():
    prompt = "a pile of three crates, each on the last and scanning left to right, a rake comes before a spade"
    assert ("rake", "left_of", "spade") in relations(prompt)
    assert not any(r.kind == "in_front_of" for r in parse(prompt).relations)


@pytest.mark.parametrize("prompt", [
    "a goat in a meadow, the camera resting on the ground, pointed up",
    "A tractor, camera set flat on the floor, angled upwards",
])
def test_a_camera_on_the_ground_looks_up(prompt):
    spec = parse(prompt)
    assert spec.camera.elevation_deg is not None and spec.camera.elevation_deg < 0
    assert not spec.relations


@pytest.mark.parametrize("prompt, front, back", [
    ("a rake; two crates, one in front of the other, nearer to the lens", "crate", "crate#3"),
    ("a spade. Two barrels, one behind the other, farther from the viewer", "barrel#3", "barrel"),
])
def test_depth_said_twice_names_nothing_else(prompt, front, back):
    spec = parse(prompt)
    depth = {(r.subject, r.object) for r in spec.relations if r.kind in ("in_front_of", "behind")}
    assert all({a, b} <= {front, back} for a, b in depth) and depth


def test_an_extreme_wide_shot_label_keeps_the_place_out():
    spec = parse("An extreme wide shot: beside a river, three crates stacked up")
    assert spec.camera.shot == "wide" and [e.noun for e in spec.entities] == ["crate"]


def test_bare_centre_of_frame_after_exact_is_read_as_before():
    assert relations("A goat in the exact middle of the picture") == {("goat", "center", None)}
