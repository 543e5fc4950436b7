"""Autocomplete for the contact editor's Company and Tags fields.

Both lists are read from the services when the field gets focus, so a company or tag added a
minute ago (here or in another window) is offered at once: on a file at once, on a server book
on the worker thread (the list read last is offered until the new one comes, and if the server
cannot be read it stays). The Tags field is comma-separated:
:class:`TagCompleter` completes the word being typed and keeps the tags before it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, QStringListModel, Qt
from PySide6.QtWidgets import QCompleter, QLineEdit

Loader = Callable[[], list[str]]


class _FillOnFocus(QObject):
    """Refills a completer's list from ``load`` each time its line edit gets focus."""

    def __init__(self, edit: QLineEdit, model: QStringListModel, load: Loader) -> None:
        super().__init__(edit)
        self.model, self.load = model, load
        edit.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn:
            self.refill()
        return False

    def refill(self) -> None:
        from rolodex.ui.search_worker import in_background

        if not in_background():
            self._show(self.load())
            return
        from rolodex.ui.worker import run_in_background

        load = self.load
        task = run_in_background(self, lambda _progress, _cancelled: load(), self._show)
        task.failed.connect(_store_errors_only)
        for ended in (task.finished, task.failed):
            ended.connect(lambda _result: task.deleteLater())

    def _show(self, names: list[str]) -> None:
        if names != self.model.stringList():
            self.model.setStringList(names)


def _store_errors_only(exc: Exception) -> None:
    """The server could not be read: the list read before stays (a bug is raised)."""
    from rolodex.db import StoreError

    if not isinstance(exc, StoreError):
        raise exc


def company_completer(edit: QLineEdit, load: Loader) -> QCompleter:
    """Offer the book's company names (any part of the name matches, any case)."""
    model = QStringListModel(edit)
    completer = QCompleter(model, edit)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    edit.setCompleter(completer)
    completer.filler = _FillOnFocus(edit, model, load)  # type: ignore[attr-defined]
    return completer


class TagCompleter(QCompleter):
    """Completes the last comma-separated word of a line edit with a tag name."""

    def splitPath(self, path: str) -> list[str]:
        return [path.rsplit(",", 1)[-1].strip()]

    def pathFromIndex(self, index: QModelIndex | QPersistentModelIndex) -> str:
        edit = self.widget()
        text = edit.text() if isinstance(edit, QLineEdit) else ""
        before = [t.strip() for t in text.split(",")[:-1] if t.strip()]
        return ", ".join([*before, str(index.data())])


def tag_completer(edit: QLineEdit, load: Loader) -> TagCompleter:
    """Offer tag names for the word being typed in a comma-separated Tags field."""
    model = QStringListModel(edit)
    completer = TagCompleter(model, edit)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    edit.setCompleter(completer)
    completer.filler = _FillOnFocus(edit, model, load)  # type: ignore[attr-defined]
    return completer


def refill(completer: Any) -> None:
    """Read the completer's list again now (as getting focus does)."""
    filler = getattr(completer, "filler", None)
    if isinstance(filler, _FillOnFocus):
        filler.refill()
