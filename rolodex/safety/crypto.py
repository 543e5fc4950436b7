"""Encryption at rest with SQLCipher: encrypt a plain book, change its passphrase, decrypt it.

Each operation backs the book up first, then writes a converted copy with ``sqlcipher_export``
(``ATTACH ... KEY``) beside it, checks the copy (integrity check, same contact count) and
renames it over the book. The book's backups and pre-migration copies are converted the same
way, so an encrypted book never leaves plaintext copies behind and every backup opens with the
book's current passphrase.

The book must not be open anywhere else: switching it out of WAL mode, which SQLite refuses
while another connection is open, proves that before anything is written. Blocks the old file
used on disk are freed, not wiped: encrypt a book before it holds secrets where that matters.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rolodex.db import StoreError, close_store, looks_encrypted, open_store
from rolodex.safety import snapshot
from rolodex.safety.backups import BackupInfo, backup_before, list_backups
from rolodex.safety.permissions import create_private_file, sync_dir

MIN_PASSPHRASE = 8


@dataclass(frozen=True)
class CryptoResult:
    """What a conversion did: the backup made first and the companion files converted."""

    book: Path
    undo: BackupInfo
    converted: list[Path] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)


def check_new_passphrase(passphrase: str) -> str:
    """Refuse an empty or too short new passphrase."""
    if len(passphrase) < MIN_PASSPHRASE:
        raise StoreError(f"The new passphrase must be at least {MIN_PASSPHRASE} characters long.")
    return passphrase


def encrypt_book(path: Path | str, passphrase: str) -> CryptoResult:
    """Encrypt the plain book at ``path`` (and its backups) with ``passphrase``."""
    return _convert_book(Path(path), None, check_new_passphrase(passphrase), "encrypt")


def change_passphrase(path: Path | str, old: str, new: str) -> CryptoResult:
    """Re-key the encrypted book at ``path`` (and its backups) from ``old`` to ``new``."""
    return _convert_book(Path(path), old, check_new_passphrase(new), "change-passphrase")


def decrypt_book(path: Path | str, passphrase: str) -> CryptoResult:
    """Remove the encryption of the book at ``path`` (and of its backups)."""
    return _convert_book(Path(path), passphrase, None, "decrypt")


def _convert_book(path: Path, old: str | None, new: str | None, action: str) -> CryptoResult:
    if action == "encrypt" and looks_encrypted(path):
        raise StoreError(f"{path} is already encrypted; use change-passphrase.")
    info = open_store(path, old, create=False)
    try:
        if action != "encrypt" and not info.encrypted:
            raise StoreError(f"{info.path} is not encrypted.")
        undo = backup_before(action)
        companions = [b.path for b in list_backups()] + _pre_migration_copies(info.path)
    finally:
        close_store()
    convert_file(info.path, old, new)
    result = CryptoResult(book=info.path, undo=undo)
    for companion in companions:
        try:
            convert_file(companion, old, new)
            result.converted.append(companion)
        except StoreError as exc:
            result.failed.append(str(exc))
    return result


def _pre_migration_copies(book: Path) -> list[Path]:
    return sorted(p for p in book.parent.glob("*.pre-migration") if p.name.startswith(book.name))


def convert_file(path: Path, old: str | None, new: str | None) -> None:
    """Rewrite ``path`` keyed with ``new`` (None: plain) from ``old`` (None: plain); refused
    while any other connection has the file open."""
    temp = path.with_name(f".{path.name}.converting")
    temp.unlink(missing_ok=True)
    conn = snapshot.connect(path, old, cipher=True)
    try:
        version = snapshot.schema_version(conn, path, old is not None)
        _claim_sole_use(conn, path)
        contacts = snapshot.count_contacts(conn)
        create_private_file(temp)
        _export(conn, temp, new, version)
    except snapshot.database_errors() as exc:
        temp.unlink(missing_ok=True)
        raise StoreError(f"Cannot convert {path}: {exc}.") from exc
    finally:
        conn.close()
    _replace_checked(temp, path, new, contacts)


def _claim_sole_use(conn: Any, path: Path) -> None:
    try:
        mode = conn.execute("PRAGMA journal_mode = DELETE").fetchone()[0]
    except snapshot.database_errors():
        mode = "wal"
    if str(mode).lower() != "delete":
        raise StoreError(
            f"{path} is open in another program (Rolodex?); close it and try again. "
            "Nothing was changed."
        )


def _export(conn: Any, temp: Path, new: str | None, version: int) -> None:
    # The temp file is thrown away if anything fails, so it needs no journal and no syncs of
    # its own; it is synced once, whole, before it replaces the book.
    conn.execute("ATTACH DATABASE ? AS converted KEY ?", (str(temp), new or ""))
    conn.execute("PRAGMA converted.journal_mode = OFF")
    conn.execute("PRAGMA converted.synchronous = OFF")
    conn.execute("SELECT sqlcipher_export('converted')")
    conn.execute(f"PRAGMA converted.user_version = {int(version)}")
    conn.execute("DETACH DATABASE converted")


def _replace_checked(temp: Path, path: Path, new: str | None, contacts: int) -> None:
    try:
        facts = snapshot.inspect(temp, new)
        if facts.contacts != contacts:
            raise StoreError(f"Converting {path} lost contacts; the book was left as it was.")
        snapshot.fsync_file(temp)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    os.replace(temp, path)
    sync_dir(path.parent)
