#pragma once

#include <QObject>

class QWidget;

namespace ct::ui {

class MainActions;
class TimelineDocument;

// Edit ▸ Split Report, Merge Events, Mark Not the Same and Choose Date (also on the context
// menu of table rows and timeline marks): the user's last word on which reports tell of one
// happening. Asks which report where it must, then hands the edit to the document as one
// undoable command; keeps each action enabled only where it applies to the selection.
class StoryController : public QObject {
    Q_OBJECT
  public:
    StoryController(TimelineDocument& document, MainActions& actions, QWidget& window);

  public slots:
    void splitReport();
    void mergeEvents();
    void markDistinct();
    void chooseDate();
    void updateActions();

  private:
    TimelineDocument& m_document;
    MainActions& m_actions;
    QWidget& m_window;
};

} // namespace ct::ui
