"""Label sheet files are data a user can edit or add: whatever they hold, loading gives a
template whose labels fit on the page, or a TemplateError naming the problem — never a crash."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rolodex.labels.resources import resources_dir
from rolodex.labels.templates import (
    LabelTemplate,
    TemplateError,
    load_template_file,
    parse_template,
)

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
    assert fits(template)


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
