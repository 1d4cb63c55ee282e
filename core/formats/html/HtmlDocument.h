#pragma once

#include "common/Result.h"

#include <gumbo.h>
#include <memory>
#include <string>
#include <string_view>

namespace ct::html {

// One parsed page: owns gumbo's tree and the UTF-8 text it points into (gumbo keeps
// pointers into its input, so the text lives exactly as long as the tree).
class HtmlDocument {
  public:
    // Refuses markup nested deeper than a browser would lay out: gumbo's tree building
    // and teardown walk the open-element stack, so a million nested <div>s would take
    // hours or overflow the stack.
    static Result<HtmlDocument> parse(std::string utf8, const std::string& fileName);

    const GumboNode* root() const { return m_output->root; }
    const GumboNode* document() const { return m_output->document; }

    static constexpr int kMaxNesting = 20000;

  private:
    struct OutputDeleter {
        void operator()(GumboOutput* output) const;
    };
    HtmlDocument(std::unique_ptr<const std::string> text,
                 std::unique_ptr<GumboOutput, OutputDeleter> output)
        : m_text(std::move(text)), m_output(std::move(output)) {}

    std::unique_ptr<const std::string> m_text;
    std::unique_ptr<GumboOutput, OutputDeleter> m_output;
};

// The markup with the contents of <script> and <style> elements left out (JSON-LD scripts
// kept): more than half of a news page's bytes, which the parser would otherwise tokenize
// character by character only for the article reader to skip. The scan follows the
// tokenizer's rules for these raw-text elements: a comment is skipped whole, an element
// ends at the first "</script" / "</style".
std::string withoutScriptBodies(std::string_view markup);

// An estimate from below of how deep the markup nests: start tags minus end tags, void
// elements not counted. Cheap enough to run before the parser.
int estimatedNesting(std::string_view markup);

} // namespace ct::html
