#!/usr/bin/env bash
# Runs the test suite of already built build folders RUNS times each, in turn, while
# `stress` keeps every core busy: the proof that no test depends on the machine's speed.
#   scripts/stress-suite.sh RUNS BUILD_DIR... [-- or any ctest argument, e.g. -R NAME]
# Prints one line per run and a summary; exits 1 if any run failed. CT_STRESS_CPUS sets the
# number of busy workers (default: the number of cores). Sanitizer builds (a folder whose
# CMakeCache says CT_SANITIZE=ON) get the sanitizer options scripts/test.sh uses.
set -uo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runs="${1:?RUNS}"
shift
builds=()
while [ $# -gt 0 ] && [ -f "$1/CTestTestfile.cmake" ]; do
    builds+=("$(cd "$1" && pwd)")
    shift
done
[ ${#builds[@]} -gt 0 ] || { echo "name at least one built build folder" >&2; exit 2; }
[ "${1:-}" = "--" ] && shift

export QT_QPA_PLATFORM=offscreen
export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-$(mktemp -d)}"
chmod 700 "$XDG_RUNTIME_DIR"
# In its own process group, so that its workers end with it; a day at most, should this
# script itself be killed.
setsid stress --cpu "${CT_STRESS_CPUS:-$(nproc)}" --timeout 86400 >/dev/null 2>&1 &
stress_pid=$!
trap 'kill -- "-$stress_pid" 2>/dev/null; wait "$stress_pid" 2>/dev/null' EXIT

failed=0
logs="$(mktemp -d)"
for build in "${builds[@]}"; do
    env=()
    if grep -q '^CT_SANITIZE:BOOL=ON' "$build/CMakeCache.txt" 2>/dev/null; then
        env=(ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:strict_string_checks=1:detect_stack_use_after_return=1"
             UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
             LSAN_OPTIONS="suppressions=$here/tests/sanitizers/lsan.supp:print_suppressions=0")
    fi
    for i in $(seq 1 "$runs"); do
        log="$logs/$(basename "$build")-$i.log"
        start=$SECONDS
        if (cd "$build" && env "${env[@]}" ctest --output-on-failure --parallel "$(nproc)" \
                --timeout 1500 "$@") >"$log" 2>&1; then
            verdict=passed
        else
            verdict=FAILED
            failed=$((failed + 1))
        fi
        echo "$(basename "$build") run $i/$runs: $verdict in $((SECONDS - start)) s," \
            "$(grep -Eo '[0-9]+% tests passed, [0-9]+ tests failed out of [0-9]+' "$log")"
        [ $verdict = FAILED ] && grep -E 'FAIL!|\*\*\*Failed|Timeout|\(Failed\)' "$log" | head -20
    done
done
echo "$failed failed run(s); logs in $logs"
[ "$failed" -eq 0 ]
