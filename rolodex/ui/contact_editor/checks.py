"""What the contact editor checks as you type, each with an explanation a person can act on:
email syntax, phone numbers (parsed with libphonenumber via :mod:`rolodex.phones`) and dates."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from rolodex.dates import DateError
from rolodex.phones import check as check_number
from rolodex.ui.locale import dates as locale_dates

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
    """Why ``text`` is not a date in the locale's form (or ISO), or ""."""
    try:
        locale_dates.read_date(text)
    except DateError as exc:
        if exc.bad_form:
            return _tr(
                "Write the date as {example} (or 1985-03-14); leave out the year when unknown."
            ).format(example=locale_dates.example())
        return _tr("“{text}” is not a real date.").format(text=text.strip())
    return ""
