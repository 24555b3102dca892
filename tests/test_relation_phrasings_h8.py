"""Still more ways of saying where the camera is and how things stand: a camera held high and
pointing down (in a learner's words too), a view from behind asked as a question, the camera at
one end of the scene as an onlooker there sees it, a close-up said as the thing filling the page,
a wide shot said as things small and far off, a theatre's blocking sides (house and stage), bare
verbs of turning and going, and a count said twice ("two geese, both of them ...").

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


# 1. The camera

@pytest.mark.parametrize("prompt", [
    "A kettle and a mug, the camera is up high and points straight down",
    "a wombat beside a crate, the camera is up high and look right down",
    "Two hens on a lawn; the camera sits overhead, aimed directly down.",
    "The camera is mounted high and looks down on a badger.",
])
def test_camera_held_high_and_pointing_down(prompt):
    assert parse(prompt).camera.view == "top"


@pytest.mark.parametrize("prompt", [
    "Would you paint a llama from behind?",
    "Can we see the tractor from the back!",
])
def test_from_behind_closing_a_question(prompt):
    assert parse(prompt).camera.view == "back"


@pytest.mark.parametrize("prompt, view", [
    ("A kettle and a wombat as viewed by a person stood at the left end of the scene", "left"),
    ("a mule and a cart, as seen by an onlooker standing at the far right-hand end of this set", "right"),
    ("Might the camera stand off on the right of our scene, looking across sideways at a tractor?", "right"),
    ("The camera sit off over on the left of the set, looking across at two owls.", "left"),
])
def test_camera_at_one_end_of_the_scene(prompt, view):
    spec = parse(prompt)
    assert spec.camera.view == view
    assert not any(r.kind in ("left_side", "right_side") for r in spec.relations)


@pytest.mark.parametrize("prompt, thing", [
    ("Paint a teapot nice and big so that it fills up the entire page.", "teapot"),
    ("Draw an owl really large so that it fills the whole sheet", "owl"),
    ("A photo of a lemon, so close it fills all the picture", "lemon"),
    ("A trumpet, it fill all the frame", "trumpet"),
])
def test_close_up_said_as_filling_the_page(prompt, thing):
    spec = parse(prompt)
    assert spec.camera.shot == "close_up"
    assert [e.ref for e in spec.entities] == [thing]


@pytest.mark.parametrize("prompt", [
    "A yak and a windmill, tiny and far off, on an enormous bare plain",
    "Paint two camels really small and very far away in a vast desert.",
    "A lighthouse shown from really far away, everything tiny.",
    "A rowing boat, far off and quite small, on a wide grey sea",
    "A windmill viewed from far, far away",
])
def test_wide_shot_said_as_small_and_far_off(prompt):
    spec = parse(prompt)
    assert spec.camera.shot == "wide"
    assert not any(r.kind in ("behind", "in_front_of") for r in spec.relations)


# 2. A theatre's blocking

@pytest.mark.parametrize("prompt, thing, kind", [
    ("Blocking memo: the butler far house left (to the house's left).", "butler", "left_side"),
    ("Direction: the wardrobe audience right.", "wardrobe", "right_side"),
    ("The maid waits stage left.", "maid", "right_side"),  # the actor's left: the picture's right
    ("A throne placed stage right, near the back.", "throne", "left_side"),
])
def test_house_and_stage_sides(prompt, thing, kind):
    assert (thing, kind, None) in relations(prompt)
    assert refs(prompt)[0] == thing


def test_a_house_left_of_something_is_a_house():
    assert ("house", "left_of", "windmill") in relations("A house left of a windmill.")


def test_facing_stage_left_faces_the_pictures_right():
    assert entity("A sentry at house left, facing stage left.", "sentry").facing == "right"


# 3. Facing, in a learner's words

@pytest.mark.parametrize("prompt, thing, facing", [
    ("The pony is turn away from the camera, only its back shows.", "pony", "away"),
    ("The tractor is drive to the right side, pastel colours", "tractor", "right"),
    ("My goat is walk to the left.", "goat", "left"),
])
def test_bare_verbs_of_turning_and_going(prompt, thing, facing):
    assert entity(prompt, thing).facing == facing


@pytest.mark.parametrize("prompt, thing, count, facing", [
    ("Please paint three owls, all of them facing left", "owl", 3, "left"),
    ("Can you draw two cyclists, both of them turned right?", "cyclist", 2, "right"),
])
def test_a_count_said_again_after_the_things(prompt, thing, count, facing):
    spec = parse(prompt)
    assert [e.ref for e in spec.entities] == [thing]
    assert spec.entities[0].count == count and spec.entities[0].facing == facing


# 4. Depth said with "more"

@pytest.mark.parametrize("prompt, front, back", [
    ("The kettle is more near to the camera, the toaster more far.", "kettle", "toaster"),
    ("A goat is more close to the lens than a wheelbarrow", "goat", "wheelbarrow"),
    ("A wheelbarrow is more far from the camera than a goat", "goat", "wheelbarrow"),
])
def test_depth_said_with_more(prompt, front, back):
    found = relations(prompt)
    assert (front, "in_front_of", back) in found or (back, "behind", front) in found


# 5. Hidden, said by what we see

@pytest.mark.parametrize("prompt, hidden, hider", [
    ("A badger is behind the shed, so we can only see a bit of it.", "badger", "shed"),
    ("Put the lorry in front of the scarecrow so that it hides most of it.", "scarecrow", "lorry"),
    ("Place a wardrobe in front of Magnus, and it blocks most of him", "Magnus", "wardrobe"),
    ("I could hardly see the windmill, the tractor was in the way.", "windmill", "tractor"),
    ("We couldn't see much of Ottilie because a big sofa was in front of her", "Ottilie", "sofa"),
])
def test_hidden_said_by_what_we_see(prompt, hidden, hider):
    found = relations(prompt)
    assert (hidden, "hidden_by", hider) in found
    assert (hider, "hidden_by", hidden) not in found


# 6. Around, said as a walk round it

@pytest.mark.parametrize("prompt, ring, centre", [
    ("Stroll around the bandstand and you'll meet eight pigeons set out in a ring.", "pigeon", "bandstand"),
    ("Go round the maypole and you will pass four dancers in a circle", "dancer", "maypole"),
])
def test_a_ring_met_on_a_walk_round_it(prompt, ring, centre):
    assert (ring, "around", centre) in relations(prompt)


# 7. Arrangements and members of a group

@pytest.mark.parametrize("prompt, thing, count, rows", [
    ("Plums in a tidy block, three rows of two each, on a tray.", "plum", 6, 3),
    ("Nine hay bales in a neat block, three rows of three each", "hay bale", 9, 3),
    ("Lettuces in a compact grid: two rows of five apiece", "lettuce", 10, 2),
])
def test_a_block_of_rows(prompt, thing, count, rows):
    e = entity(prompt, thing)
    assert (e.count, e.rows, e.arrangement) == (count, rows, "grid")
    assert refs(prompt)[0] == thing and "block" not in refs(prompt)


@pytest.mark.parametrize("prompt", [
    "A barrel with a lid on it. Eleven gulls dotted all over the place and in no special order.",
    "A stool beside a drum, and toddlers scattered all over the picture with no particular pattern",
])
def test_scattered_all_over_is_over_nothing(prompt):
    assert not any(r.kind == "on_top_of" and r.subject in ("gull", "toddler") for r in parse(prompt).relations)


@pytest.mark.parametrize("prompt, facings", [
    ("Two otters beside each other, the left one looking left, the right one looking right.", ["left", "right"]),
    ("Two lambs close together, the left-hand one turned right, the right-hand one turned left",
     ["right", "left"]),
    ("Three herons in a row: the left one turned right, the middle one looking at us, the right one turned left.",
     ["right", "camera", "left"]),
])
def test_the_left_one_and_the_right_one(prompt, facings):
    spec = parse(prompt)
    order = {r.subject: r.object for r in spec.relations if r.phrase == "in a row"}
    first = next(e.ref for e in spec.entities if e.ref not in order.values())
    seen = [first]
    while seen[-1] in order:
        seen.append(order[seen[-1]])
    assert [entity(prompt, ref).facing for ref in seen] == facings


@pytest.mark.parametrize("prompt, kind", [
    ("Two barrels, one of them just in front of the other one.", "in_front_of"),
    ("Two wheelbarrows, one of the pair just behind the other", "behind"),
])
def test_one_of_them_placed_from_the_other(prompt, kind):
    spec = parse(prompt)
    assert len(spec.entities) == 2 and all(e.count == 1 for e in spec.entities)
    first, second = (e.ref for e in spec.entities)
    assert (first, kind, second) in relations(prompt)


@pytest.mark.parametrize("prompt, subject, kind, other", [
    ("A postman walks to the right of a hedge.", "postman", "right_of", "hedge"),
    ("A pony trotting to the left of a caravan", "pony", "left_of", "caravan"),
])
def test_going_to_a_side_of_a_thing_is_beside_it(prompt, subject, kind, other):
    assert (subject, kind, other) in relations(prompt)


@pytest.mark.parametrize("prompt", [
    "A windmill on a hill, from low down, looking up, at sunrise.",
    "Three geese in a paddock, camera close to the ground, tilted upwards",
    "A giraffe, the camera right by the floor and aimed up",
])
def test_a_low_camera_looking_up(prompt):
    spec = parse(prompt)
    assert spec.camera.elevation_deg is not None and spec.camera.elevation_deg < 0


def test_near_the_ground_said_of_a_thing_is_no_camera():
    assert parse("A hedgehog curled up near the ground").camera.elevation_deg is None


@pytest.mark.parametrize("prompt, hidden, hider", [
    ("A stoat behind a log pile, with just a bit of it showing past the pile.", "stoat", "log pile"),
    ("Bartholomew behind the wardrobe, just a little of him peeking out", "Bartholomew", "wardrobe"),
])
def test_behind_with_only_a_bit_showing(prompt, hidden, hider):
    assert (hidden, "hidden_by", hider) in relations(prompt)


@pytest.mark.parametrize("prompt, thing, facings", [
    ("Three llamas in a line, every one facing us apart from the middle one, which faces away.", "llama",
     ["camera", "away", "camera"]),
    ("Four ducks in a row, every one facing left other than the last one, which faces right", "duck",
     ["left", "right"]),
])
def test_all_but_one_said_with_apart_from(prompt, thing, facings):
    spec = parse(prompt)
    assert [e.facing for e in spec.entities if e.noun == thing] == facings


def test_behind_then_we_see_only_a_little_of_it_after_a_comma():
    assert ("heron", "hidden_by", "reeds") in relations("The heron is behind the reeds, we only see a little of it.")


def test_a_learners_bare_verb_needs_a_way_said_not_a_thing_after_it() -> None:
    spec = parse("seven go-karts standing in a single line")
    assert [(e.noun, e.count) for e in spec.entities] == [("go kart", 7)]
    assert not [r for r in spec.relations if r.kind == "facing_toward"]
