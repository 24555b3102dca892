"""``studio layout``: the output contract (files, shapes, dtypes, ids), batch folders, bad input."""

from __future__ import annotations

import json
import subprocess
import sys

import numpy as np
import pytest
from PIL import Image

STUDIO = [sys.executable, "-m", "studio.cli", "layout"]


def layout(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([*STUDIO, *args], capture_output=True, text=True, timeout=120)


def test_one_prompt_writes_the_four_files_of_the_contract(tmp_path):
    out = tmp_path / "one"
    result = layout("a cat on the left of a dog, and the dog is on a table", "--out", str(out), "--size", "256")
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in out.iterdir()) == ["depth.png", "layout.json", "mask.png", "render.png"]

    data = json.loads((out / "layout.json").read_text())
    assert data["prompt"].startswith("a cat on the left")
    assert {o["name"] for o in data["objects"]} == {"cat", "dog", "table"}
    for obj in data["objects"]:
        assert isinstance(obj["id"], int) and 1 <= obj["id"] <= 255
        assert len(obj["position"]) == 3 and len(obj["size"]) == 3 and isinstance(obj["yaw_deg"], float)
    assert set(data["camera"]) >= {"position", "target", "fov_deg"}
    assert data["attempts"] >= 1 and isinstance(data["notes"], list)
    kinds = {r["kind"] for r in data["relations"]}
    assert {"left_of", "on_top_of"} <= kinds
    assert all(isinstance(r["holds"], bool) and "detail" in r and "subject" in r and "object" in r
               for r in data["relations"])
    assert all(r["holds"] for r in data["relations"])

    render, mask, depth = (Image.open(out / name) for name in ("render.png", "mask.png", "depth.png"))
    assert render.mode == "RGB" and render.size == (256, 256)
    assert mask.mode == "L" and mask.size == (256, 256)
    assert depth.mode in ("I;16", "I;16B", "I") and depth.size == (256, 256)
    mask, depth = np.asarray(mask), np.asarray(depth)
    assert mask.dtype == np.uint8 and depth.dtype == np.uint16
    ids = {o["id"] for o in data["objects"]}
    assert set(np.unique(mask)) - {0} == ids  # pixel value = object id, every object visible
    assert (depth[mask > 0] > 0).all()  # objects have depth in millimetres
    cat = next(o["id"] for o in data["objects"] if o["name"] == "cat")
    assert 200 < np.median(depth[mask == cat]) < 20000  # millimetres, not metres


def test_batch_keeps_line_numbers_and_blank_lines_get_an_error_folder(tmp_path):
    prompts = tmp_path / "prompts.txt"
    prompts.write_text("three apples\n\na jug partly concealed behind a lamp\n", encoding="utf-8")
    out = tmp_path / "batch"
    result = layout("--batch", str(prompts), "--out", str(out), "--size", "128")
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in out.iterdir()) == ["0000", "0001", "0002"]
    assert json.loads((out / "0000" / "layout.json").read_text())["prompt"] == "three apples"
    blank = json.loads((out / "0001" / "layout.json").read_text())
    assert blank["error"] and blank["objects"] == [] and not (out / "0001" / "render.png").exists()
    third = json.loads((out / "0002" / "layout.json").read_text())
    assert third["prompt"] == "a jug partly concealed behind a lamp" and (out / "0002" / "mask.png").exists()


@pytest.mark.parametrize("case", ["empty prompt", "blank prompt", "missing file", "binary file", "no prompt",
                                  "empty file"])
def test_bad_input_is_one_error_line_and_exit_2(tmp_path, case):
    binary = tmp_path / "binary.txt"
    binary.write_bytes(bytes(range(256)) * 20)
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    args = {
        "empty prompt": [""], "blank prompt": ["   "], "missing file": ["--batch", str(tmp_path / "nope.txt")],
        "binary file": ["--batch", str(binary)], "no prompt": [], "empty file": ["--batch", str(empty)],
    }[case]
    result = layout(*args, "--out", str(tmp_path / "out"))
    assert result.returncode == 2, result.stderr
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("error: ") and "Traceback" not in result.stderr


def test_help_has_examples():
    result = layout("--help")
    assert result.returncode == 0 and "--batch" in result.stdout and "Examples" in result.stdout


def test_a_batch_of_awkward_lines_gives_each_a_note_and_lines_are_independent(tmp_path):
    lines = [
        "a goat to the left of a pig, the pig to the left of the goat",  # contradiction
        "un chien sous une table",  # not English
        "500 pebbles beside a bucket",  # far too many
        "a goose to the left of a duck",
        "a duck on a goose, the goose in a circle, Grubnak the troll on the moon",
        "a goose to the left of a duck",  # the same line after a different one
    ]
    prompts = tmp_path / "awkward.txt"
    prompts.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "awkward"
    result = layout("--batch", str(prompts), "--out", str(out), "--size", "128")
    assert result.returncode == 0, result.stderr
    data = [json.loads((out / f"{k:04d}" / "layout.json").read_text()) for k in range(len(lines))]
    assert any("contradictory" in note for note in data[0]["notes"])
    assert any(r["detail"].startswith("contradictory") for r in data[0]["relations"])
    assert any("does not read as English" in note for note in data[1]["notes"])
    assert any("more than 20" in note for note in data[2]["notes"])
    assert sum(o["name"] == "pebble" for o in data[2]["objects"]) == 20
    same = ("objects", "camera", "relations", "notes")
    assert {k: data[3][k] for k in same} == {k: data[5][k] for k in same}


def test_a_five_thousand_word_prompt_is_refused_with_one_clear_line(tmp_path):
    result = layout("a cat near a dog " * 1250, "--out", str(tmp_path / "long"))
    assert result.returncode == 2
    assert result.stderr.strip().startswith("error: the prompt is") and "Traceback" not in result.stderr


def test_a_five_thousand_word_line_in_a_batch_is_refused_alone(tmp_path):
    prompts = tmp_path / "mixed.txt"
    prompts.write_text("a hen beside a barrel\n" + "a cat near a dog " * 1250 + "\na hen beside a barrel\n",
                       encoding="utf-8")
    out = tmp_path / "mixed"
    result = layout("--batch", str(prompts), "--out", str(out), "--size", "128")
    assert result.returncode == 0, result.stderr
    first, long, last = (json.loads((out / f"{k:04d}" / "layout.json").read_text()) for k in range(3))
    assert long["error"].startswith("the line is 21249 characters long")  # spaces folded, the last one trimmed and long["objects"] == []
    assert not (out / "0001" / "render.png").exists()
    assert first["objects"] and {k: first[k] for k in ("objects", "relations")} == {
        k: last[k] for k in ("objects", "relations")}
