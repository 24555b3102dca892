"""The offline crews: Director, Screenwriter, Layout agent, Artist, Editor, on hand-built sources."""

from __future__ import annotations

from crews.artist import Artist
from crews.director import Director, design_look, parse_location
from crews.editor import Editor
from crews.layout import LayoutAgent, shot_list
from crews.nouns import find_nouns, singular
from crews.screenwriter import Screenwriter, split_sentences
from studio.models import (
    Asset,
    Fix,
    Project,
    Source,
    SourceElement,
    SourceScene,
    Take,
    Takes,
)
from studio.pipeline import route_fixes


def element(kind, text, speaker=None, extension=None):
    return SourceElement(kind=kind, text=text, speaker=speaker, extension=extension)


def source() -> Source:
    return Source(
        title="Test", format="prose", path="test.md", characters=["Amara", "Kofi", "Lena"],
        scenes=[
            SourceScene(heading="The lighthouse at night", elements=[
                element("narration", "Amara climbed the stairs with a lantern. A cup stood on the table."),
                element("dialogue", "Who is there?", "Amara"),
                element("dialogue", "Only me. I brought bread.", "Kofi"),
                element("dialogue", "Come up, then.", "Amara"),
            ]),
            SourceScene(heading="INT. KITCHEN - DAY", elements=[
                element("action", "Lena sets a bowl on the table."),
                element("dialogue", "Breakfast is ready!", "Lena", "O.S."),
                element("transition", "CUT TO:"),
            ]),
            SourceScene(heading="EXT. HARBOUR - DAWN", elements=[
                element("dialogue", "Look at the boat.", "Kofi"),
            ]),
        ],
    )


def plan():
    src = source()
    treatment = Director().run(src)
    script = Screenwriter().run(src, treatment)
    shots = LayoutAgent().run(script, treatment)
    return src, treatment, script, shots


def test_director_gives_every_speaker_a_distinct_voice_and_the_narrator_another():
    _, treatment, _, _ = plan()
    voices = {(c.voice.rate, c.voice.pitch_semitones) for c in treatment.characters}
    assert len(voices) == len(treatment.characters)
    assert (treatment.narrator.rate, treatment.narrator.pitch_semitones) not in voices


def test_names_in_any_script_keep_their_letters_in_ids():
    names = ["Łucja", "Анна", "Иван", "Zoë Ångström", "李白"]
    src = Source(title="Names", format="prose", path="names.md", characters=names, scenes=[
        SourceScene(heading="EXT. SQUARE - DAY", elements=[
            element("dialogue", f"I am {name}.", name) for name in names
        ]),
    ])
    treatment = Director().run(src)
    assert [c.id for c in treatment.characters] == ["lucja", "anna", "ivan", "zoe-angstrom", "libai"]
    assert [c.name for c in treatment.characters] == names


def test_a_character_looks_the_same_in_every_film():
    assert design_look("Amara") == design_look("Amara")
    assert design_look("AMARA") == design_look("Amara")  # screenplay capitals are the same person
    assert design_look("Amara") != design_look("Kofi")


def test_director_reads_interior_exterior_and_time_from_headings():
    assert parse_location("INT. KITCHEN - NIGHT", 0) == ("Kitchen", True, "night")
    assert parse_location("EXT. HARBOUR – DAWN", 0) == ("Harbour", False, "dawn")
    name, interior, time = parse_location("On the beach that evening", 0)
    assert (interior, time) == (False, "dusk")


def test_cast_file_overrides_look_and_voice():
    cast = {"amara": {"look": {"top": [1, 2, 3]}, "voice": {"rate": 1.3}, "reference_image": "ref.png"}}
    treatment = Director().run(source(), cast)
    amara = treatment.character("amara")
    assert amara.look.top == (1, 2, 3)
    assert amara.look.reference_image == "ref.png"
    assert amara.voice.rate == 1.3
    assert treatment.character("kofi").look == design_look("Kofi")


def test_screenwriter_keeps_every_word_and_voices_dialogue_not_screenplay_action():
    _, _, script, _ = plan()
    beats = [b for s in script.scenes for b in s.beats]
    assert [b.kind for b in beats[:4]] == ["narration", "dialogue", "dialogue", "dialogue"]
    assert beats[1].speaker == "amara" and beats[2].speaker == "kofi"
    action = next(b for b in beats if b.kind == "action")
    assert not action.voiced
    off_screen = next(b for b in beats if b.speaker == "lena")
    assert off_screen.voiced and off_screen.extension == "O.S."


def test_a_cut_to_transition_makes_the_next_scene_cut_in():
    _, _, script, _ = plan()
    assert [s.transition_in for s in script.scenes] == ["cut", "crossfade", "cut"]


def test_long_narration_is_split_at_sentence_ends():
    text = "One two three four five. Six seven eight nine ten. Eleven twelve thirteen."
    assert split_sentences(text, 10) == ["One two three four five. Six seven eight nine ten.", "Eleven twelve thirteen."]


def test_every_scene_opens_with_an_establishing_shot_and_speakers_are_framed():
    _, _, script, shots = plan()
    for scene in script.scenes:
        first = next(s for s in shots if s.scene == scene.id)
        assert first.type == "establishing"
    dialogue_shots = [s for s in shots if s.beats and script.beat(s.beats[0]).kind == "dialogue"]
    for shot in dialogue_shots:
        beat = script.beat(shot.beats[0])
        if beat.extension != "O.S.":
            assert shot.subjects == [beat.speaker]
    assert [s.index for s in shots] == list(range(len(shots)))


