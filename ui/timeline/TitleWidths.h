#pragma once

#include <QFont>
#include <QFontMetricsF>
#include <QHash>
#include <QString>

namespace ct::ui {

// Title widths by entry id, in one font: measuring text dominates a frame otherwise, and most
// frames show the titles the previous one measured.
class TitleWidths {
  public:
    // Forgets the widths when the font differs from the one they were measured in.
    void useFont(const QFont& font);
    void clear() { widths_.clear(); }
    // The title's width in `fm` (the font of useFont), measured on first sight of the id.
    double of(qint64 id, const QString& title, const QFontMetricsF& fm);

  private:
    QHash<qint64, float> widths_;
    QString fontKey_;
};

} // namespace ct::ui
