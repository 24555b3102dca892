"""The spatial parser on members picked out by position, camera views said from a side, and
nouns the small tagger misreads. Sentences written for this file, none from the benchmarks."""

import pytest

from crews.spatial.parse import parse


def entities(prompt: str) -> list[tuple[str, int, str | None]]:
    return [(e.noun, e.count, e.facing) for e in parse(prompt).entities]


@pytest.mark.parametrize("prompt", [
    "four scarecrows in a row, the rightmost faces left",
    "four scarecrows in a row, the rightmost one is facing left",
    "four scarecrows in a row, the last faces left",
])
def test_the_rightmost_member_faces_its_own_way(prompt):
    assert entities(prompt) == [("scarecrow", 3, None), ("scarecrow", 1, "left")]


def test_the_leftmost_in_a_place_phrase_is_still_the_far_side_of_the_picture():
    spec = parse("a kettle in the leftmost part of the picture")
    assert [(r.subject, r.kind) for r in spec.relations] == [("kettle", "left_side")]


@pytest.mark.parametrize("prompt", [
    "two goats, one facing left and the other facing right",
    "two goats: one looks left, the other looks right",
])
def test_one_and_the_other_split_a_pair(prompt):
    assert entities(prompt) == [("goat", 1, "left"), ("goat", 1, "right")]


def test_one_of_each_in_its_own_place():
    spec = parse("two cyclists, one beside a kiosk and the other behind a van")
    relations = {(r.subject, r.kind, r.object) for r in spec.relations}
    assert {("cyclist", "near", "kiosk"), ("cyclist#2", "behind", "van")} <= relations


@pytest.mark.parametrize("prompt", ["two suitcases, on top of each other", "three suitcases, one on top of another",
                                    "two suitcases, one on the other"])
def test_a_stack_said_after_a_comma(prompt):
    [suitcase] = parse(prompt).entities
    assert suitcase.arrangement == "stack"


def test_towards_the_centre_is_neither_a_member_nor_a_setting():
    spec = parse("five stools in a circle, all turned towards the centre")
    assert [(e.noun, e.count) for e in spec.entities] == [("stool", 5)]
    assert spec.setting is None


@pytest.mark.parametrize("prompt, view, shot", [
    ("a scooter and a mailbox, as seen from its right", "right", "default"),
    ("a scooter and a mailbox seen from the mailbox's left", "left", "default"),
    ("a scooter and a mailbox, from their left side", "left", "default"),
    ("a scooter and a mailbox, the camera is to the right of the scene", "right", "default"),
    ("a scooter with the camera placed to the right", "right", "default"),
    ("a scooter and a mailbox, from behind them", "back", "default"),
    ("a scooter and a mailbox, from the front", "front", "default"),
    ("a scooter seen side-on", "left", "default"),
    ("a scooter and a mailbox, from a distance", "front", "wide"),
])
def test_views_said_from_a_side(prompt, view, shot):
    spec = parse(prompt)
    assert (spec.camera.view, spec.camera.shot) == (view, shot)
    assert spec.setting is None and "scooter" in [e.noun for e in spec.entities]


@pytest.mark.parametrize("prompt, names", [
    ("a sneaker set on top of a crate", ["sneaker", "crate"]),
    ("a watering can set on a bench", ["watering can", "bench"]),
    ("a tea set on a tray", ["tea set", "tray"]),
    ("six lantern posts around a fountain", ["lantern post", "fountain"]),
    ("a grain silo behind a barn", ["grain silo", "barn"]),
    ("a hot air balloon above a barn", ["hot air balloon", "barn"]),
    ("a knight in armour next to a squire", ["knight", "squire"]),
])
def test_nouns_the_tagger_misreads(prompt, names):
    spec = parse(prompt)
    assert [e.noun for e in spec.entities] == names
    assert not spec.style


