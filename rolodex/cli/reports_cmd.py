"""``report retention|neglected|quality``: the numbers a manager asks for.

Retention and neglect read the lifecycle stages, so both first apply the lifecycle rules (a
won deal makes a customer; a customer without a won deal or an activity for the lapse period
becomes a former one): what they print is what the dashboard shows.
"""

from __future__ import annotations

import argparse
from datetime import datetime
from typing import Any

from rolodex.cli.sales_common import print_json, sales_book

MAX_DAYS = 36_500


def register(sub: argparse._SubParsersAction[Any]) -> None:
    """Add ``report`` to the CLI."""
    report = sub.add_parser("report", help="retention, neglected customers, data quality")
    rsub = report.add_subparsers(dest="report_command", metavar="REPORT", required=True)
    ret = rsub.add_parser("retention", help="customers at the start of a year, lost, won, churn")
    ret.add_argument("--year", type=int, required=True)
    ret.add_argument("--companies", action="store_true", help="count companies, not contacts")
    ret.add_argument("--json", action="store_true", help="machine-readable output")
    ret.set_defaults(func=cmd_retention)
    neg = rsub.add_parser("neglected", help="customers with no activity in DAYS days")
    neg.add_argument("--days", type=int, default=90)
    neg.add_argument("--json", action="store_true", help="machine-readable output")
    neg.set_defaults(func=cmd_neglected)
    qual = rsub.add_parser("quality", help="counts of contacts with data problems")
    qual.add_argument("--list", metavar="CHECK", help="print the ids behind one count")
    qual.add_argument("--json", action="store_true", help="machine-readable output")
    qual.set_defaults(func=cmd_quality)


def apply_rules(now: datetime) -> None:
    from rolodex.sales import lifecycle

    lifecycle.apply_rules(now)
    lifecycle.apply_rules(now, "company")


def cmd_retention(args: argparse.Namespace) -> int:
    from rolodex.sales import retention
    from rolodex.sales.records import SalesError

    with sales_book(args) as clock:
        if not 1900 <= args.year <= 9998:
            raise SalesError(f"--year {args.year} is not a year Rolodex can report on.")
        apply_rules(clock.now())
        figures = retention.retention(args.year, "company" if args.companies else "contact")
    data = figures.as_json()
    if args.json:
        print_json(data)
        return 0
    rate = "—" if figures.churn_rate is None else f"{figures.churn_rate:.1%}"
    print(f"{args.year}: {figures.customers_at_start} customers at the start, lost "
          f"{figures.lost}, won {figures.won}; churn {rate}")  # fmt: skip
    return 0


def cmd_neglected(args: argparse.Namespace) -> int:
    from rolodex.sales import retention
    from rolodex.sales.records import SalesError

    with sales_book(args) as clock:
        if not 0 <= args.days <= MAX_DAYS:
            raise SalesError(f"--days must be 0 to {MAX_DAYS}.")
        apply_rules(clock.now())
        found = retention.neglected(args.days, clock.now())
    if args.json:
        print_json([n.as_json() for n in found])
        return 0
    for n in found:
        last = n.last_activity[:10] if n.last_activity else "never"
        print(f"{n.contact_id:>6}  {last:<10}  {n.owner or '—':<12} {n.name}")
    return 0


def cmd_quality(args: argparse.Namespace) -> int:
    from rolodex.sales import quality

    with sales_book(args):
        if args.list:
            ids = quality.contacts(args.list)
        else:
            counts = quality.counts()
    if args.list and args.json:
        print_json(ids)
    elif args.list:
        print("\n".join(map(str, ids)))
    elif args.json:
        print_json(counts)
    else:
        for check, count in counts.items():
            print(f"{check.replace('_', ' '):<22} {count:>7}")
    return 0
