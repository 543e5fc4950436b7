"""The Help menu's contents: the keyboard shortcuts (the whole book can be used without a
mouse), the About text and the log viewer (Help → Show log)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtWidgets import QDialog, QLabel, QWidget

LOG_TAIL_BYTES = 256 * 1024


def shortcuts_text() -> str:
    rows = (
        ("Ctrl+F", "Search (type a name, company, email, city, tag or 4+ digits of a phone)"),
        ("Enter / Down", "In the search box: go to the list"),
        ("Up / Down", "Move through the list"),
        ("Enter", "Edit the selected contact"),
        ("Ctrl+S", "Save the contact being edited"),
        ("Escape", "Revert unsaved edits; again: back to the list"),
        ("Ctrl+N", "New contact"),
        ("Delete", "Move the selected contacts to the Trash"),
        ("Ctrl+Z / Ctrl+Shift+Z", "Undo / redo"),
        ("Ctrl+R", "Restore the selected contacts (in the Trash)"),
        ("Ctrl+L", "Log a call with the contact shown"),
        ("Ctrl+Shift+L", "Log another kind of activity"),
        ("Ctrl+Shift+F", "Schedule a follow-up"),
        ("Ctrl+T", "Today: overdue and due follow-ups, contacts gone quiet"),
        ("Ctrl+Shift+C", "Companies"),
        ("Ctrl+,", "Preferences"),
    )
    return "\n".join(
        f"{keys}\t{QCoreApplication.translate('Shortcuts', text)}" for keys, text in rows
    )


def about_text() -> str:
    """The About box: the one version (``rolodex.__version__``) and what Rolodex is."""
    from rolodex import __version__

    text = QCoreApplication.translate(
        "MainWindow", "Rolodex {version}\nA contact book and small-office CRM."
    )
    return text.format(version=__version__)


def read_log_tail(path: Path, limit: int = LOG_TAIL_BYTES) -> str:
    """The last ``limit`` bytes of the log (whole lines), or "" when there is none yet."""
    try:
        with path.open("rb") as fh:
            size = fh.seek(0, 2)
            fh.seek(max(0, size - limit))
            data = fh.read()
    except OSError:
        return ""
    if len(data) >= limit and b"\n" in data:
        data = data.split(b"\n", 1)[1]
    return data.decode("utf-8", errors="replace")


def show_log(parent: QWidget) -> QDialog:
    """Help → Show log: the end of ``rolodex.log`` in a dialog, with a button to open the file."""
    from PySide6.QtGui import QDesktopServices, QFontDatabase
    from PySide6.QtWidgets import QDialogButtonBox, QPlainTextEdit, QVBoxLayout

    from rolodex import logs, paths

    def tr(text: str) -> str:
        return QCoreApplication.translate("LogDialog", text)

    path = logs.log_file(paths.get().data_dir)
    dialog = QDialog(parent)
    dialog.setWindowTitle(tr("Log"))
    dialog.resize(820, 520)
    view = QPlainTextEdit(dialog)
    view.setReadOnly(True)
    view.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
    view.setPlainText(read_log_tail(path) or tr("Nothing has been logged yet."))
    view.moveCursor(view.textCursor().MoveOperation.End)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
    open_file = buttons.addButton(tr("Open the file"), QDialogButtonBox.ButtonRole.ActionRole)
    open_file.setEnabled(path.is_file())
    open_file.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))))
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(QLabel(str(path), dialog))
    layout.addWidget(view)
    layout.addWidget(buttons)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
