"""Table models for the import dialog: the CSV column mapping and the preview's findings."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from rolodex.importers.csv_mapping import TARGET_FIELDS
from rolodex.records import ImportIssue
from rolodex.services.importing.records import CardMatch

Index = QModelIndex | QPersistentModelIndex
COL_COLUMN, COL_EXAMPLES, COL_TARGET = range(3)
EXAMPLES = 3
IGNORE = "ignore"


def target_title(name: str) -> str:
    """The translated title of a target field name ("email:work" → "Email (work)")."""
    for key, title in TARGET_FIELDS:
        if key == name:
            return QCoreApplication.translate("ImportDialog", title)
    return name


class MappingModel(QAbstractTableModel):
    """One row per CSV column: its header, a few example values, and the field it fills."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._headers: list[str] = []
        self._examples: list[str] = []
        self._targets: list[str] = []

    def load(self, headers: list[str], samples: list[list[str]], width: int) -> None:
        """Show a file's columns; every column starts as "Do not import"."""
        self.beginResetModel()
        count = max(width, len(headers), *(len(r) for r in samples)) if samples else width
        count = max(count, len(headers))
        self._headers = [headers[i] if i < len(headers) else "" for i in range(count)]
        self._examples = [_examples(samples, i) for i in range(count)]
        self._targets = [IGNORE] * count
        self.endResetModel()

    def set_targets(self, targets: dict[int, str]) -> None:
        for column, name in targets.items():
            if 0 <= column < len(self._targets):
                self._targets[column] = name
        if self._targets:
            last = len(self._targets) - 1
            self.dataChanged.emit(self.index(0, COL_TARGET), self.index(last, COL_TARGET))

    def targets(self) -> dict[int, str]:
        """Column index → target field name, for the columns that are imported."""
        return {i: t for i, t in enumerate(self._targets) if t != IGNORE}

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._targets)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (self.tr("Column"), self.tr("Examples"), self.tr("Import as"))
        return titles[section] if 0 <= section < len(titles) else None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == COL_TARGET:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._targets):
            return None
        row, column = index.row(), index.column()
        if role == Qt.ItemDataRole.EditRole and column == COL_TARGET:
            return self._targets[row]
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if column == COL_COLUMN:
            header = self._headers[row]
            number = self.tr("Column %1").replace("%1", str(row + 1))
            return f"{number}: {header}" if header else number
        if column == COL_EXAMPLES:
            return self._examples[row]
        return target_title(self._targets[row])

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() != COL_TARGET:
            return False
        if role != Qt.ItemDataRole.EditRole or value not in dict(TARGET_FIELDS):
            return False
        self._targets[index.row()] = str(value)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole, role])
        return True


def _examples(samples: list[list[str]], column: int) -> str:
    values = [r[column].strip() for r in samples if column < len(r) and r[column].strip()]
    return " | ".join(values[:EXAMPLES])


class TargetDelegate(QStyledItemDelegate):
    """A drop-down of every target field for the "Import as" column."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        combo = QComboBox(parent)
        for key, _title in TARGET_FIELDS:
            combo.addItem(target_title(key), key)
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(editor.findData(index.data(Qt.ItemDataRole.EditRole)), 0))

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class PreviewModel(QAbstractTableModel):
    """What the preview found: unreadable cards (with reasons) and cards matching a contact."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._items: list[ImportIssue | CardMatch] = []

    def load(self, issues: list[ImportIssue], matches: list[CardMatch]) -> None:
        self.beginResetModel()
        self._items = [*issues, *matches]
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (self.tr("Card"), self.tr("File"), self.tr("Found"), self.tr("Details"))
        return titles[section] if 0 <= section < len(titles) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        item = self._items[index.row()]
        unreadable = isinstance(item, ImportIssue)
        if index.column() == 0:
            where = str(item.card) if item.card else "—"
            if unreadable and item.line:
                return self.tr("%1 (line %2)").replace("%1", where).replace("%2", str(item.line))
            return where
        if index.column() == 1:
            return Path(item.file).name
        if index.column() == 2:
            return self.tr("Unreadable") if unreadable else self.tr("Already in the book")
        return item.message if isinstance(item, ImportIssue) else _describe_match(item)


def _describe_match(match: CardMatch) -> str:
    def tr(text: str) -> str:
        return QCoreApplication.translate("ImportDialog", text)

    name = match.name or tr("(no name)")
    if match.contact_id is None:
        target = tr("a card earlier in this import")
    else:
        target = match.contact_name or f"#{match.contact_id}"
    return (
        tr("%1 matches %2 (%3)")
        .replace("%1", name)
        .replace("%2", target)
        .replace("%3", match.reason)
    )
