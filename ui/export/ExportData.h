#pragma once

#include "common/Result.h"
#include "model/Article.h"
#include "model/TimelineEntry.h"
#include "store/Store.h"
#include "timeline/TimelineLaneNames.h"
#include "timeline/TimelineRenderer.h"

#include <QDate>
#include <QString>
#include <vector>

namespace ct::ui {

// An article as an exported picture cites it.
struct ExportSource {
    qint32 articleId = -1;
    QString title;
    QString source; // the article's "Source:" line; may be empty
    QDate published;

    // "Title — Source, 2022-01-08": dates in ISO form, the way the rest of the app writes them.
    QString citation() const;
};

// What an export draws: the events (already filtered), the names of their lanes and the
// articles to cite. The window fills it from what the timeline shows; the command line from
// the store.
struct ExportData {
    std::vector<TimelineEntry> entries;
    TimelineLaneNames names;
    std::vector<ExportSource> sources;

    static Result<ExportData> load(Store& store, const EventQuery& query = {});
    static Result<TimelineLaneNames> laneNames(Store& store, const std::vector<Article>& articles);
    static std::vector<ExportSource> sourcesOf(const std::vector<Article>& articles);
    // What a renderer holds, titles included (a large timeline's are read from the store
    // in batches, since the renderer keeps only those it labels).
    static std::vector<TimelineEntry> entriesOf(const TimelineRenderer& renderer);
};

} // namespace ct::ui
