"""Automatic backups around bulk writes: an import backs the book up first, so it can be
undone from the backup too; a failing backup stops the import."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from rolodex.db import StoreError, StoreInfo
from rolodex.models import Contact, Setting
from rolodex.safety import backups, hooks, snapshot
from rolodex.services.importing import service as importing
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


def _settle(book: Path) -> None:
    """The book's files as they are some time after their last write (file times are coarse:
    a backup within a tick of a write is taken again, which a quick test would hit)."""
    for path in (book, book.with_name(f"{book.name}-wal")):
        if path.exists():
            stamp = path.stat().st_mtime - 60
            os.utime(path, (stamp, stamp))


def test_no_second_backup_while_the_book_is_unchanged_since_the_last(
    installed: None, plain_book: StoreInfo, tmp_path: Path
) -> None:
    Contact.update(updated_at="2026-01-02T03:04:05+00:00").execute()  # PEOPLE have none
    cards = _cards(tmp_path)
    first = importing.run_import([cards])
    again = importing.run_import([cards])  # the first import changed the book: backed up
    assert (again.imported, again.merged) == (0, 0)
    assert len(backups.list_backups()) == 2
    assert [b.reused for b in (*first.before_write, *again.before_write)] == [False, False]

    _settle(plain_book.path)
    third = importing.run_import([cards])
    assert len(backups.list_backups()) == 2
    (reused,) = third.before_write
    newest = backups.list_backups()[0]
    assert reused.reused and reused.path == newest.path
    assert hooks.describe(reused).startswith("No new backup: the book has not changed since")
    assert snapshot.inspect(newest.path, None).contacts == len(PEOPLE) + 2


def test_a_change_since_the_last_backup_means_a_new_one(
    installed: None, plain_book: StoreInfo, tmp_path: Path
) -> None:
    from rolodex.services.contacts import ContactService

    importing.run_import([_cards(tmp_path)])
    service = ContactService()
    contact = service.get(service.ids()[0])
    assert contact is not None
    contact.nickname = "Ada"
    service.save(contact)
    more = tmp_path / "more.vcf"
    more.write_text(CARD.format("Ola Nordmann"), "utf-8")
    importing.run_import([more])
    made = backups.list_backups()
    assert len(made) == 2
    assert snapshot.inspect(made[0].path, None).contacts == len(PEOPLE) + 2
