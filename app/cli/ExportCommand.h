#pragma once

#include <QStringList>

namespace ct::cli {

// crisis-timeline export --db FILE --out PATH.(png|svg|pdf) [--width PX] [--height PX]
//     [--scale N] [--from DATE] [--to DATE] [--lanes none|actor|place|article] [--title TEXT]
//     [--theme light|dark] [--page-size A4] [--orientation landscape|portrait] [--pages N]
//     [--query TEXT] [--actor NAME] [--place NAME] [--no-legend] [--no-axis] [--no-sources]
// Needs a QGuiApplication (fonts, painting); CommandLine creates one on the offscreen platform.
int runExportCommand(const QStringList& arguments);

} // namespace ct::cli
