"""Table models for the duplicates dialog: the groups found, and the members of one group.

The groups model holds plain :class:`DuplicateGroup` records and the list rows of their
contacts (fetched once, off the UI thread, by the dialog); thousands of groups are cheap. The
members model shows why each contact is in its group, and ticks only the ones the dialog says
(those a shared email, phone or UID links; a name alone never pre-selects anyone).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from rolodex.records import ContactRow
from rolodex.services.duplicates.find import DuplicateGroup, Reason

Index = QModelIndex | QPersistentModelIndex
COL_NAMES, COL_WHY, COL_COUNT = range(3)
MEMBER_FIELDS = ("name", "company", "email", "phone", "city")
COL_MEMBER_WHY = len(MEMBER_FIELDS)
GroupRole = Qt.ItemDataRole.UserRole + 1
IdRole = Qt.ItemDataRole.UserRole + 2


def describe_reason(reason: Reason) -> str:
    """A translated sentence for why contacts were grouped."""

    def tr(text: str) -> str:
        return QCoreApplication.translate("DuplicatesDialog", text)

    texts = {
        "uid": tr("Same identifier"),
        "email": tr("Same email %1"),
        "phone": tr("Same phone %1"),
        "name_company": tr("Same name at %1"),
        "name_city": tr("Same name in %1"),
        "similar_name": tr("Similar names at %1"),
    }
    return texts.get(reason.kind, reason.kind).replace("%1", reason.value)


class DuplicateGroupsModel(QAbstractTableModel):
    """One row per group: the names, why they were grouped, how many contacts."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._groups: list[DuplicateGroup] = []
        self._rows: dict[int, ContactRow] = {}

    def set_groups(self, groups: list[DuplicateGroup], rows: dict[int, ContactRow]) -> None:
        self.beginResetModel()
        self._groups, self._rows = list(groups), dict(rows)
        self.endResetModel()

    def group(self, row: int) -> DuplicateGroup:
        return self._groups[row]

    def contact_row(self, contact_id: int) -> ContactRow | None:
        return self._rows.get(contact_id)

    def update_rows(self, rows: dict[int, ContactRow]) -> None:
        """Fresh list rows for contacts that changed (a merge's survivor)."""
        self._rows.update(rows)
        if self._groups:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._groups) - 1, COL_COUNT))

    def drop_contacts(self, ids: set[int]) -> None:
        """Forget contacts that are gone (merged away); groups left with one member vanish."""
        for row in reversed(range(len(self._groups))):
            group = self._groups[row]
            group.ids = [i for i in group.ids if i not in ids]
            if len(group.ids) < 2:
                self.beginRemoveRows(QModelIndex(), row, row)
                del self._groups[row]
                self.endRemoveRows()
            else:
                self.dataChanged.emit(self.index(row, 0), self.index(row, COL_COUNT))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._groups)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (self.tr("Contacts"), self.tr("Why"), self.tr("Count"))
        return titles[section] if 0 <= section < len(titles) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._groups):
            return None
        group = self._groups[index.row()]
        if role == GroupRole:
            return group
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if index.column() == COL_NAMES:
            return "; ".join(self._name(i) for i in group.ids)
        if index.column() == COL_WHY:
            return "; ".join(describe_reason(r) for r in group.reasons)
        if index.column() == COL_COUNT:
            return str(len(group.ids))
        return None

    def _name(self, contact_id: int) -> str:
        row = self._rows.get(contact_id)
        return row.name if row is not None and row.name else f"#{contact_id}"


class GroupMembersModel(QAbstractTableModel):
    """The contacts of one group, each with a check box: checked ones are merged."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._members: list[ContactRow] = []
        self._checked: list[bool] = []
        self._why: dict[int, list[Reason]] = {}

    def set_members(
        self,
        members: list[ContactRow],
        ticked: Iterable[int] = (),
        why: dict[int, list[Reason]] | None = None,
    ) -> None:
        """Show ``members``; tick those in ``ticked``; ``why`` gives each member's reasons."""
        on = set(ticked)
        self.beginResetModel()
        self._members = list(members)
        self._checked = [m.id in on for m in members]
        self._why = dict(why or {})
        self.endResetModel()

    def checked_ids(self) -> list[int]:
        return [m.id for m, on in zip(self._members, self._checked, strict=True) if on]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._members)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(MEMBER_FIELDS) + 1

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (
            self.tr("Name"),
            self.tr("Company"),
            self.tr("Email"),
            self.tr("Phone"),
            self.tr("City"),
            self.tr("Why"),
        )
        return titles[section] if 0 <= section < len(titles) else None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == 0:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._members):
            return None
        member = self._members[index.row()]
        if role == IdRole:
            return member.id
        if role == Qt.ItemDataRole.CheckStateRole and index.column() == 0:
            on = self._checked[index.row()]
            return Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if index.column() == COL_MEMBER_WHY:
            return "; ".join(describe_reason(r) for r in self._why.get(member.id, []))
        return str(getattr(member, MEMBER_FIELDS[index.column()]))

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.CheckStateRole or index.column() != 0:
            return False
        state = value.value if isinstance(value, Qt.CheckState) else value
        self._checked[index.row()] = state == Qt.CheckState.Checked.value
        self.dataChanged.emit(index, index, [role])
        return True
