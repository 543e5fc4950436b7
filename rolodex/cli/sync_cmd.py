"""``sync add|list|remove|run|conflicts|resolve``: two-way CardDAV sync of the book (or a tag of it) with an
address book on a server (Nextcloud, Radicale, Baïkal, a mail provider...).

``sync add`` finds the address book (RFC 6764 discovery from a bare server URL, or the
collection URL itself) before it stores the account, so a wrong address or password is said
at once. The password goes to the system keyring (asked on the terminal), or stays in the
file ``--password-file`` names, read at every sync; ``--collection`` chooses when the server
has several address books. ``sync run --json`` prints the counts; ``sync conflicts`` lists
the fields changed on both sides (the local value was kept) and ``sync resolve ID --take
local|remote`` settles one."""

from __future__ import annotations

import argparse
import getpass
import json
import sys
from typing import Any

from rolodex.cli.common import open_book
from rolodex.db import close_store
from rolodex.sync.errors import SyncError
from rolodex.sync.result import SyncResult


def register(sub: argparse._SubParsersAction[Any]) -> None:
    """Add ``sync add|list|remove|run|conflicts|resolve`` to the CLI."""
    sync = sub.add_parser("sync", help="two-way CardDAV sync: accounts and runs")
    actions = sync.add_subparsers(dest="sync_action", metavar="ACTION", required=True)
    add = actions.add_parser("add", help="add a CardDAV account (its address book is looked up)")
    add.add_argument("name", metavar="NAME")
    add.add_argument("--url", required=True, help="the server's or the address book's URL")
    add.add_argument("--username", required=True, metavar="U")
    add.add_argument("--password-file", metavar="F", help="read the password from F at each sync")
    add.add_argument("--tag", metavar="T", help="sync only the contacts with this tag")
    add.add_argument(
        "--collection", metavar="NAME-or-URL", default="",
        help="the address book to sync when the server has several",
    )  # fmt: skip
    add.add_argument(
        "--trust-certificate", metavar="FINGERPRINT", default="",
        help="trust the server's self-signed certificate with this SHA-256 fingerprint",
    )  # fmt: skip
    add.set_defaults(func=cmd_add)
    listing = actions.add_parser("list", help="list the sync accounts")
    listing.add_argument("--json", action="store_true", help="print JSON")
    listing.set_defaults(func=cmd_list)
    remove = actions.add_parser("remove", help="remove a sync account (no contact is deleted)")
    remove.add_argument("name", metavar="NAME")
    remove.set_defaults(func=cmd_remove)
    run = actions.add_parser("run", help="sync one account, or all of them")
    run.add_argument("name", metavar="NAME", nargs="?")
    run.add_argument("--json", action="store_true", help="print the counts as JSON")
    run.set_defaults(func=cmd_run)
    conflicts = actions.add_parser("conflicts", help="list the sync conflicts to review")
    conflicts.add_argument("name", metavar="NAME", nargs="?", help="of this account only")
    conflicts.add_argument("--json", action="store_true", help="print JSON")
    conflicts.set_defaults(func=cmd_conflicts)
    resolve = actions.add_parser("resolve", help="keep the local value or take the server's")
    resolve.add_argument("id", metavar="ID", type=int, help="the conflict (see `sync conflicts`)")
    resolve.add_argument("--take", required=True, choices=("local", "remote"))
    resolve.set_defaults(func=cmd_resolve)


def _ask_password(args: argparse.Namespace) -> str:
    if args.password_file:
        return ""
    if not sys.stdin.isatty():
        raise SyncError("No terminal to ask the password on: use --password-file F.")
    return getpass.getpass(f"Password for {args.username}: ")


def cmd_add(args: argparse.Namespace) -> int:
    from rolodex.sync.accounts import add_account

    password = _ask_password(args)
    open_book(args)
    try:
        account = add_account(
            args.name, args.url, args.username, password=password,
            password_file=args.password_file or "", tag=args.tag or "",
            fingerprint=args.trust_certificate, collection=args.collection,
        )  # fmt: skip
    finally:
        close_store()
    print(f"Added {account.name!r}: {account.collection_url}")
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    from rolodex.sync.accounts import accounts

    open_book(args, create=False)
    try:
        found = accounts()
    finally:
        close_store()
    if args.json:
        rows = [
            {"name": a.name, "url": a.url, "username": a.username, "tag": a.tag,
             "collection": a.collection_url, "last_run": a.last_run_at,
             "last_result": json.loads(a.last_result) if a.last_result else None}
            for a in found
        ]  # fmt: skip
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    for a in found:
        scope = f" (tag {a.tag})" if a.tag else ""
        last = f", last synced {a.last_run_at}" if a.last_run_at else ", never synced"
        print(f"{a.name}{scope}: {a.username} at {a.collection_url or a.url}{last}")
    if not found:
        print("No sync accounts (add one with `rolodex sync add`).")
    return 0


def cmd_remove(args: argparse.Namespace) -> int:
    from rolodex.sync.accounts import remove_account

    open_book(args, create=False)
    try:
        remove_account(args.name)
    finally:
        close_store()
    print(f"Removed {args.name!r} (the contacts stay in the book and on the server).")
    return 0


def cmd_run(args: argparse.Namespace) -> int:
    from rolodex.sync.accounts import accounts, require, run_account

    open_book(args, create=False)
    total = SyncResult()
    try:
        chosen = [require(args.name)] if args.name else accounts()
        if not chosen:
            raise SyncError("No sync accounts (add one with `rolodex sync add`).")
        for account in chosen:
            try:
                result = run_account(account)
            except SyncError as exc:
                result = SyncResult()
                result.error(f"{account.name}: {exc}")
            total.add(result)
            if not args.json:
                print(f"{account.name}: {result.summary()}")
    finally:
        close_store()
    for message in total.messages:
        print(f"rolodex: {message}", file=sys.stderr)
    if args.json:
        print(json.dumps(total.counts()))
    return 1 if total.errors else 0


def cmd_conflicts(args: argparse.Namespace) -> int:
    from rolodex.sync.review import open_conflicts

    open_book(args, create=False)
    try:
        found = open_conflicts(args.name or "")
    finally:
        close_store()
    if args.json:
        rows = [
            {"id": c.id, "account": c.account, "contact_id": c.contact_id, "contact": c.contact,
             "field": c.field, "local": c.local, "remote": c.remote, "created_at": c.created_at}
            for c in found
        ]  # fmt: skip
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    for c in found:
        print(f"{c.id}  {c.account}: {c.contact}, {c.field.replace('_', ' ')}: kept "
              f"{c.local!r}, the server had {c.remote!r}")  # fmt: skip
    if not found:
        print("No sync conflicts to review.")
    return 0


def cmd_resolve(args: argparse.Namespace) -> int:
    from rolodex.sync.review import resolve

    open_book(args, create=False)
    try:
        conflict = resolve(args.id, args.take)
    finally:
        close_store()
    kept = conflict.local if args.take == "local" else conflict.remote
    print(f"{conflict.contact}, {conflict.field.replace('_', ' ')}: {kept!r}"
          + (" (sent at the next sync)" if args.take == "remote" else ""))  # fmt: skip
    return 0
