"""The user settings file: any content gives settings or a clear SettingsError, saving is
atomic, and what is saved loads back the same."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given
from hypothesis import settings as hsettings
from hypothesis import strategies as st

from rolodex import settings
from rolodex.settings import Settings, SettingsError

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
    max_leaves=12,
)
option_values = st.fixed_dictionaries(
    {},
    optional={
        "sort_locale": st.one_of(st.text(max_size=12), st.sampled_from(["nb_NO", "lt", "ru_RU"])),
        "phone_region": st.one_of(st.text(max_size=3), st.sampled_from(["NO", "lt", ""])),
        "sender_country": st.one_of(st.text(max_size=3), st.sampled_from(["LT", "ru"])),
        "backup_keep_daily": st.one_of(st.integers(-5, 2000), st.booleans(), st.text(max_size=2)),
        "backup_keep_weekly": st.one_of(st.integers(-5, 2000), st.floats(), st.none()),
    },
)
valid_settings = st.builds(
    Settings,
    sort_locale=st.sampled_from(["", "nb_NO", "lt_LT", "ru", "de-DE-u-co-phonebk"]),
    phone_region=st.sampled_from(["", "NO", "LT", "RU"]),
    sender_country=st.sampled_from(["", "NO", "LT", "RU"]),
    backup_keep_daily=st.integers(1, 1000),
    backup_keep_weekly=st.integers(1, 1000),
    unknown=st.dictionaries(
        st.text(min_size=1).filter(lambda k: k not in settings.KNOWN), st.integers(), max_size=3
    ),
)
FILE_OK = hsettings(suppress_health_check=[HealthCheck.function_scoped_fixture], max_examples=60)


def test_missing_file_gives_defaults(tmp_path: Path) -> None:
    loaded = settings.load(tmp_path / "none.json")
    assert (loaded.backup_keep_daily, loaded.backup_keep_weekly) == (7, 4)


@FILE_OK
@given(raw=st.binary(max_size=200))
def test_any_bytes_load_or_fail_clearly(tmp_path: Path, raw: bytes) -> None:
    path = tmp_path / "settings.json"
    path.write_bytes(raw)
    try:
        assert isinstance(settings.load(path), Settings)
    except SettingsError as exc:
        assert str(path) in str(exc)


@FILE_OK
@given(data=st.one_of(json_values, option_values))
def test_any_json_loads_or_names_the_bad_value(tmp_path: Path, data: object) -> None:
    path = tmp_path / "settings.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    try:
        loaded = settings.load(path)
    except SettingsError as exc:
        assert str(path) in str(exc)
        return
    assert 1 <= loaded.backup_keep_daily <= settings.MAX_KEEP
    assert loaded.phone_region == loaded.phone_region.upper()


@FILE_OK
@given(chosen=valid_settings)
def test_saved_settings_load_back_the_same(tmp_path: Path, chosen: Settings) -> None:
    path = tmp_path / "settings.json"
    settings.save(chosen, path)
    loaded = settings.load(path)
    assert loaded == chosen and loaded.unknown == chosen.unknown
    assert [p.name for p in tmp_path.iterdir()] == ["settings.json"]  # no temp file left


def test_bad_value_message_is_specific(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text('{"backup_keep_daily": 0}', encoding="utf-8")
    with pytest.raises(SettingsError, match="backup_keep_daily.*1 to 1000"):
        settings.load(path)
    path.write_text('{"phone_region": "Norway"}', encoding="utf-8")
    with pytest.raises(SettingsError, match='phone_region.*"NO"'):
        settings.load(path)


def test_save_refuses_bad_values_and_keeps_the_old_file(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    settings.save(Settings(phone_region="NO"), path)
    with pytest.raises(SettingsError):
        settings.save(Settings(backup_keep_daily=0), path)
    assert settings.load(path).phone_region == "NO"
