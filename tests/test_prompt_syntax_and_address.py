"""Image tools' prompt syntax (weights, emphasis, style models), a speaker addressing a class or a
crowd, questions opened by a modal, text-kind labels, "a pair of" one thing, toys and media, in
sentences of our own.

The parse is checked directly: which things the scene has, their counts and sizes, and how they relate."""

from __future__ import annotations

import pytest

from crews.spatial.parse import parse


def nouns(prompt: str) -> list[str]:
    return sorted(e.noun for e in parse(prompt).entities)


def counts(prompt: str) -> dict[str, int]:
    return {e.noun: e.count for e in parse(prompt).entities}


def kinds(prompt: str) -> set[tuple[str, str, str | None]]:
    return {(r.subject, r.kind, r.object) for r in parse(prompt).relations}


@pytest.mark.parametrize("prompt, things", [
    ("(heron:1.4), (rowing boat:1.2), misty morning, masterpiece", ["heron", "rowing boat"]),
    ("((a lighthouse)), [a full moon], oil painting", ["lighthouse", "moon"]),
    ("<lora:inkwash:0.7> (a goat:1.1), (a cart:0.9)", ["cart", "goat"]),
    ("(a walrus on a rock:1.3), sharp focus", ["rock", "walrus"]),
])
def test_weights_and_emphasis_are_for_the_tool(prompt: str, things: list[str]) -> None:
    assert nouns(prompt) == things


def test_a_weighted_relation_still_relates() -> None:
    assert ("walrus", "on_top_of", "rock") in kinds("(a walrus on a rock:1.3), (sunset:0.8)")


def test_a_caption_bracket_after_a_thing_still_places_it() -> None:
    relations = kinds("a birdbath (left), a wheelbarrow (right)")
    assert ("birdbath", "left_side", None) in relations and ("wheelbarrow", "right_side", None) in relations


@pytest.mark.parametrize("prompt, things", [
    ("Okay, kids, we draw a tractor beside a barn.", ["barn", "tractor"]),
    ("Right, class: three kites and a windmill.", ["kite", "windmill"]),
    ("The heron stands at the back, everyone, behind the canoe.", ["canoe", "heron"]),
    ("A hen sits on the fence, folks.", ["fence", "hen"]),
    ("Now, children, today we paint a lighthouse on a cliff.", ["cliff", "lighthouse"]),
])
def test_whom_the_speaker_addresses_is_no_thing(prompt: str, things: list[str]) -> None:
    assert nouns(prompt) == things


def test_children_in_a_list_are_things() -> None:
    assert nouns("kids, dogs and cats in a park") == ["cat", "dog", "kid"]


@pytest.mark.parametrize("prompt, things", [
    ("We draw the tractor on the left side of the page.", ["tractor"]),
    ("Would it be OK to show a goat under a cart?", ["cart", "goat"]),
    ("I'd like you to paint a fox on a log.", ["fox", "log"]),
    ("Let's sketch a canoe on a lake.", ["canoe"]),
])
def test_the_picture_makers_draw_the_scene(prompt: str, things: list[str]) -> None:
    assert nouns(prompt) == things


def test_someone_in_the_scene_drawing_draws_on_paper() -> None:
    assert nouns("A girl sketching a horse in a meadow.") == ["girl"]


@pytest.mark.parametrize("prompt, subject, kind, obj", [
    ("Should a heron stand on a post?", "heron", "on_top_of", "post"),
    ("Can a cat lie under a bench?", "cat", "under", "bench"),
    ("Could a goat perch on a wall?", "goat", "on_top_of", "wall"),
    ("Maybe a kettle beside a toaster?", "kettle", "near", "toaster"),
    ("Would it be at all possible to paint a kitten beneath a sideboard?", "kitten", "under", "sideboard"),
])
def test_a_question_opened_by_a_modal_or_adverb(prompt: str, subject: str, kind: str, obj: str) -> None:
    assert nouns(prompt) == sorted([subject, obj])
    assert (subject, kind, obj) in kinds(prompt)


def test_a_capitalised_adverb_opening_a_count_is_no_name() -> None:
    assert nouns("Exactly three kettles") == ["kettle"] and counts("Exactly three kettles") == {"kettle": 3}


