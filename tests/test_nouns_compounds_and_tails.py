"""Names of two words, the sky and the shot closing a prompt, places said with "by", grids said
after their things, in sentences of our own.

Each case is what a careful reader takes from the sentence: which words name one thing, which
describe it, and which say where the scene is or how it is shot. The parse is checked directly."""

from __future__ import annotations

import pytest

from crews.spatial.parse import parse
from studio import wordnet


def nouns(prompt: str) -> list[str]:
    return [e.noun for e in parse(prompt).entities]


@pytest.mark.parametrize("prompt, name", [
    ("A wild boar trots past a tent", "wild boar"),             # the dictionary's kind of boar
    ("A sleeping bag lies under a cot", "sleeping bag"),        # a word of the verb list naming the thing
    ("a dog curled up on a sleeping bag", "sleeping bag"),
    ("A lantern on a packing crate", "packing crate"),          # a crate for packing, not one made of packing
    ("A vase on a media cabinet", "media cabinet"),             # after "a", a plural naming the kind
    ("A chess set to the left of a lamp", "chess set"),         # the dictionary's set, not a chess that was set
    ("A goat sheltering under a lean-to", "lean_to"),           # a word and a particle: one noun
])
def test_two_words_that_name_one_thing_stay_one_name(prompt: str, name: str) -> None:
    assert name in nouns(prompt)


@pytest.mark.parametrize("prompt, name, describes", [
    ("An old man beside a little owl", "man", "old"),          # an age and a size describe
    ("An old man beside a little owl", "owl", "little"),
    ("A white fox left of a sled", "fox", "white"),            # a colour says how it looks
    ("A black duck below a bench", "duck", "black"),
])
def test_a_colour_size_or_age_describes_the_thing(prompt: str, name: str, describes: str) -> None:
    assert name in nouns(prompt)
    assert not any(n.startswith(describes + " ") for n in nouns(prompt))


def test_a_participle_before_a_place_is_still_how_the_thing_was_put_there() -> None:
    spec = parse("A vase set on a table")
    assert sorted(nouns("A vase set on a table")) == ["table", "vase"]
    assert [(r.kind, r.subject, r.object) for r in spec.relations] == [("on_top_of", "vase", "table")]


def test_a_plural_after_a_count_is_no_modifier() -> None:
    spec = parse("Two pigeons peck at bread")
    pigeons = next(e for e in spec.entities if e.noun == "pigeon")
    assert pigeons.count == 2


@pytest.mark.parametrize("prompt, name, count", [
    ("Three tea caddies on a shelf", "tea caddy", 3),          # the dictionary's caddy, a caddie carries clubs
    ("Cabbages planted in two rows of three", "cabbage", 6),   # a plural opening a sentence is no name
    ("A neat grid of flowerpots, three rows with four in each", "flowerpot", 12),
    ("A tidy grid of tomatoes, two rows with five in each, beside a shed", "tomato", 10),
])
def test_counts_and_grids_said_after_the_things(prompt: str, name: str, count: int) -> None:
    found = {e.noun: e for e in parse(prompt).entities}
    assert name in found, found
    assert found[name].count == count
    assert not found[name].proper


def test_a_grid_said_after_its_things_has_its_rows() -> None:
    found = {e.noun: e for e in parse("A neat grid of flowerpots, three rows with four in each").entities}
    assert found["flowerpot"].arrangement == "grid"
    assert found["flowerpot"].rows == 3


def test_a_comma_before_rows_of_things_is_no_arrangement_of_the_things_before() -> None:
    found = {e.noun: e for e in parse("two cats, three rows of chairs").entities}
    assert found["cat"].count == 2 and found["cat"].arrangement is None
    assert found["chair"].arrangement == "grid"


@pytest.mark.parametrize("prompt", [
    "A fox on a hill, under a full moon, woodcut print",
    "Two owls on a branch, under the stars",
])
def test_the_sky_overhead_closing_a_prompt_is_light_not_a_thing(prompt: str) -> None:
    spec = parse(prompt)
    assert not {"moon", "star", "stars"} & set(nouns(prompt))
    assert spec.relations == [] or all(r.object not in ("moon", "stars") for r in spec.relations)


def test_on_the_moon_is_still_where_the_scene_is() -> None:
    spec = parse("Two astronauts on the moon")
    assert spec.setting == "moon"
    assert nouns("Two astronauts on the moon") == ["astronaut"]


@pytest.mark.parametrize("prompt, things", [
    ("A sweeping wide shot of a lighthouse", ["lighthouse"]),
    ("A dramatic long shot: a tractor in a field", ["tractor"]),
    ("A heron and a boat, tiny in a vast panorama", ["heron", "boat"]),
])
def test_the_adjective_of_a_shot_is_no_thing(prompt: str, things: list[str]) -> None:
    spec = parse(prompt)
    assert sorted(nouns(prompt)) == sorted(things)
    assert spec.camera.shot == "wide"


