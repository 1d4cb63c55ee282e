#include "store/pg/PgImportCache.h"

#include <algorithm>
#include <charconv>
#include <utility>

namespace ct::pgimport {

namespace {

// The event as takeReads builds it from its row and links: only the columns read, each name
// once (links are by distinct id), so that a kept event is exactly what reading it would give.
// Taken from the plan, which is done with it: its texts are moved, not copied (copying each
// held event back was ~0.45 ms of an article's client CPU at 1,000 articles).
Event asRead(Event&& e, std::int64_t id) {
    Event out;
    out.id = id;
    out.articleId = e.articleId;
    out.when = e.when;
    out.title = std::move(e.title);
    out.sentence = std::move(e.sentence);
    out.sentenceBegin = e.sentenceBegin;
    out.sentenceEnd = e.sentenceEnd;
    out.dateText = std::move(e.dateText);
    out.resolution = std::move(e.resolution);
    out.confidence = e.confidence;
    out.userCreated = e.userCreated;
    out.userEdited = e.userEdited;
    for (const auto& [from, to] :
         {std::pair(&e.actors, &out.actors), std::pair(&e.places, &out.places)})
        for (std::string& n : *from)
            if (!n.empty() && std::find(to->begin(), to->end(), n) == to->end())
                to->push_back(std::move(n));
    return out;
}

} // namespace

ImportCache::ImportCache(std::size_t maxReports) : m_maxReports(maxReports) {}

std::vector<std::int64_t> idsOfArray(std::string_view array) {
    std::vector<std::int64_t> ids;
    const char* p = array.data();
    const char* const end = p + array.size();
    while (p < end) {
        if (*p == '-' || (*p >= '0' && *p <= '9')) {
            std::int64_t id = 0;
            p = std::from_chars(p, end, id).ptr;
            ids.push_back(id);
        } else {
            ++p; // braces and commas
        }
    }
    return ids;
}

std::size_t ImportCache::classOf(DayNumber start, DayNumber end) {
    std::size_t c = 0;
    for (std::uint64_t length = std::uint64_t(std::max<DayNumber>(end - start, 0)); length;
         length >>= 1)
        ++c;
    return c; // 0 for a single day, 1 for two, 2 for three or four…
}

void ImportCache::index(std::int64_t id, const Kept& kept) {
    const std::size_t c = classOf(kept.start, kept.end);
    if (m_byClass.size() <= c)
        m_byClass.resize(c + 1);
    m_byClass[c].emplace(kept.start, id);
}

void ImportCache::unindex(std::int64_t id, const Kept& kept) {
    ByStart& byStart = m_byClass.at(classOf(kept.start, kept.end));
    for (auto [it, end] = byStart.equal_range(kept.start); it != end; ++it)
        if (it->second == id) {
            byStart.erase(it);
            return;
        }
}

void ImportCache::erase(std::unordered_map<std::int64_t, Kept>::iterator it) {
    m_reports -= it->second.held.rows.size();
    unindex(it->first, it->second);
    m_events.erase(it);
}

void ImportCache::known(const std::vector<std::pair<DayNumber, DayNumber>>& spans,
                        std::vector<std::int64_t>& ids, std::vector<std::int64_t>& xmins) const {
    const std::size_t before = ids.size();
    for (std::size_t c = 0; c < m_byClass.size(); ++c) {
        // Class c's events are shorter than 2^c days: one meeting `first` starts after this.
        const DayNumber reach = c == 0 ? 0 : DayNumber((std::int64_t(1) << c) - 1);
        for (const auto& [first, last] : spans)
            for (auto it = m_byClass[c].lower_bound(first - reach);
                 it != m_byClass[c].end() && it->first <= last; ++it)
                if (m_events.at(it->second).end >= first)
                    ids.push_back(it->second);
    }
    // An event meeting two of the spans is sent once.
    std::sort(ids.begin() + std::ptrdiff_t(before), ids.end());
    ids.erase(std::unique(ids.begin() + std::ptrdiff_t(before), ids.end()), ids.end());
    for (std::size_t i = before; i < ids.size(); ++i)
        xmins.push_back(m_events.at(ids[i]).held.xmin);
}

bool ImportCache::take(std::int64_t id, Held& held) {
    const auto it = m_events.find(id);
    if (it == m_events.end())
        return false;
    m_reports -= it->second.held.rows.size();
    unindex(it->first, it->second);
    held = std::move(it->second.held);
    held.storedStart = it->second.start;
    held.storedEnd = it->second.end;
    m_events.erase(it);
    return true;
}

void ImportCache::drop(std::int64_t id) {
    if (const auto it = m_events.find(id); it != m_events.end())
        erase(it);
    candidates.remove(id);
}

void ImportCache::keep(Plan& plan) {
    const auto idOf = [&plan](std::int64_t id) {
        return id >= kProvisional ? plan.reservedIds[std::size_t(id - kProvisional)] : id;
    };
    for (auto& [id, h] : plan.held) {
        const std::int64_t eventId = idOf(id);
        const auto written = plan.writtenXmins.find(eventId);
        const std::int64_t xmin = written != plan.writtenXmins.end() ? written->second : h.xmin;
        if (xmin == 0) { // not known how the server has it: read it again when needed
            candidates.remove(id);
            continue;
        }
        Held kept;
        kept.event = asRead(std::move(h.event), eventId);
        kept.storedActors = kept.event.actors.size(); // as written (or read)
        kept.storedPlaces = kept.event.places.size();
        kept.xmin = xmin;
        kept.rows = std::move(h.rows);
        for (store::ReportWithPrint& row : kept.rows) {
            row.report.eventId = eventId;
            const std::int64_t provisional = row.report.id;
            if (provisional < kProvisional)
                continue;
            row.report.id = plan.reservedReportIds[std::size_t(provisional - kProvisional)];
        }
        if (id != eventId)
            candidates.renamed(id, eventId);
        if (const auto old = m_events.find(eventId); old != m_events.end())
            erase(old);
        m_reports += kept.rows.size();
        const DayNumber start = toDayNumber(kept.event.when.start);
        const DayNumber end = toDayNumber(kept.event.when.end);
        const auto it =
            m_events.emplace(eventId, Kept{std::move(kept), start, end, ++m_uses}).first;
        index(eventId, it->second);
    }
    plan.held.clear();
    actorIds.insert(plan.actorIds.begin(), plan.actorIds.end());
    placeIds.insert(plan.placeIds.begin(), plan.placeIds.end());
    if (m_reports > m_maxReports)
        evict();
}

void ImportCache::evict() {
    // Down to three quarters of the cap, so that it runs once per quarter's growth; the events
    // no article has held for longest go first (a story imported in date order keeps the days
    // it is at). The names' ids stay: they are the server's, and never change.
    std::vector<std::pair<std::uint64_t, std::int64_t>> byUse;
    byUse.reserve(m_events.size());
    for (const auto& [id, kept] : m_events)
        byUse.emplace_back(kept.used, id);
    std::sort(byUse.begin(), byUse.end());
    const std::size_t target = m_maxReports - m_maxReports / 4;
    for (const auto& [used, id] : byUse) {
        if (m_reports <= target)
            break;
        drop(id);
    }
}

void ImportCache::rewritten(std::int64_t id, std::int64_t xmin) {
    if (const auto it = m_events.find(id); it != m_events.end())
        it->second.held.xmin = xmin;
}

void ImportCache::clear() {
    m_events.clear();
    m_byClass.clear();
    m_reports = 0;
    actorIds.clear();
    placeIds.clear();
    candidates.clear();
}

} // namespace ct::pgimport
