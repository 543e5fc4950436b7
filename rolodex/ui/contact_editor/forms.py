"""The contact editor's form sections (names, work, dates, tags, notes), the widgets each
field gets, how a contact goes into them and is read back, how edits are noticed and the Tab
order through them. Mixed into :class:`~rolodex.ui.contact_editor.editor.ContactEditor`."""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtCore import QCoreApplication, QStringListModel
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from rolodex.dates import DateError
from rolodex.records import ContactData
from rolodex.services import prefs
from rolodex.ui.contact_editor.checks import date_problem, phone_problem
from rolodex.ui.contacts.completers import company_completer, tag_completer
from rolodex.ui.locale import dates as locale_dates

NAME_FIELDS = ("prefix", "given", "additional", "family", "suffix", "nickname")
WORK_FIELDS = ("company", "department", "job_title")
DATE_FIELDS = ("birthday", "anniversary")


def _tr(text: str) -> str:
    return QCoreApplication.translate("ContactEditor", text)


class EditorForms:
    """Builds the form rows; needs the editor's ``fields`` dict and ``_on_changed`` slot."""

    fields: dict[str, QLineEdit]
    _service: Any  # the ContactService
    _companies: QStringListModel
    _on_changed: Any
    sections: dict[str, Any]
    do_not_mail: QCheckBox
    notes: QPlainTextEdit
    revert_button: Any
    save_button: Any
    photo: Any  # the PhotoBox
    data: Any  # the form's values as a ContactData

    def _group(self, title: str, content: QFormLayout) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addWidget(QLabel(f"<b>{title}</b>"))
        layout.addLayout(content)
        return box

    def _line(self, name: str, form: QFormLayout, title: str, placeholder: str = "") -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(name)
        edit.setPlaceholderText(placeholder)
        edit.setAccessibleName(title.replace("&", ""))
        edit.textChanged.connect(self._on_changed)
        self.fields[name] = edit
        form.addRow(title, edit)
        return edit

    def _name_form(self) -> QFormLayout:
        form = QFormLayout()
        titles = (_tr("Prefix"), _tr("&Given name"), _tr("Middle name"),
                  _tr("Fa&mily name"), _tr("Suffix"), _tr("Nickname"))  # fmt: skip
        for name, title in zip(NAME_FIELDS, titles, strict=True):
            self._line(name, form, title)
        return form

    def _work_form(self) -> QFormLayout:
        form = QFormLayout()
        company = self._line("company", form, _tr("Com&pany"))
        completer = company_completer(company, _company_names)
        self._companies = completer.model()  # type: ignore[assignment]
        self._line("department", form, _tr("Department"))
        self._line("job_title", form, _tr("Job title"))
        return form

    def _more_form(self) -> QFormLayout:
        form = QFormLayout()
        hint = _tr("e.g. {example}").format(example=locale_dates.example())
        for name, title in zip(DATE_FIELDS, (_tr("Birthday"), _tr("Anniversary")), strict=True):
            self._line(name, form, title, hint)
            error = QLabel()
            error.setObjectName("fieldError")
            error.setWordWrap(True)
            error.hide()
            self.fields[name].setProperty("errorLabel", error)
            form.addRow("", error)
        tags = self._line(
            "tags", form, _tr("&Tags"), _tr("Comma-separated, e.g. Customers, Friends")
        )
        tag_completer(tags, lambda: [name for name, _count in self._service.tag_counts()])
        self.do_not_mail = QCheckBox(_tr("Do not send mail (left out of labels)"))
        self.do_not_mail.toggled.connect(self._on_changed)
        form.addRow("", self.do_not_mail)
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setAccessibleName(_tr("Notes"))
        self.notes.setFixedHeight(90)
        self.notes.textChanged.connect(self._on_changed)
        form.addRow(_tr("&Notes"), self.notes)
        return form

    def _fill(self, data: ContactData) -> None:
        for name in (*NAME_FIELDS, *WORK_FIELDS):
            self.fields[name].setText(getattr(data, name))
        for name in DATE_FIELDS:
            self.fields[name].setText(locale_dates.show_stored(getattr(data, name)))
        self.fields["tags"].setText(", ".join(data.tags))
        self.notes.setPlainText(data.notes)
        self.do_not_mail.setChecked(data.do_not_mail)
        for name, section in self.sections.items():
            section.set_values(getattr(data, name))
        self.photo.set_photo(data.photo, data.photo_mime, initials(data))
        for name in DATE_FIELDS:
            self._show_date_problem(name)

    def _read_form(self, data: ContactData) -> None:
        """Put what the form holds into ``data`` (fields not shown are left as they are)."""
        for name in (*NAME_FIELDS, *WORK_FIELDS):
            setattr(data, name, self.fields[name].text().strip())
        for name in DATE_FIELDS:
            setattr(data, name, _iso_or_typed(self.fields[name].text()))
        tags = (t.strip() for t in self.fields["tags"].text().split(","))
        data.tags = list(dict.fromkeys(t for t in tags if t))
        data.notes = self.notes.toPlainText()
        data.do_not_mail = self.do_not_mail.isChecked()
        for name, section in self.sections.items():
            setattr(data, name, section.values())
        data.photo, data.photo_mime = self.photo.photo, self.photo.mime

    def problems(self) -> list[tuple[QWidget, str]]:
        """Every field whose value is wrong, with the explanation shown under it."""
        found: list[tuple[QWidget, str]] = []
        data = self.data()
        if not data.full_name().strip():
            text = _tr("Give the contact a name (or a company or an email).")
            found.append((self.fields["given"], text))
        for section in self.sections.values():
            found += section.problems()
        for name in DATE_FIELDS:
            text = self._show_date_problem(name)
            if text:
                found.append((self.fields[name], text))
        return found

    def _show_date_problem(self, name: str) -> str:
        edit = self.fields[name]
        text = date_problem(edit.text())
        label = edit.property("errorLabel")
        label.setText(text)
        label.setVisible(bool(text))
        return text

    def _phone_problem(self, text: str) -> str:
        return phone_problem(
            text, prefs.phone_region()
        )  # read each time: Preferences may change it

    def _fix_tab_order(self) -> None:
        """Tab goes through every field, the added rows included, down to Save."""
        chain: list[QWidget] = [self.fields[name] for name in (*NAME_FIELDS, *WORK_FIELDS)]
        for section in self.sections.values():
            chain += section.focus_chain()
        chain += [self.fields[name] for name in (*DATE_FIELDS, "tags")]
        chain += [self.do_not_mail, self.notes, self.revert_button, self.save_button]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)


def _company_names() -> list[str]:
    from rolodex.services.companies import CompanyService

    return [c.name for c in CompanyService().list_companies()]


def structured_name(data: ContactData) -> str:
    """The name built from the name parts, ignoring any display name."""
    return dataclasses.replace(data, display_name="").full_name()


def _iso_or_typed(text: str) -> str:
    """A typed date as ISO; text that is no date is kept (Save refuses it with a reason)."""
    try:
        return locale_dates.read_date(text)
    except DateError:
        return text.strip()


def initials(data: ContactData) -> str:
    words = [w for w in (data.given, data.family) if w] or data.full_name().split()[:2]
    return "".join(w[0].upper() for w in words if w)
