"""The consistency critic: does each character look like their reference in this keyframe?

Each character's region (the previz instance mask, so the diffusion painting is cut where the
layout put them) is embedded with a local CLIP image encoder and compared with the embedding of
their reference: a cast-file reference image, or the cut-out of their first passing shot (the
pipeline renders those shots first). Below ``threshold`` the take fails with a seed change; the
similarity is kept with the take, per character.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
from PIL import Image

from studio.cutouts import cut_out
from studio.models import Asset, Critique, Fix, RenderRequest, SpeechRequest
from studio.resident import slot
from studio.weights import digests, locate, stamp

SETTING = "critic.consistency.model"
UNSET = f"{SETTING} is not set: name a CLIP image encoder folder"


class ConsistencyCritic:
    name = "consistency"

    def __init__(self, model: str | None = None, threshold: float = 0.8, min_pixels: int = 400,
                 device: str = "cpu", **_: Any) -> None:
        if not model:
            raise ValueError(UNSET)
        self.model, self.threshold, self.min_pixels, self.device = model, float(threshold), int(min_pixels), device

    @staticmethod
    def preflight(section: dict[str, Any]) -> None:
        if not section.get("model"):
            raise ValueError(UNSET)
        locate(section["model"], SETTING)

    @staticmethod
    def model_folders(section: dict[str, Any]) -> dict[str, str]:
        """The encoder's folder by the setting naming it (``studio doctor`` lists it)."""
        return {SETTING: section["model"]} if section.get("model") else {}

    @staticmethod
    def key_section(section: dict[str, Any]) -> dict[str, Any]:
        """What verdicts are keyed by: the encoder by content (``fingerprint``), not by its path."""
        return {k: v for k, v in section.items() if k not in ("model", "device")}

    @staticmethod
    def fingerprint(section: dict[str, Any]) -> dict[str, str]:
        """The encoder's folder by content, for verdict keys."""
        return digests(ConsistencyCritic.model_folders(section))

    def run(self, request: RenderRequest | SpeechRequest, asset: Asset, project_dir: Path) -> Critique:
        if not isinstance(request, RenderRequest):
            return Critique(critic=self.name, passed=True, score=1.0, reasons=["speech: nothing to compare"])
        scores: dict[str, float] = {}
        checks: dict[str, bool] = {}
        reasons: list[str] = []
        for obj in request.layout.objects:
            look = request.characters.get(obj.character or "")
            if obj.kind != "character" or look is None or not look.reference_image:
                continue
            region = cut_out(project_dir / asset.files["rgb"], project_dir / asset.files["mask"], obj.id,
                             self.min_pixels)
            if region is None:
                continue  # too little of them shows to judge; the rule critic asks for them to be seen
            reference = Image.open(project_dir / look.reference_image).convert("RGB")
            similarity = self.similarity(region, reference)
            scores[f"consistency:{obj.character}"] = round(similarity, 4)
            checks[f"consistent:{obj.character}"] = similarity >= self.threshold
            if similarity < self.threshold:
                reasons.append(f"{obj.name} does not look like their reference "
                               f"(similarity {similarity:.2f} < {self.threshold:.2f})")
        fixes = [Fix(kind="seed_change", target="seed", value="new", reason=reasons[0])] if reasons else []
        return Critique(critic=self.name, passed=not reasons, score=min(scores.values(), default=1.0),
                        scores=scores, checks=checks, reasons=reasons, fixes=fixes)

    def similarity(self, a: Image.Image, b: Image.Image) -> float:
        """Cosine similarity of the two images' CLIP embeddings."""
        import torch

        spec = (self.model, self.device, stamp(self.model))
        with slot("consistency").using(spec, self._load) as (encoder, processor), \
                torch.no_grad():
            output = encoder(**processor(images=[a, b], return_tensors="pt").to(self.device))
            embeds = getattr(output, "image_embeds", None)
            embeds = output.pooler_output if embeds is None else embeds
        first, second = (e / np.linalg.norm(e) for e in embeds.float().cpu().numpy())
        return float(first @ second)

    def _load(self):
        from transformers import AutoModel, CLIPImageProcessor, CLIPVisionModelWithProjection

        folder = locate(self.model, SETTING)
        try:
            encoder = CLIPVisionModelWithProjection.from_pretrained(folder)
        except (OSError, ValueError):  # a plain vision tower, or a full CLIP model: its pooled output
            encoder = AutoModel.from_pretrained(folder)
            encoder = getattr(encoder, "vision_model", encoder)
        return encoder.to(self.device).eval(), CLIPImageProcessor.from_pretrained(folder)
