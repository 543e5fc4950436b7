"""The contact editor: names in any script survive save and reload exactly, checks explain
what is wrong, lists keep labels and the preferred value, photos load or explain why not."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QBuffer, QIODevice
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QMessageBox

from rolodex.db import StoreInfo
from rolodex.records import ContactData, Phone
from rolodex.services import prefs
from rolodex.services.contacts import ContactService
from rolodex.ui.contact_editor.editor import ContactEditor


@pytest.fixture
def editor(book: StoreInfo, qtbot) -> ContactEditor:  # type: ignore[no-untyped-def]
    prefs.put(prefs.PHONE_REGION, "NO")
    widget = ContactEditor(ContactService())
    qtbot.addWidget(widget)
    widget.show()
    return widget


def _reload(editor: ContactEditor, contact_id: int) -> ContactData:
    fresh = ContactEditor(ContactService())
    # Owned by the fixture's editor, so Qt destroys it; a parentless widget left to Python's
    # cyclic garbage collector can crash PySide when collected.
    fresh.setParent(editor)
    data = ContactService().get(contact_id)
    assert data is not None
    fresh.load(data)
    return fresh.data()


@pytest.mark.parametrize(
    ("given", "family", "company"),
    [
        ("Øystein Åsmund", "Ærlighetsen-Sørbø", "Blåbær & Co AS"),
        ("Šarūnas Žygimantas", "Jankauskienė-Čiurlionytė", "Vilniaus ąžuolas UAB"),
        ("Дмитрий Ёжиков", "Щербаков-Юрьев", "ООО «Ромашка»"),
    ],
)
def test_names_in_any_script_survive_save_and_reload_exactly(
    editor: ContactEditor, given: str, family: str, company: str
) -> None:
    editor.new_contact()
    editor.fields["given"].setText(given)  # setText: keyClicks cannot send non-Latin-1 text
    editor.fields["family"].setText(family)
    editor.fields["company"].setText(company)
    editor.notes.setPlainText(f"{given}\n{family}")

    assert editor.save()

    assert editor.contact_id is not None
    again = _reload(editor, editor.contact_id)
    assert (again.given, again.family, again.company) == (given, family, company)
    assert again.notes == f"{given}\n{family}"
    assert again.full_name() == f"{given} {family}"
    assert ContactService().rows([editor.contact_id])[0].name == f"{given} {family}"


def test_bad_email_is_explained_and_blocks_saving(editor: ContactEditor) -> None:
    editor.new_contact()
    editor.fields["given"].setText("Anna")
    row = editor.sections["emails"].add_row()
    row.value.setText("anna@berg")

    assert "example.com" in row.error.text()
    assert not row.error.isHidden()
    assert not editor.save()
    assert "Not saved" in editor.banner.text()
    assert editor.contact_id is None

    row.value.setText("anna@berg.no")
    assert row.error.isHidden()
    assert editor.save()


@pytest.mark.parametrize(
    ("text", "expected"),
    [("anna.berg.no", "needs an @"), ("a b@x.no", "spaces"), ("@x.no", "before the @")],
)
def test_email_explanations(editor: ContactEditor, text: str, expected: str) -> None:
    editor.new_contact()
    row = editor.sections["emails"].add_row()
    row.value.setText(text)
    assert expected in row.error.text()


def test_unparseable_phone_is_explained_but_saved_as_typed(editor: ContactEditor) -> None:
    editor.new_contact()
    editor.fields["given"].setText("Kari")
    row = editor.sections["phones"].add_row()
    row.value.setText("12")

    assert "number of digits" in row.error.text() and "saved as typed" in row.error.text()
    assert editor.save()  # a warning, never a reason to refuse
    assert editor.contact_id is not None
    saved = ContactService().get(editor.contact_id)
    assert saved is not None and saved.phones[0].value == "12"

    row = editor.sections["phones"].rows[0]
    row.value.setText("22 33 44 55")  # a Norwegian number without +47: default region NO
    assert row.error.text() == ""
    assert editor.save()
    saved = ContactService().get(editor.contact_id)
    assert saved is not None
    assert saved.phones[0].e164 == "+4722334455"


def test_impossible_birthday_is_explained(editor: ContactEditor) -> None:
    editor.new_contact()
    editor.fields["given"].setText("Kari")
    editor.fields["birthday"].setText("1990-02-30")
    assert not editor.save()
    assert "not a real date" in editor.banner.text()

    editor.fields["birthday"].setText("--02-29")
    assert editor.save()


def test_a_contact_needs_some_name(editor: ContactEditor) -> None:
    editor.new_contact()
    assert not editor.save()
    assert "name" in editor.banner.text()


def test_lists_keep_labels_preferred_and_order(editor: ContactEditor) -> None:
    editor.new_contact()
    editor.fields["given"].setText("Anna")
    phones = editor.sections["phones"]
    first, second = phones.add_row(), phones.add_row()
    first.value.setText("+47 22 33 44 55")
    first.label.set_keyword("work")
    second.value.setText("+47 912 34 567")
    second.label.set_keyword("mobile")
    second.pref.setChecked(True)
    address = editor.sections["addresses"].add_row()
    address.fields["city"].setText("Tromsø")
    address.fields["country"].setText("no")
    editor.do_not_mail.setChecked(True)
    editor.fields["tags"].setText("Kunder,  VIP , Kunder")

    assert editor.save()
    assert editor.contact_id is not None
    again = _reload(editor, editor.contact_id)

    assert [(p.value, p.label, p.pref) for p in again.phones] == [
        ("+47 22 33 44 55", "work", False),
        ("+47 912 34 567", "mobile", True),
    ]
    assert (again.addresses[0].city, again.addresses[0].country) == ("Tromsø", "NO")
    assert again.do_not_mail
    assert again.tags == ["Kunder", "VIP"]


def test_fields_not_shown_are_kept_on_save(editor: ContactEditor) -> None:
    service = ContactService()
    contact_id = service.create(
        ContactData(given="Ola", family="Nordmann", uid="urn:uuid:1", role="Boss",
                    phones=[Phone("+4722334455")])
    )  # fmt: skip
    data = service.get(contact_id)
    assert data is not None
    editor.load(data)
    editor.fields["nickname"].setText("Olan")

    assert editor.save()

    saved = service.get(contact_id)
    assert saved is not None
    assert (saved.uid, saved.role, saved.nickname) == ("urn:uuid:1", "Boss", "Olan")


def test_renaming_updates_the_shown_name(editor: ContactEditor) -> None:
    service = ContactService()
    contact_id = service.create(ContactData(given="Ola", family="Nordmann"))
    data = service.get(contact_id)
    assert data is not None
    editor.load(data)
    editor.fields["family"].setText("Hansen")

    assert editor.save()
    assert service.rows([contact_id])[0].name == "Ola Hansen"


def test_revert_throws_away_edits(editor: ContactEditor) -> None:
    contact_id = ContactService().create(ContactData(given="Ola"))
    data = ContactService().get(contact_id)
    assert data is not None
    editor.load(data)
    editor.fields["given"].setText("Kari")
    assert editor.is_dirty() and editor.revert_button.isEnabled()

    editor.revert()

    assert editor.fields["given"].text() == "Ola"
    assert not editor.is_dirty()


def _png(path: Path) -> Path:
    image = QImage(40, 30, QImage.Format.Format_RGB32)
    image.fill(QColor("teal"))
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    path.write_bytes(bytes(buffer.data().data()))
    return path


def test_photo_from_file_is_saved(editor: ContactEditor, tmp_path: Path) -> None:
    editor.new_contact()
    editor.fields["given"].setText("Anna")
    photo = _png(tmp_path / "anna.png")

    assert editor.photo.load_file(photo)
    assert editor.save()

    assert editor.contact_id is not None
    saved = ContactService().get(editor.contact_id)
    assert saved is not None
    assert saved.photo == photo.read_bytes()
    assert saved.photo_mime == "image/png"


def test_broken_photo_file_gives_a_clear_message(
    editor: ContactEditor, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: shown.append(text))
    editor.new_contact()
    broken = tmp_path / "holiday.jpg"
    broken.write_bytes(b"\xff\xd8\xff\xe0 this is not really a jpeg")

    assert not editor.photo.load_file(broken)

    assert "“holiday.jpg” is not an image Rolodex can read" in shown[0]
    assert editor.photo.photo is None
