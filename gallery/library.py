"""Project folders as the gallery shows them: summaries for the list, the whole project for its
page. Projects are read as they are on disk, mid-render and from older versions included: a
project.json that does not validate is shown from its events alone."""

from __future__ import annotations

import json
import time
from pathlib import Path

from pydantic import BaseModel, ValidationError

from gallery.live import read_after
from gallery.safety import Refused
from studio import boards, decisions
from studio.models import Project, Take, Takes

MAX_PROJECTS = 500


class Summary(BaseModel):
    name: str  # the folder's name under the served root: the project's address
    title: str
    state: str  # planning, rendering, done, failed; unreadable: a project.json this version cannot read
    shots_done: int = 0
    shots_total: int = 0
    thumbnail: str | None = None  # a file of the project (relative path)
    duration_s: float | None = None
    changed: float  # seconds since the epoch
    changed_ago: str = ""


def projects(root: Path) -> list[Summary]:
    """The newest projects first; folders linked in from elsewhere are not served, so not listed."""
    root = root.resolve()
    if not root.is_dir():
        return []
    folders = [p for p in root.iterdir() if p.is_dir() and not p.is_symlink() and is_project(p)]
    folders = sorted(folders, key=lambda p: p.stat().st_mtime, reverse=True)[:MAX_PROJECTS]
    return sorted((robust_summary(folder) for folder in folders), key=lambda s: s.changed, reverse=True)


def robust_summary(folder: Path) -> Summary:
    try:
        return summary(folder)
    except (OSError, ValueError, TypeError, AttributeError, KeyError):  # one odd folder never hides the others
        return Summary(name=folder.name, title=folder.name, state="unreadable", changed=folder.stat().st_mtime)


def is_project(folder: Path) -> bool:
    return (folder / "project.json").is_file() or (folder / "events.jsonl").is_file()


def load(folder: Path) -> Project | None:
    try:
        return Project.model_validate_json((folder / "project.json").read_bytes())
    except (OSError, ValidationError, ValueError):
        return None


def unreadable(folder: Path) -> dict:
    """What a project whose plan this version cannot read still shows: why, its title, its film and
    subtitles and each shot folder's keyframe, read from files alone (none of them needs the plan)."""
    reason, title = "it has no project.json yet: it is still being planned", folder.name
    try:
        raw = (folder / "project.json").read_bytes()
    except FileNotFoundError:
        raw = None
    except OSError as exc:
        reason = f"project.json cannot be read: {exc.strerror}"
        raw = None
    if raw is not None:
        try:
            Project.model_validate_json(raw)
            reason = "its plan was being written; refresh to see it"
        except ValidationError as exc:
            first = exc.errors()[0]
            where = ".".join(str(part) for part in first["loc"]) or "the file"
            reason = f"project.json is not a plan this version reads ({where}: {first['msg']})"
        except ValueError:
            reason = "project.json is not JSON"
        try:
            data = json.loads(raw)
            if isinstance(data, dict) and isinstance(data.get("title"), str) and data["title"].strip():
                title = data["title"].strip()[:200]
        except ValueError:
            pass
    shots = sorted(p.parent.name for p in (folder / "shots").glob("*/keyframe.png"))
    present = [name for name in ("film.mp4", "film.vtt") if (folder / name).is_file()]
    return {"reason": reason, "title": title, "film": "film.mp4" if "film.mp4" in present else None,
            "vtt": "film.vtt" if "film.vtt" in present else None,
            "shots": [{"id": shot, "keyframe": f"shots/{shot}/keyframe.png"} for shot in shots]}


def last_run(folder: Path) -> list[dict]:
    """The events of the latest run (each run starts with its ingest stage)."""
    try:
        lines = (folder / "events.jsonl").read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return []
    events = []
    for line in lines:
        try:
            event = json.loads(line)
        except ValueError:
            continue  # a line being written
        if not isinstance(event, dict) or not isinstance(event.get("data") or {}, dict):
            continue
        event["data"] = event.get("data") or {}
        kind = event.get("kind")
        started = (kind == "stage_started" and event.get("stage") == "ingest") or kind == "job_started"
        if started or event["data"].get("run_started"):
            events = []
        events.append(event)
    return events


