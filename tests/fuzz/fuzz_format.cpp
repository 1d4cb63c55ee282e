// libFuzzer target for one family of format readers (CT_FUZZ_FORMAT: "PDF", "zip" for DOCX
// and ODT, "e-mail"). A crash, sanitizer report or broken FormatCheck invariant is a finding;
// findings go to tests/fuzz/formats/<family>/ and replay in CI (tst_format_fuzz_regressions).
#include "FormatCheck.h"

#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string broken = ct::fuzz::checkFormat(CT_FUZZ_FORMAT, data, size);
    if (!broken.empty()) {
        std::fprintf(stderr, "invariant broken: %s\n", broken.c_str());
        std::abort();
    }
    return 0;
}
