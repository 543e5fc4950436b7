"""Window state kept between runs: geometry, toolbar/dock state, splitter sizes and list
columns. Stored apart from user options (in ``window-state.ini`` in the config folder), so
resetting the layout never touches preferences."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings, Qt
from PySide6.QtWidgets import QHeaderView, QMainWindow, QSplitter

from rolodex import paths

FILE_NAME = "window-state.ini"
COLUMNS_BEFORE_COUNTED = 7
"""How many list columns a saved state without ``main/column_count`` knew (before the
Owner and Last contacted by columns): later columns keep their default (hidden)."""


def window_settings() -> QSettings:
    """The QSettings file for window state (an INI file in the config folder)."""
    path = paths.get().config_dir / FILE_NAME
    return QSettings(str(path), QSettings.Format.IniFormat)


def save_window(window: QMainWindow, splitter: QSplitter, header: QHeaderView) -> None:
    settings = window_settings()
    settings.setValue("main/geometry", window.saveGeometry())
    settings.setValue("main/state", window.saveState())
    settings.setValue("main/splitter", splitter.saveState())
    settings.setValue("main/columns", header.saveState())
    settings.setValue("main/column_count", header.count())
    settings.setValue("main/sort_column", header.sortIndicatorSection())
    settings.setValue("main/sort_descending", header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder)
    settings.sync()


def saved_sort() -> tuple[int, bool] | None:
    """The list's column and direction (descending?) as last saved, read before the window
    is built; None when a layout was saved without them (by an older Rolodex). A first run
    lists by name, A to Z."""
    settings = window_settings()
    if settings.value("main/geometry") is None:
        return (0, False)
    column, descending = settings.value("main/sort_column"), settings.value("main/sort_descending")
    if column is None or descending is None:
        return None
    if not str(column).isdecimal():
        return None
    return int(str(column)), str(descending).lower() == "true"


def restore_window(window: QMainWindow, splitter: QSplitter, header: QHeaderView) -> bool:
    """Put back the saved layout; False when there is none (first run) or it is unusable."""
    settings = window_settings()
    geometry = settings.value("main/geometry")
    if not isinstance(geometry, QByteArray) or not window.restoreGeometry(geometry):
        return False
    state = settings.value("main/state")
    if isinstance(state, QByteArray):
        window.restoreState(state)
    splitter_state = settings.value("main/splitter")
    if isinstance(splitter_state, QByteArray):
        splitter.restoreState(splitter_state)
    columns = settings.value("main/columns")
    if isinstance(columns, QByteArray):
        _restore_columns(header, columns, settings.value("main/column_count"))
    return True


def _restore_columns(header: QHeaderView, columns: QByteArray, count: object) -> None:
    """The saved columns; those added since the state was saved keep their default."""
    known = int(count) if isinstance(count, int | str) and str(count).isdecimal() else 0
    known = known or COLUMNS_BEFORE_COUNTED
    defaults = {i: header.isSectionHidden(i) for i in range(known, header.count())}
    header.restoreState(columns)
    for section, hidden in defaults.items():
        header.setSectionHidden(section, hidden)
