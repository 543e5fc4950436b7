"""Dialogs that keep fitting what they show: wide enough to read, and growing when a message
or a section appears (a dialog sized once at its first show cuts text added later and squashes
its fields)."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QWidget

READABLE_CHARS = 60


def make_readable(dialog: QDialog, chars: int = READABLE_CHARS) -> None:
    """A minimum width of about ``chars`` characters, so wrapped text stays readable."""
    dialog.setMinimumWidth(dialog.fontMetrics().averageCharWidth() * chars)
    fit_title(dialog)


def fit(dialog: QDialog) -> None:
    """Grow ``dialog`` (never shrink it) until everything shows at its width; now and again
    once the event loop has laid out what just changed."""
    _grow(dialog)
    QTimer.singleShot(0, dialog, lambda: _grow(dialog))


def _grow(dialog: QDialog) -> None:
    layout = dialog.layout()
    if layout is None:
        return
    layout.activate()
    width = max(dialog.width(), dialog.minimumWidth())
    needed = dialog.heightForWidth(width) if layout.hasHeightForWidth() else -1
    needed = max(needed, layout.minimumSize().height(), dialog.sizeHint().height())
    if dialog.height() < needed or dialog.width() < width:
        dialog.resize(width, max(needed, dialog.height()))


TITLE_BAR_EXTRAS = 150  # the window-menu icon and minimise/maximise/close buttons


def title_width(window: QWidget) -> int:
    """How wide ``window`` must be for the window manager to show its whole title (with the
    " — Rolodex" Qt adds): "Schedule a follo… Ward" otherwise."""
    shown = f"{window.windowTitle()} — {QGuiApplication.applicationDisplayName()}"
    return window.fontMetrics().horizontalAdvance(shown) + TITLE_BAR_EXTRAS


def fit_title(window: QWidget) -> None:
    """Never narrower than the title needs (kept below the screen's width)."""
    screen = window.screen().availableGeometry().width()
    window.setMinimumWidth(min(max(window.minimumWidth(), title_width(window)), screen - 40))
