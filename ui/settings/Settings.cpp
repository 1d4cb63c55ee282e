#include "settings/Settings.h"

#include <QCryptographicHash>
#include <QDir>
#include <QUrl>
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
const Key kDarkTheme{"appearance/dark", false};
const Key kLanguage{"appearance/language", QString()};
const Key kAnalystName{"team/analystName", QString()};
const Key kLastImportFolder{"import/lastFolder", QDir::homePath()};
// A group of its own: one sub-group per header (its hash), holding name → SPEC.
const char* const kTableMappingsGroup = "importTable/mappings";
const Key kEventExportPath{"exportEvents/path", QDir::home().filePath(QStringLiteral("events.ics"))};

const ExportOptions kExportDefaults;
const Key kExportPath{"export/path", QDir::home().filePath(QStringLiteral("timeline.png"))};
const Key kExportRange{"export/range", 0};
const Key kExportWidth{"export/width", kExportDefaults.width};
const Key kExportHeight{"export/height", kExportDefaults.height};
const Key kExportScale{"export/scale", kExportDefaults.scale};
const Key kExportDark{"export/dark", kExportDefaults.dark};
const Key kExportTitle{"export/title", kExportDefaults.title};
const Key kExportAxis{"export/axis", kExportDefaults.showAxis};
const Key kExportLegend{"export/legend", kExportDefaults.showLegend};
const Key kExportSources{"export/sources", kExportDefaults.showSources};
const Key kExportPageSize{"export/pageSize", ExportOptions::pageSizeName(kExportDefaults.pageSize)};
const Key kExportPortrait{"export/portrait", kExportDefaults.orientation == QPageLayout::Portrait};
const Key kExportPages{"export/pages", kExportDefaults.pages};

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

QString Settings::analystName() {
    return value(kAnalystName).toString();
}
void Settings::setAnalystName(const QString& name) {
    setValue(kAnalystName, name.trimmed());
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

bool Settings::darkTheme() {
    return value(kDarkTheme).toBool();
}
void Settings::setDarkTheme(bool dark) {
    setValue(kDarkTheme, dark);
}

int Settings::laneMode() {
    return qBound(0, value(kLaneMode).toInt(), 5);
}
void Settings::setLaneMode(int mode) {
    setValue(kLaneMode, mode);
}

QString Settings::language() {
    return value(kLanguage).toString();
}
void Settings::setLanguage(const QString& code) {
    setValue(kLanguage, code);
}

namespace {
QString headerKey(const QStringList& header) {
    return QString::fromLatin1(
        QCryptographicHash::hash(header.join(QChar(0x1f)).toUtf8(), QCryptographicHash::Sha1).toHex());
}
} // namespace

QMap<QString, QString> Settings::tableMappings(const QStringList& header) {
    QSettings settings;
    settings.beginGroup(QLatin1String(kTableMappingsGroup));
    settings.beginGroup(headerKey(header));
    QMap<QString, QString> out;
    for (const QString& name : settings.childKeys())
        out.insert(QUrl::fromPercentEncoding(name.toLatin1()), settings.value(name).toString());
    return out;
}

void Settings::setTableMapping(const QStringList& header, const QString& name, const QString& spec) {
    QSettings settings;
    settings.beginGroup(QLatin1String(kTableMappingsGroup));
    settings.beginGroup(headerKey(header));
    // Percent-encoded: a name may hold '/' or '\\', which QSettings would read as groups.
    settings.setValue(QString::fromLatin1(QUrl::toPercentEncoding(name)), spec);
}

QString Settings::eventExportPath() {
    return value(kEventExportPath).toString();
}
void Settings::setEventExportPath(const QString& path) {
    setValue(kEventExportPath, path);
}

QString Settings::lastImportFolder() {
    return value(kLastImportFolder).toString();
}
void Settings::setLastImportFolder(const QString& folder) {
    setValue(kLastImportFolder, folder);
}

ExportOptions Settings::exportOptions() {
    // Read back within the limits the exporter accepts: a hand-edited file cannot break it.
    ExportOptions o;
    o.width =
        qBound(ExportOptions::kMinWidth, value(kExportWidth).toInt(), ExportOptions::kMaxWidth);
    const int height = value(kExportHeight).toInt();
    o.height =
        height <= 0 ? 0 : qBound(ExportOptions::kMinHeight, height, ExportOptions::kMaxHeight);
    o.scale =
        qBound(ExportOptions::kMinScale, value(kExportScale).toDouble(), ExportOptions::kMaxScale);
    o.dark = value(kExportDark).toBool();
    o.title = value(kExportTitle).toString();
    o.showAxis = value(kExportAxis).toBool();
    o.showLegend = value(kExportLegend).toBool();
    o.showSources = value(kExportSources).toBool();
    o.pageSize = ExportOptions::pageSizeFromName(value(kExportPageSize).toString())
                     .value_or(kExportDefaults.pageSize);
    o.orientation =
        value(kExportPortrait).toBool() ? QPageLayout::Portrait : QPageLayout::Landscape;
    o.pages = qBound(1, value(kExportPages).toInt(), ExportOptions::kMaxPages);
    return o;
}

void Settings::setExportOptions(const ExportOptions& o) {
    setValue(kExportWidth, o.width);
    setValue(kExportHeight, o.height);
    setValue(kExportScale, o.scale);
    setValue(kExportDark, o.dark);
    setValue(kExportTitle, o.title);
    setValue(kExportAxis, o.showAxis);
    setValue(kExportLegend, o.showLegend);
    setValue(kExportSources, o.showSources);
    setValue(kExportPageSize, ExportOptions::pageSizeName(o.pageSize));
    setValue(kExportPortrait, o.orientation == QPageLayout::Portrait);
    setValue(kExportPages, o.pages);
}

Settings::ExportRange Settings::exportRange() {
    return ExportRange(qBound(0, value(kExportRange).toInt(), 2));
}
void Settings::setExportRange(ExportRange range) {
    setValue(kExportRange, int(range));
}

QString Settings::exportPath() {
    return value(kExportPath).toString();
}
void Settings::setExportPath(const QString& path) {
    setValue(kExportPath, path);
}

} // namespace ct::ui
