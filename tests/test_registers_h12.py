"""Words of a prompt's register that name no thing: labels with references and series numbers, the
picture named before the scene, lighting cues, sign-offs and reader instructions closing it, verse
lines set on one line, similes, the end of a stack said again, and settings closing a list (a lake
one is beside, a place said with an adverb, a place no dictionary knows); in sentences of our own.

The parse is checked directly: which things the scene has, their counts, relations, style and setting."""

from __future__ import annotations

import pytest

from crews.spatial.parse import parse
from tests.parse_views import counts, nouns, relations

# ------------------------------------------------------------------ labels ---


@pytest.mark.parametrize("prompt, expected", [
    ("File 3051/K: a kettle to the right of a toaster.", ["kettle", "toaster"]),
    ("Slide 3 of 9: a heron beside a wheelbarrow.", ["heron", "wheelbarrow"]),
    ("Patrol 12 to base: I can see a tractor behind a hedge.", ["hedge", "tractor"]),
    ("Pattern 8, section C: embroider a fox under a willow.", ["fox", "willow"]),
    ("Exhibit 41, as viewed from the door: a lamp behind a sofa.", ["lamp", "sofa"]),
])
def test_a_label_with_a_reference_or_a_series_number_names_nothing(prompt: str, expected: list[str]) -> None:
    assert nouns(prompt) == expected


def test_a_label_naming_a_thing_the_tables_draw_stays() -> None:
    assert "table" in nouns("Table 4, panel B: a cat.")


def test_a_reference_and_a_time_of_the_event_leave_the_scene() -> None:
    prompt = ("Policy 7731/Q: at the moment of the collision the layout was as follows: the wheelie bin stood to "
              "the right of the scooter.")
    assert nouns(prompt) == ["scooter", "wheelie bin"]
    assert ("wheelie bin", "right_of", "scooter") in relations(prompt)


# ------------------------------------------------------------------ the picture named first ---


@pytest.mark.parametrize("prompt", [
    "In this drawing: a goose beside a barrow.",
    "After the news, a listener's snapshot: a goose beside a barrow.",
])
def test_the_picture_named_before_the_scene_is_no_thing(prompt: str) -> None:
    assert nouns(prompt) == ["barrow", "goose"]


def test_an_event_that_is_a_thing_keeps_its_place() -> None:
    assert "fire" in nouns("Before the fire, a spaniel sleeps.")


# ------------------------------------------------------------------ stage lighting ---


def test_a_lighting_cue_lights_the_things_after_it() -> None:
    prompt = "Q14: cool wash on a harp, house left, and on a drum kit, house right. Standby."
    assert nouns(prompt) == ["drum kit", "harp"]


def test_a_special_on_a_thing_is_no_thing() -> None:
    assert nouns("Cue 9: single special on a rocking horse. Everything else black.") == ["rocking horse"]


def test_a_pool_of_water_stays_a_thing() -> None:
    assert "pool" in nouns("a pool on a lawn behind a shed")


# ------------------------------------------------------------------ sign-offs and the reader sent on ---


@pytest.mark.parametrize("closing", ["Yours sincerely.", "Over and out.", "Roger.", "Marvellous!", "Now, the news.",
                                     "Turn the page.", "Tap for the next one.", "Scroll down for more."])
def test_a_closing_sign_off_names_nothing(closing: str) -> None:
    prompt = f"a hedgehog beside a bucket, left of centre. {closing}"
    assert nouns(prompt) == ["bucket", "hedgehog"]


def test_a_medium_closing_an_instruction_is_the_style() -> None:
    scene = parse("a heron between two boulders. Tap to continue (wax crayons).")
    assert {e.noun for e in scene.entities} == {"boulder", "heron"}


def test_a_medium_in_the_plural_after_a_place_is_the_style() -> None:
    assert nouns("just a kettle, slap in the middle, felt tips.") == ["kettle"]


def test_counting_them_counts_the_things_named_after() -> None:
    assert counts("Count them: there are seven geese on this page.") == {"goose": 7}


