"""The diffusers keyframe backend on tiny random pipelines built here: the real code path, 2 steps.

Random weights paint noise, so these tests measure what the backend controls: sizes, seeds, which
inputs change the picture (the previz depth through ControlNet, the previz itself through
image-to-image), that the contract's depth and mask stay the layout's own, batching, the one model
a worker keeps, and weights by content. GPU-only choices are checked on a GPU or skipped.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import weakref
from pathlib import Path

import av
import numpy as np
import pytest
import torch
from PIL import Image

from renderers.diffusion import DiffusionRenderer, WeightsMissing
from renderers.previz import PrevizRenderer
from studio import tasks
from studio.config import Queue
from studio.models import Camera
from studio.resident import slot
from tests import tiny_models
from tests.farm_support import needs_redis
from tests.farm_support import studio as farm_studio
from tests.test_previz import person, prop, request

HERE = Path(__file__).parent
SIZE = {"width": 160, "height": 90}


@pytest.fixture(scope="module")
def models(tmp_path_factory) -> dict[str, Path]:
    torch.set_num_threads(1)  # NOTES: two intra-op threads stall each other on a loaded 2-core box
    root = tmp_path_factory.mktemp("models")
    return {"sd": tiny_models.stable_diffusion(root / "sd"), "cn": tiny_models.controlnet(root / "cn"),
            "clip": tiny_models.clip_vision(root / "clip")}


def shot(seed: int = 7, camera: Camera | None = None, prompt: str = "two friends by a table, storybook"):
    objects = [person(1, "anna", -0.8), person(2, "ben", 0.8), prop(3, "table", (0.0, 0.0, -1.0), (1.2, 0.75, 0.8))]
    req = request(objects, seed=seed, **({"camera": camera} if camera else {}))
    return req.model_copy(update={"prompt": prompt, "negative_prompt": "blurry", "backend": "diffusers", **SIZE})


def paint(models, tmp_path: Path, req, name: str, **config) -> tuple[dict, np.ndarray]:
    renderer = DiffusionRenderer(model=str(models["sd"]), steps=2, **config)
    meta = renderer.render(req, tmp_path / name)
    return meta, np.asarray(Image.open(tmp_path / name / "rgb.png"), dtype=np.int16)


def changed(a: np.ndarray, b: np.ndarray) -> float:
    """The fraction of pixels that differ at all."""
    return float((a != b).any(axis=-1).mean())


SIDE = Camera(position=(3.5, 1.6, 4.5), target=(0.0, 1.0, 0.0), fov_deg=45.0)


def test_text_to_image_has_the_keyframe_size_and_changes_with_the_seed(models, tmp_path):
    meta, first = paint(models, tmp_path, shot(seed=7), "a", mode="txt2img")
    _, again = paint(models, tmp_path, shot(seed=7), "b", mode="txt2img")
    _, other = paint(models, tmp_path, shot(seed=8), "c", mode="txt2img")
    assert first.shape == (SIZE["height"], SIZE["width"], 3)
    assert meta["pipeline"] == "StableDiffusionPipeline" and meta["seed"] == 7
    # Painted at the model's native area in multiples of 8 (64 px square for the tiny model), then resized.
    width, height = meta["generated_size"]
    assert width % 8 == 0 and height % 8 == 0 and width > height
    assert np.array_equal(first, again)
    assert changed(first, other) > 0.5 and np.abs(first - other).mean() > 5


def test_controlnet_holds_the_painting_to_the_previz_depth(models, tmp_path):
    """Same prompt and seed, the camera moved: only a ControlNet-held painting changes with it."""
    _, plain_front = paint(models, tmp_path, shot(), "p1", mode="txt2img")
    _, plain_side = paint(models, tmp_path, shot(camera=SIDE), "p2", mode="txt2img")
    meta, held_front = paint(models, tmp_path, shot(), "c1", controlnet=str(models["cn"]))
    _, held_side = paint(models, tmp_path, shot(camera=SIDE), "c2", controlnet=str(models["cn"]))
    assert meta["pipeline"] == "StableDiffusionControlNetPipeline" and meta["controls"] == ["depth"]
    assert np.array_equal(plain_front, plain_side)  # bit-identical: any change below is the control's
    # Random weights pass a control on weakly, but it reaches most of the frame.
    assert changed(held_front, held_side) > 0.5 and changed(held_front, plain_front) > 0.5


def test_depth_and_mask_stay_the_layouts_own(models, tmp_path):
    req = shot()
    paint(models, tmp_path, req, "painted", controlnet=str(models["cn"]))
    PrevizRenderer().render(req, tmp_path / "previz")
    for name in ("depth.png", "mask.png"):
        assert np.array_equal(np.asarray(Image.open(tmp_path / "painted" / name)),
                              np.asarray(Image.open(tmp_path / "previz" / name)))
    previz = np.asarray(Image.open(tmp_path / "previz" / "rgb.png"))
    assert np.array_equal(np.asarray(Image.open(tmp_path / "painted" / "previz.png")), previz)


def test_image_to_image_starts_from_the_previz(models, tmp_path):
    meta, front = paint(models, tmp_path, shot(), "i1", mode="img2img", strength=0.5)
    _, side = paint(models, tmp_path, shot(camera=SIDE), "i2", mode="img2img", strength=0.5)
    _, reseeded = paint(models, tmp_path, shot(seed=8), "i3", mode="img2img", strength=0.5)
    assert meta["pipeline"] == "StableDiffusionImg2ImgPipeline" and meta["strength"] == 0.5
    assert front.shape == (SIZE["height"], SIZE["width"], 3)
    assert changed(front, side) > 0.5 and changed(front, reseeded) > 0.5


def test_several_controls_and_image_to_image_together(models, tmp_path):
    meta, image = paint(models, tmp_path, shot(), "multi", mode="img2img",
                        controlnet={"depth": str(models["cn"]), "canny": str(models["cn"]),
                                    "segmentation": str(models["cn"])})
    assert meta["pipeline"] == "StableDiffusionControlNetImg2ImgPipeline"
    assert meta["controls"] == ["depth", "canny", "segmentation"] and image.std() > 1


def test_batched_shots_match_shots_painted_one_by_one(models, tmp_path):
    renderer = DiffusionRenderer(model=str(models["sd"]), steps=2, controlnet=str(models["cn"]))
    requests = [shot(seed=7), shot(seed=9, camera=SIDE)]
    metas = renderer.render_batch(requests, [tmp_path / "b0", tmp_path / "b1"])
    assert [m["batch"] for m in metas] == [2, 2]
    for index, req in enumerate(requests):
        renderer.render(req, tmp_path / f"s{index}")
        batched = np.asarray(Image.open(tmp_path / f"b{index}" / "rgb.png"), dtype=np.int16)
        single = np.asarray(Image.open(tmp_path / f"s{index}" / "rgb.png"), dtype=np.int16)
        assert np.abs(batched - single).max() <= 3  # the same draw; batched matmuls round differently


def test_a_worker_keeps_one_model_and_drops_it_when_asked_for_another(models, tmp_path):
    first = DiffusionRenderer(model=str(models["sd"]), steps=2, mode="txt2img")
    first.render(shot(), tmp_path / "one")
    with slot("keyframes").using(first._spec(), lambda: pytest.fail("reloaded")) as loaded:
        kept = weakref.ref(loaded.pipe)
    del loaded
    DiffusionRenderer(model=str(models["sd"]), steps=2, mode="txt2img").render(shot(), tmp_path / "two")
    assert kept() is not None  # same model, another task: not reloaded
    DiffusionRenderer(model=str(models["sd"]), steps=2, controlnet=str(models["cn"])).render(shot(), tmp_path / "three")
    assert kept() is None  # another model: the first is gone before the second is used


def test_weights_enter_keys_by_content_not_by_path(models, tmp_path):
    shutil.copytree(models["cn"], tmp_path / "cn")
    section = {"backend": "diffusers", "model": str(models["sd"]), "controlnet": str(tmp_path / "cn")}
    before = DiffusionRenderer.fingerprint(section)
    assert before.keys() == {"keyframes.model", "keyframes.controlnet.depth"}
    shutil.copytree(tmp_path / "cn", tmp_path / "moved")  # the same weights elsewhere: nothing to redo
    moved = {**section, "controlnet": str(tmp_path / "moved")}
    assert DiffusionRenderer.fingerprint(moved) == before
    assert DiffusionRenderer.key_section(moved) == DiffusionRenderer.key_section(section)
    how = {**section, "offload": "model", "attention": "slicing", "allow_download": True}
    assert DiffusionRenderer.key_section(how) == DiffusionRenderer.key_section(section)
    tiny_models.controlnet(tmp_path / "cn", seed=5)  # retrained in place, same file names
    after = DiffusionRenderer.fingerprint(section)
    assert after["keyframes.model"] == before["keyframes.model"]
    assert after["keyframes.controlnet.depth"] != before["keyframes.controlnet.depth"]
    absent = DiffusionRenderer.fingerprint({**section, "model": str(tmp_path / "nowhere")})
    assert absent["keyframes.model"] == f"missing:{tmp_path / 'nowhere'}"


def test_missing_weights_name_the_folder_and_what_to_download(tmp_path):
    with pytest.raises(WeightsMissing, match=r"keyframes.model: no model folder at .*nowhere.*download"):
        DiffusionRenderer.preflight({"model": str(tmp_path / "nowhere")})
    with pytest.raises(WeightsMissing, match=r"'someone/sd-model' is neither a folder nor in the local hub cache"):
        DiffusionRenderer.preflight({"model": "someone/sd-model"})


def test_gpu_only_choices_fall_back_on_the_cpu_and_say_so(models, tmp_path):
    if torch.cuda.is_available():
        pytest.skip("this machine has a GPU: see test_half_precision_and_offload_on_a_gpu")
    meta, image = paint(models, tmp_path, shot(), "cpu", mode="txt2img", dtype="float16", offload="model",
                        attention="xformers")
    assert meta["device"] == "cpu" and meta["dtype"] == "float32" and image.std() > 1
    assert any("float16 is GPU-only" in note for note in meta["notes"])
    assert any("offload model is GPU-only" in note for note in meta["notes"])
    assert any("xformers is GPU-only" in note for note in meta["notes"])


@pytest.mark.skipif(not torch.cuda.is_available(), reason="needs a CUDA GPU: half precision and offload are GPU-only")
def test_half_precision_and_offload_on_a_gpu(models, tmp_path):
    meta, image = paint(models, tmp_path, shot(), "gpu", mode="txt2img", dtype="float16", offload="model")
    assert meta["device"].startswith("cuda") and meta["dtype"] == "float16" and image.std() > 1


# ------------------------------------------------------------------ films ---


def studio(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "studio.cli", *args], capture_output=True, text=True, timeout=600)


def test_a_film_renders_end_to_end_with_painted_keyframes(models, tmp_path):
    config = tmp_path / "diffusers.yaml"
    config.write_text(json.dumps({
        "keyframes": {"backend": "diffusers", "model": str(models["sd"]), "controlnet": str(models["cn"]),
                      "steps": 2, "width": 320, "height": 180},
        "video": {"width": 320, "height": 180, "fps": 12}}))
    out = tmp_path / "harbour"
    result = studio("make", str(HERE / "data/farm/harbour.md"), "-o", str(out), "-c", str(config), "--quiet")
    assert result.returncode == 0, result.stderr
    project = json.loads((out / "project.json").read_text())
    keyframes = [json.loads(p.read_text()) for p in (out / "cache" / "keyframe").glob("*/asset.json")]
    assert keyframes and all(k["meta"]["painter"] == "diffusers" for k in keyframes)
    assert {k["meta"]["pipeline"] for k in keyframes} == {"StableDiffusionControlNetPipeline"}
    with av.open(str(out / "film.mp4")) as film:
        assert film.streams.video[0].codec_context.width == 320 and film.streams.audio
        assert abs(float(film.duration) / av.time_base - project["timeline"]["duration"]) < 0.25


def test_batched_shots_keep_the_keys_and_pictures_of_shots_painted_alone(models, tmp_path):
    def film(name: str, batch: int) -> dict[str, np.ndarray]:
        config = tmp_path / f"{name}.yaml"
        config.write_text(json.dumps({
            "keyframes": {"backend": "diffusers", "model": str(models["sd"]), "controlnet": str(models["cn"]),
                          "steps": 2, "width": 320, "height": 180, "batch": batch},
            "critic": {"budget": 1}, "video": {"width": 320, "height": 180, "fps": 12}}))
        out = tmp_path / name
        result = studio("make", str(HERE / "data/farm/harbour.md"), "-o", str(out), "-c", str(config), "--quiet")
        assert result.returncode == 0, result.stderr
        assets = [json.loads(p.read_text()) for p in (out / "cache" / "keyframe").glob("*/asset.json")]
        assert max(a["meta"]["batch"] for a in assets) == min(batch, len(assets))
        return {a["key"]: np.asarray(Image.open(out / a["files"]["rgb"]), dtype=np.int16) for a in assets}

    alone, batched = film("alone", 1), film("batched", 3)
    assert alone.keys() == batched.keys()
    assert all(np.abs(alone[key] - batched[key]).max() <= 3 for key in alone)


def test_a_missing_model_stops_the_film_with_one_error_line(tmp_path):
    config = tmp_path / "missing.yaml"
    config.write_text(json.dumps({"keyframes": {"backend": "diffusers", "model": str(tmp_path / "weights/sd15")}}))
    result = studio("make", str(HERE / "data/farm/harbour.md"), "-o", str(tmp_path / "out"), "-c", str(config),
                    "--quiet")
    assert result.returncode != 0 and "Traceback" not in result.stderr
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 1 and "weights/sd15" in errors[0] and "download" in errors[0]


def test_doctor_reports_the_machine_and_each_configured_model_folder(models, tmp_path):
    config = tmp_path / "doctor.yaml"
    config.write_text(json.dumps({"keyframes": {
        "backend": "diffusers", "model": str(models["sd"]),
        "controlnet": {"depth": str(models["cn"]), "canny": str(tmp_path / "absent-canny")}},
        "critic": {"backends": ["rules", "consistency"], "consistency": {"model": str(models["clip"])}}}))
    result = studio("doctor", "-c", str(config))
    lines = result.stdout.splitlines()
    assert result.returncode != 0 and "Traceback" not in result.stderr
    gpu = next(line for line in lines if line.split()[1] == "gpu")
    assert ("VRAM" if torch.cuda.is_available() else "no CUDA device") in gpu
    assert any(line.startswith("ok") and "diffusers " in line for line in lines)
    model = next(line for line in lines if " keyframes.model " in line)
    assert model.startswith("ok") and str(models["sd"]) in model and "weight file" in model
    encoder = next(line for line in lines if " critic.consistency.model " in line)
    assert encoder.startswith("ok") and str(models["clip"]) in encoder
    canny = next(line for line in lines if " keyframes.controlnet.canny " in line)
    assert canny.startswith("FAIL") and "absent-canny" in canny


def test_ip_adapter_holds_a_character_to_their_reference_in_their_region(models, tmp_path):
    adapter = tiny_models.ip_adapter(tmp_path / "ip", models["sd"])
    reference = tmp_path / "anna.png"
    Image.fromarray(np.random.default_rng(0).integers(0, 256, (96, 64, 3), dtype=np.uint8)).save(reference)
    config = {"mode": "txt2img", "ip_adapter": {"model": str(adapter), "weight_name": "ip-adapter.safetensors",
                                                "image_encoder": str(models["clip"]), "scale": 1.0}}
    plain = shot()
    held = plain.model_copy(update={"characters": {**plain.characters, "anna": plain.characters["anna"].model_copy(
        update={"reference_image": str(reference)})}})
    meta, with_reference = paint(models, tmp_path, held, "held", **config)
    bare_meta, without = paint(models, tmp_path, plain, "bare", **config)
    assert "ip-adapter: 1 character reference(s), masked" in meta["notes"]
    assert not any("ip-adapter" in note for note in bare_meta["notes"])
    # The reference steers Anna's pixels (her mask region) far more than the rest of the frame.
    anna = np.asarray(Image.open(tmp_path / "held" / "mask.png")) == 1
    difference = np.abs(with_reference - without).mean(axis=-1)
    assert anna.any() and difference[anna].mean() > 3 * difference[~anna].mean() > 0


def test_painted_keyframes_route_to_the_gpu_queue_and_previz_stays_on_the_cpu():
    assert Queue().queue_for("render_keyframe", ["diffusers"]) == "gpu"
    assert Queue().queue_for("render_keyframe", ["previz"]) == "cpu"


@needs_redis
def test_on_a_farm_a_gpu_worker_loads_the_model_at_start_and_paints_keyframes_in_batches(farm, models):
    env = {**farm.env, "STUDIO_KEYFRAMES__BACKEND": "diffusers", "STUDIO_KEYFRAMES__MODEL": str(models["sd"]),
           "STUDIO_KEYFRAMES__CONTROLNET": str(models["cn"]), "STUDIO_KEYFRAMES__STEPS": "2",
           "STUDIO_KEYFRAMES__BATCH": "2", "STUDIO_CRITIC__BUDGET": "1"}
    gpu = farm.start("gpu", 1, env, "--preload", "keyframes")
    farm.start("cpu", 1, env)
    farm.start("film", 2, env)
    result = farm_studio("batch", str(HERE / "data/farm/harbour.md"), "-o", str(farm.root), "--queue", "--wait",
                         "-q", env=env)
    assert result.returncode == 0, result.stderr
    store = farm.store()
    [job] = store.jobs()
    tasks = store.job_tasks(job.id)
    batches = [t for t in tasks if t.name == "render_keyframes"]
    assert batches and not any(t.name == "render_keyframe" for t in tasks)
    assert {t.queue for t in batches} == {"gpu"} and {t.worker for t in batches} == {gpu.name}
    assets = [json.loads(p.read_text()) for p in (Path(job.project_dir) / "cache" / "keyframe").glob("*/asset.json")]
    shots = json.loads((Path(job.project_dir) / "project.json").read_text())["shots"]
    assert len(assets) == len(shots) and all(a["meta"]["painter"] == "diffusers" for a in assets)
    assert max(a["meta"]["batch"] for a in assets) == 2 and len(batches) == (len(shots) + 1) // 2
    assert (Path(job.project_dir) / "film.mp4").stat().st_size > 0


def test_in_a_batch_a_bad_shot_fails_alone_and_a_done_shot_is_not_painted_again(tmp_path):
    section = {"backend": "tests.faulty_backends:BatchWithATruncatedShot", "bad": "bad"}
    names = ((1, "done"), (2, "bad"), (3, "ok"))
    requests = [shot(seed=seed).model_copy(update={"shot": name}) for seed, name in names]
    items = [{"key": f"k{n}", "request": r.model_dump(mode="json"), "target": r.shot} for n, r in enumerate(requests)]
    first = tasks.render_keyframes({"project_dir": str(tmp_path), "section": section, "items": items[:1]})
    assert first["results"][0]["cached"] is False
    results = tasks.render_keyframes({"project_dir": str(tmp_path), "section": section, "items": items})["results"]
    assert results[0]["cached"] is True and results[0]["asset"] == first["results"][0]["asset"]
    assert "error" in results[1] and "rgb.png" in results[1]["error"]
    assert results[2]["cached"] is False and (tmp_path / results[2]["asset"]["files"]["rgb"]).is_file()
    assert tasks.backend("keyframes", section).batches == [1, 2]  # the done shot was not painted again
    assert not (tmp_path / "cache" / "keyframe" / "k1").exists()  # nothing half-made is published
