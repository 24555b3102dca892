"""Yet more ways of saying where things are: a thing on another's top surface, the near side of a
thing, hiding said as what can be seen or how much is hidden, the middle of the stage, facing the
viewer or turning one's rear to it, a side view said by the scene's side, a ring with a thing at its
hub, a count said after the things, things close together, an order said as what comes first, and a
request to move a named person.

Every sentence here is written for this test; none comes from the benchmarks."""

from __future__ import annotations

import pytest

from crews.spatial.parse import parse


def relations(prompt: str) -> set[tuple]:
    return {(r.subject, r.kind, r.object) for r in parse(prompt).relations}


def refs(prompt: str) -> list[str]:
    return [e.ref for e in parse(prompt).entities]


@pytest.mark.parametrize("prompt, thing, support", [
    ("A sideboard, a fruit bowl on its top surface", "fruit bowl", "sideboard"),
    ("a sewing machine, a pincushion on its upper surface", "pincushion", "sewing machine"),
    ("A piano stool with Ottoline's cat on its top surface", "cat", "piano stool"),
    ("a tea chest, a brass kettle on its flat top surface", "brass kettle", "tea chest"),
])
def test_a_thing_on_the_top_surface_of_another(prompt, thing, support):
    assert (thing, "on_top_of", support) in relations(prompt)
    assert "surface" not in " ".join(refs(prompt))


@pytest.mark.parametrize("prompt, near, far", [
    ("a wheelbarrow on this side of a greenhouse, nearer the viewer", "wheelbarrow", "greenhouse"),
    ("Bartholomew on this side of a garden shed, closer to the camera", "Bartholomew", "garden shed"),
    ("a rocking horse on the near side of a bookcase", "rocking horse", "bookcase"),
    ("a lawn mower nearer the camera than a beehive", "lawn mower", "beehive"),
    ("a tea chest this side of a dresser", "tea chest", "dresser"),
    ("Ottoline on our side of a garden wall", "Ottoline", "garden wall"),
    ("a milk churn on the side of a haywain nearest the camera", "milk churn", "haywain"),
])
def test_the_near_side_of_a_thing_is_in_front_of_it(prompt, near, far):
    rels = relations(prompt)
    assert (near, "in_front_of", far) in rels
    assert {r for r in rels if r[1] != "in_front_of"} == set()


@pytest.mark.parametrize("prompt, hidden, front", [
    ("We can only see part of a windmill because a haystack is in the way", "windmill", "haystack"),
    ("you can only see part of Ottoline because a grand piano is in the way", "Ottoline", "grand piano"),
    ("We only see half of a scarecrow as a tractor stands in the way", "scarecrow", "tractor"),
    ("a fire engine hiding half of a lighthouse", "lighthouse", "fire engine"),
    ("A haystack covers part of a wheelbarrow", "wheelbarrow", "haystack"),
    ("a garden shed hiding half of Bartholomew", "Bartholomew", "garden shed"),
    ("a post box, mostly out of sight behind a phone box", "post box", "phone box"),
    ("a windmill behind a haystack, only partly visible", "windmill", "haystack"),
    ("a rocking chair behind Ottoline, only partly visible", "rocking chair", "Ottoline"),
    ("Only part of a camper van is visible because a hedgehog house is in the way", "camper van", "hedgehog house"),
    ("Part of Bartholomew is hidden as a sofa stands in front of him", "Bartholomew", "sofa"),
    ("a beehive hidden halfway behind a wheelbarrow", "beehive", "wheelbarrow"),
    ("a camper van behind a garden wall, half hidden", "camper van", "garden wall"),
])
def test_a_thing_partly_hidden_said_as_what_shows(prompt, hidden, front):
    assert (hidden, "hidden_by", front) in relations(prompt)
    assert "way" not in parse(prompt).style


