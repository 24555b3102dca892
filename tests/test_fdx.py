"""Final Draft (.fdx) scripts are read to the Fountain contract; broken XML is one clear error.
(A film made from an .fdx through `studio make` is tests/test_exports.py's project.)"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from studio.ingest import InputError, load_source, parse_text

FERRY = Path(__file__).parent / "data" / "the_ferry.fdx"

# The same script as tests/data/the_ferry.fdx, written in Fountain.
FERRY_FOUNTAIN = """Title: The Ferry
Credit: Written by
Author: Studio Tests

EXT. FERRY DOCK - DAWN

Fog over the water. ŁUCJA (30s) ties a rope to a **bollard**. MARCO waits beside a bench.

MARCO
(shivering)
Is the ferry late again?

ŁUCJA (CONT'D)
It is never late. It waits for the fog to lift.

DISSOLVE TO:

INT. FERRY CABIN - DAY

Łucja pours coffee into two cups on a small table.

MARCO
Thank you.

@Łucja ^
Drink it — slowly.

CAPTAIN (V.O.)
We sail in five minutes.
"""


def test_an_fdx_script_gives_scenes_speakers_parentheticals_and_transitions():
    source = load_source(FERRY)
    assert source.title == "The Ferry" and source.meta["Author"] == "Studio Tests"
    assert [scene.heading for scene in source.scenes] == ["EXT. FERRY DOCK - DAWN", "INT. FERRY CABIN - DAY"]
    dialogue = [e for scene in source.scenes for e in scene.elements if e.kind == "dialogue"]
    assert [e.speaker for e in dialogue] == ["MARCO", "ŁUCJA", "MARCO", "ŁUCJA", "CAPTAIN"]
    assert source.characters == ["MARCO", "ŁUCJA", "CAPTAIN"]
    assert dialogue[0].parenthetical == "shivering" and dialogue[0].text == "Is the ferry late again?"
    assert dialogue[1].extension == "CONT'D" and dialogue[4].extension == "V.O."
    assert [e.dual for e in dialogue] == [False, False, False, True, False]  # the second side of the pair
    first = source.scenes[0].elements
    # Styled runs of one paragraph are one line of action; the transition is kept where it was.
    assert first[0].kind == "action" and "ties a rope to a bollard. MARCO waits" in first[0].text
    assert first[-1].kind == "transition" and first[-1].text == "DISSOLVE TO:"


def test_an_fdx_script_reads_exactly_as_the_same_script_in_fountain():
    fdx = load_source(FERRY)
    fountain = parse_text(FERRY_FOUNTAIN, "fountain")
    assert fdx.scenes == fountain.scenes
    assert fdx.characters == fountain.characters and fdx.title == fountain.title
    assert fdx.format == fountain.format == "fountain"  # the screenplay contract; the file says Final Draft
    assert fdx.meta["Format"] == "Final Draft"


@pytest.mark.parametrize("text, says", [
    ('<?xml version="1.0"?><FinalDraft><Content><Paragraph Type="Action"><Text>Rain.</Paragraph></Content>',
     "not well-formed XML"),
    ('<?xml version="1.0"?><screenplay><scene/></screenplay>', "not a Final Draft script"),
    ('<?xml version="1.0"?><FinalDraft DocumentType="Script"><TitlePage/></FinalDraft>', "without a <Content>"),
    ('<?xml version="1.0"?><FinalDraft><Content><Paragraph Type="Action"/></Content></FinalDraft>', "no scenes"),
    ('<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><FinalDraft/>', "declares XML entities"),
])
def test_a_broken_fdx_file_is_one_clear_input_error(tmp_path, text, says):
    path = tmp_path / "broken.fdx"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InputError, match=says) as caught:
        load_source(path)
    assert "\n" not in str(caught.value) and str(path) in str(caught.value)


def test_studio_make_refuses_malformed_fdx_with_one_line_and_writes_nothing(tmp_path):
    bad = tmp_path / "bad.fdx"
    bad.write_text(FERRY.read_text(encoding="utf-8").replace("</Content>", ""), encoding="utf-8")
    out = tmp_path / "film"
    result = subprocess.run([sys.executable, "-m", "studio.cli", "make", str(bad), "-o", str(out), "-q"],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 2
    assert result.stderr.startswith("error: ") and result.stderr.count("\n") == 1, result.stderr
    assert "not well-formed XML" in result.stderr and "Traceback" not in result.stderr
    assert not out.exists()
