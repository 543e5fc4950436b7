"""POSIX permissions: the data folder is 0700; the book, its WAL files, backups and
pre-migration copies are 0600, whatever the umask."""

from __future__ import annotations

import os
import shutil
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from rolodex import paths
from rolodex.db import StoreInfo, close_store, open_store
from rolodex.safety import backups
from tests.safety.conftest import add_people

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions only")
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def open_umask() -> Iterator[None]:
    old = os.umask(0o022)  # the usual default: files 0644, folders 0755 unless we say so
    yield
    os.umask(old)


def test_default_book_and_backups_are_private(open_umask: None, app_paths: paths.AppPaths) -> None:
    info: StoreInfo = open_store(app_paths.default_db)
    try:
        add_people()
        made = backups.backup_now()
        assert _mode(app_paths.data_dir) == 0o700
        assert _mode(info.path) == 0o600
        for extra in ("-wal", "-shm"):
            companion = info.path.with_name(info.path.name + extra)
            assert not companion.exists() or _mode(companion) == 0o600
        assert _mode(made.path.parent) == 0o700
        assert _mode(made.path) == 0o600
    finally:
        close_store()


def test_pre_migration_copy_is_private(open_umask: None, tmp_path: Path) -> None:
    book = tmp_path / "old.db"
    shutil.copy(FIXTURES / "schema_v1.db", book)
    book.chmod(0o644)
    info = open_store(book)
    close_store()
    assert info.backup is not None and _mode(info.backup) == 0o600
    assert _mode(book) == 0o600
