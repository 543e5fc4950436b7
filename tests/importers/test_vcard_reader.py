"""vCard import: the decoded names, emails and phones of real files; how bad cards are reported."""

from __future__ import annotations

from pathlib import Path

import pytest

from rolodex.importers.vcard_reader import count_cards, read_vcard_text, read_vcards
from rolodex.records import ContactData, ImportIssue

DATA = Path(__file__).resolve().parents[1] / "data" / "vcard"


def contacts(name: str) -> list[ContactData]:
    items = list(read_vcards(DATA / name))
    assert all(isinstance(item, ContactData) for item in items), items
    return [item for item in items if isinstance(item, ContactData)]


def summary(contact: ContactData) -> tuple[str, list[str], list[tuple[str, str, bool]]]:
    emails = [e.value for e in contact.emails]
    phones = [(p.value, p.label, p.pref) for p in contact.phones]
    return contact.full_name(), emails, phones


def test_android_quoted_printable_with_soft_breaks() -> None:
    (card,) = contacts("v21_complicated.vcf")
    assert (card.family, card.given, card.additional, card.prefix, card.suffix) == (
        "Gump", "Forrest", "Hoge", "Pos", "Tao",
    )  # fmt: skip
    assert card.display_name == "Joe Due"
    assert card.notes.endswith("Now's the time for all folk to come to the aid of their country.")
    assert summary(card)[1] == ["forrestgump@walladalla.com", "cell@example.com"]
    assert summary(card)[2] == [
        ("(111) 555-1212", "work", False),
        ("(404) 555-1212", "home", False),
        ("0311111111", "mobile", False),
        ("0322222222", "video", False),
        ("0333333333", "", False),
    ]
    assert card.company == "Gump Shrimp Co."
    assert card.photo is not None and card.photo_mime == "image/jpeg"
    labels = [e for e in card.extras if e.name == "LABEL"]
    assert labels[1].value == "42 Plantation St.\\nBaytown, LA 30314\\nUnited  States of America"


def test_android_shift_jis_quoted_printable() -> None:
    (card,) = contacts("v21_japanese_2.vcf")
    assert (card.family, card.given) == ("安藤", "ロイド1")
    assert card.display_name == "安藤 ロイド 1"
    assert card.notes == "メモ"
    assert card.addresses[0].extended == "東京都渋谷区桜丘町26-1セルリアンタワー6階"
    assert card.addresses[0].postal_code == "150-8512"


def test_iphone_grouped_labels_photo_and_country() -> None:
    (card,) = contacts("John_Doe_IPHONE.vcf")
    name, emails, phones = summary(card)
    assert name == "Mr. John Richter James Doe Sr."
    assert emails == ["john.doe@ibm.com"] and card.emails[0].pref
    assert phones == [
        ("905-555-1234", "mobile", True),
        ("905-666-1234", "home", False),
        ("905-777-1234", "work", False),
        ("905-888-1234", "home fax", False),
        ("905-999-1234", "work fax", False),
        ("905-111-1234", "pager", False),
        ("905-222-1234", "assistant phone", False),
    ]
    assert (card.company, card.department, card.job_title) == ("IBM", "Accounting", "Money Counter")
    assert [a.country for a in card.addresses] == ["US", "US"]
    assert card.addresses[1].street == "Street4\nBuilding 6\nFloor 8"
    assert card.websites[0].value == "http://www.ibm.com"
    assert card.websites[0].label == "home page"
    assert card.birthday == "2012-06-06"
    assert card.photo is not None and card.photo[:3] == b"\xff\xd8\xff"
    grouped = [(e.group, e.name) for e in card.extras if e.group]
    assert grouped == [("item3", "X-ABADR"), ("item4", "X-ABADR")]


@pytest.mark.parametrize("name", ["John_Doe_MS_OUTLOOK.vcf", "outlook-2007.vcf"])
def test_outlook(name: str) -> None:
    (card,) = contacts(name)
    expected = {
        "John_Doe_MS_OUTLOOK.vcf": (
            "Mr. John Richter James Doe Sr.",
            ["john.doe@ibm.cm"],
            [("(905) 555-1234", "work", False), ("(905) 666-1234", "home", False)],
        ),
        "outlook-2007.vcf": (
            "Mr. Michael Angstadt Jr.",
            ["mike.angstadt@gmail.com"],
            [
                ("(111) 555-1111", "work", False),
                ("(111) 555-2222", "home", False),
                ("(111) 555-4444", "mobile", False),
                ("(111) 555-3333", "work fax", False),
            ],
        ),
    }
    assert summary(card) == expected[name]
    assert card.photo is not None


