"""Multi-object structures: grids counted by depth and width, members picked by the viewer's side,
the two of a pair related to each other ("one resting upon its twin"), a shape said again after
a group, and lists ordered from the viewer's left."""

from __future__ import annotations

from crews.spatial.parse import parse
from tests.parse_views import counts, entity, facings, nouns, relations


def _facing_left_to_right(prompt: str, noun: str) -> list[str | None]:
    """The facings of a group's parts, left to right as the parse chains them."""
    spec = parse(prompt)
    parts = [e.ref for e in spec.entities if e.noun == noun]
    after = {r.subject: r.object for r in spec.relations if r.kind == "left_of" and r.subject in parts}
    first = next(p for p in parts if p not in after.values())
    order = [first]
    while order[-1] in after:
        order.append(after[order[-1]])
    return [f for ref in order for f in [entity(prompt, ref).facing] * entity(prompt, ref).count]


# ---- grids said by depth and width


def test_grid_rows_deep_and_across():
    spec = parse("Beehives placed in a grid, three rows deep and five wide, beside an orchard wall.")
    hive = next(e for e in spec.entities if e.noun == "beehive")
    assert (hive.count, hive.arrangement, hive.rows) == (15, "grid", 3)


def test_grid_rows_deep_by_across_and_no_conjunction():
    assert counts("Lanterns placed in a regular grid: two ranks deep by four across.")["lantern"] == 8
    spec = parse("Flowerpots placed in a neat grid, two ranks deep, six across, near a potting shed.")
    pot = next(e for e in spec.entities if e.noun == "flowerpot")
    assert (pot.count, pot.rows) == (12, 2)


def test_grid_formation_is_not_carried_to_the_next_thing():
    rels = relations("Deckchairs in a neat grid, 4 rows deep and 2 wide, a spaniel hiding behind a hedge.")
    assert ("spaniel", "hidden_by", "hedge") in rels
    assert not any(s == "deckchair" for s, _, _ in rels)


# ---- members picked by the viewer's side


def test_one_on_our_left_and_one_on_our_right():
    prompt = ("Two goalkeepers face to face: the one on your left gazing rightwards, the one on your right "
              "gazing leftwards.")
    assert _facing_left_to_right(prompt, "goalkeeper") == ["right", "left"]
    assert not any(kind in ("left_side", "right_side") for _, kind, _ in relations(prompt))


def test_pair_one_looking_at_us_other_leftwards():
    prompt = "A pair of herons by a pond, the one on my left facing the camera, the one on my right facing leftwards."
    assert _facing_left_to_right(prompt, "heron") == ["camera", "left"]


def test_both_outside_ones_turned_from_us():
    prompt = "Three postmen side by side, both end ones turned from the camera, while the centre one looks at us."
    assert _facing_left_to_right(prompt, "postman") == ["away", "camera", "away"]


def test_every_one_turned_from_us():
    assert facings("Five scarecrows in a field, all of them turned from the viewer.")["scarecrow"] == "away"


def test_first_two_and_last_two_of_a_line():
    prompt = "Four drummers in one row: the first two turned rightwards, the last two turned leftwards."
    assert _facing_left_to_right(prompt, "drummer") == ["right", "right", "left", "left"]


# ---- the two of a pair


def test_one_a_little_ahead_of_its_twin():
    prompt = "Two milk churns, one standing slightly ahead of its twin, so nearer the lens; a cat on a wall."
    assert nouns(prompt).count("milk churn") == 2
    assert ("milk churn", "in_front_of", "milk churn#2") in relations(prompt)
    assert "twin" not in nouns(prompt)


def test_one_resting_upon_its_twin():
    prompt = "Two hatboxes, one resting neatly upon its twin, beside a mirror."
    rels = relations(prompt)
    assert ("hatbox", "on_top_of", "hatbox#2") in rels
    assert not any(kind == "left_of" for _, kind, _ in rels)  # one on the other: no row


def test_one_behind_its_partner():
    assert ("swan", "behind", "swan#2") in relations("Two swans on a lake, one gliding behind its partner.")


def test_each_one_is_no_single_member():
    assert counts("Three scooters, each one pointing towards the left.") == {"scooter": 3}
    assert counts("Seven candles, one for each birthday girl.")["candle"] == 7


# ---- a shape said again


def test_stack_said_again_is_no_thing():
    spec = parse("Six biscuit tins stacked in a pile, one tall tottering stack, and a girl on a stool.")
    assert "stack" not in [e.noun for e in spec.entities]
    assert next(e for e in spec.entities if e.noun == "biscuit tin").arrangement == "stack"


def test_nose_to_tail_line_said_again():
    spec = parse("Four tractors parked nose to tail, one long line across the field; a farmer by a gate.")
    tractor = next(e for e in spec.entities if e.noun == "tractor")
    assert (tractor.count, tractor.arrangement) == (4, "row")
    assert "nose" not in [e.noun for e in spec.entities]


# ---- lists in order from the viewer's left


def test_from_our_left_to_our_right_then_list():
    prompt = "A dog on a rug; and, from my left to my right: a rocking horse, then a doll's pram, then a toy chest."
    rels = relations(prompt)
    assert ("rocking horse", "left_of", "doll pram") in rels
    assert ("doll pram", "left_of", "toy chest") in rels


def test_then_list_ends_at_a_clause_of_its_own():
    prompt = ("We walked past, from your left to your right: a bench, then a lamp post, then a bin, then four bikes "
              "parked side by side by the railings, then a birch tree over on your left.")
    rels = relations(prompt)
    assert ("bench", "left_of", "lamp post") in rels and ("lamp post", "left_of", "bin") in rels
    assert not any(s == "bin" and kind == "left_of" for s, kind, _ in rels)
    assert ("birch tree", "left_side", None) in rels
    assert not any(s == "birch tree" and kind == "on_top_of" for s, kind, _ in rels)


def test_over_on_our_left_is_a_side_only():
    rels = relations("A windmill over on your left, a lighthouse over on your right.")
    assert rels == {("windmill", "left_side", None), ("lighthouse", "right_side", None)}


def test_participle_ringed_by_is_the_table_only():
    prompt = ("A kettle, then a big teapot, then a sugar bowl, the round table ringed by five aunts, "
              "a cat under a chair.")
    rels = relations(prompt)
    assert ("aunt", "around", "round table") in rels
    assert not any(kind == "around" and o in ("sugar bowl", "teapot", "kettle") for _, kind, o in rels)
