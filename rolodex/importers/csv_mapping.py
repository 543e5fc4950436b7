"""Column mappings for CSV import: which column holds which contact field.

A mapping sends a column (by 0-based index, or by header name) to a *target field* from the
fixed vocabulary in :data:`TARGET_FIELDS`. The same vocabulary names the columns of the known
layouts (Google, Outlook, Thunderbird), so a remembered mapping and a detected layout are read by
the same code.

Target field names
    Plain fields: ``given``, ``family``, ``additional``, ``prefix``, ``suffix``, ``nickname``,
    ``display_name``, ``company``, ``department``, ``job_title``, ``role``, ``notes``,
    ``birthday``, ``anniversary``, ``tags`` (split on ``;``, ``,`` or `` ::: ``) and ``ignore``.
    Values with a label: ``email``, ``phone``, ``website``, ``im``; address parts: ``street``,
    ``extended``, ``po_box``, ``city``, ``region``, ``postal_code``, ``country``. Any of these
    takes an optional label after a colon: ``email:work``, ``phone:mobile``, ``city:home``. The
    label is free text; the usual ones are ``home``, ``work``, ``mobile``, ``fax``, ``pager``,
    ``main`` and ``other``. Address parts with the same label form one address.

Command-line syntax (``--map``)
    Comma-separated ``COLUMN=TARGET`` items. ``COLUMN`` is a 0-based index when it is all digits,
    else a header name (matched ignoring case and surrounding spaces; write ``\\,`` for a comma
    inside a name; the last ``=`` of an item separates name and target). Two extra items are
    understood: ``header=yes|no`` says whether the first row is a header (default: detected) and
    ``encoding=NAME`` forces the text encoding. Examples::

        0=given,1=family,3=email:work
        First Name=given,E-mail=email,header=yes

:func:`mapping_to_json` and :func:`mapping_from_json` turn a mapping into text the caller can
store and back.
"""

from __future__ import annotations

import codecs
import json
import re
from dataclasses import dataclass, field

LABELED_KINDS = ("email", "phone", "website", "im")
ADDRESS_KINDS = ("street", "extended", "po_box", "city", "region", "postal_code", "country")
SCALAR_KINDS = (
    "given",
    "family",
    "additional",
    "prefix",
    "suffix",
    "nickname",
    "display_name",
    "company",
    "department",
    "job_title",
    "role",
    "notes",
    "birthday",
    "anniversary",
    "tags",
    "ignore",
)

TARGET_FIELDS: tuple[tuple[str, str], ...] = (
    ("given", "Given name"),
    ("family", "Family name"),
    ("additional", "Middle name"),
    ("prefix", "Name prefix (Dr., Mrs.)"),
    ("suffix", "Name suffix (Jr.)"),
    ("nickname", "Nickname"),
    ("display_name", "Full name"),
    ("company", "Company"),
    ("department", "Department"),
    ("job_title", "Job title"),
    ("role", "Role"),
    ("email", "Email"),
    ("email:home", "Email (home)"),
    ("email:work", "Email (work)"),
    ("email:other", "Email (other)"),
    ("phone", "Phone"),
    ("phone:mobile", "Phone (mobile)"),
    ("phone:home", "Phone (home)"),
    ("phone:work", "Phone (work)"),
    ("phone:fax", "Fax"),
    ("phone:pager", "Pager"),
    ("phone:other", "Phone (other)"),
    ("street", "Street"),
    ("extended", "Street, second line"),
    ("po_box", "PO box"),
    ("city", "City"),
    ("region", "State or region"),
    ("postal_code", "Postal code"),
    ("country", "Country"),
    ("street:home", "Home street"),
    ("extended:home", "Home street, second line"),
    ("city:home", "Home city"),
    ("region:home", "Home state or region"),
    ("postal_code:home", "Home postal code"),
    ("country:home", "Home country"),
    ("street:work", "Work street"),
    ("extended:work", "Work street, second line"),
    ("city:work", "Work city"),
    ("region:work", "Work state or region"),
    ("postal_code:work", "Work postal code"),
    ("country:work", "Work country"),
    ("website", "Website"),
    ("im", "Instant messaging"),
    ("notes", "Notes"),
    ("birthday", "Birthday"),
    ("anniversary", "Anniversary"),
    ("tags", "Tags"),
    ("ignore", "Do not import"),
)


class MappingError(ValueError):
    """A mapping that names an unknown field, or a column the file does not have."""


