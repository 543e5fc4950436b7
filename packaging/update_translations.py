"""Refresh the English translation file after changing user-visible strings.

    .venv/bin/python packaging/update_translations.py

Runs pyside6-lupdate over rolodex/ui, fills the English singular and plural forms of new
"%n item(s)" messages (item / items, address / addresses), and compiles the .qm that the app
loads. Messages with a verb that must agree ("%n contact(s) match") are written by hand in the
.ts file; this script never overwrites a form that is already there.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

UI = Path(__file__).resolve().parents[1] / "rolodex" / "ui"
TS = UI / "translations" / "rolodex_en.ts"
BIN = Path(sys.executable).parent

MESSAGE = re.compile(r'<message numerus="yes">(.*?)</message>', re.S)
UNFINISHED = re.compile(r'<translation type="unfinished">.*?</translation>', re.S)


def english_forms(source: str) -> tuple[str, str]:
    one = source.replace("(es)", "").replace("(s)", "")
    many = source.replace("(es)", "es").replace("(s)", "s")
    return one, many


def fill(match: re.Match[str]) -> str:
    body = match.group(1)
    source = re.search(r"<source>(.*?)</source>", body, re.S)
    if source is None or not UNFINISHED.search(body):
        return match.group(0)
    one, many = english_forms(source.group(1))
    forms = (
        "<translation>\n"
        f"            <numerusform>{one}</numerusform>\n"
        f"            <numerusform>{many}</numerusform>\n"
        "        </translation>"
    )
    return '<message numerus="yes">' + UNFINISHED.sub(lambda _m: forms, body) + "</message>"


def main() -> None:
    sources = sorted(p.name for p in UI.glob("*.py"))
    subprocess.run(
        [BIN / "pyside6-lupdate", "-no-obsolete", *sources, "-ts", TS.relative_to(UI)],
        cwd=UI,
        check=True,
    )
    TS.write_text(MESSAGE.sub(fill, TS.read_text(encoding="utf-8")), encoding="utf-8")
    subprocess.run([BIN / "pyside6-lrelease", TS, "-qm", TS.with_suffix(".qm")], check=True)


if __name__ == "__main__":
    main()
