"""Interop with an independent CardDAV client: vdirsyncer reads what Rolodex wrote to the
Radicale server (every contact once, its UID and fields, the phone's own properties kept),
and an edit vdirsyncer sends to the server arrives in the book on the next sync."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from rolodex.services.contacts import ContactService
from tests.sync.conftest import Collection
from tests.sync.helpers import add, card, live_uids, person, put_card, sync

CONFIG = """[general]
status_path = "{folder}/status/"

[pair book]
a = "local"
b = "remote"
collections = null
conflict_resolution = "b wins"

[storage local]
type = "filesystem"
path = "{folder}/vdir/"
fileext = ".vcf"

[storage remote]
type = "carddav"
url = "{url}"
username = "{user}"
password = "{password}"
"""


def _vdirsyncer(config: Path, *args: str) -> None:
    program = shutil.which("vdirsyncer") or str(Path(sys.executable).parent / "vdirsyncer")
    if not Path(program).exists():
        pytest.fail("vdirsyncer is not installed (the test extra installs it)")
    done = subprocess.run(
        [program, "-c", str(config), *args], capture_output=True, text=True, timeout=120,
        input="",
    )  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr


def test_vdirsyncer_reads_what_rolodex_wrote_and_its_edit_comes_back(
    book: object, collection: Collection, tmp_path: Path
) -> None:
    cid = person("Ann", "Berg", "ann@example.no", "+47 912 34 567", job_title="Clerk")
    put_card(collection, "bob.vcf", card("bob-1", "Bob", "Dale", "X-PHONE-APP-ID:77"))
    add(collection, tmp_path)
    sync()
    (tmp_path / "vdir").mkdir()
    config = tmp_path / "vdirsyncer.conf"
    config.write_text(CONFIG.format(folder=tmp_path, url=collection.url, user=collection.user,
                                    password=collection.password), encoding="utf-8")  # fmt: skip
    _vdirsyncer(config, "discover")
    _vdirsyncer(config, "sync")
    files = {p.name: p.read_text(encoding="utf-8") for p in (tmp_path / "vdir").glob("*.vcf")}
    uids = sorted(re.search(r"^UID:(.*)$", t, re.M).group(1).strip() for t in files.values())  # type: ignore[union-attr]
    assert uids == live_uids()
    ann = next(t for t in files.values() if "Ann Berg" in t)
    assert "ann@example.no" in ann and "TITLE:Clerk" in ann
    assert "X-PHONE-APP-ID:77" in next(t for t in files.values() if "Bob Dale" in t).upper()
    path = next(p for p in (tmp_path / "vdir").glob("*.vcf") if "Ann Berg" in p.read_text())
    path.write_text(path.read_text().replace("TITLE:Clerk", "TITLE:Partner"), encoding="utf-8")
    _vdirsyncer(config, "sync")  # vdirsyncer sends its edit to the server
    result = sync()
    assert result.updated_local == 1 and result.errors == 0
    contact = ContactService().get(cid)
    assert contact is not None and contact.job_title == "Partner"
