"""Schema version 12: the shared book's server side, revisited (issue 11).

- The change notifications (``NOTIFY rolodex_changes``, migration 8) say "by" the name the
  session acts under — ``--user NAME`` / ``ROLODEX_USER``, which each connection puts in its
  session setting ``rolodex.user`` — and fall back to the PostgreSQL login when it is unset,
  so a colleague's window names the same person as the History does.
- The row-level security policies of migration 8 say the same as before, written so the
  server checks them cheaply: who is asking and whether they are an administrator are
  uncorrelated subqueries (``(SELECT current_user)``, ``(SELECT rolodex_is_admin())``), worked
  out once per query, instead of a call of ``rolodex_sees(owner, private)`` per row (a SQL
  function with a subquery is never inlined: ~10 µs a row, a second per 100,000 contacts for
  an editor's search; benchmarks/bench_rls.py).
- ``contact_search`` (every search reads it) carries a copy of its contact's ``owner`` and
  ``private``, kept by triggers, and its policy reads them from the row itself: the policy of
  migration 8 looked the contact up for every row a search scanned (a non-owner's search
  cannot use the text index under row-level security — the match operator is not leakproof —
  so it scans every row). The triggers run as the book's owner (SECURITY DEFINER): they must
  see the contact whoever writes. Measured (benchmarks/bench_rls.py --policies both, 100,000
  contacts): an editor's search-as-you-type median 2,131 ms with migration 8's policies, 181
  ms now (the book's owner, not filtered: 5 ms); an administrator's 3,133 → 158 ms.
- ``change_log`` gets row-level security too: an edit's entry holds the fields' old and new
  values (a private contact's notes among them), so an entry on a contact or company is
  visible exactly when that row is.

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

_IS_ADMIN = """CREATE FUNCTION rolodex_is_admin() RETURNS boolean LANGUAGE sql STABLE AS $$
    SELECT EXISTS (
        SELECT 1 FROM pg_roles r
        WHERE r.rolname = current_database() || '_admin'
          AND pg_has_role(current_user, r.oid, 'MEMBER'))
$$"""


def _sees(owner: str) -> str:
    return f"(NOT private OR {owner} = (SELECT current_user::text) OR (SELECT rolodex_is_admin()))"


def _policies() -> list[str]:
    statements = []
    for table in ("contact", "company"):
        statements += [
            f"DROP POLICY {table}_visible ON {table}",
            f"CREATE POLICY {table}_visible ON {table} USING {_sees('owner')} WITH CHECK (true)",
        ]
    statements += [
        "DROP POLICY activity_visible ON activity",
        f"CREATE POLICY activity_visible ON activity USING ({_sees('created_by')}"
        " AND (contact_id IS NULL OR EXISTS (SELECT 1 FROM contact c WHERE c.id = contact_id)))"
        " WITH CHECK (true)",
        "ALTER TABLE change_log ENABLE ROW LEVEL SECURITY",
        "CREATE POLICY change_log_visible ON change_log USING ("
        "entity NOT IN ('contact', 'company')"
        " OR (entity = 'contact' AND EXISTS (SELECT 1 FROM contact c WHERE c.id = entity_id))"
        " OR (entity = 'company' AND EXISTS (SELECT 1 FROM company c WHERE c.id = entity_id)))"
        " WITH CHECK (true)",
    ]
    return statements


_SEARCH_VISIBILITY = [
    "ALTER TABLE contact_search ADD COLUMN owner TEXT COLLATE \"C\" NOT NULL DEFAULT ''",
    "ALTER TABLE contact_search ADD COLUMN private BOOLEAN NOT NULL DEFAULT FALSE",
    """CREATE FUNCTION contact_search_take_owner() RETURNS trigger LANGUAGE plpgsql
    SECURITY DEFINER SET search_path = public, pg_temp AS $$
    BEGIN
        SELECT c.owner, c.private INTO NEW.owner, NEW.private
            FROM contact c WHERE c.id = NEW.contact_id;
        NEW.private := coalesce(NEW.private, true);  -- no such contact: shown to nobody
        NEW.owner := coalesce(NEW.owner, '');
        RETURN NEW;
    END $$""",
    """CREATE TRIGGER contact_search_owner BEFORE INSERT OR UPDATE ON contact_search
        FOR EACH ROW EXECUTE FUNCTION contact_search_take_owner()""",
    """CREATE FUNCTION contact_search_follow_owner() RETURNS trigger LANGUAGE plpgsql
    SECURITY DEFINER SET search_path = public, pg_temp AS $$
    BEGIN
        UPDATE contact_search SET owner = NEW.owner, private = NEW.private
            WHERE contact_id = NEW.id;
        RETURN NULL;
    END $$""",
    """CREATE TRIGGER contact_search_follow_owner AFTER UPDATE OF owner, private ON contact
        FOR EACH ROW WHEN (OLD.owner IS DISTINCT FROM NEW.owner
                           OR OLD.private IS DISTINCT FROM NEW.private)
        EXECUTE FUNCTION contact_search_follow_owner()""",
    "UPDATE contact_search s SET owner = c.owner, private = c.private FROM contact c"
    " WHERE c.id = s.contact_id",
    "DROP POLICY contact_search_visible ON contact_search",
    f"CREATE POLICY contact_search_visible ON contact_search USING {_sees('owner')}"
    " WITH CHECK (true)",
]


POSTGRES_STATEMENTS = [
    _NOTIFY,
    _IS_ADMIN,
    *_policies(),
    *_SEARCH_VISIBILITY,
    "DROP FUNCTION rolodex_sees(text, boolean)",
]


def apply(conn: Any) -> None:
    """Nothing changes in a file (inside the caller's transaction)."""
    for statement in STATEMENTS:
        conn.execute(statement)


def apply_postgres(conn: Any) -> None:
    """Replace the notifying trigger function (inside the caller's transaction)."""
    for statement in POSTGRES_STATEMENTS:
        conn.execute(statement)
