"""A real OpenAI-compatible HTTP server on 127.0.0.1 that replays scripted replies.

The model-backed roles are tested against this instead of a mocked client: the real ``openai`` package
sends real HTTP requests, so its request encoding, error classes (``RateLimitError``, ``APITimeoutError``...),
Retry-After headers, timeouts and connection pooling are all exercised exactly as against a remote endpoint.
Standard library only, so it runs wherever the tests run::

    with ScriptedServer(model="test-model") as server:
        server.script(Reply.status(429, headers={"Retry-After": "1"}), Reply.json({"title": "Harbour"}))
        client = openai.OpenAI(base_url=server.base_url, api_key="sk-test", max_retries=0, timeout=2)
        ...
        assert server.calls == 2
"""

from __future__ import annotations

import itertools
import json
import re
import socket
import threading
import time
from collections import deque
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Self

CHAT_PATH = "/v1/chat/completions"
MODELS_PATH = "/v1/models"
IMAGE_TOKENS = 85  # what one image part adds to prompt_tokens
_JSON_FENCE = re.compile(r"```json[^\n]*\n(.*?)```", re.DOTALL)
_ERROR_KINDS = {  # status -> (type, code) as OpenAI's API reports them
    400: ("invalid_request_error", None),
    401: ("invalid_request_error", "invalid_api_key"),
    404: ("invalid_request_error", "not_found"),
    429: ("requests", "rate_limit_exceeded"),
}


# --------------------------------------------------------------------------------------------- replies


class ScriptedReply:
    """One answer to one chat completion request; make them with ``Reply.json/text/status/hang``."""


@dataclass(frozen=True)
class ContentReply(ScriptedReply):
    """HTTP 200 with a chat completion whose message content is exactly ``content``."""

    content: str
    finish_reason: str = "stop"


@dataclass(frozen=True)
class StatusReply(ScriptedReply):
    """An HTTP error with OpenAI's error body and the given headers."""

    status: int
    message: str = "scripted error"
    headers: Mapping[str, str] = field(default_factory=dict)
    error_type: str | None = None
    error_code: str | None = None

    def body(self) -> dict:
        default_type, default_code = _ERROR_KINDS.get(self.status, ("server_error" if self.status >= 500
                                                                     else "invalid_request_error", None))
        return {"error": {"message": self.message, "type": self.error_type or default_type,
                          "param": None, "code": self.error_code or default_code}}


@dataclass(frozen=True)
class HangReply(ScriptedReply):
    """No answer: the handler waits until the server shuts down, then closes the connection without a body."""


@dataclass(frozen=True)
class RawReply(ScriptedReply):
    """HTTP 200 with a body that is not a chat completion (a proxy's HTML page, a torn body)."""

    body: str
    content_type: str = "text/html"


class Reply:
    """Factories for scripted replies."""

    @staticmethod
    def raw(body: str, content_type: str = "text/html") -> RawReply:
        """HTTP 200 whose body is exactly ``body``, as a misconfigured proxy might answer."""
        return RawReply(body, content_type)

    @staticmethod
    def json(obj: Any, finish_reason: str = "stop") -> ContentReply:
        """A reply whose content is ``json.dumps(obj)``."""
        return ContentReply(json.dumps(obj), finish_reason)

    @staticmethod
    def text(content: str, finish_reason: str = "stop") -> ContentReply:
        """A reply whose content is exactly ``content`` (invalid JSON, prose, garbage...)."""
        return ContentReply(content, finish_reason)

    @staticmethod
    def status(code: int, message: str = "scripted error", headers: Mapping[str, str] | None = None, *,
               error_type: str | None = None, error_code: str | None = None) -> StatusReply:
        """HTTP ``code`` with an OpenAI error body, e.g. ``Reply.status(429, headers={"Retry-After": "1"})``."""
        return StatusReply(code, message, dict(headers or {}), error_type, error_code)

    @staticmethod
    def hang() -> HangReply:
        """Never answer, so that the client's timeout fires."""
        return HangReply()


Responder = Callable[[dict], ScriptedReply]


def no_scripted_reply(body: dict) -> ScriptedReply:
    """The default responder: a 500 saying the test ran out of script."""
    return Reply.status(500, "no scripted reply (the test's script is used up and no responder is set)")


# ------------------------------------------------------------------------------------------- recording


@dataclass
class RecordedRequest:
    """One request the server received; ``reply_status`` is None while (or when) it hangs."""

    path: str
    method: str
    headers: dict[str, str]
    body: Any
    reply_status: int | None = None


# --------------------------------------------------------------------------------------------- helpers


