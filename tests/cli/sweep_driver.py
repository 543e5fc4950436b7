"""Run many CLI commands, each in its own forked process, as ``python -m rolodex`` would.

    python -m tests.cli.sweep_driver JOBS.json

JOBS.json holds ``[{"argv": [...], "folder": DIR}, ...]``. The modules every command uses are
imported once here; each command then runs in a fork (fresh process state, its own data folder
``DIR/data``, stdin from /dev/null), all at once, so a sweep of every command costs one
interpreter start instead of one each. An exception escaping ``rolodex.cli.main.run`` prints a
traceback and exits 1, exactly like ``python -m rolodex``. Prints one JSON list of
``{"code", "stdout", "stderr"}`` in the order of the jobs.
"""

from __future__ import annotations

import importlib
import json
import os
import sys
import traceback
from pathlib import Path
from typing import Any

PRELOAD = (
    "rolodex.cli.main",
    "rolodex.services.contacts",
    "rolodex.services.importing.service",
    "rolodex.services.exporting",
    "rolodex.services.crm.followups",
    "rolodex.services.trash",
    "rolodex.safety.backups",
    "rolodex.safety.crypto",
    "rolodex.safety.restore",
    "rolodex.safety.hooks",
    "rolodex.labels.render",
    "rolodex.labels.catalog",
    "rolodex.exporters.ics",
)


def _child(job: dict[str, Any]) -> int:
    folder = Path(job["folder"])
    os.chdir(folder)
    os.environ["ROLODEX_DATA_DIR"] = str(folder / "data")
    os.environ["HOME"] = str(folder)
    null = os.open(os.devnull, os.O_RDONLY)
    os.dup2(null, 0)
    for fd, name in ((1, "stdout"), (2, "stderr")):
        out = os.open(folder / f".sweep.{name}", os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        os.dup2(out, fd)
    from rolodex.cli.main import run

    try:
        return run(job["argv"])
    except SystemExit as exc:  # argparse
        return exc.code if isinstance(exc.code, int) else 1
    except BaseException:
        traceback.print_exc()
        return 1
    finally:
        sys.stdout.flush()
        sys.stderr.flush()


def main(jobs_file: str) -> None:
    jobs = json.loads(Path(jobs_file).read_text())
    for name in PRELOAD:
        importlib.import_module(name)
    pids = []
    for job in jobs:
        pid = os.fork()
        if pid == 0:
            os._exit(_child(job))
        pids.append(pid)
    results = []
    for pid, job in zip(pids, jobs, strict=True):
        _, status = os.waitpid(pid, 0)
        folder = Path(job["folder"])
        results.append(
            {
                "code": os.waitstatus_to_exitcode(status),
                "stdout": (folder / ".sweep.stdout").read_text(errors="replace"),
                "stderr": (folder / ".sweep.stderr").read_text(errors="replace"),
            }
        )
    print(json.dumps(results))


if __name__ == "__main__":
    main(sys.argv[1])
