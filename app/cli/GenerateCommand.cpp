#include "cli/GenerateCommand.h"

#include "cli/CliContext.h"
#include "store/EventStore.h"
#include "synth/SyntheticDatabase.h"

#include <QCoreApplication>
#include <QElapsedTimer>

namespace ct::cli {
namespace {

// lupdate files a free tr() in namespace ct::cli under the context "ct::cli"; the lookup
// must use the same context or the translation is never found.
QString tr(const char* text) {
    return QCoreApplication::translate("ct::cli", text);
}

} // namespace

int runGenerateCommand(const QStringList& arguments) {
    CliContext cli(QStringLiteral("generate"),
                   tr("Writes synthetic events (30 years with bursts, many actors and places, "
                      "mixed precisions) into the database (a file or a server story), for trying "
                      "out and benchmarking "
                      "large timelines. The same seed gives the same events."));
    const QCommandLineOption eventsOption(QStringLiteral("events"), tr("How many events."),
                                          QStringLiteral("N"));
    const QCommandLineOption seedOption(QStringLiteral("seed"), tr("Random seed (default 1)."),
                                        QStringLiteral("S"), QStringLiteral("1"));
    cli.parser().addOption(eventsOption);
    cli.parser().addOption(seedOption);
    if (const auto stop = cli.parse(arguments))
        return *stop;

    bool countOk = false, seedOk = false;
    const qulonglong count = cli.parser().value(eventsOption).toULongLong(&countOk);
    const qulonglong seed = cli.parser().value(seedOption).toULongLong(&seedOk);
    if (!cli.parser().isSet(eventsOption) || !countOk || count == 0 || count > 100'000'000) {
        CliContext::err(tr("crisis-timeline generate: --events N is required, 1 to 100000000"));
        return 2;
    }
    if (!seedOk) {
        CliContext::err(tr("crisis-timeline generate: --seed %1: not a number")
                            .arg(cli.parser().value(seedOption)));
        return 2;
    }
    auto store = cli.openStore(Store::Mode::ReadWriteCreate);
    if (!store) {
        CliContext::err(QString::fromStdString(store.error().message));
        return 2;
    }
    QElapsedTimer timer;
    timer.start();
    const auto written = SyntheticDatabase::generate(**store, count, seed);
    if (!written) {
        CliContext::err(QString::fromStdString(written.error().message));
        return 2;
    }
    CliContext::out(tr("%1: %2 events written in %3 s (seed %4)")
                        .arg(cli.parser().value(cli.dbOption()))
                        .arg(qulonglong(*written))
                        .arg(timer.elapsed() / 1000.0, 0, 'f', 1)
                        .arg(seed));
    return 0;
}

} // namespace ct::cli
