"""``keep-in-touch`` on the command line: per contact and per tag, then listed as due."""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

from rolodex.db import close_store, open_store
from rolodex.records import ContactData
from rolodex.services.contacts import ContactService
from rolodex.services.crm.cadence import past_cadence


def rolodex(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "rolodex", *args], capture_output=True, text=True)


def test_contact_and_tag_cadence_make_quiet_contacts_due(tmp_path: Path) -> None:
    db = tmp_path / "book.db"
    open_store(db)
    service = ContactService()
    ona = service.create(ContactData(given="Ona", family="Žemaitė"))
    ivan = service.create(ContactData(given="Иван", tags=["Партнёры"]))
    service.create(ContactData(given="Quiet", family="Person"))
    close_store()

    assert rolodex("--db", str(db), "keep-in-touch", "žemaitė", "30").returncode == 0
    assert rolodex("--db", str(db), "keep-in-touch", "--tag", "Партнёры", "14").returncode == 0

    open_store(db)
    try:
        due = {d.contact_id: d.days for d in past_cadence(datetime.now(UTC) + timedelta(days=1))}
    finally:
        close_store()
    assert due == {ona: 30, ivan: 14}


def test_bad_days_and_unknown_tag_are_one_line_errors(tmp_path: Path) -> None:
    db = str(tmp_path / "book.db")
    assert rolodex("--db", db, "add", "Ona Žemaitė").returncode == 0
    bad = rolodex("--db", db, "keep-in-touch", "ona", "soon")
    assert bad.returncode == 2 and "DAYS must be" in bad.stderr
    missing = rolodex("--db", db, "keep-in-touch", "--tag", "Nope", "7")
    assert (
        missing.returncode == 2 and "no tag" in missing.stderr and "Traceback" not in missing.stderr
    )
