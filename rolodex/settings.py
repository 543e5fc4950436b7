"""User options kept in a JSON file (``rolodex.paths.get().settings_file``), apart from window
state: the locale used to sort names, the default phone region, the sender's country (for
address labels), the paper size ("a4" or "letter"), how many backups to keep and the language
of the interface (applied at the next start). An empty one means "from the system locale"
(:mod:`rolodex.locale_defaults`; for the language, the system's).

:func:`load` gives the defaults for a missing file and a clear :class:`SettingsError` for a
file that is not valid JSON or holds a bad value; :func:`save` writes atomically. Keys this
version does not know are kept, so an older Rolodex does not erase a newer one's options.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rolodex import paths
from rolodex.fileio import atomic_write

LOCALE_RE = re.compile(r"^[A-Za-z]{2,3}(?:[_-][A-Za-z0-9]{1,8})*(?:@[A-Za-z0-9=;_-]+)?$")
REGION_RE = re.compile(r"^[A-Za-z]{2}$")
MAX_KEEP = 1000


class SettingsError(Exception):
    """The settings file cannot be used as it is (the message names the file and the problem)."""


@dataclass(frozen=True)
class Settings:
    """User options; an empty text option means "use the system default"."""

    sort_locale: str = ""
    phone_region: str = ""
    sender_country: str = ""
    paper_size: str = ""
    backup_keep_daily: int = 7
    backup_keep_weekly: int = 4
    language: str = ""
    unknown: dict[str, Any] = field(default_factory=dict, compare=False)


_EXAMPLES = {
    "sort_locale": '"nb_NO"',
    "phone_region": '"NO"',
    "sender_country": '"LT"',
    "language": '"nb"',
}
KNOWN = (
    "sort_locale",
    "phone_region",
    "sender_country",
    "paper_size",
    "backup_keep_daily",
    "backup_keep_weekly",
    "language",
)
PAPER_SIZES = ("", "a4", "letter")


def _text(data: dict[str, Any], key: str, pattern: re.Pattern[str]) -> str:
    value = data.get(key, "")
    if not isinstance(value, str) or (value and not pattern.match(value)):
        raise SettingsError(f'"{key}" must be a code like {_EXAMPLES[key]}, not {value!r}.')
    return value.upper() if pattern is REGION_RE else value


def _paper(data: dict[str, Any]) -> str:
    value = data.get("paper_size", "")
    if not isinstance(value, str) or value.lower() not in PAPER_SIZES:
        raise SettingsError(f'"paper_size" must be "a4" or "letter", not {value!r}.')
    return value.lower()


def _count(data: dict[str, Any], key: str, default: int) -> int:
    value = data.get(key, default)
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= MAX_KEEP:
        raise SettingsError(f'"{key}" must be a whole number from 1 to {MAX_KEEP}, not {value!r}.')
    return value


def from_dict(data: Any) -> Settings:
    """Validate a decoded JSON value; missing keys take their defaults."""
    if not isinstance(data, dict):
        raise SettingsError("The settings must be a JSON object ({...}).")
    default = Settings()
    return Settings(
        sort_locale=_text(data, "sort_locale", LOCALE_RE),
        phone_region=_text(data, "phone_region", REGION_RE),
        sender_country=_text(data, "sender_country", REGION_RE),
        paper_size=_paper(data),
        backup_keep_daily=_count(data, "backup_keep_daily", default.backup_keep_daily),
        backup_keep_weekly=_count(data, "backup_keep_weekly", default.backup_keep_weekly),
        language=_text(data, "language", LOCALE_RE),
        unknown={key: value for key, value in data.items() if key not in KNOWN},
    )


def to_dict(settings: Settings) -> dict[str, Any]:
    """The JSON object :func:`save` writes (unknown keys first, known keys win)."""
    known = {name: getattr(settings, name) for name in KNOWN}
    return {**settings.unknown, **known}


def _file(path: Path | str | None) -> Path:
    return Path(path) if path is not None else paths.get().settings_file


def load(path: Path | str | None = None) -> Settings:
    """Read the settings file (defaults if it does not exist)."""
    target = _file(path)
    try:
        raw = target.read_bytes()
    except FileNotFoundError:
        return Settings()
    except OSError as exc:
        raise SettingsError(f"Cannot read {target}: {exc.strerror or exc}.") from exc
    try:
        data = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise SettingsError(f"{target} is not UTF-8 text.") from exc
    except json.JSONDecodeError as exc:
        raise SettingsError(
            f"{target} is not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})."
        ) from exc
    try:
        return from_dict(data)
    except SettingsError as exc:
        raise SettingsError(f"{target}: {exc}") from exc


def save(settings: Settings, path: Path | str | None = None) -> Path:
    """Write the settings atomically (a crash leaves the old file or the new one, never half)."""
    target = _file(path)
    from_dict(to_dict(settings))  # never write what load would refuse
    text = json.dumps(to_dict(settings), ensure_ascii=False, indent=2, sort_keys=True) + "\n"
    with atomic_write(target, "w", encoding="utf-8") as fh:
        fh.write(text)
    return target