@pytest.mark.parametrize("prompt, thing", [
    ("a harpsichord centre stage in the frame", "harpsichord"),
    ("a rocking horse center stage", "rocking horse"),
    ("Ottoline centre-stage in the picture", "Ottoline"),
    ("a spinning wheel at the centre point of the image", "spinning wheel"),
    ("Bartholomew, central composition", "Bartholomew"),
    ("A sleepy badger, centred composition, watercolour", "badger"),
])
def test_centre_stage_is_the_middle_of_the_picture(prompt, thing):
    assert refs(prompt) == [thing]
    assert (thing, "center", None) in relations(prompt)


@pytest.mark.parametrize("prompt, thing, facing", [
    ("a llama face-on to the viewer", "llama", "camera"),
    ("a fire engine face-on to the camera", "fire engine", "camera"),
    ("Bartholomew face on to the lens", "Bartholomew", "camera"),
    ("a tractor with its rear end to the camera", "tractor", "away"),
    ("a camper van with its back end to the viewer", "camper van", "away"),
    ("Ottoline with her hindquarters to the camera", "Ottoline", "away"),
    ("a sea lion looking away from the viewer", "sea lion", "away"),
    ("a milk float rear-on to the camera", "milk float", "away"),
    ("a donkey showing us its rump", "donkey", "away"),
    ("Bartholomew presenting the camera with his back", "Bartholomew", "away"),
])
def test_facing_the_viewer_or_turned_away(prompt, thing, facing):
    spec = parse(prompt)
    assert [e.ref for e in spec.entities] == [thing]
    assert spec.entity(thing).facing == facing


@pytest.mark.parametrize("prompt, view", [
    ("a side view of a canoe and a heron from the right of the scene", "right"),
    ("a side view of a fire engine and Bartholomew from the left of the scene", "left"),
    ("a tractor and a haystack, viewed from the right side of the stage", "right"),
])
def test_a_side_view_from_the_scenes_side_is_where_the_camera_stands(prompt, view):
    spec = parse(prompt)
    assert spec.camera.view == view
    assert not [r for r in spec.relations if r.kind in ("left_side", "right_side")]


@pytest.mark.parametrize("prompt, ring, centre, count", [
    ("a maypole at the hub of a ring of seven dancers", "dancer", "maypole", 7),
    ("a bird bath at the heart of a circle of five pigeons", "pigeon", "bird bath", 5),
    ("Ottoline at the hub of a ring of six geese", "goose", "Ottoline", 6),
    ("eight lanterns evenly spaced around a garden bench", "lantern", "garden bench", 8),
    ("five ponies standing round Bartholomew, forming a circle", "pony", "Bartholomew", 5),
    ("six stools standing round a grand piano, forming a circle", "stool", "grand piano", 6),
    ("A bird bath with five robins all around it in a loop", "robin", "bird bath", 5),
])
def test_a_ring_round_a_thing(prompt, ring, centre, count):
    spec = parse(prompt)
    assert (ring, "around", centre) in relations(prompt)
    assert spec.entity(ring).count == count
    assert spec.entity(ring).ring or (ring, "around", centre) in relations(prompt)
    assert not spec.entity(centre).ring


@pytest.mark.parametrize("prompt, thing, count", [
    ("Teapots: five of them", "teapot", 5),
    ("Picture: wheelbarrows: three of them", "wheelbarrow", 3),
    ("A photo of rocking chairs: four of them", "rocking chair", 4),
    ("Seven pumpkins as well as two scarecrows", "pumpkin", 7),
    ("garden gnomes, numbering six, around a pond", "garden gnome", 6),
    ("Candlesticks, four in number, on a mantelpiece", "candlestick", 4),
])
def test_a_count_said_after_the_things(prompt, thing, count):
    spec = parse(prompt)
    assert spec.entity(thing).count == count
    assert not spec.entity(thing).proper


