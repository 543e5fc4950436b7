"""Who is doing a change, as the history records it: ``ROLODEX_USER`` if set, else the login
of the account running Rolodex (issue 11 brings real users; until then this is plain text)."""

from __future__ import annotations

import getpass
import os


def current_login() -> str:
    """The login to record as ``changed_by`` ("" if the system cannot tell)."""
    given = os.environ.get("ROLODEX_USER", "").strip()
    if given:
        return given
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return ""
