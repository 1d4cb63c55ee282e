#include "window/ImportController.h"

#include "dialogs/ImportDialog.h"
#include "dialogs/ImportTableDialog.h"
#include "document/TimelineDocument.h"
#include "net/UrlFetcher.h"
#include "settings/Settings.h"
#include "window/MainActions.h"

#include <QAction>
#include <QClipboard>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QInputDialog>
#include <QMimeData>
#include <QProgressDialog>
#include <memory>

namespace ct::ui {

ImportController::ImportController(TimelineDocument& document, MainActions& actions,
                                   QWidget& window)
    : QObject(&window), m_document(document), m_window(window) {
    connect(actions.importArticles, &QAction::triggered, this, &ImportController::importArticles);
    connect(actions.importUrls, &QAction::triggered, this, &ImportController::importUrls);
    connect(actions.pasteArticle, &QAction::triggered, this, &ImportController::pasteArticle);
    connect(actions.importTable, &QAction::triggered, this, &ImportController::chooseTable);
}

bool ImportController::requireOpenDocument() {
    if (m_document.isOpen())
        return true;
    emit errorOccurred(tr("Open or create a database before importing."));
    return false;
}

void ImportController::importArticles() {
    const QStringList files = QFileDialog::getOpenFileNames(
        &m_window, tr("Import Articles"), Settings::lastImportFolder(),
        tr("Articles (*.txt *.text *.md *.html *.htm *.xhtml *.mhtml *.pdf *.docx *.odt "
           "*.eml);;All files (*)"));
    if (files.isEmpty())
        return;
    Settings::setLastImportFolder(QFileInfo(files.constFirst()).absolutePath());
    importPaths(files);
}

ImportDialog* ImportController::createImportDialog(const QStringList& paths) {
    auto* dialog = new ImportDialog(m_document, paths, &m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    return dialog;
}

ImportDialog* ImportController::createImportDialog(std::vector<ImportSource> sources) {
    auto* dialog = new ImportDialog(m_document, std::move(sources), &m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    return dialog;
}

void ImportController::importUrls() {
    bool ok = false;
    const QString text = QInputDialog::getMultiLineText(
        &m_window, tr("Import from URL"), tr("Web addresses of articles, one per line:"), QString(),
        &ok);
    if (ok)
        importUrlList(text.split(QLatin1Char('\n'), Qt::SkipEmptyParts));
}

void ImportController::importUrlList(const QStringList& lines) {
    if (!requireOpenDocument())
        return;
    QList<QUrl> urls;
    for (const QString& line : lines)
        if (!line.trimmed().isEmpty())
            urls << QUrl::fromUserInput(line.trimmed());
    if (urls.isEmpty())
        return;
    auto* fetcher = new UrlFetcher(this);
    auto* progress =
        new QProgressDialog(tr("Fetching articles…"), tr("Cancel"), 0, int(urls.size()), &m_window);
    progress->setAttribute(Qt::WA_DeleteOnClose);
    progress->setMinimumDuration(300);
    auto sources = std::make_shared<std::vector<ImportSource>>();
    connect(progress, &QProgressDialog::canceled, fetcher, &UrlFetcher::cancel);
    connect(fetcher, &UrlFetcher::fetched, this,
            [sources, progress](int index, const FetchResult& result) {
                ImportSource source;
                source.name = result.requested.toString();
                source.url = result.finalUrl.toString();
                source.bytes = result.body;
                source.error = result.error;
                sources->push_back(std::move(source));
                progress->setValue(index + 1);
            });
    connect(fetcher, &UrlFetcher::finished, this, [this, fetcher, progress, sources] {
        progress->close();
        fetcher->deleteLater();
        if (!sources->empty())
            createImportDialog(std::move(*sources))->open();
    });
    fetcher->fetch(urls);
}

void ImportController::pasteArticle() {
    if (!requireOpenDocument())
        return;
    const QMimeData* mime = QGuiApplication::clipboard()->mimeData();
    ImportSource source;
    if (mime && mime->hasHtml()) {
        // A BOM tells the HTML reader the bytes are UTF-8 whatever the markup declares.
        source.bytes = QByteArray("\xEF\xBB\xBF") + mime->html().toUtf8();
        source.name = tr("Pasted article.html");
    } else if (mime && mime->hasText() && !mime->text().trimmed().isEmpty()) {
        source.bytes = mime->text().toUtf8();
        source.name = tr("Pasted article.txt");
    } else {
        emit errorOccurred(tr("The clipboard holds no web page or text to import."));
        return;
    }
    std::vector<ImportSource> sources;
    sources.push_back(std::move(source));
    createImportDialog(std::move(sources))->open();
}

void ImportController::importPaths(const QStringList& paths) {
    if (!requireOpenDocument())
        return;
    ImportDialog* dialog = createImportDialog(paths);
    if (dialog->fileCount() == 0) {
        dialog->close();
        emit errorOccurred(tr("There are no files to import there."));
        return;
    }
    dialog->open();
}

void ImportController::chooseTable() {
    const QString file = QFileDialog::getOpenFileName(
        &m_window, tr("Import Table"), Settings::lastImportFolder(),
        tr("Event data (*.csv *.tsv *.txt *.json *.timeline);;All files (*)"));
    if (file.isEmpty())
        return;
    Settings::setLastImportFolder(QFileInfo(file).absolutePath());
    importTable(file);
}

ImportTableDialog* ImportController::importTable(const QString& path) {
    if (!requireOpenDocument())
        return nullptr;
    auto* dialog = new ImportTableDialog(m_document, path, &m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!dialog->openError().isEmpty()) {
        const QString error = dialog->openError();
        dialog->close();
        emit errorOccurred(error);
        return nullptr;
    }
    dialog->open();
    return dialog;
}

} // namespace ct::ui
