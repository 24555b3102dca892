"""Relation, camera and frame phrasings: the viewer looking or standing (looking at it, coming in at the door),
the place the picture is seen from (nearer it, further from it, facing it, the view from it), the picture drawn
as a diagram or a figure, a fronted "under it", a depth said twice between a fronted place and its thing, "it"
after "X and," named again, a question answered with the thing, a thing mostly out of sight said after it, laid
over a thing's front, a pair flanking the thing between them, the viewer at the backs or at one end of the scene,
things filling whatever they are seen in, tiny things far away, facing "your left" or "the reader", sides "of
everything", ranks "abreast", a rest taken under a thing.

Every sentence here is written for this test; none comes from the benchmarks."""

from __future__ import annotations

import pytest

from crews.spatial.parse import parse
from tests.parse_views import entity, refs, relations

# 1. The viewer looking or standing somewhere is no thing looked at, and says the picture's side

@pytest.mark.parametrize("prompt, triple", [
    ("my sketch: there's one goat off on the right side, when we look at it", ("goat", "right_side", None)),
    ("Put a lamp on my left as I come in at the door.", ("lamp", "left_side", None)),
    ("one kettle, off to the far left, while one looks at the picture", ("kettle", "left_side", None)),
])
def test_viewer_looking_or_standing(prompt, triple):
    assert triple in relations(prompt)
    assert not {"door", "picture"} & refs(prompt)
    assert not any(kind == "facing_toward" for _, kind, _ in relations(prompt))


# 2. The place the picture is seen from: nearer it, further from it, facing it, the view from it

@pytest.mark.parametrize("prompt, triple", [
    ("Sketched from the jetty: a heron in front of a rowing boat, nearer the jetty.",
     ("heron", "in_front_of", "rowing boat")),
    ("Sketched from the jetty: a shed behind a heron, further from the jetty.", ("shed", "behind", "heron")),
    ("Postcard from the lighthouse: a yacht sits rightmost in the view through my telescope.",
     ("yacht", "right_side", None)),
])
def test_vantage_place(prompt, triple):
    rels = relations(prompt)
    assert triple in rels
    assert not any("jetty" in (s, o) or "lighthouse" in (s, o) for s, _, o in rels)


def test_facing_the_vantage_place_faces_the_camera():
    assert entity("Snapped from the pier: a seal facing the pier squarely.", "seal").facing == "camera"
    assert entity("a puppy, looking at its readers", "puppy").facing == "camera"


# 3. The picture drawn as a diagram, a figure or a little picture

@pytest.mark.parametrize("prompt, triple", [
    ("Figure 3: one ladder, at the right margin of this diagram.", ("ladder", "right_side", None)),
    ("one vase sits at the hub of the illustration", ("vase", "center", None)),
    ("a single wren perched in the right corner of the small drawing", ("wren", "right_side", None)),
])
def test_picture_words(prompt, triple):
    assert triple in relations(prompt)
    assert not {"diagram", "illustration", "drawing"} & refs(prompt)


# 4. "Under it" said first; a depth said twice between a fronted place and its thing

@pytest.mark.parametrize("prompt, triple", [
    ("Someone left a bench out, and under it sleeps a hedgehog.", ("hedgehog", "under", "bench")),
    ("A desk. Under it there is a satchel.", ("satchel", "under", "desk")),
    ("Directly before the barn, a bit nearer to us, waits Gwendolyn.", ("Gwendolyn", "in_front_of", "barn")),
    ("Past the scarecrow, further off, rises a windmill.", ("windmill", "behind", "scarecrow")),
])
def test_fronted_places(prompt, triple):
    assert triple in relations(prompt)


# 5. "X and, behind it, Y": "it" is X, whatever was said before X

@pytest.mark.parametrize("prompt, triple", [
    ("Card 4: a teapot and, behind it far off, a lighthouse.", ("lighthouse", "behind", "teapot")),
    ("On the shelf, a clock and, just beside it, a mouse.", ("mouse", "near", "clock")),
])
def test_it_after_and(prompt, triple):
    assert triple in relations(prompt)


# 6. A question answered with the thing at the place asked about

def test_question_answered():
    rels = relations("What is that behind the wheelbarrow? Why, it's a hedgehog!")
    assert ("hedgehog", "behind", "wheelbarrow") in rels or ("hedgehog", "hidden_by", "wheelbarrow") in rels


# 7. Mostly out of sight, said after the thing and its place

@pytest.mark.parametrize("prompt, triple", [
    ("a fox behind the compost bin, nearly lost to view", ("fox", "hidden_by", "compost bin")),
    ("Where is the tortoise? Behind the log! Only a tiny bit of it shows.", ("tortoise", "hidden_by", "log")),
    ("the bike is behind the hedge, we can barely see it in the photo", ("bike", "hidden_by", "hedge")),
])
def test_mostly_hidden(prompt, triple):
    assert triple in relations(prompt)
    assert "bit" not in refs(prompt)


# 8. "Over the front of" is in front; two on either side of the one between them

