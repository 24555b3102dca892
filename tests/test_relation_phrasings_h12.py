"""Stage, court-room, needlework and verse phrasings: a lighting cue naming what is lit, the audience or the
public gallery as the one looking, a bare "upstage" or "downstage", the needleworker's "piece" as the picture,
"the exact middle", lines broken with slashes, a fronted "behind X, a Y, mostly hidden", a block "so many ranks
deep and so many files wide", a pile "like pancakes", the painter standing at one end, and open land
with everything small in it.

Every sentence here is written for this test; none comes from the benchmarks."""

from __future__ import annotations

import pytest

from crews.spatial.parse import parse
from tests.parse_views import refs, relations

# 1. A lighting cue: what the light falls on is the scene, the light no thing in it

@pytest.mark.parametrize("prompt, want", [
    ("Cue 9: a lone spotlight on a harpist, far right as the house sees it.", {("harpist", "right_side", None)}),
    ("Cue 4: one narrow pool on a fiddler and a wheelbarrow, close together.", {("wheelbarrow", "near", "fiddler")}),
    ("Cue 12: a follow spot, centre stage, on a grandfather clock.", {("grandfather clock", "center", None)}),
    ("Cue 6: a tight spot on Morwenna and a harp, close together.", {("harp", "near", "Morwenna")}),
    ("Cue 2: lights up on a milkmaid, audience's right, and on a goat, audience's left.",
     {("milkmaid", "right_side", None), ("goat", "left_side", None)}),
])
def test_lighting_cue_names_what_is_lit(prompt, want):
    assert want <= relations(prompt)
    assert not refs(prompt) & {"spotlight", "spot", "pool", "special", "audience", "house"}


# 2. The audience and the public gallery look at the picture

@pytest.mark.parametrize("prompt, facing", [
    ("a heron seen side on, facing the audience's right", "right"),
    ("a mayor turned to the public gallery", "camera"),
    ("a footman with his back to the audience", "away"),
    ("a wren seen frontally, facing anyone looking at the picture", "camera"),
])
def test_audience_and_gallery_are_the_viewer(prompt, facing):
    subject = parse(prompt).entities[0]
    assert subject.facing == facing
    assert not refs(prompt) & {"audience", "gallery", "whoever"}


def test_nearer_the_audience_is_no_thing():
    prompt = "a piano in the background, a harpist before it and nearer the audience"
    assert ("harpist", "in_front_of", "piano") in relations(prompt)
    assert "audience" not in refs(prompt)


# 3. A bare "upstage" or "downstage": the back or the front of the stage

def test_bare_stage_depths():
    prompt = "a throne upstage, a jester downstage"
    assert refs(prompt) == {"throne", "jester"}
    assert ("jester", "in_front_of", "throne") in relations(prompt) or \
        ("throne", "behind", "jester") in relations(prompt)


# 4. The needleworker's piece is the picture; the exact middle is the middle

@pytest.mark.parametrize("prompt, want", [
    ("embroider a heron in the right-hand quarter of the piece", ("heron", "right_side", None)),
    ("a thimble occupying the left quarter of the whole design", ("thimble", "left_side", None)),
    ("a goose set at the precise middle of our canvas", ("goose", "center", None)),
    ("a kettle, dead at the centre of everything", ("kettle", "center", None)),
])
def test_the_piece_and_the_exact_middle(prompt, want):
    assert want in relations(prompt)
    assert not refs(prompt) & {"piece", "third", "design", "half"}


# 5. Lines broken with slashes: each line a clause, a line that is only a place said before its thing

@pytest.mark.parametrize("prompt, triple", [
    ("a heron, to the left / two goats at right, as we watch / dusk", ("heron", "left_side", None)),
    ("a heron, to the left / two goats at right, as we watch / dusk", ("goat", "right_side", None)),
    ("beneath the piano / a spaniel, dozing / the clock ticks", ("spaniel", "under", "piano")),
    ("a teacup / high on the dresser / quiet now", ("teacup", "on_top_of", "dresser")),
    ("a goose nearby / behind it, a windmill / very far", ("windmill", "behind", "goose")),
])
def test_slashed_lines(prompt, triple):
    assert triple in relations(prompt)


def test_a_slash_in_a_reference_is_no_line_break():
    assert "heron" in refs("Lot 31/B: a heron beside a pond.")


# 6. "Behind X, a Y, mostly hidden" and "concealed for the greater part by"

