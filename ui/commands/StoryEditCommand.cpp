#include "commands/StoryEditCommand.h"

#include "document/EventSelection.h"
#include "document/TimelineDocument.h"

namespace ct::ui {

StoryEditCommand::StoryEditCommand(TimelineDocument& document, const QString& text)
    : StoreCommand(document, text) {}

qint64 StoryEditCommand::resultEvent() const {
    return m_done ? m_done->resultEvent : 0;
}

void StoryEditCommand::redo() {
    auto edit = m_redo ? m_document.store()->revert(*m_redo) : apply(*m_document.store());
    if (!check(edit))
        return;
    m_done = std::move(*edit);
    m_redo.reset();
    finish(*m_done);
    if (m_done->resultEvent != 0)
        m_document.selection()->set({m_done->resultEvent});
}

void StoryEditCommand::undo() {
    if (!m_done)
        return;
    auto edit = m_document.store()->revert(*m_done);
    if (!check(edit))
        return;
    m_redo = std::move(*edit);
    finish(*m_redo);
    m_done.reset();
}

void StoryEditCommand::finish(const StoryEdit& edit) {
    // Events appear and vanish: the timeline and the table reload, and the details pane
    // reads the reports of the event it shows again.
    m_document.notifyEventsChanged();
    for (const std::int64_t id : edit.touchedEvents)
        m_document.notifyEventChanged(id);
}

} // namespace ct::ui
