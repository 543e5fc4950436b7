"""Single instance: a second copy on the same book asks the first to come forward instead of
opening it twice; another book opens normally."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMainWindow
from pytestqt.qtbot import QtBot

from rolodex.ui.safety import single_instance
from rolodex.ui.safety.single_instance import SingleInstance, bring_to_front, instance_key


def test_key_depends_on_the_book_path(tmp_path: Path) -> None:
    assert instance_key(tmp_path / "a.db") == instance_key(tmp_path / "x" / ".." / "a.db")
    assert instance_key(tmp_path / "a.db") != instance_key(tmp_path / "b.db")


def test_key_is_the_one_earlier_versions_use(tmp_path: Path) -> None:
    """A copy of an older Rolodex already running on the book is found (same lock, socket)."""
    import getpass
    import hashlib

    book = (tmp_path / "a.db").resolve()
    digest = hashlib.sha256(f"{getpass.getuser()}\0{book}".encode()).hexdigest()[:24]
    assert instance_key(tmp_path / "a.db") == f"rolodex-{digest}"


def test_second_copy_activates_the_first(qtbot: QtBot, tmp_path: Path) -> None:
    book = tmp_path / "book.db"
    first = SingleInstance(book)
    window = QMainWindow()
    qtbot.addWidget(window)
    first.activated.connect(lambda: bring_to_front(window))
    try:
        assert first.claim()
        window.show()
        window.showMinimized()
        second = SingleInstance(book)
        with qtbot.waitSignal(first.activated, timeout=5000):
            assert not second.claim()
        assert window.isVisible()
        assert not window.windowState() & Qt.WindowState.WindowMinimized
        other_book = SingleInstance(tmp_path / "other.db")
        assert other_book.claim()
        other_book.release()
    finally:
        first.release()


def test_released_book_can_be_claimed_again(qtbot: QtBot, tmp_path: Path) -> None:
    first = SingleInstance(tmp_path / "book.db")
    assert first.claim()
    first.release()
    again = SingleInstance(tmp_path / "book.db")
    assert again.claim()
    again.release()


def test_a_second_copy_waits_for_a_first_copy_still_starting(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The app listens only after its first frame: a copy started meanwhile waits for it
    and brings it forward instead of giving up (or opening the book a second time)."""
    book = tmp_path / "book.db"
    first = SingleInstance(book)
    try:
        assert first.claim(listen_now=False)
        waited: list[float] = []

        def first_copy_shows_its_window(seconds: float) -> None:
            waited.append(seconds)
            first.listen()

        monkeypatch.setattr(single_instance.time, "sleep", first_copy_shows_its_window)
        second = SingleInstance(book)
        with qtbot.waitSignal(first.activated, timeout=5000):
            assert not second.claim()
        assert len(waited) == 1
    finally:
        first.release()
