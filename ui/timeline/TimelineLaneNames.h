#pragma once

#include "layout/LaneLayout.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <memory>
#include <span>
#include <vector>

namespace ct::ui {

// Names for lane keys, as the store hands them over with the entries, and the lanes an event
// is in beyond its first actor's (place's): sorted (key, event id) pairs, only for events
// that name more than one (Store::extraActorLanes). The extras are shared, not copied: a
// million-event story has hundreds of thousands of them, read once per timeline load.
struct TimelineLaneNames {
    using Memberships = std::shared_ptr<const std::vector<LaneMembership>>;
    QHash<qint32, QString> actors;
    QHash<qint32, QString> places;
    QHash<qint32, QString> articles;
    Memberships extraActors;
    Memberships extraPlaces;

    std::span<const LaneMembership> extraLanes(LaneMode mode) const {
        if (mode == LaneMode::Actor && extraActors)
            return *extraActors;
        if (mode == LaneMode::Place && extraPlaces)
            return *extraPlaces;
        return {};
    }

    QString nameFor(LaneMode mode, qint32 key) const {
        const QHash<qint32, QString>* names = nullptr;
        switch (mode) {
        case LaneMode::Actor:
        case LaneMode::ActorFirst:
            names = &actors;
            break;
        case LaneMode::Place:
        case LaneMode::PlaceFirst:
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
            case LaneMode::ActorFirst:
                return QCoreApplication::translate("ct::ui::Timeline", "No actor named");
            case LaneMode::Place:
            case LaneMode::PlaceFirst:
                return QCoreApplication::translate("ct::ui::Timeline", "No place named");
            default:
                return QCoreApplication::translate("ct::ui::Timeline", "No article");
            }
        }
        return names->value(key);
    }
};

} // namespace ct::ui
