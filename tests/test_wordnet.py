"""WordNet's nouns (studio/wordnet.py) and what the spatial parser takes from them."""

import subprocess
import sys

import pytest

from crews.spatial import lexicon
from crews.spatial.parse import parse
from studio import wordnet


def test_kinds_of_common_nouns():
    assert wordnet.kind("tortoise") == "animal"
    assert wordnet.kind("potter") == "person"
    assert wordnet.kind("wheelbarrow") == "artifact"
    assert wordnet.kind("xyzzyplonk") is None


def test_a_named_one_is_not_what_the_common_noun_means():
    # WordNet's first "heron" is Heron of Alexandria, an instance: the noun means the bird.
    assert wordnet.kind("heron") == "animal"
    assert lexicon.resolve_noun("heron").category == "bird"


def test_hypernyms_keep_to_each_word_s_own_commonest_sense():
    assert "reptile" in wordnet.hypernyms("tortoise")
    # A chopping board is a "flat solid", which one sense of "sheet" is; the commonest sheet is bedding.
    assert "sheet" not in wordnet.hypernyms("chopping board")
    assert lexicon.resolve_noun("chopping board").stand_in


@pytest.mark.parametrize("noun, concrete", [("illustration", False), ("rendering", False), ("lantern", True),
                                            ("painting", True), ("Zorblax", None)])
def test_concrete_abstract_or_unknown(noun, concrete):
    assert wordnet.is_concrete(noun) is concrete


def test_dictionary_compounds_are_names_and_a_stuff_names_the_thing():
    assert wordnet.is_name("rocking chair") and wordnet.is_name("fire hydrant")
    assert not wordnet.is_name("chair")
    names = {e.noun for e in parse("A grand piano beside an electric guitar, a stone wall behind them").entities}
    assert names == {"grand piano", "electric guitar", "stone wall"}


def test_unknown_nouns_take_the_shape_of_their_kind():
    spec = parse("A potter next to a kiln, an alpaca behind the potter")
    entities = {e.noun: e for e in spec.entities}
    assert entities["potter"].category == "person"
    assert entities["alpaca"].category == "sheep" and not entities["alpaca"].stand_in
    assert entities["kiln"].stand_in  # a furnace is a structure: no kind of its size to draw it as


def test_the_thing_a_place_word_is_of():
    spec = parse("A heron at the edge of a pond, a fox in the shadow of a barn")
    assert {e.noun for e in spec.entities} == {"heron", "pond", "fox", "barn"}
    assert {(r.subject, r.kind, r.object) for r in spec.relations} >= {("heron", "near", "pond"),
                                                                       ("fox", "near", "barn")}


def test_a_bare_abstract_noun_is_how_the_picture_looks():
    spec = parse("A cat beside a dog, dreamy reverie, summer memory")
    assert {e.noun for e in spec.entities} == {"cat", "dog"}
    assert {"reverie", "summer memory"} <= set(spec.style)
    # Said with an article, a noun WordNet knows only as an idea still stands somewhere.
    assert "study" in {e.noun for e in parse("A study leaning on a chair").entities}


def test_the_parsed_files_are_cached_and_read_back_the_same(tmp_path):
    code = ("from studio import wordnet; print(wordnet.kind('tortoise'), wordnet.hypernyms('crate', 1), "
            "wordnet.is_name('fire hydrant'))")
    env = {"XDG_CACHE_HOME": str(tmp_path), "PATH": "/usr/bin:/bin"}
    first = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    cached = list((tmp_path / "studio").glob("wordnet-nouns-*.marshal"))
    assert len(cached) == 1 and cached[0].stat().st_size > 1_000_000
    second = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    assert first.stdout == second.stdout == "animal ['box'] True\n"


@pytest.mark.parametrize("prompt, names", [
    # The small model reads an unknown animal as an adjective and its verb as the noun.
    ("A cat sits on a mat and a lemur clings to a branch", {"cat", "mat", "lemur", "branch"}),
    ("On the left a walrus dozes, on the right a heron wades", {"walrus", "heron"}),
    ("A toucan roosts above a crate", {"toucan", "crate"}),
    # ... and an adjective the tables lack as the first half of a compound.
    ("A plump hen roosts beside a tractor", {"hen", "tractor"}),
    ("A wheelie bin by a gate", {"wheelie bin", "gate"}),
])
def test_the_dictionary_corrects_the_small_model_s_reading(prompt, names):
    spec = parse(prompt)
    assert {e.noun for e in spec.entities} == names
    assert all(e.count == 1 for e in spec.entities)


