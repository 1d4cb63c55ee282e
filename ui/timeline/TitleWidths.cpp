#include "timeline/TitleWidths.h"

namespace ct::ui {

void TitleWidths::useFont(const QFont& font) {
    if (font.key() != fontKey_) {
        widths_.clear();
        fontKey_ = font.key();
    }
}

double TitleWidths::of(qint64 id, const QString& title, const QFontMetricsF& fm) {
    const auto it = widths_.constFind(id);
    if (it != widths_.constEnd())
        return *it;
    const auto width = static_cast<float>(fm.horizontalAdvance(title));
    widths_.insert(id, width);
    return width;
}

} // namespace ct::ui
