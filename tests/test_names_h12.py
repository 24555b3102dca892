"""Two-word names whose first word the tables keep for a size, a colour, an age or the weather:
a sibling's place in the family, a plant's kind, a dictionary thing of another kind than its
head, a person's line of work. Each on sentences of our own, with cases where the word still
describes."""

from __future__ import annotations

from crews.spatial.parse import parse
from tests.parse_views import counts, nouns


def categories(prompt: str) -> dict[str, str]:
    return {e.noun: e.category for e in parse(prompt).entities}


def scales(prompt: str) -> dict[str, float]:
    return {e.noun: e.scale for e in parse(prompt).entities}


def test_a_size_word_before_a_sibling_says_which_sibling():
    assert nouns("my little sister waves beside a wheelbarrow") == ["little sister", "wheelbarrow"]
    assert categories("a baby brother sits on a rug")["baby brother"] == "man"
    assert scales("a big brother behind a bicycle")["big brother"] == 1.0
    assert counts("two big sisters and a kayak") == {"big sister": 2, "kayak": 1}


def test_a_size_word_before_any_other_person_or_animal_still_says_how_big():
    assert nouns("a little fisherman beside a big goat") == ["fisherman", "goat"]
    assert scales("a big goat near a fence")["goat"] > 1.0


def test_a_plant_before_a_plant_names_its_kind():
    assert nouns("a lavender bush by a wall and an olive tree") == ["lavender bush", "olive tree", "wall"]
    assert nouns("a lime tree shading a deckchair") == ["deckchair", "lime tree"]
    assert categories("an elder bush beside a shed")["elder bush"] == "bush"


def test_a_colour_before_a_plant_or_a_plant_part_is_its_colour():
    assert nouns("a green tree beside a red hedge") == ["hedge", "tree"]
    assert nouns("a burnt-orange acorn on a stool") == ["acorn", "stool"]


def test_a_dictionary_thing_is_not_drawn_as_the_person_its_head_names():
    spec = parse("a baby walker beside a playpen")
    walker = next(e for e in spec.entities if e.noun == "baby walker")
    assert walker.category != "person"


def test_a_noun_before_a_word_for_a_person_is_their_trade():
    assert categories("a weather forecaster beside a barometer")["weather forecaster"] == "person"
    assert nouns("a lion tamer near a hoop") == ["hoop", "lion tamer"]


def test_an_adjective_before_a_person_or_animal_is_still_an_adjective():
    assert nouns("a plump pigeon near a tidy gardener") == ["gardener", "pigeon"]


def test_a_hand_hired_at_a_place_of_work_is_a_person():
    assert counts("three farm hands mending a fence") == {"farm hand": 3, "fence": 1}
    assert categories("a stable hand leading a pony")["stable hand"] == "person"
    assert nouns("the baker waved both hands at a pony") == ["baker", "pony"]


def test_a_name_the_tagger_reads_as_a_preposition_is_a_name():
    spec = parse("a rake at the left; Morwenna over at the right, as we see it")
    assert [e.noun for e in spec.entities] == ["rake", "Morwenna"]
    assert {(r.subject, r.kind) for r in spec.relations} == {("rake", "left_side"), ("Morwenna", "right_side")}


def test_a_past_tense_after_an_article_and_its_adjective_is_the_thing():
    assert nouns("a farmer and a dented moped, side by side") == ["farmer", "moped"]
    assert nouns("an old sailor limped past a bollard") == ["bollard", "sailor"]
    assert nouns("a teapot set down beside a kettle") == ["kettle", "teapot"]
