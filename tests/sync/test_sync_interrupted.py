"""No duplicates, ever: repeated syncs, syncs cut off at every point (the connection dropped
before a request, or after the server stored it and before the answer came back), and a
create retried after a timeout leave exactly one card per contact and one contact per card,
and the next sync completes what the broken one started."""

from __future__ import annotations

import random
from collections import Counter
from pathlib import Path

import httpx
import pytest

from rolodex.services.contacts import ContactService
from rolodex.sync.errors import SyncError
from tests.sync.conftest import Collection
from tests.sync.helpers import (
    add,
    card,
    live_uids,
    person,
    put_card,
    server_cards,
    server_uids,
    sync,
)


class BreakingTransport(httpx.BaseTransport):
    """Passes ``allowed`` requests through, then breaks the connection: before sending the
    request, or (``after_send``) once the server has handled it, losing the answer."""

    def __init__(self, allowed: int, *, after_send: bool = False) -> None:
        self.real = httpx.HTTPTransport()
        self.allowed = allowed
        self.after_send = after_send
        self.seen = 0

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.seen += 1
        if self.seen <= self.allowed:
            return self.real.handle_request(request)
        if self.after_send:
            self.real.handle_request(request).read()
            raise httpx.ReadTimeout("the answer was lost", request=request)
        raise httpx.ConnectError("the network went away", request=request)


def _no_duplicates() -> None:
    server, local = server_uids_now(), live_uids()
    assert [u for u, n in Counter(server).items() if n > 1] == []
    assert [u for u, n in Counter(local).items() if n > 1] == []
    assert server == local


_collection: Collection | None = None


def server_uids_now() -> list[str]:
    assert _collection is not None
    return server_uids(_collection)


def _scenario(collection: Collection, tmp_path: Path) -> None:
    global _collection
    _collection = collection
    for i in range(4):
        person(f"Local{i}", "Person", f"local{i}@example.no")
    for i in range(4):
        put_card(collection, f"remote{i}.vcf", card(f"remote-{i}", f"Remote{i}", "Card"))
    add(collection, tmp_path)


def test_five_repeated_syncs_leave_no_duplicates(
    book: object, collection: Collection, tmp_path: Path
) -> None:
    _scenario(collection, tmp_path)
    for _ in range(5):
        sync()
        _no_duplicates()
    assert len(live_uids()) == 8


FIRST_SYNC_REQUESTS = 7  # collection, listing, one multiget, four creates


@pytest.mark.parametrize("after_send", [False, True], ids=["before-request", "answer-lost"])
@pytest.mark.parametrize("allowed", range(FIRST_SYNC_REQUESTS))
def test_a_sync_broken_at_any_point_is_completed_by_the_next(
    book: object, collection: Collection, tmp_path: Path, allowed: int, after_send: bool
) -> None:
    _scenario(collection, tmp_path)
    with pytest.raises(SyncError):
        sync(transport=BreakingTransport(allowed, after_send=after_send))
    _no_duplicates_or_partial()
    sync()
    _no_duplicates()
    assert len(live_uids()) == 8
    again = sync()
    assert again.counts() == dict.fromkeys(again.counts(), 0)


@pytest.mark.parametrize("after_send", [False, True], ids=["before-request", "answer-lost"])
def test_syncs_broken_again_and_again_still_converge(
    book: object, collection: Collection, tmp_path: Path, after_send: bool
) -> None:
    """Each sync gets one request further than the last before it breaks."""
    _scenario(collection, tmp_path)
    breaks = 0
    for allowed in range(0, 40):
        transport = BreakingTransport(allowed, after_send=after_send)
        try:
            sync(transport=transport)
        except SyncError:
            breaks += 1
            _no_duplicates_or_partial()
            continue
        break  # this sync needed fewer requests than allowed: it ran to the end
    assert breaks >= 3
    sync()
    _no_duplicates()
    assert len(live_uids()) == 8
    again = sync()
    assert again.counts() == dict.fromkeys(again.counts(), 0)


def _no_duplicates_or_partial() -> None:
    """Mid-way, a side may lack cards still to come, but never holds one twice."""
    for uids in (server_uids_now(), live_uids()):
        assert [u for u, n in Counter(uids).items() if n > 1] == []


def test_random_breaks_with_edits_on_both_sides_converge(
    book: object, collection: Collection, tmp_path: Path
) -> None:
    _scenario(collection, tmp_path)
    sync()
    rng = random.Random(14)
    service = ContactService()
    for round_ in range(6):
        ids = service.ids()
        contact = service.get(rng.choice(ids))
        assert contact is not None
        contact.notes = f"round {round_}"
        service.save(contact)
        if round_ % 2:
            service.delete([rng.choice(ids)])
        name = f"new{round_}.vcf"
        put_card(collection, name, card(f"new-{round_}", f"New{round_}", "Card"))
        person(f"Made{round_}", "Here")
        try:
            sync(transport=BreakingTransport(rng.randint(0, 12), after_send=rng.random() < 0.5))
        except SyncError:
            pass
        _no_duplicates_or_partial()
    sync()
    _no_duplicates()
    assert sync().counts()["uploaded"] == 0


def test_a_create_whose_answer_was_lost_finds_its_own_card(
    book: object, collection: Collection, tmp_path: Path
) -> None:
    global _collection
    _collection = collection
    person("Ann", "Berg")
    add(collection, tmp_path)

    class LoseCreateAnswer(BreakingTransport):
        def handle_request(self, request: httpx.Request) -> httpx.Response:
            if request.method == "PUT":
                self.real.handle_request(request).read()
                raise httpx.ReadTimeout("timed out", request=request)
            return self.real.handle_request(request)

    with pytest.raises(SyncError, match="did not answer in time"):
        sync(transport=LoseCreateAnswer(0))
    assert len(server_cards(collection)) == 1  # the server stored it
    result = sync()
    assert result.uploaded == 0 and result.errors == 0
    _no_duplicates()
    assert len(server_cards(collection)) == 1
