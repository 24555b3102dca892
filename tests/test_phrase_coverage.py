"""Coverage of general English by the spatial prompt parser: every noun phrase a thing, compound
names kept whole, quantity expressions, the spatial prepositions and phrasal expressions of
English, camera phrases, and the clause shapes they come in.

Every sentence here is written for this test; none comes from the benchmarks."""

from __future__ import annotations

import time

import pytest

from crews.spatial.parse import parse, parse_many


def nouns(prompt: str) -> dict[str, int]:
    return {e.noun: e.count for e in parse(prompt).entities}


def relations(prompt: str) -> set[tuple[str, str, str | None]]:
    return {(r.subject, r.kind, r.object) for r in parse(prompt).relations}


# ------------------------------------------------------------- every noun phrase is a thing ---


@pytest.mark.parametrize("prompt, expected, relation", [
    ("A pillar box near a milk float, a sundial at the left edge", {"pillar box": 1, "milk float": 1, "sundial": 1},
     ("sundial", "left_side", None)),
    ("a weathervane on the right, a dovecote beside a barn", {"weathervane": 1, "dovecote": 1, "barn": 1},
     ("weathervane", "right_side", None)),
    ("a gazebo and a sundial, a birdhouse in the middle", {"gazebo": 1, "sundial": 1, "birdhouse": 1},
     ("birdhouse", "center", None)),
])
def test_every_noun_phrase_becomes_a_thing_and_keeps_its_own_frame_phrase(prompt, expected, relation):
    assert nouns(prompt) == expected
    assert relation in relations(prompt)


# ------------------------------------------------------------------------ compound nouns ---


@pytest.mark.parametrize("prompt, name, category", [
    ("a wheelie bin beside a hedge", "wheelie bin", "bucket"),
    ("a coat rack beside a door", "coat rack", "shelf"),
    ("six plums on a chopping board", "chopping board", "unknown"),
    ("a rocking chair by the fire", "rocking chair", "chair"),
    ("a camping table under a tree", "camping table", "table"),
    ("a bird bath on a lawn near a bench", "bird bath", "unknown"),
    ("an umbrella stand next to a door", "umbrella stand", "unknown"),
    ("a garden shed behind an apple tree", "garden shed", "hut"),
    ("a traffic cone in front of a delivery van", "delivery van", "car"),
])
def test_compound_nouns_are_kept_whole_with_the_shape_of_their_head(prompt, name, category):
    entity = next(e for e in parse(prompt).entities if e.noun == name)
    assert entity.category == category
    assert entity.ref == name


@pytest.mark.parametrize("prompt, name", [
    ("a red old wooden chair near a desk", "chair"),
    ("a shaggy dog beside a sofa", "dog"),
    ("a burning candle on a table", "candle"),
    ("a running dog near a gate", "dog"),
    ("a rusty bicycle by a wall", "bicycle"),
])
def test_adjectives_and_participles_are_not_part_of_the_name(prompt, name):
    assert name in nouns(prompt)


# ------------------------------------------------------------------- quantity expressions ---


@pytest.mark.parametrize("prompt, noun, count", [
    ("half a dozen eggs on a plate", "egg", 6),
    ("a dozen roses in a vase", "rose", 12),
    ("two dozen candles around a cake", "candle", 20),  # 24, at most MAX_COUNT
    ("a pair of boots under a bench", "boot", 2),
    ("three pairs of socks on a bed", "sock", 6),
    ("a couple of chairs near a table", "chair", 2),
    ("a trio of ducks beside a pond", "duck", 3),
    ("a quartet of bottles on a shelf", "bottle", 4),
    ("a handful of coins on a desk", "coin", 4),
    ("a few apples in a bowl", "apple", 3),
    ("several books on a shelf", "book", 3),
    ("a score of sheep by a fence", "sheep", 20),
    ("both cats on the sofa", "cat", 2),
    ("two or three mugs on a tray", "mug", 3),
    ("twelve lanterns along a path", "lantern", 12),
    ("7 pebbles near a bucket", "pebble", 7),
    ("eleven geese beside a barn", "goose", 11),
])
def test_quantity_expressions_give_the_count(prompt, noun, count):
    assert nouns(prompt)[noun] == count


@pytest.mark.parametrize("prompt, noun, count, arrangement", [
    ("a row of bottles on a shelf", "bottle", 5, "row"),
    ("a line of four ducks beside a pond", "duck", 4, "row"),
    ("a stack of plates beside a sink", "plate", 3, "stack"),
    ("a pile of books beside a lamp", "book", 4, "stack"),
    ("a heap of logs near a shed", "log", 4, "stack"),
    ("a ring of stones around a campfire", "stone", 6, "ring"),
])
def test_a_collective_word_sets_the_arrangement_and_is_never_a_thing(prompt, noun, count, arrangement):
    spec = parse(prompt)
    entity = next(e for e in spec.entities if e.noun == noun)
    assert (entity.count, entity.arrangement) == (count, arrangement)
    assert not any(e.noun in ("row", "line", "stack", "pile", "heap", "ring") for e in spec.entities)


def test_collective_words_are_not_objects():
    assert nouns("a trio of geese and a pair of swans beside a jetty") == {"goose": 3, "swan": 2, "jetty": 1}


# ----------------------------------------------------------------------------- relations ---


