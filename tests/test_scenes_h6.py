"""Long scene prompts, sixth round: towers said with "made of", halves of the picture given over
to things, rings said with a colon or as "closed", and piers and jetties with room beneath their
decks. Sentences are our own."""

from __future__ import annotations

import pytest

from crews.spatial.parse import parse
from crews.spatial.silhouette import surface
from crews.spatial.solve import solve


def kinds(prompt: str) -> set[tuple]:
    return {(r.subject, r.kind, r.object) for r in parse(prompt).relations}


@pytest.mark.parametrize("prompt, noun, count", [
    ("a teetering tower made of five pancakes, and a dog", "pancake", 5),
    ("a teetering tower of four plates", "plate", 4),
    ("a wobbly pile made of six books beside a lamp", "book", 6),
    ("a tower built from three crates", "crate", 3),
])
def test_towers_made_of_things_are_stacks(prompt, noun, count):
    entity = next(e for e in parse(prompt).entities if e.noun == noun)
    assert (entity.count, entity.arrangement) == (count, "stack")
    assert not any("tower" in e.noun or "pile" in e.noun for e in parse(prompt).entities)


@pytest.mark.parametrize("prompt, left, right", [
    ("The left half of the picture given over to a barn and the right half to a tractor, a dog asleep", "barn",
     "tractor"),
    ("the right half of the frame is given over to a red barn, and the left half to Ottoline", "Ottoline", "barn"),
    ("a barn way over on the left of the image and a tractor way over on the right; a dog", "barn", "tractor"),
])
def test_sides_given_over_or_way_over(prompt, left, right):
    relations = kinds(prompt)
    assert (left, "left_side", None) in relations and (right, "right_side", None) in relations


@pytest.mark.parametrize("prompt, ring, centre", [
    ("A ring: six chairs, a table at its centre.", "chair", "table"),
    ("A ring: seven gnomes, a kitchen table at its centre, and a dog.", "gnome", "table"),
    ("three knights in a closed circle round a pond", "knight", "pond"),
    ("six cows in a complete ring around a well", "cow", "well"),
])
def test_rings_said_with_a_colon_or_closed(prompt, ring, centre):
    spec = parse(prompt)
    assert any(r.kind == "around" and r.subject == ring and spec.entity(r.object).category == centre
               for r in spec.relations)
    assert not any(e.noun == "ring" for e in spec.entities)


@pytest.mark.parametrize("prompt, who, host", [
    ("a cat pottering about beneath a pier", "cat", "pier"),
    ("a fisherman sheltering under a jetty", "fisherman", "jetty"),
    ("a troll squatting under a bridge", "troll", "bridge"),
])
def test_under_a_pier_is_beneath_its_deck(prompt, who, host):
    layout = solve(parse(prompt)).layout
    thing = next(o for o in layout.objects if o.name == who)
    deck = next(o for o in layout.objects if o.name == host)
    underside = deck.position[1] + 0.65 * deck.size[1]  # the deck's underside, above head height
    assert thing.position[1] + thing.size[1] < underside
    assert surface("bridge").height * deck.size[1] > 2.0  # people stand beneath it
    half = max(deck.size[0], deck.size[2]) / 2
    assert abs(thing.position[0] - deck.position[0]) < half and abs(thing.position[2] - deck.position[2]) < half


@pytest.mark.parametrize("prompt, noun", [
    ("One bath towel laid flat on a second, five mats in a row.", "bath towel"),
    ("one crate laid flat on a second - on a shelf three cups stand in one straight row", "crate"),
    ("one saucer lying flat on a second plus four crates", "saucer"),
])
def test_one_laid_flat_on_a_second_is_two(prompt, noun):
    spec = parse(prompt)
    pair = [e for e in spec.entities if e.noun == noun]
    assert len(pair) == 2
    assert any(r.kind == "on_top_of" and {r.subject, r.object} == {p.ref for p in pair} for r in spec.relations)


