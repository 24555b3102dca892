"""Names that are more than their head word: a hyphenated word that is the thing itself, an
adjective of relation ("electric", "solar"), a son or daughter named by birth order, a thing
made for a baby, a thing named by the wood or stuff it is made of, a lower-case name before a
noun. Each on sentences of our own, with cases where the word still describes."""

from __future__ import annotations

from crews.spatial import lexicon
from crews.spatial.parse import parse
from tests.parse_views import nouns


def categories(prompt: str) -> dict[str, str]:
    return {e.noun: e.category for e in parse(prompt).entities}


def attributes(prompt: str) -> dict[str, list[str]]:
    return {e.noun: e.attributes for e in parse(prompt).entities}


def test_a_hyphenated_word_after_an_article_is_one_thing_named_by_its_last_part():
    found = categories("a great-granddad dozes beside a wheelbarrow")
    assert found["great_granddad"] in lexicon.PERSON_CATEGORIES
    assert categories("three trick-or-treaters wait by the gate")["trick_or_treater"] in lexicon.PERSON_CATEGORIES
    assert nouns("my step-dad leans on a ladder") == ["ladder", "step dad"]  # (read apart, still one name)


def test_a_hyphenated_word_before_a_noun_still_describes_it():
    assert nouns("a dog-eared notebook beside a kettle") == ["kettle", "notebook"]
    assert nouns("a ride-on mower by the fence") == ["fence", "ride_on mower"]


def test_a_numbered_dictionary_word_stays_part_of_the_name():
    assert nouns("a four-poster bed under the window") == ["four_poster bed", "window"]
    assert categories("a four-poster bed under the window")["four_poster bed"] == "bed"
    assert nouns("a three-legged stool beside a dresser") == ["dresser", "stool"]


def test_an_adjective_of_relation_names_the_kind():
    assert "electric heater" in nouns("an electric heater under a desk")
    assert "digital clock" in nouns("a digital clock above the sink")
    assert nouns("a shiny heater under a desk") == ["desk", "heater"]
    assert "solar lantern" in nouns("a solar lantern hangs from the porch")  # (a head the tables know)


def test_an_adjective_of_period_or_mood_still_describes():
    assert "fortress" in nouns("a medieval fortress on a hill")
    assert attributes("a futuristic scooter by a kiosk").get("scooter") == ["futuristic"]


def test_birth_order_before_a_son_or_daughter_says_which_one():
    assert nouns("their youngest daughter sits beside the eldest son") == ["eldest son", "youngest daughter"]
    assert nouns("an old man on a bench") == ["bench", "man"]


def test_baby_before_a_made_thing_says_whom_it_is_for():
    assert "baby monitor" in nouns("a baby monitor on the dresser")
    assert nouns("a baby hippo beside a pond") == ["hippo", "pond"] or "hippo" in nouns("a baby hippo beside a pond")


def test_a_named_stuff_names_the_thing_but_the_stuff_itself_describes_it():
    assert "oak wardrobe" in nouns("an oak wardrobe against the wall")
    assert "wicker hamper" in nouns("a wicker hamper by the door")
    assert "brass bell" in nouns("a brass bell on a post")
    assert "velvet cushion" in nouns("a velvet cushion on the armchair")
    assert "bucket" in nouns("a metal bucket by the gate")  # (the stuff itself, no kind of it)
    assert "wardrobe" in nouns("a wooden wardrobe by the gate")  # (an adjective of the stuff)


def test_a_lower_case_name_before_a_noun_is_part_of_the_name():
    assert "moses basket" in nouns("a moses basket beside the cot")


def test_a_word_in_y_that_is_first_a_made_thing_names_the_kind():
    assert "nappy bag" in nouns("a nappy bag hanging on the pram")
    assert attributes("a cosy armchair by the fire").get("armchair") == ["cosy"]


def test_a_body_part_is_not_drawn_as_a_catalog_thing_sharing_a_word_with_its_hypernym():
    assert lexicon.resolve_noun("tit").category != "piano"  # ("organ" is a body's, not a church's)


def test_a_unit_word_closing_a_name_is_no_count():
    assert nouns("an au pair waits beside the pushchair") == ["au pair", "pushchair"]
    assert {e.noun: e.count for e in parse("on the sill two jars and a pair of gloves").entities}["jar"] == 2


def test_twin_before_one_thing_names_it_and_before_several_counts_them():
    assert nouns("the twin sister stands by a pram") == ["pram", "twin sister"]
    assert {e.noun: e.count for e in parse("twin candles on the mantelpiece").entities}["candle"] == 2


def test_a_plural_that_names_no_thing_names_the_kind_of_the_noun_after_it():
    assert "removals van" in nouns("a ladder is propped against the removals van")
    assert "goods train" in nouns("a signal box stands beyond the goods train")
    assert nouns("the sparrows hop beside the bench") == ["bench", "sparrow"]


def test_a_place_in_a_list_after_the_noun_is_no_part_of_its_name():
    found = nouns("a kettle comes first beside the sink, a toaster last beside the hob")
    assert found == ["hob", "kettle", "sink", "toaster"]


def test_a_made_thing_read_as_a_past_tense_after_a_and_a_noun_is_the_thing():
    assert "boat shed" in nouns("a willow and a boat shed standing on the bank")
    assert "tool shed" in nouns("a tool shed by the allotment gate")

