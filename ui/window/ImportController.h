#pragma once

#include <QObject>
#include <QStringList>
#include <vector>

class QWidget;

namespace ct::ui {

class ImportDialog;
class ImportTableDialog;
struct ImportSource;
class MainActions;
class TimelineDocument;

// File ▸ Import Articles, Import from URL, Import Table, Edit ▸ Paste as Article and files
// dropped on the window: finds what to read, then hands it to the import dialogs, which run
// the import on a worker and report per file. Problems leave through errorOccurred.
class ImportController : public QObject {
    Q_OBJECT
  public:
    ImportController(TimelineDocument& document, MainActions& actions, QWidget& window);

    // The import dialog for these files and folders; the window shows it, tests drive it.
    ImportDialog* createImportDialog(const QStringList& paths);
    // The same for articles in memory: fetched URLs, the clipboard.
    ImportDialog* createImportDialog(std::vector<ImportSource> sources);
    // The mapping dialog for this table file, opened (nullptr, and an error, when the file
    // cannot be read).
    ImportTableDialog* importTable(const QString& path);

  public slots:
    void importArticles();
    void importPaths(const QStringList& paths);
    // Asks for addresses, fetches them, then the import dialog.
    void importUrls();
    void importUrlList(const QStringList& urls);
    // The clipboard's HTML (else text) through the import dialog.
    void pasteArticle();
    void chooseTable();

  signals:
    void errorOccurred(const QString& message);

  private:
    bool requireOpenDocument();

    TimelineDocument& m_document;
    QWidget& m_window;
};

} // namespace ct::ui
