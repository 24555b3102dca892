"""Scene language read through the shared English parse: which words become objects, how many,
how groups are arranged, what refers to what, and what the camera is asked for.

Every sentence here is written for this test; none comes from the benchmarks."""

from __future__ import annotations

import time

import pytest

from crews.spatial import SpatialLayoutAgent
from crews.spatial.parse import parse


def nouns(prompt: str) -> dict[str, int]:
    return {e.noun: e.count for e in parse(prompt).entities}


def relations(prompt: str) -> set[tuple[str, str, str | None]]:
    return {(r.subject, r.kind, r.object) for r in parse(prompt).relations}


# ------------------------------------------------------------------- objects only from nouns ---


def test_style_quality_and_manner_words_never_become_objects():
    prompt = "hyper realistic oil painting style, soft golden light, a blue armchair beside a lamp, tidily arranged"
    spec = parse(prompt)
    assert nouns(prompt) == {"armchair": 1, "lamp": 1}
    assert any("style" in s for s in spec.style) and any("light" in s for s in spec.style)


def test_weather_and_time_words_are_style_not_things():
    assert nouns("a lonely tree on a hill at dusk, heavy fog, 8k render") == {"tree": 1}


@pytest.mark.parametrize("prompt, name, category", [
    ("an office chair next to a bookshelf", "office chair", "chair"),
    ("a fire truck parked behind a car", "fire truck", "truck"),
    ("a rocking horse in front of a sofa", "rocking horse", "horse"),
    ("a garden hose coiled beside a bucket", "garden hose", "unknown"),
])
def test_compound_nouns_are_kept_whole(prompt, name, category):
    entity = parse(prompt).entities[0]
    assert (entity.noun, entity.category) == (name, category)


def test_a_rocking_horse_is_toy_sized():
    layout, _ = SpatialLayoutAgent().plan("a rocking horse beside a real horse")
    toy, horse = (o for o in layout.objects)
    assert toy.name == "rocking horse" and toy.size[1] < 0.6 * horse.size[1]


def test_an_unknown_name_is_a_figure_and_keeps_its_capitals():
    spec = parse("Mirelda Quant stands next to a bicycle")
    person = spec.entities[0]
    assert person.noun == "Mirelda Quant" and person.category == "person" and person.count == 1
    assert ("Mirelda Quant", "near", "bicycle") in relations("Mirelda Quant stands next to a bicycle")


def test_a_name_with_its_kind_is_one_thing():
    spec = parse("Grubnak the troll waits behind a cart")
    assert [(e.noun, e.category) for e in spec.entities] == [("Grubnak", "person"), ("cart", "cart")]


def test_creatures_no_table_knows_are_figures_and_things_are_boxes():
    spec = parse("an elf and a snorkelwhistle")
    found = {e.noun: (e.category, e.stand_in) for e in spec.entities}
    assert found["elf"] == ("person", False)
    assert found["snorkelwhistle"] == ("unknown", True)


def test_a_plane_meaning_a_flat_surface_is_not_an_aircraft():
    assert nouns("a cube resting on a flat plane") == {"cube": 1}
    assert nouns("a plane above a house") == {"plane": 1, "house": 1}


def test_a_figure_of_something_is_that_thing():
    assert nouns("a figure of a deer next to a lantern") == {"deer": 1, "lantern": 1}


# ------------------------------------------------------------------------------ settings ---


@pytest.mark.parametrize("prompt, setting, interior", [
    ("a kettle on a stove in the kitchen", "kitchen", True),
    ("two surfboards leaning on a rock on a beach", "beach", False),
    ("a cabin deep in a forest", "forest", False),
    ("a flag on the moon", "moon", False),
    ("three footballs in a stadium", "stadium", False),
])
def test_settings_choose_the_environment_and_are_not_objects(prompt, setting, interior):
    spec = parse(prompt)
    assert spec.setting == setting and spec.interior is interior
    assert setting not in {e.noun for e in spec.entities}


# ---------------------------------------------------------------------------------- counts ---


@pytest.mark.parametrize("prompt, expected", [
    ("two dogs chased a ball", {"dog": 2, "ball": 1}),
    ("three kids carried two boxes", {"kid": 3, "box": 2}),
    ("five sheep followed one farmer", {"sheep": 5, "farmer": 1}),
])
def test_counts_stay_on_the_subject_and_the_object_of_a_verb(prompt, expected):
    assert nouns(prompt) == expected


def test_the_same_noun_on_both_sides_is_two_things():
    spec = parse("a chair hidden by a chair")
    assert [e.noun for e in spec.entities] == ["chair", "chair"]
    (relation,) = spec.relations
    assert relation.kind == "hidden_by" and relation.subject != relation.object


