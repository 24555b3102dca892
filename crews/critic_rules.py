"""The rule critic: checks an asset against its spec with measurements, no model needed.

Keyframes: not blank, not clipped, every subject the shot names visible in the instance mask,
and every spatial relation of the layout measured on the take's mask and depth by the same
checker ``studio layout`` uses (``crews.spatial.check``). A relation that fails asks the Layout
agent for a re-layout (a ``layout_change`` naming the relation); one the plan already knew it
could not meet (``detail`` "impossible: ...") is reported false but does not fail the take.
Speech: not silent, not clipped, a plausible length for its words.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
from PIL import Image

from crews.spatial.camera import MIN_EYE
from crews.spatial.check import check as measure_relations
from crews.spatial.check import physical
from studio.audio import read_mono
from studio.models import Asset, Critique, Fix, Relation, RenderRequest, SpeechRequest

RESEED = Fix(kind="seed_change", target="seed", value="new")
PULL_BACK = Fix(kind="camera_change", target="camera", value="pull_back")
RAISE_CAMERA = Fix(kind="camera_change", target="camera", value="raise")
LOWER_VOLUME = Fix(kind="volume_change", target="volume", value="lower")


MEASURES = 3  # what the keyframe check measures: 2 the layout's relations, 3 the camera's sanity
IMPOSSIBLE = "impossible"  # a relation's detail prefix: the plan could not meet it, and says why


class RuleCritic:
    name = "rules"

    @staticmethod
    def key_section(section: dict[str, Any]) -> dict[str, Any]:
        """Verdicts are keyed by the section and by what this critic measures."""
        return {**section, "measures": MEASURES}

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
        reasons_before = len(reasons)
        self.camera(request, asset, project_dir, mask, checks, reasons, hints)
        scores["camera"] = 0.0 if len(reasons) > reasons_before else 1.0
        relations = self.relations(request, asset, project_dir, mask)
        for index, relation in enumerate(relations):
            if relation.kind == "visible":
                held = checks.get(f"visible:{relation.subject}")
                shares = str(relation.subject) in visible and str(relation.subject) in solo
                relations[index] = relation.model_copy(update={
                    "holds": held, "measured": held is not None,
                    "detail": ("not measured: the subject is not in the layout" if held is None else
                               "visible share and pixels in the instance mask" if shares else
                               "pixels in the instance mask only (the renderer gave no visible share)")})
                continue
            if not relation.measured:
                continue
            checks[f"relation:{index}"] = bool(relation.holds)
            if relation.holds or relation.detail.startswith(IMPOSSIBLE):
                continue
            reasons.append(f"{relation.kind} {names.get(relation.subject, relation.subject)}: {relation.detail}")
            hints.append(Fix(kind="layout_change", target=str(relation.subject),
                             value=f"{relation.kind}:{relation.object if relation.object is not None else ''}",
                             reason=reasons[-1]))
        spatial = [r for r in relations if r.kind != "visible" and r.measured and not r.detail.startswith(IMPOSSIBLE)]
        if spatial:
            scores["relations"] = round(sum(1 for r in spatial if r.holds) / len(spatial), 3)
        score = min(scores.values())
        return Critique(critic=self.name, passed=not reasons, score=score, scores=scores, checks=checks,
                        reasons=reasons, fixes=_unique(hints), relations=relations)

    def camera(self, request: RenderRequest, asset: Asset, project_dir: Path, mask: np.ndarray,
               checks: dict[str, bool], reasons: list[str], hints: list[Fix]) -> None:
        """Physical sanity of the take's camera: above the ground, inside nothing, and, where the
        sky shows, all of it above the ground (measured on the render's depth and mask)."""
        depth_file = asset.files.get("depth")
        if not depth_file or not (project_dir / depth_file).exists():
            return
        report = physical(request.layout, request.camera, mask, np.asarray(Image.open(project_dir / depth_file)))
        checks["camera_above_ground"] = report["eye_height_m"] >= MIN_EYE - 1e-6
        checks["camera_inside_nothing"] = not report["inside"]
        if report["sky_above_ground"] is not None:
            checks["sky_above_ground"] = report["sky_above_ground"]
        if not checks["camera_above_ground"] or report["sky_above_ground"] is False:
            reasons.append(f"camera {report['eye_height_m']:.2f} m above the ground: the sky is not above the horizon"
                           if report["sky_above_ground"] is False else
                           f"camera {report['eye_height_m']:.2f} m above the ground (at least {MIN_EYE} m)")
            hints.append(RAISE_CAMERA)
        if report["inside"]:
            reasons.append(f"camera inside {', '.join(report['inside'])}")
            hints.append(PULL_BACK)

    def relations(self, request: RenderRequest, asset: Asset, project_dir: Path, mask: np.ndarray) -> list[Relation]:
        """The layout's relations measured on the take: mask and depth, lifted to 3D by its camera."""
        layout = request.layout
        if not any(r.kind != "visible" for r in layout.relations):
            return list(layout.relations)
        depth_file = asset.files.get("depth")
        if not depth_file or not (project_dir / depth_file).exists():
            why = "not measured: the take has no depth image"
            return [r if r.kind == "visible" else r.model_copy(update={"holds": None, "measured": False, "detail": why})
                    for r in layout.relations]
        depth = np.asarray(Image.open(project_dir / depth_file))
        kinds = {r.kind for r in layout.relations} - {"visible"}
        return measure_relations(layout, request.camera, mask, depth, asset.meta, kinds=kinds)

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
