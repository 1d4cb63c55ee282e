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

Result<TimelineSnapshot> TimelineLoader::read(EventStore& store, LaneMode mode) {
    auto spans = store.timelineSpans();
    if (!spans)
        return spans.error();
    TimelineSnapshot snapshot;
    auto index = std::make_shared<TimelineIndex>(std::move(*spans));
    auto lanes = std::make_shared<LaneLayout>();
    lanes->assign(index->spans(), mode);
    snapshot.index = std::move(index);
    snapshot.lanes = std::move(lanes);
    return snapshot;
}

quint64 TimelineLoader::start(const QString& databasePath, LaneMode mode) {
    reap();
    const quint64 generation = ++m_generation;
    m_pending = generation;
    const std::string path = databasePath.toStdString();
    QPointer<TimelineLoader> self(this);
    ++*m_running;
    std::lock_guard lock(m_threadsMutex);
    m_threads.emplace_back([this, self, path, mode, generation, running = m_running] {
        auto deliver = [&](auto&& f) {
            // Queued to this object's thread; dropped by Qt if the object is gone by then.
            QMetaObject::invokeMethod(this, std::forward<decltype(f)>(f), Qt::QueuedConnection);
        };
        Result<TimelineSnapshot> result = makeError(Error::Code::Internal, path);
        if (auto store = EventStore::open(path, EventStore::Mode::ReadOnly); !store) {
            result = store.error();
        } else {
            (void)store->tuneForStreaming(); // a cache that stays small is all it buys
            result = read(*store, mode);
        }
        if (result) {
            result->generation = generation;
            deliver([self, snapshot = std::move(*result)] {
                if (self && self->m_pending == snapshot.generation) {
                    self->m_pending = 0;
                    emit self->loaded(snapshot);
                }
            });
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
