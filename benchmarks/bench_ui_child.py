"""Child process of bench_ui.py: the real main window on a book; list populate time
(model reset -> first rows painted) and the process RSS with the list shown, plus the same
view over a database-free model of the same size as the populate baseline.

The process starts as the app does (``rolodex.__main__`` and ``rolodex.ui.app``): Peewee
without psycopg (a file book never loads it: ~19 MiB of RSS with libpq and its libraries)
and the Qt-free core before PySide6."""

from __future__ import annotations

import statistics
import time
from typing import Any

RUNS = 7


def _bare_model(rows: int) -> Any:
    from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

    class Bare(QAbstractTableModel):
        def rowCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008
            return 0 if parent.isValid() else rows

        def columnCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008
            return 0 if parent.isValid() else 7

        def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
            if role == Qt.ItemDataRole.DisplayRole:
                return f"row {index.row()} col {index.column()}"
            return None

    return Bare()


def _time_reset(reset: Any, view: Any) -> float:
    times = []
    for _ in range(RUNS):
        started = time.perf_counter()
        reset()
        view.viewport().repaint()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def list_figures(db: str) -> dict[str, float]:
    from rolodex.pg_driver import import_peewee

    import_peewee()  # as rolodex.__main__ does: no psycopg for a file book
    import rolodex.ui.before_qt  # noqa: F401 (as rolodex.ui.app does, before PySide6)

    # isort: split
    import psutil
    from PySide6.QtWidgets import QApplication, QTableView

    from rolodex import paths
    from rolodex.db import open_store

    app = QApplication([])
    paths.init()
    open_store(db)
    from rolodex.ui.main_window.window import MainWindow

    window = MainWindow()
    window.resize(1200, 760)
    window.show()
    app.processEvents()
    populate = _time_reset(window.model.reload, window.table)
    rows = window.model.rowCount()
    for row in range(0, rows, max(1, rows // 10)):  # scroll through the list like a user
        window.table.scrollTo(window.model.index(row, 0))
        window.table.viewport().repaint()
    app.processEvents()
    rss = psutil.Process().memory_info().rss / (1024 * 1024)
    bare = _bare_model(rows)
    view = QTableView()
    view.setModel(bare)
    view.resize(700, 700)
    view.show()
    app.processEvents()

    def reset_bare() -> None:
        bare.beginResetModel()
        bare.endResetModel()

    baseline = _time_reset(reset_bare, view)
    return {"populate": populate, "baseline": baseline, "rss_mib": rss, "rows": rows}
