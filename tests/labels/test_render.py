"""The generated PDF, read back with pdfplumber: every glyph sits inside its label's safe
area on every template, names in any script come out exactly, only the embedded DejaVu font is
used, and start position, copies, "Do not mail", cancel and offsets behave."""

from __future__ import annotations

from pathlib import Path

import pytest

from rolodex.labels.catalog import TemplateCatalog, load_templates
from rolodex.labels.options import LabelOptions, SortOrder
from rolodex.labels.render import render_labels
from rolodex.labels.templates import LabelTemplate, Rect
from rolodex.records import Address, ContactData
from tests.labels.conftest import NORWEGIAN, Char, read_chars, read_text

ALL_IDS = [t.id for t in load_templates(Path("/nonexistent")).templates]
SLACK = 0.01


def inside(c: Char, r: Rect) -> bool:
    return (
        r.x - SLACK <= c.x0
        and c.x1 <= r.x + r.width + SLACK
        and r.y - SLACK <= c.top
        and c.bottom <= r.y + r.height + SLACK
    )


def safe_areas(template: LabelTemplate) -> list[Rect]:
    rects = template.label_rects() + ([template.sender] if template.sender else [])
    return [r.inset(template.safe_margin) for r in rects]


@pytest.mark.parametrize("template_id", ALL_IDS)
def test_every_glyph_inside_its_label(
    template_id: str, catalog: TemplateCatalog, contacts: list[ContactData], tmp_path: Path
) -> None:
    template = catalog.find(template_id)
    out = tmp_path / "labels.pdf"
    options = LabelOptions(
        home_country="NO", return_address=["Rolodex AS", "Storgata 1", "0155 OSLO"]
    )
    result = render_labels(contacts, template, options, out)
    chars = [c for c in read_chars(out) if c.text.strip()]
    assert result.labels + len(result.left_out) == len(contacts)
    assert result.labels >= 2 and chars
    areas = safe_areas(template)
    outside = [c for c in chars if not any(inside(c, r) for r in areas)]
    assert outside == []
    assert {c.font.split("+")[-1] for c in chars} == {"DejaVuSans"}


def test_names_in_three_scripts_come_out_exactly(
    catalog: TemplateCatalog, contacts: list[ContactData], tmp_path: Path
) -> None:
    out = tmp_path / "labels.pdf"
    render_labels(contacts, catalog.find("L7163"), LabelOptions(home_country="NO"), out)
    text = read_text(out)
    for name in ("Kari Nordmann", "Jūratė Žemaitienė", "Иван Петров", "УЛ. ТВЕРСКАЯ, Д. 7, КВ. 12"):
        assert name in text


def test_no_base14_font_in_the_file(
    catalog: TemplateCatalog, contacts: list[ContactData], tmp_path: Path
) -> None:
    out = tmp_path / "labels.pdf"
    render_labels(contacts, catalog.find("5160"), LabelOptions(outline=True), out)
    raw = out.read_bytes()
    for base14 in (b"Helvetica", b"Times-Roman", b"Courier", b"Symbol", b"ZapfDingbats"):
        assert base14 not in raw
    assert b"FontFile2" in raw  # the TrueType program is embedded


def test_start_at_skips_used_labels(catalog: TemplateCatalog, tmp_path: Path) -> None:
    template = catalog.find("L7160")
    out = tmp_path / "labels.pdf"
    render_labels([NORWEGIAN], template, LabelOptions(start_at=5), out)
    chars = [c for c in read_chars(out) if c.text.strip()]
    fifth = template.label_rect(4)
    assert chars and all(inside(c, fifth) for c in chars)


def test_start_at_beyond_the_sheet_is_refused(catalog: TemplateCatalog, tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="between 1 and 21"):
        render_labels(
            [NORWEGIAN], catalog.find("L7160"), LabelOptions(start_at=22), tmp_path / "x.pdf"
        )
    assert not (tmp_path / "x.pdf").exists()


