"""The rule critic: checks an asset against its spec with measurements, no model needed.

Keyframes: not blank, not clipped, every subject the shot names visible in the instance mask.
Speech: not silent, not clipped, a plausible length for its words.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
from PIL import Image

from studio.audio import read_mono
from studio.models import Asset, Critique, Fix, RenderRequest, SpeechRequest

RESEED = Fix(kind="seed_change", target="seed", value="new")
PULL_BACK = Fix(kind="camera_change", target="camera", value="pull_back")
RAISE_CAMERA = Fix(kind="camera_change", target="camera", value="raise")
LOWER_VOLUME = Fix(kind="volume_change", target="volume", value="lower")


class RuleCritic:
    name = "rules"

    def __init__(self, min_visible_fraction: float = 0.25, min_pixels: int = 150, **_: Any) -> None:
        self.min_visible_fraction = min_visible_fraction
        self.min_pixels = min_pixels

    def run(self, request: RenderRequest | SpeechRequest, asset: Asset, project_dir: Path) -> Critique:
        if isinstance(request, RenderRequest):
            return self.keyframe(request, asset, project_dir)
        return self.speech(request, asset, project_dir)

    def keyframe(self, request: RenderRequest, asset: Asset, project_dir: Path) -> Critique:
        rgb = np.asarray(Image.open(project_dir / asset.files["rgb"]).convert("L"), dtype=np.float32)
        mask = np.asarray(Image.open(project_dir / asset.files["mask"]))
        reasons: list[str] = []
        hints: list[Fix] = []
        scores: dict[str, float] = {}
        contrast = float(rgb.std())
        scores["contrast"] = round(min(contrast / 20.0, 1.0), 3)
        if contrast < 4.0:
            reasons.append(f"image is blank (luminance std {contrast:.1f})")
            hints.append(RESEED)
        clipped = float(((rgb <= 1) | (rgb >= 254)).mean())
        scores["unclipped"] = round(1.0 - clipped, 3)
        if clipped > 0.25:
            reasons.append(f"{clipped:.0%} of pixels clipped to black or white")
            hints.append(RESEED)

        visible = asset.meta.get("visible_fraction", {})
        solo = asset.meta.get("solo_pixels", {})
        occluders = asset.meta.get("occluders", {})
        names = {o.id: o.name for o in request.layout.objects}
        subjects = [r.subject for r in request.layout.relations if r.kind == "visible"]
        worst = 1.0
        checks: dict[str, bool] = {}
        for object_id in subjects:
            name = names.get(object_id, object_id)
            pixels = int((mask == object_id).sum())
            alone = int(solo.get(str(object_id), pixels))  # its silhouette with nothing in the way
            fraction = float(visible.get(str(object_id), 1.0 if pixels else 0.0))
            score = min(1.0, fraction / self.min_visible_fraction) * min(1.0, pixels / self.min_pixels)
            worst = min(worst, score)
            checks[f"visible:{object_id}"] = alone >= self.min_pixels and not (
                fraction < self.min_visible_fraction or pixels < self.min_pixels)
            if alone < self.min_pixels:  # the camera does not see it: reframe
                reasons.append(f"{name} is not in frame ({alone} px)")
                hints.append(PULL_BACK)
            elif not checks[f"visible:{object_id}"]:  # in frame, but something is in the way
                blockers = {k: v for k, v in occluders.get(str(object_id), {}).items() if k != "0"}
                blocker = max(blockers, key=blockers.get) if blockers else None
                who = f" by {names.get(int(blocker), blocker)}" if blocker else " by the set"
                reasons.append(f"{name} is {1 - fraction:.0%} hidden{who}")
                hints.append(Fix(kind="layout_change", target=str(blocker), value="move_back", reason=reasons[-1])
                             if blocker else RAISE_CAMERA)
        scores["subjects_visible"] = round(worst, 3)
        score = min(scores.values())
        return Critique(critic=self.name, passed=not reasons, score=score, scores=scores, checks=checks,
                        reasons=reasons, fixes=_unique(hints))

    def speech(self, request: SpeechRequest, asset: Asset, project_dir: Path) -> Critique:
        samples, rate = read_mono(project_dir / asset.files["audio"])  # integer or float samples alike
        reasons: list[str] = []
        hints: list[Fix] = []
        duration = len(samples) / rate if rate else 0.0
        rms = float(np.sqrt(np.mean(samples**2))) if len(samples) else 0.0
        rms_db = 20 * np.log10(max(rms, 1e-9))
        clipped = float((np.abs(samples) >= 0.999).mean()) if len(samples) else 0.0
        words = max(len(request.text.split()), 1)
        rate_wps = words / duration if duration else 0.0
        scores = {
            "loudness": round(min(1.0, max(0.0, (rms_db + 50) / 30)), 3),
            "unclipped": round(1.0 - min(1.0, clipped * 100), 3),
            "pace": round(1.0 if words < 4 or 0.8 <= rate_wps <= 6.0 else 0.3, 3),
        }
        if rms_db < -45:
            reasons.append(f"speech is silent ({rms_db:.0f} dBFS)")
            hints.append(RESEED)
        if clipped > 0.001:
            reasons.append(f"{clipped:.2%} of samples clipped")
            hints.append(LOWER_VOLUME)
        if words >= 4 and not 0.8 <= rate_wps <= 6.0:  # short exclamations may linger
            reasons.append(f"{words} words in {duration:.1f} s is not speech-like")
            hints.append(RESEED)
        return Critique(critic=self.name, passed=not reasons, score=min(scores.values()), scores=scores,
                        reasons=reasons, fixes=_unique(hints))


def _unique(fixes: list[Fix]) -> list[Fix]:
    return list({(f.kind, f.target, f.value): f for f in fixes}.values())
