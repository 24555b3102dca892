"""Control images from the previz: what ControlNet holds the painting to.

``depth``: near is bright, as in the MiDaS maps depth ControlNets were trained on (inverse depth,
stretched over what the shot shows; the sky, drawn nowhere, is black). ``canny``: the previz's
edges, white on black. ``segmentation``: one flat colour per object of the instance mask.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import numpy as np
from PIL import Image, ImageFilter

CONTROLS = ("depth", "canny", "segmentation")


def control_image(kind: str, folder: Path, size: tuple[int, int]) -> Image.Image:
    """The ``kind`` control for the previz written in ``folder``, at ``size`` (width, height)."""
    if kind == "depth":
        image = depth_control(np.asarray(Image.open(folder / "depth.png")))
    elif kind == "canny":
        image = edge_control(Image.open(folder / "previz.png").convert("RGB"))
    elif kind == "segmentation":
        image = segment_control(np.asarray(Image.open(folder / "mask.png")))
    else:
        raise ValueError(f"unknown control {kind!r} (known: {', '.join(CONTROLS)})")
    # Nearest for the segments (no blended colours that name no object); bilinear otherwise.
    resample = Image.NEAREST if kind == "segmentation" else Image.BILINEAR
    return image.resize(size, resample)


def depth_control(depth_mm: np.ndarray) -> Image.Image:
    drawn = depth_mm > 0
    inverse = np.zeros(depth_mm.shape, np.float32)
    inverse[drawn] = 1000.0 / depth_mm[drawn].astype(np.float32)
    if drawn.any():
        low, high = np.percentile(inverse[drawn], [1, 99])
        inverse[drawn] = np.clip((inverse[drawn] - low) / max(high - low, 1e-6), 0.0, 1.0) * 0.9 + 0.1
    grey = np.rint(inverse * 255).astype(np.uint8)
    return Image.fromarray(np.stack([grey] * 3, axis=-1))


def edge_control(rgb: Image.Image) -> Image.Image:
    # A Canny stand-in without OpenCV: smoothed luminance gradient, thresholded at its own 90th
    # percentile so that each frame keeps about a tenth of its pixels as edges.
    luma = np.asarray(rgb.convert("L").filter(ImageFilter.GaussianBlur(1.2)), np.float32)
    gy, gx = np.gradient(luma)
    magnitude = np.hypot(gx, gy)
    edges = magnitude > max(np.percentile(magnitude, 90), 8.0)
    grey = np.where(edges, 255, 0).astype(np.uint8)
    return Image.fromarray(np.stack([grey] * 3, axis=-1))


def segment_control(ids: np.ndarray) -> Image.Image:
    colours = np.zeros((256, 3), np.uint8)
    for object_id in np.unique(ids):
        if object_id:
            colours[object_id] = np.frombuffer(hashlib.sha256(bytes([object_id])).digest()[:3], np.uint8)
    return Image.fromarray(colours[ids])
