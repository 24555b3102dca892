"""A person's decisions about takes, kept in the project (``decisions.json``) and honoured by every run.

A take may be approved (it stays chosen while its asset is in the store and it still fits the
plan: nothing is rendered for it) or rejected with a note (its key is never chosen again; the
note becomes critic feedback, typed where the words allow, and the next run starts from the
rejected take's request revised with those fixes). A shot's description or prompt may be edited
(the keyframe is rendered again from the new words). Decisions are keyed by target: shots by shot
id (keyframes), lines by beat id (speech).

Every change is a read-modify-write of ``decisions.json`` under a lock (a thread lock and an
``flock`` on ``.decisions.json.lock``), written atomically, so two requests at once never lose
each other's decision and a reader never sees half a file.
"""

from __future__ import annotations

import fcntl
import re
import threading
import time
import unicodedata
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Literal, TypeVar

from pydantic import ValidationError

from studio.models import Contract, Fix, Take, validation_problems
from studio.store import write_atomic

FILE = "decisions.json"
LOCK_FILE = ".decisions.json.lock"
VERSION = 1
MAX_NOTE = 2000  # characters, after cleaning
MAX_EDIT = 4000
MAX_TARGET = 200
MAX_REJECTIONS = 200  # per target
Kind = Literal["shot", "line"]
EditField = Literal["description", "prompt", "number"]
ASSET_KINDS = {"shot": "keyframe", "line": "speech"}
STAGES = {"keyframes": "shot", "speech": "line"}  # the pipeline's stage -> the kind of target it makes


class DecisionError(ValueError):
    """A decision that cannot be recorded (bad kind, target, take or text), or a decisions file
    that cannot be read; the message says which."""


class Rejection(Contract):
    key: str  # the rejected take's asset key
    note: str = ""
    fixes: list[Fix] = []  # the note as typed fixes (``note_to_fixes``)
    at: float  # when (time.time())


class Decision(Contract):
    target: str
    approved: Take | None = None
    rejected: list[Rejection] = []
    edits: dict[str, str] = {}  # e.g. {"description": ..., "prompt": ...}

    def rejected_keys(self) -> set[str]:
        return {r.key for r in self.rejected}

    def latest_rejection(self) -> Rejection | None:
        return max(self.rejected, key=lambda r: r.at, default=None)


class Decisions(Contract):
    version: int = VERSION
    shots: dict[str, Decision] = {}  # shot id -> decision (keyframes)
    lines: dict[str, Decision] = {}  # beat id -> decision (speech)

    def of(self, kind: Kind) -> dict[str, Decision]:
        return self.shots if kind == "shot" else self.lines


# ------------------------------------------------------------------ files ---


def path(project_dir: Path) -> Path:
    return Path(project_dir) / FILE


def load(project_dir: Path) -> Decisions:
    """The project's decisions; none when it has no ``decisions.json``."""
    file = path(project_dir)
    try:
        text = file.read_text(encoding="utf-8")
    except FileNotFoundError:
        return Decisions()
    except (OSError, UnicodeDecodeError) as exc:
        raise DecisionError(f"cannot read {file}: {exc}") from None
    try:
        decisions = Decisions.model_validate_json(text)
    except ValidationError as exc:
        raise DecisionError(f"{file} does not fit the decisions contract: "
                            f"{'; '.join(validation_problems(exc)[:3])}") from None
    if decisions.version > VERSION:
        raise DecisionError(f"{file} was written by a newer studio (version {decisions.version})")
    return decisions


_locks: dict[Path, threading.Lock] = {}
_locks_guard = threading.Lock()


@contextmanager
def _locked(project_dir: Path) -> Iterator[None]:
    """This project's decisions, held by one writer: a thread lock for this process, an ``flock``
    for every process on the machine (and on file systems where ``flock`` works)."""
    folder = Path(project_dir).resolve()
    if not folder.is_dir():
        raise DecisionError(f"no project folder at {folder}")
    with _locks_guard:
        lock = _locks.setdefault(folder, threading.Lock())
    with lock, open(folder / LOCK_FILE, "a+b") as handle:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