@pytest.mark.parametrize("prompt, names, relation", [
    ("a kiosk and a cyclist side by side", [("kiosk", 1), ("cyclist", 1)], ("kiosk", "near", "cyclist")),
    ("a barrel and Leopold side by side", [("barrel", 1), ("Leopold", 1)], ("barrel", "near", "Leopold")),
])
def test_two_things_side_by_side_are_beside_each_other(prompt, names, relation):
    spec = parse(prompt)
    assert [(e.noun, e.count) for e in spec.entities] == names
    assert [(r.subject, r.kind, r.object) for r in spec.relations] == [relation]


@pytest.mark.parametrize("prompt", ["six herons side by side", "six herons lined up", "six herons in a straight line"])
def test_a_group_side_by_side_is_a_row(prompt):
    [heron] = parse(prompt).entities
    assert (heron.noun, heron.count, heron.arrangement) == ("heron", 6, "row")


def test_after_a_the_word_is_one_thing_as_written():
    [candelabra] = parse("a candelabra on a mantelpiece").entities[:1]
    assert (candelabra.noun, candelabra.count) == ("candelabra", 1)


@pytest.mark.parametrize("prompt, name", [
    ("a brass igloo", "igloo"), ("a chrome caravan", "caravan"),  # (a building or a vehicle of a metal: its look)
    ("a charcoal grey kayak", "kayak"), ("a burnt-orange kayak", "kayak"),
    ("a navy blue kayak", "kayak"),
    # dictionary names and things of a material stay whole
    ("a tin can", "tin can"), ("a paper bag", "paper bag"), ("a rubber duck", "rubber duck"),
    ("a wicker hamper", "wicker hamper"), ("a brass kettle", "brass kettle"), ("a pewter tankard", "pewter tankard"),
    ("a velvet armchair", "velvet armchair"),  # (a named stuff names a made thing; a metal its vessels and tools)
    ("an ice cream van", "ice cream van"), ("a log pile", "log pile"), ("a water bottle", "water bottle"),
])
def test_materials_and_colours_describe_the_thing(prompt, name):
    assert [e.noun for e in parse(prompt).entities] == [name]


@pytest.mark.parametrize("prompt, relation", [
    ("a plumber a pace to the left of a forklift", ("plumber", "left_of", "forklift")),
    ("a goose two steps behind a gander", ("goose", "behind", "gander")),
    ("a tuba and, a few steps back, a harp", ("harp", "behind", "tuba")),
    ("a tuba, and a little further left, a harp", ("harp", "left_of", "tuba")),
])
def test_distances_said_in_steps_are_not_things(prompt, relation):
    spec = parse(prompt)
    assert [(r.subject, r.kind, r.object) for r in spec.relations] == [relation]
    assert not {"pace", "step"} & {e.noun for e in spec.entities}


@pytest.mark.parametrize("prompt, names", [
    ("Philippa between a pair of wheelbarrows", ["Philippa", "wheelbarrow", "wheelbarrow"]),
    ("A tractor at left, Philippa at right", ["tractor", "Philippa"]),
    ("a scrawny mongoose beside a kiosk", ["mongoose", "kiosk"]),
    ("a photo of a fluffy mongoose beside a kiosk", ["mongoose", "kiosk"]),
    ("a heron on a kitchen island", ["heron", "kitchen island"]),
])
def test_words_the_small_tagger_takes_for_verbs_or_auxiliaries(prompt, names):
    assert [e.noun for e in parse(prompt).entities for _ in range(e.count)] == names


def test_a_coffee_shop_is_still_where_it_happens():
    spec = parse("a poodle in a coffee shop")
    assert [e.noun for e in spec.entities] == ["poodle"] and spec.setting == "shop"


def test_verb_forms_from_the_dictionary():
    from studio import wordnet

    assert all(wordnet.is_verb(w) for w in ("chased", "sat", "dozing", "chatted", "flies", "render"))
    assert not any(wordnet.is_verb(w) for w in ("warthog", "philippa", "mongoose"))


