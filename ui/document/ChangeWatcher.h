#pragma once

#include "store/Store.h"

#include <QObject>
#include <QString>
#include <memory>
#include <vector>

class QSocketNotifier;
class QTimer;

namespace ct::ui {

// Hears what other analysts change in a shared store: a QSocketNotifier on the change feed's
// socket wakes it the moment the server notifies, and a slow timer reads the feed as well, in
// case a wake-up was missed (a notifier that fired while the event loop was busy elsewhere).
// Both read every change that is there without blocking; changes arrive in one batch.
class ChangeWatcher : public QObject {
    Q_OBJECT
  public:
    static constexpr int kFallbackMs = 5000;

    ChangeWatcher(std::unique_ptr<ChangeFeed> feed, QObject* parent = nullptr);
    ~ChangeWatcher() override;

    void setFallbackInterval(int ms);
    // Reads the feed now (the timer and the notifier call it).
    void poll();

  signals:
    void changed(const std::vector<ct::StoreChange>& changes);
    // The feed's connection failed: the watcher stops until a new one is made.
    void failed(const QString& message);

  private:
    std::unique_ptr<ChangeFeed> m_feed;
    QSocketNotifier* m_notifier = nullptr;
    QTimer* m_fallback;
    bool m_failed = false;
};

} // namespace ct::ui
