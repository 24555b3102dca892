"""Noun phrases, counts, piles, settings and members by position, in sentences of our own.

Each case is what a careful reader takes from the sentence: the things named (and only those),
how many, how they stand, where the scene is. The parse is checked directly: the solver and the
render have their own tests."""

from __future__ import annotations

import pytest

from crews.spatial.parse import parse


def entities(prompt: str) -> dict[str, object]:
    return {e.ref: e for e in parse(prompt).entities}


@pytest.mark.parametrize("prompt, name", [
    ("a grinning plumber beside a kiosk", "plumber"),       # a participle the tagger calls a noun describes
    ("a tattooed sailor on the left", "sailor"),
    ("a scowling walrus next to a bucket", "walrus"),
    ("a bald lion tamer by a wagon", "lion tamer"),          # "tamer" is no comparative without "than"
    ("a cherry picker behind a shed", "cherry picker"),      # a kind of picker, not a cherry
])
def test_a_thing_is_named_by_its_noun_and_the_nouns_before_it(prompt: str, name: str) -> None:
    names = [e.noun for e in parse(prompt).entities]
    assert name in names
    assert not any(n.startswith(("grinning", "tattooed", "scowling")) for n in names)


@pytest.mark.parametrize("prompt, name", [
    ("Sketch Wilhelmina beside a lamp", "Wilhelmina"),
    ("Paint Horatio and a goat", "Horatio"),
    ("Please draw Marisol near a well", "Marisol"),
])
def test_a_request_verb_opening_the_prompt_is_not_part_of_a_name(prompt: str, name: str) -> None:
    names = [e.noun for e in parse(prompt).entities]
    assert name in names
    assert not any(" " in n for n in names if n[:1].isupper())


@pytest.mark.parametrize("prompt, noun, count", [
    ("a horde of nine goblins beside a cart", "goblin", 9),   # any group noun before "of" with a count
    ("a posse of cowboys near a barn", "cowboy", 5),          # a group noun without one: a few
    ("a throng of eleven fans", "fan", 11),
])
def test_a_group_noun_before_of_counts_its_members(prompt: str, noun: str, count: int) -> None:
    found = [e for e in parse(prompt).entities if e.noun == noun]
    assert found and found[0].count == count
    assert not any(e.noun in ("horde", "posse", "throng") for e in parse(prompt).entities)


@pytest.mark.parametrize("prompt, noun, count, rows", [
    ("a 4-by-2 grid of crates", "crate", 8, 4),
    ("a five by three array of buckets", "bucket", 15, 5),
    ("tulips planted in two rows, six per row", "tulip", 12, 2),
    ("barrels in three neat lines, four to a line", "barrel", 12, 3),
])
def test_grids_said_by_their_sides_or_by_each_line(prompt: str, noun: str, count: int, rows: int) -> None:
    found = [e for e in parse(prompt).entities if e.noun == noun]
    assert len(found) == 1
    assert (found[0].count, found[0].rows, found[0].arrangement) == (count, rows, "grid")


@pytest.mark.parametrize("prompt, noun, count", [
    ("tyres stacked five high beside a van", "tyre", 5),
    ("four suitcases in one lopsided pile", "suitcase", 4),
    ("three plates, each resting on the last", "plate", 3),
    ("two pallets in a single rickety stack", "pallet", 2),
])
def test_piles(prompt: str, noun: str, count: int) -> None:
    found = [e for e in parse(prompt).entities if e.noun == noun]
    assert len(found) == 1, [e.ref for e in parse(prompt).entities]
    assert (found[0].count, found[0].arrangement) == (count, "stack")


@pytest.mark.parametrize("prompt, setting, interior", [
    ("a clown juggling beside a pony, at a village fair, watercolour", "fair", None),
    ("On a rocky promontory, a goat beside a cairn", "promontory", False),
    ("two boxers in a gymnasium", "gymnasium", True),
])
def test_occasions_grounds_and_halls_are_the_setting(prompt: str, setting: str, interior: bool | None) -> None:
    spec = parse(prompt)
    assert spec.setting is not None and spec.setting.endswith(setting)
    assert setting not in [e.noun for e in spec.entities]
    if interior is not None:
        assert spec.interior is interior


