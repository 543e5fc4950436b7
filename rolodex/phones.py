"""Phone numbers: parsing and E.164 normalisation with Google's libphonenumber rules."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class PhoneCheck:
    e164: str
    error: str


def normalise(number: str, region: str) -> str:
    """E.164 form ("+4722334455") of a number, or "" when it does not parse."""
    return check(number, region).e164


def check(number: str, region: str) -> PhoneCheck:
    """Parse a number for the given default region; explain what is wrong if it fails."""
    import phonenumbers

    text = number.strip()
    if not text:
        return PhoneCheck("", "")
    try:
        parsed = phonenumbers.parse(text, region.upper() or None)
    except phonenumbers.NumberParseException as exc:
        return PhoneCheck("", _explain(exc))
    if not phonenumbers.is_possible_number(parsed):
        return PhoneCheck("", "This number has the wrong number of digits.")
    return PhoneCheck(phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164), "")


def _explain(exc: Exception) -> str:
    import phonenumbers

    reasons = {
        phonenumbers.NumberParseException.INVALID_COUNTRY_CODE: (
            "Unknown country code: start with + and the country code, or set the default region."
        ),
        phonenumbers.NumberParseException.NOT_A_NUMBER: "This is not a phone number.",
        phonenumbers.NumberParseException.TOO_SHORT_NSN: "This number is too short.",
        phonenumbers.NumberParseException.TOO_SHORT_AFTER_IDD: "This number is too short.",
        phonenumbers.NumberParseException.TOO_LONG: "This number is too long.",
    }
    error_type = int(getattr(exc, "error_type", -1))
    return reasons.get(error_type, "This is not a phone number.")
