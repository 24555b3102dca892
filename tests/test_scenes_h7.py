"""Long scene prompts, seventh round: a row said as one thing beside the rest of its kind next
to a crowd. Sentences are our own."""

from __future__ import annotations

import pytest

from crews.spatial.parse import parse
from crews.spatial.solve import solve


@pytest.mark.parametrize("prompt, noun, count", [
    ("a crate to the left of four crates in a row, and nine sailors milling about", "crate", 5),
    ("one barrel just left of three barrels in a row; twelve soldiers chatting", "barrel", 4),
])
def test_one_beside_a_row_of_its_kind_next_to_a_crowd_stays_in_that_row(prompt, noun, count):
    # A group of people spread wide is no larger a thing than one person: the one crate beside
    # the row is not a small thing to be brought forward past the others.
    layout = solve(parse(prompt)).layout
    row = [o for o in layout.objects if o.name == noun]
    assert len(row) == count
    depths = [o.position[2] for o in row]
    assert max(depths) - min(depths) < 0.25 * min(o.size[2] for o in row)
    xs = sorted(o.position[0] for o in row)
    assert min(b - a for a, b in zip(xs, xs[1:])) > 0.9 * min(o.size[0] for o in row)
