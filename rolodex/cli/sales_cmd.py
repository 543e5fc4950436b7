"""The sales commands: ``deals add|move|list|show``, ``stages list|add|set``, ``pipeline`` and
``lifecycle set|show|update``. CONTACT is a contact id, or a search matching exactly one.

``pipeline --json`` prints one row per stage: {"stage", "probability", "count", "value",
"weighted"} in the book's main currency ("currency"), with deals in other currencies totalled
apart in "other_currencies" (never converted). Values are in major units (12000.5).
"""

from __future__ import annotations

import argparse
from typing import Any

from rolodex.cli.common import record_id
from rolodex.cli.sales_common import iso_date, month, percent, print_json, sales_book
from rolodex.sales import money
from rolodex.sales.records import DealData, DealFilter


def register(sub: argparse._SubParsersAction[Any]) -> None:
    """Add ``deals``, ``stages``, ``pipeline`` and ``lifecycle`` to the CLI."""
    deals = sub.add_parser("deals", help="add, move and list deals (opportunities)")
    _register_deals(deals.add_subparsers(dest="deals_command", metavar="ACTION", required=True))
    stages = sub.add_parser("stages", help="list and change the pipeline's stages")
    _register_stages(stages.add_subparsers(dest="stages_command", metavar="ACTION", required=True))
    pipe = sub.add_parser("pipeline", help="count, value and weighted value at each stage")
    pipe.add_argument("--owner", metavar="NAME")
    pipe.add_argument("--close-month", type=month, metavar="YYYY-MM")
    pipe.add_argument("--tag")
    pipe.add_argument("--json", action="store_true", help="machine-readable output")
    pipe.set_defaults(func=cmd_pipeline)
    life = sub.add_parser("lifecycle", help="lifecycle stages: lead, prospect, customer...")
    _register_lifecycle(
        life.add_subparsers(dest="lifecycle_command", metavar="ACTION", required=True)
    )


def _register_deals(dsub: argparse._SubParsersAction[Any]) -> None:
    add = dsub.add_parser("add", help="add a deal for a contact; prints its id")
    add.add_argument("contact", metavar="CONTACT", help="contact id, or a search matching one")
    add.add_argument("--title", required=True)
    add.add_argument("--value", required=True, help="e.g. 12000 or 12000.50")
    add.add_argument("--currency", default="", help="e.g. NOK (default: the book's main one)")
    add.add_argument("--stage", default="", help="default: the first stage")
    add.add_argument("--close", type=iso_date, metavar="YYYY-MM-DD", help="expected close")
    add.add_argument("--owner", default="", metavar="NAME")
    add.add_argument("--probability", type=percent, metavar="PERCENT", help="override")
    add.add_argument("--notes", default="")
    add.set_defaults(func=cmd_add)
    move = dsub.add_parser("move", help="move a deal to another stage")
    move.add_argument("id", type=record_id, metavar="ID")
    move.add_argument("--stage", required=True)
    move.set_defaults(func=cmd_move)
    lst = dsub.add_parser("list", help="list deals")
    lst.add_argument("--stage")
    lst.add_argument("--owner", metavar="NAME")
    lst.add_argument("--close-month", type=month, metavar="YYYY-MM")
    lst.add_argument("--tag")
    lst.add_argument("--json", action="store_true", help="machine-readable output")
    lst.set_defaults(func=cmd_list)
    show = dsub.add_parser("show", help="a deal and its stage history")
    show.add_argument("id", type=record_id, metavar="ID")
    show.add_argument("--json", action="store_true", help="machine-readable output")
    show.set_defaults(func=cmd_show)


def _register_stages(ssub: argparse._SubParsersAction[Any]) -> None:
    lst = ssub.add_parser("list", help="the stages in order with their probability")
    lst.add_argument("--json", action="store_true", help="machine-readable output")
    lst.set_defaults(func=cmd_stages)
    add = ssub.add_parser("add", help="add a stage at the end")
    add.add_argument("name")
    add.add_argument("--probability", type=percent, required=True, metavar="PERCENT")
    add.add_argument("--outcome", choices=("open", "won", "lost"), default="open")
    add.set_defaults(func=cmd_stage_add)
    change = ssub.add_parser("set", help="change a stage's default probability")
    change.add_argument("name")
    change.add_argument("--probability", type=percent, required=True, metavar="PERCENT")
    change.set_defaults(func=cmd_stage_set)


def _register_lifecycle(lsub: argparse._SubParsersAction[Any]) -> None:
    put = lsub.add_parser("set", help="set a contact's lifecycle stage by hand")
    put.add_argument("contact", metavar="CONTACT")
    put.add_argument("stage", help="lead, prospect, customer or former_customer")
    put.set_defaults(func=cmd_lifecycle_set)
    show = lsub.add_parser("show", help="a contact's lifecycle history")
    show.add_argument("contact", metavar="CONTACT")
    show.add_argument("--json", action="store_true", help="machine-readable output")
    show.set_defaults(func=cmd_lifecycle_show)
    update = lsub.add_parser("update", help="apply the rules (won deal, lapsed customers)")
    update.set_defaults(func=cmd_lifecycle_update)


def deal_json(deal: DealData) -> dict[str, Any]:
    return {
        "id": deal.id, "title": deal.title, "value": money.to_number(deal.value_minor, deal.currency),
        "currency": deal.currency, "stage": deal.stage, "probability": deal.probability,
        "contact_id": deal.contact_id, "contact": deal.contact, "company_id": deal.company_id,
        "company": deal.company, "owner": deal.owner, "notes": deal.notes,
        "expected_close": deal.expected_close.isoformat() if deal.expected_close else None,
    }  # fmt: skip


