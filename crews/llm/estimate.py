"""What a film's model calls should cost, before anything is spent (``studio plan --estimate``).

The counts are exact for a plan that passes first time (one call per agent, per scene for the
Layout agent, per shot for the Artist and the VLM critic) and bounded above by the critic's
attempts and candidates and each role's repairs (failed requests that are retried are not billed
by OpenAI-compatible servers, so retries are not counted). Token counts are the prompts' own sizes (templates, schemas and the
story's data, at about four characters a token) and, for replies, the size of what each role
writes; prices come from ``llm.prices``.
"""

from __future__ import annotations

import json

from pydantic import BaseModel

from crews.llm.client import IMAGE_TOKENS, price
from crews.llm.drafts import ArtistDraft, DirectorDraft, SceneLayoutDraft, ScreenwriterDraft, VLMVerdict
from crews.llm.prompts import render
from studio.config import Settings
from studio.models import Project



class Line(BaseModel):
    role: str
    model: str
    calls: int
    max_calls: int
    tokens_in: int
    tokens_out: int
    cost: float
    max_cost: float


def _system(template: str, contract: type[BaseModel], **values) -> int:
    text = render(template, **values) + json.dumps(contract.model_json_schema(), separators=(",", ":"))
    return len(text) // 4


def estimate(settings: Settings, project: Project) -> list[Line]:
    """One line per model-backed role, from the offline plan of the same story."""
    assert project.script and project.treatment
    source_tokens = sum(len(e.text) for scene in project.source.scenes for e in scene.elements) // 4
    scenes, shots = project.script.scenes, project.shots
    looks = sum(len(c.look.description) for c in project.treatment.characters) // 4
    lines: list[Line] = []

    def add(role: str, section, calls: int, tokens_in: int, tokens_out: int, max_calls: int | None = None) -> None:
        # At most: every critic attempt, and every reply repaired as often as the section allows.
        max_calls = (calls if max_calls is None else max_calls) * (1 + (section.repairs or 0))
        model = section.model or "?"
        prices = {name: p.model_dump() for name, p in (section.prices or {}).items()}
        one = price(prices, model, tokens_in, tokens_out) if calls else 0.0
        lines.append(Line(role=role, model=model, calls=calls, max_calls=max_calls, tokens_in=tokens_in * calls,
                          tokens_out=tokens_out * calls, cost=round(one * calls, 6), max_cost=round(one * max_calls, 6)))

    crews = settings.crews
    if crews.director.backend == "llm":
        add("director", crews.director, 1, _system("director", DirectorDraft) + source_tokens // 3 + 40 * len(scenes),
            60 + 70 * len(project.treatment.characters) + 40 * len(scenes))
    if crews.screenwriter.backend == "llm":
        add("screenwriter", crews.screenwriter, 1, _system("screenwriter", ScreenwriterDraft, screenplay=False)
            + source_tokens + 20 * sum(len(s.elements) for s in project.source.scenes), source_tokens * 6 // 5 + 60)
    if crews.layout.backend == "llm":
        per_scene = sum(len(b.text) // 4 + 25 for s in scenes for b in s.beats) // max(len(scenes), 1)
        add("layout", crews.layout, len(scenes), _system("layout", SceneLayoutDraft, max_props=6, relations=[],
                                                         shot_types=[], moves=[], angles=[]) + per_scene + 80,
            40 + 50 * len(shots) // max(len(scenes), 1))
    if crews.artist.backend == "llm":
        add("artist", crews.artist, len(shots), _system("artist", ArtistDraft) + 120 + looks, 160)
    critic = settings.critic
    if "vlm" in critic.backends:
        attempts = max(1, critic.budget) * max(1, critic.candidates)
        add("critic.vlm", critic.vlm, len(shots) * max(1, critic.candidates),
            _system("critic_vlm", VLMVerdict, threshold=critic.vlm.threshold) + 250 + looks + IMAGE_TOKENS, 120,
            max_calls=len(shots) * attempts)
    return lines
