#!/usr/bin/env bash
# Refreshes resources/translations/*.ts from the tr() calls in ui/ and app/ (lupdate):
# new strings appear as unfinished, strings no longer in the code are dropped. Then
# translate the unfinished ones (Qt Linguist, or by hand in the XML) and rebuild;
# tst_translated_window lists every string the Russian window still shows in English.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
lupdate=/usr/lib/qt6/bin/lupdate
[ -x "$lupdate" ] || lupdate="$(command -v lupdate)"
cd "$here"
before="$(mktemp -d)"
trap 'rm -rf "$before"' EXIT
cp resources/translations/*.ts "$before/"
"$lupdate" -locations relative -no-obsolete ui app \
    -ts resources/translations/crisis-timeline_de.ts resources/translations/crisis-timeline_ru.ts
# A string that moved to another class keeps its finished translation.
for ts in resources/translations/*.ts; do
    python3 scripts/carry-translations.py "$before/$(basename "$ts")" "$ts"
done
for ts in resources/translations/*.ts; do
    printf '%s: %s unfinished\n' "$ts" "$(grep -c 'type="unfinished"' "$ts" || true)"
done
