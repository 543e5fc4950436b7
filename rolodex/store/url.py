"""What ``--db`` (or ``ROLODEX_DB``) names: a book file (SQLite) or a PostgreSQL server book.

``postgresql://user@host:port/dbname`` (or ``postgres://``) is a server book; anything else is
a file path. A password may be given in the URL (it is then used, never stored or shown);
otherwise it comes from the keyring, libpq's own ``~/.pgpass`` / ``PGPASSWORD``, or a prompt
(see :mod:`rolodex.store.passwords`). :attr:`PostgresTarget.display` never holds a password.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import parse_qsl, unquote, urlsplit

from rolodex.db import StoreError

SCHEMES = ("postgresql", "postgres")
# libpq connection options a URL may carry in its query string (?sslmode=require ...).
PASSED_OPTIONS = frozenset(
    {"sslmode", "sslrootcert", "sslcert", "sslkey", "connect_timeout", "application_name",
     "target_session_attrs", "passfile", "service"}
)
DEFAULT_CONNECT_TIMEOUT = "5"


@dataclass(frozen=True)
class SqliteTarget:
    """A book in a local file."""

    path: Path

    @property
    def display(self) -> str:
        return str(self.path)


@dataclass(frozen=True)
class PostgresTarget:
    """A book on a PostgreSQL server. ``password`` is only what the URL itself carried."""

    host: str | None
    port: int | None
    dbname: str
    user: str | None
    password: str | None = field(default=None, repr=False, compare=False)
    options: tuple[tuple[str, str], ...] = ()

    @property
    def display(self) -> str:
        """The URL without any password: what messages, settings and the keyring use."""
        who = f"{self.user}@" if self.user else ""
        host = self.host or ""
        if ":" in host:
            host = f"[{host}]"
        elif host.startswith("/"):
            host = host.replace("/", "%2F")
        port = f":{self.port}" if self.port else ""
        return f"postgresql://{who}{host}{port}/{self.dbname}"

    def connect_params(self, password: str | None = None) -> dict[str, str | int]:
        """Keyword arguments for libpq (psycopg.connect), with ``password`` if one is known."""
        params: dict[str, str | int] = {"application_name": "rolodex"}
        params["connect_timeout"] = DEFAULT_CONNECT_TIMEOUT
        params.update(self.options)
        for key, value in (("host", self.host), ("port", self.port), ("user", self.user)):
            if value:
                params[key] = value
        secret = password if password is not None else self.password
        if secret is not None:
            params["password"] = secret
        return params


Target = SqliteTarget | PostgresTarget


def is_server_url(value: str) -> bool:
    return value.split("://", 1)[0].lower() in SCHEMES and "://" in value


def parse_target(value: str | Path) -> Target:
    """Tell a file path from a server URL; StoreError for a URL Rolodex cannot open."""
    text = str(value).strip()
    if isinstance(value, Path) or "://" not in text:
        return SqliteTarget(Path(text).expanduser())
    if not is_server_url(text):
        scheme = text.split("://", 1)[0]
        raise StoreError(
            f"Rolodex cannot open a {scheme}:// book: give a file path or a "
            "postgresql://user@host:port/dbname URL."
        )
    return _parse_postgres(text)


def _parse_postgres(text: str) -> PostgresTarget:
    parts = urlsplit(text)
    try:
        port = parts.port
    except ValueError as exc:
        raise StoreError(f"The port in {_without_password(text)} is not a number.") from exc
    dbname = unquote(parts.path.lstrip("/"))
    if not dbname or "/" in dbname:
        raise StoreError(
            f"{_without_password(text)} names no database: use postgresql://user@host:port/dbname."
        )
    options = []
    for key, val in parse_qsl(parts.query, keep_blank_values=True):
        if key not in PASSED_OPTIONS:
            raise StoreError(f"Unknown connection option {key!r} in the book's URL.")
        options.append((key, val))
    return PostgresTarget(
        host=unquote(parts.hostname) if parts.hostname else None,
        port=port,
        dbname=dbname,
        user=unquote(parts.username) if parts.username else None,
        password=unquote(parts.password) if parts.password is not None else None,
        options=tuple(options),
    )


def _without_password(text: str) -> str:
    parts = urlsplit(text)
    if parts.password is None:
        return text
    netloc = parts.netloc.split("@", 1)[1]
    user = parts.username or ""
    return parts._replace(netloc=f"{user}@{netloc}").geturl()
