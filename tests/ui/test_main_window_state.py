"""Window geometry, splitter sizes and list columns persist between runs."""

from __future__ import annotations

from rolodex import paths
from rolodex.db import StoreInfo
from rolodex.records import ContactData
from rolodex.services.contacts import ContactService
from rolodex.ui.main_window.window import MainWindow


def _open(qtbot) -> MainWindow:  # type: ignore[no-untyped-def]
    win = MainWindow(ContactService())
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def test_geometry_splitter_and_columns_survive_a_restart(book: StoreInfo, qtbot) -> None:  # type: ignore[no-untyped-def]
    paths.init()
    ContactService().create(ContactData(given="Anna", family="Berg"))
    first = _open(qtbot)
    first.resize(760, 520)
    first.splitter.setSizes([150, 330, 280])
    first.table.horizontalHeader().resizeSection(1, 222)
    qtbot.waitUntil(lambda: first.width() == 760)
    sizes = first.splitter.sizes()
    first.close()

    second = _open(qtbot)

    assert (second.width(), second.height()) == (760, 520)
    assert second.splitter.sizes() == sizes
    assert second.table.horizontalHeader().sectionSize(1) == 222


def test_first_start_without_saved_state_uses_sensible_sizes(book: StoreInfo, qtbot) -> None:  # type: ignore[no-untyped-def]
    paths.init()
    ContactService().create(ContactData(given="Anna", family="Berg"))  # an empty book greets
    win = _open(qtbot)
    assert all(size > 100 for size in win.splitter.sizes())
