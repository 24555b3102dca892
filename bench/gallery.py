"""The gallery's speed, measured side by side in one run on a film made here.

Prints the server time of the project page of a 60-shot project (median and p95 over repeated
requests on loopback; target < 300 ms), the same for a shot page, the time from an event written
to the project's log to its line in a page open in Chromium, and from a new take (project.json
rewritten, its asset_rendered event logged) to that take shown in the open shot page.

    .venv/bin/python bench/gallery.py [--shots 60] [--repeats 50]
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[0] = str(ROOT)  # not bench/: its queue.py would shadow the standard library's

import httpx  # noqa: E402
import uvicorn  # noqa: E402

from gallery.app import create_app  # noqa: E402

TOKEN = "bench-token-0123456789abcdef"
NAMES = ["Ada", "Ben"]


def story(shots: int) -> str:
    """A two-hander whose every line is its own shot (the Layout agent cuts on each speaker turn)."""
    lines = ["# The Long Night", "", "The ferry waited at the quay while the rain came in off the sea.", ""]
    for n in range(shots - 1):
        lines += [f'"Line {n + 1} of the night, and the tide is still rising," {NAMES[n % 2]} said.', ""]
    return "\n".join(lines)


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def timed_gets(client: httpx.Client, url: str, repeats: int) -> list[float]:
    client.get(url).raise_for_status()  # warm: templates compiled, files in the page cache
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        client.get(url).raise_for_status()
        times.append((time.perf_counter() - started) * 1000)
    return times


@contextmanager
def open_page(url: str, path: str) -> Iterator:
    """A page of the gallery open in Chromium with its event stream connected."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=[
            "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"])
        page = browser.new_page()
        page.goto(f"{url}{path}?token={TOKEN}")
        page.wait_for_selector("#live:not([hidden])")
        yield page
        browser.close()


def event_to_page(url: str, log: Path, repeats: int) -> list[float]:
    times = []
    with open_page(url, "/p/film") as page:
        for n in range(repeats):
            marker = f"bench-{n}-{time.time_ns()}"
            started = time.perf_counter()
            with log.open("a", encoding="utf-8") as f:
                f.write(json.dumps({"kind": "progress", "stage": "bench", "message": marker}) + "\n")
            page.wait_for_function(f"document.getElementById('activity').textContent.includes('{marker}')")
            times.append((time.perf_counter() - started) * 1000)
    return times


def asset_to_page(url: str, folder: Path, repeats: int) -> list[float]:
    """A new take of a shot as a render makes it (project.json rewritten with the take, then its
    asset_rendered event in the log) until the open shot page shows one more take."""
    from studio.store import write_atomic

    plan = json.loads((folder / "project.json").read_text(encoding="utf-8"))
    shot = plan["shots"][-1]["id"]
    times = []
    with open_page(url, f"/p/film/shot/{shot}") as page:
        for _ in range(repeats):
            shown = page.locator("article.take").count()
            takes = plan["keyframes"][shot]["takes"]
            take = json.loads(json.dumps(takes[-1]))
            take["attempt"] += 1
            takes.append(take)
            started = time.perf_counter()
            write_atomic(folder / "project.json", json.dumps(plan))
            with (folder / "events.jsonl").open("a", encoding="utf-8") as f:
                f.write(json.dumps({"kind": "asset_rendered", "stage": "keyframes", "target": shot,
                                    "data": {"key": take["asset"]["key"]}}) + "\n")
            page.wait_for_function(f"document.querySelectorAll('article.take').length > {shown}")
            times.append((time.perf_counter() - started) * 1000)
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shots", type=int, default=60)
    parser.add_argument("--repeats", type=int, default=50)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        (root / "story.md").write_text(story(args.shots), encoding="utf-8")
        started = time.perf_counter()
        subprocess.run([sys.executable, "-m", "studio.cli", "make", str(root / "story.md"), "-o", str(root / "film"),
                        "-c", str(ROOT / "tests/data/farm/small.yaml"), "-q"], check=True,
                       env={**os.environ, "OMP_NUM_THREADS": "1"}, stdout=subprocess.DEVNULL)
        project = json.loads((root / "film" / "project.json").read_text())
        print(f"made a {len(project['shots'])}-shot film in {time.perf_counter() - started:.0f} s")
        listening = socket.socket()
        listening.bind(("127.0.0.1", 0))
        listening.listen(64)
        url = f"http://127.0.0.1:{listening.getsockname()[1]}"
        server = uvicorn.Server(uvicorn.Config(create_app(root, TOKEN), log_level="warning"))
        threading.Thread(target=server.run, kwargs={"sockets": [listening]}, daemon=True).start()
        with httpx.Client(base_url=url, headers={"X-Studio-Token": TOKEN, "Accept": "text/html"}) as client:
            last = project["shots"][-1]["id"]
            for label, path in (("project page", "/p/film"), ("shot page", f"/p/film/shot/{last}"),
                                ("project JSON", "/api/projects/film")):
                times = timed_gets(client, path, args.repeats)
                print(f"  {label:<13} median {statistics.median(times):6.1f} ms  p95 {percentile(times, 0.95):6.1f} ms"
                      f"  (target < 300 ms)")
        if Path("/usr/bin/chromium").exists():
            times = event_to_page(url, root / "film" / "events.jsonl", 20)
            print(f"  event -> open page's activity: median {statistics.median(times):6.1f} ms  "
                  f"p95 {percentile(times, 0.95):6.1f} ms")
            times = asset_to_page(url, root / "film", 20)
            print(f"  new take -> open shot page: median {statistics.median(times):6.1f} ms  "
                  f"p95 {percentile(times, 0.95):6.1f} ms")
        server.should_exit = True


if __name__ == "__main__":
    main()