@pytest.mark.parametrize("prompt, triple", [
    ("Behind the haystack, a scarecrow, partly hidden.", ("scarecrow", "hidden_by", "haystack")),
    ("Behind a tram there's a porter, mostly hidden.", ("porter", "hidden_by", "tram")),
    ("a goat concealed for the most part by a hedge", ("goat", "hidden_by", "hedge")),
    ("a drummer obscured in large part by a curtain", ("drummer", "hidden_by", "curtain")),
])
def test_mostly_hidden(prompt, triple):
    assert triple in relations(prompt)


# 7. A block said in ranks and files; a pile said with a simile or with its foot on the floor

@pytest.mark.parametrize("prompt, count, rows", [
    ("lanterns arranged as a block three ranks deep by five files across", 15, 3),
    ("crates formed up in one tidy block, four files wide and two ranks deep", 8, 2),
])
def test_ranks_and_files(prompt, count, rows):
    things = parse(prompt).entities[0]
    assert (things.count, things.arrangement, things.rows) == (count, "grid", rows)


@pytest.mark.parametrize("prompt", [
    "four hatboxes piled like bricks, one upon another",
    "six saucers balanced one atop another, with only the bottom one resting on the floor",
])
def test_piles(prompt):
    assert [(e.count, e.arrangement) for e in parse(prompt).entities] in ([(4, "stack")], [(6, "stack")])


# 8. The camera: at one end of the scene, close on a study, far from open land

@pytest.mark.parametrize("prompt, view", [
    ("a harp and a stool, painted from the far right end of the courtroom", "right"),
    ("Our artist sat over at the set's left end, looking across at a mule and a plough.", "left"),
    ("a mule and a plough, photographed from round at the far right side of the entire set", "right"),
    ("seen from the wings to the left: a harp and a stool", "left"),
    ("two urns on a plinth, sketched from out at the rear end of the entire set, peering in", "back"),
])
def test_camera_at_one_end(prompt, view):
    spec = parse(prompt)
    assert spec.camera.view == view
    assert not {e.ref for e in spec.entities} & {"artist", "wing", "end", "hall"}


@pytest.mark.parametrize("prompt", [
    "a huge bare plain, a windmill and a cart tiny on the skyline",
    "miles of flat moorland and, far off, a shepherd and a hut, tiny",
    "a long way away, a mill and a barn, small on the horizon",
    "an enormous open expanse: a hare and a fox, small in all this space",
])
def test_wide_open_land(prompt):
    spec = parse(prompt)
    assert spec.camera.shot == "wide"
    assert not {e.ref for e in spec.entities} & {"plain", "moorland", "expanse", "skyline", "horizon", "space"}


@pytest.mark.parametrize("prompt", [
    "close study of an old thimble",
    "a heron so huge it fills the entire piece",
])
def test_close_up(prompt):
    spec = parse(prompt)
    assert spec.camera.shot == "close_up"
    assert len(spec.entities) == 1


# 9. "Upon the left", "as one regards the picture", "at the time of the storm"

@pytest.mark.parametrize("prompt, want", [
    ("a lectern upon the right and an urn upon the left, as one views the painting",
     {("lectern", "right_side", None), ("urn", "left_side", None)}),
    ("At the moment of the collision the heifer was standing beside the trough.", {("heifer", "near", "trough")}),
])
def test_sides_upon_and_times(prompt, want):
    assert want <= relations(prompt)
    assert not refs(prompt) & {"collision", "moment", "one", "painting"}


@pytest.mark.parametrize("line", [
    "a cat / " * 600,
    "behind the shed, a goat, " * 300,
    "two ranks deep " * 400,
    "a pool on a cat, and on " * 300,
])
def test_long_lines_rewrite_in_linear_time(line):
    import time

    from crews.spatial import words
    start = time.perf_counter()
    words.normalise(line)
    assert time.perf_counter() - start < 3


@pytest.mark.parametrize("prompt", [
    "two cake tins, one lying squarely upon the other",
    "a pair of hatboxes, one perched neatly atop the other, by a lamp",
    "three crates, stacked carefully one upon another",
])
def test_how_one_rests_on_the_other_still_makes_a_pile(prompt):
    pile = next(e for e in parse(prompt).entities if e.count > 1)
    assert pile.arrangement == "stack"


def test_where_another_thing_hides_most_of_it_is_hidden_by_that_thing():
    assert ("otter", "hidden_by", "rowing boat") in relations(
        "an otter waiting where a rowing boat hides almost all of it, by a jetty")


@pytest.mark.parametrize("prompt", [
    "a heron by a pond, with the camera only two inches above the grass",
    "a tortoise and a trowel, the lens a couple of centimetres off the floor, angled upwards",
])
def test_a_lens_inches_off_the_ground_is_a_low_camera(prompt):
    assert parse(prompt).camera.elevation_deg < 0
