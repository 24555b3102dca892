"""The benchmark scorers prove themselves: bench/layout_selfcheck.py scores ray-cast scenes whose
truth is known, and checks that no prompt set leaks into code or tests. Run here so CI keeps both."""

from __future__ import annotations

import re
import subprocess
import sys

from studio.paths import ROOT


def test_the_bench_scorers_pass_their_self_check():
    done = subprocess.run([sys.executable, str(ROOT / "bench" / "layout_selfcheck.py")], cwd=ROOT,
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    cases = re.search(r"all (\d+) cases passed", done.stdout)
    assert cases and int(cases.group(1)) >= 16, done.stdout[-2000:]
    assert not re.search(r"^FAIL", done.stdout, re.MULTILINE)
