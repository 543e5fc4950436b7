"""Search results come back in name order straight from the index: the sort positions must
stay in name order through inserts, renames, trash, restore and renumbering."""

from __future__ import annotations

import random

from rolodex.db import database
from rolodex.records import ContactData
from rolodex.services import prefs
from rolodex.services.contacts import ContactService
from rolodex.store.sqlite import sort_positions


def names(service: ContactService, query: str = "", **kw: object) -> list[str]:
    return [r.name for r in service.rows(service.ids(query, **kw))]  # type: ignore[arg-type]


def sorted_by_sql(query: str = "") -> list[str]:
    """The reference order: matches sorted by their stored ICU keys in SQL (not by the
    sort positions the fast path reads)."""
    from rolodex.store.contacts import sorted_ids

    ids = sorted_ids(query, None, sort="name", descending=False, limit=None, trash=False)
    return [r.name for r in ContactService().rows(ids)]


def test_search_order_matches_name_order_through_edits(book) -> None:
    prefs.put(prefs.COLLATION, "nb_NO")
    service = ContactService()
    rng = random.Random(5)
    pool = ["Anna", "Annette", "Øyvind", "Åse", "Ola", "Anders", "Ærlig", "Andrea", "Olga"]
    ids = [service.create(ContactData(given=rng.choice(pool), family=str(i))) for i in range(60)]
    for cid in rng.sample(ids, 15):
        data = service.get(cid)
        assert data is not None
        data.given = rng.choice(pool)
        service.save(data)
    gone = rng.sample(ids, 10)
    service.delete(gone)
    service.restore(gone[:5])
    for query in ["", "an", "o", "ø", "å"]:
        assert names(service, query) == sorted_by_sql(query)
    assert names(service, "an", limit=3) == sorted_by_sql("an")[:3]
    assert names(service, "an", descending=True) == sorted_by_sql("an")[::-1]


def test_gap_exhaustion_renumbers_and_keeps_order(book, monkeypatch) -> None:
    monkeypatch.setattr(sort_positions, "GAP", 4)
    service = ContactService()
    service.create(ContactData(given="Aaa"))
    service.create(ContactData(given="Zzz"))
    for i in range(12):  # every one lands between the same two neighbours
        service.create(ContactData(given=f"M{i:02d}"))
    expected = ["Aaa"] + [f"M{i:02d}" for i in range(12)] + ["Zzz"]
    assert names(service) == expected
    assert names(service, "m") == expected[1:-1]
    positions = [r[0] for r in database.execute_sql("SELECT sortpos FROM contact ORDER BY sortpos")]
    assert len(set(positions)) == len(positions) and min(positions) > 0


def test_editing_a_contact_keeps_its_activities(book) -> None:
    service = ContactService()
    cid = service.create(ContactData(given="Kari"))
    database.execute_sql(
        "INSERT INTO activity(contact_id, kind, occurred_at, created_at)"
        " VALUES (?, 'call', '2026-01-01T10:00:00+00:00', '2026-01-01T10:00:00+00:00')",
        (cid,),
    )
    data = service.get(cid)
    assert data is not None
    data.given = "Kari Anne"
    service.save(data)
    assert database.execute_sql("SELECT COUNT(*) FROM activity").fetchone()[0] == 1


def test_honorifics_do_not_change_where_a_name_files(book) -> None:
    service = ContactService()
    for prefix, given in [("Mr.", "Zachary"), ("Dr.", "Anna"), ("", "Mona")]:
        service.create(ContactData(prefix=prefix, given=given, family="Berg"))
    assert names(service) == ["Dr. Anna Berg", "Mona Berg", "Mr. Zachary Berg"]


def test_a_batch_lands_in_many_gaps_in_order(book) -> None:
    from rolodex.services.contact_write import WriteContext, insert_contacts

    service = ContactService()
    rng = random.Random(11)
    letters = "abcdefghijklmnopqrstuvwxyzøåšž"

    def word() -> str:
        return "".join(rng.choice(letters) for _ in range(5)).title()

    for _ in range(30):
        service.create(ContactData(given=word()))
    ctx = WriteContext("NO", "nb_NO")
    with database.atomic():
        insert_contacts([ContactData(given=word()) for _ in range(50)], ctx)
    assert names(service) == sorted_by_sql()
    assert len(names(service)) == 80


def test_changing_the_alphabet_resorts_the_whole_book(book) -> None:
    from rolodex.services.resort import resort_all

    prefs.put(prefs.COLLATION, "en_US")
    service = ContactService()
    for name in ["Øystein", "Zeta", "Olav"]:
        service.create(ContactData(given=name))
    assert names(service) == ["Olav", "Øystein", "Zeta"]
    resort_all("nb_NO")
    assert names(service) == ["Olav", "Zeta", "Øystein"]
    assert names(service, "o") == ["Olav", "Øystein"]
    assert prefs.collation_locale() == "nb_NO"
    service.create(ContactData(given="Åse"))
    assert names(service) == ["Olav", "Zeta", "Øystein", "Åse"]
