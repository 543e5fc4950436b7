"""Tags: ``tags list [--json]``, ``tags rename OLD NEW`` and ``tags delete NAME``.

Tags are case-insensitive ("VIP" and "vip" are one tag). Renaming onto the name of another
tag merges the two; deleting takes the tag off every contact carrying it (their other tags and
everything else stay).
"""

from __future__ import annotations

import argparse
import json
from typing import Any

from rolodex.cli.common import open_book
from rolodex.db import close_store


def register(sub: argparse._SubParsersAction[Any]) -> None:
    """Add ``tags list|rename|delete`` to the CLI."""
    tags = sub.add_parser("tags", help="tags: list, rename (or merge), delete")
    actions = tags.add_subparsers(dest="tags_action", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help="list the tags with how many contacts carry each")
    listing.add_argument("--json", action="store_true", help="print JSON")
    listing.set_defaults(func=cmd_list)
    rename = actions.add_parser(
        "rename", help="rename a tag; onto an existing tag's name, merge the two"
    )
    rename.add_argument("old", metavar="OLD")
    rename.add_argument("new", metavar="NEW")
    rename.set_defaults(func=cmd_rename)
    delete = actions.add_parser("delete", help="take a tag off every contact and drop it")
    delete.add_argument("name", metavar="NAME")
    delete.set_defaults(func=cmd_delete)


def cmd_list(args: argparse.Namespace) -> int:
    from rolodex.services.tags import TagService

    open_book(args, create=False)
    try:
        found = TagService().list()
    finally:
        close_store()
    if args.json:
        rows = [{"name": t.name, "contacts": t.contacts} for t in found]
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    for t in found:
        print(f"{t.contacts}\t{t.name}")
    if not found:
        print("No tags.")
    return 0


def cmd_rename(args: argparse.Namespace) -> int:
    edit = _run(args, lambda service: service.rename(args.old, args.new))
    old, count = edit.before[0].name, _contacts(len(edit.change.ids))
    if edit.merged:
        print(f"Merged {old!r} into {edit.before[1].name!r} ({count} now carry it).")
    else:
        print(f"Renamed {old!r} to {args.new.strip()!r} ({count}).")
    return 0


def cmd_delete(args: argparse.Namespace) -> int:
    edit = _run(args, lambda service: service.delete(args.name))
    print(f"Deleted the tag {edit.before[0].name!r} ({_contacts(len(edit.change.ids))}).")
    return 0


def _run(args: argparse.Namespace, operation: Any) -> Any:
    from rolodex.cli.main import CliError
    from rolodex.services.tags import TagError, TagService

    open_book(args, create=False)
    try:
        return operation(TagService())
    except TagError as exc:
        raise CliError(str(exc)) from exc
    finally:
        close_store()


def _contacts(count: int) -> str:
    return f"{count} contact" if count == 1 else f"{count} contacts"