def test_a_group_word_after_in_is_how_they_stand():
    spec = parse("Six ducks in a loose cluster on a pond, five sheep in a tight huddle near a gate")
    assert {e.noun: e.count for e in spec.entities} == {"duck": 6, "pond": 1, "sheep": 5, "gate": 1}
    assert ("duck", "on_top_of", "pond") in {(r.subject, r.kind, r.object) for r in spec.relations}
    # People are a group too, but "a crowd" is the people in it.
    assert {e.noun for e in parse("A man in a crowd near a statue").entities} == {"man", "person", "statue"}


def test_a_bare_noun_that_is_an_act_or_a_quality_is_style():
    spec = parse("A fox beside a tent, long exposure photography, harsh glare")
    assert {e.noun for e in spec.entities} == {"fox", "tent"}


@pytest.mark.parametrize("prompt, names", [
    ("A lens in front of a candle", {"lens", "candle"}),
    ("A canvas leaning on an easel", {"canvas", "easel"}),
    ("An oil can beside a toolbox", {"oil can", "toolbox"}),
    ("A tin can on a shelf", {"tin can", "shelf"}),
    ("A dog can sit on a mat", {"dog", "mat"}),
    ("A cat on a sofa, soft light, oil painting style, dramatic shadows", {"cat", "sofa"}),
])
def test_style_words_that_are_things_too(prompt, names):
    assert {e.noun for e in parse(prompt).entities} == names


@pytest.mark.parametrize("prompt, names", [
    ("A badger dozing beneath a park bench", {"badger": 1, "park bench": 1}),
    ("A tin can balanced on a piano stool", {"tin can": 1, "piano stool": 1}),
    ("Four yaks pushed two music stands", {"yak": 4, "music stand": 2}),
    ("A dog can swim near a boat", {"dog": 1, "boat": 1}),
    ("A dog sleeping under a table", {"dog": 1, "table": 1}),
])
def test_verbs_the_small_model_takes_for_nouns_and_back(prompt, names):
    assert {e.noun: e.count for e in parse(prompt).entities} == names


def test_a_place_the_tables_lack_is_the_setting():
    for prompt in ("A badger beside a wine barrel, desert oasis", "A badger beside a wine barrel at a desert oasis"):
        spec = parse(prompt)
        assert {e.noun for e in spec.entities} == {"badger", "wine barrel"}
        assert spec.setting == "desert oasis"


@pytest.mark.parametrize("prompt, counts", [
    ("Five red and two blue balls on a lawn", [("ball", 5, "red"), ("ball", 2, "blue")]),
    ("A red and a blue car near a house", [("car", 1, "red"), ("car", 1, "blue"), ("house", 1, None)]),
    ("A sundial and a log pile near a bookcase", [("sundial", 1, None), ("log pile", 1, None), ("bookcase", 1, None)]),
])
def test_a_noun_left_unsaid_before_and(prompt, counts):
    spec = parse(prompt)
    assert sorted(((e.noun, e.count, e.color_name) for e in spec.entities), key=str) == sorted(counts, key=str)


def test_a_colour_word_read_as_a_noun_is_still_the_colour():
    spec = parse("Two cream cats near a navy van, an ice cream van behind them")
    assert {e.noun: e.count for e in spec.entities} == {"cat": 2, "van": 1, "ice cream van": 1}


@pytest.mark.parametrize("dash", ["\u2014", " \u2014 ", " \u2013 ", " - ", "--"])
def test_a_dash_between_clauses_is_a_comma(dash):
    spec = parse(f"A cat sits beside a lantern{dash}a dog lies under a table")
    assert {e.noun for e in spec.entities} == {"cat", "lantern", "dog", "table"}
    assert {(r.subject, r.kind, r.object) for r in spec.relations} == {("cat", "near", "lantern"),
                                                                       ("dog", "under", "table")}


@pytest.mark.parametrize("prompt, relation", [
    ("A heron a little way in front of a shed", ("heron", "in_front_of", "shed")),
    ("A tractor a short way behind a barn", ("tractor", "behind", "barn")),
    ("A cat just a little way off to the right of a chair", ("cat", "right_of", "chair")),
    ("A dog a bit to the left of a kennel", ("dog", "left_of", "kennel")),
])
def test_an_unmeasured_distance_before_a_place_is_not_a_thing(prompt, relation):
    spec = parse(prompt)
    assert {e.noun for e in spec.entities} == {relation[0], relation[2]}
    assert relation in {(r.subject, r.kind, r.object) for r in spec.relations}


