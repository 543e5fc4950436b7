"""The options part of the "Print labels…" dialog: template, names, address, order, position,
country and printer calibration; turns the widgets into :class:`LabelOptions`."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from rolodex.labels.catalog import TemplateCatalog
from rolodex.labels.options import (
    MAX_COPIES,
    MAX_OFFSET_MM,
    LabelOptions,
    NameStyle,
    SortOrder,
)
from rolodex.labels.settings import LabelSettings
from rolodex.labels.templates import LabelTemplate


class LabelOptionsForm(QWidget):
    changed = Signal()

    def __init__(
        self, catalog: TemplateCatalog, settings: LabelSettings, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.catalog = catalog
        form = QFormLayout(self)
        self.template = QComboBox(self)
        form.addRow(self.tr("Label sheet"), self.template)
        self.name_style = self._combo(
            [
                (self.tr("Person (with company)"), NameStyle.PERSON),
                (self.tr("Company, “Attn:” person"), NameStyle.ATTENTION),
                (self.tr("Company only"), NameStyle.COMPANY),
            ]
        )
        form.addRow(self.tr("Addressee"), self.name_style)
        self.address = self._combo(
            [
                (self.tr("Preferred address"), ""),
                (self.tr("Work"), "work"),
                (self.tr("Home"), "home"),
            ]
        )
        form.addRow(self.tr("Address"), self.address)
        self.sort = self._combo(
            [
                (self.tr("As listed"), SortOrder.AS_GIVEN),
                (self.tr("Name"), SortOrder.NAME),
                (self.tr("Postal code"), SortOrder.POSTAL_CODE),
            ]
        )
        form.addRow(self.tr("Order"), self.sort)
        self.copies = self._spin(1, MAX_COPIES, 1)
        form.addRow(self.tr("Copies per contact"), self.copies)
        self.start_at = self._spin(1, 1, 1)
        form.addRow(self.tr("Start at label"), self.start_at)
        self.outline = QCheckBox(self.tr("Draw label outlines"), self)
        self.outline.toggled.connect(self.changed)
        form.addRow(self.outline)
        self.home_country = QLineEdit(settings.home_country or _sender_country(), self)
        self.home_country.setMaxLength(2)
        self.home_country.setPlaceholderText(self.tr("e.g. NO"))
        self.home_country.textChanged.connect(self.changed)
        form.addRow(self.tr("Your country (not printed)"), self.home_country)
        self.offset_x, self.offset_y = self._offset(), self._offset()
        form.addRow(self.tr("Printer offset right (mm)"), self.offset_x)
        form.addRow(self.tr("Printer offset down (mm)"), self.offset_y)
        self.return_address = QPlainTextEdit("\n".join(settings.return_address), self)
        self.return_address.setMaximumHeight(70)
        self.return_address.textChanged.connect(self.changed)
        form.addRow(self.tr("Return address (envelopes)"), self.return_address)
        self.language = settings.language or "en"
        self.fill_templates(settings.template or _default_sheet())
        self.template.currentIndexChanged.connect(self._template_changed)
        self._template_changed()

    def _combo(self, items: list[tuple[str, object]]) -> QComboBox:
        combo = QComboBox(self)
        for text, data in items:
            combo.addItem(text, data)
        combo.currentIndexChanged.connect(self.changed)
        return combo

    def _spin(self, low: int, high: int, value: int) -> QSpinBox:
        spin = QSpinBox(self)
        spin.setRange(low, high)
        spin.setValue(value)
        spin.valueChanged.connect(self.changed)
        return spin

    def _offset(self) -> QDoubleSpinBox:
        spin = QDoubleSpinBox(self)
        spin.setRange(-MAX_OFFSET_MM, MAX_OFFSET_MM)
        spin.setSingleStep(0.5)
        spin.valueChanged.connect(self.changed)
        return spin

    def fill_templates(self, current: str = "") -> None:
        self.template.blockSignals(True)
        self.template.clear()
        for t in self.catalog.templates:
            self.template.addItem(t.name, t.id)
        index = self.template.findData(current)
        self.template.setCurrentIndex(max(index, 0))
        self.template.blockSignals(False)

    def _template_changed(self) -> None:
        template = self.current_template()
        self.start_at.setMaximum(template.per_page)
        self.start_at.setEnabled(not template.is_envelope)
        self.changed.emit()

    def current_template(self) -> LabelTemplate:
        return self.catalog.find(self.template.currentData())

    def options(self) -> LabelOptions:
        from rolodex.collation import system_locale

        lines = [line.strip() for line in self.return_address.toPlainText().splitlines()]
        return LabelOptions(
            name_style=self.name_style.currentData(),
            address_label=self.address.currentData(),
            attention_prefix=self.tr("Attn:"),
            home_country=self.home_country.text().strip().upper(),
            language=self.language,
            sort=self.sort.currentData(),
            collation_locale=system_locale(),
            copies=self.copies.value(),
            start_at=self.start_at.value(),
            outline=self.outline.isChecked(),
            offset_x_mm=self.offset_x.value(),
            offset_y_mm=self.offset_y.value(),
            return_address=[line for line in lines if line],
        )


def _sender_country() -> str:
    """The sender's country from Preferences (the user's settings), else the system locale's."""
    from rolodex.locale_defaults import sender_country

    return sender_country().value


def _default_sheet() -> str:
    """The sheet offered first: Avery L7160 where offices use A4, Avery 5160 on Letter."""
    from rolodex.locale_defaults import label_sheet

    return label_sheet().value
