"""Casting: the narrator and every speaking character get distinct voices from the backend's catalogue."""

from __future__ import annotations

from crews.casting import VOICE_PROFILES, cast_voices
from crews.director import Director
from studio.models import Source, Voice


def story(speakers: list[str], silent: list[str] = ()) -> Source:
    lines = [{"kind": "dialogue", "speaker": name, "text": f"I am {name}."} for name in speakers]
    return Source(title="t", format="prose", path="t.md", characters=[*speakers, *silent],
                  scenes=[{"heading": "Pier", "elements": [{"kind": "narration", "text": "Fog."}, *lines]}])


def sound(voice: Voice) -> tuple:
    return voice.voice, voice.speaker_id, voice.reference_audio, voice.rate, voice.pitch_semitones


def test_the_narrator_takes_the_first_voice_and_speakers_the_next_in_order_of_appearance():
    catalogue = [Voice(backend="coqui", voice=name) for name in ("p1", "p2", "p3")]
    treatment = Director(voices=catalogue).run(story(["Ada", "Ben"], silent=["Cat"]))
    assert treatment.narrator.voice == "p1" and treatment.narrator.rate == 0.95  # the Director's reading pace
    assert [c.voice.voice for c in treatment.characters] == ["p2", "p3", "p1"]  # Cat never speaks
    assert all((c.voice.rate, c.voice.pitch_semitones) == (1.0, 0.0) for c in treatment.characters)


def test_more_speakers_than_voices_combine_voices_with_profiles_and_stay_distinct():
    catalogue = [Voice(backend="coqui", voice=name) for name in ("p1", "p2")]
    names = [f"Person{n}" for n in range(30)]
    treatment = Director(voices=catalogue).run(story(names))
    sounds = [sound(c.voice) for c in treatment.characters] + [sound(treatment.narrator)]
    assert len(set(sounds)) == len(sounds)
    assert sound(treatment.characters[1].voice) == ("p1", None, None, *VOICE_PROFILES[0])  # after the plain ones


def test_one_voice_is_varied_by_the_profiles_as_piper_films_always_were():
    treatment = Director().run(story(["Ada", "Ben", "Cy"]))
    assert [(c.voice.rate, c.voice.pitch_semitones) for c in treatment.characters] == VOICE_PROFILES[:3]
    assert all(c.voice == Voice(rate=c.voice.rate, pitch_semitones=c.voice.pitch_semitones)
               for c in treatment.characters)
    assert treatment.narrator == Voice(rate=0.95)


def test_a_cast_file_has_the_last_word_over_the_catalogue():
    catalogue = [Voice(backend="coqui", voice=name) for name in ("p1", "p2", "p3")]
    cast = {"ben": {"voice": {"voice": "p9", "pitch_semitones": 2.0}}}
    treatment = Director(voices=catalogue).run(story(["Ada", "Ben"]), cast)
    ben = treatment.character("ben").voice
    assert (ben.voice, ben.pitch_semitones, ben.backend) == ("p9", 2.0, "coqui")
    assert treatment.character("ada").voice.voice == "p2"


def test_casting_keeps_what_the_director_wrote_about_a_voice():
    treatment = Director().run(story(["Ada"]))
    described = treatment.model_copy(update={"characters": [
        treatment.characters[0].model_copy(update={"voice": Voice(description="husky")})]})
    recast = cast_voices(described, [Voice(backend="coqui", voice="p1"), Voice(backend="coqui", voice="p2")])
    assert recast.characters[0].voice.description == "husky" and recast.characters[0].voice.voice == "p2"
