"""Amounts as the user's locale writes them: "12 000,00 kr" in Norwegian, "$12,000.00" in
American English. Exact (the digits come from the integer of minor units, never a float);
the locale's own symbol for its own currency, the ISO code for any other ("1 500,00 EUR").
Amounts typed back are read by :func:`rolodex.sales.money.parse_amount`, which takes the
locale's decimal comma; :func:`editable` gives the text an edit field starts with.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale

from rolodex.sales import money

_PLACEHOLDER = 1234.0


def _number(minor: int, currency: str, locale: QLocale, grouped: bool = True) -> str:
    places = money.decimals(currency)
    whole, part = divmod(abs(minor), 10**places)
    text = locale.toString(whole) if grouped else str(whole)
    if places:
        text += locale.decimalPoint() + str(part).zfill(places)
    return ("-" if minor < 0 else "") + text


def show_money(minor: int, currency: str, locale: QLocale | None = None) -> str:
    """``minor`` units of ``currency`` as the locale shows an amount of money."""
    here = locale or QLocale()
    own = here.currencySymbol(QLocale.CurrencySymbolFormat.CurrencyIsoCode) == currency
    symbol = here.currencySymbol() if own else currency
    sample = here.toCurrencyString(_PLACEHOLDER, "\u00a4", 0)
    number = _number(minor, currency, here)
    shape = sample.replace(here.toString(int(_PLACEHOLDER)), "\x00")
    if "\x00" not in shape:  # a locale writing numbers oddly: the plain way
        return f"{number}\u00a0{symbol}"
    if not own:  # a code is a word: "EUR 12,000.00", not "EUR12,000.00"
        shape = shape.replace("\u00a4\x00", "\u00a4\u00a0\x00")
        shape = shape.replace("\x00\u00a4", "\x00\u00a0\u00a4")
    return shape.replace("\u00a4", symbol).replace("\x00", number)


def editable(minor: int, currency: str, locale: QLocale | None = None) -> str:
    """The amount for an edit field: the locale's decimal sign, no grouping ("12000,50")."""
    return _number(minor, currency, locale or QLocale(), grouped=False)
