"""The stage graph: plan top-down with the agents, render bottom-up with the workers, critic in between.

    ingest -> direct -> write -> lay out  (plan: offline it is cheap and recomputed; with a model
                                           it is cached under its source, config and prompts)
    speech | keyframes                    (assets: cached by key, rendered through the executor;
                                           side by side when the executor runs tasks elsewhere)
    edit -> assemble -> subtitles, storyboard

Agents and backends are found by name through the registry, so this file never imports
``crews/`` or ``renderers/``. Every stage reports through the event bus and nowhere else. One
failed line, keyframe or critique is recorded on its take and the stage goes on; the film is
assembled when every shot has a usable take, and otherwise the run ends naming each failed shot.
"""

from __future__ import annotations

import io
import json
import os
import re
import shutil
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor, as_completed
from itertools import groupby
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from studio import decisions, probe, project_lock, registry
from studio.config import ASPECTS, OPERATIONAL, ConfigError, Settings
from studio.cutouts import cut_out
from studio.events import EventBus
from studio.executor import Executor, InlineExecutor, TaskFailed
from studio.ingest import InputError, load_source
from studio.ledger import BUDGET_SPENT, BudgetExceeded, CallRecord, Ledger, Workspace
from studio.models import (
    Asset,
    Critique,
    Fix,
    Layout,
    Project,
    RenderRequest,
    Source,
    SpeechRequest,
    Take,
    Takes,
    Timeline,
    Voice,
    validation_problems,
)
from studio.store import AssetStore, cache_key, contents, write_atomic
from studio.tasks import KEYFRAME_VERSION, SPEECH_VERSION, backend, judging
from studio.timeline import segments

FILM_VERSION = 2
PLAN_VERSION = 1
LAYOUT_FIXES = ("layout_change", "camera_change")  # the Layout agent's; the rest are the Artist's


BATCHED = {"render_keyframe": "render_keyframes"}  # a task -> its form taking several payloads


class StageError(RuntimeError):
    """A stage could not produce what the film needs; the message names the stage and the shot."""


