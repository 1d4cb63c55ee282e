#pragma once

#include "extract/Gazetteer.h"

#include <cstddef>
#include <cstdint>
#include <string>

namespace ct::fuzz {

// Runs one input through the whole text pipeline (input policy, parsing,
// sentence splitting, date resolution, event extraction) and checks the
// invariants every stage promises. Returns what was broken, or "" when all
// held. Shared by the libFuzzer target and the regression test, so that a
// finding replays in CI exactly as the fuzzer saw it.
std::string checkPipeline(const std::uint8_t* data, std::size_t size, const Gazetteer& gazetteer);

} // namespace ct::fuzz
