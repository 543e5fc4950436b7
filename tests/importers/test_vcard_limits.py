"""Absurd vCards: a property too large is left out of its card with a reason and the rest is
imported; cards that lack END:VCARD end where the next card begins, however many there are."""

from __future__ import annotations

import base64
import json
import subprocess
import sys
from pathlib import Path

import pytest

from rolodex.importers import vcard_split
from rolodex.importers.limits import MAX_BINARY_BYTES, MAX_TEXT_CHARS
from rolodex.importers.vcard_reader import count_cards, read_vcard_text, read_vcards
from rolodex.records import ContactData, ImportIssue, ReadContact


def card(name: str, *props: str, version: str = "3.0", end: bool = True) -> str:
    lines = ["BEGIN:VCARD", f"VERSION:{version}", f"FN:{name}", f"EMAIL:{name.lower()}@example.no"]
    return "\r\n".join([*lines, *props, *(["END:VCARD"] if end else [])]) + "\r\n"


def fold(line: str) -> str:
    return "\r\n ".join(line[i : i + 74] for i in range(0, len(line), 74))


def test_a_note_over_the_limit_is_left_out_with_a_reason_and_the_card_imported() -> None:
    huge = "NOTE:" + "x" * (MAX_TEXT_CHARS + 1)
    text = card("Kari", fold(huge), "TEL:+47 22 00 00 00") + card("Ola", "NOTE:short")
    first, second = list(read_vcard_text(text, "big.vcf"))
    assert isinstance(first, ReadContact)
    assert first.display_name == "Kari" and first.notes == ""
    assert [e.value for e in first.emails] == ["kari@example.no"]
    assert [p.value for p in first.phones] == ["+47 22 00 00 00"]
    assert first.warnings == [
        "the NOTE (1,000,001 characters) is longer than 1,000,000 characters; it was left out"
    ]
    assert isinstance(second, ContactData) and second.notes == "short"


def test_a_note_at_the_limit_is_imported_whole() -> None:
    (contact,) = list(read_vcard_text(card("Kari", fold("NOTE:" + "y" * MAX_TEXT_CHARS))))
    assert not isinstance(contact, ReadContact) and isinstance(contact, ContactData)
    assert contact.notes == "y" * MAX_TEXT_CHARS


def test_a_photo_over_the_limit_is_left_out_and_not_kept_as_an_extra() -> None:
    jpeg = b"\xff\xd8\xff\xe0" + b"\x00" * (MAX_BINARY_BYTES + 10)
    photo = "PHOTO;ENCODING=b;TYPE=JPEG:" + base64.b64encode(jpeg).decode("ascii")
    data_uri = "LOGO:data:image/png;base64," + base64.b64encode(jpeg).decode("ascii")
    (contact,) = list(read_vcard_text(card("Kari", photo, data_uri)))
    assert isinstance(contact, ReadContact)
    assert contact.photo is None and contact.extras == []
    assert contact.warnings == [
        "the PHOTO (20 MB) is larger than 20 MB; it was left out",
        "the LOGO (20 MB) is larger than 20 MB; it was left out",
    ]
    assert [e.value for e in contact.emails] == ["kari@example.no"]


def test_a_photo_under_the_limit_is_imported() -> None:
    jpeg = b"\xff\xd8\xff\xe0" + b"\x01" * (2 * MAX_TEXT_CHARS)
    photo = "PHOTO;ENCODING=b;TYPE=JPEG:" + base64.b64encode(jpeg).decode("ascii")
    (contact,) = list(read_vcard_text(card("Kari", fold(photo))))
    assert not isinstance(contact, ReadContact) and isinstance(contact, ContactData)
    assert contact.photo == jpeg


def unterminated(count: int, version: str = "3.0") -> str:
    return "".join(card(f"Person{i}", version=version, end=False) for i in range(1, count + 1))


