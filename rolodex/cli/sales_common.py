"""What the sales command modules share: opening the book with the clock they use, turning
SalesError and bad input into one CliError line, and printing JSON."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from typing import Any

from rolodex.cli.common import open_book
from rolodex.clock import Clock, SystemClock
from rolodex.db import close_store
from rolodex.sales.records import SalesError
from rolodex.services.crm.records import CrmError

make_clock: Callable[[], Clock] = SystemClock
"""The clock the commands use (tests replace it)."""


def cli_error(message: str) -> Exception:
    from rolodex.cli.main import CliError

    return CliError(message)


@contextmanager
def sales_book(args: argparse.Namespace) -> Iterator[Clock]:
    """Open the book; SalesError, CrmError and bad values become CliError; close at the end."""
    open_book(args)
    try:
        yield make_clock()
    except (SalesError, CrmError, ValueError) as exc:
        raise cli_error(str(exc)) from None
    finally:
        close_store()


def print_json(data: Any) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2))


def iso_date(text: str) -> date:
    """The argparse type of a date option: 2027-01-31."""
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2027-01-31") from None


iso_date.__name__ = "date"


def month(text: str) -> str:
    """The argparse type of a month option: 2027-01."""
    try:
        return date.fromisoformat(text.strip() + "-01").isoformat()[:7]
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a month like 2027-01") from None


def percent(text: str) -> int:
    if not text.strip().isdecimal() or not 0 <= int(text) <= 100:
        raise argparse.ArgumentTypeError(f"{text!r} is not a percentage from 0 to 100")
    return int(text)
