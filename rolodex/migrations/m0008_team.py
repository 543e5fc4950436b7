"""Schema version 8: a team on one book (issue 11) — who did what, whose it is, what is private.

- ``book_user``: the people using the book (login → display name, role admin|editor|reader).
  On a server the login is the PostgreSQL role; on a file, the OS login.
- ``created_by`` on ``activity``, ``followup`` and ``import_batch``; ``assignee`` on
  ``followup`` (whose Today it shows in).
- ``owner`` (the account manager's login) and ``private`` on ``contact`` and ``company``;
  ``private`` on ``activity`` (its owner is ``created_by``).
- ``change_log``: one row per edit, merge, deletion or restore of a contact or company: who,
  when, the revision it left the row at, and for an edit the fields it changed as JSON
  ``{"field": [old, new]}`` — what the conflict-merging save reads to tell who changed what.

PostgreSQL also gets what only a server can enforce or deliver:
- row-level security: a private contact, company or activity (and everything hanging off a
  contact) is visible to its owner and the book's administrators only, in any SQL client; the
  book's owner role (which runs the migrations) is the table owner and is not subject to it;
- ``NOTIFY rolodex_changes`` from statement-level triggers on contact, company, activity and
  followup, carrying the Change a service returns (entity, ids, kind) plus who made it, for
  live views in other clients (ids are left out past 500: "reload everything").
"""

from __future__ import annotations

from typing import Any

STATEMENTS = [
    """CREATE TABLE book_user (
        login TEXT PRIMARY KEY,
        display_name TEXT NOT NULL DEFAULT '',
        role TEXT NOT NULL DEFAULT 'editor',
        created_at TEXT NOT NULL
    )""",
    "ALTER TABLE contact ADD COLUMN owner TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE contact ADD COLUMN private INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE company ADD COLUMN owner TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE company ADD COLUMN private INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE activity ADD COLUMN created_by TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE activity ADD COLUMN private INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE followup ADD COLUMN created_by TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE followup ADD COLUMN assignee TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE import_batch ADD COLUMN created_by TEXT NOT NULL DEFAULT ''",
    """CREATE TABLE change_log (
        id INTEGER PRIMARY KEY,
        entity TEXT NOT NULL,
        entity_id INTEGER NOT NULL,
        action TEXT NOT NULL,
        revision INTEGER NOT NULL DEFAULT 0,
        fields TEXT NOT NULL DEFAULT '',
        done_by TEXT NOT NULL DEFAULT '',
        done_at TEXT NOT NULL
    )""",
    "CREATE INDEX change_log_entity ON change_log(entity, entity_id, revision)",
    "CREATE INDEX contact_owner ON contact(owner)",
    "CREATE INDEX followup_assignee ON followup(assignee)",
]


def apply(conn: Any) -> None:
    """Add users, authorship, ownership and the change log (inside the caller's transaction)."""
    for statement in STATEMENTS:
        conn.execute(statement)


_C = 'COLLATE "C"'
CONTACT_CHILDREN = (
    "email", "phone", "address", "website", "im", "contact_tag", "contact_photo",
    "extra_property", "followup", "contact_search",
)  # fmt: skip
"""Tables whose rows belong to one contact: visible exactly when their contact is."""
NOTIFIED = ("contact", "company", "activity", "followup")

_SEES = """CREATE FUNCTION rolodex_sees(row_owner text, row_private boolean)
    RETURNS boolean LANGUAGE sql STABLE AS $$
    SELECT NOT row_private OR row_owner = current_user::text OR EXISTS (
        SELECT 1 FROM pg_roles r
        WHERE r.rolname = current_database() || '_admin'
          AND pg_has_role(current_user, r.oid, 'MEMBER'))
$$"""

_NOTIFY = """CREATE FUNCTION rolodex_notify_change() RETURNS trigger LANGUAGE plpgsql AS $$
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
        'by', current_user::text)::text);
    RETURN NULL;
END $$"""


