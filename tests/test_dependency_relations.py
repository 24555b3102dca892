"""Relations read from the dependency tree: sentence shapes the clause machine was not written
for, read from what each relation phrase attaches to in spaCy's parse, and what the tree may not
add on top of the clause machine's reading.

Every sentence here is written for this test; none comes from the benchmarks. Parse only: fast."""

from __future__ import annotations

import pytest

from crews.spatial import dependencies
from crews.spatial.parse import parse, parse_many
from crews.spatial.words import prepare, read_words


def relations(prompt: str) -> set[tuple]:
    """(subject, kind, object) and, for between, (subject, kind, {both objects})."""
    found = set()
    for r in parse(prompt).relations:
        obj = frozenset((r.object, r.object2)) if r.kind == "between" else r.object
        found.add((r.subject, r.kind, obj))
    return found


def between(subject: str, a: str, b: str) -> tuple:
    return subject, "between", frozenset((a, b))


SHAPES = [
    # subordinate clauses, participles, relative clauses
    ("While a dog sleeps beside the sofa, a cat sits on the windowsill.",
     {("dog", "near", "sofa"), ("cat", "on_top_of", "windowsill")}),
    ("A dog, sleeping beside the sofa, watches the television.", {("dog", "near", "sofa")}),
    ("A tired hiker, resting under a pine tree, looks at the mountains.", {("hiker", "under", "pine tree")}),
    ("A woman, who stands in front of the mirror, combs her hair.", {("woman", "in_front_of", "mirror")}),
    ("A woman combs her hair while standing in front of the mirror.", {("woman", "in_front_of", "mirror")}),
    ("Soft pastel watercolour of a quiet kitchen where a kettle sits on the stove and a cat dozes under the table.",
     {("kettle", "on_top_of", "stove"), ("cat", "under", "table")}),
    # seeing, existentials, passives, inversions
    ("We see a lamp standing behind an armchair.", {("lamp", "behind", "armchair")}),
    ("A mug can be seen to the left of a laptop.", {("mug", "left_of", "laptop")}),
    ("In front of the bakery, you can see a delivery van.", {("delivery van", "in_front_of", "bakery")}),
    ("There is a radio between a lamp and a clock.", {between("radio", "lamp", "clock")}),
    ("Beside the well sits a cat.", {("cat", "near", "well")}),
    ("Directly in front of the tent burns a campfire.", {("campfire", "in_front_of", "tent")}),
    ("Leaning against the door is a broom.", {("broom", "near", "door")}),
    ("Sitting between a teapot and a vase is a small cup.", {between("cup", "teapot", "vase")}),
    ("A fridge can be found to the right of the stove.", {("fridge", "right_of", "stove")}),
    # verbs that are the relation, and "round"
    ("A ring of stones encircles a campfire.", {("stone", "around", "campfire")}),
    ("Six people gather round a bonfire.", {("person", "around", "bonfire")}),
    ("Round the table stand six stools.", {("stool", "around", "table")}),
    ("The fountain is ringed with four benches.", {("bench", "around", "fountain")}),
    ("Six stools on all sides of the table.", {("stool", "around", "table")}),
    ("Four benches stand in a loose ring around the fountain.", {("bench", "around", "fountain")}),
    ("A tall hedge conceals a garden gnome.", {("garden gnome", "hidden_by", "hedge")}),
    ("A lamp and a clock stand on either side of a radio.", {between("radio", "lamp", "clock")}),
    # long prompts with style words, several relations, numbered items
    ("Cinematic lighting, 35mm film grain: a vintage motorcycle leans against a brick wall while a stray cat "
     "sleeps beneath the motorcycle.", {("motorcycle", "near", "brick wall"), ("cat", "under", "motorcycle")}),
    ("1) a red bucket beside the well 2) a rope coiled on top of the bucket 3) a crow perched on the well.",
     {("bucket", "near", "well"), ("rope", "on_top_of", "bucket"), ("crow", "on_top_of", "well")}),
    ("Several books are stacked on the desk, next to which stands a reading lamp.",
     {("book", "on_top_of", "desk"), ("reading lamp", "near", "desk")}),
    # places in the picture
    ("Over on the right stands a lighthouse.", {("lighthouse", "right_side", None)}),
    ("On the far left of the picture a windmill turns slowly.", {("windmill", "left_side", None)}),
    ("To the stove's right is a fridge.", {("fridge", "right_of", "stove")}),
    ("A goat positioned dead centre.", {("goat", "center", None)}),
    ("A cat on our left.", {("cat", "left_side", None)}),
    ("A cat can be seen on the left.", {("cat", "left_side", None)}),
    ("A scooter hugging the left edge, a kiosk in the bottom right corner.",
     {("scooter", "left_side", None), ("kiosk", "right_side", None)}),
    ("An easel positioned left and a stool further right than the easel.",
     {("easel", "left_side", None), ("stool", "right_of", "easel")}),
    ("A pram off to the left of a bench.", {("pram", "left_of", "bench")}),
    ("A dog and a horse, a fence between them.", {between("fence", "dog", "horse")}),
    ("A fence separating a dog and a horse.", {between("fence", "dog", "horse")}),
    # depth, support, occlusion and nearness said otherwise
    ("A scooter is closer to us than the gate.", {("scooter", "in_front_of", "gate")}),
    ("A scooter stands in the gate's foreground.", {("scooter", "in_front_of", "gate")}),
    ("A dog stands between us and the fence.", {("dog", "in_front_of", "fence")}),
    ("A dog placed forward of a fence.", {("dog", "in_front_of", "fence")}),
    ("A fence is set back from a dog.", {("fence", "behind", "dog")}),
    ("A dog sits with a fence at its back.", {("fence", "behind", "dog")}),
    ("A kettle stands deeper in the scene than a shed.", {("kettle", "behind", "shed")}),
    ("A crate topped with a scooter.", {("scooter", "on_top_of", "crate")}),
    ("A kettle crowns a crate.", {("kettle", "on_top_of", "crate")}),
    ("A kettle lies across the top of a crate.", {("kettle", "on_top_of", "crate")}),
    ("A kettle in the crate's shadow.", {("kettle", "near", "crate")}),
    ("A crate blocks the view of a scooter.", {("scooter", "hidden_by", "crate")}),
    ("A kettle is just visible behind a toaster.", {("kettle", "hidden_by", "toaster")}),
    ("A kettle peeks over a toaster.", {("kettle", "hidden_by", "toaster")}),
    ("A toaster stands in front of a kettle and hides most of it.", {("kettle", "hidden_by", "toaster")}),
    ("A kettle accompanies a toaster.", {("kettle", "near", "toaster")}),
    ("A kettle neighbours a toaster.", {("kettle", "near", "toaster")}),
    ("A kettle, a toaster nearby.", {("toaster", "near", "kettle")}),
    # inside a ring is around, however the ring is said
    ("A table in the middle of a circle of chairs.", {("chair", "around", "table")}),
    ("A circle of chairs with a table at its centre.", {("chair", "around", "table")}),
    ("Six chairs arranged in a circle, a table in the middle.", {("chair", "around", "table")}),
    ("Six chairs form a circle; in its centre stands a table.", {("chair", "around", "table")}),
    ("A table is enclosed by a ring of chairs.", {("chair", "around", "table")}),
    ("Five ducks orbit a buoy.", {("duck", "around", "buoy")}),
    ("The fountain stands amid a ring of six benches.", {("bench", "around", "fountain")}),
    ("A campfire ringed round with stones.", {("stone", "around", "campfire")}),
    ("Six benches stand round about the fountain.", {("bench", "around", "fountain")}),
    ("A cake with candles all around.", {("candle", "around", "cake")}),
    ("A statue stands in the square and pigeons encircle it.", {("pigeon", "around", "statue")}),
    # a participle says whose place it is, even after "with"
    ("A goat in front of a barn, with a tractor parked to the left of the barn.",
     {("goat", "in_front_of", "barn"), ("tractor", "left_of", "barn")}),
    # having a thing somewhere, and a place set off by "and," before the thing it places
    ("The barrel has a lantern to the left of it.", {("lantern", "left_of", "barrel")}),
    ("A barrel and, on top of it, a lantern.", {("lantern", "on_top_of", "barrel")}),
    # between, said in more ways
    ("A barrel on one side of a lantern and a crate on the other.", {between("lantern", "barrel", "crate")}),
    ("There is a barrel and a crate, and between them a lantern.", {between("lantern", "barrel", "crate")}),
    ("A barrel and a crate; a lantern sits between the two.", {between("lantern", "barrel", "crate")}),
    ("A lantern waits in the gap between a barrel and a crate.", {between("lantern", "barrel", "crate")}),
    ("A lantern is flanked on the left by a barrel and on the right by a crate.",
     {between("lantern", "barrel", "crate")}),
    ("Two trucks. Between them, a firefighter.", {between("firefighter", "truck", "truck#3")}),
    # a group said in parts keeps the place said of it; a fronted between carries over the comma
    ("Two kittens, one grey and one white, sleep beneath the kitchen table.",
     {("kitten", "under", "kitchen table"), ("kitten#2", "under", "kitchen table")}),
    ("Nestled between two boulders, a tiny tent.", {between("tent", "boulder", "boulder#3")}),
    # fronted places with a pronoun: the sentence's topic, not the thing placed just before
    ("A horse grazes in the field; behind it, a barn; to its left, a tractor.",
     {("barn", "behind", "horse"), ("tractor", "left_of", "horse")}),
    ("A desk. On its left, a lamp; on its right, a plant.",
     {("lamp", "left_of", "desk"), ("plant", "right_of", "desk")}),
]


