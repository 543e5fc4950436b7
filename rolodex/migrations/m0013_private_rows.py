"""Schema version 13: the rest of what hangs off a private contact is private too (issue 11).

Migrations 8 and 12 hid a private contact or company, and its emails, phones, addresses,
follow-ups, activities, search rows and change log, from everyone but its owner and the
book's administrators. Other tables still copied its details where another login's own SQL
client could read them: a deal's title and notes, the address and email a campaign froze for
it and its responses, its lifecycle history, what an import merged into it
(``import_item.added``), and the card a sync account keeps of it (``sync_item.vcard``) with
its open sync conflicts (both values of a field). Each now follows the visibility of the
contact (and company) it belongs to, as the child tables of migration 8 do: a row is seen when
its contact is. Rows not tied to a contact (a deal of a company only, a company's history) follow
their company.

Writes are not narrowed (``WITH CHECK (true)``): the book's roles already say who may write.
The owner of the book's tables (the login that made it) is not subject to row-level security,
as before. Nothing changes in a file.
"""

from __future__ import annotations

from typing import Any

STATEMENTS: list[str] = []

_CONTACT = "EXISTS (SELECT 1 FROM contact c WHERE c.id = {column})"
_COMPANY = "EXISTS (SELECT 1 FROM company c WHERE c.id = {column})"


def _follows(table: str, condition: str) -> list[str]:
    return [
        f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY",
        f"CREATE POLICY {table}_visible ON {table} USING ({condition}) WITH CHECK (true)",
    ]


def _contact_or_null(column: str = "contact_id") -> str:
    return f"({column} IS NULL OR {_CONTACT.format(column=column)})"


def _company_or_null(column: str = "company_id") -> str:
    return f"({column} IS NULL OR {_COMPANY.format(column=column)})"


POSTGRES_STATEMENTS = [
    *_follows("deal", f"{_contact_or_null()} AND {_company_or_null()}"),
    *_follows("lifecycle_change", f"{_contact_or_null()} AND {_company_or_null()}"),
    *_follows("campaign_recipient", _contact_or_null()),
    *_follows("campaign_response", _CONTACT.format(column="contact_id")),
    *_follows("sync_item", _contact_or_null()),
    *_follows("sync_conflict", _contact_or_null()),
    *_follows(
        "import_item",
        "entity NOT IN ('contact', 'company')"
        f" OR (entity = 'contact' AND {_CONTACT.format(column='entity_id')})"
        f" OR (entity = 'company' AND {_COMPANY.format(column='entity_id')})",
    ),
]


def apply(conn: Any) -> None:
    """Nothing changes in a file (inside the caller's transaction)."""
    for statement in STATEMENTS:
        conn.execute(statement)


def apply_postgres(conn: Any) -> None:
    """Let the remaining copies of a contact's details follow its visibility (inside the
    caller's transaction)."""
    for statement in POSTGRES_STATEMENTS:
        conn.execute(statement)