@pytest.mark.parametrize("prompt, relation", [
    ("a tuba snug against a harp", ("tuba", "near", "harp")),
    ("a goat keeps a shepherd company", ("goat", "near", "shepherd")),
    ("a tractor set against a backdrop of a silo", ("tractor", "in_front_of", "silo")),
    ("With a silo as a backdrop, a tractor", ("tractor", "in_front_of", "silo")),
])
def test_phrasings_of_near_and_in_front(prompt, relation):
    assert [(r.subject, r.kind, r.object) for r in parse(prompt).relations] == [relation]


@pytest.mark.parametrize("tail", ["shot on an iphone", "kodak portra 400", "35mm film photo", "shot with a 50mm lens",
                                  "cinematic color grade", "gouache on paper", "film still", "taken with a leica"])
def test_how_the_picture_was_made_is_style(tail):
    spec = parse(f"a tuba beside a harp, {tail}")
    assert [(e.noun, e.count) for e in spec.entities] == [("tuba", 1), ("harp", 1)]
    assert spec.style


@pytest.mark.parametrize("prompt, view", [("Front elevation of a barn", "front"),
                                          ("a shell photographed face-on", "front"),
                                          ("side elevation of a barn", "left")])
def test_elevations_and_face_on_are_views(prompt, view):
    spec = parse(prompt)
    assert spec.camera.view == view and len(spec.entities) == 1


@pytest.mark.parametrize("prompt", ["a scarecrow with one goose on either side",
                                    "a scarecrow with a goose on each side",
                                    "a scarecrow with two geese, one on each side"])
def test_one_on_either_side_makes_two_around_the_owner(prompt):
    spec = parse(prompt)
    assert sorted((e.noun, e.count) for e in spec.entities) == [("goose", 1), ("goose", 1), ("scarecrow", 1)]
    assert [(r.subject, r.kind) for r in spec.relations if r.kind == "between"] == [("scarecrow", "between")]


@pytest.mark.parametrize("prompt, names", [
    ("a lamp atop a chest of drawers", ["lamp", "chest of drawers"]),
    ("a cup of tea on a saucer", ["cup", "saucer"]),
    ("Show me a bunch of eight kayaks", ["kayak"] * 8),
    ("Show me a crane set back behind a paint can", ["crane", "paint can"]),
])
def test_requests_and_names_with_of(prompt, names):
    assert [e.noun for e in parse(prompt).entities for _ in range(e.count)] == names


@pytest.mark.parametrize("prompt, relation", [
    ("On the fire engine's right there's a mailbox", ("mailbox", "right_of", "fire engine")),
    ("a kayak with a buoy over on its right-hand side", ("buoy", "right_of", "kayak")),
    ("a bison up front and a windmill at the back", ("bison", "in_front_of", "windmill")),
    ("a haystack standing in the way, so we only see part of a tractor", ("tractor", "hidden_by", "haystack")),
    ("a goat glimpsed behind a shed", ("goat", "hidden_by", "shed")),
    ("a hedge cutting off part of a bench", ("bench", "hidden_by", "hedge")),
    ("a well with four buckets set all the way round it", ("bucket", "around", "well")),
    ("six lanterns huddled round a well", ("lantern", "around", "well")),
])
def test_more_phrasings_of_relations(prompt, relation):
    assert relation in [(r.subject, r.kind, r.object) for r in parse(prompt).relations]


def test_with_one_on_one_side_and_one_on_the_other_is_between():
    spec = parse("a scarecrow in the middle, with a crate on one side and a barrel on the other")
    assert ("scarecrow", "between", "crate", "barrel") in [(r.subject, r.kind, r.object, r.object2)
                                                            for r in spec.relations]


@pytest.mark.parametrize("prompt, side", [("a kettle toward the left of the composition, empty space to the right",
                                           "left_side"), ("a kettle, frame right, studio lighting", "right_side")])
def test_empty_space_is_no_second_side(prompt, side):
    spec = parse(prompt)
    assert [(r.subject, r.kind) for r in spec.relations] == [("kettle", side)] and spec.setting is None


