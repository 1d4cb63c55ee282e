#include "export/ExportOptions.h"

#include <QFileInfo>
#include <array>
#include <utility>

namespace ct::ui {
namespace {

const std::array<std::pair<const char*, QPageSize::PageSizeId>, 7> kPageSizes = {{
    {"A5", QPageSize::A5},
    {"A4", QPageSize::A4},
    {"A3", QPageSize::A3},
    {"A2", QPageSize::A2},
    {"Letter", QPageSize::Letter},
    {"Legal", QPageSize::Legal},
    {"Tabloid", QPageSize::Tabloid},
}};

const std::array<std::pair<const char*, LaneMode>, 6> kLaneModes = {{
    {"none", LaneMode::None},
    {"actor", LaneMode::Actor},
    {"place", LaneMode::Place},
    {"article", LaneMode::Article},
    {"actor-first", LaneMode::ActorFirst},
    {"place-first", LaneMode::PlaceFirst},
}};

} // namespace

QFont ExportOptions::font() const {
    QFont font(fontFamily);
    font.setStyleHint(QFont::SansSerif);
    font.setPixelSize(fontPixelSize);
    return font;
}

std::optional<ExportFormat> ExportOptions::formatForPath(const QString& path) {
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("png"))
        return ExportFormat::Png;
    if (suffix == QLatin1String("svg"))
        return ExportFormat::Svg;
    if (suffix == QLatin1String("pdf"))
        return ExportFormat::Pdf;
    return std::nullopt;
}

QString ExportOptions::suffix(ExportFormat format) {
    switch (format) {
    case ExportFormat::Png:
        return QStringLiteral("png");
    case ExportFormat::Svg:
        return QStringLiteral("svg");
    case ExportFormat::Pdf:
        return QStringLiteral("pdf");
    }
    return {};
}

QStringList ExportOptions::pageSizeNames() {
    QStringList names;
    for (const auto& [name, id] : kPageSizes)
        names << QLatin1String(name);
    return names;
}

std::optional<QPageSize::PageSizeId> ExportOptions::pageSizeFromName(const QString& name) {
    for (const auto& [known, id] : kPageSizes)
        if (name.compare(QLatin1String(known), Qt::CaseInsensitive) == 0)
            return id;
    return std::nullopt;
}

QString ExportOptions::pageSizeName(QPageSize::PageSizeId id) {
    for (const auto& [name, known] : kPageSizes)
        if (known == id)
            return QLatin1String(name);
    return QStringLiteral("A4");
}

std::optional<LaneMode> ExportOptions::laneModeFromName(const QString& name) {
    for (const auto& [known, mode] : kLaneModes)
        if (name.compare(QLatin1String(known), Qt::CaseInsensitive) == 0)
            return mode;
    return std::nullopt;
}

QString ExportOptions::laneModeName(LaneMode mode) {
    for (const auto& [name, known] : kLaneModes)
        if (known == mode)
            return QLatin1String(name);
    return QStringLiteral("none");
}

} // namespace ct::ui
