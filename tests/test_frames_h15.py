"""The frame round a scene in other kinds of text: a transcript's speakers and stage notes, an advert's or a
report's closing formulas, a tale's openers, the picture named by its medium and the speaker's own vantage name no
thing of the scene; the same words placed in the scene still name things."""

from __future__ import annotations

import time

import pytest

from crews.spatial import words
from tests.parse_views import nouns, relations


def test_a_transcript_turn_names_no_speaker():
    assert nouns("[01:14:02] presenter: a kettle sits beside a toaster.") == ["kettle", "toaster"]
    assert nouns("NARRATOR: a kettle sits beside a toaster.") == ["kettle", "toaster"]
    assert nouns("Interviewer (smiling): a kettle sits beside a toaster.") == ["kettle", "toaster"]


def test_a_stage_note_in_brackets_is_no_thing():
    assert nouns("A kettle sits beside a toaster [coughs]. Anyway.") == ["kettle", "toaster"]
    assert nouns("A grey kitten by a teapot. (sighs) A mug behind it.") == ["kitten", "mug", "teapot"]


def test_a_bracketed_look_or_side_stays():
    assert nouns("A kitten (ginger) beside a teapot.") == ["kitten", "teapot"]


def test_an_adverts_closing_terms_are_no_things():
    assert nouns("Oak dresser with a vase on top. 80 quid ovno, buyer collects.") == ["oak dresser", "vase"]
    assert nouns("Oak dresser with a vase on top. Offers over 50, no time-wasters.") == ["oak dresser", "vase"]


def test_a_closing_acronym_and_good_wish_are_no_things():
    assert nouns("A kayak beside a jetty. TTFN, happy paddling.") == ["jetty", "kayak"]


def test_a_reports_closing_formula_is_no_thing():
    assert nouns("A trowel beside a bucket. Checked and logged.") == ["bucket", "trowel"]
    assert nouns("A trowel beside a bucket. That's all, more on the hour.") == ["bucket", "trowel"]
    assert nouns("A trowel beside a bucket. Right, moving on.") == ["bucket", "trowel"]


def test_a_comment_after_the_last_clause_is_no_thing():
    assert nouns("A trowel leans on a bucket, no clue why.") == ["bucket", "trowel"]
    assert nouns("A trowel leans on a bucket, love that.") == ["bucket", "trowel"]


def test_a_tales_opener_is_no_thing():
    assert nouns("Gather round, friends. An owl perches on a gatepost.") == ["gatepost", "owl"]
    assert nouns("Legend has it that an owl perches on a gatepost.") == ["gatepost", "owl"]
    assert nouns("The story goes that an owl perches on a gatepost.") == ["gatepost", "owl"]


def test_the_picture_named_by_its_medium_is_the_picture():
    assert nouns("The slide shows a beaker beside a burner.") == ["beaker", "burner"]
    assert nouns("His sketch has a beaker beside a burner.") == ["beaker", "burner"]
    assert nouns("That thumbnail shows only a beaker, right in the middle.") == ["beaker"]
    assert relations("That thumbnail shows only a beaker, right in the middle.") == {("beaker", "center", None)}


def test_the_medium_said_again_is_the_picture():
    assert nouns("The poster shows a beaker. A burner sits left of the beaker on the poster.") == ["beaker", "burner"]


def test_as_drawn_on_names_the_drawing():
    assert nouns("A beaker left of a burner as marked on the plan.") == ["beaker", "burner"]


def test_a_playground_slide_or_a_bench_placed_in_the_scene_stays():
    assert nouns("A toddler on the slide in a playground.") == ["slide", "toddler"]
    assert nouns("A tabby on a bench.") == ["bench", "tabby"]
    assert "painting" in nouns("A painting hangs above a sofa.")


def test_people_who_will_look_are_the_viewer():
    assert nouns("Visitors will see a totem pole to their left.") == ["totem pole"]


def test_the_speakers_own_place_is_the_vantage():
    assert nouns("Only a heron, dead centre from my deckchair.") == ["heron"]
    assert "deckchair" in nouns("A heron ten feet from my deckchair.")


