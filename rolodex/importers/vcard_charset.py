"""Choosing how to decode 8-bit bytes in a vCard.

A property's own CHARSET parameter wins. Bytes with no declared charset are tried as UTF-8, then
as the file's fallback: the first legacy charset another property of the same file declared
(Outlook writes raw Windows-1251 names next to ``LABEL;CHARSET=Windows-1251``), else what
charset-normalizer detects in the card, else Windows-1252.
"""

from __future__ import annotations

import codecs
from functools import lru_cache

# Code pages address books and phones actually wrote; detection on a few names is a guess,
# and limiting it to these keeps the guess away from DOS code pages nobody exports in.
_LEGACY = (
    "cp1250", "cp1251", "cp1252", "cp1253", "cp1254", "cp1255", "cp1256", "cp1257",
    "koi8_r", "shift_jis", "euc_jp", "gb18030", "big5", "euc_kr", "iso8859_2", "iso8859_15",
)  # fmt: skip


@lru_cache(maxsize=64)
def known_charset(name: str) -> str:
    """The Python codec name for a declared charset, or "" when Python does not know it."""
    try:
        return codecs.lookup(name.strip().strip('"')).name
    except (LookupError, ValueError):
        return ""


class CharsetPolicy:
    """Decodes bytes for one file, remembering the fallback charset once it is known."""

    def __init__(self) -> None:
        self._declared = ""
        self._detected = ""

    def note_declared(self, name: str) -> None:
        """Remember a legacy charset the file declares, as the fallback for undeclared bytes."""
        codec = known_charset(name)
        if codec and codec != "utf-8" and not self._declared:
            self._declared = codec

    def decode(self, raw: bytes, declared: str = "", sample: bytes = b"") -> str:
        """Decode ``raw`` by its declared charset, else UTF-8, else the file's fallback."""
        codec = known_charset(declared) if declared else ""
        if codec:
            try:
                return raw.decode(codec)
            except UnicodeDecodeError:
                pass
        try:
            return raw.decode("utf-8")
        except UnicodeDecodeError:
            return raw.decode(self.fallback(sample or raw), errors="replace")

    def fallback(self, sample: bytes) -> str:
        """The charset for undeclared non-UTF-8 bytes in this file."""
        if self._declared:
            return self._declared
        if not self._detected:
            self._detected = _detect(sample)
        return self._detected


def _detect(sample: bytes) -> str:
    from charset_normalizer import from_bytes  # imported lazily: only legacy files need it

    best = from_bytes(sample, cp_isolation=list(_LEGACY)).best()
    codec = known_charset(best.encoding) if best is not None else ""
    return codec if codec and codec != "utf-8" else "cp1252"
