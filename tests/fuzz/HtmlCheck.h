#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

namespace ct::fuzz {

// Runs one input through the HTML and MHTML readers and checks what they promise: an
// error names the file; an article has valid UTF-8 text, a title line first and paragraph
// ranges inside the text. Returns what was broken, or "" — shared by fuzz_html and
// tst_fuzz_regressions so a finding replays in CI as the fuzzer saw it.
std::string checkHtmlReaders(const std::uint8_t* data, std::size_t size);

} // namespace ct::fuzz
