#include "formats/html/HtmlDocument.h"

#include <algorithm>
#include <array>
#include <cctype>

namespace ct::html {

void HtmlDocument::OutputDeleter::operator()(GumboOutput* output) const {
    gumbo_destroy_output(&kGumboDefaultOptions, output);
}

namespace {

bool isVoidElement(std::string_view name) {
    static constexpr std::array<std::string_view, 16> kVoid = {
        "area", "base", "br",    "col",    "embed", "hr",  "img",    "input",
        "link", "meta", "param", "source", "track", "wbr", "keygen", "basefont"};
    return std::find(kVoid.begin(), kVoid.end(), name) != kVoid.end();
}

} // namespace

int estimatedNesting(std::string_view markup) {
    int depth = 0;
    int deepest = 0;
    std::string name;
    for (std::size_t i = 0; i + 1 < markup.size(); ++i) {
        if (markup[i] != '<')
            continue;
        const bool closing = markup[i + 1] == '/';
        std::size_t j = i + (closing ? 2 : 1);
        name.clear();
        while (j < markup.size() && std::isalnum(static_cast<unsigned char>(markup[j])) &&
               name.size() < 10)
            name += char(std::tolower(static_cast<unsigned char>(markup[j++])));
        if (name.empty() || !std::isalpha(static_cast<unsigned char>(name[0])))
            continue;
        if (closing)
            depth = std::max(0, depth - 1);
        else if (!isVoidElement(name))
            deepest = std::max(deepest, ++depth);
    }
    return deepest;
}

Result<HtmlDocument> HtmlDocument::parse(std::string utf8, const std::string& fileName) {
    if (estimatedNesting(utf8) > kMaxNesting)
        return makeError(Error::Code::InvalidInput, fileName +
                                                        ": markup nested too deeply (more than " +
                                                        std::to_string(kMaxNesting) + " levels)");
    auto text = std::make_unique<const std::string>(std::move(utf8));
    GumboOptions options = kGumboDefaultOptions;
    options.max_errors = 0; // parse errors are normal on the web; do not collect them
    GumboOutput* raw = gumbo_parse_with_options(&options, text->data(), text->size());
    if (!raw || !raw->root)
        return makeError(Error::Code::InvalidInput, fileName + ": the HTML parser gave up");
    std::unique_ptr<GumboOutput, OutputDeleter> output(raw);
    return HtmlDocument(std::move(text), std::move(output));
}

} // namespace ct::html
