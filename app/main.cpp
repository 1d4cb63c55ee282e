#include "cli/CommandLine.h"

#include <QApplication>
#include <QLabel>

int main(int argc, char* argv[]) {
    if (ct::cli::isCommandLineInvocation(argc, argv))
        return ct::cli::runCommandLine(argc, argv);

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Crisis Timeline"));
    QLabel placeholder(QObject::tr("Crisis Timeline"));
    placeholder.show();
    return QApplication::exec();
}
