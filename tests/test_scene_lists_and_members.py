"""Long scene descriptions: members of a group turned towards one another, one of a pair placed
nearer, lists said in an order after they are listed, blocks so many deep, occasions as settings and
manner phrases that name nothing, in sentences of our own.

The parse is checked directly: which things the scene has, their counts, facings and relations."""

from __future__ import annotations

from crews.spatial.parse import parse
from tests.parse_views import relations


def facings_left_to_right(prompt: str, noun: str) -> list[str | None]:
    """The facings of a split group's members in the row's order."""
    spec = parse(prompt)
    members = [e.ref for e in spec.entities if e.noun == noun]
    order = {(r.subject, r.object) for r in spec.relations if r.kind == "left_of"}
    members.sort(key=lambda ref: -sum((ref, other) in order for other in members))
    return [e.facing for ref in members for e in spec.entities if e.ref == ref]


def test_the_end_two_turned_in_to_the_centre_one() -> None:
    prompt = "four geese, and three scarecrows in a row, the end two turned in towards the centre one, " \
             "which looks at us"
    spec = parse(prompt)
    scarecrows = [e.ref for e in spec.entities if e.noun == "scarecrow"]
    assert len(scarecrows) == 3
    toward = {(r.subject, r.object) for r in spec.relations if r.kind == "facing_toward"}
    middle = next(e.ref for e in spec.entities if e.noun == "scarecrow" and e.facing == "camera")
    assert {(s, middle) for s in scarecrows if s != middle} == toward


def test_all_but_one_said_by_its_side() -> None:
    prompt = "four deer in a line, all looking at the camera apart from the far left one, who is turned away"
    assert facings_left_to_right(prompt, "deer")[0] == "away"
    spec = parse(prompt)
    assert sorted((e.count, e.facing) for e in spec.entities if e.noun == "deer") == [(1, "away"), (3, "camera")]


def test_a_pair_facing_each_other_then_told_apart_by_side() -> None:
    spec = parse("a pile of six crates, and two boxers squaring up to each other, "
                 "the left one facing right and the right one facing left")
    assert {e.noun: e.count for e in spec.entities if e.noun == "crate"} == {"crate": 6}
    assert sorted(e.facing for e in spec.entities if e.noun == "boxer") == ["left", "right"]


def test_one_of_a_pair_placed_nearer() -> None:
    spec = parse("two milk churns, one set closer to the camera than the other")
    churns = [e.ref for e in spec.entities if e.noun == "milk churn"]
    assert len(churns) == 2
    assert any(r.kind == "in_front_of" and {r.subject, r.object} == set(churns) for r in spec.relations)


def test_a_then_list_ordered_afterwards_orders_that_list_only() -> None:
    spec = parse("six deckchairs in a circle round a parasol, and a bucket, then a spade, then a crab, "
                 "going from left to right")
    lefts = {(r.subject, r.object) for r in spec.relations if r.kind == "left_of"}
    assert lefts == {("bucket", "spade"), ("spade", "crab")}


def test_a_block_so_many_deep_and_wide_is_a_grid_of_the_things() -> None:
    spec = parse("twelve lettuces set out in a rectangle, three deep and four across")
    assert [(e.noun, e.count, e.arrangement, e.rows) for e in spec.entities] == [("lettuce", 12, "grid", 3)]


def test_at_the_far_side_said_with_furthest() -> None:
    assert relations("a kettle furthest to the right and a mug furthest to the left") == {
        ("kettle", "right_side", None), ("mug", "left_side", None)}


def test_an_occasion_is_where_the_scene_is() -> None:
    spec = parse("three bunting poles at a village fair")
    assert [e.noun for e in spec.entities] == ["bunting pole"]
    assert spec.setting == "village fair"


def test_manner_and_scatter_name_nothing() -> None:
    spec = parse("two postmen in a rush carrying six parcels, and five crows dotted about at random, "
                 "in no particular pattern")
    assert {e.noun: e.count for e in spec.entities} == {"postman": 2, "parcel": 6, "crow": 5}
    assert not [r for r in spec.relations if r.kind == "around"]


def test_filling_one_side_said_short() -> None:
    assert relations("a barn taking up the left side and a silo taking up the right") == {
        ("barn", "left_side", None), ("silo", "right_side", None)}


