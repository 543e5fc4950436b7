"""Import batches: one transaction (cancel and crashes leave the book as it was), history,
one-step undo, the before-write hooks and the saved report."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from peewee import fn

from rolodex.models import Company, Contact
from rolodex.records import ContactData, LabeledValue
from rolodex.services.contacts import ContactService
from rolodex.services.importing import run as importing_run
from rolodex.services.importing import service as importing
from rolodex.services.importing.service import (
    UndoError,
    import_history,
    run_import,
    undo_import,
)
from tests.services.transfer_helpers import book_snapshot, names, vcard, write_cards


def _many(tmp_path: Path, count: int) -> Path:
    cards = [
        vcard(f"Person{i} Test", email=f"p{i}@example.com", org=f"Firm {i % 7}")
        for i in range(count)
    ]
    return write_cards(tmp_path / "many.vcf", *cards)


@pytest.fixture
def small_chunks(monkeypatch: pytest.MonkeyPatch) -> None:
    """Write every 10 cards, so a cancel or crash happens after rows were already written."""
    monkeypatch.setattr(importing_run, "CHUNK_SIZE", 10)


@pytest.fixture
def kari(any_book: str) -> int:
    return ContactService().create(
        ContactData(given="Kari", family="Nordmann", emails=[LabeledValue("kari@example.no")])
    )


def test_cancel_part_way_leaves_the_book_exactly_as_before(
    kari: int, tmp_path: Path, small_chunks: None
) -> None:
    before = book_snapshot()
    asked = itertools.count()
    result = run_import([_many(tmp_path, 60)], cancelled=lambda: next(asked) >= 40)
    assert result.cancelled and result.batch_id is None
    assert book_snapshot() == before
    assert import_history() == []
    assert Company.select().count() == 0


def test_a_crash_part_way_leaves_the_book_exactly_as_before(
    kari: int, tmp_path: Path, small_chunks: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = book_snapshot()
    real_flush = importing_run.Importer.flush
    calls = iter(range(100))

    def failing_flush(self: importing_run.Importer) -> None:
        if next(calls) == 3:
            raise RuntimeError("simulated crash")
        real_flush(self)

    monkeypatch.setattr(importing_run.Importer, "flush", failing_flush)
    with pytest.raises(RuntimeError):
        run_import([_many(tmp_path, 60)])
    assert book_snapshot() == before
    assert import_history() == []


def test_large_import_is_written_in_chunks_as_one_batch(any_book: str, tmp_path: Path) -> None:
    result = run_import([_many(tmp_path, 2300)])
    assert result.imported == 2300
    query = Contact.select(Contact.import_batch, fn.COUNT(Contact.id)).group_by(
        Contact.import_batch
    )
    assert list(query.tuples()) == [(result.batch_id, 2300)]
    assert Company.select().count() == 7


def test_undo_reverses_a_whole_batch_of_new_and_merged_contacts(kari: int, tmp_path: Path) -> None:
    before = book_snapshot()
    path = write_cards(
        tmp_path / "in.vcf",
        vcard("Kari Nordmann", email="kari@example.no", phone="+4791234567", title="Nurse"),
        vcard("Per Hansen", org="Hansen Bygg"),
    )
    result = run_import([path], "merge")
    assert (result.imported, result.merged) == (1, 1)
    assert book_snapshot() != before
    assert result.batch_id is not None
    done = undo_import(result.batch_id)
    assert set(done.change.ids) == {kari, kari + 1}
    assert (done.trashed, done.reverted, done.kept_edited) == (1, 1, 0)
    assert book_snapshot() == before
    assert ContactService().ids(trash=True) == [kari + 1]  # restorable from the Trash
    assert Company.select().where(Company.deleted_at.is_null()).count() == 0
    (entry,) = import_history()
    assert entry.undone_at is not None and not entry.can_undo
    with pytest.raises(UndoError, match="already undone"):
        undo_import(result.batch_id)


def test_undo_of_an_unknown_import_says_so(any_book: str) -> None:
    with pytest.raises(UndoError, match="no import number 42"):
        undo_import(42)


def test_history_lists_imports_newest_first_with_counts(kari: int, tmp_path: Path) -> None:
    run_import([write_cards(tmp_path / "a.vcf", vcard("Per Hansen", email="per@ex.no"))])
    run_import(
        [write_cards(tmp_path / "b.vcf", vcard("Per Hansen", email="per@ex.no"), vcard("Ida Lie"))]
    )
    history = import_history()
    assert [(b.imported, b.skipped) for b in history] == [(1, 1), (1, 0)]
    assert history[0].source.endswith("b.vcf")


def test_hooks_run_before_writing_but_not_for_a_dry_run(
    any_book: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[tuple[str, list[str]]] = []
    monkeypatch.setattr(
        importing, "before_write_hooks", [lambda kind: calls.append((kind, names()))]
    )
    path = write_cards(tmp_path / "a.vcf", vcard("Per Hansen"))
    run_import([path], dry_run=True)
    assert calls == []
    result = run_import([path])
    assert calls == [("import", [])]  # called while the book was still untouched
    assert result.batch_id is not None
    undo_import(result.batch_id)
    assert calls[-1] == ("import-undo", ["Per Hansen"])


def test_report_goes_to_the_data_folder_reports_by_default(
    any_book: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from rolodex import paths

    data = tmp_path / "data"
    monkeypatch.setattr(paths, "_paths", paths.AppPaths(data, data))
    data.mkdir()
    bad = "BEGIN:VCARD\r\nVERSION:3.0\r\nnot a property\r\nEND:VCARD\r\n"
    result = run_import([write_cards(tmp_path / "a.vcf", vcard("Per Hansen"), bad)])
    assert result.report_path is not None
    assert result.report_path.parent == data / "reports"
    text = result.report_path.read_text(encoding="utf-8")
    assert "Could not be read:" in text and "a.vcf, card 2, line 6" in text


def test_progress_reaches_the_total(any_book: str, tmp_path: Path) -> None:
    seen: list[tuple[int, int]] = []
    run_import([_many(tmp_path, 250)], progress=lambda d, t: seen.append((d, t)))
    assert seen[-1] == (250, 250)
    assert all(d <= t for d, t in seen)


def test_an_import_that_changed_nothing_leaves_no_history_entry(kari: int, tmp_path: Path) -> None:
    same = vcard("Kari Nordmann", email="KARI@example.no")
    result = run_import([write_cards(tmp_path / "a.vcf", same)])
    assert (result.skipped, result.batch_id) == (1, None)
    assert import_history() == []


def test_report_for_an_encrypted_book_names_contacts_by_number_only(
    kari: int, tmp_path: Path
) -> None:
    from rolodex.services.importing.report import render_report

    path = write_cards(tmp_path / "a.vcf", vcard("Kari Nordmannsen", email="kari@example.no"))
    result = run_import([path], "merge", dry_run=True)
    plain, redacted = render_report(result), render_report(result, redact=True)
    assert "Kari Nordmann" in plain and "Nordmannsen" in plain
    assert "Kari" not in redacted and "kari@" not in redacted
    assert f"#{kari} Family name: the card had a different value" in redacted
    assert f"same email as contact #{kari}" in redacted
