"""Peak memory of importing one very large card, against the size of the card.

Each case is a file holding one huge card between two ordinary ones, imported into a fresh book
by ``rolodex import`` in its own process; the peak RSS of that process (``wait4``) is compared
with a file of three ordinary cards (the constant: Python, Qt-free imports, SQLite) and the
extra memory is divided by the file size. The goal is at most about 10x the largest card
plus that constant; absurd properties (over the limits in ``rolodex/importers/limits.py``)
are dropped with a warning, so their cost is reading them once.

Cases: a 20 MB NOTE (vCard 3.0, folded), a 30 MB photo (base64, folded; over the photo limit),
and cards just under the limits (a 900 KB NOTE, a 19 MB photo) which are imported whole.

Run: ``.venv/bin/python benchmarks/bench_import_memory.py [--only NAME] [--stage import|read]``.
"""

from __future__ import annotations

import argparse
import base64
import os
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MB = 1_000_000
ORDINARY = (
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Kari Nordmann {n}\r\nN:Nordmann;Kari;;;\r\n"
    "EMAIL:kari{n}@example.no\r\nTEL:+47 22 00 00 0{n}\r\nEND:VCARD\r\n"
)


def fold(value: str) -> str:
    """Fold a content line at 75 characters, as vCard writers do."""
    return "\r\n ".join(value[i : i + 74] for i in range(0, len(value), 74))


def huge_card(prop: str) -> str:
    return f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Big Card\r\nN:Card;Big;;;\r\n{fold(prop)}\r\nEND:VCARD\r\n"


def note(size: int) -> str:
    words = "Lorem ipsum dolor sit amet, consectetur adipiscing elit; sed do eiusmod. "
    return "NOTE:" + (words * (size // len(words) + 1))[:size].replace(",", "\\,")


def photo(size: int) -> str:
    jpeg = b"\xff\xd8\xff\xe0" + os.urandom(size - 6) + b"\xff\xd9"
    return "PHOTO;ENCODING=b;TYPE=JPEG:" + base64.b64encode(jpeg).decode("ascii")


CASES: dict[str, Callable[[], str]] = {
    "baseline": lambda: "",
    "note-20MB": lambda: huge_card(note(20 * MB)),
    "photo-30MB": lambda: huge_card(photo(30 * MB)),
    "note-900KB": lambda: huge_card(note(900_000)),
    "photo-19MB": lambda: huge_card(photo(19 * MB)),
}

READ_ONLY = (
    "import sys\nfrom pathlib import Path\nfrom rolodex.importers.vcard_reader import read_vcards\n"
    "items = list(read_vcards(Path(sys.argv[1])))\nprint(len(items))\n"
)


def write_case(folder: Path, name: str) -> Path:
    path = folder / f"{name}.vcf"
    with path.open("w", encoding="utf-8", newline="") as fh:
        fh.write(ORDINARY.format(n=1))
        fh.write(CASES[name]())
        fh.write(ORDINARY.format(n=2))
    return path


def peak_rss_mb(args: list[str], env: dict[str, str]) -> tuple[float, str]:
    """Run ``args``; return the child's peak resident set (MB) and its output."""
    proc = subprocess.Popen(args, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    assert proc.stdout is not None
    output = proc.stdout.read().decode("utf-8", "replace")
    _pid, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode not in (0, 1):
        raise SystemExit(f"child failed ({proc.returncode}):\n{output}")
    return usage.ru_maxrss / 1024, output


def measure(folder: Path, name: str, stage: str) -> tuple[float, float, str]:
    """(file MB, peak RSS MB, last line of output) for one case. The file is written by a
    child of its own: a child forked from a parent that built it would count its memory."""
    subprocess.run([sys.executable, __file__, "--write", name, str(folder)], check=True)
    path = folder / f"{name}.vcf"
    env = {**os.environ, "PYTHONPATH": str(ROOT), "ROLODEX_DATA_DIR": str(folder / f"d-{name}")}
    if stage == "read":
        args = [sys.executable, "-c", READ_ONLY, str(path)]
    else:
        book = folder / f"{name}.db"
        args = [sys.executable, "-m", "rolodex", "--db", str(book), "import", str(path)]
    rss, output = peak_rss_mb(args, env)
    lines = [line.partition("card 2: ")[2] or line for line in output.splitlines()]
    said = [line.strip() for line in lines if "left out" in line or "Imported" in line]
    return path.stat().st_size / MB, rss, " | ".join(said)[:160]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", choices=list(CASES), action="append")
    parser.add_argument("--stage", choices=["import", "read"], default="import")
    parser.add_argument("--write", nargs=2, metavar=("CASE", "FOLDER"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.write:
        write_case(Path(args.write[1]), args.write[0])
        return
    names = ["baseline", *[n for n in CASES if n != "baseline" and n in (args.only or CASES)]]
    with tempfile.TemporaryDirectory(prefix="bench-import-memory-") as tmp:
        folder = Path(tmp)
        base = 0.0
        print(f"{'case':<12} {'file MB':>8} {'peak RSS MB':>12} {'extra/file':>11}  result")
        for name in names:
            size, rss, result = measure(folder, name, args.stage)
            base = rss if name == "baseline" else base
            ratio = "" if name == "baseline" else f"{(rss - base) / size:10.1f}x"
            print(f"{name:<12} {size:8.1f} {rss:12.0f} {ratio:>11}  {result}")


if __name__ == "__main__":
    main()
