"""More ways English says where things stand relative to each other: depth said of each thing on
its own, a thing between two others, a ring round a thing, partial hiding, the picture's sides,
a thing below another, and two of one thing placed one relative to the other.

Every sentence here is written for this test; none comes from the benchmarks."""

from __future__ import annotations

import pytest

from crews.spatial.parse import parse


def relations(prompt: str) -> set[tuple]:
    return {(r.subject, r.kind, r.object) for r in parse(prompt).relations}


def between(prompt: str) -> set[tuple]:
    return {(r.subject, frozenset((r.object, r.object2))) for r in parse(prompt).relations if r.kind == "between"}


@pytest.mark.parametrize("prompt, expected", [
    ("A badger up close, a tractor in the distance", {("badger", "in_front_of", "tractor")}),
    ("a lamp close to the camera, a stool further back", {("lamp", "in_front_of", "stool"),
                                                          ("stool", "behind", "lamp")}),
    ("The nearest thing is a goat; past it stands a windmill", {("windmill", "behind", "goat")}),
    ("The closest object is a kettle, and past it is a fridge", {("fridge", "behind", "kettle")}),
    ("A view looking past a heron toward a lighthouse", {("heron", "in_front_of", "lighthouse")}),
    ("a beaver set deeper back than a hedgehog", {("beaver", "behind", "hedgehog")}),
    ("a stool placed further back than a lamp", {("stool", "behind", "lamp")}),
    ("a wagon some way back from a pony", {("wagon", "behind", "pony")}),
    ("a fox up close and a tent further away", {("fox", "in_front_of", "tent")}),
    ("a canoe in the near foreground, a jetty far behind", {("canoe", "in_front_of", "jetty")}),
    ("a mule nearest the camera, a barn farthest away", {("mule", "in_front_of", "barn"),
                                                         ("barn", "behind", "mule")}),
    ("a dog right up close to the lens, a barn way off in the distance", {("dog", "in_front_of", "barn")}),
    ("a mule up front, a barn way back", {("barn", "behind", "mule")}),
    ("Past the goat, a windmill", {("windmill", "behind", "goat")}),
    ("a heron near the lens, a boat in the far distance", {("heron", "in_front_of", "boat")}),
    ("a mule nearest to us, a barn farther off", {("mule", "in_front_of", "barn"), ("barn", "behind", "mule")}),
    ("a rowboat seen beyond a jetty", {("rowboat", "behind", "jetty")}),
    ("a barn seen past a fence", {("barn", "behind", "fence")}),
])
def test_depth_said_of_each_thing(prompt, expected):
    assert expected <= relations(prompt)


@pytest.mark.parametrize("prompt, middle, sides", [
    ("A fisherman with a barrel to one side and a crate to the other", "fisherman", {"barrel", "crate"}),
    ("A scarecrow, a goat on one flank and a donkey on the other", "scarecrow", {"goat", "donkey"}),
    ("a well with a bucket at one end and a ladder at the other", "well", {"bucket", "ladder"}),
    ("a kettle, a mug on one side and a plate on the other side", "kettle", {"mug", "plate"}),
    ("a mug flanked on one side by a kettle and on the other by a toaster", "mug", {"kettle", "toaster"}),
])
def test_one_thing_with_a_thing_on_each_side(prompt, middle, sides):
    assert (middle, frozenset(sides)) in between(prompt)


@pytest.mark.parametrize("prompt, ring, centre", [
    ("A fountain surrounded on every side by four pigeons", "pigeon", "fountain"),
    ("a lamp post encircled from all sides by cows", "cow", "lamp post"),
    ("Four ducks in a round formation about a pond", "duck", "pond"),
    ("sheep in a circular formation around a tree", "sheep", "tree"),
    ("A statue, six pigeons circled round it", "pigeon", "statue"),
])
def test_a_group_in_a_ring_round_a_thing(prompt, ring, centre):
    rels = relations(prompt)
    assert (ring, "around", centre) in rels
    assert (centre, "around", ring) not in rels


@pytest.mark.parametrize("prompt, hidden, front", [
    ("a fox half-obscured by a tractor in front of it", "fox", "tractor"),
    ("a gnu partly-hidden by a bush", "gnu", "bush"),
    ("a pony halfway hidden by a haystack", "pony", "haystack"),
    ("Only part of a donkey can be seen past a van, which stands in front", "donkey", "van"),
    ("Only the top of a tent is visible behind a hedge", "tent", "hedge"),
    ("a sheepdog with a tractor in front of it, cutting off part of the view", "sheepdog", "tractor"),
    ("a lorry in the foreground, overlapping a heron", "heron", "lorry"),
    ("a hut overlaps a tree", "tree", "hut"),
    ("a hare can just be made out behind a hedge", "hare", "hedge"),
    ("a mule behind a van, only its head showing", "mule", "van"),
    ("a mule, mostly hidden, behind a van", "mule", "van"),
    ("a hedge in front of a hare, partly screening it", "hare", "hedge"),
    ("a hare half-concealed behind a hedge", "hare", "hedge"),
])
def test_partly_hidden_by_the_thing_in_front(prompt, hidden, front):
    spec = parse(prompt)
    assert (hidden, "hidden_by", front) in relations(prompt)
    assert hidden in {e.ref for e in spec.entities}


