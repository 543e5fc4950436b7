"""Comparing contacts before an export and after reading it back: equal, except for what the
export reported as left out, and binary values compared by their bytes (vCard 3.0 writes them
as ``ENCODING=b`` base64, 4.0 as a ``data:`` URI)."""

from __future__ import annotations

import base64
import binascii
from collections import Counter
from collections.abc import Iterable
from dataclasses import asdict, is_dataclass
from typing import Any

from rolodex.exporters.vcard import Dropped


def _data(text: str) -> bytes | None:
    text = "".join(text.split()).rstrip("=")
    try:
        return base64.b64decode(text + "=" * (-len(text) % 4), validate=True)
    except (binascii.Error, ValueError):
        return None


def extra_key(extra: Any) -> tuple[Any, ...]:
    """An extra as a hashable key; a binary value by its bytes, whatever form it was in."""
    extra = asdict(extra) if is_dataclass(extra) else extra
    name, value, params, group = extra["name"], extra["value"], extra["params"], extra["group"]
    data = None
    if {v.lower() for v in params.get("ENCODING", [])} & {"b", "base64"}:
        data = _data(value)
    elif value[:5].lower() == "data:" and ";base64," in value.lower():
        data = _data(value.partition(",")[2])
    if data is not None:
        return name, data, group
    return name, value, tuple(sorted((k, tuple(v)) for k, v in params.items())), group


def _plain(contact: Any) -> dict[str, Any]:
    data = dict(asdict(contact) if is_dataclass(contact) else contact)
    data.pop("id", None)
    data["extras"] = []
    return data


def assert_same_but_left_out(
    before: Iterable[Any], after: Iterable[Any], dropped: list[Dropped]
) -> None:
    """``after`` holds ``before``'s contacts, with every extra but the ones in ``dropped``."""
    before, after = list(before), list(after)
    key = repr
    assert sorted(map(key, map(_plain, after))) == sorted(map(key, map(_plain, before)))
    extras_before = Counter(extra_key(e) for c in before for e in _extras(c))
    extras_after = Counter(extra_key(e) for c in after for e in _extras(c))
    assert not extras_after - extras_before  # nothing new, nothing changed
    left_out = [d for d in dropped if d.reason != "parameter"]
    assert extras_before.total() - extras_after.total() == len(left_out)


def _extras(contact: Any) -> list[Any]:
    return list(contact.extras if is_dataclass(contact) else contact["extras"])
