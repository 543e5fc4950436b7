"""An office on the test server: a fresh book (owned by the server's app role, its admin) and
colleagues' own PostgreSQL logins, listed in the book as editors or readers with
``rolodex users add`` (so the grants under test are the ones the command makes)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from urllib.parse import urlsplit

import pytest

COLLEAGUES = {"alice": "editor", "bob": "editor", "rita": "reader"}


def rolodex(*args: str, user: str | None = None) -> subprocess.CompletedProcess[str]:
    """Run the CLI in a real process (``user``: as ROLODEX_USER)."""
    env = {k: v for k, v in os.environ.items() if k != "ROLODEX_USER"}
    if user:
        env["ROLODEX_USER"] = user
    return subprocess.run(
        [sys.executable, "-m", "rolodex", *args],
        capture_output=True, text=True, timeout=60, env=env,
    )  # fmt: skip


def ok(*args: str, user: str | None = None) -> str:
    done = rolodex(*args, user=user)
    assert done.returncode == 0, done.stderr
    return done.stdout


def as_json(*args: str) -> object:
    return json.loads(ok(*args))


@dataclass
class Office:
    """The book's URL for its owner (an administrator) and for each colleague's login."""

    admin: str
    urls: dict[str, str]
    logins: dict[str, str]


def _with_login(url: str, login: str, password: str) -> str:
    parts = urlsplit(url)
    host = parts.netloc.rsplit("@", 1)[1]
    return parts._replace(netloc=f"{login}:{password}@{host}").geturl()


@pytest.fixture
def office(pg_database: str, pg_server_url: str) -> Iterator[Office]:
    import psycopg

    suffix = uuid.uuid4().hex[:8]
    logins = {name: f"{name}_{suffix}" for name in COLLEAGUES}
    password = uuid.uuid4().hex
    with psycopg.connect(pg_server_url, autocommit=True) as admin:
        for login in logins.values():
            admin.execute(f"CREATE ROLE {login} LOGIN PASSWORD '{password}'")
            # Membership lets the teardown's DROP ... WITH (FORCE) end a colleague's session.
            admin.execute(f"GRANT {login} TO CURRENT_USER")
    ok("--db", pg_database, "stats")  # creates the book (as its owner)
    for name, role in COLLEAGUES.items():
        ok("--db", pg_database, "users", "add", logins[name], "--name", name.title(),
           "--role", role)  # fmt: skip
    urls = {name: _with_login(pg_database, login, password) for name, login in logins.items()}
    yield Office(pg_database, urls, logins)
    dbname = urlsplit(pg_database).path[1:]
    with psycopg.connect(pg_server_url, autocommit=True) as admin:
        try:
            admin.execute(f"DROP DATABASE IF EXISTS {dbname} WITH (FORCE)")
        except psycopg.errors.InsufficientPrivilege:  # a server process (autovacuum): a plain
            admin.execute(f"DROP DATABASE IF EXISTS {dbname}")  # DROP waits for it
        for login in logins.values():
            admin.execute(f"DROP ROLE IF EXISTS {login}")
        for role in ("admin", "editor", "reader"):
            admin.execute(f'DROP ROLE IF EXISTS "{dbname}_{role}"')
