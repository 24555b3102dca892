"""Spatial language -> a faithful 3D layout, rendered and checked.

``SpatialLayoutAgent`` is the offline planner behind ``studio layout`` and behind the props of
the film's Layout agent: ``parse`` (prompt -> SceneSpec), ``solve`` (SceneSpec -> Layout +
Camera), ``check`` (render -> which relations hold), and ``run``, the loop that re-solves with
the check's typed fixes until everything holds or the budget is spent. Rendering is a callable
the caller passes in: ``crews`` never imports a renderer.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Any

import numpy as np

from crews.spatial import camera as cam

# Imported under other names: the package attributes ``parse``/``solve``/``check`` stay the submodules.
from crews.spatial.check import check as check_render
from crews.spatial.check import fixes_for
from crews.spatial.check import physical as physical_check
from crews.spatial.occlusion import HIDDEN_COVER
from crews.spatial.parse import parse as parse_prompt
from crews.spatial.solve import Solution, Tweaks
from crews.spatial.solve import solve as solve_spec
from crews.spatial.spec import SceneSpec
from studio.models import Camera, Fix, Layout, Relation

# (layout, camera) -> (mask uint8 (h, w), depth uint16 mm (h, w), renderer meta)
Render = Callable[[Layout, Camera], tuple[np.ndarray, np.ndarray, dict]]
UNMEETABLE = ("contradictory", "impossible")  # a detail starting so: the plan knew it could not hold
HIDDEN_VISIBLE = 0.5  # the visible share aimed at for "hidden by": the middle of the accepted 15-85%

__all__ = ["SpatialLayoutAgent", "Attempt", "parse_prompt", "solve_spec", "check_render"]


@dataclass
class Attempt:
    """One plan, its render check, and what it scored."""

    number: int
    layout: Layout  # relations carry ``holds`` and ``detail`` from the render
    camera: Camera
    meta: dict = field(default_factory=dict)
    fixes: list[Fix] = field(default_factory=list)  # what the check asks of the next attempt
    seconds: float = 0.0

    @property
    def score(self) -> float:
        """Share of the measured relations that hold, leaving out those the prompt itself
        contradicts or real sizes cannot meet (an unmeasured one neither passes nor fails: its
        detail says why)."""
        fair = [r for r in self.layout.relations if r.measured and not r.detail.startswith(UNMEETABLE)]
        return sum(1 for r in fair if r.holds) / len(fair) if fair else 1.0

    @property
    def passed(self) -> bool:
        return self.score >= 1.0


class SpatialLayoutAgent:
    """Prompt -> (Layout, Camera); render check -> relations that hold; re-solve on failure.

    Config: ``aspect`` (width / height of the frame the camera is fitted to, default 1) and
    ``budget`` (attempts in ``run``, default 3).
    """

    def __init__(self, aspect: float = 1.0, budget: int = 3, **_config: Any) -> None:
        self.aspect = float(aspect)
        self.budget = max(1, int(budget))

    def parse(self, prompt: str) -> SceneSpec:
        return _parse_cached(prompt)

    def plan(self, prompt: str, feedback: list[Fix] | None = None, attempt: int = 0) -> tuple[Layout, Camera]:
        solution = self.solve(prompt, feedback, attempt)
        return solution.layout, solution.camera

    def solve(self, prompt: str, feedback: list[Fix] | None = None, attempt: int = 0) -> Solution:
        spec = self.parse(prompt)
        keys = _relation_keys(spec, self.aspect) if feedback else []
        solution = solve_spec(spec, tweaks_from(feedback or [], attempt, keys), aspect=self.aspect)
        if not feedback:  # the first attempt's solve: its keys serve the fixes of the later ones
            _remember_keys(spec, self.aspect, solution.relation_keys)
        return physical(solution)

    def check(self, layout: Layout, camera: Camera, mask: np.ndarray, depth: np.ndarray, meta: dict | None = None
              ) -> list[Relation]:
        return check_render(layout, camera, mask, depth, meta)

    def run(self, prompt: str, render: Render, budget: int | None = None) -> tuple[Attempt, list[Attempt]]:
        """Plan, render, check; re-plan with the fixes until all hold. (best attempt, all attempts)."""
        attempts: list[Attempt] = []
        feedback: list[Fix] = []
        for number in range(budget or self.budget):
            started = time.perf_counter()
            layout, camera = self.plan(prompt, feedback, number)
            mask, depth, meta = render(layout, camera)
            relations = self.check(layout, camera, mask, depth, meta)
            meta = {**meta, "physical": physical_check(layout, camera, mask, depth)}
            attempt = Attempt(number, layout.model_copy(update={"relations": relations}), camera, meta,
                              fixes_for(relations), time.perf_counter() - started)
            attempts.append(attempt)
            if attempt.passed or not attempt.fixes:
                break
            feedback += attempt.fixes
        best = max(attempts, key=lambda a: (a.score, -a.number))
        return best, attempts


def physical(solution: Solution) -> Solution:
    """Physical sanity, whatever the solver chose: the camera above the ground and outside every
    object (``camera.clear_of``); a correction is noted in the layout."""
    boxes = [(o.position, o.size, o.yaw_deg, f"{o.name} #{o.id}") for o in solution.layout.objects]
    camera, notes = cam.clear_of(solution.camera, boxes)
    if camera == solution.camera:
        return solution
    layout = solution.layout.model_copy(update={"notes": [*solution.layout.notes, *notes]})
    return replace(solution, camera=camera, layout=layout)


@lru_cache(maxsize=64)
def _parse_cached(prompt: str) -> SceneSpec:
    return parse_prompt(prompt)


# (prompt, aspect) -> the relation keys of its solve without feedback, the last few prompts'.
_PLAIN_KEYS: dict[tuple[str, float], tuple[int | None, ...]] = {}
_PLAIN_KEYS_MAX = 64
_plain_keys_lock = threading.Lock()


def _relation_keys(spec: SceneSpec, aspect: float) -> list[int | None]:
    """Layout relation index -> spec relation index (None for count/facing/view), as solved
    without feedback: remembered from the first attempt, so a re-plan does not solve the scene
    once more only to read them."""
    with _plain_keys_lock:
        keys = _PLAIN_KEYS.get((spec.prompt, aspect))
    if keys is None:
        keys = _remember_keys(spec, aspect, solve_spec(spec, Tweaks(), aspect=aspect).relation_keys)
    return list(keys)


def _remember_keys(spec: SceneSpec, aspect: float, keys: list[int | None]) -> tuple[int | None, ...]:
    with _plain_keys_lock:
        if len(_PLAIN_KEYS) >= _PLAIN_KEYS_MAX:
            _PLAIN_KEYS.pop(next(iter(_PLAIN_KEYS)))  # the oldest
        _PLAIN_KEYS[(spec.prompt, aspect)] = tuple(keys)
        return _PLAIN_KEYS[(spec.prompt, aspect)]


def tweaks_from(feedback: list[Fix], attempt: int, keys: list[int | None]) -> Tweaks:
    """The check's fixes, accumulated over attempts, as solver settings."""
    tweaks = Tweaks()
    if not feedback:
        return tweaks
    if any(fix.value == "more_spacing" for fix in feedback):
        tweaks.spacing = 1.0 + 0.4 * attempt
    if any(fix.kind == "camera_change" and fix.value == "raise" for fix in feedback):
        tweaks.elevation_add = 12.0 * attempt
    swaps: dict[int, int] = {}
    measured: dict[int, list[float]] = {}
    for fix in feedback:
        index = int(fix.target) if fix.kind == "layout_change" and fix.target.isdigit() else None
        key = keys[index] if index is not None and index < len(keys) else None
        if key is None:
            continue
        if fix.value == "swap_side":
            swaps[key] = swaps.get(key, 0) + 1
        elif fix.value.startswith("visible:"):
            measured.setdefault(key, []).append(1.0 - float(fix.value.split(":", 1)[1]))
    for key, covers in measured.items():
        tweaks.hidden_target[key] = next_cover_target(covers)
    tweaks.flip = {key for key, n in swaps.items() if n % 2 == 1}
    return tweaks


def next_cover_target(covers: list[float], wanted: float = 1.0 - HIDDEN_VISIBLE) -> float:
    """The solver's cover target for the next attempt, from the covers measured on the renders
    of the attempts so far (each made with the target this function gave before it).

    The first correction moves the target by the measured error; later ones take the secant
    through the last two (target, measured) pairs, since estimate and render differ by a
    roughly steady bias that a fixed step overshoots.
    """
    targets = [HIDDEN_COVER]
    for i, measured in enumerate(covers):
        step = wanted - measured
        if i >= 1 and abs(measured - covers[i - 1]) > 0.03:
            slope = (targets[i] - targets[i - 1]) / (measured - covers[i - 1])
            step *= min(max(slope, 0.3), 3.0)
        targets.append(min(max(targets[i] + step, 0.1), 0.98))
    return targets[-1]
