"""Keyframe backend ``diffusers``: the previz painted by a diffusion model held to the 3D layout."""

from renderers.diffusion.renderer import DiffusionRenderer
from studio.weights import WeightsMissing

__all__ = ["DiffusionRenderer", "WeightsMissing"]
