"""A server book's whole-book list and its searches are kept in memory between reads, and the
change counter (migration 5) says exactly when to read them again: another client's change is
seen at the very next search, a change inside one's own open transaction too, and a book that
did not change is not read again."""

from __future__ import annotations

import subprocess
import sys

from rolodex.db import database
from rolodex.records import ContactData
from rolodex.services.contacts import ContactService
from rolodex.store.postgres import ranking
from rolodex.store.transactions import writing


def other_client(url: str, *args: str) -> str:
    """Run a command as another Rolodex client of the same server book (its own process)."""
    done = subprocess.run(
        [sys.executable, "-m", "rolodex", "--db", url, *args],
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def names(service: ContactService, query: str | None = None) -> list[str]:
    return [row.name for row in service.rows(service.ids(query))]


def test_another_clients_changes_are_seen_at_the_next_search(pg_book: str) -> None:
    service = ContactService()
    for name in ("Berit Berg", "Dag Dahl"):
        service.create(ContactData(given=name.split()[0], family=name.split()[1]))
    assert names(service) == ["Berit Berg", "Dag Dahl"]  # read once, now kept
    assert names(service, "da") == ["Dag Dahl"]

    added = int(other_client(pg_book, "add", "Carl Dam"))
    assert names(service) == ["Berit Berg", "Carl Dam", "Dag Dahl"]
    assert names(service, "da") == ["Carl Dam", "Dag Dahl"]

    rename = (
        "import sys; from rolodex.store import open_book; open_book(sys.argv[1]);"
        "from rolodex.services.contacts import ContactService as S; s = S();"
        f"c = s.get({added}); c.given = 'Zara'; c.display_name = 'Zara Dam'; s.save(c)"
    )
    done = subprocess.run([sys.executable, "-c", rename, pg_book], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr  # another client renames: it sorts last now
    assert names(service, "dam") == ["Zara Dam"]
    assert names(service) == ["Berit Berg", "Dag Dahl", "Zara Dam"]

    other_client(pg_book, "delete", str(added))
    assert names(service) == ["Berit Berg", "Dag Dahl"]
    assert names(service, "da") == ["Dag Dahl"]


def test_changes_in_ones_own_open_transaction_are_seen(pg_book: str) -> None:
    service = ContactService()
    service.create(ContactData(given="Berit", family="Berg"))
    assert names(service) == ["Berit Berg"]
    with writing():
        service.create(ContactData(given="Anne", family="Aas"))
        assert names(service) == ["Anne Aas", "Berit Berg"]
        service.create(ContactData(given="Carl", family="Cox"))  # the counter moves only once
        assert names(service) == ["Anne Aas", "Berit Berg", "Carl Cox"]
        assert names(service, "c") == ["Carl Cox"]
    assert names(service) == ["Anne Aas", "Berit Berg", "Carl Cox"]


def test_an_unchanged_book_is_not_read_again(pg_book: str) -> None:
    service = ContactService()
    service.create(ContactData(given="Berit", family="Berg"))
    first = ranking.ranks(database.obj)
    service.ids("berit")
    assert ranking.ranks(database.obj) is first
    service.create(ContactData(given="Anne", family="Aas"))
    assert ranking.ranks(database.obj) is not first
