"""Phone numbers: the quick path for numbers already written internationally must agree
exactly with Google's libphonenumber on every region's numbers, however they are spaced."""

from __future__ import annotations

import phonenumbers
import pytest

from rolodex.phones import check, international_e164

FORMATS = [
    phonenumbers.PhoneNumberFormat.INTERNATIONAL,
    phonenumbers.PhoneNumberFormat.E164,
]
TYPES = [phonenumbers.PhoneNumberType.FIXED_LINE, phonenumbers.PhoneNumberType.MOBILE]


def written_numbers() -> list[str]:
    out = []
    for region in sorted(phonenumbers.SUPPORTED_REGIONS):
        for kind in TYPES:
            example = phonenumbers.example_number_for_type(region, kind)
            if example is None:
                continue
            for style in FORMATS:
                text = phonenumbers.format_number(example, style)
                out += [text, text.replace(" ", "-"), text.replace(" ", "."), text.replace(" ", "")]
    return out


def test_quick_path_agrees_with_the_full_parser_for_every_region() -> None:
    disagreements = []
    used = 0
    for text in written_numbers():
        quick = international_e164(text)
        if not quick:
            continue
        used += 1
        full = phonenumbers.format_number(
            phonenumbers.parse(text, "NO"), phonenumbers.PhoneNumberFormat.E164
        )
        if quick != full:
            disagreements.append((text, quick, full))
    assert disagreements == []
    assert used > 1000  # the quick path really is the common one


@pytest.mark.parametrize(
    ("text", "region", "e164"),
    [
        ("+47 22 33 44 55", "US", "+4722334455"),
        ("22 33 44 55", "NO", "+4722334455"),
        ("+44 (0)20 7946 0958", "NO", "+442079460958"),  # trunk 0 in brackets: full parser
        ("+370 612 34567", "NO", "+37061234567"),
        ("+7 (495) 123-45-67", "NO", "+74951234567"),
    ],
)
def test_numbers_normalise_to_e164(text: str, region: str, e164: str) -> None:
    assert check(text, region).e164 == e164


def test_impossible_numbers_explain_themselves() -> None:
    assert check("+47 12", "NO").error
    assert check("not a phone", "NO").error == "This is not a phone number."
