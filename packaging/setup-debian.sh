#!/usr/bin/env bash
# Set up Rolodex on a Debian (12+) machine: the system libraries Qt and PyICU need, then a
# virtual environment in .venv with Rolodex installed (editable). Works as root or with sudo.
#   bash packaging/setup-debian.sh          # to run the app
#   bash packaging/setup-debian.sh --test   # also the test tools
set -euo pipefail
cd "$(dirname "$0")/.."

extras=""
test_packages=()
if [ "${1:-}" = "--test" ]; then
  extras="[test]"
  # desktop-file-validate and appstreamcli check the desktop entry and metainfo; PyInstaller
  # needs objdump (binutils) to build the bundle.
  test_packages=(desktop-file-utils appstream binutils)
fi

packages=(
  python3 python3-venv python3-dev g++ pkg-config libicu-dev
  libegl1 libgl1 libglib2.0-0 libfontconfig1 libdbus-1-3 libxkbcommon0 libxkbcommon-x11-0
  libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0
  libxcb-shape0 libxcb-xinerama0 libxcb-randr0 libxcb-xfixes0 libxcb-xkb1
  fonts-dejavu-core xvfb xauth poppler-utils "${test_packages[@]}"
)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -qq
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi

[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -e ".${extras}"
# An editable install leaves the sources uncompiled; compile once so start-up reads bytecode.
.venv/bin/python -m compileall -q rolodex >/dev/null
