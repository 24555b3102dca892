"""The four planning agents on an OpenAI-compatible model, each built on its offline twin.

The offline agent runs first and gives the ids, the colours, the voices and a plan that is valid
by construction; the model then writes what words and judgement are for (looks, loglines,
locations, beats, props, shot breakdowns, prompts), and every answer is checked against what the
offline plan allows before it replaces anything. With ``fallback: offline`` a model that fails
leaves the offline result in place, with a warning in the project log.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from crews.artist import Artist
from crews.director import Director, apply_cast, palette, slug
from crews.layout import MAX_PROPS, LayoutAgent, ShotSpec, Stage
from crews.llm.client import LLMClient
from crews.llm.drafts import (
    ArtistDraft,
    DirectorDraft,
    Draft,
    RelationKind,
    SceneLayoutDraft,
    ScreenwriterDraft,
)
from crews.llm.prompts import quoted, render, version
from crews.nouns import Mention, singular, vocabulary
from crews.screenwriter import Screenwriter, mentioned, name_patterns, split_sentences
from crews.shot_language import ShotNote, parse_note
from studio.ledger import BudgetExceeded, ModelError, Workspace
from studio.models import (
    Beat,
    CameraMove,
    RenderRequest,
    Scene,
    Script,
    Shot,
    ShotAngle,
    ShotType,
    Source,
    Treatment,
)

T = TypeVar("T")
D = TypeVar("D", bound=Draft)


class ModelRole:
    """What the four agents share: a client for their own section, and the fallback rule. Listed
    first among an agent's bases, so that it takes the workspace and hands the section on."""

    role = ""

    def __init__(self, workspace: Workspace | None = None, **section: Any) -> None:
        super().__init__(**section)
        self._connect(section, workspace)

    def _connect(self, section: dict[str, Any], workspace: Workspace | None) -> None:
        if workspace is None:
            raise ModelError(f"{self.role}: a model-backed agent needs a project folder for its ledger and cache")
        self.workspace = workspace
        self.fallback = section.get("fallback") == "offline"
        self.client = LLMClient(self.role, **section)

    def ask(self, contract: type[D], template: str, task: str, data: Any,
            validate: Callable[[D], list[str]] | None = None, what: str = "", **values: Any) -> D:
        return self.client.complete(contract, render(template, **values), quoted(task, data), self.workspace,
                                    validate=validate, what=what)

    def guarded(self, offline: Callable[[], T], model: Callable[[], T]) -> T:
        try:
            return model()
        except BudgetExceeded:
            raise  # out of money is the person's decision to make, not the fallback's
        except ModelError as exc:
            if not self.fallback:
                raise
            self.workspace.fallbacks += 1
            self.workspace.warn(f"{exc}; the offline {self.role} was used instead (fallback: offline)")
            return offline()


def _names(treatment: Treatment) -> dict[str, str]:
    """Any way the story writes a cast member (any case) -> their id."""
    return {name.lower(): c.id for c in treatment.characters for name in (c.name, c.id, *c.aliases)}


# ------------------------------------------------------------------- Director