def test_a_thing_named_before_a_shot_is_kept() -> None:
    assert nouns("A harp seen from the front") == ["harp"]


@pytest.mark.parametrize("prompt, setting, thing", [
    ("By the seaside, a crab beside a bucket", "seaside", "crab"),
    ("A sailor coiling a rope, by the harbour", "harbour", "sailor"),
])
def test_a_place_one_is_by_opening_or_closing_a_prompt_is_the_setting(prompt: str, setting: str, thing: str) -> None:
    spec = parse(prompt)
    assert spec.setting == setting
    assert thing in nouns(prompt) and setting not in nouns(prompt)


@pytest.mark.parametrize("prompt, thing", [
    ("a duck by a pond", "pond"),                # a pond is a thing one is by
    ("a dog by the fireplace", "fireplace"),
])
def test_a_thing_one_is_by_stays_a_thing(prompt: str, thing: str) -> None:
    assert thing in nouns(prompt)


def test_standing_on_a_bar_is_standing_on_a_counter() -> None:
    spec = parse("A child standing on a breakfast bar")
    assert "breakfast bar" in nouns("A child standing on a breakfast bar")
    assert spec.setting is None
    assert parse("Two friends in a wine bar").setting == "bar"


def test_a_bare_comic_strip_closing_a_prompt_is_the_style() -> None:
    spec = parse("A robot waving at a cat, comic strip")
    assert sorted(nouns("A robot waving at a cat, comic strip")) == ["cat", "robot"]
    assert "comic strip" in spec.style


def test_move_opening_a_prompt_is_a_request() -> None:
    assert nouns("Move Ottoline beside the fridge") == ["Ottoline", "fridge"]


@pytest.mark.parametrize("name, head, kind", [
    ("wild boar", "boar", True),
    ("brown bear", "bear", True),
    ("black cat", "cat", False),   # the dictionary's black cat is a marten
])
def test_wordnet_knows_which_names_are_kinds_of_their_last_word(name: str, head: str, kind: bool) -> None:
    assert wordnet.is_kind_of(name, head) is kind


def test_a_word_and_a_particle_before_a_noun_name_its_kind() -> None:
    found = {e.noun: e for e in parse("five ride-on lawnmowers in a row").entities}
    assert found["ride_on lawnmower"].count == 5


def test_camera_words_joined_to_a_particle_stay_camera_words() -> None:
    spec = parse("A top-down view of a kettle")
    assert nouns("A top-down view of a kettle") == ["kettle"]
    assert spec.camera.view == "top"


def test_a_dictionary_name_whose_first_word_the_tagger_calls_an_adjective_is_one_thing() -> None:
    found = {e.noun: e for e in parse("two cinder blocks, one stacked on the other").entities}
    assert found["cinder block"].count == 2
    assert found["cinder block"].arrangement == "stack"


def test_a_noun_in_double_s_is_no_verb() -> None:
    assert nouns("A trouser press beside a bed") == ["trouser press", "bed"]


def test_a_capitalised_word_inside_a_sentence_with_no_article_is_a_name() -> None:
    spec = parse("a ladder, and Marigold standing on a crate")
    found = {e.noun: e for e in spec.entities}
    assert found["Marigold"].proper
    assert [(r.kind, r.subject, r.object) for r in spec.relations] == [("on_top_of", "Marigold", "crate")]


def test_their_backs_are_no_things() -> None:
    spec = parse("two sailors with their backs together, one facing left, the other facing right")
    assert nouns("two sailors with their backs together, one facing left, the other facing right") == \
        ["sailor", "sailor"]
    assert sorted(e.facing for e in spec.entities) == ["left", "right"]


def test_a_shot_looking_up_says_nothing_more_and_a_place_before_it_is_still_the_setting() -> None:
    spec = parse("a van towards the left, by the seaside, a low-angle shot looking up, in soft rain")
    assert spec.setting == "seaside"
    assert nouns("a van towards the left, by the seaside, a low-angle shot looking up, in soft rain") == ["van"]


def test_along_the_top_of_a_bar_is_on_a_counter() -> None:
    spec = parse("along the top of a cocktail bar, four glasses in a row")
    assert spec.setting is None
    assert [(r.kind, r.subject, r.object) for r in spec.relations] == [("on_top_of", "glass", "cocktail bar")]


@pytest.mark.parametrize("prompt, name, colour", [
    ("A golden eagle above a barn", "golden eagle", "gold"),
    ("Two grey wolves beside a sled", "grey wolf", "gray"),
])
def test_an_animal_named_with_a_colour_keeps_its_name_and_its_colour(prompt: str, name: str, colour: str) -> None:
    found = {e.noun: e for e in parse(prompt).entities}
    assert name in found
    assert found[name].color_name in (colour, name.split()[0])


