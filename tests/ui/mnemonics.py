"""Finding mnemonic clashes: two Alt+letter keys that one window offers at once."""

from __future__ import annotations

import re
from collections import defaultdict

from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QMenu, QMenuBar, QWidget

_MNEMONIC = re.compile(r"&([^&\s])")


def letter(text: str) -> str:
    """The mnemonic letter of ``text`` ("" when it has none)."""
    found = _MNEMONIC.search(text.replace("&&", ""))
    return found[1].lower() if found else ""


def _widget_texts(window: QWidget) -> list[str]:
    texts: list[str] = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window) or widget.window() is not window:
            continue
        if (
            isinstance(widget, QAbstractButton)
            or isinstance(widget, QLabel)
            and widget.buddy() is not None
        ):
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
    return texts


def clashes(window: QWidget) -> dict[str, list[str]]:
    """Letters two visible things in ``window`` (menu bar titles, buttons, buddy labels)
    answer to, with their texts."""
    texts = _widget_texts(window)
    for bar in window.findChildren(QMenuBar):
        if bar.isVisibleTo(window):
            texts += [a.text() for a in bar.actions() if a.isVisible() and not a.isSeparator()]
    return _duplicates(texts)


def menu_clashes(menu: QMenu) -> dict[str, list[str]]:
    """Letters two entries of one menu answer to."""
    return _duplicates([a.text() for a in menu.actions() if a.isVisible() and not a.isSeparator()])


def _duplicates(texts: list[str]) -> dict[str, list[str]]:
    by_letter: dict[str, list[str]] = defaultdict(list)
    for text in texts:
        if letter(text):
            by_letter[letter(text)].append(text)
    return {k: v for k, v in by_letter.items() if len(v) > 1}


def missing(texts: list[str]) -> list[str]:
    """Texts without a mnemonic."""
    return [t for t in texts if not letter(t)]
