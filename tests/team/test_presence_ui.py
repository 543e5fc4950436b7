"""The main window on a team book: it says who you are, refreshes a row a colleague changed
on the server within two seconds, and shows that a colleague is already on a contact."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from rolodex.records import ContactData
from rolodex.services.contacts import ContactService
from rolodex.ui.main_window.window import MainWindow
from rolodex.ui.team.presence import TeamPresence, install
from tests.team.conftest import ok

WITHIN_MS = 2000


@pytest.fixture
def window(any_book: str, qtbot) -> Iterator[tuple[MainWindow, TeamPresence]]:  # type: ignore[no-untyped-def]
    yield from _window(qtbot)


@pytest.fixture
def server_window(pg_book: str, qtbot) -> Iterator[tuple[MainWindow, TeamPresence]]:  # type: ignore[no-untyped-def]
    yield from _window(qtbot)


def _window(qtbot) -> Iterator[tuple[MainWindow, TeamPresence]]:  # type: ignore[no-untyped-def]
    win = MainWindow(ContactService())
    qtbot.addWidget(win)
    presence = install(win)
    win.show()
    yield win, presence
    presence.stop()


def test_the_status_bar_says_who_you_are(window: tuple[MainWindow, TeamPresence]) -> None:
    _win, presence = window
    assert presence.user_label.text().startswith("You: ")
    assert presence.user_label.text() != "You: "


def test_a_colleagues_edit_on_the_server_shows_within_two_seconds(
    pg_book: str, qtbot, server_window: tuple[MainWindow, TeamPresence]  # type: ignore[no-untyped-def]
) -> None:
    win, presence = server_window
    assert presence.listener is not None
    cid = ContactService().create(ContactData(given="Eve", family="Adams"))
    qtbot.waitUntil(lambda: win.model.rowCount() == 1, timeout=WITHIN_MS)
    ok("--db", pg_book, "edit", str(cid), "--set", "name=Evelyn Adams", user="bob")
    qtbot.waitUntil(lambda: win.model.index(0, 0).data() == "Evelyn Adams", timeout=WITHIN_MS)
    ok("--db", pg_book, "log", str(cid), "--kind", "call", user="bob")
    win.open_contact(cid)
    qtbot.waitUntil(lambda: "bob: call on" in presence.on_it_label.text(), timeout=WITHIN_MS)


def test_the_history_tab_says_who_logged_a_colleagues_activity(book: object, qtbot) -> None:  # type: ignore[no-untyped-def]
    from rolodex.services.crm.bundle import CrmServices
    from rolodex.services.crm.records import ActivityData
    from rolodex.store.users import act_as
    from rolodex.ui.timeline.view import TimelineModel

    services = CrmServices.create()
    cid = ContactService().create(ContactData(given="Eve", family="Adams"))
    try:
        act_as("bob")
        services.activities.log(ActivityData(contact_id=cid, kind="call"))
        act_as("alice")
        services.activities.log(ActivityData(contact_id=cid, kind="email"))
        model = TimelineModel(services)
        model.set_rows(services.activities.timeline(cid))
        texts = [model.index(r, 0).data().splitlines()[0] for r in range(model.rowCount())]
    finally:
        act_as(None)
    assert "by bob" in texts[1] and "by" not in texts[0]  # your own need no name


def test_the_first_contact_shown_before_the_team_is_wired_says_a_colleague_is_on_it(
    book: object, qtbot  # type: ignore[no-untyped-def]
) -> None:
    """The app wires the team after its first frame, when the first contact may already be on
    the card: that contact still says that a colleague is on it."""
    from rolodex.services.crm.activities import ActivityService
    from rolodex.services.crm.records import ActivityData
    from rolodex.store.users import act_as

    cid = ContactService().create(ContactData(given="Eve", family="Adams"))
    try:
        act_as("bob")
        ActivityService().log(ActivityData(contact_id=cid, kind="call"))
    finally:
        act_as(None)
    win = MainWindow(ContactService())
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: win.editor.contact_id == cid, timeout=WITHIN_MS)  # the first one
    presence = install(win)
    try:
        assert "bob: call on" in presence.on_it_label.text()
        assert presence.on_it_label.isVisibleTo(win)
    finally:
        presence.stop()


@pytest.mark.parametrize(("locale", "form"), [("C", "%Y-%m-%d"), ("nb_NO", "%d.%m.%Y")])
def test_a_colleagues_activity_is_dated_as_the_user_reads_dates(
    book: object, qtbot, locale: str, form: str  # type: ignore[no-untyped-def]
) -> None:
    """The C locale has no date form of its own ("2 12 2026"): ISO there, as everywhere else
    in the app; elsewhere the locale's own, with a four-digit year."""
    from datetime import datetime

    from PySide6.QtCore import QLocale

    from rolodex.services.crm.activities import ActivityService
    from rolodex.services.crm.records import ActivityData
    from rolodex.store.users import act_as

    cid = ContactService().create(ContactData(given="Eve", family="Adams"))
    try:
        act_as("bob")
        ActivityService().log(ActivityData(contact_id=cid, kind="call"))
        logged = datetime.now().astimezone().date()
    finally:
        act_as(None)
    win, presence = next(_window(qtbot))
    before = QLocale()
    QLocale.setDefault(QLocale(locale))
    try:
        lines = presence.lines_for(cid)
    finally:
        QLocale.setDefault(before)
        presence.stop()
    assert lines == [f"bob: call on {logged.strftime(form)}"]
