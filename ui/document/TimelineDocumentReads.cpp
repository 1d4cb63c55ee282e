#include "document/QtConvert.h"
#include "document/TimelineDocument.h"

#include <type_traits>

// The document's reads: straight to the store, a store error reported (reportError) and
// nothing returned.

namespace ct::ui {

namespace {

template <typename R> struct ReadValue;
template <typename T> struct ReadValue<Result<T>> { using type = T; };

// A missing event or article is normal (deleted meanwhile): not worth a dialog.
bool isNotFound(const Error& error) {
    return error.code == Error::Code::NotFound;
}

// FTS syntax errors (a stray quote) are the user's typing, not a failure: no matches rather
// than a dialog per keystroke.
bool isTyping(const Error& error) {
    return error.code == Error::Code::InvalidInput;
}

// Every read takes this one path: what `read` returns (as `Out` when given); without a store,
// or on an error, `fallback` — the error reported unless `normal` says it is one of those.
template <typename Out = void, typename Read,
          typename Value =
              std::conditional_t<std::is_void_v<Out>,
                                 typename ReadValue<std::invoke_result_t<Read, Store&>>::type, Out>>
Value readStore(TimelineDocument& document, Read read,
                std::type_identity_t<Value> fallback = Value(),
                bool (*normal)(const Error&) = nullptr) {
    Store* store = document.store();
    if (!store)
        return fallback;
    auto result = read(*store);
    if (!result) {
        if (!normal || !normal(result.error()))
            document.reportError(result.error());
        return fallback;
    }
    return Value(std::move(*result));
}

auto namesOf(bool actors) {
    return [actors](Store& store) { return actors ? store.actorNames() : store.placeNames(); };
}

} // namespace

std::vector<std::string> TimelineDocument::titles(const std::vector<std::int64_t>& ids) {
    return readStore(
        *this, [&](Store& store) { return store.titles(ids); },
        std::vector<std::string>(ids.size()));
}

std::vector<std::pair<std::int64_t, std::string>> TimelineDocument::allTitles() {
    return readStore(*this, [](Store& store) { return store.allTitles(); });
}

std::vector<std::pair<std::int64_t, double>> TimelineDocument::confidences() {
    return readStore(*this, [](Store& store) { return store.allConfidences(); });
}

std::map<std::int32_t, QString> TimelineDocument::laneKeyNames(bool actors) {
    std::map<std::int32_t, QString> out;
    for (const auto& [id, name] : readStore(*this, namesOf(actors)))
        out.emplace(id, qs(name));
    return out;
}

std::map<std::int64_t, std::string> TimelineDocument::articleTitles() {
    return readStore(*this, [](Store& store) { return store.articleTitles(); });
}

std::map<std::int64_t, Date> TimelineDocument::articlePublished() {
    std::map<std::int64_t, Date> out;
    for (const Article& article : articles())
        out.emplace(article.id, article.published);
    return out;
}

QSet<qint64> TimelineDocument::eventIdsNaming(bool actor, const QString& name) {
    QSet<qint64> ids;
    if (name.isEmpty())
        return ids;
    for (const auto& [id, stored] : readStore(*this, namesOf(actor))) {
        if (QString::compare(qs(stored), name, Qt::CaseInsensitive) != 0)
            continue;
        EventQuery query;
        (actor ? query.actor : query.place) = stored;
        for (const auto& span :
             readStore(*this, [&](Store& store) { return store.timelineSpans(query); }))
            ids.insert(span.id);
    }
    return ids;
}

std::vector<Event> TimelineDocument::events(const EventQuery& query) {
    return readStore(*this, [&](Store& store) { return store.events(query); });
}

std::vector<TimelineEntry> TimelineDocument::timelineEntries(const EventQuery& query) {
    return readStore(*this, [&](Store& store) { return store.timelineEntries(query); });
}

std::optional<Event> TimelineDocument::event(qint64 id) {
    return readStore<std::optional<Event>>(
        *this, [&](Store& store) { return store.event(currentId(id)); }, std::nullopt, isNotFound);
}

std::optional<Article> TimelineDocument::article(qint64 id) {
    if (id <= 0)
        return std::nullopt;
    return readStore<std::optional<Article>>(
        *this, [&](Store& store) { return store.article(id); }, std::nullopt, isNotFound);
}

std::vector<Article> TimelineDocument::articles() {
    return readStore(*this, [](Store& store) { return store.articles(); });
}

std::optional<QSet<qint64>> TimelineDocument::search(const QString& text) {
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    EventQuery query;
    query.text = trimmed.toStdString();
    QSet<qint64> ids;
    // Spans: ids are all it needs, no titles read.
    for (const auto& span : readStore(
             *this, [&](Store& store) { return store.timelineSpans(query); }, {}, isTyping))
        ids.insert(span.id);
    return ids;
}

std::vector<Report> TimelineDocument::reports(qint64 eventId) {
    if (eventId == 0)
        return {};
    return readStore(*this, [&](Store& store) { return store.reports(currentId(eventId)); });
}

} // namespace ct::ui
