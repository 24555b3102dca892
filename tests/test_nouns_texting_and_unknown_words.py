"""Requests typed like a text message, words no dictionary knows, and the words around a thing
that are not its name ("deeper in the scene", "making for the left"), in sentences of our own.

The parse is checked directly: which things the scene has, and how they relate."""

from __future__ import annotations

import pytest

from crews.spatial.parse import parse


def nouns(prompt: str) -> list[str]:
    return [e.noun for e in parse(prompt).entities]


def kinds(prompt: str) -> set[tuple[str, str, str | None]]:
    return {(r.subject, r.kind, r.object) for r in parse(prompt).relations}


@pytest.mark.parametrize("prompt, things", [
    ("cat under chair lol", ["cat", "chair"]),                         # a sign-off is no thing
    ("kettle next to toaster pls", ["kettle", "toaster"]),
    ("lamp behind sofa ok", ["lamp", "sofa"]),
    ("put a vase on the shelf, thx", ["vase", "shelf"]),
    ("owl left of a fence asap", ["owl", "fence"]),
    ("hey could u draw this: a goat beside a barn", ["goat", "barn"]),  # a greeting and an ask
    ("ok so a bicycle in front of a gate", ["bicycle", "gate"]),
    ("a crab + a bucket + a spade", ["crab", "bucket", "spade"]),      # "+" lists
])
def test_texting_keeps_only_the_things(prompt: str, things: list[str]) -> None:
    assert sorted(nouns(prompt)) == sorted(things)


def test_a_sign_off_after_a_question_is_no_thing() -> None:
    assert sorted(nouns("Can you make a heron to the left of a canoe? thanks")) == ["canoe", "heron"]


@pytest.mark.parametrize("prompt, things", [
    ("Visualise a walrus on a rock", ["walrus", "rock"]),               # a request verb, not a name
    ("Visualize two lanterns beside a well", ["lantern", "well"]),
    ("Once upon a time a badger slept under an oak.", ["badger", "oak"]),  # how a story opens
    ("From the estate inventory: a clock beside a mirror", ["clock", "mirror"]),  # where the words come from
    ("Item 4. A kettle on a stove.", ["kettle", "stove"]),             # a numbered entry
])
def test_openings_that_ask_or_label_are_no_things(prompt: str, things: list[str]) -> None:
    assert sorted(nouns(prompt)) == sorted(things)


@pytest.mark.parametrize("prompt, name", [
    ("a wumpfle in front of a tent", "wumpfle"),                      # no dictionary knows it: still a thing
    ("A sleepy glorbit beside a chair", "glorbit"),
    ("zindrak next to a barrel", "zindrak"),
])
def test_a_word_no_dictionary_knows_is_a_thing(prompt: str, name: str) -> None:
    assert name in nouns(prompt)


def test_a_word_no_dictionary_knows_keeps_its_relation() -> None:
    assert ("wumpfle", "in_front_of", "tent") in kinds("wumpfle in front of tent")


@pytest.mark.parametrize("prompt, name", [
    ("rho in front, a drum behind it", "rho"),          # a letter of the alphabet is a thing when something places it
    ("bishop next to a castle", "bishop"),
])
def test_a_bare_word_that_is_placed_is_a_thing_not_a_style(prompt: str, name: str) -> None:
    assert name in nouns(prompt)


def test_a_bare_style_word_closing_the_prompt_stays_style() -> None:
    spec = parse("A fox in a meadow, digital illustration")
    assert [e.noun for e in spec.entities] == ["fox"] and any("illustration" in s for s in spec.style)


@pytest.mark.parametrize("prompt, name", [
    ("nutcracker next to a candle", "nutcracker"),
    ("cheese grater beside a bowl", "cheese grater"),       # a dictionary name, though "grater" alone is rare
    ("tin opener next to a jar", "tin opener"),
])
def test_a_two_word_dictionary_thing_without_article_is_a_thing(prompt: str, name: str) -> None:
    assert name in nouns(prompt)


@pytest.mark.parametrize("prompt, name", [
    ("A lamp near the camera, a wagon deeper in the scene", "wagon"),  # a comparative says where
    ("A crate close by, a yurt further back", "yurt"),
])
def test_a_comparative_is_no_part_of_a_name(prompt: str, name: str) -> None:
    assert name in nouns(prompt)


@pytest.mark.parametrize("prompt, name", [
    ("A tractor making for the right of the picture", "tractor"),
    ("A hedgehog heading off to the left", "hedgehog"),
])
def test_a_verb_of_going_is_no_part_of_a_name(prompt: str, name: str) -> None:
    assert name in nouns(prompt)


def test_a_sliver_of_a_thing_is_the_thing() -> None:
    assert "sliver" not in nouns("Only a sliver of a heron shows past a boathouse")
    assert "heron" in nouns("Only a sliver of a heron shows past a boathouse")


def test_a_person_word_is_no_closed_compound() -> None:
    # "hairdresser" ends in "dresser", "mascot" in "cot": the dictionary says they are people.
    assert parse("A hairdresser beside a door").entity("hairdresser").category == "person"
    assert parse("A mascot beside a goal").entity("mascot").category == "person"


def test_a_closed_compound_of_a_thing_still_reads_as_its_last_part() -> None:
    assert parse("A sheepdog beside a gate").entity("sheepdog").category == "dog"


