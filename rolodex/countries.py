"""Countries: ISO 3166-1 alpha-2 codes from whatever people wrote, and names back from codes.

Phones and mail programs write the country as text in the user's language ("Norge",
"Lietuva", "Россия", "Deutschland"). Codes are found by pycountry (codes and English names)
and by the country names ICU knows in the languages our users write in, folded so case and
accents do not matter. Names come back in a chosen language from ICU, else pycountry's English.
"""

from __future__ import annotations

from functools import lru_cache

from rolodex.textfold import fold

# Languages whose country names are recognised on import.
NAME_LANGUAGES = (
    "en", "nb", "nn", "da", "sv", "fi", "is", "de", "nl", "fr", "es", "it", "pt", "pl", "cs",
    "sk", "hu", "lt", "lv", "et", "ru", "uk", "be", "bg", "el", "tr", "ja", "zh", "ko",
)  # fmt: skip
ALIASES = {
    "uk": "GB", "great britain": "GB", "england": "GB", "scotland": "GB", "wales": "GB",
    "usa": "US", "u.s.a.": "US", "u.s.": "US", "america": "US", "holland": "NL",
    "russia": "RU", "south korea": "KR", "korea": "KR", "north korea": "KP", "iran": "IR",
    "vietnam": "VN", "syria": "SY", "laos": "LA", "moldova": "MD", "bolivia": "BO",
    "venezuela": "VE", "tanzania": "TZ", "taiwan": "TW", "czech republic": "CZ",
}  # fmt: skip


@lru_cache(maxsize=1)
def _names() -> dict[str, str]:
    """Folded country name (in every language above) -> alpha-2 code."""
    import pycountry

    names = {fold(k): v for k, v in ALIASES.items()}
    for country in pycountry.countries:
        code = str(country.alpha_2)
        for attr in ("name", "common_name", "official_name"):
            value = getattr(country, attr, None)
            if value:
                names.setdefault(fold(str(value)), code)
        for language in NAME_LANGUAGES:
            name = icu_name(code, language)
            if name:
                names.setdefault(fold(name), code)
    return names


def icu_name(code: str, language: str) -> str:
    """ICU's name of the country in ``language``, or "" when ICU does not know it."""
    try:
        import icu
    except ImportError:
        return ""
    name = str(icu.Locale(f"und_{code}").getDisplayCountry(icu.Locale(language or "en")))
    return "" if name in ("", code, f"und_{code}") else name


@lru_cache(maxsize=4096)
def country_code(text: str) -> str:
    """The alpha-2 code for a code or a name in any common language ("no", "NOR", "Norge",
    "Norwegen", "Норвегия" -> "NO"), else ""."""
    value = text.strip()
    if not value:
        return ""
    if len(value) in (2, 3) and value.isascii() and value.isalpha():
        import pycountry

        field = "alpha_2" if len(value) == 2 else "alpha_3"
        found = pycountry.countries.get(**{field: value.upper()})  # type: ignore[arg-type]
        if found is not None:
            return str(found.alpha_2)
    return _names().get(fold(value).strip(" ."), "")


def normalize_country(text: str) -> str:
    """The alpha-2 code when the country is recognised, else the text as written."""
    return country_code(text) or text.strip()


@lru_cache(maxsize=512)
def country_name(code: str, language: str = "en") -> str:
    """The country's name in ``language``; text that is not a code comes back unchanged."""
    if len(code) != 2 or not code.isalpha():
        return code
    name = icu_name(code.upper(), language)
    if name:
        return name
    import pycountry

    country = pycountry.countries.get(alpha_2=code.upper())
    return str(getattr(country, "common_name", None) or country.name) if country else code
