"""Opening a book on a real PostgreSQL server: migrations, a newer schema refused untouched,
passwords from the URL, the keyring or a prompt, and one clear line for every error a user can
cause (server down, wrong password, no such database, the connection lost mid-edit)."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import keyring
import keyring.backend
import psycopg
import pytest

from rolodex.db import StoreError, StoreInfo, close_store, database
from rolodex.migrations import LATEST_VERSION, chain
from rolodex.models import Contact
from rolodex.models.base import utc_now
from rolodex.store import open_book
from rolodex.store.postgres.connection import ServerBookInfo
from rolodex.store.postgres.errors import PasswordError
from rolodex.store.transactions import writing


def with_password(url: str, password: str | None) -> str:
    parts = urlsplit(url)
    user = parts.username or ""
    secret = f":{password}" if password is not None else ""
    return parts._replace(netloc=f"{user}{secret}@{parts.hostname}:{parts.port}").geturl()


def password_of(url: str) -> str:
    return urlsplit(url).password or ""


@pytest.fixture
def no_libpq_password(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("PGPASSWORD", raising=False)
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "no-pgpass"))


class MemoryKeyring(keyring.backend.KeyringBackend):
    """A keyring in memory (the real backends need a desktop session)."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.saved: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.saved.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.saved[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.saved.pop((service, username), None)


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    ring = MemoryKeyring()
    keyring.set_keyring(ring)
    yield ring
    keyring.set_keyring(previous)


def server_version(url: str) -> int:
    with psycopg.connect(url) as conn:
        row = conn.execute("SELECT version FROM schema_version").fetchone()
        return int(row[0]) if row else -1


def table_count(url: str) -> int:
    with psycopg.connect(url) as conn:
        row = conn.execute(
            "SELECT count(*) FROM pg_tables WHERE schemaname = current_schema()"
        ).fetchone()
        return int(row[0]) if row else 0


def test_a_new_server_book_is_migrated_to_the_latest_schema(pg_database: str) -> None:
    info = open_book(pg_database)
    assert isinstance(info, ServerBookInfo) and info.version == LATEST_VERSION
    assert "@" in info.url and password_of(pg_database) not in info.url
    assert database.execute_sql("SELECT count(*) FROM book").fetchone()[0] == 1
    close_store()
    assert open_book(pg_database).version == LATEST_VERSION  # a second open changes nothing
    assert server_version(pg_database) == LATEST_VERSION


def test_a_path_still_opens_a_file_book(tmp_path: Path) -> None:
    info = open_book(tmp_path / "office.db")
    assert isinstance(info, StoreInfo) and info.version == LATEST_VERSION
    close_store()


def test_a_server_at_a_newer_schema_is_refused_untouched(pg_database: str) -> None:
    open_book(pg_database)
    close_store()
    with psycopg.connect(pg_database) as conn:
        conn.execute("UPDATE schema_version SET version = 99")
    tables = table_count(pg_database)
    with pytest.raises(StoreError, match=r"newer version of Rolodex \(schema 99.*left untouched"):
        open_book(pg_database)
    assert server_version(pg_database) == 99 and table_count(pg_database) == tables


def test_a_database_holding_other_tables_is_not_taken_over(pg_database: str) -> None:
    with psycopg.connect(pg_database) as conn:
        conn.execute("CREATE TABLE invoices (id int)")
    with pytest.raises(StoreError, match="not a Rolodex book; use an empty database"):
        open_book(pg_database)
    assert table_count(pg_database) == 1


