// Copying a story between stores of either engine: read through the Store interface (plus the
// engine's storyKeys()), written by the target's loadStory() in one transaction.
#include "store/Store.h"

namespace ct {

Result<StoryDump> dumpStory(Store& store) {
    StoryDump dump;
    auto keys = store.storyKeys();
    if (!keys)
        return keys.error();
    auto articles = store.articles();
    if (!articles)
        return articles.error();
    for (const Article& listed : *articles) {
        auto full = store.article(listed.id); // with its text
        if (!full)
            return full.error();
        dump.articles.push_back(std::move(*full));
    }
    auto events = store.events({});
    if (!events)
        return events.error();
    dump.events = std::move(*events);
    for (const Event& e : dump.events) {
        auto reports = store.reports(e.id);
        if (!reports)
            return reports.error();
        for (Report& r : *reports) {
            auto key = keys->reportKeys.find(r.id);
            if (key == keys->reportKeys.end())
                return makeError(Error::Code::Internal, store.location() + ": report #" +
                                                            std::to_string(r.id) + " has no key");
            dump.reports.push_back({std::move(r), key->second});
        }
    }
    dump.decisions = std::move(keys->decisions);
    dump.chosenDates = std::move(keys->chosenDates);
    return dump;
}

Result<void> copyStory(Store& from, Store& to, bool replace) {
    auto dump = dumpStory(from);
    if (!dump)
        return dump.error();
    return to.loadStory(*dump, replace);
}

} // namespace ct
