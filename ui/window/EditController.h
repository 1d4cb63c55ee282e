#pragma once

#include <QObject>

class QWidget;

namespace ct::ui {

class MainActions;
class TimelineDocument;

// Edit ▸ Add/Edit/Delete Event and Change Publication Date: asks the user in a
// dialog, then hands the change to the document as an undoable edit. Keeps the
// actions enabled only when they apply to the current selection.
class EditController : public QObject {
    Q_OBJECT
  public:
    EditController(TimelineDocument& document, MainActions& actions, QWidget& window);

  public slots:
    void addEvent();
    void editEvent();
    void deleteEvents();
    void changePublicationDate();
    void updateActions();

  private:
    TimelineDocument& m_document;
    MainActions& m_actions;
    QWidget& m_window;
};

} // namespace ct::ui
