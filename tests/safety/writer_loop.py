"""A writer for the concurrency tests: ``python writer_loop.py NAME CARDS``, driven by stdin.

A JSON line ``{"write": BOOK, "keys": [KEY...], "data": DIR}`` starts writing to BOOK (with
the data folder DIR): ``rolodex --db BOOK add "NAME <n>"`` through the CLI's own entry point
over and over, and every third time ``rolodex --db BOOK import CARDS`` (which backs the book up and writes a report first), closing the book after each
command as the end of a process would. ``KEY...`` are the passphrases to try, in order: on
"Wrong passphrase" it moves to the next (the book was re-keyed meanwhile). A line ``{}``
stops writing after the command in flight and answers ``paused``; end of input ends the process.

Prints ``ok add <n> <id>`` / ``ok import <n>`` for each command that exited 0 and ``fail <n>
<code> <message>`` for the others. One process serves many books, so the tests do not pay
for starting Python each time. Key derivation is cut to 2,000 rounds, as in the tests' own
process (conftest.py), so books made there open here."""

from __future__ import annotations

import contextlib
import io
import json
import os
import queue
import sys
import threading
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from sqlcipher3 import dbapi2  # noqa: E402

from rolodex import paths  # noqa: E402
from rolodex.cli.main import run  # noqa: E402
from rolodex.db import close_store  # noqa: E402


def _command(argv: list[str]) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = run(argv)
    close_store()
    return code, out.getvalue().strip(), err.getvalue().strip()


def _write_once(n: int, book: str, name: str, cards: str, keys: list[str]) -> None:
    os.environ["ROLODEX_PASSPHRASE"] = keys[0]
    if n % 3 == 0:
        code, out, err = _command(["--db", book, "import", cards])
        done = f"ok import {n}"
    else:
        code, out, err = _command(["--db", book, "add", f"{name} {n}"])
        done = f"ok add {n} {out}"
    if code == 0:
        print(done, flush=True)
        return
    print(f"fail {n} {code} {err}", flush=True)
    if "Wrong passphrase" in err and len(keys) > 1:
        keys.pop(0)


def _read_orders(orders: queue.Queue[str]) -> None:
    for line in sys.stdin:
        orders.put(line)
    orders.put("")


def main(name: str, cards: str) -> None:
    fast = dbapi2.connect(":memory:")
    fast.execute("PRAGMA cipher_default_kdf_iter = 2000")
    orders: queue.Queue[str] = queue.Queue()
    threading.Thread(target=_read_orders, args=(orders,), daemon=True).start()
    book, keys, n = "", [""], 0
    while True:
        try:
            order = orders.get(block=not book)
        except queue.Empty:
            n += 1
            _write_once(n, book, name, cards, keys)
            continue
        if not order:
            return
        asked = json.loads(order)
        book, keys = asked.get("write", ""), asked.get("keys", [""])
        if book:
            paths.init(asked["data"])
        else:
            print("paused", flush=True)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