def summary(folder: Path) -> Summary:
    project = load(folder)
    events = last_run(folder)
    changed = max((p.stat().st_mtime for p in (folder / "project.json", folder / "events.jsonl") if p.exists()),
                  default=folder.stat().st_mtime)
    total = next((e.get("total") or 0 for e in reversed(events)
                  if e.get("kind") == "stage_started" and e.get("stage") == "keyframes"), 0)
    done = sum(1 for e in events if e.get("kind") == "critique" and e.get("stage") == "keyframes"
               and e.get("data", {}).get("final"))
    film = folder / "film.mp4"
    failed = any(e.get("kind") == "error" and e.get("stage") in ("film", "plan", "ingest", "assemble", "rerender")
                 for e in events)
    finished = any(e.get("stage") == "rerender" and e.get("kind") == "progress" and not e["data"].get("run_started")
                   for e in events) or not any(e.get("stage") == "rerender" for e in events)
    kinds = {e.get("kind") for e in events}
    finished = finished and ("job_started" not in kinds or "job_finished" in kinds)  # a film made as a job
    if project and project.outputs.film and film.is_file() and not failed and finished:
        state = "done"
    elif failed:
        state = "failed"
    elif project and project.shots:
        state = "rendering"
    elif project is None and (folder / "project.json").is_file():  # written whole (atomically), yet not a plan
        state = "unreadable"
    else:
        state = "planning"
    thumbnail = None
    if project and project.shots:
        first = min(project.shots, key=lambda s: s.index)
        candidate = folder / "shots" / first.id / "keyframe.png"
        thumbnail = candidate.relative_to(folder).as_posix() if candidate.is_file() else None
    total = total or (len(project.shots) if project else 0)
    title = project.title if project else unreadable(folder)["title"] if state == "unreadable" else folder.name
    return Summary(name=folder.name, title=title, state=state,
                   shots_done=total if state == "done" else min(done, total), shots_total=total,
                   thumbnail=thumbnail, duration_s=project.timeline.duration if project and project.timeline else None,
                   changed=changed, changed_ago=ago(changed))


def ago(stamp: float) -> str:
    seconds = max(0, int(time.time() - stamp))
    for unit, size in (("d", 86400), ("h", 3600), ("min", 60)):
        if seconds >= size:
            return f"{seconds // size} {unit} ago"
    return "just now"  # finer would change the page every second


def take_files(takes: Takes | None) -> list[dict]:
    """Each take's files and verdict, for pages and the API."""
    if takes is None:
        return []
    rows = []
    for index, take in enumerate(takes.takes):
        rows.append({"index": index, "attempt": take.attempt, "candidate": take.candidate,
                     "chosen": index == takes.chosen, "passed": take.passed, "score": round(take.score, 3),
                     "error": take.error, "files": dict(take.asset.files) if take.asset else {},
                     "key": take.asset.key if take.asset else None,
                     "critiques": [c.model_dump(mode="json") for c in take.critiques],
                     "request": take.request.model_dump(mode="json") if take.request else None,
                     "approved": False, "rejected": None, "parent": None})
    by_key = {row["key"]: row["index"] for row in rows if row["key"]}
    for row, take in zip(rows, takes.takes, strict=True):  # lineage: the take whose critique or note made this one
        revises = getattr(take.request, "revises", None)
        row["parent"] = by_key.get(revises) if revises else None
    return rows


def beats_by_id(project: Project) -> dict:
    return {beat.id: beat for scene in (project.script.scenes if project.script else []) for beat in scene.beats}


def names(project: Project) -> dict[str, str]:
    return {c.id: c.name for c in project.treatment.characters} if project.treatment else {}


def line_audio(project: Project, beat_id: str) -> str | None:
    takes = project.speech.get(beat_id)
    if takes is None or takes.chosen is None:
        return None
    asset = takes.takes[takes.chosen].asset
    return asset.files.get("audio") if asset else None


def verdict(takes: Takes | None) -> str:
    if takes is None or not takes.takes:
        return "none"
    if takes.chosen is None:
        return "failed"
    return "passed" if takes.takes[takes.chosen].passed else "kept"  # kept: the best of failed takes


MAX_VERSIONS = 20


def film_versions(folder: Path) -> list[dict]:
    """Every film this project has been cut into, newest first: each stays in the asset cache when
    a later run links film.mp4 to another (the current one is marked)."""
    current = folder / "film.mp4"
    found = []
    for manifest in (folder / "cache" / "film").glob("*/asset.json"):
        video = manifest.parent / "film.mp4"
        if video.is_file():
            found.append({"file": video.relative_to(folder).as_posix(), "made": manifest.stat().st_mtime,
                          "current": current.is_file() and current.samefile(video) or _same_bytes(current, video)})
    found.sort(key=lambda version: version["made"], reverse=True)
    for version in found:
        version["made_ago"] = ago(version["made"])
    return found[:MAX_VERSIONS]


