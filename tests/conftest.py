"""Fixtures shared across test files."""

from tests.farm_support import farm  # noqa: F401 - a farm of real workers, for the tests that ask for one
from tests.spatial_support import agent, renderer, run  # noqa: F401 - the layout agent, previz, a render
