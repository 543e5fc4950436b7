"""The real-world corpus: every sample vCard imported into one book, exported as vCard 3.0 and
4.0, reads back with vobject and with Rolodex's reader, every card of it."""

from __future__ import annotations

from pathlib import Path

import pytest
import vobject

from rolodex.db import StoreInfo
from rolodex.exporters.vcard_check import REASONS
from rolodex.importers.vcard_reader import read_vcards
from rolodex.records import ContactData, ImportIssue
from rolodex.services.contacts import ContactService
from rolodex.services.exporting import export_contacts
from rolodex.services.importing.service import run_import
from tests.conftest import SAMPLES


def _samples() -> Path:
    """The shared samples folder, also from a git worktree nested below the main checkout."""
    for parent in Path(__file__).resolve().parents:
        if (parent / "shared" / "samples").is_dir():
            return parent / "shared" / "samples"
    return SAMPLES


FILES = sorted(_samples().rglob("*.vcf"))


@pytest.mark.skipif(not FILES, reason="shared samples folder not present")
def test_every_sample_card_exports_to_cards_vobject_and_rolodex_read(
    book: StoreInfo, tmp_path: Path
) -> None:
    cards_in = sum(isinstance(item, ContactData) for path in FILES for item in read_vcards(path))
    result = run_import(FILES, "new")
    assert result.imported == cards_in >= 2000
    ids = ContactService().ids()
    for fmt, version in (("vcard", "3.0"), ("vcard4", "4.0")):
        out = tmp_path / f"{fmt}.vcf"
        exported = export_contacts(ids, out, fmt)
        assert exported.count == cards_in
        text = out.read_bytes().decode("utf-8")
        cards = list(vobject.readComponents(text, validate=True))  # raises on any broken card
        assert len(cards) == cards_in
        assert {card.version.value for card in cards} == {version}
        ours = list(read_vcards(out))
        assert not [item for item in ours if isinstance(item, ImportIssue)]
        assert len(ours) == cards_in
        # the corpus holds a photo whose base64 is broken and a Lotus Notes PROFILE line
        counts = exported.warning_counts()
        assert set(counts) <= set(REASONS) and counts.get("base64") and counts.get("structure")
