"""copy-book between backends: a full book (Norwegian, Lithuanian and Russian contacts,
companies, tags, a photo, extras, activities, follow-ups, an import batch, a tombstone,
settings, the identity) copied file → server → file keeps every row and id and exports the
same vCards; the server copy is searchable (folding, phone fragments) and gives out new ids
after the copied ones; a non-empty destination is refused untouched."""

from __future__ import annotations

import base64
import os
import sqlite3
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from rolodex.db import close_store, open_store

PHOTO = base64.b64encode(b"\x89PNG\r\n\x1a\n" + b"\x00" * 40).decode()
CARDS = f"""BEGIN:VCARD\r
VERSION:3.0\r
FN:Šarūnas Vilkas\r
N:Vilkas;Šarūnas;;;\r
ORG:Vilniaus Prekyba\r
EMAIL;TYPE=work:sarunas@prekyba.lt\r
TEL;TYPE=cell:+370 612 34567\r
ADR;TYPE=work:;;Gedimino pr. 1;Vilnius;;01103;LT\r
CATEGORIES:Klientai,VIP\r
X-CUSTOM-THING:kept as is\r
PHOTO;ENCODING=b;TYPE=PNG:{PHOTO}\r
END:VCARD\r
BEGIN:VCARD\r
VERSION:3.0\r
FN:Øystein Ærø\r
N:Ærø;Øystein;;;\r
ORG:Nordisk Handel AS\r
EMAIL:oystein@handel.no\r
TEL:+47 22 33 44 55\r
ADR:;;Karl Johans gate 1;Oslo;;0154;NO\r
CATEGORIES:Klientai\r
NOTE:Møte om kontrakten\r
END:VCARD\r
BEGIN:VCARD\r
VERSION:3.0\r
FN:Дмитрий Иванов\r
N:Иванов;Дмитрий;;;\r
ORG:Москва Трейд\r
TEL:+7 495 123-45-67\r
EMAIL:dmitry@trade.ru\r
END:VCARD\r
BEGIN:VCARD\r
VERSION:3.0\r
FN:Gone Person\r
N:Person;Gone;;;\r
END:VCARD\r
"""
COUNTED = (
    "book", "setting", "import_batch", "import_item", "company", "contact", "contact_photo",
    "email", "phone", "address", "extra_property", "tag", "contact_tag", "activity",
    "followup", "tombstone",
)  # fmt: skip


def populate(path: Path, folder: Path) -> None:
    from rolodex.clock import SystemClock
    from rolodex.models import Tombstone
    from rolodex.models.base import utc_now
    from rolodex.services import prefs
    from rolodex.services.contacts import ContactService
    from rolodex.services.crm.activities import ActivityService
    from rolodex.services.crm.followups import FollowUpService
    from rolodex.services.crm.records import ActivityData, FollowUpData
    from rolodex.services.importing.service import run_import
    from rolodex.store.transactions import writing

    open_store(path)
    try:
        cards = folder / "cards.vcf"
        cards.write_text(CARDS, encoding="utf-8")
        run_import([str(cards)], "skip")
        contacts = ContactService()
        contacts.delete([4])
        contacts.empty_trash()
        with writing():  # what the purge leaves (written by the Trash once it records them)
            Tombstone.insert(
                entity="contact", uid="gone-uid", revision=3, deleted_at=utc_now()
            ).execute()
        activities = ActivityService(SystemClock())
        activities.log(ActivityData(contact_id=1, kind="call", subject="Sutartis"))
        FollowUpService(SystemClock(), activities).add(
            FollowUpData(contact_id=2, due_date=date(2030, 3, 1), subject="Ring igjen")
        )
        prefs.put("backup_keep_daily", "9")
    finally:
        close_store()


def rolodex(*args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(Path.cwd())}
    done = subprocess.run(
        [sys.executable, "-m", "rolodex", *args], capture_output=True, text=True, env=env
    )
    if check:
        assert done.returncode == 0, done.stderr
    return done