def _parts(content: Any) -> list[dict]:
    if isinstance(content, str):
        return [{"type": "text", "text": content}]
    if isinstance(content, list):
        return [part for part in content if isinstance(part, dict)]
    return []


def images(body: dict) -> list[str]:
    """The ``image_url.url`` of every image part of every message, in order."""
    found = []
    for message in body.get("messages") or []:
        for part in _parts(message.get("content")):
            if part.get("type") == "image_url":
                image = part.get("image_url")
                found.append(image.get("url") if isinstance(image, dict) else image)
    return found


def _text(content: Any) -> str:
    return "\n".join(str(part.get("text", "")) for part in _parts(content) if part.get("type") == "text")


def data_block(body: dict) -> Any:
    """The JSON in the first ```json fenced block of the first user message that has one (a repair
    conversation's later messages carry only the validation errors); ValueError when there is none."""
    users = [message for message in body.get("messages") or [] if message.get("role") == "user"]
    if not users:
        raise ValueError("the request has no user message")
    for message in users:
        if match := _JSON_FENCE.search(_text(message.get("content"))):
            return json.loads(match.group(1))
    raise ValueError("no user message has a ```json block")


def schema_name(body: dict) -> str | None:
    """The json_schema name of the request's response_format, or None when it asks for no schema."""
    response_format = body.get("response_format")
    if not isinstance(response_format, dict) or response_format.get("type") != "json_schema":
        return None
    return (response_format.get("json_schema") or {}).get("name")


def prompt_tokens(body: dict) -> int:
    """Characters of all text content // 4 (at least 1), plus a flat charge per image part."""
    chars, pictures = 0, 0
    for message in body.get("messages") or []:
        for part in _parts(message.get("content")):
            if part.get("type") == "text":
                chars += len(str(part.get("text", "")))
            elif part.get("type") == "image_url":
                pictures += 1
    return max(chars // 4, 1) + IMAGE_TOKENS * pictures


# ---------------------------------------------------------------------------------------------- server


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, so the client's connection pool is used as in production
    server: _HTTPServer

    def log_message(self, *args: Any) -> None:  # quiet: a test's output is its own
        pass

    def setup(self) -> None:
        super().setup()
        self.server.owner._opened(self.connection)

    def finish(self) -> None:
        try:
            super().finish()
        finally:
            self.server.owner._closed(self.connection)

    def do_GET(self) -> None:  # http.server's naming
        self._handle()

    def do_POST(self) -> None:
        self._handle()

    def do_PUT(self) -> None:
        self._handle()

    def do_DELETE(self) -> None:
        self._handle()

    def _handle(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length) if length else b""
        try:
            body = json.loads(raw) if raw else None
        except ValueError:
            body = None
        path = self.path.split("?", 1)[0].rstrip("/") or "/"
        record = RecordedRequest(path, self.command, {k.lower(): v for k, v in self.headers.items()}, body)
        owner = self.server.owner
        owner._record(record)
        if self.command == "GET" and path == MODELS_PATH:
            self._send(record, 200, {"object": "list", "data": [
                {"id": owner.model, "object": "model", "created": 0, "owned_by": "studio-tests"}]})
        elif self.command == "POST" and path == CHAT_PATH:
            self._chat(record, raw, body)
        else:
            self._send(record, 404, StatusReply(404, f"no route {self.command} {path} on the scripted server",
                                                error_code="unknown_url").body())

    def _chat(self, record: RecordedRequest, raw: bytes, body: Any) -> None:
        owner = self.server.owner
        if not isinstance(body, dict) or not isinstance(body.get("messages"), list):
            error = StatusReply(400, f"the request body is not a chat completion request: {raw[:200]!r}")
            self._send(record, 400, error.body())
            return
        if body.get("stream"):
            self._send(record, 400, StatusReply(400, "the scripted server does not stream").body())
            return
        try:
            reply = owner._next_reply(body)
        except Exception as exc:  # noqa: BLE001 - a broken responder is the test's bug: say so in the reply
            reply = Reply.status(500, f"the test's responder raised {type(exc).__name__}: {exc}")
        if isinstance(reply, HangReply):
            owner._released.wait()
            self.close_connection = True
            return
        if isinstance(reply, StatusReply):
            self._send(record, reply.status, reply.body(), reply.headers)
            return
        if isinstance(reply, RawReply):
            self._send(record, 200, None, raw=(reply.body.encode(), reply.content_type))
            return
        if not isinstance(reply, ContentReply):
            reply = Reply.status(500, f"the test's responder returned {reply!r}, not a Reply")
            self._send(record, reply.status, reply.body())
            return
        completion_tokens = max(len(reply.content) // 4, 1)
        tokens_in = prompt_tokens(body)
        self._send(record, 200, {
            "id": f"chatcmpl-scripted-{owner._next_id()}",
            "object": "chat.completion",
            "created": int(time.time()),
            "model": body.get("model") or owner.model,
            "choices": [{"index": 0, "message": {"role": "assistant", "content": reply.content, "refusal": None},
                         "logprobs": None, "finish_reason": reply.finish_reason}],
            "usage": {"prompt_tokens": tokens_in, "completion_tokens": completion_tokens,
                      "total_tokens": tokens_in + completion_tokens},
        })

    def _send(self, record: RecordedRequest, status: int, payload: Any,
              headers: Mapping[str, str] | None = None, raw: tuple[bytes, str] | None = None) -> None:
        data, content_type = raw or (json.dumps(payload).encode(), "application/json")
        self.server.owner._replied(record, status)
        try:
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(data)))
            for name, value in (headers or {}).items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(data)
            self.wfile.flush()
        except OSError:  # the client gave up (its timeout) before the reply
            self.close_connection = True


