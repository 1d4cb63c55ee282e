#include "commands/StoreCommand.h"

#include "document/TimelineDocument.h"

namespace ct::ui {

StoreCommand::StoreCommand(TimelineDocument& document, const QString& text)
    : QUndoCommand(text), m_document(document) {}

bool StoreCommand::check(const Result<void>& result) {
    return result.ok() ? true : fail(result.error());
}

bool StoreCommand::fail(const Error& error) {
    setObsolete(true);
    m_document.reportError(error);
    // A story edit that met a colleague's change: show the story as it now stands.
    if (error.code == Error::Code::Conflict)
        m_document.notifyEventsChanged();
    return false;
}

} // namespace ct::ui