class LLMDirector(ModelRole, Director):
    role = "director"
    template_version = version("director", DirectorDraft)  # part of the plan's cache key

    def run(self, source: Source, cast: dict[str, dict] | None = None) -> Treatment:
        base = super().run(source, cast)
        return self.guarded(lambda: base, lambda: self._direct(source, base, cast))

    def _direct(self, source: Source, base: Treatment, cast: dict[str, dict] | None) -> Treatment:
        names = _names(base)
        data = {"title": source.title, "cast": [c.name for c in base.characters],
                "scenes": [{"index": i, "heading": scene.heading,
                            "opening": " ".join(e.text for e in scene.elements)[:600]}
                           for i, scene in enumerate(source.scenes)]}
        voices = {voice.backend for voice in self.catalogue}  # the backend the voices were cast from

        def validate(draft: DirectorDraft) -> list[str]:
            problems = []
            scenes = [loc.scene for loc in draft.locations]
            if sorted(scenes) != list(range(len(source.scenes))):
                problems.append(f"locations must give each scene index 0..{len(source.scenes) - 1} exactly once")
            for character in draft.characters:
                if character.name.lower() not in names:
                    problems.append(f"{character.name!r} is not in the cast; use only: {', '.join(data['cast'])}")
                if character.voice_backend and character.voice_backend not in voices:
                    problems.append(f"voice_backend {character.voice_backend!r} is unknown (known: {', '.join(sorted(voices))})")
                if character.reference_image and not (self.workspace.project_dir / character.reference_image).is_file():
                    problems.append(f"reference_image {character.reference_image!r} is not a file in the project")
            return problems

        draft = self.ask(DirectorDraft, "director", "Write the treatment of this story.", data, validate,
                         what="the Director's treatment")
        characters = []
        drafted = {names[c.name.lower()]: c for c in draft.characters}
        for character in base.characters:
            if (d := drafted.get(character.id)) is not None:
                look = character.look.model_copy(update={
                    "description": f"{character.name}: {d.look.strip().rstrip('.')}",
                    **({"hair_style": d.hair_style} if d.hair_style else {}),
                    **({"height_m": d.height_m} if d.height_m else {}),
                    **({"reference_image": d.reference_image} if d.reference_image else {}),
                })
                voice = character.voice.model_copy(update={
                    "description": d.voice.strip(), **({"backend": d.voice_backend} if d.voice_backend else {})})
                character = character.model_copy(update={"look": look, "voice": voice})
            characters.append(apply_cast(character, cast) if cast else character)  # a cast file has the last word
        locations: dict[str, Any] = {}
        scene_locations = []
        for loc in sorted(draft.locations, key=lambda loc: loc.scene):
            location_id = slug(f"{loc.name}-{'int' if loc.interior else 'ext'}-{loc.time_of_day}")
            locations.setdefault(location_id, {
                "id": location_id, "name": loc.name, "interior": loc.interior, "time_of_day": loc.time_of_day,
                "description": loc.description or f"{'interior' if loc.interior else 'exterior'}, {loc.time_of_day}",
                "palette": palette(loc.interior, loc.time_of_day)})
            scene_locations.append(location_id)
        style = base.style.model_copy(update={"prompt": draft.style_prompt}) if draft.style_prompt else base.style
        return Treatment.model_validate({**base.model_dump(), "logline": draft.logline, "style": style.model_dump(),
                                         "characters": [c.model_dump() for c in characters],
                                         "locations": list(locations.values()), "scene_locations": scene_locations})


# --------------------------------------------------------------- Screenwriter


