"""The house rules: layers import downwards only, and the bundled preset is the code's default."""

from __future__ import annotations

import ast
from pathlib import Path

import yaml

from studio.config import Settings
from studio.paths import CONFIGS, ROOT

LAYERS = {
    "studio": {"studio"},  # the core imports nothing else of ours
    "crews": {"studio", "crews"},
    "renderers": {"studio", "renderers"},
    "workers": {"studio", "workers"},  # the farm runs the pipeline; agents and backends come by name
    "gallery": {"studio", "gallery"},  # reads project folders; decisions and re-renders through the core
}


def imports_of(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


def test_layers_import_only_downwards():
    ours = {"studio", "crews", "renderers", "workers", "gallery"}
    for package, allowed in LAYERS.items():
        for path in (ROOT / package).rglob("*.py"):
            wrong = (imports_of(path) & ours) - allowed
            assert not wrong, f"{path.relative_to(ROOT)} imports {sorted(wrong)}"


def test_bundled_default_preset_matches_the_code_defaults():
    preset = yaml.safe_load((CONFIGS / "default.yaml").read_text())
    assert Settings(**preset).model_dump() == Settings().model_dump()
