"""The solver on four kinds of render failure: a ring round a ring (children round the chairs round
a table) stands round the whole of it, not all at one spot; a known thing said to be beneath a labelled block
(whose size is only a guess) has the block built over it, not the thing shrunk to the guess or
the block set riding on it; someone beneath a table too low to stand under even grown (a picnic
table's benches) sits on the floor beneath it; and in a wide scene of many small groups, those
grown to be seen and still too small once the camera has stepped back for them grow again,
unless that loses a thing which read before. Sentences are our own."""

from __future__ import annotations

import math

import pytest

from crews.spatial import solve as solver
from crews.spatial.parse import parse
from crews.spatial.silhouette import area_share
from crews.spatial.solve import solve


def named(layout, name: str) -> list:
    found = [o for o in layout.objects if o.name == name]
    assert found, [o.name for o in layout.objects]
    return found


def share(solution, name: str) -> float:
    o = named(solution.layout, name)[0]
    return area_share(solution.camera, 400, 400, o.category, o.position, o.size, o.yaw_deg)


@pytest.mark.parametrize("prompt, thing, host", [
    ("a husky curled up under the pergola.", "husky", "pergola"),
    ("a corgi asleep underneath the hall stand.", "corgi", "hall stand"),
    ("an old labrador snoozing beneath the lectern", "labrador", "lectern"),
])
def test_a_labelled_block_is_built_over_a_known_thing_said_to_be_beneath_it(prompt, thing, host):
    solution = solve(parse(prompt))
    a, b = named(solution.layout, thing)[0], named(solution.layout, host)[0]
    # Both on the ground: the block does not ride on the dog.
    assert a.position[1] == pytest.approx(0.0, abs=1e-3)
    assert b.position[1] == pytest.approx(0.0, abs=1e-3)
    # The dog keeps its own size and stands inside the block's footprint, lower than its top.
    assert not any("to fit under" in note for note in solution.layout.notes)
    assert abs(a.position[0] - b.position[0]) + a.size[0] / 2 <= b.size[0] / 2 + 1e-3
    assert abs(a.position[2] - b.position[2]) + a.size[2] / 2 <= b.size[2] / 2 + 1e-3
    assert a.size[1] < b.size[1]
    assert any(f"'{host}' built" in note for note in solution.layout.notes)


def test_a_known_host_keeps_its_own_size():
    solution = solve(parse("a terrier asleep under the kitchen table"))
    assert not any("built x" in note for note in solution.layout.notes)


@pytest.mark.parametrize("prompt, person, table", [
    ("Uncle Bertram crouched under a picnic table.", "Uncle Bertram", "picnic table"),
    ("a grown man hiding beneath the picnic table at the campsite", "man", "picnic table"),
])
def test_someone_under_a_table_too_low_to_stand_beneath_sits_under_it(prompt, person, table):
    solution = solve(parse(prompt))
    a, b = named(solution.layout, person)[0], named(solution.layout, table)[0]
    assert a.pose == "seated"
    assert not any(note.startswith("impossible") for note in solution.layout.notes)
    assert abs(a.position[0] - b.position[0]) + a.size[0] / 2 <= b.size[0] / 2 + 1e-3
    assert abs(a.position[2] - b.position[2]) + a.size[2] / 2 <= b.size[2] / 2 + 1e-3
    assert a.size[1] < 0.52 * b.size[1]  # below the benches, the lowest parts over the ground beneath


def test_someone_who_fits_standing_under_a_grown_desk_still_stands():
    solution = solve(parse("a girl ducking under the writing desk"))
    assert named(solution.layout, "girl")[0].pose == "standing"


def test_a_ring_round_a_ring_stands_round_the_whole_of_it():
    solution = solve(parse("eight stools set round the bar table, with six dancers circling the stools"))
    stools, dancers = named(solution.layout, "stool"), named(solution.layout, "dancer")
    assert len(stools) == 8 and len(dancers) == 6
    spots = {(round(d.position[0], 2), round(d.position[2], 2)) for d in dancers}
    assert len(spots) == 6  # each one somewhere of its own
    table = named(solution.layout, "bar table")[0]

    def reach(o) -> float:
        return math.hypot(o.position[0] - table.position[0], o.position[2] - table.position[2])

    assert min(reach(d) for d in dancers) > max(reach(s) for s in stools)  # outside the stools
    for a in solution.layout.relations:
        assert not a.detail.startswith("contradictory"), a.detail


WIDE = ("five lorries nose to tail in a line; four salt cellars lined up on the dresser's top; six goats "
        "milling about; three ponies side by side; a windmill and a tractor; two fishing boats.")


def test_small_things_in_a_wide_scene_grow_again_when_the_camera_stepped_back(monkeypatch):
    spec = parse(WIDE)
    grown = solve(spec)
    monkeypatch.setattr(solver, "RETREAT", float("inf"))
    once = solve(spec)
    assert share(grown, "salt cellar") > 1.2 * share(once, "salt cellar")
    # What was large enough stays about as it was.
    assert share(grown, "lorry") > 0.6 * share(once, "lorry")


def test_a_small_scene_is_solved_as_before(monkeypatch):
    spec = parse("a teapot on a small table beside an armchair, a kitten beneath that table")
    grown = solve(spec)
    monkeypatch.setattr(solver, "RETREAT", float("inf"))
    once = solve(spec)
    assert [o.position for o in grown.layout.objects] == [o.position for o in once.layout.objects]
    assert grown.camera.position == once.camera.position
