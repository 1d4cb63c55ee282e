#include "window/FirstStart.h"

#include "document/QtConvert.h"
#include "document/TimelineDocument.h"
#include "import/Importer.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace ct::ui {

namespace {
const char* const kSampleResource = ":/samples/kazakhstan-putin-tokayev-call.txt";
}

QString FirstStart::defaultDatabasePath() {
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("timeline.sqlite"));
}

Result<void> FirstStart::run(TimelineDocument& document) {
    const QString path = defaultDatabasePath();
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return makeError(Error::Code::Io, QCoreApplication::translate(
                                              "ct::ui::FirstStart", "%1: cannot create the folder")
                                              .arg(QFileInfo(path).absolutePath())
                                              .toStdString());
    if (auto opened = document.open(path); !opened)
        return opened;
    auto articles = document.store()->articleCount();
    if (!articles)
        return articles.error();
    if (*articles > 0)
        return {};
    return importSample(document);
}

Result<void> FirstStart::importSample(TimelineDocument& document) {
    QFile file(QString::fromLatin1(kSampleResource));
    if (!file.open(QIODevice::ReadOnly))
        return makeError(Error::Code::Io,
                         std::string(kSampleResource) + ": " + file.errorString().toStdString());
    Importer importer(*document.store(), document.gazetteer());
    auto report =
        importer.importText(file.readAll().toStdString(), "kazakhstan-putin-tokayev-call.txt");
    if (!report)
        return report.error();
    document.notifyArticlesChanged();
    return {};
}

} // namespace ct::ui