def test_every_beat_is_covered_by_exactly_one_shot_in_order():
    _, _, script, shots = plan()
    covered = [b for s in shots for b in s.beats]
    assert covered == [b.id for s in script.scenes for b in s.beats]


def test_off_screen_speaker_is_not_a_subject_of_their_shot():
    _, _, script, shots = plan()
    shot = next(s for s in shots if any(script.beat(b).speaker == "lena" for b in s.beats))
    assert "lena" not in shot.subjects


def test_characters_keep_their_place_on_the_set_across_a_scene():
    _, _, _, shots = plan()
    scene_shots = [s for s in shots if s.scene == "sc01"]
    positions = [{o.name: o.position for o in s.layout.objects} for s in scene_shots]
    assert all(p == positions[0] for p in positions)


def test_props_named_in_a_scene_are_on_its_set_and_the_cup_stands_on_the_table():
    _, _, _, shots = plan()
    objects = {o.name: o for o in shots[0].layout.objects}
    assert {"lantern", "cup", "table"} <= set(objects)
    cup, table = objects["cup"], objects["table"]
    assert abs(cup.position[1] - table.size[1]) < 1e-6
    assert abs(cup.position[0] - table.position[0]) < table.size[0] / 2


def test_nouns_are_found_in_singular_with_counts_and_irregular_plurals():
    found = {m.word: m.count for m in find_nouns("Three apples and two mice sat near the sheep.")}
    assert found == {"apple": 3, "mouse": 2, "sheep": 1}
    assert singular("knives") == "knife" and singular("boxes") == "box" and singular("cherries") == "cherry"


def test_typed_fixes_reach_the_agent_that_owns_them():
    _, treatment, _, shots = plan()
    request = Artist().run(shots[1], treatment)
    revise = route_fixes(Artist(), LayoutAgent())
    fixes = [Fix(kind="camera_change", target="camera", value="pull_back"),
             Fix(kind="prompt_edit", target="prompt", value="lantern light on the faces")]
    revised = revise(request, fixes)
    assert revised.seed != request.seed and revised.prompt.endswith(", lantern light on the faces")
    before = sum((a - b) ** 2 for a, b in zip(request.camera.position, request.camera.target))
    after = sum((a - b) ** 2 for a, b in zip(revised.camera.position, revised.camera.target))
    assert after > before  # the Layout agent pulled the camera back
    prop = next(o for o in request.layout.objects if o.kind == "prop")
    moved = revise(request, [Fix(kind="layout_change", target=str(prop.id), value="move_back")])
    new = next(o for o in moved.layout.objects if o.id == prop.id)
    assert new.position[2] < prop.position[2] and moved.camera == request.camera


def test_editor_times_shots_and_cues_from_measured_speech():
    src, treatment, script, shots = plan()
    project = Project(title="t", source=src, treatment=treatment, script=script, shots=shots)
    durations = {}
    for scene in script.scenes:
        for i, beat in enumerate(scene.beats):
            if beat.voiced:
                durations[beat.id] = 1.0 + i * 0.5
                asset = Asset(key=beat.id, kind="speech", files={"audio": f"{beat.id}.wav"},
                              meta={"duration_s": durations[beat.id]})
                project.speech[beat.id] = Takes(target=beat.id, takes=[Take(attempt=0, asset=asset, critiques=[])], chosen=0)
    for shot in shots:
        asset = Asset(key=shot.id, kind="keyframe", files={"rgb": f"{shot.id}.png"})
        project.keyframes[shot.id] = Takes(target=shot.id, takes=[Take(attempt=0, asset=asset, critiques=[])], chosen=0)
    timeline = Editor().run(project)
    assert [c.line for c in timeline.cues] == list(durations)
    for cue in timeline.cues:
        assert abs((cue.end - cue.start) - durations[cue.line]) <= 1 / timeline.fps
    for earlier, later in zip(timeline.cues, timeline.cues[1:]):
        assert earlier.end <= later.start
    for shot in timeline.shots:  # every line plays inside its shot
        for audio in timeline.audio:
            owner = next(s for s in shots if audio.line in s.beats)
            if owner.id == shot.shot:
                assert shot.start <= audio.start and audio.start + audio.duration <= shot.start + shot.duration
    last = timeline.shots[-1]
    assert abs(timeline.duration - (last.start + last.duration)) < 1e-3


def test_shot_list_merges_a_speakers_consecutive_lines_into_one_shot():
    src = source()
    src.scenes[0].elements.insert(2, element("dialogue", "Answer me!", "Amara"))
    treatment = Director().run(src)
    script = Screenwriter().run(src, treatment)
    specs = shot_list(script.scenes[0])
    speaker_turns = [[b.speaker for b in s.beats] for s in specs[1:]]
    assert ["amara", "amara"] in speaker_turns


def test_spatial_phrases_about_people_move_them_on_the_set():
    src = source()
    src.scenes[0].elements.append(element("narration", "Kofi stood to the left of Amara. Amara waited behind the table."))
    treatment = Director().run(src)
    script = Screenwriter().run(src, treatment)
    objects = {o.name: o for o in LayoutAgent().run(script, treatment)[0].layout.objects}
    assert objects["Kofi"].position[0] < objects["Amara"].position[0]  # Amara came first in the text
    assert objects["Amara"].position[2] < objects["table"].position[2]  # behind: further from the camera
