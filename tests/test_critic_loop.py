"""The critic loop: a failing keyframe is regenerated with the critic's hints, every take is kept
on record, the best one is chosen, and a take that never passes is reported, not dropped."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import numpy as np
from PIL import Image

from crews.artist import Artist
from crews.layout import LayoutAgent
from studio.config import load_settings
from studio.events import EventBus
from studio.models import (
    Camera,
    Layout,
    LayoutObject,
    Look,
    Relation,
    RenderRequest,
    Shot,
)
from studio.paths import EXAMPLES
from studio.pipeline import Pipeline, layout_view, route_fixes
from studio.store import cache_key

LOOK = Look(description="Ada", skin=(200, 160, 130), hair=(40, 30, 20), top=(30, 90, 160), bottom=(50, 50, 60))


def blocked_request() -> RenderRequest:
    """Ada stands behind a wardrobe, seen straight on: the wardrobe hides her."""
    layout = Layout(location="room", interior=True, objects=[
        LayoutObject(id=1, name="Ada", kind="character", category="person", character="ada",
                     position=(0.0, 0.0, 0.0), size=(0.5, 1.7, 0.3)),
        LayoutObject(id=2, name="wardrobe", kind="prop", category="wardrobe",
                     position=(0.0, 0.0, 0.9), size=(1.2, 2.0, 0.6)),
    ], relations=[Relation(kind="visible", subject=1)])
    camera = Camera(position=(0.0, 1.3, 5.0), target=(0.0, 1.0, 0.0), fov_deg=40)
    return RenderRequest(shot="sh1", backend="previz", prompt="", seed=1, width=320, height=180,
                         camera=camera, layout=layout, characters={"ada": LOOK})


def test_a_hidden_subject_fails_the_critic_and_the_revised_take_passes(tmp_path):
    pipeline = Pipeline(load_settings(), tmp_path, EventBus())
    section = {"backend": "previz"}
    takes = pipeline.produce(
        "keyframes", "render_keyframe", {"sh1": blocked_request()},
        lambda r: cache_key("keyframe", 1, r.model_dump(exclude={"shot"})), route_fixes(Artist(), LayoutAgent()),
        section,
    )["sh1"]
    first, chosen = takes.takes[0], takes.best
    assert not first.passed and any("hidden by wardrobe" in r for r in first.critiques[0].reasons)
    assert chosen.passed and takes.chosen == len(takes.takes) - 1 >= 1
    mask = np.asarray(Image.open(tmp_path / chosen.asset.files["mask"]))
    assert (mask == 1).sum() > (np.asarray(Image.open(tmp_path / first.asset.files["mask"])) == 1).sum()
    for take in takes.takes:  # every attempt is on disk
        assert (tmp_path / take.asset.files["rgb"]).exists()
    wardrobe = {t.attempt: next(o for o in t.request.layout.objects if o.name == "wardrobe") for t in takes.takes}
    assert wardrobe[chosen.attempt].position[2] < wardrobe[0].position[2]  # the Layout agent moved it back
    assert [(f.kind, f.target, f.value) for f in chosen.request.feedback] == [("layout_change", "2", "move_back")]
    shot = Shot(id="sh1", scene="sc01", index=0, type="medium", beats=[], subjects=["ada"],
                camera=blocked_request().camera, layout=blocked_request().layout, description="")
    view = layout_view(shot, chosen)  # shots/<id>/layout.json describes the take, not the first plan
    assert next(o for o in view["objects"] if o["name"] == "wardrobe")["position"] == list(wardrobe[chosen.attempt].position)
    assert [r["holds"] for r in view["relations"]] == [True]


def test_takes_that_never_pass_are_kept_reported_and_the_film_still_made(tmp_path):
    env = {**os.environ, "STUDIO_CRITIC__RULES__MIN_PIXELS": "100000000", "STUDIO_CRITIC__BUDGET": "2"}
    out = tmp_path / "out"
    result = subprocess.run([sys.executable, "-m", "studio.cli", "make", str(EXAMPLES / "the_visit.fountain"),
                             "-o", str(out), "--quiet"], capture_output=True, text=True, env=env, timeout=600)
    assert result.returncode == 0, result.stderr
    project = json.loads((out / "project.json").read_text())
    subject_shots = [s["id"] for s in project["shots"] if s["subjects"]]
    for shot in subject_shots:
        takes = project["keyframes"][shot]
        assert len(takes["takes"]) == 2
        assert not any(all(c["passed"] for c in t["critiques"]) for t in takes["takes"])
    assert {f.split(":")[0] for f in project["failures"]} >= set(subject_shots)
    assert "kept a take that failed the critic" in result.stderr
    assert (out / "film.mp4").stat().st_size > 10_000
