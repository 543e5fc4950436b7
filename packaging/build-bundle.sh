#!/usr/bin/env bash
# Build the self-contained Linux bundle with PyInstaller: dist/rolodex/ (run dist/rolodex/rolodex)
# and dist/rolodex-VERSION-linux-ARCH.tar.gz. Needs the test extras (PyInstaller) in .venv:
#   bash packaging/setup-debian.sh --test && bash packaging/build-bundle.sh [OUT_DIR]
# OUT_DIR defaults to dist/; the work files go to OUT_DIR/build/.
set -euo pipefail
cd "$(dirname "$0")/.."
python="${PYTHON:-.venv/bin/python}"
out="$(realpath -m "${1:-dist}")"
# This checkout's rolodex, whatever else (an editable install elsewhere) the Python has.
export PYTHONPATH="$PWD${PYTHONPATH:+:$PYTHONPATH}"
version="$("$python" -c 'import rolodex; print(rolodex.__version__)')"
"$python" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath "$out" --workpath "$out/build" packaging/rolodex.spec
tar -C "$out" -czf "$out/rolodex-$version-linux-$(uname -m).tar.gz" rolodex
echo "$out/rolodex/rolodex"
