"""The Trash: ``trash list [--json]``, ``trash restore ID...`` and ``trash empty [--yes]``.

Deleted contacts wait in the Trash for 30 days (with their activities and follow-ups), then
go for good. ``trash empty`` deletes them now: it asks first on a terminal, and elsewhere
needs ``--yes``.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from rolodex.cli.common import open_book, record_id
from rolodex.db import close_store


def register(sub: argparse._SubParsersAction[Any]) -> None:
    """Add ``trash list|restore|empty`` to the CLI."""
    trash = sub.add_parser("trash", help="deleted contacts: list, restore, empty")
    actions = trash.add_subparsers(dest="trash_action", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help="list the contacts in the Trash")
    listing.add_argument("--json", action="store_true", help="print JSON")
    listing.set_defaults(func=cmd_list)
    restore = actions.add_parser("restore", help="bring contacts back from the Trash")
    restore.add_argument("ids", type=record_id, nargs="+", metavar="ID")
    restore.set_defaults(func=cmd_restore)
    empty = actions.add_parser("empty", help="delete every contact in the Trash for good")
    empty.add_argument("--yes", action="store_true", help="do not ask (needed without a terminal)")
    empty.set_defaults(func=cmd_empty)


def cmd_list(args: argparse.Namespace) -> int:
    from rolodex.services.trash import trashed_contacts

    open_book(args, create=False)
    try:
        items = trashed_contacts()
    finally:
        close_store()
    if args.json:
        rows = [{"id": t.id, "kind": "contact", "name": t.name, "deleted_at": t.deleted_at}
                for t in items]  # fmt: skip
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    for t in items:
        print(f"{t.id}\t{t.deleted_at}\t{t.name}")
    if not items:
        print("The Trash is empty.")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from rolodex.cli.contacts_cmd import report_moved
    from rolodex.services.contacts import ContactService

    open_book(args, create=False)
    try:
        change = ContactService().restore(args.ids)
    finally:
        close_store()
    return report_moved(args.ids, change.ids, "back from the Trash", " in the Trash")


def cmd_empty(args: argparse.Namespace) -> int:
    from rolodex.cli.main import CliError
    from rolodex.services.contacts import ContactService

    open_book(args, create=False)
    try:
        count = len(ContactService().ids(trash=True))
        if not count:
            print("The Trash is empty.")
            return 0
        if not args.yes:
            _confirm(count, CliError)
        change = ContactService().empty_trash()
    finally:
        close_store()
    print(f"deleted {len(change.ids)} contact(s) for good")
    return 0


def _confirm(count: int, error: type[Exception]) -> None:
    """Ask on the terminal; without one, refuse (a script must say --yes)."""
    if not sys.stdin.isatty():
        raise error(
            f"trash empty deletes {count} contact(s) for good: add --yes to confirm"
            " (no terminal to ask on)"
        )
    answer = input(f"Delete {count} contact(s) in the Trash for good? [y/N] ")
    if answer.strip().lower() not in ("y", "yes"):
        raise error("nothing deleted")
