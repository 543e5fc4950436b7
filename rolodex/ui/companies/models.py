"""Models for the Companies window: the company list, and the people of one company.

The company list holds plain :class:`CompanySummary` rows (the SQL that fills it is fast even
at tens of thousands of companies). The people model holds only ids and fetches the list
columns ~200 rows at a time when the view asks for them, so a company of thousands of people
opens at once.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from rolodex.records import ContactRow
from rolodex.services.companies import CompanySummary

Index = QModelIndex | QPersistentModelIndex
IdRole = Qt.ItemDataRole.UserRole + 1
SummaryRole = Qt.ItemDataRole.UserRole + 2
COL_NAME, COL_EMAIL, COL_PHONE = range(3)
PEOPLE_FIELDS = ("name", "email", "phone")
PAGE_SIZE = 200
MAX_PAGES = 8

RowLoader = Callable[[Sequence[int]], list[ContactRow]]


class CompanyListModel(QAbstractListModel):
    """One row per company: "Name — City (people)"."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[CompanySummary] = []

    def set_companies(self, rows: Sequence[CompanySummary]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def summary(self, row: int) -> CompanySummary | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, company_id: int | None) -> int:
        """The row showing ``company_id``, or -1 when it is not listed."""
        return next((r for r, s in enumerate(self._rows) if s.id == company_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        summary = self.summary(index.row()) if index.isValid() else None
        if summary is None:
            return None
        if role == IdRole:
            return summary.id
        if role == SummaryRole:
            return summary
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(summary)
        if role == Qt.ItemDataRole.ToolTipRole:
            people = self.tr("People: {count}").format(count=summary.people)
            return "\n".join(t for t in (summary.name, summary.city, people) if t)
        return None

    def _display(self, summary: CompanySummary) -> str:
        if summary.city:
            return self.tr("{name} — {city} ({count})").format(
                name=summary.name, city=summary.city, count=summary.people
            )
        return self.tr("{name} ({count})").format(name=summary.name, count=summary.people)


class PeopleModel(QAbstractTableModel):
    """The people of one company (ids in name order); rows are fetched a page at a time."""

    def __init__(self, load_rows: RowLoader, parent: Any = None) -> None:
        super().__init__(parent)
        self._load_rows = load_rows
        self._ids: list[int] = []
        self._pages: OrderedDict[int, dict[int, ContactRow]] = OrderedDict()

    def set_ids(self, ids: Sequence[int]) -> None:
        self.beginResetModel()
        self._ids = list(ids)
        self._pages.clear()
        self.endResetModel()

    def id_at(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def cached_pages(self) -> int:
        return len(self._pages)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(PEOPLE_FIELDS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (self.tr("Name"), self.tr("Email"), self.tr("Phone"))
        return titles[section] if 0 <= section < len(titles) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        if role == IdRole:
            return self._ids[index.row()]
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        row = self._row_at(index.row())
        return getattr(row, PEOPLE_FIELDS[index.column()]) if row is not None else None

    def _row_at(self, row: int) -> ContactRow | None:
        page_no = row // PAGE_SIZE
        page = self._pages.get(page_no)
        if page is None:
            start = page_no * PAGE_SIZE
            page = {r.id: r for r in self._load_rows(self._ids[start : start + PAGE_SIZE])}
            self._pages[page_no] = page
            while len(self._pages) > MAX_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(page_no)
        return page.get(self._ids[row])
