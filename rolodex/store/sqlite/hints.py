"""Query-planner hints only SQLite takes (``INDEXED BY``), where measured to matter.

The follow-ups overdue count and id list (benchmarks/bench_followups.py, 100,000 follow-ups):
without the hint SQLite's planner may walk ``followup_due``/the table instead of the partial,
covering ``followup_open`` index, which costs several times the 20 ms budget.
"""

from __future__ import annotations

import peewee


def indexed_by(model: type[peewee.Model], index: str) -> peewee.Node:
    """``FROM <model's table> AS <alias> INDEXED BY <index>`` for a Peewee ``.from_()``."""
    return peewee.NodeList((model, peewee.SQL(f'INDEXED BY "{index}"')))
