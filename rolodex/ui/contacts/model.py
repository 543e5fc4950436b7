"""The contact list model: only the sorted id list plus a small cache of pages of plain rows.

At 100,000 contacts the model holds 100,000 ints; rows for the list columns are fetched from
:meth:`ContactService.rows` ~50 at a time when the view asks for them, and only a few pages
are kept. Sorting and filtering are done in SQL by :meth:`ContactService.ids`.

:meth:`ContactTableModel.search` (what typing in the search box calls) runs at once on a file:
the whole sorted list of a query takes ~1-3 ms at 100,000 contacts (benchmarks/bench_search.py),
less than the hop to a thread and back, and an encrypted file would pay its key derivation again
for a second connection. On a server book a search is a round trip or more over the network, so
it runs on the search thread (:mod:`rolodex.ui.search_worker`) with the first page of rows, and
the list changes when the result comes (``searched``); a result for text the user has since
typed on, or for a list reloaded since, is dropped. The same goes for a new sort order (a click
on a column header: the old order stays until the new one comes), for the refresh after a save
(:meth:`ContactTableModel.refresh`, whose ``then`` runs once the list shows the change) and for
a page of rows the view scrolls to: its rows show "Loading…" until the search thread brings
them (``dataChanged``).
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from rolodex.contact_row import ContactRow
from rolodex.db import StoreError
from rolodex.ui.locale.dates import show_date
from rolodex.ui.search_worker import PAGES_WAITING, SearchThread, in_background

if TYPE_CHECKING:
    from rolodex.services.contacts import ContactService
    from rolodex.store.sqlite.glance import FirstPage

COL_NAME, COL_COMPANY, COL_EMAIL, COL_PHONE, COL_CITY, COL_TAGS, COL_LAST = range(7)
COL_OWNER, COL_LAST_BY = 7, 8  # the team's columns (issue 11): names from rolodex.team.facts
SORT_KEYS = (
    "name", "company", "email", "phone", "city", "tags", "last_contacted",
    "owner", "last_contacted_by",
)  # fmt: skip
ROW_FIELDS = ("name", "company", "email", "phone", "city", "tags", "last_contacted")
# Rows read at a time: a little more than a tall window shows (the first frame waits for one
# page: 200 rows cost 10-15 ms at 100,000 contacts, 50 rows 4-5 ms), and 2,400 rows kept.
PAGE_SIZE = 50
MAX_PAGES = 48
IdRole = Qt.ItemDataRole.UserRole + 1

Index = QModelIndex | QPersistentModelIndex


class ContactTableModel(QAbstractTableModel):
    """Contacts matching a query, a tag, or the Trash, in the chosen order."""

    searched = Signal()  # the list now shows what search() (or sort()) asked for last
    search_failed = Signal(str)  # one line: the server book could not be searched
    sort_reverted = Signal(int, object)  # a new order failed: the column and order still shown

    def __init__(self, service: ContactService, parent: Any = None) -> None:
        super().__init__(parent)
        self._service = service
        self._searcher: SearchThread | None = None
        self._asked = 0  # the number of the newest list asked for (stale results are dropped)
        self._then: Callable[[], None] | None = None  # what refresh() runs once it shows
        self._remote = False  # the list came from a server book: its pages come by signal
        self._glanced = False  # the first page of a book not opened yet (show_first_page)
        self._pending: dict[int, None] = {}  # pages asked of the search thread, oldest first
        self._ids: Sequence[int] = []
        self._pages: OrderedDict[int, dict[int, ContactRow]] = OrderedDict()
        self._team: dict[int, tuple[str, str]] = {}  # id → (owner, last contacted by), shown
        self.owner: str | None = None  # only this owner's contacts ("": nobody's)
        self.last_by: str | None = None  # only those this user was last in touch with
        self.query = ""
        self.tag: str | None = None
        self.trash = False
        self.sort_column = COL_NAME
        self.sort_order = Qt.SortOrder.AscendingOrder
        self._shown_sort = (self.sort_column, self.sort_order)  # the order the rows are in

    # -- Qt model interface ----------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(SORT_KEYS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(SORT_KEYS):
            return None
        return self.column_titles()[section]

    def column_titles(self) -> tuple[str, ...]:
        return (
            self.tr("Name"),
            self.tr("Company"),
            self.tr("Email"),
            self.tr("Phone"),
            self.tr("City"),
            self.tr("Tags"),
            self.tr("Last contacted"),
            self.tr("Owner"),
            self.tr("Last contacted by"),
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        if role == IdRole:
            return self._ids[index.row()]
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if index.column() in (COL_OWNER, COL_LAST_BY):
            return self.team_at(index.row())[index.column() - COL_OWNER]
        row = self.row_at(index.row())
        if row is None:
            return self._placeholder(index)
        value = str(getattr(row, ROW_FIELDS[index.column()]))
        if index.column() == COL_LAST:
            return local_date(value)
        if index.column() == COL_NAME and not value.strip():
            return shown_name(row) or self.tr("(no name)")
        return value

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """List in ``column``'s order: on a file at once; on a server book from the search
        thread (the old order stays shown until then; ``searched``, or the ``then`` of a
        refresh still on its way, follows)."""
        if not 0 <= column < len(SORT_KEYS):
            return
        self.sort_column, self.sort_order = column, order
        if not in_background():
            self.reload()
            return
        self._asked += 1  # a refresh's then, if one waits, runs once the new order shows
        self._thread().ask(self._asked, self._list_job(first_page=True))

    # -- what the window calls ---------------------------------------------------------------
    def set_team_filter(self, owner: str | None, last_by: str | None) -> None:
        """Narrow later lists to ``owner``'s contacts ("": nobody's) and to those ``last_by``
        was last in touch with (None: no narrowing); the window's next search applies it."""
        self.owner, self.last_by = owner, last_by

    def set_filter(self, query: str = "", tag: str | None = None, trash: bool = False) -> None:
        """Show contacts matching ``query`` and ``tag`` (or the Trash) and reload."""
        self.query, self.tag, self.trash = query, tag, trash
        self.reload()

    def search(self, query: str = "", tag: str | None = None, trash: bool = False) -> None:
        """Show contacts matching ``query`` and ``tag`` (or the Trash): on a file at once, on a
        server book from the search thread; ``searched`` is emitted when the list shows it."""
        self.query, self.tag, self.trash = query, tag, trash
        if not in_background():
            self.reload()
            self.searched.emit()
            return
        self._asked += 1
        self._then = None
        self._thread().ask(self._asked, self._list_job(first_page=True))

    def refresh(self, then: Callable[[], None]) -> None:
        """Read the list again after a change, then run ``then``: on a file at once, on a
        server book when the search thread answers (not at all if another list is asked for
        meanwhile: its own answer follows)."""
        if not in_background():
            self.reload()
            then()
            return
        self._asked += 1
        self._then = then
        self._thread().ask(self._asked, self._list_job(first_page=True))

    def _thread(self) -> SearchThread:
        if self._searcher is None:
            self._searcher = SearchThread(self)
            self._searcher.found.connect(self._found)
            self._searcher.fetched.connect(self._fetched)
            self._searcher.failed.connect(self._failed)
        return self._searcher

    def reload(self) -> None:
        """Fetch the id list again, at once (after a filter, sort or data change)."""
        self._asked += 1  # a search still running answers a question no longer asked
        ids, first = self._list_job(first_page=False)()
        self._show(ids, first)

    def _list_job(self, *, first_page: bool) -> Callable[[], tuple[Sequence[int], list[ContactRow]]]:
        """The work of listing what the filter asks for now: its ids (and first page, for a
        search thread: the UI thread then shows the result without asking the server)."""
        service, query, tag, trash = self._service, self.query or None, self.tag, self.trash
        owner, last_by = self.owner, self.last_by
        sort, descending = (
            SORT_KEYS[self.sort_column],
            self.sort_order == Qt.SortOrder.DescendingOrder,
        )

        def job() -> tuple[Sequence[int], list[ContactRow]]:
            from rolodex.services.search import listed_ids

            # The whole book lazily where the backend can: a first page of 1,000,000 at once.
            ids = listed_ids(
                query, tag, sort=sort, descending=descending, trash=trash,
                owner=owner, last_by=last_by,
            )  # fmt: skip
            return ids, service.rows(list(ids[:PAGE_SIZE])) if first_page else []

        return job

    def _found(self, number: int, result: tuple[Sequence[int], list[ContactRow]]) -> None:
        if number != self._asked:
            return
        self._show(*result)
        then, self._then = self._then, None
        if then is None:
            self.searched.emit()
        else:
            then()

    def _failed(self, number: int, exc: Exception) -> None:
        if not isinstance(exc, StoreError):
            raise exc
        self._pending.clear()  # a page that failed is asked for again when next painted
        if number != self._asked:
            return
        if (self.sort_column, self.sort_order) != self._shown_sort:  # the list kept its order
            self.sort_column, self.sort_order = self._shown_sort
            self.sort_reverted.emit(*self._shown_sort)
        self.search_failed.emit(str(exc))

    def show_first_page(self, page: FirstPage) -> None:
        """Show the first page of a book read before it was opened (the app's first frame,
        :mod:`rolodex.store.sqlite.glance`): rows past it show as placeholders until the
        window, the book open, lists it again (:meth:`reload`)."""
        from rolodex.store.sqlite.ranking import LazyIds

        self.query, self.tag, self.trash = "", None, False
        self.sort_column = COL_NAME
        self.sort_order = (
            Qt.SortOrder.DescendingOrder if page.descending else Qt.SortOrder.AscendingOrder
        )
        self._show(LazyIds(page.total, page.ids, self._still_opening), [])
        self._glanced = True
        for start in range(0, len(page.rows), PAGE_SIZE):
            self._keep_page(start // PAGE_SIZE, page.rows[start : start + PAGE_SIZE])

    def _still_opening(self) -> list[int]:
        """Every id of a list shown from a first page, asked for before the book is open."""
        raise StoreError(self.tr("The book is still opening; try again in a moment."))

    def _show(self, ids: Sequence[int], first: list[ContactRow]) -> None:
        self.beginResetModel()
        self._ids = ids
        self._shown_sort = (self.sort_column, self.sort_order)
        self._glanced = False
        self._remote = in_background()
        self._pending.clear()
        self._pages.clear()
        self._team.clear()
        if first:
            self._pages[0] = {r.id: r for r in first}
        self.endResetModel()

    def stop_searching(self) -> None:
        """End the search thread (the window closes, or the book does)."""
        if self._searcher is not None:
            self._searcher.stop()
            self._searcher = None

    def all_ids(self) -> list[int]:
        """Every id listed now (the current search, tag or Trash), in list order."""
        return list(self._ids)

    def id_at(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, contact_id: int) -> int:
        """The row showing ``contact_id``, or -1 when it is not in the list."""
        try:
            return self._ids.index(contact_id)  # a C-speed scan: ~1 ms at 100,000 ids
        except ValueError:
            return -1

    def row_at(self, row: int) -> ContactRow | None:
        """The plain row for list position ``row`` (fetching its page if needed)."""
        page_no = row // PAGE_SIZE
        page = self._pages.get(page_no)
        if page is None and self._remote:  # a server book: the search thread reads it
            self._ask_page(page_no)
            return None
        if page is None and self._glanced:  # the book is not open yet: reloaded once it is
            return None
        if page is None:
            page = self._fetch_page(page_no)
        else:
            self._pages.move_to_end(page_no)
        return page.get(self._ids[row])

    def _fetch_page(self, page_no: int) -> dict[int, ContactRow]:
        start = page_no * PAGE_SIZE
        return self._keep_page(page_no, self._service.rows(self._ids[start : start + PAGE_SIZE]))

    def _keep_page(self, page_no: int, rows: list[ContactRow]) -> dict[int, ContactRow]:
        page = {r.id: r for r in rows}
        self._pages[page_no] = page
        while len(self._pages) > MAX_PAGES:
            self._pages.popitem(last=False)
        return page

    def _ask_page(self, page_no: int) -> None:
        if page_no in self._pending:
            return
        if len(self._pending) >= PAGES_WAITING:  # the thread lets the oldest go: so do we
            del self._pending[next(iter(self._pending))]
        self._pending[page_no] = None
        service, start = self._service, page_no * PAGE_SIZE
        ids = list(self._ids[start : start + PAGE_SIZE])
        self._thread().fetch(self._asked, lambda: (page_no, service.rows(ids)))

    def _fetched(self, number: int, result: tuple[int, list[ContactRow]]) -> None:
        page_no, rows = result
        if number != self._asked or page_no not in self._pending:
            return  # for a list no longer shown
        del self._pending[page_no]
        self._keep_page(page_no, rows)
        last = min(len(self._ids), (page_no + 1) * PAGE_SIZE) - 1
        self.dataChanged.emit(
            self.index(page_no * PAGE_SIZE, 0), self.index(last, len(SORT_KEYS) - 1)
        )

    def _placeholder(self, index: Index) -> str | None:
        """What a row shows while its page is on the way from the server."""
        waiting = index.row() // PAGE_SIZE in self._pending
        return self.tr("Loading…") if waiting and index.column() == COL_NAME else None
    def team_at(self, row: int) -> tuple[str, str]:
        """(owner, last contacted by) shown at list position ``row``: fetched for its whole
        page the first time a visible team column asks (hidden columns cost nothing)."""
        cid = self._ids[row]
        if cid not in self._team:
            if len(self._team) > PAGE_SIZE * MAX_PAGES:
                self._team.clear()
            start = row // PAGE_SIZE * PAGE_SIZE
            self._team.update(team_columns(self._ids[start : start + PAGE_SIZE]))
        return self._team.get(cid, ("", ""))

    def forget_team(self) -> None:
        """Drop every cached Owner / Last contacted by (an activity was logged, perhaps from
        Today or a deal, on a contact not selected): the rows shown read them again."""
        self._team.clear()
        if self._ids:
            last = len(self._ids) - 1
            self.dataChanged.emit(self.index(0, COL_OWNER), self.index(last, COL_LAST_BY))

    def forget(self, ids: set[int]) -> None:
        """Drop cached rows for ``ids`` and repaint them (their columns changed in place)."""
        for cid in ids:
            self._team.pop(cid, None)
        for page_no, page in list(self._pages.items()):
            if ids & page.keys():
                del self._pages[page_no]
        for cid in ids:
            row = self.row_of(cid)
            if row >= 0:
                last = self.index(row, len(SORT_KEYS) - 1)
                self.dataChanged.emit(self.index(row, 0), last)

    def cached_pages(self) -> int:
        return len(self._pages)


def team_columns(ids: Sequence[int]) -> dict[int, tuple[str, str]]:
    """The Owner and Last contacted by names of ``ids``."""
    from rolodex.team.facts import list_columns

    return list_columns(list(ids))


def shown_name(row: ContactRow) -> str:
    """What a card without a name is listed under: its email, company or phone."""
    return row.email or row.company or row.phone


def local_date(stamp: str) -> str:
    """A stored UTC timestamp as the local calendar date, in the locale's form."""
    if not stamp:
        return ""
    try:
        return show_date(datetime.fromisoformat(stamp).astimezone().date())
    except ValueError:
        return stamp[:10]
