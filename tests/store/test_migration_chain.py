"""The migration chain: every numbered module in order, and the version it reaches."""

from __future__ import annotations

from pathlib import Path

import rolodex.migrations as migrations


def test_the_chain_is_every_migration_module_in_order_and_reaches_the_latest_version() -> None:
    files = sorted(
        p.stem for p in Path(migrations.__file__).parent.glob("m[0-9][0-9][0-9][0-9]_*.py")
    )
    chain = [m.__name__.rsplit(".", 1)[1] for m in migrations.chain()]
    assert chain == files  # a new module is listed in chain(), in its number's place
    assert len(chain) == migrations.LATEST_VERSION == len(migrations.NAMES)
    assert [int(name[1:5]) for name in chain] == list(range(1, len(chain) + 1))
