#pragma once

#include "common/Result.h"

#include <QUndoCommand>

namespace ct::ui {

class TimelineDocument;

// What every edit command shares: it writes the store in redo() and undo(), and
// a write the store refuses makes the command obsolete, so QUndoStack drops it
// instead of keeping a step that never happened.
class StoreCommand : public QUndoCommand {
  public:
    StoreCommand(TimelineDocument& document, const QString& text);

  protected:
    // True when ok; otherwise reports, marks obsolete and returns false.
    bool check(const Result<void>& result);
    template <typename T> bool check(const Result<T>& result) {
        return result.ok() ? true : fail(result.error());
    }

    TimelineDocument& m_document;

  private:
    bool fail(const Error& error);
};

} // namespace ct::ui
