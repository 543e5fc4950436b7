"""The server side of a book's roles: one group role per role and book, the grants each
needs, and the membership of each user's login (issue 11).

The groups are named ``<database>_admin``, ``<database>_editor`` and ``<database>_reader`` (roles
are the cluster's, grants the database's: two books on one server keep apart). Readers may
SELECT; editors may also INSERT, UPDATE and DELETE (not the list of users, nor the book's
identity or schema version); admins may also manage the list of users and see private rows
(the row-level security of migration 8 asks for membership of ``<database>_admin``).
Granting needs a login with CREATEROLE (the book's owner, usually). Raw SQL: roles and grants
are PostgreSQL's own.
"""

from __future__ import annotations

from typing import Any

import peewee

from rolodex.db import StoreError
from rolodex.migrations import m0014_search_functions, m0015_search_flagged
from rolodex.team.records import ROLES

SEARCH_FUNCTIONS = (*m0014_search_functions.FUNCTIONS, *m0015_search_flagged.FUNCTIONS)
KEPT_FROM_EDITORS = ("book_user", "book", "schema_version")


def quoted(name: str) -> str:
    """``name`` as an SQL identifier."""
    return '"' + name.replace('"', '""') + '"'


def _run(db: peewee.Database, sql: str, params: tuple[object, ...] = ()) -> Any:
    return db.execute_sql(sql, params)  # type: ignore[no-untyped-call]


def _scalar(db: peewee.Database, sql: str, params: tuple[object, ...] = ()) -> object:
    row = _run(db, sql, params).fetchone()
    return row[0] if row else None


def group(db: peewee.Database, role: str) -> str:
    """The group role of ``role`` in the bound book."""
    return f"{_scalar(db, 'SELECT current_database()')}_{role}"


def login_exists(db: peewee.Database, login: str) -> bool:
    sql = "SELECT count(*) FROM pg_roles WHERE rolname = %s AND rolcanlogin"
    return bool(_scalar(db, sql, (login,)))


def ensure_groups(db: peewee.Database) -> None:
    """Create the book's three groups if missing and (re)grant what each may do (idempotent:
    tables added by later migrations are covered the next time)."""
    dbname = str(_scalar(db, "SELECT current_database()"))
    for role in ROLES:
        name = group(db, role)
        if not _scalar(db, "SELECT count(*) FROM pg_roles WHERE rolname = %s", (name,)):
            _run(db, f"CREATE ROLE {quoted(name)} NOLOGIN")
        _run(db, f"GRANT CONNECT ON DATABASE {quoted(dbname)} TO {quoted(name)}")
        _run(db, f"GRANT USAGE ON SCHEMA public TO {quoted(name)}")
        _run(db, f"GRANT SELECT ON ALL TABLES IN SCHEMA public TO {quoted(name)}")
    writers = f"{quoted(group(db, 'editor'))}, {quoted(group(db, 'admin'))}"
    _run(db, f"GRANT INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {writers}")
    _run(db, f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {writers}")
    groups = ", ".join(quoted(group(db, role)) for role in ROLES)
    _run(db, f"GRANT EXECUTE ON FUNCTION {', '.join(SEARCH_FUNCTIONS)} TO {groups}")
    kept = ", ".join(KEPT_FROM_EDITORS)
    editor = quoted(group(db, "editor"))
    _run(db, f"REVOKE INSERT, UPDATE, DELETE ON {kept} FROM {editor}")


def grant(db: peewee.Database, login: str, role: str) -> None:
    """Make ``login`` a member of ``role``'s group only; StoreError if there is no such login."""
    if not login_exists(db, login):
        raise StoreError(
            f"The server has no login {login!r}: create it first (CREATE ROLE {login} LOGIN "
            "PASSWORD '...'), then add it to the book."
        )
    ensure_groups(db)
    revoke(db, login)
    _run(db, f"GRANT {quoted(group(db, role))} TO {quoted(login)}")


def revoke(db: peewee.Database, login: str) -> None:
    """Take ``login`` out of every group of the book (its login stays)."""
    for role in ROLES:
        name = group(db, role)
        member = (
            "SELECT count(*) FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid"
            " JOIN pg_roles u ON u.oid = m.member WHERE g.rolname = %s AND u.rolname = %s"
        )
        if _scalar(db, member, (name, login)):
            _run(db, f"REVOKE {quoted(name)} FROM {quoted(login)}")


def role_of(db: peewee.Database, login: str) -> str | None:
    """The role whose group ``login`` is a member of (None: none)."""
    for role in ROLES:
        name = group(db, role)
        exists = _scalar(db, "SELECT count(*) FROM pg_roles WHERE rolname = %s", (name,))
        if exists and _scalar(db, "SELECT pg_has_role(%s, %s, 'MEMBER')", (login, name)):
            return role
    return None
