"""Property tests: damaged CSV never crashes the reader, and one bad row costs only itself."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from rolodex.importers.csv_reader import CsvError, read_csv
from rolodex.records import ContactData, ImportIssue

HEADER = "First Name,Last Name,E-mail Address,Notes"
ROWS = [
    f'Name{n},"Family, {n}",person{n}@example.com,"note {n}; with ""quotes"""' for n in range(8)
]
GOOD = HEADER + "\r\n" + "\r\n".join(ROWS) + "\r\n"
SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def read_all(data: bytes) -> list[ContactData | ImportIssue]:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "fuzz.csv"
        path.write_bytes(data)
        try:
            return list(read_csv(path))
        except CsvError:
            return []


@SETTINGS
@given(
    row=st.integers(min_value=0, max_value=len(ROWS) - 1),
    garbage=st.text(alphabet=st.sampled_from("abc,;\t\"'=@+- éЖ\x00\x7f"), min_size=0, max_size=80),
)
def test_a_garbage_row_costs_only_itself(row: int, garbage: str) -> None:
    rows = list(ROWS)
    rows[row] = garbage
    data = (HEADER + "\r\n" + "\r\n".join(rows) + "\r\n").encode("utf-8")
    items = read_all(data)
    found = {e.value for c in items if isinstance(c, ContactData) for e in c.emails}
    expected = {f"person{n}@example.com" for n in range(len(ROWS)) if n != row}
    assert expected <= found


@SETTINGS
@example(position=12, junk=b"\r", drop=0)  # a header split in two by a stray CR
@given(
    position=st.integers(min_value=0, max_value=len(GOOD) - 1),
    junk=st.binary(min_size=1, max_size=12),
    drop=st.integers(min_value=0, max_value=6),
)
def test_mutated_bytes_never_raise_an_unexpected_error(
    position: int, junk: bytes, drop: int
) -> None:
    data = GOOD.encode("utf-8")
    mutated = data[:position] + junk + data[position + drop :]
    for item in read_all(mutated):
        assert isinstance(item, ContactData | ImportIssue)
        if isinstance(item, ImportIssue):
            assert item.message and item.card >= 1 and item.line >= 1


@SETTINGS
@given(data=st.binary(max_size=400))
def test_random_bytes_never_raise_an_unexpected_error(data: bytes) -> None:
    for item in read_all(data):
        assert isinstance(item, ContactData | ImportIssue)
