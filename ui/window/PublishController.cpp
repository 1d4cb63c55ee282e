#include "window/PublishController.h"

#include "dialogs/ServerStoryDialog.h"
#include "document/QtConvert.h"
#include "document/TimelineDocument.h"
#include "store/Store.h"
#include "window/MainActions.h"
#include "window/TeamController.h"

#include <QAction>
#include <QFileInfo>
#include <QMainWindow>
#include <QMessageBox>
#include <QProgressDialog>
#include <QStatusBar>
#include <utility>

namespace ct::ui {

namespace {

// What the window may show of a connection: never its password.
QString safeLocation(const QString& connection) {
    auto fields = ServerStoryDialog::parse(connection);
    return fields ? ServerStoryDialog::connectionString(*fields, false) : connection;
}

} // namespace

PublishController::PublishController(TimelineDocument& document, MainActions& actions,
                                     TeamController& team, QMainWindow& window)
    : QObject(&window), m_document(document), m_actions(actions), m_team(team), m_window(window) {
    m_confirm = [this](const QString& title, const QString& question) {
        return QMessageBox::question(&m_window, title, question, QMessageBox::Yes | QMessageBox::No,
                                     QMessageBox::No) == QMessageBox::Yes;
    };
    connect(m_actions.publishToServer, &QAction::triggered, this, &PublishController::publish);
    connect(&m_job, &PublishJob::finished, this, &PublishController::finished);
    connect(&m_document, &TimelineDocument::databaseChanged, this,
            &PublishController::updateAction);
    updateAction();
}

void PublishController::updateAction() {
    // A SQLite story goes up; a server story is already there (copy it back with `copy`).
    m_actions.publishToServer->setEnabled(m_document.isOpen() && !m_document.isServerStory() &&
                                          !m_job.isRunning());
}

void PublishController::publish() {
    if (!m_document.isOpen() || m_document.isServerStory() || m_job.isRunning())
        return;
    ServerStoryDialog dialog(&m_window);
    dialog.setPurpose(tr("Publish to Server"), tr("&Publish"));
    ServerStoryDialog::Fields fields;
    fields.user = qs(defaultAnalystName());
    dialog.setFields(fields);
    if (dialog.exec() != QDialog::Accepted)
        return;
    ServerStoryDialog::Fields chosen = dialog.fields();
    if (chosen.password.isEmpty())
        if (auto stored = Keyring::password(chosen.account()))
            chosen.password = *stored;
    if (dialog.rememberPassword() && !chosen.password.isEmpty())
        Keyring::store(chosen.account(), chosen.password);
    publishTo(ServerStoryDialog::connectionString(chosen, true));
}

void PublishController::publishTo(const QString& connection, bool replace) {
    if (!m_document.isOpen() || m_document.isServerStory() ||
        !m_job.start(m_document.path(), connection, replace))
        return;
    m_connection = connection;
    updateAction();
    // Window-modal: the window keeps painting and hearing its timers, but takes no edits, which
    // the copy (read in several queries) would miss or half-see.
    m_busy = new QProgressDialog(
        tr("Publishing %1 to %2…")
            .arg(QFileInfo(m_document.path()).fileName(), safeLocation(connection)),
        QString(), 0, 0, &m_window);
    m_busy->setWindowTitle(tr("Publish to Server"));
    m_busy->setAttribute(Qt::WA_DeleteOnClose);
    m_busy->setWindowModality(Qt::WindowModal);
    m_busy->setMinimumDuration(300);
    m_window.statusBar()->showMessage(tr("Publishing to %1…").arg(safeLocation(connection)));
}

void PublishController::finished(const PublishOutcome& outcome) {
    if (m_busy)
        m_busy->close();
    const QString connection = std::exchange(m_connection, QString());
    const QString where = safeLocation(connection);
    updateAction();
    m_window.statusBar()->clearMessage();
    switch (outcome.status) {
    case PublishOutcome::Status::Failed:
        emit errorOccurred(tr("Could not publish the story to %1: %2").arg(where, outcome.message));
        return;
    case PublishOutcome::Status::TargetHoldsAStory:
        if (m_confirm(tr("Replace the Server Story?"),
                      tr("%1 already holds a story (%n event(s)). Replace it with this one? "
                         "Everything on the server is deleted, also what colleagues added.",
                         nullptr, int(outcome.events))
                          .arg(where)))
            // Queued: the job's watcher is still delivering the outcome of this run.
            QMetaObject::invokeMethod(
                this, [this, connection] { publishTo(connection, true); }, Qt::QueuedConnection);
        return;
    case PublishOutcome::Status::Published:
        break;
    }
    emit published(where);
    m_window.statusBar()->showMessage(
        tr("Published %n event(s) to %1.", nullptr, int(outcome.events)).arg(where), 10000);
    if (!m_confirm(tr("Published"),
                   tr("The story is on %1 now. Open the server story in this window?").arg(where)))
        return;
    if (auto opened = m_team.openServerConnection(connection); !opened)
        emit errorOccurred(
            tr("Could not open the server story: %1").arg(errorText(opened.error())));
}

} // namespace ct::ui