def test_the_noun_again_with_the_refers_back_even_to_a_compound():
    spec = parse("an office chair beside a desk; the chair is turned to the left")
    assert [e.noun for e in spec.entities] == ["office chair", "desk"] and spec.entities[0].facing == "left"


def test_it_refers_to_the_thing_just_named():
    assert ("lamp", "on_top_of", "crate") in relations("there is a crate in the corner; a lamp stands on it")


# ---------------------------------------------------------------------------- arrangements ---


@pytest.mark.parametrize("prompt, noun, count, rows", [
    ("twenty pigeons in four rows of five", "pigeon", 20, 4),
    ("chairs in a 2 by 5 grid", "chair", 10, 2),
    ("cupcakes arranged in a 3x3 grid", "cupcake", 9, 3),
    ("eight candles standing in a line", "candle", 8, 1),
])
def test_rows_and_grids(prompt, noun, count, rows):
    entity = next(e for e in parse(prompt).entities if e.noun == noun)
    assert (entity.count, entity.rows) == (count, rows)


def test_things_along_a_wall_are_one_row_in_front_of_it():
    spec = parse("nine scooters parked along a wall")
    scooters = spec.entities[0]
    assert scooters.rows == 1 and ("scooter", "in_front_of", "wall") in relations("nine scooters parked along a wall")


def test_a_counted_group_from_left_to_right_is_one_row():
    assert parse("eleven bottles lined from left to right").entities[0].rows == 1


def test_piled_on_top_of_each_other_is_a_stack():
    entity = parse("six crates piled on top of each other").entities[0]
    assert entity.arrangement == "stack" and entity.count == 6


def test_a_circle_and_ringed_by():
    assert parse("ten kids standing in a circle").entities[0].ring
    assert ("stone", "around", "fire") in {(r.subject, r.kind, r.object)
                                           for r in parse("a fire ringed by five stones").relations}


def test_front_row_and_back_row():
    found = relations("four ducks in the front row and six geese in the back row")
    assert ("duck", "in_front_of", "goose") in found and ("goose", "behind", "duck") in found
    assert ("duck", "behind", "goose") not in found


def test_respectively_distributes_the_facings_in_order():
    spec = parse("a fox and a rabbit turned right and left respectively")
    assert {e.noun: e.facing for e in spec.entities} == {"fox": "right", "rabbit": "left"}


def test_in_that_order_is_respectively_and_never_an_object():
    spec = parse("a cow and a pig, facing away and left, in that order")
    assert {e.noun: e.facing for e in spec.entities} == {"cow": "away", "pig": "left"}


def test_sitting_on_a_seat_is_seated():
    spec = parse("a woman sitting on a bench")
    assert spec.entities[0].pose == "seated"
    assert [(r.subject, r.kind, r.object) for r in spec.relations] == [("woman", "seated_on", "bench")]


# ---------------------------------------------------------------------------------- camera ---


@pytest.mark.parametrize("prompt, view, shot, low", [
    ("a bottom left view of a tractor", "left", "default", True),
    ("close-ups of two owls", "front", "close_up", False),
    ("a scooter filmed from behind", "back", "default", False),
    ("a high right angle of a tent", "right", "default", False),
])
def test_multi_word_camera_views(prompt, view, shot, low):
    camera = parse(prompt).camera
    assert camera.view == view and camera.shot == shot
    assert (camera.elevation_deg is not None and camera.elevation_deg < 10) is low


# ---------------------------------------------------------------------------------- bad input ---


def test_non_english_text_gets_a_note():
    spec = parse("zwei Hunde laufen neben einem roten Auto")
    assert any("does not read as English" in note for note in spec.notes)


def test_a_five_thousand_word_line_is_read_in_part_and_says_so():
    started = time.perf_counter()
    spec = parse("a goat near a fence and " * 1000)
    assert time.perf_counter() - started < 5
    assert any("words long" in note for note in spec.notes)


def test_five_hundred_objects_are_capped_with_a_note():
    spec = parse("500 marbles on a tray")
    assert spec.entities[0].count == 20 and any("more than 20" in note for note in spec.notes)


def test_a_prompt_parses_the_same_whatever_was_parsed_before():
    alone = parse("a goose to the left of a duck").model_dump()
    parse("a duck on a goose, the goose in a circle, Grubnak the troll on the moon")
    assert parse("a goose to the left of a duck").model_dump() == alone


# ------------------------------------------------------------------ longer descriptions ---


def test_a_place_phrase_after_a_placing_verb_belongs_to_the_thing_placed():
    found = relations("Ilse put a kettle on the stove, next to a red jug")
    assert ("kettle", "on_top_of", "stove") in found and ("kettle", "near", "jug") in found
    assert not any(subject == "Ilse" for subject, _, _ in found)