def test_a_later_step_of_a_drawing_exercise_is_still_the_request() -> None:
    spec = parse("Task 2: draw a vicar holding a kite; next, draw four pumpkins along the top of a fence")
    assert {e.noun: e.count for e in spec.entities} == {"vicar": 1, "kite": 1, "pumpkin": 4, "fence": 1}
    assert ("pumpkin", "on_top_of", "fence") in relations(
        "Task 2: draw a vicar holding a kite; next, draw four pumpkins along the top of a fence")


def test_a_long_way_back_is_far_not_behind() -> None:
    camera = parse("a lighthouse and a boat, viewed from a long way back").camera
    assert (camera.view, camera.shot) == ("front", "wide")


def test_a_trailer_word_is_the_size_of_a_vehicle() -> None:
    from crews.spatial.lexicon import resolve_noun

    horsebox = resolve_noun("horsebox")  # a conveyance in the dictionary, whatever its last letters say
    assert horsebox.category != "box" and max(horsebox.size) >= 4.0
    assert resolve_noun("hatbox").category == "box"


def test_a_dream_told_as_a_list_keeps_every_thing() -> None:
    spec = parse("I dreamt about a ferret, and then about six lanterns in a row, and finally about two kites")
    assert {e.noun: e.count for e in spec.entities} == {"ferret": 1, "lantern": 6, "kite": 2}


def test_an_animal_word_the_tagger_reads_as_an_adjective() -> None:
    assert ("tabby", "under", "wheelbarrow") in relations("a tabby dozing under a wheelbarrow")
    assert ("tabby", "near", "piano") in relations("a tabby directly next to a piano")
    spec = parse("a glossy maned wolf beside a cosy living room sofa")
    assert sorted(e.noun for e in spec.entities) == ["living room sofa", "maned wolf"]


def test_grids_said_by_rows_and_by_across_and_back() -> None:
    spec = parse("lockers arranged as a grid of two rows, six to each row")
    assert [(e.noun, e.count, e.rows) for e in spec.entities] == [("locker", 12, 2)]
    spec = parse("fifteen hay bales stacked five wide and three deep")
    assert [(e.noun, e.count, e.rows) for e in spec.entities] == [("hay bale", 15, 3)]


def test_taking_shelter_is_what_someone_does() -> None:
    assert relations("Odile taking shelter under an awning") == {("Odile", "under", "awning")}


def test_all_in_one_picture_is_no_picture_in_it() -> None:
    assert [e.noun for e in parse("a gnome beside a pond, all in the same picture").entities] == ["gnome", "pond"]


def test_the_last_one_on_the_right_is_one_member() -> None:
    spec = parse("four donkeys in a line, all looking at us except the final one at the end, who looks away")
    assert sorted((e.count, e.facing) for e in spec.entities) == [(1, "away"), (3, "camera")]
    assert not [r for r in spec.relations if r.kind == "right_side"]


def test_a_double_barrelled_name_after_a_title_is_one_name() -> None:
    spec = parse("Dr Okafor-Green beside a filing cabinet")
    assert sorted(e.noun for e in spec.entities) == ["Dr Okafor_Green", "filing cabinet"]


def test_closing_rooms_no_table_lists_are_the_setting() -> None:
    spec = parse("a cat on a beanbag, in the loft")
    assert (spec.setting, sorted(e.noun for e in spec.entities)) == ("loft", ["beanbag", "cat"])
    spec = parse("two mugs on a tray, in a council flat")
    assert (spec.setting, sorted(e.noun for e in spec.entities)) == ("flat", ["mug", "tray"])
    assert "cage" in [e.noun for e in parse("a hamster beside a cage, on a rug").entities]


def test_a_plural_of_an_ie_word_keeps_its_ie() -> None:
    assert {e.noun: e.count for e in parse("three roadies carrying two amps").entities} == {"roadie": 3, "amp": 2}


def test_a_dictionary_compound_after_a_colour_stays_whole() -> None:
    assert relations("a maroon post office to the left of a bus") == {("post office", "left_of", "bus")}


def test_a_noun_ending_in_ly_is_no_adverb() -> None:
    assert relations("a potted peace lily beside a radiator") == {("peace lily", "near", "radiator")}