def test_an_old_server_book_is_upgraded_with_its_data(pg_database: str) -> None:
    with psycopg.connect(pg_database) as conn:
        conn.execute("CREATE TABLE schema_version (version INTEGER NOT NULL)")
        conn.execute("INSERT INTO schema_version VALUES (2)")
        for migration in chain()[:2]:
            migration.apply_postgres(conn)
        conn.execute("INSERT INTO import_batch(created_at) VALUES ('2026-01-01')")
        for name, key in (("Bodil", b"b"), ("Cato", b"c"), ("Anna", b"a")):
            conn.execute(
                "INSERT INTO contact(display_name, sort_key, import_batch_id, created_at,"
                " updated_at) VALUES (%s, %s, 1, '2026-01-01', '2026-01-01')",
                (name, key),
            )
    assert open_book(pg_database).version == LATEST_VERSION
    in_order = [c.display_name for c in Contact.select().order_by(Contact.sortpos)]
    assert in_order == ["Anna", "Bodil", "Cato"]
    assert {c.sortpos for c in Contact.select()} == {k << 32 for k in (1, 2, 3)}
    assert all(len(c.uid) == 36 for c in Contact.select())
    owned = database.execute_sql("SELECT count(*) FROM import_item WHERE action = 'created'")
    assert owned.fetchone()[0] == 3


def test_server_down_is_one_clear_line(pg_server_url: str) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    url = urlsplit(pg_server_url)._replace(netloc=f"rolodex@127.0.0.1:{port}").geturl()
    with pytest.raises(StoreError, match="Cannot reach the PostgreSQL server.*is it running"):
        open_book(url)


def test_wrong_password_is_one_clear_line(pg_database: str) -> None:
    with pytest.raises(PasswordError, match="Wrong password for rolodex") as caught:
        open_book(with_password(pg_database, "not-it"))
    assert "not-it" not in str(caught.value)


def test_no_such_database_is_one_clear_line(pg_server_url: str) -> None:
    url = urlsplit(pg_server_url)._replace(path="/no_such_book").geturl()
    with pytest.raises(StoreError, match="no such database on the server.*no_such_book"):
        open_book(url)


@pytest.mark.usefixtures("no_libpq_password")
def test_a_missing_password_is_asked_for_and_remembered_if_wanted(
    pg_database: str, memory_keyring: MemoryKeyring
) -> None:
    from rolodex.store.postgres.connection import open_postgres
    from rolodex.store.url import PostgresTarget, parse_target

    bare = with_password(pg_database, None)
    asked: list[str] = []
    with pytest.raises(PasswordError, match="needs a password"):
        open_book(bare)
    target = parse_target(bare)
    assert isinstance(target, PostgresTarget)

    def prompt(url: str) -> str:
        asked.append(url)
        return "wrong" if len(asked) == 1 else password_of(pg_database)

    open_postgres(target, prompt=prompt, remember=True)
    close_store()
    assert asked == [target.display, target.display]
    assert memory_keyring.saved == {("rolodex", target.display): password_of(pg_database)}
    open_book(bare, prompt=lambda url: pytest.fail("the keyring had it"))  # no prompt now


@pytest.mark.usefixtures("no_libpq_password")
def test_giving_up_at_the_prompt_opens_nothing(pg_database: str) -> None:
    with pytest.raises(PasswordError, match="needs a password"):
        open_book(with_password(pg_database, None), prompt=lambda url: None)
    assert database.obj is None or database.obj.database != urlsplit(pg_database).path[1:]


def _add(name: str) -> None:
    now = utc_now()
    Contact.create(display_name=name, created_at=now, updated_at=now)


def test_a_lost_connection_saves_nothing_half_and_the_next_save_works(
    pg_book: str, pg_server_url: str
) -> None:
    pid = database.execute_sql("SELECT pg_backend_pid()").fetchone()[0]
    lost = "connection to the server was lost.*nothing was saved"
    with pytest.raises(StoreError, match=lost), writing():
        _add("First half")
        with psycopg.connect(pg_server_url, autocommit=True) as admin:
            admin.execute("SELECT pg_terminate_backend(%s)", (pid,))
        _add("Second half")
    with writing():  # the window saves again: a new connection, the whole edit
        _add("First half")
        _add("Second half")
    assert sorted(c.display_name for c in Contact.select()) == ["First half", "Second half"]


def test_a_bug_inside_a_transaction_is_not_disguised(pg_book: str) -> None:
    with pytest.raises(ZeroDivisionError), writing():
        _add("Half")
        _ = 1 / 0
    assert Contact.select().count() == 0