T = TypeVar("T")


def _update(project_dir: Path, change: Callable[[Decisions], T]) -> T:
    """Read, change and write the decisions as one step (no other writer in between)."""
    with _locked(project_dir):
        decisions = load(project_dir)
        result = change(decisions)
        write_atomic(path(project_dir), decisions.model_dump_json(indent=1) + "\n")
        return result


# --------------------------------------------------------------- decisions ---


def approve(project_dir: Path, kind: Kind, target: str, take: Take) -> Decision:
    """Approve a take: it replaces any earlier approval and is no longer rejected. Every later run
    chooses it without rendering anything for the target, while its asset is in the store."""
    kind, target = _kind(kind), _target(target)
    key = _key(kind, target, take)

    def change(decisions: Decisions) -> Decision:
        decision = decisions.of(kind).setdefault(target, Decision(target=target))
        decision.approved = take
        decision.rejected = [r for r in decision.rejected if r.key != key]
        return decision.model_copy(deep=True)

    return _update(project_dir, change)


def reject(project_dir: Path, kind: Kind, target: str, take: Take, note: str) -> Rejection:
    """Reject a take with a note: its key is never chosen again, and the next run renders the
    target anew from this take's request revised with the note's fixes (``note_to_fixes``).
    Rejecting the approved take withdraws the approval; rejecting a key twice keeps the later note."""
    kind, target = _kind(kind), _target(target)
    key = _key(kind, target, take)
    note = clean_text(note, MAX_NOTE, "note")
    rejection = Rejection(key=key, note=note, fixes=note_to_fixes(note), at=time.time())

    def change(decisions: Decisions) -> Rejection:
        decision = decisions.of(kind).setdefault(target, Decision(target=target))
        if decision.approved is not None and decision.approved.asset and decision.approved.asset.key == key:
            decision.approved = None
        earlier = [r for r in decision.rejected if r.key != key]
        if len(earlier) >= MAX_REJECTIONS:
            raise DecisionError(f"{target} already has {len(earlier)} rejected takes; the limit is {MAX_REJECTIONS}")
        # A rejection is never earlier than one already recorded: the latest is the one to revise.
        at = max([rejection.at, *(r.at + 1e-6 for r in earlier)])
        decision.rejected = [*earlier, rejection.model_copy(update={"at": at})]
        return decision.rejected[-1].model_copy(deep=True)

    return _update(project_dir, change)


def edit(project_dir: Path, kind: Kind, target: str, field: EditField, text: str) -> Decision:
    """Replace a shot's description or its keyframe prompt for every later run (the keyframe is
    rendered again from the new words, so an approval of the shot is withdrawn), or its number
    (which renders nothing again, and outlasts re-plans of the story: shots keep their ids). Empty text
    removes the edit. Lines keep their edits on record; the pipeline does not rewrite speech."""
    kind, target = _kind(kind), _target(target)
    if field not in ("description", "prompt", "number"):
        raise DecisionError(f"cannot edit {field!r}: only 'description', 'prompt' or 'number'")
    text = clean_text(text, MAX_EDIT, field)
    if field == "number" and text and not _NUMBER.fullmatch(text):
        raise DecisionError(f"a shot number is up to 12 letters, digits, '.' or '-' (12, 12A, 12-1): not {text!r}")

    def change(decisions: Decisions) -> Decision:
        decision = decisions.of(kind).setdefault(target, Decision(target=target))
        if text:
            if decision.edits.get(field) != text and field != "number":  # a number changes no picture
                decision.approved = None  # approved under other words
            decision.edits[field] = text
        elif decision.edits.pop(field, None) is not None and field != "number":
            decision.approved = None
        return decision.model_copy(deep=True)

    return _update(project_dir, change)


# ------------------------------------------------------------ checking input ---

_TARGET = re.compile(r"^[A-Za-z0-9_.:-]+$")
_NUMBER = re.compile(r"[A-Za-z0-9][A-Za-z0-9.-]{0,11}")
_BIDI = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f")


