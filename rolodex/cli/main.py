"""Argument parsing and dispatch. Each command module exposes ``register(subparsers)``, which
adds its parser with ``set_defaults(func=...)``; the function takes the parsed args and returns
the exit code. :class:`CliError` and :class:`~rolodex.db.StoreError` become one line on stderr
and a non-zero exit."""

from __future__ import annotations

import argparse
import importlib
import sys

from rolodex import __version__
from rolodex.db import StoreError

COMMAND_MODULES = (
    "rolodex.cli.contacts_cmd",
    "rolodex.cli.transfer_cmd",
    "rolodex.cli.crm_cmd",
    "rolodex.cli.cadence_cmd",
    "rolodex.cli.labels_cmd",
    "rolodex.cli.safety_cmd",
    "rolodex.cli.trash_cmd",
)


class CliError(Exception):
    """A user mistake on the command line: printed as one line, exit code 2."""


def build_parser(*, with_commands: bool = True) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="rolodex", description="Contact manager and CRM.")
    parser.add_argument("--version", action="version", version=f"rolodex {__version__}")
    parser.add_argument("--db", metavar="PATH", help="the book to open (default: your data folder)")
    parser.add_argument(
        "--passphrase-file",
        metavar="F",
        help="file holding the passphrase of an encrypted book (or set ROLODEX_PASSPHRASE)",
    )
    parser.add_argument("--data-dir", metavar="DIR", help=argparse.SUPPRESS)
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
            from rolodex.ui.app import run_gui

            return run_gui(gui_args)
    args = build_parser().parse_args(argv)
    if args.command is None:
        from rolodex.ui.app import run_gui

        return run_gui(args)
    if args.command in ("import", "imports"):
        from rolodex.safety import hooks

        hooks.install()  # imports and their undo back the book up first
    try:
        return int(args.func(args))
    except (CliError, StoreError) as exc:
        print(f"rolodex: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("rolodex: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:  # output piped into head: not an error
        sys.stderr.close()
        return 0
