#include "settings/Settings.h"

#include <QDir>
#include <QSettings>
#include <QVariant>

namespace ct::ui {

namespace {

struct Key {
    const char* name;
    QVariant defaultValue;
};

const Key kCurrentDatabase{"database/current", QString()};
const Key kRecentDatabases{"database/recent", QStringList()};
const Key kWindowGeometry{"window/geometry", QByteArray()};
const Key kWindowState{"window/state", QByteArray()};
const Key kLaneMode{"timeline/laneMode", 0};
const Key kLastImportFolder{"import/lastFolder", QDir::homePath()};

QVariant value(const Key& key) {
    return QSettings().value(QLatin1String(key.name), key.defaultValue);
}

void setValue(const Key& key, const QVariant& value) {
    QSettings().setValue(QLatin1String(key.name), value);
}

} // namespace

QString Settings::currentDatabase() {
    return value(kCurrentDatabase).toString();
}
void Settings::setCurrentDatabase(const QString& path) {
    setValue(kCurrentDatabase, path);
}

QStringList Settings::recentDatabases() {
    return value(kRecentDatabases).toStringList();
}

void Settings::addRecentDatabase(const QString& path) {
    QStringList list = recentDatabases();
    list.removeAll(path);
    list.prepend(path);
    while (list.size() > kMaxRecentDatabases)
        list.removeLast();
    setValue(kRecentDatabases, list);
}

void Settings::removeRecentDatabase(const QString& path) {
    QStringList list = recentDatabases();
    list.removeAll(path);
    setValue(kRecentDatabases, list);
}

QByteArray Settings::windowGeometry() {
    return value(kWindowGeometry).toByteArray();
}
void Settings::setWindowGeometry(const QByteArray& geometry) {
    setValue(kWindowGeometry, geometry);
}
QByteArray Settings::windowState() {
    return value(kWindowState).toByteArray();
}
void Settings::setWindowState(const QByteArray& state) {
    setValue(kWindowState, state);
}

int Settings::laneMode() {
    return qBound(0, value(kLaneMode).toInt(), 3);
}
void Settings::setLaneMode(int mode) {
    setValue(kLaneMode, mode);
}

QString Settings::lastImportFolder() {
    return value(kLastImportFolder).toString();
}
void Settings::setLastImportFolder(const QString& folder) {
    setValue(kLastImportFolder, folder);
}

} // namespace ct::ui
