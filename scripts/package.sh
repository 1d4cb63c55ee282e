#!/usr/bin/env bash
# Builds the Debian package: a Release build in build-release/ (or $BUILD_DIR), then
# `cpack -G DEB`. Prints the path of the .deb on its last line.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${BUILD_DIR:-$here/build-release}"
export PATH="/usr/lib/ccache:$PATH"
BUILD_DIR="$build" BUILD_TYPE=Release CMAKE_ARGS="-DCMAKE_INSTALL_PREFIX=/usr ${CMAKE_ARGS:-}" \
    "$here/scripts/build.sh" >&2 # stdout is the package's path alone (test.sh reads its last line)
(cd "$build" && rm -f ./*.deb && cpack -G DEB >cpack.log 2>&1) || { cat "$build/cpack.log"; exit 1; }
ls "$build"/*.deb
