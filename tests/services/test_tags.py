"""Tags are case-insensitive ("VIP" and "vip" are one tag, spelt as first written), listed in
the book's alphabet, and renamed, merged and deleted as a whole, with undo — on SQLite and on
PostgreSQL."""

from __future__ import annotations

from pathlib import Path

import pytest

from rolodex.db import StoreInfo
from rolodex.records import ContactData
from rolodex.services import prefs
from rolodex.services.contacts import ContactService
from rolodex.services.crm import cadence
from rolodex.services.importing.service import run_import
from rolodex.services.tags import TagError, TagService


def person(given: str, *tags: str) -> int:
    return ContactService().create(ContactData(given=given, family="Berg", tags=list(tags)))


def tags_of(contact_id: int) -> list[str]:
    data = ContactService().get(contact_id)
    assert data is not None
    return data.tags


def listed() -> list[tuple[str, int]]:
    return [(t.name, t.contacts) for t in TagService().list()]


def test_vip_and_vip_are_one_tag_spelt_as_first_written(any_book: str) -> None:
    anna = person("Anna", "VIP")
    bodil = person("Bodil", "vip")
    assert tags_of(bodil) == ["VIP"]
    assert listed() == [("VIP", 2)]
    service = ContactService()
    data = service.get(anna)
    assert data is not None
    data.tags.append("vip")  # the user adds "vip" to a contact tagged "VIP": nothing changes
    service.save(data)
    assert tags_of(anna) == ["VIP"]
    assert service.ids(tag="vip") == service.ids(tag="VIP") == [anna, bodil]


def test_an_import_maps_case_variants_to_the_existing_tag(book: StoreInfo, tmp_path: Path) -> None:
    # SQLite only: imports are not on the PostgreSQL store yet (another helper's area)
    person("Anna", "Kunder")
    card = tmp_path / "cato.vcf"
    card.write_text(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Cato Dahl\r\nN:Dahl;Cato;;;\r\n"
        "CATEGORIES:kunder,KUNDER,Messe\r\nEND:VCARD\r\n",
        encoding="utf-8",
    )
    run_import([card])
    assert listed() == [("Kunder", 2), ("Messe", 1)]


def test_the_list_follows_the_books_alphabet(any_book: str) -> None:
    prefs.put(prefs.COLLATION, "nb_NO")
    for name in ("Ørsta", "zebra", "Anna", "banan", "Zulu", "Åsane", "Æble"):
        person("X", name)
    names = [name for name, _ in listed()]
    assert names == ["Anna", "banan", "zebra", "Zulu", "Æble", "Ørsta", "Åsane"]


def test_rename_then_undo(any_book: str) -> None:
    anna = person("Anna", "VIP", "Oslo")
    bodil = person("Bodil", "VIP")
    cadence.set_tag_cadence("VIP", 30)
    service = TagService()
    edit = service.rename("VIP", "Key accounts")
    assert listed() == [("Key accounts", 2), ("Oslo", 1)]
    assert tags_of(anna) == ["Key accounts", "Oslo"]
    assert cadence.tag_cadence("Key accounts") == 30
    assert ContactService().ids("key accounts") == [anna, bodil]  # found by its new name
    assert edit.change.ids == (anna, bodil)
    service.undo(edit)
    assert listed() == [("Oslo", 1), ("VIP", 2)]
    assert cadence.tag_cadence("VIP") == 30
    assert ContactService().ids("key") == []


def test_respelling_a_tag_keeps_it(any_book: str) -> None:
    anna = person("Anna", "vip")
    edit = TagService().rename("vip", "VIP")
    assert listed() == [("VIP", 1)] and tags_of(anna) == ["VIP"] and not edit.merged
    TagService().undo(edit)
    assert listed() == [("vip", 1)]


def test_renaming_onto_an_existing_tag_merges_and_undo_splits_again(any_book: str) -> None:
    anna = person("Anna", "Clients", "Customers")
    bodil = person("Bodil", "Clients")
    cato = person("Cato", "Customers")
    cadence.set_tag_cadence("Clients", 14)
    service = TagService()
    edit = service.rename("Clients", "customers")
    assert edit.merged
    assert listed() == [("Customers", 3)]
    assert [tags_of(c) for c in (anna, bodil, cato)] == [["Customers"]] * 3
    assert cadence.tag_cadence("Customers") == 14  # it had none: takes the merged one's
    service.undo(edit)
    assert listed() == [("Clients", 2), ("Customers", 2)]
    assert tags_of(bodil) == ["Clients"] and tags_of(cato) == ["Customers"]
    assert cadence.tag_cadence("Customers") is None


def test_delete_then_undo_and_the_count_asked_first(any_book: str) -> None:
    anna = person("Anna", "Old", "Oslo")
    bodil = person("Bodil", "old")
    ContactService().delete([bodil])  # in the Trash: not counted, but keeps the tag
    service = TagService()
    assert service.count("OLD") == 1
    edit = service.delete("Old")
    assert listed() == [("Oslo", 1)]
    assert tags_of(anna) == ["Oslo"] and tags_of(bodil) == []
    service.undo(edit)
    assert listed() == [("Old", 1), ("Oslo", 1)]
    ContactService().restore([bodil])
    assert tags_of(bodil) == ["Old"]


def test_counts_leave_out_the_trash_and_keep_tags_of_trashed_contacts_only(
    any_book: str,
) -> None:
    """The sidebar's counts (on a file: all carriers less the trashed ones)."""
    anna, bodil, cato = person("Anna", "VIP", "Oslo"), person("Bodil", "vip"), person("Cato", "Gone")
    person("Dina")
    ContactService().delete([bodil, cato])
    assert listed() == [("Gone", 0), ("Oslo", 1), ("VIP", 1)]
    ContactService().restore([bodil])
    ContactService().delete([anna])
    assert listed() == [("Gone", 0), ("Oslo", 0), ("VIP", 1)]
    ContactService().empty_trash()  # Cato and Anna for good: their tags stay, carried by none
    assert listed() == [("Gone", 0), ("Oslo", 0), ("VIP", 1)]


def test_unknown_and_empty_names_are_refused(any_book: str) -> None:
    person("Anna", "VIP")
    with pytest.raises(TagError, match="There is no tag 'Nope'"):
        TagService().rename("Nope", "X")
    with pytest.raises(TagError, match="needs a name"):
        TagService().rename("VIP", "  ")
    with pytest.raises(TagError):
        TagService().delete("Nope")