def test_a_labels_bracketed_note_names_no_thing():
    assert nouns("Music report, week 3 (grade C+): a drum beside a stool.") == ["drum", "stool"]


def test_what_a_thing_is_there_as_and_a_clock_time_are_no_things():
    assert nouns("A lantern set on the windowsill as a warning.") == ["lantern", "windowsill"]
    assert nouns("An owl perches on the barn roof when the clock strikes twelve.") == ["barn roof", "owl"]
    assert nouns("A brooch resting on a slab, left in situ.") == ["brooch", "slab"]


def test_a_logs_opening_boast_with_a_code_is_no_thing():
    assert nouns("Bagged NY4410 at last! A cairn beside a stile.") == ["cairn", "stile"]


def test_praise_of_the_drawing_after_the_scene_is_no_thing():
    assert nouns("A jug on a dresser, nicely shaded.") == ["dresser", "jug"]
    assert nouns("A mouse under a dresser, a clever detail.") == ["dresser", "mouse"]
    assert nouns("Nine teaspoons, selling as a bundle.") == ["teaspoon"]


def test_the_dark_is_the_light_not_a_thing():
    assert nouns("A lantern glows behind a rowing boat, out in the dark.") == ["lantern", "rowing boat"]


def test_a_reports_it_was_noted_that_and_the_medium_after_it():
    assert nouns("Agenda point 2: it was recorded that the poster showed a kiln by a shed.") == ["kiln", "shed"]


def test_how_the_whole_is_done_is_the_look():
    assert nouns("A heron on a post, in a marsh, all done as a mosaic floor.") == ["heron", "post"]


def test_what_a_thing_appears_on_is_the_picture():
    assert nouns("Memo 8: a heron appears right of a punt on the screen.") == ["heron", "punt"]
    assert "slide" in nouns("A toddler appears at the top of the slide.")


def test_the_view_from_where_the_speaker_stands_names_no_thing():
    assert nouns("Just a heron, far right in our view from the jetty.") == ["heron"]


def test_the_numbered_place_said_again_is_where_the_scene_is():
    assert nouns("Sector 7, zone 2: four cones found in this zone.") == ["cone"]


def test_reports_of_things_are_the_things():
    assert nouns("Road update: Sightings of a heron on a verge.") == ["heron", "verge"]


def test_how_little_of_a_hidden_thing_shows_is_no_thing():
    assert nouns("A heron hidden behind a punt, only a sliver of it visible.") == ["heron", "punt"]


def test_a_spot_the_viewer_stands_on_is_a_side_of_the_scene():
    assert nouns("A heron and a punt, filmed from a spot well out left of them.") == ["heron", "punt"]
    assert nouns("A heron beside a post.") == ["heron", "post"]


def test_the_sides_of_the_medium_are_the_pictures():
    assert relations("Memo 3: The poster showed a kiln by its left edge and a punt by its right edge.") == {
        ("kiln", "left_side", None), ("punt", "right_side", None)}
    assert relations("His sketch has a kiln all alone, right in its centre.") == {("kiln", "center", None)}


@pytest.mark.parametrize("prompt, kept", [
    ("The plate holds two pears.", "plate"),  # a medium word that is also a thing: a picture only when it shows
    ("The figure holds a lantern beside a bench.", "figure"),
    ("A crack appears in the plate.", "plate"),
    ("The panel has a clock on it.", "panel"),
    ("A cat hides from my dog.", "dog"),  # "from my X" is a vantage only when X is somewhere to look from
    ("Steam rises from our kettle.", "kettle"),
])
def test_everyday_things_are_not_taken_for_the_picture_or_the_vantage(prompt, kept):
    assert kept in nouns(prompt)


def test_a_closer_with_many_fillers_is_read_in_linear_time():
    started = time.perf_counter()
    words.CLOSER_RE.match("and   " * 24 + "then a goat")
    assert time.perf_counter() - started < 0.1
