"""``rolodex export`` never writes a broken card: what cannot be written is left out and listed
in the output (``--json``: the ``warnings`` list), run as a user runs it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
import vobject

from rolodex.importers.vcard_reader import read_vcards
from rolodex.records import ContactData

# The three cards issue 9 found unreadable after export: a photo whose base64 was broken in the
# file already, a vCard 2.1 binary photo (ENCODING=b must not reach a 4.0 file), and a stray
# "END:VCARD." line that was kept as a property named END.
CARDS = (
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Broken Photo\r\nN:Photo;Broken;;;\r\n"
    "PHOTO;ENCODING=b;TYPE=JPEG:iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4\r\n"
    "PHOTO;ENCODING=b;TYPE=JPEG:/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAIBAQEBAQIBAQECAgICAgQDAg\r\n"
    " ICAgUEBAMEBgUGBgYFBgYGBwkIBgcJBwYGCAsICQoKCgoKBggLDAsKDAkKCgr/2wBDAQICAgICAgUDAwUKB\r\n"
    "END:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:2.1\r\nN:Binary;Photo\r\nPHOTO;JPEG;ENCODING=BASE64:\r\n"
    "    /9j/4AAQSkZJRgABAQAAAQABAAD/\r\n\r\n"
    "PHOTO;PNG;ENCODING=BASE64:iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==\r\n\r\n"
    "END:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Stray End\r\nN:End;Stray;;;\r\nEND:VCARD.\r\n"
    "EMAIL:stray@example.org\r\nEND:VCARD\r\n"
)


def rolodex(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "rolodex", *args], capture_output=True, text=True)


@pytest.fixture
def db(tmp_path: Path) -> str:
    source = tmp_path / "cards.vcf"
    source.write_bytes(CARDS.encode("utf-8"))
    db = str(tmp_path / "book.db")
    assert rolodex("--db", db, "import", str(source)).returncode == 0
    return db


@pytest.mark.parametrize("fmt", ["vcard", "vcard4"])
def test_export_leaves_out_what_cannot_be_written_and_says_so(
    db: str, tmp_path: Path, fmt: str
) -> None:
    out = tmp_path / "out.vcf"
    done = rolodex("--db", db, "export", "-o", str(out), "--format", fmt, "--json")
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert report["exported"] == 3
    left_out = {(w["name"], w["property"], w["reason"]) for w in report["warnings"]}
    assert left_out == {("Broken Photo", "PHOTO", "base64"), ("Stray End", "END", "structure")}
    assert all(w["message"] and isinstance(w["contact"], int) for w in report["warnings"])
    text = out.read_text(encoding="utf-8")
    assert len(list(vobject.readComponents(text))) == 3
    assert all(isinstance(c, ContactData) for c in read_vcards(out))
    assert "END:VCARD." not in text
    if fmt == "vcard4":  # the second 2.1 photo: a data: URI, no ENCODING parameter
        assert "ENCODING" not in text and "PHOTO:data:image/png;base64,iVBORw0KGgo" in text


def test_export_without_json_lists_what_was_left_out(db: str, tmp_path: Path) -> None:
    done = rolodex("--db", db, "export", "-o", str(tmp_path / "out.vcf"))
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0].startswith("Exported 3 contacts")
    assert lines[1] == "Left out 2 value(s) that could not be written validly:"
    assert any("(Stray End): END is part of a vCard file's structure" in line for line in lines)
    assert any("(Broken Photo): the PHOTO data is damaged" in line for line in lines)
