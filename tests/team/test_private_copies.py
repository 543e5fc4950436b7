"""Every copy of a private contact's details is private too (issue 11's closing rule: no one
sees another's private notes): a deal's title and notes, the address a campaign froze, the
lifecycle history and what an import recorded are read with another editor's own SQL client
and must show nothing of alice's private contact, while her open one stays visible."""

from __future__ import annotations

from pathlib import Path

import psycopg

from tests.team.conftest import Office, ok

QUERIES = {
    "deal": "SELECT contact_id FROM deal",
    "campaign_recipient": "SELECT contact_id FROM campaign_recipient",
    "lifecycle_change": "SELECT contact_id FROM lifecycle_change",
    "import_item": "SELECT entity_id FROM import_item WHERE entity = 'contact'",
}


def _seen(url: str) -> dict[str, set[int]]:
    with psycopg.connect(url) as conn:
        return {table: {row[0] for row in conn.execute(q)} for table, q in QUERIES.items()}


def test_deals_campaigns_lifecycle_and_imports_of_a_private_contact_stay_private(
    office: Office, tmp_path: Path
) -> None:
    """Regression: these tables had no row-level security; bob read the deal "Secret merger"
    and the address the campaign froze for alice's private contact."""
    alice, bob = office.urls["alice"], office.urls["bob"]
    cards = tmp_path / "two.vcf"
    cards.write_text(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Hidden Partner\r\nN:Partner;Hidden;;;\r\n"
        "ADR:;;Storgata 1;Oslo;;0155;Norway\r\nCATEGORIES:Spring\r\nEND:VCARD\r\n"
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Open Partner\r\nN:Partner;Open;;;\r\n"
        "ADR:;;Kirkegata 2;Oslo;;0153;Norway\r\nCATEGORIES:Spring\r\nEND:VCARD\r\n",
        encoding="utf-8",
    )
    ok("--db", alice, "import", str(cards))
    found = ok("--db", alice, "search", "partner", "--json")
    ids = {name: int(cid) for cid, name in _ids_by_name(found)}
    secret, shared = ids["Hidden Partner"], ids["Open Partner"]
    ok("--db", alice, "edit", str(secret), "--set", "private=true")
    for cid in (secret, shared):
        ok("--db", alice, "deals", "add", str(cid), "--title", "Secret merger", "--value", "9000",
           "--currency", "NOK", "--stage", "Proposal")  # fmt: skip
        ok("--db", alice, "lifecycle", "set", str(cid), "prospect")
    campaign = ok("--db", alice, "campaigns", "add", "Spring letter", "--channel", "letter",
                  "--tag", "Spring").strip()  # fmt: skip
    ok("--db", alice, "campaigns", "send", campaign)

    for table, seen in _seen(bob).items():
        assert secret not in seen, table
        assert shared in seen, table
    for table, seen in _seen(alice).items():  # its owner sees her own
        assert {secret, shared} <= seen, table
    for table, seen in _seen(office.admin).items():
        assert {secret, shared} <= seen, table


def _ids_by_name(search_json: str) -> list[tuple[int, str]]:
    import json

    return [(row["id"], row["name"]) for row in json.loads(search_json)]
