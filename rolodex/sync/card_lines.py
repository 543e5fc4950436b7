"""The card to upload after a local edit, made of the server's own lines wherever the field
did not change: only what changed is rewritten.

The reader keeps whatever Rolodex does not model, but parameters it does not model on a
property it does (``TEL;X-FOO=1;TYPE=cell``, ``EMAIL;PREF=1``, an ``item1.TEL`` with its
``item1.X-ABLabel``) have no place in a contact. So the last synced card is the template:
each line belongs to a field (by property name; an ``X-ABLabel`` to the field of its group's
property), a field whose value equals the last synced one keeps the server's lines as they
were, and the lines of a changed field are replaced by the writer's, in the same place.
Reading the result must give the contact exactly; when it would not (a card the template
cannot express), the writer's whole card is sent instead."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from rolodex.exporters.vcard import contact_to_vcard
from rolodex.exporters.vcard_fold import fold
from rolodex.importers.vcard_fields import im_service
from rolodex.importers.vcard_map import ANNIVERSARY_NAMES, DO_NOT_MAIL
from rolodex.records import ContactData
from rolodex.sync.merge import GETTERS

STRUCTURE = "structure"  # BEGIN, VERSION, UID, END...: the server's lines stay
OTHER = "extras"  # every property Rolodex does not model
_NAME_FIELDS = ("prefix", "given", "additional", "family", "suffix")
OWNERS: dict[str, tuple[str, ...]] = {
    "N": _NAME_FIELDS, "FN": ("display_name",), "NICKNAME": ("nickname",),
    "ORG": ("company", "department"), "TITLE": ("job_title",), "ROLE": ("role",),
    "BDAY": ("birthday",), **{n: ("anniversary",) for n in ANNIVERSARY_NAMES},
    "NOTE": ("notes",), "CATEGORIES": ("tags",), "PHOTO": ("photo",),
    DO_NOT_MAIL: ("do_not_mail",), "EMAIL": ("emails",), "TEL": ("phones",),
    "ADR": ("addresses",), "URL": ("websites",), "IMPP": ("ims",),
    **{n: (STRUCTURE,) for n in ("BEGIN", "END", "VERSION", "UID", "PRODID", "REV")},
}  # fmt: skip


@dataclass
class Line:
    text: str  # the unfolded content line
    group: str  # lower case, '' when none
    name: str  # upper case
    owner: str = OTHER  # the key of the fields it belongs to (see :func:`_owner`)


def unfold(text: str) -> list[Line]:
    """The content lines of one card, unfolded, with their group and property name."""
    lines: list[str] = []
    for raw in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        if raw[:1] in (" ", "\t") and lines:
            lines[-1] += raw[1:]
        elif raw.strip():
            lines.append(raw)
    return _owned([_line(t) for t in lines])


def _line(text: str) -> Line:
    head = text.split(":", 1)[0].split(";", 1)[0]
    group, _, name = head.rpartition(".")
    return Line(text, group.lower(), name.upper())


def _owner(name: str) -> str:
    fields = OWNERS.get(name) or (("ims",) if im_service(name) is not None else (OTHER,))
    return ",".join(fields)


def _owned(lines: list[Line]) -> list[Line]:
    """Each line's owner; a group's X-ABLabel goes with the modelled property it labels."""
    by_group: dict[str, str] = {}
    for line in lines:
        line.owner = _owner(line.name)
        if line.group and line.owner != OTHER and line.name != "X-ABLABEL":
            by_group.setdefault(line.group, line.owner)
    for line in lines:
        if line.name == "X-ABLABEL" and line.group in by_group:
            line.owner = by_group[line.group]
    return lines


def _changed(owner: str, contact: ContactData, base: ContactData) -> bool:
    if owner == STRUCTURE:
        return False
    getters: list[Callable[[ContactData], object]] = [GETTERS[f] for f in owner.split(",")]
    return any(get(contact) != get(base) for get in getters)


def keep_server_lines(contact: ContactData, base: ContactData, base_text: str,
                      version: str) -> str:  # fmt: skip
    """``contact`` as a card: ``base_text``'s lines for the fields equal in ``base``, the
    writer's for the others (see the module's docstring)."""
    old, new = unfold(base_text), unfold(contact_to_vcard(contact, version))
    changed = {ln.owner for ln in old + new if _changed(ln.owner, contact, base)}
    kept = [ln for ln in old if ln.owner not in changed]
    fresh = _regroup([ln for ln in new if ln.owner in changed], {ln.group for ln in kept})
    out: list[Line] = []
    placed: set[str] = set()
    for line in old:
        if line.owner not in changed:
            if line.name == "END":
                out += [ln for ln in fresh if ln.owner not in placed]
            out.append(line)
        elif line.owner not in placed:
            placed.add(line.owner)
            out += [ln for ln in fresh if ln.owner == line.owner]
    return "".join(fold(line.text).decode("utf-8") for line in out)


def _regroup(lines: list[Line], taken: set[str]) -> list[Line]:
    """The writer's lines with their groups renamed where a kept line uses the same one."""
    renamed: dict[str, str] = {}
    avoid = taken | {line.group for line in lines}
    n = 1
    for line in lines:
        if not line.group or line.group not in taken:
            continue
        if line.group not in renamed:
            while f"item{n}" in avoid:
                n += 1
            renamed[line.group] = f"item{n}"
            avoid.add(renamed[line.group])
        head, sep, rest = line.text.partition(".")
        line.text, line.group = renamed[line.group] + sep + rest, renamed[line.group]
    return lines