def test_the_weather_closing_a_prompt_is_no_thing() -> None:
    spec = parse("a heron beside a pond, during a thunderstorm, oil painting")
    assert [e.noun for e in spec.entities] == ["heron", "pond"]
    spec = parse("a tractor near a gate, in a heatwave")  # a closed compound the dictionary writes as two words
    assert [e.noun for e in spec.entities] == ["tractor", "gate"]


def test_a_support_named_opening_a_sentence_is_a_thing_not_the_setting() -> None:
    spec = parse("On a bookshelf, three vases in a row")
    assert {e.noun for e in spec.entities} == {"bookshelf", "vase"}
    assert any(r.kind == "on_top_of" and r.object == "bookshelf" for r in spec.relations)


def test_all_but_one_facing_one_way_and_the_exception_turned_away() -> None:
    spec = parse("five ducks in a line, all facing left except the last, which has turned its back on us")
    facings = [(e.count, e.facing) for e in spec.entities if e.noun == "duck"]
    assert facings == [(4, "left"), (1, "away")]


@pytest.mark.parametrize("prompt, facings", [
    ("three monks in a row, the two on the ends facing right and the middle one facing the camera",
     ["right", "camera", "right"]),
    ("three geese in a line, the middle one facing left and the two at the ends facing away",
     ["away", "left", "away"]),
])
def test_the_two_on_the_ends(prompt: str, facings: list[str]) -> None:
    spec = parse(prompt)
    members = [e for e in spec.entities if e.count == 1]
    assert [e.facing for e in members] == facings
    chain = [(r.subject, r.object) for r in spec.relations if r.kind == "left_of"]
    assert chain == [(members[0].ref, members[1].ref), (members[1].ref, members[2].ref)]


@pytest.mark.parametrize("prompt, noun, count", [
    ("I'd like plumbers, seven in all", "plumber", 7),
    ("Tortoises, five in total, beside a fence", "tortoise", 5),
])
def test_a_count_said_after_the_noun(prompt: str, noun: str, count: int) -> None:
    found = [e for e in parse(prompt).entities if e.noun == noun]
    assert len(found) == 1 and found[0].count == count


@pytest.mark.parametrize("prompt, name, count", [
    ("a forget-me-not beside a watering can", "forget me not", 1),
    ("three jack-in-the-boxes on a rug", "jack in the box", 3),
])
def test_a_hyphenated_dictionary_noun_is_one_thing(prompt: str, name: str, count: int) -> None:
    found = [e for e in parse(prompt).entities if e.noun.replace("_", " ") == name]
    assert len(found) == 1 and found[0].count == count
    assert not {"forget", "jack", "me", "not"} & {e.noun for e in parse(prompt).entities}


def test_a_dictionary_word_beats_the_ending_that_names_people() -> None:
    kinds = {e.noun: e.category for e in parse("a lowboy beside a postman").entities}
    assert kinds["postman"] == "person" and kinds["lowboy"] != "person"


def test_furthest_left_and_right_with_one_in_between() -> None:
    spec = parse("A wheelbarrow furthest left, a mailbox furthest right and a kennel in between")
    assert sorted(e.noun for e in spec.entities) == ["kennel", "mailbox", "wheelbarrow"]
    kinds = {(r.kind, r.subject) for r in spec.relations}
    assert {("left_side", "wheelbarrow"), ("right_side", "mailbox"), ("between", "kennel")} <= kinds


def test_things_across_the_top_of_a_support_are_on_it() -> None:
    spec = parse("a workbench with four jars standing in a neat row across its top")
    assert any(r.kind == "on_top_of" and r.subject == "jar" and r.object == "workbench" for r in spec.relations)


@pytest.mark.parametrize("prompt, nouns", [
    ("For a bedtime storybook: two owls on a branch", ["owl", "branch"]),
    ("Illustrate the following. A heron beside a jetty", ["heron", "jetty"]),
    ("Two ferrets beside a log, linocut with thick inky lines", ["ferret", "log"]),
])
def test_what_the_picture_is_for_and_how_it_looks_are_no_things(prompt: str, nouns: list[str]) -> None:
    assert [e.noun for e in parse(prompt).entities] == nouns


