"""What the first window does not show is not loaded for it (issue 15: start-up time).

Each check runs the app in a fresh process (this process has long imported everything) and
looks at which modules it loaded: the contact editor's form (behind the card), the sales
windows and QtCharts, QtNetwork (the single-instance socket listens after the first frame),
the History tab, Today, the dialogs behind the menus, the detail pane itself (empty in the
first frame: the first contact is chosen after it). Not a timed test: a module that creeps
back into the first frame fails it whatever the machine's speed.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from rolodex.db import StoreInfo
from rolodex.records import ContactData
from rolodex.services.contacts import ContactService

NOT_FOR_THE_FIRST_FRAME = (
    "rolodex.ui.contact_editor.editor",  # the detail pane: empty until a contact is chosen,
    "rolodex.ui.contacts.card",  # so built just after the first frame
    "rolodex.ui.contact_editor.photo",  # the editor's form: built when a contact is edited
    "rolodex.ui.team.merge_dialog",
    "rolodex.ui.sales.board",
    "rolodex.ui.sales.dashboard",
    "PySide6.QtCharts",
    "PySide6.QtNetwork",
    "rolodex.services.crm.bundle",
    "rolodex.ui.timeline.view",
    "rolodex.ui.crm.today",
    "rolodex.ui.importing.dialog",
    "rolodex.ui.export_dialog",
    "rolodex.ui.preferences_dialog",
    "rolodex.ui.shared_book_dialog",  # File → Open shared book…, Sync accounts…
    "rolodex.ui.sync.dialog",
    "rolodex.team.history",
    "rolodex.ui.sales.contact_sales",  # the card's lifecycle and deals: with the first contact
    "rolodex.ui.sales.deal_dialog",
    "rolodex.sales.records",
    "rolodex.services.crm.records",  # the list's team columns read them when first asked
    "rolodex.ui.empty_state",  # the empty book's greeting: this book has contacts
    "rolodex.ui.sync.status",  # the background sync starts after the first frame
    "rolodex.store.postgres.connection",  # a file book: the server side is not loaded
    "rolodex.team.live",  # the team's live refresh starts just after the first frame
    "rolodex.team.users",  # a personal file lists no users: no team filters to fill
    "rolodex.migrations.m0001_initial",  # the book is up to date: no migration runs
    "rolodex.records",  # whole contacts: read when one is shown (the list has its own rows)
    "peewee",  # the first page of a book file is read without the ORM (store.sqlite.glance):
    "rolodex.models",  # the book is opened just after the first frame
    "rolodex.safety.leftovers",
    "psycopg",  # the PostgreSQL driver: only for a server book
)

# The app as started from the command line, stopped at its first frame: what it has loaded
# (sys.modules, so a module imported by name through importlib counts too).
LOADED_AT_FIRST_FRAME = """
import json, os, sys
from rolodex.ui.feature_scan import load_qt
load_qt()
import rolodex.ui.app as app
def painted(self):
    print(json.dumps(sorted(sys.modules)), flush=True)
    os._exit(0)
app.FirstPaint.painted = painted
from rolodex.cli.main import run
sys.exit(run(["--db", sys.argv[1]]))
"""

# The window as the app builds it, until the first contact is shown on the card; then Edit.
CARD_THEN_EDIT = """
import json, sys, time
from rolodex.pg_driver import import_peewee
import_peewee()
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
from rolodex import paths
from rolodex.db import open_store
paths.init(sys.argv[2])
open_store(sys.argv[1])
from rolodex.ui.app import build_window
window = build_window(start_crm_now=False)
window.show()
deadline = time.monotonic() + 60
while window.editor.contact_id is None and time.monotonic() < deadline:
    app.processEvents()
shown = {"on_card": window.details.currentWidget() is window.details.card,
         "card_title": window.details.card.title.text(),
         "loaded": sorted(sys.modules)}
