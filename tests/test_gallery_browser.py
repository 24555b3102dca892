"""The gallery in a real browser (Debian's Chromium driven by Playwright), on a film made here:
list, project, video and subtitles, a shot; reject a take with a note and watch the new take
arrive live; approve it; and the next `studio make` keeps it. Screenshots go to test-artifacts/."""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import threading
from pathlib import Path

import pytest
import uvicorn

from gallery.app import create_app

HERE = Path(__file__).parent
ARTIFACTS = HERE.parent / "test-artifacts"
CHROMIUM = Path("/usr/bin/chromium")
TOKEN = "browser-test-token-0123456789"
SMALL = HERE / "data" / "farm" / "small.yaml"

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian's chromium (make test installs it)")


def studio(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "studio.cli", *args], capture_output=True, text=True, timeout=600,
                          env={**os.environ, "OMP_NUM_THREADS": "1"})


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    root = tmp_path_factory.mktemp("served")
    result = studio("make", str(HERE / "data" / "farm" / "harbour.md"), "-o", str(root / "harbour"), "-c", str(SMALL),
                    "-q")
    assert result.returncode == 0, result.stderr
    # The socket listens before the server thread starts: the browser's first request waits in its
    # backlog until uvicorn accepts it, so nothing has to poll for the server to come up.
    listening = socket.socket()
    listening.bind(("127.0.0.1", 0))
    listening.listen(64)
    port = listening.getsockname()[1]
    running = uvicorn.Server(uvicorn.Config(create_app(root, TOKEN), log_level="warning"))
    thread = threading.Thread(target=running.run, kwargs={"sockets": [listening]}, daemon=True)
    thread.start()
    yield root, f"http://127.0.0.1:{port}"
    running.should_exit = True
    thread.join(timeout=10)
    listening.close()


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
