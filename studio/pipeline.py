"""The stage graph: plan top-down with the agents, render bottom-up with the workers, critic in between.

    ingest -> direct -> write -> lay out  (plan: cheap, deterministic, always recomputed)
    speech | keyframes                    (assets: cached by key, rendered through the executor;
                                           side by side when the executor runs tasks elsewhere)
    edit -> assemble -> subtitles, storyboard

Agents and backends are found by name through the registry, so this file never imports
``crews/`` or ``renderers/``. Every stage reports through the event bus and nowhere else. One
failed line, keyframe or critique is recorded on its take and the stage goes on; the film is
assembled when every shot has a usable take, and otherwise the run ends naming each failed shot.
"""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor, as_completed
from pathlib import Path
from typing import Any

import yaml

from studio import probe, registry
from studio.config import Settings
from studio.events import EventBus
from studio.executor import Executor, InlineExecutor, TaskFailed
from studio.ingest import InputError, load_source
from studio.models import (
    Asset,
    Critique,
    Outputs,
    Project,
    RenderRequest,
    Source,
    SpeechRequest,
    Take,
    Takes,
)
from studio.store import AssetStore, cache_key, write_atomic
from studio.tasks import KEYFRAME_VERSION, SPEECH_VERSION
from studio.timeline import segments

