#include "cli/SyncCommand.h"

#include "cli/CliContext.h"
#include "store/Store.h"
#include "store/offline/BringBack.h"
#include "store/offline/OfflineCopy.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace ct::cli {
namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("ct::cli", text);
}

QString didText(const std::string& did) {
    if (did == "deleted")
        return tr("deleted");
    if (did == "merged")
        return tr("merged");
    if (did == "split")
        return tr("split");
    return tr("edited");
}

QString eventText(const std::optional<Event>& event) {
    if (!event)
        return tr("(deleted)");
    return QStringLiteral("%1 (%2)").arg(QString::fromStdString(event->title),
                                         QString::fromStdString(toText(event->when)));
}

void printConflict(const OfflineConflict& c) {
    CliContext::out(tr("Conflict: event #%1: you %2 it; on the server it was changed since the "
                       "copy (version %3, now %4)")
                        .arg(c.eventId)
                        .arg(didText(c.mineDid))
                        .arg(c.baseVersion)
                        .arg(c.theirs ? QString::number(c.theirs->version) : tr("deleted")));
    CliContext::out(tr("  yours:  %1").arg(eventText(c.mine)));
    QString theirs = tr("  theirs: %1").arg(eventText(c.theirs));
    if (c.theirs && !c.theirs->editedBy.empty())
        theirs += tr(" by %1 at %2")
                      .arg(QString::fromStdString(c.theirs->editedBy),
                           QString::fromStdString(c.theirs->editedAt));
    CliContext::out(theirs);
}

} // namespace

int runSyncCommand(const QStringList& arguments) {
    CliContext context(
        QStringLiteral("sync"),
        tr("Brings the changes made in an offline copy back to its server story, in one "
           "transaction. An event a colleague changed since the copy is a conflict: without "
           "--mine or --theirs nothing is applied and the exit status is 3."));
    QCommandLineParser& parser = context.parser();
    const QCommandLineOption serverOption(
        QStringLiteral("server"),
        tr("The server story to bring the changes to (default: the one the copy was taken "
           "of)."),
        tr("URI"));
    const QCommandLineOption mine(QStringLiteral("mine"),
                                  tr("On a conflict, your change wins over the colleague's."));
    const QCommandLineOption theirs(
        QStringLiteral("theirs"),
        tr("On a conflict, keep the colleague's version and drop your change to that event."));
    parser.addOption(serverOption);
    parser.addOption(mine);
    parser.addOption(theirs);
    if (auto exit = context.parse(arguments))
        return *exit;
    if (!parser.isSet(context.dbOption())) {
        CliContext::err(tr("crisis-timeline sync: --db FILE (an offline copy) is required"));
        return 2;
    }
    if (parser.isSet(mine) && parser.isSet(theirs)) {
        CliContext::err(tr("crisis-timeline sync: --mine and --theirs exclude each other"));
        return 2;
    }
    const std::string file = parser.value(context.dbOption()).toStdString();
    auto origin = readOfflineOrigin(file);
    if (!origin) {
        CliContext::err(QString::fromStdString(origin.error().message));
        return 1;
    }
    const std::string location =
        parser.isSet(serverOption) ? parser.value(serverOption).toStdString() : origin->server;
    auto server = openStore(location, Store::Mode::ReadWrite);
    if (!server) {
        CliContext::err(QString::fromStdString(server.error().message));
        return 1;
    }
    BringBackOptions options;
    options.onConflict = parser.isSet(mine)     ? ConflictChoice::Mine
                         : parser.isSet(theirs) ? ConflictChoice::Theirs
                                                : ConflictChoice::Abort;
    auto result = bringBack(file, **server, options);
    if (!result) {
        CliContext::err(
            tr("Nothing was applied: %1").arg(QString::fromStdString(result.error().message)));
        return 1;
    }
    for (const OfflineConflict& c : result->conflicts)
        printConflict(c);
    for (const std::string& note : result->notes)
        CliContext::out(tr("Not brought back: %1").arg(QString::fromStdString(note)));
    if (!result->applied) {
        CliContext::out(tr("Nothing was applied: conflicts undecided: %1. Run again with --mine "
                           "or --theirs to decide them.")
                            .arg(result->conflicts.size()));
        return 3;
    }
    CliContext::out(
        tr("Applied to %1: %2 articles imported (%3 already there), %4 events added, %5 edited, "
           "%6 deleted, %7 merged, %8 split, %9 decisions")
            .arg(QString::fromStdString((*server)->location()))
            .arg(result->imported)
            .arg(result->alreadyOnServer)
            .arg(result->created)
            .arg(result->edited)
            .arg(result->deleted)
            .arg(result->merged)
            .arg(result->split)
            .arg(result->decisions + result->datesChosen));
    if (result->keptTheirs > 0)
        CliContext::out(tr("Kept the server's version of %1 events").arg(result->keptTheirs));
    return 0;
}

} // namespace ct::cli
