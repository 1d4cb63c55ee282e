#include "PipelineCheck.h"

#include "common/Date.h"
#include "extract/EventExtractor.h"
#include "temporal/TemporalResolver.h"
#include "text/ArticleFile.h"
#include "text/ArticleParser.h"
#include "text/SentenceSplitter.h"

namespace ct::fuzz {

std::string checkPipeline(const std::uint8_t* data, std::size_t size, const Gazetteer& gazetteer) {
    if (size < 2)
        return {};
    // The first two bytes choose the publication date, so that date
    // arithmetic near month, year and leap-day edges is exercised too.
    const int offset = (data[0] << 8 | data[1]) % 20000;
    const Date published = Date(1990, 1, 1) + boost::gregorian::days(offset);
    const std::string bytes(reinterpret_cast<const char*>(data + 2), size - 2);

    // The resolver must survive raw bytes even when the file policy would refuse them.
    const TemporalResolver resolver(published);
    for (const auto& m : resolver.resolve(bytes, published)) {
        if (!(m.begin <= m.end && m.end <= bytes.size()))
            return "resolver: match offsets outside the text";
        if (m.span.start.is_special() || m.span.end.is_special())
            return "resolver: a special (invalid) date";
        if (!(m.span.start <= m.span.end))
            return "resolver: span ends before it starts";
    }

    auto text = ArticleFile::validate(bytes, "fuzz-input.txt", 1 << 20);
    if (!text)
        return {};
    for (const auto& s : SentenceSplitter::split(*text))
        if (!(s.begin <= s.end && s.end <= text->size()))
            return "splitter: sentence offsets outside the text";
    const ParsedArticle parsed = ArticleParser::parse(*text);
    for (const auto& block : parsed.blocks)
        if (!(block.begin <= block.end && block.end <= parsed.text.size()))
            return "parser: block offsets outside the text";
    for (const auto& event : EventExtractor(gazetteer).extract(parsed, published)) {
        if (!(event.sentenceBegin >= 0 && event.sentenceBegin <= event.sentenceEnd))
            return "extractor: evidence offsets reversed";
        if (static_cast<std::size_t>(event.sentenceEnd) > parsed.text.size())
            return "extractor: evidence outside the article";
        if (!(event.when.start <= event.when.end))
            return "extractor: event ends before it starts";
        if (event.title.size() > 400)
            return "extractor: title longer than 400 bytes";
        if (event.title.empty())
            return "extractor: empty title";
    }
    return {};
}

} // namespace ct::fuzz
