"""Labels read from a book, on a file and on a PostgreSQL book: the contacts of a tag, with a
"do not mail" contact left out and listed, the same PDF text on both."""

from __future__ import annotations

from pathlib import Path

from rolodex.labels.catalog import TemplateCatalog
from rolodex.labels.options import LabelOptions
from rolodex.labels.render import render_labels
from rolodex.records import Address, ContactData
from rolodex.services.contacts import ContactService
from tests.labels.conftest import LITHUANIAN, NORWEGIAN, RUSSIAN, read_text
from tests.pending import with_contacts


@with_contacts
def test_labels_of_a_tag_from_the_book(
    any_book: str, catalog: TemplateCatalog, tmp_path: Path
) -> None:
    service = ContactService()
    for contact in (NORWEGIAN, LITHUANIAN, RUSSIAN):
        service.create(ContactData(**{**contact.__dict__, "id": None, "tags": ["post"]}))
    blocked = service.create(
        ContactData(
            given="Ola", family="Blokkert", do_not_mail=True, tags=["post"],
            addresses=[Address(street="Gate 1", city="Oslo", postal_code="0150")],
        )
    )  # fmt: skip
    service.create(ContactData(given="Not", family="Tagged", addresses=NORWEGIAN.addresses))
    out = tmp_path / "labels.pdf"

    ids = service.ids(tag="post")
    result = render_labels(service.get_many(ids), catalog.find("L7163"), LabelOptions(), out)

    assert result.labels == 3
    assert [(x.contact_id, x.name) for x in result.left_out] == [(blocked, "Ola Blokkert")]
    text = read_text(out)
    for name in ("Kari Nordmann", "Jūratė Žemaitienė", "Иван Петров"):
        assert name in text
    assert "Blokkert" not in text and "Tagged" not in text
