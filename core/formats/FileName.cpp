#include "formats/FileName.h"

#include <cctype>

namespace ct {

std::string fileExtension(std::string_view fileName) {
    const auto cut = fileName.find_first_of("?#");
    if (cut != std::string_view::npos && fileName.find("://") != std::string_view::npos)
        fileName = fileName.substr(0, cut);
    const auto slash = fileName.find_last_of("/\\");
    const auto base = slash == std::string_view::npos ? fileName : fileName.substr(slash + 1);
    const auto dot = base.rfind('.');
    if (dot == std::string_view::npos || dot == 0)
        return {};
    std::string ext(base.substr(dot + 1));
    for (char& c : ext)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return ext;
}

} // namespace ct
