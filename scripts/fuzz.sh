#!/usr/bin/env bash
# Builds a libFuzzer target with clang (address + undefined sanitizers) and
# runs it for the given number of seconds (default 600).
#   scripts/fuzz.sh [SECONDS] [article|html]
# Findings land in build-fuzz/findings/; turn each into a regression file under
# tests/fuzz/regressions/ (article) or tests/fuzz/html-regressions/ (html).
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
case "$target" in
    article) seeds="$here/tests/fuzz/corpus"; dict="$here/tests/fuzz/dates.dict" ;;
    html) seeds="$here/tests/fuzz/html-corpus"; dict="$here/tests/fuzz/html.dict" ;;
    *) echo "unknown fuzz target: $target" >&2; exit 2 ;;
esac
mkdir -p "$build/corpus-$target" "$build/findings"
cd "$build/findings"
"$build/tests/fuzz/fuzz_$target" -dict="$dict" -max_total_time="$seconds" \
    -max_len=65536 -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 "$build/corpus-$target" "$seeds"
