"""A contact as JSON and back, exactly: what a merge keeps so it can be undone."""

from __future__ import annotations

import base64
from dataclasses import asdict
from typing import Any

from rolodex.records import Address, ContactData, ExtraProperty, InstantMessage, LabeledValue, Phone

_ITEM_TYPES: dict[str, type[Any]] = {
    "emails": LabeledValue,
    "phones": Phone,
    "addresses": Address,
    "websites": LabeledValue,
    "ims": InstantMessage,
    "extras": ExtraProperty,
}


def contact_to_json(contact: ContactData) -> dict[str, Any]:
    """Plain JSON-able data (the photo as base64 text)."""
    data = asdict(contact)
    if contact.photo is not None:
        data["photo"] = base64.b64encode(contact.photo).decode("ascii")
    return data


def contact_from_json(data: dict[str, Any]) -> ContactData:
    """The :class:`ContactData` that :func:`contact_to_json` was given."""
    values = dict(data)
    for name, item_type in _ITEM_TYPES.items():
        values[name] = [item_type(**item) for item in values.get(name, [])]
    if values.get("photo") is not None:
        values["photo"] = base64.b64decode(values["photo"])
    return ContactData(**values)
