#include "cli/ExportCommand.h"

#include "cli/CliContext.h"
#include "document/QtConvert.h"
#include "export/ImageExporter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace ct::cli {
namespace {

using ui::ExportFormat;
using ui::ExportOptions;

// lupdate files a free tr() in namespace ct::cli under the context "ct::cli"; the lookup
// must use the same context or the translation is never found.
QString tr(const char* text) {
    return QCoreApplication::translate("ct::cli", text);
}

// Usage errors exit with 2 like the other commands; a failed write with 1.
int usage(const QString& message) {
    CliContext::err(QStringLiteral("crisis-timeline export: ") + message);
    return 2;
}

// A whole number >= 0 into `out`; false leaves `out` alone.
bool readCount(const QString& text, int& out) {
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok || value < 0)
        return false;
    out = value;
    return true;
}

} // namespace

int runExportCommand(const QStringList& arguments) {
    CliContext cli(QStringLiteral("export"),
                   tr("Writes the timeline as an image: PNG, SVG or PDF, chosen by the "
                      "extension of --out. The database is only read."));
    const ExportOptions defaults;
    const QCommandLineOption outOption(QStringLiteral("out"),
                                       tr("The image to write: .png, .svg or .pdf."), tr("PATH"));
    const QCommandLineOption widthOption(
        QStringLiteral("width"), tr("Width in pixels (PNG, SVG); default %1.").arg(defaults.width),
        tr("PX"));
    const QCommandLineOption heightOption(
        QStringLiteral("height"),
        tr("Height in pixels (PNG, SVG); default: as tall as the lanes need."), tr("PX"));
    const QCommandLineOption scaleOption(
        QStringLiteral("scale"),
        tr("PNG pixels per pixel, e.g. 2 or 3 for print; the image is width×scale wide."), tr("N"));
    const QCommandLineOption fromOption(QStringLiteral("from"),
                                        tr("First day shown; default: the first event."),
                                        QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption toOption(QStringLiteral("to"),
                                      tr("Last day shown; default: the last event."),
                                      QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption lanesOption(
        QStringLiteral("lanes"),
        tr("One lane per actor, place or article, or none; an event with several actors "
           "(places) is in each one's lane, unless actor-first (place-first) is given."),
        QStringLiteral("none|actor|actor-first|place|place-first|article"), QStringLiteral("none"));
    const QCommandLineOption titleOption(QStringLiteral("title"), tr("A title above the timeline."),
                                         tr("TEXT"));
    const QCommandLineOption themeOption(QStringLiteral("theme"), tr("Colours."),
                                         QStringLiteral("light|dark"), QStringLiteral("light"));
    const QCommandLineOption pageSizeOption(
        QStringLiteral("page-size"),
        tr("PDF page: %1.").arg(ExportOptions::pageSizeNames().join(QStringLiteral(", "))),
        tr("SIZE"), QStringLiteral("A4"));
    const QCommandLineOption orientationOption(
        QStringLiteral("orientation"), tr("PDF page orientation."),
        QStringLiteral("landscape|portrait"), QStringLiteral("landscape"));
    const QCommandLineOption pagesOption(
        QStringLiteral("pages"),
        tr("PDF: split the range across N pages; 1 (default) fits it on one."), tr("N"));
    const QCommandLineOption queryOption(
        QStringLiteral("query"), tr("Only events whose title or sentence match (full-text)."),
        tr("TEXT"));
    const QCommandLineOption actorOption(QStringLiteral("actor"),
                                         tr("Only events naming this actor."), tr("NAME"));
    const QCommandLineOption placeOption(QStringLiteral("place"),
                                         tr("Only events naming this place."), tr("NAME"));
    const QCommandLineOption noLegendOption(QStringLiteral("no-legend"),
                                            tr("Leave out the legend of lanes."));
    const QCommandLineOption noAxisOption(QStringLiteral("no-axis"),
                                          tr("Leave out the time axis."));
    const QCommandLineOption noSourcesOption(QStringLiteral("no-sources"),
                                             tr("Leave out the footer citing the articles."));
    for (const auto* option : {&outOption, &widthOption, &heightOption, &scaleOption, &fromOption,
                               &toOption, &lanesOption, &titleOption, &themeOption, &pageSizeOption,
                               &orientationOption, &pagesOption, &queryOption, &actorOption,
                               &placeOption, &noLegendOption, &noAxisOption, &noSourcesOption})
        cli.parser().addOption(*option);
    if (const auto stop = cli.parse(arguments))
        return *stop;

    const QCommandLineParser& args = cli.parser();
    if (!args.isSet(outOption))
        return usage(tr("--out PATH is required (.png, .svg or .pdf)"));
    const QString out = args.value(outOption);
    const auto format = ExportOptions::formatForPath(out);
    if (!format) {
        const QString suffix = QFileInfo(out).suffix();
        return usage(suffix.isEmpty()
                         ? tr("%1: no file extension to tell the image format; use .png, .svg "
                              "or .pdf")
                               .arg(QDir::toNativeSeparators(out))
                         : tr("%1: unknown image format “.%2”; use .png, .svg or .pdf")
                               .arg(QDir::toNativeSeparators(out), suffix));
    }

    ExportOptions options;
    if (args.isSet(widthOption) && !readCount(args.value(widthOption), options.width))
        return usage(tr("--width %1: not a number of pixels").arg(args.value(widthOption)));
    if (args.isSet(heightOption) && !readCount(args.value(heightOption), options.height))
        return usage(tr("--height %1: not a number of pixels").arg(args.value(heightOption)));
    if (args.isSet(pagesOption) && !readCount(args.value(pagesOption), options.pages))
        return usage(tr("--pages %1: not a number of pages").arg(args.value(pagesOption)));
    if (args.isSet(scaleOption)) {
        bool ok = false;
        options.scale = args.value(scaleOption).toDouble(&ok);
        if (!ok)
            return usage(tr("--scale %1: not a number").arg(args.value(scaleOption)));
    }
    const auto lanes = ExportOptions::laneModeFromName(args.value(lanesOption));
    if (!lanes)
        return usage(tr("--lanes %1: use none, actor, actor-first, place, place-first or article")
                         .arg(args.value(lanesOption)));
    options.laneMode = *lanes;
    const QString theme = args.value(themeOption).toLower();
    if (theme != QLatin1String("light") && theme != QLatin1String("dark"))
        return usage(tr("--theme %1: use light or dark").arg(args.value(themeOption)));
    options.dark = theme == QLatin1String("dark");
    const auto pageSize = ExportOptions::pageSizeFromName(args.value(pageSizeOption));
    if (!pageSize)
        return usage(tr("--page-size %1: use one of %2")
                         .arg(args.value(pageSizeOption),
                              ExportOptions::pageSizeNames().join(QStringLiteral(", "))));
    options.pageSize = *pageSize;
    const QString orientation = args.value(orientationOption).toLower();
    if (orientation != QLatin1String("landscape") && orientation != QLatin1String("portrait"))
        return usage(
            tr("--orientation %1: use landscape or portrait").arg(args.value(orientationOption)));
    options.orientation =
        orientation == QLatin1String("portrait") ? QPageLayout::Portrait : QPageLayout::Landscape;
    options.title = args.value(titleOption);
    options.showLegend = !args.isSet(noLegendOption);
    options.showAxis = !args.isSet(noAxisOption);
    options.showSources = !args.isSet(noSourcesOption);

    EventQuery query;
    for (const auto& [option, target] :
         {std::pair{&fromOption, &query.from}, std::pair{&toOption, &query.to}}) {
        const auto date = cli.dateOption(*option);
        if (!date)
            return usage(QString::fromStdString(date.error().message));
        *target = *date;
    }
    if (query.from && query.to && *query.to < *query.from)
        return usage(
            tr("--to %1 is before --from %2").arg(args.value(toOption), args.value(fromOption)));
    query.text = args.value(queryOption).toStdString();
    query.actor = args.value(actorOption).toStdString();
    query.place = args.value(placeOption).toStdString();
    // Checked before the database is read: a typo should not cost a long load.
    options.fromDay = 0;
    options.toDay = 1;
    if (auto valid = ui::ImageExporter::validate(options, *format); !valid)
        return usage(QDir::toNativeSeparators(out) + QStringLiteral(": ") +
                     ui::qs(valid.error().message));

    // Exporting must never create or change the database.
    auto store = cli.openStore(Store::Mode::ReadOnly);
    if (!store) {
        CliContext::err(QStringLiteral("crisis-timeline export: ") + ui::qs(store.error().message));
        return 2;
    }
    auto data = ui::ExportData::load(**store, query);
    if (!data) {
        CliContext::err(QStringLiteral("crisis-timeline export: ") + ui::qs(data.error().message));
        return 1;
    }
    const ui::ImageExporter exporter(std::move(*data));
    // Given dates are shown exactly, whole days; a missing end takes the events' own.
    const auto whole = exporter.wholeRange();
    options.fromDay = query.from ? double(toDayNumber(*query.from)) : whole.first;
    options.toDay = query.to ? toDayNumber(*query.to) + 1.0 : whole.second;
    if (!(options.toDay > options.fromDay))
        options.toDay = options.fromDay + 1;
    const std::size_t count = exporter.eventCount({options.fromDay, options.toDay});
    if (count == 0)
        CliContext::err(tr("crisis-timeline export: warning: no events to show in %1")
                            .arg(QDir::toNativeSeparators(out)));

    if (auto written = exporter.write(out, options); !written) {
        CliContext::err(QStringLiteral("crisis-timeline export: ") +
                        ui::qs(written.error().message));
        return 1;
    }
    CliContext::out(tr("%1: %2 event(s)").arg(QDir::toNativeSeparators(out)).arg(count));
    return 0;
}

} // namespace ct::cli
