"""Entry point: ``rolodex`` with no command starts the GUI; with a command runs the CLI.

The CLI path never imports Qt; the GUI is imported only when no command is given.
"""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    from rolodex.pg_driver import import_peewee

    import_peewee()  # without psycopg: a server book loads it when opened
    from rolodex.cli.main import run

    return run(sys.argv[1:] if argv is None else argv)


if __name__ == "__main__":
    sys.exit(main())