@pytest.mark.parametrize("prompt, facing", [("a goat wandering off to the left", "left"),
                                            ("a wagon rolling off to the right", "right")])
def test_going_somewhere_faces_that_way(prompt, facing):
    [thing] = parse(prompt).entities
    assert thing.facing == facing


def test_a_rolling_pin_is_no_turn():
    assert [e.noun for e in parse("a rolling pin beside a bowl").entities] == ["rolling pin", "bowl"]


@pytest.mark.parametrize("prompt, view, shot", [
    ("Camera placed at the back of the scene, looking at a goat", "back", "default"),
    ("Camera standing off to the left of a goat, looking across at it", "left", "default"),
    ("a sailboat, tiny in the distance", "front", "wide"),
    ("a goat photographed from a long way off", "front", "wide"),
])
def test_where_the_camera_stands(prompt, view, shot):
    spec = parse(prompt)
    assert (spec.camera.view, spec.camera.shot) == (view, shot) and len(spec.entities) == 1


@pytest.mark.parametrize("prompt, ways", [("two wombats back to back", ["left", "right"]),
                                          ("a pair of ibises, looking out to either side", ["left", "right"])])
def test_back_to_back_faces_apart(prompt, ways):
    assert [e.facing for e in parse(prompt).entities] == ways


@pytest.mark.parametrize("prompt, count, rows", [
    ("bean bags laid out four to a row, two rows in all", 8, 2),
    ("twelve crates in a tidy grid, three deep and four across", 12, 3),
])
def test_grids_said_by_rows_and_depth(prompt, count, rows):
    [thing] = parse(prompt).entities
    assert (thing.count, thing.rows, thing.arrangement) == (count, rows, "grid")


def test_the_nearer_one_hides_the_other():
    spec = parse("two kiosks, the nearer one partly blocking our view of the other")
    assert [(r.subject, r.kind, r.object) for r in spec.relations] == [("kiosk#2", "hidden_by", "kiosk")]


def test_a_wobbly_stack_is_a_stack():
    [boxes] = parse("four hatboxes in a wobbly stack").entities
    assert boxes.arrangement == "stack"


@pytest.mark.parametrize("prompt, setting", [
    ("a goose and a gander, in a cramped studio apartment", "studio apartment"),
    ("a goose and a gander, inside an old barbershop", "barbershop"),
])
def test_a_closing_building_is_the_setting(prompt, setting):
    spec = parse(prompt)
    assert [e.noun for e in spec.entities] == ["goose", "gander"] and spec.setting == setting


def test_a_style_with_its_marks_is_style():
    assert [e.noun for e in parse("a goose, woodcut print with bold lines").entities] == ["goose"]


@pytest.mark.parametrize("word, singular", [("okapis", "okapi"), ("emus", "emu"), ("bus", "bus"), ("iris", "iris")])
def test_plurals_in_s_the_dictionary_knows(word, singular):
    from studio import language

    assert language.singular(word) == singular


@pytest.mark.parametrize("prompt, kind", [("five clocks lined up along a mantelpiece", "on_top_of"),
                                          ("five bicycles parked along a fence", "in_front_of")])
def test_along_a_shelf_is_on_it_and_along_a_fence_in_front(prompt, kind):
    assert [r.kind for r in parse(prompt).relations] == [kind]


@pytest.mark.parametrize("prompt, nouns", [
    ("Drone shot from straight above: a kayak beside a buoy", ["kayak", "buoy"]),
    ("a verger absent-mindedly polishes a bell", ["verger", "bell"]),
    ("a stonemason beside a brazier, Kodachrome slide, 1970s", ["stonemason", "brazier"]),
])
def test_words_that_are_no_things(prompt, nouns):
    assert [e.noun for e in parse(prompt).entities] == nouns


@pytest.mark.parametrize("prompt", ["two geese facing each other, on a mantelpiece, three clocks stand in a tidy line",
                                    "a goose at the left edge - on a mantelpiece, three clocks stand in a tidy line"])