@pytest.fixture(scope="module", autouse=True)
def parsed_together():
    """The English parses of the file's sentences made in one batch (the same results, faster)."""
    parse_many([prompt for prompt, _ in SHAPES])


@pytest.mark.parametrize("prompt, expected", SHAPES, ids=[p[:40] for p, _ in SHAPES])
def test_sentence_shapes(prompt, expected):
    assert expected <= relations(prompt)


@pytest.mark.parametrize("prompt, facing", [
    ("A horse looks off to the left.", "left"),
    ("A horse gazing to its right.", "right"),
    ("A horse oriented toward the left side.", "left"),
    ("A horse, nose to the left.", "left"),
    ("A horse looking straight at us.", "camera"),
    ("A horse facing into the distance.", "away"),
    ("A right-facing horse.", "right"),
])
def test_ways_of_facing(prompt, facing):
    assert [e.facing for e in parse(prompt).entities] == [facing]


@pytest.mark.parametrize("prompt, field, value", [
    ("A far-off view of a lighthouse and a buoy.", "shot", "wide"),
    ("A teacup filling the frame.", "shot", "close_up"),
    ("A cat on a rug, as seen by a drone.", "view", "top"),
    ("A mule in a field, the camera behind it.", "view", "back"),
])
def test_camera_said_otherwise(prompt, field, value):
    assert getattr(parse(prompt).camera, field) == value


