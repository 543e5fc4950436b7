"""Every command of the CLI against a locked, a read-only and a full book: each one either works
or ends with one clear line on stderr, never a traceback.

The commands come from the argparse tree itself, so a new command without an entry in ``ARGS``
fails :func:`test_every_command_is_swept`.

- locked: another process holds ``BEGIN EXCLUSIVE`` on the book (writers wait the busy timeout).
- read-only: the book file is 0400. File modes are not enforced on root, so as root the CLI runs
  as an unprivileged user (``setpriv``) that owns the book.
- full: the book has 64 KiB pages and the CLI runs with ``RLIMIT_FSIZE`` = 32 KiB, so the
  shared-memory file fits but not one WAL frame: every write to the book hits "disk full".
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from rolodex import paths
from rolodex.cli.main import build_parser
from rolodex.db import close_store, open_store

NOBODY = 65534
AS_ROOT = os.geteuid() == 0 if hasattr(os, "geteuid") else False
FULL_LIMIT = 32 * 1024
PASSPHRASE = "a passphrase"

ARGS: dict[tuple[str, ...], list[str]] = {
    ("add",): ["add", "New Person", "--email", "new@example.com"],
    ("search",): ["search", "ada", "--json"],
    ("list",): ["list", "--owner", "ada", "--json"],
    ("stats",): ["stats", "--json"],
    ("show",): ["show", "1"],
    ("delete",): ["delete", "2"],
    ("import",): ["import", "{dir}/cards.vcf"],
    ("export",): ["export", "-o", "{dir}/out.vcf"],
    ("imports", "list"): ["imports", "list", "--json"],
    ("imports", "undo"): ["imports", "undo", "1"],
    ("log",): ["log", "1", "--kind", "call", "--subject", "hello"],
    ("followups", "add"): ["followups", "add", "1", "--due", "2030-01-01"],
    ("followups", "list"): ["followups", "list", "--json"],
    ("followups", "done"): ["followups", "done", "1"],
    ("followups", "snooze"): ["followups", "snooze", "1", "--until", "2031-01-01"],
    ("followups", "export"): ["followups", "export", "-o", "{dir}/due.ics"],
    ("keep-in-touch",): ["keep-in-touch", "1", "30"],
    ("labels",): ["labels", "-o", "{dir}/labels.pdf", "--template", "avery-5160"],
    ("backup",): ["backup"],
    ("backups", "list"): ["backups", "list", "--json"],
    ("restore",): ["restore", "{dir}/saved.db"],
    ("encrypt",): ["encrypt", "--passphrase-file", "{dir}/pass.txt"],
    ("decrypt",): ["--db", "{dir}/secret.db", "decrypt", "--passphrase-file", "{dir}/pass.txt"],
    ("change-passphrase",): [
        "--db",
        "{dir}/secret.db",
        "--passphrase-file",
        "{dir}/pass.txt",
        "change-passphrase",
        "--new-passphrase-file",
        "{dir}/new.txt",
    ],
    ("trash", "list"): ["trash", "list", "--json"],
    ("trash", "restore"): ["trash", "restore", "3"],
    ("trash", "empty"): ["trash", "empty", "--yes"],
    ("copy-book",): ["copy-book", "{dir}/copy.db"],
    ("deals", "add"): ["deals", "add", "1", "--title", "T", "--value", "100", "--stage", "Lead"],
    ("deals", "move"): ["deals", "move", "1", "--stage", "Won"],
    ("deals", "list"): ["deals", "list", "--json"],
    ("deals", "show"): ["deals", "show", "1", "--json"],
    ("stages", "list"): ["stages", "list", "--json"],
    ("stages", "add"): ["stages", "add", "Demo", "--probability", "30"],
    ("stages", "set"): ["stages", "set", "Lead", "--probability", "15"],
    ("pipeline",): ["pipeline", "--json"],
    ("lifecycle", "set"): ["lifecycle", "set", "1", "customer"],
    ("lifecycle", "show"): ["lifecycle", "show", "1", "--json"],
    ("lifecycle", "update"): ["lifecycle", "update"],
    ("report", "retention"): ["report", "retention", "--year", "2025", "--json"],
    ("report", "neglected"): ["report", "neglected", "--days", "90", "--json"],
    ("report", "quality"): ["report", "quality", "--json"],
    ("campaigns", "add"): ["campaigns", "add", "Spring", "--channel", "letter", "--contacts", "1"],
    ("campaigns", "list"): ["campaigns", "list", "--json"],
    ("campaigns", "recipients"): ["campaigns", "recipients", "1", "--json"],
    ("campaigns", "send"): ["campaigns", "send", "1", "--csv", "{dir}/list.csv"],
    ("campaigns", "respond"): ["campaigns", "respond", "1", "1", "--outcome", "interested"],
    ("campaigns", "show"): ["campaigns", "show", "1", "--json"],
    ("tags", "list"): ["tags", "list", "--json"],
    ("tags", "rename"): ["tags", "rename", "vip", "Key accounts"],
    ("tags", "delete"): ["tags", "delete", "VIP"],
    ("edit",): ["edit", "1", "--set", "notes=changed", "--if-revision", "1"],
    ("history",): ["history", "1", "--json"],
    ("users", "list"): ["users", "list", "--json"],
    ("users", "add"): ["users", "add", "ann", "--name", "Ann", "--role", "reader"],
    ("users", "set"): ["users", "set", "ann", "--role", "editor"],
    ("users", "remove"): ["users", "remove", "ann"],
    ("sync", "add"): ["sync", "add", "phone", "--url", "http://127.0.0.1:9/dav/", "--username",
                      "me", "--password-file", "{dir}/pass.txt"],
    ("sync", "list"): ["sync", "list", "--json"],
    ("sync", "remove"): ["sync", "remove", "phone"],
    ("sync", "run"): ["sync", "run", "--json"],
    ("sync", "conflicts"): ["sync", "conflicts", "--json"],
    ("sync", "resolve"): ["sync", "resolve", "1", "--take", "remote"],
}
CONDITIONS = ("locked", "read-only", "full")


def command_paths(
    parser: argparse.ArgumentParser, prefix: tuple[str, ...] = ()
) -> Iterator[tuple[str, ...]]:
    """Every runnable command path of the parser (("add",), ("followups", "done"), ...)."""
    subs = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    if not subs:
        yield prefix
        return
    for action in subs:
        for name, child in action.choices.items():
            yield from command_paths(child, (*prefix, name))


def test_every_command_is_swept() -> None:
    assert sorted(command_paths(build_parser())) == sorted(ARGS)


VCF = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Card Person\r\nN:Person;Card;;;\r\nEND:VCARD\r\n"


def _populate(folder: Path) -> Path:
    """A book with contacts 1 and 2, contact 3 in the Trash, an activity, follow-up 1 and
    import 1; beside it a backup, a vCard file and a passphrase file."""
    from datetime import date

    from rolodex.clock import SystemClock
    from rolodex.records import ContactData
    from rolodex.safety.backups import backup_now
    from rolodex.safety.crypto import encrypt_book
    from rolodex.services.contacts import ContactService
    from rolodex.services.crm.activities import ActivityService
    from rolodex.services.crm.followups import FollowUpService
    from rolodex.services.crm.records import ActivityData, FollowUpData
    from rolodex.services.importing.service import run_import

    book = folder / "book.db"
    conn = sqlite3.connect(book)  # big pages: one WAL frame is larger than the "full" limit
    conn.execute("PRAGMA page_size = 65536")
    conn.execute("VACUUM")
    conn.close()
    open_store(book)
    try:
        contacts = ContactService()
        for name in ("Ada Lovelace", "Bob Smith", "Cy Trashed"):
            given, family = name.split()
            contacts.create(ContactData(given=given, family=family, tags=["VIP"]))
        contacts.delete([3])
        clock = SystemClock()
        activities = ActivityService(clock)
        activities.log(ActivityData(contact_id=1, kind="call"))
        FollowUpService(clock, activities).add(
            FollowUpData(contact_id=1, due_date=date(2029, 1, 1))
        )
        _sales(clock)
        (folder / "cards.vcf").write_text(VCF)
        run_import([str(folder / "cards.vcf")], "skip")
        backup_now(target=str(folder / "saved.db"))
    finally:
        close_store()
    (folder / "pass.txt").write_text(f"{PASSPHRASE}\n")
    (folder / "new.txt").write_text("another passphrase\n")
    shutil.copyfile(book, folder / "secret.db")
    encrypt_book(folder / "secret.db", PASSPHRASE)
    return book


def _sales(clock: Any) -> None:
    """Deal 1 (Ada, at Proposal) and campaign 1 (to Ada), not sent."""
    from rolodex.sales.campaigns import CampaignService, Selection
    from rolodex.sales.deals import DealService
    from rolodex.sales.records import DealInput

    DealService(clock).add(DealInput("Server", "12000", "NOK", "Proposal", contact_id=1))
    CampaignService(clock).add("Spring", "letter", Selection(ids=(1,)))


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("template")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("ROLODEX_DATA_DIR", str(tmp_path_factory.mktemp("template-data")))
        patch.setattr(paths, "_paths", None)
        _populate(folder)
    return folder


def _prepare(template: Path, base: Path, name: str) -> Path:
    folder = base / name.replace(" ", "-")
    shutil.copytree(template, folder)
    (folder / "data").mkdir(exist_ok=True)
    return folder


def _argv(folder: Path, command: tuple[str, ...]) -> list[str]:
    args = [a.replace("{dir}", str(folder)) for a in ARGS[command]]
    return ["--db", str(folder / "book.db"), *args]


def _env() -> dict[str, str]:
    cwd = str(Path.cwd())
    path = os.environ.get("PYTHONPATH", "")
    return {**os.environ, "PYTHONPATH": f"{cwd}{os.pathsep}{path}" if path else cwd}


def _run_all(jobs: list[dict[str, object]], base: Path, condition: str) -> list[dict[str, Any]]:
    """Run the jobs through the sweep driver, as the unprivileged user for a read-only book
    when we are root, with the file size limit for a full one."""
    jobs_file = base / "jobs.json"
    jobs_file.write_text(json.dumps(jobs))
    jobs_file.chmod(0o644)
    prefix: list[str] = []
    preexec: Callable[[], None] | None = None
    if condition == "read-only" and AS_ROOT:
        prefix = ["setpriv", f"--reuid={NOBODY}", f"--regid={NOBODY}", "--clear-groups"]
    if condition == "full":

        def preexec() -> None:
            resource.setrlimit(resource.RLIMIT_FSIZE, (FULL_LIMIT, FULL_LIMIT))

    driver = [sys.executable, "-m", "tests.cli.sweep_driver", str(jobs_file)]
    done = subprocess.run(
        [*prefix, *driver], capture_output=True, text=True, env=_env(), preexec_fn=preexec,
        timeout=300,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    results: list[dict[str, Any]] = json.loads(done.stdout)
    return results


def _own_by_nobody(root: Path) -> None:
    for path in [root, *root.rglob("*")]:
        os.chown(path, NOBODY, NOBODY)


def _lock(path: Path, passphrase: str | None = None) -> Any:
    """Another program writing: ``BEGIN EXCLUSIVE`` held on the book."""
    from sqlcipher3 import dbapi2

    holder = (dbapi2 if passphrase else sqlite3).connect(path, isolation_level=None)
    if passphrase:
        holder.execute(f"PRAGMA key = '{passphrase}'")
    holder.execute("BEGIN EXCLUSIVE")
    return holder


def _make_read_only(folder: Path) -> None:
    (folder / "book.db").chmod(0o400)
    (folder / "secret.db").chmod(0o400)
    if AS_ROOT:
        folder.parent.chmod(0o711)
        _own_by_nobody(folder)


@pytest.fixture
def scratch() -> Iterator[Path]:
    """A folder an unprivileged user can reach (pytest's tmp folders are 0700 to root)."""
    base = Path(tempfile.mkdtemp(prefix="rolodex-sweep-"))
    base.chmod(0o711)
    yield base
    shutil.rmtree(base, ignore_errors=True)


def _problems(command: tuple[str, ...], result: dict[str, Any]) -> list[str]:
    name, err = " ".join(command), result["stderr"]
    if "Traceback" in err:
        return [f"{name}: traceback ending {err.strip().splitlines()[-1]!r}"]
    if result["code"] != 0:
        lines = [line for line in err.splitlines() if line.strip()]
        if len(lines) != 1 or not lines[0].startswith("rolodex: "):
            return [f"{name}: exit {result['code']}, stderr not one line: {err!r}"]
    return []


EXPECTED = {"locked": "locked by another program", "read-only": "read-only", "full": "full"}
"""What ``add`` must say under each condition (proof that the condition is real)."""


def _sweep(template: Path, base: Path, condition: str) -> dict[tuple[str, ...], dict[str, Any]]:
    jobs: list[dict[str, object]] = []
    holders = []
    for command in ARGS:
        folder = _prepare(template, base, "-".join(command))
        if condition == "read-only":
            _make_read_only(folder)
        if condition == "locked":
            holders += [_lock(folder / "book.db"), _lock(folder / "secret.db", PASSPHRASE)]
        jobs.append({"argv": _argv(folder, command), "folder": str(folder)})
    try:
        return dict(zip(ARGS, _run_all(jobs, base, condition), strict=True))
    finally:
        for holder in holders:
            holder.execute("ROLLBACK")
            holder.close()


@pytest.mark.parametrize("condition", CONDITIONS)
def test_no_command_gives_a_traceback(template: Path, scratch: Path, condition: str) -> None:
    results = _sweep(template, scratch, condition)
    problems = [p for command, result in results.items() for p in _problems(command, result)]
    assert not problems, "\n".join(problems)
    added = results[("add",)]
    assert added["code"] != 0 and EXPECTED[condition] in added["stderr"], added