class LLMScreenwriter(ModelRole, Screenwriter):
    role = "screenwriter"
    template_version = version("screenwriter", ScreenwriterDraft)  # part of the plan's cache key

    def run(self, source: Source, treatment: Treatment) -> Script:
        base = super().run(source, treatment)
        return self.guarded(lambda: base, lambda: self._write(source, treatment, base))

    def _write(self, source: Source, treatment: Treatment, base: Script) -> Script:
        names = _names(treatment)
        screenplay = source.format == "fountain"
        # What must survive verbatim: the dialogue the offline writer kept, scene by scene.
        dialogue = [[(b.speaker, b.text) for b in scene.beats if b.kind == "dialogue"] for scene in base.scenes]
        data = {"title": source.title, "cast": [c.name for c in treatment.characters],
                "scenes": [{"index": i, "heading": scene.heading,
                            "elements": [{"kind": e.kind, "speaker": e.speaker, "text": e.text} for e in scene.elements]}
                           for i, scene in enumerate(source.scenes)]}

        def validate(draft: ScreenwriterDraft) -> list[str]:
            problems = []
            if [s.scene for s in draft.scenes] != list(range(len(source.scenes))):
                problems.append(f"scenes must be given in order, one for each index 0..{len(source.scenes) - 1}")
                return problems
            for scene, kept in zip(draft.scenes, dialogue):
                for beat in scene.beats:
                    if beat.kind == "dialogue" and (beat.speaker or "").lower() not in names:
                        problems.append(f"scene {scene.scene}: speaker {beat.speaker!r} is not in the cast")
                if screenplay:
                    written = [(names.get((b.speaker or "").lower()), b.text.strip()) for b in scene.beats
                               if b.kind == "dialogue"]
                    if written != kept:
                        missing = next((f"{who}: {text!r}" for who, text in kept if (who, text) not in written), None)
                        problems.append(f"scene {scene.scene}: the screenplay's dialogue must stay exactly as written "
                                        f"and in order" + (f" (missing or changed: {missing})" if missing else ""))
            return problems

        task = "Write the beats of every scene of this " + ("screenplay." if screenplay else "story.")
        draft = self.ask(ScreenwriterDraft, "screenwriter", task, data, validate, what="the Screenwriter's script",
                         screenplay=screenplay)
        patterns = name_patterns(treatment)
        scenes = []
        for scene, written in zip(base.scenes, draft.scenes):
            originals = iter(b for b in scene.beats if b.kind == "dialogue")
            beats: list[Beat] = []

            def add(kind: str, text: str, **fields: Any) -> None:
                beats.append(Beat(id=f"{scene.id}-b{len(beats) + 1:02d}", kind=kind, text=text, **fields))

            for beat in written.beats:
                text = beat.text.strip()
                if beat.kind == "dialogue":
                    original = next(originals, None) if screenplay else None
                    speaker = names[(beat.speaker or "").lower()]
                    add("dialogue", text, speaker=speaker,
                        extension=original.extension if original else None,
                        parenthetical=original.parenthetical if original else None,
                        characters=list(dict.fromkeys([speaker, *mentioned(text, patterns)])))
                else:
                    for line in split_sentences(text, self.max_words):
                        add(beat.kind, line, voiced=beat.kind == "narration" or self.narrate_action,
                            characters=mentioned(line, patterns))
            present = list(dict.fromkeys([*scene.characters, *(c for b in beats for c in b.characters)]))
            scenes.append(scene.model_copy(update={"beats": beats, "characters": present}))
        return Script(title=base.title, scenes=scenes)


# --------------------------------------------------------------------- Layout


