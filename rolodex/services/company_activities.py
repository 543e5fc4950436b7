"""A company's own timeline: the activities logged "also on the company" (``activity.company_id``),
newest first, each with the person it was logged on. (The people's other activities stay on
their own History.)"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from rolodex.db import database
from rolodex.services.activities import _COLUMNS, _FROM, _row
from rolodex.services.crm_records import ActivityData


def company_timeline(company_id: int, kinds: Iterable[str] = ()) -> list[ActivityData]:
    """The live activities logged on ``company_id``, newest first (``kinds``: only those)."""
    where = ["a.deleted_at IS NULL", "a.company_id = ?"]
    params: list[Any] = [company_id]
    wanted = sorted(set(kinds))
    if wanted:
        where.append(f"a.kind IN ({','.join('?' * len(wanted))})")
        params += wanted
    sql = f"SELECT {_COLUMNS} {_FROM} WHERE {' AND '.join(where)}"
    return [
        _row(r)
        for r in database.execute_sql(
            sql + " ORDER BY a.occurred_at DESC, a.id DESC", params
        ).fetchall()
    ]
