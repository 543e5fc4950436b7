"""Safety commands: ``backup``, ``backups list``, ``restore``, ``encrypt``, ``decrypt`` and
``change-passphrase``. A wrong passphrase or an unusable file ends with one line on stderr."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from rolodex.cli.common import book_path, open_book, read_passphrase, read_passphrase_file
from rolodex.db import close_store


def register(sub: argparse._SubParsersAction[Any]) -> None:
    """Add this module's commands to the CLI."""
    p = sub.add_parser("backup", help="back up the book now (verified copy)")
    p.add_argument("-o", "--output", metavar="FILE", help="write the backup here")
    p.set_defaults(func=cmd_backup)
    p = sub.add_parser("backups", help="the book's backups")
    actions = p.add_subparsers(dest="backups_action", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help="list backups: date, size, contacts")
    listing.add_argument("--json", action="store_true", help="print JSON")
    listing.set_defaults(func=cmd_list)
    p = sub.add_parser("restore", help="restore the book from a backup (undoable)")
    p.add_argument("file", metavar="FILE")
    p.add_argument(
        "--other-book", action="store_true", help="restore even a backup of another book"
    )
    p.add_argument(
        "--dry-run", action="store_true", help="only check the backup and say what it holds"
    )
    p.set_defaults(func=cmd_restore)
    _register_crypto(sub)


def _register_crypto(sub: argparse._SubParsersAction[Any]) -> None:
    p = sub.add_parser("encrypt", help="encrypt the book with a passphrase")
    p.add_argument("--passphrase-file", dest="new_passphrase_file", metavar="F", required=True)
    p.set_defaults(func=cmd_encrypt)
    p = sub.add_parser("decrypt", help="remove the book's encryption")
    p.add_argument(
        "--passphrase-file", dest="passphrase_file", metavar="F", default=argparse.SUPPRESS
    )
    p.set_defaults(func=cmd_decrypt)
    p = sub.add_parser("change-passphrase", help="change the passphrase of an encrypted book")
    p.add_argument("--new-passphrase-file", metavar="NEW", required=True)
    p.set_defaults(func=cmd_change_passphrase)


def cmd_backup(args: argparse.Namespace) -> int:
    from rolodex.safety.backups import backup_now

    open_book(args, create=False)
    try:
        info = backup_now(target=args.output)
    finally:
        close_store()
    print(f"Backed up {info.contacts} contacts to {info.path} (verified).")
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    from rolodex.safety.backups import list_backups

    open_book(args, create=False)
    try:
        found = list_backups()
    finally:
        close_store()
    if args.json:
        print(json.dumps([info.as_json() for info in found], ensure_ascii=False, indent=2))
        return 0
    for info in found:
        when = info.created.astimezone().strftime("%Y-%m-%d %H:%M")
        size = _size(info.size)
        print(f"{when}  {size:>9}  {info.contacts:>7} contacts  {info.reason:<24}  {info.path}")
    if not found:
        print("No backups yet.")
    return 0


def _size(size: int) -> str:
    value = float(size)
    for unit in ("B", "KiB", "MiB", "GiB"):
        if value < 1024 or unit == "GiB":
            return f"{size} B" if unit == "B" else f"{value:.1f} {unit}"
        value /= 1024
    return f"{size} B"


def cmd_restore(args: argparse.Namespace) -> int:
    from rolodex.cli.main import CliError
    from rolodex.safety.restore import OtherBookError, preview, restore

    open_book(args, create=False)
    try:
        facts = preview(Path(args.file), other_book=args.other_book)
        print(f"{args.file} holds {_holds(facts)}.")
        if args.dry_run:
            print("Dry run: nothing was changed.")
            return 0
        result = restore(Path(args.file), other_book=args.other_book)
    except OtherBookError as exc:
        raise CliError(f"{exc} Give --other-book to restore it anyway.") from exc
    finally:
        close_store()
    print(f"Restored {result.contacts} contacts from {args.file}.")
    print(f"The book as it was is saved in {result.undo.path} (restore it to undo this).")
    return 0


def _holds(facts: Any) -> str:
    last = facts.last_change or "never"
    return f"{facts.contacts} contacts, last changed {last} (schema {facts.version})"


def _read_new_passphrase(name: str) -> str:
    from rolodex.cli.main import CliError

    text = read_passphrase_file(name)
    if not text:
        raise CliError(f"The passphrase file {name} is empty.")
    return text


def _current_passphrase(args: argparse.Namespace) -> str:
    from rolodex.cli.main import CliError

    passphrase = read_passphrase(args)
    if not passphrase:
        raise CliError("Give the book's passphrase with --passphrase-file F or ROLODEX_PASSPHRASE.")
    return passphrase


def cmd_encrypt(args: argparse.Namespace) -> int:
    from rolodex.safety.crypto import encrypt_book

    result = encrypt_book(book_path(args), _read_new_passphrase(args.new_passphrase_file))
    return _report(result, "Encrypted")


def cmd_decrypt(args: argparse.Namespace) -> int:
    from rolodex.safety.crypto import decrypt_book

    result = decrypt_book(book_path(args), _current_passphrase(args))
    return _report(result, "Decrypted")


def cmd_change_passphrase(args: argparse.Namespace) -> int:
    from rolodex.safety.crypto import change_passphrase

    new = _read_new_passphrase(args.new_passphrase_file)
    result = change_passphrase(book_path(args), _current_passphrase(args), new)
    return _report(result, "Changed the passphrase of")


def _report(result: Any, verb: str) -> int:
    print(f"{verb} {result.book} and {len(result.converted)} backup copies.")
    for problem in result.failed:
        print(f"rolodex: warning: {problem}")
    return 1 if result.failed else 0
