"""The people using the book (``book_user``) and who is acting now, on either backend.

Who is acting: ``--user NAME`` (:func:`act_as`) or ``ROLODEX_USER``; else, on a server book,
the PostgreSQL login (``current_user``: what row-level security and grants see); else the OS
login. Every activity, follow-up, edit, merge and deletion records it.
"""

from __future__ import annotations

import getpass
import os
from typing import Any

import peewee

from rolodex.db import bound_database, database
from rolodex.models import BookUser
from rolodex.models.base import utc_now
from rolodex.store.rows import tuples
from rolodex.team.records import User

USER_ENV = "ROLODEX_USER"
_acting: str | None = None
_server_logins: dict[int, str] = {}


def act_as(login: str | None) -> None:
    """Record later actions as ``login`` (None: back to the default); on an open server
    book its connection says so too (:func:`announce`)."""
    global _acting
    _acting = login.strip() if login and login.strip() else None
    db = database.obj
    if db is not None and isinstance(db, peewee.PostgresqlDatabase) and not db.is_closed():
        announce(db.connection())  # type: ignore[no-untyped-call]


def overridden_login() -> str | None:
    """The name given by ``--user`` (:func:`act_as`) or ``ROLODEX_USER``, if any."""
    return _acting or os.environ.get(USER_ENV, "").strip() or None


def acting_login() -> str:
    """The login the next action is recorded under."""
    given = overridden_login()
    if given:
        return given
    server = server_login()
    return server if server is not None else os_login()


def announce(conn: Any, *, jit: bool | None = None) -> None:
    """Tell a server connection who is acting (the session setting ``rolodex.user``, which
    the change notifications report as "by"; empty: the login itself), and with ``jit``
    whether the server may JIT-compile. Row-level security never reads ``rolodex.user``:
    what a session may see stays its login's."""
    sql = "SELECT set_config('rolodex.user', %s, false)"
    if jit is not None:
        sql += f", set_config('jit', '{'on' if jit else 'off'}', false)"
    with conn.cursor() as cursor:
        cursor.execute(sql, (overridden_login() or "",))


def server_login() -> str | None:
    """The PostgreSQL login of the bound server book (None on a file); asked once per book."""
    db = bound_database()
    if not isinstance(db, peewee.PostgresqlDatabase):  # not through the server side: a file
        return None
    key = id(db)
    if key not in _server_logins:
        row = db.execute_sql("SELECT current_user::text").fetchone()  # type: ignore[no-untyped-call]
        _server_logins[key] = str(row[0])
    return _server_logins[key]


def os_login() -> str:
    """The operating system's login name (``local`` if it has none)."""
    try:
        return getpass.getuser() or "local"
    except (OSError, KeyError):  # no login name in the environment or the password database
        return "local"


def _user(row: tuple[str, str, str]) -> User:
    return User(login=row[0], display_name=row[1], role=row[2])


def _select() -> Any:
    return BookUser.select(BookUser.login, BookUser.display_name, BookUser.role)


def all_users() -> list[User]:
    """Everyone listed in the book, by login."""
    return [_user(r) for r in tuples(_select().order_by(BookUser.login))]


def get_user(login: str) -> User | None:
    found = list(tuples(_select().where(BookUser.login == login)))
    return _user(found[0]) if found else None


def put_user(user: User) -> None:
    """Add ``user`` or overwrite its name and role (caller holds the transaction)."""
    BookUser.insert(
        login=user.login, display_name=user.display_name, role=user.role, created_at=utc_now()
    ).on_conflict(
        conflict_target=[BookUser.login],
        update={BookUser.display_name: user.display_name, BookUser.role: user.role},
    ).execute()


def delete_user(login: str) -> bool:
    """Remove ``login`` from the book's users; False if it was not there."""
    return bool(BookUser.delete().where(BookUser.login == login).execute())


def display_names(logins: set[str]) -> dict[str, str]:
    """The display names of those ``logins`` that have one."""
    if not logins:
        return {}
    query = BookUser.select(BookUser.login, BookUser.display_name).where(
        BookUser.login.in_(sorted(logins)), BookUser.display_name != ""
    )
    return dict(tuples(query))