def test_the_room_of_a_place_is_the_setting_not_its_furniture() -> None:
    spec = parse("a porter beside a trolley, in a hotel lounge")
    assert spec.setting == "hotel lounge" and spec.interior is True
    assert [e.noun for e in spec.entities] == ["porter", "trolley"]


def test_a_fronted_place_carries_over_a_list_closed_by_and_only() -> None:
    listed = parse("On the dresser, a jug, a candle and a clock")
    assert {r.subject for r in listed.relations if r.kind == "on_top_of"} == {"jug", "candle", "clock"}
    parts = parse("On a bench, a row of four jam jars, a crowd of twelve hikers, in soft light")
    assert {r.subject for r in parts.relations if r.kind == "on_top_of"} == {"jam jar"}


@pytest.mark.parametrize("prompt, noun, count", [
    ("a two-tone scooter beside a gate", "scooter", 1),    # a number joined to a word describes one thing
    ("a four-poster bed by a window", "four_poster bed", 1),  # (the dictionary names a four-poster)
    ("a three-legged stool", "stool", 1),
    ("three 2-seater sofas", "sofa", 3),
])
def test_a_number_joined_to_a_word_is_no_count(prompt: str, noun: str, count: int) -> None:
    found = [e for e in parse(prompt).entities if e.noun == noun]
    assert len(found) == 1 and found[0].count == count


@pytest.mark.parametrize("prompt, field, value", [
    ("A teapot in a close crop", "shot", "close_up"),
    ("A kettle, cropped tight", "shot", "close_up"),
    ("A lighthouse keeper tiny in a vast empty plain", "shot", "wide"),
    ("A tortoise seen from its tail end, camera positioned behind it", "view", "back"),
])
def test_camera_words_of_crops_and_empty_landscapes(prompt: str, field: str, value: str) -> None:
    spec = parse(prompt)
    assert getattr(spec.camera, field) == value
    assert not {"crop", "plain", "landscape", "camera"} & {e.noun for e in spec.entities}


@pytest.mark.parametrize("prompt, name, category", [
    ("a shih tzu asleep beside a fountain", "shih tzu", "dog"),        # no person, whatever the recogniser says
    ("a cat curled up beneath a baby grand", "baby grand", "grand_piano"),  # a grand alone is money first
])
def test_a_dictionary_compound_names_its_thing(prompt: str, name: str, category: str) -> None:
    found = {e.noun: e.category for e in parse(prompt).entities}
    assert found.get(name) == category, found


def test_one_of_a_compound_on_top_of_another_is_two_of_it() -> None:
    spec = parse("one tea chest lying on top of another")
    assert [e.noun for e in spec.entities] == ["tea chest", "tea chest"]
    assert [r.kind for r in spec.relations] == ["on_top_of"]


@pytest.mark.parametrize("prompt, setting", [
    ("Beside a river towpath, a heron on a post", "towpath"),
    ("two cyclists resting, beside a canal, gouache", "canal"),
    ("nine gnomes forming a loose ring about a sundial, in an olive grove", "grove"),
])
def test_ways_and_groves_are_where_the_scene_is(prompt: str, setting: str) -> None:
    spec = parse(prompt)
    assert spec.setting is not None and spec.setting.endswith(setting)
    assert setting not in {e.noun.split()[-1] for e in spec.entities}


def test_a_ring_however_loose_and_a_frame_crossed_from_side_to_side() -> None:
    ring = parse("nine gnomes forming a loose ring about a sundial")
    assert [(r.kind, r.subject, r.object) for r in ring.relations] == [("around", "gnome", "sundial")]
    across = parse("four tractors side by side from one side of the picture to the other")
    assert [e.noun for e in across.entities] == ["tractor"]


@pytest.mark.parametrize("noun", ["sneaker", "slipper"])
def test_a_kind_of_a_thing_the_tables_size_has_its_size(noun: str) -> None:
    [thing] = [e for e in parse(f"a {noun} beside a chair").entities if e.noun == noun]
    assert thing.stand_in and max(thing.size) < 0.35  # a shoe's size, no half-metre block
