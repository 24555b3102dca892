"""The gallery in a real browser (Debian's Chromium driven by Playwright), on a film made here:
list, project, video and subtitles, a shot; reject a take with a note and watch the new take
arrive live; approve it; and the next `studio make` keeps it. Screenshots go to test-artifacts/."""

from __future__ import annotations

import fcntl
import json
import os
import shutil
import socket
import subprocess
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
import uvicorn

from gallery.app import create_app
from studio import project_lock

HERE = Path(__file__).parent
ARTIFACTS = HERE.parent / "test-artifacts"
CHROMIUM = Path("/usr/bin/chromium")
TOKEN = "browser-test-token-0123456789"
SMALL = HERE / "data" / "farm" / "small.yaml"

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian's chromium (make test installs it)")


def studio(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "studio.cli", *args], capture_output=True, text=True, timeout=600,
                          env={**os.environ, "OMP_NUM_THREADS": "1"})


@contextmanager
def serving(root: Path, **options) -> Iterator[str]:
    """The gallery over ``root`` in a thread of this process; yields its address."""
    # The socket listens before the server thread starts: the browser's first request waits in its
    # backlog until uvicorn accepts it, so nothing has to poll for the server to come up.
    listening = socket.socket()
    listening.bind(("127.0.0.1", 0))
    listening.listen(64)
    port = listening.getsockname()[1]
    running = uvicorn.Server(uvicorn.Config(create_app(root, TOKEN, **options), log_level="warning",
                                            timeout_graceful_shutdown=2))
    thread = threading.Thread(target=running.run, kwargs={"sockets": [listening]}, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        running.should_exit = True
        thread.join(timeout=10)
        listening.close()


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    root = tmp_path_factory.mktemp("served")
    result = studio("make", str(HERE / "data" / "farm" / "harbour.md"), "-o", str(root / "harbour"), "-c", str(SMALL),
                    "-q")
    assert result.returncode == 0, result.stderr
    with serving(root) as url:
        yield root, url


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=[
            "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
            "--no-first-run"])
        yield chromium
        chromium.close()


