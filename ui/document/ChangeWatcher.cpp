#include "document/ChangeWatcher.h"

#include "document/QtConvert.h"

#include <QSocketNotifier>
#include <QTimer>

namespace ct::ui {

ChangeWatcher::ChangeWatcher(std::unique_ptr<ChangeFeed> feed, QObject* parent)
    : QObject(parent), m_feed(std::move(feed)), m_fallback(new QTimer(this)) {
    qRegisterMetaType<std::vector<ct::StoreChange>>();
    if (m_feed && m_feed->socket() >= 0) {
        m_notifier = new QSocketNotifier(m_feed->socket(), QSocketNotifier::Read, this);
        connect(m_notifier, &QSocketNotifier::activated, this, &ChangeWatcher::poll);
    }
    m_fallback->setInterval(kFallbackMs);
    connect(m_fallback, &QTimer::timeout, this, &ChangeWatcher::poll);
    if (m_feed)
        m_fallback->start();
}

ChangeWatcher::~ChangeWatcher() = default;

void ChangeWatcher::setFallbackInterval(int ms) {
    m_fallback->setInterval(ms);
}

void ChangeWatcher::poll() {
    if (!m_feed || m_failed)
        return;
    auto changes = m_feed->take();
    if (!changes) {
        // A feed whose connection broke would wake the notifier forever: stop listening.
        m_failed = true;
        if (m_notifier)
            m_notifier->setEnabled(false);
        m_fallback->stop();
        emit failed(errorText(changes.error()));
        return;
    }
    if (!changes->empty())
        emit changed(*changes);
}

} // namespace ct::ui
