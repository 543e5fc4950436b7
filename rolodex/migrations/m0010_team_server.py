"""Schema version 10: the shared book's server side, revisited (issue 11).

- The change notifications (``NOTIFY rolodex_changes``, migration 8) say "by" the name the
  session acts under — ``--user NAME`` / ``ROLODEX_USER``, which each connection puts in its
  session setting ``rolodex.user`` — and fall back to the PostgreSQL login when it is unset,
  so a colleague's window names the same person as the History does.

A file book has no server side: its schema does not change (only its version number).
"""

from __future__ import annotations

from typing import Any

STATEMENTS: list[str] = []

_NOTIFY = """CREATE OR REPLACE FUNCTION rolodex_notify_change() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    changed bigint[];
    what text := CASE TG_OP WHEN 'INSERT' THEN 'created' WHEN 'UPDATE' THEN 'updated'
                 ELSE 'purged' END;
BEGIN
    IF TG_OP = 'DELETE' THEN
        SELECT array_agg(id) INTO changed FROM (SELECT id FROM old_rows LIMIT 501) s;
    ELSE
        SELECT array_agg(id) INTO changed FROM (SELECT id FROM new_rows LIMIT 501) s;
    END IF;
    IF changed IS NULL THEN
        RETURN NULL;
    END IF;
    PERFORM pg_notify('rolodex_changes', json_build_object(
        'entity', TG_ARGV[0],
        'ids', CASE WHEN cardinality(changed) > 500 THEN NULL ELSE changed END,
        'kind', what,
        'by', COALESCE(NULLIF(current_setting('rolodex.user', true), ''),
                       current_user::text))::text);
    RETURN NULL;
END $$"""

POSTGRES_STATEMENTS = [_NOTIFY]


def apply(conn: Any) -> None:
    """Nothing changes in a file (inside the caller's transaction)."""
    for statement in STATEMENTS:
        conn.execute(statement)


def apply_postgres(conn: Any) -> None:
    """Replace the notifying trigger function (inside the caller's transaction)."""
    for statement in POSTGRES_STATEMENTS:
        conn.execute(statement)
