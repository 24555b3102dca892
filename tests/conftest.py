"""Fixtures shared across test files."""

from tests.farm_support import farm  # noqa: F401 - a farm of real workers, for the tests that ask for one
