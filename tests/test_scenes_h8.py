"""Long scene prompts, eighth round: what the solver places once the words are read. Sentences
are our own."""

from __future__ import annotations

import numpy as np
import pytest

from crews.spatial import camera as cam
from crews.spatial.parse import parse
from crews.spatial.solve import solve
from tests.spatial_support import render_best


def one(layout, name: str):
    [thing] = [o for o in layout.objects if o.name == name]
    return thing


@pytest.mark.parametrize("prompt, young, host", [
    ("a kitten curled up beneath the double bed", "kitten", "double bed"),
    ("there is a pup hiding under my cot", "pup", "cot"),
])
def test_a_young_animal_goes_beneath_a_beds_frame_and_shows(run, prompt, young, host):
    # The catalogue's animal is a grown one; its young is small enough for the gap under a bed's
    # frame, drawn there (inside the footprint, below the frame) rather than said not to fit.
    best, mask, depth, _ = run(prompt)
    animal, bed = one(best.layout, young), one(best.layout, host)
    assert abs(animal.position[0] - bed.position[0]) < bed.size[0] / 2
    assert abs(animal.position[2] - bed.position[2]) < bed.size[2] / 2
    assert animal.position[1] + animal.size[1] < 0.3 * bed.size[1]
    assert int((mask == animal.id).sum()) > 40
    [under] = [r for r in best.layout.relations if r.kind == "under"]
    assert under.holds is True and not under.detail.startswith("impossible")


def test_a_grown_animal_is_still_not_shrunk_to_pass_under_a_bed():
    layout = solve(parse("an old sheepdog under the double bed")).layout
    assert one(layout, "sheepdog").size[1] > 0.5
    assert np.isfinite(one(layout, "double bed").position).all()


def columns(best, mask, name: str) -> list[float]:
    return [float(np.median(np.nonzero(mask == o.id)[1])) / mask.shape[1] if (mask == o.id).any() else -1.0
            for o in best.layout.objects if o.name == name]


@pytest.mark.parametrize("prompt, left, right, block, count", [
    ("Put a tractor at the far left of the image and a willow at the far right. Three boys play tag in the "
     "background. Six crates in two rows of three.", "tractor", "willow", "crate", 6),
    ("A caravan at the far left of the image, a fir tree at the far right. Far behind, two girls skipping. "
     "Four barrels in a two by two grid.", "caravan", "fir tree", "barrel", 4),
    ("Five geese, scattered randomly. A kennel with a dog lying behind it. A shed at the far left of the "
     "image, a tractor at the far right, at the back.", "shed", "tractor", "goose", 5),
])
def test_the_picture_sides_hold_when_someone_stands_behind_both(run, prompt, left, right, block, count):
    # Someone behind the left one and the right one stands a set step aside from each; the two
    # sides still come first, so those steps do not pin the two things together. A side thing
    # said to be in the background is still apart across from all the rest.
    best, mask, depth, _ = run(prompt)
    assert max(columns(best, mask, left)) < 0.4
    assert min(columns(best, mask, right)) > 0.6
    assert len([c for c in columns(best, mask, block) if c >= 0]) == count


@pytest.mark.parametrize("prompt, noun", [
    ("Six pillows heaped one upon another. Nine dancers, scattered randomly. Eight stools ringed around the "
     "round table. A wardrobe.", "pillow"),
    ("A heap of four cushions, one upon another; ten clowns dotted around the room, and a piano.", "cushion"),
])
def test_a_pile_of_cushions_seen_from_high_up_rests_each_on_the_one_below(agent, renderer, tmp_path, prompt, noun):
    # A cushion's top and underside are domes: from a camera high over a busy room, what shows of
    # the one below is its rim and of the one above its lower rim. Each settles into the one
    # below, so the two rims meet rather than read as a gap.
    size = 512  # the rims are a few centimetres: measured at full size
    best, mask, depth, _ = render_best(agent, renderer, prompt, tmp_path, size)

    def points_of(object_id: int) -> np.ndarray:
        ys, xs = np.nonzero((mask == object_id) & (depth > 0))
        return cam.unproject(best.camera, size, size, xs.astype(float), ys.astype(float), depth[ys, xs] / 1000.0)

    pile = sorted((o for o in best.layout.objects if o.name == noun), key=lambda o: o.position[1])
    assert len(pile) >= 4
    for lower, upper in zip(pile, pile[1:]):
        below, above = points_of(lower.id), points_of(upper.id)
        assert len(below) and len(above)
        low, high = float(above[:, 1].min()), float(above[:, 1].max())
        assert low - float(below[:, 1].max()) <= 0.04 + (high - low) / 6


@pytest.mark.parametrize("prompt, loose, top, row", [
    ("Three cushions heaped up. A sideboard with five candles in a line on it, at the back.",
     "cushion", "sideboard", "candle"),
    ("Two mugs on the left. A dresser with four jars in a line on it, at the back, seen from far away.",
     "mug", "dresser", "jar"),
])
def test_what_stands_in_the_background_on_a_top_takes_nothing_else_up_with_it(prompt, loose, top, row):
    # "In the background" places the row (with its top) behind everything else: it pairs the row
    # with each other thing, and such pairs do not carry the others up onto the row's top; the
    # row stays centred on its top, and the pairing with its own top is no relation at all.
    layout = solve(parse(prompt)).layout
    assert min(o.position[1] for o in layout.objects if o.name == loose) < 0.01
    holder = one(layout, top)
    xs = [o.position[0] for o in layout.objects if o.name == row]
    assert abs((min(xs) + max(xs)) / 2 - holder.position[0]) < 0.05
    assert all(abs(x - holder.position[0]) < holder.size[0] / 2 for x in xs)


