"""Sync accounts: adding (with discovery, so a wrong URL or password is said at once),
listing, removing and running them.

The password is never stored in the book or the settings: it is in the system keyring
(service ``rolodex-carddav``, one entry per book and account), or in a file the user names
(``--password-file``), read again at every sync."""

from __future__ import annotations

import threading
from pathlib import Path

import httpx

from rolodex.identity import book_id
from rolodex.store import sync as state
from rolodex.store.sync import Account
from rolodex.store.transactions import writing
from rolodex.sync.client import Credentials, DavClient
from rolodex.sync.discovery import find_collection
from rolodex.sync.engine import SyncRun
from rolodex.sync.errors import SyncError
from rolodex.sync.lease import Lease
from rolodex.sync.result import SyncResult

KEYRING_SERVICE = "rolodex-carddav"
_locks: dict[str, threading.Lock] = {}
_locks_guard = threading.Lock()



class _LastRun:
    """How many requests the last run sent and how long the server took to answer them."""

    requests = 0
    server_seconds = 0.0


LAST_RUN = _LastRun()


def _keyring_name(name: str) -> str:
    return f"{book_id()}/{name}"


def read_password_file(path: str) -> str:
    try:
        text = Path(path).expanduser().read_text(encoding="utf-8")
    except OSError as exc:
        raise SyncError(f"Cannot read the password file {path}: {exc.strerror or exc}.") from exc
    return text.rstrip("\r\n")


def password_of(account: Account) -> str:
    if account.password_file:
        return read_password_file(account.password_file)
    import keyring
    from keyring.errors import KeyringError

    try:
        found = keyring.get_password(KEYRING_SERVICE, _keyring_name(account.name))
    except KeyringError as exc:
        raise SyncError(f"The system keyring could not be read: {exc}.") from exc
    if found is None:
        raise SyncError(
            f"No password for {account.name!r} in the system keyring: remove the account and "
            "add it again, or use --password-file."
        )
    return found


def remember_password(name: str, password: str) -> None:
    import keyring
    from keyring.errors import KeyringError

    try:
        keyring.set_password(KEYRING_SERVICE, _keyring_name(name), password)
    except KeyringError as exc:
        raise SyncError(
            f"The system keyring cannot store the password ({exc}): use --password-file."
        ) from exc


def add_account(name: str, url: str, username: str, *, password: str = "",
                password_file: str = "", tag: str = "", fingerprint: str = "",
                collection: str = "",
                transport: httpx.BaseTransport | None = None) -> Account:  # fmt: skip
    """Check the account (find its address book, ``collection`` of several) and store it;
    the password goes to the keyring unless a password file is named."""
    name = name.strip()
    if not name:
        raise SyncError("Give the account a name.")
    if state.account(name) is not None:
        raise SyncError(f"There is already a sync account named {name!r}.")
    if "://" not in url:
        raise SyncError(f"{url!r} is not a server address (http://... or https://...).")
    secret = read_password_file(password_file) if password_file else password
    with DavClient(url, Credentials(username, secret, fingerprint), transport) as client:
        found = client.url(find_collection(client, url, collection))
    if not password_file:
        remember_password(name, secret)
    file = str(Path(password_file).expanduser().resolve()) if password_file else ""
    with writing():
        account_id = state.add_account(name, url, username, file, tag.strip(), fingerprint)
        state.update_account(account_id, collection_url=found)
    added = state.account(name)
    assert added is not None
    return added


def remove_account(name: str) -> None:
    account = require(name)
    with writing():
        state.remove_account(account.id)
    if not account.password_file:
        try:
            import keyring

            keyring.delete_password(KEYRING_SERVICE, _keyring_name(name))
        except Exception:  # nothing stored, or no keyring: nothing to remove
            pass


def require(name: str) -> Account:
    account = state.account(name)
    if account is None:
        raise SyncError(f"No sync account named {name!r} (see `rolodex sync list`).")
    return account


def accounts() -> list[Account]:
    return state.accounts()


def run_account(account: Account, transport: httpx.BaseTransport | None = None) -> SyncResult:
    """Sync one account: one run at a time per account, in this program (a lock) and across
    programs and machines (a :class:`~rolodex.sync.lease.Lease` in the book; a second run
    raises :class:`~rolodex.sync.lease.Busy`)."""
    with _locks_guard:
        lock = _locks.setdefault(f"{book_id()}/{account.name}", threading.Lock())
    if not lock.acquire(blocking=False):
        raise SyncError(f"{account.name!r} is already being synced.")
    try:
        creds = Credentials(account.username, password_of(account), account.fingerprint)
        with Lease(account) as lease, DavClient(
            account.collection_url or account.url, creds, transport
        ) as client:
            client.before_request = lease.keep
            try:
                return SyncRun(account, client).run()
            finally:
                LAST_RUN.requests, LAST_RUN.server_seconds = client.requests, client.waited
    finally:
        lock.release()
