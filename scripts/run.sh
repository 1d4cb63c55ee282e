#!/usr/bin/env bash
# Installs what is missing, builds, and runs Crisis Timeline on the bundled sample.
# With a display: opens the window (the first start loads the sample by itself).
# Without one (or with --headless): imports the sample into out/sample.db, prints
# its events and writes the timeline to out/timeline.png.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$here/scripts/deps.sh"
"$here/scripts/build.sh"
bin="${BUILD_DIR:-$here/build}/app/crisis-timeline"
if [ "${1:-}" != "--headless" ] && [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
    exec "$bin"
fi
export QT_QPA_PLATFORM=offscreen
mkdir -p "$here/out"
rm -f "$here/out/sample.db"
"$bin" import --db "$here/out/sample.db" "$here/resources/samples/kazakhstan-putin-tokayev-call.txt"
"$bin" events --db "$here/out/sample.db"
"$bin" export --db "$here/out/sample.db" --out "$here/out/timeline.png" --lanes actor \
    --title "Kazakhstan, January 2022"
