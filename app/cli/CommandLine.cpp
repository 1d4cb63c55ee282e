#include "cli/CommandLine.h"

#include "cli/CliContext.h"
#include "cli/CopyCommand.h"
#include "cli/EventsCommand.h"
#include "cli/ExportCommand.h"
#include "cli/GenerateCommand.h"
#include "cli/ImportCommand.h"
#include "cli/ImportTableCommand.h"
#include "cli/OfflineCommand.h"
#include "cli/SyncCommand.h"
#include "i18n/Translations.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QGuiApplication>
#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <functional>
#include <map>
#include <numeric>
#include <string>
#include <vector>

namespace ct::cli {
namespace {

using Runner = std::function<int(const QStringList&)>;

const std::map<std::string, Runner>& commands() {
    static const std::map<std::string, Runner> table = {
        {"import", runImportCommand},     {"import-table", runImportTableCommand},
        {"events", runEventsCommand},     {"export", runExportCommand},
        {"generate", runGenerateCommand}, {"copy", runCopyCommand},
        {"offline", runOfflineCommand},   {"sync", runSyncCommand},
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

// Levenshtein distance, for "did you mean".
std::size_t editDistance(const std::string& a, const std::string& b) {
    std::vector<std::size_t> row(b.size() + 1);
    std::iota(row.begin(), row.end(), std::size_t{0});
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diagonal = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t above = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] != b[j - 1])});
            diagonal = above;
        }
    }
    return row[b.size()];
}

// A word that is neither a command nor a file: a mistyped command, not a database to open
// in the window (which, without a display, used to end in Qt's abort). Database paths
// carry a dot or a slash, or exist.
bool looksLikeCommand(const char* arg) {
    if (!*arg || *arg == '-' || std::strpbrk(arg, "./") != nullptr)
        return false;
    return !QFileInfo::exists(QString::fromLocal8Bit(arg));
}

int reportUnknownCommand(const QString& word) {
    std::string best;
    std::size_t bestDistance = std::string::npos;
    for (const auto& [name, run] : commands()) {
        const std::size_t d = editDistance(word.toStdString(), name);
        if (d < bestDistance) {
            bestDistance = d;
            best = name;
        }
    }
    // Beyond half the word's length the nearest command is no longer a likely typo.
    if (bestDistance <= std::max<std::size_t>(2, std::size_t(word.size()) / 2))
        CliContext::err(
            QCoreApplication::translate("CommandLine",
                                        "crisis-timeline: unknown command '%1'; did you mean '%2'?")
                .arg(word, QString::fromStdString(best)));
    else
        CliContext::err(QCoreApplication::translate(
                            "CommandLine",
                            "crisis-timeline: unknown command '%1'; see 'crisis-timeline --help'")
                            .arg(word));
    return 2;
}

} // namespace

bool isCommandLineInvocation(int argc, char* argv[]) {
    return argc > 1 &&
           (commands().count(argv[1]) > 0 || isTopLevelHelp(argv[1]) || looksLikeCommand(argv[1]));
}

bool displayAvailable() {
    const auto set = [](const char* name) {
        const char* value = std::getenv(name);
        return value && *value;
    };
    const QByteArray platform = qgetenv("QT_QPA_PLATFORM");
    // Qt aborts when its platform plugin finds no display; offscreen, vnc and the like need none.
    if (platform.startsWith("xcb"))
        return set("DISPLAY");
    if (platform.startsWith("wayland"))
        return set("WAYLAND_DISPLAY");
    if (!platform.isEmpty())
        return true;
    return set("DISPLAY") || set("WAYLAND_DISPLAY");
}

int reportNoDisplay(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    ct::ui::Translations::installForCommandLine();
    CliContext::err(QCoreApplication::translate(
        "CommandLine",
        "crisis-timeline: no display to open the window on (neither DISPLAY nor "
        "WAYLAND_DISPLAY is set); for the command line see 'crisis-timeline --help'"));
    return 1;
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
        ct::ui::Translations::installForCommandLine();
        return commands().at(argv[1])(QCoreApplication::arguments());
    }
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("crisis-timeline"));
    ct::ui::Translations::installForCommandLine();
    if (isTopLevelHelp(argv[1]))
        return printTopLevelHelp(QString::fromLocal8Bit(argv[1]));
    const auto found = commands().find(argv[1]);
    if (found == commands().end())
        return reportUnknownCommand(QString::fromLocal8Bit(argv[1]));
    return found->second(QCoreApplication::arguments());
}

} // namespace ct::cli
