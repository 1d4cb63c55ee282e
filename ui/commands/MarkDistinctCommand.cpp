#include "commands/MarkDistinctCommand.h"

#include "document/TimelineDocument.h"

#include <QCoreApplication>

namespace ct::ui {

MarkDistinctCommand::MarkDistinctCommand(TimelineDocument& document, qint64 a, qint64 b)
    : StoryEditCommand(document,
                       QCoreApplication::translate("ct::ui::Commands", "Mark not the same")),
      m_a(a), m_b(b) {}

Result<StoryEdit> MarkDistinctCommand::apply(Store& store) {
    return store.markDistinct(m_document.currentId(m_a), m_document.currentId(m_b));
}

} // namespace ct::ui