class Pipeline:
    def __init__(self, settings: Settings, out_dir: Path, bus: EventBus | None = None,
                 executor: Executor | None = None) -> None:
        self.settings = settings
        self.out = Path(out_dir).resolve()  # payloads carry absolute paths: workers start anywhere
        self.bus = bus or EventBus()
        self.executor = executor or InlineExecutor()
        self.store = AssetStore(self.out)
        self.workspace = Workspace(self.out, on_call=self._on_call,
                                   warn=lambda message: self.bus.emit("warning", "llm", message=message))
        self.budget_stop: str | None = None  # why a critic's call was refused for money, once one was
        self._catalogue: list[Voice] | None = None
        # The takes the previous run recorded (project.json before this run), by stage and target:
        # a target made again keeps them before its new takes, so no take is ever dropped.
        self.history: dict[str, dict[str, Takes]] = {}

    # ------------------------------------------------------------------ plan

    def ingest(self, story: str | Path) -> Source:
        with self.stage("ingest"):
            return load_source(story, self.settings.limits)

    def plan(self, source: Source) -> Project:
        """The plan: here, or as a task on the llm queue when a model writes it and tasks run on workers."""
        s = self.settings
        key = self.plan_key(source, load_cast(s.cast) if s.cast else None)
        if not (key and self.executor.parallel) or self.store.get_record("plan", key) is not None:
            return self.plan_here(source)
        with self.stage("plan"):
            payload = {"project_dir": str(self.out), "settings": s.snapshot(), "source": source.model_dump(mode="json"),
                       "voices": [voice.model_dump(mode="json") for voice in self.catalogue()]}
            [(_, result)] = list(self.run_tasks("plan", [payload]))
        if isinstance(result, TaskFailed):
            raise StageError(f"plan: {result.message}")
        for warning in result.get("warnings", []):
            self.bus.emit("warning", "llm", message=warning)
        self._on_call(None)
        return Project.model_validate(result["project"])

    def plan_here(self, source: Source, catalogue: list[Voice] | None = None) -> Project:
        """The plan, made in this process; ``catalogue`` is the voices the conductor listed, when this
        is a plan task on a worker (cast from the same list the key was made with)."""
        if catalogue is not None:
            self._catalogue = catalogue
        s = self.settings
        cast = load_cast(s.cast) if s.cast else None
        key = self.plan_key(source, cast)
        if key and (cached := self.store.get_record("plan", key)) is not None:
            self.bus.emit("progress", "plan", message="plan unchanged: read from the cache, no model call")
            return Project.model_validate(cached)
        fallbacks = self.workspace.fallbacks
        with self.stage("direct"):
            voices = [voice.model_dump(mode="json") for voice in self.catalogue()]
            treatment = self.agent("director", voices=voices).run(source, cast)
        with self.stage("write"):
            script = self.agent("screenwriter").run(source, treatment)
            beats = sum(len(scene.beats) for scene in script.scenes)
            if beats > s.limits.max_beats:
                raise InputError(f"the story has {beats} beats; the limit is {s.limits.max_beats} (limits.max_beats)")
        with self.stage("layout"):
            shots = self.agent("layout", aspect=ASPECTS[s.video.aspect]).run(script, treatment)
        project = Project(title=source.title, source=source, treatment=treatment, script=script, shots=shots,
                          plan_key=key, usage=Ledger(self.out).usage())
        if key and self.workspace.fallbacks == fallbacks:  # a plan an offline agent stood in for is not the model's
            self.store.put_record("plan", key, project.model_dump(mode="json"))
        return project

    def load_plan(self, path: str | Path) -> Project:
        """A plan written by `studio plan -o` and perhaps edited by hand, checked before any render."""
        with self.stage("plan"):
            try:
                project = Project.model_validate_json(Path(path).read_text(encoding="utf-8"))
            except (OSError, UnicodeDecodeError) as exc:
                raise InputError(f"cannot read plan {path}: {exc}") from None
            except ValidationError as exc:
                problems = "; ".join(validation_problems(exc)[:3])
                raise InputError(f"plan {path} does not fit the plan contract: {problems}") from None
            if problems := plan_problems(project):
                raise InputError(f"plan {path} is inconsistent: {'; '.join(problems[:5])}")
        # A plan is what to make; takes, timeline and outputs come from making it.
        return Project(title=project.title, source=project.source, treatment=project.treatment, script=project.script,
                       shots=project.shots, plan_key=project.plan_key)

    def plan_key(self, source: Source, cast: dict | None) -> str | None:
        """The plan's cache key when a model plans it (offline plans are cheap and always redone):
        the source, every agent's section (model included), the version of each prompt template and
        the voices on offer."""
        crews = self.settings.crews
        if not crews.model_backed():
            return None
        roles = crews.roles()
        templates = {name: getattr(registry.resolve(name, role.backend), "template_version", None)
                     for name, role in roles.items()}
        sections = {name: role.model_dump(mode="json", exclude=set(OPERATIONAL)) for name, role in roles.items()}
        # Plans were cast from the default voice alone before there were catalogues: with that
        # catalogue the key leaves it out, so plans cached then still hold.
        voices = [] if self.catalogue() == [Voice()] else [[v.model_dump(mode="json") for v in self.catalogue()]]
        # Cameras are framed for the film's shape; wide plans keep the keys they had before shapes.
        shape = [] if self.settings.video.aspect == "16:9" else [self.settings.video.aspect]
        return cache_key("plan", PLAN_VERSION, source.model_dump(mode="json"), sections, templates, cast, *voices,
                         *shape)

    def catalogue(self) -> list[Voice]:
        """The distinct voices the configured voices backend offers, for the Director to cast from.
        Listed once, by the backend instance this process speaks with, so a model is read once."""
        if self._catalogue is None:
            section = _section(self.settings.voices, keep_backend=True)
            speech = backend("voices", section)
            listing = getattr(speech, "catalogue", None)  # a backend without one offers one voice
            try:
                offered = listing() if listing else []
            except ConfigError:
                raise
            except Exception as exc:  # noqa: BLE001 - whatever stops a backend listing its voices, say it once
                raise StageError(f"voices: the {section['backend']} backend cannot list its voices: {exc}") from None
            name = section["backend"]
            self._catalogue = [voice.model_copy(update={"backend": name}) for voice in offered] or [Voice(backend=name)]
        return self._catalogue

    def agent(self, role: str, **extra: Any) -> Any:
        """A planning agent, built from exactly its own config section."""
        section = getattr(self.settings.crews, role)
        return registry.build(role, section.backend, {**_section(section), **extra, "workspace": self.workspace})

    def _on_call(self, record: CallRecord | None) -> None:
        """Tell listeners what models have cost so far (after a call here, or a task elsewhere)."""
        usage = Ledger(self.out).usage()
        if record is None and not (usage.calls or usage.cached):
            return
        self.bus.emit("usage", "llm", record.role if record else None,
                      data={**usage.model_dump(exclude={"by_role"}), "outcome": record.outcome if record else "ok"})

    # ---------------------------------------------------------------- render

    def render(self, project: Project) -> Project:
        with project_lock.rendering(self.out):  # before anything is written: another render may own the folder
            try:
                return self._render(project)
            except BudgetExceeded as exc:
                raise BudgetExceeded(f"{exc}. Everything made so far is kept in {self.out} and every paid answer is "
                                     "cached: the same command with a larger --budget goes on from here") from None
            finally:  # stopped or not, what was planned, rendered and spent is on disk
                project.usage = Ledger(self.out).usage()
                if self.out.exists():
                    self.save(project)

    def _render(self, project: Project) -> Project:
        self.out.mkdir(parents=True, exist_ok=True)
        longest = max(limit.hard for limit in self.settings.queue.time_limits.values())
        self.store.sweep(older_than_s=longest)  # what killed tasks left half built
        write_atomic(self.out / "settings.json", json.dumps(settings_record(self.settings), indent=1) + "\n")
        self.history = self.previous_takes()
        self.carry_history(project)
        self.apply_edits(project)
        self.save(project)
        if self.executor.parallel:  # the work runs on workers: keep them all busy at once
            with ThreadPoolExecutor(2, thread_name_prefix="stage") as pool:
                stages = {pool.submit(self.voices, project): "speech", pool.submit(self.keyframes, project): "keyframes"}
                for done in as_completed(stages):
                    setattr(project, stages[done], done.result())
                    self.save(project)
        else:
            project.speech = self.voices(project)
            self.save(project)
            project.keyframes = self.keyframes(project)
        project.failures = [
            f"{takes.target}: " + "; ".join([*(r for c in takes.best.critiques for r in c.reasons),
                                             *([takes.best.error] if takes.best.error else [])])
            for takes in [*project.keyframes.values(), *project.speech.values()]
            if takes.usable and not takes.passed
        ]
        self.publish_views(project)
        self.save(project)
        if self.budget_stop:
            raise BudgetExceeded(f"{self.budget_stop}; stopped before assembling the film")
        self.check_every_shot_usable(project)
        with self.stage("edit"):
            editor = registry.build("editor", "offline", _section(self.settings.video))
            project.timeline = editor.run(project)
        self.save(project)
        if self.executor.parallel:  # the storyboard needs no film: drawn here while the workers assemble it
            with ThreadPoolExecutor(1, thread_name_prefix="storyboard") as pool:
                board = pool.submit(self.storyboard, project)
                self.assemble(project)
                board.result()
        else:
            self.storyboard(project)
            self.assemble(project)
        project.outputs = project.outputs.model_copy(update={"storyboard_html": "storyboard.html",
                                                             "storyboard_png": "storyboard.png"})
        self.save(project)
        return project

    def check_every_shot_usable(self, project: Project) -> None:
        """End the run, naming each shot that has no usable keyframe or line; what is done stays."""
        failed: dict[str, str] = {}
        for shot in project.shots:
            reasons = []
            if not project.keyframes[shot.id].usable:
                reasons.append(f"keyframe: {project.keyframes[shot.id].error}")
            for line in shot.beats:
                takes = project.speech.get(line)
                if takes is not None and not takes.usable:
                    reasons.append(f"line {line}: {takes.error}")
            if reasons:
                failed[shot.id] = "; ".join(reasons)
        if not failed:
            return
        for shot_id, reason in failed.items():
            self.bus.emit("error", "film", shot_id, f"{shot_id}: {reason}")
        named = [f"{shot_id} ({reason})" for shot_id, reason in list(failed.items())[:10]]
        more = f"; and {len(failed) - 10} more (see events.jsonl)" if len(failed) > 10 else ""
        raise StageError(f"{len(failed)} of {len(project.shots)} shots have no usable take, so the film was not "
                         f"assembled; everything else is kept: {'; '.join(named)}{more}")

    def make(self, story: str | Path) -> Project:
        return self.render(self.plan(self.ingest(story)))

    # -------------------------------------------------------------- decisions

    def previous_takes(self) -> dict[str, dict[str, Takes]]:
        """The takes of the project.json this run replaces (none when there is none, or it does not read)."""
        try:
            earlier = Project.model_validate_json((self.out / "project.json").read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, ValidationError):
            return {}
        return {"keyframes": dict(earlier.keyframes), "speech": dict(earlier.speech)}

    def carry_history(self, project: Project) -> None:
        """Until a stage replaces them, the planned targets keep the takes they had: a run stopped
        half way loses no history."""
        assert project.script
        voiced = {beat.id for scene in project.script.scenes for beat in scene.beats if beat.voiced}
        for stage, targets in (("keyframes", {shot.id for shot in project.shots}), ("speech", voiced)):
            held = getattr(project, stage)
            for target, takes in self.history.get(stage, {}).items():
                if target in targets and target not in held:
                    held[target] = takes

    def decided(self, stage: str) -> dict[str, decisions.Decision]:
        """A person's decisions about this stage's targets (``decisions.json``), read afresh."""
        try:
            return decisions.load(self.out).of(decisions.STAGES[stage]) if stage in decisions.STAGES else {}
        except decisions.DecisionError as exc:
            raise StageError(f"{stage}: {exc}") from None

    def apply_edits(self, project: Project) -> None:
        """Shot descriptions and numbers a person rewrote replace the plan's (the keyframe prompt
        follows from the description)."""
        decided = self.decided("keyframes")
        project.shots = [shot.model_copy(update={field: decided[shot.id].edits[field]
                                                 for field in ("description", "number")
                                                 if field in decided[shot.id].edits})
                         if shot.id in decided else shot for shot in project.shots]

    def approved(self, stage: str, target: str, decision: decisions.Decision | None, request: Any) -> Takes | None:
        """The target's takes with its approved take chosen, when there is one, its asset is whole in
        the store and it is a take of what the plan now asks for; None: render the target."""
        take = decision.approved if decision else None
        if take is None or take.asset is None:
            return None
        asset = take.asset
        whole = self.store.get(asset.kind, asset.key) is not None and all(
            self.store.path(file).exists() for file in asset.files.values())
        if not whole:
            self.bus.emit("warning", stage, target, f"{target}: the approved take {asset.key} is no longer in the "
                          "store; rendered again")
            return None
        if take.request is not None and not same_subject(take.request, request):
            self.bus.emit("warning", stage, target, f"{target}: the approved take {asset.key} was made for an "
                          "earlier plan; rendered again")
            return None
        earlier = list(self.history.get(stage, {}).get(target, Takes(target=target, takes=[], chosen=None)).takes)
        index = next((i for i, t in enumerate(earlier) if t.asset and t.asset.key == asset.key), None)
        if index is None:
            earlier.append(take)
            index = len(earlier) - 1
        self.bus.emit("asset_cached", stage, target, data={"key": asset.key, "approved": True})
        self.bus.emit("critique", stage, target, "approved", data={
            "passed": take.passed, "score": take.score, "attempt": take.attempt, "candidate": take.candidate,
            "final": True, "usable": True, "approved": True, "fixes": []})
        return Takes(target=target, takes=earlier, chosen=index)

    def first_request(self, stage: str, target: str, decision: decisions.Decision | None, request: Any,
                      revise: Callable[[Any, list[Fix]], Any]) -> Any:
        """Where the target's rendering starts: its request, or, when a person's latest word on it is a
        rejection (and nothing is approved), the rejected take's request revised with the note's fixes,
        numbered after it, with those fixes as its feedback."""
        rejection = decision.latest_rejection() if decision and decision.approved is None else None
        if rejection is None:
            return request
        earlier = self.history.get(stage, {}).get(target)
        takes = earlier.takes if earlier is not None else []
        take = next((t for t in reversed(takes) if t.asset and t.asset.key == rejection.key), None)
        if take is not None and take.request is not None and same_subject(take.request, request):
            base, attempt = take.request, take.attempt + 1
            if isinstance(base, RenderRequest) and decision.edits and not base.prompt.startswith(request.prompt):
                base = base.model_copy(update={"prompt": request.prompt})  # words a person rewrote since
        else:  # the take is not on record, or the plan has changed since: the note applies to the plan's request
            base, attempt = request, max([t.attempt for t in takes], default=-1) + 1
        fixes = rejection.fixes
        if isinstance(base, RenderRequest):
            fixes = self.named_objects(stage, target, fixes, base.layout)
        self.bus.emit("progress", stage, target, f"{target}: rendered again after a rejection "
                      f"({rejection.note or 'no note'})",
                      data={"rejected": rejection.key, "fixes": [f.model_dump() for f in fixes]})
        return revise(base, fixes).model_copy(update={"attempt": attempt, "feedback": fixes, "revises": rejection.key})

    def named_objects(self, stage: str, target: str, fixes: list[Fix], layout: Layout) -> list[Fix]:
        """Layout fixes naming an object in words ("lamp") aimed at the objects of that name (their ids)."""
        aimed = []
        for fix in fixes:
            if fix.kind != "layout_change" or fix.target.isdigit():
                aimed.append(fix)
                continue
            noun = fix.target.lower()
            names = {noun, noun.removesuffix("s"), noun.removesuffix("es")}
            ids = [o.id for o in layout.objects
                   if names & {o.name.lower(), o.category.lower(), (o.group or "").lower()}]
            if not ids:
                self.bus.emit("warning", stage, target, f"{target}: the note names {fix.target!r}, which the shot "
                              "does not show; that fix is left out")
            aimed += [fix.model_copy(update={"target": str(i)}) for i in ids]
        return aimed

    # ----------------------------------------------------------------- voices

    def voices(self, project: Project) -> dict[str, Takes]:
        assert project.script and project.treatment
        treatment = project.treatment
        requests: dict[str, SpeechRequest] = {}
        for scene in project.script.scenes:
            for beat in scene.beats:
                if not beat.voiced:
                    continue
                voice = treatment.character(beat.speaker).voice if beat.kind == "dialogue" else treatment.narrator
                requests[beat.id] = SpeechRequest(line=beat.id, text=beat.text, speaker=beat.speaker, voice=voice)
        section = _section(self.settings.voices, keep_backend=True)
        weights = self.weights("voices", section)
        keyed = judging(registry.resolve("voices", section["backend"]), section)

        def key(request: SpeechRequest) -> str:
            return cache_key("speech", SPEECH_VERSION, request.content(), keyed,
                             *self.referenced(request), *weights)

        def revise(request: SpeechRequest, fixes: list[Fix]) -> SpeechRequest:
            return request  # a new attempt is a new draw; the fixes ride along as its feedback

        return self.produce("speech", "synthesize_speech", requests, key, revise, section)

    # -------------------------------------------------------------- keyframes

    def keyframes(self, project: Project) -> dict[str, Takes]:
        assert project.treatment
        s = self.settings
        section = _section(s.keyframes, keep_backend=True)
        batch = section.pop("batch")  # how shots are grouped into tasks: neither in keys nor for the backend
        if batch > 1 and not hasattr(registry.resolve("keyframes", section["backend"]), "render_batch"):
            self.bus.emit("warning", "keyframes", message=f"keyframes.batch {batch} ignored: the "
                          f"{section['backend']} backend renders one shot a call")
            batch = 1
        artist = self.agent("artist", renderer=s.keyframes.backend, width=s.keyframes.width, height=s.keyframes.height)
        layout = self.agent("layout")
        self.preflight("keyframes", section)
        for name in s.critic.backends:  # checked, not built: an unreachable critic is on_error's to judge
            self.preflight("critic", {**s.critic.section(name), "backend": name}, build=False)
        requests = {shot.id: artist.run(shot, project.treatment) for shot in project.shots}
        for shot_id, decision in self.decided("keyframes").items():
            if shot_id in requests and (prompt := decision.edits.get("prompt")):
                requests[shot_id] = requests[shot_id].model_copy(update={"prompt": prompt})
        weights = self.weights("keyframes", section)
        keyed = judging(registry.resolve("keyframes", section["backend"]), section)

        def key(request: RenderRequest) -> str:
            return cache_key("keyframe", KEYFRAME_VERSION, request.content(), keyed,
                             *self.referenced(request), *weights)

        revise = route_fixes(artist, layout)
        if "consistency" not in s.critic.backends:
            return self.produce("keyframes", "render_keyframe", requests, key, revise, section,
                                candidates=s.critic.candidates, batch=batch)
        # Held to a reference, a character needs one first: the first shot each appears in is
        # rendered (and judged) first, and its cut-out becomes the reference of every later shot.
        firsts = first_appearances(requests)
        with self.stage("keyframes", total=len(requests)):
            first_shots = set(firsts.values())  # in film order below: the same batches every run
            chosen = self._rounds("keyframes", "render_keyframe",
                                  {sid: request for sid, request in requests.items() if sid in first_shots},
                                  key, revise, section, s.critic.candidates, batch)
            references = self.reference_cutouts(firsts, chosen)
            rest = {sid: with_references(request, references) for sid, request in requests.items() if sid not in chosen}
            chosen.update(self._rounds("keyframes", "render_keyframe", rest, key, revise, section,
                                       s.critic.candidates, batch))
        return {sid: chosen[sid] for sid in requests}

    def reference_cutouts(self, firsts: dict[str, str], chosen: dict[str, Takes]) -> dict[str, str]:
        """Character id -> their reference (a project path): the cut-out of their first shot's
        chosen take, when it passed."""
        references = {}
        for character, shot_id in firsts.items():
            if not chosen[shot_id].passed:
                continue
            take = chosen[shot_id].best
            obj = next(o for o in take.request.layout.objects if o.character == character)
            image = cut_out(self.out / take.asset.files["rgb"], self.out / take.asset.files["mask"], obj.id,
                            self.settings.critic.consistency.min_pixels)  # too small to judge, too small to copy
            if image is None:
                continue
            path = self.out / "references" / f"{character}.png"
            path.parent.mkdir(parents=True, exist_ok=True)
            buffer = io.BytesIO()
            image.save(buffer, format="PNG")
            write_atomic(path, buffer.getvalue())
            references[character] = path.relative_to(self.out).as_posix()
            self.bus.emit("progress", "keyframes", shot_id, f"{character}: reference taken from {shot_id}")
        return references

    def preflight(self, role: str, section: dict, build: bool = True) -> None:
        """Stop before rendering when this process renders and lacks what a backend needs (its
        weights), or the backend refuses its settings: one clear message instead of every task
        failing with it. Workers elsewhere may have what this machine lacks, so a farm's
        conductor leaves the check to them. ``build``: also make the backend (it is cached for
        the tasks that follow)."""
        if not isinstance(self.executor, InlineExecutor):
            return
        check = getattr(registry.resolve(role, section["backend"]), "preflight", None)
        try:
            if check is not None:
                check(section)
            if build:
                backend(role, section)
        except Exception as exc:  # noqa: BLE001 - whatever the backend finds wrong, say it once
            raise StageError(str(exc).splitlines()[0] if str(exc) else type(exc).__name__) from None

    def weights(self, role: str, section: dict) -> list[dict[str, str]]:
        """The backend's model folders by content (a manifest digest each), as an extra key part:
        weights replaced in place re-render what they made. None for backends without weights."""
        fingerprint = getattr(registry.resolve(role, section["backend"]), "fingerprint", None)
        return [fingerprint(section)] if fingerprint else []

    def referenced(self, request: RenderRequest | SpeechRequest) -> list[dict[str, str]]:
        """The request's reference files by content, as an extra key part (none without references,
        so that keys of requests without any stay as they were)."""
        return [contents(self.out, request.references())] if request.references() else []

    # ------------------------------------------------------- the critic loop

    def produce(self, stage: str, task: str, requests: dict[str, Any], key: Callable[[Any], str],
                revise: Callable[[Any, list[Fix]], Any], section: dict, candidates: int = 1,
                batch: int = 1) -> dict[str, Takes]:
        """Render every request, critique each result, revise and retry failures within budget.

        Each attempt renders ``candidates`` takes (new seeds) and the best passing one is chosen.
        Every take is kept, failed ones included (with their error), and one item's failure never
        stops the others: the caller decides what a missing asset means."""
        with self.stage(stage, total=len(requests)):
            return self._rounds(stage, task, requests, key, revise, section, candidates, batch)

    def _rounds(self, stage: str, task: str, requests: dict[str, Any], key: Callable[[Any], str],
                revise: Callable[[Any, list[Fix]], Any], section: dict, candidates: int,
                batch: int = 1) -> dict[str, Takes]:
        """``produce`` without the stage's start and end: rounds of render, critique, revise
        (``batch`` requests to a task, where the task has a batched form).

        A person's decisions come first: an approved take is chosen and nothing is rendered for its
        target; a rejected take is never chosen (a target whose every take is rejected gets a new
        attempt); a target last rejected starts from the rejected take's revision. The takes of the
        previous run come before the new ones in each target's record."""
        critic = self.settings.critic
        budget = max(1, critic.budget)
        decided = self.decided(stage)
        settled: dict[str, Takes] = {}
        starts: dict[str, Any] = {}
        for target, request in requests.items():
            if (kept := self.approved(stage, target, decided.get(target), request)) is not None:
                settled[target] = kept
            else:
                starts[target] = self.first_request(stage, target, decided.get(target), request, revise)
        refused = {target: decided[target].rejected_keys() for target in starts if target in decided}
        notes = {target: {r.key: r.fixes for r in decided[target].rejected} for target in refused}
        first = {target: start.attempt for target, start in starts.items()}

        def rejected(target: str, take: Take) -> bool:
            return take.asset is not None and take.asset.key in refused.get(target, ())

        takes: dict[str, list[Take]] = {target: [] for target in starts}
        pending = {target: _candidates(start, candidates) for target, start in starts.items()}
        while pending:
            jobs = [(target, n, request) for target, options in pending.items() for n, request in enumerate(options)]
            payloads = [{"project_dir": str(self.out), "key": key(request), "section": section,
                         "request": request.model_dump(mode="json"), "target": target} for target, _, request in jobs]
            assets: dict[int, Asset] = {}
            errors: dict[int, str] = {}
            results = (self.run_batched(task, payloads, batch, section) if batch > 1 else
                       self.run_tasks(task, payloads, [section.get("backend", "")]))
            for index, result in results:
                target, _, request = jobs[index]
                if isinstance(result, TaskFailed):
                    errors[index] = result.message
                    self.bus.emit("error", stage, target, f"{target}: {result.message}", data={"attempt": request.attempt})
                    continue
                assets[index] = asset = Asset.model_validate(result["asset"])
                self._asset_event(result, stage, target, asset, attempt=request.attempt)
            critiqued = list(assets)
            sections = {name: critic.section(name) for name in critic.backends}
            critique_payloads = [{"project_dir": str(self.out), "critics": critic.backends, "sections": sections,
                                  "on_error": critic.on_error, "request": jobs[i][2].model_dump(mode="json"),
                                  "asset": assets[i].model_dump(mode="json"), "target": jobs[i][0]} for i in critiqued]
            verdicts: dict[int, list[Critique]] = {}
            for index, result in self.run_tasks("critique", critique_payloads, critic.backends):
                job = critiqued[index]
                if isinstance(result, TaskFailed):
                    errors[job] = f"critic failed: {result.message}"
                    self.bus.emit("error", stage, jobs[job][0], f"{jobs[job][0]}: {errors[job]}",
                                  data={"attempt": jobs[job][2].attempt})
                    continue
                verdicts[job] = [Critique.model_validate(c) for c in result["critiques"]]
            self._on_call(None)  # critics on a model spend money elsewhere: show the account
            next_round: dict[str, list[Any]] = {}
            # ``jobs`` lists each target's candidates together, in order: one walk groups them.
            for target, numbered in groupby(enumerate(jobs), key=lambda item: item[1][0]):
                round_takes = []
                for i, (_, n, request) in numbered:
                    take = Take(attempt=request.attempt, candidate=n, asset=assets.get(i), critiques=verdicts.get(i, []),
                                request=request, error=errors.get(i))
                    round_takes.append(take)
                    self._note_unavailable(stage, target, take)
                takes[target].extend(round_takes)
                passed = any(t.passed and not rejected(target, t) for t in round_takes)
                attempt = round_takes[0].attempt
                spent = attempt - first[target] + 1  # a target rendered again after a rejection has its own budget
                # Takes a person rejected do not count: while every take is one, another attempt is made.
                fresh = any(not rejected(target, t) for t in takes[target])
                final = (passed or self.budget_stop is not None
                         or spent >= budget and (fresh or spent >= budget + len(refused.get(target, ()))))
                for take in round_takes:
                    self.bus.emit("critique", stage, target,
                                  take.error or "; ".join(r for c in take.critiques for r in c.reasons),
                                  data={"passed": take.passed, "score": take.score, "attempt": attempt,
                                        "candidate": take.candidate, "final": final, "usable": take.usable,
                                        "fixes": [f.model_dump() for c in take.critiques for f in c.fixes],
                                        **({"rejected": True} if rejected(target, take) else {})})
                if not final:  # the best of this round is revised; a failed critic gives no fix: a new seed
                    best = max(round_takes, key=lambda t: t.score)
                    fixes = [f for c in best.critiques for f in c.fixes]
                    if rejected(target, best):  # a person's note on this very take says what to change
                        fixes = notes[target][best.asset.key]
                        if isinstance(best.request, RenderRequest):
                            fixes = self.named_objects(stage, target, fixes, best.request.layout)
                    revised = revise(best.request, fixes).model_copy(update={
                        "attempt": attempt + 1, "feedback": fixes, "revises": best.asset.key if best.asset else None})
                    next_round[target] = _candidates(revised, candidates)
            pending = next_round
        chosen: dict[str, Takes] = {}
        for target, attempts in takes.items():
            usable = [i for i, t in enumerate(attempts) if t.usable and not rejected(target, t)]
            passing = [i for i in usable if attempts[i].passed]
            # A take every critic judged beats one passed only because a critic was unavailable.
            best = max(passing or usable, key=lambda i: (attempts[i].judged, attempts[i].score), default=None)
            approval = decided[target].approved if target in decided else None
            if approval is not None and approval.asset is not None:  # made again after its asset was lost
                best = next((i for i in usable if attempts[i].asset.key == approval.asset.key), best)
            # The previous run's takes of the target stay on record, before this run's.
            made = {_take_identity(t) for t in attempts}
            before = self.history.get(stage, {}).get(target)
            earlier = [t for t in (before.takes if before is not None else []) if _take_identity(t) not in made]
            chosen[target] = Takes(target=target, takes=earlier + attempts,
                                   chosen=None if best is None else best + len(earlier))
            if best is None:
                self.bus.emit("error", stage, target,
                              f"{target}: no usable take after {len(attempts)} attempts ({chosen[target].error})")
            elif not attempts[best].passed:
                best_take = attempts[best]
                reasons = best_take.error or "; ".join(r for c in best_take.critiques for r in c.reasons)
                self.bus.emit("warning", stage, target,
                              f"{target}: no take passed after {len(attempts)} attempts; kept the best ({reasons})")
        return {target: settled[target] if target in settled else chosen[target] for target in requests}

    def _note_unavailable(self, stage: str, target: str, take: Take) -> None:
        for critique in take.critiques:
            if not critique.unavailable:
                continue
            reason = critique.reasons[0] if critique.reasons else f"critic {critique.critic} unavailable"
            if BUDGET_SPENT in reason and self.budget_stop is None:
                self.budget_stop = reason.split(": ", 1)[-1]
            verdict = "passed" if critique.passed else "failed"
            self.bus.emit("warning", stage, target, f"{target}: {reason}; the take {verdict} (critic.on_error)")

    def run_tasks(self, task: str, payloads: Sequence[dict], backends: Sequence[str] = ()
                  ) -> Iterator[tuple[int, dict | TaskFailed]]:
        """Hand payloads to the executor on the queue their task and backend belong to."""
        queue = self.settings.queue
        return self.executor.map(task, payloads, queue=queue.queue_for(task, list(backends)),
                                 timeout=queue.time_limit(task).hard)

    def run_batched(self, task: str, payloads: Sequence[dict], size: int, section: dict
                    ) -> Iterator[tuple[int, dict | TaskFailed]]:
        """Payloads of ``task`` sent ``size`` at a time as its batched task; the results come back
        one per payload, as if each had been sent alone (a shot the batch could not make fails
        alone; a batch task that failed as a whole fails each of its shots)."""
        chunks = [range(start, min(start + size, len(payloads))) for start in range(0, len(payloads), size)]
        batches = [{"project_dir": str(self.out), "section": section,
                    "key": cache_key("batch", [payloads[i]["key"] for i in chunk]),
                    "target": ",".join(payloads[i]["target"] for i in chunk),
                    "items": [{k: payloads[i][k] for k in ("key", "request", "target")} for i in chunk]}
                   for chunk in chunks]
        for number, result in self.run_tasks(BATCHED[task], batches, [section["backend"]]):
            for position, index in enumerate(chunks[number]):
                target = payloads[index]["target"]
                if isinstance(result, TaskFailed):
                    yield index, TaskFailed(task, target, result.message, result.detail)
                elif "error" in (item := result["results"][position]):
                    yield index, TaskFailed(task, target, item["error"])
                else:
                    yield index, item

    # ---------------------------------------------------------------- assemble

    def assemble(self, project: Project) -> None:
        """Encode each shot (and each dissolve) as a cached segment and mix the speech into a
        soundtrack, side by side on a parallel executor, then join them without encoding."""
        timeline = project.timeline
        assert timeline is not None
        section = _section(self.settings.video, keep_backend=True)
        parts = segments(timeline)
        self.bus.emit("stage_started", "assemble", total=len(parts) + 2)
        if self.executor.parallel:  # the soundtrack needs no picture: workers make both at once
            with ThreadPoolExecutor(1, thread_name_prefix="soundtrack") as pool:
                soundtrack = pool.submit(self.soundtrack, timeline, section)
                files = self.segments(parts, section)
                track = soundtrack.result()
        else:
            files, track = self.segments(parts, section), self.soundtrack(timeline, section)
        key = cache_key("film", FILM_VERSION, files, track, timeline, section)
        payload = {"project_dir": str(self.out), "key": key, "section": section, "segments": files,
                   "soundtrack": track, "timeline": timeline.model_dump(mode="json"), "target": "film"}
        [(_, result)] = list(self.run_tasks("join_film", [payload], [section["backend"]]))
        if isinstance(result, TaskFailed):
            raise StageError(f"assemble: {result.message}")
        asset = Asset.model_validate(result["asset"])
        self._asset_event(result, "assemble", "film", asset, final=True)
        self.bus.emit("stage_finished", "assemble")
        film = self.out / "film.mp4"
        link(self.store.path(asset.files["video"]), film)
        with self.stage("subtitles"):
            for kind in ("srt", "vtt", "ttml"):
                registry.resolve("output", kind)(timeline.cues, self.out / f"film.{kind}")
                probe.check_subtitles(self.out / f"film.{kind}", len(timeline.cues))
        project.outputs = project.outputs.model_copy(update={"film": "film.mp4", "srt": "film.srt", "vtt": "film.vtt",
                                                             "ttml": "film.ttml"})

    def storyboard(self, project: Project) -> None:
        """storyboard.html and storyboard.png, drawn again only when a shot or a verdict changed. It
        reads the plan and the takes, never the film, so it may be drawn while the film is made."""
        with self.stage("storyboard"):
            verdicts = {shot: [takes.best.asset.key, len(takes.takes), takes.passed] for shot, takes in project.keyframes.items()}
            key = cache_key("storyboard", 1, project.title, project.script, project.shots, verdicts)
            current = (self.out / "storyboard.html").exists() and (self.out / "storyboard.png").exists()
            if not (current and self.store.get("storyboard", key)):
                registry.resolve("output", "storyboard")(project, self.out)
                probe.check_image(self.out / "storyboard.png")
                with self.store.building("storyboard", key) as folder:  # a marker: drawn for this plan
                    self.store.publish(folder, Asset(key=key, kind="storyboard", files={}))

    def segments(self, parts: list, section: dict) -> list[str]:
        """The film's segments (their files), or a StageError naming every one that failed."""
        # Ids are labels, not pixels: a shot renumbered by an edit elsewhere keeps its segment.
        labels = {"shots": {"__all__": {"shot"}}, "cues": {"__all__": {"line"}}}
        payloads = [{"project_dir": str(self.out),
                     "key": cache_key("segment", FILM_VERSION, part.timeline.model_dump(mode="json", exclude=labels), section),
                     "section": section, "timeline": part.timeline.model_dump(mode="json"), "target": part.name}
                    for part in parts]
        files: list[str] = [""] * len(parts)
        failed: list[str] = []
        for index, result in self.run_tasks("render_segment", payloads, [section["backend"]]):
            if isinstance(result, TaskFailed):
                failed.append(f"{parts[index].name} ({result.message})")
                self.bus.emit("error", "assemble", parts[index].name, f"{parts[index].name}: {result.message}")
                continue
            asset = Asset.model_validate(result["asset"])
            files[index] = asset.files["video"]
            self._asset_event(result, "assemble", parts[index].name, asset, final=True)
        if failed:
            raise StageError(f"assemble: {len(failed)} of {len(parts)} segments failed, so the film was not joined; "
                             f"the rest are kept: {'; '.join(failed)}")
        return files

    def soundtrack(self, timeline: Timeline, section: dict) -> str:
        """The mixed speech of the whole film (its file), made once per set of lines and timings."""
        lines = timeline.model_dump(mode="json", include={"duration": True, "audio": {"__all__": {"path", "start"}}})
        sound = timeline.model_copy(update={"shots": [], "cues": []})  # the task needs no pictures
        payload = {"project_dir": str(self.out), "key": cache_key("soundtrack", FILM_VERSION, lines, section["backend"]),
                   "section": section, "timeline": sound.model_dump(mode="json"), "target": "soundtrack"}
        [(_, result)] = list(self.run_tasks("mix_soundtrack", [payload], [section["backend"]]))
        if isinstance(result, TaskFailed):
            self.bus.emit("error", "assemble", "soundtrack", f"soundtrack: {result.message}")
            raise StageError(f"assemble: the soundtrack failed, so the film was not joined: {result.message}")
        asset = Asset.model_validate(result["asset"])
        self._asset_event(result, "assemble", "soundtrack", asset, final=True)
        return asset.files["audio"]

    def _asset_event(self, result: dict, stage: str, target: str, asset: Asset, **data: Any) -> None:
        kind = "asset_cached" if result["cached"] else "asset_rendered"
        self.bus.emit(kind, stage, target, data={"key": asset.key, **data})

    # ------------------------------------------------------------------ files

    def save(self, project: Project) -> None:
        write_atomic(self.out / "project.json", project.model_dump_json(indent=1))

    def publish_views(self, project: Project) -> None:
        """Readable copies beside the cache: characters/, scenes/, shots/<id>/, voices/."""
        assert project.treatment and project.script
        for character in project.treatment.characters:
            write_atomic(self.out / "characters" / f"{character.id}.json", character.model_dump_json(indent=1))
        for scene in project.script.scenes:
            write_atomic(self.out / "scenes" / f"{scene.id}.json", scene.model_dump_json(indent=1))
        current = {shot.id for shot in project.shots}
        for stale in (self.out / "shots").glob("*"):
            if stale.name not in current:
                retire(stale, self.out / "retired" / "shots" / stale.name)
        for shot in project.shots:
            folder = self.out / "shots" / shot.id
            takes = project.keyframes[shot.id]
            write_atomic(folder / "shot.json", shot.model_dump_json(indent=1))
            write_atomic(folder / "takes.json", takes.model_dump_json(indent=1))
            if not takes.usable:
                continue
            write_atomic(folder / "layout.json", json.dumps(layout_view(shot, takes.best), indent=1))
            for role, name in (("rgb", "keyframe.png"), ("depth", "depth.png"), ("mask", "mask.png")):
                link(self.store.path(takes.best.asset.files[role]), folder / name)
        voices = self.out / "voices"
        for stale in voices.glob("*.wav"):
            if stale.stem not in project.speech:
                retire(stale, self.out / "retired" / "voices" / stale.name)
        for line, takes in project.speech.items():
            if takes.usable:
                link(self.store.path(takes.best.asset.files["audio"]), voices / f"{line}.wav")

    # ------------------------------------------------------------------ events

    def stage(self, name: str, total: int = 1) -> _Stage:
        return _Stage(self.bus, name, total)


