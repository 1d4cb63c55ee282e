#include "commands/MergeEventsCommand.h"

#include "document/TimelineDocument.h"

#include <QCoreApplication>

namespace ct::ui {

MergeEventsCommand::MergeEventsCommand(TimelineDocument& document, qint64 into, qint64 from)
    : StoryEditCommand(document, QCoreApplication::translate("ct::ui::Commands", "Merge events")),
      m_into(into), m_from(from) {}

Result<StoryEdit> MergeEventsCommand::apply(Store& store) {
    // Ids an earlier undo gave back may have been remapped by add/delete commands.
    return store.mergeEvents(m_document.currentId(m_into), m_document.currentId(m_from));
}

} // namespace ct::ui
