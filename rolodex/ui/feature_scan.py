"""PySide6's scan of every imported module, answered without reading where the answer is known.

Once ``PySide6.QtCore`` is loaded, Shiboken replaces ``__import__`` and, the first time a module
is named in an import statement, reads its whole source (``inspect.getsource``) to see whether
it says "PySide6": the answer picks which of PySide's optional ``__feature__`` sets
(``snake_case``, ``true_property``) the module sees. Rolodex selects none of them (a test holds
every module to that), so the answer changes nothing here; reading the sources did cost the
first frame ~20 ms on the test machine (and ~1 MiB of ``linecache``). It is answered without
reading for:

* Rolodex's own modules, from the name: the core has no Qt (ruff's banned-api rule), the
  ``rolodex.ui`` package does;
* modules loaded before Qt was (Peewee, typing, logging...: named again after it, each was
  read whole): they were written without Qt's features in sight, so "no PySide".

Every other module (PySide6's own, or a library first imported later) is scanned as before.

The scan lives in Shiboken's private ``shibokensupport.feature`` module; when a PySide6
release moves it, :func:`answer_known_modules` leaves things as they are and returns False
(the start-up is slower, nothing else changes; a test notices).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import ModuleType

OWN = "rolodex."
WITH_QT = "rolodex.ui"
QT_PACKAGES = ("PySide6", "shiboken6", "shibokensupport")


def load_qt() -> bool:
    """Import PySide6 the way the app starts: the Qt-free modules of the first window first
    (:mod:`rolodex.ui.before_qt`), then QtCore, then the scan answered; returns
    :func:`answer_known_modules`'s answer."""
    import rolodex.ui.before_qt  # noqa: F401

    # isort: split
    import PySide6.QtCore  # noqa: F401

    return answer_known_modules()


def uses_qt(name: str) -> bool:
    """Whether Rolodex's module ``name`` may use PySide6 (only the UI package does)."""
    return name == WITH_QT or name.startswith(WITH_QT + ".")


def answer_known_modules() -> bool:
    """Answer Shiboken's per-import source scan for Rolodex's modules and those loaded before
    Qt. Call once PySide6.QtCore is imported; True when the scan was found and answered."""
    feature = sys.modules.get("shibokensupport.feature")
    scan = getattr(feature, "_mod_uses_pyside", None)
    if getattr(scan, "rolodex_answers", False):
        return True
    if feature is None or not callable(scan):
        return False
    before_qt = {name for name in sys.modules if name.split(".", 1)[0] not in QT_PACKAGES}
    feature._mod_uses_pyside = _answering(scan, frozenset(before_qt))  # type: ignore[attr-defined]
    return True


def _answering(
    scan: Callable[[ModuleType], bool], before_qt: frozenset[str]
) -> Callable[[ModuleType], bool]:
    def uses_pyside(module: ModuleType) -> bool:
        name = getattr(module, "__name__", "")
        if not isinstance(name, str):
            return scan(module)
        if name.startswith(OWN):
            return uses_qt(name)
        return False if name in before_qt else scan(module)

    uses_pyside.rolodex_answers = True  # type: ignore[attr-defined]
    return uses_pyside