@pytest.mark.parametrize("prompt, relation", [
    # depth comparatives
    ("a stool closer to the camera than a piano", ("stool", "in_front_of", "piano")),
    ("a lamp nearer to the viewer than a sofa", ("lamp", "in_front_of", "sofa")),
    ("a kite farther from the camera than a tree", ("kite", "behind", "tree")),
    ("a barn further away than a tractor", ("barn", "behind", "tractor")),
    ("a scarecrow with a wheelbarrow further forward", ("wheelbarrow", "in_front_of", "scarecrow")),
    ("a tent and a canoe, the canoe further back", ("canoe", "behind", "tent")),
    ("a fox and a hare, the hare closer to the camera", ("hare", "in_front_of", "fox")),
    # distance
    ("a dog a few steps from a gate", ("dog", "near", "gate")),
    ("a goat two metres from a fence", ("goat", "near", "fence")),
    ("a kiosk a short distance from a fountain", ("kiosk", "near", "fountain")),
    ("a bench not far from a statue", ("bench", "near", "statue")),
    ("a cat within reach of a ball", ("cat", "near", "ball")),
    ("a cottage a stone's throw from a church", ("cottage", "near", "church")),
    ("a teapot right next to a mug", ("teapot", "near", "mug")),
    ("a hedgehog at the foot of a wall", ("hedgehog", "near", "wall")),
    ("a bicycle chained to a railing", ("bicycle", "near", "railing")),
    ("a jogger running past a postbox", ("jogger", "near", "postbox")),
    # occlusion
    ("a cat partly blocked from view by a chair", ("cat", "hidden_by", "chair")),
    ("a shed screened by a hedge", ("shed", "hidden_by", "hedge")),
    ("a deer masked by a bush", ("deer", "hidden_by", "bush")),
    ("a boat shielded by a rock", ("boat", "hidden_by", "rock")),
    ("a lamp eclipsed by a tall vase", ("lamp", "hidden_by", "vase")),
    ("a fox tucked behind a log", ("fox", "hidden_by", "log")),
    ("a child half concealed by a curtain", ("child", "hidden_by", "curtain")),
    ("a rabbit peeking out from behind a crate", ("rabbit", "hidden_by", "crate")),
    # support
    ("an owl perched on a post", ("owl", "on_top_of", "post")),
    ("a coin balanced on a bottle", ("coin", "on_top_of", "bottle")),
    ("a cat resting on a cushion", ("cat", "on_top_of", "cushion")),
    ("a vase sitting atop a piano", ("vase", "on_top_of", "piano")),
    ("a phone propped up on a book", ("phone", "on_top_of", "book")),
    ("a bowl filled with lemons", ("lemon", "on_top_of", "bowl")),
    # under
    ("a ball tucked beneath a chair", ("ball", "under", "chair")),
    ("a dog sheltering under a table", ("dog", "under", "table")),
    ("a girl in the shade of an umbrella", ("girl", "under", "umbrella")),
    ("a rug lying below a table", ("rug", "under", "table")),
    # around
    ("six stools encircling a table", ("stool", "around", "table")),
    ("chairs arranged around a table", ("chair", "around", "table")),
    ("lanterns forming a ring around a tent", ("lantern", "around", "tent")),
    ("a campfire with logs all around it", ("log", "around", "campfire")),
    ("a pond ringed by rocks", ("rock", "around", "pond")),
])
def test_spatial_phrases(prompt, relation):
    assert relation in relations(prompt)


@pytest.mark.parametrize("prompt, centre, pair", [
    ("a clock flanked by a lamp and a vase", "clock", {"lamp", "vase"}),
    ("a man flanked by two dogs", "man", {"dog"}),
    ("a book sandwiched between two boxes", "book", {"box"}),
    ("a mouse wedged between a toaster and a kettle", "mouse", {"toaster", "kettle"}),
    ("a boy squeezed between a girl and a dog", "boy", {"girl", "dog"}),
])
def test_flanked_and_sandwiched_are_between(prompt, centre, pair):
    spec = parse(prompt)
    between = [r for r in spec.relations if r.kind == "between"]
    assert len(between) == 1 and between[0].subject == centre
    assert {spec.entity(between[0].object).noun, spec.entity(between[0].object2).noun} == pair
    assert not any(r.kind == "near" for r in spec.relations)


@pytest.mark.parametrize("prompt, subject", [
    ("a dog dead centre", "dog"),
    ("a lamp right in the middle of the frame", "lamp"),
    ("a tent smack in the middle of the picture", "tent"),
    ("a vase centred in the frame", "vase"),
    ("a bell at the heart of the image", "bell"),
])
def test_centre_phrases(prompt, subject):
    assert (subject, "center", None) in relations(prompt)


@pytest.mark.parametrize("prompt, field, value", [
    ("looking straight down at a desk with a laptop", "view", "top"),
    ("overhead shot of a rug and a chair", "view", "top"),
    ("a table with two plates, seen from directly above", "view", "top"),
    ("tight shot of a cup beside a kettle", "shot", "close_up"),
    ("detail shot of a key on a saucer", "shot", "close_up"),
    ("extreme close-up of a beetle on a leaf", "shot", "close_up"),
    ("macro shot of a snail on a stone", "shot", "close_up"),
    ("establishing shot of a lighthouse and a cottage", "shot", "wide"),
    ("wide angle view of a harbour with two boats", "shot", "wide"),
    ("a tractor and a scarecrow from ground level", "elevation_deg", -12.0),
    ("worm's-eye view of a windmill", "elevation_deg", -12.0),
    ("a horse and a cart from behind", "view", "back"),
    ("a van and a car from the left side", "view", "left"),
    ("a desk and a chair seen from the right", "view", "right"),
])
def test_camera_phrases(prompt, field, value):
    assert getattr(parse(prompt).camera, field) == value