def overlapping(layout, allowed: set[frozenset]) -> list[tuple[str, str]]:
    """Pairs of differently named things whose boxes share some volume (beyond 5 cm each way)."""
    found = []
    for i, a in enumerate(layout.objects):
        for b in layout.objects[i + 1:]:
            if a.name == b.name or frozenset((a.name, b.name)) in allowed:
                continue
            spans = [min(a.position[k] + a.size[k] / 2, b.position[k] + b.size[k] / 2)
                     - max(a.position[k] - a.size[k] / 2, b.position[k] - b.size[k] / 2) for k in (0, 2)]
            spans.append(min(a.position[1] + a.size[1], b.position[1] + b.size[1]) - max(a.position[1], b.position[1]))
            if min(spans) > 0.05:
                found.append((a.name, b.name))
    return found


@pytest.mark.parametrize("prompt, beneath", [
    ("A nurse just before a cupboard. A hen under a garden table. The fireplace with three candles in a line "
     "on it. A pillow with another pillow lying on it, at the back.", ("hen", "garden table")),
    ("A farmer close before a dresser. A puppy beneath a desk. A bookcase holding four vases in a line. A crate "
     "with a second crate on it, at the back.", ("puppy", "desk")),
])
def test_a_thing_in_the_background_of_a_whole_scene_does_not_pile_the_rest_together(prompt, beneath):
    # "In the background" pairs the one thing with every other; a step aside from each and a cap
    # on each depth would pin all the others to one spot.
    layout = solve(parse(prompt)).layout
    assert overlapping(layout, {frozenset(beneath)}) == []


def test_one_cushion_said_to_rest_on_another_settles_into_it():
    # Two things of one kind, one on the other (not a pile said as one group): a domed one still
    # sinks into the one below as a pile's members do; a flat-topped crate does not.
    layout = solve(parse("a pillow with a second pillow resting on it, and a crate with another crate on it")).layout
    low, high = sorted((o for o in layout.objects if o.name == "pillow"), key=lambda o: o.position[1])
    assert low.size[1] * 0.6 < high.position[1] - low.position[1] < low.size[1] * 0.9
    base, top = sorted((o for o in layout.objects if o.name == "crate"), key=lambda o: o.position[1])
    assert top.position[1] - base.position[1] == pytest.approx(base.size[1], abs=0.01)


@pytest.mark.parametrize("prompt, spread, left, right, count", [
    ("Ten hens, scattered randomly. Five buckets in a line going from the left of the frame to the right of the "
     "frame. A tractor at the far left of the frame, a shed at the far right.", "bucket", "tractor", "shed", 5),
    ("Six crates in a line going from the left of the image to the right of the image. A caravan at the far "
     "left of the image, a pine at the far right. Eight ducks, scattered randomly.", "crate", "caravan", "pine", 6),
])
def test_a_row_said_on_both_sides_spans_the_picture_between_the_side_things(run, prompt, spread, left, right, count):
    # A row reaching from the picture's left to its right is on neither side alone: it is not
    # pushed out past the thing said to be on the left (which then only just reads as left).
    best, mask, depth, _ = run(prompt)
    row = columns(best, mask, spread)
    assert len([c for c in row if c >= 0]) == count
    assert max(columns(best, mask, left)) < 0.3
    assert min(columns(best, mask, right)) > 0.7
    assert 0.3 < float(np.mean(row)) < 0.7


def test_a_pile_of_books_in_a_wide_busy_scene_shows_every_book(agent, renderer, tmp_path):
    # Far off in a wide scene, a pile of books at the largest size a thing is grown to still
    # shows each book's side as a sliver: the books are drawn thicker until each one reads.
    prompt = ("A glasshouse at the far left of the image, a caravan at the far right. Six books heaped one upon "
              "another. Five boys ringed around the paddling pool. Two nurses holding four buckets. A kite halfway "
              "between a bucket and a toy train. Priya smiling before a coach, in a car park, front view.")
    best, mask, depth, _ = render_best(agent, renderer, prompt, tmp_path, 512)
    books = sorted((o for o in best.layout.objects if o.name == "book"), key=lambda o: o.position[1])
    assert len(books) == 6
    assert min(int((mask == o.id).sum()) for o in books) >= 52  # each one reads (52 px of a 512 px frame)
    assert all(abs(b.position[1] - (a.position[1] + a.size[1])) < 0.01 for a, b in zip(books, books[1:]))
    assert any("thicker" in note for note in best.layout.notes)


def test_a_pile_of_plates_in_a_busy_hall_keeps_their_shape():
    # Plates are dishes (a foot ring under a well), not slabs: drawn thicker their hollows would
    # gape between them, so however small the pile reads they keep their own proportions.
    layout = solve(parse("Seven boys ringed around the coffee table. Two buckets, the first just ahead of the second. "
                         "A lunchbox halfway between a rugby ball and a skateboard. The sideboard with four jars lined "
                         "up along it. And five plates heaped one upon another, in a village hall.")).layout
    plates = [o for o in layout.objects if o.name == "plate"]
    assert len(plates) == 5
    assert not any("thicker" in note for note in layout.notes)
    assert all(p.size[1] / p.size[0] < 0.1 for p in plates)


def test_a_view_said_from_the_back_stays_a_side_view_over_a_pile():
    # Someone standing in a sofa's seat raises the camera to look over its rim; said from the back, it
    # still looks from the back, never from overhead.
    camera = solve(parse("a boy standing up on a sofa, seen from the back of the room")).camera
    eye, target = np.array(camera.position), np.array(camera.target)
    rise = eye[1] - target[1]
    elevation = np.degrees(np.arctan2(rise, np.hypot(eye[0] - target[0], eye[2] - target[2])))
    assert 0.0 < elevation <= 40.5 and eye[2] < target[2]
