"""A server with a self-signed certificate: refused in one line naming its fingerprint, then
trusted explicitly with ``--trust-certificate``, and refused if the certificate differs. Its
only address book is found from the bare server URL (well-known, principal, home set).
Runs its own Radicale over TLS (a certificate made with openssl for the test)."""

from __future__ import annotations

import json
import re
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from tests.sync.conftest import MKCOL_BODY
from tests.sync.test_sync_cli import _one_line, _password_file, rolodex


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _certificate(folder: Path, name: str) -> tuple[Path, Path]:
    cert, key = folder / f"{name}.pem", folder / f"{name}.key"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
         "-subj", "/CN=rolodex-test", "-keyout", str(key), "-out", str(cert)],
        check=True, capture_output=True, timeout=60,
    )  # fmt: skip
    return cert, key


def _wait(port: int, process: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        assert process.poll() is None, "radicale stopped"
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return
        except OSError:
            time.sleep(0.1)
    pytest.fail("radicale over TLS did not start")


@pytest.fixture
def tls_server(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    """(URL, certificate) of a Radicale over TLS with user ``me``, password ``secret``."""
    cert, key = _certificate(tmp_path, "server")
    users = tmp_path / "users"
    users.write_text("me:secret\n", encoding="utf-8")
    port = _free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "radicale", "--server-hosts", f"127.0.0.1:{port}",
         "--server-ssl", "--server-certificate", str(cert), "--server-key", str(key),
         "--auth-type", "htpasswd", "--auth-htpasswd-filename", str(users),
         "--auth-htpasswd-encryption", "plain", "--auth-delay", "0",
         "--storage-filesystem-folder", str(tmp_path / "collections")],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        _wait(port, process)
        yield f"https://127.0.0.1:{port}/", cert
    finally:
        process.terminate()
        process.wait(timeout=30)


def _fingerprint(cert: Path) -> str:
    out = subprocess.run(
        ["openssl", "x509", "-in", str(cert), "-noout", "-fingerprint", "-sha256"],
        check=True, capture_output=True, text=True,
    ).stdout  # fmt: skip
    return out.strip().split("=", 1)[1]


def test_a_self_signed_certificate_is_refused_then_trusted_explicitly(
    tls_server: tuple[str, Path], tmp_path: Path
) -> None:
    url, cert = tls_server
    db = tmp_path / "book.db"
    pw = _password_file(tmp_path, "secret")
    add = ["sync", "add", "phone", "--url", url, "--username", "me", "--password-file", pw]
    line = _one_line(rolodex(db, *add))
    fingerprint = _fingerprint(cert)
    assert "not trusted" in line and fingerprint in line and "--trust-certificate" in line
    wrong = re.sub(r"^..", "00", fingerprint)
    assert "has changed" in _one_line(rolodex(db, *add, "--trust-certificate", wrong))
    with httpx.Client(auth=("me", "secret"), verify=False) as http:
        http.request("PROPFIND", url + "me/", headers={"Depth": "0"})
        assert http.request("MKCOL", url + "me/book/", content=MKCOL_BODY.format(name="B")).status_code == 201
    added = rolodex(db, *add, "--trust-certificate", fingerprint)  # the bare server URL
    assert added.returncode == 0, added.stderr
    assert added.stdout.strip().endswith("/me/book/")  # found by RFC 6764 discovery
    assert rolodex(db, "add", "Ann Berg").returncode == 0
    run = rolodex(db, "sync", "run", "--json")
    assert run.returncode == 0, run.stderr
    assert json.loads(run.stdout)["uploaded"] == 1
