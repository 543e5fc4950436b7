"""The contact list model and the sidebar model, with no window: lazy pages, sorting,
filtering, and Qt's model tester."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from rolodex.db import StoreInfo
from rolodex.records import Address, ContactData, LabeledValue
from rolodex.services import prefs
from rolodex.services.contacts import ContactService
from rolodex.ui.contacts.model import (
    COL_CITY,
    COL_COMPANY,
    COL_EMAIL,
    COL_NAME,
    PAGE_SIZE,
    ContactTableModel,
    IdRole,
)
from rolodex.ui.tags.model import CountRole, KindRole, TagModel


def _add(given: str, family: str, **extra: object) -> int:
    city = str(extra.pop("city", ""))
    data = ContactData(given=given, family=family, **extra)  # type: ignore[arg-type]
    if city:
        data.addresses.append(Address(city=city))
    return ContactService().create(data)


@pytest.fixture
def people(book: StoreInfo) -> dict[str, int]:
    prefs.put(prefs.COLLATION, "nb_NO")
    return {
        "oskar": _add("Oskar", "Olsen", company="Fjord AS", city="Oslo", tags=["Kunder"]),
        "oystein": _add("Øystein", "Hansen", company="Bakeri", city="Bergen", tags=["Kunder"]),
        "zed": _add("Zed", "Zulu", emails=[LabeledValue("zed@example.com")], city="Austin"),
    }


def _names(model: ContactTableModel) -> list[str]:
    return [model.index(r, COL_NAME).data() for r in range(model.rowCount())]


def test_model_passes_qt_model_tester(qtmodeltester, people: dict[str, int]) -> None:  # type: ignore[no-untyped-def]
    model = ContactTableModel(ContactService())
    model.reload()
    qtmodeltester.check(model)


def test_sidebar_model_passes_qt_model_tester(qtmodeltester, people: dict[str, int]) -> None:  # type: ignore[no-untyped-def]
    model = TagModel(ContactService())
    model.reload()
    qtmodeltester.check(model)


def test_columns_show_the_list_fields(people: dict[str, int]) -> None:
    model = ContactTableModel(ContactService())
    model.reload()
    row = model.row_of(people["zed"])

    assert model.index(row, COL_NAME).data() == "Zed Zulu"
    assert model.index(row, COL_EMAIL).data() == "zed@example.com"
    assert model.index(row, COL_CITY).data() == "Austin"
    assert model.index(row, COL_NAME).data(IdRole) == people["zed"]
    assert model.headerData(COL_COMPANY, Qt.Orientation.Horizontal) == "Company"


def test_names_sort_the_norwegian_way_and_any_column_sorts(people: dict[str, int]) -> None:
    model = ContactTableModel(ContactService())
    model.reload()
    assert _names(model) == ["Oskar Olsen", "Zed Zulu", "Øystein Hansen"]

    model.sort(COL_CITY, Qt.SortOrder.DescendingOrder)

    assert [model.index(r, COL_CITY).data() for r in range(3)] == ["Oslo", "Bergen", "Austin"]


def test_filter_by_search_tag_and_trash(people: dict[str, int]) -> None:
    model = ContactTableModel(ContactService())
    model.set_filter("oyst")
    assert _names(model) == ["Øystein Hansen"]

    model.set_filter("", tag="Kunder")
    assert _names(model) == ["Oskar Olsen", "Øystein Hansen"]

    ContactService().delete([people["zed"]])
    model.set_filter("", trash=True)
    assert _names(model) == ["Zed Zulu"]


def test_rows_are_fetched_a_page_at_a_time(book: StoreInfo) -> None:
    service = ContactService()
    for i in range(PAGE_SIZE * 3):
        service.create(ContactData(given=f"Person{i:04d}", family="Test"))
    model = ContactTableModel(service)
    model.reload()
    assert model.rowCount() == PAGE_SIZE * 3
    assert model.cached_pages() == 0

    assert model.index(0, COL_NAME).data() == "Person0000 Test"
    assert model.index(PAGE_SIZE * 3 - 1, COL_NAME).data() == f"Person{PAGE_SIZE * 3 - 1:04d} Test"
    assert model.cached_pages() == 2


def test_forget_refreshes_a_changed_row_in_place(people: dict[str, int], qtbot) -> None:  # type: ignore[no-untyped-def]
    service = ContactService()
    model = ContactTableModel(service)
    model.reload()
    row = model.row_of(people["zed"])
    assert model.index(row, COL_CITY).data() == "Austin"
    data = service.get(people["zed"])
    assert data is not None
    data.addresses[0].city = "Dallas"
    service.save(data)

    with qtbot.waitSignal(model.dataChanged):
        model.forget({people["zed"]})

    assert model.index(row, COL_CITY).data() == "Dallas"


def test_sidebar_lists_all_tags_and_trash_with_counts(people: dict[str, int]) -> None:
    ContactService().delete([people["zed"]])
    model = TagModel(ContactService())
    model.reload()

    rows = [
        (model.index(r).data(KindRole), model.index(r).data(), model.index(r).data(CountRole))
        for r in range(model.rowCount())
    ]

    assert rows == [("all", "All contacts", 2), ("tag", "Kunder", 2), ("trash", "Trash", 1)]


def test_last_contacted_is_shown_as_the_local_date(monkeypatch) -> None:
    import time
    from datetime import date

    from rolodex.ui.contacts.model import local_date
    from rolodex.ui.locale.dates import show_date

    monkeypatch.setenv("TZ", "Pacific/Auckland")
    time.tzset()
    try:  # the next day in Auckland, in whatever date form the locale another test left uses
        assert local_date("2026-06-10T20:30:00+00:00") == show_date(date(2026, 6, 11))
        assert local_date("") == ""
    finally:
        monkeypatch.undo()
        time.tzset()
