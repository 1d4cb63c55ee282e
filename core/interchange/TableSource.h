#pragma once

#include "common/Result.h"

#include <cstdint>
#include <string>
#include <vector>

namespace ct {

// Rows of a data set, one at a time: a CSV/TSV file read as it streams, or the events of a
// JSON or XML file laid out as rows. `line` is where the row begins in the file (1-based), so
// that a bad row can be named.
class TableSource {
  public:
    virtual ~TableSource() = default;

    // The column names; empty for a file without a header (GDELT).
    virtual const std::vector<std::string>& header() const = 0;
    // Fills `fields` with the next row; false at the end. An error is a broken file (an
    // unterminated quote, invalid UTF-8), not a bad row.
    virtual Result<bool> next(std::vector<std::string>& fields) = 0;
    virtual std::int64_t line() const = 0;
    // How far through the input, 0..1, for progress bars.
    virtual double progress() const = 0;
};

// Rows already in memory (a JSON or XML file turned into a table, a test's rows).
class RowTable final : public TableSource {
  public:
    RowTable(std::vector<std::string> header, std::vector<std::vector<std::string>> rows,
             std::vector<std::int64_t> lines = {});

    const std::vector<std::string>& header() const override { return m_header; }
    Result<bool> next(std::vector<std::string>& fields) override;
    std::int64_t line() const override;
    double progress() const override;

  private:
    std::vector<std::string> m_header;
    std::vector<std::vector<std::string>> m_rows;
    std::vector<std::int64_t> m_lines;
    std::size_t m_next = 0;
};

} // namespace ct
