"""Fixtures of the training tests: the demo figures of the social administration."""

from __future__ import annotations

import pytest

from varna.training.demo import load_demo_training


@pytest.fixture
def demo_training(demo) -> None:
    load_demo_training()
