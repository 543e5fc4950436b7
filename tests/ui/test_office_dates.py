"""Dates in the user's locale (issue 12, item 10): the birthday takes "14.03.1985" as a
Norwegian writes it (and ISO), shows it back that way, and Backups, Last contacted and History
show dates in the locale's form, never ISO or Qt's C form "1 12 2026 10:54"."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from pytestqt.qtbot import QtBot

from rolodex.db import StoreInfo
from rolodex.safety.backups import BackupInfo
from rolodex.services.contacts import ContactService
from rolodex.ui.contact_editor.editor import ContactEditor
from rolodex.ui.contacts.model import local_date
from rolodex.ui.crm.format import show_moment
from rolodex.ui.safety.backups_dialog import BackupTableModel
from tests.services.crm_helpers import oslo_clock


@pytest.fixture
def norwegian() -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.NorwegianBokmal, QLocale.Country.Norway))
    yield
    QLocale.setDefault(before)


@pytest.fixture
def editor(book: StoreInfo, norwegian: None, qtbot: QtBot) -> ContactEditor:
    widget = ContactEditor(ContactService())
    qtbot.addWidget(widget)
    widget.resize(420, 700)
    widget.show()
    return widget


def test_birthday_typed_the_norwegian_way_is_saved_and_shown_back(
    editor: ContactEditor, qtbot: QtBot
) -> None:
    editor.new_contact()
    editor.fields["given"].setText("Kari")
    qtbot.keyClicks(editor.fields["birthday"], "14.03.1985")
    assert not editor.fields["birthday"].property("errorLabel").isVisibleTo(editor)
    assert editor.save()
    assert editor.contact_id is not None
    stored = ContactService().get(editor.contact_id)
    assert stored is not None and stored.birthday == "1985-03-14"
    assert editor.fields["birthday"].text() == "14.03.1985"
    assert not editor.is_dirty()


def test_iso_and_a_date_without_year_are_taken_too(editor: ContactEditor) -> None:
    editor.new_contact()
    editor.fields["given"].setText("Ola")
    editor.fields["birthday"].setText("1990-07-01")
    editor.fields["anniversary"].setText("24.12")
    assert editor.save()
    assert editor.contact_id is not None
    stored = ContactService().get(editor.contact_id)
    assert stored is not None
    assert (stored.birthday, stored.anniversary) == ("1990-07-01", "--12-24")
    assert editor.fields["birthday"].text() == "01.07.1990"


def test_the_hint_shows_the_locale_form_and_is_never_cut(editor: ContactEditor) -> None:
    editor.new_contact()
    assert "14.03.1985" in editor.fields["birthday"].placeholderText()
    editor.fields["birthday"].setText("neste år")
    error = editor.fields["birthday"].property("errorLabel")
    assert "14.03.1985" in error.text()
    assert error.wordWrap()
    editor.fields["birthday"].setText("30.02.1990")
    assert "not a real date" in error.text()
    assert not editor.save()


def test_dates_elsewhere_follow_the_locale(norwegian: None, tmp_path: Path) -> None:
    model = BackupTableModel()
    moment = datetime(2026, 12, 1, 9, 54, tzinfo=UTC)
    model.set_backups([BackupInfo(tmp_path / "b.db", moment, "manual", 10, 3)])
    shown = model.index(0, 0).data()
    local = moment.astimezone()
    assert shown == f"{local:%d.%m.%Y} {local:%H:%M}"
    assert local_date("2026-12-01T09:54:00+00:00") == f"{local:%d.%m.%Y}"
    clock = oslo_clock(2026, 12, 1, 10, 54)
    assert show_moment(clock.now(), clock) == "01.12.2026 10:54"


def test_the_c_locale_shows_iso_not_qts_c_form(tmp_path: Path) -> None:
    before = QLocale()
    QLocale.setDefault(QLocale.c())
    try:
        clock = oslo_clock(2026, 12, 1, 10, 54)
        assert show_moment(clock.now(), clock) == "2026-12-01 10:54"
    finally:
        QLocale.setDefault(before)
