// libFuzzer target over the web page readers (HTML and MHTML): charset detection, the
// HTML5 parser, content scoring, metadata and MIME decoding. Any crash, sanitizer report
// or broken promise (see HtmlCheck) is a finding; findings go to tests/fuzz/html-regressions/
// and replay in CI through tst_fuzz_regressions.
#include "HtmlCheck.h"

#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string broken = ct::fuzz::checkHtmlReaders(data, size);
    if (!broken.empty()) {
        std::fprintf(stderr, "invariant broken: %s\n", broken.c_str());
        std::abort();
    }
    return 0;
}
