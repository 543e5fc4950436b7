"""Inline binary values (a photo, logo, sound or key kept as an unmodelled property) re-checked
and written the way each version wants them.

vCard 3.0 writes binary data as ``ENCODING=b`` base64 (RFC 2426 §5.1); vCard 4.0 has no
ENCODING parameter and writes it as a ``data:`` URI (RFC 6350 §6.2.4). Data that was already
broken when it was read (base64 that does not decode) is not written at all: the caller leaves
the property out and says so.
"""

from __future__ import annotations

import base64
import binascii
import re

from rolodex.importers.vcard_fields import sniff_image
from rolodex.importers.vcard_values import unescape

Params = list[tuple[str, list[str]]]
BINARY_ENCODINGS = frozenset({"b", "base64"})
FALLBACK_MIME = "application/octet-stream"
_MIME_OK = re.compile(r"[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]*/[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]*\Z")
# vCard 3.0 TYPE values naming a format (RFC 2426 uses IANA subtypes; programs write these).
_FORMATS: dict[str, str] = {
    **{name: f"image/{name}" for name in ("jpeg", "png", "gif", "bmp", "tiff", "webp", "heic")},
    "jpg": "image/jpeg",
    "svg": "image/svg+xml",
    "x509": "application/pkix-cert",
    "pgp": "application/pgp-keys",
    "wave": "audio/wav",
    "wav": "audio/wav",
    "mp3": "audio/mpeg",
}


def clean_base64(text: str) -> tuple[str, bytes] | None:
    """(canonical base64 text, bytes) of base64 without whitespace or with its padding lost;
    None when it does not decode."""
    text = "".join(text.split()).rstrip("=")
    text += "=" * (-len(text) % 4)
    try:
        return text, base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        return None


def media_type(mime: str, data: bytes = b"") -> str:
    """A MIME type fit for a ``data:`` URI: ``mime`` if well formed, else sniffed, else
    ``application/octet-stream``."""
    if _MIME_OK.match(mime):
        return mime.lower()
    return sniff_image(data) or FALLBACK_MIME


def encoded_value(value: str, params: Params, v4: bool) -> tuple[str, Params] | None:
    """An ``ENCODING=b`` value and its other parameters as this version writes them."""
    cleaned = clean_base64(value)
    if cleaned is None:
        return None
    text, data = cleaned
    if not v4:
        return text, [("ENCODING", ["b"]), *params]
    mime, rest = _split_type(params)
    uri = f"data:{media_type(sniff_image(data) or mime, data)};base64,{text}"
    return uri, rest


def data_uri_ok(value: str) -> bool:
    """Whether a ``data:`` URI value decodes (URIs that are not base64 are left as they are)."""
    header, _comma, payload = unescape(value)[5:].partition(",")
    if not header.lower().endswith(";base64"):
        return True
    return clean_base64(payload) is not None


def _split_type(params: Params) -> tuple[str, Params]:
    """The media type a 3.0 TYPE (``JPEG``, ``image/png``) or MEDIATYPE parameter names, and
    the parameters left once those values are taken out."""
    mime = ""
    rest: Params = []
    for key, values in params:
        if key.upper() not in ("TYPE", "MEDIATYPE"):
            rest.append((key, values))
            continue
        kept = []
        for value in values:
            low = value.strip().lower()
            if "/" in low or low in _FORMATS:
                mime = mime or _FORMATS.get(low, low)
            else:
                kept.append(value)
        if kept:
            rest.append((key, kept))
    return mime, rest