def test_the_tree_reads_where_the_clause_machine_reads_nothing():
    # ("round" before an article is made "around" when the text is prepared; before a count it is the tree's)
    words = read_words(prepare("Six people gather round two bonfires.")[2])
    readings = dependencies.read(words, [], {1: "person", 5: "bonfire"})
    assert [(r.kind, r.subjects, r.objects) for r in readings] == [("around", ("person",), ("bonfire",))]


@pytest.mark.parametrize("prompt, absent", [
    # whose place a phrase after a verb's object is, the tree cannot tell: the drawn thing's
    ("A child draws a figure on a sheet of paper at a small table.", ("child", "on_top_of", "paper")),
    # the clause machine's reading stands: the desk is in front of the sofa, not the mug too
    ("A mug on a desk in front of a sofa.", ("mug", "in_front_of", "sofa")),
    # a relation verb in the passive relates the other way round
    ("The fountain is ringed with four benches.", ("fountain", "around", "bench")),
    # turned towards a side is a facing, not a place; seen from a side is the camera's
    ("A robot turned towards the right.", ("robot", "right_side", None)),
    ("A dog seen from the left.", ("dog", "left_side", None)),
    # "the white one" is the one already picked out, not both
    ("Two dogs, one brown and one white, the white one on the left.", ("dog", "left_side", None)),
])
def test_what_the_tree_may_not_add(prompt, absent):
    assert absent not in relations(prompt)


def test_each_relation_is_said_once():
    spec = parse("Six people are gathered round the bonfire, standing around it.")
    assert [(r.subject, r.kind, r.object) for r in spec.relations] == [("person", "around", "bonfire")]


@pytest.mark.parametrize("prompt", ["round round round", "encircles", "by by by with", "1) 2) 3)",
                                    "surrounded by", "which is between and", "Round.", "a ring of"])
def test_odd_text_never_raises(prompt):
    parse(prompt)
