"""Shared fixtures: every test gets its own real SQLite book in a temp folder; Qt runs offscreen.

PostgreSQL: ``pg_database`` / ``pg_book`` give each test a fresh database on the server named
by ROLODEX_TEST_PG_URL (``bash packaging/with-test-servers.sh ...`` sets it). Without it they
skip locally and fail on CI, where no test may skip for want of a server.

CardDAV: ``carddav_server`` is the Radicale test server named by ROLODEX_TEST_CARDDAV_URL,
_USER and _PASSWORD (the same script starts it); the same rule on CI."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Tests never read or write the user's real keyring (nor pop up its unlock dialog).
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.null.Keyring"

from rolodex.db import StoreInfo, close_store, open_store  # noqa: E402

DATA = Path(__file__).parent / "data"
SAMPLES = Path(__file__).resolve().parents[2] / "shared" / "samples"


@pytest.fixture(autouse=True)
def _isolated_data_dir(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Nothing a test does may touch the real user data folder."""
    monkeypatch.setenv("ROLODEX_DATA_DIR", str(tmp_path_factory.mktemp("data")))


@pytest.fixture
def book(tmp_path: Path) -> Iterator[StoreInfo]:
    """A fresh, empty book on a real SQLite file, bound as the current database."""
    info = open_store(tmp_path / "book.db")
    yield info
    close_store()


@pytest.fixture
def data_dir() -> Path:
    return DATA


PG_URL_VARIABLE = "ROLODEX_TEST_PG_URL"


@pytest.fixture(scope="session")
def pg_server_url() -> str:
    """The test server's URL (its app role may create databases)."""
    url = os.environ.get(PG_URL_VARIABLE)
    if url:
        return url
    if os.environ.get("CI"):
        pytest.fail(f"{PG_URL_VARIABLE} is not set on CI: run under packaging/with-test-servers.sh")
    pytest.skip(f"no PostgreSQL test server ({PG_URL_VARIABLE} unset; see with-test-servers.sh)")


def _fresh_database(server_url: str) -> str:
    import psycopg

    name = f"t_{os.getpid()}_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(server_url, autocommit=True) as admin:
        admin.execute(f"CREATE DATABASE {name}")
    return urlsplit(server_url)._replace(path=f"/{name}").geturl()


def _drop_database(server_url: str, url: str) -> None:
    import psycopg

    close_store()
    name = urlsplit(url).path[1:]
    with psycopg.connect(server_url, autocommit=True) as admin:
        try:
            admin.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        except psycopg.errors.InsufficientPrivilege:
            # A process of the server's own (autovacuum, just after a big copy) is not ours to
            # terminate; a plain DROP asks it to stop and waits for it.
            admin.execute(f"DROP DATABASE IF EXISTS {name}")


@pytest.fixture
def pg_database(pg_server_url: str) -> Iterator[str]:
    """The URL of a fresh, empty database on the test server, dropped after the test."""
    url = _fresh_database(pg_server_url)
    yield url
    _drop_database(pg_server_url, url)


@pytest.fixture(scope="session")
def _pg_session_book(pg_server_url: str) -> Iterator[str]:
    """One migrated database per test process (creating one per test costs ~0.5 s)."""
    from rolodex.store import open_book

    url = _fresh_database(pg_server_url)
    open_book(url)
    close_store()
    yield url
    _drop_database(pg_server_url, url)


@pytest.fixture
def pg_book(_pg_session_book: str) -> Iterator[str]:
    """An empty, migrated book on the test server, bound as the current database (ids start
    at 1, as in a new file); yields its URL. Emptied again after the test."""
    from rolodex.db import database
    from rolodex.store import open_book

    open_book(_pg_session_book)
    yield _pg_session_book
    close_store()
    kept = {"book", "schema_version", "change_counter"}
    tables = ", ".join(t for t in database.get_tables() if t not in kept)
    database.execute_sql(f"TRUNCATE {tables} RESTART IDENTITY CASCADE")
    _seed_rows()
    close_store()


def _seed_rows() -> None:
    """Put back the rows migrations seed (the default pipeline stages), as in a new book."""
    from rolodex.migrations.m0006_deals import DEFAULT_STAGES
    from rolodex.models import Stage

    rows = [
        {"name": name, "probability": chance, "position": i, "outcome": outcome}
        for i, (name, chance, outcome) in enumerate(DEFAULT_STAGES, start=1)
    ]
    Stage.insert_many(rows).execute()
CARDDAV_VARIABLES = ("ROLODEX_TEST_CARDDAV_URL", "ROLODEX_TEST_CARDDAV_USER")


@pytest.fixture(scope="session")
def carddav_server() -> tuple[str, str, str]:
    """(server root URL, user, password) of the CardDAV test server."""
    url, user = (os.environ.get(name) for name in CARDDAV_VARIABLES)
    if url and user:
        return url, user, os.environ.get("ROLODEX_TEST_CARDDAV_PASSWORD", "")
    if os.environ.get("CI"):
        pytest.fail("ROLODEX_TEST_CARDDAV_URL is not set on CI: run under with-test-servers.sh")
    pytest.skip("no CardDAV test server (ROLODEX_TEST_CARDDAV_URL unset; see with-test-servers.sh)")


@pytest.fixture(params=["sqlite", "postgresql"])
def any_book(request: pytest.FixtureRequest) -> str:
    """A fresh bound book on each backend in turn; yields what ``--db`` would name."""
    if request.param == "sqlite":
        return str(request.getfixturevalue("book").path)
    return str(request.getfixturevalue("pg_book"))
