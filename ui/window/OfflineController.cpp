#include "window/OfflineController.h"

#include "dialogs/ConflictDialog.h"
#include "document/QtConvert.h"
#include "document/TimelineDocument.h"
#include "store/Store.h"
#include "store/offline/OfflineCopy.h"
#include "window/MainActions.h"
#include "window/TeamController.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMainWindow>
#include <QStatusBar>

namespace ct::ui {
namespace {

// What the ConflictDialog shows for a side that deleted the event.
Event shown(const std::optional<Event>& event, const Event& other) {
    if (event)
        return *event;
    Event gone = other;
    gone.title = OfflineController::tr("(deleted)").toStdString();
    return gone;
}

} // namespace

OfflineController::OfflineController(TimelineDocument& document, MainActions& actions,
                                     QMainWindow& window)
    : QObject(&window), m_document(document), m_actions(actions), m_window(window) {
    connect(m_actions.takeOfflineCopy, &QAction::triggered, this,
            &OfflineController::chooseOfflineFile);
    connect(m_actions.bringChangesBack, &QAction::triggered, this, [this] { bringChangesBack(); });
    connect(&m_document, &TimelineDocument::databaseChanged, this,
            &OfflineController::updateActions);
    connect(&m_job, &BackgroundJob::finished, this, [this] {
        updateActions();
        emit finished();
    });
    updateActions();
}

void OfflineController::updateActions() {
    const bool idle = !m_job.isRunning();
    m_actions.takeOfflineCopy->setEnabled(idle && m_document.isOpen() &&
                                          m_document.isServerStory());
    m_actions.bringChangesBack->setEnabled(idle && m_document.isOpen() &&
                                           !m_document.isServerStory() &&
                                           isOfflineCopy(m_document.path().toStdString()));
}

void OfflineController::chooseOfflineFile() {
    QString file =
        QFileDialog::getSaveFileName(&m_window, tr("Take Offline Copy"), QDir::homePath(),
                                     tr("Timeline databases (*.ctl *.sqlite *.db)"));
    if (file.isEmpty())
        return;
    if (QFileInfo(file).suffix().isEmpty())
        file += QStringLiteral(".ctl");
    takeOfflineCopy(file);
}

void OfflineController::takeOfflineCopy(const QString& file) {
    if (!m_document.isServerStory() || m_job.isRunning())
        return;
    // The worker opens its own connection: a store belongs to one thread.
    const std::string location = m_document.path().toStdString();
    const std::string target = file.toStdString();
    auto outcome =
        std::make_shared<Result<OfflineOrigin>>(makeError(Error::Code::Cancelled, "not run"));
    m_window.statusBar()->showMessage(tr("Taking an offline copy…"));
    m_job.start(
        [location, target, outcome] {
            auto server = openStore(location, Store::Mode::ReadOnly);
            if (!server)
                *outcome = server.error();
            else // the file dialog already asked before overwriting
                *outcome = takeOffline(**server, target, true);
        },
        [this, file, outcome] {
            if (!*outcome) {
                m_window.statusBar()->clearMessage();
                emit errorOccurred(
                    tr("Could not take an offline copy: %1").arg(errorText(outcome->error())));
                return;
            }
            emit openRequested(file);
            m_window.statusBar()->showMessage(
                tr("Offline copy of %1 events taken; bring your changes back with File ▸ Bring "
                   "Changes Back.")
                    .arg((*outcome)->versions.size()),
                10000);
        });
    updateActions();
}

void OfflineController::bringChangesBack(const BringBackOptions& options) {
    if (m_job.isRunning())
        return;
    const std::string file = m_document.path().toStdString();
    auto origin = readOfflineOrigin(file);
    if (!origin) {
        emit errorOccurred(errorText(origin.error()));
        return;
    }
    const std::string location =
        TeamController::withKeyringPassword(qs(origin->server)).toStdString();
    auto outcome =
        std::make_shared<Result<BringBackResult>>(makeError(Error::Code::Cancelled, "not run"));
    m_window.statusBar()->showMessage(tr("Bringing changes back to the server…"));
    m_job.start(
        [file, location, options, outcome] {
            auto server = openStore(location, Store::Mode::ReadWrite);
            if (!server)
                *outcome = server.error();
            else
                *outcome = bringBack(file, **server, options);
        },
        [this, options, outcome] { broughtBack(*outcome, options); });
    updateActions();
}

void OfflineController::broughtBack(const Result<BringBackResult>& result,
                                    const BringBackOptions& options) {
    m_window.statusBar()->clearMessage();
    if (!result) {
        emit errorOccurred(tr("Nothing was brought back: %1").arg(errorText(result.error())));
        return;
    }
    if (!result->applied) {
        // Each conflict decided by the analyst, then all applied together in one go.
        BringBackOptions decided = options;
        for (const OfflineConflict& c : result->conflicts) {
            if (decided.choices.count(c.eventId))
                continue;
            const Event placeholder = c.mine ? *c.mine : c.theirs ? *c.theirs : Event{};
            ConflictDialog dialog(shown(c.mine, placeholder), shown(c.theirs, placeholder),
                                  &m_window);
            dialog.exec();
            decided.choices[c.eventId] = dialog.choice() == ConflictDialog::Choice::Overwrite
                                             ? ConflictChoice::Mine
                                             : ConflictChoice::Theirs;
        }
        bringChangesBack(decided);
        return;
    }
    // The copy was rewritten: read it afresh (first, as opening says its own word in the
    // status bar).
    if (result->rebased)
        emit openRequested(m_document.path());
    const int conflicts = int(result->conflicts.size());
    m_window.statusBar()->showMessage(
        tr("Brought back: %1 changes applied, %2 conflicts (%3 kept the server's version), %4 "
           "not brought back.")
            .arg(result->applyCount())
            .arg(conflicts)
            .arg(result->keptTheirs)
            .arg(result->notes.size()),
        15000);
    if (!result->notes.empty())
        emit errorOccurred(tr("Not brought back:\n%1").arg(qs([&] {
            std::string all;
            for (const std::string& n : result->notes)
                all += "• " + n + "\n";
            return all;
        }())));
}

} // namespace ct::ui
