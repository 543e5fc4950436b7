"""``keep-in-touch``: how often a contact (or everyone with a tag) should hear from you.

    rolodex --db PATH keep-in-touch CONTACT DAYS     (DAYS: a number, "off" or "tags")
    rolodex --db PATH keep-in-touch --tag T DAYS     (DAYS: a number or "off")

When the last activity is older than the cadence, the contact shows in the Today view as
"past keep-in-touch".
"""

from __future__ import annotations

import argparse
from typing import Any

from rolodex.cli.common import open_book


def register(sub: argparse._SubParsersAction[Any]) -> None:
    cadence = sub.add_parser("keep-in-touch", help="remind me when a contact goes quiet")
    cadence.add_argument("contact", nargs="?", metavar="CONTACT", help="an id or a search")
    cadence.add_argument("days", metavar="DAYS", help='a number of days, "off", or "tags"')
    cadence.add_argument("--tag", metavar="T", help="set it for everyone tagged T instead")
    cadence.set_defaults(func=cmd_keep_in_touch)


def parse_days(text: str, *, allow_tags: bool) -> int | None:
    """ "30" -> 30, "off" -> 0 (never remind), "tags" -> None (follow the contact's tags)."""
    from rolodex.cli.main import CliError

    word = text.strip().lower()
    if word == "off":
        return 0
    if word == "tags" and allow_tags:
        return None
    if word.isdigit():
        return int(word)
    choices = 'a number of days, "off" or "tags"' if allow_tags else 'a number of days or "off"'
    raise CliError(f"DAYS must be {choices}, not {text!r}")


def cmd_keep_in_touch(args: argparse.Namespace) -> int:
    from rolodex.cli.main import CliError
    from rolodex.services.crm.cadence import set_contact_cadence, set_tag_cadence
    from rolodex.services.crm.lookup import resolve_contact
    from rolodex.services.crm.records import CrmError

    if bool(args.tag) == bool(args.contact):
        raise CliError("name either a CONTACT or --tag T")
    open_book(args, create=False)
    try:
        if args.tag:
            set_tag_cadence(args.tag, parse_days(args.days, allow_tags=False))
        else:
            contact = resolve_contact(args.contact)
            set_contact_cadence(contact, parse_days(args.days, allow_tags=True))
    except CrmError as exc:
        raise CliError(str(exc)) from exc
    return 0