def _policies() -> list[str]:
    statements = []
    for table in ("contact", "company"):
        statements += [
            f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY",
            f"CREATE POLICY {table}_visible ON {table} USING (rolodex_sees(owner, private))"
            " WITH CHECK (true)",
        ]
    statements += [
        "ALTER TABLE activity ENABLE ROW LEVEL SECURITY",
        "CREATE POLICY activity_visible ON activity USING (rolodex_sees(created_by, private)"
        " AND (contact_id IS NULL OR EXISTS (SELECT 1 FROM contact c WHERE c.id = contact_id)))"
        " WITH CHECK (true)",
    ]
    for table in CONTACT_CHILDREN:
        statements += [
            f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY",
            f"CREATE POLICY {table}_visible ON {table}"
            " USING (EXISTS (SELECT 1 FROM contact c WHERE c.id = contact_id)) WITH CHECK (true)",
        ]
    return statements


def _notify_triggers() -> list[str]:
    statements = []
    for table in NOTIFIED:
        for op, ref in (("INSERT", "NEW"), ("UPDATE", "NEW"), ("DELETE", "OLD")):
            rows = "new_rows" if ref == "NEW" else "old_rows"
            statements.append(
                f"CREATE TRIGGER {table}_notify_{op.lower()} AFTER {op} ON {table}"
                f" REFERENCING {ref} TABLE AS {rows} FOR EACH STATEMENT"
                f" EXECUTE FUNCTION rolodex_notify_change('{table}')"
            )
    return statements


POSTGRES_STATEMENTS = [
    f"""CREATE TABLE book_user (
        login TEXT {_C} PRIMARY KEY,
        display_name TEXT {_C} NOT NULL DEFAULT '',
        role TEXT {_C} NOT NULL DEFAULT 'editor',
        created_at TEXT {_C} NOT NULL
    )""",
    f"ALTER TABLE contact ADD COLUMN owner TEXT {_C} NOT NULL DEFAULT ''",
    "ALTER TABLE contact ADD COLUMN private BOOLEAN NOT NULL DEFAULT FALSE",
    f"ALTER TABLE company ADD COLUMN owner TEXT {_C} NOT NULL DEFAULT ''",
    "ALTER TABLE company ADD COLUMN private BOOLEAN NOT NULL DEFAULT FALSE",
    f"ALTER TABLE activity ADD COLUMN created_by TEXT {_C} NOT NULL DEFAULT ''",
    "ALTER TABLE activity ADD COLUMN private BOOLEAN NOT NULL DEFAULT FALSE",
    f"ALTER TABLE followup ADD COLUMN created_by TEXT {_C} NOT NULL DEFAULT ''",
    f"ALTER TABLE followup ADD COLUMN assignee TEXT {_C} NOT NULL DEFAULT ''",
    f"ALTER TABLE import_batch ADD COLUMN created_by TEXT {_C} NOT NULL DEFAULT ''",
    f"""CREATE TABLE change_log (
        id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
        entity TEXT {_C} NOT NULL,
        entity_id BIGINT NOT NULL,
        action TEXT {_C} NOT NULL,
        revision INTEGER NOT NULL DEFAULT 0,
        fields TEXT {_C} NOT NULL DEFAULT '',
        done_by TEXT {_C} NOT NULL DEFAULT '',
        done_at TEXT {_C} NOT NULL
    )""",
    "CREATE INDEX change_log_entity ON change_log(entity, entity_id, revision)",
    "CREATE INDEX contact_owner ON contact(owner)",
    "CREATE INDEX followup_assignee ON followup(assignee)",
    _SEES,
    *_policies(),
    _NOTIFY,
    *_notify_triggers(),
]


def apply_postgres(conn: Any) -> None:
    """The same on PostgreSQL, with row-level security and change notifications."""
    for statement in POSTGRES_STATEMENTS:
        conn.execute(statement)
