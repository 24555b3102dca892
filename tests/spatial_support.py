"""The spatial agent's loop with the real previz renderer, for the tests that check layouts on renders;
its ``agent``, ``renderer`` (one of each per test module) and ``run`` fixtures are shared through conftest.py."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from studio.models import RenderRequest


@pytest.fixture(scope="module")
def renderer():
    """The previz renderer."""
    from renderers.previz import PrevizRenderer

    return PrevizRenderer()


@pytest.fixture(scope="module")
def agent():
    """The offline spatial layout agent."""
    from crews.spatial import SpatialLayoutAgent

    return SpatialLayoutAgent()


def render_best(agent, renderer, prompt: str, folder: Path, size: int):
    """prompt -> (best attempt, mask uint8, depth uint16 mm, renderer meta), the files in ``folder``
    being the best attempt's (rendered again only when a later attempt overwrote them)."""
    last: dict = {}

    def render(layout, camera):
        request = RenderRequest(shot="t", backend="previz", prompt=prompt, seed=0, width=size, height=size,
                                camera=camera, layout=layout)
        last["meta"] = renderer.render(request, folder)
        return np.asarray(Image.open(folder / "mask.png")), np.asarray(Image.open(folder / "depth.png")), last["meta"]

    best, attempts = agent.run(prompt, render)
    if best is not attempts[-1]:
        render(best.layout, best.camera)
    return best, np.asarray(Image.open(folder / "mask.png")), np.asarray(Image.open(folder / "depth.png")), last["meta"]


RUN_SIZE = 256  # pixels: big enough to measure a few centimetres, small enough for seconds per render


def one(layout, name: str):
    """The one object of that name in a layout (the test fails if there are none or several)."""
    found = [o for o in layout.objects if o.name == name]
    assert len(found) == 1, [o.name for o in layout.objects]
    return found[0]


def points_of(best, mask, depth, object_id: int) -> np.ndarray:
    """An object's rendered points in world space, from a ``run`` fixture's mask and depth in metres."""
    from crews.spatial import camera as cam

    ys, xs = np.nonzero((mask == object_id) & (depth > 0))
    return cam.unproject(best.camera, RUN_SIZE, RUN_SIZE, xs.astype(float), ys.astype(float), depth[ys, xs])


@pytest.fixture
def run(agent, renderer, tmp_path):
    """prompt -> (best attempt, mask, depth in metres, renderer meta) for the best attempt."""
    def go(prompt: str):
        best, mask, depth, meta = render_best(agent, renderer, prompt, tmp_path, RUN_SIZE)
        return best, mask, depth.astype(float) / 1000.0, meta
    return go
