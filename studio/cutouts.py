"""A character's cut-out: their pixels of a keyframe, found by the instance mask, on a flat grey.

The consistency critic compares cut-outs, and the first passing shot of a character becomes their
reference as a cut-out: the same rule on both sides, so a score measures the character, not the
room around them.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
from PIL import Image

GREY = 127


def cut_out(rgb_path: Path, mask_path: Path, object_id: int, min_pixels: int = 1) -> Image.Image | None:
    """The object's bounding box of ``rgb``, every pixel not the object's grey; None when the object
    covers fewer than ``min_pixels`` (too little of them to judge)."""
    rgb = np.asarray(Image.open(rgb_path).convert("RGB"))
    mask = np.asarray(Image.open(mask_path)) == object_id
    if mask.shape != rgb.shape[:2]:  # a keyframe resized after its mask was drawn
        mask = np.asarray(Image.fromarray(mask).resize(rgb.shape[1::-1], Image.NEAREST))
    if mask.sum() < min_pixels:
        return None
    rows, cols = np.nonzero(mask)
    box = (slice(rows.min(), rows.max() + 1), slice(cols.min(), cols.max() + 1))
    region = np.where(mask[box][..., None], rgb[box], GREY).astype(np.uint8)
    return Image.fromarray(region)
