"""The VLM critic: a vision model looks at a keyframe (and each character's reference picture)
against its shot and answers with scores, issues and typed fixes.

It only judges pictures: a line of speech passes it untouched. Its verdict is validated like any
model reply: a fix that names an object the layout does not have is sent back for repair.
"""

from __future__ import annotations

import base64
import io
from pathlib import Path
from typing import Any

from PIL import Image

from crews.llm.client import LLMClient
from crews.llm.drafts import VLMVerdict
from crews.llm.prompts import quoted, render, version
from studio.ledger import Workspace
from studio.models import CAMERA_FIXES, OBJECT_FIXES, Asset, Critique, RenderRequest, SpeechRequest



class VLMCritic:
    name = "vlm"
    template_version = version("critic_vlm", VLMVerdict)  # part of the verdict's cache key

    def __init__(self, threshold: float = 0.6, max_side: int = 768, **section: Any) -> None:
        self.threshold, self.max_side = threshold, max_side
        self.client = LLMClient("critic.vlm", **section)

    def run(self, request: RenderRequest | SpeechRequest, asset: Asset, project_dir: Path) -> Critique:
        if not isinstance(request, RenderRequest):
            return Critique(critic=self.name, passed=True, score=1.0, reasons=["not a picture: not judged"])
        project_dir = Path(project_dir)
        references = {c: look.reference_image for c, look in request.characters.items() if look.reference_image}
        data = {"shot": request.shot, "prompt": request.prompt,
                "characters": [{"id": c, "look": look.description, "has_reference": c in references}
                               for c, look in request.characters.items()],
                "objects": [{"id": o.id, "name": o.name, "kind": o.kind} for o in request.layout.objects],
                "camera": request.camera.model_dump(mode="json"),
                "references_in_order": list(references)}
        parts: list[dict] = [{"type": "text", "text": quoted("Judge this keyframe against its shot.", data)},
                             {"type": "image_url", "image_url": {"url": self._data_url(project_dir / asset.files["rgb"])}}]
        for path in references.values():
            picture = (project_dir / path).resolve()
            if picture.is_relative_to(project_dir.resolve()) and picture.is_file():  # never a file outside the project
                parts.append({"type": "image_url", "image_url": {"url": self._data_url(picture)}})
        ids = {str(o.id) for o in request.layout.objects}

        def validate(verdict: VLMVerdict) -> list[str]:
            problems = []
            for fix in verdict.fixes:
                if fix.kind == "layout_change" and (fix.target not in ids or fix.value not in OBJECT_FIXES):
                    problems.append(f"layout_change needs an object id from {sorted(ids)} and a value from "
                                    f"{sorted(OBJECT_FIXES)}")
                if fix.kind == "camera_change" and fix.value not in CAMERA_FIXES:
                    problems.append(f"camera_change value must be one of {sorted(CAMERA_FIXES)}")
                if fix.kind == "reference_change" and fix.target not in request.characters:
                    problems.append(f"reference_change target must be one of {sorted(request.characters)}")
            return problems

        verdict = self.client.complete(VLMVerdict, render("critic_vlm", threshold=self.threshold), parts,
                                       Workspace(project_dir), validate=validate, what=f"the VLM critique of {request.shot}")
        scores = verdict.scores.model_dump()
        low = [f"{name.replace('_', ' ')} {value:.2f} < {self.threshold}" for name, value in scores.items()
               if value < self.threshold]
        passed = verdict.passed and not low
        reasons = list(verdict.issues) or ([] if passed else low)
        return Critique(critic=self.name, passed=passed, score=round(min(scores.values()), 3), scores=scores,
                        reasons=reasons if not passed else [], fixes=verdict.fixes if not passed else [])

    def _data_url(self, path: Path) -> str:
        with Image.open(path) as image:
            image = image.convert("RGB")
            image.thumbnail((self.max_side, self.max_side))
            buffer = io.BytesIO()
            image.save(buffer, format="PNG")
        return "data:image/png;base64," + base64.b64encode(buffer.getvalue()).decode()
