#!/usr/bin/env bash
# The exported picture the README shows (docs/export-sample.png): the bundled sample,
# imported into a throw-away database and exported by the command line, as a user would.
# Usage: scripts/export-sample.sh [OUT.png]   Builds nothing, run scripts/build.sh first.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="${1:-$here/docs/export-sample.png}"
bin="${BUILD_DIR:-$here/build}/app/crisis-timeline"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$(dirname "$out")"
"$bin" import --db "$work/sample.db" "$here/resources/samples/kazakhstan-putin-tokayev-call.txt" >/dev/null
"$bin" export --db "$work/sample.db" --out "$out" --width 1200 --lanes actor \
    --title "Kazakhstan, January 2022"