def _same_bytes(a: Path, b: Path) -> bool:
    # film.mp4 is a hard link where the file system allows, a copy elsewhere.
    return a.is_file() and a.stat().st_size == b.stat().st_size and a.read_bytes() == b.read_bytes()


def decision_of(decision) -> str:
    """A shot's review state: approved, rejected (its latest word), or unreviewed."""
    if decision is None:
        return "unreviewed"
    if decision.approved is not None:
        return "approved"
    return "rejected" if decision.rejected else "unreviewed"


def project_view(folder: Path, project: Project) -> dict:
    """The project page's content; its storyboard is ``boards.cards``, as in storyboard.html."""
    beats = beats_by_id(project)
    decided = decisions.load(folder).shots
    sections = boards.by_scene(project, boards.cards(project, folder))
    scenes = [{"id": section["id"], "heading": section["heading"], "shots": [
        {"id": card.shot.id, "index": card.shot.index, "number": card.shot.label, "type": card.shot.type,
         "terms": boards.shot_terms(card.shot), "description": card.shot.description,
         "move": card.shot.camera.move, "verdict": card.verdict, "reasons": card.reasons, "takes": card.takes,
         "decision": decision_of(decided.get(card.shot.id)), "keyframe": card.image,
         "lines": [{"speaker": speaker, "text": text, "kind": kind} for speaker, text, kind in card.lines]}
        for card in section["cards"]]} for section in sections]
    characters = []
    for character in project.treatment.characters if project.treatment else []:
        sample = next((line_audio(project, b.id) for b in beats.values() if b.speaker == character.id
                       and line_audio(project, b.id)), None)
        characters.append({"id": character.id, "name": character.name, "description": character.look.description,
                           "colours": [f"#{r:02x}{g:02x}{b:02x}" for r, g, b in
                                       (character.look.top, character.look.hair, character.look.skin)],
                           "voice": character.voice.model_dump(mode="json"), "sample": sample})
    film = project.outputs.film if project.outputs.film and (folder / project.outputs.film).is_file() else None
    versions = film_versions(folder)
    vtt = project.outputs.vtt if project.outputs.vtt and (folder / project.outputs.vtt).is_file() else None
    return {"title": project.title, "logline": project.treatment.logline if project.treatment else "",
            "film": film, "vtt": vtt, "versions": versions, "scenes": scenes, "sections": sections,
            "characters": characters,
            "failures": list(project.failures),
            "usage": project.usage.model_dump(mode="json") if project.usage else None}


def shot_view(folder: Path, project: Project, shot_id: str) -> dict:
    shot = next((s for s in project.shots if s.id == shot_id), None)
    if shot is None:
        raise Refused(404, "no such shot")
    beats, who = beats_by_id(project), names(project)
    views = {name: f"shots/{shot_id}/{name}.png" for name in ("keyframe", "depth", "mask")
             if (folder / "shots" / shot_id / f"{name}.png").is_file()}
    ordered = sorted(project.shots, key=lambda s: s.index)
    position = ordered.index(shot)
    takes = take_files(project.keyframes.get(shot_id))
    decision = decisions.load(folder).shots.get(shot_id)
    if decision is not None:  # what a person said of each take
        notes = {r.key: r.note for r in decision.rejected}
        approved = decision.approved.asset.key if decision.approved and decision.approved.asset else None
        for take in takes:
            take["approved"] = take["key"] is not None and take["key"] == approved
            if take["key"] in notes:
                take["rejected"] = notes[take["key"]] or "rejected"
    chosen = next((t for t in takes if t["chosen"] and t["request"]), None)
    return {"shot": shot.model_dump(mode="json"), "terms": boards.shot_terms(shot), "views": views,
            "verdict": verdict(project.keyframes.get(shot_id)),
            "takes": takes, "prompt": chosen["request"]["prompt"] if chosen else "",
            "lines": [{"id": b, "speaker": who.get(beats[b].speaker or "", "Narrator"), "text": beats[b].text,
                       "audio": line_audio(project, b)} for b in shot.beats if b in beats and beats[b].voiced],
            "previous": ordered[position - 1].id if position > 0 else None,
            "next": ordered[position + 1].id if position + 1 < len(ordered) else None}


def take_of(project: Project, shot_id: str, index: int) -> Take:
    takes = project.keyframes.get(shot_id)
    if takes is None or not 0 <= index < len(takes.takes):
        raise Refused(404, "no such take")
    return takes.takes[index]


def events_seen(folder: Path) -> int:
    """How many events the log holds now: a page rendered now streams the ones after it."""
    return read_after(folder / "events.jsonl", after=1 << 62)[1][0]
