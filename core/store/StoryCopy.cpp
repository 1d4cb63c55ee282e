// Copying a story between stores of either engine: read through the Store interface (plus the
// engine's storyKeys()), written by the target's loadStory() in one transaction.
#include "store/Store.h"

#include <set>

namespace ct {

Result<StoryDump> Store::dumpRows(const StoryPart* part) {
    StoryDump dump;
    auto keys = storyKeys();
    if (!keys)
        return keys.error();
    if (part) {
        for (std::int64_t id :
             std::set<std::int64_t>(part->articleIds.begin(), part->articleIds.end())) {
            auto full = article(id);
            if (!full && full.error().code == Error::Code::NotFound)
                continue;
            if (!full)
                return full.error();
            dump.articles.push_back(std::move(*full));
        }
        for (std::int64_t id :
             std::set<std::int64_t>(part->eventIds.begin(), part->eventIds.end())) {
            auto e = event(id);
            if (!e && e.error().code == Error::Code::NotFound)
                continue; // deleted since it was listed: the part says so by leaving it out
            if (!e)
                return e.error();
            dump.events.push_back(std::move(*e));
        }
    } else {
        auto listed = articles();
        if (!listed)
            return listed.error();
        for (const Article& a : *listed) {
            auto full = article(a.id); // with its text
            if (!full)
                return full.error();
            dump.articles.push_back(std::move(*full));
        }
        auto all = events({});
        if (!all)
            return all.error();
        dump.events = std::move(*all);
    }
    for (const Event& e : dump.events) {
        auto reported = reports(e.id);
        if (!reported)
            return reported.error();
        for (Report& r : *reported) {
            auto key = keys->reportKeys.find(r.id);
            if (key == keys->reportKeys.end())
                return makeError(Error::Code::Internal,
                                 location() + ": report #" + std::to_string(r.id) + " has no key");
            dump.reports.push_back({std::move(r), key->second});
        }
    }
    dump.decisions = std::move(keys->decisions);
    dump.chosenDates = std::move(keys->chosenDates);
    return dump;
}

Result<StoryDump> dumpStory(Store& store) {
    return store.dumpRows(nullptr);
}

Result<void> copyStory(Store& from, Store& to, bool replace) {
    auto dump = dumpStory(from);
    if (!dump)
        return dump.error();
    return to.loadStory(*dump, replace);
}

} // namespace ct
