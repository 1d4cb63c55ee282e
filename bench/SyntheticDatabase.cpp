#include "SyntheticDatabase.h"

#include "common/Sha256.h"
#include "store/EventStore.h"
#include "synth/EventGenerator.h"

#include <algorithm>
#include <string>

namespace ct::bench {
namespace {

Event event(const std::string& title, const char* day, std::vector<std::string> actors,
            std::vector<std::string> places) {
    Event e;
    e.when = DateSpan{*parseIsoDate(day), *parseIsoDate(day), Precision::Day, false};
    e.title = title;
    e.sentence = title + ".";
    e.sentenceEnd = std::int64_t(e.sentence.size());
    e.resolution = "generated";
    e.actors = std::move(actors);
    e.places = std::move(places);
    return e;
}

} // namespace

Result<void> writeSyntheticDatabase(const std::filesystem::path& path, std::size_t events,
                                    std::size_t articles) {
    std::error_code ignored;
    std::filesystem::remove(path, ignored);
    auto store = EventStore::open(path, EventStore::Mode::ReadWriteCreate);
    if (!store)
        return store.error();
    std::vector<Event> all = EventGenerator(1).generate(events);
    // Articles take consecutive runs of start-ordered events, as reports cover a period.
    std::sort(all.begin(), all.end(),
              [](const Event& a, const Event& b) { return a.when.start < b.when.start; });
    articles = std::max<std::size_t>(1, std::min(articles, std::max<std::size_t>(1, events)));
    const std::size_t per = (all.size() + articles - 1) / articles;
    for (std::size_t a = 0; a < articles && (a == 0 || a * per < all.size()); ++a) {
        const auto first = all.begin() + std::ptrdiff_t(std::min(all.size(), a * per));
        const auto last = all.begin() + std::ptrdiff_t(std::min(all.size(), (a + 1) * per));
        std::vector<Event> chunk(std::make_move_iterator(first), std::make_move_iterator(last));
        Article article;
        article.title = "Synthetic situation report " + std::to_string(a + 1);
        article.source = "EventGenerator";
        article.fileName = "synthetic-" + std::to_string(a + 1) + ".txt";
        article.published = chunk.empty() ? Date(2022, 1, 8) : chunk.back().when.end;
        article.text = article.title;
        article.contentHash = sha256Hex(article.fileName);
        if (auto added = store->addArticle(article, chunk); !added)
            return added.error();
    }
    Article foreign;
    foreign.title = "Καζακστάν: συνομιλία Πούτιν – Τοκάγεφ";
    foreign.source = "ΑΠΕ-ΜΠΕ";
    foreign.fileName = "non-latin.txt";
    foreign.published = Date(2022, 1, 8);
    foreign.text = foreign.title;
    foreign.contentHash = sha256Hex(foreign.fileName);
    std::vector<Event> foreignEvents = {
        event("Путин и Токаев провели телефонный разговор", "2022-01-08",
              {"Владимир Путин", "Касым-Жомарт Токаев"}, {"Москва"}),
        event("Συνεδρίαση του ΟΣΣΑ για το Καζακστάν", "2022-01-10", {"ΟΣΣΑ"}, {"Καζακστάν"}),
    };
    if (auto added = store->addArticle(foreign, foreignEvents); !added)
        return added.error();
    return {};
}

} // namespace ct::bench
