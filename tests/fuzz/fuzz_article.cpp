// libFuzzer target over the whole text pipeline. Any crash, sanitizer report,
// or broken invariant (see PipelineCheck) is a finding; each finding goes to
// tests/fuzz/regressions/ and replays in CI through tst_fuzz_regressions.
#include "PipelineCheck.h"

#include <cstdio>
#include <cstdlib>

namespace {

const ct::Gazetteer& gazetteer() {
    static const ct::Gazetteer g = [] {
        auto loaded = ct::Gazetteer::load(CT_SOURCE_DIR "/resources/gazetteer.tsv");
        if (!loaded)
            std::abort();
        return std::move(*loaded);
    }();
    return g;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string broken = ct::fuzz::checkPipeline(data, size, gazetteer());
    if (!broken.empty()) {
        std::fprintf(stderr, "invariant broken: %s\n", broken.c_str());
        std::abort();
    }
    return 0;
}
