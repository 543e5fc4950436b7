"""Working out how a CSV file is written: text encoding, delimiter, header row and layout.

Encoding: a byte-order mark decides first (UTF-8, UTF-16 LE/BE, UTF-32); then UTF-16 without a
mark is recognised by its zero bytes; then strict UTF-8 (plain ASCII included); only then is
charset-normalizer asked, once freely and once among the Windows code pages (alone it can settle
on a CJK code page for short Latin text). On short samples several code pages decode the bytes
about equally well (Shift_JIS vs cp949 vs cp1252 mojibake), so the candidates are ranked by how
plausible their text is (non-ASCII characters are letters, no word mixes scripts), then by how
common the code page is for address books (:data:`PREFERRED`). Single-byte code pages of one
script family cannot be told apart on a few names (Lithuanian cp1257 reads as cp1252); a wrong
guess can be overridden through ``ColumnMapping.encoding``.

Delimiter: comma, semicolon or tab, whichever splits the most sample rows into the same number
(greater than one) of fields.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field

from rolodex.importers.csv_content import guess_by_content
from rolodex.importers.csv_layouts import detect_layout, suggest_targets

SAMPLE_BYTES = 64 * 1024
SAMPLE_ROWS = 10
CONTENT_ROWS = 50  # rows whose values say what a column holds when its header does not
DELIMITERS = (",", ";", "\t")
PREFERRED = (
    "cp1252",
    "cp1251",
    "cp1250",
    "cp932",
    "shift_jis",
    "cp1253",
    "cp1257",
    "cp1254",
    "koi8_r",
    "gb18030",
    "big5",
    "cp949",
    "euc_jp",
)
_SINGLE_BYTE = ("cp1252", "cp1251", "cp1250", "cp1253", "cp1257", "cp1254", "koi8_r")
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_WORD = re.compile(r"[^\W\d_]+")
_EMAIL = re.compile(r"\S@\S+\.\S")
_NUMBER = re.compile(r"\d{3,}")


@dataclass
class CsvSniff:
    """What a column-mapping dialog needs to show about a CSV file.

    ``headers`` is the first row when ``has_header``, else empty; ``sample_rows`` are the first
    data rows; ``width`` is the most fields any sample row has, ``row_width`` the usual number;
    ``suggested`` guesses a target field name for columns of an unknown layout from their
    headers, ``guessed`` from their values (emails, phones, postcodes) for the columns whose
    header says nothing; only ``suggested`` lets a file be read without a mapping.
    """

    encoding: str
    delimiter: str
    has_header: bool
    headers: list[str]
    layout: str
    sample_rows: list[list[str]]
    width: int = 0
    row_width: int = 0
    suggested: dict[int, str] = field(default_factory=dict)
    guessed: dict[int, str] = field(default_factory=dict)

    def proposed(self) -> dict[int, str]:
        """What the mapping dialog starts from: the headers' fields, then the values'."""
        return {**self.guessed, **self.suggested}


def detect_encoding(sample: bytes, complete: bool = False) -> str:
    """The Python codec name to read a file starting with ``sample`` with."""
    for bom, name in _BOMS:
        if sample.startswith(bom):
            return name
    utf16 = _utf16_without_bom(sample)
    if utf16:
        return utf16
    try:
        codecs.getincrementaldecoder("utf-8")().decode(sample, final=complete)
        return "utf-8"
    except UnicodeDecodeError:
        return _legacy_encoding(sample)


def _utf16_without_bom(sample: bytes) -> str | None:
    head = sample[:4096]
    pairs = len(head) // 2
    if pairs < 2:
        return None
    even_zeros = head[0 : pairs * 2 : 2].count(0)
    odd_zeros = head[1 : pairs * 2 : 2].count(0)
    if odd_zeros > pairs * 0.3 and even_zeros < pairs * 0.05:
        return "utf-16-le"
    if even_zeros > pairs * 0.3 and odd_zeros < pairs * 0.05:
        return "utf-16-be"
    return None


def _legacy_encoding(sample: bytes) -> str:
    from charset_normalizer import from_bytes

    matches = [*from_bytes(sample), *from_bytes(sample, cp_isolation=list(_SINGLE_BYTE))]
    if not matches:
        return "cp1252"
    best = min(m.chaos for m in matches)
    ranked: list[tuple[float, int, int, str]] = []
    for order, match in enumerate(matches):
        if match.chaos > best + 0.2:
            continue
        score = -round(_plausibility(str(match)), 2)
        for name in [match.encoding, *match.could_be_from_charset]:
            rank = PREFERRED.index(name) if name in PREFERRED else len(PREFERRED) + order
            ranked.append((score, rank, order, name))
    return min(ranked)[3]


def _plausibility(text: str) -> float:
    """How much a decoding looks like real text: its non-ASCII characters are letters, and no
    word mixes scripts (as "Bj臃n" or "Œ Ž•‰q" from a wrong code page do). 1.0 is best."""
    high = [c for c in text if ord(c) > 127]
    if not high:
        return 1.0
    letters = sum(1 for c in high if c.isalpha()) / len(high)
    words = [w for w in _WORD.findall(text) if any(ord(c) > 127 for c in w)]
    mixed = sum(1 for w in words if len({_script(c) for c in w}) > 1)
    return letters - mixed / max(1, len(words))


def _script(char: str) -> str:
    if ord(char) < 128:
        return "LATIN"
    name = unicodedata.name(char, "UNKNOWN")
    if name.startswith(("CJK", "HALFWIDTH", "IDEOGRAPHIC", "HIRAGANA", "KATAKANA")):
        return "CJK"
    return name.split()[0]


def decode_sample(sample: bytes, encoding: str, complete: bool) -> str:
    """Decode the head of a file, dropping a last line that may be cut short."""
    text = codecs.getincrementaldecoder(encoding)(errors="replace").decode(sample, final=True)
    if not complete:
        cut = max(text.rfind("\n"), text.rfind("\r"))
        text = text[: cut + 1] if cut >= 0 else text
    return text.lstrip("\ufeff")


def parse_sample(text: str, delimiter: str) -> list[list[str]]:
    """The rows of a decoded sample, blank lines left out; never raises."""
    try:
        rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    except csv.Error:
        rows = [line.split(delimiter) for line in text.splitlines()]
    return [row for row in rows if any(cell.strip() for cell in row)]


def line_widths(text: str, delimiter: str) -> list[int]:
    """Fields per physical line, each line parsed alone (a stray quote cannot swallow others)."""
    widths = []
    for line in text.splitlines()[:200]:
        if line.strip():
            try:
                widths.append(len(next(csv.reader([line], delimiter=delimiter), [])))
            except csv.Error:
                widths.append(0)
    return widths


def _mode(widths: list[int]) -> tuple[int, int]:
    """(most common width above one, how many lines have it); (0, 0) when none."""
    counts = Counter(w for w in widths if w > 1)
    return counts.most_common(1)[0] if counts else (0, 0)


def detect_delimiter(text: str) -> str:
    """Comma, semicolon or tab: the one that splits the most lines alike (above one field);
    the first line, usually the header, counts one and a half."""
    best, best_score = ",", (0.0, 0)
    for delimiter in DELIMITERS:
        widths = line_widths(text, delimiter)
        width, count = _mode(widths)
        if not count:
            continue
        score = (count + (1.5 if widths[0] == width else 0.0), width)
        if score > best_score:
            best, best_score = delimiter, score
    return best


def _looks_like_data(cell: str) -> bool:
    return bool(_EMAIL.search(cell) or _NUMBER.search(cell))


def detect_header(rows: list[list[str]], layout: str) -> bool:
    """Whether the first row names the columns rather than holding a contact. Two cells that
    name fields Rolodex knows make it a header, however many unknown or empty columns follow
    (an "Extra 1234" column looked like data and hid a valid header)."""
    if layout != "unknown":
        return True
    if not rows:
        return False
    first = [cell for cell in rows[0] if cell.strip()]
    if not first:
        return False
    named = [i for i in suggest_targets(rows[0]) if not _looks_like_data(rows[0][i])]
    if len(named) >= 2:  # "Name", "Email": a header, whatever other columns it has
        return True
    if any(_looks_like_data(cell) for cell in first):
        return False
    if len(named) * 2 >= len(first) or len(rows) == 1:
        return True
    for column in range(len(rows[0])):
        if any(column < len(row) and _looks_like_data(row[column]) for row in rows[1:]):
            return True
    return False


def sniff_text(
    text: str,
    encoding: str,
    delimiter: str | None = None,
    has_header: bool | None = None,
) -> CsvSniff:
    """Describe a decoded sample; ``delimiter`` and ``has_header`` override detection."""
    delimiter = delimiter or detect_delimiter(text)
    rows = parse_sample(text, delimiter)
    first = rows[0] if rows else []
    layout = detect_layout(first)
    header = detect_header(rows, layout) if has_header is None else has_header
    if not header:
        layout = "unknown"
    headers = [cell.strip() for cell in first] if header else []
    data = rows[1:] if header else rows
    width = max([len(headers), *(len(row) for row in data[:50])])
    row_width = _mode(line_widths(text, delimiter))[0] or width
    suggested = suggest_targets(headers) if header and layout == "unknown" else {}
    rows_read = [resplit_row(row, delimiter, width) for row in data[:CONTENT_ROWS]]
    guessed = guess_by_content(rows_read, width, set(suggested)) if layout == "unknown" else {}
    sample = rows_read[:SAMPLE_ROWS]
    return CsvSniff(
        encoding, delimiter, header, headers, layout, sample, width, row_width, suggested, guessed
    )


def resplit_row(cells: list[str], delimiter: str, width: int) -> list[str]:
    """A lone row written with another delimiter than the rest of the file, split right."""
    if len(cells) != 1 or width < 2:
        return cells
    for other in DELIMITERS:
        if other == delimiter:
            continue
        parts = next(csv.reader([cells[0]], delimiter=other), [])
        if len(parts) > 1:
            return parts
    return cells
