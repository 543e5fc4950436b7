"""Where a server book's password comes from. It is never written to settings or to the book.

In order: the URL itself; the system keyring (service ``rolodex``, the URL without password as
the user name); libpq's own sources (``~/.pgpass``, ``PGPASSWORD``, a service file), which need
nothing from us; and last a prompt the caller supplies (the app asks in a dialog, the CLI on the
terminal). A prompted password is saved in the keyring only when the caller asks to.
"""

from __future__ import annotations

from collections.abc import Callable

KEYRING_SERVICE = "rolodex"

Prompt = Callable[[str], str | None]
"""Asked with the book's URL (no password); returns the password, or None to give up."""


def _keyring_errors() -> tuple[type[Exception], ...]:
    import keyring.errors

    # No backend (a headless machine), a locked or absent Secret Service, a broken D-Bus.
    return (keyring.errors.KeyringError, OSError)


def stored_password(display_url: str) -> str | None:
    """The password the keyring holds for this book, or None (also when there is no keyring)."""
    try:
        import keyring

        value = keyring.get_password(KEYRING_SERVICE, display_url)
    except _keyring_errors():
        return None
    return str(value) if value is not None else None


def remember_password(display_url: str, password: str) -> bool:
    """Save the password in the keyring; False when there is no usable keyring."""
    try:
        import keyring

        keyring.set_password(KEYRING_SERVICE, display_url, password)
    except _keyring_errors():
        return False
    return True


def forget_password(display_url: str) -> None:
    """Drop a saved password (e.g. the server rejected it)."""
    try:
        import keyring

        keyring.delete_password(KEYRING_SERVICE, display_url)
    except _keyring_errors():
        pass
