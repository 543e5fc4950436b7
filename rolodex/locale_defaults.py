"""Defaults that depend on where the user is: phone region, paper size, label sheet and the
sender's country — from the system locale, not an assumed United States.

The locale is read from the environment as POSIX resolves it (``LC_ALL``, then the category's
own variable — ``LC_TELEPHONE``, ``LC_PAPER``, ``LC_ADDRESS`` — then ``LANG``): "nb_NO.UTF-8"
says Norway and A4. "C", "C.UTF-8" and "POSIX" say nothing; then the app asks once (the first-run
country question) and stores the answer in the user's settings file. Each value comes with where
it came from, for Preferences to show: :data:`CHOSEN` (the settings file or the first-run
answer), :data:`SYSTEM` (the locale) or :data:`UNKNOWN` (neither: international numbers only,
A4, no sender country). Core code: no Qt here; the UI may pass ``QLocale``'s answer instead.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, replace

from rolodex import settings as user_settings

CHOSEN, SYSTEM, UNKNOWN, BOOK = "chosen", "system", "unknown", "book"
A4, LETTER = "a4", "letter"
PAPER_SIZES = (A4, LETTER)
# Countries whose offices use US Letter (glibc's LC_PAPER; the rest of the world uses A4).
LETTER_COUNTRIES = frozenset(
    {"US", "CA", "MX", "PR", "PH", "CL", "CO", "CR", "DO", "GT", "NI", "PA", "SV", "VE", "BZ"}
)
LABEL_SHEETS = {A4: "avery-l7160", LETTER: "avery-5160"}
_SAYS_NOTHING = {"", "C", "POSIX"}
_LOCALE = re.compile(r"^(?P<lang>[A-Za-z]{2,3})(?:_(?P<country>[A-Za-z]{2}))?(?:[.@].*)?$")


@dataclass(frozen=True)
class Default:
    """A value in force and where it came from (:data:`CHOSEN`, :data:`SYSTEM`...)."""

    value: str
    source: str


def locale_name(category: str, environ: Mapping[str, str] | None = None) -> str:
    """The locale in force for ``category`` ("LC_PAPER"...), as POSIX picks it; "" for none."""
    env = os.environ if environ is None else environ
    for variable in ("LC_ALL", category, "LANG"):
        value = env.get(variable, "").strip()
        if value:
            return "" if value.split(".")[0].upper() in _SAYS_NOTHING else value
    return ""


def country_of(locale: str) -> str:
    """The country code of a locale name ("nb_NO.UTF-8" → "NO"; "C.UTF-8", "en" → "")."""
    match = _LOCALE.match(locale.strip())
    return (match.group("country") or "").upper() if match else ""


def system_country(category: str = "LC_ADDRESS", environ: Mapping[str, str] | None = None) -> str:
    """The country the system locale names for ``category``, "" when it names none."""
    return country_of(locale_name(category, environ))


def paper_for(country: str) -> str:
    """The paper offices in ``country`` use: Letter in the Americas' Letter countries, else A4."""
    return LETTER if country.upper() in LETTER_COUNTRIES else A4


def _load() -> user_settings.Settings:
    try:
        return user_settings.load()
    except user_settings.SettingsError:
        return user_settings.Settings()  # a broken file is reported by Preferences


def _pick(chosen: str, system: str) -> Default:
    if chosen:
        return Default(chosen, CHOSEN)
    if system:
        return Default(system, SYSTEM)
    return Default("", UNKNOWN)


def phone_region(
    options: user_settings.Settings | None = None, environ: Mapping[str, str] | None = None
) -> Default:
    """The region for numbers typed without a country code, before any book's own choice."""
    options = options or _load()
    return _pick(options.phone_region, system_country("LC_TELEPHONE", environ))


def sender_country(
    options: user_settings.Settings | None = None, environ: Mapping[str, str] | None = None
) -> Default:
    """The sender's country on address labels (left off labels to addresses in it)."""
    options = options or _load()
    return _pick(options.sender_country, system_country("LC_ADDRESS", environ))


def paper_size(
    options: user_settings.Settings | None = None, environ: Mapping[str, str] | None = None
) -> Default:
    """ "a4" or "letter"; A4 when nothing is known (most of the world)."""
    options = options or _load()
    country = system_country("LC_PAPER", environ)
    found = _pick(options.paper_size, paper_for(country) if country else "")
    return found if found.value else Default(A4, UNKNOWN)


def label_sheet(
    options: user_settings.Settings | None = None, environ: Mapping[str, str] | None = None
) -> Default:
    """The label sheet offered first: Avery L7160 on A4, Avery 5160 on Letter."""
    paper = paper_size(options, environ)
    return Default(LABEL_SHEETS[paper.value], paper.source)


def needs_first_run(
    options: user_settings.Settings | None = None, environ: Mapping[str, str] | None = None
) -> bool:
    """True when neither the settings file nor the locale says which country the user is in."""
    options = options or _load()
    if options.phone_region or options.sender_country or options.paper_size:
        return False
    return not any(system_country(c, environ) for c in ("LC_ADDRESS", "LC_TELEPHONE", "LC_PAPER"))


def with_country(options: user_settings.Settings, country: str) -> user_settings.Settings:
    """The settings after the first-run answer: region, sender country and paper from it."""
    code = country.upper()
    return replace(options, phone_region=code, sender_country=code, paper_size=paper_for(code))