@pytest.mark.parametrize("prompt, expected", [
    ("a llama and a wheelbarrow close together", ("wheelbarrow", "near", "llama")),
    ("Ottoline and a grand piano very close together", ("grand piano", "near", "Ottoline")),
    ("a fire engine comes first from the left, then a lighthouse", ("fire engine", "left_of", "lighthouse")),
    ("a kettle comes first from the right, then Bartholomew", ("Bartholomew", "left_of", "kettle")),
    ("a rocking horse and, further left, a toy box", ("toy box", "left_of", "rocking horse")),
    ("a rocking horse and, a little further to the left, a toy box", ("toy box", "left_of", "rocking horse")),
    ("Ottoline and, farther off to the right, a harp", ("harp", "right_of", "Ottoline")),
    ("First from the left is a lawn mower, then a beehive", ("lawn mower", "left_of", "beehive")),
    ("From the right, Ottoline comes first, then a harp", ("harp", "left_of", "Ottoline")),
    ("Starting from the left: a hay bale, then a milk churn", ("hay bale", "left_of", "milk churn")),
    ("Counting from the right, Bartholomew, then a sundial", ("sundial", "left_of", "Bartholomew")),
])
def test_closeness_and_order(prompt, expected):
    spec = parse(prompt)
    assert expected in relations(prompt)
    assert {e.ref for e in spec.entities} == {expected[0], expected[2]}
    assert spec.camera.view == "front"


def test_an_order_of_three_said_as_what_comes_first():
    rels = relations("a teapot comes first from the left, followed by a sugar bowl and then a milk jug")
    assert {("teapot", "left_of", "sugar bowl"), ("sugar bowl", "left_of", "milk jug")} <= rels


@pytest.mark.parametrize("prompt, name, side", [
    ("Move Ottoline to the left side of the image", "Ottoline", "left_side"),
    ("Shift Bartholomew to the right side of the picture", "Bartholomew", "right_side"),
    ("Visualise Ottoline on the left", "Ottoline", "left_side"),
])
def test_a_request_to_move_a_named_person(prompt, name, side):
    assert refs(prompt) == [name]
    assert (name, side, None) in relations(prompt)


@pytest.mark.parametrize("prompt", [
    "A heron located behind a rowing boat from the viewer's position",
    "a heron behind a rowing boat, from our perspective",
])
def test_the_viewers_position_is_no_thing(prompt):
    assert refs(prompt) == ["heron", "rowing boat"]
    assert ("heron", "behind", "rowing boat") in relations(prompt)


def test_a_side_from_our_point_of_view_is_no_thing():
    prompt = "Bartholomew, with a wheelbarrow to the left of him from our point of view"
    assert set(refs(prompt)) == {"Bartholomew", "wheelbarrow"}
    assert ("wheelbarrow", "left_of", "Bartholomew") in relations(prompt)


@pytest.mark.parametrize("prompt, expected, not_expected", [
    ("A harp and a rocking chair, the harp on the left", ("harp", "left_of", "rocking chair"),
     ("rocking chair", "left_side", None)),
    ("A milk churn and Ottoline, the milk churn on the right", ("milk churn", "right_of", "Ottoline"),
     ("Ottoline", "right_side", None)),
    ("a spaniel and a tabby cat, the spaniel asleep on a rug", ("spaniel", "on_top_of", "rug"),
     ("cat", "on_top_of", "rug")),
])
def test_one_of_a_pair_singled_out_is_placed_alone(prompt, expected, not_expected):
    rels = relations(prompt)
    assert expected in rels
    assert not_expected not in rels


def test_a_thing_shot_from_high_overhead_is_kept():
    spec = parse("a wheelbarrow and a hedgehog shot from high overhead")
    assert [e.ref for e in spec.entities] == ["wheelbarrow", "hedgehog"]
    assert spec.camera.view == "top"


@pytest.mark.parametrize("prompt, things", [
    ("A picture with three teapots and two lanterns in it", {"teapot": 3, "lantern": 2}),
    ("Paint a scene with five garden gnomes and Ottoline in it", {"garden gnome": 5, "Ottoline": 1}),
])
def test_the_picture_the_things_are_in_is_no_support(prompt, things):
    spec = parse(prompt)
    assert {e.ref: e.count for e in spec.entities} == things
    assert not spec.relations