def clean_text(text: str, limit: int, what: str = "text") -> str:
    """Text a person typed, made safe to keep and to put in a prompt: control characters (and
    bidirectional overrides) removed, runs of white space made one space, at most ``limit``
    characters (longer is refused, not cut)."""
    if not isinstance(text, str):
        raise DecisionError(f"{what} must be text")
    if len(text) > 4 * limit:  # refuse before cleaning a huge string
        raise DecisionError(f"{what} is {len(text)} characters; at most {limit}")
    kept = []
    for ch in text:
        if ch.isspace():
            kept.append(" ")
        elif unicodedata.category(ch) not in ("Cc", "Cs") and ch not in _BIDI:
            kept.append(ch)
    cleaned = re.sub(r" {2,}", " ", "".join(kept)).strip()
    if len(cleaned) > limit:
        raise DecisionError(f"{what} is {len(cleaned)} characters; at most {limit}")
    return cleaned


def _kind(kind: str) -> Kind:
    if kind not in ASSET_KINDS:
        raise DecisionError(f"kind must be 'shot' or 'line', not {kind!r}")
    return kind  # type: ignore[return-value]


def _target(target: str) -> str:
    if not isinstance(target, str) or not target or len(target) > MAX_TARGET or not _TARGET.match(target):
        raise DecisionError(f"not a shot or line id: {str(target)[:MAX_TARGET]!r}")
    return target


def _key(kind: Kind, target: str, take: Take) -> str:
    """The take's asset key, after checking the take is a rendered take of this target."""
    if not isinstance(take, Take):
        raise DecisionError("a decision needs the take it is about")
    if take.asset is None:
        raise DecisionError(f"{target}: a failed take (no asset) cannot be approved or rejected")
    if take.asset.kind != ASSET_KINDS[kind]:
        raise DecisionError(f"{target}: a {take.asset.kind} take is not a {kind}'s")
    named = getattr(take.request, "shot" if kind == "shot" else "line", None)
    if named is not None and named != target:
        raise DecisionError(f"the take is of {named}, not {target}")
    return take.asset.key


# ------------------------------------------------------------- notes as fixes ---

# Clauses are the note's parts between punctuation and "and"/"but"; each becomes typed fixes
# when its words say something the loop can do, and the rest of the note is a prompt edit.
_CLAUSES = re.compile(r"[.;,!?\n]+|\s+(?:and|but|then|also)\s+", re.I)
_SOUND = re.compile(r"\b(loud|louder|quiet|quieter|volume|shout\w*|whisper\w*|noisy|sound|audio|voice|speak\w*|"
                    r"spoken|reads?|reading|said|says)\b", re.I)
_QUIETER = re.compile(r"\b(too loud|quieter|softer|less loud|lower the volume|volume down|turn (?:it |the volume )?down"
                      r"|shout\w*|too noisy)\b", re.I)
_CAMERA = [  # (verb, words), checked in order; the first that matches a clause wins
    ("pull_back", r"pull(?:ed|ing)? (?:it |the camera |the shot )?(?:back|out)|wider|zoom(?:ed)? out|"
                  r"(?:further|farther) (?:away|back|out)|too (?:close|tight)|more room|back up|dolly out|"
                  r"wide shot|show more|see more"),
    ("push_in", r"closer|push(?:ed)? in|zoom(?:ed)? in|tighter|too (?:far|wide|distant)|move in|dolly in|close[- ]?up"),
    ("raise", r"higher|from above|raise the camera|camera up|too low|crane up|bird'?s[- ]eye"),
    ("lower", r"lower|from below|camera down|too high|low angle"),
]
_CAMERA_RE = [(verb, re.compile(rf"\b(?:{words})\b", re.I)) for verb, words in _CAMERA]
_SEED = re.compile(r"\b(new seed|try again|again|another (?:take|one|try|version|seed|go)|re-?roll|redo|"
                   r"different (?:take|one|seed|version|draw)|something different)\b|^\s*different\s*$", re.I)
