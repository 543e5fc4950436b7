"""Helpers shared by the command modules: opening the book named by ``--db``."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from rolodex import paths
from rolodex.db import StoreError, StoreInfo, open_store

PASSPHRASE_ENV = "ROLODEX_PASSPHRASE"


def book_path(args: argparse.Namespace) -> Path:
    """The book the command works on: ``--db`` or the default file in the data folder."""
    if args.db:
        return Path(args.db)
    return paths.init(args.data_dir).default_db


def read_passphrase(args: argparse.Namespace) -> str | None:
    """The passphrase from ``--passphrase-file`` or ``ROLODEX_PASSPHRASE``, if any."""
    if getattr(args, "passphrase_file", None):
        try:
            text = Path(args.passphrase_file).read_text(encoding="utf-8")
        except OSError as exc:
            raise StoreError(f"Cannot read passphrase file {args.passphrase_file}: {exc}") from exc
        return text.rstrip("\r\n")
    return os.environ.get(PASSPHRASE_ENV) or None


def open_book(args: argparse.Namespace, *, create: bool = True) -> StoreInfo:
    """Open the book for a command; errors surface as StoreError (one line, non-zero exit).
    What the open tidied after an interrupted operation is said on stderr, in one line."""
    info = open_store(book_path(args), read_passphrase(args), create=create)
    if info.tidied:
        print(f"rolodex: note: {' '.join(info.tidied)}", file=sys.stderr)
    return info
