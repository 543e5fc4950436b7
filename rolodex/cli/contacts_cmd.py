"""Contact book commands: ``add``, ``search``, ``stats``, ``show`` and ``delete``."""

from __future__ import annotations

import argparse
import json
from dataclasses import asdict
from typing import Any

from rolodex.cli.common import open_book, record_id
from rolodex.cli.list_cmd import add_team_filters, team_filters
from rolodex.db import MAX_ID
from rolodex.records import Address, ContactData, LabeledValue, Phone


def register(sub: argparse._SubParsersAction[Any]) -> None:
    add = sub.add_parser("add", help="add a contact and print its id")
    add.add_argument("name", metavar="FULL NAME")
    add.add_argument("--email", action="append", default=[])
    add.add_argument("--phone", action="append", default=[])
    add.add_argument("--company", default="")
    add.add_argument("--city", default="")
    add.add_argument("--country", default="", metavar="CC")
    add.add_argument("--tag", action="append", default=[])
    add.add_argument("--note", default="")
    add.add_argument("--owner", default="", metavar="LOGIN", help="the account manager")
    add.add_argument("--private", action="store_true", help="only its owner may see it")
    add.set_defaults(func=cmd_add)

    search = sub.add_parser("search", help="find contacts as the search box does")
    search.add_argument("query", metavar="QUERY")
    search.add_argument("--json", action="store_true")
    search.add_argument("--limit", type=int, default=None, metavar="N")
    add_team_filters(search)
    search.set_defaults(func=cmd_search)

    stats = sub.add_parser("stats", help="count what the book holds")
    stats.add_argument("--json", action="store_true")
    stats.set_defaults(func=cmd_stats)

    show = sub.add_parser("show", help="print one contact as JSON")
    show.add_argument("id", type=record_id, metavar="ID")
    show.add_argument("--json", action="store_true", help="JSON (the only format; accepted)")
    show.set_defaults(func=cmd_show)

    delete = sub.add_parser("delete", help="move contacts to the Trash")
    delete.add_argument("ids", type=record_id, nargs="+", metavar="ID")
    delete.set_defaults(func=cmd_delete)


def split_name(full: str) -> tuple[str, str]:
    """ "Anna Maria Berg" → ("Anna Maria", "Berg"): the last word is the family name."""
    words = full.split()
    if len(words) < 2:
        return full.strip(), ""
    return " ".join(words[:-1]), words[-1]


def contact_from_args(args: argparse.Namespace) -> ContactData:
    given, family = split_name(args.name)
    data = ContactData(
        given=given,
        family=family,
        display_name=" ".join(args.name.split()),
        company=args.company,
        notes=args.note,
        emails=[LabeledValue(e, pref=i == 0) for i, e in enumerate(args.email)],
        phones=[Phone(p, pref=i == 0) for i, p in enumerate(args.phone)],
        tags=list(args.tag),
    )
    if args.city or args.country:
        data.addresses.append(Address(city=args.city, country=args.country.upper(), pref=True))
    return data


def cmd_add(args: argparse.Namespace) -> int:
    from rolodex.cli.main import CliError
    from rolodex.services.contacts import ContactService

    if not args.name.strip():
        raise CliError("a contact needs a name")
    open_book(args)
    if args.owner or args.private:
        from rolodex.team.adding import create_owned

        print(create_owned(contact_from_args(args), args.owner, args.private))
        return 0
    print(ContactService().create(contact_from_args(args)))
    return 0


def search_result(contact: ContactData) -> dict[str, Any]:
    address = contact.preferred_address()
    return {
        "id": contact.id,
        "name": contact.full_name(),
        "company": contact.company,
        "emails": [e.value for e in contact.emails],
        "phones": [p.value for p in contact.phones],
        "city": address.city if address else "",
        "tags": contact.tags,
    }


def cmd_search(args: argparse.Namespace) -> int:
    from rolodex.services.contacts import ContactService

    open_book(args, create=False)
    service = ContactService()
    limit = None if args.limit is None or args.limit > MAX_ID else max(args.limit, 0)
    owner, last_by = team_filters(args)
    ids = service.ids(args.query, limit=limit, owner=owner, last_by=last_by)
    results = [search_result(c) for c in service.get_many(ids)]
    if args.json:
        print(json.dumps(results, ensure_ascii=False, indent=2))
        return 0
    for r in results:
        detail = ", ".join(filter(None, [r["company"], *r["emails"][:1], *r["phones"][:1]]))
        print(f"{r['id']}\t{r['name']}\t{detail}")
    return 0


def cmd_stats(args: argparse.Namespace) -> int:
    from rolodex.services.contacts import ContactService

    open_book(args, create=False)
    stats = asdict(ContactService().stats())
    if args.json:
        print(json.dumps(stats))
    else:
        for key, value in stats.items():
            print(f"{key}: {value}")
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    from rolodex.cli.main import CliError
    from rolodex.services.contacts import ContactService

    open_book(args, create=False)
    contact = ContactService().get(args.id)
    if contact is None:
        raise CliError(f"no contact with id {args.id}")
    record = asdict(contact)
    record["photo"] = f"{len(contact.photo)} bytes" if contact.photo else None
    from rolodex.team.facts import card_json

    record.update(card_json(args.id))
    print(json.dumps(record, ensure_ascii=False, indent=2))
    return 0


def cmd_delete(args: argparse.Namespace) -> int:
    from rolodex.services.contacts import ContactService

    open_book(args, create=False)
    change = ContactService().delete(args.ids)
    return report_moved(args.ids, change.ids, "to the Trash")


def report_moved(asked: list[int], moved: tuple[int, ...], where: str, state: str = "") -> int:
    """Print "moved 1 contact(s) to the Trash; no contact with id 99": only what moved is
    counted. When nothing moved it is an error (CliError: one line, non-zero exit)."""
    from rolodex.cli.main import CliError

    left = [str(i) for i in dict.fromkeys(asked) if i not in set(moved)]
    missing = f"no contact with id {', '.join(left)}{state}" if left else ""
    if not moved:
        raise CliError(missing)
    print(f"moved {len(moved)} contact(s) {where}" + (f"; {missing}" if missing else ""))
    return 0
