"""Backends that fail on purpose, selected by dotted path in config, for the no-false-success tests."""

from __future__ import annotations

from pathlib import Path


class EmptyWavSpeech:
    """Writes a zero-byte 'wav' as if synthesis had silently failed."""

    def __init__(self, **_: object) -> None:
        pass

    def render(self, request, out_dir: Path) -> dict:
        (Path(out_dir) / "speech.wav").write_bytes(b"")
        return {}


class TruncatedKeyframes:
    """Writes a PNG cut off halfway through."""

    def __init__(self, **_: object) -> None:
        pass

    def render(self, request, out_dir: Path) -> dict:
        from PIL import Image

        for name in ("rgb.png", "depth.png", "mask.png"):
            Image.new("RGB", (request.width, request.height), (90, 90, 90)).save(Path(out_dir) / name)
        rgb = Path(out_dir) / "rgb.png"
        rgb.write_bytes(rgb.read_bytes()[:200])
        return {}
