"""Every real-world vCard in the shared samples folder reads without an unhandled error."""

from __future__ import annotations

from pathlib import Path

import pytest

from rolodex.importers.vcard_reader import read_vcards
from rolodex.records import ContactData, ImportIssue

SAMPLES = Path(__file__).resolve().parents[3] / "shared" / "samples"
FILES = sorted(SAMPLES.rglob("*.vcf")) if SAMPLES.is_dir() else []


@pytest.mark.skipif(not FILES, reason="shared samples folder not present")
@pytest.mark.parametrize("path", FILES, ids=lambda p: str(p.relative_to(SAMPLES)))
def test_sample_reads_without_unhandled_error(path: Path) -> None:
    items = list(read_vcards(path))
    assert items, "every file gives at least one contact or one issue"
    assert all(isinstance(item, ContactData | ImportIssue) for item in items)
    for item in items:
        if isinstance(item, ImportIssue):
            assert item.message and item.file == str(path)


@pytest.mark.skipif(not FILES, reason="shared samples folder not present")
def test_samples_with_cards_import_nearly_all_of_them() -> None:
    contacts = issues = 0
    for path in FILES:
        for item in read_vcards(path):
            contacts += isinstance(item, ContactData)
            issues += isinstance(item, ImportIssue)
    assert contacts >= 2000 and issues <= 3  # the 3: two files without cards, one empty card
