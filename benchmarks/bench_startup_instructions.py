"""Start-up in instructions: process start -> the main window's first frame, at 100,000 contacts,
counted by valgrind (callgrind), beside a bare PySide6 QMainWindow counted in the same run.

Run: ``.venv/bin/python benchmarks/bench_startup_instructions.py`` (needs the Debian package
``valgrind``; each start takes ~20 s under it). ``--modes source,wheel`` as in bench_ui.py.

Wall and CPU time to the first frame (bench_ui.py) swing by a third from one run to the next
on a shared machine; the number of instructions the process executes does not (a few million
in a thousand), so this tells whether a change made the start-up cheaper. It counts user-space
instructions only: the kernel's share (page faults, file reads) and cache misses are not in
it, so time ratios run a little above this one. The child stops at the first frame: a hook
(below) replaces the app's after-paint step with an exit, as ``--startup-check`` would quit.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_ui import BARE_WINDOW, ROOT, book_path  # type: ignore[import-not-found]  # noqa: E402

# Exit at the first frame: patch FirstPaint.painted as rolodex.ui.app is loaded, leaving the
# order of every other import as the app has it.
TO_FIRST_FRAME = """
import importlib.abc, importlib.machinery, os, runpy, sys
class StopAtFirstFrame(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path, target=None):
        if name != "rolodex.ui.app":
            return None
        sys.meta_path.remove(self)
        spec = importlib.machinery.PathFinder.find_spec(name, path)
        load = spec.loader.exec_module
        def exec_module(module):
            load(module)
            module.FirstPaint.painted = lambda self: os._exit(0)
        spec.loader.exec_module = exec_module
        return spec
sys.meta_path.insert(0, StopAtFirstFrame())
sys.argv = ["rolodex", *sys.argv[1:]]
runpy.run_module("rolodex", run_name="__main__")
"""
BARE_TO_FIRST_FRAME = BARE_WINDOW.replace("QTimer.singleShot(0, report)", "os._exit(0)").replace(
    "import sys, time", "import os, sys, time"
)


def instructions(python: str, code: str, args: list[str], env: dict[str, str]) -> int:
    """User-space instructions of ``python -c code args`` under callgrind."""
    out = subprocess.run(
        ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", python, "-c", code,
         *args],
        capture_output=True, text=True, env=env, cwd=tempfile.gettempdir(), timeout=900,
        check=False,
    )  # fmt: skip
    found = re.search(r"Collected : (\d+)", out.stderr)
    if found is None:
        raise SystemExit(f"valgrind gave no count:\n{out.stderr[-2000:]}")
    return int(found.group(1))


def python_of(mode: str) -> str:
    if mode == "source":
        return sys.executable
    from bench_ui_builds import wheel_command  # type: ignore[import-not-found]

    return str(Path(wheel_command()[0]).with_name("python"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=100_000, help="contacts in the book")
    parser.add_argument("--modes", default="source,wheel", help="source,wheel")
    args = parser.parse_args()
    db = book_path(args.n)
    base = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    base |= {"QT_QPA_PLATFORM": "offscreen", "PYTHONHASHSEED": "0"}
    bare = instructions(sys.executable, BARE_TO_FIRST_FRAME, [], base)
    print(f"bare PySide6 window       {bare / 1e9:6.3f} G instructions to its first frame")
    for mode in args.modes.split(","):
        with tempfile.TemporaryDirectory() as data:
            env = base | {"ROLODEX_DATA_DIR": data}
            if mode == "source":
                env["PYTHONPATH"] = str(ROOT)
            count = instructions(python_of(mode), TO_FIRST_FRAME, ["--db", str(db)], env)
        verdict = "ok" if count <= 2 * bare else "OVER BUDGET"
        print(
            f"Rolodex, {mode:<16} {count / 1e9:6.3f} G instructions   ratio {count / bare:5.2f}x"
            f"  budget 2x  {verdict}"
        )


if __name__ == "__main__":
    main()
