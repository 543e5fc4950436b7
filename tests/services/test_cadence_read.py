"""Reading back the keep-in-touch cadence of a contact and of a tag."""

from __future__ import annotations

import pytest

from rolodex.services.crm import cadence
from rolodex.services.crm.records import CrmError
from tests.services.crm_helpers import make_contact, trash_contact


def test_contact_cadence_reads_back_each_choice(any_book: str) -> None:
    ada = make_contact("Ada")
    assert cadence.contact_cadence(ada) is None  # follows its tags
    for days in (30, 0, None):
        cadence.set_contact_cadence(ada, days)
        assert cadence.contact_cadence(ada) == days


def test_tag_cadence_reads_back_and_zero_means_none(any_book: str) -> None:
    make_contact("Ada", tags=("vip",))
    assert cadence.tag_cadence("vip") is None
    cadence.set_tag_cadence("vip", 14)
    assert cadence.tag_cadence("vip") == 14
    cadence.set_tag_cadence("vip", 0)
    assert cadence.tag_cadence("vip") is None


def test_unknown_contact_or_tag_is_a_clear_error(any_book: str) -> None:
    ada = make_contact("Ada")
    trash_contact(ada)
    with pytest.raises(CrmError, match="no contact"):
        cadence.contact_cadence(ada)
    with pytest.raises(CrmError, match="no tag 'nobody'"):
        cadence.tag_cadence("nobody")


def test_setting_a_contacts_cadence_is_an_edit_of_the_contact(any_book: str) -> None:
    """The cadence is the contact's own setting: it moves its revision, as any edit does."""
    from rolodex.models import Contact

    ada = make_contact("Ada", tags=("vip",))
    before = Contact.get_by_id(ada).revision
    cadence.set_contact_cadence(ada, 30)
    assert Contact.get_by_id(ada).revision == before + 1
    cadence.set_tag_cadence("vip", 14)
    assert Contact.get_by_id(ada).revision == before + 1
