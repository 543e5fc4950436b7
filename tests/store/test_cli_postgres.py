"""The contact commands on a PostgreSQL book: ``--db postgresql://…`` works as a file does
(real processes, a fresh database on the test server)."""

from __future__ import annotations

import json
import subprocess
import sys


def rolodex(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "rolodex", *args], capture_output=True, text=True, timeout=60
    )


def test_add_search_show_delete_stats_on_a_server(pg_database: str) -> None:
    db = pg_database
    added = rolodex("--db", db, "add", "Šarūnas Jasikevičius", "--email", "sj@example.lt",
                    "--phone", "+370 612 34567", "--company", "Žalgiris", "--city", "Kaunas",
                    "--country", "lt", "--tag", "Krepšinis")  # fmt: skip
    assert added.returncode == 0, added.stderr
    new_id = int(added.stdout.strip())
    for query in ("sarunas", "ŽALG", "3456"):
        found = rolodex("--db", db, "search", query, "--json")
        assert found.returncode == 0, found.stderr
        (hit,) = json.loads(found.stdout)
        assert (hit["id"], hit["name"], hit["company"]) == (
            new_id, "Šarūnas Jasikevičius", "Žalgiris",
        )  # fmt: skip
    shown = rolodex("--db", db, "show", str(new_id))
    assert shown.returncode == 0, shown.stderr
    record = json.loads(shown.stdout)
    assert record["uid"] and record["phones"][0]["e164"] == "+37061234567"
    assert record["tags"] == ["Krepšinis"]
    stats = json.loads(rolodex("--db", db, "stats", "--json").stdout)
    assert stats == {"contacts": 1, "companies": 1, "tags": 1, "activities": 0, "followups": 0}
    deleted = rolodex("--db", db, "delete", str(new_id))
    assert deleted.returncode == 0, deleted.stderr
    assert json.loads(rolodex("--db", db, "search", "sarunas", "--json").stdout) == []
    assert json.loads(rolodex("--db", db, "stats", "--json").stdout)["contacts"] == 0


def test_a_server_that_is_down_is_one_line() -> None:
    done = rolodex("--db", "postgresql://nobody@127.0.0.1:9/nothing", "stats", "--json")
    assert done.returncode != 0
    assert len(done.stderr.strip().splitlines()) == 1, done.stderr
    assert "Traceback" not in done.stderr