@pytest.mark.parametrize("prompt, noun, rows, count", [
    ("lobster pots in four neat rows, three pots to a row; a dog", "lobster pot", 4, 12),
    ("apple trees in two rows, five trees per row, and a bench", "apple tree", 2, 10),
])
def test_a_count_per_row_naming_the_thing_again(prompt, noun, rows, count):
    entity = next(e for e in parse(prompt).entities if e.noun == noun)
    assert (entity.arrangement, entity.rows, entity.count) == ("grid", rows, count)


def test_wandering_in_every_direction_names_no_direction():
    spec = parse("ten sailors wandering around in every direction, and a boat")
    assert [e.noun for e in spec.entities] == ["sailor", "boat"]
    assert not spec.relations


@pytest.mark.parametrize("prompt, alone, host", [
    ("a stack of six plates, and Ottoline sheltering under a canopy", "plate", "canopy"),
    ("a throng of ten monks, and Anselm sitting on top of a crate", "monk", "crate"),
])
def test_two_things_parted_by_a_comma_before_and_do_not_share_a_place(prompt, alone, host):
    assert not any(r.subject == alone and r.object == host for r in parse(prompt).relations)


def test_a_kettle_cups_and_a_jug_listed_with_a_comma_before_and_share_the_tray():
    subjects = {r.subject for r in parse("a kettle, two cups, and a jug on a tray").relations if r.object == "tray"}
    assert subjects == {"kettle", "cup", "jug"}


def test_a_pair_back_to_back_looking_out_either_side_is_one_pair():
    spec = parse("fifteen crates in a tidy grid, three deep and five across, a pair of goats, back to back, "
                 "looking out to either side")
    assert not any("crate" in (r.subject, r.object) for r in spec.relations)
    assert next(e for e in spec.entities if e.noun == "crate").facing is None


def test_a_grid_of_trees_seen_square_on_shows_the_feet_of_the_rows_behind():
    from crews.spatial import solve as solver
    spec = parse("six plum trees set out as a three-by-two grid, shot square-on from the front")
    run = solver._Solver(spec, solver.Tweaks(), 1.0)
    run.run()
    assert run._rows_cover() <= solver.ROWS_COVER
    depths = sorted({round(t.w, 2) for t in run.things["plum tree"]})
    assert len(depths) == 3 and min(b - a for a, b in zip(depths, depths[1:])) > 4.0  # crowns 2.5 m deep


def test_one_laid_flat_on_a_second_shows_the_rim_of_the_one_below():
    layout = solve(parse("ten sailors milling about, one saucer laid flat on a second, and four crates")).layout
    upper, lower = sorted((o for o in layout.objects if o.name == "saucer"), key=lambda o: -o.position[1])
    assert upper.position[1] >= lower.position[1] + lower.size[1] - 1e-3
    assert lower.size[0] > upper.size[0]  # its side and rim show round the one it carries


@pytest.mark.parametrize("prompt, noun", [
    ("a counter (with five saucers sitting on it in a tidy row), and a dog", "saucer"),
    ("a desk with three cups standing on it in a neat row", "cup"),
])
def test_a_row_said_of_things_on_a_holder_is_theirs(prompt, noun):
    spec = parse(prompt)
    assert next(e for e in spec.entities if e.noun == noun).arrangement == "row"
    assert all(e.arrangement is None for e in spec.entities if e.noun != noun)


def test_a_rows_own_left_to_right_orders_no_other_things():
    spec = parse("four shells lined up along a counter, and six saucers, each one balanced on the one below, "
                 "a straight row of three boats, left to right, seen from the front")
    assert not any(r.kind == "left_of" for r in spec.relations)
    assert next(e for e in spec.entities if e.noun == "saucer").arrangement == "stack"


def test_a_row_all_alongside_one_another_stays_one_row():
    spec = parse("a straight row of five boats, left to right, all alongside one another, and a dog")
    boats = [e for e in spec.entities if e.noun == "boat"]
    assert [(b.count, b.arrangement) for b in boats] == [(5, "row")]
    assert not spec.relations


def test_with_one_hand_resting_on_a_thing_is_beside_it():
    spec = parse("a dog; Doctor Ames with one hand resting on a harpoon. A boy feeds two ducks.")
    assert ("Doctor Ames", "near", "harpoon") in {(r.subject, r.kind, r.object) for r in spec.relations}
    assert not any(e.noun == "hand" for e in spec.entities)