def test_peeking_out_from_behind_is_not_a_back_view():
    spec = parse("a cat peeking out from behind a sofa")
    assert spec.camera.view == "front"
    assert ("cat", "hidden_by", "sofa") in relations(spec.prompt)


# ---------------------------------------------------------------------- clause shapes ---


@pytest.mark.parametrize("prompt, relation", [
    ("Beside the garage stands a scooter", ("scooter", "near", "garage")),
    ("Under the bench sleeps a cat", ("cat", "under", "bench")),
    ("On the windowsill sit two jars", ("jar", "on_top_of", "windowsill")),
    ("Next to the door there is an umbrella stand", ("umbrella stand", "near", "door")),
    ("a bicycle that leans against a shed", ("bicycle", "near", "shed")),
    ("a vase which stands on a table", ("vase", "on_top_of", "table")),
    ("a lamp is placed to the left of a sofa", ("lamp", "left_of", "sofa")),
    ("a ball is hidden by a box", ("ball", "hidden_by", "box")),
    ("there are 3 cats on the rug", ("cat", "on_top_of", "rug")),
    ("the armchair has a blanket on it", ("blanket", "on_top_of", "armchair")),
    ("a cart full of melons next to a stall", ("cart", "near", "stall")),
])
def test_clause_shapes(prompt, relation):
    assert relation in relations(prompt)


def test_a_list_of_objects_after_near_shares_it():
    found = relations("a toaster next to a kettle and a bread bin")
    assert ("toaster", "near", "kettle") in found and ("toaster", "near", "bread bin") in found
    # With a place of its own, the second is a thing of its own clause.
    found = relations("a toaster next to a kettle and a bread bin on a shelf")
    assert ("bread bin", "on_top_of", "shelf") in found and ("toaster", "near", "bread bin") not in found


def test_lists_and_digit_counts():
    assert nouns("4 mugs, 2 teapots and a jug on a tray") == {"mug": 4, "teapot": 2, "jug": 1, "tray": 1}


@pytest.mark.parametrize("prompt", [
    "", "   ", "!!!", "of of of", "a a a", "half a", "a pair of", "two dozen", "further back", "flanked by",
    "closer to the camera than", "a row of", "dead centre", "1234567890 apples", "the the the dog dog",
])
def test_odd_text_never_raises(prompt):
    parse(prompt)


def test_a_batch_parses_fast():
    prompts = [f"{n} mugs {p} a kettle, a sundial at the left edge" for n in ("two", "a few", "half a dozen")
               for p in ("next to", "closer to the camera than", "flanked by", "tucked behind")] * 40
    parse_many(prompts[:2])  # spaCy loaded
    start = time.perf_counter()
    parse_many(prompts)
    assert (time.perf_counter() - start) / len(prompts) < 0.05


@pytest.mark.parametrize("prompt, relation", [
    ("Behind the piano, a harp", ("harp", "behind", "piano")),
    ("A dog naps on a rug. Beside the door, a coat stand.", ("coat stand", "near", "door")),
    ("a swing hanging from a branch", ("swing", "under", "branch")),
    ("an oak with a hammock hanging from it", ("hammock", "under", "oak")),
    ("a cow grazing beyond a wall", ("cow", "behind", "wall")),
    ("a barn on the far side of a field gate", ("barn", "behind", "field gate")),
    ("a crow on the back of a chair", ("crow", "on_top_of", "chair")),
    ("an aerial on the roof of a cottage", ("aerial", "on_top_of", "cottage")),
    ("a van opposite a bakery", ("van", "near", "bakery")),
    ("a cafe across the road from a bank", ("cafe", "near", "bank")),
    ("a kite high above a tent", ("kite", "on_top_of", "tent")),
])
def test_more_clause_shapes_and_phrases(prompt, relation):
    assert relation in relations(prompt)


def test_a_differently_described_second_thing_is_another_one():
    spec = parse("a tabby cat on a fridge, a ginger cat underneath it")
    cats = [e for e in spec.entities if e.category == "cat"]  # (a tabby cat is named as written, drawn as a cat)
    assert len(cats) == 2
    assert {(r.subject, r.kind, r.object) for r in spec.relations} == {
        (cats[0].ref, "on_top_of", "fridge"), (cats[1].ref, "under", "fridge")}


def test_one_on_each_side_is_two():
    spec = parse("a lamp on each side of a sofa")
    assert sum(e.count for e in spec.entities if e.noun == "lamp") == 2
    assert [r.kind for r in spec.relations] == ["between"] and spec.relations[0].subject == "sofa"


@pytest.mark.parametrize("prompt, expected", [
    ("a couple sitting on a bench", {"person": 2, "bench": 1}),
    ("a family beside a caravan", {"person": 4, "caravan": 1}),
    ("a couple of stools by a bar counter", {"stool": 2, "bar counter": 1}),
    ("nine skittles in a triangle", {"skittle": 9}),
    ("stools in a semicircle around a piano", {"stool": 6, "piano": 1}),
])
def test_groups_of_people_and_shapes_of_groups(prompt, expected):
    assert nouns(prompt) == expected


def test_an_oxford_comma_keeps_the_whole_list_on_its_support():
    found = relations("a teapot, three cups, and a milk jug on a tray")
    assert {("teapot", "on_top_of", "tray"), ("cup", "on_top_of", "tray"), ("milk jug", "on_top_of", "tray")} <= found


