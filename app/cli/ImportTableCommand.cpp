#include "cli/ImportTableCommand.h"

#include "cli/CliContext.h"
#include "interchange/TableImporter.h"
#include "interchange_qt/TableFile.h"

#include <QCoreApplication>
#include <QElapsedTimer>

namespace ct::cli {
namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("cli", text);
}

QString presetNames() {
    QStringList names;
    for (const auto& preset : tablePresets())
        names << QString::fromStdString(preset->name());
    return names.join(QStringLiteral(", "));
}

} // namespace

int runImportTableCommand(const QStringList& arguments) {
    CliContext cli(
        QStringLiteral("import-table"),
        tr("Imports event data (CSV/TSV, TimelineJS JSON, Timeline .timeline) as events, "
           "each with its row as the report. The whole file is one transaction: an "
           "error leaves the database as it was.\n\n"
           "SPEC maps columns to roles: ROLE=COLUMN[+COLUMN…],… with the roles start, "
           "end, title, description, actors, places, source, precision, fuzzy, id; "
           "columns by header name or 1-based number; sep=; splits actor/place lists "
           "(comma, semicolon, pipe by name); dates=iso|day-month-name|month-name-day|"
           "day-first|month-first|compact|year fixes the date format (detected otherwise). "
           "Example: start=event_date,title=event_type,actors=actor1+actor2,"
           "description=notes,dates=day-first"));
    cli.parser().addPositionalArgument(QStringLiteral("FILE"),
                                       tr("The data set: .csv, .tsv, .json or .timeline."));
    const QCommandLineOption presetOption(
        QStringLiteral("preset"),
        tr("The file's layout: %1 (detected from the header otherwise).").arg(presetNames()),
        tr("NAME"));
    const QCommandLineOption mapOption(QStringLiteral("map"),
                                       tr("Which column plays which role (see above)."),
                                       QStringLiteral("SPEC"));
    const QCommandLineOption onErrorOption(
        QStringLiteral("on-error"),
        tr("skip (default): bad rows are reported and left out; "
           "stop: the first bad row stops the import, nothing is kept."),
        QStringLiteral("skip|stop"), QStringLiteral("skip"));
    const QCommandLineOption nameOption(QStringLiteral("name"),
                                        tr("The data set's name, shown as the reports' source "
                                           "(default: the preset's, or the file's name)."),
                                        tr("NAME"));
    for (const auto* option : {&presetOption, &mapOption, &onErrorOption, &nameOption})
        cli.parser().addOption(*option);
    cli.addAnalystOption();
    if (const auto stop = cli.parse(arguments))
        return *stop;
    const QString prefix = QStringLiteral("crisis-timeline import-table: ");
    const QStringList files = cli.parser().positionalArguments();
    if (files.size() != 1) {
        CliContext::err(prefix + tr("give one FILE to import"));
        return 2;
    }
    const QString onError = cli.parser().value(onErrorOption);
    if (onError != QLatin1String("skip") && onError != QLatin1String("stop")) {
        CliContext::err(prefix + tr("--on-error %1: use skip or stop").arg(onError));
        return 2;
    }
    const TablePreset* preset = nullptr;
    if (cli.parser().isSet(presetOption)) {
        preset = findTablePreset(cli.parser().value(presetOption).toStdString());
        if (!preset) {
            CliContext::err(prefix + tr("--preset %1: use one of %2")
                                         .arg(cli.parser().value(presetOption), presetNames()));
            return 2;
        }
    }
    const std::filesystem::path path = files.front().toStdString();
    auto file = TableFile::open(path, preset);
    if (!file) {
        CliContext::err(QString::fromStdString(file.error().message));
        return 1;
    }
    const auto& header = file->source->header();
    Result<ColumnMapping> mapping = makeError(Error::Code::InvalidInput, "");
    if (cli.parser().isSet(mapOption))
        mapping = ColumnMapping::fromSpec(cli.parser().value(mapOption).toStdString(), header);
    else if (file->preset)
        mapping = file->preset->mapping(header, header.size());
    else
        mapping = makeError(Error::Code::InvalidInput,
                            path.filename().string() +
                                ": no known layout in its header; give --map SPEC or --preset");
    if (!mapping) {
        CliContext::err(QString::fromStdString(mapping.error().message));
        return 2;
    }
    TableImportOptions options;
    options.onBadRow = onError == QLatin1String("stop") ? OnBadRow::Stop : OnBadRow::Skip;
    options.fileName = path.filename().string();
    options.dataSetName =
        cli.parser().isSet(nameOption) ? cli.parser().value(nameOption).toStdString()
        : file->preset && !cli.parser().isSet(mapOption) ? file->preset->dataSetName()
                                                         : options.fileName;
    auto store = cli.openStore(Store::Mode::ReadWriteCreate);
    if (!store) {
        CliContext::err(QString::fromStdString(store.error().message));
        return 2;
    }
    QElapsedTimer timer;
    timer.start();
    TableImporter importer(*mapping, options,
                           cli.parser().isSet(mapOption) ? nullptr : file->preset);
    const auto summary = importer.import(**store, *file->source);
    if (!summary) {
        CliContext::err(QString::fromStdString(summary.error().message));
        return 1;
    }
    for (const RowProblem& problem : summary->problems)
        CliContext::err(QStringLiteral("%1: line %2: %3")
                            .arg(QString::fromStdString(options.fileName))
                            .arg(problem.line)
                            .arg(QString::fromStdString(problem.reason)));
    if (summary->badRows > static_cast<std::int64_t>(summary->problems.size()))
        CliContext::err(
            tr("%1: … and %2 more bad rows")
                .arg(QString::fromStdString(options.fileName))
                .arg(summary->badRows - static_cast<std::int64_t>(summary->problems.size())));
    QString dates;
    if (summary->startDates.format)
        dates = QStringLiteral(", dates %1")
                    .arg(QString::fromLatin1(toText(*summary->startDates.format)));
    if (!summary->startDates.reason.empty())
        dates += QStringLiteral(" (%1)").arg(QString::fromStdString(summary->startDates.reason));
    CliContext::out(tr("%1: %2 events imported, %3 bad rows skipped%4 (%5 s)")
                        .arg(QString::fromStdString(options.fileName))
                        .arg(summary->imported)
                        .arg(summary->badRows)
                        .arg(dates)
                        .arg(timer.elapsed() / 1000.0, 0, 'f', 1));
    return 0;
}

} // namespace ct::cli
