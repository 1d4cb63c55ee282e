#include "document/BackgroundJob.h"

#include <QThread>

namespace ct::ui {

BackgroundJob::BackgroundJob(QObject* parent) : QObject(parent) {}

BackgroundJob::~BackgroundJob() {
    if (m_thread)
        m_thread->wait();
}

bool BackgroundJob::start(std::function<void()> work, std::function<void()> done) {
    if (m_thread)
        return false;
    m_thread = QThread::create(std::move(work));
    m_thread->setParent(this);
    connect(m_thread, &QThread::finished, this, [this, done = std::move(done)] {
        // Idle before `done` runs, so that it may start the next run.
        m_thread->deleteLater();
        m_thread = nullptr;
        done();
        emit finished();
    });
    m_thread->start();
    return true;
}

} // namespace ct::ui
