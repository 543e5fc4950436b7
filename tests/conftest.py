"""Shared fixtures: every test gets its own real SQLite book in a temp folder; Qt runs offscreen."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from rolodex.db import StoreInfo, close_store, open_store  # noqa: E402

DATA = Path(__file__).parent / "data"
SAMPLES = Path(__file__).resolve().parents[2] / "shared" / "samples"


@pytest.fixture(autouse=True)
def _isolated_data_dir(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Nothing a test does may touch the real user data folder."""
    monkeypatch.setenv("ROLODEX_DATA_DIR", str(tmp_path_factory.mktemp("data")))


@pytest.fixture
def book(tmp_path: Path) -> Iterator[StoreInfo]:
    """A fresh, empty book on a real SQLite file, bound as the current database."""
    info = open_store(tmp_path / "book.db")
    yield info
    close_store()


@pytest.fixture
def data_dir() -> Path:
    return DATA
