"""Nothing of an encrypted book is written anywhere unencrypted.

A separate process (real SQLCipher key derivation, its own TMPDIR) creates an encrypted book in
the data folder, adds people through the contact service, searches, sorts, imports a vCard
file, makes daily and pre-import backups and restores one. Afterwards no file in the data
folder or the temp folder may contain a person's name in any common encoding."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

MARKER_GIVEN = "Zyxwvuqplk"
MARKER_FAMILY = "Šnekutienė"
PASSPHRASE = "correct horse battery"

SESSION = """
import sys
from pathlib import Path

import pytest
from rolodex import paths
from rolodex.db import open_store, close_store
from rolodex.records import ContactData
from rolodex.safety import backups
from rolodex.safety.restore import restore
from rolodex.services.contacts import ContactService
from rolodex.services.search import search_ids

given, family, passphrase, cards = sys.argv[1:5]
app = paths.init()
open_store(app.default_db, passphrase)
service = ContactService()
for n in range(30):
    service.create(ContactData(given=f"{given}{n}", family=family, notes=f"{family} notes"))
assert search_ids(given + "1"), "search found nothing"
assert len(service.ids()) == 30
backups.backup_if_due_today()
try:
    from rolodex.services.importing.service import run_import
    run_import([cards], "skip")
except ImportError:
    pass
backups.backup_before("import")
restore(backups.list_backups()[-1].path)
close_store()
print("done")
"""


def _needles() -> list[bytes]:
    words = [MARKER_GIVEN, MARKER_FAMILY]
    return [w.encode(enc) for w in words for enc in ("utf-8", "utf-16-le", "utf-16-be")]


def test_encrypted_book_leaves_no_plaintext(tmp_path: Path) -> None:
    data, temp, outside = tmp_path / "data", tmp_path / "tmp", tmp_path / "user-files"
    for folder in (temp, outside):
        folder.mkdir()
    cards = outside / "cards.vcf"
    cards.write_text(
        "BEGIN:VCARD\r\nVERSION:3.0\r\n"
        f"N:{MARKER_FAMILY};{MARKER_GIVEN}1;;;\r\nFN:{MARKER_GIVEN}1 {MARKER_FAMILY}\r\n"
        "END:VCARD\r\n",
        encoding="utf-8",
    )
    env = {**os.environ, "ROLODEX_DATA_DIR": str(data), "TMPDIR": str(temp)}
    argv = [sys.executable, "-c", SESSION, MARKER_GIVEN, MARKER_FAMILY, PASSPHRASE, str(cards)]
    done = subprocess.run(argv, env=env, capture_output=True, text=True, timeout=120)
    assert done.stdout.strip() == "done", done.stderr
    files = [p for folder in (data, temp) for p in folder.rglob("*") if p.is_file()]
    assert any(p.suffix == ".db" for p in files)
    leaks = [
        str(p.relative_to(tmp_path))
        for p in files
        if any(needle in p.read_bytes() for needle in _needles())
    ]
    assert leaks == []


REPORT_SESSION = """
import sys
from rolodex import paths
from rolodex.db import open_store, close_store
from rolodex.records import ContactData, LabeledValue
from rolodex.services.contacts import ContactService
from rolodex.services.importing.service import run_import

given, family, passphrase, cards = sys.argv[1:5]
open_store(paths.init().default_db, passphrase)
ContactService().create(
    ContactData(given=given, family=family, emails=[LabeledValue("z@example.lt")])
)
run_import([cards], "merge")
close_store()
print("done")
"""


def test_import_report_of_an_encrypted_book_leaves_no_plaintext(tmp_path: Path) -> None:
    data, outside = tmp_path / "data", tmp_path / "user-files"
    outside.mkdir()
    cards = outside / "cards.vcf"
    cards.write_text(
        "BEGIN:VCARD\r\nVERSION:3.0\r\n"
        f"N:{MARKER_FAMILY};{MARKER_GIVEN};;;\r\nFN:{MARKER_GIVEN} {MARKER_FAMILY}\r\n"
        "EMAIL:z@example.lt\r\nEND:VCARD\r\n",
        encoding="utf-8",
    )
    env = {**os.environ, "ROLODEX_DATA_DIR": str(data)}
    argv = [sys.executable, "-c", REPORT_SESSION, MARKER_GIVEN, MARKER_FAMILY, PASSPHRASE]
    done = subprocess.run([*argv, str(cards)], env=env, capture_output=True, text=True, timeout=120)
    assert done.stdout.strip() == "done", done.stderr
    leaks = [
        p.name
        for p in data.rglob("*")
        if p.is_file() and any(needle in p.read_bytes() for needle in _needles())
    ]
    assert leaks == []
