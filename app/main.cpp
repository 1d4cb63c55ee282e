#include "StartupProbe.h"
#include "cli/CommandLine.h"
#include "i18n/Translations.h"
#include "settings/Settings.h"
#include "window/Appearance.h"
#include "window/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>

int main(int argc, char* argv[]) {
    if (ct::cli::isCommandLineInvocation(argc, argv))
        return ct::cli::runCommandLine(argc, argv);
    if (!ct::cli::displayAvailable())
        return ct::cli::reportNoDisplay(argc, argv);

    QApplication app(argc, argv);
    // Organisation and application name place QSettings and the data folder
    // (~/.config/CrisisTimeline/crisis-timeline.conf,
    // ~/.local/share/CrisisTimeline/crisis-timeline).
    QApplication::setOrganizationName(QStringLiteral("CrisisTimeline"));
    QApplication::setApplicationName(QStringLiteral("crisis-timeline"));
    QApplication::setApplicationVersion(QStringLiteral(CT_VERSION));
    // Before any widget exists: every tr() below must already find its translation.
    ct::ui::Translations::install(ct::ui::Settings::language());
    QApplication::setApplicationDisplayName(QObject::tr("Crisis Timeline"));
    // The freedesktop application id: names the .desktop file, the AppStream metainfo and,
    // on Wayland, the window's app_id, so the shell shows the menu entry's icon and name.
    QApplication::setDesktopFileName(QStringLiteral("org.crisistimeline.CrisisTimeline"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QObject::tr("Timeline of the events in news articles. Run 'crisis-timeline --help' "
                    "without a display for the command-line tools."));
    parser.addPositionalArgument(
        QStringLiteral("database"),
        QObject::tr("Timeline database to open (default: the last one used)."),
        QStringLiteral("[database]"));
    parser.process(app);

    if (ct::ui::Settings::darkTheme())
        ct::ui::Appearance::apply(true);
    ct::ui::MainWindow window;
    if (StartupProbe::wanted())
        new StartupProbe(window); // owned by the window
    window.show();
    window.startUp(parser.positionalArguments().value(0));
    return QApplication::exec();
}
