"""The Qt-free modules the first window needs, imported before PySide6 is.

Once PySide6 is loaded it reads the whole source of each module named in an import statement
(``inspect.getsource``, once per module, to see whether it says ``from __feature__ import``)
and the lines stay in ``linecache``. The modules these imports bring in along the way are
never named again after Qt loads, so they are never read: ~50 of the ~150 modules behind the
first window, a few ms of start-up and ~1 MiB. :mod:`rolodex.ui.app` imports this module
before anything from Qt (the benchmark's window does too). Nothing listed may import Qt.
"""

from __future__ import annotations

import getpass  # noqa: F401 (the single-instance key)
import importlib.readers  # noqa: F401 (importlib.resources on the package's folders)

import rolodex.labels.resources  # noqa: F401 (the window icon)
import rolodex.safety.leftovers  # noqa: F401 (opening the book)
import rolodex.safety.lock  # noqa: F401
import rolodex.services.contacts  # noqa: F401 (the list, the card, the sidebar)
import rolodex.services.search  # noqa: F401
import rolodex.settings  # noqa: F401
import rolodex.store.sqlite.search  # noqa: F401