@pytest.mark.parametrize("prompt, expected", [
    ("A hay cart sits further right in the frame than a scarecrow", ("hay cart", "right_of", "scarecrow")),
    ("A teapot and a sugar bowl, with the teapot nearer the left edge of the picture",
     ("teapot", "left_of", "sugar bowl")),
    ("A lighthouse, with a rowing boat a short way off to the left as we look at it",
     ("rowing boat", "left_of", "lighthouse")),
    ("A harp with a spaniel a few feet away on the viewer's right", ("spaniel", "right_of", "harp")),
    ("I want a shot looking past Ottoline toward a windmill", ("Ottoline", "in_front_of", "windmill")),
    ("A hamster balanced on a bar stool", ("hamster", "on_top_of", "bar stool")),
    ("A candle perched up on top of a tea chest", ("candle", "on_top_of", "tea chest")),
    ("Bartholomew perched on top of a gatepost", ("Bartholomew", "on_top_of", "gatepost")),
    ("A teapot and a milk jug, only a few centimetres apart", ("milk jug", "near", "teapot")),
    ("Ottoline and a harp bunched together", ("harp", "near", "Ottoline")),
    ("a tea chest and a sea chest practically side by side, no space in between", ("sea chest", "near", "tea chest")),
    ("Bartholomew only a hand's width from a grand piano", ("Bartholomew", "near", "grand piano")),
])
def test_more_ways_of_saying_where(prompt, expected):
    assert expected in relations(prompt)


@pytest.mark.parametrize("prompt, thing", [
    ("Centre frame: a spinning wheel", "spinning wheel"),
    ("A sundial occupying the middle of the frame, nothing else around", "sundial"),
])
def test_the_middle_of_the_frame_said_otherwise(prompt, thing):
    assert (thing, "center", None) in relations(prompt)


def test_a_thing_with_one_of_a_pair_on_each_side_of_the_picture():
    spec = parse("A bird bath with a gnome to the left and another gnome to the right")
    between = [r for r in spec.relations if r.kind == "between"]
    assert len(between) == 1 and between[0].subject == "bird bath"
    assert sum(e.count for e in spec.entities if e.noun == "gnome") == 2


@pytest.mark.parametrize("prompt, sides", [
    ("Put a lantern left and Ottoline right", {"lantern": "left_side", "Ottoline": "right_side"}),
])
def test_a_name_with_a_bare_side(prompt, sides):
    spec = parse(prompt)
    assert {r.subject: r.kind for r in spec.relations} == sides


@pytest.mark.parametrize("prompt, things", [
    ("A scene containing three teapots and four lanterns", {"teapot": 3, "lantern": 4}),
    ("Wheelbarrows, three in all", {"wheelbarrow": 3}),
])
def test_counts_said_of_the_scene(prompt, things):
    spec = parse(prompt)
    assert {e.ref: e.count for e in spec.entities} == things
    assert not spec.relations
    assert not any(e.proper for e in spec.entities)


def test_a_group_bunched_together_stays_one_group():
    spec = parse("five sheep bunched together")
    assert [(e.ref, e.count) for e in spec.entities] == [("sheep", 5)]


@pytest.mark.parametrize("prompt, expected", [
    ("I want a teapot and a hamster next to each other", ("hamster", "near", "teapot")),
    ("We'd like Ottoline and a harp close together", ("harp", "near", "Ottoline")),
])
def test_a_wish_opening_the_prompt_names_nothing(prompt, expected):
    assert expected in relations(prompt)
    assert len(parse(prompt).entities) == 2


def test_all_of_the_things_said_on_one_support():
    rels = relations("A sugar bowl between a milk jug and a teapot, all on a tea tray")
    assert {("sugar bowl", "on_top_of", "tea tray"), ("milk jug", "on_top_of", "tea tray"),
            ("teapot", "on_top_of", "tea tray")} <= rels


@pytest.mark.parametrize("prompt, thing, facing", [
    ("a llama showing its back to the viewer", "llama", "away"),
    ("a teapot with its spout pointing left", "teapot", "left"),
    ("Ottoline, her gaze turned to the right", "Ottoline", "right"),
])
def test_more_ways_of_facing(prompt, thing, facing):
    spec = parse(prompt)
    assert [e.ref for e in spec.entities] == [thing]
    assert spec.entity(thing).facing == facing