@pytest.mark.parametrize("prompt, style", [
    ("A heron in a reed bed, ukiyo-e", "ukiyoe"),
    ("A hare in the snow, linocut", "linocut"),
    ("A fox on a hill, woodblock", "woodblock"),
])
def test_print_styles_are_style(prompt: str, style: str) -> None:
    spec = parse(prompt)
    assert any(style in s for s in spec.style)
    assert all(style not in e.noun for e in spec.entities)


def test_a_joined_participle_still_describes() -> None:
    spec = parse("A well-worn saddle on a fence")
    assert "saddle" in [e.noun for e in spec.entities]
    assert "backlit" not in nouns("A barn and a tractor, backlit by a low sun")


@pytest.mark.parametrize("prompt, name", [
    ("A tennis set beside a lamp", "tennis set"),            # a game's set is one thing
    ("a chess set on a table", "chess set"),                  # (no game is set down anywhere)
    ("A banjo beside a people carrier", "people carrier"),   # after "a", a plural names the kind
    ("goat behind people carrier", "people carrier"),        # texting: after "behind" too
    ("A goose behind a gypsy wagon", "gypsy wagon"),         # a word for people naming a kind of wagon
    ("a game console under a desk", "game console"),         # a noun first, whatever adjective it spells
    ("A toy truck beside a bucket", "toy truck"),            # a thing's word the tagger calls an adjective
])
def test_words_before_a_noun_that_name_its_kind(prompt: str, name: str) -> None:
    assert name in nouns(prompt)


def test_a_known_head_draws_an_unknown_compound() -> None:
    # a wagon of a kind no table knows is drawn as the wagon is
    assert parse("A goose behind a gypsy wagon").entity("gypsy wagon").category == \
        parse("A goose behind a wagon").entity("wagon").category


def test_a_factory_is_no_potted_plant() -> None:
    # the dictionary files a cannery and a mill under "plant", the factory sense
    assert parse("A sawmill beside a river").entities[0].category != "potted_plant"


@pytest.mark.parametrize("prompt, name", [
    ("A nesting table beside a sofa", "nesting table"),      # nesting tables: a kind of table
    ("A nesting heron beside a reed", "heron"),              # a nesting heron is a heron, nesting
])
def test_nesting_names_a_table_and_describes_a_bird(prompt: str, name: str) -> None:
    assert name in nouns(prompt)


def test_things_opening_a_sentence_are_no_style() -> None:
    spec = parse("Bread rolls set out in two rows")
    assert [(e.noun, e.count) for e in spec.entities] == [("bread roll", 2)]


def test_a_thing_said_with_a_then_how_it_is_shot() -> None:
    spec = parse("A heron sharp in front, a gondola soft-focus behind")
    assert sorted(nouns("A heron sharp in front, a gondola soft-focus behind")) == ["gondola", "heron"]
    assert "soft focus" in spec.style


@pytest.mark.parametrize("prompt", ["A fox, concept art", "A fox, matte finish", "A fox, low poly 3d"])
def test_style_said_without_a_thing_stays_style(prompt: str) -> None:
    assert nouns(prompt) == ["fox"]


def test_a_material_describes_a_machine_a_person_word_also_names() -> None:
    # the dictionary's first calculator is someone who calculates; a chrome one is the machine
    assert "calculator" in nouns("A chrome calculator on a desk")


def test_things_arranged_after_a_comma_are_things() -> None:
    assert ("dinner roll", 2) in [(e.noun, e.count) for e in parse("a lamp, dinner rolls in a row").entities]


def test_a_ridge_is_where_the_scene_is() -> None:
    spec = parse("A goat on a ridge")
    assert [e.noun for e in spec.entities] == ["goat"] and spec.setting == "ridge"


@pytest.mark.parametrize("prompt, name", [
    ("a hurdy-gurdy beside a stool", "hurdy_gurdy"),     # two halves no dictionary knows: one word
    ("a tuk-tuk beside a pig", "tuk_tuk"),
])
def test_a_coined_pair_is_one_word(prompt: str, name: str) -> None:
    assert name in nouns(prompt)


def test_at_the_foot_of_a_slope_is_where_the_scene_is() -> None:
    spec = parse("Two sledges at the foot of the slope")
    assert [e.noun for e in spec.entities] == ["sledge"] and spec.setting == "slope"


def test_on_top_of_a_hill_keeps_the_hill() -> None:
    assert ("flag", "on_top_of", "hill") in kinds("a flag on top of a hill")


def test_a_two_word_plural_counted_after_it() -> None:
    assert [(e.noun, e.count) for e in parse("Lollipop ladies, three of them").entities] == [("lollipop lady", 3)]


def test_a_depicting_verb_opening_the_sentence_is_the_request() -> None:
    spec = parse("Draw two canoes, each turned to the left")
    assert [(e.noun, e.count, e.facing) for e in spec.entities] == [("canoe", 2, "left")]


@pytest.mark.parametrize("prompt, name", [
    ("a taller pine beside a shed", "pine"),          # a comparative the dictionary lists under its adjective
    ("the smallest crate beside a barrel", "crate"),  # and a superlative: no unknown word, no name
])
def test_graded_adjectives_describe(prompt: str, name: str) -> None:
    assert name in nouns(prompt)