class _Stage:
    def __init__(self, bus: EventBus, name: str, total: int) -> None:
        self.bus, self.name, self.total = bus, name, total

    def __enter__(self) -> None:
        self.bus.emit("stage_started", self.name, total=self.total)

    def __exit__(self, kind, exc, tb) -> None:
        if exc is None:
            self.bus.emit("stage_finished", self.name)


def retire(path: Path, to: Path) -> None:
    """A view of a shot or line the plan no longer has moves aside, not away: a person may still want
    to look at it (its takes stay in the cache and project.json history either way). A later
    version of the same retired name replaces the earlier one."""
    to.parent.mkdir(parents=True, exist_ok=True)
    if to.is_dir() and not to.is_symlink():
        shutil.rmtree(to)
    elif to.exists() or to.is_symlink():
        to.unlink()
    path.rename(to)


def layout_view(shot, take: Take) -> dict:
    """The shot's layout in the form ``studio layout`` writes: objects, camera, relations that hold."""
    # What the critics measured on this take, not a second opinion computed here.
    checks = {name: held for critique in take.critiques for name, held in critique.checks.items()}
    rendered = take.request if isinstance(take.request, RenderRequest) else None
    layout = rendered.layout if rendered else shot.layout
    camera = rendered.camera if rendered else shot.camera
    # A critic that measured the relations gives them whole (holds, measured, detail), in order.
    measured = next((c.relations for c in take.critiques if len(c.relations) == len(layout.relations)), None)
    relations = []
    for index, relation in enumerate(layout.relations):
        if measured is not None:
            relation = measured[index]
        elif relation.kind == "visible" and f"visible:{relation.subject}" in checks:
            relation = relation.model_copy(update={"holds": checks[f"visible:{relation.subject}"], "measured": True})
        if not relation.measured and "not measured" not in relation.detail:
            why = "no critic measured it on this take" if take.critiques else "the take was not judged"
            relation = relation.model_copy(update={"holds": None, "detail": f"not measured: {why}"})
        relations.append(relation.model_dump(mode="json"))
    return {
        "objects": [o.model_dump(mode="json") for o in layout.objects],
        "camera": camera.model_dump(mode="json"),
        "relations": relations,
        "notes": layout.notes,
    }


