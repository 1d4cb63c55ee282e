#pragma once

#include "layout/LaneLayout.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

namespace ct::ui {

// Names for lane keys, as the store hands them over with the entries.
struct TimelineLaneNames {
    QHash<qint32, QString> actors;
    QHash<qint32, QString> places;
    QHash<qint32, QString> articles;

    QString nameFor(LaneMode mode, qint32 key) const {
        const QHash<qint32, QString>* names = nullptr;
        switch (mode) {
        case LaneMode::Actor:
            names = &actors;
            break;
        case LaneMode::Place:
            names = &places;
            break;
        case LaneMode::Article:
            names = &articles;
            break;
        case LaneMode::None:
            return QCoreApplication::translate("ct::ui::Timeline", "All events");
        }
        if (key >= 0 && !names->contains(key)) // named in the data but not in the map given
            return QCoreApplication::translate("ct::ui::Timeline", "#%1").arg(key);
        if (key < 0) {
            switch (mode) {
            case LaneMode::Actor:
                return QCoreApplication::translate("ct::ui::Timeline", "No actor named");
            case LaneMode::Place:
                return QCoreApplication::translate("ct::ui::Timeline", "No place named");
            default:
                return QCoreApplication::translate("ct::ui::Timeline", "No article");
            }
        }
        return names->value(key);
    }
};

} // namespace ct::ui
