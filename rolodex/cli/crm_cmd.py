"""The CRM commands: ``log`` an activity, and ``followups add|list|done|snooze|export``.

CONTACT is a contact id, or a search that must match exactly one contact. Times given without
an offset are local wall-clock times; a date alone makes an all-day follow-up.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date, datetime, time
from typing import Any

from rolodex.cli.common import open_book, record_id
from rolodex.clock import Clock, SystemClock
from rolodex.db import close_store
from rolodex.services.crm.records import ActivityData, CrmError, FollowUpData

MAX_MINUTES = 525_600
MAX_DAYS_AHEAD = 36_500

make_clock: Callable[[], Clock] = SystemClock
"""The clock commands use (tests replace it with a FixedClock)."""


def _cli_error(message: str) -> Exception:
    from rolodex.cli.main import CliError

    return CliError(message)


@contextmanager
def _book(args: argparse.Namespace) -> Iterator[Clock]:
    """Open the book; turn CrmError and bad input into CliError; close at the end."""
    open_book(args)
    try:
        yield make_clock()
    except (CrmError, ValueError) as exc:
        raise _cli_error(str(exc)) from None
    finally:
        close_store()


def register(sub: argparse._SubParsersAction[Any]) -> None:
    """Add ``log`` and ``followups`` to the CLI."""
    log = sub.add_parser("log", help="log a call, meeting, email, letter or note on a contact")
    log.add_argument("contact", metavar="CONTACT", help="contact id, or a search matching one")
    log.add_argument("--kind", required=True, help="call, meeting, email, letter, note or your own")
    log.add_argument("--subject", default="")
    log.add_argument("--notes", default="")
    log.add_argument("--outcome", default="")
    log.add_argument("--duration", type=int, metavar="MINUTES")
    log.add_argument("--at", metavar="ISO", help="when it happened (default: now)")
    log.set_defaults(func=cmd_log)
    fu = sub.add_parser("followups", help="add, list, complete and export follow-ups")
    fsub = fu.add_subparsers(dest="followups_command", metavar="ACTION", required=True)
    _register_followups(fsub)


def _register_followups(fsub: argparse._SubParsersAction[Any]) -> None:
    add = fsub.add_parser("add", help="schedule a follow-up")
    add.add_argument("contact", metavar="CONTACT")
    add.add_argument("--due", required=True, metavar="ISO", help="2026-03-30 or 2026-03-30T09:00")
    add.add_argument("--subject", default="")
    add.add_argument("--notes", default="")
    add.add_argument("--repeat", default="", help="e.g. weekly, every 2 weeks, monthly")
    add.add_argument("--assignee", default="", metavar="LOGIN", help="whose it is (default: yours)")
    add.set_defaults(func=cmd_add)
    lst = fsub.add_parser("list", help="list open follow-ups (all by default)")
    which = lst.add_mutually_exclusive_group()
    which.add_argument("--overdue", action="store_true")
    which.add_argument("--today", action="store_true")
    which.add_argument("--upcoming", type=int, metavar="DAYS", help="due in the next DAYS days")
    lst.add_argument("--json", action="store_true", help="machine-readable output")
    lst.set_defaults(func=cmd_list)
    done = fsub.add_parser("done", help="mark a follow-up done")
    done.add_argument("id", type=record_id, metavar="ID")
    done.add_argument("--log", metavar="KIND", help="also log an activity of this kind")
    done.set_defaults(func=cmd_done)
    snooze = fsub.add_parser("snooze", help="put a follow-up off")
    snooze.add_argument("id", type=record_id, metavar="ID")
    snooze.add_argument("--until", required=True, help="hour, tomorrow, next-week, or an ISO date")
    snooze.set_defaults(func=cmd_snooze)
    export = fsub.add_parser("export", help="write open follow-ups to an iCalendar file")
    export.add_argument("-o", "--output", required=True, metavar="FILE.ics")
    export.add_argument("--todo", action="store_true", help="write tasks (VTODO), not events")
    export.set_defaults(func=cmd_export)


def _services(clock: Clock) -> tuple[Any, Any]:
    from rolodex.services.crm.activities import ActivityService
    from rolodex.services.crm.followups import FollowUpService

    activities = ActivityService(clock)
    return activities, FollowUpService(clock, activities)


def cmd_log(args: argparse.Namespace) -> int:
    from rolodex.services.crm.lookup import resolve_contact
    from rolodex.services.crm.times import parse_user_moment

    with _book(args) as clock:
        contact = resolve_contact(args.contact)
        at = parse_user_moment(args.at, clock.zone_name()) if args.at else None
        if args.duration is not None and not 0 <= args.duration <= MAX_MINUTES:
            raise CrmError(f"--duration must be 0 to {MAX_MINUTES} minutes (a year).")
        data = ActivityData(
            contact_id=contact,
            kind=args.kind,
            occurred_at=at,
            subject=args.subject,
            notes=args.notes,
            outcome=args.outcome,
            duration_minutes=args.duration,
        )
        change = _services(clock)[0].log(data)
        from rolodex.team.on_it import colleagues_on_it, others_followups

        for seen in colleagues_on_it(contact, clock):  # issue 11: someone else is on it
            print(f"rolodex: note: {seen.name} logged a {seen.kind} on {seen.at:%Y-%m-%d}.",
                  file=sys.stderr)  # fmt: skip
        for item in others_followups(contact):
            about = f" ({item.subject})" if item.subject else ""
            print(f"rolodex: note: {item.name} has an open follow-up on this contact{about}.",
                  file=sys.stderr)  # fmt: skip
    print(change.ids[0])
    return 0


def _parse_due(text: str, zone_name: str) -> tuple[date, time | None]:
    """A date (all day) or a date and time; an offset is converted to local wall time."""
    value = text.strip()
    try:
        if len(value) == 10:
            return date.fromisoformat(value), None
        moment = datetime.fromisoformat(value)
    except ValueError:
        raise CrmError(
            f"--due {text!r} is not a date like 2026-03-30 or 2026-03-30T09:00."
        ) from None
    if moment.tzinfo is not None:
        from rolodex.clock import zone_for

        zone = zone_for(zone_name)
        moment = moment.astimezone(zone) if zone is not None else moment.astimezone()
    return moment.date(), moment.time().replace(second=0, microsecond=0)


def cmd_add(args: argparse.Namespace) -> int:
    from rolodex.services.crm import recurrence
    from rolodex.services.crm.lookup import resolve_contact

    with _book(args) as clock:
        contact = resolve_contact(args.contact)
        day, at = _parse_due(args.due, clock.zone_name())
        rule = recurrence.to_text(recurrence.from_words(args.repeat, day))
        data = FollowUpData(
            contact_id=contact,
            due_date=day,
            due_time=at,
            subject=args.subject,
            notes=args.notes,
            recurrence=rule,
            assignee=args.assignee.strip(),
        )
        change = _services(clock)[1].add(data)
    print(change.ids[0])
    return 0


def _as_json(item: FollowUpData, overdue: set[int]) -> dict[str, Any]:
    return {
        "id": item.id,
        "contact_id": item.contact_id,
        "contact": item.contact_name,
        "due_date": item.due_date.isoformat(),
        "due_time": item.due_time.strftime("%H:%M") if item.due_time else None,
        "timezone": item.timezone,
        "due_at": item.due_at.isoformat() if item.due_at else None,
        "subject": item.subject,
        "notes": item.notes,
        "priority": item.priority,
        "recurrence": item.recurrence,
        "assignee": item.assignee or None,
        "overdue": item.id in overdue,
    }


def _as_line(item: FollowUpData, overdue: set[int]) -> str:
    when = item.due_date.isoformat() + (f" {item.due_time:%H:%M}" if item.due_time else "      ")
    flag = "!" if item.id in overdue else " "
    text = f"{item.id:>6} {flag} {when}  {item.contact_name}"
    return text + (f" — {item.subject}" if item.subject else "")


def cmd_list(args: argparse.Namespace) -> int:
    with _book(args) as clock:
        fs = _services(clock)[1]
        if args.upcoming is not None and not 0 <= args.upcoming <= MAX_DAYS_AHEAD:
            raise CrmError(f"--upcoming needs a number of days, 0 to {MAX_DAYS_AHEAD}.")
        if args.overdue:
            items = fs.overdue()
        elif args.today:
            items = fs.due_today()
        elif args.upcoming is not None:
            items = fs.upcoming(args.upcoming)
        else:
            items = fs.open_items()
        overdue = {f.id for f in fs.overdue()}
    if args.json:
        print(json.dumps([_as_json(i, overdue) for i in items], ensure_ascii=False, indent=2))
    else:
        for item in items:
            print(_as_line(item, overdue))
    return 0


def cmd_done(args: argparse.Namespace) -> int:
    with _book(args) as clock:
        fs = _services(clock)[1]
        log = ActivityData(kind=args.log) if args.log else None
        result = fs.complete(args.id, log)
        nxt = fs.get(result.next_id) if result.next_id else None
    print(f"Follow-up {args.id} done.")
    if result.activity_id:
        print(f"Logged activity {result.activity_id}.")
    if nxt is not None:
        print(f"Next: follow-up {nxt.id} due {nxt.due_date.isoformat()}.")
    return 0


def cmd_snooze(args: argparse.Namespace) -> int:
    from rolodex.services.crm.followups import Snooze

    choices = {"hour": Snooze.HOUR, "tomorrow": Snooze.TOMORROW, "next-week": Snooze.NEXT_WEEK}
    with _book(args) as clock:
        fs = _services(clock)[1]
        if args.until in choices:
            fs.snooze(args.id, choices[args.until])
        else:
            day, at = _parse_due(args.until, clock.zone_name())
            fs.reschedule(args.id, day, at)
        item = fs.get(args.id)
    when = item.due_date.isoformat() + (f" {item.due_time:%H:%M}" if item.due_time else "")
    print(f"Follow-up {item.id} now due {when}.")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from rolodex.exporters.ics import export_followups

    with _book(args) as clock:
        items = _services(clock)[1].open_items()
        try:
            count = export_followups(args.output, items, clock.now(), as_todo=args.todo)
        except OSError as exc:
            raise CrmError(f"Cannot write {args.output}: {exc.strerror or exc}.") from None
    noun = "follow-up" if count == 1 else "follow-ups"
    print(f"Wrote {count} {noun} to {args.output}.")
    return 0
