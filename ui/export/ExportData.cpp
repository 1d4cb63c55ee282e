#include "export/ExportData.h"

#include "document/QtConvert.h"

#include <QCoreApplication>

namespace ct::ui {

QString ExportSource::citation() const {
    QString text = title;
    if (!source.isEmpty())
        text += QStringLiteral(" — ") + source;
    if (published.isValid())
        text += QStringLiteral(", ") + published.toString(Qt::ISODate);
    return text;
}

Result<ExportData> ExportData::load(Store& store, const EventQuery& query) {
    auto entries = store.timelineEntries(query);
    if (!entries)
        return entries.error();
    auto articles = store.articles();
    if (!articles)
        return articles.error();
    auto names = laneNames(store, *articles);
    if (!names)
        return names.error();
    ExportData data;
    data.entries = std::move(*entries);
    data.names = std::move(*names);
    data.sources = sourcesOf(*articles);
    return data;
}

Result<TimelineLaneNames> ExportData::laneNames(Store& store,
                                                const std::vector<Article>& articles) {
    TimelineLaneNames names;
    auto actors = store.actorNames();
    if (!actors)
        return actors.error();
    for (const auto& [id, name] : *actors)
        names.actors.insert(id, qs(name));
    auto places = store.placeNames();
    if (!places)
        return places.error();
    for (const auto& [id, name] : *places)
        names.places.insert(id, qs(name));
    auto extraActors = store.extraActorLanes();
    if (!extraActors)
        return extraActors.error();
    names.extraActors =
        std::make_shared<const std::vector<LaneMembership>>(std::move(*extraActors));
    auto extraPlaces = store.extraPlaceLanes();
    if (!extraPlaces)
        return extraPlaces.error();
    names.extraPlaces =
        std::make_shared<const std::vector<LaneMembership>>(std::move(*extraPlaces));
    for (const Article& article : articles)
        names.articles.insert(qint32(article.id),
                              qs(article.title.empty() ? article.fileName : article.title));
    return names;
}

std::vector<ExportSource> ExportData::sourcesOf(const std::vector<Article>& articles) {
    std::vector<ExportSource> sources;
    sources.reserve(articles.size());
    for (const Article& article : articles) {
        ExportSource s;
        s.articleId = qint32(article.id);
        s.title = qs(article.title.empty() ? article.fileName : article.title);
        s.source = qs(article.source);
        s.published = toQDate(article.published);
        sources.push_back(std::move(s));
    }
    return sources;
}

std::vector<TimelineEntry> ExportData::entriesOf(const TimelineRenderer& renderer) {
    const TimelineIndex& index = renderer.index();
    std::vector<TimelineEntry> entries;
    entries.reserve(index.size());
    constexpr std::size_t kBatch = 50'000; // below the titles cache's bound
    std::vector<std::uint32_t> batch;
    for (std::size_t first = 0; first < index.size(); first += kBatch) {
        batch.clear();
        for (std::size_t i = first; i < std::min(index.size(), first + kBatch); ++i)
            batch.push_back(static_cast<std::uint32_t>(i));
        renderer.titles().prefetch(index, batch);
        for (const std::uint32_t i : batch) {
            const TimelineSpan& s = index.at(i);
            TimelineEntry e;
            e.id = s.id;
            e.start = s.start;
            e.end = s.end;
            e.precision = s.precision;
            e.fuzzy = s.fuzzy;
            e.userEdited = s.userEdited;
            e.articleId = s.articleId;
            e.actorId = s.actorId;
            e.placeId = s.placeId;
            e.dateDisputed = s.dateDisputed;
            e.sourceCount = s.sourceCount;
            e.title = renderer.title(i).toStdString();
            entries.push_back(std::move(e));
        }
    }
    return entries;
}

} // namespace ct::ui
