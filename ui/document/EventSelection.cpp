#include "document/EventSelection.h"

namespace ct::ui {

void EventSelection::set(const QList<qint64>& ids) {
    if (ids == m_ids)
        return;
    m_ids = ids;
    emit changed(m_ids);
}

} // namespace ct::ui
