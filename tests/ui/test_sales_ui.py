"""The pipeline board and the dashboard on a real book: columns with their totals, a card
dragged (its drop) or moved with the keyboard is recorded in the deal's history, the
dashboard shows the report commands' numbers and exports a PDF."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QMimeData, QModelIndex, Qt
from PySide6.QtWidgets import QPushButton

from rolodex.clock import FixedClock
from rolodex.sales import money, quality, retention
from rolodex.sales.deals import DealService
from rolodex.ui.sales.board import PipelineBoard
from rolodex.ui.sales.dashboard import ContactListDialog, DashboardView
from rolodex.ui.sales.deal_model import MIME
from rolodex.ui.sales.money_text import show_money
from tests.sales.helpers import deal, person, utc


def _book() -> tuple[int, int]:
    money.set_main_currency("NOK")
    kari, ola = person("Kari", "Nordmann", tags=("vip",)), person("Ola", "Hansen")
    first = deal(kari, "Lead", "1000", owner="kari", close=date(2027, 1, 15))
    deal(ola, "Proposal", "3000", owner="ola", close=date(2027, 2, 15))
    return first, ola


def test_the_board_shows_each_stage_with_its_totals(book: object, qtbot) -> None:  # type: ignore[no-untyped-def]
    _book()
    board = PipelineBoard()
    qtbot.addWidget(board)
    names = [c.model.stage for c in board.columns]
    assert names == ["Lead", "Qualified", "Proposal", "Negotiation", "Won", "Lost"]
    proposal = board.columns[2]
    assert proposal.model.rowCount() == 1
    assert show_money(300000, "NOK") in proposal.totals.text()
    assert show_money(150000, "NOK") in proposal.totals.text()
    assert "Ola Hansen" in proposal.model.index(0).data()
    assert board.owner.count() == 1  # the choices are read when the filter is opened
    for box in (board.owner, board.tag, board.month):
        box.ensure_loaded()
    board.owner.setCurrentIndex(board.owner.findData("kari"))
    assert [c.model.rowCount() for c in board.columns][:3] == [1, 0, 0]
    board.tag.setCurrentIndex(board.tag.findData("vip"))
    board.month.setCurrentIndex(board.month.findData("2027-02"))
    assert sum(c.model.rowCount() for c in board.columns) == 0


def test_dropping_a_card_moves_the_deal_and_records_it(book: object, qtbot) -> None:  # type: ignore[no-untyped-def]
    first, _ = _book()
    board = PipelineBoard()
    qtbot.addWidget(board)
    data = board.columns[0].model.mimeData([board.columns[0].model.index(0)])
    assert bytes(data.data(MIME).data()) == str(first).encode()
    target = board.columns[3].model
    with qtbot.waitSignal(board.deal_moved):
        target.dropMimeData(data, Qt.DropAction.MoveAction, -1, 0, QModelIndex())
    assert target.ids == [first] and board.columns[0].model.ids == []
    moves = [(h.from_stage, h.to_stage) for h in DealService().history(first)]
    assert moves == [("", "Lead"), ("Lead", "Negotiation")]
    assert not target.dropMimeData(QMimeData(), Qt.DropAction.MoveAction, -1, 0, QModelIndex())


def test_ctrl_right_moves_the_selected_card_one_stage(book: object, qtbot) -> None:  # type: ignore[no-untyped-def]
    first, _ = _book()
    board = PipelineBoard()
    qtbot.addWidget(board)
    board.show()
    view = board.columns[0].view
    view.setFocus()
    view.setCurrentIndex(board.columns[0].model.index(0))
    qtbot.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert board.columns[1].model.ids == [first]
    assert DealService().get(first).stage == "Qualified"
    assert board.columns[1].view.currentIndex().row() == 0  # the card stays selected
    qtbot.keyClick(board.columns[1].view, Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier)
    assert DealService().get(first).stage == "Lead"


def test_the_dashboard_shows_the_reports_numbers_and_exports_a_pdf(
    book: object,
    qtbot,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    _book()
    person("Bad", email="not an email")
    clock = FixedClock(utc(2026, 12, 1, 12))
    view = DashboardView(clock=clock)
    qtbot.addWidget(view)
    assert view.data is None and view.placeholder.text()  # read on the worker thread
    with qtbot.waitSignal(view.quality_loaded, timeout=20000):
        pass
    assert view.data is not None
    assert view.data.quality == quality.counts()
    assert view.data.churn_this_year == retention.retention(2026)
    links = {b.text(): b for b in view.findChildren(QPushButton)}
    assert "Invalid emails: 1" in links
    links["Invalid emails: 1"].click()
    shown = view.findChild(ContactListDialog)
    assert shown is not None and shown.model.stringList() == ["Bad"]
    out = view.export_pdf(str(tmp_path / "dashboard.pdf"))
    assert out is not None and Path(out).read_bytes().startswith(b"%PDF")


def test_a_long_column_reads_further_cards_as_it_scrolls(book: object, qtbot) -> None:  # type: ignore[no-untyped-def]
    kari = person("Kari")
    made = [deal(kari, "Lead", "10", close=date(2027, 1, 1) + timedelta(days=i)) for i in range(120)]
    board = PipelineBoard()
    qtbot.addWidget(board)
    model = board.columns[0].model
    assert model.rowCount() == 50 and model.count == 120 and model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.ids == made and not model.canFetchMore(QModelIndex())


def test_the_dashboard_runs_the_days_lifecycle_rules_in_the_background_then_shows_them(
    book: object,
    qtbot,  # type: ignore[no-untyped-def]
) -> None:
    money.set_main_currency("NOK")
    kari = person("Kari")
    deal(kari, "Won", "1000", clock=FixedClock(utc(2024, 1, 10, 12)))  # a customer since 2024
    view = DashboardView(clock=FixedClock(utc(2026, 12, 1, 12)))
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.loaded, timeout=20000):
        pass
    assert view.data is not None and view.data.lifecycle["customer"] == 1  # shown before the sweep
    with qtbot.waitSignal(view.loaded, timeout=20000):  # the sweep changed something: read again
        pass
    assert view.data.lifecycle["former_customer"] == 1 and view.data.lifecycle["customer"] == 0
