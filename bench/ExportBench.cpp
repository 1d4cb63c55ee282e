#include "ExportBench.h"

#include "BenchReport.h"
#include "SyntheticDatabase.h"
#include "export/ImageExporter.h"
#include "store/EventStore.h"

#include <QColor>
#include <QImage>
#include <QString>

namespace ct::bench {

void benchExport(bool quick, const std::filesystem::path& dir) {
    const std::size_t events = quick ? 5'000 : 100'000;
    const auto dbPath = dir / "export-bench.db";
    require(bool(writeSyntheticDatabase(dbPath, events, 200)), "synthetic database written");
    auto store = EventStore::open(dbPath, EventStore::Mode::ReadOnly);
    require(bool(store), "synthetic database opens");
    // Generated events of one day may merge into one (the story model), so the check is
    // against what the store holds.
    const auto stored = store->eventCount();
    require(bool(stored) && *stored > std::int64_t(events / 2), "synthetic events stored");
    auto data = ui::ExportData::load(*store);
    require(bool(data) && std::int64_t(data->entries.size()) == *stored, "all events loaded");
    const ui::ImageExporter exporter(std::move(*data));

    ui::ExportOptions options;
    options.width = quick ? 800 : 8000;
    options.height = quick ? 200 : 2000;
    std::tie(options.fromDay, options.toDay) = exporter.wholeRange();
    const QString out = QString::fromStdString((dir / "export-bench.png").string());
    bool written = true;
    const double ms =
        medianMs(quick ? 3 : 7, [&] { written = written && exporter.write(out, options); });
    require(written, "PNG written");
    const QImage image(out);
    require(image.width() == options.width && image.height() == options.height,
            "PNG has the requested size");
    const QColor background = ui::TimelineTheme::light().background;
    int drawn = 0;
    for (int y = 0; y < image.height(); y += 7)
        for (int x = 0; x < image.width(); x += 7)
            drawn += image.pixelColor(x, y) != background;
    require(drawn > (image.width() / 7) * (image.height() / 7) / 50, "PNG is not blank");
    report("export_png_ms", ms, "ms");
    // Where the time goes: drawing, the rest is PNG encoding and writing.
    report("export_png_draw_ms", medianMs(quick ? 3 : 7, [&] { (void)exporter.image(options); }),
           "ms");
}

} // namespace ct::bench