FILM_VERSION = 1


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

    # ------------------------------------------------------------------ plan

    def ingest(self, story: str | Path) -> Source:
        with self.stage("ingest"):
            return load_source(story, self.settings.limits)

    def plan(self, source: Source) -> Project:
        s = self.settings
        cast = load_cast(s.cast) if s.cast else None
        with self.stage("direct"):
            director = registry.build("director", s.planner.backend, {"narrator_rate": s.voices.narrator_rate})
            treatment = director.run(source, cast)
        with self.stage("write"):
            writer = registry.build("screenwriter", s.planner.backend, _section(s.planner))
            script = writer.run(source, treatment)
            beats = sum(len(scene.beats) for scene in script.scenes)
            if beats > s.limits.max_beats:
                raise InputError(f"the story has {beats} beats; the limit is {s.limits.max_beats} (limits.max_beats)")
        with self.stage("layout"):
            shots = registry.build("layout", s.planner.backend).run(script, treatment)
        return Project(title=source.title, source=source, treatment=treatment, script=script, shots=shots)

    # ---------------------------------------------------------------- render

    def render(self, project: Project) -> Project:
        self.out.mkdir(parents=True, exist_ok=True)
        longest = max(limit.hard for limit in self.settings.queue.time_limits.values())
        self.store.sweep(older_than_s=longest)  # what killed tasks left half built
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
        self.check_every_shot_usable(project)
        with self.stage("edit"):
            editor = registry.build("editor", "offline", _section(self.settings.video))
            project.timeline = editor.run(project)
        self.save(project)
        self.assemble(project)
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

        def key(request: SpeechRequest) -> str:
            return cache_key("speech", SPEECH_VERSION, request.model_dump(exclude={"line"}), section)

        def revise(request: SpeechRequest, critiques: list[Critique]) -> SpeechRequest:
            hints = [h for c in critiques for h in c.fix_hints]
            return request.model_copy(update={"attempt": request.attempt + 1, "feedback": hints})

        return self.produce("speech", "synthesize_speech", requests, key, revise, section)

    # -------------------------------------------------------------- keyframes

    def keyframes(self, project: Project) -> dict[str, Takes]:
        assert project.treatment
        s = self.settings
        section = _section(s.keyframes, keep_backend=True)
        artist = registry.build("artist", s.planner.backend, section)
        requests = {shot.id: artist.run(shot, project.treatment) for shot in project.shots}

        def key(request: RenderRequest) -> str:
            return cache_key("keyframe", KEYFRAME_VERSION, request.model_dump(exclude={"shot"}), section)

        return self.produce("keyframes", "render_keyframe", requests, key, artist.revise, section)

    # ------------------------------------------------------- the critic loop

    def produce(self, stage: str, task: str, requests: dict[str, Any], key: Callable[[Any], str],
                revise: Callable[[Any, list[Critique]], Any], section: dict) -> dict[str, Takes]:
        """Render every request, critique each result, revise and retry failures within budget.

        Every attempt becomes a take, failed ones included (with their error), and one item's
        failure never stops the others: the caller decides what a missing asset means."""
        budget = max(1, self.settings.critic.budget)
        critics = self.settings.critic.backends
        critic_section = _section(self.settings.critic)
        takes: dict[str, list[Take]] = {target: [] for target in requests}
        pending = dict(requests)
        self.bus.emit("stage_started", stage, total=len(requests))
        while pending:
            targets = list(pending)
            payloads = [{"project_dir": str(self.out), "key": key(pending[t]), "section": section,
                         "request": pending[t].model_dump(mode="json"), "target": t} for t in targets]
            assets: dict[str, Asset] = {}
            errors: dict[str, str] = {}
            for index, result in self.run_tasks(task, payloads, [section.get("backend", "")]):
                target = targets[index]
                if isinstance(result, TaskFailed):
                    errors[target] = result.message
                    self.bus.emit("error", stage, target, f"{target}: {result.message}",
                                  data={"attempt": pending[target].attempt})
                    continue
                asset = Asset.model_validate(result["asset"])
                assets[target] = asset
                self._asset_event(result, stage, target, asset, attempt=pending[target].attempt)
            critiqued = list(assets)
            critique_payloads = [{"project_dir": str(self.out), "critics": critics, "section": critic_section,
                                  "request": pending[t].model_dump(mode="json"),
                                  "asset": assets[t].model_dump(mode="json"), "target": t} for t in critiqued]
            verdicts: dict[str, list[Critique]] = {}
            for index, result in self.run_tasks("critique", critique_payloads, critics):
                target = critiqued[index]
                if isinstance(result, TaskFailed):
                    errors[target] = f"critic failed: {result.message}"
                    self.bus.emit("error", stage, target, f"{target}: {errors[target]}",
                                  data={"attempt": pending[target].attempt})
                    continue
                verdicts[target] = [Critique.model_validate(c) for c in result["critiques"]]
            next_round: dict[str, Any] = {}
            for target in targets:
                request = pending[target]
                take = Take(attempt=request.attempt, asset=assets.get(target), critiques=verdicts.get(target, []),
                            request=request, error=errors.get(target))
                takes[target].append(take)
                final = take.passed or request.attempt + 1 >= budget
                self.bus.emit("critique", stage, target,
                              take.error or "; ".join(r for c in take.critiques for r in c.reasons),
                              data={"passed": take.passed, "score": take.score, "attempt": request.attempt,
                                    "final": final, "usable": take.usable})
                if not final:  # failed critics give no hints: the revision is a new seed
                    next_round[target] = revise(request, take.critiques)
            pending = next_round
        chosen: dict[str, Takes] = {}
        for target, attempts in takes.items():
            usable = [i for i, t in enumerate(attempts) if t.usable]
            passing = [i for i in usable if attempts[i].passed]
            best = passing[0] if passing else max(usable, key=lambda i: attempts[i].score, default=None)
            chosen[target] = Takes(target=target, takes=attempts, chosen=best)
            if best is None:
                self.bus.emit("error", stage, target,
                              f"{target}: no usable take after {len(attempts)} attempts ({chosen[target].error})")
            elif not passing:
                best_take = attempts[best]
                reasons = best_take.error or "; ".join(r for c in best_take.critiques for r in c.reasons)
                self.bus.emit("warning", stage, target,
                              f"{target}: no take passed after {len(attempts)} attempts; kept the best ({reasons})")
        self.bus.emit("stage_finished", stage)
        return chosen

    def run_tasks(self, task: str, payloads: Sequence[dict], backends: Sequence[str] = ()
                  ) -> Iterator[tuple[int, dict | TaskFailed]]:
        """Hand payloads to the executor on the queue their task and backend belong to."""
        queue = self.settings.queue
        return self.executor.map(task, payloads, queue=queue.queue_for(task, list(backends)),
                                 timeout=queue.time_limit(task).hard)

    # ---------------------------------------------------------------- assemble

    def assemble(self, project: Project) -> None:
        """Encode each shot (and each dissolve) as a cached segment, then join them under the speech."""
        timeline = project.timeline
        assert timeline is not None
        section = _section(self.settings.video, keep_backend=True)
        parts = segments(timeline)
        self.bus.emit("stage_started", "assemble", total=len(parts) + 1)
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
        key = cache_key("film", FILM_VERSION, files, timeline, section)
        payload = {"project_dir": str(self.out), "key": key, "section": section, "segments": files,
                   "timeline": timeline.model_dump(mode="json"), "target": "film"}
        [(_, result)] = list(self.run_tasks("join_film", [payload], [section["backend"]]))
        if isinstance(result, TaskFailed):
            raise StageError(f"assemble: {result.message}")
        asset = Asset.model_validate(result["asset"])
        self._asset_event(result, "assemble", "film", asset, final=True)
        self.bus.emit("stage_finished", "assemble")
        film = self.out / "film.mp4"
        link(self.store.path(asset.files["video"]), film)
        with self.stage("subtitles"):
            for kind in ("srt", "vtt"):
                registry.resolve("output", kind)(timeline.cues, self.out / f"film.{kind}")
                probe.check_subtitles(self.out / f"film.{kind}", len(timeline.cues))
        project.outputs = Outputs(film="film.mp4", srt="film.srt", vtt="film.vtt")
        with self.stage("storyboard"):
            verdicts = {shot: [takes.best.asset.key, len(takes.takes), takes.passed] for shot, takes in project.keyframes.items()}
            key = cache_key("storyboard", 1, project.title, project.script, project.shots, verdicts)
            current = (self.out / "storyboard.html").exists() and (self.out / "storyboard.png").exists()
            if not (current and self.store.get("storyboard", key)):
                registry.resolve("output", "storyboard")(project, self.out)
                probe.check_image(self.out / "storyboard.png")
                with self.store.building("storyboard", key) as folder:  # a marker: drawn for this plan
                    self.store.publish(folder, Asset(key=key, kind="storyboard", files={}))
        project.outputs.storyboard_html = "storyboard.html"
        project.outputs.storyboard_png = "storyboard.png"

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
                shutil.rmtree(stale, ignore_errors=True)
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
                stale.unlink()
        for line, takes in project.speech.items():
            if takes.usable:
                link(self.store.path(takes.best.asset.files["audio"]), voices / f"{line}.wav")

    # ------------------------------------------------------------------ events

    def stage(self, name: str) -> _Stage:
        return _Stage(self.bus, name)