def test_over_the_front_of():
    assert ("poster", "in_front_of", "garden shed") in relations("a poster stuck across the front of the garden shed")


def test_between_two_one_each_side():
    spec = parse("a donkey between two carts, one either side of it")
    assert [e.ref for e in spec.entities if e.category == "horse" or e.ref.startswith("donkey")] == ["donkey"]
    assert any(r.kind == "between" and r.subject == "donkey" for r in spec.relations)


# 9. The middle: straight ahead, of all one sees; an otherwise empty place

@pytest.mark.parametrize("prompt, ref", [
    ("The yard is bare except for a well in its centre, dead ahead of us.", "well"),
    ("a heron right at the middle of all that I survey", "heron"),
])
def test_middle(prompt, ref):
    assert (ref, "center", None) in relations(prompt)
    assert not {"yard", "us", "everything"} & refs(prompt)


# 10. Camera: at their backs, at one end of the scene, looking straight down

@pytest.mark.parametrize("prompt, view", [
    ("We creep up behind a fox and a badger; we can only see their backs.", "back"),
    ("Here is the back of a shepherd and his dog! We're right behind them!", "back"),
    ("We walk in from the far right end of the set, looking across at a yak and a cart.", "right"),
    ("Peering in from the far left side of everything at a pram and a goose.", "left"),
    ("photo from the stairs, directly down on a rug and a cat", "top"),
])
def test_camera_views(prompt, view):
    spec = parse(prompt)
    assert spec.camera.view == view
    assert len([e for e in spec.entities if not e.stand_in]) >= 2


# 11. Filling whatever it is seen in; tiny far away

@pytest.mark.parametrize("prompt, shot", [
    ("Plate 2: a beetle, magnified to fill the whole plate.", "close_up"),
    ("a thimble so near it fills the entire window", "close_up"),
    ("a screen-filling close-up shot of one snail", "close_up"),
    ("a wide moor where a cottage and a pony stand teeny tiny far off", "wide"),
])
def test_shot_sizes(prompt, shot):
    spec = parse(prompt)
    assert spec.camera.shot == shot
    assert not {"plate", "window", "page"} & {e.ref for e in spec.entities}


# 12. Facing the viewer's side, or a way said after "that way"

@pytest.mark.parametrize("prompt, ref, facing", [
    ("A heron stands side-on to us, facing our right.", "heron", "right"),
    ("the tortoise faces this way, towards the right.", "tortoise", "right"),
])
def test_facing(prompt, ref, facing):
    spec = parse(prompt)
    assert next(e for e in spec.entities if e.ref == ref).facing == facing
    assert spec.camera.view == "front"


# 13. One of two set forward of the other (the depth said again after); the one thing remaining

def test_one_forward_of_the_other():
    spec = parse("a pair of lanterns, one stood forward of the other, nearest the viewer")
    assert any(r.kind == "in_front_of" and r.subject.startswith("lantern") for r in spec.relations)


def test_only_one_remaining():
    rels = relations("the tide came in: only the sandcastle left, out on the right")
    assert ("sandcastle", "right_side", None) in rels
    assert not any(kind == "left_side" for _, kind, _ in rels)


# 14. A side "of everything" is the picture's; where the viewer stands there is the camera's

def test_side_of_everything():
    rels = relations("a kiln in the right half of it all, looked at by me, and a cart at the left")
    assert ("kiln", "right_side", None) in rels
    assert not {"everything", "me"} & refs("a kiln in the right half of it all, looked at by me")
    assert parse("We were standing over at the right of everything to paint a kiln and a cart.").camera.view == "right"


# 15. Ranks "N abreast in M rows"; a rest taken under a thing; hiding away under it; looking our way

@pytest.mark.parametrize("prompt, count, rows", [
    ("six deckchairs set up two abreast in three rows", 6, 3),
    ("ten cadets marching five abreast and two deep", 10, 2),
])
def test_abreast_in_rows(prompt, count, rows):
    spec = parse(prompt)
    assert [(e.count, e.rows) for e in spec.entities] == [(count, rows)]


@pytest.mark.parametrize("prompt, triple", [
    ("the old sheepdog is taking a quick nap under the porch bench", ("sheepdog", "under", "porch bench")),
    ("a toddler hiding away under the kitchen table", ("toddler", "under", "kitchen table")),
])
def test_resting_and_hiding_under(prompt, triple):
    assert triple in relations(prompt)
    assert not {"nap", "snooze"} & refs(prompt)
    assert not any(kind == "hidden_by" for _, kind, _ in relations(prompt))


def test_looking_our_way():
    assert entity("a lone walrus on the ice, gazing in our direction", "walrus").facing == "camera"


# 16. "In the diagram" closing a clause is where the picture is, no thing

def test_in_the_diagram():
    spec = parse("Plate 9: a tortoise in profile, looking right in the illustration.")
    assert next(e for e in spec.entities if e.ref == "tortoise").facing == "right"
    assert not spec.relations


def test_only_one_left_in_the_middle():
    assert relations("so only the scarecrow left, dead centre now") == {("scarecrow", "center", None)}
