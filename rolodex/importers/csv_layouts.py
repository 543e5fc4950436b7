"""The header rows of known CSV exports, and what each of their columns holds.

Layouts: ``google`` (Google Contacts since 2023: "First Name", "E-mail 1 - Label", "Labels"),
``google-legacy`` (older Google CSV: "Given Name", "E-mail 1 - Type", "Group Membership"),
``outlook`` (Outlook's English export) and ``thunderbird``. :func:`detect_layout` names the
layout a header row belongs to; :func:`layout_targets` maps its columns to targets; a column the
layout does not model is kept as an extra property named after its header, so nothing is lost.
:func:`suggest_targets` guesses targets for any other header row, in English, Norwegian,
Lithuanian or Russian (for the mapping dialog, and to read simple files such as "Name,Email" or
"Fornavn;Etternavn;E-post" without one).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from rolodex.importers.csv_headers import localized_target
from rolodex.importers.csv_mapping import (
    TARGET_FIELDS,
    MappingError,
    Target,
    parse_target,
)
from rolodex.importers.csv_mapping import fold_header as fold

LAYOUTS = ("google", "google-legacy", "outlook", "thunderbird")

_T = Target
_GOOGLE_COMMON = {
    "name prefix": _T("prefix"),
    "name suffix": _T("suffix"),
    "nickname": _T("nickname"),
    "birthday": _T("birthday"),
    "notes": _T("notes"),
}
_GOOGLE = {
    **_GOOGLE_COMMON,
    "first name": _T("given"),
    "middle name": _T("additional"),
    "last name": _T("family"),
    "file as": _T("display_name"),
    "organization name": _T("company"),
    "organization title": _T("job_title"),
    "organization department": _T("department"),
    "labels": _T("tags"),
}
_GOOGLE_LEGACY = {
    **_GOOGLE_COMMON,
    "name": _T("display_name"),
    "given name": _T("given"),
    "additional name": _T("additional"),
    "family name": _T("family"),
    "group membership": _T("tags"),
}
_UNMODELLED = {
    "google": {"phonetic first name", "phonetic middle name", "phonetic last name", "photo"},
    "google-legacy": {
        *("yomi name", "given name yomi", "additional name yomi", "family name yomi"),
        *("initials", "short name", "maiden name", "gender", "location", "photo"),
        *("billing information", "directory server", "mileage", "occupation", "hobby"),
        *("sensitivity", "priority", "subject", "language"),
    },
    "outlook": {
        *("account", "assistant's name", "billing information", "children", "gender"),
        *("directory server", "government id number", "hobby", "initials", "keywords"),
        *("internet free busy", "language", "location", "manager's name", "mileage"),
        *("office location", "organizational id number", "priority", "private", "profession"),
        *("referred by", "sensitivity", "spouse", "user 1", "user 2", "user 3", "user 4"),
    },
    "thunderbird": {"custom 1", "custom 2", "custom 3", "custom 4"},
}
_NUMBERED = re.compile(
    r"^(e-mail|phone|address|website|im|organization|event|relation|custom field) (\d+) - (.+)$"
)
_SUBFIELDS: dict[str, dict[str, str]] = {
    "e-mail": {"value": "email", "label": "email_label"},
    "phone": {"value": "phone", "label": "phone_label"},
    "website": {"value": "website", "label": "website_label"},
    "im": {"value": "im", "label": "im_label", "service": "im_service"},
    "event": {"value": "event", "label": "event_label"},
    "relation": {"value": "extra:X-RELATION", "label": "extra_label"},
    "custom field": {"value": "extra:X-CUSTOM-FIELD", "label": "extra_label"},
    "organization": {"name": "company", "title": "job_title", "department": "department"},
    "address": {
        "label": "address_label",
        "formatted": "address_formatted",
        "street": "street",
        "city": "city",
        "po box": "po_box",
        "region": "region",
        "postal code": "postal_code",
        "country": "country",
        "extended address": "extended",
    },
}


_OUTLOOK_PHONES = {
    "mobile phone": "mobile",
    "business phone": "work",
    "business phone 2": "work",
    "home phone": "home",
    "home phone 2": "home",
    "business fax": "fax",
    "home fax": "fax",
    "other fax": "fax",
    "pager": "pager",
    "company main phone": "main",
    "primary phone": "main",
    "other phone": "other",
    "car phone": "car",
    "assistant's phone": "assistant",
    "callback": "callback",
    "isdn": "isdn",
    "radio phone": "radio",
    "telex": "telex",
    "tty/tdd phone": "tty",
}

_OUTLOOK_ADDRESS = {
    "street": "street",
    "street 2": "extended",
    "street 3": "extended",
    "city": "city",
    "state": "region",
    "postal code": "postal_code",
    "country/region": "country",
    "country": "country",
}


def _outlook_map() -> dict[str, Target]:
    table: dict[str, Target] = {
        "title": _T("prefix"),
        "first name": _T("given"),
        "middle name": _T("additional"),
        "last name": _T("family"),
        "suffix": _T("suffix"),
        "nickname": _T("nickname"),
        "company": _T("company"),
        "department": _T("department"),
        "job title": _T("job_title"),
        "birthday": _T("birthday"),
        "anniversary": _T("anniversary"),
        "categories": _T("tags"),
        "notes": _T("notes"),
        "web page": _T("website", "web", ""),
        "e-mail type": _T("ignore"),
        "e-mail display name": _T("ignore"),
        "e-mail 2 type": _T("ignore"),
        "e-mail 2 display name": _T("ignore"),
        "e-mail 3 type": _T("ignore"),
        "e-mail 3 display name": _T("ignore"),
        "e-mail address": _T("email", "e1", ""),
        "e-mail 2 address": _T("email", "e2", ""),
        "e-mail 3 address": _T("email", "e3", ""),
    }
    table.update({h: _T("phone", h, label) for h, label in _OUTLOOK_PHONES.items()})
    for prefix, label in (("business", "work"), ("home", "home"), ("other", "other")):
        table.update({f"{prefix} {h}": _T(k, label, label) for h, k in _OUTLOOK_ADDRESS.items()})
        table[f"{prefix} address po box"] = _T("po_box", label, label)
    return table


def _thunderbird_map() -> dict[str, Target]:
    table: dict[str, Target] = {
        "first name": _T("given"),
        "last name": _T("family"),
        "display name": _T("display_name"),
        "nickname": _T("nickname"),
        "primary email": _T("email", "e1", ""),
        "secondary email": _T("email", "e2", ""),
        "screen name": _T("im", "im1", ""),
        "work phone": _T("phone", "p1", "work"),
        "home phone": _T("phone", "p2", "home"),
        "fax number": _T("phone", "p3", "fax"),
        "pager number": _T("phone", "p4", "pager"),
        "mobile number": _T("phone", "p5", "mobile"),
        "job title": _T("job_title"),
        "department": _T("department"),
        "organization": _T("company"),
        "web page 1": _T("website", "w1", "work"),
        "web page 2": _T("website", "w2", "home"),
        "birth year": _T("birth_year"),
        "birth month": _T("birth_month"),
        "birth day": _T("birth_day"),
        "notes": _T("notes"),
    }
    for prefix in ("home", "work"):
        parts = {
            "address": "street",
            "address 2": "extended",
            "city": "city",
            "state": "region",
            "zipcode": "postal_code",
            "country": "country",
        }
        table.update({f"{prefix} {h}": _T(k, prefix, prefix) for h, k in parts.items()})
    return table


_SYNONYMS: dict[str, str] = {
    "name": "display_name",
    "full name": "display_name",
    "fullname": "display_name",
    "first": "given",
    "firstname": "given",
    "forename": "given",
    "last": "family",
    "lastname": "family",
    "surname": "family",
    "email": "email",
    "e-mail": "email",
    "email address": "email",
    "mail": "email",
    "phone": "phone",
    "phone number": "phone",
    "telephone": "phone",
    "tel": "phone",
    "mobile": "phone:mobile",
    "cell": "phone:mobile",
    "fax": "phone:fax",
    "organization": "company",
    "organisation": "company",
    "title": "job_title",
    "position": "job_title",
    "address": "street",
    "town": "city",
    "state": "region",
    "province": "region",
    "zip": "postal_code",
    "zip code": "postal_code",
    "postcode": "postal_code",
    "url": "website",
    "web": "website",
    "homepage": "website",
    "note": "notes",
    "comments": "notes",
    "date of birth": "birthday",
    "dob": "birthday",
    "groups": "tags",
    "categories": "tags",
}


def _google_numbered(header: str, label_word: str | None) -> Target | None:
    match = _NUMBERED.match(header)
    if not match:
        return None
    section, number, sub = match.groups()
    if sub in ("label", "type"):
        if label_word is not None and sub != label_word:
            return None
        sub = "label"
    kind = _SUBFIELDS[section].get(sub)
    if kind is None:
        return Target("extra", group=header, label=extra_name(header))
    name = ""
    if kind.startswith("extra:"):
        kind, name = "extra", kind[6:]
    group = "" if section == "organization" else f"{section}{number}"
    return Target(kind, group=group, label=name)


def _google_target(header: str, strict: bool = False) -> Target | None:
    found = _GOOGLE.get(header)
    return found or _google_numbered(header, "label" if strict else None)


def _google_legacy_target(header: str, strict: bool = False) -> Target | None:
    found = _GOOGLE_LEGACY.get(header)
    return found or _google_numbered(header, "type" if strict else None)


def _table_lookup(table_factory: Callable[[], dict[str, Target]]) -> Callable[..., Target | None]:
    cache: dict[str, Target] = {}

    def lookup(header: str, strict: bool = False) -> Target | None:
        if not cache:
            cache.update(table_factory())
        return cache.get(header)

    return lookup


_LOOKUPS: dict[str, Callable[..., Target | None]] = {
    "google": _google_target,
    "google-legacy": _google_legacy_target,
    "outlook": _table_lookup(_outlook_map),
    "thunderbird": _table_lookup(_thunderbird_map),
}


def detect_layout(headers: list[str]) -> str:
    """The known layout these headers belong to, or ``"unknown"``."""
    folded = [fold(h) for h in headers if h.strip()]
    best, best_score = "unknown", 1
    for layout in LAYOUTS:
        score = sum(1 for h in folded if _known(layout, h))
        if score > best_score and score * 10 >= len(folded) * 6:
            best, best_score = layout, score
    return best


def _known(layout: str, header: str) -> bool:
    return header in _UNMODELLED[layout] or _LOOKUPS[layout](header, strict=True) is not None


def extra_name(header: str) -> str:
    """The vCard property name an unmodelled column is kept under: "Custom 1" → X-CUSTOM-1."""
    core = re.sub(r"[^A-Z0-9]+", "-", header.upper()).strip("-")
    return f"X-{core or 'COLUMN'}"


def layout_targets(layout: str, headers: list[str]) -> dict[int, Target]:
    """Column index → target for a known layout; unmodelled named columns become extras."""
    lookup = _LOOKUPS[layout]
    targets: dict[int, Target] = {}
    for index, header in enumerate(headers):
        if not header.strip():
            continue
        found = lookup(fold(header))
        if found is None:
            found = Target("extra", group=f"col{index}", label=extra_name(header))
        targets[index] = found
    return targets


def suggest_targets(headers: list[str]) -> dict[int, str]:
    """A best guess of target field names for an unknown header row (column index → name):
    English names, any known layout's, then Norwegian, Lithuanian and Russian ones
    (:mod:`rolodex.importers.csv_headers`)."""
    labels = {fold(label): name for name, label in TARGET_FIELDS}
    names = {name for name, _ in TARGET_FIELDS}
    suggestion: dict[int, str] = {}
    for index, header in enumerate(headers):
        key = fold(header)
        guess = _SYNONYMS.get(key) or labels.get(key) or (key if key in names else None)
        if guess is None:
            guess = _known_layout_field(key)
        if guess is None:
            guess = _localized(header, names)
        if guess is not None:
            suggestion[index] = guess
    return suggestion


def _localized(header: str, names: set[str]) -> str | None:
    """A Norwegian, Lithuanian or Russian header's field, as one the mapping dialog lists."""
    guess = localized_target(header)
    if guess is not None and guess not in names:
        guess = guess.partition(":")[0]
    return guess if guess in names else None


def _known_layout_field(header: str) -> str | None:
    """A header of some known layout used alone ("Mobile Phone") → its target field name."""
    for layout in LAYOUTS:
        found = _LOOKUPS[layout](header)
        if found is None or found.kind.endswith("_label") or found.kind == "extra":
            continue
        name = f"{found.kind}:{found.label}" if found.label else found.kind
        try:
            parse_target(name)
        except MappingError:
            continue
        return name
    return None
