"""A film's shot layouts go through the same checker as ``studio layout``: the rule critic
measures each relation on the take's mask and depth, a failed one asks the Layout agent to
place the thing again, and ``shots/<id>/layout.json`` reports what was measured. The blocking
gives place phrases to the thing a person puts down, and seats people who sit."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from crews.artist import Artist
from crews.critic_rules import RuleCritic
from crews.layout import LayoutAgent
from crews.spatial import camera as cam
from crews.spatial.check import check
from renderers.previz import PrevizRenderer
from studio.config import load_settings
from studio.events import EventBus
from studio.models import (
    Asset,
    Beat,
    Camera,
    Character,
    Layout,
    LayoutObject,
    Location,
    Look,
    Relation,
    RenderRequest,
    Scene,
    Shot,
    Take,
    Treatment,
    Voice,
)
from studio.pipeline import Pipeline, layout_view, route_fixes
from studio.store import cache_key

WIDE = Camera(position=(0.0, 1.8, 5.0), target=(0.0, 0.6, -1.0), fov_deg=50.0)
LOOK = Look(description="", skin=(200, 160, 130), hair=(40, 30, 20), top=(30, 90, 160), bottom=(50, 50, 60))


def prop(id: int, category: str, x: float, z: float, size, y: float = 0.0) -> LayoutObject:
    return LayoutObject(id=id, name=category, kind="prop", category=category, position=(x, y, z), size=size)


CHAIR = (0.45, 0.9, 0.45)
TABLE = (1.2, 0.75, 0.8)


def shot_request(objects, relations, camera=WIDE) -> RenderRequest:
    layout = Layout(location="kitchen", interior=True, objects=objects, relations=relations)
    return RenderRequest(shot="sc01-sh01", backend="previz", prompt="", seed=2, width=384, height=216,
                         camera=camera, layout=layout, characters={"ivo": LOOK})


@pytest.fixture(scope="module")
def renderer() -> PrevizRenderer:
    return PrevizRenderer(supersample=1)


def take_of(renderer, folder: Path, request: RenderRequest) -> Asset:
    folder.mkdir(parents=True, exist_ok=True)
    meta = renderer.render(request, folder)
    return Asset(key=folder.name, kind="keyframe", files={"rgb": f"{folder.name}/rgb.png",
                 "depth": f"{folder.name}/depth.png", "mask": f"{folder.name}/mask.png"}, meta=meta)


def test_a_failed_relation_fails_the_take_and_the_relayout_makes_it_hold(renderer, tmp_path):
    # The chair should stand left of the table; this plan has it on the right.
    request = shot_request([prop(1, "chair", 1.4, -1.0, CHAIR), prop(2, "table", 0.0, -1.0, TABLE)],
                           [Relation(kind="left_of", subject=1, object=2)])
    critic = RuleCritic()
    first = critic.run(request, take_of(renderer, tmp_path / "a", request), tmp_path)
    assert not first.passed
    (relation,) = first.relations
    assert relation.holds is False and relation.measured is True and first.checks["relation:0"] is False
    assert [(f.kind, f.target, f.value) for f in first.fixes] == [("layout_change", "1", "left_of:2")]

    revised = LayoutAgent().adjust(request, first.fixes)
    chair = next(o for o in revised.layout.objects if o.id == 1)
    assert chair.position[0] < 0.0
    second = critic.run(revised, take_of(renderer, tmp_path / "b", revised), tmp_path)
    assert second.passed and second.relations[0].holds is True and second.relations[0].measured is True
    mask = np.asarray(Image.open(tmp_path / "b" / "mask.png"))
    xs_chair, xs_table = np.nonzero(mask == 1)[1], np.nonzero(mask == 2)[1]
    assert xs_chair.mean() < xs_table.mean()


def test_a_relation_the_plan_could_not_meet_is_reported_false_without_failing_the_take(renderer, tmp_path):
    why = "impossible: the dog (0.78 m tall) does not fit under the table; placed at its foot"
    request = shot_request([prop(1, "table", 0.0, -1.0, TABLE), prop(2, "dog", 0.0, 0.6, (0.28, 0.78, 1.08))],
                           [Relation(kind="under", subject=2, object=1, detail=why)])
    critique = RuleCritic().run(request, take_of(renderer, tmp_path / "a", request), tmp_path)
    (relation,) = critique.relations
    assert critique.passed and not critique.fixes
    assert relation.holds is False and relation.measured is True and relation.detail.startswith(why)


def test_layout_json_reports_measured_relations_of_the_chosen_take(renderer, tmp_path):
    request = shot_request([prop(1, "chair", -1.0, -1.0, CHAIR), prop(2, "table", 0.5, -1.0, TABLE)],
                           [Relation(kind="left_of", subject=1, object=2), Relation(kind="facing", subject=1),
                            Relation(kind="hovering", subject=2)])
    asset = take_of(renderer, tmp_path / "a", request)
    critique = RuleCritic().run(request, asset, tmp_path)
    shot = Shot(id="sc01-sh01", scene="sc01", index=0, type="wide", beats=[], subjects=[], camera=WIDE,
                layout=request.layout, description="")
    view = layout_view(shot, Take(attempt=0, asset=asset, critiques=[critique], request=request))
    left, facing, unknown = view["relations"]
    assert (left["holds"], left["measured"]) == (True, True)
    assert (facing["holds"], facing["measured"]) == (True, True)  # a chair faces the camera at yaw 0
    assert (unknown["holds"], unknown["measured"]) == (None, False) and "not measured" in unknown["detail"]
    unjudged = layout_view(shot, Take(attempt=0, asset=asset, critiques=[], request=request))
    assert all(r["holds"] is None and r["measured"] is False for r in unjudged["relations"])


def scene_of(*lines: str) -> tuple[Scene, Treatment]:
    voice = Voice()
    characters = [Character(id="ivo", name="Ivo", look=LOOK, voice=voice),
                  Character(id="lena", name="Lena", look=LOOK.model_copy(update={"height_m": 1.6}), voice=voice)]
    location = Location(id="loc1", name="the workshop", interior=True)
    beats = [Beat(id=f"b{i}", kind="action", text=text) for i, text in enumerate(lines)]
    scene = Scene(id="sc01", heading="INT. WORKSHOP", location="loc1", characters=["ivo", "lena"], beats=beats)
    treatment = Treatment(title="t", logline="", characters=characters, locations=[location],
                          scene_locations=["loc1"], narrator=voice)
    return scene, treatment


def test_a_place_phrase_belongs_to_the_thing_a_person_puts_down():
    scene, treatment = scene_of("Lena put a candle on the table, next to a red mug.")
    stage = LayoutAgent().block(scene, treatment)
    named = {o.id: o.name.lower() for o in stage.objects}
    pairs = {(named[r.subject], r.kind, named[r.object]) for r in stage.relations}
    assert not any(subject == "lena" for subject, _, _ in pairs), pairs
    assert ("candle", "on_top_of", "table") in pairs
    lena = next(o for o in stage.objects if o.name == "Lena")
    assert lena.position[1] == 0.0
    # Two things put on one top stand side by side on it, not inside each other.
    candle, mug, table = (next(o for o in stage.objects if o.category == c) for c in ("candle", "mug", "table"))
    for thing in (candle, mug):
        assert thing.position[1] == pytest.approx(table.size[1])
        assert abs(thing.position[0] - table.position[0]) <= table.size[0] / 2
    assert abs(candle.position[0] - mug.position[0]) >= (candle.size[0] + mug.size[0]) / 2


def test_a_person_who_sits_is_seated_on_the_seat_and_the_render_shows_it(renderer, tmp_path):
    scene, treatment = scene_of("Ivo sat on the bench by the door and waited.")
    stage = LayoutAgent().block(scene, treatment)
    ivo = next(o for o in stage.objects if o.name == "Ivo")
    bench = next(o for o in stage.objects if o.category == "bench")
    assert ivo.pose == "seated" and ivo.size[1] < 0.85 * 1.72
    (seated,) = [r for r in stage.relations if r.kind == "seated_on"]
    assert (seated.subject, seated.object) == (ivo.id, bench.id)
    camera = Camera(position=(bench.position[0], 1.5, bench.position[2] + 4.0),
                    target=(bench.position[0], 0.6, bench.position[2]), fov_deg=45.0)
    request = shot_request([ivo, bench], [seated], camera).model_copy(update={"characters": {"ivo": LOOK}})
    meta = renderer.render(request, tmp_path)
    mask, depth = np.asarray(Image.open(tmp_path / "mask.png")), np.asarray(Image.open(tmp_path / "depth.png"))
    (result,) = check(request.layout, camera, mask, depth, meta)
    assert result.holds is True and result.measured is True, result.detail
    # The figure's pixels reach no higher than a seated body: its top row is below a standing one's.
    standing = request.model_copy(update={"layout": request.layout.model_copy(update={"objects": [
        ivo.model_copy(update={"pose": "standing", "size": (ivo.size[0], 1.72, 0.3)}), bench]})})
    renderer.render(standing, tmp_path / "standing")
    tall = np.asarray(Image.open(tmp_path / "standing" / "mask.png"))
    assert np.nonzero(mask == ivo.id)[0].min() > np.nonzero(tall == ivo.id)[0].min()


def test_shot_cameras_stay_out_of_props_and_above_the_ground():
    scene, treatment = scene_of("A wardrobe stood in the corner.", "Ivo opened the wardrobe.")
    agent = LayoutAgent()
    shots = agent.run(type("Script", (), {"scenes": [scene]})(), treatment)
    for shot in shots:
        assert shot.camera.position[1] >= cam.MIN_EYE
        for o in shot.layout.objects:
            if o.character not in shot.subjects:
                assert not cam.inside(shot.camera.position, o.position, o.size, o.yaw_deg), (shot.id, o.name)


def test_the_critic_loop_lays_out_again_a_shot_whose_relation_fails(tmp_path):
    request = shot_request([prop(1, "chair", 1.4, -1.0, CHAIR), prop(2, "table", 0.0, -1.0, TABLE)],
                           [Relation(kind="left_of", subject=1, object=2)])
    pipeline = Pipeline(load_settings(), tmp_path, EventBus())
    takes = pipeline.produce("keyframes", "render_keyframe", {"sc01-sh01": request},
                             lambda r: cache_key("keyframe", 1, r.model_dump(exclude={"shot"})),
                             route_fixes(Artist(), LayoutAgent()), {"backend": "previz"})["sc01-sh01"]
    first, chosen = takes.takes[0], takes.best
    assert not first.passed and first.critiques[0].relations[0].holds is False
    assert chosen.passed and chosen.attempt == 1
    assert [(f.kind, f.value) for f in chosen.request.feedback] == [("layout_change", "left_of:2")]
    assert chosen.critiques[0].relations[0].holds is True and chosen.critiques[0].relations[0].measured is True


def test_a_take_shot_from_under_the_floor_or_inside_a_prop_fails_with_a_camera_fix(renderer, tmp_path):
    objects = [prop(1, "chair", -1.0, -1.0, CHAIR), prop(2, "wardrobe", 1.5, 1.0, (1.28, 2.0, 0.665))]
    critic = RuleCritic()
    under = shot_request(objects, [], Camera(position=(0.0, -0.6, 5.0), target=(0.0, 0.6, -1.0), fov_deg=50.0))
    critique = critic.run(under, take_of(renderer, tmp_path / "under", under), tmp_path)
    assert not critique.passed and critique.checks["camera_above_ground"] is False
    assert ("camera_change", "raise") in [(f.kind, f.value) for f in critique.fixes]
    closet = shot_request(objects, [], Camera(position=(1.5, 1.2, 1.0), target=(0.0, 0.6, -1.0), fov_deg=50.0))
    critique = critic.run(closet, take_of(renderer, tmp_path / "closet", closet), tmp_path)
    assert not critique.passed and critique.checks["camera_inside_nothing"] is False
    assert ("camera_change", "pull_back") in [(f.kind, f.value) for f in critique.fixes]
    fine = shot_request(objects, [])
    critique = critic.run(fine, take_of(renderer, tmp_path / "fine", fine), tmp_path)
    assert critique.passed and critique.checks["camera_above_ground"] and critique.checks["camera_inside_nothing"]


def test_where_a_seated_person_is_said_to_be_moves_their_seat_and_keeps_their_size():
    scene, treatment = scene_of("Ivo sat on the bench near the door.", "Ivo sat on the bench.")
    stage = LayoutAgent().block(scene, treatment)
    ivo = next(o for o in stage.objects if o.name == "Ivo")
    bench = next(o for o in stage.objects if o.category == "bench")
    door = next(o for o in stage.objects if o.category == "door")
    assert ivo.pose == "seated" and ivo.size[1] == pytest.approx(1.72 * 0.78, abs=0.01)
    assert abs(ivo.position[0] - bench.position[0]) < 0.01
    assert abs(bench.position[0] - door.position[0]) < (bench.size[0] + door.size[0]) / 2 + 0.5


def test_props_an_actor_hides_in_a_close_up_are_not_measured_and_do_not_fail_the_take(renderer, tmp_path):
    ivo = LayoutObject(id=1, name="Ivo", kind="character", category="person", character="ivo",
                       position=(0.0, 0.0, 0.0), size=(0.5, 1.72, 0.3))
    lantern = prop(2, "lantern", 0.0, -0.5, (0.18, 0.4, 0.175), y=1.0)
    request = shot_request([ivo, lantern, prop(3, "shelf", 0.0, -0.5, (1.0, 1.0, 0.35))],
                           [Relation(kind="on_top_of", subject=2, object=3), Relation(kind="visible", subject=1)],
                           Camera(position=(0.0, 1.25, 2.5), target=(0.0, 1.2, -1.0), fov_deg=40.0))
    asset = take_of(renderer, tmp_path / "a", request)
    assert asset.meta["pixels"]["2"] < 72 <= asset.meta["solo_pixels"]["2"]
    critique = RuleCritic().run(request, asset, tmp_path)
    on_top, visible = critique.relations
    assert (on_top.holds, on_top.measured) == (None, False) and "hidden behind Ivo" in on_top.detail
    assert critique.passed and visible.holds is True
