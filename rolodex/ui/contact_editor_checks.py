"""What the contact editor checks as you type, each with an explanation a person can act on:
email syntax, phone numbers (parsed with libphonenumber via :mod:`rolodex.phones`) and dates."""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import QCoreApplication

from rolodex.phones import check as check_number

_FULL_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_NO_YEAR = re.compile(r"^--(\d{2})-?(\d{2})$")
_DOMAIN_LABEL = re.compile(r"^[^\W_](?:[\w-]*[^\W_])?$", re.UNICODE)


def _tr(text: str) -> str:
    return QCoreApplication.translate("ContactEditor", text)


def email_problem(text: str) -> str:
    """Why ``text`` is not an email address, or "" when it looks fine (or is empty)."""
    value = text.strip()
    if not value:
        return ""
    if any(ch.isspace() for ch in value):
        return _tr("An email address cannot contain spaces.")
    if "@" not in value:
        return _tr("An email address needs an @, as in name@example.com.")
    local, _, domain = value.rpartition("@")
    if "@" in local and not local.startswith('"'):
        return _tr("An email address has only one @.")
    if not local:
        return _tr("The name before the @ is missing.")
    if not domain:
        return _tr("The domain after the @ is missing, as in name@example.com.")
    labels = domain.split(".")
    if len(labels) < 2 or not all(_DOMAIN_LABEL.match(label) for label in labels):
        return _tr("“{domain}” is not a valid domain; it should look like example.com.").format(
            domain=domain
        )
    return ""


def phone_problem(text: str, region: str) -> str:
    """Why ``text`` is not a phone number for the default ``region``, or ""."""
    if not text.strip():
        return ""
    error = check_number(text, region).error
    return _tr(error) if error else ""


def date_problem(text: str) -> str:
    """Why ``text`` is not a date (YYYY-MM-DD, or --MM-DD when the year is unknown), or ""."""
    value = text.strip()
    if not value:
        return ""
    full, no_year = _FULL_DATE.match(value), _NO_YEAR.match(value)
    if not full and not no_year:
        return _tr("Write the date as YYYY-MM-DD, or --MM-DD when the year is unknown.")
    try:
        if full:
            date(int(full[1]), int(full[2]), int(full[3]))
        elif no_year:
            date(2000, int(no_year[1]), int(no_year[2]))  # a leap year: 29 February is fine
    except ValueError:
        return _tr("“{text}” is not a real date.").format(text=value)
    return ""
