"""Reading back the keep-in-touch cadence of a contact and of a tag."""

from __future__ import annotations

import pytest

from rolodex.db import StoreInfo
from rolodex.services import cadence
from rolodex.services.contacts import ContactService
from rolodex.services.crm_records import CrmError
from tests.services.crm_helpers import make_contact


def test_contact_cadence_reads_back_each_choice(book: StoreInfo) -> None:
    ada = make_contact("Ada")
    assert cadence.contact_cadence(ada) is None  # follows its tags
    for days in (30, 0, None):
        cadence.set_contact_cadence(ada, days)
        assert cadence.contact_cadence(ada) == days


def test_tag_cadence_reads_back_and_zero_means_none(book: StoreInfo) -> None:
    make_contact("Ada", tags=("vip",))
    assert cadence.tag_cadence("vip") is None
    cadence.set_tag_cadence("vip", 14)
    assert cadence.tag_cadence("vip") == 14
    cadence.set_tag_cadence("vip", 0)
    assert cadence.tag_cadence("vip") is None


def test_unknown_contact_or_tag_is_a_clear_error(book: StoreInfo) -> None:
    ada = make_contact("Ada")
    ContactService().delete([ada])
    with pytest.raises(CrmError, match="no contact"):
        cadence.contact_cadence(ada)
    with pytest.raises(CrmError, match="no tag 'nobody'"):
        cadence.tag_cadence("nobody")
