"""Fixtures shared by the bot tests."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture()
def home(tmp_path: Path) -> Path:
    """An empty home directory for a user who runs factbot (see tests.bot.helpers.user_env)."""
    (tmp_path / "home").mkdir()
    return tmp_path / "home"
