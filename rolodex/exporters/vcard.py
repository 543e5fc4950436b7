"""Writing contacts as vCard 3.0 (default) or 4.0: UTF-8, CRLF, lines folded at 75 octets.

Photos are included (base64 ``ENCODING=b`` in 3.0, a ``data:`` URI in 4.0) and every property
Rolodex does not model is written back as it was read, so import → export → import changes
nothing, as long as the property can be written validly: what cannot (a property named END,
a photo whose base64 was already broken) is left out and, when the caller passes a ``dropped``
list, recorded there (:class:`~rolodex.exporters.vcard_check.Dropped`). The writer builds text
itself rather than through vobject: it is many times faster and folds by octets, as the RFCs
require.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import BinaryIO

from rolodex.exporters.vcard_check import Dropped
from rolodex.exporters.vcard_fold import fold
from rolodex.exporters.vcard_props import VERSIONS, contact_lines
from rolodex.records import ContactData

__all__ = ["VERSIONS", "Dropped", "card_bytes", "contact_to_vcard", "write_vcards"]


def card_bytes(
    contact: ContactData, version: str = "3.0", dropped: list[Dropped] | None = None
) -> bytes:
    """One card as the exact bytes written to a file (what was left out goes to ``dropped``)."""
    return b"".join(fold(line) for line in contact_lines(contact, version, dropped))


def contact_to_vcard(contact: ContactData, version: str = "3.0") -> str:
    """One card as text (CRLF line ends, folded at 75 octets)."""
    return card_bytes(contact, version).decode("utf-8")


def write_vcards(
    contacts: Iterable[ContactData],
    out: BinaryIO,
    version: str = "3.0",
    dropped: list[Dropped] | None = None,
) -> int:
    """Write every contact to ``out`` as one vCard each; return how many were written."""
    count = 0
    for contact in contacts:
        out.write(card_bytes(contact, version, dropped))
        count += 1
    return count