def test_a_place_opening_a_comma_clause_with_its_own_verb_is_that_clause_s(prompt):
    spec = parse(prompt)
    assert ("clock", "on_top_of", "mantelpiece") in [(r.subject, r.kind, r.object) for r in spec.relations]
    assert not any(r.subject.startswith("goose") and r.kind == "on_top_of" for r in spec.relations)
    assert spec.entity("clock").arrangement == "row"


def test_a_place_after_a_comma_without_a_new_verb_is_still_the_thing_before_s():
    spec = parse("a cat, on a sofa, a dog on the floor")
    assert ("cat", "on_top_of", "sofa") in [(r.subject, r.kind, r.object) for r in spec.relations]


def test_shoulder_to_shoulder_is_a_row_and_no_shoulder():
    [verger] = parse("six vergers standing shoulder to shoulder, every one of them facing us").entities
    assert (verger.noun, verger.count, verger.arrangement, verger.facing) == ("verger", 6, "row", "camera")


def test_a_closing_workplace_is_the_setting():
    spec = parse("a goose beside a gander, in a late-night laundromat")
    assert [e.noun for e in spec.entities] == ["goose", "gander"] and spec.setting == "laundromat"


def test_back_to_back_is_said_of_the_pair_just_named():
    spec = parse("nine crates in a tidy grid, three deep and three across, a pair of geese, back to back")
    assert [(e.noun, e.facing) for e in spec.entities] == [("crate", None), ("goose", "left"), ("goose", "right")]


def test_a_clause_with_its_own_object_carries_no_subject_over():
    spec = parse("Ada polishes six tyres, and a clock perched on top of an oil drum")
    assert [(r.subject, r.kind, r.object) for r in spec.relations] == [("clock", "on_top_of", "oil drum")]


def test_closing_in_from_every_side_is_around():
    spec = parse("a ring of five dogs closing in on a statue from every side")
    assert [(r.subject, r.kind, r.object) for r in spec.relations] == [("dog", "around", "statue")]


def test_another_chest_is_a_second_thing_not_a_body_part():
    spec = parse("a tea chest partly hidden by another tea chest")
    assert [(r.subject, r.kind, r.object) for r in spec.relations] == [("tea chest", "hidden_by", "tea chest#2")]


@pytest.mark.parametrize("prompt, name", [("a potting bench beside a shed", "potting bench"),
                                          ("a steaming mug beside a shed", "mug")])
def test_an_ing_word_only_a_verb_names_a_kind(prompt, name):
    assert parse(prompt).entities[0].noun == name


def test_the_centre_of_the_image_with_a_thing_is_no_picture_of_it():
    spec = parse("a tractor in the centre of the image with a kiosk on the left side")
    assert [(r.subject, r.kind) for r in spec.relations] == [("tractor", "center"), ("kiosk", "left_side")]


@pytest.mark.parametrize("prompt, name", [("Big Ansel beside a kiosk", "Big Ansel"),
                                          ("a goat near Old Tom", "Old Tom")])
def test_a_capitalised_adjective_before_a_name_is_part_of_it(prompt, name):
    assert name in [e.noun for e in parse(prompt).entities]


def test_from_left_to_right_orders_only_the_list_after_it():
    spec = parse("a smith ignores two wheels - two kiosks, from left to right a tuba, a harp and a drum, "
                 "and a mantelpiece holding three clocks side by side")
    relations = {(r.subject, r.kind, r.object) for r in spec.relations}
    assert {("tuba", "left_of", "harp"), ("harp", "left_of", "drum"), ("clock", "on_top_of", "mantelpiece")} \
        <= relations
    assert not {r for r in relations if r[1] in ("left_of", "near") and "smith" in (r[0], r[2])}


def test_straight_on_is_a_view_and_a_closing_place_behind_it_still_the_setting():
    spec = parse("a husky beside an archway, in a late-night laundromat, straight-on frontal view, risograph print")
    assert [e.noun for e in spec.entities] == ["husky", "archway"]
    assert spec.setting == "laundromat" and spec.camera.view == "front"
