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


class _Previz:
    """The real previz renderer underneath, so that whatever does finish is a real keyframe."""

    def __init__(self, **_: object) -> None:
        from studio import registry

        self._previz = registry.build("keyframes", "previz", {})

    def previz(self, request, out_dir: Path) -> dict:
        return self._previz.render(request, out_dir)


def _record(log: str | None, request, out_dir: Path) -> int:
    """Append this execution (project, shot, attempt) to a log file; returns how often it has run."""
    if not log:
        return 0
    project = Path(out_dir).parents[2].name  # <project>/cache/keyframe/<folder being built>
    entry = f"{project}:{request.shot}:{request.attempt}"
    with open(log, "a", encoding="utf-8") as f:
        f.write(entry + "\n")
    return Path(log).read_text(encoding="utf-8").splitlines().count(entry)


class SlowKeyframes(_Previz):
    """A render that works for ``delay_s`` (drawing its previz over and over), logging each execution
    to ``log``. ``stubborn``: ignores being asked to stop (the soft time limit), like a call stuck
    in C code."""

    def __init__(self, delay_s: float = 3.0, log: str | None = None, stubborn: bool = False, **config: object) -> None:
        super().__init__(**config)
        self.delay_s, self.log, self.stubborn = float(delay_s), log, stubborn  # from the environment, a string

    def render(self, request, out_dir: Path) -> dict:
        import time

        from celery.exceptions import SoftTimeLimitExceeded

        _record(self.log, request, out_dir)
        until = time.monotonic() + self.delay_s
        meta = None
        while meta is None or time.monotonic() < until:
            try:
                meta = self.previz(request, out_dir)
            except SoftTimeLimitExceeded:
                if not self.stubborn:
                    raise
        return meta


class SuicidalKeyframes(_Previz):
    """Kills the process running it (SIGKILL, as the OOM killer would) for shots whose id ends with
    ``poison``; renders the others."""

    def __init__(self, poison: str = "sh02", log: str | None = None, **config: object) -> None:
        super().__init__(**config)
        self.poison, self.log = poison, log

    def render(self, request, out_dir: Path) -> dict:
        import os
        import signal

        if request.shot.endswith(self.poison):
            _record(self.log, request, out_dir)
            os.kill(os.getpid(), signal.SIGKILL)
        return self.previz(request, out_dir)


class FlakyKeyframes(_Previz):
    """Raises ConnectionError the first ``failures`` times each request runs (a transient error)."""

    def __init__(self, failures: int = 2, log: str | None = None, **config: object) -> None:
        super().__init__(**config)
        self.failures, self.log = int(failures), log

    def render(self, request, out_dir: Path) -> dict:
        if _record(self.log, request, out_dir) <= self.failures:
            raise ConnectionError("connection reset by the render service")
        return self.previz(request, out_dir)


class BrokenKeyframes(_Previz):
    """Raises ValueError for shots whose id ends with ``broken`` (an error that will happen again)."""

    def __init__(self, broken: str = "sh02", log: str | None = None, **config: object) -> None:
        super().__init__(**config)
        self.broken, self.log = broken, log

    def render(self, request, out_dir: Path) -> dict:
        if request.shot.endswith(self.broken):
            _record(self.log, request, out_dir)
            raise ValueError(f"cannot draw {request.shot}: the model rejects this layout")
        return self.previz(request, out_dir)


class OutOfMemoryError(RuntimeError):
    """Stands in for torch.cuda.OutOfMemoryError: there is no GPU on this machine (the one mock)."""


class OutOfMemoryKeyframes(_Previz):
    """Runs out of GPU memory on shots whose id ends with ``heavy``; renders the others."""

    def __init__(self, heavy: str = "sh02", **config: object) -> None:
        super().__init__(**config)
        self.heavy = heavy

    def render(self, request, out_dir: Path) -> dict:
        if request.shot.endswith(self.heavy):
            raise OutOfMemoryError("CUDA out of memory. Tried to allocate 2.00 GiB (GPU 0; 7.79 GiB total capacity)")
        return self.previz(request, out_dir)


class FailingCritic:
    """A critic that crashes on shots whose id ends with ``fragile`` and passes everything else."""

    name = "failing"

    def __init__(self, fragile: str = "sh02", **_: object) -> None:
        self.fragile = fragile

    def run(self, request, asset, project_dir: Path):
        from studio.models import Critique

        target = getattr(request, "shot", None) or getattr(request, "line", "")
        if target.endswith(self.fragile):
            raise RuntimeError(f"critic crashed on {target}")
        return Critique(critic=self.name, passed=True, score=1.0)


class PickyCritic:
    """Passes a keyframe only when its seed leaves ``remainder`` modulo ``modulus``; scores by seed,
    so the best of several candidates is well defined."""

    name = "picky"

    def __init__(self, modulus: int = 3, remainder: int = 0, **_: object) -> None:
        self.modulus, self.remainder = int(modulus), int(remainder)

    def run(self, request, asset, project_dir: Path):
        from studio.models import Critique

        passed = request.seed % self.modulus == self.remainder
        return Critique(critic=self.name, passed=passed, score=round(0.5 + (request.seed % 97) / 200, 4),
                        reasons=[] if passed else [f"seed {request.seed} is not liked"])


class BatchWithATruncatedShot:
    """Paints batches with the real previz, but the shot whose id names ``bad`` comes out truncated."""

    def __init__(self, bad: str = "", **_: object) -> None:
        from studio import registry

        self.bad = bad
        self.previz = registry.build("keyframes", "previz", {})
        self.batches: list[int] = []

    def render_batch(self, requests, out_dirs) -> list[dict]:
        self.batches.append(len(requests))
        metas = [self.previz.render(request, Path(folder)) for request, folder in zip(requests, out_dirs)]
        for request, folder in zip(requests, out_dirs):
            if request.shot == self.bad:
                rgb = Path(folder) / "rgb.png"
                rgb.write_bytes(rgb.read_bytes()[:200])
        return metas
