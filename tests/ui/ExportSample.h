#pragma once

// The bundled sample article imported into a throw-away database, the way the first start
// does it, for the export tests: what they draw is what a new user would export.
#include "document/QtConvert.h"
#include "document/TimelineDocument.h"
#include "export/ExportData.h"
#include "window/FirstStart.h"

#include <QTemporaryDir>
#include <QtTest/QTest>
#include <vector>

namespace ct::test {

class ExportSample {
  public:
    ExportSample() {
        if (!dir_.isValid())
            return;
        if (!document_.open(dir_.filePath(QStringLiteral("sample.sqlite"))))
            return;
        ok_ = bool(ui::FirstStart::importSample(document_));
    }

    bool ok() const { return ok_; }
    QString folder() const { return dir_.path(); }
    QString databasePath() const { return document_.path(); }
    ui::ExportData data() {
        auto data = ui::ExportData::load(*document_.store());
        return data ? std::move(*data) : ui::ExportData{};
    }
    std::vector<Event> events() { return document_.events(); }
    std::vector<Article> articles() { return document_.articles(); }

  private:
    QTemporaryDir dir_;
    ui::TimelineDocument document_;
    bool ok_ = false;
};

inline double dayOf(const char* iso) {
    return toDayNumber(*parseIsoDate(iso));
}

} // namespace ct::test
