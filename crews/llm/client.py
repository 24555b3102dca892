"""One OpenAI-compatible endpoint as one role uses it: structured replies, repairs, retries, a
request-rate limit, a response cache and a ledger entry for every call.

Every reply is parsed into a pydantic contract before anyone sees it; a reply that does not fit
is sent back with its validation errors (up to ``repairs`` times), so what leaves this module is
always a valid object or one ``ModelError`` naming the role, the endpoint and the reason.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import threading
import time
from collections import deque
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar
from urllib.parse import urlsplit

import openai
from openai.types.chat import ChatCompletion
from pydantic import BaseModel, ValidationError
from tenacity import (
    RetryCallState,
    Retrying,
    retry_if_exception,
    stop_after_attempt,
    wait_random_exponential,
)

from studio.ledger import Budget, CallRecord, Ledger, ModelError, Workspace
from studio.models import validation_problems
from studio.store import write_atomic

T = TypeVar("T", bound=BaseModel)
RESPONSE_CACHE = Path("llm") / "responses"
NO_KEY = "no-key"  # local servers (Ollama, llama.cpp, vLLM) accept any key; the client wants one


class RateLimit:
    """At most ``rpm`` requests in any minute (``window_s``) to one endpoint from this process."""

    def __init__(self, window_s: float = 60.0) -> None:
        self.window_s = window_s
        self._lock = threading.Lock()
        self._sent: dict[str, deque[float]] = {}

    def wait(self, endpoint: str, rpm: int) -> None:
        if rpm <= 0:
            return
        while True:
            with self._lock:
                sent = self._sent.setdefault(endpoint, deque())
                now = time.monotonic()
                while sent and now - sent[0] >= self.window_s:
                    sent.popleft()
                if len(sent) < rpm:
                    sent.append(now)
                    return
                delay = self.window_s - (now - sent[0])
            time.sleep(delay)  # a rate limit is a wait by definition


RATE_LIMIT = RateLimit()
DOWN: dict[str, tuple[float, str]] = {}  # endpoint -> (when, why) it was last found unreachable


def _transient(exc: BaseException) -> bool:
    if isinstance(exc, (openai.RateLimitError, openai.APIConnectionError)):  # timeouts are connection errors
        return True
    return isinstance(exc, openai.APIStatusError) and exc.status_code >= 500


class _Wait:
    """Exponential backoff with jitter, or the server's own Retry-After when it gives one."""

    def __init__(self, backoff_s: float, backoff_max_s: float) -> None:
        self.jitter = wait_random_exponential(multiplier=backoff_s, max=backoff_max_s)
        self.cap = backoff_max_s

    def __call__(self, state: RetryCallState) -> float:
        exc = state.outcome.exception() if state.outcome else None
        response = getattr(exc, "response", None)
        if response is not None:
            after = response.headers.get("retry-after")
            try:
                return min(max(float(after), 0.0), self.cap) if after is not None else self.jitter(state)
            except ValueError:  # an HTTP date: rare from model servers; back off as usual
                pass
        return self.jitter(state)


def api_key(variable: str | None, base_url: str) -> str:
    """The key from the environment: the role's variable, then STUDIO_LLM_API_KEY; OPENAI_API_KEY
    only for OpenAI itself, so that a key for OpenAI is never sent to some other server."""
    names = [variable, "STUDIO_LLM_API_KEY"]
    if (urlsplit(base_url).hostname or "").endswith("openai.com"):
        names.append("OPENAI_API_KEY")
    for name in names:
        if name and (value := os.environ.get(name)):
            return value
    return NO_KEY


def endpoint_name(base_url: str) -> str:
    """Scheme, host, port and path: never the user-info part of a URL, where a key may hide."""
    parts = urlsplit(base_url)
    host = parts.hostname or ""
    port = f":{parts.port}" if parts.port else ""
    return f"{parts.scheme}://{host}{port}{parts.path}".rstrip("/")


def price(prices: dict, model: str, tokens_in: int, tokens_out: int) -> float:
    entry = prices.get(model) or {}
    return (tokens_in * entry.get("input_per_mtok", 0.0) + tokens_out * entry.get("output_per_mtok", 0.0)) / 1e6


IMAGE_TOKENS = 765  # an image part as OpenAI counts a high-detail picture of the VLM's size
DOWN_FOR_S = 300.0  # an endpoint that could not be reached is not asked again for this long


def estimate_tokens(messages: list[dict]) -> int:
    """About four characters a token, and a flat charge per image: enough to hold a budget to."""
    total = 0
    for message in messages:
        content = message["content"]
        parts = content if isinstance(content, list) else [{"type": "text", "text": content}]
        for part in parts:
            total += len(part.get("text", "")) // 4 + (IMAGE_TOKENS if part.get("type") == "image_url" else 0)
    return total + 4 * len(messages)


