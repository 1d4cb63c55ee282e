#include "interchange/TableImporter.h"

#include "store/EventBulkInsert.h"
#include "store/EventStore.h"

namespace ct {
namespace {

constexpr std::size_t kBatch = 4096;

} // namespace

TableImporter::TableImporter(ColumnMapping mapping, TableImportOptions options,
                             const TablePreset* preset)
    : m_mapping(std::move(mapping)), m_options(std::move(options)), m_preset(preset) {}

Result<TableImportSummary> TableImporter::run(TableSource& source, const Sink& sink,
                                              const Progress& progress) {
    TableImportSummary summary;
    const std::string& name = m_options.fileName;
    // The first rows decide the date formats, then they are converted like the rest.
    std::vector<std::vector<std::string>> sample;
    std::vector<std::int64_t> sampleLines;
    std::vector<std::string> fields;
    bool more = true;
    while (sample.size() < kSampleRows) {
        auto got = source.next(fields);
        if (!got)
            return got.error();
        if (!*got) {
            more = false;
            break;
        }
        sample.push_back(fields);
        sampleLines.push_back(source.line());
    }
    RowConverter converter(m_mapping,
                           {m_options.dataSetName, m_options.fileName, source.header(),
                            m_options.columnCount      ? m_options.columnCount
                            : !source.header().empty() ? source.header().size()
                            : !sample.empty()          ? sample.front().size()
                                                       : 0},
                           m_preset);
    converter.detectFormats(sample);
    summary.startDates = converter.startDetection();
    if (!converter.mapping().startFormat && !sample.empty())
        return makeError(Error::Code::InvalidInput,
                         name + ": the start column holds no date in a known format");

    std::vector<Event> batch;
    batch.reserve(kBatch);
    auto take = [&](const std::vector<std::string>& row, std::int64_t line) -> Result<void> {
        ++summary.rows;
        auto converted = converter.convert(row, line);
        if (auto* reason = std::get_if<std::string>(&converted)) {
            ++summary.badRows;
            if (m_options.onBadRow == OnBadRow::Stop)
                return makeError(Error::Code::InvalidInput, name + ": line " +
                                                                std::to_string(line) + ": " +
                                                                *reason + "; nothing was imported");
            if (summary.problems.size() < kMaxProblems)
                summary.problems.push_back({line, std::move(*reason)});
            return {};
        }
        batch.push_back(std::move(std::get<Event>(converted)));
        if (batch.size() >= kBatch) {
            if (auto r = sink(batch); !r)
                return r.error();
            summary.imported += static_cast<std::int64_t>(batch.size());
            batch.clear();
            if (progress && !progress(source.progress(), summary.rows))
                return makeError(Error::Code::Cancelled,
                                 name + ": import cancelled; nothing was imported");
        }
        return {};
    };
    for (std::size_t i = 0; i < sample.size(); ++i)
        if (auto r = take(sample[i], sampleLines[i]); !r)
            return r.error();
    while (more) {
        auto got = source.next(fields);
        if (!got)
            return got.error();
        if (!*got)
            break;
        if (auto r = take(fields, source.line()); !r)
            return r.error();
    }
    if (!batch.empty()) {
        if (auto r = sink(batch); !r)
            return r.error();
        summary.imported += static_cast<std::int64_t>(batch.size());
    }
    if (progress)
        progress(1.0, summary.rows);
    return summary;
}

Result<std::vector<Event>> TableImporter::convert(TableSource& source,
                                                  TableImportSummary* summary) {
    std::vector<Event> events;
    auto result = run(source,
                      [&events](std::vector<Event>& batch) -> Result<void> {
                          for (Event& e : batch)
                              events.push_back(std::move(e));
                          return {};
                      },
                      {});
    if (!result)
        return result.error();
    if (summary)
        *summary = std::move(*result);
    return events;
}

Result<TableImportSummary> TableImporter::import(Store& store, TableSource& source,
                                                 const Progress& progress) {
    // Only an empty SQLite file takes the bulk path (EventBulkInsert, below).
    auto* file = dynamic_cast<EventStore*>(&store);
    bool emptyFile = false;
    if (file) {
        auto stored = file->eventCount();
        if (!stored)
            return stored.error();
        emptyFile = *stored == 0;
    }
    if (!emptyFile) {
        // Stored events may tell of the same happenings: each row's report merges like an
        // article's (EventStore::addDataSetEvents), all in one transaction. Into an empty server
        // story nothing can merge either: the rows go in with COPY (addEventsUnmerged), still
        // one transaction.
        if (auto r = store.beginImportBatch(); !r)
            return r.error();
        // Counted inside the batch: on a server the batch holds the story's import lock, so no
        // colleague's import lands between the count and the rows.
        auto stored = store.eventCount();
        if (!stored) {
            store.abandonImportBatch();
            return stored.error();
        }
        const bool merge = *stored > 0;
        auto summary = run(
            source,
            [&store, merge](std::vector<Event>& batch) {
                return merge ? store.addDataSetEvents(batch) : store.addEventsUnmerged(batch);
            },
            progress);
        if (!summary) {
            store.abandonImportBatch();
            return summary.error();
        }
        if (auto committed = store.commitImportBatch(); !committed) {
            store.abandonImportBatch();
            return committed.error();
        }
        return summary;
    }
    // Nothing stored can merge, and a data set's rows never merge with each other: the bulk
    // path stores the rows with their reports as they are.
    auto bulk = EventBulkInsert::begin(*file);
    if (!bulk)
        return bulk.error();
    auto summary = run(
        source, [&bulk](std::vector<Event>& batch) { return bulk->add(batch); }, progress);
    if (!summary)
        return summary.error(); // the bulk insert rolls back as it goes out of scope
    if (auto committed = bulk->commit(); !committed)
        return committed.error();
    return summary;
}

} // namespace ct
