"""Decoding single vCard values: dates, photos, countries, IM handles."""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import re

from rolodex.importers.vcard_card import VProperty
from rolodex.importers.vcard_values import unescape

_FULL_DATE = re.compile(r"(\d{4})-?(\d{2})-?(\d{2})(?:[T ].*)?\Z")
_NO_YEAR = re.compile(r"--(\d{2})-?(\d{2})\Z")
_SCHEME = re.compile(r"([A-Za-z][A-Za-z0-9+.-]*):(.*)\Z", re.DOTALL)
_KDE_IM = re.compile(r"X-MESSAGING/([A-Z0-9]+)-ALL\Z")

IM_PROPERTIES: dict[str, str] = {
    "X-AIM": "aim",
    "X-ICQ": "icq",
    "X-JABBER": "xmpp",
    "X-MSN": "msn",
    "X-YAHOO": "yahoo",
    "X-SKYPE": "skype",
    "X-SKYPE-USERNAME": "skype",
    "X-GTALK": "gtalk",
    "X-GOOGLE-TALK": "gtalk",
    "X-QQ": "qq",
    "X-GADUGADU": "gadu",
}
SCHEME_SERVICES: dict[str, str] = {"ymsgr": "yahoo", "msnim": "msn", "gg": "gadu"}
SERVICE_SCHEMES: dict[str, str] = {v: k for k, v in SCHEME_SERVICES.items()}
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"GIF8", "image/gif"),
    (b"BM", "image/bmp"),
)


def iso_date(raw: str) -> str | None:
    """``19780311``/``1978-03-11T00:00:00Z`` → "1978-03-11"; ``--0415`` → "--04-15"; else None."""
    text = unescape(raw).strip()
    match = _FULL_DATE.match(text)
    if match:
        year, month, day = (int(g) for g in match.groups())
        try:
            return dt.date(year, month, day).isoformat()
        except ValueError:
            return None
    match = _NO_YEAR.match(text)
    if match and 1 <= int(match.group(1)) <= 12 and 1 <= int(match.group(2)) <= 31:
        return f"--{match.group(1)}-{match.group(2)}"
    return None


def sniff_image(data: bytes) -> str:
    """The image MIME type from the first bytes, or ""."""
    for magic, mime in _MAGIC:
        if data.startswith(magic):
            return mime
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    return ""


def _mime_from_type(prop: VProperty) -> str:
    for value in prop.param("TYPE") + prop.param("MEDIATYPE"):
        value = value.strip().lower()
        if "/" in value:
            return value
        if value and value not in ("pref", "home", "work"):
            return "image/" + value
    return ""


def decode_photo(prop: VProperty) -> tuple[bytes, str] | None:
    """(bytes, MIME type) of an inline photo; None for a link or undecodable data."""
    value = prop.value
    if value[:5].lower() == "data:":
        header, _comma, payload = unescape(value)[5:].partition(",")
        if not header.lower().endswith(";base64"):
            return None
        data = _b64(payload)
        mime = header.split(";")[0].strip().lower()
    elif {e.lower() for e in prop.param("ENCODING")} & {"b", "base64"}:
        data = _b64(value)
        mime = ""
    elif _SCHEME.match(value.strip()) is None:  # Thunderbird: bare base64, no ENCODING
        data = _b64(value)
        mime = ""
        if not data or not sniff_image(data):
            return None
    else:
        return None
    if not data:
        return None
    return data, sniff_image(data) or mime or _mime_from_type(prop)


def _b64(text: str) -> bytes | None:
    text = "".join(text.split())
    text = text.rstrip("=") + "=" * (-len(text.rstrip("=")) % 4)
    try:
        return base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        return None


def im_service(name: str) -> str | None:
    """The IM service a property such as X-SKYPE or KDE's X-messaging/xmpp-All stands for."""
    upper = name.upper()
    if upper in IM_PROPERTIES:
        return IM_PROPERTIES[upper]
    match = _KDE_IM.match(upper)
    return match.group(1).lower() if match else None


def split_impp(value: str) -> tuple[str, str]:
    """``xmpp:a@b`` → ("xmpp", "a@b"); a value without a scheme has no service."""
    text = unescape(value).strip()
    match = _SCHEME.match(text)
    if match is None or "/" in match.group(1):
        return "", text
    scheme = match.group(1).lower()
    return SCHEME_SERVICES.get(scheme, scheme), match.group(2)
