"""Automatic backups around bulk writes: an import backs the book up first, so it can be
undone from the backup too; a failing backup stops the import."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from rolodex.db import StoreError, StoreInfo
from rolodex.models import Contact, Setting
from rolodex.safety import backups, hooks, snapshot
from rolodex.services import importing
from tests.safety.conftest import PEOPLE

CARD = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:{0}\r\nN:{0};;;;\r\nEND:VCARD\r\n"


@pytest.fixture
def installed(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setattr(importing, "before_write_hooks", [])
    hooks.install()
    hooks.install()
    assert importing.before_write_hooks == [hooks.backup_hook]
    yield


def _cards(tmp_path: Path) -> Path:
    path = tmp_path / "kontakter.vcf"
    path.write_text("".join(CARD.format(n) for n in ("Ødegård", "Смирнова")), "utf-8")
    return path


def test_import_is_preceded_by_a_verified_backup(
    installed: None, plain_book: StoreInfo, tmp_path: Path
) -> None:
    importing.run_import([_cards(tmp_path)])
    assert Contact.select().count() == len(PEOPLE) + 2
    (made,) = backups.list_backups()
    assert made.reason == "before-import"
    assert snapshot.inspect(made.path, None).contacts == len(PEOPLE)


def test_dry_run_makes_no_backup(installed: None, plain_book: StoreInfo, tmp_path: Path) -> None:
    importing.run_import([_cards(tmp_path)], dry_run=True)
    assert backups.list_backups() == []


def test_failed_backup_stops_the_import(
    installed: None, plain_book: StoreInfo, tmp_path: Path
) -> None:
    Setting.create(key="backup_dir", value=str(tmp_path / "unplugged"))
    with pytest.raises(StoreError, match="not available"):
        importing.run_import([_cards(tmp_path)])
    assert Contact.select().count() == len(PEOPLE)
