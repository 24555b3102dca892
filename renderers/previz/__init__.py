"""Previz keyframes: the layout as a flat-shaded 3D scene with exact depth and instance masks."""

from renderers.previz.renderer import PrevizRenderer, project_points

__all__ = ["PrevizRenderer", "project_points"]
