"""Property-based: any unmodelled properties (odd names, parameters, groups, values with control
characters and non-BMP text) export to cards vobject and Rolodex's reader both read, and every
property is either read back or reported as left out."""

from __future__ import annotations

import base64

import vobject
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rolodex.exporters.vcard import Dropped, card_bytes
from rolodex.importers.vcard_reader import read_vcard_text
from rolodex.records import ContactData, ExtraProperty

PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="
)
ODD_NAMES = ["GEO", "TZ", "LABEL", "PRODID", "KIND", "GENDER", "SORT-STRING",
             "BEGIN", "END", "VERSION", "PROFILE", "end", "X-a/b", "X_B", "X Ü", "", "X-😀",
             "PHOTO", "LOGO", "SOUND", "KEY"]  # fmt: skip
NAMES = st.one_of(
    st.from_regex(r"X-[A-Za-z0-9-]{1,12}", fullmatch=True), st.sampled_from(ODD_NAMES)
)
ANY_TEXT = st.text(
    st.one_of(
        st.characters(codec="utf-8"),  # every code point, controls and non-BMP included
        st.sampled_from(list('\r\n\x00\x07\x1b\x7f\x85\u2028\ufeff\\;:,"^=')),
    ),
    max_size=40,
)
GROUPS = st.one_of(st.just(""), st.from_regex(r"item[0-9]{1,2}", fullmatch=True), ANY_TEXT)
PARAMS = st.dictionaries(
    st.one_of(
        st.from_regex(r"X-[A-Z0-9-]{1,8}", fullmatch=True),
        st.sampled_from(["TYPE", "ENCODING", "CHARSET", "VALUE", "PREF", "BAD KEY", "X_Y"]),
    ),
    st.lists(ANY_TEXT, max_size=3),
    max_size=4,
)
BASE64 = st.binary(max_size=60).map(lambda b: base64.b64encode(b).decode())
VALUES = st.one_of(
    ANY_TEXT, BASE64, BASE64.map(lambda s: s + "A"), BASE64.map("data:;base64,".__add__)
)
# Properties Rolodex models (they are read back into fields, not extras) are not generated.
MODELLED = {"X-ABLABEL", "X-ABDATE", "X-ANNIVERSARY", "X-ROLODEX-DO-NOT-MAIL", "X-AIM", "X-ICQ",
            "X-JABBER", "X-MSN", "X-YAHOO", "X-SKYPE", "X-SKYPE-USERNAME", "X-GTALK",
            "X-GOOGLE-TALK", "X-QQ", "X-GADUGADU", "X-MS-ANNIVERSARY", "X-EVOLUTION-ANNIVERSARY"}  # fmt: skip


def _short_head(extra: ExtraProperty) -> bool:
    """Name and parameters within one physical line: Rolodex's reader takes an unindented line
    without a colon after a base64 line as more base64 (a vCard 2.1 habit), also in 3.0; see
    test_a_long_line_after_base64_is_read_as_its_own_property."""
    head = extra.group + extra.name + "".join(k + "".join(v) for k, v in extra.params.items())
    return len(head.encode()) + 4 * sum(len(v) + 1 for v in extra.params.values()) < 60


EXTRAS = st.lists(
    st.builds(
        ExtraProperty, NAMES.filter(lambda n: n.upper() not in MODELLED), VALUES, PARAMS, GROUPS
    ).filter(_short_head),
    max_size=6,
)


def read_with_both(text: str, count: int) -> list[ContactData]:
    cards = list(vobject.readComponents(text))
    assert len(cards) == count
    for card in cards:
        names = [line.name for line in card.lines()]
        assert "BEGIN" not in names and "END" not in names and names.count("VERSION") == 1
    ours = list(read_vcard_text(text))
    assert all(isinstance(item, ContactData) for item in ours), ours
    assert len(ours) == count
    return [item for item in ours if isinstance(item, ContactData)]


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(extras=EXTRAS, notes=ANY_TEXT, version=st.sampled_from(["3.0", "4.0"]))
def test_any_unmodelled_properties_export_to_a_card_both_parsers_read(
    extras: list[ExtraProperty], notes: str, version: str
) -> None:
    contact = ContactData(id=1, given="Ada", notes=notes, photo=PNG, extras=extras)
    dropped: list[Dropped] = []
    text = card_bytes(contact, version, dropped).decode("utf-8")
    (back,) = read_with_both(text, 1)
    left_out = [d for d in dropped if d.reason != "parameter"]
    assert len(back.extras) + len(left_out) == len(extras)
    assert {d.reason for d in dropped} <= {"structure", "name", "duplicate", "base64", "control",
                                           "parameter"}  # fmt: skip


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(cards=st.lists(EXTRAS, min_size=1, max_size=4), version=st.sampled_from(["3.0", "4.0"]))
def test_a_file_of_such_cards_has_as_many_cards_out_as_in(
    cards: list[list[ExtraProperty]], version: str
) -> None:
    contacts = [ContactData(id=i, given=f"P{i}", extras=extras) for i, extras in enumerate(cards)]
    text = b"".join(card_bytes(c, version) for c in contacts).decode("utf-8")
    back = read_with_both(text, len(contacts))
    assert [c.given for c in back] == [c.given for c in contacts]


def test_a_long_line_after_base64_is_read_as_its_own_property() -> None:
    extra = ExtraProperty("X-LONG", "v", {"X-P": ["p" * 80]})
    contact = ContactData(given="Ada", photo=PNG, extras=[extra])
    (back,) = read_with_both(card_bytes(contact, "3.0").decode("utf-8"), 1)
    assert back.photo == PNG and back.extras == [extra]
