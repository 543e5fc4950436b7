"""Entering a custom label sheet by its measurements; saved as JSON in the config folder."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from rolodex.labels.catalog import custom_sheet_spec, save_custom_template
from rolodex.labels.templates import MAX_LENGTH_MM, UNITS, LabelTemplate, TemplateError

MEASURES = (
    ("page_width", "Page width", 210.0),
    ("page_height", "Page height", 297.0),
    ("label_width", "Label width", 70.0),
    ("label_height", "Label height", 35.0),
    ("left", "Left margin (to first label)", 0.0),
    ("top", "Top margin (to first label)", 8.5),
    ("h_pitch", "Horizontal pitch (label to label)", 70.0),
    ("v_pitch", "Vertical pitch (label to label)", 35.0),
    ("safe_margin", "Keep text away from the edge by", 3.0),
)


class CustomSheetDialog(QDialog):
    """Measurements in, a validated template out (``template`` after acceptance)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Custom label sheet"))
        self.template: LabelTemplate | None = None
        form = QFormLayout(self)
        self.name = QLineEdit(self)
        form.addRow(self.tr("Name"), self.name)
        self.unit = QComboBox(self)
        self.unit.addItem(self.tr("millimetres"), "mm")
        self.unit.addItem(self.tr("inches"), "in")
        form.addRow(self.tr("Unit"), self.unit)
        self.fields: dict[str, QDoubleSpinBox] = {}
        for key, label, default in MEASURES:
            spin = QDoubleSpinBox(self)
            spin.setDecimals(3)
            spin.setRange(0.0, MAX_LENGTH_MM)
            spin.setValue(default)
            self.fields[key] = spin
            form.addRow(self.tr(label), spin)
        self.columns, self.rows = QSpinBox(self), QSpinBox(self)
        for spin, value in ((self.columns, 3), (self.rows, 8)):
            spin.setRange(1, 100)
            spin.setValue(value)
        self.unit.currentIndexChanged.connect(self._unit_changed)
        form.addRow(self.tr("Columns"), self.columns)
        form.addRow(self.tr("Rows"), self.rows)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        form.addRow(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _unit_changed(self) -> None:
        """Lengths go up to MAX_LENGTH_MM whatever the unit (2000 mm, 78.74 in)."""
        top = MAX_LENGTH_MM * UNITS["mm"] / UNITS[self.unit.currentData()]
        for spin in self.fields.values():
            spin.setMaximum(round(top, 3))

    def save(self) -> None:
        if not self.name.text().strip():
            self.error.setText(self.tr("Give the sheet a name."))
            return
        measures = {key: spin.value() for key, spin in self.fields.items()}
        spec = custom_sheet_spec(
            self.name.text(),
            self.unit.currentData(),
            columns=self.columns.value(),
            rows=self.rows.value(),
            **measures,
        )
        try:
            self.template = save_custom_template(spec)
        except (TemplateError, OSError) as exc:
            self.error.setText(self.tr("Cannot save this sheet: %1").replace("%1", str(exc)))
            return
        self.accept()
