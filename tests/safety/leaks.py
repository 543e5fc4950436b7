"""Looking for plaintext: which files under a folder hold a marker name in a common encoding."""

from __future__ import annotations

from pathlib import Path

MARKER = "Zyxwvuqplk"
MARKER_FAMILY = "Šnekutienė"


def needles(*words: str) -> list[bytes]:
    return [w.encode(enc) for w in words for enc in ("utf-8", "utf-16-le", "utf-16-be")]


def plaintext_files(*folders: Path, words: tuple[str, ...] = (MARKER, MARKER_FAMILY)) -> list[str]:
    """Files under ``folders`` holding any of ``words`` readably."""
    wanted = needles(*words)
    found = []
    for folder in folders:
        for path in sorted(folder.rglob("*")):
            if path.is_file() and any(n in path.read_bytes() for n in wanted):
                found.append(str(path))
    return found


def write_cards(path: Path, count: int = 3) -> Path:
    """A vCard file of ``count`` people named with the markers."""
    cards = [
        "BEGIN:VCARD\r\nVERSION:3.0\r\n"
        f"N:{MARKER_FAMILY};{MARKER}Card{k};;;\r\nFN:{MARKER}Card{k} {MARKER_FAMILY}\r\n"
        f"EMAIL:card{k}@example.lt\r\nEND:VCARD\r\n"
        for k in range(count)
    ]
    path.write_text("".join(cards), encoding="utf-8")
    return path
