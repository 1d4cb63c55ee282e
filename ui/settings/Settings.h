#pragma once

#include "export/ExportOptions.h"

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringList>

namespace ct::ui {

// Every QSettings key the window uses, declared once with its default, so a
// typo in a key cannot silently create a second preference.
class Settings {
  public:
    static constexpr int kMaxRecentDatabases = 8;

    // Empty until the first start created or the user opened a database.
    static QString currentDatabase();
    static void setCurrentDatabase(const QString& path);

    static QStringList recentDatabases();
    // Moves the path to the front and trims the list.
    static void addRecentDatabase(const QString& path);
    static void removeRecentDatabase(const QString& path);

    static QByteArray windowGeometry();
    static void setWindowGeometry(const QByteArray& geometry);
    static QByteArray windowState();
    static void setWindowState(const QByteArray& state);

    // 0 none, 1 actor, 2 place, 3 article, 4 first actor only, 5 first place only (LaneChoice).
    static int laneMode();
    static void setLaneMode(int mode);

    // The window's look; false follows the desktop's palette.
    static bool darkTheme();
    static void setDarkTheme(bool dark);

    // The window's language: a code such as "ru" (Translations::available), or empty to
    // follow the system locale. Read once at start.
    static QString language();
    static void setLanguage(const QString& code);
    // Column mappings of data sets, by header: saved under a name from the Import Table dialog
    // and offered for the next file with the same header. The map holds name → SPEC
    // (ColumnMapping::toSpec); the header key is its column names joined.
    static QMap<QString, QString> tableMappings(const QStringList& header);
    static void setTableMapping(const QStringList& header, const QString& name, const QString& spec);
    // Where the last Export Events… went (its extension picks the format next time).
    static QString eventExportPath();
    static void setEventExportPath(const QString& path);

    // The analyst's name, recorded as "who did what" on a server story (imports, edits).
    // Empty: the server role (or the login name). $CT_ANALYST overrides it (resolveAnalystName).
    static QString analystName();
    static void setAnalystName(const QString& name);

    static QString lastImportFolder();
    static void setLastImportFolder(const QString& folder);

    // The export dialog's last choices. What to draw (range, lanes) comes from the view each
    // time; how to draw it (size, decorations, theme, page) is remembered.
    enum class ExportRange { CurrentView = 0, Whole = 1, Dates = 2 };
    static ExportOptions exportOptions();
    static void setExportOptions(const ExportOptions& options);
    static ExportRange exportRange();
    static void setExportRange(ExportRange range);
    // Default: timeline.png in the home folder.
    static QString exportPath();
    static void setExportPath(const QString& path);
};

} // namespace ct::ui
