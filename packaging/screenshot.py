"""Take the AppStream screenshot: the main window at 1366×768 on a book of sample contacts.

    xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python packaging/screenshot.py

Writes resources/screenshots/main-window.png (shipped in the sdist; the metainfo names it once
it is published on the web, see packaging/README.md). The book is 400 generated contacts
(benchmarks/bookgen.py, Faker); the first one is opened in the editor.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "resources" / "screenshots" / "main-window.png"


def main() -> int:
    sys.path[:0] = [str(ROOT), str(ROOT / "benchmarks")]
    from bookgen import generated_book  # type: ignore[import-not-found]
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from rolodex import paths
    from rolodex.db import open_store
    from rolodex.ui.app import app_icon, build_window, install_translations

    book = generated_book(400)
    app = QApplication(sys.argv[:1])
    app.setApplicationDisplayName("Rolodex")
    app.setWindowIcon(app_icon())
    install_translations(app)
    with tempfile.TemporaryDirectory() as data:
        paths.init(data)
        open_store(book)
        window = build_window()
        window.setGeometry(app.primaryScreen().availableGeometry())
        window.show()

        def shoot() -> None:
            OUT.parent.mkdir(parents=True, exist_ok=True)
            app.primaryScreen().grabWindow(0).save(str(OUT))
            app.quit()

        QTimer.singleShot(300, lambda: window.table.selectRow(2))  # type: ignore[attr-defined]
        QTimer.singleShot(2000, shoot)
        return int(app.exec())


if __name__ == "__main__":
    sys.exit(main())
