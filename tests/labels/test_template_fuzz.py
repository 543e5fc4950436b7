"""Label sheet files are data a user can edit or add: whatever they hold, loading gives a
template whose labels fit on a physical page and can be laid out in bounded time, or a
TemplateError naming the problem — never a crash or a hang."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rolodex.labels.fonts import label_font
from rolodex.labels.options import LabelOptions
from rolodex.labels.plan import plan_pages
from rolodex.labels.prepare import prepare_entries
from rolodex.labels.resources import resources_dir
from rolodex.labels.templates import (
    MAX_FONT_PT,
    MAX_LENGTH_PT,
    MAX_PER_PAGE,
    MIN_FONT_PT,
    LabelTemplate,
    TemplateError,
    load_template_file,
    parse_template,
)
from tests.labels.conftest import LONG

BASE = json.loads((resources_dir() / "labels" / "avery-l7160.json").read_text(encoding="utf-8"))
ENVELOPE = json.loads((resources_dir() / "labels" / "envelope-dl.json").read_text(encoding="utf-8"))
JSON_VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-(10**6), 10**6)
    | st.floats(allow_nan=True)
    | st.text(max_size=8),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=3)
    ),
    max_leaves=6,
)


def paths_of(data: Any, prefix: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    found = [prefix] if prefix else []
    if isinstance(data, dict):
        for key, value in data.items():
            found += paths_of(value, (*prefix, key))
    return found


def mutated(
    base: dict[str, Any], path: tuple[str, ...], value: Any, delete: bool
) -> dict[str, Any]:
    data = copy.deepcopy(base)
    node = data
    for key in path[:-1]:
        node = node[key]
    if delete:
        node.pop(path[-1], None)
    else:
        node[path[-1]] = value
    return data


def fits(template: LabelTemplate) -> bool:
    page_w, page_h = template.page_width + 1e-6, template.page_height + 1e-6
    return all(
        r.x >= 0 and r.y >= 0 and r.x + r.width <= page_w and r.y + r.height <= page_h
        for r in template.label_rects()
    )


def physical(template: LabelTemplate) -> bool:
    """Page at most 2 m a side, a bounded number of labels, font sizes a printer can set."""
    return (
        0 < template.page_width <= MAX_LENGTH_PT
        and 0 < template.page_height <= MAX_LENGTH_PT
        and template.per_page <= MAX_PER_PAGE
        and MIN_FONT_PT <= template.min_font_pt <= template.max_font_pt <= MAX_FONT_PT
    )


def lays_out(template: LabelTemplate) -> bool:
    """A long address is placed or left out, in bounded time (the layout used to loop)."""
    options = LabelOptions(home_country="NO")
    entries, left_out = prepare_entries([LONG], options)
    pages = list(plan_pages(entries, template, options, label_font(), left_out))
    return len(pages) + len(left_out) == 1


LENGTHS = [
    ("page", "width"),
    ("page", "height"),
    ("label", "width"),
    ("label", "height"),
    ("layout", "h_pitch"),
    ("layout", "v_pitch"),
    ("text", "max_font_pt"),
    ("text", "min_font_pt"),
    ("recipient", "height"),
    ("recipient", "width"),
]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    base=st.sampled_from([BASE, ENVELOPE]),
    choice=st.integers(min_value=0),
    value=JSON_VALUES,
    delete=st.booleans(),
)
def test_any_edit_gives_a_fitting_template_or_a_clear_error(base, choice, value, delete) -> None:  # type: ignore[no-untyped-def]
    keys = paths_of(base)
    data = mutated(base, keys[choice % len(keys)], value, delete)
    try:
        template = parse_template(data, "custom.json", custom=True)
    except TemplateError as exc:
        assert str(exc).startswith("custom.json")
        return
    assert fits(template) and physical(template)


@settings(max_examples=150, deadline=None)
@given(
    base=st.sampled_from([BASE, ENVELOPE]),
    scales=st.lists(
        st.tuples(st.sampled_from(LENGTHS), st.floats(1e-300, 1e300)), min_size=1, max_size=6
    ),
)
def test_scaled_numbers_give_a_physical_template_that_lays_out(base, scales) -> None:  # type: ignore[no-untyped-def]
    """Multiply several numbers by anything from 1e-300 to 1e300 (a page 100 × 1e12 pt passed
    validation and then looped for ever)."""
    data = copy.deepcopy(base)
    for (section, key), factor in scales:
        if key in data.get(section, {}):
            data[section][key] = data[section][key] * factor
    try:
        template = parse_template(data, "custom.json", custom=True)
    except TemplateError as exc:
        assert str(exc).startswith("custom.json")
        return
    assert fits(template) and physical(template)
    assert lays_out(template)


@settings(
    max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(raw=st.binary(max_size=300))
def test_any_file_content_is_a_template_or_a_clear_error(tmp_path: Path, raw: bytes) -> None:
    path = tmp_path / "sheet.json"
    path.write_bytes(raw)
    try:
        load_template_file(path, custom=True)
    except TemplateError as exc:
        assert "sheet.json" in str(exc)


def nested(depth: int, opener: str) -> str:
    closer = {"[": "]", '{"a":': "}"}[opener]
    return opener * depth + "1" + closer * depth


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    depth=st.integers(1, 200_000),
    opener=st.sampled_from(["[", '{"a":']),
    where=st.sampled_from(["top", "name", "page"]),
)
def test_deeply_nested_json_is_a_clear_error(
    tmp_path: Path, depth: int, opener: str, where: str
) -> None:
    """Nesting that blows Python's recursion limit (in the parser or in the checks) is a
    TemplateError naming the file, not a RecursionError that stops every labels command."""
    value = nested(depth, opener)
    text = {
        "top": value,
        "name": json.dumps({**BASE, "name": None}).replace('"name": null', f'"name": {value}'),
        "page": json.dumps({**BASE, "page": None}).replace('"page": null', f'"page": {value}'),
    }[where]
    path = tmp_path / "deep.json"
    path.write_text(text, encoding="utf-8")
    try:
        load_template_file(path, custom=True)
    except TemplateError as exc:
        assert str(exc).startswith("deep.json")
    else:
        raise AssertionError("a nested value loaded as a template")
