#include "window/TeamController.h"

#include "dialogs/ConflictDialog.h"
#include "dialogs/ServerStoryDialog.h"
#include "document/QtConvert.h"
#include "document/TimelineDocument.h"
#include "settings/Settings.h"
#include "store/Store.h"
#include "window/MainActions.h"

#include <QAction>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QStatusBar>
#include <QUndoStack>

namespace ct::ui {

TeamController::TeamController(TimelineDocument& document, MainActions& actions,
                               QMainWindow& window)
    : QObject(&window), m_document(document), m_actions(actions), m_window(window),
      m_offlineBanner(new QLabel(tr("Server not reachable — read-only, reconnecting…"))) {
    m_offlineBanner->setObjectName(QStringLiteral("offlineBanner"));
    m_offlineBanner->setStyleSheet(QStringLiteral("QLabel { color: white; background: #b03a2e; "
                                                  "padding: 2px 8px; }"));
    m_window.statusBar()->addPermanentWidget(m_offlineBanner);
    m_offlineBanner->hide();
    connect(&m_document, &TimelineDocument::connectionChanged, this,
            &TeamController::showConnection);
    connect(m_actions.openServerStory, &QAction::triggered, this, [this] { openServerStory(); });
    connect(m_actions.analystName, &QAction::triggered, this, &TeamController::chooseAnalystName);
    connect(&m_document, &TimelineDocument::conflictFound, this, &TeamController::resolveConflict);
    connect(&m_document, &TimelineDocument::remoteChangesApplied, this,
            &TeamController::showRemoteChanges);
}

QString TeamController::withKeyringPassword(const QString& location) {
    auto fields = ServerStoryDialog::parse(location);
    if (!fields || !fields->password.isEmpty())
        return location;
    if (auto password = Keyring::password(fields->account())) {
        fields->password = *password;
        return ServerStoryDialog::connectionString(*fields, true);
    }
    return location;
}

bool TeamController::openServerLocation(const QString& location) {
    auto opened = m_document.open(withKeyringPassword(location), Store::Mode::ReadWrite);
    if (opened) {
        remember(location);
        return true;
    }
    // A keyword string ("host=… dbname=…") has no fields to offer: say why and stop.
    if (!ServerStoryDialog::parse(location))
        return false;
    return openServerStory(location, errorText(opened.error()));
}

Result<void> TeamController::openServerConnection(const QString& connection) {
    auto opened = m_document.open(connection, Store::Mode::ReadWrite);
    if (opened)
        remember(connection); // without its password
    return opened;
}

bool TeamController::openServerStory(const QString& location, const QString& problem) {
    ServerStoryDialog dialog(&m_window);
    ServerStoryDialog::Fields fields;
    fields.user = qs(defaultAnalystName());
    const QString start =
        location.isEmpty() && m_document.isServerStory() ? m_document.displayLocation() : location;
    if (auto given = ServerStoryDialog::parse(start))
        fields = *given;
    dialog.setFields(fields);
    dialog.setProblem(problem);
    while (dialog.exec() == QDialog::Accepted) {
        ServerStoryDialog::Fields chosen = dialog.fields();
        if (chosen.password.isEmpty())
            if (auto stored = Keyring::password(chosen.account()))
                chosen.password = *stored;
        auto opened = m_document.open(ServerStoryDialog::connectionString(chosen, true),
                                      Store::Mode::ReadWrite);
        if (!opened) {
            dialog.setProblem(
                tr("Could not open the server story: %1").arg(errorText(opened.error())));
            continue;
        }
        if (dialog.rememberPassword() && !chosen.password.isEmpty())
            Keyring::store(chosen.account(), chosen.password);
        remember(ServerStoryDialog::connectionString(chosen, false));
        return true;
    }
    return false;
}

void TeamController::remember(const QString& location) {
    // Never a password here: settings are a plain file.
    auto fields = ServerStoryDialog::parse(location);
    const QString safe = fields ? ServerStoryDialog::connectionString(*fields, false) : location;
    Settings::setCurrentDatabase(safe);
    Settings::addRecentDatabase(safe);
    m_actions.setRecentDatabases(Settings::recentDatabases());
}

void TeamController::resolveConflict(const Event& mine, const Event& theirs) {
    ConflictDialog dialog(mine, theirs, &m_window);
    dialog.exec();
    if (dialog.choice() != ConflictDialog::Choice::Overwrite) {
        m_window.statusBar()->showMessage(tr("Kept the other analyst's version."), 10000);
        return;
    }
    // Ours again, as a new edit of their version: one undoable step, checked like any other.
    Event again = mine;
    again.id = theirs.id;
    m_document.editEvent(again);
}

void TeamController::chooseAnalystName() {
    bool ok = false;
    const QString name = QInputDialog::getText(
        &m_window, tr("Analyst Name"),
        tr("Your name as a server story records it with your imports and edits.\n"
           "Leave it empty to use the server account's name."),
        QLineEdit::Normal, Settings::analystName(), &ok);
    if (!ok)
        return;
    Settings::setAnalystName(name);
    m_document.applyAnalystName(); // imports open their own connections with the setting
    if (const Store* store = m_document.store())
        m_window.statusBar()->showMessage(
            tr("Your imports and edits are recorded as %1.").arg(qs(store->analyst())), 10000);
}

void TeamController::showConnection(bool online) {
    m_offlineBanner->setVisible(!online);
    // What writes: off while the server is gone (the document refuses them as well, so an
    // action another controller re-enables on a selection change still cannot write).
    for (QAction* action : {m_actions.undo, m_actions.redo, m_actions.addEvent, m_actions.editEvent,
                            m_actions.deleteEvent, m_actions.changePublicationDate,
                            m_actions.splitReport, m_actions.mergeEvents, m_actions.markDistinct,
                            m_actions.chooseDate, m_actions.importArticles, m_actions.importTable,
                            m_actions.importUrls, m_actions.pasteArticle})
        action->setEnabled(online);
    m_actions.undo->setEnabled(online && m_document.undoStack()->canUndo());
    m_actions.redo->setEnabled(online && m_document.undoStack()->canRedo());
    if (online)
        m_window.statusBar()->showMessage(tr("The server is back: the story is up to date."),
                                          10000);
}

void TeamController::showRemoteChanges(const QStringList& analysts) {
    m_window.statusBar()->showMessage(
        analysts.isEmpty()
            ? tr("Updated with a colleague's changes.")
            : tr("Updated with changes by %1.").arg(analysts.join(QStringLiteral(", "))),
        10000);
}

} // namespace ct::ui
