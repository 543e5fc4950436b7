"""Editable lists for the contact editor: emails, phones, websites, IM handles and addresses.

Each section shows one row per value with a type label (home, work, mobile or your own
words), a "preferred" choice (one per section) and a remove button, plus an "Add" button.
A row can carry a check; its explanation appears under the row while the value is wrong.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from rolodex.records import Address, InstantMessage, LabeledValue, Phone

Check = Callable[[str], str]


def _tr(text: str) -> str:
    return QCoreApplication.translate("ContactEditor", text)


def label_choices(kind: str) -> list[tuple[str, str]]:
    """(stored keyword, shown text) pairs for a section's type labels."""
    home, work, other = ("home", _tr("home")), ("work", _tr("work")), ("other", _tr("other"))
    extra = {
        "phone": [("mobile", _tr("mobile")), home, work, ("fax", _tr("fax"))],
        "website": [home, work, ("blog", _tr("blog"))],
    }
    return [*extra.get(kind, [home, work]), other]


def im_services() -> list[tuple[str, str]]:
    names = ["Signal", "Telegram", "WhatsApp", "Matrix", "XMPP", "Skype", "Mastodon", "LinkedIn"]
    return [(name.lower(), name) for name in names]


class KeywordCombo(QComboBox):
    """An editable combo that stores a keyword (e.g. "work") but shows translated text."""

    def __init__(self, choices: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        for keyword, text in choices:
            self.addItem(text, keyword)

    def set_keyword(self, keyword: str) -> None:
        found = self.findData(keyword.lower()) if keyword else 0
        if found >= 0:
            self.setCurrentIndex(found)
        else:
            self.setEditText(keyword)

    def keyword(self) -> str:
        text = self.currentText().strip()
        found = self.findText(text)
        return str(self.itemData(found)) if found >= 0 else text


class ValueRow(QWidget):
    """One value: type label, the value itself, preferred, remove; with an error line."""

    changed = Signal()
    remove_requested = Signal(QWidget)

    def __init__(
        self, kind: str, check: Check | None, placeholder: str, blocking: bool = True
    ) -> None:
        super().__init__()
        self.kind, self._check, self.blocking = kind, check, blocking
        self.label = KeywordCombo(im_services() if kind == "im" else label_choices(kind))
        self.label.setAccessibleName(_tr("Type"))
        self.value = QLineEdit()
        self.value.setPlaceholderText(placeholder)
        self.value.setAccessibleName(placeholder)
        self.pref = QRadioButton(_tr("preferred"))
        self.remove = QToolButton()
        self.remove.setText("✕")
        self.remove.setToolTip(_tr("Remove"))
        self.remove.setAccessibleName(_tr("Remove"))
        self.error = QLabel()
        self.error.setObjectName("fieldError" if blocking else "fieldWarning")
        self.error.setWordWrap(True)
        self.error.hide()
        self._lay_out()
        self.value.textChanged.connect(self._on_edit)
        self.label.currentTextChanged.connect(self.changed)
        self.pref.toggled.connect(self.changed)
        self.remove.clicked.connect(lambda: self.remove_requested.emit(self))

    def _lay_out(self) -> None:
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.label, 0, 0)
        grid.addWidget(self.value, 0, 1)
        grid.addWidget(self.pref, 0, 2)
        grid.addWidget(self.remove, 0, 3)
        grid.addWidget(self.error, 1, 1, 1, 3)
        grid.setColumnStretch(1, 1)
        self.label.setMaximumWidth(120)

    def _on_edit(self) -> None:
        self.show_problem()
        self.changed.emit()

    def problem(self) -> str:
        return self._check(self.value.text()) if self._check else ""

    def show_problem(self) -> str:
        """Show what is wrong under the row; returns it when it blocks saving ("" if not)."""
        text = self.problem()
        shown = text if self.blocking or not text else f"{text} {_tr('It is saved as typed.')}"
        self.error.setText(shown)
        self.error.setVisible(bool(text))
        return text if self.blocking else ""

    def focus_widget(self) -> QWidget:
        return self.value

    def focus_chain(self) -> list[QWidget]:
        """The row's widgets in the order Tab visits them."""
        return [self.label, self.value, self.pref, self.remove]

    def is_empty(self) -> bool:
        return not self.value.text().strip()


