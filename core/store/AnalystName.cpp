#include "store/AnalystName.h"

#include <cstdlib>

namespace ct {

namespace {

std::string_view trimmed(std::string_view text) {
    constexpr std::string_view kSpace = " \t\r\n";
    const auto first = text.find_first_not_of(kSpace);
    if (first == std::string_view::npos)
        return {};
    return text.substr(first, text.find_last_not_of(kSpace) - first + 1);
}

} // namespace

std::string resolveAnalystName(std::string_view explicitName, std::string_view configured,
                               std::string_view fallback) {
    const char* environment = std::getenv("CT_ANALYST");
    for (std::string_view candidate :
         {explicitName, std::string_view(environment ? environment : ""), configured}) {
        if (const auto name = trimmed(candidate); !name.empty())
            return std::string(name);
    }
    return std::string(trimmed(fallback));
}

} // namespace ct
