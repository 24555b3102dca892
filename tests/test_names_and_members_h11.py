"""Names the tagger splits, people named by a closed compound, members counted from a side and
depth said twice: each construction on sentences of our own, with a case where it must not fire."""

from __future__ import annotations

from crews.spatial.parse import parse
from tests.parse_views import counts, facings, nouns, relations


def categories(prompt: str) -> dict[str, str]:
    return {e.noun: e.category for e in parse(prompt).entities}


def test_a_participle_before_a_compound_keeps_the_compound_whole():
    assert nouns("a weathered post office beside a kiosk") == ["kiosk", "post office"]


def test_a_dictionary_name_whose_head_the_tagger_makes_a_verb_stays_one_thing():
    assert nouns("two puppies and a milk float beside them") == ["milk float", "puppy"]
    assert ("milk float", "near", "puppy") in relations("two puppies and a milk float beside them")


def test_two_subjects_and_their_verb_are_still_read_as_a_verb():
    assert nouns("a nurse and a doctor talk beside a bench") == ["bench", "doctor", "nurse"]


def test_a_noun_the_tagger_reads_as_a_verb_names_the_kind_of_the_next_noun():
    assert nouns("a combine harvester beside a barn") == ["barn", "combine harvester"]
    assert nouns("a parked car beside a barn") == ["barn", "car"]


def test_a_closed_compound_ending_in_a_person_word_is_a_person():
    assert categories("a stepdad beside a windsurfer") == {"stepdad": "person", "windsurfer": "person"}
    assert categories("a teapot beside a saucepan")["teapot"] != "person"


def test_a_noun_ending_in_ly_after_a_count_is_still_a_noun():
    assert counts("two holly bushes beside a gate") == {"holly bush": 2, "gate": 1}
    assert counts("three friendly dogs beside a gate") == {"dog": 3, "gate": 1}


def test_things_set_along_a_stall_stand_on_it():
    assert ("jam jar", "on_top_of", "market stall") in relations("six jam jars set along the market stall")


def test_members_counted_from_a_side():
    spec = parse("four dancers in a row, the first two from the left facing away and the remaining two facing us")
    assert sorted((e.count, e.facing) for e in spec.entities) == [(2, "away"), (2, "camera")]
    spec = parse("three goats in a row, the first from the right facing left")
    assert sorted((e.count, e.facing) for e in spec.entities) == [(1, "left"), (2, None)]
    assert counts("the first two cars are red") == {"car": 2}


def test_one_of_a_pair_nearer_or_further_said_twice():
    prompt = "two kettles, one of them set nearer the lens, in front of the other"
    assert ("kettle", "in_front_of", "kettle#2") in relations(prompt)
    prompt = "two vans, one placed further from the camera, behind the other"
    assert ("van", "behind", "van#2") in relations(prompt)


def test_round_before_an_article_is_around():
    assert ("scout", "around", "bonfire") in relations("four scouts squatting cross-legged round the bonfire")
    assert facings("a round table beside a round mirror") == {"round table": None, "mirror": None}


def test_a_clause_with_its_own_participle_is_no_list_item():
    assert relations("eight geese dotted about in no special order, a windmill on the right") == {
        ("windmill", "right_side", None)}
    assert ("cup", "on_top_of", "tray") in relations("a kettle, two cups, and a jug placed on a tray")


def test_scatter_words_name_nothing():
    assert relations("ten sparrows scattered about with no plan to them; a hut on the left") == {
        ("hut", "left_side", None)}
    assert nouns("nine ducks waddling every which way near a pond") == ["duck", "pond"]


def test_straight_on_and_eye_height_are_the_camera():
    spec = parse("a lamp on a crate, eye height, straight on from the front")
    assert spec.camera.view == "front" and spec.camera.elevation_deg == 6.0
    assert relations("a lamp on a crate, eye height, straight on from the front") == {("lamp", "on_top_of", "crate")}


def test_a_camera_on_the_floor_pointing_up_is_low():
    assert parse("a lamp on a crate, with the camera resting on the ground, pointed upwards").camera.elevation_deg < 0
    assert parse("a kitten sat on the floor beside a crate").camera.elevation_deg is None


def test_a_coat_pattern_noun_before_its_animal_is_part_of_its_name():
    assert categories("a tabby cat beside a kennel") == {"tabby cat": "cat", "kennel": categories("a kennel")["kennel"]}
    assert nouns("a ginger cat beside a kennel") == ["cat", "kennel"]  # a colour stays a colour


def test_a_builders_stuff_before_a_container_is_what_it_holds():
    assert nouns("a cement bag beside a plaster bucket") == ["cement bag", "plaster bucket"]
    assert nouns("a brass bucket beside a stone wall") == ["brass bucket", "stone wall"]  # made of, and named so


def test_nothing_is_made_of_molten_rock():
    assert nouns("a lava lamp on a desk") == ["desk", "lava lamp"]


def test_two_words_for_people_name_one_after_a_participle():
    assert nouns("a yawning scout leader beside a forge") == ["forge", "scout leader"]


def test_very_far_and_small_is_a_wide_shot():
    assert parse("a pylon, really far and tiny, on an empty moor").camera.shot == "wide"