class LLMClient:
    """Structured completions from one endpoint for one role (``director``, ``critic.vlm``, ...)."""

    def __init__(self, role: str, base_url: str | None = None, model: str | None = None,
                 api_key_env: str | None = None, temperature: float = 0.2, max_tokens: int = 4096,
                 timeout_s: float = 60.0, retries: int = 4, backoff_s: float = 1.0, backoff_max_s: float = 30.0,
                 rpm: int = 0, repairs: int = 2, structured: str = "json_schema",
                 budget_usd: float | None = None, budget_tokens: int | None = None,
                 prices: dict | None = None, **_: Any) -> None:
        if not base_url or not model:
            raise ModelError(f"{role}: backend llm needs a base_url and a model (config crews.{role}, or "
                             "llm.base_url / llm.model, or STUDIO_LLM_BASE_URL / STUDIO_LLM_MODEL)")
        self.role, self.model = role, model
        self.endpoint = endpoint_name(base_url)
        self.temperature, self.max_tokens = temperature, max_tokens
        self.retries, self.backoff_s, self.backoff_max_s = retries, backoff_s, backoff_max_s
        self.rpm, self.repairs, self.structured = rpm, repairs, structured
        self.budget = Budget(usd=budget_usd, tokens=budget_tokens)
        self.prices = {name: dict(p) for name, p in (prices or {}).items()}
        self._key = api_key(api_key_env, base_url)
        # The client's own retries are off: ours honour Retry-After, add jitter and are recorded.
        self._client = openai.OpenAI(base_url=base_url, api_key=self._key, timeout=timeout_s, max_retries=0)

    # ------------------------------------------------------------------ public

    def complete(self, contract: type[T], system: str, user: str | list[dict], workspace: Workspace,
                 validate: Callable[[T], list[str]] | None = None, what: str = "") -> T:
        """Ask for one ``contract``; repair invalid replies; raise ``ModelError`` when it cannot."""
        what = what or f"the {self.role}'s call"
        schema = contract.model_json_schema()
        system = f"{system}\n\nReply with one JSON object and nothing else, valid against this JSON schema:\n" \
                 f"{json.dumps(schema, separators=(',', ':'))}"
        messages: list[dict] = [{"role": "system", "content": system}, {"role": "user", "content": user}]
        problems: list[str] = []
        turns: list[tuple[Path, dict, str]] = []  # cached only once the conversation ends in a valid reply
        for _ in range(self.repairs + 1):
            content, cache, request = self.send(messages, contract.__name__, schema, workspace, what)
            turns.append((cache, request, content))
            try:
                value = contract.model_validate(_json(content))
                problems = validate(value) if validate else []
            except (ValueError, ValidationError) as exc:
                problems = validation_problems(exc) if isinstance(exc, ValidationError) else [f"not JSON: {exc}"]
            if not problems:
                for path, sent, answer in turns:
                    if not path.exists():
                        write_atomic(path, json.dumps({"request": sent, "content": answer}))
                return value
            messages = [*messages, {"role": "assistant", "content": content},
                         {"role": "user", "content": "That reply is not valid. Fix these problems and reply with "
                                                     "the whole corrected JSON object only:\n- " + "\n- ".join(problems[:12])}]
        raise ModelError(self.redact(f"{self.role}: the model at {self.endpoint} ({self.model}) gave no valid "
                                      f"{contract.__name__} in {self.repairs + 1} tries: {'; '.join(problems[:3])}"))

    def ping(self) -> str:
        """One cheap call: is the endpoint there, and does it know the model? Returns what it found."""
        try:
            models = [m.id for m in self._client.models.list()]
        except openai.NotFoundError:  # some servers have no /models: ask for one token instead
            self._client.chat.completions.create(model=self.model, max_tokens=1,
                                                 messages=[{"role": "user", "content": "ping"}])
            return "answers"
        if models and self.model not in models:
            raise ModelError(f"{self.endpoint} answers but has no model {self.model!r} (it has: "
                             f"{', '.join(models[:8])})")
        return f"answers, has {self.model}"

    # ----------------------------------------------------------------- sending

    def send(self, messages: list[dict], name: str, schema: dict, workspace: Workspace, what: str
             ) -> tuple[str, Path, dict]:
        """One request: (reply, its cache file, the request), from the cache when this exact request
        was answered before. The reply format is left out of the key: a server that has only JSON
        mode answers the same request the same way."""
        request = {"model": self.model, "messages": messages, "temperature": self.temperature,
                   "max_tokens": self.max_tokens}
        key = hashlib.sha256(json.dumps([self.endpoint, request], sort_keys=True).encode()).hexdigest()
        cache = Path(workspace.project_dir) / RESPONSE_CACHE / f"{key[:2]}/{key}.json"
        if cache.exists():
            self._record(workspace, "ok", cached=True, latency=0.0)
            return json.loads(cache.read_text(encoding="utf-8"))["content"], cache, request
        if (down := DOWN.get(self.endpoint)) and time.monotonic() - down[0] < DOWN_FOR_S:
            raise ModelError(f"{self.role}: the model at {self.endpoint} ({self.model}) failed: {down[1]} "
                             "(earlier in this run; not asked again for a while)")
        ledger = Ledger(workspace.project_dir)
        tokens_in = estimate_tokens(messages)
        reservation = ledger.reserve(self.budget, tokens_in + self.max_tokens,
                                     price(self.prices, self.model, tokens_in, self.max_tokens), what)
        retrying = Retrying(stop=stop_after_attempt(self.retries + 1), retry=retry_if_exception(_transient),
                            wait=_Wait(self.backoff_s, self.backoff_max_s), reraise=True)
        try:
            content = retrying(self._post, {**request, "response_format": self._format(name, schema)}, workspace)
        except openai.APIError as exc:
            reason = describe_error(exc) + (f" (after {self.retries + 1} tries)" if _transient(exc) else "")
            if isinstance(exc, openai.APIConnectionError):  # unreachable: the next ask fails at once
                DOWN[self.endpoint] = (time.monotonic(), reason)
            raise ModelError(self.redact(f"{self.role}: the model at {self.endpoint} ({self.model}) failed: {reason}")
                             ) from None
        finally:
            ledger.release(reservation)
        DOWN.pop(self.endpoint, None)
        return content, cache, request

    def _post(self, request: dict, workspace: Workspace) -> str:
        RATE_LIMIT.wait(self.endpoint, self.rpm)
        started = time.perf_counter()
        try:
            response = self._client.chat.completions.create(**request)
        except openai.BadRequestError as exc:
            if request["response_format"]["type"] == "json_schema" and "response_format" in str(exc):
                # The server has no structured output: JSON mode, with the schema in the prompt.
                self.structured = "json_object"
                request["response_format"] = {"type": "json_object"}
                return self._post(request, workspace)
            self._record(workspace, _kind(exc), latency=time.perf_counter() - started)
            raise
        except openai.APIError as exc:
            self._record(workspace, _kind(exc), latency=time.perf_counter() - started)
            raise
        except ValueError as exc:  # a body that is not JSON at all
            self._record(workspace, "not a completion", latency=time.perf_counter() - started)
            raise ModelError(f"{self.role}: the model at {self.endpoint} answered with something that is not a chat "
                             f"completion ({type(exc).__name__})") from None
        if not isinstance(response, ChatCompletion):  # e.g. an HTML error page served with status 200
            self._record(workspace, "not a completion", latency=time.perf_counter() - started)
            raise ModelError(f"{self.role}: the model at {self.endpoint} answered with something that is not a chat "
                             f"completion: {str(response)[:80]!r}")
        usage = response.usage
        tokens_in = usage.prompt_tokens if usage else estimate_tokens(request["messages"])
        content = (response.choices[0].message.content or "") if response.choices else ""
        tokens_out = usage.completion_tokens if usage else len(content) // 4
        self._record(workspace, "ok", latency=time.perf_counter() - started, tokens_in=tokens_in, tokens_out=tokens_out)
        return content

    def redact(self, text: str) -> str:
        """Servers and proxies sometimes echo the key in an error: it never reaches a message."""
        return text.replace(self._key, "***") if self._key != NO_KEY and len(self._key) >= 8 else text

    def _format(self, name: str, schema: dict) -> dict:
        if self.structured == "json_schema":
            return {"type": "json_schema", "json_schema": {"name": name, "schema": schema, "strict": False}}
        return {"type": "json_object"}

    def _record(self, workspace: Workspace, outcome: str, latency: float, cached: bool = False,
                tokens_in: int = 0, tokens_out: int = 0) -> None:
        record = CallRecord(ts=time.time(), role=self.role, model=self.model, endpoint=self.endpoint, outcome=outcome,
                            cached=cached, tokens_in=tokens_in, tokens_out=tokens_out, latency_s=round(latency, 4),
                            cost=round(price(self.prices, self.model, tokens_in, tokens_out), 8))
        Ledger(workspace.project_dir).add(record)
        if workspace.on_call:
            workspace.on_call(record)


def _json(content: str) -> Any:
    text = content.strip()
    fenced = re.match(r"^```(?:json)?\s*(.*?)\s*```$", text, re.DOTALL)  # some models fence JSON anyway
    return json.loads(fenced.group(1) if fenced else text)


def _kind(exc: openai.APIError) -> str:
    if isinstance(exc, openai.APITimeoutError):
        return "timeout"
    if isinstance(exc, openai.APIConnectionError):
        return "connection"
    if isinstance(exc, openai.APIStatusError):
        return f"http {exc.status_code}"
    return type(exc).__name__


def describe_error(exc: Exception) -> str:
    """One line on why a request failed, for a person."""
    if isinstance(exc, openai.APITimeoutError):
        return "no reply within the timeout"
    if isinstance(exc, openai.APIConnectionError):
        return "cannot connect"
    if isinstance(exc, openai.AuthenticationError):
        return "the API key was refused (set STUDIO_LLM_API_KEY or OPENAI_API_KEY)"
    if isinstance(exc, openai.APIStatusError):
        message = exc.body.get("message") if isinstance(exc.body, dict) else None
        return f"HTTP {exc.status_code}" + (f": {str(message)[:200]}" if message else "")
    return f"{type(exc).__name__}: {str(exc)[:200]}"
