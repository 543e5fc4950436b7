"""Where Rolodex keeps its files, decided once at start-up by :func:`init` (never at import).

Defaults follow platform conventions through platformdirs; ``--data-dir`` (or the
``ROLODEX_DATA_DIR`` environment variable, used by tests) overrides them.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

DB_FILENAME = "rolodex.db"


@dataclass(frozen=True)
class AppPaths:
    data_dir: Path
    config_dir: Path

    @property
    def default_db(self) -> Path:
        return self.data_dir / DB_FILENAME

    @property
    def backups_dir(self) -> Path:
        return self.data_dir / "backups"

    @property
    def settings_file(self) -> Path:
        return self.config_dir / "settings.json"


_paths: AppPaths | None = None


def _make_private_dir(path: Path) -> None:
    path.mkdir(parents=True, exist_ok=True)
    try:
        path.chmod(0o700)
    except OSError:
        pass


def init(data_dir: str | Path | None = None) -> AppPaths:
    """Decide the folders (creating them 0700) and remember them for :func:`get`."""
    global _paths
    override = data_dir or os.environ.get("ROLODEX_DATA_DIR")
    if override:
        base = Path(override).expanduser().resolve()
        paths = AppPaths(data_dir=base, config_dir=base)
    else:
        import platformdirs

        paths = AppPaths(
            data_dir=Path(platformdirs.user_data_dir("Rolodex", appauthor=False)),
            config_dir=Path(platformdirs.user_config_dir("Rolodex", appauthor=False)),
        )
    _make_private_dir(paths.data_dir)
    _make_private_dir(paths.config_dir)
    _paths = paths
    return paths


def get() -> AppPaths:
    """The folders chosen by :func:`init` (initialising with defaults if nobody did)."""
    return _paths if _paths is not None else init()
