"""Casting voices: every speaking character a voice of their own, from what the voices backend offers.

The catalogue is the backend's list of distinct voices (a multi-speaker model's speakers, a folder of
reference recordings, or Piper's one voice). The narrator takes the first entry, speakers the next
ones in order of first appearance; when the catalogue runs out, its entries come round again with
a rate and pitch profile each, so no two speakers ever sound alike. With a one-voice catalogue that
is the profiles alone: the voices Piper films have always had.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from itertools import count

from studio.models import Treatment, Voice

# (rate, pitch in semitones): far enough apart to tell speakers apart by ear; a catalogue voice as
# it comes (rate 1, pitch 0) is not among them, so a profiled voice never equals a plain one.
VOICE_PROFILES = [(1.0, -3.0), (1.04, 3.5), (0.93, -6.0), (1.08, 5.5), (0.97, 1.8), (1.02, -1.6)]
ROUND_PITCH = 0.8  # semitones added each time the profiles come round again


def voices(catalogue: Sequence[Voice]) -> Iterator[Voice]:
    """Distinct voices, best first: each catalogue entry as it is, then each with each profile
    (every entry with the first profile before any takes the second), then round again, higher."""
    plain = [entry.model_copy(update={"rate": 1.0, "pitch_semitones": 0.0}) for entry in catalogue]
    yield from plain
    for turn in count():
        for rate, pitch in VOICE_PROFILES:
            for entry in plain:
                yield entry.model_copy(update={"rate": rate, "pitch_semitones": round(pitch + ROUND_PITCH * turn, 2)})


def cast_voices(treatment: Treatment, catalogue: Sequence[Voice]) -> Treatment:
    """The treatment with the narrator and each speaking character given a distinct catalogue voice.

    The narrator keeps its rate and pitch (the Director's choice for reading prose); characters who
    never speak get the first voice. A cast file is applied after this and has the last word."""
    if not catalogue:
        raise ValueError("a voices backend offered no voices to cast")
    offered = voices(catalogue)
    first = next(offered)
    narrator = first.model_copy(update={"rate": treatment.narrator.rate,
                                        "pitch_semitones": treatment.narrator.pitch_semitones,
                                        "description": treatment.narrator.description})
    characters = []
    for character in treatment.characters:
        voice = next(offered) if character.speaks else first
        voice = voice.model_copy(update={"description": character.voice.description})
        characters.append(character.model_copy(update={"voice": voice}))
    return treatment.model_copy(update={"narrator": narrator, "characters": characters})
