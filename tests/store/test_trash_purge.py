"""The store's purge of trashed activities and follow-ups, on a file and on a server."""

from __future__ import annotations

from rolodex.models import Activity, Contact, FollowUp
from rolodex.store.transactions import writing
from rolodex.store.trash import purge_activities, purge_followups

OLD, CUTOFF, NEW = (
    "2020-01-01T00:00:00+00:00",
    "2021-01-01T00:00:00+00:00",
    "2022-01-01T00:00:00+00:00",
)


def test_only_rows_trashed_before_the_cutoff_go(any_book: str) -> None:
    person = Contact.create(given="Ona", created_at=OLD, updated_at=OLD)
    for deleted in (OLD, CUTOFF, NEW, None):
        Activity.create(contact=person, kind="call", occurred_at=OLD, created_at=OLD,
                        deleted_at=deleted)  # fmt: skip
        FollowUp.create(contact=person, due_at=OLD, created_at=OLD, deleted_at=deleted)

    with writing():
        counts = purge_activities(CUTOFF), purge_followups(CUTOFF)

    assert counts == (2, 2)
    assert sorted(str(a.deleted_at) for a in Activity.select()) == [NEW, "None"]
    assert sorted(str(f.deleted_at) for f in FollowUp.select()) == [NEW, "None"]
