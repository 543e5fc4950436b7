"""The country line of a label: the destination's name in the sender's language, in
capitals as the UPU recommends. Codes and names come from :mod:`rolodex.countries`."""

from __future__ import annotations

from rolodex.countries import country_code
from rolodex.countries import country_name as _country_name

__all__ = ["country_code", "country_name"]


def country_name(code: str, language: str) -> str:
    """The country's name in ``language``, in capitals (e.g. "NO", "de" -> "NORWEGEN")."""
    return _country_name(code, language).upper()
