"""What ``--db`` names: a file or a server book; passwords never leak into what is shown."""

from __future__ import annotations

from pathlib import Path

import pytest

from rolodex.db import StoreError
from rolodex.store.url import PostgresTarget, SqliteTarget, parse_target


def test_a_path_is_a_file_book() -> None:
    assert parse_target("/tmp/office.db") == SqliteTarget(Path("/tmp/office.db"))
    assert parse_target(r"C:\Users\ola\book.db") == SqliteTarget(Path(r"C:\Users\ola\book.db"))
    assert parse_target("~/book.db") == SqliteTarget(Path.home() / "book.db")


def test_a_postgresql_url_is_a_server_book() -> None:
    target = parse_target("postgresql://ola@db.office.lan:5433/rolodex")
    assert target == PostgresTarget("db.office.lan", 5433, "rolodex", "ola")
    assert target.display == "postgresql://ola@db.office.lan:5433/rolodex"
    assert isinstance(parse_target("postgres://h/book"), PostgresTarget)


def test_a_password_in_the_url_is_used_but_never_shown() -> None:
    target = parse_target("postgresql://ola:s%40cret@db/rolodex")
    assert isinstance(target, PostgresTarget)
    assert target.connect_params()["password"] == "s@cret"
    assert "cret" not in target.display and "cret" not in repr(target)


def test_without_a_password_libpq_finds_one_itself() -> None:
    target = parse_target("postgresql://ola@db/rolodex?sslmode=require")
    assert isinstance(target, PostgresTarget)
    params = target.connect_params()
    assert "password" not in params
    assert params["sslmode"] == "require" and params["host"] == "db"


@pytest.mark.parametrize(
    ("value", "says"),
    [
        ("mysql://ola@db/rolodex", "cannot open a mysql:// book"),
        ("postgresql://ola@db", "names no database"),
        ("postgresql://ola:pw@db:port/x", "port"),
        ("postgresql://ola@db/x?password=pw", "Unknown connection option"),
    ],
)
def test_urls_rolodex_cannot_open_say_why(value: str, says: str) -> None:
    with pytest.raises(StoreError, match=says) as caught:
        parse_target(value)
    assert "pw" not in str(caught.value).replace("port", "")
