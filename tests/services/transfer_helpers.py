"""Helpers for the import/export tests: writing small vCard files and reading the book back."""

from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path
from typing import Any

from rolodex.services.contacts import ContactService

TRANSFER_DATA = Path(__file__).resolve().parents[1] / "data" / "transfer"


def vcard(
    name: str,
    *,
    email: str = "",
    phone: str = "",
    org: str = "",
    uid: str = "",
    title: str = "",
    note: str = "",
    extra: str = "",
) -> str:
    """One vCard 3.0 (CRLF) for ``name`` ("Given Family") with the given properties."""
    given, _, family = name.partition(" ")
    lines = ["BEGIN:VCARD", "VERSION:3.0", f"N:{family};{given};;;", f"FN:{name}"]
    optional = {
        "EMAIL;TYPE=INTERNET": email,
        "TEL;TYPE=CELL": phone,
        "ORG": org,
        "UID": uid,
        "TITLE": title,
        "NOTE": note,
    }
    lines += [f"{key}:{value}" for key, value in optional.items() if value]
    if extra:
        lines.append(extra)
    lines.append("END:VCARD")
    return "\r\n".join(lines) + "\r\n"


def write_cards(path: Path, *cards: str) -> Path:
    path.write_bytes("".join(cards).encode("utf-8"))
    return path


def book_snapshot() -> list[dict[str, Any]]:
    """Every live contact as plain data (ids left out), in a stable order."""
    service = ContactService()
    out = []
    for contact in service.get_many(service.ids()):
        data = asdict(contact)
        data.pop("id")
        out.append(data)
    return sorted(out, key=lambda d: json.dumps(d, sort_keys=True, default=repr))


def names() -> list[str]:
    service = ContactService()
    return sorted(c.full_name() for c in service.get_many(service.ids()))