class _Stage:
    def __init__(self, bus: EventBus, name: str) -> None:
        self.bus, self.name = bus, name

    def __enter__(self) -> None:
        self.bus.emit("stage_started", self.name, total=1)

    def __exit__(self, kind, exc, tb) -> None:
        if exc is None:
            self.bus.emit("stage_finished", self.name)


def layout_view(shot, take: Take) -> dict:
    """The shot's layout in the form ``studio layout`` writes: objects, camera, relations that hold."""
    # What the critics measured on this take, not a second opinion computed here.
    checks = {name: held for critique in take.critiques for name, held in critique.checks.items()}
    rendered = take.request if isinstance(take.request, RenderRequest) else None
    layout = rendered.layout if rendered else shot.layout
    camera = rendered.camera if rendered else shot.camera
    relations = []
    for relation in layout.relations:
        r = relation.model_dump(mode="json")
        if relation.kind == "visible":
            r["holds"] = checks.get(f"visible:{relation.subject}")
        relations.append(r)
    return {
        "objects": [o.model_dump(mode="json") for o in layout.objects],
        "camera": camera.model_dump(mode="json"),
        "relations": relations,
        "notes": layout.notes,
    }


def link(source: Path, target: Path) -> None:
    """Hard-link a cached file to its readable name (copy across file systems), replacing atomically."""
    target.parent.mkdir(parents=True, exist_ok=True)
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