def test_a_thing_shot_from_high_overhead_is_kept() -> None:
    spec = parse("a tractor and a goose shot from high overhead")
    assert sorted(nouns("a tractor and a goose shot from high overhead")) == ["goose", "tractor"]
    assert spec.camera.view == "top"


@pytest.mark.parametrize("prompt, name, category", [
    ("a shelf unit holding four jars", "shelf unit", "shelf"),          # a unit of shelves is a shelf
    ("Three boy scouts beside a tent", "boy scout", "person"),
    ("Four girl guides around a campfire", "girl guide", "person"),     # two words for people: a person
    ("a glass on the bar", "bar", "desk"),                              # on a bar: a counter
])
def test_a_compound_takes_the_shape_its_words_say(prompt: str, name: str, category: str) -> None:
    found = {e.noun: e for e in parse(prompt).entities}
    assert found[name].category == category


def test_things_on_a_unit_of_shelves_stand_on_it() -> None:
    spec = parse("a shelf unit holding four jars")
    assert [(r.kind, r.subject, r.object) for r in spec.relations] == [("on_top_of", "jar", "shelf unit")]


@pytest.mark.parametrize("prompt, name", [
    ("A speckled giant panda on a rock", "giant panda"),       # a kind, not a big panda
    ("A well-worn stapler on a desk", "stapler"),              # one adjective of two words
    ("A peeling kit bag under a bench", "kit bag"),            # paint peeling: how it looks
    ("A red spinning top on a desk", "spinning top"),          # a place word named with the word before it
    ("The top of a yellow drinks cabinet holds a vase", "drinks cabinet"),
    ("Frame a garden gnome in the middle", "garden gnome"),    # a request, not a picture frame
    ("A still of a trombonist on a stage", "trombonist"),      # a frame of a film showing what follows
])
def test_names_kept_whole_and_words_that_only_describe(prompt: str, name: str) -> None:
    assert name in nouns(prompt)


def test_a_big_or_giant_thing_that_is_no_kind_is_scaled() -> None:
    found = {e.noun: e for e in parse("a big dog and a giant cat").entities}
    assert found["dog"].scale > 1 and found["cat"].scale > 1


def test_a_name_the_tagger_calls_a_determiner_is_a_name() -> None:
    spec = parse("Zenobia sheltering under an awning")
    assert [(r.kind, r.subject) for r in spec.relations] == [("under", "Zenobia")]


def test_a_plural_after_its_count_is_the_thing_even_when_it_looks_like_a_verb() -> None:
    found = {e.noun: e for e in parse("a bench with four net floats sitting on it").entities}
    assert found["net float"].count == 4


@pytest.mark.parametrize("prompt, setting, things", [
    ("Concept sketch: In a lakeside cafe: six waiters wandering around in every direction",
     "lakeside cafe", ["waiter"]),
    ("two herons, at a village fete -- children's picture book, soft crayon", "village fete", ["heron"]),
    ("As seen from a distant hilltop - a tractor beside a barn.", None, ["barn", "tractor"]),
    ("Panel three of the story. In a bakery: a cake on a counter", "bakery", ["cake", "counter"]),
    ("A robin on a fence, in a thick sea fret -- naive folk art", None, ["fence", "robin"]),
])
def test_captions_vantages_occasions_and_weather_name_no_thing(prompt: str, setting: str | None,
                                                                things: list[str]) -> None:
    spec = parse(prompt)
    assert sorted(e.noun for e in spec.entities if e.noun not in ("direction",)) == sorted(things)
    assert spec.setting == setting


@pytest.mark.parametrize("prompt, name, count", [
    ("A set of kitchen scales on a counter", "kitchen scales", 1),    # one thing, named in the plural
    ("a pair of binoculars on a table", "binoculars", 1),
    ("Flat lay of a wind-up mouse and a cup", "wind_up mouse", 1),   # a word and its particle name the kind
])
def test_things_named_in_the_plural_and_particle_kinds(prompt: str, name: str, count: int) -> None:
    found = {e.noun: e for e in parse(prompt).entities}
    assert found[name].count == count


def test_a_word_in_men_the_dictionary_knows_is_singular() -> None:
    assert nouns("A lizard at a dolmen's side") == ["lizard", "dolmen"]
    assert [e.noun for e in parse("two firemen and three women").entities] == ["fireman", "woman"]


def test_a_building_no_table_knows_is_drawn_building_sized() -> None:
    found = {e.noun: e for e in parse("a goat beside a smokehouse").entities}
    assert found["smokehouse"].size[1] > 2.0


def test_a_medium_closing_the_prompt_is_the_style() -> None:
    spec = parse("A haywain in the middle, matte painting")
    assert nouns("A haywain in the middle, matte painting") == ["haywain"]
    assert "matte painting" in spec.style


def test_half_lost_behind_is_hidden() -> None:
    spec = parse("A tuba player half lost behind a bandstand")
    assert [(r.kind, r.subject, r.object) for r in spec.relations] == [("hidden_by", "tuba player", "bandstand")]