class AddressRow(ValueRow):
    """A postal address: street, extended, PO box, postal code, city, region, country code."""

    FIELDS = ("street", "extended", "po_box", "postal_code", "city", "region", "country")

    def __init__(self) -> None:
        self.fields: dict[str, QLineEdit] = {}
        super().__init__("address", None, _tr("Street"))

    def _lay_out(self) -> None:
        titles = {
            "street": _tr("Street"), "extended": _tr("Apartment, floor"),
            "po_box": _tr("PO box"), "postal_code": _tr("Postal code"), "city": _tr("City"),
            "region": _tr("Region"), "country": _tr("Country (e.g. NO)"),
        }  # fmt: skip
        self.fields["street"] = self.value
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.label, 0, 0)
        for name in self.FIELDS[1:]:
            self.fields[name] = QLineEdit()
            self.fields[name].textChanged.connect(self.changed)
        for name, edit in self.fields.items():
            edit.setPlaceholderText(titles[name])
            edit.setAccessibleName(titles[name])
        places = {"street": (0, 1, 1, 2), "extended": (1, 1, 1, 2), "po_box": (2, 1, 1, 2),
                  "postal_code": (3, 1, 1, 1), "city": (3, 2, 1, 1), "region": (4, 1, 1, 1),
                  "country": (4, 2, 1, 1)}  # fmt: skip
        for name, (row, col, rows, cols) in places.items():
            grid.addWidget(self.fields[name], row, col, rows, cols)
        grid.addWidget(self.pref, 0, 3)
        grid.addWidget(self.remove, 0, 4)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        self.label.setMaximumWidth(120)

    def is_empty(self) -> bool:
        return not any(edit.text().strip() for edit in self.fields.values())

    def focus_chain(self) -> list[QWidget]:
        return [self.label, *self.fields.values(), self.pref, self.remove]


class ListSection(QWidget):
    """A titled list of value rows with an "Add" button; one row may be preferred."""

    changed = Signal()
    rows_changed = Signal()  # a row was added or removed (the Tab order needs redoing)

    def __init__(
        self,
        kind: str,
        title: str,
        add_text: str,
        check: Check | None = None,
        blocking: bool = True,
    ) -> None:
        super().__init__()
        self.kind, self._check, self._blocking = kind, check, blocking
        self.rows: list[ValueRow] = []
        self._group = QButtonGroup(self)
        self.title = QLabel(f"<b>{title}</b>")
        self._rows_box = QVBoxLayout()
        self.add_button = QPushButton(add_text)
        self.add_button.clicked.connect(self._add_clicked)
        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addStretch(1)
        top.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addLayout(top)
        layout.addLayout(self._rows_box)

    def placeholder(self) -> str:
        texts = {"email": _tr("name@example.com"), "phone": _tr("Phone number"),
                 "website": _tr("https://example.com"), "im": _tr("Handle or address")}  # fmt: skip
        return texts.get(self.kind, "")

    def add_row(self) -> ValueRow:
        row = (
            AddressRow()
            if self.kind == "address"
            else ValueRow(self.kind, self._check, self.placeholder(), self._blocking)
        )
        self._group.addButton(row.pref)
        row.changed.connect(self.changed)
        row.remove_requested.connect(self._remove_row)
        self._rows_box.addWidget(row)
        self.rows.append(row)
        self.rows_changed.emit()
        return row

    def _add_clicked(self) -> None:
        row = self.add_row()
        if len(self.rows) == 1:
            row.pref.setChecked(True)
        row.focus_widget().setFocus()
        self.changed.emit()

    def _remove_row(self, row: Any) -> None:
        self.rows.remove(row)
        self._group.removeButton(row.pref)
        row.hide()
        row.deleteLater()
        self.rows_changed.emit()
        self.changed.emit()

    def clear(self) -> None:
        for row in list(self.rows):
            self.rows.remove(row)
            self._group.removeButton(row.pref)
            row.hide()
            row.deleteLater()

    def focus_chain(self) -> list[QWidget]:
        """The Add button, then every row's widgets, in the order Tab visits them."""
        return [self.add_button, *(w for row in self.rows for w in row.focus_chain())]

    def problems(self) -> list[tuple[QWidget, str]]:
        """(widget to focus, explanation) for every row whose value is wrong."""
        found = []
        for row in self.rows:
            text = row.show_problem()
            if text:
                found.append((row.focus_widget(), text))
        return found

    # -- loading and reading values ---------------------------------------------------------
    def set_values(self, items: list[Any]) -> None:
        self.clear()
        for item in items:
            row = self.add_row()
            row.value.blockSignals(True)  # stored values are not re-checked on display
            if isinstance(item, Address):
                for name, edit in row.fields.items():  # type: ignore[attr-defined]
                    edit.setText(getattr(item, name))
            else:
                row.value.setText(item.value)
            row.value.blockSignals(False)
            if isinstance(item, InstantMessage):
                row.label.set_keyword(item.service)
                row.im_label = item.label  # type: ignore[attr-defined]  # kept, not shown
            else:
                row.label.set_keyword(item.label)
            row.pref.setChecked(item.pref)

    def values(self) -> list[Any]:
        return [self._item(row) for row in self.rows if not row.is_empty()]

    def _item(self, row: ValueRow) -> Any:
        keyword, pref = row.label.keyword(), row.pref.isChecked()
        if isinstance(row, AddressRow):
            parts = {name: edit.text().strip() for name, edit in row.fields.items()}
            parts["country"] = (
                parts["country"].upper() if len(parts["country"]) == 2 else parts["country"]
            )
            return Address(**parts, label=keyword, pref=pref)
        value = row.value.text().strip()
        if self.kind == "phone":
            return Phone(value, keyword, pref)
        if self.kind == "im":
            label = getattr(row, "im_label", "")
            return InstantMessage(value, service=keyword, label=label, pref=pref)
        return LabeledValue(value, keyword, pref)
