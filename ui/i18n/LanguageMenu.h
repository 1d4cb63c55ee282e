#pragma once

#include <QMenu>

namespace ct::ui {

// View ▸ Language: follow the system, or one of the translations. The choice is stored in
// the settings and applies from the next start (a running window is not retranslated).
class LanguageMenu : public QMenu {
    Q_OBJECT
  public:
    explicit LanguageMenu(QWidget* parent);

  private:
    void choose(const QString& code);
};

} // namespace ct::ui
