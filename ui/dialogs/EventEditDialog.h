#pragma once

#include "model/Event.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLineEdit;

namespace ct::ui {

// Add or edit one event by hand. Starts from an event (a blank one to add) and
// gives it back with the user's changes; the evidence fields are kept as they
// were, so an edited event still points at its sentence.
class EventEditDialog : public QDialog {
    Q_OBJECT
  public:
    explicit EventEditDialog(const Event& event, QWidget* parent = nullptr);

    Event event() const;

  private:
    void updateState();

    Event m_event;
    QLineEdit* m_title;
    QDateEdit* m_start;
    QCheckBox* m_hasEnd;
    QDateEdit* m_end;
    QComboBox* m_precision;
    QCheckBox* m_fuzzy;
    QLineEdit* m_actors;
    QLineEdit* m_places;
    QDialogButtonBox* m_buttons;
};

} // namespace ct::ui