window.details.edit()
shown["editing"] = window.details.editing()
shown["given"] = window.editor.fields["given"].text()
shown["dirty"] = window.editor.is_dirty()
shown["loaded_after_edit"] = sorted(sys.modules)
print(json.dumps(shown))
"""


def _env(data: Path) -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", ROLODEX_DATA_DIR=str(data))
    env["PYTHONPATH"] = os.getcwd() + os.pathsep + env.get("PYTHONPATH", "")
    return env


def _last_json(script: str, data: Path, *argv: object) -> Any:
    """Run ``script`` with ``argv`` in a fresh process on the data folder ``data``; what its
    last line of output says, as JSON."""
    run = subprocess.run(
        [sys.executable, "-c", script, *map(str, argv)],
        capture_output=True, text=True, env=_env(data), timeout=120, check=False,
    )  # fmt: skip
    assert run.returncode == 0, run.stderr[-2000:]
    return json.loads(run.stdout.strip().splitlines()[-1])


def _add_people() -> None:
    for given, family in (("Åse", "Berg"), ("Kari", "Nordmann"), ("Ona", "Žemaitė")):
        ContactService().save(ContactData(given=given, family=family))


def test_the_first_window_loads_nothing_it_does_not_show(book: StoreInfo, tmp_path: Path) -> None:
    _add_people()
    loaded = set(_last_json(LOADED_AT_FIRST_FRAME, tmp_path / "data", book.path))
    assert "rolodex.ui.main_window.window" in loaded  # the list is read at the right moment
    assert sorted(loaded & set(NOT_FOR_THE_FIRST_FRAME)) == []


def test_a_book_listed_by_another_column_opens_before_its_window(
    book: StoreInfo, tmp_path: Path
) -> None:
    _add_people()
    data = tmp_path / "data"
    data.mkdir()
    (data / "window-state.ini").write_text(
        "[main]\ngeometry=@ByteArray()\nsort_column=1\nsort_descending=false\n"
    )  # listed by Company: the first page must come from the store
    loaded = set(_last_json(LOADED_AT_FIRST_FRAME, data, book.path))
    assert {"peewee", "rolodex.models", "rolodex.safety.leftovers"} <= loaded  # opened first
    assert "psycopg" not in loaded  # and still without the server's driver


def test_the_card_shows_a_contact_without_the_form_and_edit_builds_it(
    book: StoreInfo, tmp_path: Path
) -> None:
    _add_people()
    data = tmp_path / "data"
    shown = _last_json(CARD_THEN_EDIT, data, book.path, data)
    assert shown["on_card"] and shown["card_title"] == "Åse Berg"
    assert "rolodex.ui.contact_editor.photo" not in shown["loaded"]
    assert shown["editing"] and shown["given"] == "Åse" and not shown["dirty"]
    assert "rolodex.ui.contact_editor.photo" in shown["loaded_after_edit"]


# The app as started from the command line, until the work after its first frame is done.
ICON_AFTER_FIRST_FRAME = """
import json, sys
from rolodex.pg_driver import import_peewee
import_peewee()
from rolodex.ui.feature_scan import load_qt
load_qt()
import rolodex.ui.app as app
import rolodex.ui.first_run_dialog as first_run
from PySide6.QtWidgets import QApplication
first_run.ask_country_if_unknown = lambda window: None  # no question on this test book
after_first_paint = app.after_first_paint
def after(window, instance):
    seen = {"painted_without_icon": QApplication.windowIcon().isNull()}
    after_first_paint(window, instance)
    seen["sizes"] = sorted(s.width() for s in QApplication.windowIcon().availableSizes())
    print(json.dumps(seen), flush=True)
    window.close()
app.after_first_paint = after
from rolodex.cli.main import run
sys.exit(run(["--db", sys.argv[1]]))
"""


def test_the_window_gets_its_icon_just_after_the_first_frame(
    book: StoreInfo, tmp_path: Path
) -> None:
    _add_people()
    seen = _last_json(ICON_AFTER_FIRST_FRAME, tmp_path / "data", book.path)
    assert seen["painted_without_icon"]  # not loaded for the first frame
    assert {16, 48, 256} <= set(seen["sizes"])  # then every packaged size, as before
