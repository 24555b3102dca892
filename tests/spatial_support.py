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


@pytest.fixture
def run(agent, renderer, tmp_path):
    """prompt -> (best attempt, mask, depth in metres, renderer meta) for the best attempt."""
    def go(prompt: str):
        best, mask, depth, meta = render_best(agent, renderer, prompt, tmp_path, RUN_SIZE)
        return best, mask, depth.astype(float) / 1000.0, meta
    return go
