"""The import dialog's column-mapping page for a CSV file of no known layout.

Shows each column with a few example values and a drop-down of the field it fills, always
visible (pre-set from the column's header, in English, Norwegian, Lithuanian or Russian, else
from its values: emails, phones, postcodes); a check box says whether the first row holds column names (the file is sniffed again when it changes).
The chosen mapping is remembered per *header signature* — a hash of the folded column names,
or of the column count for a file without a header row — under ``import.csv_mapping.<hash>``
through the ``get``/``put`` callables (the book's settings), and offered the next time a file
with the same columns is imported.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QHeaderView,
    QLabel,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from rolodex.importers.csv_mapping import (
    ColumnMapping,
    MappingError,
    fold_header,
    mapping_from_json,
    mapping_to_json,
)
from rolodex.importers.csv_reader import CsvError, CsvSniff
from rolodex.ui.importing.models import COL_TARGET, MappingModel, TargetDelegate

MAPPING_KEY = "import.csv_mapping."


class LiveTargetDelegate(TargetDelegate):
    """The drop-down of :class:`TargetDelegate`, writing each choice to the model at once
    (it is shown as a persistent editor, so no "editing finished" ever comes)."""

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        combo = super().createEditor(parent, option, index)
        combo.currentIndexChanged.connect(lambda _row: self.commitData.emit(combo))  # type: ignore[attr-defined]
        return combo


def signature(sniff: CsvSniff) -> str:
    """The key a mapping is remembered under: the column names, or the column count."""
    if sniff.has_header and any(h.strip() for h in sniff.headers):
        text = "\x1f".join(fold_header(h) for h in sniff.headers)
    else:
        text = f"no header:{sniff.width}"
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


class MappingPage(QWidget):
    """What each column of one CSV file holds; ``validity_changed`` says if Next may go on."""

    validity_changed = Signal(bool)

    def __init__(
        self,
        sniff: Callable[..., CsvSniff],
        get: Callable[[str, str], str],
        put: Callable[[str, str], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._sniff_fn, self._get, self._put = sniff, get, put
        self.path: Path | None = None
        self.sniff: CsvSniff | None = None
        self.model = MappingModel(self)
        layout = QVBoxLayout(self)
        self.label = QLabel()
        self.label.setWordWrap(True)
        layout.addWidget(self.label)
        self.header_box = QCheckBox(self.tr("The first row holds column names"))
        self.header_box.toggled.connect(self._header_toggled)
        layout.addWidget(self.header_box)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setItemDelegateForColumn(COL_TARGET, LiveTargetDelegate(self.view))
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.view.verticalHeader().hide()
        layout.addWidget(self.view, 1)
        self.problem = QLabel()
        layout.addWidget(self.problem)
        self.model.dataChanged.connect(self._check)
        self.model.modelReset.connect(self._check)

    def clear(self) -> None:
        self.path = self.sniff = None

    def show_file(self, path: Path, sniff: CsvSniff) -> None:
        """Show ``path``'s columns, pre-filled with a remembered or a suggested mapping."""
        self.path, self.sniff = path, sniff
        self.label.setText(self.tr("What does each column of %1 hold?").replace("%1", path.name))
        self.header_box.blockSignals(True)
        self.header_box.setChecked(sniff.has_header)
        self.header_box.blockSignals(False)
        self.model.load(sniff.headers, sniff.sample_rows, sniff.width)
        remembered = self._recall(sniff)
        if remembered is not None:
            columns = remembered.columns.items()
            self.model.set_targets({k: v for k, v in columns if isinstance(k, int)})
        else:
            self.model.set_targets(sniff.proposed())
        self._open_editors()

    def _open_editors(self) -> None:
        """A drop-down on every column's row, visible without a double-click."""
        for row in range(self.model.rowCount()):
            self.view.openPersistentEditor(self.model.index(row, COL_TARGET))
        self.view.resizeRowsToContents()

    def combo(self, column: int) -> QWidget | None:
        """The drop-down that says what ``column`` holds."""
        return self.view.indexWidget(self.model.index(column, COL_TARGET))

    def is_valid(self) -> bool:
        return not self.problem.text()

    def mapping(self) -> ColumnMapping:
        """The mapping as chosen (columns by index, with the file's encoding and delimiter)."""
        assert self.sniff is not None
        return ColumnMapping(
            columns=dict(self.model.targets()),
            has_header=self.header_box.isChecked(),
            encoding=self.sniff.encoding,
            delimiter=self.sniff.delimiter,
        )

    def remember(self) -> ColumnMapping:
        """Store the chosen mapping for files with these columns, and return it."""
        assert self.sniff is not None
        mapping = self.mapping()
        self._put(MAPPING_KEY + signature(self.sniff), mapping_to_json(mapping))
        return mapping

    def _recall(self, sniff: CsvSniff) -> ColumnMapping | None:
        text = self._get(MAPPING_KEY + signature(sniff), "")
        if not text:
            return None
        try:
            return mapping_from_json(text)
        except MappingError:
            return None  # a damaged stored mapping is simply not offered

    def _header_toggled(self, checked: bool) -> None:
        if self.path is None:
            return
        try:
            sniff = self._sniff_fn(self.path, ColumnMapping(has_header=checked))
        except (CsvError, OSError, UnicodeError) as exc:
            self.problem.setText(str(exc))
            self.validity_changed.emit(False)
            return
        self.show_file(self.path, sniff)

    def _check(self, *_args: Any) -> None:
        if self.model.rowCount() and not self.model.targets():
            self.problem.setText(self.tr("Choose what at least one column holds."))
        else:
            self.problem.setText("")
        self.validity_changed.emit(self.is_valid())
