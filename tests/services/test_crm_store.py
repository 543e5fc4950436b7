"""The CRM store's compiled queries give the rows a freshly built query gives, on each backend."""

from __future__ import annotations

from datetime import date, time

from rolodex.models import FollowUp
from rolodex.services.crm.records import FollowUpData
from rolodex.store.rows import Compiled, raw_rows
from tests.services.crm_helpers import make_contact, oslo_clock, services


def _due_before(moment: str):  # type: ignore[no-untyped-def]
    return FollowUp.select(FollowUp.id).where(FollowUp.due_at < moment).order_by(FollowUp.id)


def _due_around(moment: str):  # type: ignore[no-untyped-def]
    # the value lands in two parameters: not compilable, built afresh each time
    return FollowUp.select(FollowUp.id).where(
        (FollowUp.due_at < moment) | (FollowUp.due_local == moment)
    )


def test_compiled_query_runs_with_each_new_value(any_book: str) -> None:
    _, fs = services(oslo_clock(2026, 6, 10, 12, 0))
    ada = make_contact("Ada")
    first = fs.add(FollowUpData(contact_id=ada, due_date=date(2026, 6, 1), due_time=time(9, 0)))
    second = fs.add(FollowUpData(contact_id=ada, due_date=date(2026, 6, 5)))
    for query in (Compiled(_due_before, 1), Compiled(_due_around, 1)):
        assert query.rows("2026-06-01T00:00:00+00:00") == []
        assert query.rows("2026-06-02T00:00:00+00:00") == [(first.ids[0],)]
        assert sorted(query.rows("2026-06-30T00:00:00+00:00")) == [
            (first.ids[0],),
            (second.ids[0],),
        ]
    assert raw_rows(_due_before("2026-06-02")) == [(first.ids[0],)]
