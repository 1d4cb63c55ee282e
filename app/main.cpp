#include "StartupProbe.h"
#include "cli/CommandLine.h"
#include "window/MainWindow.h"

#include <QApplication>

int main(int argc, char* argv[]) {
    if (ct::cli::isCommandLineInvocation(argc, argv))
        return ct::cli::runCommandLine(argc, argv);

    QApplication app(argc, argv);
    // Organisation and application name place QSettings and the data folder.
    QApplication::setOrganizationName(QStringLiteral("CrisisTimeline"));
    QApplication::setApplicationName(QStringLiteral("crisis-timeline"));
    QApplication::setApplicationDisplayName(QObject::tr("Crisis Timeline"));
    QApplication::setDesktopFileName(QStringLiteral("crisis-timeline"));

    // crisis-timeline [DATABASE]: open that database instead of the last one.
    const QStringList args = QApplication::arguments();
    const QString database =
        args.size() > 1 && !args[1].startsWith(QLatin1Char('-')) ? args[1] : QString();
    ct::ui::MainWindow window;
    if (StartupProbe::wanted())
        new StartupProbe(window); // owned by the window
    window.show();
    window.startUp(database);
    return QApplication::exec();
}
