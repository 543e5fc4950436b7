"""The people using the book: who you are, and (administrators) who else may use it.

On a file the one local user is the book's administrator. On a server, ``users add LOGIN``
lists an existing PostgreSQL login in the book with a display name and a role, and grants it
its role's group (:mod:`rolodex.store.postgres.roles`): what the server itself enforces.
"""

from __future__ import annotations

from rolodex.db import StoreError, bound_database
from rolodex.store import users as store
from rolodex.store.backend import dialect
from rolodex.store.transactions import writing
from rolodex.team.records import ROLES, User

MAX_LOGIN = 63
"""PostgreSQL's limit on a role name; kept on files too, so a file's users can move over."""


class UserService:
    """List, add, re-role and remove the book's users; say who is acting."""

    def me(self) -> User:
        """The acting user, with the display name and role the book keeps for it."""
        login = store.acting_login()
        known = store.get_user(login)
        if known is not None:
            return known
        return User(login, "", self._implied_role(login))

    def list(self) -> list[User]:
        """Everyone listed in the book (on a file with none listed: the local user)."""
        users = store.all_users()
        me = self.me()
        if dialect() == "sqlite" and me.login not in {u.login for u in users}:
            return sorted([*users, me], key=lambda u: u.login)  # the file's local user
        return users

    def add(self, login: str, display_name: str = "", role: str = "editor") -> User:
        """List ``login`` in the book with ``role`` (granted on a server)."""
        user = User(_checked_login(login), " ".join(display_name.split()), _checked_role(role))
        with writing():
            if dialect() == "postgres":
                from rolodex.store.postgres import roles

                roles.grant(bound_database(), user.login, user.role)
            store.put_user(user)
        return user

    def set_role(self, login: str, role: str) -> User:
        """Give a listed user another role."""
        known = store.get_user(login)
        if known is None:
            raise StoreError(f"{login} is not a user of this book (see: rolodex users list).")
        return self.add(login, known.display_name, role)

    def remove(self, login: str) -> None:
        """Take ``login`` off the book's users (and, on a server, out of its groups)."""
        with writing():
            if not store.delete_user(login):
                raise StoreError(f"{login} is not a user of this book (see: rolodex users list).")
            if dialect() == "postgres":
                from rolodex.store.postgres import roles

                roles.revoke(bound_database(), login)

    def names(self, logins: set[str]) -> dict[str, str]:
        """Display names for ``logins`` (the login itself where the book has none)."""
        known = store.display_names({login for login in logins if login})
        return {login: known.get(login, login) for login in logins}

    def _implied_role(self, login: str) -> str:
        if dialect() == "sqlite":
            return "admin"
        from rolodex.store.postgres import roles

        return roles.role_of(bound_database(), login) or "admin"


def _checked_login(login: str) -> str:
    name = login.strip()
    if not name or len(name) > MAX_LOGIN or any(ch.isspace() or ch == '"' for ch in name):
        raise StoreError(f"{login!r} is not a login name (1 to {MAX_LOGIN} characters, no spaces).")
    return name


def _checked_role(role: str) -> str:
    if role not in ROLES:
        raise StoreError(f"The role must be one of {', '.join(ROLES)}, not {role!r}.")
    return role
