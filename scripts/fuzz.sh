#!/usr/bin/env bash
# Builds the libFuzzer target with clang (address + undefined sanitizers) and
# runs it for the given number of seconds (default 600). Findings land in
# build-fuzz/findings/; turn each into a regression file under tests/data/fuzz/.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
seconds="${1:-600}"
"$here/scripts/deps.sh"
dpkg-query -W -f='${Status}' clang-14 libclang-rt-14-dev 2>/dev/null | grep -c "install ok installed" | grep -q 2 ||
    { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends clang-14 libclang-rt-14-dev; }
build="$here/build-fuzz"
if [ ! -f "$build/build.ninja" ]; then
    CC=clang-14 CXX=clang++-14 cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCT_FUZZ=ON -DCT_WERROR=OFF
fi
cmake --build "$build" --target fuzz_article
mkdir -p "$build/corpus" "$build/findings"
cp -n "$here"/tests/fuzz/corpus/* "$build/corpus/" 2>/dev/null || true
cd "$build/findings"
"$build/tests/fuzz/fuzz_article" -dict="$here/tests/fuzz/dates.dict" -max_total_time="$seconds" \
    -max_len=65536 -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 "$build/corpus" "$here/tests/fuzz/corpus"
