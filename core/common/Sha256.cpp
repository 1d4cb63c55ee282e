#include "common/Sha256.h"

namespace ct {

std::string sha256Hex(std::string_view) {
    return {};  // placeholder until the text branch lands
}

} // namespace ct
