"""The list's "Owner" and "Last contacted by" (issue 11): the store filters and sorts by them
on both backends, ``rolodex list`` / ``search`` take ``--owner``, ``--no-owner`` and
``--last-contacted-by``, and the main window shows the columns and filters by them."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from rolodex.records import ContactData
from rolodex.services.contacts import ContactService
from rolodex.services.crm.bundle import CrmServices
from rolodex.services.crm.records import ActivityData
from rolodex.store.transactions import writing
from rolodex.store.users import act_as, put_user
from rolodex.team.adding import create_owned
from rolodex.team.records import User
from tests.team.conftest import as_json


@pytest.fixture
def office_book(any_book: str) -> Iterator[dict[str, int]]:
    """Eve (Bob's, last called by Alice), Carl (Alice's, emailed by Bob, then a note by Alice),
    Dana (nobody's, never contacted); Carl is tagged VIP; Bob has a display name, Alice none."""
    with writing():  # listed without a server login of its own: only the name matters here
        put_user(User("bob_t", "Bob Builder", "editor"))
    activities = CrmServices.create().activities
    ids = {
        "eve": create_owned(ContactData(given="Eve", family="Adams"), "bob_t"),
        "carl": create_owned(ContactData(given="Carl", family="Berg", tags=["VIP"]), "alice_t"),
        "dana": ContactService().create(ContactData(given="Dana", family="Cole")),
    }
    try:
        act_as("alice_t")
        activities.log(ActivityData(contact_id=ids["eve"], kind="call"))
        act_as("bob_t")
        activities.log(ActivityData(contact_id=ids["carl"], kind="email"))
        act_as("alice_t")
        activities.log(ActivityData(contact_id=ids["carl"], kind="note"))  # not being in touch
    finally:
        act_as(None)
    yield ids


def test_the_store_filters_by_owner_and_last_contacted_by(office_book: dict[str, int]) -> None:
    service, ids = ContactService(), office_book
    assert service.ids(owner="bob_t") == [ids["eve"]]
    assert service.ids(owner="") == [ids["dana"]]
    assert service.ids(last_by="bob_t") == [ids["carl"]]  # Alice's later note does not count
    assert service.ids(last_by="alice_t") == [ids["eve"]]
    assert service.ids("adams", owner="alice_t") == []  # combines with the search
    assert service.ids("berg", owner="alice_t", last_by="bob_t") == [ids["carl"]]
    assert service.ids(tag="VIP", owner="alice_t") == [ids["carl"]]  # and with the tag
    assert service.ids(tag="VIP", owner="bob_t") == []


def test_the_store_sorts_by_the_shown_names_nobody_last(office_book: dict[str, int]) -> None:
    service, ids = ContactService(), office_book
    # "alice_t" (no display name) before "Bob Builder"; the unowned last either way.
    assert service.ids(sort="owner") == [ids["carl"], ids["eve"], ids["dana"]]
    assert service.ids(sort="owner", descending=True) == [ids["eve"], ids["carl"], ids["dana"]]
    by = service.ids(sort="last_contacted_by")
    assert by == [ids["eve"], ids["carl"], ids["dana"]]  # alice_t, bob_t, never contacted


def test_the_list_columns_give_display_names(office_book: dict[str, int]) -> None:
    from rolodex.team.facts import list_columns

    columns = list_columns(list(office_book.values()))
    assert columns[office_book["eve"]] == ("Bob Builder", "alice_t")
    assert columns[office_book["carl"]] == ("alice_t", "Bob Builder")
    assert columns[office_book["dana"]] == ("", "")


def test_rolodex_list_filters_and_prints_logins(any_book: str, office_book: dict[str, int]) -> None:
    listed = as_json("--db", any_book, "list", "--owner", "bob_t", "--json")
    assert isinstance(listed, list) and [r["id"] for r in listed] == [office_book["eve"]]
    assert (listed[0]["owner"], listed[0]["last_contacted_by"]) == ("bob_t", "alice_t")
    nobody = as_json("--db", any_book, "list", "--no-owner", "--json")
    assert [(r["name"], r["owner"]) for r in nobody] == [("Dana Cole", None)]  # type: ignore[union-attr]
    by_bob = as_json("--db", any_book, "list", "--last-contacted-by", "bob_t", "--json")
    assert [r["name"] for r in by_bob] == ["Carl Berg"]  # type: ignore[union-attr]
    found = as_json("--db", any_book, "search", "a", "--owner", "alice_t", "--json")
    assert [r["name"] for r in found] == []  # type: ignore[union-attr]
    found = as_json("--db", any_book, "search", "carl", "--owner", "alice_t", "--json")
    assert [r["name"] for r in found] == ["Carl Berg"]  # type: ignore[union-attr]
    ordered = as_json("--db", any_book, "list", "--sort", "owner", "--json")
    assert [r["name"] for r in ordered] == ["Carl Berg", "Eve Adams", "Dana Cole"]  # type: ignore[union-attr]


@pytest.mark.parametrize("any_book", ["sqlite"], indirect=True)
def test_the_window_shows_the_columns_and_filters_by_them(  # type: ignore[no-untyped-def]
    office_book: dict[str, int], qtbot
) -> None:
    from PySide6.QtCore import Qt

    from rolodex.ui.contacts.list_actions import ListActions
    from rolodex.ui.contacts.model import COL_LAST_BY, COL_NAME, COL_OWNER
    from rolodex.ui.main_window.window import MainWindow
    from rolodex.ui.team import filter as team_filter

    win = MainWindow(ContactService())
    qtbot.addWidget(win)
    bar = team_filter.install(win)
    win.show()
    header, model = win.table.horizontalHeader(), win.model
    titles = [a.text() for a in ListActions(win).column_menu().actions()]
    assert titles[COL_OWNER:] == ["Owner", "Last contacted by"]  # offered by the chooser
    header.setSectionHidden(COL_OWNER, False)
    header.setSectionHidden(COL_LAST_BY, False)
    shown = {model.index(r, COL_NAME).data(): (model.index(r, COL_OWNER).data(),
             model.index(r, COL_LAST_BY).data()) for r in range(model.rowCount())}  # fmt: skip
    assert shown == {"Eve Adams": ("Bob Builder", "alice_t"),
                     "Carl Berg": ("alice_t", "Bob Builder"), "Dana Cole": ("", "")}  # fmt: skip
    header.setSortIndicator(COL_OWNER, Qt.SortOrder.AscendingOrder)  # a click on the header
    assert [model.index(r, COL_NAME).data() for r in range(3)] == [
        "Carl Berg", "Eve Adams", "Dana Cole"]  # fmt: skip
    assert bar.isVisible()  # a file listing two users
    bar.choose("bob_t")
    assert [model.index(r, COL_NAME).data() for r in range(model.rowCount())] == ["Eve Adams"]
    bar.choose("", None)  # Owner: Nobody
    assert [model.index(r, COL_NAME).data() for r in range(model.rowCount())] == ["Dana Cole"]
    bar.choose(None, "bob_t")
    win.search_box.setText("carl")  # with the search text too
    win.apply_filter()
    assert [model.index(r, COL_NAME).data() for r in range(model.rowCount())] == ["Carl Berg"]
    win.search_box.setText("eve")
    win.apply_filter()
    assert model.rowCount() == 0


@pytest.mark.parametrize("any_book", ["sqlite"], indirect=True)
def test_last_contacted_by_follows_an_activity_logged_on_a_contact_not_selected(  # type: ignore[no-untyped-def]
    office_book: dict[str, int], qtbot
) -> None:
    """Logged from Today or a deal: the contact need not be the one selected in the list."""
    from rolodex.services.changes import Change
    from rolodex.ui.contacts.model import COL_LAST_BY, COL_NAME
    from rolodex.ui.main_window.window import MainWindow
    from rolodex.ui.team import filter as team_filter

    win = MainWindow(ContactService())
    qtbot.addWidget(win)
    team_filter.install(win)
    win.show()
    win.table.horizontalHeader().setSectionHidden(COL_LAST_BY, False)
    model = win.model
    rows = {model.index(r, COL_NAME).data(): r for r in range(model.rowCount())}
    win.table.selectRow(rows["Eve Adams"])
    assert model.index(rows["Dana Cole"], COL_LAST_BY).data() == ""
    try:
        act_as("bob_t")
        logged = CrmServices.create().activities.log(
            ActivityData(contact_id=office_book["dana"], kind="meeting")
        )
    finally:
        act_as(None)
    win.book_changed.emit(Change("activity", tuple(logged.ids), "created"))
    assert model.index(rows["Dana Cole"], COL_LAST_BY).data() == "Bob Builder"


def test_the_team_columns_stay_hidden_after_an_upgrade_and_shown_once_chosen(  # type: ignore[no-untyped-def]
    book: object, qtbot
) -> None:
    """A window state saved before the columns existed keeps them hidden (Qt would show
    sections it has no state for); one saved after showing them keeps them shown."""
    from PySide6.QtGui import QStandardItemModel
    from PySide6.QtWidgets import QTableView

    from rolodex import paths
    from rolodex.ui import settings_state
    from rolodex.ui.contacts.model import COL_OWNER
    from rolodex.ui.main_window.window import MainWindow

    paths.init()
    old = QTableView()
    old.setModel(QStandardItemModel(0, 7))
    settings = settings_state.window_settings()
    settings.setValue("main/geometry", old.saveGeometry())
    settings.setValue("main/columns", old.horizontalHeader().saveState())  # no column count
    settings.sync()

    def opened() -> MainWindow:
        win = MainWindow(ContactService())
        qtbot.addWidget(win)
        return win

    first = opened()
    assert first.table.horizontalHeader().isSectionHidden(COL_OWNER)
    first.table.horizontalHeader().setSectionHidden(COL_OWNER, False)  # the column chooser
    first.close()
    assert not opened().table.horizontalHeader().isSectionHidden(COL_OWNER)