def cmd_add(args: argparse.Namespace) -> int:
    from rolodex.sales.deals import DealService
    from rolodex.sales.records import DealInput
    from rolodex.services.crm.lookup import resolve_contact

    with sales_book(args) as clock:
        data = DealInput(
            title=args.title, value=args.value, currency=args.currency, stage=args.stage,
            contact_id=resolve_contact(args.contact), probability=args.probability,
            expected_close=args.close, owner=args.owner, notes=args.notes,
        )  # fmt: skip
        change = DealService(clock).add(data)
    print(change.ids[0])
    return 0


def cmd_move(args: argparse.Namespace) -> int:
    from rolodex.sales.deals import DealService

    with sales_book(args) as clock:
        service = DealService(clock)
        service.move(args.id, args.stage)
        deal = service.get(args.id)
    print(f"Deal {deal.id} is at {deal.stage}.")
    return 0


def _filter(args: argparse.Namespace) -> DealFilter:
    return DealFilter(owner=args.owner, stage=getattr(args, "stage", None),
                      close_month=args.close_month, tag=args.tag)  # fmt: skip


def cmd_list(args: argparse.Namespace) -> int:
    from rolodex.sales import stages
    from rolodex.sales.deals import DealService

    with sales_book(args) as clock:
        where = _filter(args)
        if where.stage is not None:
            where = DealFilter(
                where.owner, stages.find(where.stage).name, where.close_month, where.tag
            )
        deals = DealService(clock).deals(where)
    if args.json:
        print_json([deal_json(d) for d in deals])
        return 0
    for d in deals:
        close = d.expected_close.isoformat() if d.expected_close else "          "
        amount = money.display(d.value_minor, d.currency)
        print(
            f"{d.id:>6}  {d.stage:<12} {amount:>18}  {close}  {d.title} — {d.contact or d.company}"
        )
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    from rolodex.sales.deals import DealService

    with sales_book(args) as clock:
        service = DealService(clock)
        deal, history = service.get(args.id), service.history(args.id)
    moves = [{"at": h.changed_at, "from": h.from_stage or None, "to": h.to_stage, "by": h.changed_by}
             for h in history]  # fmt: skip
    if args.json:
        print_json({**deal_json(deal), "history": moves})
        return 0
    print(f"{deal.title} — {money.display(deal.value_minor, deal.currency)}, {deal.stage} "
          f"({deal.probability} %)")  # fmt: skip
    for m in moves:
        print(f"  {m['at']}  {m['from'] or '—'} → {m['to']}  {m['by']}")
    return 0


def cmd_stages(args: argparse.Namespace) -> int:
    from rolodex.sales import stages

    with sales_book(args):
        found = stages.all_stages()
    rows = [{"name": s.name, "probability": s.probability, "order": s.position, "outcome": s.outcome}
            for s in found]  # fmt: skip
    if args.json:
        print_json(rows)
    else:
        for s in found:
            print(f"{s.position:>3}  {s.name:<14} {s.probability:>3} %  {s.outcome}")
    return 0


def cmd_stage_add(args: argparse.Namespace) -> int:
    from rolodex.sales import stages

    with sales_book(args):
        change = stages.add(args.name, args.probability, args.outcome)
    print(change.ids[0])
    return 0


def cmd_stage_set(args: argparse.Namespace) -> int:
    from rolodex.sales import stages

    with sales_book(args):
        stages.set_probability(args.name, args.probability)
    print(f"{args.name}: {args.probability} %")
    return 0


def cmd_pipeline(args: argparse.Namespace) -> int:
    from rolodex.sales import pipeline

    with sales_book(args):
        result = pipeline.pipeline(
            DealFilter(owner=args.owner, close_month=args.close_month, tag=args.tag)
        )
    if args.json:
        print_json(pipeline.as_json(result))
        return 0
    for row in result.rows:
        t = row.totals
        value, weighted = (
            money.display(m, result.currency) for m in (t.value_minor, t.weighted_minor)
        )
        print(
            f"{row.stage.name:<14} {row.stage.probability:>3} %  {t.count:>5}  {value:>20}  {weighted:>20}"
        )
        for cur, other in row.other.items():
            print(
                f"{'':<20}  {other.count:>5}  {money.display(other.value_minor, cur):>20}  (not converted)"
            )
    return 0


def cmd_lifecycle_set(args: argparse.Namespace) -> int:
    from rolodex.sales import lifecycle
    from rolodex.services.crm.lookup import resolve_contact

    with sales_book(args) as clock:
        contact = resolve_contact(args.contact)
        lifecycle.set_by_hand("contact", contact, args.stage, clock.now())
        stage = lifecycle.current("contact", contact)
    print(f"Contact {contact} is a {stage.replace('_', ' ')}.")
    return 0


def cmd_lifecycle_show(args: argparse.Namespace) -> int:
    from rolodex.sales import lifecycle
    from rolodex.services.crm.lookup import resolve_contact

    with sales_book(args):
        rows = lifecycle.history("contact", resolve_contact(args.contact))
    entries = [{"at": at, "from": old or None, "to": new, "by": by, "reason": why}
               for at, old, new, by, why in rows]  # fmt: skip
    if args.json:
        print_json(entries)
    else:
        for e in entries:
            print(f"{e['at']}  {e['from'] or '—'} → {e['to']}  {e['by']}  {e['reason']}")
    return 0


def cmd_lifecycle_update(args: argparse.Namespace) -> int:
    from rolodex.sales import lifecycle

    with sales_book(args) as clock:
        made = lifecycle.apply_rules(clock.now()) + lifecycle.apply_rules(clock.now(), "company")
    print(f"{made} lifecycle change{'s' if made != 1 else ''} recorded.")
    return 0
