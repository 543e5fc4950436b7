"""Amounts as integers of a currency's minor units (øre, cents): parsed from what people type,
shown again as exact decimals. Never a float. And the book's main currency, a book setting.

Most currencies have two decimals; the ISO 4217 exceptions Rolodex knows are listed. The main
currency defaults to the one of the country the locale names (NO → NOK), else EUR.
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_EVEN, Decimal, InvalidOperation

from rolodex.sales.records import SalesError

MAIN_CURRENCY = "main_currency"
ZERO_DECIMALS = frozenset({"JPY", "KRW", "ISK", "CLP", "VND", "PYG", "UGX", "XAF", "XOF"})
THREE_DECIMALS = frozenset({"BHD", "IQD", "JOD", "KWD", "LYD", "OMR", "TND"})
BY_COUNTRY = {
    "NO": "NOK", "SE": "SEK", "DK": "DKK", "IS": "ISK", "GB": "GBP", "US": "USD", "CA": "CAD",
    "CH": "CHF", "PL": "PLN", "CZ": "CZK", "RU": "RUB", "UA": "UAH", "JP": "JPY", "AU": "AUD",
    "LT": "EUR", "LV": "EUR", "EE": "EUR", "FI": "EUR", "DE": "EUR", "FR": "EUR", "NL": "EUR",
}  # fmt: skip
DEFAULT_CURRENCY = "EUR"
MAX_MINOR = 10**17  # well inside a signed 64-bit column, whatever the decimals
_CODE = re.compile(r"^[A-Z]{3}$")
_AMOUNT = re.compile(r"^-?\d+([.,]\d+)?$")


def decimals(currency: str) -> int:
    """How many decimals ``currency`` has (2 unless ISO 4217 says otherwise)."""
    if currency in ZERO_DECIMALS:
        return 0
    return 3 if currency in THREE_DECIMALS else 2


def check_currency(text: str) -> str:
    """An ISO 4217 code in capitals ("nok" → "NOK"); SalesError for anything else."""
    code = text.strip().upper()
    if not _CODE.match(code):
        raise SalesError(f"{text!r} is not a currency code (three letters, e.g. NOK, EUR).")
    return code


def parse_amount(text: str, currency: str) -> int:
    """``text`` ("12000", "12 000,50", "1200.5") in minor units of ``currency``; SalesError
    when it is not an amount, has more decimals than the currency or is out of range."""
    cleaned = text.strip().replace("\u00a0", "").replace(" ", "").replace("_", "")
    if not _AMOUNT.match(cleaned):
        raise SalesError(f"{text!r} is not an amount (digits, and a decimal point or comma).")
    try:
        value = Decimal(cleaned.replace(",", "."))
    except InvalidOperation:
        raise SalesError(f"{text!r} is not an amount.") from None
    minor = value.scaleb(decimals(currency))
    if minor != minor.to_integral_value():
        raise SalesError(f"{text!r} has more decimals than {currency} has.")
    if abs(minor) >= MAX_MINOR:
        raise SalesError(f"{text!r} is too large an amount.")
    return int(minor)


def to_decimal(minor: int, currency: str) -> Decimal:
    """Minor units back to an exact decimal of major units (1200050 NOK → 12000.50)."""
    return Decimal(minor).scaleb(-decimals(currency))


def to_number(minor: int, currency: str) -> int | float:
    """For JSON: an int when whole, else the decimal's nearest float (exact for the two or
    three decimals amounts have, since the value came from a short decimal)."""
    amount = to_decimal(minor, currency)
    return int(amount) if amount == amount.to_integral_value() else float(amount)


def weighted(value_times_percent: int) -> int:
    """Σ(value × probability%) / 100, rounded half-even to a whole minor unit."""
    return int((Decimal(value_times_percent) / 100).quantize(Decimal(1), ROUND_HALF_EVEN))


def display(minor: int, currency: str) -> str:
    """ "12 000.50 NOK": grouped by thin spaces, the currency's decimals, its code."""
    amount = to_decimal(minor, currency)
    places = decimals(currency)
    text = f"{amount:,.{places}f}".replace(",", "\u202f")
    return f"{text} {currency}"


def main_currency() -> str:
    """The book's main currency: its setting, else the locale's country's, else EUR."""
    from rolodex.locale_defaults import system_country
    from rolodex.services import prefs

    own = prefs.get(MAIN_CURRENCY)
    if own:
        return own
    return BY_COUNTRY.get(prefs.phone_region() or system_country(), DEFAULT_CURRENCY)


def set_main_currency(code: str) -> str:
    """Make ``code`` the book's main currency (checked); returns it."""
    from rolodex.services import prefs

    currency = check_currency(code)
    prefs.put(MAIN_CURRENCY, currency)
    return currency
