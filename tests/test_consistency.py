"""The consistency gate: each character's region of a keyframe against their reference, by a CLIP
image encoder (a tiny random one built here); and the pipeline's reference from a first shot."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import numpy as np
import pytest
import torch
from PIL import Image

from crews.critic_consistency import ConsistencyCritic
from renderers.previz import PrevizRenderer
from studio import tasks
from studio.cutouts import cut_out
from studio.models import Asset
from tests import tiny_models
from tests.test_diffusion import studio
from tests.test_previz import person, prop, request

HERE = Path(__file__).parent


@pytest.fixture(scope="module")
def encoder(tmp_path_factory) -> Path:
    torch.set_num_threads(1)
    return tiny_models.clip_vision(tmp_path_factory.mktemp("clip") / "clip")


@pytest.fixture()
def keyframe(tmp_path):
    """A previz keyframe of Anna and Ben, Anna's reference cut from it, and its asset."""
    table = prop(3, "table", (0.0, 0.0, -1.0), (1.2, 0.75, 0.8))
    req = request([person(1, "anna", -0.8), person(2, "ben", 0.8), table])
    folder = tmp_path / "cache" / "keyframe" / "k"
    PrevizRenderer().render(req, folder)
    cut_out(folder / "rgb.png", folder / "mask.png", 1).save(tmp_path / "anna.png")
    looks = {**req.characters, "anna": req.characters["anna"].model_copy(update={"reference_image": "anna.png"})}
    asset = Asset(key="k", kind="keyframe",
                  files={name: f"cache/keyframe/k/{name}.png" for name in ("rgb", "depth", "mask")})
    return req.model_copy(update={"characters": looks}), asset, tmp_path


def replace_region(project: Path, asset: Asset, object_id: int, seed: int = 0) -> None:
    """Paint the object's pixels over with something else: noise in other colours."""
    rgb_path, mask = project / asset.files["rgb"], np.asarray(Image.open(project / asset.files["mask"]))
    rgb = np.asarray(Image.open(rgb_path)).copy()
    noise = np.random.default_rng(seed).integers(0, 256, rgb.shape, dtype=np.uint8)
    rgb[mask == object_id] = noise[mask == object_id]
    Image.fromarray(rgb).save(rgb_path)


def test_the_original_passes_and_a_replaced_character_fails(encoder, keyframe):
    req, asset, project = keyframe
    critic = ConsistencyCritic(model=str(encoder), threshold=0.98, min_pixels=100)
    original = critic.run(req, asset, project)
    assert original.passed and original.scores["consistency:anna"] == pytest.approx(1.0, abs=1e-3)
    assert "consistency:ben" not in original.scores  # no reference: not judged
    replace_region(project, asset, 1)
    replaced = critic.run(req, asset, project)
    assert not replaced.passed and replaced.scores["consistency:anna"] < 0.98
    assert replaced.checks == {"consistent:anna": False}
    assert [(f.kind, f.target) for f in replaced.fixes] == [("seed_change", "seed")]
    assert "Anna does not look like their reference" in replaced.reasons[0]


def test_a_change_elsewhere_in_the_frame_leaves_the_score_alone(encoder, keyframe):
    req, asset, project = keyframe
    critic = ConsistencyCritic(model=str(encoder), threshold=0.98, min_pixels=100)
    replace_region(project, asset, 2)  # Ben changes; Anna's region is untouched
    verdict = critic.run(req, asset, project)
    assert verdict.passed and verdict.scores["consistency:anna"] == pytest.approx(1.0, abs=1e-3)


def test_a_film_takes_each_characters_reference_from_their_first_shot(encoder, tmp_path):
    models = tmp_path / "models"
    config = tmp_path / "consistent.yaml"
    config.write_text(json.dumps({
        "keyframes": {"backend": "diffusers", "model": str(tiny_models.stable_diffusion(models / "sd")),
                      "controlnet": str(tiny_models.controlnet(models / "cn")), "steps": 2, "width": 320,
                      "height": 180},
        "critic": {"backends": ["rules", "consistency"], "consistency": {"model": str(encoder), "threshold": 0.5}},
        "video": {"width": 320, "height": 180, "fps": 12}}))
    out = tmp_path / "harbour"
    result = studio("make", str(HERE / "data/farm/harbour.md"), "-o", str(out), "-c", str(config), "--quiet")
    assert result.returncode == 0, result.stderr
    project = json.loads((out / "project.json").read_text())
    speakers = {c["id"] for c in project["treatment"]["characters"]}
    references = {p.stem for p in (out / "references").glob("*.png")}
    assert references and references <= speakers
    shots = {s["id"]: s for s in project["shots"]}
    firsts = {}
    for shot in project["shots"]:
        for obj in shot["layout"]["objects"]:
            if obj["kind"] == "character":
                firsts.setdefault(obj["character"], shot["id"])
    judged = 0
    for takes in project["keyframes"].values():
        take = takes["takes"][takes["chosen"]]
        for character, look in take["request"]["characters"].items():
            later = firsts.get(character) not in (None, takes["target"])
            assert (look["reference_image"] == f"references/{character}.png") == (later and character in references)
        scores = {k: v for c in take["critiques"] for k, v in c["scores"].items() if k.startswith("consistency:")}
        judged += len(scores)
        assert all(-1.0 <= v <= 1.0 for v in scores.values())
    assert judged > 0 and len(shots) > len(references)
    shutil.rmtree(models)


def test_a_verdict_is_keyed_by_the_encoders_weights_not_by_its_folder(encoder, keyframe):
    req, asset, project = keyframe
    copy = project / "encoder"
    shutil.copytree(encoder, copy)

    def judge(model: Path) -> tuple[float, int]:
        """Anna's score with the encoder at ``model``, and how many verdicts the project holds."""
        result = tasks.critique({
            "project_dir": str(project), "critics": ["consistency"], "on_error": "fail",
            "sections": {"consistency": {"model": str(model), "threshold": 0.5, "min_pixels": 100}},
            "request": req.model_dump(mode="json"), "asset": asset.model_dump(mode="json")})
        score = result["critiques"][0]["scores"]["consistency:anna"]
        return score, len(list((project / "cache" / "critique").glob("*.json")))

    replace_region(project, asset, 1)  # a score below 1, so that another encoder gives another
    first, verdicts = judge(copy)
    assert verdicts == 1
    shutil.copytree(copy, project / "moved")
    assert judge(project / "moved") == (first, 1)  # the same weights elsewhere: the same verdict, cached
    tiny_models.clip_vision(copy, seed=9)  # retrained in place
    second, verdicts = judge(copy)
    assert verdicts == 2 and second != first  # judged again, by the new weights (not the loaded old ones)
