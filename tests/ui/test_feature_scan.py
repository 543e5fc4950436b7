"""PySide6 reads the source of every module named in an import after it is loaded, except
Rolodex's own and those loaded before it (issue 15: start-up time). See
rolodex/ui/feature_scan.py.

Each check runs in a fresh process: this one imported PySide6 and the app long ago.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import rolodex

SELECTS = re.compile(r"^\s*(from __feature__ import|import __feature__)", re.MULTILINE)
AFTER_QT = """
import json, linecache, sys
assert "colorsys" not in sys.modules and "fractions" not in sys.modules
import fractions  # loaded before Qt
from rolodex.ui.feature_scan import load_qt
answered = load_qt()
# named after Qt, as "from X import Y" does: a module of the standard library loaded before Qt,
# one loaded only now, a core and a UI module of Rolodex (none loaded by load_qt)
NAMES = ("fractions", "colorsys", "rolodex.clock", "rolodex.ui.dialog_fit")
for name in NAMES[2:]:
    assert name not in sys.modules, name
for name in NAMES:
    __import__(name, fromlist=["_"])
feature = sys.modules["shibokensupport.feature"]
read = [name for name in NAMES if sys.modules[name].__file__ in linecache.cache]
ids = {name: feature.pyside_feature_dict.get(name) for name in NAMES}
print(json.dumps({"answered": answered, "read": read, "ids": ids}))
"""


def _run(code: str) -> dict[str, object]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env["PYTHONPATH"] = os.getcwd() + os.pathsep + env.get("PYTHONPATH", "")
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120,
        check=False,
    )  # fmt: skip
    assert out.returncode == 0, out.stderr[-2000:]
    result: dict[str, object] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def test_known_modules_are_not_read_again_and_others_still_are() -> None:
    result = _run(AFTER_QT)
    # False here means the PySide6 in use moved its scan: start-up is slower; see the module.
    assert result["answered"] is True
    assert result["read"] == ["colorsys"]  # first loaded after Qt: read as PySide always did
    # the answers PySide's own scan gives: the UI module is Qt's (0), the others are not (-1)
    assert result["ids"] == {
        "fractions": -1, "colorsys": -1, "rolodex.clock": -1, "rolodex.ui.dialog_fit": 0,
    }  # fmt: skip


def test_no_rolodex_module_selects_a_pyside_feature() -> None:
    """The name is a safe answer only while no module says ``from __feature__ import``."""
    root = Path(rolodex.__file__).parent
    saying = [
        str(path.relative_to(root))
        for path in sorted(root.rglob("*.py"))
        if SELECTS.search(path.read_text(encoding="utf-8"))
    ]
    assert saying == []
