#include "window/DatabaseController.h"

#include "document/QtConvert.h"
#include "document/TimelineDocument.h"
#include "settings/Settings.h"
#include "window/FirstStart.h"
#include "window/MainActions.h"
#include "window/TeamController.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QWidget>

namespace ct::ui {

DatabaseController::DatabaseController(TimelineDocument& document, MainActions& actions,
                                       TeamController& team, QWidget& window)
    : QObject(&window), m_document(document), m_actions(actions), m_team(team),
      m_window(window) {
    connect(actions.newDatabase, &QAction::triggered, this, &DatabaseController::createNew);
    connect(actions.openDatabase, &QAction::triggered, this, &DatabaseController::chooseAndOpen);
    connect(&actions, &MainActions::recentDatabaseChosen, this, &DatabaseController::open);
}

void DatabaseController::remember(const QString& location) {
    Settings::setCurrentDatabase(location);
    Settings::addRecentDatabase(location);
    m_actions.setRecentDatabases(Settings::recentDatabases());
}

bool DatabaseController::open(const QString& location) {
    if (isServerLocation(location.toStdString()))
        return m_team.openServerLocation(location);
    if (auto opened = m_document.open(location, Store::Mode::ReadWrite); !opened) {
        emit errorOccurred(tr("Could not open %1: %2")
                               .arg(QDir::toNativeSeparators(location), errorText(opened.error())));
        Settings::removeRecentDatabase(location);
        m_actions.setRecentDatabases(Settings::recentDatabases());
        return false;
    }
    remember(location);
    return true;
}

void DatabaseController::createNew() {
    QString path = QFileDialog::getSaveFileName(
        &m_window, tr("New Database"), QFileInfo(FirstStart::defaultDatabasePath()).absolutePath(),
        tr("Timeline databases (*.ctl *.sqlite *.db)"));
    if (path.isEmpty())
        return;
    // .ctl is the extension the desktop associates with this program (see README, Install).
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".ctl");
    // The file dialog already asked before overwriting; an old file must not
    // be opened as if it were new.
    if (QFileInfo::exists(path) && !QFile::remove(path)) {
        emit errorOccurred(tr("Could not replace %1.").arg(QDir::toNativeSeparators(path)));
        return;
    }
    if (auto created = m_document.open(path, Store::Mode::ReadWriteCreate); !created) {
        emit errorOccurred(tr("Could not create %1: %2")
                               .arg(QDir::toNativeSeparators(path), errorText(created.error())));
        return;
    }
    remember(path);
}

void DatabaseController::chooseAndOpen() {
    const QString path = QFileDialog::getOpenFileName(
        &m_window, tr("Open Database"), QFileInfo(m_document.path()).absolutePath(),
        tr("Timeline databases (*.ctl *.sqlite *.db);;All files (*)"));
    if (!path.isEmpty())
        open(path);
}

} // namespace ct::ui
