"""Schema version 14: a shared book's search runs in functions that apply the privacy rule
themselves, so a colleague's search uses the text index as the owner's does (issue 11).

Under row-level security PostgreSQL evaluates a policy's condition before any condition that
is not leakproof, and the text match (``tsvector @@ tsquery``) is not: for anyone but the
book's owner a search scanned every row of ``contact_search`` (181 ms median at 100,000
contacts for an editor, 158 ms for an administrator, 5 ms for the owner; bench_rls.py).

The functions are ``SECURITY DEFINER`` (they run as the book's owner, whom the policies do not
filter, so the planner drives them from the GIN index), ``STABLE``, with ``search_path``
pinned, and apply the policy's rule of migration 12 inside, on the login that opened the
session (``session_user``: inside such a function ``current_user`` is the owner): a row is
returned when it is not private, or is the login's own, or the login is a member of
``<database>_admin``, or may bypass row-level security anyway (the tables' owner, a superuser,
a BYPASSRLS role: those the policies do not filter). Their arguments choose only what to
match, never whom to show it to. (After ``SET ROLE`` the policies ask about the role set, the
functions still about the login: what the login may see, which it can have back by ``RESET
ROLE`` anyway.) EXECUTE is taken from PUBLIC and given to the book's groups (those that exist
now; :func:`rolodex.store.postgres.roles.ensure_groups` grants it to new ones). PL/pgSQL,
not SQL: a SQL function that cannot be inlined is planned again on every call, PL/pgSQL
keeps its plans for the session.

- ``rolodex_search_ids(query, up_to)``: the ids matching ``query``, in no order, at most
  ``up_to`` (NULL: all), as one array.
- ``rolodex_search_first(query, up_to, descending)``: the first ``up_to`` (NULL: all) in name
  order (``sort_key, contact_id``, either way).

Measured (benchmarks/bench_rls.py --queries 20, 100,000 contacts; load average 6-8 before,
1.1-1.4 after, on 2 shared cores), the whole sorted id list of a search, median / p95 ms:
editor 275 / 413 (41x the owner) -> 7.5 / 26 (1.07x), admin 144 / 222 -> 6.8 / 20, the owner
6.7 / 37 -> 7.1 / 33; a first page and its rows: editor 133 / 236 -> 29 / 67, admin
97 / 188 -> 35 / 59, the owner 33 / 53 -> 27 / 46. The owner's own search goes through them
too (bench_pg_search.py, load ~1.2, old code then new: full list median 6.1 -> 4.4 ms, p95 53
-> 36, 1.7x -> 2.2x the bare match; the first page median 3.6 -> 4.5, p95 9.5 -> 11.3).

A file book has no server side: its schema does not change (only its version number).
"""

from __future__ import annotations

from typing import Any

STATEMENTS: list[str] = []

FUNCTIONS = (
    "rolodex_search_ids(tsquery, integer)",
    "rolodex_search_first(tsquery, integer, boolean)",
)
"""The search functions' signatures, for GRANT EXECUTE."""

_VISIBLE = """(NOT s.private OR s.owner = session_user::text
    OR (SELECT EXISTS (SELECT 1 FROM pg_roles r
            WHERE r.rolname = current_database() || '_admin'
              AND pg_has_role(session_user, r.oid, 'MEMBER')))
    OR (SELECT r.rolsuper OR r.rolbypassrls OR pg_has_role(session_user, c.relowner, 'USAGE')
            FROM pg_roles r, pg_class c
            WHERE r.rolname = session_user AND c.oid = 'public.contact_search'::regclass))"""

_HEADER = (
    "LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$"
)

_IDS = f"""CREATE FUNCTION rolodex_search_ids(query tsquery, up_to integer)
    RETURNS bigint[] {_HEADER}
BEGIN
    RETURN ARRAY(SELECT s.contact_id FROM public.contact_search s
                 WHERE s.doc @@ query AND {_VISIBLE} LIMIT up_to);
END $$"""

# MATERIALIZED: the matches from the GIN index, then sorted; with a small LIMIT the planner
# would rather walk the name order's index, 470 ms for a prefix whose names sort last.
_MATCHED = f"""matched AS MATERIALIZED (SELECT s.contact_id, s.sort_key
    FROM public.contact_search s WHERE s.doc @@ query AND {_VISIBLE})"""

_FIRST = f"""CREATE FUNCTION rolodex_search_first(query tsquery, up_to integer, descending boolean)
    RETURNS bigint[] {_HEADER}
BEGIN
    IF descending THEN
        RETURN ARRAY(WITH {_MATCHED} SELECT contact_id FROM matched
                     ORDER BY sort_key DESC, contact_id DESC LIMIT up_to);
    END IF;
    RETURN ARRAY(WITH {_MATCHED} SELECT contact_id FROM matched
                 ORDER BY sort_key, contact_id LIMIT up_to);
END $$"""

_GRANT_TO_GROUPS = """DO $$
DECLARE
    grp text;
BEGIN
    FOREACH grp IN ARRAY ARRAY['_admin', '_editor', '_reader'] LOOP
        grp := current_database() || grp;
        IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = grp) THEN
            EXECUTE format('GRANT EXECUTE ON FUNCTION %s, %s TO %I', {functions}, grp);
        END IF;
    END LOOP;
END $$"""


POSTGRES_STATEMENTS = [
    _IDS,
    _FIRST,
    *(f"REVOKE EXECUTE ON FUNCTION {f} FROM PUBLIC" for f in FUNCTIONS),
    _GRANT_TO_GROUPS.format(functions=", ".join(f"'{f}'" for f in FUNCTIONS)),
]


def apply(conn: Any) -> None:
    """Nothing changes in a file (inside the caller's transaction)."""
    for statement in STATEMENTS:
        conn.execute(statement)


def apply_postgres(conn: Any) -> None:
    """Create the search functions and grant them to the book's groups (inside the caller's
    transaction)."""
    for statement in POSTGRES_STATEMENTS:
        conn.execute(statement)