def link(source: Path, target: Path) -> None:
    """Hard-link a cached file to its readable name (copy across file systems), replacing atomically."""
    target.parent.mkdir(parents=True, exist_ok=True)
    if target.exists() and os.path.samefile(source, target):
        return  # already that file (renaming a link over another link of it would leave the link behind)
    tmp = target.with_name(f".{target.name}.tmp")
    tmp.unlink(missing_ok=True)
    try:
        os.link(source, tmp)
    except OSError:
        shutil.copyfile(source, tmp)
    os.replace(tmp, target)


def load_cast(path: str | Path) -> dict[str, dict]:
    try:
        data = yaml.safe_load(Path(path).read_text(encoding="utf-8")) or {}
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise InputError(f"cannot read cast file {path}: {exc}") from None
    if not isinstance(data, dict) or not all(isinstance(v, dict) for v in data.values()):
        raise InputError(f"cast file {path} must map character names to settings (look, voice, reference_image)")
    return data


def _section(section: Any, keep_backend: bool = False) -> dict:
    data = section.model_dump(mode="json")
    if not keep_backend:
        data.pop("backend", None)
    return data


def plan_problems(project: Project) -> list[str]:
    """References a plan holds that point nowhere: each would fail a stage later, less clearly."""
    if not (project.treatment and project.script and project.shots):
        return ["a plan needs a treatment, a script and shots"]
    characters = {c.id for c in project.treatment.characters}
    locations = {loc.id for loc in project.treatment.locations}
    beats = {b.id: b for scene in project.script.scenes for b in scene.beats}
    problems = [f"scene {scene.id}: unknown location {scene.location!r}" for scene in project.script.scenes
                if scene.location not in locations]
    problems += [f"beat {b.id}: unknown speaker {b.speaker!r}" for b in beats.values()
                 if b.kind == "dialogue" and b.speaker not in characters]
    scenes = {scene.id for scene in project.script.scenes}
    ids = [shot.id for shot in project.shots]
    problems += [f"shot id {i!r} is used twice" for i in sorted({i for i in ids if ids.count(i) > 1})]
    for shot in project.shots:
        problems += [f"shot {shot.id}: unknown beat {b!r}" for b in shot.beats if b not in beats]
        problems += [f"shot {shot.id}: unknown subject {c!r}" for c in shot.subjects if c not in characters]
        if shot.scene not in scenes:
            problems.append(f"shot {shot.id}: unknown scene {shot.scene!r}")
        if shot.layout.location not in locations:
            problems.append(f"shot {shot.id}: unknown location {shot.layout.location!r}")
        problems += [f"shot {shot.id}: object {o.id} is unknown character {o.character!r}" for o in shot.layout.objects
                     if o.kind == "character" and o.character not in characters]
        objects = [o.id for o in shot.layout.objects]
        if len(set(objects)) != len(objects) or 0 in objects:
            problems.append(f"shot {shot.id}: layout object ids must be unique and above 0")
    return problems


