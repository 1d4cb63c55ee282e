#pragma once

#include "common/Result.h"
#include "interchange/ColumnMapping.h"
#include "interchange/RowConverter.h"
#include "interchange/TablePreset.h"
#include "interchange/TableSource.h"
#include "model/Event.h"

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace ct {

class Store;

enum class OnBadRow { Skip, Stop };

struct TableImportOptions {
    OnBadRow onBadRow = OnBadRow::Skip;
    std::string dataSetName; // the reports' outlet; the preset's, or the file's name
    std::string fileName;
    std::size_t columnCount = 0; // rows must have this many fields; 0: as many as the header
};

struct TableImportSummary {
    std::int64_t rows = 0;     // rows read
    std::int64_t imported = 0; // events made
    std::int64_t badRows = 0;
    std::vector<RowProblem> problems; // the first 1000 bad rows, by line
    DateDetection startDates;         // the start column's format, and why
};

// Rows → events → store. The whole file is one transaction through the bulk path
// (EventBulkInsert): a broken file, a bad row with OnBadRow::Stop, a cancel or a full disk
// leave the database as it was.
class TableImporter {
  public:
    // Called every few thousand rows with the fraction read; returning false cancels.
    using Progress = std::function<bool(double fraction, std::int64_t rows)>;

    TableImporter(ColumnMapping mapping, TableImportOptions options,
                  const TablePreset* preset = nullptr);

    // The events, without a store: for previews, tests and exports of a data set.
    Result<std::vector<Event>> convert(TableSource& source, TableImportSummary* summary = nullptr);
    Result<TableImportSummary> import(Store& store, TableSource& source,
                                      const Progress& progress = {});

    static constexpr std::size_t kSampleRows = 500; // rows read to detect date formats
    static constexpr std::size_t kMaxProblems = 1000;

  private:
    using Sink = std::function<Result<void>(std::vector<Event>&)>;
    Result<TableImportSummary> run(TableSource& source, const Sink& sink, const Progress& progress);

    ColumnMapping m_mapping;
    TableImportOptions m_options;
    const TablePreset* m_preset;
};

} // namespace ct
