#include "store/pg/PgImportCandidates.h"

#include "store/StoryRules.h"
#include "story/PlaceNames.h"

#include <algorithm>

namespace ct::pgimport {

story::ReportFeatures CandidateIndex::sentenceFeatures(const store::ReportWithPrint& row) {
    return story::featuresOf(row.report.sentence, {}, {});
}

store::StoryIndex::Report CandidateIndex::entryOf(const store::ReportWithPrint& row,
                                                  const story::ReportFeatures& sentence) {
    store::StoryIndex::Report entry =
        m_index.reportOf(sentence, row.report.when, row.fingerprint, row.key);
    // What the index's tally keeps besides the dates (first report, sources) is refreshEvent's
    // business on SQLite; here PgStore::refreshed works from Held's rows, so only the order is
    // given.
    entry.id = row.report.id;
    if (!row.report.published.is_special())
        entry.published = toDayNumber(row.report.published);
    return entry;
}

void CandidateIndex::follow(store::StoryIndex::Event& e, const Held& held) {
    // As the merger saw them (PgStore::addReport, story::featuresOf): actors, then places, each
    // once, in the event's order — a new name goes after those it had.
    e.names.clear();
    e.actorCount = 0;
    for (const auto& [list, prefix] :
         {std::pair(&held.event.actors, "@"), std::pair(&held.event.places, "#")})
        for (const std::string& n : *list) {
            if (n.empty())
                continue;
            const auto id = m_index.intern(*prefix == '#' ? story::placeTerm(n) : prefix + n);
            if (std::find(e.names.begin(), e.names.end(), id) != e.names.end())
                continue;
            e.names.push_back(id);
            e.actorCount += *prefix == '@' ? 1 : 0;
        }
    m_index.moveDays(e, toDayNumber(held.event.when.start), toDayNumber(held.event.when.end));
}

void CandidateIndex::add(std::int64_t id, const Held& held, const FeaturesOf& featuresOf) {
    m_index.remove(id);
    if (held.rows.empty())
        return;
    store::StoryIndex::Event e;
    e.id = id;
    e.start = toDayNumber(held.event.when.start);
    e.end = toDayNumber(held.event.when.end);
    e.userEdited = held.event.userEdited;
    e.reports.reserve(held.rows.size());
    for (const store::ReportWithPrint& row : held.rows)
        e.reports.push_back(entryOf(row, featuresOf(row)));
    if (store::StoryIndex::Event* added = m_index.add(std::move(e)))
        follow(*added, held);
}

void CandidateIndex::joined(std::int64_t id, const Held& held, const store::ReportWithPrint& row,
                            const story::ReportFeatures& sentence) {
    store::StoryIndex::Event* e = m_index.event(id);
    if (!e) { // cannot happen while it holds every held event with reports: build it whole
        add(id, held, [&](const store::ReportWithPrint& r) {
            return r.report.id == row.report.id ? sentence : sentenceFeatures(r);
        });
        return;
    }
    m_index.addReport(*e, entryOf(row, sentence));
    follow(*e, held);
}

std::vector<std::uint16_t> CandidateIndex::agedSexesOf(std::int64_t id, const Held& held) {
    if (const store::StoryIndex::Event* e = m_index.event(id); e && !e->reports.empty())
        return store::StoryIndex::agedSexesOf(*e);
    std::vector<std::uint16_t> out;
    for (const store::ReportWithPrint& row : held.rows)
        store::addAgedSexes(out, row.report.sentence);
    return out;
}

void CandidateIndex::bridged(std::int64_t kept, std::int64_t gone, const Held& held) {
    store::StoryIndex::Event* e = m_index.event(kept);
    if (!e) {
        m_index.remove(gone);
        add(kept, held);
        return;
    }
    m_index.absorb(*e, gone);
    follow(*e, held);
}

void CandidateIndex::renamed(std::int64_t from, std::int64_t to) {
    auto e = m_index.remove(from);
    if (!e)
        return;
    m_index.remove(to);
    e->id = to;
    m_index.add(std::move(*e));
}

story::MergeDecision
CandidateIndex::decide(const Report& report, const std::string& key, const std::string& fingerprint,
                       const story::ReportFeatures& sentence, const Event& asEvent,
                       const std::set<std::string>& apart, const std::set<std::string>& same) {
    // story::featuresOf(sentence, actors, places) from the sentence's own: the names follow its
    // terms, each once (no word of a sentence starts with '@' or '#').
    story::ReportFeatures features = sentence;
    const std::size_t sentenceTerms = features.terms.size();
    for (const auto& [list, prefix] :
         {std::pair(&asEvent.actors, "@"), std::pair(&asEvent.places, "#")})
        for (const std::string& n : *list) {
            if (n.empty())
                continue;
            std::string term = *prefix == '#' ? story::placeTerm(n) : prefix + n;
            if (std::find(features.terms.begin() + std::ptrdiff_t(sentenceTerms),
                          features.terms.end(), term) == features.terms.end())
                features.terms.push_back(std::move(term));
        }
    const std::size_t keyHash = std::hash<std::string>{}(key);
    const auto forbidden = [&](const store::StoryIndex::Report& other) {
        return (other.keyHash == keyHash && other.key == key) ||
               (!apart.empty() && apart.count(other.key) != 0);
    };
    const auto preferred = [&](const store::StoryIndex::Report& other) {
        return !same.empty() && same.count(other.key) != 0;
    };
    // Mostly neither can be true of any report: then no pool report is asked.
    const bool anyRuled = !apart.empty() || !same.empty() || m_index.mayHoldKey(keyHash);
    return m_index.decide(report.when, features, fingerprint, forbidden, preferred, anyRuled);
}

} // namespace ct::pgimport
