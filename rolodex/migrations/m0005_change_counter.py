"""Schema version 5: a server book counts its changes, so a client can tell cheaply and exactly
whether the contact list changed since it last read it (the whole-book rank cache,
:mod:`rolodex.store.postgres.ranking`).

On PostgreSQL: the one-row table ``change_counter`` and a statement-level trigger on every table
the contact list shows or searches (contact, its emails, phones, addresses, tags, companies and
the search table) that adds one to ``changes`` in each writing transaction. The counter is a
row, not a sequence: a reader sees it in the same snapshot as the data (a sequence moves before
the commit, so a reader could pair the new number with the old list and keep it for good).
``last_xact`` lets the trigger bump once per transaction (an import's thousands of statements
leave one new row version, not thousands) and tells a client that the counter was moved by its
own open transaction, whose later statements it does not see move. The trigger runs *before*
the statement, so a writer queues for the counter before it locks any contact row: writers of
the contact list take turns from their first such statement to their commit, as on a file.

On SQLite nothing is created: ``PRAGMA data_version`` and the connection's ``total_changes``
already tell the same, for free, and a trigger would only slow every import. The version still
moves to 5 on a file, because the chain is one: a file at 5 is the same schema as a file at 4.
A server at 5 is refused by older clients, which would write without counting.
"""

from __future__ import annotations

from typing import Any

STATEMENTS: list[str] = []

COUNTED_TABLES = (
    "contact",
    "email",
    "phone",
    "address",
    "tag",
    "contact_tag",
    "company",
    "contact_search",
)

POSTGRES_STATEMENTS = [
    """CREATE TABLE change_counter (
        one BOOLEAN PRIMARY KEY DEFAULT TRUE CHECK (one),
        changes BIGINT NOT NULL DEFAULT 0,
        last_xact xid8
    )""",
    "INSERT INTO change_counter(one) VALUES (TRUE)",
    """CREATE FUNCTION rolodex_count_change() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        UPDATE change_counter SET changes = changes + 1, last_xact = pg_current_xact_id()
        WHERE last_xact IS DISTINCT FROM pg_current_xact_id();
        RETURN NULL;
    END $$""",
    *(
        f"""CREATE TRIGGER {table}_counts_changes
        BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON {table}
        FOR EACH STATEMENT EXECUTE FUNCTION rolodex_count_change()"""
        for table in COUNTED_TABLES
    ),
]


def apply(conn: Any) -> None:
    """Nothing on SQLite (see the module docstring)."""
    for statement in STATEMENTS:
        conn.execute(statement)


def apply_postgres(conn: Any) -> None:
    """Create the counter and its triggers (inside the caller's transaction)."""
    for statement in POSTGRES_STATEMENTS:
        conn.execute(statement)
