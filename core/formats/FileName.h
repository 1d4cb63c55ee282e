#pragma once

#include <string>
#include <string_view>

namespace ct {

// The extension of a file name or URL path, lower case, without the dot ("pdf"); empty if none.
std::string fileExtension(std::string_view fileName);

} // namespace ct