def test_a_surface_holding_things_carries_all_of_them():
    found = relations("a bench holding two pots and a watering can")
    assert ("pot", "on_top_of", "bench") in found and ("watering can", "on_top_of", "bench") in found


def test_it_in_a_with_clause_is_the_owner():
    assert ("book", "on_top_of", "desk") in relations("a desk against the wall with a book on it")


def test_him_and_her_refer_to_people():
    found = relations("a fisherman stands on a pier next to a crate, and a dog sleeps beside him")
    assert ("dog", "near", "fisherman") in found


def test_a_thing_named_keeps_one_entity_with_its_name():
    spec = parse("a gardener named Odile waters a rose bush")
    assert [e.noun for e in spec.entities][:1] == ["Odile"] and spec.entities[0].category == "person"
    assert len([e for e in spec.entities if e.category == "person"]) == 1


def test_clothing_describes_the_wearer():
    spec = parse("a guard in a red uniform beside a gate")
    assert [e.noun for e in spec.entities] == ["guard", "gate"]
    assert any("uniform" in a for a in spec.entities[0].attributes)


def test_a_preposition_no_table_knows_still_ends_the_noun_phrase():
    assert nouns("four joggers ran past a parked van") == {"jogger": 4, "van": 1}


def test_a_noun_the_tagger_reads_as_a_verb_after_an_article_is_still_a_noun():
    assert "saw" in nouns("a ladder stands by the door, a saw hangs on the wall")


def test_two_shelves_of_one_bookcase_each_get_their_things():
    found = relations("on the top shelf stand three vases and on the bottom shelf five books")
    assert ("vase", "on_top_of", "shelf") in found and ("book", "on_top_of", "shelf") in found
    assert ("vase", "on_top_of", "book") not in found


def test_the_plural_again_refers_to_a_group_named_differently():
    spec = parse("six puppies sleep in a basket; a cat watches the dogs from a chair")
    assert [e.noun for e in spec.entities].count("puppy") == 1 and "dog" not in [e.noun for e in spec.entities]


# --------------------------------------------------------------------- members by position ---


def test_the_two_on_the_right_are_their_own_group_at_the_right_end():
    spec = parse("six stools in a row, the two on the right facing away")
    parts = [(e.count, e.facing) for e in spec.entities]
    assert parts == [(4, None), (2, "away")]
    assert [(r.kind, r.phrase) for r in spec.relations] == [("left_of", "in a row")]


def test_the_first_and_the_last_get_their_colours():
    spec = parse("five mugs in a row, the first in green, the last in yellow")
    assert [(e.count, e.color_name) for e in spec.entities] == [(1, "green"), (3, None), (1, "yellow")]
    order = [(r.subject, r.object) for r in spec.relations if r.kind == "left_of"]
    assert len(order) == 2 and order[0][1] == order[1][0]


def test_the_middle_one_a_step_back_stands_behind_its_row():
    spec = parse("five lanterns in a line, the middle one a step back")
    middle = next(e for e in spec.entities if e.count == 1)
    assert [e.count for e in spec.entities] == [2, 1, 2]
    assert {r.object for r in spec.relations if r.kind == "behind" and r.subject == middle.ref} == \
        {e.ref for e in spec.entities if e.ref != middle.ref}


def test_a_colour_after_painted_is_the_colour():
    spec = parse("a van painted yellow beside a bus")
    assert spec.entities[0].color_name == "yellow" and [e.noun for e in spec.entities] == ["van", "bus"]


def test_text_in_another_alphabet_or_language_gets_a_note_and_no_labelled_boxes():
    for prompt in ("一只猫在桌子上", "une table sous la fenêtre et un chien"):
        spec = parse(prompt)
        assert any("does not read as English" in note for note in spec.notes), prompt
        assert not any(e.stand_in or e.proper for e in spec.entities), prompt


def test_style_only_prompts_name_nothing_and_are_not_taken_for_another_language():
    spec = parse("Ultra detailed cyberpunk neon cityscape")
    assert spec.entities == [] and not any("English" in note for note in spec.notes)


def test_names_the_tagger_misreads_are_still_people_and_accents_are_kept():
    assert [(e.noun, e.category) for e in parse("Kowalski and Zoë beside a kayak").entities][:2] == \
        [("Kowalski", "person"), ("Zoë", "person")]


