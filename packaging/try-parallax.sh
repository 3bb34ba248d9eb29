#!/bin/sh
# The README's first command: installs what Parallax needs, builds it, imports
# the sample story into a library of its own and opens the window on it. With
# no display (a server, a container) it prints the library and the comparison
# instead, and says how to open the window.
set -eu
cd "$(dirname "$0")/.."

sh packaging/install-deps.sh
cmake --preset release
cmake --build --preset release

parallax=build/release/app/parallax
library=build/release/sample-library.sqlite
"$parallax" import resources/sample --story "Harrow Bridge" --library "$library"
"$parallax" list --library "$library"

if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
    exec "$parallax" --library "$library" resources/sample/*
fi
"$parallax" compare --library "$library" resources/sample/*
echo
echo "No display here, so the window was not opened. On a desktop, run:"
echo "  $parallax --library $library resources/sample/*"