def test_a_thousand_cards_without_end_all_come_in_with_a_warning_each() -> None:
    """Before, 493 came in and a recursion limit stopped the file."""
    for version in ("3.0", "2.1"):
        items = list(read_vcard_text(unterminated(1000, version), "open.vcf"))
        assert len(items) == 1000
        assert all(isinstance(item, ReadContact) for item in items)
        assert [item.display_name for item in items] == [f"Person{i}" for i in range(1, 1001)]
        assert [item.warnings for item in items] == [  # type: ignore[union-attr]
            [f"card {i} had no END:VCARD"] for i in range(1, 1001)
        ]


def test_count_cards_counts_cards_without_end(tmp_path: Path) -> None:
    path = tmp_path / "open.vcf"
    path.write_text(unterminated(50) + card("Closed"), encoding="utf-8")
    assert count_cards(path) == 51
    items = list(read_vcards(path))
    assert len(items) == 51 and not isinstance(items[-1], ReadContact)


def test_agent_cards_stay_nested_in_a_card_that_then_lacks_its_end() -> None:
    agent = "AGENT:\r\nBEGIN:VCARD\r\nFN:Assistant\r\nEND:VCARD"
    text = card("Boss", agent, end=False) + card("Next")
    boss, following = list(read_vcard_text(text))
    assert isinstance(boss, ReadContact) and boss.warnings == ["card 1 had no END:VCARD"]
    assert [e.value for e in boss.extras if e.name == "AGENT"] == [
        "BEGIN:VCARD\\nFN:Assistant\\nEND:VCARD"
    ]
    assert isinstance(following, ContactData) and following.display_name == "Next"


def test_cli_import_reports_each_card_and_what_was_left_out(tmp_path: Path) -> None:
    path = tmp_path / "odd.vcf"
    big = "NOTE:" + "z" * (MAX_TEXT_CHARS + 5)
    path.write_text(unterminated(1000) + card("Big", fold(big)), encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "rolodex", "--db", str(tmp_path / "b.db"), "import", "--json",
         str(path)],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    summary = json.loads(done.stdout)
    assert summary["imported"] == 1001 and summary["errors"] == []
    messages = [w["message"] for w in summary["warnings"]]
    assert messages[:2] == ["card 1 had no END:VCARD", "card 2 had no END:VCARD"]
    assert messages[-1] == (
        "the NOTE (1,000,005 characters) is longer than 1,000,000 characters; it was left out"
    )
    assert len(messages) == 1001


def test_no_card_is_an_issue_when_only_too_large_properties_remain() -> None:
    text = "BEGIN:VCARD\r\nVERSION:3.0\r\n" + fold("NOTE:" + "q" * (MAX_TEXT_CHARS + 1))
    (issue,) = list(read_vcard_text(text + "\r\nEND:VCARD\r\n", "n.vcf"))
    assert isinstance(issue, ImportIssue) and "NOTE" in issue.message and issue.card == 1


def test_a_card_over_the_card_limit_is_refused_and_the_next_one_read(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """At the real limit (64 MB) the card would be read into memory; a smaller limit shows
    that the splitter stops keeping its lines and still finds where it ends."""
    monkeypatch.setattr(vcard_split, "MAX_CARD_BYTES", 10_000)
    monkeypatch.setattr(vcard_split, "MAX_LINE_BYTES", 10_000)
    text = card("Huge", "NOTE:" + "x" * 50_000, "X-MORE:" + "y" * 20_000) + card("Next")
    huge, following = list(read_vcard_text(text, "h.vcf"))
    assert isinstance(huge, ImportIssue) and huge.card == 1
    assert huge.message == "the card is larger than 64 MB; it was not imported"
    assert isinstance(following, ContactData) and following.display_name == "Next"


def test_an_endless_line_is_cut_not_held(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(vcard_split, "MAX_LINE_BYTES", 1000)
    chunks = [b"BEGIN:VCARD\nNOTE:", *([b"z" * 300] * 100), b"\nFN:After\nEND:VCARD\n"]
    lines = list(vcard_split.iter_lines(chunks))
    assert len(lines) == 4 and lines[0] == b"BEGIN:VCARD"
    assert lines[1].startswith(b"NOTE:zzz") and len(lines[1]) == 1001
    assert lines[2:] == [b"FN:After", b"END:VCARD"]
