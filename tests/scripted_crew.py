"""A scripted "model" for the LLM crews: it answers each role's request from the data the request
carries, as a well-behaved model would, so a whole film can be planned and critiqued over real
HTTP. Tests steer the VLM's verdicts per shot and count what each role asked.
"""

from __future__ import annotations

import itertools
import json
from collections import Counter
from dataclasses import dataclass, field

from tests.llm_server import Reply, ScriptedReply, data_block, images, schema_name

LOOKS = ["a long green raincoat and a grey scarf", "a yellow oilskin jacket and a knitted cap",
         "a red wool coat with brass buttons", "a blue fisherman's sweater and boots"]


@dataclass
class StoryModel:
    """Responder for ScriptedServer: one valid answer per contract, from the request's own data."""

    fail_first: set[str] = field(default_factory=set)  # shots whose first look the VLM rejects, with a fix
    never_pass: set[str] = field(default_factory=set)  # shots the VLM never passes
    asked: Counter = field(default_factory=Counter)  # contract name -> requests
    seen: Counter = field(default_factory=Counter)  # shot -> VLM looks
    images: list[str] = field(default_factory=list)  # every image URL the VLM was sent

    def __call__(self, body: dict) -> ScriptedReply:
        name = schema_name(body) or contract_named_in_prompt(body)
        self.asked[name] += 1
        data = data_block(body)
        return Reply.json(getattr(self, name.lower())(data, body))

    def directordraft(self, data: dict, body: dict) -> dict:
        looks = itertools.cycle(LOOKS)
        return {"logline": f"{data['title']}: a story told in {len(data['scenes'])} scenes.",
                "style_prompt": "painterly storybook frames, lantern light",
                "characters": [{"name": name, "look": next(looks), "voice": "low, unhurried, warm",
                                "hair_style": "short"} for name in data["cast"]],
                "locations": [{"scene": s["index"], "name": f"Place {s['index'] + 1}", "interior": s["index"] % 2 == 0,
                               "time_of_day": "night", "description": "lamplit"} for s in data["scenes"]]}

    def screenwriterdraft(self, data: dict, body: dict) -> dict:
        scenes = []
        for scene in data["scenes"]:
            beats = [{"kind": e["kind"], "text": e["text"], "speaker": e["speaker"] if e["kind"] == "dialogue" else None}
                     for e in scene["elements"] if e["kind"] != "transition" and e["text"].strip()]
            scenes.append({"scene": scene["index"], "beats": beats})
        return {"scenes": scenes}

    def scenelayoutdraft(self, data: dict, body: dict) -> dict:
        cast = [c["id"] for c in data["cast"]]
        shots = []
        for number, beat in enumerate(data["beats"]):
            speaker = beat["speaker"] if beat["kind"] == "dialogue" else None
            shots.append({"type": "establishing" if number == 0 else "medium" if speaker else "wide",
                          "beats": [beat["id"]], "subjects": [speaker] if speaker else cast,
                          "move": "push_in" if number == 0 else "static", "description": beat["text"][:80]})
        return {"props": [{"noun": "table"}, {"noun": "lantern", "relation": "on_top_of", "anchor": "table"}],
                "shots": shots or [{"type": "establishing", "beats": [], "subjects": cast}]}

    def artistdraft(self, data: dict, body: dict) -> dict:
        looks = "; ".join(c["look"] for c in data["characters"])
        return {"prompt": f"{data['shot']['type']} shot, {data['shot']['description']}, {looks}, {data['style']}",
                "negative_prompt": "text, watermark"}

    def vlmverdict(self, data: dict, body: dict) -> dict:
        shot = data["shot"]
        self.seen[shot] += 1
        self.images += images(body)
        if shot in self.never_pass or (shot in self.fail_first and self.seen[shot] == 1):
            # Worse on each look, so that "keep the best" and "keep the last" differ.
            return {"passed": False, "scores": {"prompt_fidelity": 0.8, "character_consistency": 0.8,
                                                "layout": 0.4 - 0.05 * self.seen[shot], "image_quality": 0.8},
                    "issues": ["the figures are cut off at the frame edge"],
                    "fixes": [{"kind": "camera_change", "target": "camera", "value": "pull_back"}]}
        return {"passed": True, "scores": {"prompt_fidelity": 0.9, "character_consistency": 0.9, "layout": 0.9,
                                           "image_quality": 0.9}, "issues": [], "fixes": []}


def contract_named_in_prompt(body: dict) -> str:
    """In JSON mode the request names no schema; the system prompt carries it (its title)."""
    system = body["messages"][0]["content"]
    return json.loads(system.split("valid against this JSON schema:\n", 1)[1])["title"]
