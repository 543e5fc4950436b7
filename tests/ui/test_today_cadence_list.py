"""Issue 12 item 8: Today's "Time to get in touch" showed 200 of 583 contacts and said 200.
It now says 583 and lists all of them, loading pages as the list scrolls."""

from __future__ import annotations

from pathlib import Path

from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from rolodex.db import StoreInfo
from rolodex.services.crm import cadence
from rolodex.services.crm.bundle import CrmServices
from rolodex.services.crm.followups import PAGE
from rolodex.services.importing.service import run_import
from rolodex.ui.crm.today import TodayView
from tests.services.crm_helpers import oslo_clock

QUALIFIED = 583


def _customers(tmp_path: Path, count: int) -> None:
    rows = "".join(f"Kunde{n:03d},Nordmann,kunde{n}@firma.example,kunde\n" for n in range(count))
    path = tmp_path / "kunder.csv"
    path.write_text("First Name,Last Name,E-mail,Categories\n" + rows, "utf-8")
    assert run_import([path]).imported == count
    cadence.set_tag_cadence("kunde", 30)


def test_service_counts_and_pages_every_contact_due(book: StoreInfo, tmp_path: Path) -> None:
    _customers(tmp_path, QUALIFIED)
    services = CrmServices.create(oslo_clock(2026, 6, 10, 12, 0))
    today = services.followups.today()
    assert (len(today.past_cadence), today.cadence_total) == (PAGE, QUALIFIED)
    pages = [*today.past_cadence, *services.followups.cadence_page(PAGE, 1000)]
    assert len({row.contact_id for row in pages}) == QUALIFIED


def test_today_shows_the_count_and_scrolls_to_every_contact(
    book: StoreInfo, tmp_path: Path, qtbot: QtBot
) -> None:
    _customers(tmp_path, QUALIFIED)
    view = TodayView(CrmServices.create(oslo_clock(2026, 6, 10, 12, 0)))
    qtbot.addWidget(view)
    view.resize(1000, 700)
    view.show()
    assert "583" in view.headers["cadence"].text()
    model, table = view.models["cadence"], view.views["cadence"]
    assert model.rowCount() == PAGE  # not 583 rows built up front
    ModelTester(None).check(model)  # type: ignore[arg-type]
    for _ in range(10):  # what scrolling to the end does, page by page
        table.scrollToBottom()
        qtbot.wait(1)
        if model.rowCount() == QUALIFIED:
            break
        if model.canFetchMore():
            model.fetchMore()
    assert model.rowCount() == QUALIFIED
    assert not model.canFetchMore()
    assert len({model.index(r, 0).data(256) for r in range(QUALIFIED)}) == QUALIFIED