def test_slap_bang_in_the_middle():
    assert relations("a spinning wheel slap bang in the middle of the picture") == {("spinning wheel", "center", None)}


def test_a_pair_side_by_side_after_a_comma():
    assert ("harp", "near", "grand piano") in relations("a harp and a grand piano, side by side") or \
        ("grand piano", "near", "harp") in relations("a harp and a grand piano, side by side")


@pytest.mark.parametrize("prompt, hidden, front", [
    ("a hay cart parked behind a barn, out of view for the most part", "hay cart", "barn"),
    ("only the top of a caravan shows above a hedge", "caravan", "hedge"),
])
def test_hidden_said_as_what_little_shows(prompt, hidden, front):
    assert relations(prompt) == {(hidden, "hidden_by", front)}


@pytest.mark.parametrize("prompt, middle", [
    ("a sugar bowl, one teacup to its left and another to its right", "sugar bowl"),
    ("Ottoline flanked on both sides by lanterns", "Ottoline"),
])
def test_one_on_each_side_said_otherwise(prompt, middle):
    spec = parse(prompt)
    between = [r for r in spec.relations if r.kind == "between"]
    assert [r.subject for r in between] == [middle]
    assert len(spec.relations) == 1


def test_a_ring_with_one_on_each_side():
    spec = parse("four stools placed around a card table, one on each side")
    assert [(e.ref, e.count) for e in spec.entities] == [("stool", 4), ("card table", 1)]
    assert relations("four stools placed around a card table, one on each side") == {("stool", "around", "card table")}


def test_a_view_from_low_down():
    assert parse("a view from low down of a windmill").camera.elevation_deg < 0


def test_depth_said_as_a_greater_distance():
    assert relations("a hay cart at a greater distance from the camera than a scarecrow") == {
        ("hay cart", "behind", "scarecrow")}


@pytest.mark.parametrize("prompt, things", [
    ("teacups (five of them)", {"teacup": 5}),
    ("Wheelbarrows: 3", {"wheelbarrow": 3}),
    ("garden gnomes x4", {"garden gnome": 4}),
    ("6x lanterns", {"lantern": 6}),
    ("Count: seven pumpkins", {"pumpkin": 7}),
    ("a group made up of five scarecrows", {"scarecrow": 5}),
    ("four lanterns in addition to two teapots", {"lantern": 4, "teapot": 2}),
    ("five lanterns, each one different", {"lantern": 5}),
])
def test_counts_said_as_labels_and_lists(prompt, things):
    spec = parse(prompt)
    assert {e.ref: e.count for e in spec.entities} == things
    assert not any(e.proper for e in spec.entities)


@pytest.mark.parametrize("prompt, view, high", [
    ("the camera sits to the right of a spinning wheel", "right", False),
    ("a spinning wheel seen from up high", "front", True),
    ("a spinning wheel from a high vantage point", "front", True),
    ("a spinning wheel viewed from behind and slightly above", "back", True),
])
def test_where_the_camera_stands_said_otherwise(prompt, view, high):
    spec = parse(prompt)
    assert [e.ref for e in spec.entities] == ["spinning wheel"]
    assert spec.camera.view == view
    assert (spec.camera.elevation_deg or 0) > 30 if high else spec.camera.elevation_deg is None


@pytest.mark.parametrize("prompt, middle, sides", [
    ("a harp on one side, a lantern on the other, and a spinning wheel in the middle", "spinning wheel",
     {"harp", "lantern"}),
    ("Ottoline in the middle, a rocking horse to her left and a toy box to her right", "Ottoline",
     {"rocking horse", "toy box"}),
])
def test_the_middle_one_of_three_said_last_or_first(prompt, middle, sides):
    spec = parse(prompt)
    assert [(r.subject, {r.object, r.object2}) for r in spec.relations if r.kind == "between"] == [(middle, sides)]