class LLMLayoutAgent(ModelRole, LayoutAgent):
    role = "layout"
    template_version = version("layout", SceneLayoutDraft)  # part of the plan's cache key

    def __init__(self, workspace: Workspace | None = None, **section: Any) -> None:
        super().__init__(workspace, **section)
        self.vocabulary = vocabulary(self.catalog)

    def plan_scene(self, scene: Scene, treatment: Treatment) -> tuple[Stage, list[ShotSpec]]:
        return self.guarded(lambda: LayoutAgent.plan_scene(self, scene, treatment),
                            lambda: self._plan(scene, treatment))

    def _plan(self, scene: Scene, treatment: Treatment) -> tuple[Stage, list[ShotSpec]]:
        names = {k: v for k, v in _names(treatment).items() if v in scene.characters}
        cast = [{"id": c, "name": treatment.character(c).name} for c in scene.characters]
        location = treatment.location(scene.location)
        data = {"scene": scene.id, "heading": scene.heading, "location": location.name,
                "interior": location.interior, "cast": cast,
                "beats": [{"id": b.id, "kind": b.kind, "speaker": b.speaker, "text": b.text,
                           **({"shot_note": b.shot} if b.shot else {})} for b in scene.beats]}
        beat_ids = [b.id for b in scene.beats]

        def validate(draft: SceneLayoutDraft) -> list[str]:
            problems = []
            covered = [beat for shot in draft.shots for beat in shot.beats]
            if covered != beat_ids:
                problems.append(f"the shots must cover the beats {beat_ids} exactly once and in order; they cover {covered}")
            if any(not shot.beats for shot in draft.shots[1:]):
                problems.append("only the first shot may have no beats")
            for shot in draft.shots:
                unknown = [s for s in shot.subjects if s.lower() not in names]
                if unknown:
                    problems.append(f"subjects {unknown} are not in this scene's cast {[c['id'] for c in cast]}")
            nouns = {p.noun.lower() for p in draft.props} | set(names)
            for prop in draft.props:
                if prop.anchor and prop.anchor.lower() not in nouns:
                    problems.append(f"prop {prop.noun!r}: anchor {prop.anchor!r} is neither a prop nor a cast member")
            return problems

        draft = self.ask(SceneLayoutDraft, "layout", "Lay out this scene and break it into shots.", data, validate,
                         what=f"the Layout agent's plan of {scene.id}", max_props=MAX_PROPS,
                         relations=list(RelationKind.__args__), shot_types=list(ShotType.__args__),
                         moves=list(CameraMove.__args__), angles=list(ShotAngle.__args__))
        stage = self.cast_stage(scene, treatment)
        mentions, relations = [], []
        for position, prop in enumerate(draft.props[:MAX_PROPS]):
            word = singular(prop.noun.lower().strip(), self.vocabulary)
            category = self.vocabulary.get(word)
            if category is None:
                stage.notes.append(f"no model for {prop.noun!r}: not placed")
                continue
            mentions.append(Mention(category=category, word=word, count=prop.count, start=position))
            if prop.relation and prop.anchor:
                anchor = prop.anchor.lower()
                relations.append((word, prop.relation, treatment.character(names[anchor]).name.lower()
                                  if anchor in names else singular(anchor, self.vocabulary)))
        self._place_props(mentions, relations, stage)
        beats = {b.id: b for b in scene.beats}
        specs = []
        for n, shot in enumerate(draft.shots):
            # The model's angle and lens as a note, under what the author's own note says of the shot.
            written = beats[shot.beats[0]].shot if shot.beats else None
            note = parse_note(written) if written else ShotNote(text="")
            note.angle = note.angle or shot.angle  # the author's word first, then the model's
            note.lens_mm = note.lens_mm or shot.lens_mm
            note.move = note.move or shot.move
            specs.append(ShotSpec(number=n + 1, type=note.size or shot.type, beats=[beats[b] for b in shot.beats],
                                  subjects=list(dict.fromkeys(names[s.lower()] for s in shot.subjects))
                                  or list(scene.characters), move=note.move, description=shot.description or None,
                                  note=note if (written or shot.angle or shot.lens_mm) else None))
        return stage, specs


# --------------------------------------------------------------------- Artist


class LLMArtist(ModelRole, Artist):
    role = "artist"
    template_version = version("artist", ArtistDraft)  # part of the plan's cache key

    def run(self, shot: Shot, treatment: Treatment) -> RenderRequest:
        base = super().run(shot, treatment)
        return self.guarded(lambda: base, lambda: self._paint(shot, treatment, base))

    def _paint(self, shot: Shot, treatment: Treatment, base: RenderRequest) -> RenderRequest:
        location = treatment.location(shot.layout.location)
        looks = {c: look.description for c, look in base.characters.items()}
        data = {"shot": {"id": shot.id, "type": shot.type, "description": shot.description},
                "location": {"name": location.name, "description": location.description,
                             "time_of_day": location.time_of_day},
                "characters": [{"id": c, "look": look} for c, look in looks.items()],
                "props": sorted({o.name for o in shot.layout.objects if o.kind == "prop"}),
                "style": treatment.style.prompt, "negative_style": treatment.style.negative_prompt}

        def validate(draft: ArtistDraft) -> list[str]:
            return [f"the prompt must contain the look of {c} word for word: {look!r}"
                    for c, look in looks.items() if look not in draft.prompt]

        draft = self.ask(ArtistDraft, "artist", "Write the image prompt for this shot.", data, validate,
                         what=f"the Artist's prompt for {shot.id}")
        return base.model_copy(update={"prompt": draft.prompt.strip(),
                                       "negative_prompt": draft.negative_prompt or base.negative_prompt})