def test_outlook_quoted_printable_note_keeps_line_breaks() -> None:
    (card,) = contacts("outlook-2007.vcf")
    assert card.notes.startswith("This is the NOTE field\t\nI assume it encodes")
    assert card.anniversary == "2012-08-01"


def test_gmail() -> None:
    (card,) = contacts("John_Doe_GMAIL.vcf")
    assert summary(card) == (
        "Mr. John Richter, James Doe Sr.",
        ["john.doe@ibm.com"],
        [("905-555-1234", "mobile", False), ("905-666-1234", "home", False)],
    )
    assert card.anniversary == "1975-03-01"  # item1.X-ABDATE labelled _$!<Anniversary>!$_
    assert card.notes.endswith("SUCH DAMAGE.\nFavotire Color: Blue")
    spouse = [e for e in card.extras if e.group == "item2"]
    assert [(e.name, e.value) for e in spouse] == [
        ("X-ABRELATEDNAMES", "Jenny"),
        ("X-ABLABEL", "_$!<Spouse>!$_"),
    ]


def test_utf16_with_bom() -> None:
    first, second = contacts("v3Utf16Bom.vcf")
    assert summary(first) == ("Folker Kinzel", ["email1@wumms.de", "email2@folker-kinzel.de"],
                              [("0123-45678", "", False)])  # fmt: skip
    assert first.addresses[0].country == "DE"
    assert second.full_name() == "KMS Außenstelle"
    assert second.emails[0].value == "blablö@blub.com"
    assert second.phones[1].label == "homeFax"


def test_cr_only_line_ends() -> None:
    text = "BEGIN:VCARD\rVERSION:3.0\rFN:Åse Øvergård\rTEL:+47 22 00 00 00\rEND:VCARD\r"
    (card,) = list(read_vcard_text(text))
    assert isinstance(card, ContactData)
    assert summary(card) == ("Åse Øvergård", [], [("+47 22 00 00 00", "", False)])


def test_utf16_le_without_bom(tmp_path: Path) -> None:
    path = tmp_path / "nobom.vcf"
    path.write_bytes(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Žydrūnas Ilgauskas\r\nEND:VCARD\r\n".encode("utf-16-le")
    )
    (card,) = list(read_vcards(path))
    assert isinstance(card, ContactData) and card.display_name == "Žydrūnas Ilgauskas"


def test_windows_1251_declared_elsewhere_in_the_card() -> None:
    (card,) = contacts("Ukrainian.vcf")
    assert (card.family, card.given, card.additional) == ("Кличко", "Віталій", "Володимирович")
    assert card.full_name() == "Віталій Володимирович Кличко"
    assert card.addresses[0].city == "Київ"


def test_norwegian_lithuanian_russian() -> None:
    nor, lit, rus = contacts("nordic-baltic-russian.vcf")
    assert summary(nor) == ("Bjørnstjerne Bjørnson", ["bjornstjerne@example.no"],
                            [("+47 912 34 567", "mobile", True)])  # fmt: skip
    assert nor.addresses[0].city == "Oslo" and nor.addresses[0].country == "NO"
    assert summary(lit) == (
        "Ūla Žemaitytė",
        ["ula@example.lt"],
        [("+370 5 212 3456", "work", False)],
    )
    assert (lit.company, lit.department) == ("Ąžuolų ūkis", "Pardavimų skyrius")
    assert lit.addresses[0].country == "LT" and lit.tags == ["klientai", "Vilnius"]
    assert summary(rus) == ("Пётр Ильич Чайковский", ["pyotr@example.ru"],
                            [("+7 495 123-45-67", "home", False)])  # fmt: skip
    assert rus.notes == "Композитор"


def test_kde_names_with_slash_become_ims_and_extras_keep_the_rest() -> None:
    (card,) = contacts("vcard-antoni-kontact.vcf")
    assert [(im.service, im.value) for im in card.ims] == [
        ("gadu", "452342"),
        ("skype", "antoni-kde-skype"),
        ("xmpp", "antoni-kde@kde-jabber.org"),
    ]
    assert card.addresses[0].country == "PL"  # the Polish name of the country, recognised
    assert "GEO" in {e.name for e in card.extras}


