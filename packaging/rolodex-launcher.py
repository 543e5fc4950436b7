"""The bundle's entry point (PyInstaller runs this script): the same as ``rolodex``."""

import sys

from rolodex.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
