"""The CardDAV test server is up and behaves like one: it needs the password, and an address
book made on it takes a card and hands it back."""

from __future__ import annotations

import httpx

from tests.sync.conftest import Collection

CARD = "BEGIN:VCARD\r\nVERSION:3.0\r\nUID:u1\r\nFN:Ann Berg\r\nN:Berg;Ann;;;\r\nEND:VCARD\r\n"


def test_the_server_refuses_a_wrong_password(collection: Collection) -> None:
    response = httpx.get(collection.url, auth=(collection.user, "wrong"))
    assert response.status_code == 401


def test_a_card_put_is_read_back(collection: Collection) -> None:
    with collection.http() as http:
        put = http.put(collection.url + "u1.vcf", content=CARD, headers={"If-None-Match": "*"})
        assert put.status_code == 201
        again = http.put(collection.url + "u1.vcf", content=CARD, headers={"If-None-Match": "*"})
        assert again.status_code == 412
        assert "Ann Berg" in http.get(collection.url + "u1.vcf").text


def test_the_wrapper_stops_the_carddav_server_afterwards(collection: Collection) -> None:
    import os
    import subprocess
    import sys
    from pathlib import Path

    import pytest

    script = Path(__file__).resolve().parents[2] / "packaging" / "with-test-servers.sh"
    probe = "import os; print(os.environ['ROLODEX_TEST_CARDDAV_URL'])"
    result = subprocess.run(
        ["bash", str(script), sys.executable, "-c", probe],
        capture_output=True, text=True, timeout=180, env=dict(os.environ),
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    url = result.stdout.split()[-1]
    assert url.startswith("http://127.0.0.1:") and url != collection.root
    with pytest.raises(httpx.ConnectError):
        httpx.get(url, timeout=5)
