"""The offline Screenwriter: source elements -> scenes of beats with speakers resolved to the cast.

Nothing is invented: the story's words become the script's words. Long narration is split at
sentence ends so that every spoken line makes one readable subtitle.
"""

from __future__ import annotations

import re
from typing import Any

from studio.models import Beat, Scene, Script, Source, Treatment

TITLES = {"mr", "mrs", "ms", "miss", "dr", "doctor", "captain", "capt", "sir", "lady", "lord", "professor",
          "prof", "father", "mother", "aunt", "uncle", "old", "young", "little", "king", "queen", "the"}
SENTENCE_END = re.compile(r"(?<=[.!?…])[\"”’)]?\s+(?=[A-Z0-9\"“‘(])")


def name_patterns(treatment: Treatment) -> list[tuple[str, re.Pattern]]:
    """Character id -> a pattern matching their name, aliases and distinctive name parts."""
    patterns = []
    for character in treatment.characters:
        names = {character.name, *character.aliases}
        for name in list(names):
            for part in re.findall(r"[A-Za-z][\w'’-]+", name):
                if part.lower().strip(".") not in TITLES and len(part) > 2:
                    names.add(part)
        alternatives = sorted((re.escape(n) for n in names if n), key=len, reverse=True)
        # Case-sensitive on purpose: "Rose" the person, not "rose" the flower.
        variants = [a for n in alternatives for a in (n, n.title()) if a]
        patterns.append((character.id, re.compile(r"(?<![\w])(?:" + "|".join(dict.fromkeys(variants)) + r")(?![\w])")))
    return patterns


def mentioned(text: str, patterns: list[tuple[str, re.Pattern]]) -> list[str]:
    hits = [(m.start(), cid) for cid, pattern in patterns if (m := pattern.search(text))]
    return [cid for _, cid in sorted(hits)]


def split_sentences(text: str, max_words: int) -> list[str]:
    sentences = [s.strip() for s in SENTENCE_END.split(text.strip()) if s.strip()]
    lines: list[str] = []
    for sentence in sentences:
        if lines and len(lines[-1].split()) + len(sentence.split()) <= max_words:
            lines[-1] = f"{lines[-1]} {sentence}"
        else:
            lines.append(sentence)
    return lines


class Screenwriter:
    """Source + Treatment -> Script."""

    def __init__(self, narrate_action: bool = False, max_narration_words: int = 30, **_: Any) -> None:
        self.narrate_action = narrate_action
        self.max_words = max_narration_words

    def run(self, source: Source, treatment: Treatment) -> Script:
        ids = {}
        for character in treatment.characters:
            for name in (character.name, *character.aliases):
                ids[name] = character.id
        patterns = name_patterns(treatment)
        scenes: list[Scene] = []
        transition = "crossfade"
        for index, source_scene in enumerate(source.scenes):
            scene_id = f"sc{index + 1:02d}"
            beats: list[Beat] = []
            next_transition = "crossfade"
            note: list[str] = []  # an author's shot note waiting for the first beat made after it

            def add(kind: str, text: str, **fields: Any) -> None:
                beats.append(Beat(id=f"{scene_id}-b{len(beats) + 1:02d}", kind=kind, text=text,
                                  shot=note.pop() if note else None, **fields))

            for element in source_scene.elements:
                if element.shot:
                    note[:] = [element.shot]
                text = element.text.strip()
                if element.kind == "transition":
                    next_transition = "cut" if "CUT" in text.upper() else "crossfade"
                    continue
                if not text:
                    continue
                involved = mentioned(text, patterns)
                if element.kind == "dialogue":
                    speaker = ids.get(element.speaker or "")
                    if speaker is None:  # an unknown voice reads as narration rather than a wrong face
                        add("narration", text, characters=involved)
                        continue
                    # A voice-over speaker is heard, not present: they do not join the scene's cast.
                    heard_only = (element.extension or "").upper().replace(".", "").strip() == "VO"
                    add("dialogue", text, speaker=speaker, extension=element.extension,
                        parenthetical=element.parenthetical,
                        characters=[c for c in [speaker, *involved] if not (heard_only and c == speaker)])
                elif element.kind == "narration":
                    for line in split_sentences(text, self.max_words):
                        add("narration", line, characters=mentioned(line, patterns))
                else:
                    for line in split_sentences(text, self.max_words):
                        add("action", line, voiced=self.narrate_action, characters=mentioned(line, patterns))
            present = list(dict.fromkeys(c for beat in beats for c in beat.characters))
            scenes.append(Scene(
                id=scene_id,
                heading=source_scene.heading or f"Scene {index + 1}",
                location=treatment.scene_locations[index],
                characters=present,
                beats=beats,
                transition_in="cut" if index == 0 else transition,
            ))
            transition = next_transition
        return Script(title=source.title, scenes=scenes)
