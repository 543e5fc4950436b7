"""``campaigns add|list|recipients|send|respond|show``.

A campaign's recipients are chosen by ``--tag``, ``--search`` and/or ``--contacts`` and frozen
by ``send``, which logs an activity for each and writes what the channel needs: ``--letters
FILE.pdf`` (mail merge from ``--template``), ``--labels FILE.pdf --label-template ID``,
``--csv FILE.csv`` (for a mailing tool). Rolodex never sends mail itself.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from rolodex.cli.common import record_id
from rolodex.cli.sales_common import iso_date, print_json, sales_book
from rolodex.sales.records import Recipient


def register(sub: argparse._SubParsersAction[Any]) -> None:
    """Add ``campaigns`` to the CLI."""
    camp = sub.add_parser("campaigns", help="campaigns: recipients, sending, responses")
    csub = camp.add_subparsers(dest="campaigns_command", metavar="ACTION", required=True)
    add = csub.add_parser("add", help="add a campaign; prints its id")
    add.add_argument("name")
    add.add_argument("--channel", required=True, choices=("letter", "email", "phone", "event"))
    add.add_argument("--tag")
    add.add_argument("--search", metavar="QUERY")
    add.add_argument("--contacts", metavar="ID,ID...", help="contact ids, comma-separated")
    add.add_argument("--date", type=iso_date, metavar="YYYY-MM-DD")
    add.add_argument("--template", metavar="FILE", help="letter text with {given}, {company}...")
    add.set_defaults(func=cmd_add)
    lst = csub.add_parser("list", help="the campaigns")
    lst.add_argument("--json", action="store_true", help="machine-readable output")
    lst.set_defaults(func=cmd_list)
    rec = csub.add_parser("recipients", help="who it goes to (frozen once sent)")
    rec.add_argument("id", type=record_id, metavar="ID")
    rec.add_argument("--json", action="store_true", help="machine-readable output")
    rec.set_defaults(func=cmd_recipients)
    _register_send(csub)
    resp = csub.add_parser("respond", help="record a recipient's response")
    resp.add_argument("id", type=record_id, metavar="ID")
    resp.add_argument("contact", metavar="CONTACT")
    resp.add_argument(
        "--outcome",
        required=True,
        help="interested, not_interested, no_answer, unsubscribed or your own",
    )
    resp.add_argument("--notes", default="")
    resp.add_argument("--follow-up", type=iso_date, metavar="YYYY-MM-DD", help="call back then")
    resp.set_defaults(func=cmd_respond)
    show = csub.add_parser("show", help="recipients, responses and the response rate")
    show.add_argument("id", type=record_id, metavar="ID")
    show.add_argument("--json", action="store_true", help="machine-readable output")
    show.set_defaults(func=cmd_show)


def _register_send(csub: argparse._SubParsersAction[Any]) -> None:
    send = csub.add_parser("send", help="freeze the recipients, log it, write letters/labels/CSV")
    send.add_argument("id", type=record_id, metavar="ID")
    send.add_argument("--letters", metavar="FILE.pdf", help="mail-merge letters")
    send.add_argument("--labels", metavar="FILE.pdf", help="address labels or envelopes")
    send.add_argument("--label-template", default="avery-l7160", metavar="ID")
    send.add_argument("--csv", metavar="FILE.csv", help="the recipient list for a mailing tool")
    send.set_defaults(func=cmd_send)


def _contact_ids(text: str | None) -> tuple[int, ...]:
    from rolodex.sales.records import SalesError

    if not text:
        return ()
    parts = [p.strip() for p in text.split(",") if p.strip()]
    if not all(p.isdecimal() for p in parts):
        raise SalesError(f"--contacts {text!r} is not a list of ids like 3,5,8.")
    return tuple(int(p) for p in parts)


def _template(name: str | None) -> str:
    from rolodex.sales.letters import check_template
    from rolodex.sales.records import SalesError

    if not name:
        return ""
    try:
        return check_template(Path(name).read_text("utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise SalesError(f"Cannot read the template {name}: {exc}.") from None


def cmd_add(args: argparse.Namespace) -> int:
    from rolodex.sales.campaigns import CampaignService, Selection

    with sales_book(args) as clock:
        chosen = Selection(args.tag, args.search, _contact_ids(args.contacts))
        change = CampaignService(clock).add(
            args.name, args.channel, chosen, args.date, _template(args.template)
        )
    print(change.ids[0])
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    from rolodex.sales.campaigns import CampaignService

    with sales_book(args) as clock:
        found = CampaignService(clock).campaigns()
    rows = [{"id": c.id, "name": c.name, "channel": c.channel, "date": c.held_on, "sent_at": c.sent_at}
            for c in found]  # fmt: skip
    if args.json:
        print_json(rows)
    else:
        for r in rows:
            print(
                f"{r['id']:>5}  {r['date']}  {r['channel']:<7} {r['name']}{'' if r['sent_at'] else '  (not sent)'}"
            )
    return 0


def recipient_json(r: Recipient) -> dict[str, Any]:
    return {"contact_id": r.contact_id, "name": r.name, "given": r.given, "company": r.company,
            "address": r.address, "email": r.email}  # fmt: skip


def cmd_recipients(args: argparse.Namespace) -> int:
    from rolodex.sales.campaigns import CampaignService

    with sales_book(args) as clock:
        people = CampaignService(clock).recipients(args.id)
    if args.json:
        print_json([recipient_json(r) for r in people])
    else:
        for r in people:
            print(f"{r.contact_id or '—':>6}  {r.name}  {r.email}")
    return 0


def cmd_send(args: argparse.Namespace) -> int:
    from rolodex.sales.sending import Outputs, send

    wanted = Outputs(_path(args.letters), _path(args.csv), _path(args.labels), args.label_template)
    with sales_book(args) as clock:
        sent = send(args.id, wanted, clock)
    many = "s" if sent.recipients != 1 else ""
    print(f"Campaign {args.id} sent to {sent.recipients} recipient{many}.")
    if args.letters:
        where = f"written to {args.letters}" if sent.letters else NO_LETTERS
        print(f"{sent.letters} letters {where}")
    if args.csv:
        print(f"{sent.csv_rows} rows written to {args.csv}")
    if sent.labels is not None:
        from rolodex.cli.labels_cmd import summary

        print(summary(sent.labels, Path(args.labels)))
    return 0


NO_LETTERS = "(no recipient has an address; no file written)"


def _path(text: str | None) -> Path | None:
    return Path(text) if text else None


def cmd_respond(args: argparse.Namespace) -> int:
    from rolodex.sales.campaigns import CampaignService, check_outcome
    from rolodex.services.crm.lookup import resolve_contact

    with sales_book(args) as clock:
        contact = resolve_contact(args.contact)
        CampaignService(clock).respond(args.id, contact, args.outcome, args.notes)
        follow = _follow_up(args, contact, clock) if args.follow_up else None
    outcome = check_outcome(args.outcome)
    print(f"Recorded {outcome.replace('_', ' ')} for contact {contact}.")
    if follow is not None:
        print(f"Follow-up {follow} due {args.follow_up.isoformat()}.")
    elif outcome == "interested":
        print("Interested: add --follow-up YYYY-MM-DD to call them back.")
    return 0


def _follow_up(args: argparse.Namespace, contact: int, clock: Any) -> int:
    from rolodex.services.crm.activities import ActivityService
    from rolodex.services.crm.followups import FollowUpService
    from rolodex.services.crm.records import FollowUpData

    data = FollowUpData(
        contact_id=contact, due_date=args.follow_up, subject=f"Campaign #{args.id}: call back"
    )
    return FollowUpService(clock, ActivityService(clock)).add(data).ids[0]


def cmd_show(args: argparse.Namespace) -> int:
    from rolodex.sales.campaigns import CampaignService, as_json

    with sales_book(args) as clock:
        summary = CampaignService(clock).summary(args.id)
    if args.json:
        print_json(as_json(summary))
        return 0
    rate = "—" if summary.response_rate is None else f"{summary.response_rate:.1%}"
    print(f"{summary.name}: {summary.recipients} recipients, response rate {rate}")
    for outcome, count in summary.responses.items():
        print(f"  {outcome.replace('_', ' '):<16} {count:>5}")
    return 0