_REMOVE = re.compile(r"\b(?:remove|delete|get rid of|take out|lose)\s+(?:the\s+|that\s+|this\s+|a\s+)?"
                     r"(?P<noun>[a-z][a-z'-]*)", re.I)
_MOVE = re.compile(r"\b(?:move|put|shift|place)\s+(?:the\s+|that\s+|this\s+)?(?P<noun>[a-z][a-z'-]*)\s+"
                   r"(?:(?:to|towards?)\s+the\s+|(?:a\s+)?(?:bit|little)\s+|further\s+|farther\s+|more\s+)*"
                   r"(?P<way>left|right|back(?:wards?)?|forwards?|closer|away|nearer|up|down)\b", re.I)
_FILLER = {"please", "thanks", "thank", "you", "ok", "okay", "a", "bit", "little", "just", "maybe", "hmm", "no", "yes",
           "so", "now", "too", "more", "much", "the", "it", "this", "that", "one", "shot", "take"}
_OBJECT_WAYS = {"left": "move_left", "right": "move_right", "back": "move_back", "backward": "move_back",
                "backwards": "move_back", "away": "move_back", "forward": "move_forward",
                "forwards": "move_forward", "closer": "move_forward", "nearer": "move_forward"}
_CAMERA_WAYS = {"back": "pull_back", "backward": "pull_back", "backwards": "pull_back", "away": "pull_back",
                "forward": "push_in", "forwards": "push_in", "closer": "push_in", "nearer": "push_in",
                "up": "raise", "down": "lower"}


def note_to_fixes(note: str) -> list[Fix]:
    """A reviewer's note as the typed fixes the critic loop acts on, each with the note as its reason:

    * camera (``camera_change``): "pull back", "wider", "zoom out", "too close" -> ``pull_back``;
      "closer", "push in", "tighter" -> ``push_in``; "higher", "from above" -> ``raise``;
      "lower", "from below" -> ``lower``; "move the camera back/closer/up/down" likewise;
    * objects (``layout_change``, target the noun as written, matched to the shot's objects when the
      take is revised): "remove the lamp" -> ``remove``; "move the chair left/right/back/forward";
    * a new draw (``seed_change``): "new seed", "try again", "another take", "something different";
    * speech (``volume_change``): "quieter", "too loud", "softer" -> ``lower``;
    * anything else (a clause none of these read): one ``prompt_edit`` whose value is those words
      (the whole note when nothing was typed)."""
    note = clean_text(note, MAX_NOTE, "note")
    if not note:
        return []
    fixes: list[Fix] = []
    untyped: list[str] = []

    def add(kind: str, target: str, value: str) -> None:
        fix = Fix(kind=kind, target=target, value=value, reason=note)  # type: ignore[arg-type]
        if fix not in fixes:
            fixes.append(fix)

    for clause in (c.strip() for c in _CLAUSES.split(note)):
        if not clause or set(re.findall(r"[a-z']+", clause.lower())) <= _FILLER:
            continue
        typed = len(fixes)
        if _SOUND.search(clause):
            if _QUIETER.search(clause):
                add("volume_change", "volume", "lower")
        else:
            moved = _MOVE.search(clause)
            removed = _REMOVE.search(clause)
            if moved and moved["noun"].lower() == "camera":
                if way := _CAMERA_WAYS.get(moved["way"].lower()):
                    add("camera_change", "camera", way)
            elif moved and (way := _OBJECT_WAYS.get(moved["way"].lower())):
                add("layout_change", moved["noun"].lower(), way)
            elif removed and removed["noun"].lower() != "camera":
                add("layout_change", removed["noun"].lower(), "remove")
            else:
                verb = next((verb for verb, words in _CAMERA_RE if words.search(clause)), None)
                if verb:
                    add("camera_change", "camera", verb)
            if _SEED.search(clause):
                add("seed_change", "seed", "new")
        if len(fixes) == typed:
            untyped.append(clause)
    if untyped:
        add("prompt_edit", "prompt", note if not fixes else ", ".join(untyped))
    return fixes
