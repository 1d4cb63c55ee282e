#!/usr/bin/env bash
# Configures (once) and builds into build/ (or $BUILD_DIR) with Ninja.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${BUILD_DIR:-$here/build}"
if [ ! -f "$build/build.ninja" ]; then
    # Warnings are errors here and in CI (CT_WERROR is off for a plain cmake configure).
    cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE="${BUILD_TYPE:-RelWithDebInfo}" \
        -DCT_WERROR=ON ${CMAKE_ARGS:-}
fi
cmake --build "$build" --parallel "$(nproc)"
