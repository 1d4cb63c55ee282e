#include "cli/EventsCommand.h"

#include "cli/CliContext.h"
#include "interchange/EventWriter.h"
#include "io/EventTable.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <map>

namespace ct::cli {
namespace {

// lupdate files a free tr() in namespace ct::cli under the context "ct::cli"; the lookup
// must use the same context or the translation is never found.
QString tr(const char* text) {
    return QCoreApplication::translate("ct::cli", text);
}

} // namespace

int runEventsCommand(const QStringList& arguments) {
    CliContext cli(QStringLiteral("events"),
                   tr("Prints the events in the database as CSV (RFC 4180) or JSON, "
                      "ordered by date."));
    const QCommandLineOption fromOption(QStringLiteral("from"),
                                        tr("Only events overlapping this day or later."),
                                        QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption toOption(QStringLiteral("to"),
                                      tr("Only events overlapping this day or earlier."),
                                      QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption queryOption(
        QStringLiteral("query"), tr("Full-text search in titles and sentences."), tr("TEXT"));
    const QCommandLineOption actorOption(QStringLiteral("actor"),
                                         tr("Only events naming this actor."), tr("NAME"));
    const QCommandLineOption placeOption(QStringLiteral("place"),
                                         tr("Only events naming this place."), tr("NAME"));
    const QCommandLineOption formatOption(
        QStringLiteral("format"),
        tr("csv (default), json, ics (iCalendar), timelinejs (TimelineJS JSON) or timeline "
           "(the Timeline program's XML)."),
        tr("FORMAT"), QStringLiteral("csv"));
    const QCommandLineOption groupOption(
        QStringLiteral("group"),
        tr("TimelineJS groups / Timeline categories: none, actor, place or article."), tr("LANES"),
        QStringLiteral("none"));
    const QCommandLineOption minSourcesOption(
        QStringLiteral("min-sources"), tr("Only events reported by at least N distinct outlets."),
        QStringLiteral("N"));
    const QCommandLineOption reportsOption(
        QStringLiteral("reports"),
        tr("One CSV row per report (each article sentence or data set row telling of an "
           "event) instead of one per event."));
    for (const auto* option : {&fromOption, &toOption, &queryOption, &actorOption, &placeOption,
                               &formatOption, &groupOption, &minSourcesOption, &reportsOption})
        cli.parser().addOption(*option);
    if (const auto stop = cli.parse(arguments))
        return *stop;

    const QString format = cli.parser().value(formatOption);
    const EventWriter* writer = findEventWriter(format.toStdString());
    if (!writer) {
        CliContext::err(
            tr("crisis-timeline events: --format %1: use csv, json, ics, timelinejs or timeline")
                .arg(format));
        return 2;
    }
    const QString group = cli.parser().value(groupOption);
    EventWriteOptions writeOptions;
    if (group == QLatin1String("actor"))
        writeOptions.groupBy = EventWriteOptions::GroupBy::Actor;
    else if (group == QLatin1String("place"))
        writeOptions.groupBy = EventWriteOptions::GroupBy::Place;
    else if (group == QLatin1String("article"))
        writeOptions.groupBy = EventWriteOptions::GroupBy::Article;
    else if (group != QLatin1String("none")) {
        CliContext::err(
            tr("crisis-timeline events: --group %1: use none, actor, place or article").arg(group));
        return 2;
    }
    EventQuery query;
    for (const auto& [option, target] :
         {std::pair{&fromOption, &query.from}, {&toOption, &query.to}}) {
        const auto date = cli.dateOption(*option);
        if (!date) {
            CliContext::err(QStringLiteral("crisis-timeline events: ") +
                            QString::fromStdString(date.error().message));
            return 2;
        }
        *target = *date;
    }
    query.text = cli.parser().value(queryOption).toStdString();
    query.actor = cli.parser().value(actorOption).toStdString();
    query.place = cli.parser().value(placeOption).toStdString();
    if (cli.parser().isSet(minSourcesOption)) {
        bool ok = false;
        const int n = cli.parser().value(minSourcesOption).toInt(&ok);
        if (!ok || n < 1) {
            CliContext::err(tr("crisis-timeline events: --min-sources %1: give a whole number "
                               "of at least 1")
                                .arg(cli.parser().value(minSourcesOption)));
            return 2;
        }
        query.minSources = n;
    }
    const bool perReport = cli.parser().isSet(reportsOption);
    if (perReport && format != QLatin1String("csv")) {
        CliContext::err(tr("crisis-timeline events: --reports gives CSV; JSON has each event's "
                           "reports in its \"sources\" array"));
        return 2;
    }

    // Reading must never create or change the file.
    auto store = cli.openStore(Store::Mode::ReadOnly);
    if (!store) {
        CliContext::err(QString::fromStdString(store.error().message));
        return 2;
    }
    auto events = (*store)->events(query);
    const auto articles = (*store)->articles();
    if (!events || !articles) {
        CliContext::err(
            QString::fromStdString(!events ? events.error().message : articles.error().message));
        return 2;
    }
    if (format != QLatin1String("csv") || perReport)
        for (Event& e : *events) {
            auto reports = (*store)->reports(e.id);
            if (!reports) {
                CliContext::err(QString::fromStdString(reports.error().message));
                return 2;
            }
            e.reports = std::move(*reports);
        }
    if (perReport) {
        CliContext::writeRaw(EventTable::toReportsCsv(*events));
        return 0;
    }
    std::map<std::int64_t, std::string> titles;
    for (const Article& a : *articles)
        titles[a.id] = a.title;
    const auto articleTitle = [&titles](std::int64_t id) {
        const auto it = titles.find(id);
        return it == titles.end() ? std::string() : it->second;
    };
    if (format == QLatin1String("csv") || format == QLatin1String("json")) {
        CliContext::writeRaw(format == QLatin1String("json")
                                 ? EventTable::toJson(*events, articleTitle)
                                 : EventTable::toCsv(*events, articleTitle));
        return 0;
    }
    writeOptions.articleTitle = articleTitle;
    writeOptions.uidDomain =
        QFileInfo(cli.parser().value(cli.dbOption())).completeBaseName().toStdString() +
        ".crisis-timeline";
    CliContext::writeRaw(writer->write(*events, writeOptions));
    return 0;
}

} // namespace ct::cli