def test_do_not_mail_and_addressless_left_out_and_listed(
    catalog: TemplateCatalog, tmp_path: Path
) -> None:
    blocked = ContactData(
        id=8,
        given="Ola",
        family="Blokkert",
        do_not_mail=True,
        addresses=[Address(street="Gate 1", city="Oslo", postal_code="0150")],
    )
    homeless = ContactData(id=9, given="Per", family="Uten")
    out = tmp_path / "labels.pdf"
    result = render_labels(
        [NORWEGIAN, blocked, homeless], catalog.find("L7160"), LabelOptions(), out
    )
    assert result.labels == 1
    assert {(x.name, x.reason) for x in result.left_out} == {
        ("Ola Blokkert", "do not mail"),
        ("Per Uten", "no usable address"),
    }
    text = read_text(out)
    assert "Blokkert" not in text and "Uten" not in text


def test_nothing_to_print_writes_no_file(catalog: TemplateCatalog, tmp_path: Path) -> None:
    homeless = ContactData(id=9, given="Per", family="Uten")
    result = render_labels([homeless], catalog.find("L7160"), LabelOptions(), tmp_path / "x.pdf")
    assert result.pages == 0 and not (tmp_path / "x.pdf").exists()


def test_copies_and_pages(catalog: TemplateCatalog, tmp_path: Path) -> None:
    out = tmp_path / "labels.pdf"
    result = render_labels([NORWEGIAN] * 10, catalog.find("L7160"), LabelOptions(copies=3), out)
    assert (result.labels, result.pages) == (30, 2)
    assert read_text(out).count("Kari Nordmann") == 30


def test_sort_by_postal_code(catalog: TemplateCatalog, tmp_path: Path) -> None:
    def at(code: str, name: str) -> ContactData:
        return ContactData(
            given=name,
            addresses=[Address(street="Gate 1", city="Oslo", postal_code=code, country="NO")],
        )

    out = tmp_path / "labels.pdf"
    people = [at("0650", "Cecilie"), at("0150", "Anders"), at("0450", "Bjørn")]
    render_labels(people, catalog.find("L7163"), LabelOptions(sort=SortOrder.POSTAL_CODE), out)
    text = read_text(out)
    assert text.index("Anders") < text.index("Bjørn") < text.index("Cecilie")


def test_offset_moves_everything(catalog: TemplateCatalog, tmp_path: Path) -> None:
    template = catalog.find("L7160")
    plain, moved = tmp_path / "a.pdf", tmp_path / "b.pdf"
    render_labels([NORWEGIAN], template, LabelOptions(), plain)
    render_labels([NORWEGIAN], template, LabelOptions(offset_x_mm=2, offset_y_mm=-1), moved)
    a, b = read_chars(plain)[0], read_chars(moved)[0]
    assert b.x0 - a.x0 == pytest.approx(2 * 72 / 25.4, abs=0.01)
    assert b.top - a.top == pytest.approx(-72 / 25.4, abs=0.01)


def test_cancel_leaves_no_file_and_progress_reaches_the_end(
    catalog: TemplateCatalog, tmp_path: Path
) -> None:
    out = tmp_path / "labels.pdf"
    seen: list[tuple[int, int]] = []
    result = render_labels(
        [NORWEGIAN] * 50,
        catalog.find("L7160"),
        LabelOptions(),
        out,
        progress=lambda d, t: seen.append((d, t)),
    )
    assert seen[-1] == (50, 50)
    result = render_labels(
        [NORWEGIAN] * 50,
        catalog.find("L7160"),
        LabelOptions(),
        tmp_path / "c.pdf",
        cancelled=lambda: True,
    )
    assert result.cancelled and not (tmp_path / "c.pdf").exists()
    assert not list(tmp_path.glob(".*part"))


def test_font_without_glyph_is_not_silently_boxed(catalog: TemplateCatalog, tmp_path: Path) -> None:
    tokyo = ContactData(
        id=7,
        given="太郎",
        family="山田",
        addresses=[Address(street="丸の内1-1", city="東京", postal_code="100-0005", country="JP")],
    )
    result = render_labels(
        [tokyo, NORWEGIAN], catalog.find("L7160"), LabelOptions(), tmp_path / "x.pdf"
    )
    assert result.labels == 1
    assert "cannot print" in result.left_out[0].reason
