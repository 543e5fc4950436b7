"""Country codes and names for the country line of an address.

Names come in the sender's language from ICU's locale data (PyICU, already used for
collation); without ICU, pycountry's English name; failing both, the code itself. They are
written in capitals, as the UPU recommends for the destination country line.
"""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=512)
def country_code(text: str) -> str:
    """The ISO 3166-1 alpha-2 code for a code or an English name ("no", "Norway"), else ""."""
    value = text.strip()
    if not value:
        return ""
    import pycountry

    try:
        return str(pycountry.countries.lookup(value).alpha_2)
    except LookupError:
        return ""


@lru_cache(maxsize=512)
def country_name(code: str, language: str) -> str:
    """The country's name in ``language`` (e.g. "NO", "de" -> "NORWEGEN")."""
    name = _icu_name(code, language) or _english_name(code) or code
    return name.upper()


def _icu_name(code: str, language: str) -> str:
    try:
        import icu
    except ImportError:
        return ""
    name = str(icu.Locale(f"und_{code}").getDisplayCountry(icu.Locale(language or "en")))
    return "" if name in ("", code, f"und_{code}") else name


def _english_name(code: str) -> str:
    import pycountry

    country = pycountry.countries.get(alpha_2=code)
    return str(country.name) if country is not None else ""
