"""A private contact's change history stays private (issue 11's closing rule: no one sees
another's private notes): the change log holds each edited field's old and new value, so
another editor's own SQL client must not read the entries of a contact hidden from them."""

from __future__ import annotations

import psycopg

from tests.team.conftest import Office, ok


def test_the_change_log_of_a_private_contact_is_invisible_to_a_colleague(office: Office) -> None:
    """Regression: change_log had no row-level security; bob read alice's private notes."""
    alice, bob = office.urls["alice"], office.urls["bob"]
    secret = ok("--db", alice, "add", "Secret Lead", "--private").strip()
    shared = ok("--db", alice, "add", "Open Lead").strip()
    ok("--db", alice, "edit", secret, "--set", "notes=discount 40% agreed")
    ok("--db", alice, "edit", shared, "--set", "notes=called back")
    query = "SELECT entity_id, fields FROM change_log WHERE entity = 'contact'"
    with psycopg.connect(bob) as conn:
        seen = conn.execute(query).fetchall()
    assert [cid for cid, _ in seen] == [int(shared)]
    assert not any("discount" in fields for _, fields in seen)
    with psycopg.connect(alice) as conn:  # its owner reads her own history
        assert {cid for cid, _ in conn.execute(query)} == {int(secret), int(shared)}


def test_the_search_rows_follow_a_contact_made_private_or_handed_over(office: Office) -> None:
    """The search index keeps its own copy of owner and privacy (migration 10): an edit of
    either must reach it, or a colleague's SQL client could search a private contact."""
    alice, bob = office.urls["alice"], office.urls["bob"]
    cid = ok("--db", alice, "add", "Quiet Lead", "--note", "board member").strip()

    def bob_finds() -> int:
        with psycopg.connect(bob) as conn:
            row = conn.execute("SELECT count(*) FROM contact_search WHERE contact_id = %s",
                               (int(cid),)).fetchone()  # fmt: skip
        assert row is not None
        return int(row[0])

    assert bob_finds() == 1
    ok("--db", alice, "edit", cid, "--set", "private=true")
    assert bob_finds() == 0
    # handed over by an administrator (alice herself may not: the server refuses an update
    # that would hide the row from the one making it, in one line)
    ok("--db", office.admin, "edit", cid, "--set", f"owner={office.logins['bob']}")
    assert bob_finds() == 1
    found = ok("--db", bob, "search", "quiet", "--json")
    assert f'"id": {cid}' in found
