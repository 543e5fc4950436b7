"""``python fast_cli.py ARGS...``: the ``rolodex`` command line with SQLCipher's key derivation
cut to 2,000 rounds, as in the tests' own process (conftest.py), so books made there open here.
Prints ``start`` just before the command runs, for the crash trials to time their kill from."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from sqlcipher3 import dbapi2  # noqa: E402

from rolodex.cli.main import run  # noqa: E402

if __name__ == "__main__":
    fast = dbapi2.connect(":memory:")
    fast.execute("PRAGMA cipher_default_kdf_iter = 2000")
    print("start", flush=True)
    sys.exit(run(sys.argv[1:]))
