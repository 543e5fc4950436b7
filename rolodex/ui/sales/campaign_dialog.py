"""A new campaign: its name, channel, date, and who it goes to — the contacts with a tag, those
the main window's search finds, or the contacts selected there — and, for letters, the text
of the mail-merge letter ({given}, {name}, {company}, {address}, {email}, {date})."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QWidget,
)

from rolodex.sales import letters
from rolodex.sales.campaigns import CampaignService, Selection
from rolodex.sales.records import SalesError
from rolodex.services.contacts import ContactService
from rolodex.ui.sales.form_layout import save_cancel_layout


@dataclass(frozen=True)
class MainSelection:
    """What the main window shows when the dialog opens: its search text, selected ids."""

    search: str = ""
    ids: tuple[int, ...] = ()


class CampaignDialog(QDialog):
    """``saved_id`` is the new campaign's id once saved."""

    def __init__(self, current: MainSelection, parent: QWidget | None = None,
                 service: CampaignService | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.setWindowTitle(self.tr("New campaign"))
        self.service = service or CampaignService()
        self.current = current
        self.saved_id: int | None = None
        self.name = QLineEdit()
        self.channel = QComboBox()
        for key, text in self.channel_names().items():
            self.channel.addItem(text, key)
        self.held_on = QDateEdit(QDate.currentDate(), calendarPopup=True)
        self.template = QPlainTextEdit(letters.DEFAULT_TEMPLATE)
        self.template.setTabChangesFocus(True)
        self.template.setToolTip(
            self.tr("Fields: {given}, {name}, {company}, {address}, {email}, {date}")
        )
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020")
        self.error.setWordWrap(True)
        self._layout()
        self.channel.currentIndexChanged.connect(self._channel_changed)
        self._channel_changed()

    def channel_names(self) -> dict[str, str]:
        return {"letter": self.tr("Letter"), "email": self.tr("Email"),
                "phone": self.tr("Phone"), "event": self.tr("Event")}  # fmt: skip

    def _who(self) -> QGridLayout:
        self.by_tag = QRadioButton(self.tr("Contacts &tagged"))
        self.tag = QComboBox()
        self.tag.addItems([name for name, _ in ContactService().tag_counts()])
        self.by_search = QRadioButton(self.tr("What the &search finds: %1").replace(
            "%1", self.current.search or "—"))  # fmt: skip
        self.by_selection = QRadioButton(
            self.tr("The %n selected contact(s)", "", len(self.current.ids))
        )
        self.group = QButtonGroup(self)
        for button in (self.by_tag, self.by_search, self.by_selection):
            self.group.addButton(button)
        self.by_search.setEnabled(bool(self.current.search))
        self.by_selection.setEnabled(bool(self.current.ids))
        first = self.by_selection if len(self.current.ids) > 1 else self.by_tag
        (first if first.isEnabled() else self.by_tag).setChecked(True)
        self.tag.currentIndexChanged.connect(lambda _i: self.by_tag.setChecked(True))
        grid = QGridLayout()
        grid.addWidget(self.by_tag, 0, 0)
        grid.addWidget(self.tag, 0, 1)
        grid.addWidget(self.by_search, 1, 0, 1, 2)
        grid.addWidget(self.by_selection, 2, 0, 1, 2)
        return grid

    def _layout(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Channel:"), self.channel)
        form.addRow(self.tr("&Date:"), self.held_on)
        form.addRow(self.tr("Recipients:"), self._who())
        self.template_label = QLabel(self.tr("&Letter:"))
        self.template_label.setBuddy(self.template)
        form.addRow(self.template_label, self.template)
        save_cancel_layout(self, form, self.error)
        self.resize(520, 480)

    def _channel_changed(self) -> None:
        letter = self.channel.currentData() == "letter"
        self.template.setVisible(letter)
        self.template_label.setVisible(letter)

    def selection(self) -> Selection:
        if self.by_search.isChecked():
            return Selection(search=self.current.search)
        if self.by_selection.isChecked():
            return Selection(ids=self.current.ids)
        return Selection(tag=self.tag.currentText() or None)

    def accept(self) -> None:
        """Save the campaign (unsent: its recipients are frozen when it is sent)."""
        channel = str(self.channel.currentData())
        template = self.template.toPlainText() if channel == "letter" else ""
        try:
            letters.check_template(template)
            change = self.service.add(self.name.text(), channel, self.selection(),
                                      self.held_on.date().toPython(), template)  # fmt: skip
        except SalesError as exc:
            self.error.setText(str(exc))
            return
        self.saved_id = change.ids[0]
        super().accept()