@pytest.mark.parametrize("prompt, expected", [
    ("I want a kettle over on the lefthand side, a teapot next to it on the right",
     {("kettle", "left_side", None), ("teapot", "right_side", None)}),
    ("A farmer with a goose a few feet away on the viewer's left", {("goose", "left_of", "farmer")}),
    ("a goose on the viewer's right", {("goose", "right_side", None)}),
    ("a kettle on the righthand side, a mug on the lefthand side",
     {("kettle", "right_side", None), ("mug", "left_side", None)}),
    ("a donkey standing more towards the left than a gate", {("donkey", "left_of", "gate")}),
    ("Put a goose left and a goat right", {("goose", "left_side", None), ("goat", "right_side", None)}),
    ("Place a vase left, a clock right", {("vase", "left_side", None), ("clock", "right_side", None)}),
    ("A tall farmer occupies the left, Bartholomew the right",
     {("farmer", "left_side", None), ("Bartholomew", "right_side", None)}),
    ("a mule takes the left, a cart the right", {("mule", "left_side", None), ("cart", "right_side", None)}),
    ("The left of the image belongs to a barn, the right to a silo",
     {("barn", "left_side", None), ("silo", "right_side", None)}),
    ("The right of the picture goes to a cart, the left to a mule.",
     {("cart", "right_side", None), ("mule", "left_side", None)}),
])
def test_sides_of_the_picture(prompt, expected):
    assert expected <= relations(prompt)


@pytest.mark.parametrize("prompt", [
    "a dog on the left, a cat on the right",
    "Place a vase left, a clock right",
])
def test_a_side_said_after_a_comma_puts_nothing_on_top(prompt):
    assert not any(kind == "on_top_of" for _, kind, _ in relations(prompt))


@pytest.mark.parametrize("prompt, facing", [
    ("a tractor turning left", "left"),
    ("a man looking right", "right"),
])
def test_a_bare_side_after_a_turn_is_still_a_facing(prompt, facing):
    spec = parse(prompt)
    assert [e.facing for e in spec.entities] == [facing] and not spec.relations


@pytest.mark.parametrize("prompt, expected", [
    ("Look under a table and you'll find a cat", ("cat", "under", "table")),
    ("peer beneath a wheelbarrow and you will see a hedgehog", ("hedgehog", "under", "wheelbarrow")),
    ("A trampoline, a spaniel sitting on the ground beneath it", ("spaniel", "under", "trampoline")),
    ("A bench with a kitten on the floor below it", ("kitten", "under", "bench")),
    ("a bed with a cat hiding underneath", ("cat", "under", "bed")),
])
def test_a_thing_below_another(prompt, expected):
    assert expected in relations(prompt)


@pytest.mark.parametrize("prompt, kind", [
    ("one suitcase lying on top of another", "on_top_of"),
    ("one bucket stacked on another", "on_top_of"),
    ("one armchair directly in front of another", "in_front_of"),
    ("one lantern just to the left of another", "left_of"),
    ("one canoe set behind another, on a lake", "behind"),
    ("one garden chair directly in front of another", "in_front_of"),
    ("one travel trunk lying on top of another", "on_top_of"),
    ("one hay bale resting on another", "on_top_of"),
    ("one red suitcase on another", "on_top_of"),
])
def test_one_thing_placed_from_another_of_its_kind(prompt, kind):
    spec = parse(prompt)
    assert len(spec.entities) == 2 and len({e.noun for e in spec.entities}) == 1
    first, second = (e.ref for e in spec.entities)
    assert (first, kind, second) in relations(prompt)


@pytest.mark.parametrize("prompt", [
    "two crates, one sitting on the other",
    "two buckets, one resting on top of the other",
])
def test_two_of_a_kind_one_sitting_on_the_other_are_a_stack(prompt):
    (entity,) = parse(prompt).entities
    assert entity.count == 2 and entity.arrangement == "stack"


def test_two_of_a_kind_one_lying_behind_the_other():
    spec = parse("two kayaks, one lying behind the other")
    assert len(spec.entities) == 2
    first, second = (e.ref for e in spec.entities)
    assert (first, "behind", second) in relations("two kayaks, one lying behind the other")


def test_a_campfire_ringed_round_with_stones_keeps_its_ring():
    assert ("stone", "around", "campfire") in relations("A campfire ringed round with stones.")


def test_a_thing_either_side_of_a_post_are_two():
    spec = parse("a post with a goat either side")
    (middle, sides) = next(iter(between("a post with a goat either side")))
    assert middle == "post" and len(sides) == 2 and len(spec.entities) == 3


def test_hiding_underneath_hides_nothing():
    assert not any(kind == "hidden_by" for _, kind, _ in relations("a bed with a cat hiding underneath"))


def test_a_thing_that_can_be_seen_behind_another_is_behind_it():
    assert ("mule", "behind", "van") in relations("a mule can be seen behind a van")


def test_across_on_the_right_is_only_a_side():
    rels = relations("a goat on the left of the picture, and a goose across on the right")
    assert {("goat", "left_side", None), ("goose", "right_side", None)} <= rels
    assert not any(kind == "near" for _, kind, _ in rels)


def test_furthest_left_and_right_are_the_sides_and_no_word_of_the_noun():
    spec = parse("a bin furthest left, a cart furthest right and a pram in between")
    assert {e.noun for e in spec.entities} == {"bin", "cart", "pram"}
    assert {("bin", "left_side", None), ("cart", "right_side", None)} <= relations(
        "a bin furthest left, a cart furthest right and a pram in between")


def test_a_pair_one_on_the_other_after_another_group_piles_only_the_pair():
    spec = parse("A crowd of nine hikers, and two books, one sitting on the other, and tulips in three rows")
    books = next(e for e in spec.entities if e.noun == "book")
    assert books.count == 2 and books.arrangement == "stack"
    assert not any(r.kind == "on_top_of" and r.object == "hiker" for r in spec.relations)
