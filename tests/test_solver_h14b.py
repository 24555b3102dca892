"""The solver on a named kind drawn with a generic mesh at that mesh's size (a guess), said to
hide someone: it is built tall enough to hide them, rather than the hiding being called impossible.
A kind the catalog draws under its own name keeps its size. Sentences are our own."""

from __future__ import annotations

import pytest

from crews.spatial.parse import parse
from crews.spatial.solve import solve


def named(layout, name: str) -> list:
    found = [o for o in layout.objects if o.name == name]
    assert found, [o.name for o in layout.objects]
    return found


@pytest.mark.parametrize("prompt, hidden, hider", [
    ("an old postman lurks behind a sentry box, half out of sight.", "postman", "sentry box"),
    ("a milkmaid half concealed behind the marram grass.", "milkmaid", "marram grass"),
])
def test_a_generic_mesh_said_to_hide_someone_is_built_tall_enough(prompt, hidden, hider):
    solution = solve(parse(prompt))
    person, screen = named(solution.layout, hidden)[0], named(solution.layout, hider)[0]
    assert screen.size[1] >= 0.55 * person.size[1]
    assert not any(n.startswith("impossible") for n in solution.layout.notes)


def test_a_thing_drawn_under_its_own_name_keeps_its_size():
    solution = solve(parse("a tall man hidden behind a box."))
    assert named(solution.layout, "box")[0].size[1] < 0.5


def test_a_kind_drawn_with_its_heads_mesh_shrinks_further_to_fit_beneath():
    solution = solve(parse("an old sea trunk is kept under the double bed."))
    trunk, bed = named(solution.layout, "sea trunk")[0], named(solution.layout, "double bed")[0]
    assert not any(n.startswith("impossible") for n in solution.layout.notes)
    assert abs(trunk.position[0] - bed.position[0]) < bed.size[0] / 2
    assert abs(trunk.position[2] - bed.position[2]) < bed.size[2] / 2


def test_many_unrelated_groups_stand_in_two_rows_still_read_in_the_order_written():
    words = ["tractor", "horse", "cart", "cow", "car"]
    solution = solve(parse("a tractor, a horse, a cart, a cow and a car in a farmyard."))
    things = [named(solution.layout, w)[0] for w in words]
    xs = [t.position[0] for t in things]
    assert xs == sorted(xs)  # left to right as written
    # Every second one stands further back than its neighbours on either side.
    zs = [t.position[2] for t in things]
    assert all(zs[k] < min(zs[k - 1], zs[k + 1]) for k in range(1, len(zs) - 1, 2))
    # The frame is narrower than one row of them all side by side would be.
    widths = sum(t.size[0] for t in things)
    assert max(xs) - min(xs) < 0.8 * widths


def test_a_pile_keeps_to_the_front_row():
    solution = solve(parse("a hay cart, six crates piled one on another, a goose, a dog and a stile."))
    bottom = min(named(solution.layout, "crate"), key=lambda o: o.position[1])
    for other in solution.layout.objects:
        if other.name == "crate":
            continue
        nearer = other.position[2] > bottom.position[2] + 1e-6  # the camera looks along -z
        beside = abs(other.position[0] - bottom.position[0]) < (other.size[0] + bottom.size[0]) / 2
        assert not (nearer and beside), other.name
