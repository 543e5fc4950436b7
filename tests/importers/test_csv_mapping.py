"""The --map syntax, stored mappings and the target field vocabulary."""

from __future__ import annotations

import pytest

from rolodex.importers.csv_mapping import (
    TARGET_FIELDS,
    ColumnMapping,
    MappingError,
    Target,
    mapping_from_json,
    mapping_to_json,
    parse_map_arg,
    parse_target,
    resolve_mapping,
)


def test_parse_by_index_and_by_name() -> None:
    assert parse_map_arg("0=given,1=family,3=email:work").columns == {
        0: "given",
        1: "family",
        3: "email:work",
    }
    mapping = parse_map_arg(r"First Name=given, E-mail=email,Town\, Village=city,header=yes")
    assert mapping.columns == {"First Name": "given", "E-mail": "email", "Town, Village": "city"}
    assert mapping.has_header is True


def test_options_and_errors() -> None:
    mapping = parse_map_arg("0=email,header=no,encoding=Windows-1251")
    assert (mapping.has_header, mapping.encoding) == (False, "cp1251")
    with pytest.raises(MappingError, match="Unknown field 'emial'"):
        parse_map_arg("0=emial")
    with pytest.raises(MappingError, match="not COLUMN=FIELD"):
        parse_map_arg("0 given")
    with pytest.raises(MappingError, match="encoding"):
        parse_map_arg("encoding=klingon")


def test_every_listed_target_field_parses() -> None:
    for name, label in TARGET_FIELDS:
        assert label
        parse_target(name)
    assert parse_target("street:work") == Target("street", "work", "work")
    assert parse_target("phone:mobile", 4) == Target("phone", "col4", "mobile")


def test_resolve_by_name_ignores_case_and_spaces() -> None:
    mapping = parse_map_arg("e-mail = email, 2=phone")
    assert resolve_mapping(mapping, ["Name", " E-Mail ", "Tel"], 3) == {
        1: Target("email", "col1"),
        2: Target("phone", "col2"),
    }


def test_json_round_trip_keeps_index_and_name_keys() -> None:
    mapping = ColumnMapping({0: "given", "E-mail": "email:work"}, True, "cp1252", ";")
    assert mapping_from_json(mapping_to_json(mapping)) == mapping


@pytest.mark.parametrize("text", ["", "{}", '{"columns": [[0, "nonsense"]]}', "[1]"])
def test_damaged_stored_mapping_is_a_mapping_error(text: str) -> None:
    with pytest.raises(MappingError):
        mapping_from_json(text)
