"""Entry point: ``rolodex`` with no command starts the GUI; with a command runs the CLI.

The CLI path never imports Qt; the GUI is imported only when no command is given.

Python's cyclic garbage collector is off while the program starts: importing creates tens of
thousands of objects and frees almost none, and the collector went through them ~90 times
before the window's first frame (~20 ms of the start-up on the test machine). It is back on
before a command runs (:func:`rolodex.cli.main.run`) and once the window is painted
(:class:`rolodex.ui.app.FirstPaint`); reference counting frees memory meanwhile as always.
"""

from __future__ import annotations

import gc
import sys


def main(argv: list[str] | None = None) -> int:
    gc.disable()
    try:
        from rolodex.cli.main import run

        return run(sys.argv[1:] if argv is None else argv)
    finally:
        gc.enable()


if __name__ == "__main__":
    sys.exit(main())
