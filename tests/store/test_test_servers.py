"""packaging/with-test-servers.sh: a private PostgreSQL for one command, stopped and removed
afterwards, and the command's own exit code returned. Runs where a test server is available
(always on CI, which starts the suite through this very wrapper)."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

import psycopg
import pytest

ROOT = Path(__file__).resolve().parents[2]
PROBE = """
import os, sys, psycopg
url = os.environ["ROLODEX_TEST_PG_URL"]
with psycopg.connect(url) as conn:
    row = conn.execute("SELECT current_setting('fsync'), current_user, usesuper FROM pg_user"
                       " WHERE usename = current_user").fetchone()
print(*row)
print(url)
sys.exit(7)
"""


def folders(under: Path | None = None) -> set[Path]:
    return set((under or Path(tempfile.gettempdir())).glob("rolodex-test-servers.*"))


@pytest.mark.usefixtures("pg_server_url")
def test_the_wrapper_runs_a_command_against_a_private_server_and_cleans_up() -> None:
    # Its own temp folder (readable by the cluster's user), so other runs' servers don't count.
    own_tmp = Path(tempfile.mkdtemp(prefix="rolodex-wrapper-test."))
    own_tmp.chmod(0o755)
    env = {k: v for k, v in os.environ.items() if k != "ROLODEX_TEST_PG_URL"}
    env["TMPDIR"] = str(own_tmp)
    result = subprocess.run(
        ["bash", str(ROOT / "packaging" / "with-test-servers.sh"), sys.executable, "-c", PROBE],
        capture_output=True,
        text=True,
        timeout=180,
        env=env,
    )
    assert result.returncode == 7, result.stderr  # the command's own exit code
    fsync, user, superuser, url = result.stdout.split()
    assert (fsync, user, superuser) == ("off", "rolodex", "False")
    assert url.startswith("postgresql://rolodex:") and "@127.0.0.1:" in url
    assert folders(own_tmp) == set()  # its folder is gone
    own_tmp.rmdir()
    with pytest.raises(psycopg.OperationalError):  # and so is the server
        psycopg.connect(url, connect_timeout=2).close()
