#include "commands/AddEventCommand.h"
#include "commands/ChangePublicationDateCommand.h"
#include "commands/ChooseDateCommand.h"
#include "commands/DeleteEventCommand.h"
#include "commands/EditEventCommand.h"
#include "commands/MarkDistinctCommand.h"
#include "commands/MergeEventsCommand.h"
#include "commands/RedateEventCommand.h"
#include "commands/SplitReportCommand.h"
#include "document/EventSelection.h"
#include "document/TimelineDocument.h"

#include <QUndoStack>

// The document's edits: each one an undo command on the stack, written at once.

namespace ct::ui {

void TimelineDocument::push(QUndoCommand* command) {
    if (!m_store || m_offline) {
        delete command; // never reached the stack, so nobody else owns it
        emit errorOccurred(m_offline ? tr("The server is not reachable: the story is read-only "
                                          "until it is back.")
                                     : tr("No database is open."));
        return;
    }
    m_undoStack->push(command);
}

void TimelineDocument::addEvent(const Event& event) {
    push(new AddEventCommand(*this, event));
}

void TimelineDocument::editEvent(const Event& edited) {
    const auto before = event(edited.id);
    if (!before)
        return;
    push(new EditEventCommand(*this, *before, edited));
}

void TimelineDocument::deleteEvents(const QList<qint64>& ids) {
    std::vector<Event> doomed;
    for (qint64 id : ids) {
        if (auto e = event(id))
            doomed.push_back(std::move(*e));
    }
    if (!doomed.empty())
        push(new DeleteEventCommand(*this, std::move(doomed)));
}

void TimelineDocument::redateEvent(qint64 id, const DateSpan& when) {
    const auto before = event(id);
    if (!before || before->when == when)
        return;
    push(new RedateEventCommand(*this, id, before->when, when));
}

void TimelineDocument::changePublicationDate(qint64 articleId, Date published) {
    const auto old = article(articleId);
    if (!old || old->published == published)
        return;
    push(
        new ChangePublicationDateCommand(*this, articleId, old->published, published, m_reExtract));
}

void TimelineDocument::splitReport(qint64 reportId) {
    push(new SplitReportCommand(*this, reportId));
}

void TimelineDocument::mergeEvents(const QList<qint64>& ids) {
    if (ids.size() < 2)
        return;
    // Several events merge as one step: one undo takes them all apart again.
    m_undoStack->beginMacro(tr("Merge %n event(s)", nullptr, int(ids.size())));
    for (qsizetype i = 1; i < ids.size(); ++i)
        push(new MergeEventsCommand(*this, ids.first(), ids.at(i)));
    m_undoStack->endMacro();
}

void TimelineDocument::markDistinct(qint64 a, qint64 b) {
    push(new MarkDistinctCommand(*this, a, b));
}

void TimelineDocument::chooseDate(qint64 eventId, qint64 reportId) {
    push(new ChooseDateCommand(*this, eventId, reportId));
}

void TimelineDocument::remapId(qint64 from, qint64 to) {
    // Keep the map one step deep: whatever pointed at `from` now points at `to`,
    // and `to` is live, so it must not map anywhere (SQLite may reuse a rowid).
    for (auto it = m_idMap.begin(); it != m_idMap.end(); ++it) {
        if (it.value() == from)
            it.value() = to;
    }
    m_idMap.remove(to);
    if (from != to)
        m_idMap.insert(from, to);
    QList<qint64> selected = m_selection->ids();
    if (selected.contains(from)) {
        selected.replace(selected.indexOf(from), to);
        m_selection->set(selected);
    }
}

} // namespace ct::ui
