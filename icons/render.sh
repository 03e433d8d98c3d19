#!/usr/bin/env bash
# Regenerates the PNG, .ico and .icns icons from icons/xinspect.svg. Needs Debian's librsvg2-bin (rsvg-convert),
# imagemagick (convert) and icnsutils (png2icns). The generated files are committed: the build never runs this.
set -euo pipefail
cd "$(dirname "$0")"
for size in 16 24 32 48 64 128 256 512 1024; do
  rsvg-convert -w "$size" -h "$size" xinspect.svg -o "xinspect-$size.png"
done
convert xinspect-16.png xinspect-24.png xinspect-32.png xinspect-48.png xinspect-64.png xinspect-128.png xinspect-256.png xinspect.ico
png2icns xinspect.icns xinspect-16.png xinspect-32.png xinspect-128.png xinspect-256.png xinspect-512.png xinspect-1024.png >/dev/null
mkdir -p ../src/main/resources/dev/xinspect/ui/icons
for size in 16 32 64 128 256; do cp "xinspect-$size.png" "../src/main/resources/dev/xinspect/ui/icons/"; done
