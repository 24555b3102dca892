"""The gallery's web application: pages rendered on the server, each with its JSON counterpart
under ``/api`` (OpenAPI at ``/docs``), files from inside the served root, live events, and the
decisions a person makes.

    create_app(root, token) -> FastAPI        # ``studio serve`` runs it with uvicorn
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path
from typing import Annotated, Any, Literal
from urllib.parse import quote, urlsplit

from fastapi import Body, FastAPI, Header, Request
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse, RedirectResponse, StreamingResponse
from fastapi.staticfiles import StaticFiles
from pydantic import BaseModel, Field

from gallery import library, live, queue
from gallery.safety import TOKEN_COOKIE, TOKEN_HEADER, Refused, inside, same_token
from studio import boards, project_lock
from studio.config import load_settings
from studio.jobs.records import JobStoreError
from studio.models import Project

HERE = Path(__file__).parent
MAX_BODY = 64 * 1024
log = logging.getLogger("studio.gallery")


class Approval(BaseModel):
    take: int = Field(ge=0, le=10_000)


class Rejection(BaseModel):
    take: int = Field(ge=0, le=10_000)
    note: str = Field(default="", max_length=2000)


class Edit(BaseModel):
    field: Literal["description", "prompt", "number"]
    text: str = Field(max_length=4000)


def create_app(root: Path, token: str, cookie: str = TOKEN_COOKIE,
               stream_lifetime_s: float = live.LIFETIME_S) -> FastAPI:
    """``cookie``: the token cookie's name; ``studio serve`` puts its port in it, since browsers
    send a localhost cookie to every port (two servers would overwrite each other's).
    ``stream_lifetime_s``: how long one event stream stays open before the browser resumes it."""
    root = Path(root).resolve()
    app = FastAPI(title="studio gallery", summary="Projects, takes, verdicts and decisions of studio films.")
    templates = boards.environment(HERE / "templates")  # the storyboard's card templates too
    rerenders: dict[str, threading.Thread] = {}
    settings = load_settings()  # the environment's: where the job store and broker are
    jobs = queue.Jobs(settings, root)  # one connection pool for the server's life

    def page(template: str, **context: Any) -> HTMLResponse:
        return HTMLResponse(templates.get_template(template).render(token=token, **context))

    # A project's file as a URL: every part percent-encoded (names may hold '#', '?' or '%').
    templates.filters["file_url"] = lambda relative, name: f"/files/{quote(name, safe='')}/{quote(relative)}"

    def folder(name: str) -> Path:
        if "/" in name or "\\" in name or "\x00" in name or name in ("", ".", "..") or name.startswith("."):
            raise Refused(404, "no such project")
        path = (root / name).resolve()
        if not path.is_relative_to(root) or not path.is_dir() or not library.is_project(path):
            raise Refused(404, "no such project")
        return path

    def project_of(name: str) -> tuple[Path, Project]:
        path = folder(name)
        project = library.load(path)
        if project is None:
            raise Refused(409, f"this project has no plan the gallery can read: {library.unreadable(path)['reason']}")
        return path, project

    # ----------------------------------------------------------------- guard

    @app.middleware("http")
    async def guard(request: Request, call_next):
        if request.url.path.startswith("/static/"):
            return await call_next(request)
        given = request.query_params.get("token")
        if given is not None and same_token(given, token) and request.method == "GET":
            # The one-time URL: keep the token in a cookie, show the address without it.
            response = RedirectResponse(request.url.remove_query_params("token"), status_code=303)
            response.set_cookie(cookie, token, httponly=True, samesite="strict")
            return response
        if not (same_token(request.cookies.get(cookie), token)
                or same_token(request.headers.get(TOKEN_HEADER), token)):
            return refusal(request, 403, "open the address `studio serve` printed (it carries the token)")
        if request.method not in ("GET", "HEAD"):
            # State changes need the header (a cookie alone is what a forged request would carry)
            # and, when the browser names one, an origin that is this server.
            origin = request.headers.get("origin") or request.headers.get("referer")
            if not same_token(request.headers.get(TOKEN_HEADER), token):
                return refusal(request, 403, "a change needs the token in the X-Studio-Token header")
            if origin and urlsplit(origin).netloc != request.headers.get("host"):
                return refusal(request, 403, "a change from another origin is refused")
            length = request.headers.get("content-length", "")
            if not (length.isascii() and length.isdigit()):  # a chunked body could not be bounded
                return refusal(request, 411, "a change needs a Content-Length")
            if int(length) > MAX_BODY:
                return refusal(request, 413, "request too large")
        return await call_next(request)

    @app.exception_handler(Refused)
    async def refused(request: Request, exc: Refused):
        return refusal(request, exc.status, exc.message)

    @app.exception_handler(ValueError)
    async def invalid(request: Request, exc: ValueError):
        from studio.decisions import DecisionError

        if isinstance(exc, DecisionError):
            return refusal(request, 400, str(exc).splitlines()[0])
        return await failed(request, exc)

    @app.exception_handler(Exception)
    async def failed(request: Request, exc: Exception):
        log.exception("gallery: %s %s failed", request.method, request.url.path)
        return refusal(request, 500, "the server failed on this request (its log says why)")

    def refusal(request: Request, status: int, message: str):
        if request.url.path.startswith("/api/") or "text/html" not in request.headers.get("accept", ""):
            return JSONResponse({"error": message}, status_code=status)
        return HTMLResponse(templates.get_template("error.html").render(token="", status=status, message=message),
                            status_code=status)

    # ----------------------------------------------------------------- pages

    @app.get("/", response_class=HTMLResponse)
    def projects_page():
        return page("projects.html", projects=library.projects(root))

    @app.get("/p/{name}", response_class=HTMLResponse)
    def project_page(name: str):
        path = folder(name)
        seen = library.events_seen(path)  # first: whatever happens after it is streamed, not lost
        project = library.load(path)
        if project is None:  # still planning, or a plan this version cannot read: its files and events
            return page("planning.html", name=name, summary=library.robust_summary(path), events_after=seen,
                        files=library.unreadable(path),
                        image_url=lambda relative: f"/files/{quote(name)}/{quote(relative)}")
        view = library.project_view(path, project)
        reviews = {shot["id"]: shot["decision"] for scene in view["scenes"] for shot in scene["shots"]}
        return page("project.html", name=name, project=project, view=view, summary=library.summary(path),
                    events_after=seen, review=reviews.get,
                    image_url=lambda relative: f"/files/{quote(name)}/{quote(relative)}",
                    shot_url=lambda shot_id: f"/p/{quote(name)}/shot/{quote(shot_id)}")

    @app.get("/p/{name}/shot/{shot_id}", response_class=HTMLResponse)
    def shot_page(name: str, shot_id: str):
        seen = library.events_seen(folder(name))
        path, project = project_of(name)
        return page("shot.html", name=name, project=project, view=library.shot_view(path, project, shot_id),
                    events_after=seen)

    # ------------------------------------------------------------------- api

    @app.get("/queue", response_class=HTMLResponse)
    def queue_page():
        return page("queue.html", view=queue.queue_view(jobs))

    @app.get("/api/queue")
    def queue_api() -> dict:
        return queue.queue_view(jobs)

    @app.post("/api/jobs/{job_id}/cancel")
    def cancel(job_id: str) -> dict:
        if not job_id.isalnum() or len(job_id) > 64:
            raise Refused(404, "no such job")
        try:
            return queue.cancel(settings, jobs, job_id)
        except JobStoreError as exc:
            raise Refused(404, str(exc).splitlines()[0]) from None

    @app.get("/api/projects")
    def projects_api() -> list[library.Summary]:
        return library.projects(root)

    @app.get("/api/projects/{name}")
    def project_api(name: str) -> dict:
        path, project = project_of(name)
        return {"summary": library.summary(path).model_dump(), **library.project_view(path, project)}

    @app.get("/api/projects/{name}/shots/{shot_id}")
    def shot_api(name: str, shot_id: str) -> dict:
        path, project = project_of(name)
        return library.shot_view(path, project, shot_id)

    @app.get("/api/projects/{name}/events")
    async def events_api(name: str, request: Request, after: int = 0,
                         last_event_id: Annotated[str | None, Header()] = None) -> StreamingResponse:
        path = folder(name)
        resumed = last_event_id and last_event_id.isascii() and last_event_id.isdigit()
        start = int(last_event_id) if resumed else max(0, after)
        return StreamingResponse(live.stream(path / "events.jsonl", start, request.is_disconnected, stream_lifetime_s),
                                 media_type="text/event-stream", headers={"Cache-Control": "no-store"})

    @app.get("/files/{name}/{relative:path}")
    def file(name: str, relative: str):
        # A project's own HTML (storyboard.html) must not run as this origin: it could read the token.
        return FileResponse(inside(folder(name), relative), headers={
            "Content-Security-Policy": "sandbox", "X-Content-Type-Options": "nosniff"})

    # -------------------------------------------------------------- decisions

    @app.post("/api/projects/{name}/shots/{shot_id}/approve")
    def approve(name: str, shot_id: str, body: Annotated[Approval, Body()]) -> dict:
        from studio import decisions

        path, project = project_of(name)
        take = library.take_of(project, shot_id, body.take)
        decision = decisions.approve(path, "shot", shot_id, take)
        return {"approved": body.take, "decision": decision.model_dump(mode="json")}

    @app.post("/api/projects/{name}/shots/{shot_id}/reject")
    def reject(name: str, shot_id: str, body: Annotated[Rejection, Body()]) -> dict:
        from studio import decisions

        path, project = project_of(name)
        take = library.take_of(project, shot_id, body.take)
        rejection = decisions.reject(path, "shot", shot_id, take, body.note)
        started = start_rerender(name, path)
        return {"rejected": body.take, "rejection": rejection.model_dump(mode="json"), "rerender": started}

    @app.post("/api/projects/{name}/shots/{shot_id}/edit")
    def edit(name: str, shot_id: str, body: Annotated[Edit, Body()]) -> dict:
        from studio import decisions

        path, project = project_of(name)
        if not any(shot.id == shot_id for shot in project.shots):
            raise Refused(404, "no such shot")
        decision = decisions.edit(path, "shot", shot_id, body.field, body.text)
        return {"decision": decision.model_dump(mode="json"), "rerender": start_rerender(name, path)}

    @app.post("/api/projects/{name}/rerender")
    def rerender(name: str) -> dict:
        path, _ = project_of(name)
        return {"rerender": start_rerender(name, path)}

    lock = threading.Lock()
    again: set[str] = set()  # projects decided on while their render ran: they render once more
    renders = threading.BoundedSemaphore(1)  # one film at a time: renders share the machine's cores

    def start_rerender(name: str, path: Path) -> str:
        """Render the project again in a background thread, honouring every decision; its events
        reach open pages through the project's event log. A decision made while it runs is not
        lost: the project is rendered once more when the run ends."""
        from studio.rerun import rerender

        with lock:
            running = rerenders.get(name)
            if running is not None and running.is_alive():
                again.add(name)
                return "queued after the render under way"
            elsewhere = project_lock.holder(path)
            if elsewhere is not None:  # a `studio make` in a terminal, say: its render is not interrupted
                return f"refused: another render is working on this project ({elsewhere}); try again when it ends"

            def work() -> None:
                while True:
                    with renders:
                        try:
                            rerender(path)
                        except project_lock.ProjectBusy as exc:  # it started elsewhere since the probe above
                            log.warning("gallery: not re-rendering %s: %s", name, exc)
                        except Exception:  # noqa: BLE001 - the log and the event stream say what failed
                            log.exception("gallery: re-rendering %s failed", name)
                    with lock:
                        if name not in again:
                            rerenders.pop(name, None)
                            return
                        again.discard(name)

            rerenders[name] = thread = threading.Thread(target=work, name=f"rerender-{name}", daemon=True)
            thread.start()
            return "started"

    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    return app
