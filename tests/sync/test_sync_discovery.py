"""Discovery when the user's address book home holds several address books: none is taken
silently. ``sync add`` without ``--collection`` fails in one line listing them; with it (a
display name, the last part of the path, or the URL) the chosen one is stored; a choice that
matches none is one line too. Runs its own Radicale (a home with exactly the two books made
here with extended MKCOL)."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from tests.sync.conftest import MKCOL_BODY
from tests.sync.test_sync_certificates import _free_port, _wait
from tests.sync.test_sync_cli import _one_line, _password_file, rolodex


@pytest.fixture
def two_books(tmp_path: Path) -> Iterator[str]:
    """The root URL of a Radicale (user ``me``, password ``secret``) whose home holds the
    address books "Work" (/me/work/) and "Family" (/me/home/)."""
    users = tmp_path / "users"
    users.write_text("me:secret\n", encoding="utf-8")
    port = _free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "radicale", "--server-hosts", f"127.0.0.1:{port}",
         "--auth-type", "htpasswd", "--auth-htpasswd-filename", str(users),
         "--auth-htpasswd-encryption", "plain", "--auth-delay", "0",
         "--storage-filesystem-folder", str(tmp_path / "collections")],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        _wait(port, process)
        url = f"http://127.0.0.1:{port}/"
        with httpx.Client(auth=("me", "secret")) as http:
            http.request("PROPFIND", url + "me/", headers={"Depth": "0"})
            for path, name in (("work", "Work"), ("home", "Family")):
                made = http.request("MKCOL", f"{url}me/{path}/", content=MKCOL_BODY.format(name=name))
                assert made.status_code == 201
        yield url
    finally:
        process.terminate()
        process.wait(timeout=30)


def _add(db: Path, url: str, pw: str, *more: str, name: str = "phone") -> subprocess.CompletedProcess[str]:
    return rolodex(db, "sync", "add", name, "--url", url, "--username", "me",
                   "--password-file", pw, *more)  # fmt: skip


def test_several_address_books_are_listed_and_one_is_chosen(two_books: str, tmp_path: Path) -> None:
    db, pw = tmp_path / "book.db", _password_file(tmp_path, "secret")
    line = _one_line(_add(db, two_books, pw))
    assert "2 address books" in line and "--collection" in line
    assert "Family (/me/home/)" in line and "Work (/me/work/)" in line
    assert json.loads(rolodex(db, "sync", "list", "--json").stdout) == []
    assert "No address book 'Shop'" in _one_line(_add(db, two_books, pw, "--collection", "Shop"))
    added = _add(db, two_books, pw, "--collection", "work")
    assert added.returncode == 0, added.stderr
    assert added.stdout.strip().endswith(two_books + "me/work/")
    by_url = _add(db, two_books, pw, "--collection", two_books + "me/home/", name="family")
    assert by_url.returncode == 0, by_url.stderr
    listed = {a["name"]: a["collection"] for a in json.loads(rolodex(db, "sync", "list", "--json").stdout)}
    assert listed == {"phone": two_books + "me/work/", "family": two_books + "me/home/"}
    assert rolodex(db, "add", "Ann Berg").returncode == 0
    run = rolodex(db, "sync", "run", "phone", "--json")
    assert run.returncode == 0 and json.loads(run.stdout)["uploaded"] == 1
    with httpx.Client(auth=("me", "secret")) as http:
        assert http.get(two_books + "me/work/").text.count("BEGIN:VCARD") == 1
        assert "BEGIN:VCARD" not in http.get(two_books + "me/home/").text


def test_the_add_dialog_offers_the_address_books(  # type: ignore[no-untyped-def]
    two_books: str, book: object, tmp_path: Path, qtbot
) -> None:
    from rolodex.sync.accounts import accounts
    from rolodex.ui.sync.dialog import AddAccountDialog

    form = AddAccountDialog()
    qtbot.addWidget(form)
    form.show()
    form.name.setText("phone")
    form.url.setText(two_books)
    form.user.setText("me")
    form.password_file.setText(_password_file(tmp_path, "secret"))
    form.buttons.accepted.emit()
    qtbot.waitUntil(lambda: form.collection.count() == 2, timeout=20000)
    assert form.collection.isVisible() and form.buttons.isEnabled()
    assert [form.collection.itemText(i) for i in range(2)] == ["Family (/me/home/)", "Work (/me/work/)"]
    assert accounts() == []
    form.collection.setCurrentIndex(1)
    with qtbot.waitSignal(form.added, timeout=20000):
        form.buttons.accepted.emit()
    assert [a.collection_url for a in accounts()] == [two_books + "me/work/"]
