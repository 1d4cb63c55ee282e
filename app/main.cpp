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

    ct::ui::MainWindow window;
    window.show();
    window.startUp();
    return QApplication::exec();
}
