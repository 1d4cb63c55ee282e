// libFuzzer target over the whole text pipeline: input policy, article
// parsing, sentence splitting, date resolution and event extraction. Any crash,
// sanitizer report, or broken invariant (an event whose evidence offsets fall
// outside the article) is a finding.
#include "common/Date.h"
#include "extract/EventExtractor.h"
#include "extract/Gazetteer.h"
#include "temporal/TemporalResolver.h"
#include "text/ArticleFile.h"
#include "text/ArticleParser.h"
#include "text/SentenceSplitter.h"

#include <cstdint>
#include <cstdlib>
#include <string>

namespace {

const ct::Gazetteer& gazetteer() {
    static const ct::Gazetteer g = [] {
        auto loaded = ct::Gazetteer::load(CT_SOURCE_DIR "/resources/gazetteer.tsv");
        if (!loaded)
            std::abort();
        return std::move(*loaded);
    }();
    return g;
}

void check(bool condition) {
    if (!condition)
        std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size < 2)
        return 0;
    // The first two bytes choose the publication date, so that date
    // arithmetic near month, year and leap-day edges is exercised too.
    const int offset = (data[0] << 8 | data[1]) % 20000;
    const ct::Date published = ct::Date(1990, 1, 1) + boost::gregorian::days(offset);
    const std::string bytes(reinterpret_cast<const char*>(data + 2), size - 2);

    // The resolver must survive raw bytes even when the file policy would refuse them.
    const ct::TemporalResolver resolver(published);
    for (const auto& m : resolver.resolve(bytes, published)) {
        check(m.begin <= m.end && m.end <= bytes.size());
        check(!m.span.start.is_special() && !m.span.end.is_special());
        check(m.span.start <= m.span.end);
    }

    auto text = ct::ArticleFile::validate(bytes, "fuzz-input.txt", 1 << 20);
    if (!text)
        return 0;
    for (const auto& s : ct::SentenceSplitter::split(*text))
        check(s.begin <= s.end && s.end <= text->size());
    const ct::ParsedArticle parsed = ct::ArticleParser::parse(*text);
    for (const auto& block : parsed.blocks)
        check(block.begin <= block.end && block.end <= parsed.text.size());
    for (const auto& event : ct::EventExtractor(gazetteer()).extract(parsed, published)) {
        check(event.sentenceBegin >= 0 && event.sentenceBegin <= event.sentenceEnd);
        check(static_cast<std::size_t>(event.sentenceEnd) <= parsed.text.size());
        check(event.when.start <= event.when.end);
        check(event.title.size() <= 400);
    }
    return 0;
}