def test_hands_and_compass_points_are_not_things():
    spec = parse("A cat on a mat, filmed from the right-hand side")
    assert {e.noun for e in spec.entities} == {"cat", "mat"} and spec.camera.view == "right"
    assert {e.noun for e in parse("A cat on a mat, view from the east").entities} == {"cat", "mat"}


@pytest.mark.parametrize("prompt, names", [
    ("A fox beside a tent, Studio Ghibli", {"fox", "tent"}),
    ("A fox beside a tent, by Greg Rutkowski, Studio Ghibli, 8k", {"fox", "tent"}),
    # a name that is placed, or that opens the prompt, is someone in the scene
    ("A fox beside a tent, Mara beside the fox", {"fox", "tent", "Mara"}),
    ("Corvin Ash waits close to a birdcage", {"Corvin Ash", "birdcage"}),
])
def test_a_name_closing_the_prompt_alone_is_a_credit(prompt, names):
    spec = parse(prompt)
    assert {e.noun for e in spec.entities} == names
    assert all(r.object in names for r in spec.relations)


def test_a_stuff_closing_the_prompt_is_the_medium():
    assert {e.noun for e in parse("A fox beside a tent, charcoal").entities} == {"fox", "tent"}
    # said with an article, or made into something, it is a thing
    assert "charcoal" in {e.noun for e in parse("A fox beside a tent, a charcoal on the ground").entities}
    assert "wool blanket" in {e.noun for e in parse("A cat on a rug, wool blanket").entities}  # (a thing of wool)


def test_a_word_no_dictionary_knows_closing_the_prompt_is_style():
    spec = parse("A badger beside a wine barrel, claymation, desert oasis")
    assert {e.noun for e in spec.entities} == {"badger", "wine barrel"}
    assert spec.setting == "desert oasis" and "claymation" in spec.style
    assert "axolotl" in {e.noun for e in parse("A badger beside a wine barrel, axolotl").entities}


def test_a_shape_before_a_thing_is_its_shape():
    spec = parse("A square table near an oval mirror")
    assert {e.noun for e in spec.entities} == {"table", "mirror"}


@pytest.mark.parametrize("prompt, name", [
    ("Doctor Ada waits near a desk", "Doctor Ada"),
    ("Farmer Giles beside a tractor", "Farmer Giles"),
    ("The farmer near Giles", "Giles"),  # tagged as the plural of "gile" before
])
def test_titles_and_unknown_capitalised_names_are_someone(prompt, name):
    entity = next(e for e in parse(prompt).entities if e.noun == name)
    assert entity.proper and entity.category == "person" and entity.count == 1


@pytest.mark.parametrize("prompt, names", [
    ("A raccoon on the far left and a music stand on the far right", {"raccoon", "music stand"}),
    ("A cat near a dog, vintage look", {"cat", "dog"}),
    ("Hesketh lingers beside a bird bath, on the moon, claymation look, playful", {"Hesketh", "bird bath"}),
])
def test_nouns_the_verb_list_would_cut(prompt, names):
    assert {e.noun for e in parse(prompt).entities} == names


def test_a_stand_in_of_a_kind_that_comes_in_one_size_has_that_size():
    croissant, skull, kiln = (lexicon.resolve_noun(n) for n in ("croissant", "skull", "kiln"))
    assert croissant.stand_in and max(croissant.size) < 0.25 and max(skull.size) < 0.25
    assert kiln.size == lexicon.DEFAULT_STAND_IN


@pytest.mark.parametrize("prompt, stacked", [
    ("Three treasure chests piled one on top of another", "treasure chest"),
    ("Five books piled up on a desk", "book"),
])
def test_piled_one_on_another_is_a_stack(prompt, stacked):
    assert next(e for e in parse(prompt).entities if e.noun == stacked).arrangement == "stack"


@pytest.mark.parametrize("prompt", ["On the table are a vase, a clock and a globe",
                                    "On the table sit a vase, a clock, and a globe"])
def test_a_fronted_place_holds_its_whole_list(prompt):
    relations = {(r.subject, r.kind, r.object) for r in parse(prompt).relations}
    assert relations == {(thing, "on_top_of", "table") for thing in ("vase", "clock", "globe")}
