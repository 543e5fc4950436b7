"""Schema version 15: a shared book's word search gets every match flagged "on the name" in one
scan of the text index (issue 10: the whole sorted list of a search, p95 <= 30 ms at 100,000).

The whole list of a word search puts name matches first (issue 12); it took every match from
the GIN index, then the name matches again from it: two bitmap heap scans, the second visiting
most of the first one's rows (a common prefix's matches sit on most of the table's pages).
``rolodex_search_flagged(query, named)`` scans once: the ids matching ``query``, each one
that also matches ``named`` given as ``~id`` (that is ``-id - 1``: negative, even for id 0), in
no order, as one array. Testing ``named`` on each match's row costs less than finding its
rows again: ``'ka':*`` at 100,000 contacts (14,712 matches, 6,751 on the name; medians of
40, load 0.6) took 23 ms for the matches and 14 for the name matches, 37 for both (and the
whole-word set) asked of migration 14's function in one statement, 31 with this one (the
matches alone 23, the bare ``@@`` 17); the flags as rows of arrays cost 42, as a second array
30 (and a second array to parse). No migration would have left the second scan.

Like the functions of migration 14 it is ``SECURITY DEFINER``, ``STABLE``, PL/pgSQL with
``search_path`` pinned, and applies exactly their privacy rule (the same text, imported: a
private row is returned to its owner, the administrators and those the policies do not
filter only); its arguments choose what to match, never whom to show it to. EXECUTE is taken
from PUBLIC and given to the book's groups that exist now
(:func:`rolodex.store.postgres.roles.ensure_groups` grants it to new ones).

A file book has no server side: its schema does not change (only its version number).
"""

from __future__ import annotations

from typing import Any

from rolodex.migrations.m0014_search_functions import _HEADER, _VISIBLE

STATEMENTS: list[str] = []

FUNCTIONS = ("rolodex_search_flagged(tsquery, tsquery)",)
"""The function's signature, for GRANT EXECUTE."""

_FLAGGED = f"""CREATE FUNCTION rolodex_search_flagged(query tsquery, named tsquery)
    RETURNS bigint[] {_HEADER}
BEGIN
    RETURN ARRAY(SELECT CASE WHEN s.doc @@ named THEN ~s.contact_id ELSE s.contact_id END
                 FROM public.contact_search s WHERE s.doc @@ query AND {_VISIBLE});
END $$"""

_GRANT_TO_GROUPS = """DO $$
DECLARE
    grp text;
BEGIN
    FOREACH grp IN ARRAY ARRAY['_admin', '_editor', '_reader'] LOOP
        grp := current_database() || grp;
        IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = grp) THEN
            EXECUTE format('GRANT EXECUTE ON FUNCTION rolodex_search_flagged(tsquery, tsquery)'
                           ' TO %I', grp);
        END IF;
    END LOOP;
END $$"""

POSTGRES_STATEMENTS = [
    _FLAGGED,
    f"REVOKE EXECUTE ON FUNCTION {FUNCTIONS[0]} FROM PUBLIC",
    _GRANT_TO_GROUPS,
]


def apply(conn: Any) -> None:
    """Nothing changes in a file (inside the caller's transaction)."""
    for statement in STATEMENTS:
        conn.execute(statement)


def apply_postgres(conn: Any) -> None:
    """Create the function and grant it to the book's groups (inside the caller's
    transaction)."""
    for statement in POSTGRES_STATEMENTS:
        conn.execute(statement)