@dataclass(frozen=True)
class Target:
    """Where one column's value goes.

    ``kind`` is a target field kind (or an internal one such as ``email_label``, used by the
    layouts); columns with the same ``group`` belong to one email, phone or address; ``label``
    is a fixed label (or, for ``extra``, the property name).
    """

    kind: str
    group: str = ""
    label: str = ""


@dataclass
class ColumnMapping:
    """The user's choice of what each column holds, plus optional reading overrides."""

    columns: dict[int | str, str] = field(default_factory=dict)
    has_header: bool | None = None
    encoding: str | None = None
    delimiter: str | None = None


def parse_target(name: str, column: int = 0) -> Target:
    """Turn ``"email:work"`` into a :class:`Target`; ``column`` keeps two emails apart."""
    kind, _, label = name.strip().partition(":")
    kind = kind.strip().lower()
    label = label.strip().lower()
    if kind in SCALAR_KINDS and not label:
        return Target(kind)
    if kind in LABELED_KINDS:
        return Target(kind, group=f"col{column}", label=label)
    if kind in ADDRESS_KINDS:
        return Target(kind, group=label, label=label)
    known = ", ".join(n for n, _ in TARGET_FIELDS)
    raise MappingError(f"Unknown field {name!r}; use one of: {known}")


def parse_map_arg(text: str) -> ColumnMapping:
    """Parse the ``--map`` syntax described in this module's docstring."""
    mapping = ColumnMapping()
    for raw in re.split(r"(?<!\\),", text):
        item = raw.replace("\\,", ",").strip()
        if not item:
            continue
        key, sep, target = item.rpartition("=")
        key = key.strip()
        if not sep or not key:
            raise MappingError(f"Mapping item {item!r} is not COLUMN=FIELD")
        if _apply_option(mapping, key, target.strip()):
            continue
        column: int | str = int(key) if key.isdigit() else key
        parse_target(target, column if isinstance(column, int) else 0)
        mapping.columns[column] = target.strip()
    return mapping


def _apply_option(mapping: ColumnMapping, key: str, value: str) -> bool:
    """Handle ``header=yes|no`` and ``encoding=NAME``; False when the item is a column."""
    lowered = key.lower()
    if lowered == "header" and value.lower() in ("yes", "no", "true", "false", "1", "0"):
        mapping.has_header = value.lower() in ("yes", "true", "1")
        return True
    if lowered == "encoding":
        try:
            mapping.encoding = codecs.lookup(value).name
        except LookupError as exc:
            raise MappingError(f"Unknown text encoding {value!r}") from exc
        return True
    return False


def resolve_mapping(mapping: ColumnMapping, headers: list[str], width: int) -> dict[int, Target]:
    """Column index → target for a file with these ``headers`` and ``width`` columns."""
    folded = [fold_header(h) for h in headers]
    resolved: dict[int, Target] = {}
    for key, name in mapping.columns.items():
        if isinstance(key, int):
            if key >= max(width, len(headers)):
                raise MappingError(f"Column {key} does not exist: the file has {width} columns")
            index = key
        else:
            if fold_header(key) not in folded:
                shown = ", ".join(repr(h) for h in headers) or "(no header row)"
                raise MappingError(f"No column named {key!r}; the columns are: {shown}")
            index = folded.index(fold_header(key))
        resolved[index] = parse_target(name, index)
    return resolved


def fold_header(text: str) -> str:
    """A header as compared: no BOM, single spaces, case-folded."""
    return " ".join(text.replace("\ufeff", "").split()).casefold()


def mapping_to_json(mapping: ColumnMapping) -> str:
    """Text to store a mapping with; :func:`mapping_from_json` reads it back."""
    data = {
        "columns": [[key, target] for key, target in mapping.columns.items()],
        "has_header": mapping.has_header,
        "encoding": mapping.encoding,
        "delimiter": mapping.delimiter,
    }
    return json.dumps(data, ensure_ascii=False)


def mapping_from_json(text: str) -> ColumnMapping:
    """Read a mapping stored by :func:`mapping_to_json`; raise MappingError when it is damaged."""
    try:
        data = json.loads(text)
        columns: dict[int | str, str] = {}
        for key, target in data["columns"]:
            if not isinstance(key, int | str) or not isinstance(target, str):
                raise TypeError("bad column entry")
            parse_target(target, key if isinstance(key, int) else 0)
            columns[key] = target
        mapping = ColumnMapping(columns, data.get("has_header"), data.get("encoding"))
        mapping.delimiter = data.get("delimiter")
    except (ValueError, KeyError, TypeError) as exc:
        raise MappingError(f"Stored column mapping cannot be read: {exc}") from exc
    return mapping
