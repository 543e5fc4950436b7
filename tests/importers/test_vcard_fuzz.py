"""Property-based tests: mutated vCards never raise, and every intact card is still imported."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rolodex.importers.vcard_reader import read_vcard_text
from rolodex.importers.vcard_split import iter_lines
from rolodex.records import ContactData, ImportIssue

GOOD = (
    "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Good;Card{i};;;\r\nFN:Good Card{i}\r\n"
    "EMAIL:good{i}@example.com\r\nEND:VCARD\r\n"
)
SEED = (
    "BEGIN:VCARD\r\nVERSION:2.1\r\nN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=C3=85se;=C3=98=\r\nla\r\n"
    "TEL;CELL;PREF:+47 1\r\nitem1.EMAIL;type=INTERNET:a@b.no\r\nitem1.X-ABLabel:_$!<Other>!$_\r\n"
    "PHOTO;ENCODING=BASE64;TYPE=JPEG:/9j/4AAQ\r\n SkZJRg\r\n\r\nX-messaging/aim-All:x\r\n"
    "ADR;HOME;;:;;Gate 1;Oslo;;0150;Norway\r\nAGENT:\r\nBEGIN:VCARD\r\nFN:Inner\r\nEND:VCARD\r\n"
    "END:VCARD\r\n"
)
JUNK = st.text(
    alphabet=st.sampled_from(list(':;=,\\"\r\n \t.-/#BEGINVCARDEND\u00e5\u0416\x00\ufeff=C3')),
    max_size=40,
)


@st.composite
def mutated(draw: st.DrawFn) -> str:
    text = SEED
    for _ in range(draw(st.integers(1, 4))):
        pos = draw(st.integers(0, len(text)))
        cut = draw(st.integers(0, 6))
        text = text[:pos] + draw(JUNK) + text[pos + cut :]
    return text


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(bad=mutated(), where=st.integers(0, 2))
def test_mutated_card_never_stops_the_good_ones(bad: str, where: int) -> None:
    goods = [GOOD.format(i=i) for i in range(2)]
    goods.insert(where, bad + "\r\nEND:VCARD\r\n")  # close whatever the mutation left open
    items = list(read_vcard_text("".join(goods), "fuzz.vcf"))
    assert all(isinstance(item, ContactData | ImportIssue) for item in items)
    found = {e.value for item in items if isinstance(item, ContactData) for e in item.emails}
    assert {"good0@example.com", "good1@example.com"} <= found


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=300))
def test_random_bytes_never_raise(data: bytes) -> None:
    text = "BEGIN:VCARD\r\n" + data.decode("latin-1") + "\r\nEND:VCARD\r\n"
    items = list(read_vcard_text(text))
    assert all(isinstance(item, ContactData | ImportIssue) for item in items)


@settings(max_examples=200, deadline=None)
@given(
    lines=st.lists(st.text(alphabet="ab ø:", min_size=1, max_size=6), min_size=1, max_size=8),
    ends=st.lists(st.sampled_from(["\r\n", "\n", "\r", "\r\r\n"]), min_size=8, max_size=8),
    cuts=st.lists(st.integers(0, 80), max_size=5),
)
def test_line_ends_split_the_same_wherever_the_chunks_break(
    lines: list[str], ends: list[str], cuts: list[int]
) -> None:
    data = "".join(line + end for line, end in zip(lines, ends, strict=False)).encode()
    points = sorted({min(c, len(data)) for c in cuts})
    chunks = [data[a:b] for a, b in zip([0, *points], [*points, len(data)], strict=True)]
    assert list(iter_lines(chunks)) == [line.encode() for line in lines]
