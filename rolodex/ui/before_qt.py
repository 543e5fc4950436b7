"""The Qt-free modules the first window needs, imported before PySide6 is.

Once PySide6 is loaded it reads the whole source of each module first named in an import
statement (``inspect.getsource``, to see whether it says ``from __feature__ import``).
:mod:`rolodex.ui.feature_scan` answers that without reading for Rolodex's own modules and for
every module already loaded when Qt is: importing these first makes the standard-library and
third-party modules behind them (sqlite3, json...; Peewee loads after the first frame of a book file, see rolodex.store.sqlite.glance) such modules. :mod:`rolodex.ui.app`
imports this module before anything from Qt (the app's entry point through
:func:`~rolodex.ui.feature_scan.load_qt`, the benchmark's window too). Nothing listed may
import Qt.
"""

from __future__ import annotations

import getpass  # noqa: F401 (the single-instance key)
import importlib.readers  # noqa: F401 (importlib.resources on the package's folders)

import rolodex.labels.resources  # noqa: F401 (the window icon)
import rolodex.services.contacts  # noqa: F401 (the list, the card, the sidebar)
import rolodex.settings  # noqa: F401
import rolodex.store.sqlite.glance  # noqa: F401 (a book file's first page)
