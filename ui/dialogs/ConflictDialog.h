#pragma once

#include "model/Event.h"

#include <QDialog>

namespace ct::ui {

// An edit of ours met a newer version of the event (another analyst saved first): both
// versions side by side — title, date, who, when — and the analyst decides. Nothing is
// overwritten until they say so.
class ConflictDialog : public QDialog {
    Q_OBJECT
  public:
    enum class Choice { KeepTheirs, Overwrite };

    ConflictDialog(const Event& mine, const Event& theirs, QWidget* parent = nullptr);
    Choice choice() const { return m_choice; }

  private:
    Choice m_choice = Choice::KeepTheirs;
};

} // namespace ct::ui
