#pragma once

#include "layout/LaneLayout.h"

#include <QFont>
#include <QPageLayout>
#include <QPageSize>
#include <QString>
#include <QStringList>
#include <optional>

namespace ct::ui {

enum class ExportFormat { Png, Svg, Pdf };

// What an exported picture shows and how it is laid out, as a value: the export dialog and the
// command line fill one in, ImageExporter turns it into the renderer's options.
struct ExportOptions {
    static constexpr int kMinWidth = 200;
    static constexpr int kMaxWidth = 20000;
    static constexpr int kMinHeight = 120;
    static constexpr int kMaxHeight = 20000;
    static constexpr double kMinScale = 0.25;
    static constexpr double kMaxScale = 8;
    static constexpr int kMaxPages = 100;

    double fromDay = 0; // exported range in day coordinates, [fromDay, toDay)
    double toDay = 1;
    LaneMode laneMode = LaneMode::None;
    int width = 1600; // logical pixels (PNG, SVG); a PDF takes its page's size
    int height = 0;   // 0: as tall as the lanes need to show every label
    double scale = 1; // PNG pixels per logical pixel: 2 or 3 for print
    bool dark = false;
    QString title;
    bool showAxis = true;
    bool showLegend = true;
    bool showSources = true;
    bool showLaneNames = true;
    // Fixed and installed everywhere the app runs (fonts-dejavu-core): it has the Greek and
    // Cyrillic glyphs, and a picture does not change with the desktop's font.
    QString fontFamily = QStringLiteral("DejaVu Sans");
    int fontPixelSize = 13; // pixels, not points: the same size in PNG, SVG and PDF
    QPageSize::PageSizeId pageSize = QPageSize::A4;
    QPageLayout::Orientation orientation = QPageLayout::Landscape;
    int pages = 1; // PDF: 1 fits the range on one page; N splits it into N consecutive parts

    QFont font() const;
    bool operator==(const ExportOptions&) const = default;

    // From the file name's extension, case-insensitive; nullopt for anything else.
    static std::optional<ExportFormat> formatForPath(const QString& path);
    static QString suffix(ExportFormat format);

    // Names the command line and the settings use: "A4", "Letter"...; "none", "actor"...
    static QStringList pageSizeNames();
    static std::optional<QPageSize::PageSizeId> pageSizeFromName(const QString& name);
    static QString pageSizeName(QPageSize::PageSizeId id);
    static std::optional<LaneMode> laneModeFromName(const QString& name);
    static QString laneModeName(LaneMode mode);
};

} // namespace ct::ui
