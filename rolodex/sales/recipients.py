"""Who a campaign's selection finds now, as :class:`Recipient` records: the contacts with its
tag, matching its search and/or chosen by id, in the contact list's order, without those who
opted out of the channel ("do not mail" for letters, "do not email" for emails). The postal
address is formatted as a label would print it (:mod:`rolodex.labels.address_format`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rolodex.labels.address_format import Unmailable, format_address, person_name
from rolodex.labels.options import LabelOptions
from rolodex.records import ContactData
from rolodex.sales.records import Recipient
from rolodex.services.contacts import ContactService
from rolodex.store import campaigns as store

if TYPE_CHECKING:
    from rolodex.sales.campaigns import Selection


def select(selection: Selection, channel: str) -> list[Recipient]:
    """The recipients the selection finds now."""
    service = ContactService()
    ids: list[int] = []
    if selection.tag or selection.search:
        ids = service.ids(query=selection.search, tag=selection.tag)
    ids += [i for i in selection.ids if i not in set(ids) and service.exists(i)]
    skip = store.opted_out(ids, channel) if channel in ("letter", "email") else set()
    wanted = [i for i in ids if i not in skip]
    options = _options()
    return [_recipient(c, options) for c in service.get_many(wanted)]


def _options() -> LabelOptions:
    from rolodex.locale_defaults import sender_country
    from rolodex.services import prefs

    return LabelOptions(home_country=sender_country().value or prefs.phone_region())


def _recipient(contact: ContactData, options: LabelOptions) -> Recipient:
    try:
        address = "\n".join(format_address(contact, options).lines)
    except Unmailable:
        address = ""
    email = contact.emails[0].value if contact.emails else ""
    name = person_name(contact) or contact.display_name
    return Recipient(contact.id, name, contact.given, contact.company, address, email)
