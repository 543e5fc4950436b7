"""Encryption at rest with SQLCipher: encrypt a plain book, change its passphrase, decrypt it.

Each operation holds the book lock exclusively from its first check to its last rename
(``rolodex.safety.lock``): another program opening the book meanwhile waits, then is told the
book is busy; if another program has the book open, the operation refuses and changes nothing.
Under the lock it backs the book up, then converts the book together with its backups and
pre-migration copies, all or nothing (``rolodex.safety.convert``), so an encrypted book never
leaves plaintext copies behind and every backup opens with the book's current passphrase. A
backup made just before (an import's) is among them: nothing can back the book up while the
lock is held. Encrypting also re-writes the import reports that named contacts, redacted.

Blocks the old file used on disk are freed, not wiped: encrypt a book before it holds secrets
where that matters.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from rolodex.db import StoreError, close_store, looks_encrypted, open_store
from rolodex.safety import convert, lock
from rolodex.safety.backups import BackupInfo, backup_before

MIN_PASSPHRASE = 8


@dataclass(frozen=True)
class CryptoResult:
    """What a conversion did: the backup made first and the companion files converted."""

    book: Path
    undo: BackupInfo
    converted: list[Path] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)
    redacted_reports: list[Path] = field(default_factory=list)


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
    path = path.expanduser().resolve()
    with lock.converting(path):
        if action == "encrypt" and looks_encrypted(path):
            raise StoreError(f"{path} is already encrypted; use change-passphrase.")
        info = open_store(path, old, create=False)
        try:
            if action != "encrypt" and not info.encrypted:
                raise StoreError(f"{info.path} is not encrypted.")
            undo = backup_before(action)
            companions = convert.companions(info.path)
        finally:
            close_store()
        result = _convert_all(CryptoResult(book=info.path, undo=undo), companions, old, new)
        if action == "encrypt":
            _redact_reports(result)
    return result


def _redact_reports(result: CryptoResult) -> None:
    from rolodex.services.importing.report import redact_saved_reports

    try:
        result.redacted_reports.extend(redact_saved_reports(result.book))
    except OSError as exc:  # the next open of the book tries again
        result.failed.append(f"Cannot re-write the import reports: {exc.strerror or exc}.")


def _convert_all(
    result: CryptoResult, companions: list[Path], old: str | None, new: str | None
) -> CryptoResult:
    pairs = [(convert.prepare(result.book, old, new), result.book)]
    left: list[Path] = []
    try:
        for companion in companions:
            try:
                pairs.append((convert.prepare(companion, old, new), companion))
                result.converted.append(companion)
            except StoreError as exc:
                result.failed.append(str(exc))
                left.append(companion)
    except BaseException:
        for temp, _ in pairs:
            temp.unlink(missing_ok=True)
        raise
    convert.commit(result.book, pairs)
    convert.remember_unconverted(result.book, left)
    return result
