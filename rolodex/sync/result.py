"""What one sync run did: the counts ``sync run --json`` prints, and the error lines."""

from __future__ import annotations

from dataclasses import dataclass, field

KEYS = (
    "uploaded", "downloaded", "updated_local", "updated_remote", "deleted_local",
    "deleted_remote", "conflicts", "errors",
)  # fmt: skip


@dataclass
class SyncResult:
    uploaded: int = 0
    downloaded: int = 0
    updated_local: int = 0
    updated_remote: int = 0
    deleted_local: int = 0
    deleted_remote: int = 0
    conflicts: int = 0
    errors: int = 0
    messages: list[str] = field(default_factory=list)

    def error(self, message: str) -> None:
        self.errors += 1
        self.messages.append(message)

    def counts(self) -> dict[str, int]:
        return {key: int(getattr(self, key)) for key in KEYS}

    def add(self, other: SyncResult) -> None:
        for key in KEYS:
            setattr(self, key, getattr(self, key) + getattr(other, key))
        self.messages.extend(other.messages)

    def changed(self) -> bool:
        return any(getattr(self, key) for key in KEYS[:-1])

    def summary(self) -> str:
        """One line: what changed, or that nothing did."""
        parts = [f"{key.replace('_', ' ')} {value}" for key, value in self.counts().items() if value]
        return ", ".join(parts) if parts else "nothing to do"
