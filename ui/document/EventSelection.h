#pragma once

#include <QList>
#include <QObject>

namespace ct::ui {

// The one selection the event table, the timeline and the details pane share.
// Views set it and follow it; `changed` carries no sender on purpose, and views
// ignore a change that equals what they already show, which ends the loop.
class EventSelection : public QObject {
    Q_OBJECT
  public:
    using QObject::QObject;

    const QList<qint64>& ids() const { return m_ids; }
    qint64 current() const { return m_ids.isEmpty() ? 0 : m_ids.constFirst(); }
    bool contains(qint64 id) const { return m_ids.contains(id); }

  public slots:
    void set(const QList<qint64>& ids);
    void clear() { set({}); }

  signals:
    void changed(const QList<qint64>& ids);

  private:
    QList<qint64> m_ids;
};

} // namespace ct::ui
