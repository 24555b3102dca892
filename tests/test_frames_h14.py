"""The frame of a text round the scene: its heading, its sign-off, the picture it is seen in and the look it is
made in name no thing of the scene."""

from __future__ import annotations

from tests.parse_views import counts, nouns, relations


def test_a_heading_with_a_page_or_a_clock_time_names_the_text():
    assert nouns("Field notebook, p. 17. A beaker beside a tripod.") == ["beaker", "tripod"]
    assert nouns("Night shift, 0215 hrs: a forklift near a pallet.") == ["forklift", "pallet"]
    assert nouns("Keeper's diary, 1730 hrs: two otters by a log.") == ["log", "otter"]


def test_a_heading_whose_last_words_name_the_text_names_no_thing():
    assert nouns("Crate 6 report: a hammer beside a toolbox.") == ["hammer", "toolbox"]
    assert counts("Crate 6 report: a hammer beside a toolbox.") == {"hammer": 1, "toolbox": 1}


def test_what_the_picture_is_on_said_again_is_the_picture():
    assert nouns("Tin no. 40, lid photo: one terrier, leftmost on the lid.") == ["terrier"]
    assert relations("Tin no. 40, lid photo: one terrier, leftmost on the lid.") == {("terrier", "left_side", None)}


def test_a_weather_report_closing_the_text_is_no_thing():
    assert nouns("Keeper's diary: two otters by a log. Wind SE, rain later.") == ["log", "otter"]


def test_a_bidding_closing_the_text_is_no_thing():
    assert nouns("A mixing bowl on a worktop. Serve within two days.") == ["mixing bowl", "worktop"]
    assert nouns("A sack truck by a loading bay. Reply to the organiser by noon.") == ["loading bay", "sack truck"]
    assert nouns("A cake stand beside a teapot. Confirm with the caterer.") == ["cake stand", "teapot"]


def test_a_bidding_that_asks_for_a_thing_keeps_it():
    assert "lamp" in nouns("A sofa by a window. Add the lamp beside it.")
    assert nouns("A puppy on a rug. Walk the puppy.") == ["puppy", "rug"]


def test_a_note_about_the_picture_and_the_picture_it_is_seen_in_are_no_things():
    assert nouns("Quick word about our campsite snap: a tent beside a campfire.") == ["campfire", "tent"]
    assert nouns("Memo: in my birthday photo there's only the juggler, dead centre.") == ["juggler"]


def test_the_look_said_with_a_verb_and_a_particle_is_the_style():
    assert nouns("A kayak beside a jetty, done up as an ink-and-wash print.") == ["jetty", "kayak"]
    assert nouns("A kayak beside a jetty, worked up as a charcoal sketch.") == ["jetty", "kayak"]


def test_where_the_picture_is_seen_from_is_no_thing():
    assert nouns("Only a lighthouse, far right, cliff view.") == ["lighthouse"]
    assert relations("Only a lighthouse, far right, cliff view.") == {("lighthouse", "right_side", None)}
    assert nouns("A teapot by itself, left of centre as one regards the display.") == ["teapot"]


def test_the_speakers_picture_of_things_is_the_things():
    assert nouns("Diary entry: my close-up snap of a heron beside a sluice gate.") == ["heron", "sluice gate"]


def test_an_event_closing_the_clause_is_when_not_where():
    assert nouns("A tram parked beside a kiosk, looking left (after the speeches).") == ["kiosk", "tram"]
    assert "house" in nouns("A tram, before the house.")


def test_where_the_one_looking_stands_opening_the_clause_is_no_thing():
    assert nouns("From the gantry, looking straight down: a forklift and a pallet.") == ["forklift", "pallet"]
    assert nouns("Two herons and a punt, shot from a scaffold tower directly overhead.") == ["heron", "punt"]
    assert "mat" in nouns("From the kitchen, a cat on a mat.")