@pytest.mark.parametrize("prompt, things", [
    ("Memo: a goat beside a cart", ["cart", "goat"]),
    ("Witness statement: a van behind a kiosk", ["kiosk", "van"]),
    ("Caption: a heron under a jetty", ["heron", "jetty"]),
])
def test_a_label_naming_the_kind_of_text_is_no_thing(prompt: str, things: list[str]) -> None:
    assert nouns(prompt) == things


def test_labels_that_place_or_frame_stay_read() -> None:
    assert ("goat", "in_front_of", "cart") in kinds("Foreground: a goat; background: a cart")
    assert parse("Back view: a goat and a shepherd").camera.view == "back"
    assert parse("Wide shot: a goat and a shepherd").camera.shot == "wide"


@pytest.mark.parametrize("prompt, noun, count", [
    ("a pair of small grey headphones on a desk", "headphones", 1),
    ("a pair of old red scissors on a desk", "scissors", 1),
    ("a pair of swans on a lake", "swan", 2),
    ("three taxis beside a kiosk", "taxi", 3),   # the cabs, not the movement a dictionary spells so
])
def test_how_many_a_pair_or_a_plural_says(prompt: str, noun: str, count: int) -> None:
    assert counts(prompt)[noun] == count


def test_a_toy_is_toy_sized_and_a_toy_box_is_a_box() -> None:
    robot = next(e for e in parse("a toy robot on a shelf").entities if e.noun == "toy robot")
    assert robot.size is not None and max(robot.size) <= 0.4
    box = next(e for e in parse("a toy box in a bedroom").entities if e.noun == "toy box")
    assert box.size is None and box.scale == 1.0


def test_a_group_sitting_round_a_place_rings_it() -> None:
    spec = parse("six campers seated in a ring around the sandpit")
    assert ("camper", "around", "sandpit") in kinds("six campers seated in a ring around the sandpit")
    assert spec.setting != "sandpit"
    assert parse("dogs running around the park").setting == "park"


def test_a_coloured_pencil_closing_the_prompt_is_the_medium() -> None:
    assert nouns("a goat in a meadow, coloured pencil") == ["goat"]
    assert nouns("a pencil on a desk") == ["desk", "pencil"]


def test_another_of_a_medium_word_is_a_second_thing() -> None:
    spec = parse("a book lying on another book")
    assert [e.noun for e in spec.entities] == ["book", "book"]
    assert [(r.subject, r.kind, r.object) for r in spec.relations] == [("book", "on_top_of", "book#2")]


def test_a_thing_the_tables_know_is_no_weather() -> None:
    assert nouns("close-up of a microwave, filling the frame") == ["microwave"]
    assert nouns("a cabin in a blizzard") == ["cabin"]


@pytest.mark.parametrize("prompt, things", [
    ("Need a pic: two geese beside a gate", ["gate", "goose"]),
    ("I want picture with these: a heron on a post.", ["heron", "post"]),
    ("I'd like an image of a tractor in a barn", ["barn", "tractor"]),
])
def test_asking_for_a_picture_names_no_picture(prompt: str, things: list[str]) -> None:
    assert nouns(prompt) == things


def test_the_artist_credited_is_no_one_in_the_scene() -> None:
    assert nouns("a windmill by a canal, oil painting by Jan van Goyen") == ["canal", "windmill"]
    assert nouns("a heron, epic fantasy art by Ada Lovelock") == ["heron"]


def test_a_game_played_is_no_thing_but_an_instrument_is() -> None:
    assert nouns("two monks playing chess under a tree") == ["monk", "tree"]
    assert nouns("a busker playing a cello beside a fountain") == ["busker", "cello", "fountain"]


def test_key_value_prompts_and_texting_shorthand() -> None:
    spec = parse("subject=heron; background=marsh; camera=low angle")
    assert [e.noun for e in spec.entities] == ["heron"] and spec.setting == "marsh"
    assert nouns("like a goat or something on a cart idk") == ["cart", "goat"]


def test_notes_with_bare_sides_and_bracketed_looks() -> None:
    relations = kinds("shed left, greenhouse right, goat in front")
    assert ("shed", "left_side", None) in relations and ("greenhouse", "right_side", None) in relations
    spec = parse("a hen (brown) beside a trough")
    assert [e.noun for e in spec.entities] == ["hen", "trough"] and spec.entities[0].color_name == "brown"
    assert {e.facing for e in parse("a goat facing left, a hen looking right").entities} == {"left", "right"}


