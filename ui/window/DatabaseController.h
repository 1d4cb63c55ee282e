#pragma once

#include <QObject>
#include <QString>

class QWidget;

namespace ct::ui {

class MainActions;
class TeamController;
class TimelineDocument;

// File ▸ New Database…, Open Database… and Open Recent: which story file the window shows,
// kept as the current one and in the recent list (server stories go to TeamController).
class DatabaseController : public QObject {
    Q_OBJECT
  public:
    DatabaseController(TimelineDocument& document, MainActions& actions, TeamController& team,
                       QWidget& window);

    // A file or a server location; false (with errorOccurred) when it could not be opened, and
    // a file that failed leaves the recent list.
    bool open(const QString& location);
    // Makes `location` the current story and the first of the recent ones.
    void remember(const QString& location);

  public slots:
    void createNew();     // asks for a new file
    void chooseAndOpen(); // asks for an existing one

  signals:
    void errorOccurred(const QString& message);

  private:
    TimelineDocument& m_document;
    MainActions& m_actions;
    TeamController& m_team;
    QWidget& m_window;
};

} // namespace ct::ui
