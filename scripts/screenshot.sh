#!/usr/bin/env bash
# Screenshot of the window as a new user first sees it: a fresh, throw-away
# HOME so the first start creates its database and imports the bundled sample.
# Usage: scripts/screenshot.sh [OUT.png]   (default docs/screenshot.png); the language
# follows LANGUAGE/LANG, e.g. LANGUAGE=ru LANG=ru_RU.UTF-8 scripts/screenshot.sh docs/screenshot-ru.png
# Needs xvfb-run and ImageMagick's `import`; builds nothing, run scripts/build.sh first.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="${1:-$here/docs/screenshot.png}"
# CT_BINARY: another program, e.g. /usr/bin/crisis-timeline from the installed package.
bin="${CT_BINARY:-${BUILD_DIR:-$here/build}/app/crisis-timeline}"
mkdir -p "$(dirname "$out")"
home="$(mktemp -d)"
trap 'rm -rf "$home"' EXIT
mkdir -p "$home/run" && chmod 700 "$home/run"
# The window opens at its default 1280x800 at the origin; the screen matches it
# so the root window is the picture.
HOME="$home" XDG_CONFIG_HOME="$home/config" XDG_DATA_HOME="$home/data" XDG_RUNTIME_DIR="$home/run" \
    xvfb-run -a -s "-screen 0 1280x800x24" bash -c '
        "$0" & app=$!
        sleep "${SCREENSHOT_DELAY:-4}"
        import -window root "$1"
        kill "$app"
        wait "$app" 2>/dev/null || true
    ' "$bin" "$out"
echo "wrote $out"
