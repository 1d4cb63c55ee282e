#include "cli/CommandLine.h"

#include "cli/EventsCommand.h"
#include "cli/GenerateCommand.h"
#include "cli/ImportCommand.h"

#include <QCoreApplication>

#include <cstring>
#include <functional>
#include <map>
#include <string>

namespace ct::cli {
namespace {

using Runner = std::function<int(const QStringList&)>;

const std::map<std::string, Runner>& commands() {
    static const std::map<std::string, Runner> table = {
        {"import", runImportCommand},
        {"events", runEventsCommand},
        {"generate", runGenerateCommand},
    };
    return table;
}

} // namespace

bool isCommandLineInvocation(int argc, char* argv[]) {
    return argc > 1 && commands().count(argv[1]) > 0;
}

int runCommandLine(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("crisis-timeline"));
    const Runner& run = commands().at(argv[1]);
    return run(QCoreApplication::arguments());
}

} // namespace ct::cli
