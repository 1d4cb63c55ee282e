#pragma once

#include "timeline/TimelineRenderer.h"

#include <QCoreApplication>
#include <QString>

namespace ct::ui {

// What hovering tells a reader: the date with its precision (and whether it is only an
// estimate), the title, actor and place; for a cluster, its size and span.
class TimelineToolTip {
    Q_DECLARE_TR_FUNCTIONS(ct::ui::TimelineToolTip)
  public:
    static QString text(const TimelineRenderer& renderer, const TimelineRenderer::Hit& hit);
    static QString forEvent(const TimelineRenderer& renderer, qint64 id);
    static QString forCluster(const TimelineRenderer::Hit& hit);
};

} // namespace ct::ui
