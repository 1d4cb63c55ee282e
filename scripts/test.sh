#!/usr/bin/env bash
# Installs what is missing, builds, and runs the whole test suite headless:
# first a normal build (build/), then the same suite built with
# AddressSanitizer and UndefinedBehaviorSanitizer (build-asan/).
# CT_SANITIZERS=off skips the second run, CT_SANITIZERS=only runs just it.
# Then the Release build (build-release/, -O3 with -Werror: what a packager compiles) is
# packaged as a .deb and the package checked (scripts/check-package.sh);
# CT_RELEASE=off skips that, CT_RELEASE=only runs just it.
# Extra arguments go to ctest (e.g. -R tst_event_store).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$here/scripts/deps.sh"
export QT_QPA_PLATFORM=offscreen
export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-$(mktemp -d)}"
chmod 700 "$XDG_RUNTIME_DIR"
mode="${CT_SANITIZERS:-on}"
release="${CT_RELEASE:-on}"
[ "$release" != only ] || mode=skip

suite() { # build dir, cmake args, ctest args...
    local build="$1" args="$2"
    shift 2
    BUILD_DIR="$build" CMAKE_ARGS="$args" "$here/scripts/build.sh"
    (cd "$build" && ctest --output-on-failure --parallel "$(nproc)" --timeout 1500 "$@")
}

if [ "$mode" != only ] && [ "$mode" != skip ]; then
    suite "${BUILD_DIR:-$here/build}" "${CMAKE_ARGS:-}" "$@"
fi
if [ "$mode" != off ] && [ "$mode" != skip ]; then
    export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:strict_string_checks=1:detect_stack_use_after_return=1"
    export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
    export LSAN_OPTIONS="suppressions=$here/tests/sanitizers/lsan.supp:print_suppressions=0"
    # The benchmark program is measured in the normal build; under ASan it only costs build time.
    suite "$here/build-asan" "-DCT_SANITIZE=ON -DCT_BUILD_BENCH=OFF" "$@"
fi
if [ "$release" != off ]; then
    start=$SECONDS
    deb="$("$here/scripts/package.sh" | tail -n 1)"
    echo "Release build and package: $((SECONDS - start)) s"
    "$here/scripts/check-package.sh" "$deb"
fi
