"""What a person chooses about an export beyond its formats (the storyboard sheet's layout)."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict

PanelsPerPage = Literal[2, 3, 6, 9]


class ExportOptions(BaseModel):
    model_config = ConfigDict(extra="forbid")

    panels: PanelsPerPage = 6  # storyboard panels per PDF page: 2 and 3 in a column, 6 and 9 in a grid
    dialogue: bool = True  # each panel's spoken lines (and narration)
    action: bool = True  # each panel's action lines, or the shot's description when it has none
    shot_info: bool = True  # number, size, angle, lens, move
    duration: bool = True  # seconds on screen
