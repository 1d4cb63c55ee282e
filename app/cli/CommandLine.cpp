#include "cli/CommandLine.h"

#include "cli/CliContext.h"
#include "cli/EventsCommand.h"
#include "cli/ExportCommand.h"
#include "cli/GenerateCommand.h"
#include "cli/ImportCommand.h"
#include "cli/ImportTableCommand.h"

#include <QCoreApplication>
#include <QGuiApplication>

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
        {"import-table", runImportTableCommand},
        {"events", runEventsCommand},
        {"export", runExportCommand},
        {"generate", runGenerateCommand},
    };
    return table;
}

// Commands that draw need fonts and a paint engine, so a QGuiApplication.
bool needsGui(const char* command) {
    return std::strcmp(command, "export") == 0;
}

QtMessageHandler previousHandler = nullptr;

// A QGuiApplication started from cron or a container warns that XDG_RUNTIME_DIR is not set,
// though nothing here needs it; a script's stderr should hold only the command's own words.
void quietHandler(QtMsgType type, const QMessageLogContext& context, const QString& message) {
    if (type == QtWarningMsg &&
        message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR")))
        return;
    if (previousHandler)
        previousHandler(type, context, message);
}

// --help and --version must work without a display, so they are answered here
// rather than by the window's QApplication.
bool isTopLevelHelp(const char* arg) {
    return std::strcmp(arg, "--help") == 0 || std::strcmp(arg, "-h") == 0 ||
           std::strcmp(arg, "help") == 0 || std::strcmp(arg, "--version") == 0 ||
           std::strcmp(arg, "-v") == 0;
}

int printTopLevelHelp(const QString& arg) {
    if (arg == QLatin1String("--version") || arg == QLatin1String("-v")) {
        CliContext::out(QStringLiteral("crisis-timeline %1").arg(QStringLiteral(CT_VERSION)));
        return 0;
    }
    QStringList names;
    for (const auto& [name, run] : commands())
        names << QString::fromStdString(name);
    CliContext::out(
        QCoreApplication::translate(
            "CommandLine",
            "Usage: crisis-timeline [DATABASE]\n"
            "       crisis-timeline COMMAND [OPTIONS]\n\n"
            "Without a command, opens the timeline window on DATABASE (default: the last\n"
            "database, or on the first start a new one holding the bundled sample).\n\n"
            "Commands (no display needed): %1\n"
            "Run crisis-timeline COMMAND --help for a command's options.")
            .arg(names.join(QStringLiteral(", "))));
    return 0;
}

} // namespace

bool isCommandLineInvocation(int argc, char* argv[]) {
    return argc > 1 && (commands().count(argv[1]) > 0 || isTopLevelHelp(argv[1]));
}

int runCommandLine(int argc, char* argv[]) {
    if (needsGui(argv[1])) {
        // Headless by default, display or not: an export never opens a window, and on the
        // offscreen platform a picture does not depend on the desktop it was made on. Set
        // before the application exists, which is when Qt reads it.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        previousHandler = qInstallMessageHandler(quietHandler);
        QGuiApplication app(argc, argv);
        QCoreApplication::setApplicationName(QStringLiteral("crisis-timeline"));
        return commands().at(argv[1])(QCoreApplication::arguments());
    }
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("crisis-timeline"));
    if (isTopLevelHelp(argv[1]))
        return printTopLevelHelp(QString::fromLocal8Bit(argv[1]));
    const Runner& run = commands().at(argv[1]);
    return run(QCoreApplication::arguments());
}

} // namespace ct::cli