@pytest.mark.parametrize("prompt, setting, things", [
    ("The classroom has a globe and a clock.", "classroom", ["clock", "globe"]),
    ("A busy market: three stalls and a cart.", "market", ["cart", "stall"]),
    ("five stalls along the street", "street", ["stall"]),   # no thing named "the street"
])
def test_a_place_that_holds_or_heads_the_scene_is_the_setting(prompt: str, setting: str, things: list[str]) -> None:
    spec = parse(prompt)
    assert spec.setting == setting and sorted(e.noun for e in spec.entities) == things


def test_a_person_who_has_something_stays_a_person() -> None:
    assert nouns("The boy has a kite.") == ["boy", "kite"]


@pytest.mark.parametrize("prompt, things", [
    ("a heron in a marsh --ar 16:9 --v 6 --style raw", ["heron"]),
    ("a goat::2 a cart::1 in a yard", ["cart", "goat"]),
    ("a windmill beside a barn. Negative prompt: people, cows, blurry", ["barn", "windmill"]),
    ("a windmill beside a barn --no people, cows", ["barn", "windmill"]),
    ("a monk and a goat BREAK temple in the background", ["goat", "monk", "temple"]),
    ("a pear on a plate | still life | 50mm", ["pear", "plate"]),
    ("a hut in a valley, 4k, by studio ghibli and makoto shinkai", ["hut"]),
    ("close-up portrait of an old shepherd", ["shepherd"]),
])
def test_what_image_tools_read_is_no_thing(prompt: str, things: list[str]) -> None:
    assert nouns(prompt) == things


def test_a_plural_after_its_count_or_look_is_a_thing_not_a_verb() -> None:
    assert counts("three blocks on a rug") == {"block": 3, "rug": 1}
    assert "block" in counts("wooden blocks beside a crate")
    assert ("cottage", "hidden_by", "truck") in kinds("the big truck blocks the view of a cottage")


def test_a_group_next_to_each_other_is_one_row() -> None:
    spec = parse("five kayaks beside each other on a beach")
    kayak = next(e for e in spec.entities if e.noun == "kayak")
    assert (kayak.count, kayak.arrangement) == (5, "row") and len(spec.entities) == 1


@pytest.mark.parametrize("prompt, things", [
    ("a larch tree behind a shed", ["larch tree", "shed"]),          # a plant's kind, not a wood
    ("a chrome teapot on a shelf", ["chrome teapot", "shelf"]),     # a metal names its vessels
    ("a doll under a high chair", ["doll", "high chair"]),           # the dictionary's highchair
    ("a cat asleep on a single bed", ["cat", "single bed"]),         # a count word that names the kind
    ("a single tulip in a vase", ["tulip", "vase"]),
])
def test_kind_names_before_a_head(prompt: str, things: list[str]) -> None:
    assert nouns(prompt) == things


def test_a_greeting_a_style_label_and_when_are_no_things() -> None:
    assert nouns("Dear Sam, I found the kettle yesterday: it was beside the toaster.") == ["kettle", "toaster"]
    spec = parse("a heron on a post. Style: linen embroidery, muted tones.")
    assert sorted(e.noun for e in spec.entities) == ["heron", "post"] and "linen embroidery style" in spec.style


def test_an_edit_says_where_it_goes_not_where_it_was() -> None:
    relations = kinds("Almost: the kettle has ended up at the back. Put it over on the right instead.")
    assert relations == {("kettle", "right_side", None)}
    assert nouns("Fewer than last time, please: only four pine trees.") == ["pine tree"]
    split = "The right portion of the frame given over to a lamp, the left to a sofa"
    assert ("lamp", "right_side", None) in kinds(split)


def test_a_closing_road_is_the_setting() -> None:
    spec = parse("a pram beside a bench, on a quiet cul-de-sac")
    assert sorted(e.noun for e in spec.entities) == ["bench", "pram"] and spec.setting


def test_pictured_or_captured_from_a_side_names_the_view() -> None:
    assert parse("Captured from behind: a stag and a ranger.").camera.view == "back"
    assert parse("a plough and a pony, pictured from the right side of the scene").camera.view == "right"
