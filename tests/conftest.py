"""Fixtures shared across test files, and how `make test` spreads the tests over two processes."""

import pytest

from tests.farm_support import farm  # noqa: F401 - a farm of real workers, for the tests that ask for one
from tests.spatial_support import agent, renderer, run  # noqa: F401 - the layout agent, previz, a render

# The services every farm test shares: Redis (flushed at each farm's start), RabbitMQ, PostgreSQL's
# database "test". Under pytest-xdist (`make test` runs two processes) the tests that need them run
# in one process, one after another; every other test stays with its file, so a file's module
# fixtures (tiny models, rendered films) are built once.
SHARED_SERVICES = ("Redis", "RabbitMQ", "PostgreSQL")


def pytest_itemcollected(item):  # (as each test is collected: pytest-xdist reads the groups after)
    reasons = " ".join(str(mark.kwargs.get("reason", "")) for mark in item.iter_markers("skipif"))
    shared = any(service in reasons for service in SHARED_SERVICES)
    item.add_marker(pytest.mark.xdist_group("services" if shared else item.module.__name__))
