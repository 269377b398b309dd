"""Operations tests: faults, bad input, security. Marked so that they can be run on their own."""

from __future__ import annotations


def pytest_configure(config):
    config.addinivalue_line(
        "markers", "faults: stops, kills and fills databases and servers of their own (tests/ops)"
    )