@pytest.mark.parametrize("prompt, name, category", [
    ("a sheepdog near a gate", "sheepdog", "dog"),
    ("a postbox by a wall", "postbox", "box"),
    ("a seahorse near a rock", "seahorse", "unknown"),  # no horse
])
def test_closed_compounds_take_the_shape_of_their_last_part(prompt, name, category):
    assert next(e for e in parse(prompt).entities if e.noun == name).category == category


@pytest.mark.parametrize("prompt, expected", [
    ("a glass of water on a bedside table", {"glass": 1, "bedside table": 1}),
    ("a slice of cake on a saucer", {"cake": 1, "saucer": 1}),
    ("two pieces of toast on a plate", {"toast": 2, "plate": 1}),
    ("three candles on a mantelpiece, cosy interior", {"candle": 3, "mantelpiece": 1}),
])
def test_portions_containers_and_closing_scene_words(prompt, expected):
    assert nouns(prompt) == expected


def test_the_centre_of_a_room_is_the_centre_of_the_picture():
    spec = parse("a rocking chair in the centre of a playroom, with a toy box to its left")
    assert nouns(spec.prompt) == {"rocking chair": 1, "toy box": 1}
    assert ("rocking chair", "center", None) in relations(spec.prompt)
    assert ("toy box", "left_of", "rocking chair") in relations(spec.prompt)


@pytest.mark.parametrize("prompt, expected", [
    ("a robot beside a kiosk while two crows peck at the grass, gritty realism", {"robot": 1, "kiosk": 1, "crow": 2}),
    ("two sparrows peck at a loaf", {"sparrow": 2, "loaf": 1}),
    ("a clock behind a sofa, 35mm film grain", {"clock": 1, "sofa": 1}),
    ("a girl on a bench, impressionist brush strokes", {"girl": 1, "bench": 1}),
    ("three parasols in a row, sun-drenched", {"parasol": 3}),
    ("a swan on a frozen lake", {"swan": 1}),
    ("a boy draws a horse on a sheet of paper", {"boy": 1, "paper": 1}),
    ("a pair of scissors on a desk", {"scissors": 1, "desk": 1}),
    ("a dozen or so pigeons around a statue", {"pigeon": 12, "statue": 1}),
])
def test_style_depicted_and_verb_words_are_not_things(prompt, expected):
    assert nouns(prompt) == expected


@pytest.mark.parametrize("prompt, subject, count, relation", [
    ("three tents in a row with a lantern beside each one", "lantern", 3, ("lantern", "near", "tent")),
    ("three parasols in a row with a towel under each", "towel", 3, ("towel", "under", "parasol")),
    ("two beds with a lamp beside each bed", "lamp", 2, ("lamp", "near", "bed")),
    ("four stools, a cushion on each of them", "cushion", 4, ("cushion", "on_top_of", "stool")),
])
def test_one_for_each_member_of_a_group(prompt, subject, count, relation):
    assert nouns(prompt)[subject] == count
    assert relation in relations(prompt)


def test_two_of_a_group_face_each_other():
    spec = parse("two armchairs face each other across a coffee table")
    chairs = [e.ref for e in spec.entities if e.noun == "armchair"]
    assert len(chairs) == 2
    assert {(r.subject, r.object) for r in spec.relations if r.kind == "facing_toward"} == {
        (chairs[0], chairs[1]), (chairs[1], chairs[0])}


@pytest.mark.parametrize("prompt, expected", [
    ("On the left, a greenhouse; on the right, a compost heap",
     {("greenhouse", "left_side", None), ("compost heap", "right_side", None)}),
    ("three goats graze in front of a hedge", {("goat", "in_front_of", "hedge")}),
    ("two swans glide past a rowing boat", {("swan", "near", "rowing boat")}),
])
def test_opening_frames_and_verbs_after_counts(prompt, expected):
    assert expected <= relations(prompt)
    assert all(" " not in e.noun or e.noun in ("compost heap", "rowing boat") for e in parse(prompt).entities)


def test_between_them_is_between_the_two_things_named_before():
    assert ("porter", "between", "van") in relations("a van to the right of a kiosk, a porter standing between them")
    spec = parse("a van to the right of a kiosk, a porter standing between them")
    between = next(r for r in spec.relations if r.kind == "between")
    assert {between.object, between.object2} == {"van", "kiosk"}


def test_its_in_a_with_clause_stays_the_owners_after_and():
    found = relations("a cot in the middle of a den, with a toy box to its left and a small cabinet to its right")
    assert {("toy box", "left_of", "cot"), ("cabinet", "right_of", "cot")} <= found


def test_a_frame_phrase_after_a_second_noun_is_that_things():
    assert ("bench", "right_side", None) in relations("Tom swings while his aunt watches from a bench on the right")


def test_facings_respectively_over_one_counted_group():
    spec = parse("four cows in a line, facing right, left, right and left respectively")
    assert [e.facing for e in spec.entities if e.noun == "cow"] == ["right", "left", "right", "left"]
    assert sum(e.count for e in spec.entities) == 4


def test_a_picture_word_closing_a_prompt_is_no_thing():
    assert nouns("five kids in a line, school photo") == {"kid": 5}
    assert nouns("two dogs on a porch step, holiday snapshot") == {"dog": 2, "porch step": 1}


