"""The pipeline board reads only what it shows, on both backends: per stage its count (all
currencies) and first page of cards in the board's order, further pages on request, each the
same deals, in the same order, as the full deal list."""

from __future__ import annotations

from datetime import date, timedelta

from rolodex.sales import money, pipeline
from rolodex.sales.deals import DealService
from rolodex.sales.records import DealFilter
from tests.sales.helpers import deal, person


def test_each_column_opens_with_its_first_page_and_reads_the_rest_in_order(any_book: str) -> None:
    money.set_main_currency("NOK")
    kari = person("Kari", "Nordmann")
    start = date(2027, 1, 1)
    for i in range(120):
        close = None if i % 10 == 0 else start + timedelta(days=(i * 7) % 90)
        deal(kari, "Lead", "100", close=close, owner="kari" if i % 2 else "ola",
             currency="EUR" if i % 30 == 1 else "NOK")  # fmt: skip
    deal(kari, "Won", "5")
    result, columns = pipeline.board(first=50)
    lead = columns[0]
    assert lead.count == 120 and lead.row.totals.count == 116  # 4 in EUR, counted apart
    expected = [d.id for d in DealService().deals(DealFilter(stage="Lead"))]
    assert [d.id for d in lead.first] == expected[:50]
    service = DealService()
    rest = service.page(lead.row.stage.id, DealFilter(), 50, 50) + service.page(
        lead.row.stage.id, DealFilter(), 100, 50
    )
    assert [d.id for d in rest] == expected[50:]
    assert [c.count for c in columns] == [120, 0, 0, 0, 1, 0] and columns[1].first == ()
    _, mine = pipeline.board(DealFilter(owner="kari"), first=50)
    assert mine[0].count == 60 and all(d.owner == "kari" for d in mine[0].first)
