#include "document/TimelineLoader.h"

#include "document/QtConvert.h"

#include <QMetaObject>
#include <QPointer>

namespace ct::ui {

TimelineLoader::TimelineLoader(QObject* parent) : QObject(parent) {
    qRegisterMetaType<TimelineSnapshot>();
}

TimelineLoader::~TimelineLoader() {
    cancel();
    std::lock_guard lock(m_threadsMutex);
    for (auto& t : m_threads)
        if (t.joinable())
            t.join();
}

Result<TimelineSnapshot> TimelineLoader::read(Store& store, LaneMode mode) {
    auto spans = store.timelineSpans();
    if (!spans)
        return spans.error();
    TimelineSnapshot snapshot;
    auto index = std::make_shared<TimelineIndex>(std::move(*spans));
    auto lanes = std::make_shared<LaneLayout>();
    lanes->assign(index->spans(), mode);
    snapshot.index = std::move(index);
    snapshot.lanes = std::move(lanes);
    auto extraActors = store.extraActorLanes();
    if (!extraActors)
        return extraActors.error();
    snapshot.extraActors =
        std::make_shared<const std::vector<LaneMembership>>(std::move(*extraActors));
    auto extraPlaces = store.extraPlaceLanes();
    if (!extraPlaces)
        return extraPlaces.error();
    snapshot.extraPlaces =
        std::make_shared<const std::vector<LaneMembership>>(std::move(*extraPlaces));
    return snapshot;
}

Result<TimelineSnapshot> TimelineLoader::readPreview(Store& store) {
    auto counts = store.startDayCounts();
    if (!counts)
        return counts.error();
    auto extent = store.extent();
    if (!extent)
        return extent.error();
    std::size_t total = 0;
    for (const auto& [day, n] : *counts)
        total += std::size_t(n);
    std::vector<TimelineSpan> spans;
    spans.reserve(total);
    std::int64_t id = 0;
    for (const auto& [day, n] : *counts)
        for (std::int64_t k = 0; k < n; ++k)
            spans.push_back({.id = --id, .start = day, .end = day});
    if (!spans.empty() && *extent)
        spans.back().end = std::max(spans.back().end, toDayNumber((*extent)->second));
    TimelineSnapshot snapshot;
    snapshot.preview = true;
    auto index = std::make_shared<TimelineIndex>(std::move(spans));
    auto lanes = std::make_shared<LaneLayout>();
    lanes->assign(index->spans(), LaneMode::None);
    snapshot.index = std::move(index);
    snapshot.lanes = std::move(lanes);
    return snapshot;
}

quint64 TimelineLoader::start(const QString& location, LaneMode mode, bool preview) {
    reap();
    const quint64 generation = ++m_generation;
    m_pending = generation;
    const std::string path = location.toStdString();
    QPointer<TimelineLoader> self(this);
    ++*m_running;
    std::lock_guard lock(m_threadsMutex);
    m_threads.emplace_back([this, self, path, mode, preview, generation, running = m_running] {
        auto deliver = [&](auto&& f) {
            // Queued to this object's thread; dropped by Qt if the object is gone by then.
            QMetaObject::invokeMethod(this, std::forward<decltype(f)>(f), Qt::QueuedConnection);
        };
        auto deliverSnapshot = [&](TimelineSnapshot snapshot) {
            snapshot.generation = generation;
            deliver([self, snapshot = std::move(snapshot)] {
                if (self && self->m_pending == snapshot.generation) {
                    if (!snapshot.preview)
                        self->m_pending = 0;
                    emit self->loaded(snapshot);
                }
            });
        };
        Result<TimelineSnapshot> result = makeError(Error::Code::Internal, path);
        if (auto store = openStore(path, Store::Mode::ReadOnly); !store) {
            result = store.error();
        } else {
            (void)(*store)->tuneForStreaming(); // a cache that stays small is all it buys
            if (preview)
                if (auto first = readPreview(**store))
                    deliverSnapshot(std::move(*first));
            result = read(**store, mode);
        }
        if (result) {
            deliverSnapshot(std::move(*result));
        } else {
            deliver([self, generation, message = qs(result.error().message)] {
                if (self && self->m_pending == generation) {
                    self->m_pending = 0;
                    emit self->failed(generation, message);
                }
            });
        }
        --*running;
    });
    return generation;
}

void TimelineLoader::cancel() {
    m_pending = 0;
}

void TimelineLoader::reap() {
    // Threads that are done are joined at the next start; a load takes well under a second.
    if (*m_running != 0)
        return;
    std::lock_guard lock(m_threadsMutex);
    for (auto& t : m_threads)
        if (t.joinable())
            t.join();
    m_threads.clear();
}

} // namespace ct::ui
