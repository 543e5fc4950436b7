"""Argument parsing and dispatch. Each command module exposes ``register(subparsers)``, which
adds its parser with ``set_defaults(func=...)``; the function takes the parsed args and returns
the exit code. :class:`CliError` and :class:`~rolodex.db.StoreError` become one line on stderr
and a non-zero exit."""

from __future__ import annotations

import argparse
import gc
import importlib
import sys

from rolodex import __version__, logs
from rolodex.db import StoreError
from rolodex.logs import LEVELS

COMMAND_MODULES = (
    "rolodex.cli.contacts_cmd",
    "rolodex.cli.list_cmd",
    "rolodex.cli.transfer_cmd",
    "rolodex.cli.crm_cmd",
    "rolodex.cli.cadence_cmd",
    "rolodex.cli.labels_cmd",
    "rolodex.cli.safety_cmd",
    "rolodex.cli.trash_cmd",
    "rolodex.cli.tags_cmd",
    "rolodex.cli.copy_cmd",
    "rolodex.cli.sales_cmd",
    "rolodex.cli.reports_cmd",
    "rolodex.cli.campaigns_cmd",
    "rolodex.cli.team_cmd",
    "rolodex.cli.sync_cmd",
)


class CliError(Exception):
    """A user mistake on the command line: printed as one line, exit code 2."""


def build_parser(*, with_commands: bool = True) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="rolodex",
        description="Contact manager and CRM.",
        allow_abbrev=False,  # a command's --log must not be taken for --log-level
    )
    parser.add_argument("--version", action="version", version=f"rolodex {__version__}")
    parser.add_argument(
        "--db",
        metavar="PATH|URL",
        help="the book to open: a file, or postgresql://user@host:port/dbname "
        "(default: your data folder)",
    )
    parser.add_argument(
        "--passphrase-file",
        metavar="F",
        help="file holding the passphrase of an encrypted book (or set ROLODEX_PASSPHRASE)",
    )
    parser.add_argument(
        "--user",
        metavar="NAME",
        help="record what you do under this name (or set ROLODEX_USER; default: your "
        "server login, or your login on this computer)",
    )
    parser.add_argument("--data-dir", metavar="DIR", help=argparse.SUPPRESS)
    # Tests and benchmarks: quit once the first window is painted, printing "SHOWN <time>".
    parser.add_argument("--startup-check", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument(
        "--log-level",
        type=str.upper,
        choices=LEVELS,
        default="INFO",
        help="how much goes into rolodex.log in the data folder (default: INFO)",
    )
    parser.add_argument(
        "--install-desktop",
        action="store_true",
        help="add Rolodex to your desktop's applications menu (entry, icons, metainfo)",
    )
    if not with_commands:  # starting the app: no need to load every command module
        parser.set_defaults(command=None)
        return parser
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return parser


def run(argv: list[str]) -> int:
    if not {"-h", "--help"} & set(argv):
        gui_args, rest = build_parser(with_commands=False).parse_known_args(argv)
        if not rest:  # only global options: start the app without loading the commands
            return run_globals(gui_args)
    from rolodex.pg_driver import import_peewee

    import_peewee()  # before the commands' modules, without psycopg (a server book loads it)
    args = build_parser().parse_args(argv)
    if args.command is None:
        return run_globals(args)
    gc.enable()  # off while the program started (rolodex.__main__)
    try:
        start_log(args)
        if args.user:
            from rolodex.store.users import act_as

            act_as(args.user)
        if args.command in ("import", "imports"):
            from rolodex.safety import hooks

            hooks.install()  # imports and their undo back the book up first
        return int(args.func(args))
    except (CliError, StoreError) as exc:
        logs.log.warning("%s", exc if isinstance(exc, StoreError) else "command line mistake")
        print(f"rolodex: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("rolodex: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:  # output piped into head: not an error
        sys.stderr.close()
        return 0


def start_log(args: argparse.Namespace) -> None:
    """Configure the log once for this run (the data folder, ``--log-level``)."""
    import os

    from rolodex import logs, paths
    from rolodex.cli.common import PASSPHRASE_ENV, book_display

    book = book_display(args).expanduser()
    secret = bool(getattr(args, "passphrase_file", None) or os.environ.get(PASSPHRASE_ENV))
    logs.start(paths.init(args.data_dir).data_dir, args.log_level, book, passphrase_given=secret)
    logs.log.info("Command: %s", getattr(args, "command", None) or "app")
    logs.log.debug("Arguments: %s", sys.argv[1:], extra={"contact_data": True})


def run_globals(args: argparse.Namespace) -> int:
    """No command: ``--install-desktop``, or start the app."""
    try:
        start_log(args)
    except StoreError as exc:  # e.g. --db "" or a FIFO: refused before anything starts
        print(f"rolodex: {exc}", file=sys.stderr)
        return 2
    if args.install_desktop:
        from rolodex.desktop import DesktopError, install_desktop

        try:
            files = install_desktop()
        except DesktopError as exc:
            print(f"rolodex: {exc}", file=sys.stderr)
            return 2
        print(f"Installed {len(files)} files; Rolodex is in your applications menu.")
        return 0
    from rolodex.ui.feature_scan import load_qt

    load_qt()  # Qt first, its scan of each later import answered where it is known
    from rolodex.ui.app import run_gui

    return run_gui(args)
