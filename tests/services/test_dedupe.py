"""Finding duplicates across the book: exact links, fuzzy names at one place, no false friends;
on a file and on a PostgreSQL book (``any_book``)."""

from __future__ import annotations

import pytest

from rolodex.records import Address, ContactData, LabeledValue, Phone
from rolodex.services import prefs
from rolodex.services.contacts import ContactService
from rolodex.services.duplicates.find import find_duplicates, find_duplicates_of


def person(
    given: str,
    family: str,
    *,
    company: str = "",
    city: str = "",
    email: str = "",
    phone: str = "",
    uid: str = "",
) -> ContactData:
    return ContactData(
        given=given,
        family=family,
        company=company,
        uid=uid,
        emails=[LabeledValue(email)] if email else [],
        phones=[Phone(phone)] if phone else [],
        addresses=[Address(city=city)] if city else [],
    )


@pytest.fixture
def service(any_book: str) -> ContactService:
    """A book on either backend (a file, then a PostgreSQL server)."""
    return ContactService()


def add(service: ContactService, *people: ContactData) -> list[int]:
    return [service.create(p) for p in people]


def groups_as_sets(service: ContactService) -> list[set[int]]:
    return [set(g.ids) for g in find_duplicates()]


def test_same_email_in_any_case_is_a_duplicate(service: ContactService) -> None:
    a, b, _ = add(
        service,
        person("Ona", "Kazlauskienė", email="ona@example.lt"),
        person("O.", "K.", email="ONA@Example.LT "),
        person("Other", "Person", email="other@example.lt"),
    )
    groups = find_duplicates()
    assert [set(g.ids) for g in groups] == [{a, b}]
    assert groups[0].exact
    assert [(r.kind, r.value) for r in groups[0].reasons] == [("email", "ona@example.lt")]


def test_phone_written_differently_is_the_same_number(service: ContactService) -> None:
    prefs.put(prefs.PHONE_REGION, "NO")
    a, b = add(
        service,
        person("Kari", "Nordmann", phone="+47 22 33 44 55"),
        person("Kari", "N", phone="223 34 455"),
    )
    assert groups_as_sets(service) == [{a, b}]


def test_same_uid_links_contacts(service: ContactService) -> None:
    a, b = add(service, person("A", "One", uid="urn:uuid:1"), person("B", "Two", uid="urn:uuid:1"))
    assert groups_as_sets(service) == [{a, b}]


def test_same_name_and_company_is_exact(service: ContactService) -> None:
    a, b = add(
        service,
        person("Дмитрий", "Иванов", company="ООО Ромашка"),
        person("ДМИТРИЙ", "ИВАНОВ", company="ооо ромашка"),
    )
    groups = find_duplicates()
    assert [set(g.ids) for g in groups] == [{a, b}]
    assert groups[0].reasons[0].kind == "name_company"


def test_similar_names_at_the_same_company_or_city(service: ContactService) -> None:
    a, b, c, d = add(
        service,
        person("Jon", "Smith", company="Acme"),
        person("John", "Smith", company="ACME"),
        person("Øystein", "Hansen", city="Bergen"),
        person("Oystein", "Hanssen", city="bergen"),
    )
    groups = find_duplicates()
    assert sorted(map(set, (g.ids for g in groups)), key=min) == [{a, b}, {c, d}]
    assert all(not g.exact for g in groups)
    assert {r.value for g in groups for r in g.reasons} == {"Acme", "Bergen"}


def test_names_in_the_other_order_still_match(service: ContactService) -> None:
    a, b = add(
        service, person("Chen", "Wei", city="Vilnius"), person("Wei", "Chen", city="Vilnius")
    )
    assert groups_as_sets(service) == [{a, b}]


def test_no_false_friends_across_companies_and_cities(service: ContactService) -> None:
    add(
        service,
        person("John", "Smith", company="Acme", city="Oslo"),
        person("Jon", "Smith", company="Globex", city="Kaunas"),
        person("John", "Smith", company="Initech", city="Riga"),
        person("Joan", "Smythe", company="Acme", city="Oslo"),
        person("Peter", "Smith", company="Acme", city="Oslo"),
    )
    assert find_duplicates() == []


def test_groups_join_chains_and_ignore_the_trash(service: ContactService) -> None:
    a, b, c, d = add(
        service,
        person("Ann", "Lee", email="ann@x.org"),
        person("Ann", "Lee", email="ann@x.org", phone="+4790000001"),
        person("A", "L", phone="+47 900 00 001"),
        person("Ann", "Lee", email="ann@x.org"),
    )
    service.delete([d])
    groups = find_duplicates()
    assert [set(g.ids) for g in groups] == [{a, b, c}]
    assert {r.kind for r in groups[0].reasons} == {"email", "phone"}


def test_duplicates_of_given_contacts(service: ContactService) -> None:
    a, b, c, d = add(
        service,
        person("Ann", "Lee", email="ann@x.org"),
        person("Ann", "Lee", email="ann@x.org"),
        person("Bo", "Ek", email="bo@x.org"),
        person("Bo", "Ek", email="bo@x.org"),
    )
    assert [set(g.ids) for g in find_duplicates_of([c])] == [{c, d}]


def test_cancel_returns_nothing(service: ContactService) -> None:
    add(service, person("Jon", "Smith", company="Acme"), person("John", "Smith", company="Acme"))
    assert find_duplicates(cancelled=lambda: True) == []


def test_a_common_name_alone_groups_nobody_across_companies(service: ContactService) -> None:
    companies = [f"ООО Фирма {n}" for n in range(6)]
    cities = ["Москва", "Казань", "Самара"]
    ids = add(
        service,
        *(
            person("Владимир", "Новиков", company=companies[i % 6], city=cities[i % 3],
                   email=f"vn{i}@mail.ru", phone=f"+7 916 000 00 {i:02d}")
            for i in range(28)
        ),
    )  # fmt: skip
    groups = find_duplicates()
    firms = {i: companies[n % 6] for n, i in enumerate(ids)}
    assert groups  # same name at the same company is worth a look...
    for group in groups:
        assert len({firms[i] for i in group.ids}) == 1  # ...but never across companies
        assert {r.kind for r in group.reasons} == {"name_company"}
        assert group.strong_ids() == []  # nothing to pre-select: only a name links them
    assert len(groups) == 6


def test_a_shared_email_marks_the_members_it_links(service: ContactService) -> None:
    a, b, c = add(
        service,
        person("Ivan", "Petrov", company="Acme", email="ivan@acme.ru"),
        person("Ivan", "Petrov", company="Acme", email="IVAN@acme.ru"),
        person("Ivan", "Petrov", company="Acme", email="other@acme.ru"),
    )
    (group,) = find_duplicates()
    assert set(group.ids) == {a, b, c}
    assert group.strong_ids() == sorted([a, b])
    assert [r.kind for r in group.why[c]] == ["name_company"]
    assert {r.kind for r in group.why[a]} == {"email", "name_company"}


def test_same_name_in_one_city_links_only_people_at_one_company(service: ContactService) -> None:
    a, b, c = add(
        service,
        person("Ona", "Jonaitė", city="Kaunas"),
        person("Ona", "Jonaitė", company="UAB Saulė", city="Kaunas"),
        person("Ona", "Jonaitė", company="UAB Mėnulis", city="Kaunas"),
    )
    (group,) = find_duplicates()
    assert group.ids == [a, b]
    assert [(r.kind, r.value) for r in group.reasons] == [("name_city", "Kaunas")]
