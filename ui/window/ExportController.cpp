#include "window/ExportController.h"

#include "dialogs/ExportDialog.h"
#include "document/TimelineDocument.h"
#include "export/ExportData.h"
#include "interchange/EventWriter.h"
#include "settings/Settings.h"
#include "window/MainActions.h"

#include <QAction>
#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QMainWindow>
#include <QSaveFile>
#include <QStatusBar>

namespace ct::ui {

ExportController::ExportController(TimelineDocument& document, MainActions& actions,
                                   CentralTimeline& timeline,
                                   std::function<EventQuery()> filterQuery, QMainWindow& window)
    : QObject(&window), m_document(document), m_actions(actions), m_timeline(timeline),
      m_filterQuery(std::move(filterQuery)), m_window(window) {
    connect(actions.exportImage, &QAction::triggered, this, &ExportController::exportImage);
    connect(actions.exportEvents, &QAction::triggered, this, &ExportController::exportEvents);
    connect(actions.copyImage, &QAction::triggered, this, &ExportController::copyImage);
}

void ExportController::showStatus(const QString& message) {
    m_window.statusBar()->showMessage(message, 10000);
}

ExportData ExportController::exportData() {
    ExportData data;
#if CT_HAVE_TIMELINE_VIEW
    // The events as the timeline has them: already filtered like the table.
    const TimelineRenderer& renderer = m_timeline.renderer();
    data.entries = ExportData::entriesOf(renderer);
    data.names = renderer.laneNames();
#endif
    data.sources = ExportData::sourcesOf(m_document.articles());
    return data;
}

ExportDialog* ExportController::createExportDialog() {
#if CT_HAVE_TIMELINE_VIEW
    const TimelineRenderOptions view = m_timeline.renderOptions();
#else
    TimelineRenderOptions view;
#endif
    auto* dialog = new ExportDialog(exportData(), view, &m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ExportDialog::exported, this, [this](const QString& path) {
        showStatus(tr("Exported the timeline to %1").arg(QDir::toNativeSeparators(path)));
    });
    return dialog;
}

Result<void> ExportController::exportEventsTo(const QString& path) {
    const EventWriter* writer = eventWriterForFile(QFileInfo(path).fileName().toStdString());
    if (!writer)
        return makeError(
            Error::Code::InvalidInput,
            tr("%1: unknown format; use .ics, .timelinejs.json, .timeline, .csv or .json")
                .arg(QDir::toNativeSeparators(path))
                .toStdString());
    const auto events = m_document.events(m_filterQuery());
    const auto titles = m_document.articleTitles();
    EventWriteOptions options;
    options.articleTitle = [&titles](std::int64_t id) {
        const auto it = titles.find(id);
        return it == titles.end() ? std::string() : it->second;
    };
    switch (m_actions.laneChoice()) {
    case LaneChoice::Actor:
        options.groupBy = EventWriteOptions::GroupBy::Actor;
        break;
    case LaneChoice::Place:
        options.groupBy = EventWriteOptions::GroupBy::Place;
        break;
    case LaneChoice::Article:
        options.groupBy = EventWriteOptions::GroupBy::Article;
        break;
    default:
        break;
    }
    options.uidDomain =
        QFileInfo(m_document.path()).completeBaseName().toStdString() + ".crisis-timeline";
    options.title = QFileInfo(m_document.path()).completeBaseName().toStdString();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(Error::Code::Io,
                         tr("%1: cannot write: %2")
                             .arg(QDir::toNativeSeparators(path), file.errorString())
                             .toStdString());
    file.write(QByteArray::fromStdString(writer->write(events, options)));
    if (!file.commit())
        return makeError(Error::Code::Io,
                         tr("%1: cannot write: %2")
                             .arg(QDir::toNativeSeparators(path), file.errorString())
                             .toStdString());
    showStatus(tr("Exported %n events to %1", nullptr, int(events.size()))
                   .arg(QDir::toNativeSeparators(path)));
    return {};
}

void ExportController::exportEvents() {
    QStringList filters;
    for (const auto& writer : eventWriters())
        filters << QString::fromStdString(writer->label());
    QString selected;
    QString path =
        QFileDialog::getSaveFileName(&m_window, tr("Export Events"), Settings::eventExportPath(),
                                     filters.join(QStringLiteral(";;")), &selected);
    if (path.isEmpty())
        return;
    // The format comes from the extension; a name without one takes the chosen filter's.
    if (!eventWriterForFile(QFileInfo(path).fileName().toStdString()))
        for (const auto& writer : eventWriters())
            if (QString::fromStdString(writer->label()) == selected)
                path += QLatin1Char('.') + QString::fromStdString(writer->extension());
    Settings::setEventExportPath(path);
    if (auto written = exportEventsTo(path); !written)
        emit errorOccurred(QString::fromStdString(written.error().message));
}

void ExportController::exportImage() {
    createExportDialog()->open();
}

void ExportController::copyImage() {
#if CT_HAVE_TIMELINE_VIEW
    // The view as it is (range, lanes, theme, width), with the decorations chosen last for
    // exports, at the screen's resolution.
    const TimelineRenderOptions view = m_timeline.renderOptions();
    ExportOptions options = Settings::exportOptions();
    options.fromDay = view.fromDay;
    options.toDay = view.toDay;
    options.laneMode = view.laneMode;
    options.dark = view.theme.background.lightness() < 128;
    options.width =
        qBound(ExportOptions::kMinWidth, qRound(view.size.width()), ExportOptions::kMaxWidth);
    options.height = 0;
    options.scale =
        qBound(ExportOptions::kMinScale, m_window.devicePixelRatioF(), ExportOptions::kMaxScale);
    options.title.clear();
    const ImageExporter exporter(exportData());
    const QImage image = exporter.image(options);
    if (image.isNull()) {
        emit errorOccurred(tr("Could not copy the timeline: the picture is too large."));
        return;
    }
    QGuiApplication::clipboard()->setImage(image);
    showStatus(tr("Copied the timeline as a picture (%1 × %2 pixels)")
                   .arg(image.width())
                   .arg(image.height()));
#endif
}

} // namespace ct::ui
