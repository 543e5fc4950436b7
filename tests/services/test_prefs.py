"""Settings kept in the book: stored, replaced and read back the same on a file and a server."""

from __future__ import annotations

from rolodex.services import prefs
from rolodex.store import prefs as stored


def test_a_setting_is_stored_replaced_and_forgotten(any_book: str) -> None:
    assert prefs.get(prefs.PHONE_REGION, "US") == "US"

    prefs.put(prefs.PHONE_REGION, "NO")
    prefs.put(prefs.PHONE_REGION, "LT")
    prefs.put(prefs.COLLATION, "nb_NO")

    assert prefs.phone_region() == "LT"
    assert prefs.collation_locale() == "nb_NO"
    stored.delete([prefs.PHONE_REGION, "never.stored"])
    assert prefs.get(prefs.PHONE_REGION) == ""
    assert prefs.get(prefs.COLLATION) == "nb_NO"


def test_a_long_unicode_value_comes_back_exactly(any_book: str) -> None:
    value = "Ærø – Šarūnas – Дмитрий – " + "x" * 100_000
    prefs.put("merge.undo.test", value)
    assert prefs.get("merge.undo.test") == value
