#!/usr/bin/env bash
# Rewrites the golden image the export tests compare against
# (tests/data/golden/sample-actor-1200x360.png), after a change to the drawing that is meant.
# Look at the new picture before committing it.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${BUILD_DIR:-$here/build}"
cmake --build "$build" --target tst_image_exporter
CT_UPDATE_GOLDEN=1 QT_QPA_PLATFORM=offscreen "$build/tests/tst_image_exporter" sampleMatchesTheGoldenImage
echo "wrote $here/tests/data/golden/sample-actor-1200x360.png"
