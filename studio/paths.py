"""Where the bundled data lives (object library, fonts, examples, presets)."""

from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ASSETS = ROOT / "assets"
CONFIGS = ROOT / "configs"
EXAMPLES = ASSETS / "examples"