def screenshot(page, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


def test_review_a_film_in_the_browser_and_the_next_make_keeps_the_approved_take(server, browser):
    root, url = server
    page = browser.new_page(viewport={"width": 1200, "height": 900})
    page.goto(f"{url}/?token={TOKEN}")
    page.wait_for_selector("[data-project=harbour]")
    screenshot(page, "gallery-projects")

    # A film started from the command line shows up in the open list and comes to be done.
    orchard = HERE / "data" / "farm" / "orchard.fountain"
    started = subprocess.Popen([sys.executable, "-m", "studio.cli", "make", str(orchard), "-o", str(root / "orchard"),
                                "-c", str(SMALL), "-q"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                               env={**os.environ, "OMP_NUM_THREADS": "1"})
    page.wait_for_selector("[data-project=orchard]", timeout=120_000)
    page.wait_for_selector("[data-project=orchard].state-done", timeout=120_000)
    assert started.wait(timeout=120) == 0, started.stderr.read()

    page.click("text=The Harbour")
    duration, tracks = page.evaluate("""new Promise((done) => {
        const video = document.querySelector('video');
        const report = () => done([video.duration, video.textTracks.length]);
        if (video.readyState >= 1) report(); else video.addEventListener('loadedmetadata', report);
    })""")
    project = json.loads((root / "harbour" / "project.json").read_text())
    assert abs(duration - project["timeline"]["duration"]) < 0.25 and tracks == 1
    screenshot(page, "gallery-project")

    shot = project["shots"][1]["id"]
    page.click(f"article[data-shot='{shot}'] .id a")
    page.wait_for_selector("article.take")
    before = page.locator("article.take").count()
    page.fill("textarea[data-note='0']", "pull back, we need to see the boats")
    page.click("button[data-action=reject][data-take='0']")
    # The re-render runs in the server; its events reach the page, which shows the new take.
    page.wait_for_function(f"document.querySelectorAll('article.take').length > {before}", timeout=120_000)
    newest = page.locator("article.take").last
    assert "pull_back" in newest.inner_text() or "pull back" in newest.inner_text()
    screenshot(page, "gallery-shot")
    newest_index = int(newest.get_attribute("data-take"))
    page.click(f"button[data-action=approve][data-take='{newest_index}']")
    page.wait_for_selector(f"button[data-action=approve][data-take='{newest_index}']:has-text('Approved')")
    page.reload()
    assert page.locator("article.take[data-take='0'] .badge.rejected").count() == 1
    assert page.locator(f"article.take[data-take='{newest_index}'] .badge.approved").count() == 1
    lineage = page.locator(f"article.take[data-take='{newest_index}'] .lineage").inner_text()
    assert lineage.startswith("made from take 0, rejected with the note") and "we need to see the boats" in lineage
    screenshot(page, "gallery-shot-decided")

    cuts = page.request.get(f"{url}/api/projects/harbour").json()["versions"]
    assert len(cuts) >= 2 and sum(cut["current"] for cut in cuts) == 1  # the earlier cut is kept, and listed
    decided = json.loads((root / "harbour" / "decisions.json").read_text())
    approved_key = decided["shots"][shot]["approved"]["asset"]["key"]
    result = studio("make", str(HERE / "data" / "farm" / "harbour.md"), "-o", str(root / "harbour"), "-c", str(SMALL),
                    "-q")
    assert result.returncode == 0, result.stderr
    again = json.loads((root / "harbour" / "project.json").read_text())
    takes = again["keyframes"][shot]
    assert takes["takes"][takes["chosen"]]["asset"]["key"] == approved_key

    # Edit a shot's prompt: it is painted again from the new words, live.
    last = project["shots"][-1]["id"]
    page.goto(f"{url}/p/harbour/shot/{last}")
    before = page.locator("article.take").count()
    page.click("details.edit summary")
    page.fill("textarea[data-edit=prompt]", "a wide shot of the harbour at dawn, gulls over the boats")
    page.click("button[data-action=edit][data-field=prompt]")
    page.wait_for_function(f"document.querySelectorAll('article.take').length > {before}", timeout=120_000)
    edited = json.loads((root / "harbour" / "project.json").read_text())["keyframes"][last]
    assert edited["takes"][edited["chosen"]]["request"]["prompt"].startswith("a wide shot of the harbour at dawn")
    if os.environ.get("STUDIO_README_SCREENSHOT"):
        shutil.copy(ARTIFACTS / "gallery-shot-decided.png", HERE.parent / "docs" / "gallery.png")
    page.close()


# Observes, without changing, what the page's EventSource receives: each event's id and which
# connection (1 = the first, 2 = after the first reconnect, ...) delivered it.
RECORD_EVENTS = """(() => {
  window.seenEvents = []; window.connections = 0;
  const Native = window.EventSource;
  window.EventSource = class extends Native {
    constructor(...args) { super(...args); super.addEventListener("open", () => { window.connections += 1; }); }
    addEventListener(kind, listener, options) {
      super.addEventListener(kind, (message) => {
        if (message instanceof MessageEvent) window.seenEvents.push([Number(message.lastEventId), window.connections]);
        listener(message);
      }, options);
    }
  };
})();"""


def test_an_open_page_resumes_its_stream_without_a_gap_or_a_repeat_and_a_second_browser_agrees(server, browser,
                                                                                              tmp_path):
    root = tmp_path / "served"
    # Copied under the project's render lock: the gallery may still be re-rendering it for the test
    # before (its files appear and go as it writes them); flock waits for that render to end.
    lock = os.open(server[0] / "harbour" / project_lock.LOCK_FILE, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        fcntl.flock(lock, fcntl.LOCK_EX)
        shutil.copytree(server[0] / "harbour", root / "harbour", symlinks=True)
    finally:
        os.close(lock)
    log = root / "harbour" / "events.jsonl"

    def append(count: int) -> int:
        """Events as another process writes them (a line at a time); the log's line count after."""
        for n in range(count):
            with log.open("a", encoding="utf-8") as f:
                f.write(json.dumps({"kind": "progress", "stage": "elsewhere", "message": f"step {n}"}) + "\n")
        return len(log.read_text(encoding="utf-8").splitlines())

    # Streams end every half second here, so the page resumes (Last-Event-ID) while events arrive.
    with serving(root, stream_lifetime_s=0.5) as url:
        first = browser.new_context()
        first.add_init_script(RECORD_EVENTS)
        page = first.new_page()
        page.goto(f"{url}/p/harbour?token={TOKEN}")
        start = int(page.get_attribute("main", "data-events-after"))
        total = append(5)
        page.wait_for_function(f"window.seenEvents.length > 0 && window.seenEvents.at(-1)[0] === {total}")
        connection = page.evaluate("window.connections")
        page.wait_for_function(f"window.connections > {connection}")  # the stream ended and was resumed
        total = append(5)
        page.wait_for_function(f"window.seenEvents.at(-1)[0] === {total}")
        seen = page.evaluate("window.seenEvents")
        assert [number for number, _ in seen] == list(range(start + 1, total + 1))  # every event once, in order
        assert len({connection for _, connection in seen}) >= 2  # some came before a reconnect, some after

        second = browser.new_context()
        other = second.new_page()
        other.goto(f"{url}/p/harbour?token={TOKEN}")
        assert int(other.get_attribute("main", "data-events-after")) == total
        shown = """() => ({state: document.getElementById('state').textContent,
            controls: [...document.querySelectorAll('main [data-action]')].map((b) => b.dataset.action),
            shots: [...document.querySelectorAll('main article[data-shot]')].map((a) => a.dataset.shot)})"""
        page.wait_for_function(f"window.seenEvents.at(-1)[0] === {total}")
        assert page.evaluate(shown) == other.evaluate(shown)
        assert "rerender" in other.evaluate(shown)["controls"] and other.evaluate(shown)["shots"]
        first.close()
        second.close()
