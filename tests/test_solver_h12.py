"""The solver on heldout-12 kinds of render failure, measured on the rendered mask (previz).
Close-ups: the thing the close-up is of fills the frame even when a stray unknown word of the
framing ("Depot 3 log: ...") was read as a labelled block named before it. Sentences are our own."""

from __future__ import annotations

import numpy as np
import pytest

from crews.spatial.parse import parse
from crews.spatial.solve import solve
from studio.models import RenderRequest

SIZE = 256


@pytest.fixture(scope="module")
def renderer():
    from renderers.previz import PrevizRenderer

    return PrevizRenderer()


def render(renderer, solution, folder) -> np.ndarray:
    from PIL import Image

    request = RenderRequest(shot="t", backend="previz", prompt="t", seed=0, width=SIZE, height=SIZE,
                            camera=solution.camera, layout=solution.layout)
    renderer.render(request, folder)
    return np.asarray(Image.open(folder / "mask.png"))


def with_stray_block(prompt: str, word: str):
    """The parse of ``prompt`` with a labelled block for ``word`` named first and tied to nothing,
    as a parse leaves a word of a caption's framing it did not know."""
    spec = parse(prompt)
    stray = spec.entities[0].model_copy(update=dict(
        ref=word, noun=word, category="unknown", stand_in=True, size=(0.5, 0.5, 0.5), count=1, mention=0,
        proper=False, pose=None, facing=None, arrangement=None, rows=None, ring=False, scale=1.0, attributes=[]))
    shifted = [e.model_copy(update={"mention": e.mention + len(word) + 2}) for e in spec.entities]
    return spec.model_copy(update={"entities": [stray, *shifted]})


def span(mask: np.ndarray, object_id: int) -> float:
    """The larger share of the frame (across or down) what shows of it spans."""
    ys, xs = np.nonzero(mask == object_id)
    assert len(xs), object_id
    return max((xs.max() - xs.min() + 1) / mask.shape[1], (ys.max() - ys.min() + 1) / mask.shape[0])


@pytest.mark.parametrize("prompt, word, name", [
    ("one tabby cat, in tight close-up", "depot", "tabby cat"),
    ("the rabbit alone, in extreme close-up", "bay", "rabbit"),
    ("close-up: one teapot on its own", "memo", "teapot"),
])
def test_a_close_up_fills_the_frame_with_its_subject_not_a_stray_block(renderer, tmp_path, prompt, word, name):
    spec = with_stray_block(prompt, word)
    assert spec.camera.shot == "close_up"
    solution = solve(spec)
    mask = render(renderer, solution, tmp_path)
    subject = next(o for o in solution.layout.objects if o.name == name)
    assert span(mask, subject.id) >= 0.7


def test_a_close_up_of_an_unknown_thing_placed_against_another_stays_on_it(renderer, tmp_path):
    spec = parse("close-up: one ledger beside a mug")
    ledger = next(e for e in spec.entities if e.noun == "ledger")
    assert ledger.stand_in and spec.camera.shot == "close_up"
    solution = solve(spec)
    mask = render(renderer, solution, tmp_path)
    block = next(o for o in solution.layout.objects if o.name == "ledger")
    assert span(mask, block.id) >= 0.7