# ------------------------------------------------------------------ the viewer in other words ---


def test_the_audience_is_the_viewer() -> None:
    prompt = "a cello, audience's right, and a music stand, audience's left."
    assert nouns(prompt) == ["cello", "music stand"]
    assert ("cello", "right_side", None) in relations(prompt)


def test_the_photographer_never_named_is_the_viewer() -> None:
    assert nouns("a goat stood between the photographer and a barn.") == ["barn", "goat"]


def test_a_photographer_named_first_stays() -> None:
    assert "photographer" in nouns("a photographer beside a tripod, and a dog behind the photographer.")


# ------------------------------------------------------------------ verse lines ---


def test_a_line_that_only_places_joins_the_thing_beside_it() -> None:
    assert relations("a teacup / up on the mantelpiece / not a sound") == {("teacup", "on_top_of", "mantelpiece")}
    assert relations("beneath the wheelbarrow / a hedgehog, asleep / hush") == {("hedgehog", "under", "wheelbarrow")}


def test_lines_naming_their_own_things_stay_apart() -> None:
    prompt = "a lantern, to the left / a milk churn over on the right / hush"
    assert nouns(prompt) == ["lantern", "milk churn"]
    assert ("lantern", "left_side", None) in relations(prompt)


# ------------------------------------------------------------------ similes and stack ends ---


def test_a_simile_names_no_thing() -> None:
    assert counts("six plates piled like roof tiles, one upon another") == {"plate": 6}
    assert nouns("four geese lined up like soldiers on a wall") == ["goose", "wall"]


def test_the_lowest_of_a_stack_is_no_thing_of_its_own() -> None:
    scene = parse("four crates stacked one on another, only the bottom one resting on the floor, and a cat")
    assert sorted(e.noun for e in scene.entities) == ["cat", "crate"]


def test_the_top_shelf_is_still_a_shelf() -> None:
    assert "shelf" in nouns("a jug on the top shelf")


# ------------------------------------------------------------------ blocks ---


def test_a_block_ranks_deep_and_files_wide_is_a_grid() -> None:
    scene = parse("bar stools in a block of five wide by three deep")
    stools = scene.entities[0]
    assert (stools.count, stools.arrangement, stools.rows) == (15, "grid", 3)


# ------------------------------------------------------------------ closing settings ---


def test_a_lake_closing_the_list_is_the_setting() -> None:
    scene = parse("two rowing boats side by side, a heron on a post, beside a reservoir lake, rendered as"
                  " plasticine animation.")
    assert sorted(e.noun for e in scene.entities) == ["heron", "post", "rowing boat"]


def test_a_pond_stays_a_thing() -> None:
    assert "pond" in nouns("a duck beside a pond")


def test_a_place_said_with_an_adverb_is_the_setting() -> None:
    scene = parse("a ladder against a wall, upstairs in a farmhouse")
    assert sorted(e.noun for e in scene.entities) == ["ladder", "wall"]


def test_a_sign_off_after_a_verb_style_leaves_the_style() -> None:
    scene = parse("a walrus beside an igloo, at a harbour, rendered as claymation. Out.")
    assert sorted(e.noun for e in scene.entities) == ["igloo", "walrus"]
    assert "claymation" in scene.style


# ------------------------------------------------------------------ the reader moved, the event dated ---


def test_the_reader_asked_to_move_is_no_thing() -> None:
    assert nouns("Now crouch down a bit: a hedgehog beneath a wheelbarrow.") == ["hedgehog", "wheelbarrow"]


def test_a_thing_named_where_the_reader_goes_stays() -> None:
    assert "shed" in nouns("Look inside the shed: a goat.")


def test_the_event_a_scene_is_dated_by_is_no_thing() -> None:
    prompt = "The accident happened when the teapot was left on the edge of the dresser."
    assert nouns(prompt) == ["dresser", "teapot"]


def test_a_verse_line_is_read_whole_by_the_relation_phrases() -> None:
    assert relations("behind the woodshed / a heron, mostly hidden / all calm") == {("heron", "hidden_by", "woodshed")}
