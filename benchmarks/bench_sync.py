"""Benchmark CardDAV sync against the Radicale test server.

1. Downloads: N generated cards (default 5,000) are put on an empty address book in one
   request (Radicale's whole-collection PUT, setup only), and a new book syncs it: the first
   sync (N downloads), then a sync with nothing changed.
2. Uploads: M contacts (default 1,000) in a new book are synced to an empty address book (M
   creates, one ``PUT If-None-Match: *`` each), then a sync with nothing changed.

Each line gives the wall time and the part of it spent waiting for the server, so the client's
own cost shows apart from Radicale's; each no-change sync is followed by the same
collection asked with plain httpx (the bare baseline: what the server alone takes to answer
the old first request, a PROPFIND of the token, and the sync-collection REPORT the sync now
sends), and the load average is printed before and after. Targets (issue 14): first sync < 60 s, no-change sync
< 2 s. Radicale checks every PUT's UID against the whole collection (``has_uid``), so its time
per create grows with the collection: uploads are timed at M, not N.

Run under the test servers:
``bash packaging/with-test-servers.sh .venv/bin/python benchmarks/bench_sync.py [--n 5000] [--m 1000]``.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import httpx  # noqa: E402
from bookgen import fake_contacts  # noqa: E402

from rolodex.db import close_store, open_store  # noqa: E402
from rolodex.exporters.vcard import contact_to_vcard  # noqa: E402
from rolodex.identity import new_uid  # noqa: E402
from rolodex.services.contacts import ContactService  # noqa: E402
from rolodex.store.contacts_write import insert_contacts  # noqa: E402
from rolodex.store.transactions import writing  # noqa: E402
from rolodex.sync.accounts import LAST_RUN, add_account, require, run_account  # noqa: E402
from rolodex.sync.dav_xml import sync_collection  # noqa: E402

MKCOL = """<?xml version="1.0" encoding="utf-8"?>
<D:mkcol xmlns:D="DAV:" xmlns:C="urn:ietf:params:xml:ns:carddav"><D:set><D:prop>
<D:resourcetype><D:collection/><C:addressbook/></D:resourcetype></D:prop></D:set></D:mkcol>"""


class Server:
    def __init__(self) -> None:
        self.root = os.environ["ROLODEX_TEST_CARDDAV_URL"].rstrip("/")
        self.user = os.environ["ROLODEX_TEST_CARDDAV_USER"]
        self.password = os.environ["ROLODEX_TEST_CARDDAV_PASSWORD"]
        self.http = httpx.Client(auth=(self.user, self.password), timeout=600)
        self.http.request("PROPFIND", f"{self.root}/{self.user}/", headers={"Depth": "0"})

    def collection(self) -> str:
        url = f"{self.root}/{self.user}/bench-{uuid.uuid4().hex[:8]}/"
        assert self.http.request("MKCOL", url, content=MKCOL).status_code == 201
        return url

    def fill(self, url: str, n: int) -> None:
        """N cards in one whole-collection PUT (Radicale's own extension; setup only)."""
        cards = []
        for contact in fake_contacts(n, seed=11):
            contact.uid = new_uid()
            cards.append(contact_to_vcard(contact))
        response = self.http.put(url, content="".join(cards), headers={"Content-Type": "text/vcard"})
        assert response.status_code in (201, 204), response.text
        started = time.perf_counter()  # Radicale builds its item cache on the first read
        self.http.request("PROPFIND", url, headers={"Depth": "1"})
        print(f"(setup: the server's first listing of {n} cards took "
              f"{time.perf_counter() - started:.1f} s; not counted)")  # fmt: skip


SEEN: dict[str, list[float]] = {}  # label → seconds of each no-change round, for the medians


def _timed(label: str) -> float:
    start = time.perf_counter()
    result = run_account(require("bench"))
    seconds = time.perf_counter() - start
    own = seconds - LAST_RUN.server_seconds
    print(f"{label:<38} {seconds:8.2f} s  (server {LAST_RUN.server_seconds:7.2f} s, "
          f"client {own:6.2f} s, {LAST_RUN.requests} requests)  {result.summary()}")  # fmt: skip
    if label.startswith("no-change"):
        for part, value in (("sync", seconds), ("server", LAST_RUN.server_seconds), ("client", own)):
            SEEN.setdefault(f"no-change sync: {part}", []).append(value)
    return seconds


BARE = (
    ("bare PROPFIND of the token and ctag (the old first request)", "PROPFIND", "0",
     '<?xml version="1.0"?><D:propfind xmlns:D="DAV:" xmlns:CS="http://calendarserver.org/ns/">'
     "<D:prop><D:sync-token/><CS:getctag/><D:supported-report-set/></D:prop></D:propfind>"),
    ("bare PROPFIND of the sync token", "PROPFIND", "0",
     '<?xml version="1.0"?><D:propfind xmlns:D="DAV:"><D:prop><D:sync-token/></D:prop>'
     "</D:propfind>"),
    ("bare REPORT sync-collection with the token", "REPORT", "1", ""),
)  # fmt: skip


def _bare(server: Server, url: str) -> None:
    """The same collection asked with plain httpx: what the server alone costs."""
    token = require("bench").sync_token
    for label, method, depth, body in BARE:
        body = body or sync_collection(token)
        started = time.perf_counter()
        response = server.http.request(method, url, content=body, headers={"Depth": depth})
        seconds = time.perf_counter() - started
        print(f"{label:<60} {seconds:6.2f} s  ({response.status_code})")
        SEEN.setdefault(label, []).append(seconds)


def _load() -> str:
    one, five, fifteen = os.getloadavg()
    return f"load average {one:.2f}, {five:.2f}, {fifteen:.2f} on {os.cpu_count()} CPUs"


def _book(folder: Path, name: str, url: str, server: Server, contacts: int = 0) -> None:
    secret = folder / "password"
    secret.write_text(server.password, encoding="utf-8")
    open_store(folder / f"{name}.db")
    if contacts:
        with writing():
            insert_contacts(fake_contacts(contacts), ContactService().context())
    add_account("bench", url, server.user, password_file=str(secret))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=5000, help="cards to download")
    parser.add_argument("--m", type=int, default=1000, help="contacts to upload")
    parser.add_argument("--rounds", type=int, default=5, help="no-change syncs (and baselines)")
    args = parser.parse_args()
    if not os.environ.get("ROLODEX_TEST_CARDDAV_URL"):
        sys.exit("run under packaging/with-test-servers.sh (ROLODEX_TEST_CARDDAV_URL unset)")
    server = Server()
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        down = server.collection()
        server.fill(down, args.n)
        _book(folder, "down", down, server)
        print(f"Radicale at {server.root}")
        print(_load())
        _timed(f"first sync: {args.n} downloads")
        for _ in range(args.rounds):
            _timed("no-change sync")
            _bare(server, down)
        print(_load())
        for label, values in SEEN.items():
            print(f"median of {len(values)}: {label:<60} {statistics.median(values):6.2f} s")
        close_store()
        _book(folder, "up", server.collection(), server, args.m)
        _timed(f"first sync: {args.m} uploads")
        _timed("no-change sync")
        close_store()


if __name__ == "__main__":
    main()
