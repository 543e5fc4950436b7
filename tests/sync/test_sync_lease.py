"""One sync per account across processes (and machines sharing a server book): a second
``sync run`` while one is talking to the server says so in one line and fails, the first
completes, and the account is free again after; a lease left by a process that died does not
block the next run. Two real processes, on a file and on PostgreSQL; the first is held in
the middle of its sync by a proxy in front of Radicale (no sleeps)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from rolodex.models import SyncLease
from rolodex.sync.errors import SyncError
from tests.sync.conftest import Collection
from tests.sync.gate import gate
from tests.sync.helpers import add, live_uids, person, server_uids, sync
from tests.sync.test_sync_cli import _one_line


def _popen(db: str, *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "rolodex", "--db", db, *args],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env={**os.environ, "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring"},
    )  # fmt: skip


def _run(db: str, *args: str) -> subprocess.CompletedProcess[str]:
    process = _popen(db, *args)
    out, err = process.communicate(timeout=120)
    return subprocess.CompletedProcess(process.args, process.returncode, out, err)


def test_a_second_sync_run_says_so_and_the_first_completes(
    any_book: str, collection: Collection, tmp_path: Path
) -> None:
    person("Ann", "Berg", "ann@example.no")
    with gate(collection.root) as proxy:
        path = collection.url.split("/", 3)[3]
        add(collection.__class__(proxy.url, f"{proxy.url}/{path}", collection.user,
                                 collection.password), tmp_path)  # fmt: skip
        proxy.arm()
        first = _popen(any_book, "sync", "run", "--json")
        assert proxy.arrived.wait(60), first.communicate()
        second = _run(any_book, "sync", "run", "--json")
        line = _one_line(second)
        assert "phone: already being synced (by process" in line and str(first.pid) in line
        assert json.loads(second.stdout)["errors"] == 1
        proxy.open()
        out, err = first.communicate(timeout=120)
        assert first.returncode == 0, err
        assert json.loads(out)["uploaded"] == 1
        again = _run(any_book, "sync", "run", "--json")
        assert again.returncode == 0, again.stderr
    assert len(server_uids(collection)) == 1


def test_a_lease_left_by_a_dead_process_does_not_block(
    book: object, collection: Collection, tmp_path: Path
) -> None:
    account = add(collection, tmp_path)
    script = (
        "import os, sys; from rolodex.db import open_store; from rolodex.store import sync;"
        "from rolodex.sync.lease import Lease; open_store(sys.argv[1]);"
        "Lease(sync.accounts()[0]).take(); os._exit(0)"
    )
    db = str(book.path)  # type: ignore[attr-defined]
    subprocess.run([sys.executable, "-c", script, db], check=True, timeout=60)
    holder = SyncLease.get(SyncLease.account == account.id).holder
    assert holder and f"/{os.getpid()}/" not in holder  # the dead process still holds it
    run = _run(db, "sync", "run", "--json")
    assert run.returncode == 0, run.stderr


def test_a_run_whose_lease_was_taken_over_stops(
    book: object, collection: Collection, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A run renews its lease before each request; one that finds it gone (it ran out and
    another machine's run took the account) stops at once, and the next run completes."""
    import httpx

    from rolodex.sync import lease

    for i in range(3):
        person(f"Ann{i}", "Berg")
    account = add(collection, tmp_path)
    monkeypatch.setattr(lease, "RENEW_SECONDS", 0.0)
    real = httpx.HTTPTransport()

    class TakeOver(httpx.BaseTransport):
        seen = 0

        def handle_request(self, request: httpx.Request) -> httpx.Response:
            self.seen += 1
            if self.seen == 2:
                SyncLease.update(holder="laptop/1/other").where(
                    SyncLease.account == account.id
                ).execute()
            return real.handle_request(request)

    with pytest.raises(SyncError, match="took over"):
        sync(transport=TakeOver())
    SyncLease.update(holder="", expires_at="").execute()  # the other run is done
    result = sync()
    assert result.errors == 0
    assert len(server_uids(collection)) == 3 and sorted(server_uids(collection)) == live_uids()
