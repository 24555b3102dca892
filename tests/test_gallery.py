"""The gallery over real project folders (films made here by `studio make`), through its HTTP
interface: pages and their JSON, files, the token, traversal, escaping, bounds and live events."""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from gallery import live
from gallery.app import create_app
from gallery.safety import Refused, inside

HERE = Path(__file__).parent
SMALL = HERE / "data" / "farm" / "small.yaml"
TOKEN = "t0ken-for-the-gallery-tests"
AUTH = {"X-Studio-Token": TOKEN}


def make(story: Path, out: Path) -> None:
    result = subprocess.run([sys.executable, "-m", "studio.cli", "make", str(story), "-o", str(out), "-c", str(SMALL),
                             "-q"], capture_output=True, text=True, timeout=600,
                            env={**os.environ, "OMP_NUM_THREADS": "1"})
    assert result.returncode == 0, result.stderr


@pytest.fixture(scope="module")
def root(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("gallery")
    make(HERE / "data" / "farm" / "harbour.md", root / "harbour")
    make(HERE / "data" / "gallery" / "xss.fountain", root / "xss")
    (root / "secret.txt").write_text("outside every project")
    (root / "harbour" / "leak.txt").symlink_to(root / "secret.txt")
    (root / "harbour" / "etc").symlink_to("/etc")
    return root


@pytest.fixture()
def client(root) -> TestClient:
    return TestClient(create_app(root, TOKEN), headers=AUTH)


def test_the_project_list_and_its_json_agree(client):
    listing = client.get("/api/projects").json()
    assert {p["name"] for p in listing} == {"harbour", "xss"}
    harbour = next(p for p in listing if p["name"] == "harbour")
    assert harbour["state"] == "done" and harbour["shots_done"] == harbour["shots_total"] > 0
    assert harbour["duration_s"] > 1 and harbour["thumbnail"].endswith("keyframe.png")
    html = client.get("/", headers={"Accept": "text/html"}).text
    assert 'href="/p/harbour"' in html and "The Harbour" in html


def test_a_project_page_has_the_film_its_subtitles_and_a_card_per_shot(client, root):
    data = client.get("/api/projects/harbour").json()
    project = json.loads((root / "harbour" / "project.json").read_text())
    cards = [shot["id"] for scene in data["scenes"] for shot in scene["shots"]]
    assert cards == [s["id"] for s in sorted(project["shots"], key=lambda s: s["index"])]
    assert data["film"] == "film.mp4" and data["vtt"] == "film.vtt"
    html = client.get("/p/harbour").text
    assert '<track kind="subtitles"' in html and html.count('class="card ') == len(cards)
    film = client.get("/files/harbour/film.mp4")
    assert film.status_code == 200 and film.content == (root / "harbour" / "film.mp4").read_bytes()


def test_a_shot_page_shows_every_take_with_its_critiques(client, root):
    project = json.loads((root / "harbour" / "project.json").read_text())
    shot = project["shots"][0]["id"]
    data = client.get(f"/api/projects/harbour/shots/{shot}").json()
    takes = project["keyframes"][shot]["takes"]
    assert len(data["takes"]) == len(takes) and data["takes"][project["keyframes"][shot]["chosen"]]["chosen"]
    assert all(t["critiques"] == takes[i]["critiques"] for i, t in enumerate(data["takes"]))
    html = client.get(f"/p/harbour/shot/{shot}").text
    assert html.count('<article class="take') == len(takes) and "Reject with note" in html


@pytest.mark.parametrize("path", [
    "../secret.txt", "..%2fsecret.txt", "%2e%2e/secret.txt", "%252e%252e%252fsecret.txt", "..%5csecret.txt",
    "/etc/passwd", "%2fetc%2fpasswd", "..\\secret.txt", "shots/../../secret.txt", "leak.txt", "etc/passwd",
    "C:/windows/win.ini", "film.mp4%00.txt",
])
def test_no_file_outside_the_project_is_served(client, path):
    response = client.get(f"/files/harbour/{path}")
    assert response.status_code == 404 and "outside every project" not in response.text
    assert "root:" not in response.text


def test_traversal_is_refused_before_any_request(root):
    for path in ["../secret.txt", "..%2fsecret.txt", "%252e%252e/secret.txt", "/etc/passwd", "a\\..\\..\\secret.txt",
                 "leak.txt", "etc/passwd", ""]:
        with pytest.raises(Refused):
            inside(root / "harbour", path)
    assert inside(root / "harbour", "film.mp4") == (root / "harbour" / "film.mp4").resolve()


def test_project_names_cannot_climb_out_either(client):
    for name in ["..", "%2e%2e", "..%2f..", ".hidden"]:
        assert client.get(f"/api/projects/{name}").status_code == 404


def test_story_text_is_shown_as_text_never_as_markup(client):
    pages = [client.get("/").text, client.get("/p/xss").text]
    shot = client.get("/api/projects/xss").json()["scenes"][0]["shots"][0]["id"]
    pages.append(client.get(f"/p/xss/shot/{shot}").text)
    for html in pages:
        assert "<script>alert(" not in html and "Jon<b>" not in html and "<IMG SRC=X" not in html.upper()
    assert "&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt;" in pages[1]
    assert "&lt;script&gt;alert(&#39;line&#39;)&lt;/script&gt;" in pages[1]
    assert "Jon&lt;b&gt;" in pages[1]


def test_every_request_needs_the_token_and_the_one_time_url_sets_it(root):
    bare = TestClient(create_app(root, TOKEN))
    assert bare.get("/api/projects").status_code == 403
    assert bare.get("/files/harbour/film.mp4").status_code == 403
    assert bare.get("/?token=wrong").status_code == 403
    opened = bare.get(f"/?token={TOKEN}", follow_redirects=False)
    assert opened.status_code == 303 and "token" not in opened.headers["location"]
    assert TOKEN in opened.headers["set-cookie"] and "HttpOnly" in opened.headers["set-cookie"]
    assert bare.get("/api/projects").status_code == 200  # the cookie now carries it


def test_a_change_needs_the_token_header_and_this_origin(root):
    browser = TestClient(create_app(root, TOKEN))
    browser.get(f"/?token={TOKEN}")  # a cookie, as a visitor's browser would hold
    url = "/api/projects/harbour/rerender"
    assert browser.post(url).status_code == 403  # the cookie alone: what a forged request carries
    forged = browser.post(url, headers={**AUTH, "Origin": "http://evil.example"})
    assert forged.status_code == 403 and "origin" in forged.json()["error"]
    too_big = browser.post("/api/projects/harbour/shots/x/reject", headers={**AUTH, "Content-Length": "999999"},
                           content=b"{}")
    assert too_big.status_code == 413


def test_bounds_and_failures_answer_without_a_traceback(client):
    long_note = client.post("/api/projects/harbour/shots/sc01-sh01/reject", json={"take": 0, "note": "x" * 3000})
    assert long_note.status_code == 422
    assert client.post("/api/projects/harbour/shots/sc01-sh01/approve", json={"take": -1}).status_code == 422
    missing = client.get("/api/projects/harbour/shots/nowhere")
    assert missing.status_code == 404 and missing.json() == {"error": "no such shot"}
    for response in (long_note, missing, client.get("/p/nowhere", headers={"Accept": "text/html"})):
        assert "Traceback" not in response.text and 'File "' not in response.text


def test_a_non_local_address_needs_a_token(root):
    result = subprocess.run([sys.executable, "-m", "studio.cli", "serve", "--root", str(root), "--host", "0.0.0.0"],
                            capture_output=True, text=True, timeout=60, env={**os.environ, "STUDIO_GALLERY_TOKEN": ""})
    assert result.returncode != 0 and "Traceback" not in result.stderr
    assert result.stderr.startswith("error: --host 0.0.0.0 is reachable from other machines: give --token")


def test_events_resume_after_the_last_id_without_a_gap_or_a_repeat(tmp_path):
    log = tmp_path / "events.jsonl"
    log.write_text("".join(json.dumps({"kind": "progress", "stage": "s", "message": str(n)}) + "\n" for n in range(5)))

    async def collect(after: int) -> list[tuple[str, str]]:
        seen = []
        checks = iter([False, True])  # one look at the log, then the page goes away

        async def gone() -> bool:
            return next(checks)

        async for chunk in live.stream(log, after, gone):
            if chunk.startswith("id: "):
                number, _, data = chunk.split("\n")[:3]
                seen.append((number.removeprefix("id: "), json.loads(data.removeprefix("data: "))["message"]))
        return seen

    assert asyncio.run(collect(0)) == [(str(n + 1), str(n)) for n in range(5)]
    assert asyncio.run(collect(3)) == [("4", "3"), ("5", "4")]
    with log.open("a") as f:  # a line still being written is not sent until it is whole
        f.write(json.dumps({"kind": "progress", "stage": "s", "message": "5"}) + "\n" + '{"kind": "prog')
    assert asyncio.run(collect(5)) == [("6", "5")]


def test_edits_and_decisions_through_the_api_are_kept_in_the_project(root):
    client = TestClient(create_app(root, TOKEN), headers=AUTH)
    project = client.get("/api/projects/xss").json()
    shot = project["scenes"][0]["shots"][0]["id"]
    approved = client.post(f"/api/projects/xss/shots/{shot}/approve", json={"take": 0})
    assert approved.status_code == 200
    decided = json.loads((root / "xss" / "decisions.json").read_text())
    assert decided["shots"][shot]["approved"]["asset"]["key"] == client.get(
        f"/api/projects/xss/shots/{shot}").json()["takes"][0]["key"]
    cards = {c["id"]: c for c in client.get("/api/projects/xss").json()["scenes"][0]["shots"]}
    assert cards[shot]["decision"] == "approved"
    assert client.post(f"/api/projects/xss/shots/{shot}/approve", json={"take": 99}).status_code == 404
    bad = client.post(f"/api/projects/xss/shots/{shot}/edit", json={"field": "title", "text": "x"})
    assert bad.status_code == 422
    assert client.post("/api/projects/xss/shots/nowhere/edit", json={"field": "prompt", "text": "x"}).status_code == 404


def test_the_queue_page_lists_jobs_and_cancels_one_on_the_real_broker(tmp_path):
    from studio.jobs import JobStore
    from studio.jobs.records import database_url

    store = JobStore(database_url(None, tmp_path))
    queued = store.add_job(title="<b>Queued</b> film", story="s.md", project_dir=str(tmp_path / "queued"),
                           project_id="q", executor="celery", settings={})
    store.add_task(task_id="t1", job_id=queued.id, run_id=None, name="render_keyframe", target="sc01-sh01",
                   key="k1", project_dir=str(tmp_path / "queued"), queue="cpu", payload={})
    client = TestClient(create_app(tmp_path, TOKEN), headers=AUTH)
    [job] = client.get("/api/queue").json()["jobs"]
    assert job["id"] == queued.id and job["state"] == "queued" and job["tasks"] == {"queued": 1}
    html = client.get("/queue").text
    assert "&lt;b&gt;Queued&lt;/b&gt; film" in html and 'data-action="cancel"' in html
    cancelled = client.post(f"/api/jobs/{queued.id}/cancel").json()
    assert cancelled["cancelled"] is True
    assert store.job(queued.id).state == "cancelled" and store.task("t1").state == "cancelled"
    assert client.post("/api/jobs/nope/cancel").status_code == 404


def raw_get(app, raw_path: bytes) -> int:
    """A GET whose path reaches the app byte for byte (HTTP clients normalise '..' away)."""
    statuses = []
    messages = iter([{"type": "http.request", "body": b"", "more_body": False}])

    async def receive():
        return next(messages, {"type": "http.disconnect"})

    async def send(message):
        if message["type"] == "http.response.start":
            statuses.append(message["status"])

    path = raw_path.split(b"?")[0]
    scope = {"type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": "GET", "scheme": "http",
             "path": unquote_bytes(path), "raw_path": path, "query_string": b"", "root_path": "",
             "headers": [(b"host", b"testserver"), (b"x-studio-token", TOKEN.encode())],
             "client": ("127.0.0.1", 1), "server": ("testserver", 80)}
    asyncio.run(app(scope, receive, send))
    return statuses[0]


def unquote_bytes(path: bytes) -> str:
    from urllib.parse import unquote

    return unquote(path.decode("latin-1"))


@pytest.mark.parametrize("raw", [b"/files/harbour/../secret.txt", b"/files/harbour/shots/../../secret.txt",
                                 b"/files/harbour/..%2fsecret.txt", b"/files/harbour/%2e%2e/secret.txt",
                                 b"/files/harbour/..\\secret.txt", b"/files/harbour//etc/passwd"])
def test_raw_traversal_paths_reach_the_app_and_are_refused(root, raw):
    app = create_app(root, TOKEN)
    assert raw_get(app, raw) == 404
    assert raw_get(app, b"/files/harbour/film.mp4") == 200


def test_files_cannot_run_as_the_gallery(client):
    response = client.get("/files/harbour/storyboard.html")
    assert response.status_code == 200 and response.headers["content-security-policy"] == "sandbox"
    assert response.headers["x-content-type-options"] == "nosniff"


def test_a_project_still_planning_shows_its_events(root):
    planning = root / "planning"
    planning.mkdir()
    (planning / "events.jsonl").write_text(json.dumps({"kind": "stage_started", "stage": "ingest"}) + "\n[1, 2]\n")
    client = TestClient(create_app(root, TOKEN), headers=AUTH)
    page = client.get("/p/planning", headers={"Accept": "text/html"})
    assert page.status_code == 200 and 'data-events-after="2"' in page.text and "planning" in page.text
    listing = {p["name"]: p for p in client.get("/api/projects").json()}
    assert listing["planning"]["state"] == "planning"
    assert live.frame(2, "[1, 2]") == "id: 2\nevent: message\ndata: [1, 2]\n\n"  # an odd line never stalls a stream


def test_a_change_without_a_length_is_refused(client):
    def chunks():
        yield b'{"take": 0}'

    response = client.post("/api/projects/harbour/shots/sc01-sh01/approve", content=chunks(),
                           headers={"Content-Type": "application/json"})
    assert response.status_code == 411


def test_a_render_elsewhere_refuses_the_gallery_and_a_second_make_and_a_killed_one_frees_the_folder(root):
    from studio.project_lock import ProjectBusy, holder
    from studio.rerun import rerender

    folder = root / "harbour"
    hold = ("import sys; from pathlib import Path; from studio.project_lock import rendering\n"
            "with rendering(Path(sys.argv[1])):\n    print('held', flush=True); sys.stdin.read()")
    other = subprocess.Popen([sys.executable, "-c", hold, str(folder)], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                             text=True)
    try:
        assert other.stdout.readline().strip() == "held"  # the other render has the folder from here on
        before = {name: (folder / name).read_bytes() for name in ("project.json", "events.jsonl")}
        client = TestClient(create_app(root, TOKEN), headers=AUTH)
        answer = client.post("/api/projects/harbour/rerender").json()["rerender"]
        assert answer.startswith("refused") and f"pid {other.pid}" in answer
        with pytest.raises(ProjectBusy, match=f"pid {other.pid}"):
            rerender(folder)
        made = subprocess.run([sys.executable, "-m", "studio.cli", "make", str(HERE / "data" / "farm" / "harbour.md"),
                               "-o", str(folder), "-c", str(SMALL), "-q"], capture_output=True, text=True, timeout=120)
        assert made.returncode != 0 and "Traceback" not in made.stderr
        assert made.stderr.count("error:") == 1 and "being rendered by another process" in made.stderr
        assert {name: (folder / name).read_bytes() for name in before} == before  # its plan and log untouched
    finally:
        other.kill()
        other.wait()
    assert holder(folder) is None  # the kernel let go of a killed holder's lock


def test_a_shot_the_plan_drops_is_moved_to_retired_not_deleted(root, tmp_path):
    import shutil

    folder = tmp_path / "harbour"
    shutil.copytree(root / "harbour", folder, symlinks=True)
    plan = json.loads((folder / "project.json").read_text())
    dropped = plan["shots"].pop()["id"]
    kept = (folder / "shots" / dropped / "keyframe.png").read_bytes()
    edited = tmp_path / "plan.json"
    edited.write_text(json.dumps(plan))
    result = subprocess.run([sys.executable, "-m", "studio.cli", "make", "--plan", str(edited), "-o", str(folder),
                             "-c", str(SMALL), "-q"], capture_output=True, text=True, timeout=600,
                            env={**os.environ, "OMP_NUM_THREADS": "1"})
    assert result.returncode == 0, result.stderr
    assert not (folder / "shots" / dropped).exists()
    assert (folder / "retired" / "shots" / dropped / "keyframe.png").read_bytes() == kept
    assert json.loads((folder / "retired" / "shots" / dropped / "shot.json").read_text())["id"] == dropped
    assert sorted(p.name for p in (folder / "shots").iterdir()) == sorted(s["id"] for s in plan["shots"])


def test_a_plan_this_version_cannot_read_still_shows_its_film_keyframes_and_why(root, tmp_path):
    import shutil

    served = tmp_path / "served"
    folder = served / "older"
    shutil.copytree(root / "harbour", folder, symlinks=True)
    plan = json.loads((folder / "project.json").read_text())
    plan["title"] = "An <i>older</i> film"
    plan["shots"] = [{"number": 1}]  # the shape of a plan from some other version
    (folder / "project.json").write_text(json.dumps(plan))
    client = TestClient(create_app(served, TOKEN), headers=AUTH)
    page = client.get("/p/older", headers={"Accept": "text/html"})
    assert page.status_code == 200
    assert "An &lt;i&gt;older&lt;/i&gt; film" in page.text and "<i>older</i>" not in page.text
    assert "project.json is not a plan this version reads (shots.0." in page.text
    keyframes = sorted(p.parent.name for p in (folder / "shots").glob("*/keyframe.png"))
    assert keyframes and all(f"/files/older/shots/{shot}/keyframe.png" in page.text for shot in keyframes)
    assert '<video id="film"' in page.text and "/files/older/film.vtt" in page.text
    assert client.get(f"/files/older/shots/{keyframes[0]}/keyframe.png").content[:8] == b"\x89PNG\r\n\x1a\n"
    listed = {p["name"]: p for p in client.get("/api/projects").json()}["older"]
    assert listed["state"] == "unreadable" and listed["title"] == "An <i>older</i> film"
    refused = client.get("/api/projects/older")
    assert refused.status_code == 409 and "shots.0." in refused.json()["error"]
