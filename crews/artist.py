"""The offline Artist: a render request per shot, and a revised one when the critic objects.

The prompt is what an image model would be given; the previz ignores it but the diffusion
backend uses it with the same control images, so it is written in full either way.
"""

from __future__ import annotations

import hashlib
import math
from typing import Any

from studio.models import Camera, Critique, RenderRequest, Shot, Treatment

SHOT_WORDS = {
    "establishing": "establishing wide shot", "wide": "wide shot", "medium": "medium shot",
    "close_up": "close-up", "two_shot": "two-shot", "over_the_shoulder": "over-the-shoulder shot",
}


class Artist:
    """Shot + Treatment -> RenderRequest; RenderRequest + critiques -> a better RenderRequest."""

    def __init__(self, backend: str = "previz", width: int = 800, height: int = 450, **_: Any) -> None:
        self.backend, self.width, self.height = backend, width, height

    def run(self, shot: Shot, treatment: Treatment) -> RenderRequest:
        location = treatment.location(shot.layout.location)
        looks = {c: treatment.character(c).look for c in _characters_in(shot)}
        people = "; ".join(look.description for look in looks.values())
        props = ", ".join(sorted({o.name for o in shot.layout.objects if o.kind == "prop"}))
        prompt = ", ".join(part for part in (
            f"{SHOT_WORDS[shot.type]} of {shot.description}",
            f"{location.name}, {location.description}",
            people, props and f"with {props}", treatment.style.prompt,
        ) if part)
        return RenderRequest(
            shot=shot.id,
            backend=self.backend,
            prompt=prompt,
            negative_prompt=treatment.style.negative_prompt,
            seed=int(hashlib.sha256(shot.description.encode()).hexdigest()[:8], 16),
            width=self.width,
            height=self.height,
            camera=shot.camera,
            layout=shot.layout,
            characters=looks,
        )

    def revise(self, request: RenderRequest, critiques: list[Critique]) -> RenderRequest:
        """Act on the critic's fix hints: widen the camera, clear the line of sight, reseed."""
        hints = [h for c in critiques for h in c.fix_hints]
        camera = request.camera
        layout = request.layout
        if any(h.startswith(("pull_back", "reframe")) for h in hints):
            camera = _pull_back(camera, 1.35)
        if any(h.startswith("clear_view") for h in hints):
            blocked = {int(h.split(":")[1]) for h in hints if h.startswith("clear_view:")}
            layout = layout.model_copy(update={"objects": [
                o.model_copy(update={"position": (o.position[0], o.position[1], o.position[2] - 1.5)})
                if o.id in blocked else o for o in layout.objects
            ]})
        if any(h.startswith("raise_camera") for h in hints):
            x, y, z = camera.position
            camera = camera.model_copy(update={"position": (x, y + 0.8, z)})
        return request.model_copy(update={
            "camera": camera, "layout": layout, "seed": request.seed + 1,
            "attempt": request.attempt + 1, "feedback": hints,
        })


def _characters_in(shot: Shot) -> list[str]:
    return [o.character for o in shot.layout.objects if o.kind == "character" and o.character]


def _pull_back(camera: Camera, factor: float) -> Camera:
    (px, py, pz), (tx, ty, tz) = camera.position, camera.target
    dx, dy, dz = px - tx, py - ty, pz - tz
    position = (tx + dx * factor, ty + dy * factor + 0.15, tz + dz * factor)
    fov = min(camera.fov_deg * 1.1, 60.0)
    if math.dist(position, camera.target) > 40:  # never fly off the set
        position = camera.position
    return camera.model_copy(update={"position": tuple(round(v, 3) for v in position), "fov_deg": fov})
