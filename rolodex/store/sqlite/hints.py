"""Query-planner hints only SQLite takes (``INDEXED BY``), where measured to matter.

The follow-ups overdue count and id list (100,000 follow-ups as benchmarks/bench_followups.py
builds them, on a loaded machine): with ``INDEXED BY followup_open`` the count took 1.8 ms and
the id list 25 ms, without it 35 ms and 60 ms (the planner picks ``followup_due``).
"""

from __future__ import annotations

import peewee


def indexed_by(model: type[peewee.Model], index: str) -> peewee.Node:
    """``FROM <model's table> AS <alias> INDEXED BY <index>`` for a Peewee ``.from_()``."""
    return peewee.NodeList((model, peewee.SQL(f'INDEXED BY "{index}"')))
