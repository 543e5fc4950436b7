"""The list's team filters (issue 11): "Owner: anyone / me / a colleague / nobody" and "Last
contacted by: anyone / me / a colleague", under the search box. They combine with the search
text and the sidebar's tag (the list model passes all of them to the store in one query).

The bar shows on a server book, or on a file that lists more than one user: a personal
file's one user has nothing to filter by. A file that lists no user at all (a personal book)
gets the bar, and its imports, only once another book is opened that needs it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from rolodex.services.changes import Change
from rolodex.store.backend import dialect

if TYPE_CHECKING:
    from rolodex.team.records import User
    from rolodex.ui.main_window.window import MainWindow

ANYONE = None
NOBODY = ""


class TeamFilterBar(QWidget):
    """Two combo boxes narrowing the contact list; installed by :func:`install`."""

    def __init__(self, window: MainWindow) -> None:
        from PySide6.QtWidgets import QComboBox  # built only on a team's book

        super().__init__()
        self.setObjectName("teamFilter")
        self.window = window
        self.owner = QComboBox()
        self.owner.setAccessibleName(self.tr("Owner"))
        self.last_by = QComboBox()
        self.last_by.setAccessibleName(self.tr("Last contacted by"))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(QLabel(self.tr("Owner:")))
        row.addWidget(self.owner, 1)
        row.addWidget(QLabel(self.tr("Last contacted by:")))
        row.addWidget(self.last_by, 1)
        self.reload_users()
        self.owner.currentIndexChanged.connect(self._changed)
        self.last_by.currentIndexChanged.connect(self._changed)
        window.book_changed.connect(self._book_changed)

    def reload_users(self) -> None:
        """Fill both boxes with the book's users (keeping what was chosen, if still there)
        and show the bar when there is a team."""
        from rolodex.team.users import UserService

        service = UserService()
        me, users = service.me(), service.list()
        others = [u for u in users if u.login != me.login]
        for box, extra in ((self.owner, [(self.tr("Nobody"), NOBODY)]), (self.last_by, [])):
            kept = box.currentData()
            box.blockSignals(True)
            box.clear()
            box.addItem(self.tr("Anyone"), ANYONE)
            box.addItem(self.tr("Me ({name})").format(name=me.name), me.login)
            for user in others:
                box.addItem(_shown(user), user.login)
            for text, value in extra:
                box.addItem(text, value)
            found = box.findData(kept) if kept is not None else 0
            box.setCurrentIndex(max(found, 0))
            box.blockSignals(False)
        self.setVisible(dialect() == "postgres" or len(users) > 1)

    def choose(self, owner: str | None, last_by: str | None = None) -> None:
        """Pick ``owner`` and ``last_by`` (logins; "" owner: nobody; None: anyone)."""
        self.owner.setCurrentIndex(max(self.owner.findData(owner), 0))
        self.last_by.setCurrentIndex(max(self.last_by.findData(last_by), 0))

    def _changed(self, _index: int) -> None:
        self.window.model.set_team_filter(self.owner.currentData(), self.last_by.currentData())
        self.window.apply_filter()

    def _book_changed(self, change: Change) -> None:
        if change.entity == "contact" and not change.ids:  # another book, or all of it anew
            self.reload_users()


def _shown(user: User) -> str:
    return user.name if user.name == user.login else f"{user.name} ({user.login})"


def install(window: MainWindow) -> TeamFilterBar | None:
    """Put the team filters under ``window``'s search box; on a file that lists no user,
    once a book that needs them is opened instead."""
    if _needed():
        return _build(window)
    window.book_changed.connect(lambda change: _install_if_needed(window, change))
    return None


def _needed() -> bool:
    from rolodex.store import team as store

    return dialect() == "postgres" or store.listed_users() > 0


def _install_if_needed(window: MainWindow, change: Change) -> None:
    another_book = change.entity == "contact" and not change.ids
    if another_book and getattr(window, "team_filter", None) is None and _needed():
        _build(window)


def _build(window: MainWindow) -> TeamFilterBar:
    bar = TeamFilterBar(window)
    layout = window.search_box.parentWidget().layout()
    layout.insertWidget(layout.indexOf(window.search_box) + 1, bar)  # type: ignore[attr-defined]
    window.team_filter = bar  # type: ignore[attr-defined]
    return bar
