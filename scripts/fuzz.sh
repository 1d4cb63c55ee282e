#!/usr/bin/env bash
# Builds a libFuzzer target with clang (address + undefined sanitizers) and runs it for the
# given number of seconds (default 600):
#   bash scripts/fuzz.sh [SECONDS] [article|pdf|zip|email|html]
# article = the whole text pipeline; pdf, zip (DOCX and ODT), email and html (HTML and MHTML)
# = the format readers.
# Findings land in build-fuzz/findings-TARGET/; turn each into a regression file under
# tests/fuzz/regressions/ (article) or tests/fuzz/formats/FAMILY/ (readers; html: tests/fuzz/html-regressions/).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
seconds="${1:-600}"
target="${2:-article}"
"$here/scripts/deps.sh"
dpkg-query -W -f='${Status}' clang-14 libclang-rt-14-dev 2>/dev/null | grep -c "install ok installed" | grep -q 2 ||
    { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends clang-14 libclang-rt-14-dev; }
build="$here/build-fuzz"
if [ ! -f "$build/build.ninja" ]; then
    CC=clang-14 CXX=clang++-14 cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCT_FUZZ=ON -DCT_WERROR=OFF
fi
cmake --build "$build" --target "fuzz_$target"
corpus="$build/corpus-$target"
mkdir -p "$corpus" "$build/findings-$target"
if [ "$target" = article ]; then
    seeds="$here/tests/fuzz/corpus"
    extra=(-dict="$here/tests/fuzz/dates.dict" -max_len=65536)
elif [ "$target" = html ]; then
    seeds="$here/tests/fuzz/html-corpus"
    extra=(-dict="$here/tests/fuzz/html.dict" -max_len=65536)
else
    seeds="$here/tests/fuzz/formats/$target"
    extra=(-max_len=262144)
fi
cp -n "$seeds"/* "$corpus/" 2>/dev/null || true
export LSAN_OPTIONS="suppressions=$here/tests/fuzz/lsan.supp${LSAN_OPTIONS:+:$LSAN_OPTIONS}"
cd "$build/findings-$target"
"$build/tests/fuzz/fuzz_$target" "${extra[@]}" -max_total_time="$seconds" \
    -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 "$corpus" "$seeds"