def test_members_picked_by_colour_and_the_others():
    spec = parse("two goats on a hill, the black one on the left, the white one on the right")
    assert [(e.noun, e.color_name) for e in spec.entities] == [("goat", "black"), ("goat", "white")]
    sides = {(r.subject, r.kind) for r in spec.relations}
    assert (spec.entities[0].ref, "left_side") in sides and (spec.entities[1].ref, "right_side") in sides
    spec = parse("five geese on a pond, the first one facing left and the others facing right")
    assert [(e.count, e.facing) for e in spec.entities if e.noun == "goose"] == [(1, "left"), (4, "right")]


def test_a_member_named_by_its_ordinal_can_be_the_object_of_a_relation():
    found = relations("three poles in a row, a scooter leaning against the third pole")
    third = [e.ref for e in parse("three poles in a row, a scooter leaning against the third pole").entities][-1]
    assert ("scooter", "near", third) in found


def test_them_covers_every_thing_the_clause_before_named():
    found = relations("a nurse and a doctor talk in a hallway, a trolley parked behind them")
    assert ("trolley", "behind", "nurse") in found and ("trolley", "behind", "doctor") in found


def test_body_parts_are_not_things_but_a_chest_with_an_article_is():
    assert nouns("two men shake hands") == {"man": 2}
    assert ("mouse", "around", "cat") in relations("a cat naps; three mice creep around its paws")
    assert nouns("a hat resting on an old chest") == {"hat": 1, "chest": 1}


def test_a_medium_without_an_article_is_the_style():
    spec = parse("a windmill beside a canal, loose watercolor painting")
    assert nouns("a windmill beside a canal, loose watercolor painting") == {"windmill": 1, "canal": 1}
    assert any("painting" in s for s in spec.style)
    assert "painting" in nouns("a painting above a fireplace")


def test_a_clause_subject_misread_as_a_verb_is_kept():
    assert "seagull" in nouns("a pier at noon, seagulls circling overhead")


def test_a_batch_parses_each_prompt_as_it_parses_alone():
    from crews.spatial.parse import parse_many

    prompts = ["a kettle on a stove", "", "two owls on a branch, the left one facing right", "a kettle on a stove"]
    assert [s.model_dump() for s in parse_many(prompts)] == [parse(p).model_dump() for p in prompts]


def test_a_relative_clause_is_about_the_thing_just_named():
    found = relations("three cups are set on a tray, which rests in the centre of a bench")
    assert ("cup", "on_top_of", "tray") in found and ("tray", "on_top_of", "bench") in found


def test_a_relation_inside_between_takes_its_own_object():
    found = relations("a vase stands in the middle of a table surrounded by five stools")
    assert ("vase", "on_top_of", "table") in found and ("stool", "around", "table") in found


def test_the_thing_placed_by_a_passive_verb_owns_the_place_phrase():
    found = relations("a broom is propped against the fence to the left of the gate")
    assert ("broom", "left_of", "gate") in found


def test_plural_collectives_count_and_frames_hang_on_their_noun():
    spec = parse("rows of cabbages lead to a barn in the background")
    assert spec.entities[0].noun == "cabbage" and spec.entities[0].count >= 6
    assert ("barn", "behind", "cabbage") in {(r.subject, r.kind, r.object) for r in spec.relations}


def test_camera_words_of_focus_are_style():
    assert nouns("shallow depth of field, a heron beside a rock") == {"heron": 1, "rock": 1}


def test_two_adjectives_of_one_noun_and_each_side_of():
    assert ("book", "on_top_of", "shelf") in relations("books on the upper and lower shelf")
    spec = parse("six stools, three on each side of a counter")
    assert [e.count for e in spec.entities if e.noun == "stool"] == [3, 3]
    (between,) = [r for r in spec.relations if r.kind == "between"]
    assert between.subject == "counter"


def test_the_verb_of_a_verbless_reading_is_not_part_of_a_name():
    spec = parse("a balloon drifts above a village at dawn")
    assert [e.noun for e in spec.entities] == ["balloon"] and spec.setting == "village"


def test_respectively_distributes_colours_over_things_and_over_a_row():
    spec = parse("a jug, a lamp and a clock in yellow, white and black respectively")
    assert {e.noun: e.color_name for e in spec.entities} == {"jug": "yellow", "lamp": "white", "clock": "black"}
    spec = parse("four bottles in a line, in red, green, blue and white, in that order")
    assert [(e.count, e.color_name) for e in spec.entities] == [(1, "red"), (1, "green"), (1, "blue"), (1, "white")]
    assert len([r for r in spec.relations if r.kind == "left_of"]) == 3


def test_a_person_lying_on_a_bed_is_noted_as_not_drawn_lying():
    spec = parse("a boy lying on a sofa")
    assert spec.entities[0].pose == "lying" and any("no lying figure" in note for note in spec.notes)