@pytest.mark.parametrize("prompt, relation", [
    ("a deer among the trees", ("deer", "near", "tree")),
    ("a scooter outside a bakery", ("scooter", "near", "bakery")),
    ("a giraffe towering over a jeep", ("giraffe", "near", "jeep")),
    ("a boat tied up at a jetty", ("boat", "near", "jetty")),
    ("a woman at a desk", ("woman", "near", "desk")),
    ("a stool off to the side of a piano", ("stool", "near", "piano")),
    ("a lamp behind and slightly to the left of a sofa", ("lamp", "behind", "sofa")),
    ("a lamp behind and slightly to the left of a sofa", ("lamp", "left_of", "sofa")),
    ("a dog in front of and to the right of a car", ("dog", "in_front_of", "car")),
    ("a dog in front of and to the right of a car", ("dog", "right_of", "car")),
    ("a kite above and to the left of a tree", ("kite", "left_of", "tree")),
])
def test_more_prepositions_and_joined_relations(prompt, relation):
    assert relation in relations(prompt)


def test_at_a_place_is_the_setting():
    assert nouns("a crab at the beach") == {"crab": 1}
    assert relations("a crab at the beach") == set()


@pytest.mark.parametrize("prompt, expected", [
    ("Draw a cat on a mat", {"cat": 1, "mat": 1}),
    ("Sketch a lighthouse beside a cliff", {"lighthouse": 1, "cliff": 1}),
    ("a man painting a fence", {"man": 1, "fence": 1}),
    ("a girl sketching a horse at a desk", {"girl": 1, "desk": 1}),
])
def test_an_imperative_asks_for_the_picture_and_a_drawer_draws_on_paper(prompt, expected):
    assert nouns(prompt) == expected


@pytest.mark.parametrize("prompt, relation", [
    ("a sofa, on which sits a cat", ("cat", "on_top_of", "sofa")),
    ("a table under which a dog sleeps", ("dog", "under", "table")),
    ("a shelf on which stand three jars", ("jar", "on_top_of", "shelf")),
    ("a hedge behind which a fox hides", ("fox", "behind", "hedge")),
    ("a bench where a woman is sitting", ("woman", "near", "bench")),
])
def test_relative_clauses_with_which_and_where(prompt, relation):
    found = relations(prompt)
    assert relation in found
    assert len(found) == 1


@pytest.mark.parametrize("prompt, name", [
    ("a sun hat on a deckchair", "sun hat"),
    ("an oil drum near a truck", "oil drum"),
    ("a snow globe on a shelf", "snow globe"),
    ("a rain barrel by a shed", "rain barrel"),
    ("a garden chair beside a pond", "garden chair"),
])
def test_weather_and_place_words_name_kinds_before_a_noun(prompt, name):
    assert name in nouns(prompt)


@pytest.mark.parametrize("prompt, expected", [
    ("a watercolor cat on a mat", {"cat": 1, "mat": 1}),
    ("an anime girl beside a cartoon dog", {"girl": 1, "dog": 1}),
])
def test_style_words_before_a_noun_are_not_its_name(prompt, expected):
    assert nouns(prompt) == expected


@pytest.mark.parametrize("prompt, field, value", [
    ("a cat on a sofa, zoomed in", "shot", "close_up"),
    ("a tram seen from the side", "view", "left"),
    ("a stag in profile", "view", "left"),
    ("a yacht photographed from far away", "shot", "wide"),
    ("over-the-shoulder shot of a man facing a door", "shot", "medium"),
    ("full-length shot of a woman beside a car", "shot", "wide"),
    ("a cat on a rug, camera at floor level", "elevation_deg", -12.0),
    ("looking up at a tall pine", "elevation_deg", -12.0),
])
def test_more_camera_phrases(prompt, field, value):
    spec = parse(prompt)
    assert getattr(spec.camera, field) == value
    assert not {"shoulder", "length", "profile", "side"} & {e.noun for e in spec.entities}


@pytest.mark.parametrize("text, word, count", [
    ("half a dozen apples on a plate", "apple", 6),
    ("a trio of ducks by the water", "duck", 3),
    ("three pairs of cats", "cat", 6),
    ("twenty one chairs", "chair", 20),
    ("two or three cups", "cup", 3),
])
def test_the_film_noun_finder_reads_the_same_quantities(text, word, count):
    from crews.nouns import find_nouns

    assert {m.word: m.count for m in find_nouns(text)}[word] == count


@pytest.mark.parametrize("prompt, expected", [
    ("a squirrel and a pony opposite a coat rack", {"squirrel", "pony", "coat rack"}),
    ("a rooster and a hay bale closer to the camera than a rocking chair", {"rooster", "hay bale", "rocking chair"}),
    ("a garden gnome and a bird feeder opposite a deckchair", {"garden gnome", "bird feeder", "deckchair"}),
    ("a sundial and a log pile a few steps from a bookcase", {"sundial", "log pile", "bookcase"}),
    ("a van with an ice cream sign beside a kiosk", {"van", "ice cream sign", "kiosk"}),
    ("a row of rocking chairs partly hidden by a hedge", {"rocking chair", "hedge"}),
    ("a bird bath near a cat bed", {"bird bath", "cat bed"}),
    ("a wheelie bin tucked behind a shed", {"wheelie bin", "shed"}),
    ("a pair of sundials among the roses", {"sundial", "rose"}),
    ("a cat and a dog sleep on a rug", {"cat", "dog", "rug"}),
    ("a man and a woman talk beside a car", {"man", "woman", "car"}),
])
def test_compounds_in_lists_are_not_read_as_verbs(prompt, expected):
    assert set(nouns(prompt)) == expected


