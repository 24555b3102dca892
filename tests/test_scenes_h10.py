"""Long scene prompts, tenth round: what the solver places once the words are read. Sentences
are our own."""

from __future__ import annotations

import numpy as np
import pytest

from tests.spatial_support import RUN_SIZE, one, points_of


def test_a_person_grown_to_read_in_a_wide_shot_stays_beneath_their_table(run):
    # Far off, the person is grown to be seen; the table they crouch under grows with them, or
    # they would no longer fit beneath it and be drawn beside it.
    best, mask, depth, _ = run("Seen from very far off: a cathedral on the left, a lighthouse on the right, "
                               "and a plumber crouching beneath a kitchen table.")
    person, table = one(best.layout, "plumber"), one(best.layout, "kitchen table")
    assert any("plumber" in n and "to be visible" in n for n in best.layout.notes)
    assert abs(person.position[0] - table.position[0]) < table.size[0] / 2
    assert abs(person.position[2] - table.position[2]) < table.size[2] / 2
    assert person.size[1] < table.size[1]
    points = points_of(best, mask, depth, table.id)
    assert len(points) and np.max(points[:, 1]) > person.size[1]
    [under] = [r for r in best.layout.relations if r.kind == "under"]
    assert under.holds is not False


def test_an_animal_hidden_by_a_vehicle_in_a_wide_scene_still_reads(run):
    # Too small to read across a wide scene, and its occluder could half hide it only at about
    # its own size: the occluder grows with it, so some of it shows and the rest is hidden.
    best, mask, depth, _ = run("A cathedral filling the left of the picture and a lighthouse filling the right; "
                               "in the middle, a terrier standing behind a minivan, which hides most of it.")
    dog, van = one(best.layout, "terrier"), one(best.layout, "minivan")
    assert any("minivan" in n and "to be visible" in n for n in best.layout.notes)
    assert dog.size[1] < van.size[1]
    [hidden] = [r for r in best.layout.relations if r.kind == "hidden_by"]
    assert hidden.holds is True, hidden.detail
    assert int((mask == dog.id).sum()) >= (RUN_SIZE / 80) ** 2  # a speck's square shows


@pytest.mark.parametrize("prompt, noun", [
    ("Paint a sparrow so huge that it fills the entire picture.", "sparrow"),
    ("A duck, close up, filling the whole frame.", "duck"),
])
def test_a_close_up_fills_the_frame_with_what_is_drawn_not_its_box(run, prompt, noun):
    # A bird's drawing is a small part of its box: framed by the box, it filled half the frame.
    # The box is framed larger by the share of it the drawing takes, so the bird spans two
    # thirds of the frame one way or the other (crossing both thirds lines).
    best, mask, depth, _ = run(prompt)
    ys, xs = np.nonzero(mask == one(best.layout, noun).id)
    assert len(xs)
    span = max((xs.max() - xs.min() + 1) / mask.shape[1], (ys.max() - ys.min() + 1) / mask.shape[0])
    assert span >= 2 / 3
