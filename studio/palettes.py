"""Default set colours by interior/exterior and time of day.

The Director gives each Location one of these; the previz falls back to the same table when a
layout carries no palette (``studio layout`` prompts name no location).
"""

from __future__ import annotations

from studio.models import RGB

# floor, walls/ground, ceiling/sky, accent
PALETTES: dict[tuple[bool, str], list[RGB]] = {
    (True, "day"): [(150, 120, 90), (214, 200, 178), (235, 228, 215), (180, 90, 60)],
    (True, "night"): [(80, 62, 50), (92, 88, 110), (40, 40, 60), (230, 170, 80)],
    (False, "day"): [(110, 140, 80), (120, 150, 90), (150, 200, 235), (230, 210, 140)],
    (False, "night"): [(40, 50, 50), (40, 55, 60), (18, 24, 52), (240, 220, 150)],
    (False, "dawn"): [(120, 120, 90), (130, 130, 100), (240, 180, 150), (250, 200, 120)],
    (False, "dusk"): [(90, 90, 80), (100, 90, 80), (200, 120, 110), (250, 160, 90)],
}


def palette(interior: bool, time_of_day: str) -> list[RGB]:
    """The set's colours; a time without its own entry borrows night's (dusk) or day's (dawn)."""
    if (interior, time_of_day) in PALETTES:
        return PALETTES[(interior, time_of_day)]
    return PALETTES[(interior, "night" if time_of_day in ("night", "dusk") else "day")]