@pytest.mark.parametrize("prompt, relation", [
    ("two rocking chairs behind a bicycle", ("rocking chair", "behind", "bicycle")),
    ("a garden gnome resting on a stump", ("garden gnome", "on_top_of", "stump")),
    ("a bicycle near a small coat rack", ("bicycle", "near", "coat rack")),
    ("three statues two metres from an old coat rack", ("statue", "near", "coat rack")),
])
def test_compounds_keep_their_names_in_relations(prompt, relation):
    spec = parse(prompt)
    found = {(spec.entity(r.subject).noun, r.kind, spec.entity(r.object).noun if r.object else None)
             for r in spec.relations}
    assert relation in found


@pytest.mark.parametrize("prompt, relation", [
    ("a cup at the edge of the table", ("cup", "on_top_of", "table")),
    ("a frog at the edge of a pond", ("frog", "near", "pond")),
    ("a cat on the edge of the bed", ("cat", "on_top_of", "bed")),
])
def test_the_edge_of_a_thing(prompt, relation):
    assert relation in relations(prompt)


def test_one_relation_said_twice_is_listed_once():
    spec = parse("a cow in front, nearer the camera, and a barn behind")
    keys = [(r.kind, r.subject, r.object) for r in spec.relations]
    assert len(keys) == len(set(keys)) and ("in_front_of", "cow", "barn") in keys


@pytest.mark.parametrize("prompt, relation", [
    ("a vase on the middle shelf of a bookcase", ("vase", "on_top_of", "bookcase")),
    ("a cat on the roof of a car", ("cat", "on_top_of", "car")),
    ("an owl on a branch of an oak", ("owl", "on_top_of", "oak")),
    ("a lamp on the centre table", ("lamp", "on_top_of", "table")),
    ("a boy astride a horse", ("boy", "on_top_of", "horse")),
    ("a cyclist ahead of a bus", ("cyclist", "in_front_of", "bus")),
    ("a bird on the far right of a fence", ("bird", "right_of", "fence")),
    ("a hut within a stone's throw of a lake", ("hut", "near", "lake")),
])
def test_parts_positions_and_more_prepositions(prompt, relation):
    assert relation in relations(prompt)


def test_one_side_and_the_other_is_between():
    spec = parse("a sofa with a lamp on one side and a plant on the other")
    assert [(r.kind, r.subject, {r.object, r.object2}) for r in spec.relations] == [
        ("between", "sofa", {"lamp", "plant"})]


def test_a_shelf_of_books_is_a_shelf():
    assert nouns("a shelf of books beside a desk") == {"shelf": 1, "desk": 1}


@pytest.mark.parametrize("prompt, count, rows", [
    ("two rows of chairs facing a stage", 10, 2),
    ("three rows of four stools", 12, 3),
    ("a row of five bottles", 5, 1),
])
def test_rows_said_as_a_collective(prompt, count, rows):
    entity = parse(prompt).entities[0]
    assert (entity.count, entity.rows) == (count, rows)


@pytest.mark.parametrize("prompt, expected", [
    ("a table without chairs, a lamp beside it", {"table": 1, "lamp": 1}),
    ("a room with no people and a lamp", {"lamp": 1}),
    ("none of the cats", {}),
])
def test_things_said_to_be_absent_are_not_drawn(prompt, expected):
    assert nouns(prompt) == expected


def test_one_colour_each():
    spec = parse("two cats, one black and one white")
    assert [(e.noun, e.count, e.color_name) for e in spec.entities] == [("cat", 1, "black"), ("cat", 1, "white")]


def test_face_to_face_and_what_they_stand_on():
    spec = parse("two kittens face to face on a cushion")
    kittens = [e.ref for e in spec.entities if e.noun == "kitten"]
    assert len(kittens) == 2
    found = {(r.subject, r.kind, r.object) for r in spec.relations}
    assert {(kittens[0], "facing_toward", kittens[1]), (kittens[1], "facing_toward", kittens[0])} <= found
    assert {(k, "on_top_of", "cushion") for k in kittens} <= found


def test_where_the_viewer_stands_is_no_thing():
    assert nouns("a small boat beside a jetty, seen from the shore") == {"boat": 1, "jetty": 1}
    assert nouns("children in a sandpit while their parents sit on a bench")["parent"] == 2
    assert parse("their parents on a bench").entities[0].category == "person"


def test_every_relation_phrase_names_a_kind_the_parser_reads():
    from crews.spatial.phrases import FRAME, RELATIONS
    from crews.spatial.spec import FRAME_KINDS, PAIR_KINDS

    read_in_parse = {"hides", "holds", "contains", "around_by", "flank", "on_or_near", "side_one", "side_other",
                     "toward", "between"}
    kinds = {kind.removesuffix("*it") for _, kind in RELATIONS}
    assert kinds <= set(PAIR_KINDS) | set(FRAME_KINDS) | read_in_parse
    assert {kind for _, kind in FRAME} <= set(FRAME_KINDS) | {"foreground", "background"}


@pytest.mark.parametrize("prompt, expected", [
    ("a dog at home on a rug", {"dog": 1, "rug": 1}),
    ("a boy at school beside a desk", {"boy": 1, "desk": 1}),
    ("a dog near a school", {"dog": 1, "school": 1}),
])
def test_at_home_and_at_school_are_where(prompt, expected):
    assert nouns(prompt) == expected


def test_a_split_group_keeps_what_was_said_of_it():
    found = relations("a teddy bear sits between two cushions on a sofa")
    assert {("cushion", "on_top_of", "sofa")} <= found and len([r for r in found if r[1] == "on_top_of"]) == 2
    spec = parse("two dogs on a rug on either side of a man")
    assert sum(e.count for e in spec.entities if e.noun == "rug") == 1
    assert sum(e.count for e in spec.entities if e.noun == "dog") == 2