def counts(path: Path) -> dict[str, list[tuple[object, ...]]]:
    conn = sqlite3.connect(path)
    try:
        return {t: sorted(conn.execute(f"SELECT * FROM {t}").fetchall(), key=repr) for t in COUNTED}
    finally:
        conn.close()


@pytest.fixture
def original(tmp_path: Path) -> Path:
    path = tmp_path / "original.db"
    populate(path, tmp_path)
    return path


def test_file_to_server_to_file_keeps_everything(
    original: Path, pg_database: str, tmp_path: Path
) -> None:
    final = tmp_path / "final.db"
    done = rolodex("--db", str(original), "copy-book", pg_database)
    assert "Copied 3 contacts" in done.stdout
    rolodex("--db", pg_database, "copy-book", str(final))
    rolodex("--db", str(original), "export", "-o", str(tmp_path / "original.vcf"))
    rolodex("--db", str(final), "export", "-o", str(tmp_path / "final.vcf"))
    exported = (tmp_path / "original.vcf").read_text(encoding="utf-8")
    assert "Šarūnas" in exported and "Дмитрий" in exported and "X-CUSTOM-THING" in exported
    assert (tmp_path / "final.vcf").read_text(encoding="utf-8") == exported
    before, after = counts(original), counts(final)
    for table in COUNTED:
        if table != "contact":  # sort positions are derived: assigned afresh on each file
            assert after[table] == before[table], table
    assert len(after["contact"]) == len(before["contact"]) == 3
    assert after["tombstone"] and after["import_item"] and after["contact_photo"]
    found = rolodex("--db", str(final), "search", "sarunas").stdout
    assert "Šarūnas Vilkas" in found


def test_the_server_copy_is_searchable_and_gives_new_ids(original: Path, pg_database: str) -> None:
    from rolodex.models import Contact, Tag
    from rolodex.models.base import utc_now
    from rolodex.store import open_book
    from rolodex.store.postgres.search import PostgresSearch
    from rolodex.store.transactions import writing

    rolodex("--db", str(original), "copy-book", pg_database)
    open_book(pg_database)
    try:
        search = PostgresSearch()
        assert search.matching_ids("sarunas", descending=False, limit=None) == [1]
        assert search.matching_ids("oystein aero", descending=False, limit=None) == [2]
        assert search.matching_ids("дмитрий", descending=False, limit=None) == [3]
        assert sorted(search.matching_ids("4567", descending=False, limit=None)) == [1, 3]
        assert search.matching_ids("gone", descending=False, limit=None) == []
        with writing():
            now = utc_now()
            new = Contact.insert(given="New", created_at=now, updated_at=now).execute()
            tag = Tag.insert(name="Naujas").execute()
        assert new == 4  # after the largest copied id, as a file would give it
        assert tag == 3
    finally:
        close_store()


def test_a_non_empty_destination_is_refused_untouched(original: Path, tmp_path: Path) -> None:
    (tmp_path / "other").mkdir()
    other = tmp_path / "other" / "other.db"
    populate(other, tmp_path / "other")
    before = counts(other)
    done = rolodex("--db", str(original), "copy-book", str(other), check=False)
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1 and "is not empty" in done.stderr
    assert counts(other) == before


def test_copy_into_itself_is_refused(original: Path) -> None:
    done = rolodex("--db", str(original), "copy-book", str(original), check=False)
    assert done.returncode == 2 and "is the book itself" in done.stderr


def test_file_to_file_copy_keeps_identity_and_search(original: Path, tmp_path: Path) -> None:
    copy = tmp_path / "copy.db"
    rolodex("--db", str(original), "copy-book", str(copy))
    assert counts(copy)["book"] == counts(original)["book"]
    assert "Дмитрий Иванов" in rolodex("--db", str(copy), "search", "ДМИТ").stdout
    assert "Øystein Ærø" in rolodex("--db", str(copy), "search", "22 33 44").stdout
