#pragma once

#include <QObject>
#include <functional>

class QThread;

namespace ct::ui {

// One piece of store work at a time on a thread of its own, its outcome handed back on the
// owner's thread. Store work opens its own connections on the worker (SQLite connections stay on
// the thread that opened them) and a large copy must not freeze the window. What Publish to
// Server and the offline actions run on; deleting the job waits for work still running, which
// is one transaction and must not be cut off by the window closing.
class BackgroundJob : public QObject {
    Q_OBJECT
  public:
    explicit BackgroundJob(QObject* parent = nullptr);
    ~BackgroundJob() override;

    // Runs `work` on the worker, then `done` on this object's thread (which may start the next
    // run), then emits finished(). False, and nothing run, while a run is still going.
    bool start(std::function<void()> work, std::function<void()> done);
    bool isRunning() const { return m_thread != nullptr; }

  signals:
    void finished();

  private:
    QThread* m_thread = nullptr;
};

} // namespace ct::ui