@pytest.mark.parametrize("prompt, arrangement, rows", [
    ("three ducks in single file behind a goose", "row", 1),
    ("rows of apple trees beside a barn", "grid", 2),
])
def test_more_arrangement_words(prompt, arrangement, rows):
    entity = parse(prompt).entities[0]
    assert (entity.arrangement, entity.rows) == (arrangement, rows)


@pytest.mark.parametrize("prompt, relation", [
    ("a market stall piled high with oranges", ("orange", "on_top_of", "market stall")),
    ("a pile of logs stacked against the side of a cabin", ("log", "near", "cabin")),
])
def test_contents_and_sides(prompt, relation):
    assert relation in relations(prompt)


@pytest.mark.parametrize("prompt, relation", [
    ("a cat near the front of a barrel", ("cat", "near", "barrel")),
    ("a goat beside the corner of a shed", ("goat", "near", "shed")),
    ("a mouse under the edge of a crate", ("mouse", "under", "crate")),
    ("a fox at the far side of a hedge", ("fox", "behind", "hedge")),
    ("a dog to the front of a van", ("dog", "in_front_of", "van")),
    ("a ladder against the end of a barn", ("ladder", "near", "barn")),
])
def test_a_place_on_a_thing_keeps_the_thing(prompt, relation):
    assert relation in relations(prompt)


@pytest.mark.parametrize("prompt, relation", [
    ("Between the two windows hangs a clock", "clock"),
    ("Between the bench and the tree stands a lamp", "lamp"),
])
def test_a_fronted_between(prompt, relation):
    between = [r for r in parse(prompt).relations if r.kind == "between"]
    assert len(between) == 1 and between[0].subject == relation


def test_a_two_word_name_before_an_adjective_reading():
    assert "potted plant" in nouns("a potted plant by the door")
    assert nouns("a wooden box on a stone wall") == {"box": 1, "stone wall": 1}


@pytest.mark.parametrize("prompt, relation, held", [
    ("a woman with an umbrella beside a bus stop", ("woman", "near", "bus stop"), ("umbrella", "near", "woman")),
    ("a girl with a kite in front of a barn", ("girl", "in_front_of", "barn"), ("kite", "near", "girl")),
    ("a desk with a lamp to the left of a monitor", ("lamp", "left_of", "monitor"), None),
])
def test_what_someone_is_with_goes_with_them(prompt, relation, held):
    found = relations(prompt)
    assert relation in found
    assert held is None or held in found


@pytest.mark.parametrize("prompt, expected", [
    ("a sofa turned at 45 degrees", {"sofa": 1}),
    ("a tree two metres tall beside a shed", {"tree": 1, "shed": 1}),
    ("a man at the wheel of a tractor", {"man": 1, "tractor": 1}),
])
def test_measures_and_parts_are_no_things(prompt, expected):
    assert nouns(prompt) == expected


def test_a_plural_after_a_count_is_the_thing_not_its_verb():
    assert nouns("three wheelie bins a short distance from an old lamp") == {"wheelie bin": 3, "lamp": 1}


@pytest.mark.parametrize("prompt, view, elevation, relation", [
    ("a girl looking down at a puppy", "front", None, ("girl", "facing_toward", "puppy")),
    ("a cat looking up at a bird on a branch", "front", None, ("cat", "facing_toward", "bird")),
    ("a desk and a chair, looking down on them", "top", None, None),
    ("the camera looking down at a chessboard", "top", None, None),
    ("Looking up at a tall pine", "front", -12.0, None),
])
def test_someone_looking_is_not_the_camera(prompt, view, elevation, relation):
    spec = parse(prompt)
    assert (spec.camera.view, spec.camera.elevation_deg) == (view, elevation)
    assert relation is None or relation in relations(prompt)


def test_a_fronted_frame_holds_for_the_whole_list():
    found = relations("In the background there is a barn and a silo, a goat in front")
    assert {("barn", "behind", "goat"), ("silo", "behind", "goat")} <= found
    assert ("barn", "behind", "silo") not in found and ("silo", "behind", "barn") not in found
    found = relations("On the left, a cat and a dog; on the right, a bird")
    assert {("cat", "left_side", None), ("dog", "left_side", None), ("bird", "right_side", None)} <= found


def test_a_frame_after_a_list_holds_for_the_list():
    found = relations("a barn and a silo in the background, a goat in the foreground")
    assert {("barn", "behind", "goat"), ("silo", "behind", "goat")} <= found
    assert ("silo", "behind", "barn") not in found


def test_watching_and_a_gas_stove():
    assert ("dog", "facing_toward", "child") in relations("two children building a sandcastle, a dog watching them")
    assert ("kettle", "on_top_of", "gas stove") in relations("a kettle whistling on a gas stove")


def test_co_subjects_after_and_face_together():
    found = relations("a cat and a dog facing a bowl")
    assert {("cat", "facing_toward", "bowl"), ("dog", "facing_toward", "bowl")} <= found


def test_the_far_end_and_the_seafront():
    spec = parse("a row of beach huts along the seafront, a lifeguard tower at the far end")
    assert {e.noun for e in spec.entities} == {"beach hut", "lifeguard tower"}
    assert ("lifeguard tower", "behind", "beach hut") in relations(spec.prompt)
    assert parse("a goalkeeper between the goalposts").entities[0].category == "person"


# ------------------------------------------------------ places in the picture, as captions write them ---


