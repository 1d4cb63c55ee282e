#include "document/QtConvert.h"
#include "document/TimelineDocument.h"

// The document's reads: straight to the store, a store error reported (reportError) and
// nothing returned.

namespace ct::ui {

std::vector<std::string> TimelineDocument::titles(const std::vector<std::int64_t>& ids) {
    if (!m_store)
        return std::vector<std::string>(ids.size());
    auto result = store()->titles(ids);
    if (!result) {
        reportError(result.error());
        return std::vector<std::string>(ids.size());
    }
    return std::move(*result);
}

std::vector<std::pair<std::int64_t, std::string>> TimelineDocument::allTitles() {
    if (!m_store)
        return {};
    auto result = store()->allTitles();
    if (!result) {
        reportError(result.error());
        return {};
    }
    return std::move(*result);
}

std::vector<std::pair<std::int64_t, double>> TimelineDocument::confidences() {
    if (!m_store)
        return {};
    auto result = store()->allConfidences();
    if (!result) {
        reportError(result.error());
        return {};
    }
    return std::move(*result);
}

std::map<std::int32_t, QString> TimelineDocument::laneKeyNames(bool actors) {
    std::map<std::int32_t, QString> out;
    if (!m_store)
        return out;
    auto names = actors ? store()->actorNames() : store()->placeNames();
    if (!names) {
        reportError(names.error());
        return out;
    }
    for (const auto& [id, name] : *names)
        out.emplace(id, qs(name));
    return out;
}

std::map<std::int64_t, std::string> TimelineDocument::articleTitles() {
    if (!m_store)
        return {};
    auto result = store()->articleTitles();
    if (!result) {
        reportError(result.error());
        return {};
    }
    return std::move(*result);
}

std::map<std::int64_t, Date> TimelineDocument::articlePublished() {
    if (!m_store)
        return {};
    auto result = store()->articles();
    if (!result) {
        reportError(result.error());
        return {};
    }
    std::map<std::int64_t, Date> out;
    for (const Article& article : *result)
        out.emplace(article.id, article.published);
    return out;
}

QSet<qint64> TimelineDocument::eventIdsNaming(bool actor, const QString& name) {
    QSet<qint64> ids;
    if (!m_store || name.isEmpty())
        return ids;
    auto names = actor ? store()->actorNames() : store()->placeNames();
    if (!names) {
        reportError(names.error());
        return ids;
    }
    for (const auto& [id, stored] : *names) {
        if (QString::compare(qs(stored), name, Qt::CaseInsensitive) != 0)
            continue;
        EventQuery query;
        (actor ? query.actor : query.place) = stored;
        auto spans = store()->timelineSpans(query);
        if (!spans) {
            reportError(spans.error());
            continue;
        }
        for (const auto& span : *spans)
            ids.insert(span.id);
    }
    return ids;
}

std::vector<Event> TimelineDocument::events(const EventQuery& query) {
    if (!m_store)
        return {};
    auto result = store()->events(query);
    if (!result) {
        reportError(result.error());
        return {};
    }
    return std::move(*result);
}

std::vector<TimelineEntry> TimelineDocument::timelineEntries(const EventQuery& query) {
    if (!m_store)
        return {};
    auto result = store()->timelineEntries(query);
    if (!result) {
        reportError(result.error());
        return {};
    }
    return std::move(*result);
}

std::optional<Event> TimelineDocument::event(qint64 id) {
    if (!m_store)
        return std::nullopt;
    auto result = store()->event(currentId(id));
    if (!result) {
        // A missing event is normal (deleted meanwhile); anything else is worth saying.
        if (result.error().code != Error::Code::NotFound)
            reportError(result.error());
        return std::nullopt;
    }
    return std::move(*result);
}

std::optional<Article> TimelineDocument::article(qint64 id) {
    if (!m_store || id <= 0)
        return std::nullopt;
    auto result = store()->article(id);
    if (!result) {
        if (result.error().code != Error::Code::NotFound)
            reportError(result.error());
        return std::nullopt;
    }
    return std::move(*result);
}

std::vector<Article> TimelineDocument::articles() {
    if (!m_store)
        return {};
    auto result = store()->articles();
    if (!result) {
        reportError(result.error());
        return {};
    }
    return std::move(*result);
}

std::optional<QSet<qint64>> TimelineDocument::search(const QString& text) {
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    QSet<qint64> ids;
    if (!m_store)
        return ids;
    EventQuery query;
    query.text = trimmed.toStdString();
    auto result = store()->timelineSpans(query); // ids are all it needs: no titles read
    if (!result) {
        // FTS syntax errors (a stray quote) are the user's typing, not a failure:
        // show no matches rather than a dialog per keystroke.
        if (result.error().code != Error::Code::InvalidInput)
            reportError(result.error());
        return ids;
    }
    for (const auto& entry : *result)
        ids.insert(entry.id);
    return ids;
}

std::vector<Report> TimelineDocument::reports(qint64 eventId) {
    if (!m_store || eventId == 0)
        return {};
    auto result = store()->reports(currentId(eventId));
    if (!result) {
        reportError(result.error());
        return {};
    }
    return std::move(*result);
}

} // namespace ct::ui
