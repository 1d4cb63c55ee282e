#include "cli/CopyCommand.h"

#include "cli/CliContext.h"
#include "store/Store.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace ct::cli {
namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("ct::cli", text);
}

} // namespace

int runCopyCommand(const QStringList& arguments) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Copies a story whole between a SQLite file and a PostgreSQL server story (either "
           "way): articles, events, reports, story decisions, chosen dates, user edits, who and "
           "when. One transaction on the target."));
    parser.addHelpOption();
    const QCommandLineOption from(QStringLiteral("from"),
                                  tr("The story to copy: a SQLite file or a server location "
                                     "(postgresql://user@host/db or a libpq connection string)."),
                                  tr("FILE|URI"));
    const QCommandLineOption to(QStringLiteral("to"), tr("Where to copy it (created if needed)."),
                                tr("FILE|URI"));
    const QCommandLineOption replace(QStringLiteral("replace"),
                                     tr("Replace the story the target already holds."));
    parser.addOption(from);
    parser.addOption(to);
    parser.addOption(replace);
    const QCommandLineOption analyst = CliContext::analystOption();
    parser.addOption(analyst);
    if (!parser.parse(arguments)) {
        CliContext::err(QStringLiteral("crisis-timeline copy: ") + parser.errorText());
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        CliContext::out(parser.helpText());
        return 0;
    }
    if (!parser.isSet(from) || !parser.isSet(to)) {
        CliContext::err(tr("crisis-timeline copy: --from and --to are required"));
        return 2;
    }
    auto source = openStore(parser.value(from).toStdString(), Store::Mode::ReadOnly);
    if (!source) {
        CliContext::err(QString::fromStdString(source.error().message));
        return 1;
    }
    auto target = openStore(parser.value(to).toStdString(), Store::Mode::ReadWriteCreate);
    if (!target) {
        CliContext::err(QString::fromStdString(target.error().message));
        return 1;
    }
    // The copy keeps who did what in the story; this is who the server's change feed names.
    CliContext::applyAnalyst(**target, parser.value(analyst));
    if (auto r = copyStory(**source, **target, parser.isSet(replace)); !r) {
        CliContext::err(QString::fromStdString(r.error().message));
        return 1;
    }
    const auto events = (*target)->eventCount();
    const auto articles = (*target)->articleCount();
    CliContext::out(tr("Copied %1 articles and %2 events to %3")
                        .arg(articles ? *articles : 0)
                        .arg(events ? *events : 0)
                        .arg(QString::fromStdString((*target)->location())));
    return 0;
}

} // namespace ct::cli