def test_comment_lines_are_ignored_but_not_inside_quoted_printable() -> None:
    (card,) = contacts("v21_invalid_comment_line.vcf")
    assert card.notes == "This is an (sharp ->#<- sharp) example. This message must NOT be ignored."


def test_begin_with_trailing_spaces() -> None:
    (card,) = contacts("vcard-dirk-whitespaceafterbegin.vcf")
    assert summary(card) == ("Dirk", ["dirk@sap.com"], [])
    assert card.notes == "The canonical Dirk"


def test_nested_agent_cards_stay_inside_their_card() -> None:
    (card,) = contacts("v21_nest.vcf")
    assert card.family == "parent" and [p.value for p in card.phones] == ["1"]
    agents = [e.value for e in card.extras if e.name == "AGENT"]
    assert agents == [
        "BEGIN:VCARD\\nVERSION:2.1\\nN:nest1\\nEND:VCARD",
        "BEGIN:VCARD\\nVERSION:2.1\\nN:nest2\\nEND:VCARD",
    ]


def test_broken_photo_keeps_the_card_and_the_raw_data() -> None:
    (card,) = contacts("v21_malformed_photo.vcf")
    assert card.display_name == "fullname" and card.photo is None
    (photo,) = [e for e in card.extras if e.name == "PHOTO"]
    assert photo.value.startswith("qgEPAAIAAAAHAAAAugEQAAIAAAAG:ASDF")


def test_android_backslashes_in_structured_name() -> None:
    (card,) = contacts("v21_backslash.vcf")
    assert (card.family, card.given, card.additional, card.prefix, card.suffix) == (
        "", "A;B\\", "C\\;", "D", ":E",
    )  # fmt: skip


def test_a_bad_card_is_reported_and_the_others_still_read() -> None:
    text = (
        "BEGIN:VCARD\nVERSION:3.0\nFN:First\nEND:VCARD\n"
        "garbage between cards\n"
        "BEGIN:VCARD\nVERSION:3.0\nEND:VCARD\n"
        "begin:vcard  \nVERSION:3.0\nFN:Third\nEMAIL:third@example.com\nend:vcard\n"
    )
    items = list(read_vcard_text(text, "paste.vcf"))
    assert isinstance(items[0], ContactData) and items[0].display_name == "First"
    assert items[1] == ImportIssue("paste.vcf", 2, 6, "the card holds no properties")
    assert isinstance(items[2], ContactData) and items[2].emails[0].value == "third@example.com"


def test_missing_end_does_not_swallow_the_next_card() -> None:
    text = "BEGIN:VCARD\nFN:One\nBEGIN:VCARD\nFN:Two\nEND:VCARD\n"
    names = [c.display_name for c in read_vcard_text(text) if isinstance(c, ContactData)]
    assert names == ["One", "Two"]


def test_file_without_cards_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "notes.vcf"
    path.write_text("just some text\n", encoding="utf-8")
    assert list(read_vcards(path)) == [
        ImportIssue(str(path), 0, 0, "no vCard found (the file has no BEGIN:VCARD line)")
    ]


def test_missing_file_is_an_issue_not_a_crash(tmp_path: Path) -> None:
    (issue,) = list(read_vcards(tmp_path / "gone.vcf"))
    assert isinstance(issue, ImportIssue) and issue.message.startswith("cannot open the file")


def test_count_cards_counts_top_level_cards_only() -> None:
    assert count_cards(DATA / "v21_nest.vcf") == 1
    assert count_cards(DATA / "nordic-baltic-russian.vcf") == 3
    assert count_cards(DATA / "v3Utf16Bom.vcf") == 2


def test_photo_as_data_uri_and_unpadded_base64() -> None:
    png = (
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9aw"
        "AAAABJRU5ErkJggg"
    )
    text = (
        f"BEGIN:VCARD\nVERSION:4.0\nFN:A\nPHOTO:data:image/png;base64,{png}==\nEND:VCARD\n"
        f"BEGIN:VCARD\nVERSION:3.0\nFN:B\nPHOTO;ENCODING=BASE64;TYPE=PNG:{png[:40]}\n"
        f" {png[40:]}\nEND:VCARD\n"
    )
    first, second = list(read_vcard_text(text))
    assert isinstance(first, ContactData) and isinstance(second, ContactData)
    assert first.photo == second.photo and first.photo is not None
    assert first.photo.startswith(b"\x89PNG") and second.photo_mime == "image/png"