@pytest.mark.parametrize("prompt, sides", [
    ("A rowing boat at left, an oar at right", {"rowing boat": "left_side", "oar": "right_side"}),
    ("Left: a coat stand. Right: a cello.", {"coat stand": "left_side", "cello": "right_side"}),
    ("A weathervane (left) and a dovecote (right)", {"weathervane": "left_side", "dovecote": "right_side"}),
    ("An armadillo, screen right", {"armadillo": "right_side"}),
    ("The left half shows a pillar box; the right half, a combine harvester",
     {"pillar box": "left_side", "combine harvester": "right_side"}),
    ("A mandolin placed rightmost and a harmonica leftmost", {"mandolin": "right_side", "harmonica": "left_side"}),
    ("Sketch a porcupine toward the right edge of the frame", {"porcupine": "right_side"}),
    ("Right of frame, a moped", {"moped": "right_side"}),
    ("A moped in the right third of the image", {"moped": "right_side"}),
    ("On the right: a dresser. On the left: a mirror.", {"dresser": "right_side", "mirror": "left_side"}),
])
def test_screen_places_written_as_captions_and_screen_directions(prompt, sides):
    spec = parse(prompt)
    assert {r.subject: r.kind for r in spec.relations if r.kind in ("left_side", "right_side")} == sides
    assert set(nouns(prompt)) == set(sides)


def test_a_side_of_a_thing_is_no_place_in_the_picture():
    assert relations("A jug near the left edge of the counter") == {("jug", "near", "counter")}
    assert relations("A cat at the left of a dog") == {("cat", "left_of", "dog")}


@pytest.mark.parametrize("prompt, relation", [
    ("Beneath the willow: a rowing boat", ("rowing boat", "under", "willow")),
    ("A hamster dozing beneath a parked tractor", ("hamster", "under", "tractor")),
    ("A toddler peeks out from behind a sofa", ("toddler", "hidden_by", "sofa")),
    ("A lizard peeked out from behind a rock", ("lizard", "hidden_by", "rock")),
    ("Six scouts formed a ring around a flagpole", ("scout", "around", "flagpole")),
])
def test_fronted_places_with_a_colon_participles_and_verb_forms(prompt, relation):
    assert relation in relations(prompt)


def test_a_participle_between_a_number_and_its_noun_describes_the_things():
    assert nouns("Four stacked pallets beside a forklift") == {"pallet": 4, "forklift": 1}
    assert nouns("Four porters stacked two trunks") == {"porter": 4, "trunk": 2}


def test_where_a_head_points_is_where_it_faces_unless_a_place_follows():
    assert [(e.noun, e.facing) for e in parse("A heifer with its head to the right").entities] == [("heifer", "right")]
    assert [(e.noun, e.facing) for e in parse("A pony with its head turned left").entities] == [("pony", "left")]
    assert relations("A puppy with its nose to the left of a bowl") == {("puppy", "left_of", "bowl")}


@pytest.mark.parametrize("prompt, relation", [
    ("Lanterns all around a gazebo", ("lantern", "around", "gazebo")),
    ("A hedgehog obscured in part by a log", ("hedgehog", "hidden_by", "log")),
])
def test_all_around_a_thing_and_hidden_in_part(prompt, relation):
    assert relation in relations(prompt)


def test_camera_words_for_a_low_shot_and_a_profile():
    low = parse("A low shot of a lighthouse")
    assert low.camera.elevation_deg is not None and low.camera.elevation_deg < 0
    profile = parse("A profile shot of a greyhound")
    assert profile.camera.view in ("left", "right") and nouns("A profile shot of a greyhound") == {"greyhound": 1}


@pytest.mark.parametrize("prompt, setting, interior, light, things", [
    ("INT. BOATHOUSE - NIGHT. A canoe rests on two trestles", "boathouse", True, "night", {"canoe": 1, "trestle": 2}),
    ("EXT. ORCHARD - DAWN: a ladder against a pear tree", "orchard", False, "dawn", {"ladder": 1, "pear tree": 1}),
    ("INT. RECORD SHOP - CONTINUOUS A clerk stands behind a till", "record shop", True, None, {"clerk": 1, "till": 1}),
    ("Exterior, quarry, dusk. Two trucks", "quarry", False, "dusk", {"truck": 2}),
])
def test_a_scene_heading_says_where_indoors_or_out_and_the_light(prompt, setting, interior, light, things):
    spec = parse(prompt)
    assert (spec.setting, spec.interior) == (setting, interior)
    assert (light in spec.style) if light else not spec.style
    assert nouns(prompt) == things


def test_interior_as_a_word_is_no_scene_heading():
    spec = parse("Interior design photo of an armchair")
    assert spec.setting is None and "armchair" in nouns("Interior design photo of an armchair")


@pytest.mark.parametrize("prompt, relation", [
    ("A fisherman mends a net; a terrier naps at his feet", ("terrier", "near", "fisherman")),
    ("Three barrels by a wall, a crow on one of them", ("crow", "on_top_of", "barrel")),
    ("A nurse with a trolley, a child at her side", ("child", "near", "nurse")),
])
def test_the_pronoun_in_a_relation_phrase_refers_as_that_pronoun_does(prompt, relation):
    assert relation in relations(prompt)


def test_things_said_to_ring_something_without_a_number_make_a_ring():
    assert nouns("Deckchairs around a paddling pool") == {"deckchair": 6, "paddling pool": 1}
    assert nouns("Two deckchairs around a paddling pool")["deckchair"] == 2
    assert nouns("Deckchairs beside a paddling pool")["deckchair"] == 2
