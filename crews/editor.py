"""The Editor: a timeline from the measured speech. Audio first, pictures follow.

A shot lasts as long as the lines it carries (plus padding), never the other way round, and each
subtitle cue takes its times from the same measured line. A shot with no spoken line holds for a
time estimated from its words (NOTES: about 200 ms a word + 0.5 s for action).
"""

from __future__ import annotations

from typing import Any

from studio.models import Cue, Project, Timeline, TimelineAudio, TimelineShot


class Editor:
    def __init__(self, width: int = 640, height: int = 360, fps: int = 24, crossfade_s: float = 0.5,
                 action_hold_s: float = 1.2, line_gap_s: float = 0.25, shot_pad_s: float = 0.35, **_: Any) -> None:
        self.width, self.height, self.fps = width, height, fps
        self.crossfade_s, self.action_hold_s = crossfade_s, action_hold_s
        self.line_gap_s, self.shot_pad_s = line_gap_s, shot_pad_s

    def run(self, project: Project) -> Timeline:
        assert project.script is not None and project.treatment is not None
        names = {c.id: c.name for c in project.treatment.characters}
        shots: list[TimelineShot] = []
        audio: list[TimelineAudio] = []
        cues: list[Cue] = []
        clock = 0.0  # where the next shot starts
        frame = self.frame
        for shot in project.shots:
            fade = frame(self.crossfade_s) if shot.transition_in == "crossfade" and shots else 0.0
            start = max(clock - fade, 0.0)
            cursor = start + fade + self.shot_pad_s  # lines begin once the picture is fully in
            silent_words = 0
            for beat_id in shot.beats:
                beat = project.script.beat(beat_id)
                takes = project.speech.get(beat_id)
                if not beat.voiced or takes is None:
                    silent_words += len(beat.text.split())
                    continue
                duration = float(takes.best.asset.meta["duration_s"])
                cursor = frame(cursor)
                audio.append(TimelineAudio(line=beat_id, path=takes.best.asset.files["audio"],
                                           start=cursor, duration=round(duration, 3)))
                cues.append(Cue(line=beat_id, start=cursor, end=frame(cursor + duration),
                                speaker=names.get(beat.speaker) if beat.kind == "dialogue" else None, text=beat.text))
                cursor += duration + self.line_gap_s
            spoken = cursor - self.line_gap_s if audio and audio[-1].line in shot.beats else start + fade
            hold = max(self.action_hold_s, 0.5 + 0.2 * silent_words) if silent_words else self.action_hold_s
            end = max(spoken + self.shot_pad_s, start + fade + hold)
            if silent_words and spoken > start + fade:  # speech and silent action share the shot
                end = max(end, spoken + self.shot_pad_s + min(0.2 * silent_words, 3.0))
            end = frame(end + 0.5 / self.fps)  # round up: the last line is never cut short
            keyframe = project.keyframes[shot.id].best.asset.files["rgb"]
            shots.append(TimelineShot(shot=shot.id, image=keyframe, start=start, duration=frame(end - start),
                                      move=shot.camera.move,
                                      transition_in="crossfade" if fade else "cut", transition_s=fade))
            clock = end
        return Timeline(width=self.width, height=self.height, fps=self.fps, duration=clock,
                        shots=shots, audio=audio, cues=cues)

    def frame(self, seconds: float) -> float:
        """Snap a time to the film's frame grid, so segments of the film shift by whole frames."""
        return round(seconds * self.fps) / self.fps
