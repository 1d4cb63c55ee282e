#pragma once

#include "common/Result.h"
#include "store/Store.h"
#include "window/TimelineSlot.h"

#include <QObject>
#include <functional>

class QMainWindow;

namespace ct::ui {

class ExportDialog;
struct ExportData;
class MainActions;
class TimelineDocument;

// File ▸ Export Image, Export Events and Edit ▸ Copy Image: what the timeline shows now,
// through the one renderer (pictures) or an event writer (calendars, timelines, tables).
class ExportController : public QObject {
    Q_OBJECT
  public:
    // `filterQuery` gives the events the window's filters keep (for event exports).
    ExportController(TimelineDocument& document, MainActions& actions, CentralTimeline& timeline,
                     std::function<EventQuery()> filterQuery, QMainWindow& window);

    // The export dialog for what the timeline shows now; the window opens it, tests drive it.
    ExportDialog* createExportDialog();
    // Export Events to this file, the format from its extension, the events the filters keep.
    Result<void> exportEventsTo(const QString& path);

  public slots:
    void exportImage();
    void exportEvents();
    // The current view as a picture on the clipboard.
    void copyImage();

  signals:
    void errorOccurred(const QString& message);

  private:
    // What the timeline shows, for an exporter of its own.
    ExportData exportData();
    void showStatus(const QString& message);

    TimelineDocument& m_document;
    MainActions& m_actions;
    CentralTimeline& m_timeline;
    std::function<EventQuery()> m_filterQuery;
    QMainWindow& m_window;
};

} // namespace ct::ui
