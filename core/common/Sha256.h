#pragma once

#include <string>
#include <string_view>

namespace ct {
std::string sha256Hex(std::string_view data);
}
