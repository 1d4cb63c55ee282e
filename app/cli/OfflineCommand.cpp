#include "cli/OfflineCommand.h"

#include "cli/CliContext.h"
#include "store/Store.h"
#include "store/offline/OfflineCopy.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace ct::cli {
namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("ct::cli", text);
}

} // namespace

int runOfflineCommand(const QStringList& arguments) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Takes an offline copy of a server story into a SQLite file, to work on without the "
           "network. Bring the changes back with: crisis-timeline sync --db FILE"));
    parser.addHelpOption();
    const QCommandLineOption from(QStringLiteral("from"),
                                  tr("The server story (postgresql://user@host/db or a libpq "
                                     "connection string)."),
                                  tr("URI"));
    const QCommandLineOption to(QStringLiteral("to"),
                                tr("The SQLite file to create (its base is kept beside it as "
                                   "FILE.base)."),
                                tr("FILE"));
    const QCommandLineOption replace(QStringLiteral("replace"),
                                     tr("Replace the story the file already holds."));
    parser.addOption(from);
    parser.addOption(to);
    parser.addOption(replace);
    if (!parser.parse(arguments)) {
        CliContext::err(QStringLiteral("crisis-timeline offline: ") + parser.errorText());
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        CliContext::out(parser.helpText());
        return 0;
    }
    if (!parser.isSet(from) || !parser.isSet(to)) {
        CliContext::err(tr("crisis-timeline offline: --from and --to are required"));
        return 2;
    }
    if (!isServerLocation(parser.value(from).toStdString())) {
        CliContext::err(tr("crisis-timeline offline: --from must be a server story; copy a "
                           "SQLite file with crisis-timeline copy"));
        return 2;
    }
    auto server = openStore(parser.value(from).toStdString(), Store::Mode::ReadOnly);
    if (!server) {
        CliContext::err(QString::fromStdString(server.error().message));
        return 1;
    }
    const std::string file = parser.value(to).toStdString();
    auto origin = takeOffline(**server, file, parser.isSet(replace));
    if (!origin) {
        CliContext::err(QString::fromStdString(origin.error().message));
        return 1;
    }
    CliContext::out(tr("Took an offline copy of %1 (%2 events) into %3")
                        .arg(QString::fromStdString(origin->server))
                        .arg(origin->versions.size())
                        .arg(parser.value(to)));
    return 0;
}

} // namespace ct::cli
