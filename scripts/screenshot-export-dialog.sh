#!/usr/bin/env bash
# Screenshot of File ▸ Export Image… on the bundled sample, as a new user first sees it:
# a fresh, throw-away HOME, the window started, Ctrl+Shift+E pressed.
# Usage: scripts/screenshot-export-dialog.sh [OUT.png]   (default docs/export-dialog.png)
# Needs xvfb-run, xdotool and ImageMagick's `import`; builds nothing, run scripts/build.sh first.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="${1:-$here/docs/export-dialog.png}"
bin="${BUILD_DIR:-$here/build}/app/crisis-timeline"
mkdir -p "$(dirname "$out")"
home="$(mktemp -d)"
trap 'rm -rf "$home"' EXIT
mkdir -p "$home/run" && chmod 700 "$home/run"
HOME="$home" XDG_CONFIG_HOME="$home/config" XDG_DATA_HOME="$home/data" XDG_RUNTIME_DIR="$home/run" \
    xvfb-run -a -s "-screen 0 1600x1000x24" bash -c '
        "$0" & app=$!
        sleep "${SCREENSHOT_DELAY:-4}"
        win="$(xdotool search --sync --onlyvisible --name "Crisis Timeline" | head -1)"
        xdotool windowfocus --sync "$win" key ctrl+shift+e
        sleep 2
        import -window root "$1"
        kill "$app"
        wait "$app" 2>/dev/null || true
    ' "$bin" "$out"
echo "wrote $out"
