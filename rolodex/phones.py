"""Phone numbers: parsing and E.164 normalisation with Google's libphonenumber rules."""

from __future__ import annotations

import re
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
    quick = international_e164(text)
    if quick:
        return PhoneCheck(quick, "")
    try:
        parsed = phonenumbers.parse(text, region.upper() or None)
    except phonenumbers.NumberParseException as exc:
        return PhoneCheck("", _explain(exc))
    if not phonenumbers.is_possible_number(parsed):
        return PhoneCheck("", "This number has the wrong number of digits.")
    return PhoneCheck(phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164), "")


_INTERNATIONAL = re.compile(r"\+[\d \-./()\u00a0]{6,24}")
_NON_DIGITS = re.compile(r"\D")


def international_e164(text: str) -> str:
    """The E.164 form of a number already written internationally ("+47 22 33 44 55"), found
    without a full parse (phones and mail programs export most numbers this way, and a full
    parse is most of an import's phone cost); "" when the number needs the full parser."""
    if not _INTERNATIONAL.fullmatch(text) or "(0" in text:
        return ""
    from phonenumbers import COUNTRY_CODE_TO_REGION_CODE, PhoneNumber, is_possible_number

    digits = _NON_DIGITS.sub("", text)
    for size in (1, 2, 3):
        code = int(digits[:size])
        if code in COUNTRY_CODE_TO_REGION_CODE:
            national = digits[size:]
            if not national or national[0] == "0":
                return ""
            number = PhoneNumber(country_code=code, national_number=int(national))
            return "+" + digits if is_possible_number(number) else ""
    return ""


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
