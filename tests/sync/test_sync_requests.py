"""What a sync asks the server: nothing changed is one sync-collection REPORT with the last
token (no PROPFIND, which costs Radicale a second scan of the collection); a local edit adds
only its PUT; a token the server no longer knows falls back to the full listing, and the sync
still changes nothing that did not change."""

from __future__ import annotations

from pathlib import Path

import httpx

from rolodex.store import sync as state
from rolodex.store.transactions import writing
from tests.sync.conftest import Collection
from tests.sync.helpers import add, card, person, put_card, sync
from tests.sync.test_sync_merge import _edit_local


class Recorder(httpx.BaseTransport):
    def __init__(self) -> None:
        self.real = httpx.HTTPTransport()
        self.methods: list[str] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.methods.append(request.method)
        return self.real.handle_request(request)


def _methods() -> tuple[list[str], dict[str, int]]:
    seen = Recorder()
    counts = sync(transport=seen).counts()
    return seen.methods, {k: v for k, v in counts.items() if v}


def test_nothing_changed_is_one_report(book: object, collection: Collection, tmp_path: Path) -> None:
    cid = person("Ann", "Berg", "ann@example.no")
    put_card(collection, "bob.vcf", card("bob-1", "Bob", "Dale"))
    add(collection, tmp_path)
    sync()
    assert _methods() == (["REPORT"], {})
    _edit_local(cid, job_title="Buyer")
    assert _methods() == (["REPORT", "PUT"], {"updated_remote": 1})
    assert _methods() == (["REPORT"], {})


def test_a_token_the_server_forgot_falls_back_to_the_listing(
    book: object, collection: Collection, tmp_path: Path
) -> None:
    person("Ann", "Berg", "ann@example.no")
    account = add(collection, tmp_path)
    sync()
    with writing():
        state.update_account(account.id, sync_token="http://radicale.org/ns/sync/" + "0" * 64)
    methods, counts = _methods()
    assert methods == ["REPORT", "PROPFIND", "PROPFIND"] and counts == {}
    assert _methods() == (["REPORT"], {})