class _HTTPServer(ThreadingHTTPServer):
    daemon_threads = True
    owner: ScriptedServer

    def handle_error(self, request: Any, client_address: Any) -> None:
        pass  # a client that hung up, or a connection cut at shutdown: nothing a test needs to hear


class ScriptedServer:
    """An OpenAI-compatible endpoint on 127.0.0.1 that answers chat completions from a script.

    Scripted replies (``script``) are used first, in order; after that ``responder(body)`` decides.
    Every request is recorded in ``requests``.
    """

    def __init__(self, model: str = "test-model") -> None:
        self.model = model
        self.responder: Responder = no_scripted_reply
        self._lock = threading.Lock()
        self._queue: deque[ScriptedReply] = deque()
        self._requests: list[RecordedRequest] = []
        self._ids = itertools.count(1)
        self._released = threading.Event()
        self._connections: set[socket.socket] = set()
        self._httpd: _HTTPServer | None = None
        self._thread: threading.Thread | None = None

    # ------------------------------------------------------------------ lifecycle

    def start(self) -> Self:
        if self._httpd is not None:
            return self
        self._released.clear()
        httpd = _HTTPServer(("127.0.0.1", 0), _Handler)
        httpd.owner = self
        self._httpd = httpd
        self._thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05},
                                        name=f"scripted-llm-{self.port}", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        httpd, thread = self._httpd, self._thread
        if httpd is None:
            return
        self._released.set()  # hanging handlers return now
        httpd.shutdown()
        httpd.server_close()
        with self._lock:
            connections = list(self._connections)
        for connection in connections:  # idle keep-alive handlers are blocked reading: cut them loose
            try:
                connection.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
        if thread is not None:
            thread.join(timeout=5)
        self._httpd = self._thread = None

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def port(self) -> int:
        if self._httpd is None:
            raise RuntimeError("the scripted server is not running")
        return self._httpd.server_address[1]

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    # ------------------------------------------------------------------ scripting

    def script(self, *replies: ScriptedReply) -> ScriptedServer:
        """Queue replies for the next chat completion requests, in order."""
        with self._lock:
            self._queue.extend(replies)
        return self

    def always(self, reply: ScriptedReply) -> ScriptedServer:
        """Answer every request the script does not cover with ``reply``."""
        self.responder = lambda body: reply
        return self

    @property
    def pending(self) -> int:
        """Scripted replies not used yet."""
        with self._lock:
            return len(self._queue)

    # ------------------------------------------------------------------ recording

    @property
    def requests(self) -> list[RecordedRequest]:
        """Every request received so far, oldest first (a snapshot)."""
        with self._lock:
            return list(self._requests)

    @property
    def calls(self) -> int:
        """Chat completion requests received, whatever they were answered with."""
        with self._lock:
            return sum(1 for r in self._requests if r.method == "POST" and r.path == CHAT_PATH)

    # ------------------------------------------------------------------ used by the handler

    def _next_reply(self, body: dict) -> ScriptedReply:
        with self._lock:
            reply = self._queue.popleft() if self._queue else None
        return reply if reply is not None else self.responder(body)

    def _next_id(self) -> int:
        with self._lock:
            return next(self._ids)

    def _record(self, record: RecordedRequest) -> None:
        with self._lock:
            self._requests.append(record)

    def _replied(self, record: RecordedRequest, status: int) -> None:
        with self._lock:
            record.reply_status = status

    def _opened(self, connection: socket.socket) -> None:
        with self._lock:
            self._connections.add(connection)

    def _closed(self, connection: socket.socket) -> None:
        with self._lock:
            self._connections.discard(connection)
