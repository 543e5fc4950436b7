"""PostgreSQL errors the user or the environment causes, as one clear line each.

Server down, wrong or missing password, no such database or user, not allowed from this
computer, the connection lost mid-edit, a read-only or full server, a clash with another user's
edit. Anything else is a bug and is not translated (:func:`translate_pg_error` returns None).
The libpq wording is matched as well as the SQLSTATE, since errors raised while connecting
often carry no SQLSTATE.
"""

from __future__ import annotations

from rolodex.db import StoreError


class PasswordError(StoreError):
    """The server wants a password we do not have, or rejected the one given: ask again."""

    def __init__(self, message: str, *, missing: bool) -> None:
        super().__init__(message)
        self.missing = missing


_LOST = (
    "server closed the connection",
    "connection is lost",
    "connection is closed",
    "terminating connection",
    "consuming input failed",
    "connection to server was lost",
    "could not receive data",
    "could not send data",
    "ssl syscall error",
    "connection has been closed",
)
_UNREACHABLE = (
    "connection refused",
    "could not connect",
    "timeout expired",
    "could not translate host name",
    "name or service not known",
    "no route to host",
    "network is unreachable",
    "no such file or directory",
)


def driver_error(exc: BaseException) -> BaseException:
    """The driver's own exception inside Peewee's wrapper (Peewee passes it as the first arg)."""
    if exc.args and isinstance(exc.args[0], BaseException):
        return exc.args[0]
    return exc.__context__ if exc.__context__ is not None else exc


def _sqlstate(exc: BaseException) -> str:
    return str(getattr(driver_error(exc), "sqlstate", None) or "")


def translate_pg_error(exc: BaseException, display: str, user: str | None) -> StoreError | None:
    """The StoreError for an error the environment caused; None for a bug."""
    state, text = _sqlstate(exc), str(driver_error(exc)).lower()
    who = user or "this user"
    if "no password supplied" in text:
        return PasswordError(f"The server needs a password for {who} ({display}).", missing=True)
    if state == "28P01" or "password authentication failed" in text:
        return PasswordError(f"Wrong password for {who} on {display}.", missing=False)
    if state == "3D000" or ("database" in text and "does not exist" in text):
        return StoreError(
            f"There is no such database on the server: {display}. Ask its administrator to "
            "create it (empty, owned by your user)."
        )
    if "role" in text and "does not exist" in text:
        return StoreError(f"The server does not know the user {who} ({display}).")
    if state == "28000" or "pg_hba.conf" in text:
        return StoreError(f"The server does not let {who} connect from this computer ({display}).")
    if state.startswith("08") or state in {"57P01", "57P02", "57P03"} or _has(text, _LOST):
        return StoreError(
            f"The connection to the server was lost ({display}); nothing was saved. Try again."
        )
    if _has(text, _UNREACHABLE):
        return StoreError(
            f"Cannot reach the PostgreSQL server for {display}: is it running, and is the "
            "address right?"
        )
    return _while_working(state, display, who)


def _while_working(state: str, display: str, who: str) -> StoreError | None:
    if state == "25006":
        return StoreError(f"The server {display} is read-only; nothing was changed.")
    if state in {"53100", "53200"}:
        return StoreError(f"The server {display} is out of space; nothing was changed.")
    if state == "42501":
        return StoreError(f"{who} may not change this book ({display}): permission denied.")
    if state in {"40001", "40P01", "55P03"}:
        return StoreError(
            "Someone else changed the same data at the same moment; nothing was saved. Try again."
        )
    return None


def _has(text: str, needles: tuple[str, ...]) -> bool:
    return any(needle in text for needle in needles)
