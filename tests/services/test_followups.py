"""Follow-ups: Today lists, snooze, reschedule, completion, repeats and DST in Europe/Oslo."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

import pytest

from rolodex.services.crm.followups import Snooze
from rolodex.services.crm.records import ActivityData, CrmError, FollowUpData
from tests.services.crm_helpers import make_contact, oslo, oslo_clock, services, trash_contact


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)  # type: ignore[misc]


def add(fs, contact: int, day: date, at: time | None = None, **kw: object) -> int:  # type: ignore[no-untyped-def]
    change = fs.add(FollowUpData(contact_id=contact, due_date=day, due_time=at, **kw))
    assert change.kind == "created"
    return int(change.ids[0])


def test_today_lists_split_overdue_today_and_next_seven_days(any_book: str) -> None:
    clock = oslo_clock(2026, 6, 10, 12, 0)
    _, fs = services(clock)
    ada = make_contact("Ada", "Lovelace")
    late = add(fs, ada, date(2026, 6, 10), time(11, 59), subject="Call back")
    yesterday = add(fs, ada, date(2026, 6, 9))
    all_day = add(fs, ada, date(2026, 6, 10))
    later_today = add(fs, ada, date(2026, 6, 10), time(23, 30))
    next_week = add(fs, ada, date(2026, 6, 17), time(8, 0))
    too_far = add(fs, ada, date(2026, 6, 18))
    today = fs.today()
    assert [f.id for f in today.overdue] == [yesterday, late]
    assert [f.id for f in today.today] == [all_day, later_today]
    assert [f.id for f in today.upcoming] == [next_week]
    assert too_far in [f.id for f in fs.open_items()]
    assert fs.count_overdue() == today.overdue_total == 2
    assert fs.overdue_ids() == [yesterday, late]
    assert today.overdue[1].contact_name == "Ada Lovelace"
    assert today.overdue[1].subject == "Call back"


def test_all_day_item_becomes_overdue_at_local_midnight(any_book: str) -> None:
    clock = oslo_clock(2026, 6, 10, 23, 59)
    _, fs = services(clock)
    item = add(fs, make_contact("Ada"), date(2026, 6, 10))
    assert fs.overdue() == []
    clock.advance(timedelta(minutes=1))
    assert [f.id for f in fs.overdue()] == [item]


def test_nine_o_clock_stays_nine_o_clock_across_spring_forward(any_book: str) -> None:
    clock = oslo_clock(2026, 3, 27, 8, 0)
    _, fs = services(clock)
    item = add(fs, make_contact("Ada"), date(2026, 3, 28), time(9, 0), recurrence="FREQ=DAILY")
    assert fs.get(item).due_at == utc(2026, 3, 28, 8, 0)
    clock.set(oslo(2026, 3, 28, 9, 5))
    nxt = fs.complete(item).next_id
    assert nxt is not None
    after = fs.get(nxt)
    assert (after.due_date, after.due_time) == (date(2026, 3, 29), time(9, 0))
    assert after.due_at == utc(2026, 3, 29, 7, 0)


def test_nine_o_clock_stays_nine_o_clock_across_autumn_change(any_book: str) -> None:
    clock = oslo_clock(2026, 10, 20, 8, 0)
    _, fs = services(clock)
    ada = make_contact("Ada")
    before = add(fs, ada, date(2026, 10, 24), time(9, 0), recurrence="FREQ=WEEKLY;INTERVAL=1")
    assert fs.get(before).due_at == utc(2026, 10, 24, 7, 0)
    clock.set(oslo(2026, 10, 24, 10, 0))
    after = fs.get(fs.complete(before).next_id or 0)
    assert after.due_date == date(2026, 10, 31)
    assert after.due_at is not None
    assert after.due_at == utc(2026, 10, 31, 8, 0)
    assert after.due_at.astimezone(oslo(2026, 1, 1).tzinfo).hour == 9
    fs.reschedule(after.id or 0, date(2026, 3, 30), time(9, 0))
    assert fs.get(after.id or 0).due_at == utc(2026, 3, 30, 7, 0)


def test_snooze_choices(any_book: str) -> None:
    clock = oslo_clock(2026, 6, 10, 16, 20)
    _, fs = services(clock)
    ada = make_contact("Ada")
    timed = add(fs, ada, date(2026, 6, 1), time(9, 30))
    all_day = add(fs, ada, date(2026, 6, 1))
    fs.snooze(timed, Snooze.HOUR)
    got = fs.get(timed)
    assert (got.due_date, got.due_time) == (date(2026, 6, 10), time(17, 20))
    fs.snooze(timed, Snooze.TOMORROW)
    got = fs.get(timed)
    assert (got.due_date, got.due_time) == (date(2026, 6, 11), time(17, 20))
    fs.snooze(all_day, Snooze.NEXT_WEEK)
    got = fs.get(all_day)
    assert (got.due_date, got.due_time) == (date(2026, 6, 17), None)
    assert fs.overdue() == []
    clock.advance(timedelta(hours=1))
    assert fs.overdue() == []
    assert [f.id for f in fs.today().upcoming] == [timed, all_day]


def test_snoozed_reminder_fires_again(any_book: str) -> None:
    clock = oslo_clock(2026, 6, 10, 9, 0)
    _, fs = services(clock)
    item = add(fs, make_contact("Ada"), date(2026, 6, 10), time(9, 0))
    assert [f.id for f in fs.due_for_reminder()] == [item]
    fs.mark_notified([item])
    assert fs.due_for_reminder() == []
    fs.snooze(item, Snooze.HOUR)
    assert fs.due_for_reminder() == []
    clock.advance(timedelta(hours=1))
    assert [f.id for f in fs.due_for_reminder()] == [item]


def test_completing_can_log_an_activity(any_book: str) -> None:
    clock = oslo_clock(2026, 6, 10, 9, 0)
    activities, fs = services(clock)
    ada = make_contact("Ada")
    item = add(fs, ada, date(2026, 6, 10), subject="Quote follow-up")
    done = fs.complete(item, ActivityData(kind="call", outcome="Accepted"))
    assert done.next_id is None and done.activity_id is not None
    assert {c.entity for c in done.changes} == {"followup", "activity"}
    logged = activities.timeline(ada)
    assert [(a.kind, a.subject, a.outcome) for a in logged] == [
        ("call", "Quote follow-up", "Accepted")
    ]
    assert fs.get(item).done_at == clock.now()
    assert fs.open_items() == []
    with pytest.raises(CrmError, match="already done"):
        fs.complete(item)
    fs.reopen(item)
    assert [f.id for f in fs.open_items()] == [item]


def test_monthly_repeat_keeps_the_31st(any_book: str) -> None:
    clock = oslo_clock(2026, 1, 31, 10, 0)
    _, fs = services(clock)
    item = add(fs, make_contact("Ada"), date(2026, 1, 31), recurrence="FREQ=MONTHLY;BYMONTHDAY=31")
    dates = []
    for _ in range(3):
        item = fs.complete(item).next_id or 0
        got = fs.get(item)
        dates.append(got.due_date)
        clock.set(oslo(got.due_date.year, got.due_date.month, got.due_date.day, 10))
    assert dates == [date(2026, 2, 28), date(2026, 3, 31), date(2026, 4, 30)]


def test_late_completion_skips_missed_repeats(any_book: str) -> None:
    clock = oslo_clock(2026, 6, 10, 12, 0)
    _, fs = services(clock)
    ada = make_contact("Ada")
    daily = add(fs, ada, date(2026, 6, 1), recurrence="FREQ=DAILY")
    timed = add(fs, ada, date(2026, 6, 1), time(8, 0), recurrence="FREQ=WEEKLY;INTERVAL=1")
    assert fs.get(fs.complete(daily).next_id or 0).due_date == date(2026, 6, 11)
    assert fs.get(fs.complete(timed).next_id or 0).due_date == date(2026, 6, 15)
    assert fs.overdue() == []


def test_done_deleted_and_trashed_contacts_are_not_overdue(any_book: str) -> None:
    clock = oslo_clock(2026, 6, 10, 12, 0)
    _, fs = services(clock)
    ada, bob = make_contact("Ada"), make_contact("Bob")
    gone = add(fs, ada, date(2026, 6, 1))
    done = add(fs, ada, date(2026, 6, 2))
    bobs = add(fs, bob, date(2026, 6, 3))
    kept = add(fs, ada, date(2026, 6, 4))
    fs.delete(gone)
    fs.complete(done)
    trash_contact(bob)
    assert [f.id for f in fs.overdue()] == [kept]
    assert fs.overdue_ids() == [kept] and fs.count_overdue() == 1
    fs.restore(gone)
    assert [f.id for f in fs.overdue()] == [gone, kept]
    assert bobs not in [f.id for f in fs.open_items()]


def test_bad_follow_ups_are_refused(any_book: str) -> None:
    _, fs = services(oslo_clock(2026, 6, 10, 12, 0))
    ada = make_contact("Ada")
    with pytest.raises(CrmError, match="no contact 42"):
        fs.add(FollowUpData(contact_id=42, due_date=date(2026, 6, 11)))
    with pytest.raises(CrmError, match="repeat rule"):
        fs.add(FollowUpData(contact_id=ada, due_date=date(2026, 6, 11), recurrence="FREQ=HOURLY"))
    with pytest.raises(CrmError, match="no follow-up 7"):
        fs.complete(7)
    assert fs.open_items() == []


def test_all_day_reminder_waits_for_the_morning(any_book: str) -> None:
    clock = oslo_clock(2026, 6, 10, 0, 5)
    _, fs = services(clock)
    item = add(fs, make_contact("Ada"), date(2026, 6, 10))
    assert fs.due_for_reminder() == []
    clock.set(oslo(2026, 6, 10, 9, 0))
    assert [f.id for f in fs.due_for_reminder()] == [item]


def test_a_time_skipped_by_spring_forward_moves_forward(any_book: str) -> None:
    _, fs = services(oslo_clock(2026, 3, 20, 12, 0))
    item = add(fs, make_contact("Ada"), date(2026, 3, 29), time(2, 30))
    assert fs.get(item).due_at == utc(2026, 3, 29, 1, 30)


def test_editing_reminds_again_only_when_the_moment_moves(any_book: str) -> None:
    clock = oslo_clock(2026, 6, 10, 9, 0)
    _, fs = services(clock)
    item = add(fs, make_contact("Ada"), date(2026, 6, 10), time(9, 0))
    fs.mark_notified([item])
    edited = fs.get(item)
    edited.subject = "Bring the contract"
    fs.update(edited)
    assert fs.due_for_reminder() == []
    edited.due_time = time(8, 30)
    fs.update(edited)
    assert [(f.id, f.subject) for f in fs.due_for_reminder()] == [(item, "Bring the contract")]


def test_for_contact_lists_only_that_contacts_open_items(any_book: str) -> None:
    _, fs = services(oslo_clock(2026, 6, 10, 12, 0))
    ada, bob = make_contact("Ada"), make_contact("Bob")
    later = add(fs, ada, date(2026, 6, 20))
    sooner = add(fs, ada, date(2026, 6, 12), time(10, 0))
    add(fs, bob, date(2026, 6, 11))
    fs.complete(add(fs, ada, date(2026, 6, 11)))
    assert [f.id for f in fs.for_contact(ada)] == [sooner, later]
