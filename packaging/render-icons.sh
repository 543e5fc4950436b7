#!/usr/bin/env bash
# Render the icon PNGs from the SVG design source and copy what the app needs at run time
# (icons, desktop entry, AppStream metainfo) into the package data, rolodex/resources/.
# Needs rsvg-convert (Debian: librsvg2-bin). Run after editing anything in resources/;
# tests/packaging checks that the package copies match the sources.
#   bash packaging/render-icons.sh
set -euo pipefail
cd "$(dirname "$0")/.."

app_id=org.rolodex.Rolodex
src=resources
pkg=rolodex/resources
mkdir -p "$pkg/icons" "$pkg/desktop"
for size in 16 32 48 64 128 256; do
  mkdir -p "$src/icons/${size}x${size}"
  rsvg-convert -w "$size" -h "$size" "$src/icons/$app_id.svg" -o "$src/icons/${size}x${size}/$app_id.png"
  cp "$src/icons/${size}x${size}/$app_id.png" "$pkg/icons/${size}x${size}.png"
done
cp "$src/icons/$app_id.svg" "$pkg/icons/scalable.svg"
cp "$src/$app_id.desktop" "$src/$app_id.metainfo.xml" "$pkg/desktop/"
