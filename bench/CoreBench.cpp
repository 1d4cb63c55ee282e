#include "CoreBench.h"

#include "BenchReport.h"
#include "extract/EventExtractor.h"
#include "extract/Gazetteer.h"
#include "synth/ArticleGenerator.h"
#include "text/ArticleParser.h"
#include "text/SentenceSplitter.h"

#include <vector>

namespace ct::bench {
namespace {

const Gazetteer& gazetteer() {
    static const Gazetteer g = [] {
        auto loaded = Gazetteer::load(CT_SOURCE_DIR "/resources/gazetteer.tsv");
        require(loaded.ok(), "the gazetteer loads");
        return std::move(*loaded);
    }();
    return g;
}

} // namespace

void benchExtraction(const CoreSizes& sizes) {
    ArticleGenerator generator(1);
    std::vector<GeneratedArticle> articles;
    std::size_t sentences = 0;
    while (sentences < sizes.sentences) {
        articles.push_back(generator.next());
        sentences += SentenceSplitter::split(articles.back().text).size();
    }
    const EventExtractor extractor(gazetteer());
    std::size_t events = 0;
    const double t0 = nowMs();
    for (const auto& a : articles) {
        const ParsedArticle parsed = ArticleParser::parse(a.text);
        events += extractor.extract(parsed, a.published).size();
    }
    const double ms = nowMs() - t0;
    require(events > sentences / 4, "generated articles yield events");
    report("extract_sentences_per_s", sentences / (ms / 1000.0), "sentences/s");
    report("extract_events", double(events), "events");
}

} // namespace ct::bench
