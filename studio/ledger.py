"""The account of model calls: every call a project makes (one JSON line each in its ledger), the
budget it is held to, and the errors a model-backed role ends with.

The ledger is a file in the project (``llm/calls.jsonl``), appended under a lock, so that the
planner in the CLI and critics on several workers of one farm add to the same account; what a
project has spent is always the sum of its ledger, never a counter held in one process.
"""

from __future__ import annotations

import fcntl
import json
import os
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import BaseModel

from studio.models import Usage

LEDGER = Path("llm") / "calls.jsonl"
BUDGET_SPENT = "budget spent"  # how a refusal for money or tokens begins, wherever it is reported


class CallRecord(BaseModel):
    ts: float
    role: str  # director, screenwriter, layout, artist, critic.vlm, doctor
    model: str
    endpoint: str  # scheme and host only: never a key, never a query string
    outcome: str  # ok, or the error's kind (timeout, connection, http 429, ...)
    cached: bool = False  # answered from the response cache: nothing was sent
    tokens_in: int = 0
    tokens_out: int = 0
    latency_s: float = 0.0
    cost: float = 0.0


class ModelError(RuntimeError):
    """A model-backed role could not get a valid answer; the message says who, where and why."""


class BudgetExceeded(ModelError):
    """A call would take the project over its budget; nothing was sent."""


@dataclass
class Workspace:
    """Where a role's calls are recorded and cached (the project folder), and who hears of them."""

    project_dir: Path
    on_call: Callable[[CallRecord], None] | None = None
    warn: Callable[[str], None] = field(default=lambda message: None)
    fallbacks: int = 0  # how often an offline agent stood in for a model: such a plan is not cached


class Budget(BaseModel):
    usd: float | None = None
    tokens: int | None = None

    @property
    def unlimited(self) -> bool:
        return self.usd is None and self.tokens is None

    def describe(self, usage: Usage) -> str:
        parts = []
        if self.usd is not None:
            parts.append(f"${usage.cost:.4f} of ${self.usd:.4f}")
        if self.tokens is not None:
            parts.append(f"{usage.tokens_in + usage.tokens_out} of {self.tokens} tokens")
        return ", ".join(parts) or "no budget"

    def check(self, usage: Usage, tokens: int, cost: float, what: str) -> None:
        """Refuse a call that could take the project over budget (at its largest reply)."""
        over_money = self.usd is not None and usage.cost + cost > self.usd
        over_tokens = self.tokens is not None and usage.tokens_in + usage.tokens_out + tokens > self.tokens
        if over_money or over_tokens:
            raise BudgetExceeded(f"{BUDGET_SPENT}: {self.describe(usage)} used; {what} could take up to "
                                 f"{tokens} tokens (${cost:.4f}), so it was not sent")


class Ledger:
    """Append-only lines under a file lock: call records, and the reservations that hold a call's
    largest cost against the budget while it is in flight (so that critics on several workers
    cannot all pass the check on the same last dollar). A reservation is released when its call
    ends, whatever the outcome; one whose process died stays held, erring on the side of the cap."""

    def __init__(self, project_dir: Path) -> None:
        self.path = Path(project_dir) / LEDGER

    @contextmanager
    def _locked(self) -> Iterator[None]:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with open(self.path.with_suffix(".lock"), "a") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(lock, fcntl.LOCK_UN)

    def _append(self, line: str) -> None:
        with open(self.path, "a", encoding="utf-8") as file:
            file.write(line + "\n")
            file.flush()
            os.fsync(file.fileno())

    def _lines(self) -> list[dict]:
        if not self.path.exists():
            return []
        entries = []
        for line in self.path.read_text(encoding="utf-8").splitlines():
            try:
                entries.append(json.loads(line))
            except ValueError:  # a line torn by a crash: the rest of the account still stands
                continue
        return entries

    def add(self, record: CallRecord) -> None:
        with self._locked():
            self._append(record.model_dump_json())

    def reserve(self, budget: Budget, tokens: int, cost: float, what: str) -> str | None:
        """Hold ``tokens`` / ``cost`` against the budget, or raise ``BudgetExceeded``; returns the
        reservation to release when the call ends (None when there is no budget to hold)."""
        if budget.unlimited:
            return None
        with self._locked():
            entries = self._lines()
            usage = _totals(entries)
            held = _held(entries)
            budget.check(usage.model_copy(update={"cost": usage.cost + held["cost"],
                                                   "tokens_in": usage.tokens_in + held["tokens"]}), tokens, cost, what)
            reservation = uuid.uuid4().hex
            self._append(json.dumps({"reserve": reservation, "ts": time.time(), "tokens": tokens, "cost": cost}))
            return reservation

    def release(self, reservation: str | None) -> None:
        if reservation:
            with self._locked():
                self._append(json.dumps({"release": reservation}))

    def records(self) -> list[CallRecord]:
        if not self.path.exists():  # a project that never called a model has no ledger, nor its folder
            return []
        with self._locked():
            entries = self._lines()
        return [CallRecord.model_validate(e) for e in entries if "role" in e]

    def usage(self) -> Usage:
        if not self.path.exists():
            return Usage()
        with self._locked():
            return _totals(self._lines())


def _totals(entries: list[dict]) -> Usage:
    usage = Usage()
    for entry in entries:
        if "role" not in entry:
            continue
        record = CallRecord.model_validate(entry)
        if record.cached:
            usage.cached += 1
            continue
        usage.calls += 1
        usage.tokens_in += record.tokens_in
        usage.tokens_out += record.tokens_out
        usage.cost += record.cost
        role = usage.by_role.setdefault(record.role, {"calls": 0, "tokens_in": 0, "tokens_out": 0, "cost": 0.0})
        role["calls"] += 1
        role["tokens_in"] += record.tokens_in
        role["tokens_out"] += record.tokens_out
        role["cost"] += record.cost
    usage.cost = round(usage.cost, 6)
    return usage


def _held(entries: list[dict]) -> dict[str, float]:
    released = {e["release"] for e in entries if "release" in e}
    open_ = [e for e in entries if "reserve" in e and e["reserve"] not in released]
    return {"tokens": sum(e["tokens"] for e in open_), "cost": sum(e["cost"] for e in open_)}