def route_fixes(artist: Any, layout: Any) -> Callable[[RenderRequest, list[Fix]], RenderRequest]:
    """A keyframe's revision: each fix goes to the agent that owns what it changes."""

    def revise(request: RenderRequest, fixes: list[Fix]) -> RenderRequest:
        owned = [f for f in fixes if f.kind in LAYOUT_FIXES]
        return artist.revise(layout.adjust(request, owned) if owned else request,
                             [f for f in fixes if f.kind not in LAYOUT_FIXES])

    return revise


def first_appearances(requests: dict[str, RenderRequest]) -> dict[str, str]:
    """Character id -> the first shot (in film order) showing them, for characters without a
    reference image of their own."""
    firsts: dict[str, str] = {}
    for shot_id, request in requests.items():
        for obj in request.layout.objects:
            look = request.characters.get(obj.character or "")
            if obj.kind == "character" and look and not look.reference_image:
                firsts.setdefault(obj.character, shot_id)
    return firsts


def with_references(request: RenderRequest, references: dict[str, str]) -> RenderRequest:
    looks = {c: look.model_copy(update={"reference_image": references[c]}) if c in references and
             not look.reference_image else look for c, look in request.characters.items()}
    return request.model_copy(update={"characters": looks})


def same_subject(made: Any, planned: Any) -> bool:
    """Whether a take's request is of what the plan now asks for, whatever the critic loop (or a
    note) changed since: the same shot, backend, size, place and people; the same line, words and voice."""
    if isinstance(made, RenderRequest) and isinstance(planned, RenderRequest):
        fields = ("shot", "backend", "width", "height", "negative_prompt")
        return (all(getattr(made, f) == getattr(planned, f) for f in fields)
                and made.layout.location == planned.layout.location and set(made.characters) == set(planned.characters))
    if isinstance(made, SpeechRequest) and isinstance(planned, SpeechRequest):
        return (made.line, made.text, made.speaker, made.voice) == (planned.line, planned.text, planned.speaker,
                                                                     planned.voice)
    return False


def _take_identity(take: Take) -> str:
    """What makes two records the same take: its asset's key, or (a failed take) what was asked for."""
    if take.asset is not None:
        return take.asset.key
    request = take.request.model_dump_json() if take.request is not None else ""
    return f"failed:{take.attempt}:{take.candidate}:{request}"


def settings_record(settings: Settings) -> dict:
    """The settings a project was rendered with (``settings.json``), passwords in service URLs left out:
    what `studio.rerun` renders the project with again."""
    snapshot = settings.snapshot()
    for section, name in (("queue", "broker_url"), ("queue", "result_backend"), ("jobs", "db_url")):
        url = snapshot.get(section, {}).get(name)
        if isinstance(url, str):
            snapshot[section][name] = re.sub(r"(://[^:/@]*:)[^@/]*@", r"\1***@", url)
    return snapshot


def _candidates(request: Any, count: int) -> list[Any]:
    """The takes of one attempt: the request itself, then new seeds (a speech request has none)."""
    if count <= 1 or not isinstance(request, RenderRequest):
        return [request]
    return [request] + [request.model_copy(update={"seed": request.seed + 7919 * n}) for n in range(1, count)]
