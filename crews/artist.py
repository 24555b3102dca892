"""The offline Artist: a render request per shot, and a revised one when the critic objects.

The prompt is what an image model would be given; the previz ignores it but the diffusion
backend uses it with the same control images, so it is written in full either way.
"""

from __future__ import annotations

import hashlib
from typing import Any

from studio.models import Fix, RenderRequest, Shot, Treatment

SHOT_WORDS = {
    "establishing": "establishing wide shot", "wide": "wide shot", "medium": "medium shot",
    "close_up": "close-up", "two_shot": "two-shot", "over_the_shoulder": "over-the-shoulder shot",
    "extreme_close_up": "extreme close-up", "medium_close_up": "medium close-up", "medium_wide": "medium long shot",
    "extreme_wide": "extreme long shot", "pov": "point-of-view shot", "insert": "insert shot",
}
# Eye level is what a picture is unless told: only the other angles are said in the prompt.
ANGLE_WORDS = {"high": "high angle", "low": "low angle", "birds_eye": "bird's-eye view", "worms_eye": "worm's-eye view",
               "dutch": "dutch angle"}


class Artist:
    """Shot + Treatment -> RenderRequest; RenderRequest + critiques -> a better RenderRequest."""

    def __init__(self, renderer: str = "previz", width: int = 800, height: int = 450, **_: Any) -> None:
        self.renderer, self.width, self.height = renderer, width, height

    def run(self, shot: Shot, treatment: Treatment) -> RenderRequest:
        location = treatment.location(shot.layout.location)
        looks = {c: treatment.character(c).look for c in _characters_in(shot)}
        people = "; ".join(look.description for look in looks.values())
        props = ", ".join(sorted({o.name for o in shot.layout.objects if o.kind == "prop"}))
        prompt = ", ".join(part for part in (
            " ".join(filter(None, (ANGLE_WORDS.get(shot.angle), SHOT_WORDS[shot.type]))) + f" of {shot.description}",
            f"{location.name}, {location.description}",
            people, props and f"with {props}", treatment.style.prompt,
        ) if part)
        return RenderRequest(
            shot=shot.id,
            backend=self.renderer,
            prompt=prompt,
            negative_prompt=treatment.style.negative_prompt,
            seed=int(hashlib.sha256(shot.description.encode()).hexdigest()[:8], 16),
            width=self.width,
            height=self.height,
            camera=shot.camera,
            layout=shot.layout,
            characters=looks,
        )

    def revise(self, request: RenderRequest, fixes: list[Fix]) -> RenderRequest:
        """Apply the fixes the Artist owns: prompt edits, a new seed, a character's reference."""
        prompt, seed = request.prompt, request.seed
        characters = dict(request.characters)
        for fix in fixes:
            if fix.kind == "prompt_edit" and fix.value and fix.value not in prompt:
                prompt = f"{prompt}, {fix.value}"
            elif fix.kind == "seed_change":
                seed += 1
            elif fix.kind == "reference_change" and fix.target in characters:
                # The reference picture misleads the model: fall back to the words of the look.
                characters[fix.target] = characters[fix.target].model_copy(update={"reference_image": None})
        if seed == request.seed:  # every new take is a new draw, even when only the camera moved
            seed += 1
        return request.model_copy(update={"prompt": prompt, "seed": seed, "characters": characters})


def _characters_in(shot: Shot) -> list[str]:
    return [o.character for o in shot.layout.objects if o.kind == "character" and o.character]
